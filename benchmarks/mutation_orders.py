"""Order claims for benchmarks/mutations.py: claims that share every name and number with the
paper but may state a relation it does not.

Three kinds, each made only where the gold file leaves no doubt about its truth:

  order              "<A> scores higher than <B> on <column>", of two rows of one column whose
                     values differ: true when A's value is the larger. Made only when every
                     pair of cells with the same two row labels and column label, in every
                     table of the paper, agrees (a paper that prints A and B again under
                     another setting could make the reversed claim true there).
  order reversed     the same with "lower" for "higher" (or back): false.
  rank               "<A> has the highest <column> in <table>" of a table whose rows are
                     named by one label each: true for the column's unique largest value,
                     false (kind "rank wrong") for any other row.
  numbers swapped    a gold sentence with two of its numbers (different values, not a range
                     "3-5", "between 3 and 5", "3 to 5", "3 or 5") swapped: false, since each
                     number now belongs to the other's subject, and a verifier that only finds
                     the claim's numbers in the sentence would confirm it.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Callable, Sequence

ORDER_CAP = 8  # per paper and kind
_RANGE_GAP = re.compile(r"^\s*(?:%\s*)?(?:-|–|—|to|and|or|,|/|x|×|vs\.?|versus)\s*$",
                        re.IGNORECASE)
_RANGE_LEAD = re.compile(r"(?:between|from|range[sd]?|ranging|either|of)\s*$", re.IGNORECASE)
HIGHER = ("{A} scores higher than {B} on {col}.",
          "On {col}, {A} is higher than {B}.",
          "{A} has a higher {col} than {B}.")
LOWER = ("{A} scores lower than {B} on {col}.",
         "On {col}, {A} is lower than {B}.",
         "{A} has a lower {col} than {B}.")


def capped(made: list[tuple[str, str, str]], rng: random.Random,
           cap: int = ORDER_CAP) -> list[tuple[str, str, str]]:
    """`made` shuffled, then at most `cap` claims of each kind (the kinds' shared cap)."""
    rng.shuffle(made)
    kept: dict[str, int] = defaultdict(int)
    capped = []
    for kind, text, origin in made:
        if kept[kind] < cap:
            kept[kind] += 1
            capped.append((kind, text, origin))
    return capped


def labelled_columns(cells: Sequence, path: Callable) -> list[tuple[list, list[str]]]:
    """The cells of each column of each table, in a fixed order, with their row labels as a
    report writes them (`path`)."""
    by_column: dict[tuple[str, tuple[str, ...]], list] = defaultdict(list)
    for cell in cells:
        by_column[cell.table, cell.col].append(cell)
    return [(by_column[key], [path(cell.row) for cell in by_column[key]])
            for key in sorted(by_column)]


def _agree_everywhere(cells: Sequence, path: Callable, first, second) -> bool:
    """Whether every cell pair labelled like (first, second) in any table orders the same
    way as they do: first strictly larger."""
    xs = [c.value for c in cells if c.value is not None and c.row and c.col
          and path(c.row) == path(first.row) and c.col[-1] == first.col[-1]]
    ys = [c.value for c in cells if c.value is not None and c.row and c.col
          and path(c.row) == path(second.row) and c.col[-1] == second.col[-1]]
    return bool(xs) and bool(ys) and min(xs) > max(ys)


def order_claims(rng: random.Random, cells: Sequence, path: Callable[[Sequence[str]], str],
                 all_cells: Sequence) -> list[tuple[str, str, str]]:
    """(kind, text, origin): "order" (true) and "order reversed" (false) claims, and "rank" /
    "rank wrong" claims of single-label tables."""
    made: list[tuple[str, str, str]] = []
    for column, labels in labelled_columns(cells, path):
        if len(set(labels)) != len(labels) or len(column) < 2:
            continue  # repeated labels (row groups read alike) are ambiguous
        col = " ".join(column[0].col)
        a, b = rng.sample(column, 2)
        if a.value == b.value:
            continue
        high, low = (a, b) if a.value > b.value else (b, a)
        if not _agree_everywhere(all_cells, path, high, low):
            continue
        origin = f"{high.table}: {path(high.row)} {high.text} > {path(low.row)} {low.text} ({col})"
        index = rng.randrange(len(HIGHER))
        first, second = (high, low) if rng.random() < 0.5 else (low, high)
        true_text = (HIGHER if first is high else LOWER)[index]
        false_text = (LOWER if first is high else HIGHER)[index]
        names = {"A": path(first.row), "B": path(second.row), "col": col}
        made.append(("order", true_text.format(**names), origin))
        made.append(("order reversed", false_text.format(**names), origin))
        made += _rank(rng, column, path, col, all_cells)
    return capped(made, rng)


def _rank(rng: random.Random, column: Sequence, path: Callable, col: str,
          all_cells: Sequence) -> list[tuple[str, str, str]]:
    """A "highest" claim about the top row of a column (true) and about another row (false),
    in a table whose every row has one label and whose column no other table repeats."""
    table = column[0].table
    if len(column) < 3 or any(len(cell.row) != 1 for cell in column):
        return []
    if any(c.table != table and c.col and c.col[-1] == column[0].col[-1] for c in all_cells):
        return []  # the same measure in another table: "highest" might hold there
    values = sorted((cell.value for cell in column), reverse=True)
    if values[0] == values[1]:
        return []
    top = next(cell for cell in column if cell.value == values[0])
    other = rng.choice([cell for cell in column if cell is not top])
    origin = f"{table}: {col}: " + ", ".join(f"{path(c.row)} {c.text}" for c in column)
    template = "{A} has the highest {col} in {table}."
    return [("rank", template.format(A=path(top.row), col=col, table=table), origin),
            ("rank wrong", template.format(A=path(other.row), col=col, table=table), origin)]


def swapped_numbers(rng: random.Random, text: str,
                    spots: Callable[[str], list[re.Match[str]]]) -> str | None:
    """`text` with two of its numbers swapped, or None when no two numbers qualify."""
    found = [m for m in spots(text)  # a citation "[5]" is no number of the statement
             if not (text[m.start() - 1:m.start()] == "[" or text[m.end():m.end() + 1] in "],")
             or not re.search(r"\[[\d,\s]*$", text[:m.start()])]
    options = []
    for i, first in enumerate(found):
        for second in found[i + 1:]:
            one, two = first.group(0), second.group(0)
            if float(one.replace(",", "")) == float(two.replace(",", "")):
                continue
            if _RANGE_GAP.match(text[first.end():second.start()]):
                continue
            if _RANGE_LEAD.search(text[:first.start()]):
                continue
            options.append((first, second))
    if not options:
        return None
    first, second = rng.choice(options)
    return (text[:first.start()] + second.group(0) + text[first.end():second.start()]
            + first.group(0) + text[second.end():])
