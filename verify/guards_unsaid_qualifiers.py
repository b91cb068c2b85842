"""A claim's "only" or "exempt" that the supporting passage does not say (round 28).

Two small words change what a claim asserts more than any noun, and the match weighs them
little (they are common words, and "only" is a function word):

- Restriction. "If the selection for advancement is at a university, the interview panel should
  consist only of academic staff" (false) was confirmed at match score 0.77 by "if the
  selection for advancement is at a university or an academic setting, it is important to have
  different persons constituting the interview panel, from the academia, labour unions,
  students' representatives and the human resources" (Odeku, Mediterranean Journal of Social
  Sciences 4(13), 2013, page 5). The passage lists four constituencies; the claim keeps one and
  says "only".
- Privation. "If a panellist acted mala fide, the panellist should be exempt from civil
  responsibility" (false) was confirmed at 0.86 by "... action should not only be instituted
  against the employer, but the civil responsibility of any panellist or the entire panellists
  should also be explored" (page 7). "Exempt from" denies the responsibility the passage
  affirms; no "not" marks it, so no negation reading sees it.

The rule (`unsaid_qualifier`): a claim word of restriction ("only", "solely", "exclusively")
or privation ("exempt", "immune", "absolved", "devoid", "free from") needs a passage that
prints a word of the same kind: a passage that restricts in other words ("exclusively" for
"only") or denies in any ("not", "no", "without") still supports it. "Not only" restricts
nothing. It only withholds.

Claims with a number (round 29). The mutation benchmark's "sentence only" kind (an "only" set
before a phrase of place or means of a paper's own sentence: "We run our final tests only on a
held-out set from PubMed Central") found 42 of 110 such claims confirmed: they were left to the
number checks, and the numbers agree. A claim with a number is read the same way, except for an
"only" that stands before a number, at most two words before it ("only 13% had been treated",
"only uses 3 layers"): that one says the amount is small, which a passage giving the amount supports
(`_restriction_of_scope`).

Whose restriction (round 30). The mutation benchmark's last wrong verdict of that kind: "Such
evaluations are performed several times and the results are combined only with a novel
aggregation function" (false) was confirmed by a passage whose sentence before the matching one
says "f (restricted to smaller inputs) is evaluated on a sublinear number of random samples"
(Smith 2007, page 3): a restriction of another sentence restricts something else. A passage's
word of restriction counts only in the sentence of it that shares most of the claim's words
(`claims_sentences`); a privation is still read anywhere in the passage.

Table cells (round 30). "RNAMotifScan obtained an AP of 0.431 only on tetraloops" was confirmed
by the cell Tetraloop x RNAMotifScan = 0.431 (RNA motif search, Bioinformatics; the probes'
mutations, benchmarks/mutation_probes.py, found most of its 38 confirmed "only" mutants so): a
cell gives a value, it restricts nothing. A supporting table check is read as a passage is:
its cells, row and column names and caption must say the restriction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from verify_claims.claims import CheckKind, Claim

from .claim_stretches import best_stretches, claims_sentences, stretches
from .passages import content_terms
from .undecided import decided, supporting_sources, undecide

__all__ = ["guard_unsaid_qualifiers", "unsaid_qualifier"]

# "forward-only", "read-only": a compound's "only" restricts no claim (round 29).
_RESTRICTIONS = re.compile(r"(?<!\bnot )(?<!-)\b(?:only|solely|exclusively)\b", re.IGNORECASE)
_RESTRICTED = re.compile(r"(?<!\bnot )\b(?:only|solely|exclusively|alone|sole|merely|just|"
                         r"nothing but|none but|no other|limited to|restricted to)\b",
                         re.IGNORECASE)
_PRIVATIONS = re.compile(r"\b(?:exempt(?:ed|s)?|immune|absolved|devoid|free (?:from|of))\b",
                         re.IGNORECASE)
_DENIED = re.compile(r"\b(?:not|no|never|none|without|exempt(?:ed|s)?|immune|absolved|devoid|"
                     r"free (?:from|of)|lacks?|lacking)\b|n't\b", re.IGNORECASE)


# "only 13%", "only about 5", "only a third", "only uses 3 layers", "only marginally, by 0.2%"
# (round 30): an "only" that says an
# amount is small (the amount at most two words on, no preposition between: "only in three
# settings" restricts the scope to the three).
_BEFORE_AMOUNT = re.compile(r"(?:\s+(?!(?:in|on|with|using|from|by|for|at|to|of|via)\b)"
                            r"[^\W\d]+){0,2}?\s+(?:(?:about|around|approximately|some|"
                            r"roughly|nearly|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"half|dozen|hundreds?|thousands?|marginally|slightly|modestly|barely|"
                            r"an? (?:third|quarter|fifth|tenth|"
                            r"half|few|handful|fraction|minority|small))\b|[\d.]*\d)",
                            re.IGNORECASE)


NEAR = 8
"""Words either side of a passage's word of restriction in which it must print a term of what
the claim's restricts (`_restricts_near`)."""


def _restriction_of_scope(claim_text: str, numbered: bool) -> re.Match[str] | None:
    """The claim's word of restriction; in a claim with a number, only one that does not
    stand before an amount (module docstring)."""
    for said in _RESTRICTIONS.finditer(claim_text):
        if not numbered or not _BEFORE_AMOUNT.match(claim_text, said.end()):
            return said
    return None


