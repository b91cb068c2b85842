"""A name with a subscript, as a report writes it and as a PDF prints it (round 23, rec23).

A table sets a variant's name with a subscript ("USE_T", "USE_D": Cer et al., arXiv:1803.11175,
Table 2; "BERT_BASE"), and the PDF's text gives the subscript as a word of its own after a
space: "USE T", "USE D". A report writes the name with the underscore of its LaTeX source,
"USE_T", so the claim's name was never found in the row label "Sentence Embedding Transfer
Learning / USE T", and every claim about those rows stayed unverified (red team 9: ten claims).

`subscript_terms` gives a passage's terms for each word followed by a short word (a subscript
of one to four letters or digits), joined by an underscore as the claim writes it: "USE T" also
says "use_t". Only a claim term with an underscore can meet such a term, so nothing else reads
it; and "USE_T" still is not "USE_D" ("use_d" is another term).
"""

from __future__ import annotations

import re

from .passages import content_terms

# A lookahead, so that pairs overlap: "A B C" gives "a_b" and "b_c".
_SUBSCRIPTED = re.compile(r"(?<![\w_])(?=([A-Za-z][A-Za-z0-9]*)\s+([A-Za-z0-9]{1,4})(?![\w_]))")


def subscript_terms(words: str) -> frozenset[str]:
    """The underscore-joined terms of each word and the short word after it ("USE T" gives
    "use_t"), for claims that write a subscripted name with its underscore."""
    if not words:
        return frozenset()
    found = set()
    for match in _SUBSCRIPTED.finditer(words):
        found.update(content_terms(f"{match[1]}_{match[2]}")[:1])
    return frozenset(term for term in found if "_" in term)
