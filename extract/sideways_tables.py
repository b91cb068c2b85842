"""Tables set sideways: a landscape table turned a quarter on a portrait page.

A journal sets a table too wide for the page turned 90 degrees (Elsevier's J. Hydrology,
Lane et al. 2005, Table 1 on page 5: its text runs up the page). `pdfwords` keeps such glyphs
apart from the page's words (`PageWords.sideways`), so they never reach the running text.
Here the glyphs of each direction are turned upright, with the page's rules in the same box,
into a page of their own (`upright_page`), and that page is read by the same grid reader as an
upright page of one column (`grid_tables.tables_from_pages`): a table is found only from a
"Table N" caption set in the same direction, so a sideways figure label or an arXiv stamp in
the margin ("arXiv:1912.10667v1 [cs.CV] 21 Dec 2019") never becomes a table. The table's
boxes are turned back into the page's own coordinates (`page_box`), so its provenance (page,
box) is the printed page's.

Coordinates are PDF points from the page's top-left corner, y down. Text at turn 90 runs up
the page: turning the page a quarter clockwise sets it upright, (x, y) -> (height - y, x).
Text at turn 270 runs down: a quarter anticlockwise, (x, y) -> (y, width - x).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .pdfwords import Glyph, PageWords, Rule, words_from_glyphs

if TYPE_CHECKING:
    from verify_claims.claims import Table

Box = tuple[float, float, float, float]  # x0, top, x1, bottom

TURNS = (90, 270)
MIN_GLYPHS = 40
"""Fewer glyphs in one direction than this cannot make a captioned table with rows (a stamp
in the margin, an axis title): the page is not read for one."""
RULE_MARGIN = 6.0  # points around the sideways glyphs within which a rule is theirs


def upright_box(box: Box, turn: int, width: float, height: float) -> Box:
    """`box` of a page `width` x `height` in the frame where text at `turn` reads upright."""
    x0, top, x1, bottom = box
    if turn == 90:
        return height - bottom, x0, height - top, x1
    if turn == 270:
        return top, width - x1, bottom, width - x0
    raise ValueError(f"turn must be 90 or 270, not {turn}")


def page_box(box: Box, turn: int, width: float, height: float) -> Box:
    """The inverse of `upright_box`: a box of the upright frame in the page's own coordinates."""
    x0, top, x1, bottom = box
    if turn == 90:
        return top, height - x1, bottom, height - x0
    if turn == 270:
        return width - bottom, x0, width - top, x1
    raise ValueError(f"turn must be 90 or 270, not {turn}")


def _upright_glyph(glyph: Glyph, turn: int, width: float, height: float) -> Glyph:
    x0, top, x1, bottom = upright_box((glyph.x0, glyph.top, glyph.x1, glyph.bottom), turn,
                                      width, height)
    # `baseline` of a sideways glyph is the page x of its baseline, which becomes its y.
    baseline = glyph.baseline if turn == 90 else width - glyph.baseline
    return replace(glyph, x0=x0, top=top, x1=x1, bottom=bottom, baseline=baseline,
                   size=bottom - top if glyph.size <= 0 else glyph.size, upright=True, turn=0)


def _mostly_inside(rule: Rule, box: Box) -> bool:
    """Does most of the rule's length lie inside `box` (a table's rule runs a little past
    its glyphs; a rule of the upright text beside it lies outside)?"""
    x0, top, x1, bottom = box
    if rule.horizontal:
        inside = rule.x1 > x0 and rule.x0 < x1 and top <= (rule.top + rule.bottom) / 2 <= bottom
        return inside and min(rule.x1, x1) - max(rule.x0, x0) >= 0.5 * (rule.x1 - rule.x0)
    inside = rule.bottom > top and rule.top < bottom and x0 <= (rule.x0 + rule.x1) / 2 <= x1
    return inside and min(rule.bottom, bottom) - max(rule.top, top) >= 0.5 * (
        rule.bottom - rule.top)


def upright_page(page: PageWords, turn: int) -> PageWords | None:
    """The glyphs of `page` set at `turn`, with the rules among them, turned upright into a
    page of their own (its `width` and `height` swapped), or None when too few."""
    glyphs = [glyph for glyph in page.sideways if glyph.turn == turn]
    if sum(not glyph.text.isspace() for glyph in glyphs) < MIN_GLYPHS:
        return None
    x0 = min(glyph.x0 for glyph in glyphs) - RULE_MARGIN
    x1 = max(glyph.x1 for glyph in glyphs) + RULE_MARGIN
    top = min(glyph.top for glyph in glyphs) - RULE_MARGIN
    bottom = max(glyph.bottom for glyph in glyphs) + RULE_MARGIN
    rules = [Rule(*upright_box((rule.x0, rule.top, rule.x1, rule.bottom), turn, page.width,
                               page.height))
             for rule in page.rules if _mostly_inside(rule, (x0, top, x1, bottom))]
    turned = [_upright_glyph(glyph, turn, page.width, page.height) for glyph in glyphs]
    return PageWords(number=page.number, width=page.height, height=page.width,
                     words=words_from_glyphs(turned), rules=rules)


def sideways_tables(pages: Sequence[PageWords], size: float | None = None) -> list[Table]:
    """The captioned tables set sideways on `pages`, their regions in the pages' own
    coordinates. Pages of each direction are read in page order, so a sideways table running
    over two pages is one table. `size` is the body text's type size (by default the pages'
    upright words'): a caption is told from a table's own lines by it."""
    from .grid_tables import tables_from_pages
    from .page_lines import body_size
    from .table_layout import _Layout

    if size is None and any(page.words for page in pages):
        size = body_size(list(pages))
    tables: list[Table] = []
    for turn in TURNS:
        # A page whose turned glyphs make no word (spaces, marks) has nothing to read.
        turned = [(page, upright) for page in pages if page.sideways
                  and (upright := upright_page(page, turn)) is not None and upright.words]
        if not turned:
            continue
        layouts = []
        for _, upright in turned:
            lefts = sorted(word.x0 for word in upright.words)
            rights = sorted(word.x1 for word in upright.words)
            layouts.append(_Layout(lefts[0], rights[-1], None))
        found = tables_from_pages([upright for _, upright in turned], layouts=layouts,
                                  size=size)
        frames = {page.number: page for page, _ in turned}
        for table in found:
            for number, region in enumerate(table.regions):
                page = frames[region.page]
                x0, top, x1, bottom = page_box((region.x0, region.top, region.x1,
                                                region.bottom), turn, page.width, page.height)
                table.regions[number] = region.model_copy(update={
                    "x0": round(x0, 2), "top": round(top, 2), "x1": round(x1, 2),
                    "bottom": round(bottom, 2)})
        tables += found
    return tables
