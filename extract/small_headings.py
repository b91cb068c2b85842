"""A run-in subsection heading set in small capitals is a heading, not small print.

Adi et al. (arXiv:1608.04207, pages 11-12) head the parts of their appendix "ENCODER DECODER"
and "PREDICTION TASKS" in small capitals on lines of their own. The layout reader marks any
line set smaller than the body as "small" (layout._classify), and the paper reader keeps only
running text, so both headings were dropped: the encoder-decoder's paragraph ("... training
takes approximately 10 days") and the prediction tasks' ("Parameters for the predictions tasks
as well as classifier architecture were tuned ...") ran together in one section, and the
second lent its "classifier" to the first, which confirmed "Training the auxiliary task
classifiers takes approximately 10 days" (the encoder-decoder's training time).

`small_headings` finds those lines: a "small" line that `heading_title` reads as a heading in
capitals (two words or more, every letter a capital, no digit), with running text right after
it and, right before it, running text that ends a sentence or a heading. Such a line is kept
as running text, so the paper reader opens a section with it. Small lines in any other place
(figure labels, table notes, footnotes) stay small print.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .headings import heading_title

__all__ = ["small_headings"]

_SENTENCE_END = re.compile(r"[.!?:][\"')\]]*$")


class _Line(Protocol):
    kind: str
    text: str


def _capitals(text: str) -> bool:
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    return len(words) >= 2 and len(letters) >= 4 and all(c.isupper() for c in letters) \
        and not any(c.isdigit() for c in text)


def small_headings(lines: Sequence[_Line]) -> set[int]:
    """The positions of the small lines of a page (in reading order) that are headings in
    capitals between running text (module docstring)."""
    found: set[int] = set()
    for at, line in enumerate(lines):
        if line.kind != "small" or not 0 < at < len(lines) - 1:
            continue
        text = " ".join(line.text.split())
        before, after = lines[at - 1], lines[at + 1]
        if not _capitals(text) or heading_title(text) is None or after.kind != "text":
            continue
        previous = " ".join(before.text.split())
        if before.kind == "text" and (_SENTENCE_END.search(previous)
                                      or heading_title(previous) is not None):
            found.add(at)
    return found
