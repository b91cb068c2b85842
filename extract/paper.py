"""Parse a paper (a `Document` of pages) into sections, sentences and tables.

Sentences come from the document's own (plain-mode) text, which follows the reading order even
in two-column PDFs; tables come from layout-mode text (see `tables.py`). The steps:

1. Drop page furniture (running headers and footers, bare page numbers) from every page.
2. Walk the lines of all pages in order, deciding for each: a section heading, a line of a
   table or its caption, a line of the references list, front matter (title and authors), or
   running text. Running text accumulates into a passage that only headings, tables and blank
   lines end, never a page break, so a sentence that runs onto the next page stays whole.
   Lines are joined with a space: PDF text has a newline at every line end.
3. Split all passages into sentences in one `nlp.pipe` call (the shared spaCy sentencizer)
   and map each sentence's character offsets back to the pages its text came from.
4. Analyse each sentence as a claim is analysed (entities, quantities, direction and
   negation), so that the verifier compares like with like without reading text itself. The
   gazetteer's EntityRuler runs in the same `nlp.pipe` call as the sentencizer, and each
   sentence takes the entities of its stretch of the passage.

Papers that do not come through `parse_paper` (a reference card turned into a `Paper`) are
analysed with `enrich_paper`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from spacy.tokens import Doc

from verify_claims.claims import Document, Entity, Paper, Section, Sentence, Table
from verify_claims.claims.arxiv import parse_arxiv_id

from .article_info_abstract import split_article_info
from .author_blocks import author_blocks
from .bold_headings import figure_capitals, mark_bold_headings
from .entities import entities_of_doc, tag_entities_many
from .footnotes import Footnote, footnote_title, page_footnotes
from .front_matter import opens_mid_text, past_front_matter
from .headings import (
    APPENDIX,
    FRONT_REFERENCES_END,
    INLINE_ABSTRACT,
    REFERENCE_TITLES,
    heading_title,
    opening_heading,
    section_kind,
)
from .layout import read_layout
from .layout import title_lines as layout_title
from .letter_appendices import appendix_heading, appendix_letter
from .nlp import get_pipeline
from .page_lines import Line, PageLayout, body_size
from .pdfwords import Backend, read_pages
from .plot_ticks import without_plot_text
from .plus_rows import name_plus_rows
from .polarity import polarity_fields
from .prefixed_starts import opens_sentence
from .quantities import parse_quantities
from .readers import join_line_break
from .reading_health import reading_of
from .structured_abstract import with_structured_abstract
from .tables import CAPTION, find_tables, layout_document, page_furniture
from .unlabelled_abstract import with_abstract_heading
from .wrapped_headings import continues_title

# ---------------------------------------------------------------------------------------------
# Lines that are tables

_NUMBER_TOKEN = re.compile(r"^[(+\-\u2212]?\d[\d,.]*%?[)\u2020\u2021*]?$|^[\u2013\u2014-]$")


def _tokens(text: str) -> list[str]:
    return text.replace("|", " ").split()


def _table_tokens(tables: list[Table]) -> dict[int, set[str]]:
    """Per page, every token printed in a table there (caption, header, cells). Tables read as
    grids are left out: their words never reach the lines, which leave out their regions."""
    tokens: dict[int, set[str]] = {}
    for table in tables:
        if table.regions:
            continue
        words = set(_tokens(table.caption or ""))
        words.update(token for cell in table.header for token in _tokens(cell))
        words.update(token for row in table.rows for cell in row for token in _tokens(cell.text))
        for page in table.pages:
            tokens.setdefault(page, set()).update(words)
    return tokens


def _is_table_line(line: str, tokens: set[str]) -> bool:
    """A line made only of a table's words is one of its rows, header lines or caption lines.
    Failing that, a line of mostly numbers (at least three) is a row of a table that was not
    recovered: such lines are not sentences either."""
    words = _tokens(line)
    if not words:
        return False
    if line.lstrip().startswith("|") or "\t" in line:
        return True
    if tokens and all(word in tokens for word in words):
        return True
    numbers = sum(bool(_NUMBER_TOKEN.match(word)) for word in words)
    return numbers >= 3 and numbers > len(words) / 2


# ---------------------------------------------------------------------------------------------
# Passages of running text, with page numbers


_HYPHEN_END = re.compile(r"\w-")


@dataclass
class Passage:
    """Running text of one section, joined from lines that may span pages. `starts` holds the
    character offset at which each page's text begins, `pages` the page numbers.

    The text is kept as a list of pieces (the first line, then " " + each later line) and
    joined when read: adding a line looks at the last piece only, so that a passage of
    n lines costs O(n), not O(n^2) (re-reading the whole text per line made a 1.2 MB paper
    without a blank line take forever)."""

    section: str | None
    starts: list[int] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    _pieces: list[str] = field(default_factory=list, repr=False)
    _before_last: int = field(default=0, repr=False)  # characters before the last piece
    _joined: str | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        if self._joined is None:
            self._joined = "".join(self._pieces)
            self._pieces = [self._joined] if self._pieces else []
            self._before_last = 0
        return self._joined

    def __len__(self) -> int:
        return self._before_last + (len(self._pieces[-1]) if self._pieces else 0)

    def add(self, line: str, page: int, vocabulary: set[str]) -> None:
        line = " ".join(line.split())
        self._joined = None
        if not self._pieces:
            self._mark(page, 0)
            self._pieces.append(line)
            return
        last = self._pieces[-1]
        if _HYPHEN_END.fullmatch(last, len(last) - 2):
            head, space, left = last.rpartition(" ")  # the last word lies in the last piece
            joined = join_line_break(left, line, vocabulary)
            self._mark(page, self._before_last + len(head) + len(space) + len(left))
            self._pieces[-1] = f"{head}{space}{joined}"
            return
        self._before_last += len(last)
        self._mark(page, self._before_last + 1)
        self._pieces.append(f" {line}")

    def _mark(self, page: int, offset: int) -> None:
        if not self.pages or self.pages[-1] != page:
            self.starts.append(offset)
            self.pages.append(page)

    def page_at(self, offset: int) -> int:
        return self.pages[max(0, bisect.bisect_right(self.starts, offset) - 1)]


# An abbreviation at the end of a "sentence" means the sentencizer cut too early.
_ABBREVIATION_END = re.compile(
    r"\b(?:al|Fig|Figs|Eq|Eqs|Eqn|Sec|Secs|Tab|Ref|Refs|cf|vs|e\.g|i\.e|approx|resp|No|Ch|"
    r"Dr|Mr|Ms|Prof|St)\.,?\s*[(\[]?$")
_ABBREVIATION_TAIL = 64  # characters of a sentence's end that the pattern above needs
# A short word cut with its full stop inside a bracket the sentence opened and never closed:
# "(Med. Straight = 2.9h, Med. Tilted = 2.8h, U = 1084, p = 0.88)" (probe26b, Bastien et al.,
# PLoS ONE 2018) is one sentence, its "Med." (median) no end of one.
_OPEN_BRACKET_ABBREVIATION = re.compile(r"\((?P<inside>[^()]*)\b[A-Za-z]{1,4}\.$")


MAX_PIECE_CHARS = 100_000
"""The longest stretch of a passage given to spaCy at once: far below its limit of 1,000,000
characters (error E088), and small enough that one stretch never holds much memory."""
_SENTENCE_BREAK = re.compile(r"[.!?][\"')\]\u201d]*\s+")


def _pieces(text: str, limit: int = MAX_PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """`text` as (offset, piece) stretches of at most `limit` characters, cut after the last
    sentence end of each stretch's second half (else after its last space, else anywhere), so
    that a passage of any length reaches spaCy in pieces whose sentences are whole. Each cut
    looks only at its own stretch: linear in the text."""
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = None
        for match in _SENTENCE_BREAK.finditer(text, start + limit // 2, end):
            cut = match.end()
        if cut is None or cut >= end:
            space = text.rfind(" ", start + 1, end)
            cut = space + 1 if space > start else end
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _sentences(passages: list[Passage]) -> list[Sentence]:
    """Split all passages in one pipeline call, map sentences to pages and analyse them.
    A passage longer than `MAX_PIECE_CHARS` goes to spaCy in pieces (see `_pieces`)."""
    pieces = [(passage, offset, text) for passage in passages
              for offset, text in _pieces(passage.text)]
    sentences: list[Sentence] = []
    docs = get_pipeline().pipe(text for _, _, text in pieces)
    for (passage, offset, piece), doc in zip(pieces, docs, strict=True):
        entities = entities_of_doc(doc)
        for start, end in _sentence_spans(piece, doc):
            text = piece[start:end].rstrip()  # spaCy starts a sentence at a token
            if sum(any(c.isalpha() for c in word) for word in text.split()) < 2:
                continue  # a stray number or symbol, not a sentence
            page, last = passage.page_at(offset + start), passage.page_at(offset + end - 1)
            sentence = Sentence(text=text, page=page, end_page=last if last != page else None,
                                section=passage.section)
            sentences.append(_analysed(sentence, _entities_within(entities, start, text)))
    return sentences


def _sentence_spans(text: str, doc: Doc) -> list[tuple[int, int]]:
    """[start, end) of each sentence of a passage, with the sentencizer's early cuts undone."""
    spans: list[tuple[int, int]] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        # Only the end of the previous sentence can hold the abbreviation: searching all of
        # it made a passage of sentences merged one into the next quadratic.
        tail = max(spans[-1][0], spans[-1][1] - _ABBREVIATION_TAIL) if spans else 0
        previous = text[tail:spans[-1][1]] if spans else ""
        lower = sent.text[:1].islower() and not opens_sentence(  # (prefixed_starts.py)
            previous, sent.text, _ABBREVIATION_END)
        if spans and (_ABBREVIATION_END.search(previous) or lower
                      or _open_abbreviation(previous, text[start:start + 160])):
            spans[-1] = (spans[-1][0], end)  # "et al. (2020) show", "Fig. 3 shows"
        else:
            spans.append((start, end))
    return spans


