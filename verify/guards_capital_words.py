"""A label printed in capitals that reads as a stop word in lower case ("AS", "IT") is a name.

Every word matcher of the verifier casefolds before it drops stop words, so a row or column
label printed in capitals whose lower case is a stop word vanishes from both the claim and
the cell: "AS Reader" (the Attention Sum Reader, Cui et al., arXiv:1607.04423, Table 2) reads
as "Reader", and the row group "IT" (Italian, Bojanowski et al., arXiv:1607.04606, Table 2,
page 5) as nothing at all. Two true claims were contradicted so (red team 7): "The AS Reader
reaches 63.4% on the CBTest CN test set" by the cell "AoA Reader × CBTest CN / Test: 69.4" of
Table 4, the only table whose every row label the claim's "Reader" then named; and "On German
semantic analogies, cbow reaches 66.8" by "IT / Semantic × cbow: 54.7", the only "Semantic ×
cbow" cell whose row path the claim said in full once "IT" had vanished ("German" does not
name "DE").

`guard_capital_words` sets aside a deciding check when the claim prints such a word in
capitals (two letters or more, all capitals, a stop word in lower case) and nothing the
check's evidence prints (its quotes, locations and captions: "AN-AN translation accuracy"
names the adjective-noun phrases of P14-1059's Table 9) prints it; and a deciding table
check when the headers its quotes print (the text before the cell's value) hold such a word
that the claim neither prints in capitals nor names by a word it abbreviates, as a
two-letter header abbreviates (`header_vocabulary.names_word`: "Italian" names "IT", so "sisg
reaches 62.7 on Italian syntactic analogies" is still confirmed by "IT / Syntactic × sisg").
Only capitals count: a claim's "as" or "it" in lower case is the stop word. The guard only
ever undecides; it names no paper, table or word list beyond the stop words every matcher
drops.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .header_vocabulary import HeaderWord, names_word
from .header_words import claim_words_of
from .passages import _STOP_WORDS
from .undecided import DECIDING, evidence_text, undecide

__all__ = ["capital_stop_words", "guard_capital_words"]

_CAPITALS = re.compile(r"(?<![\w\-])([A-Z]{2,})(?![\w\-])")


def capital_stop_words(text: str) -> frozenset[str]:
    """The words of `text` printed in capitals whose lower case is a stop word."""
    return frozenset(word for word in _CAPITALS.findall(text) if word.casefold() in _STOP_WORDS)


def _prints(text: str, word: str) -> bool:
    """`text` prints `word` in capitals, between any non-letters ("AN-AN translation")."""
    return re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", text) is not None


def _headers(quote: str) -> str:
    """What a table quote prints before the cell's value ("IT / Semantic × cbow: 54.7")."""
    return quote.rpartition(":")[0]


def _abbreviated(word: str, claim_words: Iterable[str]) -> bool:
    """A claim word names the capitalised `word` as it names a two-letter header."""
    header = HeaderWord(word.casefold(), upper=True, capital=True)
    return any(names_word(header, claimed) for claimed in claim_words)


def guard_capital_words(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each deciding check that misses a capitalised stop word of the claim, and each
    deciding table check whose headers print one the claim does not (module docstring). In
    place."""
    said = capital_stop_words(claim.text)
    claim_words = [word for word in claim_words_of(claim.text) if len(word) > 2]
    for check in [check for check in checks if check.decisive and check.outcome in DECIDING]:
        quotes = [evidence.quote for evidence in check.evidence]
        text = evidence_text(check)
        missing = sorted(word for word in said if not _prints(text, word))
        if missing:
            undecide(check, f"The claim names \u201c{missing[0]}\u201d, printed in capitals, "
                            "and the evidence does not")
            continue
        if check.kind != CheckKind.table:
            continue
        unsaid = sorted(word for word in frozenset().union(
            *(capital_stop_words(_headers(quote)) for quote in quotes)) - said
            if not _abbreviated(word, claim_words))
        if unsaid:
            undecide(check, f"The cell's headers name \u201c{unsaid[0]}\u201d, printed in "
                            "capitals, and the claim does not")
