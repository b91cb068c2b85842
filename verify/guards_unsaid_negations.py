"""A negation that the claim says and its supporting passage does not, or the other way round
(round 30).

The verifier reads a statement's negation around its direction word ("does not improve"), and
without one, on the main verb ("the study does not use XLM-R"), as extract/polarity.py tells.
A "no" before a noun it leaves alone on purpose ("tasks with no training data of their own"
describes, it denies nothing), and a "not" on a verb far from the direction word is not read
either. Mutating the first-contact probes' true claims (benchmarks/mutation_probes.py) showed
what that lets through, each confirmed at match score 0.9 to 1.0:

- "The authors declare that they have competing interests" against "The authors declare that
  they have no competing interests" (Datta et al. 2010);
- "An output box is not considered correct if the overlap score exceeds 0.80" against "If the
  overlap score exceeds 0.80, we consider the output box to be correct" (Clark and Divvala
  2015): the "not" stands seven words before the direction word "exceeds";
- "the dimension was not set to d = 100", "the average period ... was not 2.2 h", "the
  amplitude of micromotion ... is not about 1.4 µm": a negated claim against a sentence that
  gives the same numbers plainly.

The rule (`unsaid_negation`): each stretch of the claim is read against the stretch of the
passage's sentence that shares most of its words (the sentence of the passage that shares most
of the claim's words; stretches part at commas, brackets, ";", ":", "and", "or", "but",
"because", "which", ...: "because the UCF dataset has over 1000 people on average in each
image, the shapes ... are not as well defined" denies the shapes, not the count). When one of
the two says a negation ("not", "no", "never", "none", "cannot", "fails to", "lacks", "n't";
not "without", which names a setting: "less than 10% without normalisation") and the other
none, the passage does not say what the claim says (a claim's negation
may be said by any stretch that shares two of its words; "no worse", "not more" compare, and are
left to the polarity reader), and the supporting
check decides nothing. "Not only", "no more than", "no later than", "whether or not" deny
nothing. It only withholds: whether the passage then contradicts the claim stays the readings'
call (verify/statement_polarity.py).

A prefix negates too. verify/prefixed_negations.py reads a passage's "unknown" against a
claim's "known"; the other way round, "the 16 government agencies most unlikely to fund ...
bioterrorism systems" was confirmed by "... most likely to fund ..." (Bravata et al. 2004), and
"more unlikely than" by "more likely than" (MMWR 2011). A claim word with a negating prefix
("un-", "non-", and "in-", "im-", "ir-", "il-" before a long word that takes them) whose bare
word the passage's sentence prints, and whose prefixed form it does not, is unsaid too
(`_unsaid_prefix`). So is a superlative whose opposite the passage's stretch prints instead
("FR3D achieved the worst AP on tetraloops, 0.971" against "FR3D achieves the best performance
with its AP value equal to 0.971", RNA motif search, Bioinformatics: "best" and "worst" are no
direction words of the polarity reader; `_opposite_superlative`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, Claim

from .claim_stretches import (
    SHARED_AT_LEAST,
    best_of,
    claims_sentences,
    scored_stretches,
    stretches,
)
from .undecided import supporting_sources, undecide

__all__ = ["guard_unsaid_negations", "unsaid_negation"]

_NEGATION = re.compile(r"\b(?:not|no|never|none|nor|neither|cannot|nothing|nobody|"
                       r"lacks?|lacked|lacking|fails? to|failed to)\b|n['\u2019]t\b",
                       re.IGNORECASE)
_NO_DENIAL = re.compile(r"\bnot (?:only|just|merely|to mention)\b|\b(?:no|not) (?:more|less|"
                        r"fewer|later|earlier|greater|smaller|larger) than\b|\bwhether or not\b|"
                        r"\bif not\b|\bNo\.|\bno\.\s*\d|\b(?:no|not)\s+(?:worse|better|more|"
                        r"less|higher|lower|greater|smaller|larger|fewer)\b", re.IGNORECASE)
_PREFIXED = re.compile(r"\b(un|non-?|in(?=[acdefghjknoqstuvwy])|im(?=[bmp])|ir(?=r)|il(?=l))"
                       r"([a-z]{4,})\b")
_LATIN_REST = 6
"""The least letters after "in-", "im-", "ir-", "il-" ("infrequent", not "inside")."""
_LATIN_FORM = re.compile(r"(?:ent|ant|ible|able|ly|ive|al|ate|ous|ar|ic|ed|ect|ete|ite|ure)$")
"""An adjective or adverb, which a Latin prefix negates ("incorrect"; not "information")."""


def _negation(text: str) -> str | None:
    """The clause's first word of negation, or None."""
    match = _NEGATION.search(_NO_DENIAL.sub(" ", text))
    return match.group(0) if match else None


