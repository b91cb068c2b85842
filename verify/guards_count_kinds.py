"""A count of one kind of a noun is not contradicted by a count of another kind of it
("437 eligible schools" against "349 participating schools"; probe29b, issue 11).

"The United States had 437 eligible schools in its original sample" (true: Table A-2 of NCES's
"Highlights from PIRLS 2011", round 29) was contradicted by "In addition to the 349
participating schools from the original sample, 21 substitute schools participated ...": the
matcher met the head noun "schools", found "eligible" in the sentence before ("the set of
eligible non-responding original sample schools"), and read 349 as the claim's count. Reports
count several kinds of one thing (schools sampled, eligible, participating, substituted;
students listed, excluded, assessed); the word before the counted noun says which. A passage
whose number counts the claim's head noun under another word, while the claim's own word for
the kind is not in that sentence, counts something else: a different measure, no evidence,
never a contradiction (the issue's "a number is compared only with a number about the same
measure").

`guard_count_kinds` undecides each contradicting source check whose disagreeing counts are
all of that kind: the claim's count has a modifier before its head noun
(`compound_counts.counted_noun`: "eligible schools"), a common word (not a name) the quoted
sentence never prints, and every place the passage prints the disagreeing number it counts the
same head noun after another word ("participating schools"), not the bare head (which is
`guards_count_modifiers`'s case for confirmations, and may well be the claim's count). It is
the contradiction side of `guards_count_modifiers`. Whole numbers only; it only withholds.
"""

from __future__ import annotations

from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Quantity

from .compound_counts import is_count
from .guards_count_modifiers import counted_places
from .passages import content_terms
from .undecided import decided, undecide

__all__ = ["guard_count_kinds", "other_kind"]


def other_kind(claim_text: str, claimed: Quantity, quote: str, found: str) -> bool:
    """Whether the claim counts a modified noun ("eligible schools") whose modifier the quote
    never prints, and the quote prints `found` only before the same head noun under another
    word ("349 participating schools")."""
    read = counted_places(claim_text, claimed, quote, found)
    if read is None:
        return False  # no modified noun, a name's count, or the claim's kind said in the sentence
    _, head, nouns = read
    claim_terms = set(content_terms(claim_text))
    for _, there in nouns:
        if not there or head not in there:
            return False  # another noun, or none: not this guard's case
        before = set(there[:there.index(head)])
        if not before - claim_terms - {head}:
            return False  # the bare head, or only words the claim says
    return True


def guard_count_kinds(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradicting source check whose disagreeing counts all count another
    kind of the claim's counted noun (module docstring). In place."""
    counts = {quantity.text: quantity for quantity in claim.quantities if is_count(quantity)}
    if not counts:
        return
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        for evidence in check.evidence:
            pairs = [pair for pair in evidence.numbers
                     if not pair.agree and pair.claimed in counts]
            if pairs and all(other_kind(claim.text, counts[pair.claimed], evidence.quote,
                                        pair.found) for pair in pairs):
                undecide(check, f"Not decided: the passage's {pairs[0].found} counts "
                                "another kind of thing than the claim's (another word before "
                                "the same noun)")
                break
