"""An acronym the claim prints as itself is not also read as the initials of other words.

"With LM pre-training, the coupled-layer model reaches 93.6 on SUBJ" (unverified: LM
pre-training belongs to the shared-layer architecture, arXiv:1605.05101, Table 4, page 5) was
confirmed by Table 4's cell "+ LM × SUBJ: 93.6", whose caption says "shared-layer". The header
"LM" was said by the claim's "LM", and also, as initials, by "layer model" (the second piece
of "coupled-layer" and the word after it): every word of the claim then counted as said by
the cell, "coupled-layer" included, although the caption names another architecture.

The general fact: initials stand for words a text does not abbreviate. A claim that prints the
header's acronym itself says it by that word; reading the same acronym again out of the
initials of its other words lends the header's say to words it never printed ("layer model"),
and those are the words that tell one table's setting from another's. So a header acronym the
claim prints verbatim is said by that word only (`printed_itself`).
"""

from __future__ import annotations

from collections.abc import Sequence


def printed_itself(acronym: str, words: Sequence[str]) -> bool:
    """Whether the claim's `words` (casefolded) print the header `acronym` (casefolded) as a
    word of its own, so that its initials are not read out of other words."""
    return any(word == acronym for word in words)