def _open_abbreviation(previous: str, following: str) -> bool:
    """Whether `previous` ends on a short word's full stop inside a bracket it opened and never
    closed, and `following` (the text after it) closes that bracket before it opens another:
    a cut at an abbreviation such as "Med."."""
    match = _OPEN_BRACKET_ABBREVIATION.search(previous)
    return match is not None and ")" in following.split("(")[0]


def _entities_within(entities: list[Entity], offset: int, text: str) -> list[Entity]:
    """The passage's entities that lie inside the sentence starting at `offset`, with spans
    made relative to the sentence text."""
    end = offset + len(text)
    return [entity.model_copy(update={"span": (entity.span[0] - offset,
                                               entity.span[1] - offset)})
            for entity in entities if offset <= entity.span[0] and entity.span[1] <= end]


def _analysed(sentence: Sentence, entities: list[Entity]) -> Sentence:
    """The sentence with its entities, quantities, direction and negation filled in, read by
    the same parsers as claims (extract/claim_builder.py)."""
    quantities = parse_quantities(sentence.text, entities)
    return sentence.model_copy(update={"entities": entities, "quantities": quantities,
                                       **polarity_fields(sentence.text, quantities)})


def analyse_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """Copies of `sentences` with entities, quantities, direction and negation filled in, for
    sentences that did not come through `parse_paper` (reference cards, hand-made papers).
    Entities are tagged in one `nlp.pipe` pass over all texts."""
    tagged = tag_entities_many(sentence.text for sentence in sentences)
    return [_analysed(sentence, entities)
            for sentence, entities in zip(sentences, tagged, strict=True)]


