"""What kind of number a cell can be, and which cells a shortened row name may stand for.

Two general facts of results tables that the cell check (cell_check.py) uses:

Count columns hold whole numbers. A column headed "#Features", "# sentences", "Number of
papers" or "Count" prints how many things there are ("354k", "4.1M", "12"); a claimed number
with a fractional part ("26.07 BLEU") is never such a count, so a count column's cell is no
reading of it, even when the claim says the counted noun for another reason ("with rule n-gram
features" names a feature group, not the number of features). Without this, the count cell is
a second candidate beside the score cell, and two candidates of different numbers decide
nothing.

A claim may shorten a longer row name. When the claim's words fit several nested paths
("with rule n-gram features" fits the row "+ng" and the row "+id,ng,shape"), the cell check
picks the one it leaves least unsaid but never contradicts through it, since the claim may
mean the longer one. It may contradict when the claimed number is the value of none of them:
`shortened_alternatives` gives the cells of every path the claim may have shortened (same
table, same path on the other axis, holding every header word the claim says of the picked
path), and the caller contradicts only when all of them print a number and none agrees.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from verify_claims.claims import Check, CheckKind, Evidence, MatchedPart, Outcome, Quantity
from verify_claims.extract.quantity_units import COUNT_NOUNS

from .number_values import values_agree

if TYPE_CHECKING:  # types only: cell_check.py calls into this module
    from .cell_check import CellPassage
    from .cell_picker import Picker

_COUNT_HEADER = re.compile(r"^\s*(?:#|no\.\s|num(?:ber)?\b|counts?\b)", re.I)


def count_header(passage: CellPassage) -> bool:
    """The cell's column or row is headed as a count: "#Features", "Number of papers"."""
    return _counted_paths(passage.paths)


@lru_cache(maxsize=16384)
def _counted_paths(paths: tuple[tuple[str, ...], ...]) -> bool:
    """`count_header` of a cell's header paths, remembered: the cell check asks it of every
    candidate cell for every claim with a fractional number."""
    return any(_COUNT_HEADER.match(header) for path in paths for header in path)


def fractional(quantity: Quantity) -> bool:
    """A claimed number printed with decimals ("26.07", also "100.00"), which no count is
    (a count is printed whole; "1.2M" is a count in millions)."""
    return bool(quantity.decimals) and quantity.unit not in ("%",) \
        and not re.search(r"[kKmMbB]\s*$", quantity.text) \
        and not re.search(r"\b(?:thousand|million|billion|trillion)s?\b", quantity.text, re.I)


def shortened_alternatives(passage: CellPassage, passages: list[CellPassage],
                           picker: Picker) -> list[CellPassage]:
    """The cells the claim may mean when it picked `passage` by a shortened name: in its
    table, on each axis either the passage's own path or one holding every header word the
    claim says of it (a longer name the claim may have shortened), the other axis alike."""
    caption = passage.table.caption
    said = [picker.said_words(passage.number, axis, passage.paths[axis], caption)
            for axis in (0, 1)]
    found = []
    for other in passages:
        if other.number != passage.number:
            continue
        if all(other.paths[axis] == passage.paths[axis] or (said[axis] and said[axis] <= set(
                picker.path_words(other.number, axis, other.paths[axis])))
               for axis in (0, 1)):
            found.append(other)
    return found


def every_table_disagrees(quantities: list[Quantity], accounted: list, picked: Picker,
                          source: str, passages: list[CellPassage]) -> Check | None:
    """The claim names one cell in each of several tables (the same row and column in a
    main and a second experiment: "HMM-T" x "Headquartered" in Tables 1 and 2), and the
    claimed number is the value of none of them: false whichever table it means. Each cell
    must point at no other path (`Picker.only`), hold nearly all the claim says
    (`Accounting.contradicts`) and be the only accounted cell of its table; a cell picked by
    a name the claim may have shortened stands for all its longer names' cells
    (`shortened_alternatives`), none of which may agree either. One claimed number, no cell
    a list."""
    cells = [passage for passage, _ in accounted]
    tables = [passage.number for passage in cells]
    if len(set(tables)) != len(tables) or not 2 <= len(cells) <= 3:
        return None
    values = [quantity for quantity in quantities
              if not any(_header_number(quantity, passage) for passage in cells)]
    if len(values) != 1:
        return None
    quantity = values[0]
    readings: list[CellPassage] = []
    for passage, accounting in accounted:
        if not accounting.contradicts or not picked.only(passage):
            return None
        group = [passage] if picked.decides(passage) \
            else shortened_alternatives(passage, passages, picked)
        if not 1 <= len(group) <= 4:
            return None
        for reading in group:
            numbers = _comparable_numbers(quantity, reading)
            if reading.listed or not numbers or any(_agree(quantity, n) for n in numbers):
                return None
        readings += group
    found = "; ".join(f"{_name(passage)} gives {passage.cell.text} for {passage.headers}"
                      for passage in readings)
    return Check(kind=CheckKind.table, outcome=Outcome.contradicted,
                 explanation=(f"{found}: the cells, in each table, whose headers and caption "
                              f"speak of everything the claim does, and the claim says "
                              f"{quantity.text}, the value of none of them."),
                 evidence=[_evidence(passage, source, quantity) for passage in readings])


