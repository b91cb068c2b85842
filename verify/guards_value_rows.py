"""Precision guard: a claim that sets each of two values beside its own row's label is not
confirmed by cells that hold them the other way round.

"On SST-2, the 12-layer model with hidden size 1024 reaches 93.7 and the 24-layer model 93.3"
(false: BERT's Table 6, arXiv:1810.04805, gives 93.3 to "12 / 1024 / 16" and 93.7 to
"24 / 1024 / 16") was confirmed: the cell check finds each claimed number in some cell whose
labels the claim says, and both rows are said, but each number stands right after the label
of the other's row. (The closer-cell guard had held it back by chance, reading the label "3"
inside "93.3"; once a number label was no longer read inside a longer number, round 22, the
pinned probe of round 14 caught it.)

The general fact: a claim that prints a value after a row label names that row's cell. When a
decisive table check reads two or more cells whose rows differ, and the row label of another
of those cells stands nearer before a claimed value than any label of the cell read for it,
while no label of that cell follows the value ("84.4 for the 12-layer model with hidden size
768" names its row after it), the supporting check decides nothing (`guard_value_rows`); a
contradiction that read the values swapped stands. "Respectively" claims list the labels
before all the values and are left to the guards that read them (guards_table_pairs.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import cells_of_check
from .label_text import label_name, label_pattern
from .undecided import SUPPORTING, decided, undecide


def _number_places(number: str, text: str) -> list[int]:
    """Where `text` prints `number` as a number of its own ("12" of "12-layer", not of
    "1024" or "93.12")."""
    return [match.start() for match in
            re.finditer(rf"(?<![\w.]){re.escape(number)}(?![\w]|[.,]\d)", text)]


def _label_places(label: str, text: str) -> list[int]:
    """Where the claim prints a row label: a number label as a number, a word label whole."""
    if re.fullmatch(r"\d+(?:\.\d+)?", label):
        return _number_places(label, text)
    return [match.start() for match in label_pattern(label).finditer(text)]


def _value_place(value: str, text: str) -> int | None:
    """Where the claim prints a cell's value, when it prints it once."""
    places = _number_places(value, text)
    return places[0] if len(places) == 1 else None


def crossed_rows(text: str, cells: list[tuple[list[str], str]]) -> tuple[str, str] | None:
    """(value, label) when the label nearest before a claimed value is a label of another
    cell's row than the one holding that value; `cells` are each cell's row labels and its
    printed value."""
    if len({tuple(rows) for rows, _ in cells}) < 2:
        return None
    shared = set.intersection(*(set(rows) for rows, _ in cells))
    places: list[tuple[int, int, str]] = []  # (place, cell, label)
    for number, (rows, _) in enumerate(cells):
        for label in {label.strip() for label in rows} - shared:
            name = label_name(label) or label  # "MCNN [28]" is printed "MCNN"; "12" stays
            if name:
                places += [(place, number, name) for place in _label_places(name, text)]
    for number, (_, value) in enumerate(cells):
        at = _value_place(value, text)
        if at is None:
            continue
        before = [place for place in places if place[0] < at]
        if not before:
            continue
        nearest = max(before)
        if nearest[1] == number or any(place[1] == number and place[0] == nearest[0]
                                       for place in before):
            continue
        if any(place[1] == number and place[0] > at for place in places):
            continue  # "84.4 for the model of size 768": its own label follows it
        return value, nearest[2]
    return None


def guard_value_rows(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting table check whose claim sets a value right after another read
    cell's row label (module docstring); a contradiction that found the values swapped
    ("the claim gives each of them the other's number") stands. In place."""
    if "respectively" in claim.text.casefold():
        return
    for check in list(decided(checks, CheckKind.table, SUPPORTING)):
        read = cells_of_check(check, paper)
        if len(read) < 2:
            continue
        cells = [(list(found.rows), found.cell.text.strip()) for _, found in read]
        crossed = crossed_rows(claim.text, cells)
        if crossed is not None:
            value, label = crossed
            undecide(check, f"Not decided: the claim sets {value} right after \u201c{label}\u201d, "
                            "the row label of another cell read, not of the cell holding "
                            f"{value}")
