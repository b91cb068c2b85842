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
  number and before the next ("1.63 on maximal and 1.43 on downscale"); "A and B reach X and
  Y respectively" is not read; a label counts without its citation mark ("Hydra2s" for
  "Hydra2s [18]"), and a label that is a bare number or citation never counts;
- every label has exactly one cell in a shared column (row); where several columns hold all
  the pairs, the claim must print the one it means;
- the table's caption, the shared column's labels and the pairs' labels account for the
  claim's whole content (`content.account`), in exactly one table and line of the paper, or,
  of several that do, exactly one holds every word of the claim;
- at least one pair agrees: a claim none of whose numbers is in its cells speaks of another
  table or line than the one read, and decides nothing;
- a claim that also orders the names ("ahead of", "behind", "the best", "outperforms") says
  more than the cells: whether lower is better, the cells do not say, so such a claim is only
  ever contradicted by a wrong number, never confirmed.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from verify_claims.claims import Cell, Check, CheckKind, Claim, Evidence, Outcome, Paper, Table
from verify_claims.claims.models import Quantity

from .cell_check import cell_numbers, claim_levels
from .cell_kinds import _agree
from .cells_read import Labelled, labelled_cells, table_name
from .content import Accounting, ClaimParts, account, passage_terms
from .guards_cells import _first_places
from .label_text import label_name
from .passages import PassageIndex

_MAX_PAIRS = 6


def _label(label: str) -> str:
    """A label as a claim names it here: citation marks aside, bracketed notes kept (rows
    "X (pubmed)" and "X (news)" stay two names)."""
    return label_name(label, notes=True)
# Words that order the names or state a change: what the pairs of cells cannot confirm.
_ORDER = re.compile(
    r"\b(?:ahead|behind|trail\w*|lead\w*|edg(?:e|es|ed|ing)|tops?|topp\w*|best|worst|highest"
    r"|lowest|second|third|rank\w*|beat\w*|outperform\w*|underperform\w*|better|worse|higher"
    r"|lower|more|less|fewer|than|exceed\w*|surpass\w*|overtak\w*|improv\w*|drop\w*|gain\w*"
    r"|los[est]\w*|reduc\w*|increas\w*|decreas\w*|superior|inferior|beyond|below|above)\b",
    re.IGNORECASE)


class _Pair(NamedTuple):
    quantity: Quantity
    found: Labelled


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
    return ordered if before or after else None


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


def _candidates(claim: Claim, paper: Paper, quantities: list[Quantity]):
    """(table, axis, line, pairs) for each reading of the claim as pairs (module docstring)."""
    for table in paper.tables:
        cells = labelled_cells(table)
        for axis in ("rows", "columns"):
            names = {_label(getattr(found, axis)[-1]) for found in cells} - {""}
            ordered = _ordered_names(names, claim, quantities)
            if ordered is None:
                continue
            other = "columns" if axis == "rows" else "rows"
            printed = _first_places({getattr(found, other)[-1].strip() for found in cells},
                                    claim.text)
            if len(printed) > 1:
                continue  # "92.1 in precision and 89.7 in recall": a line for each pair
            lines = _lines(cells, axis, ordered)
            if len(lines) > 1:
                lines = [(line, found) for line, found in lines
                         if getattr(found[0], other)[-1].strip() in printed]
            for line, found in lines:
                yield table, axis, line, [_Pair(quantity, cell) for quantity, cell
                                          in zip(quantities, found, strict=True)]


def _accounting(parts: ClaimParts, table: Table, line: tuple[str, ...], pairs: list[_Pair],
                index: PassageIndex) -> Accounting:
    words = " ".join([table.caption or "", *line,
                      *(" ".join((*pair.found.rows, *pair.found.columns)) for pair in pairs)])
    return account(parts, passage_terms(words), index, relation=False)


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
    table, axis, pairs, _ = readings[0]
    agree = [_agrees(pair.quantity, pair.found.cell) for pair in pairs]
    if not any(agree):
        return None
    number = next(position for position, each in enumerate(paper.tables) if each is table)
    evidence = [_evidence(table, number, pair, source) for pair in pairs]
    name = table_name(table, number)
    given = "; ".join(f"{pair.found.cell.text} for {quote.quote.rpartition(': ')[0]}"
                      for pair, quote in zip(pairs, evidence, strict=True))
    if all(agree):
        if parts.comparison is not None or _ORDER.search(claim.text):
            return None  # the claim orders the names too: more than the cells say
        return Check(kind=CheckKind.table, outcome=Outcome.supported,
                     explanation=f"{name} gives {given}, as the claim pairs them; the cells' "
                                 "headers and caption speak of everything the claim does.",
                     evidence=evidence)
    wrong = [pair for pair, ok in zip(pairs, agree, strict=True) if not ok]
    said = ", ".join(f"{pair.quantity.text} for {_label(getattr(pair.found, axis)[-1])}"
                     for pair in wrong)
    return Check(kind=CheckKind.table, outcome=Outcome.contradicted,
                 explanation=f"{name} gives {given}; the claim says {said}, while its other "
                             "numbers match their cells.",
                 evidence=evidence)
