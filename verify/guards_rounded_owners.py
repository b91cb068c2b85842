"""A number that agrees with the claim's only roughly, when another number of the passage is the
one the claim's words go with (round 30).

"About 52% of individuals with Turner syndrome will have a structural abnormality of the second
X chromosome" (false: 40%) was confirmed by "Only ~50% of TS individuals have a 45, X karyotype
and 40% will have a structural abnormality of the second X chromosome" (Turner syndrome review,
BMB 2015, page 2): "about 52%" agrees with "~50%" within what "about" allows, and 50% is the
karyotype's share; the words after 40% are the claim's own. benchmarks/mutation_probes.py found
it (and "about 47%" alike).

The rule (`rounded_owner`): when the claim's number agrees with the passage's only roughly
(printed otherwise, with no more decimals than the passage's: "52%" and "50%", not "0.1151"
and "0.1", which the passage only rounds), the words that follow each number of the passage, up to
the next number, are weighed by how many of the claim's words they hold; when another number's
words hold at least two more of them, and three at least, the agreeing number is another
thing's, and the supporting check decides nothing. A number of the claim's very value, however
printed ("20x" and "20×", "60,826" and "60 826"), is left to the other guards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .passages import content_terms
from .undecided import supporting_sources, undecide

__all__ = ["guard_rounded_owners", "rounded_owner"]

_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?%?")
_FOLLOWING_WORDS = 12
_MARGIN, _LEAST = 2, 3


def _followers(quote: str) -> list[tuple[str, set[str]]]:
    """Each number of `quote` with the content terms of the words after it, up to the next
    number or clause end (at most `_FOLLOWING_WORDS` words)."""
    places = list(_NUMBER.finditer(quote))
    found = []
    for at, place in enumerate(places):
        end = places[at + 1].start() if at + 1 < len(places) else len(quote)
        stretch = re.split(r"[;:]", quote[place.end():end], maxsplit=1)[0]
        words = " ".join(stretch.split()[:_FOLLOWING_WORDS])
        found.append((place.group(0), set(content_terms(words))))
    return found


def _decimals(number: str) -> int:
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", number)
    return len(digits.group(1) or "") if digits else 0


def rounded_owner(claim_text: str, claimed: str, found: str, quote: str) -> str | None:
    """The number of `quote` whose following words hold more of the claim than `found`'s,
    when `found` agrees with `claimed` only roughly (module docstring); else None."""
    if found.strip() == claimed.strip() or _decimals(claimed) > _decimals(found):
        return None  # as printed, or the passage rounds the claim's ("0.1" for "0.1151")
    said = set(content_terms(claim_text))
    leading = _NUMBER.search(found)
    if leading is None:
        return None
    bare = leading.group(0).rstrip("%")  # "40" of "40 percent"
    scored = [(number, len(words & said)) for number, words in _followers(quote)]
    own = max((score for number, score in scored if number.rstrip("%") == bare), default=None)
    if own is None:
        return None
    return next((number for number, score in scored if number.rstrip("%") != bare
                 and score >= max(own + _MARGIN, _LEAST)), None)


def guard_rounded_owners(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose roughly agreeing number is another thing's
    (module docstring). In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            owner = next(((pair, number) for pair in evidence.numbers
                          if pair.agree and pair.found
                          and abs(pair.claimed_value - pair.found_value) > 1e-9  # "20x", "20×"
                          and (number := rounded_owner(claim.text, pair.claimed, pair.found,
                                                       evidence.quote or ""))), None)
            if owner is not None:
                pair, number = owner
                undecide(check, f"Not confirmed: the passage's {pair.found} agrees with the "
                                f"claim's {pair.claimed} only roughly, and the claim's words "
                                f"go with its {number}")
                break
