"""Table captions of a page read as words with their positions (the grid reader's anchors,
grid_tables.py): "Table 3:", "Table 3.", "Table 3 (continued)", "Table A1:", the IEEE/APS
"TABLE IV" with its small-capital caption text on the next line, and the lines a caption runs
over. Split from grid_tables.py, which builds each caption's table."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from . import apa_captions
from .grid_lines import Line, lines_of
from .inset_tables import inset_span
from .mixed_roman_captions import mixed_case_roman_start
from .table_layout import _Layout, _Span
from .table_numbers import roman_value
from .wrapped_tables import wrapped_caption_spans

if TYPE_CHECKING:
    from .pdfwords import PageWords, Word

# "Table 3:", "Table 3.", "Table 3 (continued)", "Table A1:", an appendix's "Table A-1." (NCES
# reports, probe29b); the words are already split. US government reports call their tables
# "Exhibit 2.2." (the Head Start Impact Study, probe30b); their label keeps that word.
_TABLE_WORD = re.compile(r"^(?:Table|TABLE|Tab\.|Exhibit|EXHIBIT)$")
_FIGURE_WORD = re.compile(r"^(?:Figure|FIGURE|Fig\.)$")
# "Table A:" (a lone capital letter, read with a colon only: "Table A." ends sentences). Not
# I, V or X: a roman label has its own rules (`_roman_caption_start`; ieee21's "Table I:
# parameters" in prose is no caption).
# A chapter's tables are numbered within it: "Exhibit 2.2.", "Table 3.1:" (probe30b).
_LABEL_NUMBER = re.compile(r"^([A-Z]?\d{1,3}[a-z]?|\d{1,2}\.\d{1,2}[a-z]?|[A-Z]-\d{1,3}|"
                           r"[A-HJ-UWYZ](?=:))([:.|])?$")
_CONTINUED = re.compile(r"^\(?cont(?:inued|'d|\.)", re.IGNORECASE)
_ROMAN_LABEL = re.compile(r"^([IVX]{1,5})([:.])?$")
_ROMAN_NAME = re.compile(r"^Table [IVX]{1,5}$")
_PAGE_NUMBER = re.compile(r"^[-\u2013(]?\d{1,4}[-\u2013)]?$")



@dataclass
class _Caption:
    label: str
    continued: bool
    lines: list[Line]
    span: _Span
    vocabulary: frozenset[str] = frozenset()

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def bottom(self) -> float:
        return self.lines[-1].bottom

    @property
    def text(self) -> str:
        return join_lines([line.text for line in self.lines], self.vocabulary)


def join_lines(texts: list[str], vocabulary: frozenset[str] = frozenset()) -> str:
    """Lines of a caption joined, with words hyphenated at a line end put back together; the
    hyphen stays where the document prints the word with it elsewhere and never without it
    ("news-" / "commentary" is "news-commentary")."""
    joined = ""
    for text in texts:
        if joined.endswith("-") and len(joined) > 1 and joined[-2].isalpha() and text[:1].islower():
            before = joined[:-1].rsplit(" ", 1)[-1].strip(_PUNCTUATION).casefold()
            after = text.split(" ", 1)[0].strip(_PUNCTUATION).casefold()
            real = f"{before}-{after}" in vocabulary and before + after not in vocabulary
            joined = joined + text if real else joined[:-1] + text
        else:
            joined = f"{joined} {text}".strip()
    return joined


_PUNCTUATION = ".,;:()[]\"'\u201c\u201d\u2018\u2019"


def vocabulary_of(pages: Sequence[PageWords]) -> frozenset[str]:
    """The document's words, lower-cased and stripped of punctuation."""
    return frozenset(word.text.strip(_PUNCTUATION).casefold()
                     for page in pages for word in page.words)


def table_word(word: str) -> str:
    """The word a table's label keeps: "Exhibit" for an exhibit, "Table" for the rest."""
    return "Exhibit" if word.lower() == "exhibit" else "Table"


_FUSED = re.compile(r"^(Table|TABLE)(\d{1,3}[a-z]?[:.])$")


def _unfused(words: list[Word]) -> list[Word]:
    """`words` with a label set without a space after "Table" split in two: "Table1." of Le and
    Mikolov's italic captions (arXiv:1405.4053, pages 5 and 6; read32, round 32: neither table
    was read, the glyphs of "Table" and "1." touching) is "Table" and "1."."""
    match = _FUSED.match(words[0].text) if words else None
    if match is None:
        return words
    first = words[0]
    cut = first.x0 + (first.x1 - first.x0) * len(match[1]) / len(first.text)
    return [replace(first, text=match[1], x1=cut), replace(first, text=match[2], x0=cut),
            *words[1:]]


