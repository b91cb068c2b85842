"""A claimed number matched in a table's setting column: a value that labels its row (a size, a
year, an epoch count, a threshold) is no result.

Tables of results often print, beside the result columns, a column of the setting each row was
run under: model sizes, training epochs, thresholds, years, numbers of layers. Such a column
labels the row as much as its first cell does. When the reader of IEEE-style papers ("TABLE IV")
was first made to read their tables, two claims were wrongly confirmed this way: a claim about a
result whose number happened to equal a cell of the setting column ("reaches 64" matched by a
batch size of 64) was confirmed by that cell alone. The number is printed, but as the label of
a run, not as what the run gave.

A column is a setting column when either
- its header names a parameter of the setup (`_SETTING_WORDS`: epochs, year, threshold,
  layers, batch, window, ...), or
- it is the leftmost numeric column of its table and its values are whole numbers that rise
  regularly over three or more rows: by a constant step, through round numbers (16, 32, 64;
  10, 20, 50) or as years (`regular_progression`). Results seldom do that in the leftmost
  place; a leaderboard sorted by a count falls, and counts rise by irregular steps.

Such a cell is evidence only for a claim that names the setting: a claim that says one of the
column header's content words ("with a batch size of 64") is about that setting, and is left
alone. Otherwise the check that read the cell is set aside (`guard_setting_columns`). The
guard only ever undecides; it names no paper, table or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Cell, Check, CheckKind, Claim, Paper, Table

from .cells_read import Labelled, read_cells
from .undecided import DECIDING, decided, undecide

_WORD = re.compile(r"[A-Za-z]+")
# Header words that name a parameter of the setup, not a measured result (stems: a trailing
# "s" is dropped before the look-up).
# "Size" is not among them: a data set's or a bag's size ("Size: 1375" sentences) is a fact
# claims state as often as a setting (two true claims of tests/real/heldout were lost to it).
_SETTING_WORDS = frozenset((
    "beam", "epoch", "year", "threshold", "layer", "batch", "step", "iteration", "window",
    "depth", "dimension", "seed", "budget", "shot", "parameter", "setting", "round", "hop",
    "horizon",
))
_INTEGER = re.compile(r"^[+-]?\d{1,7}$")
MIN_SEQUENCE = 3  # values in a monotone run before it counts as a sequence of settings


def _stem(word: str) -> str:
    word = word.casefold()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _header_words(labels: Iterable[str]) -> set[str]:
    return {_stem(word) for label in labels for word in _WORD.findall(label)}


def _position(table: Table, cell: Cell) -> tuple[int, int] | None:
    for row_number, row in enumerate(table.rows):
        for column, other in enumerate(row):
            if other is cell:
                return row_number, column
    return None


def _column_cells(table: Table, column: int) -> list[Cell]:
    return [row[column] for row in table.rows if len(row) > column]


def _whole(cell: Cell) -> int | None:
    text = cell.text.strip()
    if cell.value is None or not _INTEGER.match(text):
        return None
    return int(text)


def _leftmost_numeric(table: Table, column: int) -> bool:
    """No column left of `column` holds a number in most of its rows."""
    for left in range(column):
        cells = _column_cells(table, left)
        if cells and sum(cell.value is not None for cell in cells) * 2 > len(cells):
            return False
    return True


def _round(value: int) -> bool:
    """1, 2, 2.5 or 5 times a power of ten, or a power of two: the numbers settings are
    chosen from (sizes 16, 32, 64; thresholds 10, 20, 50, 100)."""
    if value <= 0:
        return False
    if value & (value - 1) == 0:
        return True
    while value % 10 == 0:
        value //= 10
    return value in (1, 2, 5, 25)


def regular_progression(cells: list[Cell]) -> bool:
    """Whole numbers, every printed value of the column, rising over MIN_SEQUENCE rows or more
    in a regular way: by a constant step (1, 2, 3; 10, 20, 30), by round numbers (16, 32, 64;
    10, 20, 50, 100) or as years (2018, 2019, 2021). Results sorted down a table fall, and
    rise by irregular steps; they are not read as settings."""
    printed = [cell for cell in cells if cell.text.strip() not in ("", "-", "\u2013", "\u2014")]
    values = [_whole(cell) for cell in printed]
    if len(values) < MIN_SEQUENCE or any(value is None for value in values):
        return False
    whole = [value for value in values if value is not None]
    steps = [b - a for a, b in zip(whole, whole[1:], strict=False)]
    if not all(step > 0 for step in steps):
        return False
    return len(set(steps)) == 1 or all(_round(value) for value in whole) \
        or all(1900 <= value <= 2100 for value in whole)


def setting_column(table: Table, found: Labelled) -> str | None:
    """Why `found`'s column labels its rows (printed), or None when it may hold results."""
    place = _position(table, found.cell)
    if place is None:
        return None
    named = _header_words(found.columns) & _SETTING_WORDS
    if named:
        return f"its header names a setting (\u201c{sorted(named)[0]}\u201d)"
    cells = _column_cells(table, place[1])
    if place[1] > 0 and _leftmost_numeric(table, place[1]) and regular_progression(cells):
        shown = ", ".join(cell.text.strip() for cell in cells[:4])
        return f"its whole numbers ({shown}, ...) rise regularly down the rows, labelling them"
    return None


def names_setting(claim_text: str, found: Labelled) -> bool:
    """Does the claim name the setting: one of the column header's content words?"""
    header = {word for word in _header_words(found.columns) if len(word) > 1}
    return bool(header & {_stem(word) for word in _WORD.findall(claim_text)})


def guard_setting_columns(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check that read a cell of a setting column for a claim
    that does not name that setting: the number labels a run, it is not the run's result.
    In place."""
    if not paper.tables:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        for evidence in check.evidence:
            for table, found in read_cells(paper, evidence.location or "", evidence.quote):
                why = setting_column(table, found)
                if why is None or names_setting(claim.text, found):
                    continue
                column = " / ".join(label.strip() for label in found.columns) or "(unnamed)"
                undecide(check, f"The cell {found.cell.text} is in the column \u201c{column}\u201d "
                                f"of a setting, not a result ({why}), and the claim does not "
                                "name that setting")
                break
            if not check.decisive:
                break


__all__ = ["guard_setting_columns", "names_setting", "regular_progression",
           "setting_column"]