def _shortened(quantities: list[Quantity], accounted: list[tuple[CellPassage, object]],
               picked: Picker, source: str, passages: list[CellPassage]) -> Check | None:
    """A cell picked by a name the claim may have shortened contradicts the claim only
    when the claimed number is the value of none of the cells of the longer names
    (cell_kinds.shortened_alternatives): one claimed number, strict accounting."""
    passage, accounting = accounted[0]
    values = [quantity for quantity in quantities if not _header_number(quantity, passage)]
    if len(values) != 1 or not accounting.contradicts:
        return None
    quantity = values[0]
    alternatives = shortened_alternatives(passage, passages, picked)
    if not 2 <= len(alternatives) <= 4 or any(
            other.listed or not _comparable_numbers(quantity, other)
            or any(_agree(quantity, number) for number in _comparable_numbers(quantity, other))
            for other in alternatives):
        return None
    found = "; ".join(f"{other.cell.text} for {other.headers}" for other in alternatives)
    return Check(kind=CheckKind.table, outcome=Outcome.contradicted,
                 explanation=(f"{_name(passage)} gives {found}: the cells of every row or "
                              f"column the claim's words may name, whose headers and caption "
                              f"speak of everything the claim does; the claim says "
                              f"{quantity.text}, none of them."),
                 evidence=[_evidence(other, source, quantity) for other in alternatives],
                 matched=_matched(passage, quantity, accounting))


# Reading a cell's numbers against a claimed one, and naming it in the evidence (shared
# with cell_check.py).


def _agree(claimed: Quantity, found: Quantity) -> bool:
    """The claimed number can be the printed one: within printed precision, also when one
    side prints a share as a percentage and the other as a fraction ("45%" / "0.45"). A number
    spelled out in words ("the three methods") is a count, exact as said: no cell printing a
    fraction is it ("2.58" is within the rounding of "3", not "three"), unless hedged."""
    if spelled_count(claimed) and not float(found.value).is_integer():
        return False
    if values_agree(claimed, found):
        return True
    # a fraction with a unit ("0.9 hours", "0.9 years") is no share (probe30b)
    if claimed.unit == "%" and found.unit is None and abs(found.value) <= 1:
        return values_agree(_scaled(claimed, 0.01), found)
    if claimed.unit is None and found.unit == "%" and abs(claimed.value) <= 1:
        return values_agree(claimed, _scaled(found, 0.01))
    return False


def spelled_count(quantity: Quantity) -> bool:
    """A number spelled out in words and not hedged ("the three methods"): a count, exact as
    said, which no cell printing a fraction agrees or disagrees with."""
    return not quantity.approximate and not any(char.isdigit() for char in quantity.text)


# Counted nouns that measure time: "2.5 hours" is as much a count of hours as "3 hours".
_DIVISIBLE_UNITS = frozenset(("hours", "minutes", "seconds", "days", "weeks", "months",
                              "years"))
_COUNTED = frozenset(COUNT_NOUNS.values()) - _DIVISIBLE_UNITS


# A count turned into a rate: "102 samples per second", "3 tokens/s", "5 papers a year".
_RATE_AFTER = re.compile(r"^(?:\s+[\w-]+){0,3}?\s*(?:/|\s(?:per|each|every|a|an)\s)",
                         re.IGNORECASE)


def whole_count(quantity: Quantity, text: str = "") -> bool:
    """A whole number of a counted noun, printed in digits and not hedged ("2008 runs",
    "9 target tasks"): a count, which a cell printing a fraction cannot contradict, for a
    fraction is no count of anything. The claim's count may be no value at all: in "The
    English 2008 run improves the F-measure by 0.09" the year of a run names it, and the
    F-measure cell 0.55 of the row it named read as a contradiction of "2008 runs" (round 21,
    Wang and Neumann, AVE 2008, Table 1). A count made a rate ("102 samples per second",
    `text` being the claim) is a measure, which a fraction may contradict."""
    return not quantity.approximate and quantity.decimals <= 0 \
        and float(quantity.value).is_integer() and quantity.unit in _COUNTED \
        and not _RATE_AFTER.match(text[quantity.span[1]:quantity.span[1] + 40])


