"""What a worked example and a restricted statement leave unsaid (round 20, own probe of Mintz
et al. 2009, "Distant supervision for relation extraction without labeled data", ACL).

Two wrong verdicts of the probe's first run, each a general fact about how papers are written:

- **A supposition is the example's, not the paper's.** Papers explain a method on made-up data:
  "Consider the location-contains relation, imagining that in Freebase we had two instances of
  this relation: ⟨Virginia, Richmond⟩ and ⟨France, Nantes⟩" (page 4). The count check read
  "two instances" as the paper's count, and "/location/location/contains has 253,223 instances
  in Freebase", which Table 2 prints, was contradicted. A passage that supposes ("imagine",
  "suppose", "hypothetically", "for example, if") decides no claim that does not suppose
  too (`guard_supposed_passages`). Only a passage whose numbers were read is set aside: a
  made-up case lends its numbers, while a definition set up with "suppose" ("Suppose that we
  are given triples (x, y+, y-) ... a ranking-based loss") still says what the paper does.
- **"Across all X" needs a passage about all X.** "Syntactic features strongly outperform the
  other feature sets across all relations" was confirmed by "syntactic features consistently
  outperform lexical features for the director-film and writer-film relations" (page 8),
  while the paper says "No feature set strongly outperforms any of the others across all
  relations". A claim that quantifies over every one of a noun ("all relations", "every
  language", "each dataset") is supported only by a passage that quantifies over that noun
  too (a universal word a few words before it) (`guard_unsaid_universals`).

Neither names a paper, a system or a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, CheckKind, Claim
from verify_claims.extract.quantity_numbers import NUMBER_WORD

from .passages import content_terms
from .undecided import DECIDING, decided, undecide, undecide_by_evidence

# --------------------------------------------------------------------------------------------
# Suppositions

_SUPPOSES = re.compile(
    r"\b(?:imagin(?:e|es|ing)\b|suppos(?:e|ing)\b(?!\s+to\b)|hypothetical(?:ly)?"
    r"|let(?:'s|\s+us)\s+say"
    r"|(?:for\s+(?:example|instance)|e\.\s?g\.),?\s+(?:if|suppose|assume|imagine)\b)",
    re.IGNORECASE)
"""Words that set up a made-up case. Not "assume", which papers use for their own settings
("we assume that the input is tokenised"), nor a bare "if", which states a paper's findings
under a condition ("accuracy drops if the filter is removed")."""


@lru_cache(maxsize=8192)
def supposes(text: str) -> bool:
    """Whether `text` sets up a made-up case (module docstring). Remembered per text."""
    return _SUPPOSES.search(text) is not None


def guard_supposed_passages(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each deciding source check whose passage supposes, unless the claim supposes
    too (module docstring). In place."""
    if supposes(claim.text) or re.search(r"\bif\b", claim.text, re.IGNORECASE):
        return
    undecide_by_evidence(checks, CheckKind.source, DECIDING, lambda evidence: (
        "The passage sets up a made-up example (it supposes or imagines); its numbers are the "
        "example's, not what the paper reports"
        if evidence.numbers and evidence.quote and supposes(evidence.quote) else None))


# --------------------------------------------------------------------------------------------
# Universal claims

_CLAIM_UNIVERSAL = re.compile(
    r"\b(?:across|on|over|for|in)\s+(?:all|every)\s+(?:one\s+of\s+)?"
    r"(?:(?:of\s+)?(?:the|its|their|our|these|those)\s+)?([a-z][a-z-]+)",
    re.IGNORECASE)
"""The scope of a claim's statement: "across all relations", "on every dataset". Not "all" as
a determiner of what the statement is about ("tuning all sparse features"), nor "each", which
distributes ("for each query", "each batch has 32 samples")."""
_PASSAGE_UNIVERSAL = re.compile(r"\b(?:all|every|each|any|always|both|no|none|whole|entire)\b",
                                re.IGNORECASE)
NEAR_WORDS = 4
"""How many words before the quantified noun the passage's universal word may stand ("all of
the ten relations", "every one of our five languages")."""


@lru_cache(maxsize=8192)
def universal_nouns(claim_text: str) -> tuple[str, ...]:
    """The index terms of the nouns `claim_text` sets its scope over with "across all", "on
    every" and the like (a number after the quantifier makes it a count, which other rules
    read)."""
    nouns = []
    for match in _CLAIM_UNIVERSAL.finditer(claim_text):
        terms = content_terms(match.group(1))
        if terms and not terms[0][0].isdigit() and not NUMBER_WORD.fullmatch(match.group(1)):
            nouns.append(terms[0])
    return tuple(nouns)


def _quantifies(quote: str, noun: str) -> bool:
    """Whether `quote` sets a universal word at most `NEAR_WORDS` words before `noun`."""
    words = re.findall(r"[\w'-]+", quote)
    for position, word in enumerate(words):
        if noun in content_terms(word) and any(
                _PASSAGE_UNIVERSAL.fullmatch(before)
                for before in words[max(0, position - NEAR_WORDS):position]):
            return True
    return False


def guard_unsaid_universals(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage does not quantify over a noun the
    claim sets its scope over with "across all" (module docstring). In place."""
    nouns = universal_nouns(claim.text)
    if not nouns:
        return
    for check in list(decided(checks, CheckKind.source)):
        quotes = [evidence.quote for evidence in check.evidence if evidence.quote]
        missing = next((noun for noun in nouns
                        if quotes and not any(_quantifies(quote, noun) for quote in quotes)),
                       None)
        if missing is not None:
            undecide(check, f"The claim speaks of every \u201c{missing}\u201d; the passage does "
                            f"not, so it may hold for some of them only")
