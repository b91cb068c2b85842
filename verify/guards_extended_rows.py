"""A contradiction read from a row whose longer twin prints the claimed number (probe of
DR-BiLSTM, arXiv:1802.05577, round 14).

Tables list a system and its variants as rows that extend one label: "DR-BiLSTM (Single)"
88.5 and "DR-BiLSTM (Single)+Process" 88.9, the "+Process" meaning the preprocessed test set.
"With preprocessing, the single DR-BiLSTM model reaches 88.9% test accuracy" was contradicted
by the first row's 88.5: the claim's "preprocessing" does not spell the label's "Process", so
the cell check found the shorter row the best match, and the row the claim means was never
weighed against it.

The general fact: a row whose label is another row's label with more words is a variant of
it, and a claim may name the variant in words the label does not spell out. When the cell that
contradicts the claim has such a variant in the same column printing the claimed number, and a
claim word holds a word the variant adds ("preprocessing" holds "Process"), the table does not
show the claim false, and the check decides nothing (`guard_extended_rows`). A variant the
claim does not speak of ("LSTM-CRF – no char" for "the LSTM-CRF reaches 83.44") is not its
row: that contradiction stands.

It names no paper or label; it only undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper

from .cells_read import labelled_cells, numbers, read_cells
from .undecided import decided, undecide


def _label(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _said_extra(claim: str, longer: str, shorter: str) -> bool:
    """Whether the claim says a word of what the longer label adds ("Process" within
    "preprocessing"); a variant the claim does not speak of ("– no char") is not its row."""
    extra = re.findall(r"[^\W\d_]{3,}", longer[len(shorter):] if longer.startswith(shorter)
                       else longer)
    words = [word.casefold() for word in re.findall(r"[\w\-]+", claim)]
    return any(part.casefold() in word for part in extra for word in words)


def guard_extended_rows(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each contradicting table check whose cell's row has a longer twin in the same
    column that prints a number of the claim (module docstring). In place."""
    claimed = [quantity.value for quantity in claim.quantities]
    if not claimed:
        return
    for check in list(decided(checks, CheckKind.table, (Outcome.contradicted,))):
        for evidence in check.evidence:
            twin = next((other.row for table, found in read_cells(
                paper, evidence.location or "", evidence.quote or "")
                for other in labelled_cells(table)
                if other.columns == found.columns and other.row != found.row
                and _label(other.row).startswith(_label(found.row))
                and _said_extra(claim.text, other.row, found.row)
                and any(abs(value - number) < 1e-9 for value in claimed
                        for number in numbers(other.cell))), None)
            if twin is not None:
                undecide(check, f"Not decided: the row “{twin}”, a variant of the row read, "
                                f"prints the claim's number in the same column")
                break