def _scaled(quantity: Quantity, factor: float) -> Quantity:
    return quantity.model_copy(update={"value": quantity.value * factor, "unit": None,
                                       "decimals": quantity.decimals + 2})


def _comparable_numbers(claimed: Quantity, passage: CellPassage) -> tuple[Quantity, ...]:
    """The numbers of a cell the claimed one is about: all of a one-number cell; of a cell
    with a bracketed share, the percentage for a claimed percentage, else the others; of a
    cell with a bracketed number that is no share, its value alone: "82.69(6.04)" prints a
    spread whose kind the cell does not say (a standard deviation over runs in VILA's Table
    3, arXiv:2106.00676), and "LayoutLM reaches 6.04 Macro F1 on S2-VL" is not it."""
    if len(passage.numbers) == 1 or passage.listed:
        return passage.numbers
    if not any(number.unit == "%" for number in passage.numbers[1:]):
        return passage.numbers[:1]
    share = claimed.unit == "%"
    return tuple(number for number in passage.numbers if (number.unit == "%") == share)


def prints_claimed(quantities: Iterable[Quantity], passage: CellPassage) -> bool:
    """Whether the cell prints a number that agrees with one of `quantities`, each read against
    the cell's numbers it is about (`_agree`, `_comparable_numbers`)."""
    return any(_agree(quantity, number) for quantity in quantities
               for number in _comparable_numbers(quantity, passage))


def _header_number(quantity: Quantity, passage: CellPassage) -> bool:
    """The claimed number is printed in the cell's own headers: it names the row or column
    ("at a threshold of 0.60", "the first five units"), it is not a value of the cell."""
    return any(word.number is not None and abs(word.number - quantity.value) < 1e-9
               for word in passage.own)


def labelled_year(quantity: Quantity, paths: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """Whether `quantity` is a year ("2012") that a row or column label prints as a word of
    its own, outside brackets. A year is no header word (header_vocabulary.py: "SGC (2019a)"
    is a citation), but such a label names its row by it: "the 2012 STS task" is the row
    "2012 STS" (cell_decisions.py asks it of the cells that support the claim)."""
    if quantity.decimals or not 1900 <= quantity.value <= 2099 \
            or not quantity.value.is_integer():
        return False
    year = re.compile(rf"(?<![\w.,\-]){int(quantity.value)}(?![\w\-]|[.,]\d)")
    return any(year.search(_BRACKETED_NOTE.sub(" ", label)) for path in paths for label in path)


_BRACKETED_NOTE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _name(passage: CellPassage) -> str:
    caption = passage.table.caption or ""
    # "Table A-1", "Exhibit 2.2" (probe30b)
    match = re.match(r"\s*((?:Table|Exhibit)\s+\w+(?:[-.]\d+)?)", caption, re.I)
    return match.group(1) if match else f"Table {passage.number + 1}"


def _evidence(passage: CellPassage, source: str, quantity: Quantity | None) -> Evidence:
    pages = passage.table.pages
    return Evidence(source=source, quote=f"{passage.headers}: {passage.cell.text}",
                    page=pages[0] if pages else None,
                    location=f"{_name(passage)}, {passage.headers}",
                    claimed=quantity.value if quantity else None, found=passage.value,
                    note=f"caption: {passage.table.caption}" if passage.table.caption else None)


def cells_evidence(passages, source: str, quantity: Quantity | None) -> list[Evidence]:
    """The evidence of cells that give a figure together (a difference, a mean, an order on
    every line): each cell quoted with its headers, no claimed or found value of its own,
    since no one cell holds the claimed number."""
    return [_evidence(passage, source, quantity).model_copy(
        update={"claimed": None, "found": None}) for passage in passages]


def pair_support(first: CellPassage, second: CellPassage, quantity: Quantity, source: str,
                 figure: str, formula: str) -> Check:
    """A supporting check by two cells that give the claimed `figure` together ("a difference
    of 2.3", "a change of 12% relative to the second"), computed as `formula`."""
    cells = (f"{_name(first)} gives {first.cell.text} for {first.headers} and "
             f"{second.cell.text} for {second.headers}")
    return Check(kind=CheckKind.table, outcome=Outcome.supported,
                 explanation=(f"{cells}: {figure} within printed precision, in the direction "
                              "the claim says; the cells' headers and caption speak of "
                              "everything the claim does."),
                 evidence=cells_evidence((first, second), source, quantity),
                 matched=[MatchedPart(part="value", claim=quantity.text, source=formula)])


def _matched(passage: CellPassage, quantity: Quantity, accounting) -> list[MatchedPart]:
    parts = [MatchedPart(part=part.role, claim=part.text, source=passage.headers)
             for part in accounting.matched]
    return parts + [MatchedPart(part="value", claim=quantity.text, source=passage.cell.text)]
