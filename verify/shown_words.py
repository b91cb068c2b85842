"""What a passage shows beside a claim: the labels of numbers in table-like text, and the
passage's own word for each part of a claim that it matched ("Test Set / LAS" beside "test").

Split from content.py: these read passages for the evidence shown with a decision and for the
number binding of flattened tables, not for the accounting itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from verify_claims.claims import Quantity

from .content_words import _CAUSAL, _CAUSE, _TOKEN
from .passages import content_terms
from .wording import plain as _plain
from .wording import relation_of as _relation_of
from .wording import term_of as _term

if TYPE_CHECKING:
    from .content import Part

# --------------------------------------------------------------------------------------------
# Numbers in table-like text


def table_like(text: str, quantities: Sequence[Quantity]) -> bool:
    """A sentence that holds a table flattened into text ("Conquered 0.917 0.767 Founded 0.827
    0.636 Headquartered 0.734 ..."): a run of four numbers or more (years aside), each
    separated from the next by at most three words and no function word."""
    numbers = sorted(quantity.span for quantity in quantities
                      if not re.fullmatch(r"(?:19|20)\d\d", quantity.text))
    run = 1
    for (_, end), (start, _) in zip(numbers, numbers[1:], strict=False):
        words = _TOKEN.findall(text[end:start])
        dense = len(words) <= 3 and all(content_terms(word) for word in words)
        run = run + 1 if dense else 1
        if run >= 4:
            return True
    return False


def labels(text: str, quantities: Sequence[Quantity]) -> list[frozenset[str]]:
    """For each number of a table-like text, the words printed between it and the number
    before it (at most two, so that a header printed before the first row is not read as
    that row's label): its row or column label. A number listed after another with only a
    comma or a conjunction between them has that number's label: a set of values ("select
    learning rate among {0.1, 0.01, 0.001, 0.0001}", Lin et al. 2016, P16-1200, p.6)."""
    result: list[frozenset[str]] = []
    previous = 0
    for quantity in sorted(quantities, key=lambda q: q.span):
        between = text[previous:quantity.span[0]]
        if result and _LISTED.fullmatch(between):
            result.append(result[-1])  # "among {0.1, 0.01, 0.001}": one label's values
        else:
            words = content_terms(between)
            result.append(frozenset(term for term in words[-2:] if not term[0].isdigit()))
        previous = quantity.span[1]
    return result


# What separates the items of one list of values ("{0.1, 0.01, 0.001, 0.0001}", "1, 2 and 3"),
# where each item has the list's label (text21): a comma or a conjunction, never a word.
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


# --------------------------------------------------------------------------------------------
# Showing the parts side by side


def passage_words(texts: Sequence[str]) -> dict[str, str]:
    """For each term of a passage (and each direction and cause it states), the first word
    that prints it, the sentence's own words first: what `source_word` looks up. A copy of
    `_passage_words`: claims found in one passage ask for its words again and again."""
    return dict(_passage_words(tuple(texts)))


@lru_cache(maxsize=1024)
def _passage_words(texts: tuple[str, ...]) -> dict[str, str]:
    words: dict[str, str] = {}
    for text in texts:
        # Each key keeps the first word that prints it, text after text: the same as reading
        # all the texts word by word, with each text read once however many passages hold it.
        for key, word in _text_words(text).items():
            words.setdefault(key, word)
    return words


@lru_cache(maxsize=8192)
def _text_words(text: str) -> dict[str, str]:
    """`_passage_words` of one text (read only: shared by every passage that holds it)."""
    words: dict[str, str] = {}
    for match in _TOKEN.finditer(text):
        word = match.group()
        term = _term(word.casefold())
        if term is None:
            continue
        words.setdefault(_plain(term), word)
        relation = _relation_of(word.casefold())
        if relation is not None:
            words.setdefault(relation, word)
        if word.casefold() in _CAUSAL:
            words.setdefault(_CAUSE, word)
    return words


def source_word(part: Part, words: dict[str, str]) -> str:
    """The word of the passage (`passage_words`) that accounts for `part`: the same term, or
    a word of the same direction; where a topic name was found, "paper title or abstract"."""
    if part.topic:
        return "paper title or abstract"
    return words.get(part.term) or words.get(_plain(part.term)) or part.text