def _caption_start(line: Line, size: float | None = None,
                   body_font: str | None = None) -> tuple[str, bool] | None:
    """("Table 3", continued?) when a line opens a table caption; `size` is the body's type
    size and `body_font` its typeface, when known."""
    words = _unfused(line.words)
    if len(words) >= 2 and words[0].text in _UNNUMBERED \
            and _bold_throughout(words[:1], words[1:], body_font):
        return "Table 1", False  # a paper's only table, "Table." (unnumbered_table below)
    if len(words) < 2 or not _TABLE_WORD.match(words[0].text):
        return None
    match = _LABEL_NUMBER.match(words[1].text)
    if not match:
        return _roman_caption_start(words)
    label = f"{table_word(words[0].text)} {match[1]}"
    following = words[2].text if len(words) > 2 else ""
    if _CONTINUED.match(following):
        return label, True
    if match[2] == ":" or match[2] == "|":
        return label, False
    if match[2] == "." and (not following or following[:1].isupper()):
        return label, False
    if match[2] is None and following in {":", ".", "\u2013", "\u2014"}:
        return label, False
    if match[2] is None and len(words) == 2 and _bold_label(words, body_font):
        return label, False
    if match[2] is None and (_set_apart(words[:2], words[2:], size)
                             or _other_typefaces(words[:2], words[2:], body_font)
                             or _bold_throughout(words[:2], words[2:], body_font)):
        return label, False
    return None


_UNNUMBERED = frozenset({"Table.", "TABLE."})
"""The label of a paper's only table, which JAMA journals print with no number: "Table.
Baseline Characteristics of Surgically and Conservatively Treated Patients With Cerebellar
Infarct" (Won et al., JAMA Neurology 2024, p. 387; probe36b: the table was never read, its 30
rows of counts, means and odds ratios out of every claim's reach). It opens a caption only set
in bold through its first word, not the body's face (`_bold_throughout`, as BMC's captions): a
line of prose that starts "Table." ("... given in the" / "Table. Then ...") is in the body's
face. Such a table is the first and only one, "Table 1"."""


def _roman_caption_start(words: list[Word]) -> tuple[str, bool] | None:
    """("Table IV", continued?) when a line opens a caption numbered in Roman numerals as IEEE
    and APS templates print them: an upper-case "TABLE" (small capitals) and the numeral, alone
    on its line and centred over the table with the caption text on the next line ("TABLE IV" /
    "INTERACTIVE FUNCTION DELAYS"), or followed by an upper-case word ("TABLE II SYSTEM
    PARAMETERS"), a colon, or a full stop and a capital ("TABLE I. SIMULATION PARAMETERS").
    A mixed-case "Table IV" is mostly a reference in running text ("Table I shows", "...
    shown in" / "Table IV. To further increase"); it opens a caption only in the narrow form
    of mixed_roman_captions ("Table I: Parameters ...", a colon right after the numeral and a
    capital after it). Read with a colon alone (no capital asked for, the reader of then),
    such captions once gave a wrong confirmation on a blind corpus; the narrow form keeps 0
    wrong on all blind corpora (round 21). The label keeps the
    numeral as printed; table_numbers.arabic makes it compare equal to "Table 4"."""
    match = _ROMAN_LABEL.match(words[1].text)
    if not match or roman_value(match[1]) is None:
        return None
    if words[0].text != "TABLE":
        return mixed_case_roman_start(words, match[1], match[2])
    label = f"Table {match[1]}"
    following = words[2].text if len(words) > 2 else ""
    if _CONTINUED.match(following):
        return label, True
    if match[2] == ":" or (match[2] == "." and (not following or following[:1].isupper())):
        return label, False
    if match[2] is None and (not following or following in {":", ".", "\u2013", "\u2014"}
                             or following.isupper()):
        return label, False
    return None


def _set_apart(label: list[Word], rest: list[Word], size: float | None) -> bool:
    """Is "Table N" with no colon or full stop after it ("Table 4 Sum of columns in the
    comparison matrix", IEEE and ACM proceedings) a caption? Prose that opens a line with a
    table reference ("Table 2 provides some data") goes on in lower case, in the body's type;
    a caption goes on with a capital and is set apart: its label in bold before plain words,
    or the whole line in smaller type than the body (`size`)."""
    if not rest:
        # "Table 3" alone on its line, the caption's text on the next (Elsevier journals):
        # only in smaller type than the body, as captions are set there; a reference in
        # prose that wraps after "Table 3" is in the body's type.
        return size is not None and all(word.size < size - 0.9 for word in label)
    if not rest[0].text[:1].isupper():
        return False
    if all(word.bold for word in label) and not rest[0].bold:
        return True
    return size is not None and all(word.size < size - 0.9 for word in label + rest[:1])


