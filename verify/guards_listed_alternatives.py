"""A sentence's number that sits beside another alternative of a list the paper prints
(probe24b: Srivastava and Upadhyay, Middle-East J. Sci. Res. 2015).

The paper designs "single, double and triple treatment of larvae" and then reports "the
maximum level of 12.45±0.25 µg/mg in case of triple treated larvae with 30% phytojuvenoid
concentration". "Double treated larvae at 30% concentration had a total protein content of
12.45 µg/mg" (false: 12.18) was confirmed by that sentence: "double" is a word the paper says
on every page, so the match let it go unsaid. And "Single treated larvae at 40% concentration
had a total protein content of 9.75 µg/mg" (false) was confirmed by "... increased in single
treated larvae but further increase ... caused decline ... which reached to the minimum level
of 9.75±0.21 µg/mg in triple treated larvae": the sentence says "single", but of another
clause; its 9.75 is printed beside "triple".

The general fact: a paper that lists words as alternatives ("single, double and triple", "a,
b and c" or "a, b or c", lower-case words, no number words) makes each the name of a case.
When a claim names one of them, a decisive sentence's number read for the claim belongs to the
alternative printed nearest to it in its clause (up to a comma, ";", ":", "but", "which",
"while", "whereas", "although"; the 40% of "In case of larval treatment with 40%
phytojuvenoid concentration, ..." is every alternative's): when that is another alternative,
one the claim does not name, the sentence gives the number for the other case, and it decides
nothing either way (`guard_listed_alternatives`). A claim naming two alternatives of one list,
or none, is left alone.

The same holds of a number that sets the case ("at 20% concentration"): "Triple treated larvae at
20% concentration had a total protein content of 11.80 µg/mg" (true) was contradicted by "With
the increasing number of larval treatment with 10, 20 and 30% phytojuvenoid concentration, ...
reached to the maximum level of 12.45±0.25 µg/mg in case of triple treated larvae with 30%
phytojuvenoid concentration": the sentence prints the claim's 20 in its list of cases, but the
clause of its 12.45 gives that value's own case, 30%. When a claimed number with a unit is
printed in the sentence outside the clause of the number the check read, and that clause prints
another number of the same unit and none the claim prints, the value is the other case's, and
the contradiction decides nothing (`clause_setting`). It names no paper, word or number; it only
withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper

from .paper_memo import per_paper, sentence_triples
from .undecided import DECIDING, decided, undecide

__all__ = ["clause_setting", "guard_listed_alternatives", "listed_alternatives",
           "nearest_alternative"]

# "A, B and C ... x, y and z, respectively" says whose each number is: no number there sits
# beside another alternative (round 25: "the n-hexane, chloroform and methanol soluble
# fractions ... having LC50 2.17 µg/ml, 2.77 µg/ml and 2.46 µg/ml, respectively", Alam et al.
# 2009, read 2.17 as methanol's, the alternative printed nearest to it).
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_LIST = re.compile(r"\b([a-z]{3,}), ([a-z]{3,}),? (?:and|or) ([a-z]{3,})\b")
_WORD = re.compile(r"[A-Za-z]+")
_CLAUSE_END = re.compile(r"[,;:]|\s(?:but|which|while|whereas|although|though)\s")
_NUMBER_WORDS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "first", "second", "third", "fourth", "fifth", "sixth", "half", "once", "twice",
     "thrice", "none", "zero"])
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-Z])")
_NOT_ALTERNATIVES = frozenset(
    ["and", "the", "for", "with", "from", "that", "this", "these", "those", "are", "was",
     "were", "has", "have", "had", "its", "their", "not", "but", "also", "then", "than", "more",
     "most", "less", "such", "each", "all", "any", "both"])


def _alternatives(paper: Paper) -> list[frozenset[str]]:
    return sentence_triples(paper, _LIST, _NOT_ALTERNATIVES | _NUMBER_WORDS)


def listed_alternatives(paper: Paper) -> list[frozenset[str]]:
    """The lists of three lower-case words the paper prints as alternatives ("single, double
    and triple"), each as a set of words, once per paper."""
    return per_paper(paper, "listed_alternatives", _alternatives)


def _number_at(text: str, number: str) -> int | None:
    match = re.search(r"(?<![\d.])" + re.escape(number.strip()) + r"(?![\d])", text)
    return match.start() if match else None


def _clause_at(sentence: str, position: int) -> tuple[str, int]:
    """The clause of `sentence` that holds `position`, and where it starts."""
    start, end = 0, len(sentence)
    for match in _CLAUSE_END.finditer(sentence):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return sentence[start:end], start


def nearest_alternative(sentence: str, position: int, words: frozenset[str]) -> str | None:
    """The word of `words` printed nearest to `position` of `sentence` (case aside) in the
    clause that holds it, or None when that clause prints none of them."""
    clause, start = _clause_at(sentence, position)
    position -= start
    best: tuple[int, str] | None = None
    for match in _WORD.finditer(clause):
        word = match.group().lower()
        if word not in words:
            continue
        distance = position - match.end() if match.end() <= position else match.start() - position
        if best is None or abs(distance) < best[0]:
            best = (abs(distance), word)
    return best[1] if best else None


def _other_case(claim_words: set[str], quote: str, found: Iterable[str],
                lists: list[frozenset[str]]) -> tuple[str, str, str] | None:
    for words in lists:
        named = words & claim_words
        if len(named) != 1:
            continue
        (mine,) = named
        for number in found:
            at = _number_at(quote, number)
            if at is None:
                continue
            sentence = next((part for part in _sentences_at(quote, at)), None)
            if sentence is None:
                continue
            text, start = sentence
            nearest = nearest_alternative(text, at - start, words)
            if nearest is not None and nearest != mine and nearest not in claim_words:
                return number, nearest, mine
    return None


def _sentences_at(quote: str, at: int) -> Iterable[tuple[str, int]]:
    start = 0
    for match in _SENTENCE_END.finditer(quote):
        if match.start() >= at:
            break
        start = match.end()
    end = _SENTENCE_END.search(quote, at)
    yield quote[start:end.start() if end else len(quote)], start


def _value_pattern(value: float) -> str:
    text = f"{value:g}"
    return r"(?<![\d.])" + re.escape(text) + r"(?:\.0+)?(?![\d]|\.\d)"


def clause_setting(claim: Claim, quote: str, found: str, claimed: float) -> str | None:
    """The number of the clause of `found` (a number of `quote`, read for the claim's
    `claimed`) that sets another case than a number of the claim with a unit, which the
    sentence prints outside that clause; else None (module docstring)."""
    at = _number_at(quote, found)
    if at is None:
        return None
    sentence, start = next(iter(_sentences_at(quote, at)))
    clause, clause_start = _clause_at(sentence, at - start)
    outside = sentence[:clause_start] + " | " + sentence[clause_start + len(clause):]
    for quantity in claim.quantities:
        if abs(quantity.value - claimed) < 1e-9 or not quantity.unit:
            continue
        unit = re.escape(quantity.unit)
        if not re.search(_value_pattern(quantity.value), outside):
            continue
        printed = [float(match.group(1)) for match in re.finditer(
            r"(?<![\d.])(\d+(?:\.\d+)?)\s*" + unit + r"(?![A-Za-z])", clause)]
        claimed_values = [other.value for other in claim.quantities]
        if printed and all(abs(value - other) > 1e-9
                           for value in printed for other in claimed_values):
            return f"{printed[0]:g}{quantity.unit if quantity.unit == '%' else ' ' + quantity.unit}"
    return None


def _setting_guard(claim: Claim, checks: Iterable[Check]) -> None:
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        for evidence in check.evidence:
            other = next((found for pair in evidence.numbers if pair.found and (
                found := clause_setting(claim, evidence.quote or "", pair.found,
                                        pair.claimed_value))), None)
            if other is not None:
                undecide(check, f"Not decided: the clause of the passage's number gives it "
                                f"for {other}, another case than the claim's")
                break


def guard_listed_alternatives(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive source check whose number sits beside another alternative
    than the one the claim names, or in a clause of another case (module docstring). In
    place."""
    _setting_guard(claim, checks)
    lists = listed_alternatives(paper)
    if not lists:
        return
    claim_words = {word.lower() for word in _WORD.findall(claim.text)}
    if not any(words & claim_words for words in lists):
        return
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        for evidence in check.evidence:
            if _RESPECTIVELY.search(evidence.quote or ""):
                continue  # the list pairs its numbers with its names (guards_respectively)
            found = [pair.found for pair in evidence.numbers if pair.found]
            other = _other_case(claim_words, evidence.quote or "", found, lists)
            if other is not None:
                number, nearest, mine = other
                undecide(check, f"Not decided: the passage prints {number} beside "
                                f"\u201c{nearest}\u201d, an alternative to the claim's "
                                f"\u201c{mine}\u201d")
                break
