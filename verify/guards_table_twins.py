"""A cell whose row and column labels another table of the paper prints too, with another
number, read for a claim that names neither table (round read5, the mutation benchmark).

Some papers print the same grid several times, each step of a computation a table of its own:
test_Grobid_1_05452615.pdf (IEEE DSDE 2010, tests/real/papers) sets its pairwise comparison
matrix, its normalised matrix, its row sums and its priorities as Tables 4 to 7, every one
with rows R1 to R4 and columns R1 to R4. "The R2 for R1 is 1" (made from Table 4's 5) was
confirmed by Table 6's 0.75 read as 1 within printed precision, and "On R1, R1 exceeds R4 by
0.90" (Table 6 gives 0.56) by Table 4's 1 and 0.14: the cell check takes the cell whose words
agree, and every table's cell has the claim's words.

The general fact: when another table prints a cell under the same row and column labels (in
either place: a dataset that one table sets as a row group, another as a column group) with
a different number, a claim that names neither table by number, and says no word of the
cell's caption that the other's lacks, names both cells; its number belongs to one of them,
which its words do not say (a name with its version, "SQuAD 1.1" in one caption and "SQuAD
2.0" in the other, is such a word: Devlin et al. 2019, Tables 2 and 3, both print "BERTLARGE
(Single) × Dev / EM"). The check decides nothing (`guard_table_twins`), unless it
contradicts the claimed number by the cell's own number and the twin's number contradicts it
too (`_wrong_in_both`): then the claim is wrong whichever table it means.

It names no paper, system or number; it reads only the claim and the tables as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper

from .cell_check import named_tables
from .cells_read import labelled_cells, numbers, read_cells, table_name
from .guards_versioned_names import versioned_names
from .label_text import caption_text
from .number_values import within_rounding
from .paper_memo import per_paper
from .passages import content_terms
from .undecided import DECIDING, decided, undecide

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{2,}")


def _words(text: str) -> set[str]:
    """The content words of `text` as stems ("the", "for" left out), and its versioned names
    ("squad 2.0"): the captions "SQuAD 1.1 results" and "SQuAD 2.0 results" differ by a version
    only, and a claim "on SQuAD 2.0" names the second (BERT, arXiv:1810.04805, Tables 2 and 3)."""
    return {term for word in _WORD.findall(text) for term in content_terms(word)} | {
        f"{name} {version}" for name, versions in versioned_names(text).items()
        for version in versions}


def _key(rows: list[str], columns: list[str]) -> tuple[str, ...]:
    """A cell's labels, rows and columns together, as a sorted tuple: one table sets a
    dataset as a row group ("pubmed / runtime (hours) × 20"), another as a column group over
    the same sizes ("runtime (hours) × pubmed / 20"; Smola and Narayanamurthy 2010,
    arXiv:1004.4820, Tables 3 and 2), and both cells are named by the same words."""
    return tuple(sorted(label.strip().casefold() for label in [*rows, *columns]
                        if label.strip()))


def _by_labels(paper: Paper) -> dict[tuple[str, ...], list[tuple[int, tuple[float, ...]]]]:
    """A cell's labels (`_key`) -> the tables (by number) printing a cell under them, with
    its numbers."""
    found: dict[tuple[str, ...], list[tuple[int, tuple[float, ...]]]] = {}
    for number, table in enumerate(paper.tables):
        for cell in labelled_cells(table):
            found.setdefault(_key(cell.rows, cell.columns), []).append(
                (number, numbers(cell.cell)))
    return found


def _wrong_in_both(check: Check, evidence, claim: Claim, found, values: tuple[float, ...]
                   ) -> bool:
    """A contradiction that the twin's cell makes too: the check compared the claimed number
    with this cell's own number (no difference, no sum), and the twin prints none that the
    claimed number rounds to. Whichever table the claim means, its number is not there
    ("On DocBank, H-VILA with text blocks scores 87.01 Macro F1": DocBank's Table 8 prints
    87.78, GROTOAP2's Table 7 92.37 under the same labels, arXiv:2106.00676)."""
    if check.outcome != Outcome.contradicted or evidence.found is None \
            or evidence.found not in numbers(found.cell):
        return False
    claimed = [quantity for quantity in claim.quantities if quantity.value == evidence.claimed]
    if len(claimed) != 1 or not values:
        return False
    return not any(within_rounding(claimed[0], value) for value in values)


def guard_table_twins(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check of `claim` whose cell another table prints under
    the same labels with another number (module docstring). In place."""
    if named_tables(claim.text):
        return
    said = _words(claim.text)
    twins_of = per_paper(paper, "cells by labels", _by_labels)
    for check in decided(checks, CheckKind.table, DECIDING):
        for evidence in check.evidence:
            twin = None
            for table, found in read_cells(paper, evidence.location or "", evidence.quote or ""):
                own = paper.tables.index(table)
                mine = _words(caption_text(table.caption))
                for number, values in twins_of.get(_key(found.rows, found.columns), []):
                    other = paper.tables[number]
                    if number == own or set(values) & set(numbers(found.cell)):
                        continue
                    if _wrong_in_both(check, evidence, claim, found, values):
                        continue
                    if (mine - _words(caption_text(other.caption))) & said:
                        continue  # the claim says a word of this cell's caption only
                    twin = (found, table_name(table, own), table_name(other, number))
                    break
                if twin:
                    break
            if twin:
                found, mine_name, other_name = twin
                undecide(check, f"Not decided: {mine_name} and {other_name} both print a cell "
                                f"{found.row} × {found.column}, with other numbers, and the "
                                f"claim names neither table")
                break