def _other_typefaces(label: list[Word], rest: list[Word], body_font: str | None) -> bool:
    """Is "Table N" with no colon or full stop after it a caption set in its own typefaces?
    BMJ journals print "Table 1 Summary characteristics of studies and participants" with the
    label in a heading face and the text in a sans face, both unlike the body's serif, at the
    body's size and with no font named bold (Huang et al., Postgrad Med J 2010, pages 2 and 3;
    round 24: neither of its two tables was read). A reference in prose ("Table 1 lists the
    characteristics") is in the body's face. So: the label in one face, the next word, a
    capitalised one, in another, neither the body's (`body_font`, the page's commonest) nor
    italic."""
    if body_font is None or not rest or not rest[0].text[:1].isupper():
        return False
    faces = {word.font for word in label}
    return len(faces) == 1 and rest[0].font not in faces and body_font not in faces \
        and rest[0].font != body_font and not any(word.italic for word in (*label, rest[0]))


def _bold_throughout(label: list[Word], rest: list[Word], body_font: str | None) -> bool:
    """Is "Table N" with no colon or full stop after it a caption set wholly in bold? BioMed
    Central journals print "Table 1 Patient-provider relationship during consultation" in
    bold from the label to the end, a point smaller than the body, too little for `_set_apart`
    (Agyeman-Duah et al., BMC Health Services Research 2014, page 4; round 25: its table was
    not read, ten of its probes left unverified). A reference in prose ("Table 1 lists") is
    in the body's face, which is not bold. So: the label and the next word, a capitalised
    one, all bold, none of them in the body's face (`body_font`, the page's commonest)."""
    if body_font is None or not rest or not rest[0].text[:1].isupper():
        return False
    return all(word.bold and word.font != body_font and not word.italic
               for word in (*label, rest[0]))


def _bold_label(label: list[Word], body_font: str | None) -> bool:
    """Is a line that is only "Table S2", in bold, a caption? The ESI of an RSC Advances paper
    (Chen and Wang 2016, page 3; round 27, probe27a) titles its table by the bold label alone
    above the table; a reference in prose never stands alone on its line in bold."""
    return body_font is not None and all(word.bold and word.font != body_font
                                         and not word.italic for word in label)


def figure_table_start(line: Line) -> tuple[str, bool] | None:
    """("Figure 13", False) when a line opens a figure's caption, "Figure 13." or "Figure 13:"
    and its text: a figure may be a table (Gal et al., PLDI 2009, page 12: "Figure 13. Detailed
    trace recording statistics", a grid of loops, trees, traces and speedups per benchmark).
    grid_tables keeps such a region only when it reads as a grid of numbers
    (`grid_tables.numeric_grid`); a chart's labels and ticks do not."""
    words = line.words
    if len(words) < 3 or not _FIGURE_WORD.match(words[0].text):
        return None
    match = _LABEL_NUMBER.match(words[1].text)
    if not match or match[2] not in (".", ":") or not words[2].text[:1].isupper():
        return None
    return f"Figure {match[1]}", False


def _body_font(page: PageWords) -> str | None:
    """The page's commonest typeface, by letters set in it."""
    counts: dict[str, int] = {}
    for word in page.words:
        counts[word.font] = counts.get(word.font, 0) + len(word.text)
    return max(counts, key=counts.__getitem__) if counts else None


def _is_caption(line: Line) -> bool:
    """A table or figure caption line: the edge of any table region."""
    words = _unfused(line.words)
    return len(words) >= 2 and bool(_TABLE_WORD.match(words[0].text) or
                                    _FIGURE_WORD.match(words[0].text)) \
        and bool(_LABEL_NUMBER.match(words[1].text) or _roman_caption_start(words)) and (
            _caption_start(line) is not None or words[1].text[-1:] in ":.")


def _side_lines(page: PageWords, layout: _Layout, size: float | None = None,
                body_font: str | None = None) -> list[tuple[_Span, list[Line]]]:
    """The page's lines per column (words wholly inside the column) for finding captions; on a
    one-column page, also a span widened to each caption line that reaches past the text
    block (`_wide_caption_spans`)."""
    result = []
    for span in layout.spans():
        words = [word for word in page.words if span.holds(word.x0, word.x1)]
        result.append((span, lines_of(words)))
    if layout.gutter is None:
        result += _wide_caption_spans(page, layout.spans()[0], size, body_font)
        # A table set beside the prose, wrapped around it (extract/wrapped_tables.py).
        result += wrapped_caption_spans(
            page, layout.spans()[0], lambda line: _caption_start(line, size, body_font))
    return result


