"""Precision guard: a range's two ends keep the names the passage gives them.

"Stroke mortality rates ranged from 29.7 deaths per 100,000 in Arkansas to 58.8 per 100,000 in
New York" (false) was confirmed by "Stroke mortality rates ranged from 29.7 deaths per 100,000
population (New York) to 58.8 per 100,000 (Arkansas)" (Keenan and Shaw, MMWR Supplement 60,
2011, page 63; round 29): both ends agree, joined by "to" as the claim joins them
(`range_pairs`), and both places are in the sentence, each at the other end.

The general fact: a range printed as "from x (A) to y (B)" or "from x in A to y in B" gives
its lowest value to A and its highest to B. A claim whose range names a place, group or
condition after each end ("from x in B to y in A") says whose each end is. When the passage
prints the claim's first end's name only in its second end's stretch, and the claim's second
end's name only in its first end's stretch, the passage gives each end to the other name: it
never supports the claim (`guard_range_owners`). An end's names are the capitalised words the
claim prints after its number, up to the next end or the end of its clause ("deaths" may stand
at either end; "Arkansas" stands where its value is); a word both stretches print names
neither end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence

from .passages import content_terms
from .undecided import SUPPORTING, undecide_by_evidence

# "from 29.7 ... to 58.8", "between 1 and 5": the claim's range, its two ends and what follows.
_RANGE = re.compile(
    r"\b(?:from|between)\s+(?P<low>[\d.,]*\d)(?P<one>[^;]{0,80}?)\s+(?:to|and|through)\s+"
    r"(?P<high>[\d.,]*\d)(?P<two>[^;.]{0,60})", re.IGNORECASE)
_END = re.compile(r"[;]|\.(?!\d)|,\s+(?:and|but|while|whereas)\b")


def _stretch_terms(text: str) -> set[str]:
    return set(content_terms(_END.split(text, maxsplit=1)[0]))


def _stretch_names(text: str) -> set[str]:
    """The capitalised words of a stretch of the claim ("Arkansas", "New York"), as terms."""
    stretch = _END.split(text, maxsplit=1)[0]
    return {term for word in re.findall(r"\b[A-Z][\w-]*", stretch)
            for term in content_terms(word)}


def _names(claim_text: str) -> tuple[set[str], set[str], str, str] | None:
    """The words the claim says of its range's first and second end, and the two ends."""
    match = _RANGE.search(claim_text)
    if match is None:
        return None
    one, two = _stretch_names(match["one"]), _stretch_names(match["two"])
    own_one, own_two = one - two, two - one
    if not own_one or not own_two:
        return None
    return own_one, own_two, match["low"], match["high"]


def _stretches(quote: str, low: str, high: str) -> tuple[set[str], set[str]] | None:
    """The words the passage prints after its `low` end (up to `high`) and after `high`."""
    first = re.search(rf"(?<![\d.,]){re.escape(low)}(?![\d])", quote)
    if first is None:
        return None
    second = re.search(rf"(?<![\d.,]){re.escape(high)}(?![\d])", quote[first.end():])
    if second is None:
        return None
    middle = quote[first.end():first.end() + second.start()]
    after = quote[first.end() + second.end():][:120]
    return set(content_terms(middle)), _stretch_terms(after)


def swapped_ends(claim_text: str, quote: str) -> str | None:
    """The claim's first end's name when `quote` prints it only at the other end of the range
    and the second end's name only at the first (module docstring), else None."""
    names = _names(claim_text)
    if names is None:
        return None
    own_one, own_two, low, high = names
    stretches = _stretches(quote, low, high)
    if stretches is None:
        return None
    first, second = stretches
    moved_one = own_one & second and not own_one & first
    moved_two = own_two & first and not own_two & second
    return sorted(own_one & second)[0] if moved_one and moved_two else None


def guard_range_owners(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage gives the claim's range ends to
    each other's names. In place."""
    if not _RANGE.search(claim.text):
        return

    def why(evidence: Evidence) -> str | None:
        word = swapped_ends(claim.text, evidence.quote or "")
        return None if word is None else (f"The passage gives the other end of the range to "
                                          f"\u201c{word}\u201d than the claim does")

    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, why)
