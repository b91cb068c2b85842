"""A number a list gives to another noun than the claim's: "68% women; 87% White" (probe37b,
round 37: Mausbach et al., Health Psychology 31:4 (2012), abstract and p. 434).

Psychology and medicine describe a sample by a list of shares, each number before its noun:
"(M age = 74.3 ± 8.1; 68% women; 87% White)". A latent probe, "Of the caregivers, 87% were
women" (false), was confirmed by that sentence: it prints 87% and says "women" and "caregivers";
"68% were White" (false) was confirmed the same way. In such a list each number belongs to the
noun right after it.

The rule (`other_noun`): the sentence lists two or more "<number> <noun>" items, each ended by
a semicolon, comma or bracket; the claimed number is one of them; its noun is not a word of the
claim, while another item's noun is. The sentence then gives the claimed number to another
thing, and supports nothing. It only withholds.

The same list contradicted the true "Of the caregivers, 68% were women" ("the passage gives
87%; the claim says 68%"): the claim's noun stands right before 87%. `listed_pair`: when the
list pairs the claimed number with a noun of the claim and the number found with a noun the
claim does not say, the sentence gives the claim's number to the claim's thing, and the
contradiction is withheld. (A first version that asked only for the claim's number followed by
a word of the claim, "110M parameters and ... 340M parameters", withheld three right
contradictions of the record: the measure after a number is no item of a list.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence, Outcome

from .undecided import SUPPORTING, undecide_by_evidence

__all__ = ["guard_listed_contradictions", "guard_number_nouns", "listed_pair", "noun_pairs",
           "other_noun"]

_PAIR = re.compile(r"(?<![\w.\u2212-])(\d+(?:\.\d+)?)(\s?%)?\s+([A-Za-z][A-Za-z\-]+)(?=\s*[;,)\]])")


def noun_pairs(quote: str) -> list[tuple[float, str]]:
    """Each "<number> <noun>" item of `quote` that a semicolon, comma or bracket ends."""
    return [(float(match[1]), match[3]) for match in _PAIR.finditer(quote)]


def other_noun(claim_text: str, claimed: float, quote: str) -> tuple[str, str] | None:
    """(the noun the sentence gives the claimed number, the claim's noun of the list) when the
    claimed number's noun is not the claim's and another item's is; else None."""
    pairs = noun_pairs(quote)
    if len(pairs) < 2:
        return None
    said = {word.casefold() for word in re.findall(r"[A-Za-z][A-Za-z\-]+", claim_text)}
    own = [noun for value, noun in pairs if value == claimed]
    if not own or any(noun.casefold() in said for noun in own):
        return None
    others = [noun for value, noun in pairs if value != claimed and noun.casefold() in said]
    return (own[0], others[0]) if others else None


def guard_number_nouns(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose sentence lists the claimed number with
    another noun than the claim's (module docstring). In place."""
    if not claim.quantities:
        return

    def why(evidence: Evidence) -> str | None:
        if evidence.claimed is None:
            return None
        found = other_noun(claim.text, evidence.claimed, evidence.quote)
        return None if found is None else (
            f"The sentence gives {evidence.claimed:g} to \u201c{found[0]}\u201d, not to "
            f"\u201c{found[1]}\u201d, which the claim names")

    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, why)


def listed_pair(claim_text: str, claimed: float, found: float, quote: str) -> str | None:
    """The claim's noun when the sentence's list gives it the claimed number and gives the
    number found to a noun the claim does not say; else None."""
    pairs = noun_pairs(quote)
    if len(pairs) < 2:
        return None
    said = {word.casefold() for word in re.findall(r"[A-Za-z][A-Za-z\-]+", claim_text)}
    own = [noun for value, noun in pairs if value == claimed and noun.casefold() in said]
    other = [noun for value, noun in pairs if value == found and noun.casefold() not in said]
    return own[0] if own and other else None


def guard_listed_contradictions(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each source check contradicting a claimed number that the sentence's list gives
    to the claim's noun (module docstring). In place."""
    if not claim.quantities:
        return

    def why(evidence: Evidence) -> str | None:
        if evidence.claimed is None or evidence.found is None:
            return None
        noun = listed_pair(claim.text, evidence.claimed, evidence.found, evidence.quote)
        return None if noun is None else (
            f"The sentence gives the claim's {evidence.claimed:g} to \u201c{noun}\u201d, as the "
            "claim does")

    undecide_by_evidence(checks, CheckKind.source, (Outcome.contradicted,), why)