def _restricts(text: str, amounts: bool = False) -> bool:
    """Whether `text` restricts in any words, an "only" before an amount aside: "only 21% of
    the 58 million persons" says the share is small, and restricts no "only with HCV
    infection" of a claim (round 30, WHO 2022). `amounts`: the claim's own "only" stands
    before an amount ("only a few"), and the passage's may say it so."""
    return next(_restrictions(text, amounts), None) is not None


def _restrictions(text: str, amounts: bool = False) -> Iterator[re.Match[str]]:
    """The words of restriction of `text`, an "only" before an amount aside unless
    `amounts` (`_restricts`)."""
    return (match for match in _RESTRICTED.finditer(text)
            if amounts or not (match.group(0).casefold() in ("only", "just", "merely")
                               and _BEFORE_AMOUNT.match(text, match.end())))


def _own_stretch(claim_text: str, at: int) -> str:
    """The claim's stretch that holds position `at` (the whole claim when none does)."""
    return next((part for part in stretches(claim_text) if claim_text.find(part) <= at
                 < claim_text.find(part) + len(part)), claim_text)


def _restricting_text(claim_text: str, at: int, quote: str) -> str:
    """Where the passage would say the claim's restriction at `at`: the stretches of its
    claim's sentence that share most words with the claim's stretch holding it, or that
    sentence whole when none shares enough (verify/claim_stretches.py)."""
    sentence = claims_sentences(claim_text, quote)
    return " ".join(best_stretches(_own_stretch(claim_text, at), sentence)) or sentence


@lru_cache(maxsize=8192)
def unsaid_qualifier(claim_text: str, quote: str, numbered: bool = False,
                     notes: str = "") -> str | None:
    """The claim's word of restriction or privation that the passage says nothing like
    (module docstring), or None. `numbered`: the claim gives a number; `notes`: what the
    evidence prints besides its quote (a location, a caption), read whole, its restriction
    read near what the claim restricts as a passage's is (round 34: olmOCR 2's Table 1 caption,
    "6API access only after accepting ToS", said the "only" of "GPT-4o scored 68.9 only on
    olmOCR-Bench")."""
    said = _restriction_of_scope(claim_text, numbered)
    if said is not None:
        amounts = _BEFORE_AMOUNT.match(claim_text, said.end()) is not None
        text = _restricting_text(claim_text, said.start(), quote)
        if not _restricts(f"{text} {notes}", amounts=amounts):
            return f"\u201c{said.group(0)}\u201d, and the passage restricts nothing"
        terms = restricted_terms(claim_text, said)
        if not amounts and not _restricts_near(terms, notes) \
                and not _restricts_near(terms, text):
            return (f"\u201c{said.group(0)}\u201d, and the passage restricts something "
                    "else")
    said = _PRIVATIONS.search(claim_text)
    if said is not None and not _DENIED.search(_without_not_only(f"{quote} {notes}")):
        return f"\u201c{said.group(0)}\u201d, and the passage denies nothing"
    return None


def restricted_terms(claim_text: str, said: re.Match[str]) -> frozenset[str]:
    """The content terms of what the claim's word of restriction restricts: the rest of its
    stretch after the word ("only [by Klosé in the middle of the 19th century]"), or the
    stretch before it when nothing follows ("[on English data] only")."""
    own = _own_stretch(claim_text, said.start())
    start = claim_text.find(own)
    after = claim_text[said.end():start + len(own)]
    terms = frozenset(content_terms(after))
    return terms or frozenset(content_terms(claim_text[start:said.start()]))


def _restricts_near(terms: frozenset[str], text: str) -> bool:
    """Whether a word of restriction of `text` (an "only" before an amount aside) has one of
    `terms` within `NEAR` words on either side: the passage restricts what the claim does
    (round 31, benchmarks/mutation_probes.py: "The Boehm system was introduced only by Klosé"
    was confirmed by "... for clarinets the only radical change ...", and "scaled to .5
    times the first dataset only in the initial fit" by "modeldiffs only specifies that the
    second dataset is scaled to .5 times the first dataset": each passage's "only" restricts
    another thing). With no terms to look for, any restriction counts."""
    if not terms:
        return True
    for match in _restrictions(text):
        before = text[:match.start()].split()[-NEAR:]
        after = text[match.end():].split()[:NEAR]
        if terms & set(content_terms(" ".join(before + after))):
            return True
    return False


def _without_not_only(quote: str) -> str:
    """The passage less its "not only" (and "not just", "not merely"), which deny nothing."""
    return re.sub(r"\bnot\s+(?:only|just|merely)\b", " ", quote, flags=re.IGNORECASE)


def guard_unsaid_qualifiers(claim: Claim, checks) -> None:
    """Undecide each supporting source or table check none of whose passages (or cells and
    their captions) says the claim's "only" or "exempt" in any words (module docstring). In
    place."""
    numbered = bool(claim.quantities)
    for check in [*supporting_sources(checks), *decided(checks, CheckKind.table)]:
        quotes = " ".join(evidence.quote for evidence in check.evidence if evidence.quote)
        notes = " ".join(filter(None, (text for evidence in check.evidence
                                       for text in (evidence.location, evidence.note))))
        unsaid = unsaid_qualifier(claim.text, quotes, numbered, notes)
        if unsaid:
            undecide(check, f"The claim says {unsaid}")
