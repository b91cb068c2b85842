"""A superscript or subscript belongs to the word it touches, whatever shares its height.

Rows of words are grouped page-wide by baseline (layout.py `_rows`), and a small word set a
little above its line ("WOE" with a raised "parse", a system's name in Open IE papers) forms
a row of its own. When that row holds nothing else, `_attach_raised` joins it to its line;
but on a two-column page the other column often prints a line at that very height, the row
is no longer one of small words, and the superscript ends up a line of its own in its column,
read as small print and dropped: "11 hours for WOE ." for "11 hours for WOEparse.". So a
small word that touches (a fraction of a space after) a word of the row just below it (a
superscript) or just above it (a subscript) moves to that row first, where `line_text` reads
it as the index it is (a footnote mark is still dropped there).
"""

from __future__ import annotations

from .pdfwords import Word

_RAISE = 0.6
"""How far above its line (in body sizes) a superscript may stand."""
_LOWER = 0.4
"""How far below its line a subscript may stand."""
_TOUCH = 0.15
"""The largest gap (in body sizes) between a word and the index it carries."""


def attach_touching(rows: list[list[Word]], size: float, small: float) -> list[list[Word]]:
    """`rows` (top to bottom) with each small word (set below `small`) that touches a word of
    the next row (raised) or of the previous one (lowered) moved to that row; rows left empty
    are dropped. Rows of small words only are left to the caller's own rule."""
    moved: dict[int, list[Word]] = {}
    kept_rows: list[list[Word]] = []
    for index, row in enumerate(rows):
        if all(word.size < small for word in row):
            kept_rows.append(row)
            continue
        kept: list[Word] = []
        for word in row:
            target = _carrier(rows, index, word, size) if word.size < small else None
            if target is None:
                kept.append(word)
            else:
                moved.setdefault(target, []).append(word)
        kept_rows.append(kept)
    return [row + moved.get(index, []) for index, row in enumerate(kept_rows)
            if row or moved.get(index)]


def _carrier(rows: list[list[Word]], index: int, word: Word, size: float) -> int | None:
    """The row (next or previous) holding the word that `word` is an index of, if any."""
    for other, limit in ((index + 1, _RAISE), (index - 1, _LOWER)):
        if not 0 <= other < len(rows) or not rows[other]:
            continue
        gap = rows[other][0].baseline - word.baseline if other > index \
            else word.baseline - rows[other][0].baseline
        if 0 < gap < limit * size and any(
                0 <= word.x0 - carrier.x1 < _TOUCH * size
                and abs(carrier.baseline - rows[other][0].baseline) < 0.35 * size
                for carrier in rows[other]):
            return other
    return None
