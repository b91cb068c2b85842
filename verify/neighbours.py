"""What a sentence's neighbours lend a claim, and what keeps a sentence from supporting one.

The source check (source_check.py) reads one sentence at a time, but papers spread a statement
over a few sentences: a setup named in one and counted in the next, a figure introduced in one
and judged in the next. These rules say when the neighbours (same section) may supply the
words a sentence lacks: never through a neighbour that reads the claim the other way, and
never for a sentence that states its content only under a condition the claim drops.
"""

from __future__ import annotations

import re

from verify_claims.claims import Claim, Sentence
from verify_claims.claims.vocabulary import SETTING_OPPOSITES

from .content import (
    MAX_MISSING_CONTRADICT,
    Accounting,
    ClaimParts,
    account,
    own_subject_terms,
    part_found,
    passage_terms,
    section_neighbours,
)
from .negated_clauses import negated_claim_clause
from .passages import PassageIndex

SUPPORT_OWN_SHARE = 0.5
"""A claim without numbers is supported by a passage of several sentences (`held_by_passage`)
only when its best sentence holds at least this share of its weight."""


SETUP_REACH = 2
"""Sentences on each side (same section) whose words a count of the claimed noun may lean on."""


def setup_terms(index: PassageIndex, number: int) -> frozenset[str]:
    """The words of the sentences within `SETUP_REACH` of sentence `number` in its section.

    Papers describe an experiment's setup over a few sentences and state a count of it in one
    ("The acoustic models were trained on 430 hours of transcribed speech", two sentences
    before the decoding stages that name the system's "MLLR" model): the setup's names are
    then not in the count's own sentence nor always in its next neighbour. Only the claim's
    names are taken from these sentences, and only for a number that counts the claimed noun
    (`_Pair.measured`), which already ties the passage to the claim's measure: a plain word
    further away ("language" of one filter among several) may belong to another statement
    than the count."""
    key = ("source_setup", number)
    cached = index.prepared.get(key)
    if isinstance(cached, frozenset):
        return cached
    positions = sorted([number, *section_neighbours(index, number, SETUP_REACH)])
    terms = passage_terms(" ".join(index.sentences[other].text for other in positions))
    index.prepared[key] = terms
    return terms


def held_by_passage(claim: Claim, parts: ClaimParts, own: Accounting,
                     window: frozenset[str], index: PassageIndex, number: int) -> bool:
    """A claim without numbers that one sentence states with its neighbours: a paper often
    names in one sentence what the next says of it ("Figure 2 shows t-SNE projections ...
    the clusters seem to be more compact"). The sentence must hold most of the claim
    (`SUPPORT_OWN_SHARE`) and all of its relation and comparison, and the passage (sentence,
    neighbours, section and title) nearly all of it, with no word the paper never uses: the
    strict accounting a contradiction asks for. A neighbour that lends a part must not read
    the claim the other way: in "We see no gains on chunking. Auxiliary training helps tagging."
    "chunking" belongs to the sentence that denies the gain, so "auxiliary training helps
    chunking" is not found there (`lenders_agree`)."""
    if own.missing_share > SUPPORT_OWN_SHARE or own.missing_relation or not own.comparison_ok:
        return False
    sentence = index.sentences[number]
    whole = account(parts, window, index, [sentence])
    if not whole.confirms or whole.unseen or whole.missing_share > MAX_MISSING_CONTRADICT:
        return False
    return lenders_agree(claim, own, index, number)


def lenders_agree(claim: Claim, own: Accounting, index: PassageIndex, number: int) -> bool:
    """Whether no neighbour of sentence `number` that holds a part the sentence lacks reads
    the claim the other way (`reads_against`); the paper's own subject (title and abstract
    words) may come from anywhere."""
    if not own.missing:
        return True
    if opposed_setting(own, index.sentences[number].text):
        return False
    neighbours = [index.sentences[other] for other in section_neighbours(index, number)]
    topic = own_subject_terms(index)
    for part in own.missing:
        if part_found(part, topic):
            continue  # the paper's own subject, which its sentences leave implicit
        for neighbour in neighbours:
            if part_found(part, passage_terms(neighbour.text)) \
                    and reads_against(claim, neighbour):
                return False
    return True


_OPPOSITE = {one: other for pair in SETTING_OPPOSITES for one, other in (pair, pair[::-1])}


