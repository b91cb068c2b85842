"""A claim's word that the paper prints only as absent ("convolution-without-attention") or
negated a few sentences away ("these vectors are not summed"; red team 10, round 19).

- "The convolution over the attentive context uses a filter width of 3" was confirmed by "The
  first is still standard convolution-without-attention over feature map H by filter width 3"
  (Yin and Schuetze, arXiv:1710.00519, page 5): the claim's "attentive" is in the quote only
  inside "without attention". Papers name the variant that lacks a component by "without X"
  or "w/o X"; a quote whose only mention of a claim's word (by its stem, "attentive" /
  "attention") is such a phrase speaks of the variant without it, and supports nothing unless
  the claim itself says without, no or not (`absent_only`).
- "dmpv sums the document and word vectors, as cbow does" was confirmed by the sentence on
  cbow ("... combined via vector addition ... a summed vector of several words") and its
  neighbour naming dmpv (Lau and Baldwin, arXiv:1607.05368, page 2), while the paragraph goes
  on: "Unlike cbow, however, these vectors are not summed but concatenated". A paper that
  negates the claim's word ("not summed" for "sums") within a few sentences of the passage, in
  a sentence sharing two more of the claim's words, says the opposite of the claim about the
  same things; a claim without numbers supported by a passage next to it decides nothing
  (`negated_nearby`). Only when the passage's own sentence does not name the claim's subject
  (its first word: "dmpv" came from a neighbour) and the negating sentence, or one of the two
  before it, does: "cbow sums the input word vectors" is still confirmed by the cbow sentence.

Each rule only withholds; neither names a paper, a system or a word of one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper

from .paper_memo import per_paper
from .undecided import supporting_sources, undecide

_WORD = re.compile(r"[A-Za-z][\w\-]*")
_ABSENT = re.compile(r"(?<![\w/])(?:without|w/o)[\s\-]+([A-Za-z][\w]*)", re.IGNORECASE)
_CLAIM_NEGATION = re.compile(r"\b(?:without|w/o|no|not|never|lacks?|lacking|absent|n't)\b",
                             re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|neither|nor)\s+(?:[a-z]+ly\s+)?([A-Za-z]+)")
_DETERMINER = frozenset({"the", "a", "an", "our", "their", "its", "this", "these", "both"})
_STOP = frozenset({"the", "and", "with", "that", "this", "these", "those", "from", "into",
                   "than", "does", "have", "their", "which", "when", "also", "over"})
NEARBY = 4
"""How many sentences before and after the passage `negated_nearby` reads."""


def _stem(word: str) -> str:
    word = word.casefold()
    for ending in ("ing", "ed", "es", "s"):
        if len(word) - len(ending) >= 3 and word.endswith(ending):
            return word[:-len(ending)]
    return word


def _same_stem(a: str, b: str) -> bool:
    a, b = _stem(a), _stem(b)
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= 4


def _prefix(word: str) -> str:
    word = word.casefold()
    return word[:6] if len(word) >= 6 else word


def absent_only(claim_text: str, quote: str) -> str | None:
    """The claim's word that `quote` prints only inside a "without X" / "w/o X" phrase, when
    the claim says no negation itself; else None."""
    if _CLAIM_NEGATION.search(claim_text):
        return None
    absent = list(_ABSENT.finditer(quote))
    if not absent:
        return None
    rest = _ABSENT.sub(" ", quote)
    rest_prefixes = {_prefix(word) for word in _WORD.findall(rest)}
    for match in absent:
        head = _prefix(match.group(1))
        if len(head) < 5 or head in rest_prefixes:
            continue
        said = next((word for word in _WORD.findall(claim_text)
                     if len(word) >= 5 and _prefix(word) == head), None)
        if said is not None:
            return said
    return None


def _positions(paper: Paper) -> dict[str, int]:
    return {sentence.text[:80]: i
            for i, sentence in reversed(list(enumerate(paper.sentences)))}


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)}


def _content(text: str) -> set[str]:
    return {_stem(word) for word in _WORD.findall(text)
            if len(word) >= 4 and word.casefold() not in _STOP}


def negated_nearby(claim: Claim, quotes: list[str], paper: Paper) -> str | None:
    """The sentence within `NEARBY` sentences of the passage `quotes` that negates a word of
    the claim ("not summed" for "sums") and shares two more of its words, for a claim without
    numbers or negation whose subject (its first word) the passage's own sentence does not
    name, while the negating sentence or one of the two before it does; else None."""
    if claim.negated or claim.quantities or _CLAIM_NEGATION.search(claim.text):
        return None
    subject = next((word.casefold() for word in _WORD.findall(claim.text)
                    if word.casefold() not in _DETERMINER), None)
    if subject is None or subject in _words(quotes[0]):
        return None  # the passage's own sentence names the claim's subject: it is about it
    positions = per_paper(paper, "negated_words.positions", _positions)
    at = sorted({positions[quote[:80]] for quote in quotes if quote[:80] in positions})
    if not at:
        return None
    claim_words = [word for word in _WORD.findall(claim.text) if len(word) >= 3]
    content = _content(claim.text)
    sentences = paper.sentences
    for number in range(max(0, at[0] - NEARBY), min(len(sentences), at[-1] + NEARBY + 1)):
        if number in at:
            continue
        text = sentences[number].text
        for match in _NEGATED.finditer(text):
            word = next((word for word in claim_words if _same_stem(word, match.group(1))), None)
            if word is None:
                continue
            named = any(subject in _words(sentences[at_].text)
                        for at_ in range(max(0, number - 2), number + 1))
            if named and len((_content(text) & content) - {_stem(word)}) >= 2:
                return text
    return None


def guard_negated_words(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting source check whose quote prints a word of the claim only as
    absent, or near which the paper negates a word of the claim. In place."""
    for check in list(supporting_sources(checks)):
        quotes = [evidence.quote for evidence in check.evidence]
        word = next((found for quote in quotes if (found := absent_only(claim.text, quote))),
                    None)
        if word is not None:
            undecide(check, f"The passage prints \u201c{word}\u201d only as absent (without "
                            f"it), of another variant than the claim's")
            continue
        negation = negated_nearby(claim, quotes, paper)
        if negation is not None:
            undecide(check, f"A sentence near the passage negates the claim's word: "
                            f"\u201c{negation[:160]}\u201d")
