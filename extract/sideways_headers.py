"""Column headers set sideways over an upright table: one turned label per narrow column.

A table of many narrow columns sets its column headers turned a quarter, reading up the page,
each over its own column (Rahimi et al. 2019, ACL, Table 4: 17 columns of two-digit F1 scores
headed "#train(k)", "HSup", "RaRe t10", "BEA^ent_sup t10", ... over 41 language rows).
`pdfwords` keeps turned glyphs apart from the page's words (`PageWords.sideways`), so the
table was read with an empty header: every column unlabelled, and none of its cells could
decide a claim.

Here, for a table whose columns were all read without a header, the turned glyphs set above
its first line, within its width, are given to the column each stands over: a glyph whose
centre lies within a column's extent (a little margin either side). Each column's glyphs are
turned upright and read as words in their reading order (along the text first, a raised or
lowered word after the word it follows: "BEA ent sup t10"). A column keeps its empty header
when no glyph stands over it alone; the whole table is left as read unless at least half of
its value columns get a label, so a stray turned word (an axis title, a margin stamp) never
heads a column.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .pdfwords import Glyph, PageWords, words_from_glyphs
from .sideways_tables import _upright_glyph

if TYPE_CHECKING:
    from .grid_lines import Line
    from .grid_rows import Grid

MARGIN = 2.0  # points either side of a column's extent within which a turned glyph is its
REACH = 12.0  # how many body lines' worth of height above the table a header may rise

enabled = True
"""Whether turned headers are read (round 33; a planted-bug test switches it off)."""


def _label(glyphs: list[Glyph], page: PageWords) -> str:
    turned = [_upright_glyph(glyph, glyph.turn, page.width, page.height) for glyph in glyphs]
    words = words_from_glyphs(turned)
    words.sort(key=lambda word: (round(word.x0, 1), word.baseline))
    return " ".join(word.text for word in words).strip()


def sideways_headers(grid: Grid, lines: Sequence[Line], page: PageWords | None) -> None:
    """Fill the empty header of `grid` (read from `lines` on `page`) with the turned labels
    standing over its columns (module docstring). In place."""
    if not enabled or page is None or not page.sideways or not lines or not grid.columns \
            or any(text.strip() for text in grid.header) or len(grid.header) != len(grid.columns):
        return
    numbered = [line.top for line in lines if any(char.isdigit() for char in line.text)]
    if not numbered:
        return
    first = min(numbered)  # the first row of values: headers stand above it
    left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
    height = max(line.bottom - line.top for line in lines)
    turn = next((glyph.turn for glyph in page.sideways if glyph.turn == 90), None) \
        or next((glyph.turn for glyph in page.sideways), None)
    glyphs = [glyph for glyph in page.sideways if glyph.turn == turn
              and not glyph.text.isspace()
              and left - MARGIN <= (glyph.x0 + glyph.x1) / 2 <= right + MARGIN
              and glyph.bottom <= first + 1 and glyph.top >= first - REACH * height]
    if not glyphs:
        return
    owned: dict[int, list[Glyph]] = {}
    for glyph in glyphs:
        middle = (glyph.x0 + glyph.x1) / 2
        homes = [column for column, (x0, x1) in enumerate(grid.columns)
                 if x0 - MARGIN <= middle <= x1 + MARGIN]
        if len(homes) == 1:
            owned.setdefault(homes[0], []).append(glyph)
    labels = {column: text for column, found in owned.items() if (text := _label(found, page))}
    values = [column for column in range(1, len(grid.columns))]
    if not values or sum(column in labels for column in values) * 2 < len(values):
        return
    grid.header = [labels.get(column, "") for column in range(len(grid.columns))]
    grid.header_lines = [[text] if text else [] for text in grid.header]
    for row in grid.rows:
        for column, cell in enumerate(row):
            if column < len(grid.header) and grid.header[column] and not cell.column_headers:
                cell.column_headers = [grid.header[column]]
