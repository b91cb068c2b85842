""""A has an advantage over B": a comparison worded with a noun, read like "A outperforms B".

"The sequence model has a clear advantage over the boundary model in exact match" (false) was
confirmed by "In particular, in terms of the exact match score, the boundary model has a clear
advantage over the sequence model" (arXiv:1608.07905, page 7): every word of the claim is in
the sentence, with no direction word flipped, but the two models have changed places. The
comparison reader (verify/comparisons.py) finds a claim's two arguments around a comparative
verb or adjective ("outperforms", "better than"); "has an advantage over" is a comparison too,
one the field writes as often, and without it the claim was read as comparing nothing.

The general fact: "advantage over" (and "edge over", "lead over", "gain over"), after a verb of
having ("has", "holds", "gives", "shows") and an optional article and adjective, states that
its subject ranks above what follows, like "outperforms"; "at a disadvantage against/to" and
"disadvantage compared with" the other way. `ADVANTAGE_UP` and `ADVANTAGE_DOWN` are those
phrases as regular expression alternatives, joined to the comparison reader's comparatives, so
a claim that swaps the two sides is not kept by the sentence (`comparisons.comparison_kept`).
"""

from __future__ import annotations

_HAVING = r"(?:ha(?:s|ve|d|ving)|holds?|held|gives?|gave|shows?|showed|enjoys?)"
_NOUN_UP = r"(?:advantage|edge|lead)"
# the article and at most one adjective between the verb and the noun ("a clear advantage")
_BETWEEN = r"\s+(?:(?:an?|the|some|its|their)\s+)?(?:[a-z]+\s+)?"

ADVANTAGE_UP = rf"{_HAVING}{_BETWEEN}{_NOUN_UP}\s+over"
ADVANTAGE_DOWN = (r"(?:at\s+an?\s+(?:[a-z]+\s+)?disadvantage\s+"
                  r"(?:against|to|compared\s+(?:with|to)))")