_OPPOSITES = {"best": "worst", "highest": "lowest", "largest": "smallest", "biggest": "smallest",
              "fastest": "slowest", "strongest": "weakest", "most": "fewest"}
_OPPOSITES |= {second: first for first, second in list(_OPPOSITES.items())}
_SUPERLATIVE = re.compile(rf"\b(?:{'|'.join(_OPPOSITES)})\b", re.IGNORECASE)


def _opposite_superlative(claim_stretch: str, passage: list[str]) -> str | None:
    """The claim's superlative when the passage's stretches print its opposite and not it
    ("the worst AP" against "achieves the best performance with its AP value")."""
    printed = {word.casefold() for part in passage for word in _SUPERLATIVE.findall(part)}
    for word in _SUPERLATIVE.findall(claim_stretch):
        if _OPPOSITES[word.casefold()] in printed and word.casefold() not in printed:
            return word
    return None


def _unsaid_prefix(claim_text: str, sentence: str) -> str | None:
    """The claim's prefixed word whose bare word `sentence` prints without the prefixed one
    (module docstring), or None."""
    printed = set(re.findall(r"[a-z][a-z\-]*", sentence.casefold()))
    said = set(re.findall(r"[a-z][a-z\-]*", claim_text.casefold()))
    for match in _PREFIXED.finditer(claim_text.casefold()):
        prefix, rest = match.groups()
        if prefix in ("in", "im", "ir", "il") \
                and (len(rest) < _LATIN_REST or not _LATIN_FORM.search(rest)):
            continue
        if rest in printed and rest not in said and match.group(0) not in printed:
            return match.group(0)
    return None


@lru_cache(maxsize=8192)
def unsaid_negation(claim_text: str, quote: str) -> str | None:
    """Why the passage `quote` does not say the claim's negation or the claim its (module
    docstring), or None when each clause of the claim is negated as its passage clause is."""
    sentence = claims_sentences(claim_text, quote)
    prefixed = _unsaid_prefix(claim_text, sentence)
    if prefixed is not None:
        return f"the claim says \u201c{prefixed}\u201d and the passage the word without its prefix"
    negated = any(_negation(clause) for clause in stretches(claim_text))
    main, main_shared = None, 0
    for clause in stretches(claim_text):
        scored = scored_stretches(clause, sentence)
        passage = best_of(scored)
        if not passage:
            continue
        opposite = _opposite_superlative(clause, passage)
        if opposite is not None:
            return (f"the claim says \u201c{opposite}\u201d and the passage "
                    f"\u201c{_OPPOSITES[opposite.casefold()]}\u201d")
        said = _negation(clause)
        if said and not any(_negation(part) for part, count in scored
                            if count >= SHARED_AT_LEAST):
            return f"the claim says \u201c{said}\u201d and the passage denies nothing"
        shared = max(count for _, count in scored)
        if shared > main_shared:
            main, main_shared = passage, shared
    # A negation of the passage counts against a claim that says none at all, in the stretch
    # that says the claim's main part (the one sharing most words): a setting phrase of the
    # claim ("On the Europarl test set") may share words with a stretch that denies another
    # thing.
    if not negated and main and all(_negation(part) for part in main):
        return (f"the passage says \u201c{_negation(main[0])}\u201d where the claim says the "
                "same without any negation")
    return None


def guard_unsaid_negations(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage is negated where the claim is not,
    or the other way round (module docstring). In place."""
    for check in list(supporting_sources(checks)):
        quote = " ".join(evidence.quote for evidence in check.evidence if evidence.quote)
        unsaid = unsaid_negation(claim.text, quote)
        if unsaid:
            undecide(check, f"Not confirmed: {unsaid}")