def enrich_paper(paper: Paper) -> Paper:
    """A copy of `paper` whose sentences are analysed (see `analyse_sentences`); what they
    already carried is replaced. Tables are left as they are."""
    return paper.model_copy(update={"sentences": analyse_sentences(paper.sentences)})


# ---------------------------------------------------------------------------------------------
# The paper

_WORD = re.compile(r"\w+(?:-\w+)*")
_SENTENCE_END = re.compile(r"[.!?:][\"')\]\u201d]*$")


def source_id_from_file(name: str) -> str | None:
    """ "2005.13013v2.pdf" -> "arXiv:2005.13013v2" (DESIGN.md names source files this way)."""
    parsed = parse_arxiv_id(re.sub(r"^arxiv[_-]", "", Path(name).name, flags=re.IGNORECASE))
    if parsed is None:
        return None
    arxiv_id, version = parsed
    return f"arXiv:{arxiv_id}" + (f"v{version}" if version else "")


def _title(doc: Document, layout: Document | None) -> tuple[str | None, list[str]]:
    """The title: a Markdown `# ` line at the top, or the first block of lines of page 1 (up to
    three lines, ended by a blank line, which layout text keeps in PDFs). A block with a
    sentence end in it is text, not a title. Returns the title and its lines."""
    source = layout or doc
    if not source.pages:
        return None, []
    skip = page_furniture([page.text for page in source.pages])[0] if layout else set()
    block: list[str] = []
    for index, line in enumerate(source.pages[0].text.split("\n")):
        text = " ".join(line.split())
        if index in skip or (not text and not block):
            continue
        if not block and re.match(r"^#\s", text):
            return text[1:].strip(), [text]
        if not text or heading_title(text) or len(block) == 3:
            break
        block.append(text)
    if not block or any(line.endswith(".") for line in block):
        return None, []
    return " ".join(block), block


