"""A paper's footnotes as statements of the paper, each on its own.

`line_kinds.mark_footnotes` keeps footnotes out of the running text, where they would split a
sentence in two. But papers state results there: "We also experimented with further
task-specific fine-tuning of our SPECTER on the end tasks but we did not observe additional
improvements" is SPECTER's footnote 15 (Cohan et al., ACL 2020), and a synthesis report says it
again ("fine-tuning SPECTER further brought no additional improvement"); with footnotes
dropped, no passage of the paper spoke to that claim (issue 11, round 33).

A footnote is read from its raised mark: the small number set just left of its first line
(the mark may also be read on a line of its own). Its lines run until the next mark or the end
of its column's run of footnote lines. Footnote lines that follow no mark are not footnotes
we can vouch for (a bibliography set small at a column's foot, an algorithm's small print),
and are left out, as before. So is a footnote that is only a link ("https://github.com/...")
or a few words ("Equal contribution"): it states nothing to check.

Each footnote becomes a passage of its own, under the section "Footnote N" (`paper.py`), so
that no other sentence lends it words, nor it to them (`passage_windows.section_neighbours`
only reaches sentences of the same section).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .page_lines import Line, PageLayout
from .pdfwords import PageWords, Word

_URL = re.compile(r"(?:https?:|www\.)\S*|\S+\.(?:com|org|html?|edu|io)\S*|\S*//\S*")
_WORD = re.compile(r"[^\W\d_]{2,}")
MIN_WORDS = 4
"""A footnote with fewer words outside its links states nothing a claim could rest on."""
_MARK_SIZE = 0.85
"""A mark is set at most this share of its footnote's size (6 or 7 pt under 9 pt)."""


@dataclass(frozen=True)
class Footnote:
    """One footnote: its page, the number its mark prints (None when the mark is no digit)
    and its lines in order."""

    page: int
    mark: str | None
    lines: tuple[str, ...]


def _mark_before(line: Line, words: list[Word]) -> Word | None:
    """The raised mark that opens the line, if any: a digit or symbol smaller than the line,
    raised above its first word's baseline, read into the line as its first word (the line's
    text leaves it out) or set right before it, ending within half an em."""
    ordered = sorted(line.words, key=lambda word: word.x0)
    first = next((word for word in ordered if word.size >= _MARK_SIZE * line.size), None)
    if first is None:
        return None
    inside = ordered[:1] if ordered[0] is not first else []
    before = [word for word in words if 0 <= first.x0 - word.x1 < 0.5 * line.size
              and abs(word.top - first.top) < 0.6 * line.size]
    for word in (*inside, *before):
        if word.size < _MARK_SIZE * line.size \
                and word.baseline < first.baseline - 0.1 * line.size \
                and (word.text.strip().isdigit() or word.text.strip() in _SYMBOLS):
            return word
    return None


_SYMBOLS = frozenset("*\u2020\u2021\u00a7")


def _lone_mark(line: Line) -> str | None:
    """A mark read as a line of its own ("4" above "We also experimented ..."): its digits."""
    text = line.text.strip()
    return text if text.isdigit() and len(text) <= 3 else None


def page_footnotes(layout: PageLayout, page: PageWords) -> list[Footnote]:
    """The footnotes of one page, read from its lines marked "footnote", column by column in
    reading order."""
    footnotes: list[Footnote] = []
    current: list[str] | None = None
    mark: str | None = None
    pending: str | None = None  # a mark read on a line of its own, for the next line
    previous: Line | None = None

    def close() -> None:
        if current is not None and _states_something(current):
            footnotes.append(Footnote(page=layout.number, mark=mark, lines=tuple(current)))

    for line in layout.lines:
        if line.kind != "footnote" or not line.text.strip():
            continue
        if previous is not None and (line.column != previous.column
                                     or line.top < previous.top):
            close()  # a new column's run of footnotes
            current, mark, pending = None, None, None
        previous = line
        lone = _lone_mark(line)
        if lone is not None:
            pending = lone
            continue
        found = _mark_before(line, page.words)
        if found is not None or pending is not None:
            close()
            digits = found.text.strip() if found is not None else pending
            mark = digits if digits and digits.isdigit() else None
            current, pending = [line.text], None
        elif current is not None:
            current.append(line.text)
    close()
    return footnotes


def _states_something(lines: list[str]) -> bool:
    """At least `MIN_WORDS` words outside the footnote's links."""
    text = _URL.sub(" ", " ".join(lines))
    return len(_WORD.findall(text)) >= MIN_WORDS


_TITLE = "Footnote "


def footnote_title(footnote: Footnote, ordinal: int) -> str:
    """The section a footnote's sentences stand under: "Footnote 15"; an unnumbered one is
    named by its page and place ("Footnote 2 on page 5"), so that two never share a section."""
    if footnote.mark is not None:
        return f"{_TITLE}{footnote.mark}"
    return f"{_TITLE}{ordinal} on page {footnote.page}"


def in_footnote(section: str | None) -> bool:
    """Whether a sentence of this section is a footnote's (`footnote_title`). A footnote is
    read apart from the sentence its mark stands in, which names what it is about ("these
    hyper-parameter values" of the model marked): verify asks a footnote to print the claim's
    names itself, and lends it neither the paper's topic nor its section's words."""
    return section is not None and section.startswith(_TITLE) \
        and section[len(_TITLE):].split(" ", 1)[0].isdigit()
