"""A cell of a base row is no evidence for a claim that names one of the row's variants.

Results tables often print a model's row and, under it, rows of the same model with something
applied to it, labelled by the base row's label and what was added: "BERT-finetuned", then
"BERT-finetuned+ RLACE (rank 1)", "BERT-finetuned+ INLP (rank 100)" (arXiv:2201.12091 Table 2);
"BERT" and "BERT + CRF"; "Ours" and "Ours w/o pretraining". A claim about a variant names the
base model and the addition, and it may spell the addition otherwise than the row does: the
paper's text writes "R-LACE" where its table prints "RLACE". The cell check then finds the
addition nowhere in the variant rows' labels, reads the claim as about the base row (its label
is all the claim names on that axis) and, when that row's number differs, contradicts a true
claim: "After R-LACE, BERT-finetuned keeps 85.09% profession accuracy" was contradicted by the
base row's 85.12. The guard of variants that other rows add (`guards_table_names`) let it
through: it asks whether the evidence prints the variant anywhere, and the caption does ("the
same representations after INLP and RLACE"); a caption that lists the methods of every row
tells no row from another.

`guard_variant_rows` sets aside every decisive table check whose cell's row label begins other
row labels of its table (the base of variants) when the claim says a word of what one of those
variants adds, compared without case and hyphens ("R-LACE" = "RLACE"): the claim may be about
that variant, so the base row's cell neither confirms nor contradicts it. A check that also
read a variant's row (a difference of the base and its variant, "PL+ HMM-T is higher than PL")
has the variant in its evidence already, and stands. The guard only ever
undecides; it names no paper, table or number.

An addition of two capitals is a name too (probe 15): "FastSent+AE reaches a supervised
average of 77.9" (false: the "FastSent+AE" row prints 78.4) was confirmed by the "FastSent"
row's 77.9 (arXiv:1703.02507 Table 1), "AE" being shorter than the three letters an addition
had to have. A word of the added part counts when it has three letters or more, or is an
acronym of two capitals ("AE", "LM") (`names_addition`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper, Table

from .cells_read import read_cells
from .undecided import DECIDING, decided, undecide

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
_MIN_LETTERS = 3  # shorter pieces of a label ("w/o", "+", "a") name no addition
# Words that join an addition to its base without naming it.
_JOINERS = frozenset(("with", "without", "and", "the", "for", "plus", "using", "via", "only"))


def _squashed(word: str) -> str:
    return word.replace("-", "").casefold()


def _words(text: str) -> set[str]:
    return {_squashed(word) for word in _WORD.findall(text)}


def _row_labels(table: Table) -> list[str]:
    labels = []
    for row in table.rows:
        if not row:
            continue
        label = row[0].row_headers[-1] if row[0].row_headers else row[0].text
        if label.strip():
            labels.append(label.strip())
    return labels


def names_addition(word: str) -> bool:
    """Whether a word of what a variant row adds names something: three letters or more, or
    two capitals ("AE"); "w/o", "+", "a" do not."""
    letters = sum(char.isalpha() for char in word)
    return letters >= _MIN_LETTERS or (letters == 2 and word.isupper())


def variant_words(table: Table, base: str) -> set[str]:
    """The words (squashed) that rows of `table` labelled `base` followed by more add to it:
    "RLACE", "INLP" and "rank" of "BERT-finetuned+ RLACE (rank 1)" under "BERT-finetuned"."""
    base = base.strip()
    if len(base) < 2:
        return set()
    own = _words(base)
    added: set[str] = set()
    for label in _row_labels(table):
        if len(label) <= len(base) or not label.casefold().startswith(base.casefold()):
            continue
        if label[len(base)].isalnum():
            continue  # "BERTology" does not extend "BERT"
        added |= {_squashed(word) for word in _WORD.findall(label[len(base):])
                  if names_addition(word)
                  and _squashed(word) not in _JOINERS and _squashed(word) not in own}
    return added


def guard_variant_rows(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check that read a cell of a base row whose variants the
    claim names (module docstring). In place."""
    if not paper.tables:
        return
    said = _words(claim.text)
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        cells = [(table, found) for evidence in check.evidence
                 for table, found in read_cells(paper, evidence.location or "", evidence.quote)]
        # A difference of the base row and its variant ("PL+ HMM-T is higher than PL by
        # 0.089") reads both rows: the variant the claim names is in the evidence already.
        rows = {found.row.strip().casefold() for _, found in cells}
        for table, found in cells:
            named = sorted(variant_words(table, found.row) & said)
            if not named or any(row != found.row.strip().casefold()
                                and row.startswith(found.row.strip().casefold())
                                for row in rows):
                continue
            undecide(check, f"The cell {found.cell.text} is in the row "
                            f"\u201c{found.row}\u201d, and the claim names what a variant of "
                            f"that row adds (\u201c{named[0]}\u201d): it may be about that "
                            "variant's row")
            break


__all__ = ["guard_variant_rows", "variant_words"]
