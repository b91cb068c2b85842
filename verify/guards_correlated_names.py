"""A correlation is between two things, and the sentence that gives its statistic names both
(probe35b, round 35: Hu et al., Appl. Environ. Microbiol. 77 (2011), page 4).

The paper gives two correlations in two sentences of one paragraph: "The MGI 16S rRNA gene
abundance was significantly correlated with the archaeal 16S rRNA gene abundance (R2 = 0.86;
P < 0.001)" and, two sentences on, "the crenarchaeal amoA and MGI 16S rRNA genes were
significantly correlated with each other (R2 = 0.83; P < 0.001)". The claim "Crenarchaeal amoA
and MGI 16S rRNA gene abundances were correlated with an R2 of 0.86" (false: 0.83) was
confirmed by the first: it prints the claim's number, its "correlated" and "MGI 16S rRNA", and
the passage around it lends "amoA". But a correlation's number belongs to the pair its own
sentence names: a thing the sentence does not name is not one of the two it correlates.

The rule (`unnamed_correlate`): when the claim states a correlation and the supporting
sentence states one too, every name of the claim written as a code (a word holding a digit
beside a letter, or a capital after its first letter: "amoA", "rRNA", "MGI", "16S") must be
printed in that sentence itself, and so must a word set right before one of them, which says
which of its kind ("archaeal 16S": "The MGI 16S rRNA gene abundance was significantly
correlated with the archaeal 16S rRNA gene abundance (R2 = 0.83)" was confirmed by the amoA/MGI
sentence, which prints "crenarchaeal" and lets the passage lend "archaeal"); a statistic's own
symbol ("R2", "r2") is none. Only the
sentence that prints the number counts, not the neighbours a passage lends. It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import undecide_by_sentence

__all__ = ["codes", "guard_correlated_names", "unnamed_correlate"]

_CORRELATION = re.compile(r"\bcorrelat\w*", re.I)
_WORD = re.compile(r"(?<![\w\-])[A-Za-z0-9]+(?![\w])")
# A statistic's symbol: one letter and its power or index ("R2", "r2").
_SYMBOL = re.compile(r"[A-Za-z]\d")


def codes(text: str) -> list[str]:
    """The words of `text` written as codes (module docstring), in order."""
    found = []
    for word in _WORD.findall(text):
        letters, digits = any(c.isalpha() for c in word), any(c.isdigit() for c in word)
        inner_capital = any(c.isupper() for c in word[1:])
        if ((letters and digits) or (inner_capital and not digits)) \
                and not _SYMBOL.fullmatch(word) and word not in found:
            found.append(word)
    return found


# A word that qualifies the coded name after it ("archaeal 16S"): four letters or more, no
# function word.
_QUALIFIER = re.compile(r"(?<![\w\-])([A-Za-z]{4,})\s+(?=[A-Za-z0-9]+(?![\w]))")
_FUNCTION = frozenset(("with", "between", "from", "that", "than", "were", "was", "and", "the",
                       "their", "these", "those", "both", "each", "also"))


def _qualifiers(text: str, coded: list[str]) -> list[str]:
    """The words of `text` set right before one of its coded names (module docstring)."""
    found = []
    for match in _QUALIFIER.finditer(text):
        after = _WORD.match(text, match.end())
        word = match.group(1)
        if after and after.group() in coded and word.casefold() not in _FUNCTION \
                and word not in coded and word not in found:
            found.append(word)
    return found


def unnamed_correlate(claim_text: str, sentence: str) -> str | None:
    """The first coded name of a correlation claim, or word set right before one, that the
    sentence, stating a correlation too, does not print; None when there is none or either
    states no correlation."""
    if not _CORRELATION.search(claim_text) or not _CORRELATION.search(sentence):
        return None
    printed = {word.casefold() for word in _WORD.findall(sentence)}
    coded = codes(claim_text)
    return next((word for word in [*coded, *_qualifiers(claim_text, coded)]
                 if word.casefold() not in printed), None)


def guard_correlated_names(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose own sentence (its first quote) correlates
    a pair that lacks a coded name of the claim's correlation (module docstring). In place."""
    if not _CORRELATION.search(claim.text):
        return
    def why(quote: str) -> str | None:
        missing = unnamed_correlate(claim.text, quote)
        return None if missing is None else (
            f"The sentence that gives the correlation does not name \u201c{missing}\u201d, "
            "which the claim correlates")

    undecide_by_sentence(checks, why)
