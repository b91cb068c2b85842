"""An abstract printed without a heading, before a paper's first section (round 8).

The parser leaves out everything before a paper's first heading: the title, the authors and
their addresses, which no claim is about. But some layouts print the abstract there too, as a
paragraph under the authors with no "Abstract" above it: ACM's journal articles (arXiv
2201.05281, NG-Scope: "Accurate and highly-granular channel capacity telemetry ... 30.5 Mbit/s,
which is 3.3× larger than NG-Scope (9.2 Mbit/s).", then "CCS Concepts:" and "1 INTRODUCTION"),
and LaTeX article preprints whose abstract sits alone on page 2 (arXiv 2201.09329). Their
abstract, often the one place a paper states its headline numbers, was never read, so claims
quoting it stayed undecided.

The general fact: before the first heading, a paragraph of running prose (lines of mostly
lower-case words that form sentences, several of them) is the abstract; title lines, author
names and addresses are not prose (capitalised words, e-mail addresses, short lines). It is
read as a section "Abstract" only when the paper prints no abstract heading of its own, and
only on the first two pages, and only up to a label of the other front matter ("CCS
Concepts:", "Keywords", "ACM Reference Format:", "Index Terms"). A paragraph longer than an
abstract runs (`MAX_LINES`) is left out: front matter that long is a misread page, not an
abstract.

A journal article prints its introduction under no heading either, right after the abstract
(Nature Neuroscience: Anastassiou et al., Ephaptic coupling of cortical neurons, 2011, where the
page-wide abstract runs on into two columns of introduction and the first heading is
"RESULTS"; probe23c, round 23). The prose before the first heading then ran over `MAX_LINES`
and was all left out, abstract and introduction: the "12-electrode setup", the "less than 0.5
mV" of the abstract, and the introduction's figures. When the run is too long, its first
paragraph, ended by a short line that closes a sentence before a line that opens with a
capital, within `MAX_LINES`, is the abstract (`_paragraph_break`); and prose right after an
abstract, up to the first heading (or to a line that is no prose), opening with a capital and
running over several lines and sentences, is read as a section "Introduction"
(`_introduction`), where it was left out as front matter.
"""

from __future__ import annotations

import re

from .headings import INLINE_ABSTRACT, heading_title, opening_heading, section_kind

MIN_LINES = 3  # an abstract runs over several lines
MAX_LINES = 40  # ... and not over a page
MIN_SENTENCES = 2
MIN_WORDS = 6  # words of a prose line (the paragraph's last line may be shorter)
MAX_PAGE = 2
_LOWER_SHARE = 0.6  # share of a prose line's words that start in lower case
_LETTERS_SHARE = 0.5  # share of a prose line's words that are single letters, at most
_LABEL = re.compile(r"^(?:CCS Concepts|Additional Key Words|Key ?words|ACM Reference Format|"
                    r"Index Terms|Permission to make|©|Copyright|Received\b|Accepted\b)",
                    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[a-z0-9%)\]]\.(?:\s|$)")
_WORD = re.compile(r"\S+")


def _prose(line: str) -> bool:
    """Whether a line reads as running prose, not a title, name or address line."""
    words = _WORD.findall(line)
    if len(words) < MIN_WORDS or "@" in line:
        return False
    lettered = [word for word in words if word[0].isalpha()]  # not "[25]", "30.5"
    lower = sum(1 for word in lettered if word[0].islower())
    # Letter-spaced capitals ("C o m p u tat i o n a n d S y S t e m S", a journal's
    # section banner) are no words.
    letters = sum(1 for word in lettered if len(word) == 1)
    return bool(lettered) and lower >= _LOWER_SHARE * len(lettered) \
        and letters < _LETTERS_SHARE * len(lettered)


def _closes(line: str) -> bool:
    """A paragraph's last, short line: a few words that end its sentence ("robotic
    synthesis.")."""
    return bool(line) and line[0].islower() and line.endswith(".") and "@" not in line


