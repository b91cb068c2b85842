"""One preparation per distinct sentence, shared by the papers (and versions) that print it.

What the source check derives from a sentence for comparing numbers and names
(`number_sides._Side`) follows from the sentence's text, entities and quantities alone, and
the versions of one paper (all checked for an unversioned citation) print most sentences alike,
as papers reporting shared results do. Each index still keeps its own reference per position
(`PassageIndex.prepared`); this memo lets a second index with an equal sentence take the same,
read-only, preparation instead of deriving it again.

Equal means equal in every field of the text, of each entity and of each quantity, so two
papers whose readers parsed the same words differently (another abbreviation defined, another
unit read) never share a preparation. The memo is bounded (`Memo`): its oldest entries are
forgotten first, and a forgotten one is derived again.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from verify_claims.claims import Entity, Quantity, Sentence

from .memo import Memo

SIZE = 8192
"""Distinct sentences remembered (about ten papers of 800 sentences)."""

T = TypeVar("T")

_SIDES: Memo[Hashable, object] = Memo(SIZE)


def _fields(record: Entity | Quantity) -> tuple:
    """Every field value of a record, lists as tuples, so the whole record is compared."""
    # A list comprehension, not a generator into `tuple`: the same tuple, made faster (this
    # runs for every entity and quantity of each sentence an index reads first).
    return tuple([tuple(value) if isinstance(value, list) else value
                  for value in record.__dict__.values()])


def sentence_key(sentence: Sentence) -> Hashable | None:
    """What a sentence's preparation follows from, as a dictionary key; None when a field
    holds a value that cannot be one (the preparation is then not shared)."""
    key = (sentence.text, _records(sentence.entities), _records(sentence.quantities))
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _records(records: Sequence[Entity | Quantity]) -> tuple:
    return tuple((type(record), _fields(record)) for record in records)


def shared_side(sentence: Sentence,
                prepare: Callable[[str, Sequence[Entity], Sequence[Quantity]], T]) -> T:
    """`prepare(text, entities, quantities)` of the sentence, or the value prepared for an
    equal sentence before. The value must never be changed by its users."""
    key = sentence_key(sentence)
    make = lambda: prepare(sentence.text, sentence.entities, sentence.quantities)  # noqa: E731
    if key is None:
        return make()
    return _SIDES.get(key, make)  # type: ignore[return-value]
