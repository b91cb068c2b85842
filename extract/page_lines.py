"""The lines of a page, built from its words: rows by baseline, superscripts resolved, each
line's size and extent, and the document's body size.

Split from `layout.py` (reading order), which groups a page's rows into columns
(`gutters.py`) and marks what is not running text (`line_kinds.py`); all of them measure
words and lines with the sizes and bands defined here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .pdfwords import PageWords, Word

# Text within this share of the page height from the top or bottom edge may be a running
# header or footer.
MARGIN_BAND = 0.075
# A word set at most this share of the body size is small print (footnotes, figure labels,
# table notes, superscripts).
SMALL = 0.88
_FOOTNOTE_MARK = re.compile(r"^[,;]?[\d*\u2020\u2021\u00a7\u00b6\u2217\u22c6]{1,3}[,;]?$")
# A one-letter symbol ("R", "r", "\u03c7") and the small power raised on it ("R2 = 0.86"
# of a regression, "\u03c72"): set close to a letter standing alone, a raised 2 or 3 is the
# symbol's power, not a footnote mark, which follows a word or a number (probe35b: Hu et al.,
# Appl. Environ. Microbiol. 2011, read "(R = 0.86; P < 0.001)", and no claim of an "R2" of it
# found its passage).
_SYMBOL = re.compile(r"\(?[^\W\d_]")
_SQUARE = re.compile(r"[23]")
# A bare page number ("709", "iv", "Page 3 of 12").
BARE_NUMBER = re.compile(r"^(?:\d{1,4}|[ivxlc]{1,6}|page \d+(?: of \d+)?)$", re.IGNORECASE)


@dataclass
class Line:
    """One line of text on a page, in one column (or across the page for a full-width block)."""

    page: int
    words: list[Word]
    column: str = "full"  # "left", "right" or "full"
    text: str = ""
    kind: str = "text"  # text, furniture, footnote, caption, small, table
    size: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    baseline: float = 0.0
    small_section: bool = False  # small print given back as a section's text (small_sections)

    def finish(self) -> Line:
        self.words.sort(key=lambda word: word.x0)
        self.x0 = min(word.x0 for word in self.words)
        self.x1 = max(word.x1 for word in self.words)
        self.top = min(word.top for word in self.words)
        self.bottom = max(word.bottom for word in self.words)
        sizes: Counter[float] = Counter()
        for word in self.words:
            sizes[round(word.size, 1)] += len(word.text)
        self.size = sizes.most_common(1)[0][0]
        main = [word for word in self.words if word.size >= 0.9 * self.size] or self.words
        self.baseline = Counter(round(word.baseline, 1) for word in main).most_common(1)[0][0]
        self.text = line_text(self.words, self.size, self.baseline)
        return self


@dataclass
class PageLayout:
    """A page's lines in reading order and the gutter that splits its columns (None: one
    column)."""

    number: int
    lines: list[Line] = field(default_factory=list)
    gutter: float | None = None
    band_starts: list[Line] = field(default_factory=list)  # first lines below a band rule


def line_text(words: list[Word], size: float, baseline: float) -> str:
    """The words of a line joined by spaces, superscripts resolved: a footnote mark (a raised,
    smaller digit, star or dagger) is dropped, an exponent after "10" becomes "10^N", and a
    raised or lowered fragment that touches the word before it (an index, an ordinal) is
    joined to it without a space."""
    parts: list[str] = []
    previous: Word | None = None
    for word in words:
        small = word.size < SMALL * size
        raised = word.baseline < baseline - 0.2 * size
        lowered = word.baseline > baseline + 0.1 * size
        touching = previous is not None and word.x0 - previous.x1 < 0.15 * size
        if small and raised:
            if parts and parts[-1].endswith("10") and re.fullmatch(r"[\u2212-]?\d{1,3}",
                                                                    word.text):
                parts[-1] += "^" + word.text.replace("\u2212", "-")
            elif touching and parts and _SYMBOL.fullmatch(parts[-1]) \
                    and _SQUARE.fullmatch(word.text):
                parts[-1] += word.text  # "R2 = 0.86": a symbol's power, no footnote mark
            elif _FOOTNOTE_MARK.match(word.text):
                pass  # a footnote mark
            elif touching and parts:
                parts[-1] += word.text
            else:
                parts.append(word.text)
        elif small and lowered and touching and parts:
            parts[-1] += word.text  # a subscript: F_1 reads "F1"
        elif previous is not None and touching and previous.size != word.size and parts:
            parts[-1] += word.text  # a word split only by a change of size
        else:
            parts.append(word.text)
        previous = word
    return " ".join(parts)



def body_size(pages: list[PageWords]) -> float:
    """The font size most of the document's characters are set in."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for word in page.words:
            sizes[round(word.size, 1)] += len(word.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def baseline_rows(words: list[Word], size: float) -> list[list[Word]]:
    """Words grouped into rows by baseline, page-wide, top to bottom. A row starts at its first
    word's baseline, so rows never chain downwards."""
    rows: list[list[Word]] = []
    start = None
    for word in sorted(words, key=lambda word: (word.baseline, word.x0)):
        if start is not None and word.baseline - start <= 0.35 * max(size, word.size):
            rows[-1].append(word)
        else:
            rows.append([word])
            start = word.baseline
    return rows
