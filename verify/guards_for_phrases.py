"""A number a sentence gives "for" something the claim does not name is that thing's number.

Setup and speed sentences pair each of their numbers with what it holds for by a "for"
phrase after it: "The step size is set to 0.025 for the skipgram baseline and to 0.05 for both
our model and the cbow baseline"; "we process 105k words/second/thread versus 145k
words/second/thread for the baseline" (Bojanowski et al., arXiv:1607.04606, page 4). The
passage check matched the claim's words anywhere in the sentence and its number to one of the
sentence's numbers, so "The step size is set to 0.025 for the cbow baseline" (false: 0.05)
and "The model with character n-grams processes 145k words per second per thread" (false:
105k; 145k is the baseline's) were confirmed.

`guard_for_phrases` sets aside a supporting passage when the number it matched is followed,
within two words ("words/second/thread"), by "for" and a phrase, the sentence prints another
number, and the claim says none of the words that set this phrase apart from the rest of the
sentence ("skipgram" in the first; "baseline" in the second). A claim naming the phrase
("The skipgram baseline's step size is 0.025") stands, as does a sentence with one number
("we obtain 91.2 F1 for English"), and a phrase that holds for several things ("We used a
beam size of 21 and alpha = 0.3 for both WSJ only and the semi-supervised setting",
arXiv:1706.03762). The guard only ever undecides.

A "for" phrase may bound a variable instead of naming a thing: "the momentum term was set to
α(t) = 0.5 for t < 250 and α(t) = 0.8 for t ≥ 250" (van der Maaten and Hinton, t-SNE, JMLR
2008, page 2588) confirmed "The momentum term was set to 0.8 for t < 250", the phrase's words
("t") being the claim's. When the claim bounds the same variable by the same number after its
number ("0.8 for t < 250") and the passage bounds it the other way after the matched number
("0.8 for t ≥ 250"), the number holds under another condition (`guard_for_bounds`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence

from .passages import content_terms
from .undecided import SUPPORTING, supporting_sources, undecide, undecide_by_evidence

__all__ = ["SHARED", "for_phrase", "guard_for_phrases", "number_phrases"]

_NUMBER = re.compile(r"(?<![\w.])[-\u2212]?\d[\d,]*(?:\.\d+)?[kKmMbB%]?(?![\w.]*\d)")
# After a number: at most two words without digits, then "for" and its phrase, which ends at a
# clause break, a conjunction or another number.
_FOR = re.compile(r"^(?:\s+[^\s\d]+){0,2}?\s+for\s+(?P<phrase>[^,;:.()\d]+?)"
                  r"(?=\s+(?:and|versus|vs|while|whereas|but|or|to)\b|[,;:.()\d]|$)")


SHARED = frozenset({"both", "all", "each", "every", "either", "any"})
"""A "for" phrase opening with one of these holds for several things, none set apart."""


def for_phrase(text: str, end: int) -> tuple[int, int] | None:
    """Where the "for" phrase after the number that ends at `end` of `text` is, if any."""
    match = _FOR.match(text[end:])
    return (end + match.start("phrase"), end + match.end("phrase")) if match else None


def number_phrases(quote: str) -> list[tuple[str, tuple[int, int] | None]]:
    """Each number of `quote` as printed, with where its "for" phrase is."""
    return [(match.group(), for_phrase(quote, match.end())) for match in _NUMBER.finditer(quote)]


def _printed(text: str) -> str:
    return text.replace("\u2212", "-").replace(",", "")


def guard_for_phrases(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting passage whose matched number is given "for" something the
    claim does not name (module docstring). In place."""
    said = set(content_terms(claim.text))
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            found = [_printed(number.found) for number in evidence.numbers if number.found]
            numbers = number_phrases(evidence.quote)
            for number, span in numbers:
                if span is None or _printed(number) not in found or not any(
                        _printed(other) != _printed(number) for other, _ in numbers):
                    continue
                quote = evidence.quote
                phrase = quote[span[0]:span[1]]
                if phrase.split()[0].casefold() in SHARED:
                    continue  # "for both WSJ only and the semi-supervised setting": for all
                elsewhere = set(content_terms(quote[:span[0]] + " " + quote[span[1]:]))
                own = [term for term in content_terms(phrase) if term not in elsewhere]
                if own and not said.intersection(own):
                    undecide(check, f"The passage gives {number} for \u201c{phrase}\u201d, "
                                    "which the claim does not name")
                    break
            if not check.decisive:
                break


_BOUND = re.compile(r"\s*(?:for|when|if|with|at)\s+([A-Za-z]\w*)\s*(<=|>=|\u2264|\u2265|<|>)\s*"
                    r"(\d[\d,]*(?:\.\d+)?)")
_SAME_OP = {"<=": "\u2264", ">=": "\u2265"}
_OPERATOR = re.compile(r"[<>\u2264\u2265]")


def bounds_after(text: str, number: str) -> list[tuple[str, str, str]]:
    """(variable, operator, bound) of each "for t < 250" right after a printing of `number`."""
    found: list[tuple[str, str, str]] = []
    if not _OPERATOR.search(text):
        return found  # most texts bound nothing: no pattern is built for their number
    for match in re.finditer(rf"(?<![\w.]){re.escape(number)}(?![\w.]*\d)", text):
        bound = _BOUND.match(text, match.end())
        if bound:
            found.append((bound[1], _SAME_OP.get(bound[2], bound[2]), bound[3].replace(",", "")))
    return found


def guard_for_bounds(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting passage that bounds the claim's variable the other way after
    the matched number (module docstring). In place."""
    def why(evidence: Evidence) -> str | None:
        clash = next((theirs for pair in evidence.numbers if pair.agree and pair.found
                      for mine in bounds_after(claim.text, pair.claimed)
                      for theirs in bounds_after(evidence.quote or "", pair.found)
                      if mine[0] == theirs[0] and mine[2] == theirs[2] and mine[1] != theirs[1]),
                     None)
        return None if clash is None else (f"The passage gives its number for {clash[0]} "
                                           f"{clash[1]} {clash[2]}, another condition than the "
                                           f"claim's")

    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, why)
