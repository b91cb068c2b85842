"""A section heading wrapped onto a second line: "3.2. Beyond One Sentence: Sentiment Analysis
with" / "IMDB dataset" (Le and Mikolov, arXiv:1405.4053, page 5).

A narrow column breaks a long title where the line is full. The heading reader takes the first
line for the whole title, and the second line ran into the section's text, so the title lost
what the section is about (here the data set every sentence of the section speaks of, never
named again in its results sentences): "On IMDB, the optimal window size is 10 words" found no
passage naming IMDB and stayed unverified, although the section's title says it.

The general fact: a title does not end on a function word ("with", "of", "for", "and", "the",
...). A heading line that does continues on the next line when that line is short (at most
`MAX_WORDS` words), ends no sentence and is no heading itself; the two are one title.
"""

from __future__ import annotations

from .headings import _SMALL_WORDS

__all__ = ["continues_title"]

MAX_WORDS = 6
_OPEN_ENDS = frozenset(_SMALL_WORDS - {"vs"})


def continues_title(title: str, line: str) -> bool:
    """Whether `line`, the line after the heading `title`, is the rest of that title (module
    docstring)."""
    words = title.split()
    if len(words) < 2 or words[-1].casefold() not in _OPEN_ENDS:
        return False
    rest = line.split()
    return 0 < len(rest) <= MAX_WORDS and line.rstrip()[-1] not in ".,;:!?" \
        and any(character.isalpha() for character in line)
