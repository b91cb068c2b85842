"""A table set into a two-column page with the right column's text wrapped beside it (round
26, probe26a).

Shen et al., RNA structural motif recognition based on least-squares distance (RNA 19, 2013,
page 3) set Table 1 (the AP values of five methods on five motifs) in a grey box from the left
margin to two thirds of the page, and the right column's prose runs on beside it, narrowed.
Its caption ("TABLE 1. AP values of five computational methods on searching five types of RNA")
crosses the gutter, so the table was given the full text width, and every line of its region
joined a table row to the prose beside it ("Sarcin/ricin-loop 1 1 0.632 NA 0.859 varies
significantly. It is difficult to con-"): the region read as prose and the table was lost.

A caption that crosses the gutter and stops short of the text block's right edge, with the
line's other words starting past a gap wider than a word space, heads a table as wide as the
caption: the table's span ends at the caption's end (`inset_span`), and the prose beside it is
no part of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .table_layout import _Layout, _Span

if TYPE_CHECKING:
    from .grid_lines import Line
    from .pdfwords import Word

_GAP = 1.2  # a gap wider than this many type sizes ends the caption's run (as over the gutter)
_SHORT = 3.0  # the run must stop this many type sizes short of the text block's right edge


def inset_span(line: Line, band: list[Word], layout: _Layout) -> _Span | None:
    """The span of a table whose caption `line` crosses the gutter but ends before the text
    block's right edge, with other words of its band (the words at its height) beyond the
    gap after it; else None (module docstring)."""
    if layout.gutter is None:
        return None
    right = line.x1
    beyond = None
    for word in sorted(band, key=lambda w: w.x0):
        if word.x0 <= line.x0:
            continue
        if word.x0 - right > _GAP * line.size:
            beyond = word
            break
        right = max(right, word.x1)
    if beyond is None or right <= layout.gutter[1] or right > layout.x1 - _SHORT * line.size:
        return None
    return _Span(layout.x0, right + 1, True, layout.gutter)
