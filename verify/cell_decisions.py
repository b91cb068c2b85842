"""A table check's decision over the cells whose headers account for a claim: supported,
contradicted or nothing (the rules are told in cell_check.py's docstring).

cell_check.py finds the cells a claim's words single out and accounts for the claim's content
in each (verify/content.py); this module holds what it then decides from them, apart from the
finding, to keep each module small: every claimed number printed by an accounted cell
supports; one cell the claim picks out, printing another number, contradicts; anything else
decides nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify_claims.claims import Check, CheckKind, Outcome, Quantity

from .cell_kinds import (
    _agree,
    _comparable_numbers,
    _evidence,
    _header_number,
    _matched,
    _name,
    _shortened,
    every_table_disagrees,
    labelled_year,
    prints_claimed,
    spelled_count,
    whole_count,
)
from .cell_picker import Picker
from .cell_ranges import prints_range
from .content import Accounting
from .guards_count_axes import counted_axis_only
from .header_vocabulary import header_words
from .named_siblings import names_whole_sibling
from .nested_columns import shadowed
from .number_order import numeric_order, orders, read_words, unpaired_word
from .numbers_named import numbers_named
from .row_mate_contradictions import row_mate_contradiction
from .spread_numbers import after_spread_sign, prints_spread
from .worded_differences import worded_difference

if TYPE_CHECKING:  # types only: cell_check.py calls into this module
    from .cell_check import CellPassage


def aggregate_size(quantity: Quantity, passage: CellPassage,
                    passages: list[CellPassage]) -> bool:
    """"Averaged over the four relations": a count of what an aggregate cell (under "Avg.",
    "Average", "All") sums up, true when its table has that many other paths on the axis of
    the aggregate header."""
    if not quantity.unit or not quantity.unit.isalpha() or quantity.decimals:
        return False
    for axis in (0, 1):
        path = passage.paths[axis]
        if not any(word.word in ("avg", "average", "mean", "overall", "all")
                   for word in header_words(" ".join(path))):
            continue
        others = {other.paths[axis] for other in passages
                  if other.number == passage.number and other.paths[axis] != path
                  and other.paths[1 - axis] == passage.paths[1 - axis]}
        if len(others) == int(quantity.value):
            return True
    return False


def decide(quantities: list[Quantity], accounted: list[tuple[CellPassage, object]],
            picked: Picker, source: str, passages: list[CellPassage], claim_text: str,
            shortened: bool = False) -> Check | None:
    """Supported when every claimed number is a value of an accounted cell (or names its
    headers); contradicted when exactly one cell is accounted for, the claim picks it out on
    both axes or says nearly all it says, and its value is not the one claimed. A cell
    picked as the least unsaid of nested paths (`shortened`) contradicts nothing: the claim
    may have shortened the longer path."""
    cells = [passage for passage, _ in accounted]
    supported, conditions, years = [], 0, []
    # cells agreeing with some claimed number: a path of one is no sibling of another's
    agree = [passage for passage in cells if prints_claimed(quantities, passage)]
    for quantity in quantities:
        agreeing = [(passage, accounting) for passage, accounting in accounted
                    if not passage.listed and not _header_number(quantity, passage)
                    and not shadowed(passage, cells, claim_text)  # (nested_columns.py)
                    and not names_whole_sibling(picked, passage, *(  # (named_siblings.py)
                        other for other in agree if other.number == passage.number))
                    and any(_agree(quantity, number)
                            for number in _comparable_numbers(quantity, passage))]
        if agreeing:
            supported.append((quantity, *agreeing[0]))
        elif after_spread_sign(claim_text, quantity) and any(
                prints_spread(passage.cell.text, quantity) for _, passage, _ in supported):
            conditions += 1  # "75.7 ± 1.0" of a cell printing "75.7 ± 1.0" (round 32)
        elif any(_header_number(quantity, passage)
                 or aggregate_size(quantity, passage, passages) for passage in cells):
            conditions += 1
        else:
            years.append(quantity)
    # A year names the row of the cells that give the claimed numbers, not of any cell read
    # ("the 2012 STS task had 35 teams": the 35 of the row "2012 STS").
    if years and all(any(labelled_year(year, passage.paths) for _, passage, _ in supported)
                     for year in years):
        conditions += len(years)
    if supported and len(supported) + conditions == len(quantities):
        labels = {label for passage in passages if passage.number == supported[0][1].number
                  for path in passage.paths for label in path[-1:]}
        if not numbers_named(claim_text, [(quantity, passage.paths)
                                          for quantity, passage, _ in supported], labels):
            # several numbers in several cells, not each by its own name; or one of them
            # from a neighbouring row (row_mate_contradictions.py)
            return row_mate_contradiction(quantities, accounted, passages, claim_text, source)
        spans = [quantity.span for quantity, _, _ in supported]
        labels = " ".join(" ".join([passage.table.caption or "", *(" ".join(path) for path in
                                                                   passage.paths)])
                          for _, passage, _ in supported)
        read = frozenset().union(*(read_words(accounting) for _, _, accounting in supported))
        if unpaired_word(claim_text, spans, labels, read):
            return None  # "95.7 dev F1, a quarter of its 92.2 test F1": more than two values
        if len(supported) > 1 and orders(claim_text, spans):
            # "932,150 tokens, more than the 20,630,188 of the paragraph class": two right
            # numbers, and an order the cells must bear out (verify/number_order.py).
            ordered = sorted(supported, key=lambda found: found[0].span[0])
            if len(ordered) != 2 or not numeric_order(
                    claim_text, ordered[0][0], ordered[1][0],
                    (ordered[0][1].value, ordered[1][1].value)):
                return None
        evidence = [_evidence(passage, source, quantity) for quantity, passage, _ in supported]
        matched = [part for quantity, passage, accounting in supported
                   for part in _matched(passage, quantity, accounting)]
        found = "; ".join(f"{_name(passage)} gives {passage.cell.text} for {passage.headers}"
                          for _, passage, _ in supported)
        return Check(kind=CheckKind.table, outcome=Outcome.supported,
                     explanation=f"{found}, as the claim says; the cell's headers and caption "
                                 "speak of everything the claim does.",
                     evidence=evidence, matched=matched)
    if len(quantities) > 1:
        # All numbers but one printed by named cells of one row: the other one's named cell
        # of that row may show it false (row_mate_contradictions.py).
        found = row_mate_contradiction(quantities, accounted, passages, claim_text, source)
        if found is not None:
            return found
    # A longer column beside the one the claim names word for word is another measure: the
    # named one alone may show the claim false (nested_columns.py).
    kept = [(passage, accounting) for passage, accounting in accounted
            if not shadowed(passage, cells, claim_text)]
    if len(kept) < len(accounted):
        accounted, cells = kept, [passage for passage, _ in kept]
    # One cell, or the same number printed in several tables (a headline result repeated in
    # a main table and an ablation table): no other cell says what the claim says.
    if len({(passage.cell.text, passage.listed) for passage in cells}) != 1:
        return every_table_disagrees(quantities, accounted, picked, source, passages)
    if shortened:
        return _shortened(quantities, accounted, picked, source, passages)
    if not all(picked.only(passage) for passage in cells) or not any(
            may_contradict(accounting, picked, passage, claim_text)
            for passage, accounting in accounted):
        return None
    passage, accounting = next((passage, accounting) for passage, accounting in accounted
                               if may_contradict(accounting, picked, passage, claim_text))
    values = [quantity for quantity in quantities if not _header_number(quantity, passage)
              and not aggregate_size(quantity, passage, passages)]
    # Only a claim with one number can be contradicted by one cell: with several, which number
    # the cell is about is not known, and a count of the claim's nouns is no cell value.
    if len(values) != 1:
        return None
    quantity = values[0]
    if worded_difference(claim_text, quantity):
        return None  # "the difference between A and B is 0.60": no one cell's level
    numbers = _comparable_numbers(quantity, passage)
    if not numbers or any(_agree(quantity, number) for number in numbers):
        return None
    if (spelled_count(quantity) or whole_count(quantity, claim_text)) \
            and not any(float(number.value).is_integer() for number in numbers):
        # "the three methods" counts rows, "2008 runs" names a year's run: a score of 2.58 or
        # of 0.55 is no count of them (cell_kinds.whole_count)
        return None
    if counted_axis_only(picked, picked.words, passage, quantity, passages):
        return None  # a row "Vocab. size" for "a perplexity of 371" (guards_count_axes.py)
    if prints_range(passage.cell.text) and not any(
            other.number == passage.number and other is not passage and other.numbers
            and other.numbers[0].decimals == quantity.decimals
            and _agree(quantity, other.numbers[0]) for other in passages):
        return None  # a mean with its range contradicts only by another cell's number
    only = "the only cell" if len(cells) == 1 \
        else f"as {len(cells)} cells of the paper do, the only ones"
    return Check(kind=CheckKind.table, outcome=Outcome.contradicted,
                 explanation=(f"{_name(passage)} gives {passage.cell.text} for "
                              f"{passage.headers}, {only} whose headers and caption "
                              f"speak of everything the claim does; the claim says "
                              f"{quantity.text}."),
                 evidence=[_evidence(passage, source, quantity)],
                 matched=_matched(passage, quantity, accounting))


def may_contradict(accounting: Accounting, picked: Picker, passage: CellPassage,
                    claim_text: str) -> bool:
    """Whether one cell may contradict the claim: its headers and caption hold nearly all the
    claim says (`Accounting.contradicts`), or the claim picks it out on both axes and they
    lack no phrase of it (`missing_phrase`). Picked on both axes, a cell still measures what
    its caption says: "Text-block I-VILA lowers RoBERTa's group category inconsistency to
    0.21" names the row and the column of a Macro F1 cell (VILA's Table 4,
    arXiv:2106.00676), and its 92.52 says nothing of the inconsistency."""
    return accounting.contradicts or (picked.decides(passage)
                                      and not missing_phrase(accounting, claim_text))


def missing_phrase(accounting: Accounting, claim_text: str) -> bool:
    """Whether three words the accounting misses stand side by side in the claim ("group
    category inconsistency"): the name of something the cell does not measure. Two are not
    enough: "writes summaries" of "LED-4096 writes summaries of 103.1 words" is the claim's
    own wording of the "Words" column."""
    missing = [re.escape(part.text) for part in accounting.missing + accounting.unseen]
    if len(missing) < 3:
        return False
    either = "|".join(missing)
    return re.search(rf"\b(?:{either})(?:[\s\-]+(?:{either})){{2}}\b", claim_text) is not None
