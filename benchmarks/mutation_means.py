"""Mean claims for benchmarks/mutations.py: the average of named cells of one column, right and
clearly wrong (verify/cell_arithmetic.py averages cells each named by their headers).

  mean         "Averaged over A and B, the <column> is m" (or over three rows) with m the mean
               of the printed cells, rounded to one more decimal than they print: true.
  mean wrong   the same with m off by a clearly different amount (30 % or more, at least five
               units of the cells' last digit): never confirmed.

Made only where the gold file leaves no doubt: rows of one column of one table with one label
each (labels repeated under groups are ambiguous), cells of one precision and no percentage
(a share's mean may be stated in points or in percent), and, for the false kind, no other
table with the same row and column labels whose cells give the wrong mean.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Sequence

from mutation_orders import capped, labelled_columns

MEAN_CAP = 8  # per paper and kind
TEMPLATES = (
    "Averaged over {names}, the {col} is {m}.",
    "The average {col} of {names} is {m}.",
    "{names} have a mean {col} of {m}.",
)


def _listed(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _means_elsewhere(all_cells: Sequence, path: Callable, chosen: Sequence, mean: float,
                     decimals: int) -> bool:
    """Whether cells with the same row and column labels in another table average to
    `mean` as printed (the claim names no table, so it might be true there)."""
    labels = {path(cell.row) for cell in chosen}
    column = chosen[0].col[-1]
    by_table: dict[str, dict[str, float]] = defaultdict(dict)
    for cell in all_cells:
        if cell.value is not None and cell.row and cell.col and cell.col[-1] == column \
                and path(cell.row) in labels and cell.table != chosen[0].table:
            by_table[cell.table][path(cell.row)] = cell.value
    half = 0.5 * 10.0 ** -decimals + 1e-9
    return any(len(values) == len(labels)
               and abs(sum(values.values()) / len(values) - mean) <= half
               for values in by_table.values())


def mean_claims(rng: random.Random, cells: Sequence, path: Callable[[Sequence[str]], str],
                all_cells: Sequence) -> list[tuple[str, str, str]]:
    """(kind, text, origin): "mean" (true) and "mean wrong" (false) claims of 2-3 rows of one
    column (module docstring)."""
    made: list[tuple[str, str, str]] = []
    for column, labels in labelled_columns(cells, path):
        if len(column) < 2 or len(set(labels)) != len(labels) \
                or any(len(cell.row) != 1 for cell in column) \
                or len({cell.decimals for cell in column}) != 1 \
                or any("%" in cell.text for cell in column):
            continue
        chosen = rng.sample(column, min(len(column), rng.choice((2, 3))))
        values = [cell.value for cell in chosen]
        decimals = chosen[0].decimals + 1
        mean = sum(values) / len(values)
        # Off by 30 % or five units of the cells' last digit: the cells' rounding alone
        # moves their mean by up to half a unit.
        unit = 10.0 ** -chosen[0].decimals
        wrong = mean + rng.choice((1, -1)) * max(abs(mean) * 0.3, 5 * unit)
        if wrong <= 0:
            wrong = mean + max(abs(mean) * 0.3, 5 * unit)
        col = " ".join(chosen[0].col)
        names = _listed([path(cell.row) for cell in chosen])
        template = rng.choice(TEMPLATES)
        origin = f"{chosen[0].table}: {col}: " + ", ".join(f"{path(c.row)} {c.text}"
                                                           for c in chosen)
        made.append(("mean", template.format(names=names, col=col, m=f"{mean:.{decimals}f}"),
                     origin))
        if not _means_elsewhere(all_cells, path, chosen, round(wrong, decimals), decimals):
            made.append(("mean wrong", template.format(names=names, col=col,
                                                       m=f"{wrong:.{decimals}f}"), origin))
    return capped(made, rng, MEAN_CAP)
