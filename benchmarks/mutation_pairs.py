"""Pair claims for benchmarks/mutations.py: two cells of one column, each number after its
row's name ("On F1, A reaches 70.1 and B 68.2"), as syntheses retell a results table
(verify/cell_pairs.py). True as printed; false with one of the two numbers taken from a third
row of the same column, the commonest slip (a neighbouring row's number)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from mutation_orders import capped, labelled_columns

PAIR_CAP = 8  # per paper and kind
TEMPLATES = (
    "On {col}, {A} reaches {x} and {B} {y}.",
    "{A} scores {x} in {col}, and {B} {y}.",
    "The {col} is {x} for {A} and {y} for {B}.",
)


def pair_claims(rng: random.Random, cells: Sequence, path: Callable[[Sequence[str]], str],
                shown: Callable, all_cells: Sequence) -> list[tuple[str, str, str]]:
    """(kind, text, origin) for pairs of numeric cells of one column of one table: "pair"
    (true) and "pair neighbour" (one number from a third row of the column). A false value is
    never one that a cell with the same row and column labels holds anywhere in the paper."""
    made: list[tuple[str, str, str]] = []
    for column, labels in labelled_columns(cells, path):
        if len(column) < 3 or len(set(labels)) != len(labels):
            continue  # a third row lends the false number; repeated labels are ambiguous
        a, b = rng.sample(column, 2)
        col = " ".join(a.col)
        template = rng.choice(TEMPLATES)
        origin = f"{a.table}: {path(a.row)} {a.text}, {path(b.row)} {b.text} ({col})"
        made.append(("pair", template.format(A=path(a.row), B=path(b.row), col=col,
                                             x=shown(a), y=shown(b)), origin))
        taken = {cell.value for cell in all_cells if cell.row and cell.col
                 and cell.row[-1] == b.row[-1] and cell.col[-1] == b.col[-1]}
        thirds = [cell for cell in column if cell is not a and cell is not b
                  and cell.value not in taken and cell.decimals == b.decimals]
        if thirds:
            third = rng.choice(thirds)
            made.append(("pair neighbour", template.format(
                A=path(a.row), B=path(b.row), col=col, x=shown(a),
                y=shown(b, third.value)), origin))
    return capped(made, rng, PAIR_CAP)
