"""A claim that states a share in words ("trained on a tenth of the data") is confirmed only by
evidence that states that share too.

The quantity parser reads "10%" and "0.1" but no fraction in words ("a tenth", "a quarter",
"two thirds", "half of"), so such a share takes part in no number pair, and the word is weighed
like any other word of the claim: "Trained on a tenth of the data, the RoBERTa variant reaches a
macro F1 of 83.2 on the Grobid subset" (no such run; Lo et al., papermage, EMNLP 2023 demo,
Table 2 prints 83.2 for RoBERTa on the full data) was held by the RoBERTa cell, its missing words
at 0.298 of the claim's weight, just under the 0.3 the table check allows (tests/real/tables;
the paper's footnotes, read since round 33, had moved its word weights by 0.005). A share is no
word a paraphrase may drop: it is a condition of the result, like a year or a count. A
supported check whose evidence (quotes, locations, captions) prints neither the fraction's words
nor its value ("10%", "0.1", "1/10", "10 percent") is set aside. Contradictions are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import SUPPORTING, evidence_text, undecide

__all__ = ["guard_fraction_words", "unprinted_fraction"]

_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4,
                 "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
                 "sixth": 6, "tenth": 10, "tenths": 10, "hundredth": 100}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
# "a tenth of", "two-thirds of", "one quarter of", "half of" / "half the": a share of something.
_FRACTION = re.compile(
    r"\b(?:(?P<count>a|an|one|two|three|four|nine)[\s-]+)?(?P<part>"
    + "|".join(sorted(_DENOMINATORS, key=len, reverse=True)) + r")\s+(?:of|the)\b",
    re.IGNORECASE)


def _printed_forms(count: int, denominator: int) -> list[re.Pattern[str]]:
    """How evidence may print the share count/denominator: as a percentage, a decimal or a
    slash fraction."""
    share = 100 * count / denominator
    percent = f"{share:.1f}".rstrip("0").rstrip(".")
    decimal = f"{count / denominator:.3f}".rstrip("0")
    return [re.compile(rf"(?<![\d.]){re.escape(percent)}\s*(?:%|percent)"),
            re.compile(rf"(?<![\d.]){re.escape(decimal.lstrip('0'))}(?!\d)"),
            re.compile(rf"(?<![\d.]){count}\s*/\s*{denominator}(?!\d)")]


def _worded(count: int, part: str, printed: str) -> bool:
    """Whether `printed` words the same share: "two thirds" / "two-thirds" for two thirds; for
    one part, the part's word not counted by a larger number ("a third", not "two thirds")."""
    stem = "hal(?:f|ves)" if part.startswith("hal") else part.rstrip("s")
    counted = re.compile(rf"\b(?:(?P<count>\w+)[\s-]+)?{stem}", re.IGNORECASE)
    for match in counted.finditer(printed):
        said = (match.group("count") or "").casefold()
        value = _COUNTS.get(said, int(said) if said.isdigit() else 1)
        if value == count:
            return True
    return False


def unprinted_fraction(claim_text: str, printed: str) -> str | None:
    """The claim's first fraction in words ("a tenth of") that `printed` states neither in
    words nor as a number; None when every one is printed (or the claim states none)."""
    for match in _FRACTION.finditer(claim_text):
        part = match.group("part").casefold()
        count = _COUNTS.get((match.group("count") or "a").casefold(), 1)
        denominator = _DENOMINATORS[part]
        if _worded(count, part, printed):
            continue
        if any(form.search(printed) for form in _printed_forms(count, denominator)):
            continue
        return match.group(0).rsplit(" ", 1)[0]
    return None


def guard_fraction_words(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting check whose evidence does not state the share the claim states
    in words (module docstring). In place."""
    for check in checks:
        if not check.decisive or check.outcome not in SUPPORTING:
            continue
        fraction = unprinted_fraction(claim.text, evidence_text(check))
        if fraction is not None:
            undecide(check, f"The claim states a share, \u201c{fraction}\u201d, which the "
                            "evidence does not print")
