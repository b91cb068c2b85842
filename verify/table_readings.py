"""Readings: what a table says about one claimed number (a cell, a difference against the
baseline row, an average, a count of listed rows), for the table check (table_check.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from verify_claims.claims import (
    Cell,
    Claim,
    Entity,
    Quantity,
)

from . import baseline_levels
from .table_labels import MINUS, _fmt, _Printed, _stem, _tokens
from .table_views import _AVERAGE_WORDS, _BASELINE_LABELS, _Index, _Source, _View

# Counted units a table column may be headed by, with the header words that also mean them.
_UNIT_HEADERS = {
    "examples": {"example", "size", "train", "instance", "sample"},
    "pairs": {"pair", "example", "size", "train"},
    "questions": {"question", "example", "size", "train"},
    "sentences": {"sentence", "example", "size", "train"},
    "documents": {"document", "size"},
    "tasks": {"task"},
    "languages": {"language", "lang"},
    "parameters": {"parameter", "param"},
    "layers": {"layer"},
    "epochs": {"epoch"},
}
# Units a table can count by listing rows, and words that say a table lists only some.
_LISTED_UNITS = frozenset({"tasks", "datasets", "languages", "models", "benchmarks"})
_PARTIAL_LIST = frozenset({"selected", "selection", "subset", "some", "excerpt",
                           "representative", "partial"})
_FILLERS = frozenset({"different", "distinct", "separate", "unique", "additional", "other",
                      "such", "the", "of"})

# ---------------------------------------------------------------------------------------------
# Readings: what a table says about one claimed number


@dataclass
class _Reading:
    source: _Source
    cells: frozenset[tuple[int, int]]  # (row, column) in the printed orientation, for dedup
    found: Decimal | None  # None: the cells the claim needs are empty
    tolerance: Decimal
    quote: str
    location: str
    arithmetic: str  # "69.7 − 66.3 = 3.4" or "69.7"
    difference: bool = False
    exact: bool = False  # counts compare as integers
    computed_mean: bool = False  # an average this check computed (the table has no Avg column)
    averaged: bool = False  # read for a claimed average: an Avg cell or a computed mean
    over: tuple[str, ...] = ()  # the column labels a computed mean averages
    beside: tuple[str, ...] = ()  # an Avg cell's line label, then the other lines' labels
    column: str | None = None  # the printed column header of a single-cell reading


@dataclass
class _Ask:
    """What one claimed number (or a claim's bare direction) asks of the tables."""

    kind: str  # "value", "from" (the baseline's level), "difference", "direction"
    quantity: Quantity | None
    claimed: _Printed | None
    sign: int | None  # of a difference or direction
    context: list[Entity]
    average: bool
    baseline_cue: bool
    comparison: bool
    label: str = ""  # the number or clause as printed, to name it when nothing decides it
    # Names of the claim's other clauses, rows only: the subject a clause leaves out ("HellaSwag
    # hurts XNLI but helps TyDiQA": the second clause is about HellaSwag too).
    subjects: list[Entity] = field(default_factory=list)


def _cell_reading(view: _View, row: int, col: int) -> _Reading:
    printed = view.printed(row, col)
    text = _text(view.cell(row, col))
    r, c = view.row_labels[row], view.col_labels[col]
    name = view.source.name
    return _Reading(
        source=view.source, cells=_cells(view, (row, col)),
        found=printed.value if printed else None,
        tolerance=printed.half if printed else Decimal(0),
        quote=f"{name}: {_pair(view, r, c)} = {text}",
        location=f"{name}, {view.where(row, col)}",
        arithmetic=f"{name} gives {_pair(view, r, c)} = {text}",
        column=r if view.transposed else c)


def _pair(view: _View, row_label: str, col_label: str) -> str:
    first, second = (col_label, row_label) if view.transposed else (row_label, col_label)
    return f"{first} \u00d7 {second}"


def _cells(view: _View, *pairs: tuple[int, int]) -> frozenset[tuple[int, int]]:
    return frozenset((c, r) if view.transposed else (r, c) for r, c in pairs)


def _difference_reading(view: _View, row: int, base: int, col: int) -> _Reading:
    name = view.source.name
    a, b = view.printed(row, col), view.printed(base, col)
    quote = "; ".join(f"{name}: {_pair(view, view.row_labels[r], view.col_labels[col])} = "
                      f"{_text(view.cell(r, col))}" for r in (row, base))
    reading = _Reading(source=view.source, cells=_cells(view, (row, col), (base, col)),
                       found=None, tolerance=Decimal(0), quote=quote,
                       location=f"{name}, {view.where(row, col)}", arithmetic="",
                       difference=True)
    if a is None or b is None:
        empty = view.row_labels[row if a is None else base]
        reading.arithmetic = f"{name} has no number for {_pair(view, empty, view.col_labels[col])}"
        return reading
    decimals = max(a.decimals, b.decimals)
    reading.found = a.value - b.value
    reading.tolerance = a.half + b.half
    reading.arithmetic = (f"{view.row_labels[row]} \u2212 {view.row_labels[base]} on "
                          f"{view.col_labels[col]}: {_fmt(a.value, a.decimals)} \u2212 "
                          f"{_fmt(b.value, b.decimals)} = {_fmt(reading.found, decimals)}")
    return reading


def _mean(view: _View, row: int, cols: list[int]) -> _Printed | None:
    """The mean of a row's cells in `cols`, uncertain by the mean of their half-widths; None
    when a cell is empty (a mean over fewer cells is not the paper's average)."""
    printed = [view.printed(row, col) for col in cols]
    values = [p for p in printed if p is not None]
    if not cols or len(values) < len(cols):
        return None
    return _Printed(sum((p.value for p in values), Decimal(0)) / len(values),
                    sum((p.half for p in values), Decimal(0)) / len(values),
                    max(p.decimals for p in values) + 1)


def _average_reading(view: _View, row: int, base: int | None) -> _Reading | None:
    """The row's average (minus the baseline's when `base` is given): the Avg column if the
    table has one, else the mean of the measurement columns."""
    if view.average is not None:
        if base is None:
            reading = _cell_reading(view, row, view.average)
        else:
            reading = _difference_reading(view, row, base, view.average)
        reading.averaged = True
        reading.beside = (view.col_labels[view.average],
                          *(label for col, label in enumerate(view.col_labels)
                            if col != view.average))
        return reading
    cols = view.numeric_columns()
    if len(cols) < 2:
        return None
    name = view.source.name
    rows = [row] if base is None else [row, base]
    listed = ", ".join(view.col_labels[col] for col in cols)
    axis = ("rows", "columns") if view.transposed else ("columns", "rows")
    reading = _Reading(
        source=view.source, cells=_cells(view, *((r, c) for r in rows for c in cols)),
        found=None, tolerance=Decimal(0),
        quote="; ".join(f"{name}: {view.row_labels[r]} over {listed} = "
                        + ", ".join(_text(view.cell(r, c)) for c in cols) for r in rows),
        location=f"{name}, {axis[1]} " + " and ".join(view.row_labels[r] for r in rows)
                 + f", mean of {axis[0]} {listed}",
        arithmetic="", difference=base is not None, computed_mean=True, averaged=True,
        over=tuple(view.col_labels[col] for col in cols))
    means = [_mean(view, r, cols) for r in rows]
    if None in means:
        reading.arithmetic = (f"{name} has no Avg column, and "
                              + " or ".join(view.row_labels[r] for r in rows)
                              + " has empty cells, so its mean is unknown")
        return reading
    known = [mean for mean in means if mean is not None]
    decimals = max(mean.decimals for mean in known)
    reading.found = known[0].value - (known[1].value if len(known) == 2 else 0)
    reading.tolerance = sum((mean.half for mean in known), Decimal(0))
    shown = f" {MINUS} ".join(_fmt(mean.value, decimals) for mean in known)
    if len(known) == 2:
        shown += f" = {_fmt(reading.found, decimals)}"
    what = "mean" if base is None else "difference of the means"
    reading.arithmetic = (f"{what} over the {len(cols)} numeric {axis[0]} of {name} ({listed};"
                          f" no Avg column): {shown}")
    return reading


def _text(cell: Cell | None) -> str:
    return cell.text if cell is not None and cell.text else "(empty)"


def _unit_columns(view: _View, row: int, unit: str | None) -> list[int]:
    """Columns headed by the claimed number's unit ("training examples", "Train size")."""
    wanted = _UNIT_HEADERS.get(unit or "")
    if not wanted:
        return []
    return [col for col, stems in enumerate(view.col_stems)
            if wanted & stems and view.printed(row, col) is not None]


def _ask_view(ask: _Ask, view: _View) -> list[_Reading]:
    """The readings of one view for one claimed number: none when the view does not speak
    to it or cannot tell which cells the claim means (a name fitting several rows, several
    candidate rows or columns)."""
    row_of: dict[str, int] = {}
    col_of: dict[str, int] = {}
    for entity in ask.context:
        row, col = view.rows.find(entity), view.cols.find(entity)
        if row.index is None and col.index is None:
            if row.ambiguous or col.ambiguous:
                return []
            if entity.label != "METRIC" and not view.source.mentions(entity):
                return []  # the table is not about this entity
            continue
        if row.index is not None:
            row_of[entity.name] = row.index
        if col.index is not None:
            col_of[entity.name] = col.index
    base = view.baseline
    rows = set(row_of.values())
    if ask.kind == "from":
        rows = baseline_levels.from_rows(rows, base, ask.baseline_cue)
    elif ask.kind == "value":
        if len(rows) > 1 and base in rows and ask.comparison:
            rows.discard(base)  # "MNLI reaches 80.9 over the XLM-R baseline"
        if not rows and ask.baseline_cue and base is not None:
            rows = {base}
    else:  # a difference or a direction: the subject is the one row that is not the baseline
        rows.discard(base)
        if not rows:
            subjects = {view.rows.find(entity).index for entity in ask.subjects}
            rows = subjects - {None, base}
    # A number an aligned list binds to one name ("SQuAD, MNLI and HellaSwag ... 8.2, 7.5 and
    # 7.0") is about that name: its row or its column.
    bound = ask.quantity.bound_to if ask.quantity and ask.kind != "from" else None
    if bound is not None:
        if row_of.get(bound) in rows:
            rows = {row_of[bound]}
        elif bound not in col_of:
            return []
    if len(rows) != 1:
        return []  # no row, or several the claim might mean
    row = rows.pop()
    cols = {col for name, col in col_of.items() if row_of.get(name) != row or ask.kind == "from"}
    if bound in col_of and row_of.get(bound) != row:
        cols &= {col_of[bound]}
    if len(cols) > 1:
        return []
    col = next(iter(cols), None)
    if ask.kind in ("value", "from"):
        if col is not None:
            return [_cell_reading(view, row, col)]
        unit = ask.quantity.unit if ask.quantity else None
        by_unit = _unit_columns(view, row, unit)
        if len(by_unit) == 1:
            return [_cell_reading(view, row, by_unit[0])]
        if ask.average and not by_unit:
            reading = _average_reading(view, row, None)
            return [reading] if reading else []
        return []
    readings = []
    if base is not None:
        if col is not None:
            readings.append(_difference_reading(view, row, base, col))
        elif ask.average:
            reading = _average_reading(view, row, base)
            readings += [reading] if reading else []
    if col is None and view.deltas:
        deltas = [c for c in view.deltas if view.printed(row, c) is not None]
        if ask.average and len(deltas) > 1:
            deltas = [c for c in deltas if _AVERAGE_WORDS & set(_tokens(view.col_labels[c]))]
        if len(deltas) == 1:
            reading = _cell_reading(view, row, deltas[0])
            reading.difference = True
            readings.append(reading)
    return readings


# ---------------------------------------------------------------------------------------------
# Counts: a table that lists the things a claim counts


def _counted_phrase(claim: Claim, quantity: Quantity) -> list[str] | None:
    """The words between a count and its unit noun ("nine English intermediate tasks" ->
    ["intermediate"]; names of languages and fillers left out), or None when no word within
    five is the unit noun standing on its own. A unit inside a hyphenated compound is a
    modifier, not the counted thing: "4 intermediate-task datasets" counts datasets."""
    stem = _stem((quantity.unit or "").casefold())
    words = [word.strip(".,;:()[]\"'").casefold()
             for word in claim.text[quantity.span[1]:].split()[:5]]
    names = {token for entity in claim.entities if entity.label == "LANGUAGE"
             for token in _tokens(entity.text)}
    for position, word in enumerate(words):
        if not word.isalpha():
            if "-" in word:
                continue
            return None
        if _stem(word) == stem:
            parts = [part for before in words[:position] for part in before.split("-")]
            return [part for part in parts if part not in _FILLERS and part not in names]
    return None


def _names_label(quantity: Quantity, modifiers: list[str], labels: list[str]) -> bool:
    """Whether the number and the words after it begin a label of the list: "the 2012 STS
    dataset" names the listed "2012 STS", one item, and counts nothing (round 32: it had been
    contradicted as a count of 2,012 datasets by a list of six)."""
    named = [*_tokens(quantity.text), *modifiers]
    return any(_tokens(label)[:len(named)] == named for label in labels)


def _count_readings(claim: Claim, quantity: Quantity, index: _Index) -> list[_Reading]:
    """Readings of a count of things named by words, not entities ("nine intermediate tasks"):

    - a row whose label ends with those words and a column headed by the unit (a card's row
      "English intermediate tasks", column "number of tasks");
    - a table that lists them: its first-column header names the counted thing ("Intermediate
      task"), or is the unit itself ("Dataset") under a caption that names it
      ("Intermediate-task datasets"). Baseline and average rows are not counted, and a caption
      that says the list is partial ("selected", "subset") rules the table out."""
    modifiers = _counted_phrase(claim, quantity)
    if not modifiers:
        return []
    stem = _stem(quantity.unit or "")
    phrase = [*(_stem(word) for word in modifiers), stem]
    wanted = set(phrase)
    readings = []
    for view in index.views:
        # The label ends with the counted phrase: "English intermediate tasks" names
        # intermediate tasks, "multi-task intermediate training" does not.
        rows = [row for row, stems in enumerate(view.row_stems) if stems[-len(phrase):] == phrase]
        cols = _unit_columns(view, rows[0], quantity.unit) if len(rows) == 1 else []
        if len(cols) == 1:
            readings.append(_cell_reading(view, rows[0], cols[0]))
    if quantity.unit not in _LISTED_UNITS:
        return readings
    for source in index.sources:
        table = source.table
        corner = table.header[0] if table.header else ""
        described = {_stem(token) for token in _tokens(corner)}
        caption = {_stem(token) for token in _tokens(table.caption or "")}
        if described == {stem}:  # a bare "Dataset" column: the caption says which datasets
            described |= caption
        if not wanted <= described or _PARTIAL_LIST & caption:
            continue
        labels = [row[0].text for row in table.rows if row and row[0].text.strip()]
        if _names_label(quantity, modifiers, labels):
            continue
        counted = [label for label in dict.fromkeys(labels)
                   if not {"baseline", *_AVERAGE_WORDS, "total"} & set(_tokens(label))
                   and "".join(_tokens(label)) not in _BASELINE_LABELS]
        if not counted:
            continue
        left_out = len(labels) - len(counted)
        listed = ", ".join(counted)
        thing = " ".join([*modifiers, quantity.unit or ""])
        readings.append(_Reading(
            source=source, cells=frozenset((row, 0) for row in range(len(table.rows))),
            found=Decimal(len(counted)), tolerance=Decimal(0), exact=True,
            quote=f"{source.name} lists under {corner!r}: {listed}",
            location=f"{source.name}, column {corner}",
            arithmetic=f"{source.name} lists {len(counted)} {thing} ({listed}"
                       + (f"; {left_out} baseline or summary row(s) not counted" if left_out
                          else "") + ")"))
    return readings


