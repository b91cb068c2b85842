"""The words of a passage: a sentence's terms, its window (neighbours in its section, the
section title, the paper's title) and the paper's topic (title and abstract).

Split from content.py, which weighs a claim's parts against these terms: this module only says
which terms a passage holds, so every check that reads a passage (the sentence check, lent
numbers, setting numbers, the explanations) takes its words from one place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from verify_claims.claims import Quantity
from verify_claims.extract.footnotes import in_footnote

from .code_compounds import code_compound_terms
from .content_words import _CAUSAL, _CAUSE, _DOWN, _TOKEN, _UP
from .passages import PassageIndex, content_terms
from .subscript_names import subscript_terms
from .symbol_names import symbol_terms
from .word_forms import slash_joined
from .wording import HYPHENATED as _HYPHENATED
from .wording import one_word as _one_word
from .wording import plain as _plain
from .wording import relation_of as _relation_of
from .wording import relation_tokens as _relation_tokens

WINDOW = 1
"""Sentences on each side of the matched sentence (same section) that belong to its passage."""


@lru_cache(maxsize=16384)
def passage_terms(words: str) -> frozenset[str]:
    """The terms of a passage text (without plural "s"), with a class token for each direction
    it states."""
    words = _one_word(words)
    terms = {_plain(term) for term in content_terms(words)}
    terms |= _relation_tokens(words)
    terms |= slash_joined(words) | symbol_terms(words)  # "Map/Reduce", "τ" is "tau"
    # A compound printed with and without its hyphen is one word: "re-trained", "retrained".
    terms |= {_plain(term) for word in _HYPHENATED.findall(words)
              for term in content_terms(word.replace("-", ""))}
    # A short word before a hyphen, whose five-letter cut ends in the hyphen, is a word of
    # its own: "BLEU-4" speaks of BLEU, "test-nc" of a test set.
    terms |= {term[:-1] for term in terms if term.endswith("-") and len(term) > 2}
    terms |= {_plain(term) for term in code_compound_terms(words)}  # "l2-regularization"
    terms |= subscript_terms(words)  # "USE T" as a report writes it: "USE_T"
    if any(word in _CAUSAL for word in re.findall(r"[a-z]+", words.casefold())):
        terms.add(_CAUSE)
    return frozenset(terms)


def signed_terms(quantities: Sequence[Quantity]) -> frozenset[str]:
    """Direction tokens stated by signed numbers ("+2.3", "-0.8 points")."""
    return frozenset(_UP if quantity.sign == 1 else _DOWN for quantity in quantities
                     if quantity.sign in (1, -1))


def section_neighbours(index: PassageIndex, number: int, reach: int = WINDOW) -> list[int]:
    """The positions of the sentences within `reach` of sentence `number` (itself left out)
    that stand in its section, in reading order: the neighbours a passage may take words
    from."""
    sentences = index.sentences
    section = sentences[number].section
    return [other for other in range(max(0, number - reach),
                                     min(len(sentences), number + reach + 1))
            if other != number and sentences[other].section == section]


def window_terms(index: PassageIndex, number: int) -> frozenset[str]:
    """The terms of sentence `number`'s passage: it, its neighbours in the same section and
    the section title (computed once per sentence and index)."""
    key = ("content_window", number)
    cached = index.prepared.get(key)
    if isinstance(cached, frozenset):
        return cached
    sentence = index.sentences[number]
    footnote = in_footnote(sentence.section)  # its own words only (extract/footnotes.py)
    texts = [sentence.text, "" if footnote else sentence.section or ""]
    texts += [index.sentences[other].text for other in section_neighbours(index, number)]
    # Each text's terms apart (memoised per text, shared by the three windows a sentence is
    # in and by the checks that read the sentence alone), so no phrase spans two sentences.
    terms = frozenset().union(*map(passage_terms, texts))
    if not footnote:
        terms |= _title_terms(index)
    index.prepared[key] = terms
    return terms


def topic_terms(index: PassageIndex) -> frozenset[str]:
    """The words of the paper's title and abstract: the names a paper is about (its system,
    its data set), which its passages mostly leave implicit. Computed once per index."""
    key = ("content_topic", -1)
    cached = index.prepared.get(key)
    if not isinstance(cached, frozenset):
        abstract = [sentence.text for sentence in index.sentences
                    if (sentence.section or "").strip().casefold() == "abstract"]
        texts = [index.paper.title or ""] + (abstract or [s.text for s in index.sentences[:8]])
        cached = frozenset(_plain(term) for term in content_terms(" ".join(texts)))
        index.prepared[key] = cached
    return cached


def own_subject_terms(index: PassageIndex) -> frozenset[str]:
    """The words of the paper's title and of its abstract when it has one (no stand-in of
    first sentences, unlike `topic_terms`): what the paper is about by its own statement."""
    key = ("content_subject", -1)
    cached = index.prepared.get(key)
    if not isinstance(cached, frozenset):
        abstract = [sentence.text for sentence in index.sentences
                    if (sentence.section or "").strip().casefold() == "abstract"]
        cached = frozenset(_plain(term) for term in content_terms(
            " ".join([index.paper.title or "", *abstract])))
        index.prepared[key] = cached
    return cached


def _title_terms(index: PassageIndex) -> frozenset[str]:
    """The words of the paper's title: its topic, which every passage speaks within ("the
    MNLI intermediate task" in a paper titled "English Intermediate-Task Training ..."). Its
    direction words are not taken: a title's "improves" is not every passage's."""
    key = ("content_title", -1)
    cached = index.prepared.get(key)
    if not isinstance(cached, frozenset):
        cached = frozenset(_plain(term) for word in _TOKEN.findall(
            (index.paper.title or "").casefold()) if _relation_of(word) is None
            for term in content_terms(word))
        index.prepared[key] = cached
    return cached
