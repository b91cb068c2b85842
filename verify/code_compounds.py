"""A code or acronym hyphenated to a noun is a word of the passage: "l2-regularization" says
"l2" and "regularization", "CNN-based" says "CNN".

Terms are words cut to five letters (verify/passages.py `content_terms`), and a hyphenated
word is cut whole: "l2-regularization" became "l2-re", so a claim writing "The l2
regularization is set to 0.0001" lacked its "l2" in the paper's "we adopted l2-regularization
to 0.0001" (Cui et al., attention-over-attention reader, arXiv:1607.04423, page 6), and the
passage could not confirm it. A four-letter word before the hyphen was already its own term
("BLEU-4", "test-nc": its cut ends in the hyphen, verify/passage_windows.py); a shorter one was
lost in the cut.

Only a first piece that is a code (letters with a digit: "l2", "L1", "fp16") or an acronym
(two capitals or more: "CNN", "NER") counts: a lower-case prefix ("non-linear", "pre-trained",
"un-", "multi-") changes the word it joins, so "non-linear" never says "linear". And only
before a lower-case word of four letters or more that names no variant: "B2C-M" and
"T5-small" are systems of their own, and a claim about "B2C" is not said by a row "B2C-M"
(benchmarks/mutations.py seed 0, paper ding11: "B2C-M scores 0.241 in Rank loss, and B2C
0.281" was confirmed from the B2C-M cell).
"""

from __future__ import annotations

import re

from .passages import content_terms

__all__ = ["code_compound_terms"]

_COMPOUND = re.compile(
    r"(?<![\w\-])([A-Za-z]+[0-9][A-Za-z0-9]*|[A-Z]{2,}[a-z]?)-([a-z]{4,})(?![\w\-])")
_VARIANTS = frozenset(("base", "large", "small", "tiny", "mini", "medium", "huge", "lite", "plus",
                       "giant", "big", "xlarge", "xxlarge", "uncased", "cased", "only", "free"))
"""Words after a hyphen that name a variant of the system before it ("T5-small")."""


def code_compound_terms(words: str) -> set[str]:
    """The terms of each code or acronym hyphenated to a word in `words`, and of that word."""
    terms: set[str] = set()
    for match in _COMPOUND.finditer(words):
        if match.group(2) in _VARIANTS:
            continue
        for piece in match.groups():
            terms.update(content_terms(piece))
    return terms