def _wide_caption_spans(page: PageWords, span: _Span, size: float | None = None,
                        body_font: str | None = None) -> list[tuple[_Span, list[Line]]]:
    """A span for each table caption of a one-column page that starts or ends past the
    document's text block, widened to the caption line, with the lines wholly inside it.

    PLOS ONE sets its text in a column right of a wide left margin (the first pages print the
    article's metadata there) and sets a wide table, its caption first, from that margin to the
    right edge: "Table 1. Fixed effects ANOVA results ..." of Thomason et al. (PLOS ONE 2018,
    page 7; probe23c, round 23) began 50 points left of the text block, so no span held its
    caption and the table, with its F ratios, was never read. A caption line is no margin
    furniture: the table under it takes the caption's width. A caption is known here as in
    the column (round 25): by its label set apart from the text in another typeface too, as
    PeerJ sets "Table 3" in a blue sans before a bold text, its wide tables from the page's
    left margin (Webb et al., VESPA, PeerJ Comput. Sci. 2017, page 11)."""
    wide = []
    for line in lines_of(page.words):
        if span.holds(line.x0, line.x1) or _caption_start(line, size, body_font) is None:
            continue
        widened = _Span(min(span.x0, line.x0), max(span.x1, line.x1), True)
        words = [word for word in page.words if widened.holds(word.x0, word.x1)]
        wide.append((widened, lines_of(words)))
    return wide


def _captions(page: PageWords, layout: _Layout, vocabulary: frozenset[str] = frozenset(),
              size: float | None = None) -> list[_Caption]:
    """Table captions of a page, each with the lines it runs over and the span of its table."""
    found: list[_Caption] = []
    body_font = _body_font(page)
    for span, lines in _side_lines(page, layout, size, body_font):
        for number, line in enumerate(lines):
            start = _caption_start(line, size, body_font) or figure_table_start(line)
            apa = start is None and (start := apa_captions.titled_below(lines, number))
            if start is None or any(c.label == start[0] and abs(c.top - line.top) < 2
                                    for c in found):
                continue
            table_span = span
            if apa and layout.gutter is not None and apa_captions.spans_gutter(
                    page, lines[number + 1].bottom, layout.gutter, line.size):
                table_span = layout.full()  # APA: "Table 1" over an italic title (apa_captions)
            elif layout.gutter is not None:
                # A caption running over the gutter belongs to a table spanning both columns.
                band = [word for word in page.words
                        if word.top < line.bottom - 1 and word.bottom > line.top + 1]
                if _runs_over_gutter(line, band, layout.gutter):
                    # A table set into the page with prose beside it is as wide as its
                    # caption (extract/inset_tables.py).
                    table_span = inset_span(line, band, layout) or layout.full()
            caption_lines = [line]
            if table_span.full:
                full_lines = lines_of([word for word in page.words if word.top >= line.top - 1
                                       and (table_span.x1 >= layout.x1
                                            or table_span.holds(word.x0, word.x1))])
                caption_lines = [full_lines[0]]
                rest = full_lines[1:]
            else:
                rest = lines[number + 1:]
            roman = bool(_ROMAN_NAME.match(start[0]))
            for following in rest:
                previous = caption_lines[-1]
                if (following.top - previous.bottom > 0.6 * previous.size
                        or _size_step(previous, following, roman) > 0.6
                        or _is_caption(following)
                        or _cell_gaps(following) or len(caption_lines) >= 12
                        or (previous.text.rstrip().endswith(".")
                            and _cell_gaps(following, 1))):
                    break
                caption_lines.append(following)
            found.append(_Caption(start[0], start[1], caption_lines, table_span, vocabulary))
    return found


def _size_step(previous: Line, following: Line, roman: bool) -> float:
    """How far the type size changes from one caption line to the next. An IEEE caption
    ("TABLE IV" over "INTERACTIVE FUNCTION DELAYS") sets its text in small capitals: each
    word's first capital at the label's size, the rest smaller, so the line's own size is the
    small letters'; for those captions a line is measured by its largest letters."""
    if roman:
        return abs(max(word.size for word in following.words)
                   - max(word.size for word in previous.words))
    return abs(following.size - previous.size)


def _cell_gaps(line: Line, least: int = 2) -> bool:
    """Does the line have `least` gaps or more wider than an em? A table's header row set
    right under its caption does; a caption line, justified prose, does not. After a caption
    line that ends a sentence one such gap is enough: a spanning header of two groups
    ("BLEU    Training Cost (FLOPs)" over arXiv:1706.03762's Table 2) had become the
    caption's last line, with the header line under it, and the table lost its header."""
    words = line.words
    return sum(b.x0 - a.x1 > line.size for a, b in zip(words, words[1:], strict=False)) >= least


def _runs_over_gutter(line: Line, band: list[Word], gutter: tuple[float, float]) -> bool:
    """Does the caption line go on across the gutter (no gap wider than a few spaces)?"""
    right = line.x1
    for word in sorted(band, key=lambda w: w.x0):
        if word.x0 <= line.x0:
            continue
        if word.x0 - right > 1.2 * line.size:
            break
        right = max(right, word.x1)
    return line.x0 < gutter[0] and right > gutter[1]