def _content_lines(doc: Document) -> list[tuple[int, str]]:
    """(page, line) for every line of the document, page furniture left out, whitespace
    collapsed (justified PDF text has runs of spaces)."""
    furniture = page_furniture([page.text for page in doc.pages]) if doc.format == "pdf" \
        else [set() for _ in doc.pages]
    return [(page.number, " ".join(line.split()))
            for page, skip in zip(doc.pages, furniture, strict=True)
            for index, line in enumerate(page.text.split("\n")) if index not in skip]


def _ends_front_references(heading: str, sections: list[Section]) -> bool:
    """Whether `heading`, read among reference entries, is the introduction after references
    set before the body (OSA's "References and links" between the abstract and "1.
    Introduction"): the paper's first introduction, none read before."""
    return section_kind(heading) == FRONT_REFERENCES_END and not any(
        section_kind(section.title) == FRONT_REFERENCES_END for section in sections)


def _sections_and_passages(lines: list[tuple[int, str]], title_lines: list[str],
                           table_tokens: dict[int, set[str]], vocabulary: set[str],
                           laid_out: bool = False) -> tuple[list[Section], list[Passage]]:
    """Walk the lines in reading order: headings open sections, running text goes into
    passages, and table lines, captions, front matter and references are left out."""
    headings = [heading for _, line in lines
                if line not in title_lines and (heading := heading_title(line))]
    has_headings = bool(headings)
    sections: list[Section] = []
    passages: list[Passage] = []
    current: Passage | None = None
    in_references = False
    # The title and authors come before the first heading; a report whose first heading is its
    # references has none to end them, and its body starts under the byline (round 29: the
    # two pages of an MMWR report before "References" were read as front matter), as does an
    # excerpt that opens mid-sentence (front_matter.opens_mid_text).
    gated = has_headings and section_kind(headings[0]) not in REFERENCE_TITLES \
        and not opens_mid_text(lines, title_lines, heading_title)
    front_matter = gated
    previous = ""  # the previous line of running text, to tell whether a sentence ended
    open_title = False  # the last line was a heading that ends on a function word
    open_appendix: str | None = None  # the letter of the lettered appendix open (letter_appendices)

    for page, line in lines:
        if open_title and continues_title(sections[-1].title, line) and not heading_title(line):
            sections[-1].title = f"{sections[-1].title} {line}"  # (wrapped_headings.py)
            open_title = False
            continue
        open_title = False
        inline = INLINE_ABSTRACT.match(line)  # "Abstract: We study ..."
        heading = "Abstract" if inline else heading_title(
            line, after_sentence_end=not previous or bool(_SENTENCE_END.search(previous)))
        lettered = None
        if not heading and (in_references or open_appendix):  # "A. Partitioned vs. ..."
            lettered = heading = appendix_heading(line, open_appendix)
        if heading and not (front_matter and line in title_lines
                            and not opening_heading(line)):  # "# Title" is no section
            current, previous, front_matter = None, "", False
            if in_references and not lettered and not APPENDIX.search(section_kind(heading)
                                                                      or "") \
                    and not _ends_front_references(heading, sections):
                continue  # a false heading among the reference entries
            in_references = section_kind(heading) in REFERENCE_TITLES
            if lettered:
                open_appendix = appendix_letter(lettered)
            sections.append(Section(title=heading, page=page))
            if not inline:
                open_title = not in_references
                continue
            line = inline["rest"]
        if front_matter and past_front_matter(page):
            front_matter = False  # a late first heading: the body began (front_matter.py)
        if front_matter or in_references or (not gated and line in title_lines):
            continue
        if not line or (not laid_out and CAPTION.match(line)) or _is_table_line(
                line, table_tokens.get(page, set())):
            current, previous = None, ""  # blank lines (text files) and tables end a passage
            continue
        if current is None:
            current = Passage(section=sections[-1].title if sections else None)
            passages.append(current)
        current.add(line, page, vocabulary)
        previous = line
    return sections, passages


