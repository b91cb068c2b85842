"""The working records of the quantity parser (extract/quantities.py).

`Text` is one text with what every step of the parser needs, computed once: its word tokens,
the entity spans for "is this position inside a name", its clause and sentence bounds.
`Hit` is a number being parsed, filled in step by step (its value, then its unit, then its
list, context and names) until it becomes a `Quantity`. They live apart from the steps so
that each step's module (numbers, units, lists, context) reads the same records without
importing another step.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from verify_claims.claims import Entity

from .polarity import clause_bounds, sentence_ends

__all__ = ["Hit", "Text", "last_printed", "wordset"]

_TOKEN = re.compile(r"[^\W\d_]\w*(?:['’]\w+)?|[0-9][0-9.,]*|[^\w\s]")


class Text:
    """The text with what every step needs: its words and the entity spans."""

    def __init__(self, text: str, entities: list[Entity]) -> None:
        self.text = text
        self.entities = sorted(entities, key=lambda entity: entity.span)
        self._entity_starts = [entity.span[0] for entity in self.entities]
        self._entity_ends = list(accumulate((entity.span[1] for entity in self.entities), max))
        # (start, end, lower-case text) per word, number or punctuation mark
        self.tokens = [(match.start(), match.end(), match.group().lower())
                       for match in _TOKEN.finditer(text)]
        self.starts = [token[0] for token in self.tokens]
        self.number_starts: set[int] = set()  # token starts of the numbers found
        self._clauses: list[int] | None = None
        self._sentence_ends: list[int] | None = None

    def in_entity(self, position: int) -> bool:
        index = bisect_right(self._entity_starts, position) - 1
        return index >= 0 and position < self._entity_ends[index]

    @property
    def sentence_ends(self) -> list[int]:
        if self._sentence_ends is None:
            self._sentence_ends = sentence_ends(self.text)
        return self._sentence_ends

    def clause(self, position: int) -> tuple[int, int]:
        """[start, end) of the clause holding `position` (see the module docstring)."""
        if self._clauses is None:
            self._clauses = clause_bounds(self.text)
        index = bisect_right(self._clauses, position) - 1
        end = self._clauses[index + 1] if index + 1 < len(self._clauses) else len(self.text)
        return self._clauses[index], end

    def sentence(self, position: int) -> tuple[int, int]:
        ends = self.sentence_ends
        index = bisect_right(ends, position)
        return (ends[index - 1] if index else 0), (ends[index] if index < len(ends)
                                                   else len(self.text))


@dataclass
class Hit:
    """A number being parsed; becomes a Quantity at the end."""

    start: int  # of the quantity text (sign included)
    number_end: int  # end of the digits/multiplier
    end: int  # end of the quantity text (unit included when glued or measuring)
    value: float
    decimals: int
    sign: int | None = None
    unit: str | None = None
    open_ended: bool = False  # the search for a counted noun ran into the end of the text
    group: list[Hit] = field(default_factory=list, repr=False)  # list or range it belongs to
    ranged: bool = False
    direction: str | None = None
    negated: bool = False
    approximate: bool = False
    attaches_to: list[str] = field(default_factory=list)
    bound_to: str | None = None


def last_printed(text: str, position: int) -> str:
    """The last non-space character before `position`, or "". Found by stepping back rather
    than by `text[:position].rstrip()`, whose copy made a text full of numbers quadratic."""
    while position and text[position - 1].isspace():
        position -= 1
    return text[position - 1] if position else ""


def wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())
