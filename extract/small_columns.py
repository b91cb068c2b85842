"""A column of small print beside the last body text still splits the page at the gutter.

The last text page of Charles, Intercellular Calcium Waves in Glia (GLIA 24:39-49, 1998, page
48; round 23's own probe) sets the end of the discussion, the conclusions and the
acknowledgments in the left column at body size and the start of the references in the right
column in small type. `find_gutter` saw body words on one side only; `confirm_gutter` (the
document's usual gutter) judged the page on its body-size rows alone, all of them left of the
gutter, and found no second column. The page was read as one column: each line joined a line of
prose to a line of a reference ("of spreading depression, may in some instances be very
Neurosci., 16:196-206."), most lines went to small print, and the conclusions were lost.

When no body-size row crosses the usual gutter and they all lie on one side of it, the small
print decides whether the other side is a column (`judged_rows`): the page's rows are then read
with every word, as a page of small print only already is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

W = TypeVar("W")


def one_sided(rows: Sequence[Sequence[W]], gutter: float,
              left_of: Callable[[W], float], right_of: Callable[[W], float]) -> bool:
    """Whether no row crosses `gutter` and every row lies on the same side of it."""
    sides = set()
    for row in rows:
        if any(left_of(word) < gutter < right_of(word) for word in row):
            return False
        sides.add(all(right_of(word) <= gutter for word in row))
        if len(sides) > 1:
            return False
    return True