@dataclass
class _Typeset:
    """A PDF read from its glyphs: its running-text lines in reading order, its title lines and
    its tables."""

    lines: list[tuple[int, str]]
    title_lines: list[str]
    tables: list[Table]
    band_starts: frozenset[int] = frozenset()  # lines that open a band below a page-wide rule
    footnotes: tuple[Footnote, ...] = ()  # each footnote apart (footnotes.py)


def _typeset(doc: Document, backend: Backend = "pdfplumber") -> _Typeset | None:
    """The PDF behind `doc` read by layout (words, columns, tables as grids), or None when it
    cannot be (a Document built in memory, a file since moved, a PDF the word layer cannot
    parse), in which case the caller falls back to the document's plain text. A page whose
    glyphs are mostly not upright (a page turned 90 degrees) keeps pypdf's text for its lines,
    which does follow the rotation."""
    if doc.format != "pdf" or not Path(doc.path).is_file():
        return None
    try:
        pages = read_pages(doc.path, backend)
    except Exception:  # noqa: BLE001 - pdfminer raises many types on damaged files
        return None
    if len(pages) != len(doc.pages):
        return None
    tables = find_tables(doc, pages=pages)
    exclude = [(region.page, region.x0, region.top, region.x1, region.bottom)
               for table in tables for region in table.regions]
    layouts = read_layout(pages, exclude)
    lines: list[tuple[int, str]] = []
    read: list[Line | None] = []  # the line of each of `lines` (those of a page turned: none)
    band_starts: set[int] = set()
    footnotes: list[Footnote] = []
    front = _front_small_lines(layouts)
    for page, layout, plain in zip(pages, layouts, doc.pages, strict=True):
        upright = sum(len(word.text) for word in page.words)
        if page.rotated > upright:
            turned = [(plain.number, " ".join(line.split()))
                      for line in plain.text.split("\n") if line.strip()]
            lines += turned
            read += [None] * len(turned)
            continue
        starts, pending = {id(line) for line in layout.band_starts}, False
        footnotes += page_footnotes(layout, page)
        # An abstract beside an "article info" column (article_info_abstract.py).
        split = split_article_info(layout)
        for line in layout.lines if split is None else (line for line, _ in split):
            pending |= id(line) in starts
            if (line.kind == "text" or id(line) in front) and line.text.strip():
                if pending:
                    band_starts.add(len(lines))
                    pending = False
                lines.append((layout.number, line.text))
                read.append(line)
    # Unnumbered headings told by their bold face, as Markdown headings (bold_headings.py).
    size = body_size(pages)
    bold = mark_bold_headings(read, size)
    if bold:
        figure = figure_capitals(read, size, bold)
        kept = [index for index, line in enumerate(read) if id(line) not in figure]
        band_starts = {new for new, old in enumerate(kept) if old in band_starts}
        lines = [(lines[index][0], f"# {read[index].text}" if id(read[index]) in bold
                  else lines[index][1]) for index in kept]
    return _Typeset(lines=lines, title_lines=layout_title(layouts, pages), tables=tables,
                    band_starts=frozenset(band_starts), footnotes=tuple(footnotes))


def _front_small_lines(layouts: list[PageLayout]) -> frozenset[int]:
    """The lines set in small type above the introduction's heading on its page (ids): an ACM
    journal article sets its unheaded abstract so, at the top of page 2 over "1.
    INTRODUCTION" (Golubchik et al., Approximation Algorithms for Data Placement on Parallel
    Disks; round 25: the abstract was dropped with the small type). They are front matter,
    which the parser leaves out unless it reads as the abstract (unlabelled_abstract.py)."""
    for layout in layouts[:MAX_FRONT_PAGE]:
        small = []
        for line in layout.lines:
            heading = heading_title(line.text) if line.kind == "text" else None
            if heading and section_kind(heading) in ("abstract", "introduction"):
                return frozenset(small) if section_kind(heading) == "introduction" \
                    else frozenset()
            if line.kind == "small":
                small.append(id(line))
    return frozenset()


