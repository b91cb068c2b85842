"""Item numbers against counts: "buckets 17 through 20" numbers buckets, "4 buckets" counts
them (probe20c, round 20).

"Buckets 17 through 20 contained more than 13 million unreferenced sites" (true) was
contradicted by "These last 4 buckets contained the more than 13 million sites that were
unreferenced" (Gyöngyi et al., TrustRank, VLDB 2004, page 10): the claim's 20 was compared
with the count 4, both read as numbers of buckets. A number printed right after a noun, alone
or as an end of a list or range ("bucket 11", "buckets 9 and 10", "layers 3 to 5") names
which items; a number printed before the noun ("4 buckets") says how many. A claim that
numbers items of a noun, and counts none of them, is not contradicted by a passage that counts
the noun without printing the claim's item numbers: the two numbers are of different kinds
(`item_numbers`, `guard_counted_items`). It only withholds; it names no paper or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .undecided import decided, undecide

_NUMBER = r"\d+(?![\d.,]*\d)"
# A noun, then one number or a list or range of them: "buckets 17 through 20", "bucket 11".
_ITEMS = re.compile(rf"\b(?P<noun>[A-Za-z]{{3,}})\s+(?P<numbers>{_NUMBER}(?:\s*(?:,|and|or|to|"
                    rf"through|-|\u2013)\s*{_NUMBER})*)(?![\w.,%]*\d|\s*%)")
_ITEM_NUMBER = re.compile(r"\d+")
# Words that print a number after them without naming an item ("of 20", "was 4").
_NOT_ITEM_NOUNS = frozenset({"than", "from", "with", "were", "was", "are", "into", "for",
                             "and", "about", "around", "over", "under", "only", "all",
                             "the", "total", "nearly", "almost", "roughly", "approximately",
                             "least", "most", "top", "first", "last", "set", "equals",
                             "reaches", "contains", "contained", "has", "had", "have",
                             "uses", "used", "gives", "gave", "yields", "selected", "just"})


def _singular(noun: str) -> str:
    noun = noun.casefold()
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def item_numbers(text: str) -> dict[str, set[str]]:
    """The item numbers a text prints after a noun, by the noun's singular: "buckets 17
    through 20" -> {"bucket": {"17", "20"}}."""
    found: dict[str, set[str]] = {}
    for match in _ITEMS.finditer(text):
        noun = match["noun"].casefold()
        if noun in _NOT_ITEM_NOUNS or noun.endswith(("ly", "ed")):
            continue
        found.setdefault(_singular(noun), set()).update(
            _ITEM_NUMBER.findall(match["numbers"]))
    return found


def counts(text: str, noun: str) -> bool:
    """Whether `text` prints a number right before `noun` (or its plural), one word between at
    most: "4 buckets", "13 million sites", "20 PageRank buckets"."""
    return re.search(rf"(?<![\w.])\d[\d,.]*(?:\s+[A-Za-z\-]+)?\s+{re.escape(noun)}s?\b", text,
                     re.IGNORECASE) is not None


def guard_counted_items(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradicting source check whose passage counts a noun the claim only
    numbers items of, without printing the claim's item numbers (module docstring). In
    place."""
    items = item_numbers(claim.text)
    if not items:
        return
    for check in decided(checks, CheckKind.source, (Outcome.contradicted,)):
        quote = " ".join(evidence.quote or "" for evidence in check.evidence)
        printed = set(_ITEM_NUMBER.findall(quote))
        for noun, numbers in items.items():
            if not counts(claim.text, noun) and counts(quote, noun) \
                    and not numbers <= printed:
                undecide(check, f"Not contradicted: the claim numbers its {noun}s "
                                f"({', '.join(sorted(numbers, key=int))}); the passage counts "
                                "them")
                break