def opposed_setting(own: Accounting, sentence: str) -> bool:
    """Whether the sentence names the other value of a setting whose claimed value it lacks:
    papers compare the values of one setting in neighbouring sentences ("conditioned on low
    can get the best BERT scores ... Conditioned on high generally gets better novelty
    scores"), so a sentence that says "low" speaks of the low setting, and the "high" of its
    neighbour belongs to another statement. No neighbour may then lend the claimed value."""
    words = set(re.findall(r"[a-z][a-z-]*", sentence.casefold()))
    return any(_OPPOSITE.get(part.text.casefold()) in words for part in own.missing)


OPPOSED_KIND = ("the sentence or a neighbour that lends it the claim's words speaks of the "
                "opposite kind (\u201chigher-order\u201d for \u201clower-order\u201d)")

_KIND = re.compile(r"\b([a-z]+)-([a-z]{3,})\b")


def kind_compounds(claim_text: str) -> set[tuple[str, str]]:
    """The claim's compounds that name a kind by one end of a setting: ("lower", "order") of
    "lower-order expansion", ("short", "term") of "short-term memory"."""
    return {(first, second) for first, second in _KIND.findall(claim_text.casefold())
            if first in _OPPOSITE}


def opposed_kind(claim_text: str, texts: list[str]) -> tuple[str, str] | None:
    """(the claim's compound, the opposite compound) when one of `texts` (a number sentence
    and the neighbours lending it the claim's words) prints the compound of the other end of
    the setting ("higher-order") and not the claim's ("lower-order"), hyphened or not.

    Round 35, mutation probes: "The infidelity caused by lower-order expansion in the
    Lamb-Dicke parameter is about 2 x 10^-4" was confirmed by "The infidelity is ... = 2x10^-4",
    whose neighbour "Lastly, we estimate the infidelity caused by higher-order expansion in the
    Lamb-Dicke parameter" lent every other word (ion crystals, Sci. Rep. 2015, page 4)."""
    for first, second in kind_compounds(claim_text):
        other = _OPPOSITE[first]
        own = re.compile(rf"\b{re.escape(first)}[-\s]{re.escape(second)}\b")
        opposite = re.compile(rf"\b{re.escape(other)}[-\s]{re.escape(second)}\b")
        for text in texts:
            lowered = text.casefold()
            if opposite.search(lowered) and not own.search(lowered):
                return f"{first}-{second}", f"{other}-{second}"
    return None


def lenders(own: Accounting, index: PassageIndex, number: int) -> list[tuple[int, list[str]]]:
    """The neighbours of sentence `number` (same section) that hold parts it lacks, with the
    words of those parts: shown as evidence beside the sentence."""
    found = []
    for other in section_neighbours(index, number):
        terms = passage_terms(index.sentences[other].text)
        words = [part.text for part in own.missing if part_found(part, terms)]
        if words:
            found.append((other, words))
    return found


_RESTRICTION = re.compile(r"\bonly\s+(?:[a-z-]+\s+){0,2}?(?:if|when|whenever|once)\b"
                          r"|\bonly\s+(?:with|after)\b|\bunless\b|\bprovided\s+that\b"
                          r"|\bas\s+long\s+as\b", re.IGNORECASE)
_CONDITIONAL = re.compile(r"\b(?:only|unless|if|when|whenever|provided|as\s+long\s+as)\b",
                          re.IGNORECASE)


def restricted(sentence: str, claim: str) -> bool:
    """Whether the sentence states its content only under a condition ("only work if X or Y
    are used", "unless", "provided that", "as long as") while the claim states no condition:
    the claim then asserts more than the sentence does ("work well even without X"), however
    many words they share. A claim with a condition of its own is left to the accounting."""
    return bool(_RESTRICTION.search(sentence)) and not _CONDITIONAL.search(claim)


def holds_all(found: Accounting) -> bool:
    return found.asserts and not found.missing and not found.unseen


def reads_against(claim: Claim, other: Sentence) -> bool:
    """Whether `other` states the claim's direction the other way: the same direction with
    the other negation, or the opposite one with the same; without a direction on either
    side, the other negation. A sentence of another direction, or of none where the claim
    has one, says nothing against it."""
    if claim.direction and other.direction:
        return (claim.direction == other.direction) != (claim.negated == other.negated)
    if claim.direction is None and other.direction is None:
        # "X, however, does not preserve ...": the clause with the claim's words denies them
        # though the first does not (verify/negated_clauses.py)
        return claim.negated != other.negated or negated_claim_clause(claim, other)
    return False
