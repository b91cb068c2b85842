"""What a comparison claim needs from its passage: its two arguments on the same sides of
"compared to", and a word of parity for a claim of parity (red team 10, round 19).

- "Tri-hidden states show an especially big benefit compared to uni-hidden states" was
  confirmed by "uni-hidden states show especially big benefit compared to tri-hidden states"
  (Yin and Schuetze, arXiv:1710.00519, page 9): the same words, the two arguments swapped.
  "Compared to" (with, relative to, in comparison to, versus) is no comparative of the
  lexicon, so the order was never read. When the word the passage puts right after such a
  connector is one the claim says before it, and the claim's word right after it is one the
  passage says before it, the passage compares the other way round: it supports nothing
  (`swapped_arguments`).
- "dbow with randomly initialised word embeddings performs as well as with learned word
  embeddings" was confirmed by three sentences of the paragraph that describe the setting
  (Lau and Baldwin, arXiv:1607.05368, page 7), the last saying "performance degrades
  severely under this setting". A claim of parity ("performs as well as", "on par with",
  "comparable to", "matches") states a relation between two results; a passage that prints no
  word of parity or likeness (as well as, as good as, on par, comparable, similar, same,
  equal, match, close, no difference) does not state it, and supports nothing
  (`parity_unsaid`).

Both only withhold; neither names a paper or a system.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

_CONNECTOR = re.compile(r"\b(?:compared\s+(?:to|with)|relative\s+to|in\s+comparison\s+(?:to|with)"
                        r"|versus|vs\.?)\s+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w\-]*")
_SKIP = frozenset({"the", "a", "an", "its", "their", "our", "those", "that", "these", "of",
                   "using", "with"})
_PARITY_CLAIM = re.compile(
    r"\b(?:performs?|performed|performing|does|did|works?|worked|is|are|was|were|scores?|"
    r"scored)\s+(?:just\s+|about\s+|roughly\s+|equally\s+|almost\s+|nearly\s+)?as\s+"
    r"(?:well|good|effective|accurate|high)\s+as\b|\bon\s+(?:a\s+)?par\s+with\b"
    r"|\bcomparabl[ey]\s+(?:to|with)\b|\bmatch(?:es|ed)?\s+the\s+performance\b",
    re.IGNORECASE)
_PARITY_PASSAGE = re.compile(
    r"\bas\s+(?:well|good|effective|accurate|high)\s+as\b|\bpar\b|\bcomparabl|\bsimilar"
    r"|\bsame\b|\bequal|\bmatch|\bclose\b|\bclosely\b|\bno\s+(?:significant\s+)?difference"
    r"|\bindistinguishable|\bjust\s+as\b|\bidentical|\bcompetitive|\brival|\bequivalent"
    r"|\bnot\s+(?:statistically\s+)?significantly\s+different|\bties?\b|\bon\s+a\s+level"
    r"|\bas\s+much\s+as\b|\bno\s+worse\b|\bneither\b", re.IGNORECASE)


def _first_word(text: str) -> str | None:
    for word in _WORD.findall(text):
        if word.casefold() not in _SKIP:
            return word.casefold()
    return None


def _sides(text: str) -> tuple[set[str], str] | None:
    """The words before the first connector of `text` and the first word after it."""
    match = _CONNECTOR.search(text)
    if match is None:
        return None
    after = _first_word(text[match.end():])
    if after is None:
        return None
    return {word.casefold() for word in _WORD.findall(text[:match.start()])}, after


def swapped_arguments(claim_text: str, quote: str) -> bool:
    """Whether `quote` puts after "compared to" a word the claim says before it, and before it
    the word the claim puts after it."""
    claim, passage = _sides(claim_text), _sides(quote)
    if claim is None or passage is None:
        return False
    (claim_before, claim_after), (passage_before, passage_after) = claim, passage
    return passage_after != claim_after and passage_after in claim_before \
        and claim_after in passage_before


def parity_unsaid(claim_text: str, quote: str) -> bool:
    """Whether the claim states parity and `quote` prints no word of parity or likeness."""
    return _PARITY_CLAIM.search(claim_text) is not None \
        and _PARITY_PASSAGE.search(quote) is None


def guard_comparison_terms(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage compares the claim's arguments the
    other way round, or states no parity for a claim of parity. In place."""
    parity = _PARITY_CLAIM.search(claim.text) is not None
    connector = _CONNECTOR.search(claim.text) is not None
    if not parity and not connector:
        return
    for check in list(supporting_sources(checks)):
        quotes = [evidence.quote for evidence in check.evidence]
        if connector and any(swapped_arguments(claim.text, quote) for quote in quotes):
            undecide(check, "The passage compares the claim's two arguments the other way round")
        elif parity and not any(pair.agree for evidence in check.evidence
                                for pair in evidence.numbers) \
                and all(parity_unsaid(claim.text, quote) for quote in quotes):
            undecide(check, "The claim states parity; the passage says nothing of two results "
                            "being alike")
