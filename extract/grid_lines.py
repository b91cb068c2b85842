"""The lines and cells of a table region: words clustered into lines, and each line cut into
cells (segments) at the gaps between its glyphs, with the marks printed on a number set apart.

Split from grid_cells.py (round 27), which builds the grid of columns, headers and rows from
these lines; this module knows nothing of columns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .cell_values import parse_cell
from .direction_marks import ends_cell
from .exponents import exponent_of
from .ruled_cells import Post, parted
from .stacked_lines import in_reading_order

if TYPE_CHECKING:
    from .pdfwords import Rule, Word

# Marks printed on a number that are not part of it, and the flag each one becomes.
MARK_FLAGS = {"*": "asterisk", "\u2217": "asterisk", "\u2020": "dagger",
              "\u2021": "double-dagger", "\u00a7": "section", "\u00b6": "pilcrow",
              "#": "hash", "@": "at-sign", "\u22c6": "star", "\u2605": "star"}
_DASHES = {"-", "\u2013", "\u2014", "\u2212", "--", "n/a", "N/A"}
# Spacing accents inside a word (TeX's \u{g} can come out as "g ˘" then "an") as combining ones.
_SPACING_TO_COMBINING = str.maketrans({"\u02d8": "\u0306", "\u02c7": "\u030c", "\u00b4": "\u0301",
                                       "\u00a8": "\u0308", "\u02dc": "\u0303"})
_BEFORE_COMBINING = re.compile(r"\s+(?=[\u0300-\u036f])")
_INSIDE_BRACKETS = re.compile(r"(?<=[(\[])\s+|(?<=\S)\s+(?=[)\]])")
_ACCENTS = "\u02c6\u02dc\u00af\u02d9\u00b4`\u00a8\u02c7\u02d8^~"
_JOINERS = {"\u00b1", "/", "+/-", "\u2213"}
SEGMENT_GAP_EM = 0.6  # words closer than this (in font sizes) are one cell, unless both numbers


@dataclass
class Line:
    """Words sharing a baseline, left to right."""

    words: list[Word]
    top: float
    bottom: float

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(word.x1 for word in self.words)

    @property
    def size(self) -> float:
        """The line's font size: the median over its characters (superscripts are few)."""
        sizes = sorted(size for word in self.words for size in [word.size] * len(word.text))
        return sizes[len(sizes) // 2] if sizes else self.words[0].size

    @property
    def text(self) -> str:
        """The words with a space between two, except touching ones (small capitals set as
        words of two sizes: "R E V ERB" is "REVERB")."""
        size = self.size
        text = self.words[0].text
        for previous, word in zip(self.words, self.words[1:], strict=False):
            text += ("" if word.x0 - previous.x1 < 0.08 * size else " ") + word.text
        return text


SCRIPT_SIZE = 0.8
"""A word set below this share of its line's largest size is a superscript or subscript."""


def _set_against(script: Word, line: Line) -> bool:
    """A superscript or subscript set right against a word of the line ("M" of "M\u00b3I")."""
    return any(abs(word.x1 - script.x0) < 1.5 or abs(script.x1 - word.x0) < 1.5
               for word in line.words if word is not script)


_TYPED_RULE = re.compile(r"^[-\u2010-\u2015_=]{4,}$")


def lines_of(words: list[Word]) -> list[Line]:
    """Words clustered into lines, top to bottom: a word joins a recent line it overlaps by half
    its height (superscripts and subscripts join their line). Linear in the words, up to a
    sort: only the last few lines are open. A superscript or subscript never stretches its
    line: scripts stick out of their line, and a stretched line would swallow the next row of
    a table set close below (the raised 3 of "M\u00b3I" reaching up into the row above)."""
    lines: list[Line] = []
    held: list[tuple[Word, Line]] = []  # scripts set against no word of the line they overlap
    # A run of dashes typed as text ("-----...") is a rule drawn with characters, no cell.
    words = [word for word in words if not _TYPED_RULE.match(word.text)]
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        height = max(word.bottom - word.top, 0.1)
        for line in reversed(lines[-4:]):
            overlap = min(line.bottom, word.bottom) - max(line.top, word.top)
            if overlap >= 0.5 * min(height, line.bottom - line.top):
                if word.size >= SCRIPT_SIZE * max(other.size for other in line.words):
                    line.words.append(word)
                    line.top, line.bottom = min(line.top, word.top), max(line.bottom,
                                                                         word.bottom)
                elif word.bottom > line.bottom and not _set_against(word, line):
                    held.append((word, line))  # maybe the raised script of the next line
                else:
                    line.words.append(word)
                break
        else:
            lines.append(Line([word], word.top, word.bottom))
    for word, line in held:
        home = next((other for other in lines if other is not line
                     and _set_against(word, other)
                     and other.top < word.bottom and word.top < other.bottom), line)
        home.words.append(word)
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda line: line.top)
    return lines


# ---------------------------------------------------------------------------------------------
# Segments: the cells of one line


@dataclass
class Segment:
    text: str
    x0: float
    x1: float
    flags: list[str] = field(default_factory=list)
    value: bool = False  # holds a number or a dash
    words: list[Word] = field(default_factory=list, repr=False)

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


