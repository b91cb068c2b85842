"""A count of things that a clause after the noun restricts ("the four studies analyzing
retrievable filters in injured patients") is no count of all of them (probe24c, round 24).

On Datta et al. (J Trauma Manag Outcomes 2010), "The review included 79 studies" (the pages
kept never give the number of studies) was contradicted by "Of the four studies analyzing
retrievable filters in injured patients, none reported filter migration or IVC occlusion
rates", and "The review included 4 studies" was confirmed by it. The paper's count is of the
studies that analyze one thing in one population: a subset, which a participle ("analyzing",
"treated") or a relative clause ("who", "that", "which", "where") after the counted noun
defines. The claim counts the noun with no such restriction.

`guard_restricted_counts` undecides each decisive source check when the claim counts a noun
(a quantity read with a counted unit), the quoted sentence prints every count of that unit
after "the" ("these", "those") and before the noun and a restricting clause (an indefinite
"on five data sets that represent a variety of domains" describes the whole set), and the
claim says none of the clause's content words: the sentence counts another, smaller set, and
its number neither confirms nor contradicts the claim's. A claim that says the restriction
("Four studies analyzed retrievable filters in injured patients") is left alone. It names no
paper or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim
from verify_claims.extract.quantity_numbers import NUMBER_WORD

from .passages import content_terms
from .quote_quantities import quote_quantities
from .undecided import DECIDING, decided, undecide

# After the count: optional words of the noun phrase (up to three), then the noun's own
# restriction: a participle ("analyzing", "treated with") or a relative pronoun.
_WORD = r"(?!(?:of|for|in|on|at|to|from|by|with|and|or|than|as|per)\b)[\w-]+"
# -ing words that are nouns or prepositions after a counted noun ("3 rounds of training").
# And participles that describe the whole set rather than pick a part of it ("seven tasks
# ranging from citation prediction to recommendation", "three corpora totalling 5M words").
_NOT_PARTICIPLES = (r"ranging|spanning|covering|consisting|comprising|containing|totall?ing"
                    r"|amounting|varying|following|regarding|concerning"
                    r"|being|including|during|according|training|testing|setting|string|thing"
                    r"|something|nothing|everything|meeting|building|morning|evening|learning"
                    r"|processing|embedding|encoding|reasoning|ranking|model+ing|sampling"
                    r"|tuning|pretraining|parsing|tagging|label+ing|spring|ring|king|wing")
_RESTRICTED = re.compile(
    rf"\s+(?:{_WORD}\s+){{0,2}}?{_WORD}\s+(?P<clause>(?:who|that|which|whose|where)\s+[\w-]+"
    rf"|(?!(?:{_NOT_PARTICIPLES})\b)[a-z]+ing\b"
    r"|(?!need\b|based\b)[a-z]+ed\s+(?:by|with|in|for|on|at|from)\b)(?P<rest>[^,;.]*)",
    re.IGNORECASE)


# The subset is one the sentence refers to: "Of the four studies analyzing ...", "these 12
# patients who ...". An indefinite count with a clause describes the whole set ("on five data
# sets that represent a variety of application domains").
_DEFINITE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
# What every count the guard reads starts with, after "the": a digit or sign, or a spelled
# number ("four", "a dozen", "half a dozen"). A sentence without one is passed over before
# its quantities are parsed, which costs 10 ms a sentence: parsing every quoted sentence made
# this guard 17 % of verification time (benchmarks/verify.py, round 25).
_DEFINITE_NUMBER = re.compile(
    rf"\b(?:the|these|those)\s+(?:[^\sA-Za-z]|half\b|a\s|{NUMBER_WORD.pattern})",
    re.IGNORECASE)


def _restriction(quote: str, start: int, end: int) -> set[str] | None:
    """The content terms of the restricting clause after the count at [start, end) of
    `quote`, or None when the count has no such clause."""
    match = _RESTRICTED.match(quote, end)
    if match is None:
        return None
    return set(content_terms(match.group("clause") + match.group("rest")))


def guard_restricted_counts(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source check whose sentence counts the claim's counted things
    only as a subset a clause restricts, a clause the claim does not say (module docstring).
    In place."""
    units = {quantity.unit for quantity in claim.quantities if quantity.unit}
    if not units:
        return
    said = set(content_terms(claim.text))
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        for evidence in check.evidence:
            quote = evidence.quote or ""
            if _DEFINITE_NUMBER.search(quote) is None:
                continue  # no count after "the": nothing here is a restricted subset
            counts = [quantity for quantity in quote_quantities(quote)
                      if quantity.unit in units]
            if not counts:
                continue
            if not all(_DEFINITE.search(quote, 0, quantity.span[0]) for quantity in counts):
                continue  # "on five data sets that represent ...": the whole, described
            clauses = [_restriction(quote, *quantity.span) for quantity in counts]
            if any(clause is None or not clause or clause & said for clause in clauses):
                continue
            undecide(check, "Not decided: the sentence counts only the things a clause after "
                            "the noun restricts (“"
                            f"{quote[counts[0].span[0]:].split(',')[0].strip()}”), which "
                            "the claim does not say")
            break
