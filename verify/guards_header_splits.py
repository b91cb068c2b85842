"""A cell whose own headers name a data split other than the claim's decides nothing, whatever
the caption says of the table as a whole.

`guards_splits.guard_other_splits` reads a cell's caption and headers together and sets a check
aside only when none of them names the claim's split. A caption that describes a table holding
both splits ("Performance of our model on both the development and test sets", arXiv:1603.01354
Table 3, whose columns are "NER / Dev / F1" and "NER / Test / F1") names the claim's split for
every cell, so "The BLSTM baseline reaches 91.57 F1 on the NER test set" was confirmed by the
cell BLSTM × NER / Dev / F1 (the dev F1; the test F1 is 87.00; heldout14's first run).

The caption says which splits the table holds; a header says which split its cells are. When
the cell's row and column headers name a data split ("Dev", "Test F1", "Validation set") and
none of the splits the claim names ("on the test set"), the cell is another split's number:
`guard_header_splits` sets aside each decisive table check that read such a cell. It only
undecides; it names no paper, table or number.
"""

from __future__ import annotations

from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper

from .cells_read import undecide_by_cells
from .other_cells import printed_splits, splits

__all__ = ["guard_header_splits", "header_splits"]


def header_splits(rows: Iterable[str], columns: Iterable[str]) -> frozenset[str]:
    """The data splits a cell's own header paths name ("NER / Dev / F1"), caption left out."""
    return printed_splits(f"{' / '.join(rows)} \u00d7 {' / '.join(columns)}")


def guard_header_splits(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check that read a cell whose headers name only other data
    splits than the claim (module docstring). In place."""
    claimed = splits(claim.text)
    if not claimed:
        return

    def why(table, found) -> str | None:
        named = header_splits(found.rows, found.columns)
        if named and claimed.isdisjoint(named):
            return (f"Not decided: the cell {found.row} × {found.column} is under headers that "
                    f"name another data split ({', '.join(sorted(named))}) than the claim's "
                    f"({', '.join(sorted(claimed))}); the caption's splits are the table's, "
                    f"not this cell's")
        return None

    undecide_by_cells(checks, paper, why)
