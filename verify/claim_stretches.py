"""Where in a passage a claim's words are: the sentence of the passage, and the stretch of that
sentence, that share most of them (round 30).

A guard that asks whether a passage says a small word of the claim ("only", "not", "no") must
look where the passage says what the claim does: a restriction or a negation of another
sentence, or of another stretch of the same sentence, is about something else ("Only eight
RCTs were available, and all the studies were performed in Asia" restricts the trials, not the
place; "because the UCF dataset has over 1000 people on average in each image, the shapes ...
are not as well defined" denies the shapes, not the count). verify/guards_unsaid_qualifiers.py
and verify/guards_unsaid_negations.py read them here.
"""

from __future__ import annotations

import re

from .passages import content_terms

__all__ = ["best_of", "best_stretches", "claims_sentences", "scored_stretches",
           "sharing_stretches", "stretches"]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
_WORD = re.compile(r"[^\W\d_]{4,}")
_STRETCH_BREAK = re.compile(r"[,;:()\[\]\u2014]|\s[\u2013-]\s|\b(?:and|or|but|whereas|while|"
                            r"although|though|however|because|since|which|who)\b", re.IGNORECASE)
SHARED_AT_LEAST = 2
"""Content words a claim's stretch and a passage's stretch must share to be read together."""


def claims_sentences(claim_text: str, quote: str) -> str:
    """The sentences of `quote` that share the most of the claim's words of four letters or
    more (all of them on a tie): where the passage says what the claim does."""
    said = {word.casefold() for word in _WORD.findall(claim_text)}
    sentences = _SENTENCE_END.split(quote)
    if len(sentences) < 2:
        return quote
    shared = [len(said & {word.casefold() for word in _WORD.findall(sentence)})
              for sentence in sentences]
    return " ".join(sentence for sentence, count in zip(sentences, shared, strict=True)
                    if count == max(shared))


def stretches(text: str) -> list[str]:
    """The stretches of `text` between commas, brackets, colons, semicolons and joining words:
    small enough that a small word in one of them is that stretch's."""
    return [part for part in _STRETCH_BREAK.split(text) if part and part.strip()]


def scored_stretches(claim_stretch: str, sentence: str) -> list[tuple[str, int]]:
    """Each stretch of `sentence` with how many content words it shares with
    `claim_stretch`: what `best_stretches` and `sharing_stretches` read."""
    terms = set(content_terms(claim_stretch))
    return [(part, len(terms & set(content_terms(part)))) for part in stretches(sentence)]


def best_of(scored: list[tuple[str, int]]) -> list[str]:
    """The stretches of `scored` that share the most (all of them on a tie), or [] when none
    shares `SHARED_AT_LEAST`."""
    most = max((count for _, count in scored), default=0)
    return [part for part, count in scored if count == most] if most >= SHARED_AT_LEAST else []


def best_stretches(claim_stretch: str, sentence: str) -> list[str]:
    """The stretches of `sentence` that share the most content words with `claim_stretch`
    (all of them on a tie), or [] when none shares `SHARED_AT_LEAST`."""
    return best_of(scored_stretches(claim_stretch, sentence))


def sharing_stretches(claim_stretch: str, sentence: str) -> list[str]:
    """Every stretch of `sentence` that shares `SHARED_AT_LEAST` content words with
    `claim_stretch`: where a small word of the claim may be said at all."""
    return [part for part, count in scored_stretches(claim_stretch, sentence)
            if count >= SHARED_AT_LEAST]
