"""The gutter between two columns of a page: where it is (`find_gutter`), and whether the
document's usual gutter splits a page that hides it (`confirm_gutter`).

The column model is the one of nearly every paper: one column, or two columns separated by a
gutter that no running-text word crosses. The gutter is found per page from where words are,
not from fixed margins, so it holds for A4 and US letter and for any template's widths.
`layout.py` reads each column in turn.
"""

from __future__ import annotations

from .page_lines import BARE_NUMBER, MARGIN_BAND, SMALL, baseline_rows
from .pdfwords import PageWords, Word
from .small_columns import one_sided

# The gutter: searched in this middle stretch of the page width.
GUTTER_SEARCH = (0.3, 0.7)


def find_gutter(page: PageWords, size: float, words: list[Word] | None = None) -> float | None:
    """The x of the gutter between two columns, or None for a one-column page.

    Running-text words (body size, upright) are projected onto the x axis in 1-point bins; the
    gutter is the emptiest stretch of the middle of the page, accepted when almost no word
    crosses it while both sides hold a good share of the words. Full-width lines (the title, a
    spanning table) cross it and are allowed for, up to a tenth of the lines. A first page
    whose title block has more lines than that is searched again below the block."""
    every = _without_page_numbers(page, page.words if words is None else words)
    gutter = _gutter(page, size, every)
    if gutter is None and (below := _below_title_block(page, size, every)) is not None:
        gutter = _gutter(page, size, below)
    if gutter is None:
        gutter = _gutter(page, size, every, small_too=True)
    return gutter


def _below_title_block(page: PageWords, size: float, words: list[Word]) -> list[Word] | None:
    """The words below the full-width rows that open the page (a title, its authors and their
    affiliations, centred over both columns), or None when the page opens with none. A short
    paper's first page has few body rows, and a title block of six lines is more than a tenth
    of them (round 29: Keenan and Shaw, MMWR Supplement 2011, whose first page read its two
    columns across, line by line). A row is full width when a word covers the middle of the
    page or its two sides are no more than a word space or two apart there; only rows in the
    top half of the page are taken as the block."""
    middle = page.width / 2
    rows = sorted(baseline_rows([word for word in words if word.text.strip()], size),
                  key=lambda row: min(word.top for word in row))
    block = 0
    for row in rows:
        if min(word.top for word in row) > page.height / 2:
            break
        left = [word.x1 for word in row if word.x1 <= middle]
        right = [word.x0 for word in row if word.x0 >= middle]
        across = any(word.x0 < middle < word.x1 for word in row) or bool(
            left and right and min(right) - max(left) < 1.5 * size)
        if not across:
            break
        block += 1
    if block == 0:
        return None
    kept = {id(word) for row in rows[block:] for word in row}
    return [word for word in words if id(word) in kept]