MAX_FRONT_PAGE = 2


Reader = Literal["pdfplumber", "pymupdf", "pypdf"]


def parse_paper(doc: Document, source_id: str | None = None,
                reader: Reader = "pdfplumber") -> Paper:
    """Sections (with their pages), sentences and tables of a paper. `source_id` defaults to
    the arXiv id in the file name, if any. A PDF is read by layout (`layout.py`, columns and
    reading order; `grid_tables.py`, tables) from the glyphs that `reader` gives; text and
    Markdown files line by line. `reader="pypdf"` is the reader of earlier releases (pypdf's
    plain and layout-mode text), kept as the fallback and for `benchmarks/reading.py`."""
    typeset = None if reader == "pypdf" else _typeset(doc, reader)
    if typeset is not None:
        tables, lines = typeset.tables, typeset.lines
        # Hyphenated line ends are judged by the words the paper prints whole, read from its
        # own lines (pypdf's text has already joined some of them its own way).
        vocabulary = {word.casefold() for _, line in lines for word in _WORD.findall(line)}
        title_lines = typeset.title_lines
        title = " ".join(line for line in title_lines if not opening_heading(line)) or None
        # "Background: ... Conclusions:" under no heading (structured_abstract.py)
        lines = with_structured_abstract(lines, title_lines, typeset.band_starts)
        lines = without_plot_text(lines)  # a vector plot's ticks and legend (plot_ticks.py)
    else:
        layout = layout_document(doc) if doc.format == "pdf" else None
        # The pypdf reader reads tables from layout-mode text only (no word layer at all).
        tables = find_tables(doc, layout=layout, pages=[] if reader == "pypdf" else None)
        title, title_lines = _title(doc, layout)
        lines = _content_lines(doc)
        vocabulary = {word.casefold() for word in _WORD.findall(doc.text)}
    tables = name_plus_rows(tables, "\n".join(line for _, line in lines))
    lines, authors = author_blocks(lines, byline := _byline(lines, title_lines))
    lines = with_abstract_heading(lines, title_lines)
    sections, passages = _sections_and_passages(lines, title_lines, _table_tokens(tables),
                                                vocabulary, laid_out=typeset is not None)
    if typeset is not None:
        _add_footnotes(typeset.footnotes, sections, passages, vocabulary)
    sentences = _sentences(passages)
    return Paper(file=doc.file, source_id=source_id or source_id_from_file(doc.file),
                 title=title, byline=" ".join([byline, *authors]) if byline else None,
                 sections=sections, sentences=sentences, tables=tables,
                 reading=reading_of(doc, sentences, tables))


def _add_footnotes(footnotes: Sequence[Footnote], sections: list[Section],
                   passages: list[Passage], vocabulary: set[str]) -> None:
    """Each footnote as a section and passage of its own, after the body (footnotes.py)."""
    for ordinal, footnote in enumerate(footnotes, start=1):
        title = footnote_title(footnote, ordinal)
        sections.append(Section(title=title, page=footnote.page))
        passage = Passage(section=title)
        for line in footnote.lines:
            passage.add(line, footnote.page, vocabulary)
        passages.append(passage)


_BYLINE_LINES = 12


def _byline(lines: list[tuple[int, str]], title_lines: list[str]) -> str | None:
    """The lines of page 1 between the title and the opening section (at most `_BYLINE_LINES`):
    the authors and their affiliations, by which reports name the paper's own work ("Bohnet's
    parser"). They end at the abstract or the introduction; None when neither ends them."""
    kept: list[str] = []
    for page, line in lines:
        if page != lines[0][0] or len(kept) > _BYLINE_LINES:
            return None
        if line in title_lines or not line:
            continue
        heading = heading_title(line)
        if INLINE_ABSTRACT.match(line) or section_kind(heading) in _OPENINGS:
            return " ".join(kept) or None
        kept.append(line)  # an address line may read as a numbered heading: "1 University St"
    return None


_OPENINGS = frozenset(("abstract", "introduction"))
