"""Claims that pair several names of one table with a number each: "On UCF, AMDCN reaches an
MAE of 290.82 and Hydra2s 333.73", "AMDCN's MAE on UCF is 295.80, ahead of Hydra2s at 333.73".

Syntheses retell a results table this way, one number after each system (or dataset), all in
one column (or row). The one-cell lookup (verify/cell_check.py) cannot decide them: each cell
holds one of the numbers, and its headers lack the other name. Read as pairs, the claim says
what the table says when every name's cell holds the number printed after it, and is
contradicted when one name's cell holds another number while another pair agrees: the
commonest slip of a synthesis, a number from the neighbouring row.

Precision first, so the reading is strict:

- the claim prints exactly as many of the table's row (column) labels as it states levels,
  each label before its number and after the previous number, or each right after its
  number and before the next ("1.63 on maximal and 1.43 on downscale"), or, for two, the
  first before its number and the second given its number by "for" ("A reaches 3.477,
  against 4.060 for B"); "A and B reach X and Y respectively" is not read; a label counts
  without its citation mark ("Hydra2s" for "Hydra2s [18]"), and a label that is a bare
  number or citation never counts;
- a name is a cell's inner label, else any label of its path ("SciBERT" over "Frozen" and
  "Finetune"), and then a line's cell of that name is the one whose other labels the claim
  speaks of ("finetuned SciBERT"): two that fit are no reading;
- every label has exactly one cell in a shared column (row); where several columns hold all
  the pairs, the claim must print the one it means;
- the table's caption, the shared column's labels and the pairs' labels account for the
  claim's whole content (`content.account`), in exactly one table and line of the paper, or,
  of several that do, exactly one holds every word of the claim;
- at least one pair agrees: a claim none of whose numbers is in its cells speaks of another
  table or line than the one read, and decides nothing;
- a claim that also orders the names ("ahead of", "behind", "the best", "outperforms") says
  more than the cells: whether lower is better, the cells do not say, so such a claim is only
  ever contradicted by a wrong number, never confirmed; words that order the two numbers as
  numbers ("290.82 is well below 377.60") are the exception, confirmed when the cells'
  numbers stand in that order (`number_order`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from verify_claims.claims import Cell, Check, CheckKind, Claim, Evidence, Outcome, Paper, Table
from verify_claims.claims.models import Quantity

from .cell_check import cell_numbers
from .cell_kinds import _agree
from .cells_read import Labelled, labelled_cells, table_name
from .claimed_levels import claim_levels
from .content import Accounting, ClaimParts, account, passage_terms
from .guards_cells import _first_places
from .label_text import label_name
from .number_order import numeric_order, orders, read_words, unpaired_word
from .passages import PassageIndex

_MAX_PAIRS = 6


def _label(label: str) -> str:
    """A label as a claim names it here: citation marks aside, bracketed notes kept (rows
    "X (pubmed)" and "X (news)" stay two names)."""
    return label_name(label, notes=True)


class _Pair(NamedTuple):
    quantity: Quantity
    found: Labelled
    name: str  # the label of `found` the claim names


def _ordered_names(names: set[str], claim: Claim, quantities: list[Quantity]) -> list[str] | None:
    """The names in the claim's order, one for each number: each name before its number and
    after the number before it ("A reaches 70.1 and B 68.2"), or each right after its number
    and before the next one ("70.1 on A and 68.2 on B"); None when the claim does not print
    them so."""
    places = _first_places(names, claim.text)
    if len(places) != len(quantities):
        return None
    ordered = sorted(places, key=places.__getitem__)
    spans = [(places[name], places[name] + len(name)) for name in ordered]
    numbers = [quantity.span for quantity in quantities]
    before = all(end <= number[0] and (index == 0 or numbers[index - 1][1] <= start)
                 for index, ((start, end), number) in enumerate(zip(spans, numbers, strict=True)))
    after = all(number[1] <= start and (index + 1 == len(numbers)
                                        or end <= numbers[index + 1][0])
                for index, ((start, end), number) in enumerate(zip(spans, numbers, strict=True)))
    return ordered if before or after or _set_against(spans, numbers, claim.text) else None


# "A reaches 3.477, against 4.060 for B": the second name follows its number after a short
# preposition that gives the number to it.
_GIVEN_TO = re.compile(r"\W*(?:for|by|of|from|with)\W+(?:(?:the|a|an)\W+)?(?:[\w-]+\s+)?$",
                       re.IGNORECASE)


def _set_against(spans: list[tuple[int, int]], numbers: list[tuple[int, int]], text: str) -> bool:
    """Two names set against each other, the first before its number and the second after its
    own, given to it by "for", "by" or "of" ("A reaches 3.477, against 4.060 for B";
    "A's 290.82 is below the 377.60 of B"): the one other way a synthesis pairs two systems
    with their numbers. Only two pairs, and only "for the" and one more word ("for
    finetuned B") between the second number and its name, so that "A reaches X and Y on
    the held-out split of B" (both numbers A's) is not read so."""
    if len(spans) != 2:
        return False
    (first_start, first_end), (second_start, _) = spans
    (number_start, number_end), (other_start, other_end) = numbers
    return first_end <= number_start and number_end <= other_start and other_end <= second_start \
        and _GIVEN_TO.match(text[other_end:second_start]) is not None


def _lines(cells: list[Labelled], axis: str,
           names: list[str]) -> list[tuple[tuple[str, ...], list[Labelled]]]:
    """Each line of a table's `cells` across `axis` (a column for row names) holding exactly
    one cell of each name, with those cells in the names' order."""
    other = "columns" if axis == "rows" else "rows"
    by_line: dict[tuple[str, ...], dict[str, list[Labelled]]] = {}
    for found in cells:
        name = _label(getattr(found, axis)[-1])
        if name in names:
            line = tuple(getattr(found, other))
            by_line.setdefault(line, {}).setdefault(name, []).append(found)
    return [(line, [cells[name][0] for name in names]) for line, cells in by_line.items()
            if all(len(cells.get(name, ())) == 1 for name in names)]


def _named_twice(cells: list[Labelled], axis: str, names: list[str]) -> set[tuple[str, ...]]:
    """The lines (across `axis`) holding a cell whose path prints two or more of `names`
    ("BERT-Base" over "Frozen"): `_path_lines` reads none of them."""
    other = "columns" if axis == "rows" else "rows"
    return {tuple(getattr(found, other)) for found in cells
            if len({label for label in map(_label, getattr(found, axis)) if label in names}) > 1}


def _path_lines(cells: list[Labelled], axis: str, names: list[str],
                claim: Claim) -> list[tuple[tuple[str, ...], list[Labelled]]]:
    """As `_lines`, for names printed as an outer label ("SciBERT" over "Frozen" and
    "Finetune"): a cell is a name's when exactly one label of its path is a name; where a line
    holds several cells of one name, only the one whose other labels the claim's words all
    speak of ("finetuned SciBERT": "Finetune", not "Frozen") is that name's.

    A line with a cell whose path holds two of the names ("BERT-Base" over "Frozen", for
    "finetuned BERT-Base reaches 65.37, against 63.64 for frozen BERT-Base") is no reading:
    the claim may mean that cell by either name, or by both together, and leaving it out
    gave "Frozen" the other group's cell (SciBERT's), which contradicted the true claim
    (found probing round 13, arXiv:1903.10676 Table 1)."""
    said = passage_terms(claim.text)
    other = "columns" if axis == "rows" else "rows"
    by_line: dict[tuple[str, ...], dict[str, list[Labelled]]] = {}
    for found in cells:
        path = [_label(label) for label in getattr(found, axis)]
        held = {label for label in path if label in names}
        if len(held) == 1:
            line = tuple(getattr(found, other))
            by_line.setdefault(line, {}).setdefault(held.pop(), []).append(found)
    shared = _named_twice(cells, axis, names)
    lines = []
    for line, of_name in by_line.items():
        if line in shared:
            continue  # a cell the claim names twice (docstring)
        chosen = []
        for name in names:
            found = of_name.get(name, [])
            if len(found) > 1:
                found = [each for each in found
                         if all(passage_terms(label) <= said for label in map(
                             _label, getattr(each, axis)) if label != name)]
            if len(found) != 1:
                break
            chosen.append(found[0])
        else:
            lines.append((line, chosen))
    return lines


def _candidates(claim: Claim, paper: Paper, quantities: list[Quantity]):
    """(table, axis, line, pairs) for each reading of the claim as pairs (module docstring):
    names read from the inner labels, else from any label of the cells' paths."""
    for table in paper.tables:
        cells = labelled_cells(table)
        for axis in ("rows", "columns"):
            names = {_label(getattr(found, axis)[-1]) for found in cells} - {""}
            ordered = _ordered_names(names, claim, quantities)
            other = "columns" if axis == "rows" else "rows"
            inner = ordered is not None
            if not inner:
                names = {_label(label) for found in cells for label in getattr(found, axis)}
                ordered = _ordered_names(names - {""}, claim, quantities)
                if ordered is None:
                    continue
            # the line a claim names, as it names it: "SciCite" for "SciCite (Cohan et al., 2019)"
            label_of = str.strip if inner else label_name
            printed = _first_places({label_of(getattr(found, other)[-1]) for found in cells},
                                    claim.text)
            if len(printed) > 1:
                continue  # "92.1 in precision and 89.7 in recall": a line for each pair
            lines = _lines(cells, axis, ordered) if inner \
                else _path_lines(cells, axis, ordered, claim)
            if len(lines) > 1:
                lines = [(line, found) for line, found in lines
                         if label_of(getattr(found[0], other)[-1]) in printed]
            for line, found in lines:
                yield table, axis, line, [
                    _Pair(quantity, cell, name) for quantity, cell, name
                    in zip(quantities, found, ordered, strict=True)]


def _accounting(parts: ClaimParts, table: Table, line: tuple[str, ...], pairs: list[_Pair],
                index: PassageIndex) -> Accounting:
    words = " ".join([table.caption or "", *line,
                      *(" ".join((*pair.found.rows, *pair.found.columns)) for pair in pairs)])
    return account(parts, passage_terms(words), index, relation=False)


def _value(pair: _Pair) -> float:
    """The first number of the pair's cell (one of which agrees with the claim's)."""
    return cell_numbers(pair.found.cell)[0][0].value


def _agrees(quantity: Quantity, cell: Cell) -> bool:
    return any(_agree(quantity, number) for number in cell_numbers(cell)[0])


def _evidence(table: Table, number: int, pair: _Pair, source: str) -> Evidence:
    headers = f"{' / '.join(pair.found.rows)} \u00d7 {' / '.join(pair.found.columns)}"
    value = cell_numbers(pair.found.cell)[0]
    return Evidence(source=source, quote=f"{headers}: {pair.found.cell.text}",
                    page=table.pages[0] if table.pages else None,
                    location=f"{table_name(table, number)}, {headers}",
                    claimed=pair.quantity.value, found=value[0].value if value else None,
                    note=f"caption: {table.caption}" if table.caption else None)


def _swapped(table: Table, pairs: list[_Pair], paper: Paper, source: str) -> Check | None:
    """Contradicted when the claim gives each of two names the other's number ("A's 63.91 is
    below B's 70.98" where A's cell holds 70.98 and B's 63.91): the commonest slip of a
    synthesis after the neighbouring row, and one no single cell shows. None otherwise: a
    claim none of whose numbers is in its cells speaks of another table or line."""
    if len(pairs) != 2:
        return None
    first, second = pairs
    if not (_agrees(first.quantity, second.found.cell)
            and _agrees(second.quantity, first.found.cell)) \
            or _agrees(first.quantity, first.found.cell):
        return None  # not swapped, or the two cells print one number
    number = next(position for position, each in enumerate(paper.tables) if each is table)
    name = table_name(table, number)
    evidence = [_evidence(table, number, pair, source) for pair in pairs]
    given = "; ".join(f"{pair.found.cell.text} for {pair.name}" for pair in pairs)
    return Check(kind=CheckKind.table, outcome=Outcome.contradicted,
                 explanation=f"{name} gives {given}: the claim gives each of them the "
                             "other's number.",
                 evidence=evidence)


def check_cell_pairs(claim: Claim, paper: Paper, source: str, index: PassageIndex) -> Check | None:
    """The cells of one table line that the claim's names and numbers pair up (module
    docstring); None when the claim is not read as pairs or no pair agrees."""
    asked = claim_levels(claim, paper)
    if asked is None:
        return None
    quantities, parts, _ = asked
    if not 2 <= len(quantities) <= _MAX_PAIRS or len(quantities) != len(claim.quantities):
        return None  # a number that is no level (a change, a count cut off) is not paired
    quantities = sorted(quantities, key=lambda quantity: quantity.span[0])
    readings = []
    for table, axis, line, pairs in _candidates(claim, paper, quantities):
        accounting = _accounting(parts, table, line, pairs, index)
        if accounting.confirms:
            readings.append((table, axis, pairs, accounting))
    if len(readings) > 1:
        # "On the development set, LAS is ...": the line whose labels hold every word of the
        # claim, beside one that lacks "development".
        readings = [reading for reading in readings
                    if not reading[3].missing and not reading[3].unseen]
    if len(readings) != 1:
        return None
    table, axis, pairs, accounting = readings[0]
    agree = [_agrees(pair.quantity, pair.found.cell) for pair in pairs]
    if not any(agree):
        return _swapped(table, pairs, paper, source)
    number = next(position for position, each in enumerate(paper.tables) if each is table)
    evidence = [_evidence(table, number, pair, source) for pair in pairs]
    name = table_name(table, number)
    given = "; ".join(f"{pair.found.cell.text} for {quote.quote.rpartition(': ')[0]}"
                      for pair, quote in zip(pairs, evidence, strict=True))
    if all(agree):
        labels = " ".join([table.caption or "", *(
            " ".join((*pair.found.rows, *pair.found.columns)) for pair in pairs)])
        if unpaired_word(claim.text, [pair.quantity.span for pair in pairs],
                         labels, read_words(accounting)):
            return None  # "290.82 is a quarter of 377.60": more than a pairing
        ordered = ""
        if parts.comparison is not None or orders(
                claim.text, [pair.quantity.span for pair in pairs]):
            ordered = "" if len(pairs) != 2 else numeric_order(
                claim.text, pairs[0].quantity, pairs[1].quantity,
                (_value(pairs[0]), _value(pairs[1])))
            if not ordered:
                return None  # the claim orders the names too: more than the cells say
        return Check(kind=CheckKind.table, outcome=Outcome.supported,
                     explanation=f"{name} gives {given}, as the claim pairs them{ordered}; the "
                                 "cells' headers and caption speak of everything the claim does.",
                     evidence=evidence)
    wrong = [pair for pair, ok in zip(pairs, agree, strict=True) if not ok]
    said = ", ".join(f"{pair.quantity.text} for {pair.name}"
                     for pair in wrong)
    return Check(kind=CheckKind.table, outcome=Outcome.contradicted,
                 explanation=f"{name} gives {given}; the claim says {said}, while its other "
                             "numbers match their cells.",
                 evidence=evidence)