def _strip_marks(text: str) -> tuple[str, list[str]]:
    """'85.2*' -> ('85.2', ['asterisk']); marks are only stripped around a number."""
    flags: list[str] = []
    core = text
    while core and core[-1] in MARK_FLAGS and len(core) > 1:
        flags.insert(0, MARK_FLAGS[core[-1]])
        core = core[:-1]
    while core and core[0] in MARK_FLAGS and len(core) > 1:
        flags.append(MARK_FLAGS[core[0]])
        core = core[1:]
    if flags and parse_cell(core)[0] is None:
        return text, []
    return core, flags


def _is_value(text: str) -> bool:
    core, _ = _strip_marks(text)
    return parse_cell(core)[0] is not None or core in _DASHES


def segments(line: Line, rules: list[Rule] = (), posts: Sequence[Post] = ()) -> list[Segment]:
    """The cells of a line: words joined at gaps narrower than `SEGMENT_GAP_EM`, except that two
    numbers never join (LaTeX sets a row's numbers closer than a space) unless "±" or "/"
    joins them. Superscripts and printed marks become flags; bold, italic and underline too."""
    size = line.size
    result: list[list[Word]] = []
    supers: dict[int, list[str]] = {}
    exponent_end = 0.0
    for word in line.words:
        if word.text.strip(_ACCENTS) == "" and any(
                min(word.x1, other.x1) - max(word.x0, other.x0) > 0.3 * (word.x1 - word.x0)
                for other in line.words if other is not word):
            continue  # a spacing accent set over a letter ("nDˆCG"): not a character of its own
        superscript = (word.size < 0.85 * size and word.bottom < line.bottom - 0.2 * size
                       and result)
        if superscript:
            supers.setdefault(len(result) - 1, []).append(word.text)
            if exponent_of(result[-1][-1].text, word.text):
                exponent_end = word.x1
            continue
        if result:
            previous = result[-1][-1]
            # An exponent set between two words is part of the text ("10^-5 subsampling"):
            # the space is measured from it (exponents.py).
            gap = word.x0 - max(previous.x1, exponent_end)
            joined = (previous.text in _JOINERS or word.text in _JOINERS
                      or word.text.startswith("@")  # "26.09 @2": the score at iteration 2
                      or previous.text.endswith("/") or word.text.startswith("/")
                      or word.text.startswith("\u00b1") or previous.text.endswith("\u00b1"))
            both_values = _is_value(previous.text) and _is_value(word.text)
            if word.text in MARK_FLAGS and gap < 0.3 * size:
                result[-1].append(word)
                continue
            # Letter-spaced type widens its spaces by its tracking ("ALL  DEMENTIA").
            spacing = SEGMENT_GAP_EM * size + min(previous.tracking, word.tracking)
            if gap < spacing and (joined or not both_values) and not ends_cell(
                    previous, word, result[-1][-2] if len(result[-1]) > 1 else None) \
                    and not parted(previous, word, line.top, line.bottom, posts):
                result[-1].append(word)
                continue
        result.append([word])
    found: list[Segment] = []
    for index, words in enumerate(result):
        # A cell set on two lines within its row is read line by line (stacked_lines.py).
        ordered = in_reading_order(words)
        text = ordered[0].text
        for previous, word in zip(ordered, ordered[1:], strict=False):
            # Touching words are one word set in two fonts (small capitals: "nDCG"); a word
            # left of the one before it opens the cell's next line.
            touching = 0 <= word.x0 - previous.x1 < 0.08 * size or (
                word.x0 - previous.x1 < 0 and word.x0 >= previous.x0)
            text += ("" if touching else " ") + word.text
        text = re.sub(r"\s*([/])\s*", r"\1", text) if any(
            w.text in {"/"} or "/" in w.text for w in words) and _all_numbers(text) else text
        # Type never sets a space inside brackets: a gap there is an italic correction
        # ("(crawl )" from an italic word before an upright bracket).
        text = _INSIDE_BRACKETS.sub("", text)
        # A combining accent the PDF placed as a glyph of its own ("dog ̆an") joins its letter.
        text = unicodedata.normalize(
            "NFC", _BEFORE_COMBINING.sub("", text.translate(_SPACING_TO_COMBINING)))
        core, flags = _strip_marks(text.replace(" *", "*").replace(" \u2020", "\u2020"))
        for mark in supers.get(index, []):
            flags += [MARK_FLAGS[c] for c in mark if c in MARK_FLAGS] or [f"sup:{mark}"]
        letters = [w for w in words if w.text not in MARK_FLAGS]
        if letters and all(w.bold for w in letters):
            flags.append("bold")
        if letters and all(w.italic for w in letters):
            flags.append("italic")
        x0, x1 = words[0].x0, max(w.x1 for w in words)
        bottom = max(w.bottom for w in words)
        if any(rule.x1 - rule.x0 < 2.5 * (x1 - x0) + 4
               and min(rule.x1, x1) - max(rule.x0, x0) > 0.5 * (x1 - x0)
               and bottom - 1 <= rule.top <= bottom + 3 for rule in rules):
            flags.append("underline")
        found.append(Segment(core, x0, x1, flags, _is_value(core), words))
    return found


def _numeric_text(text: str) -> bool:
    """Digits without letters: "0.36,0.61", "0.82(1)", "26.09 @2" are values, not labels."""
    return any(c.isdigit() for c in text) and not any(c.isalpha() for c in text)


def _number(segment: Segment) -> bool:
    return parse_cell(segment.text)[0] is not None


def _all_numbers(text: str) -> bool:
    return all(_is_value(part) for part in text.replace(" ", "").split("/") if part)