def with_abstract_heading(lines: list[tuple[int, str]],
                          title_lines: list[str]) -> list[tuple[int, str]]:
    """`lines` with an "Abstract" heading inserted before the unlabelled abstract of the front
    matter (module docstring), or `lines` unchanged when the paper has none or labels its
    own. The front matter after it is dropped, as the parser drops all front matter."""
    first_heading = None
    for position, (_, line) in enumerate(lines):
        if line in title_lines and not opening_heading(line):
            continue
        if INLINE_ABSTRACT.match(line):
            return lines
        heading = heading_title(line)
        if heading:
            if section_kind(heading) == "abstract":
                return lines
            first_heading = position
            break
    if first_heading is None:
        return lines
    start = end = None
    for position in range(first_heading):
        page, line = lines[position]
        if start is None:
            if page > MAX_PAGE:
                break
            if line not in title_lines and _prose(line) and not _LABEL.match(line):
                start = position
            continue
        if _LABEL.match(line) or not (_prose(line) or _closes(line)):
            end = position
            break
        if _closes(line) and not _prose(line):
            end = position + 1
            break
    else:
        end = first_heading if start is not None else None
    if start is None or end is None:
        return lines
    if end - start > MAX_LINES and (cut := _paragraph_break(lines, start, end)) is not None:
        end = cut  # the abstract's paragraph; an unheaded introduction follows
    introduction = _introduction(lines, end, first_heading)
    paragraph = [line for _, line in lines[start:end]]
    text = " ".join(paragraph)
    if not MIN_LINES <= len(paragraph) <= MAX_LINES \
            or len(_SENTENCE_END.findall(text)) < MIN_SENTENCES \
            or not text.endswith(".") or "\ufffd" in text:
        return lines
    # The front matter after the abstract (keywords, reference format) stays left out.
    return [*lines[:start], (lines[start][0], "Abstract"), *lines[start:end], *introduction,
            *lines[first_heading:]]


def _introduction(lines: list[tuple[int, str]], begin: int,
                  first_heading: int) -> list[tuple[int, str]]:
    """The unheaded introduction between the abstract's end `begin` and the first heading,
    under a heading "Introduction": the run of prose from `begin` on, when it opens with a
    capital and holds several lines and sentences; else nothing (module docstring)."""
    if begin >= first_heading or not _prose(lines[begin][1]) \
            or not lines[begin][1][:1].isupper() or _LABEL.match(lines[begin][1]):
        return []
    stop = next((position for position in range(begin, first_heading)
                 if _LABEL.match(lines[position][1])
                 or not (_prose(lines[position][1]) or _closes(lines[position][1]))),
                first_heading)
    text = " ".join(line for _, line in lines[begin:stop])
    if stop - begin < MIN_LINES or len(_SENTENCE_END.findall(text)) < MIN_SENTENCES:
        return []
    return [(lines[begin][0], "Introduction"), *lines[begin:stop]]


_SHORT = 0.75  # a paragraph's last line: at most this share of its lines' usual length


def _paragraph_break(lines: list[tuple[int, str]], start: int, end: int) -> int | None:
    """Where the first paragraph of the prose run `lines[start:end]` ends (the position of the
    next paragraph's first line): after a line, within `MAX_LINES`, that ends a sentence and
    is shorter than the paragraph's lines usually are, before a line that opens with a capital
    letter. None when no line within reach does."""
    for position in range(start + MIN_LINES - 1, min(end - 1, start + MAX_LINES)):
        line, following = lines[position][1], lines[position + 1][1]
        if not _SENTENCE_END.search(line.rstrip()[-2:]) or not following[:1].isupper():
            continue
        lengths = sorted(len(text) for _, text in lines[start:position])
        if len(line) <= _SHORT * lengths[len(lengths) // 2]:
            return position + 1
    return None
