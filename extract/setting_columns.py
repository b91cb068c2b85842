"""Leading columns of settings that label a table's rows together, when no column holds text.

An ablation over settings prints no row names: each row is one setting of a few
hyperparameters, printed as numbers in the first columns under a spanning header of their
own ("Hyperparams" over #L, #H and #A in arXiv:1810.04805 Table 6; "Masking Rates" over MASK,
SAME and RND in its Table 8), and the results follow. Read without a label column, every
cell of such a row was labelled by its first cell alone ("6" for both 6-layer models, which
differ by their number of attention heads), so that two rows looked alike and a claim naming
all the settings of one could not tell it from the other.

Here those columns become the rows' label columns, so that a row's label path holds every
setting it prints (["6", "768", "3"]). The columns are taken only when their header says so and
their cells look like settings: a header cell of the top line spans the first columns (two
or more, not all); each of them is filled in every row with whole numbers or percentages,
printed again in another row (settings are varied one at a time, results seldom repeat); and
together they tell every row apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cell_values import parse_cell

if TYPE_CHECKING:
    from .grid_lines import Segment


def _overlaps(segment: Segment, column: tuple[float, float]) -> bool:
    a, b = column
    return min(segment.x1, b + 1) - max(segment.x0, a - 1) > 0


def _setting_column(values: list[Segment | None]) -> bool:
    """Every row prints a whole number or a percentage here, and some value twice."""
    texts = [segment.text.strip() if segment is not None else "" for segment in values]
    parsed = [parse_cell(text) for text in texts]
    return all(value is not None and (decimals or 0) <= 0 for value, decimals in parsed) \
        and len(set(texts)) < len(texts)


def setting_columns(cells: list[dict[int, Segment]], header: list[list[Segment]],
                    columns: list[tuple[float, float]]) -> int:
    """How many leading columns label the rows together (module docstring); 0 when none."""
    rows = [row for row in cells if row]
    if len(rows) < 2 or not header or len(columns) < 3:
        return 0
    for segment in header[0]:
        spanned = [c for c, column in enumerate(columns) if _overlaps(segment, column)]
        if not spanned or spanned[0] != 0:
            continue
        count = len(spanned)
        if count < 2 or count >= len(columns) or spanned != list(range(count)):
            return 0
        if not all(_setting_column([row.get(c) for row in rows]) for c in range(count)):
            return 0
        keys = [tuple(row[c].text.strip() for c in range(count)) for row in rows]
        return count if len(set(keys)) == len(keys) else 0
    return 0
