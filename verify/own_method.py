"""A table's "Ours" row is the method the paper proposes, which a report calls by that role.

Clark and Divvala (Looking Beyond Text, 2015, page 5) print their results in Tables 1 and 2 in a
row labelled "Ours", beside "Praczyk and Nogueras-Iso" and "pdfimages". A report about the paper
writes "On table extraction, the proposed method achieves an F1 of 0.939" (true: Ours × F1 of
Table 2): no word of the claim says the header "Ours", so no cell was picked and the claim, like
every claim about the paper's own results, stayed unverified.

The general fact: papers label their own method's row "Ours" (or "Our method", "(ours)"), and
a synthesis report, which speaks of the paper from outside, calls that method "the proposed
method", "our method" (quoting the paper) or "the authors' system". So the header words "ours"
and "our" are said by such a phrase of the claim: "the proposed", "the authors'", "our"
followed by method, system, approach, model, algorithm, framework, technique or pipeline
(`own_method_words`: the positions of those words among the claim's words). "Praczyk's proposed
method" is another author's method ("the" must open the phrase), and a header such as
"Proposed" is said by the claim's own word already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["OWN_HEADERS", "own_method_words"]

OWN_HEADERS = frozenset(("ours", "our"))
"""Header words that name the paper's own method."""

_OWN = re.compile(r"\b(?:the\s+(?:proposed|authors['\u2019]?)|our)\s+"
                  r"(?:method|system|approach|model|algorithm|framework|technique|pipeline)s?\b",
                  re.IGNORECASE)


def own_method_words(text: str, starts: Sequence[int]) -> frozenset[int]:
    """The positions (indexes into the claim's words, which begin at `starts`) of the words
    of each phrase of `text` that names the paper's own method (module docstring)."""
    folded = text.casefold()
    if "our" not in folded and "propos" not in folded and "author" not in folded:
        return frozenset()
    spans = [match.span() for match in _OWN.finditer(text)]
    return frozenset(index for index, start in enumerate(starts)
                     if any(low <= start < high for low, high in spans))