def _gutter(page: PageWords, size: float, every: list[Word],
            small_too: bool = False) -> float | None:
    """`find_gutter` on the words `every` (page numbers already left out). With `small_too`,
    words set smaller than the body count as running text as well (probe32a: a journal that
    sets its experimental section in 6.4 pt under an 8 pt body, Ashuri and Hassani, J. Alloys
    Compd. 2014, page 2: the body-size words all stand in the left column, the emptiest
    stretch of them is the whole right column, and its middle split the small print there,
    so no gutter was found and the two columns were read across, line by line)."""
    words = [word for word in every
             if (small_too or word.size >= SMALL * size) and word.text.strip()]
    if len(words) < 40:
        return None
    width = int(page.width) + 2
    cover = [0] * width
    for word in words:
        for x in range(max(0, int(word.x0)), min(width, int(word.x1) + 1)):
            cover[x] += 1
    low, high = int(page.width * GUTTER_SEARCH[0]), int(page.width * GUTTER_SEARCH[1])
    least = min(cover[low:high])
    rows = len(baseline_rows(words, size))
    crossing = max(2, rows // 10)  # full-width lines (title, spanning float) allowed across
    if least > crossing:
        return None
    # The widest run of bins at the least cover, and its middle. A full-width float that the
    # table finder did not box (a table's header row, a long caption) crosses the gutter with a
    # few words that leave one or two bins emptier than the rest: the run is then taken at the
    # cover those crossing lines allow instead.
    best, best_start = _widest_run(cover, low, high, least)
    if best < 4 and least < crossing:
        best, best_start = _widest_run(cover, low, high, crossing)
    if best_start is None or best < 4:
        return None
    gutter = best_start + best / 2
    if not (_shared(words, gutter) or _shared(
            [word for word in every if word.text.strip()], gutter, crossing)):
        # Body words alone may crowd one side: a column of references set small beside the
        # last body text. Then the small words count too, and must not cross the gutter.
        return None
    if not _columns_of_text(every, size, gutter):
        return None
    return gutter


def _widest_run(cover: list[int], low: int, high: int, most: int) -> tuple[int, int | None]:
    """The widest run of bins in `cover[low:high]` covered by at most `most` words: its
    width and first bin (None when there is none)."""
    best, best_start, start = 0, None, None
    for x in range(low, high + 1):
        if x < high and cover[x] <= most:
            start = x if start is None else start
            continue
        if start is not None and x - start > best:
            best, best_start = x - start, start
        start = None
    return best, best_start


def _without_page_numbers(page: PageWords, words: list[Word]) -> list[Word]:
    """The words without the page number: a bare number ("709", "iv") alone in its row in the
    top or bottom margin band. Page numbers are centred on the page, so on a two-column page
    they stand right over the gutter (large, in a proceedings style that sets them in the body
    size or larger) and would fill the one stretch no running-text word crosses."""
    band = MARGIN_BAND * page.height
    marginal = [word for word in words
                if word.top < band or word.bottom > page.height - band]
    if not marginal:
        return words
    alone = set()
    for word in marginal:
        if BARE_NUMBER.match(word.text.strip()) and not any(
                other is not word and other.bottom > word.top and other.top < word.bottom
                for other in words):
            alone.add(id(word))
    return [word for word in words if id(word) not in alone] if alone else words


def _shared(words: list[Word], gutter: float, crossing: int | None = None) -> bool:
    """Do both sides of `gutter` hold a fifth of `words` or more (and, when `crossing` is
    given, do no more than that many words cross it)?"""
    left = sum(1 for word in words if word.x1 <= gutter)
    right = sum(1 for word in words if word.x0 >= gutter)
    if crossing is not None and len(words) - left - right > crossing:
        return False
    return min(left, right) >= 0.2 * len(words)


def _columns_of_text(words: list[Word], size: float, gutter: float) -> bool:
    """Whether both sides of `gutter` read as columns of running text: in most rows, the words
    on each side are only word spaces apart. The columns of a table on a one-column page leave
    an empty stretch too, but a table's row has wide gaps between its cells. All words count
    here, small ones too: small capitals ("TEXTRUNNER") would leave gaps otherwise."""
    sides = {"left": [0, 0], "right": [0, 0]}
    for row in baseline_rows(words, size):
        if any(word.x0 < gutter < word.x1 for word in row):
            continue
        for side, part in (("left", [w for w in row if w.x1 <= gutter]),
                           ("right", [w for w in row if w.x0 >= gutter])):
            if len(part) < 3:
                continue
            part.sort(key=lambda word: word.x0)
            widest = max(b.x0 - a.x1 for a, b in zip(part, part[1:], strict=False))
            sides[side][0] += widest < 1.2 * size
            sides[side][1] += 1
    return all(total >= 5 and prose >= 0.6 * total for prose, total in sides.values())




def confirm_gutter(every: list[Word], size: float, gutter: float,
                   height: float | None = None) -> bool:
    """Whether the document's usual gutter splits this page too: most of its rows lie wholly
    on one side of it, with a fair share on each side. Pages with a full-width title block or
    a spanning float (a table whose columns look like anything but running text) hide the
    gutter from `find_gutter` but pass this test. With the page's `height`, the running head
    and foot (rows in the margin bands) do not count as body rows that cross to both sides
    (round 25: "10 ... Alam et al." over a page whose body text is all left of the gutter,
    beside small-print references, Dhaka Univ. J. Pharm. Sci. 2009)."""
    words = [word for word in every if word.size >= SMALL * size and word.text.strip()]
    rows = baseline_rows(words, size)
    body = rows
    if height is not None:
        band = MARGIN_BAND * height
        body = [row for row in rows
                if not all(word.top < band or word.top > height - band for word in row)]
    if len(rows) < 10 or one_sided(body, gutter, lambda word: word.x0, lambda word: word.x1):
        # A page of small print only (the end of the references), or body text on one side
        # with small print beside it (small_columns.py), is judged on all its words.
        rows = baseline_rows([word for word in every if word.text.strip()], size)
    if len(rows) < 10:
        return False
    left = right = crossing = 0
    for row in rows:
        if any(word.x0 < gutter < word.x1 for word in row):
            crossing += 1
            continue
        left += any(word.x1 <= gutter for word in row)
        right += any(word.x0 >= gutter for word in row)
    return crossing < 0.5 * len(rows) and min(left, right) >= 0.25 * len(rows)
