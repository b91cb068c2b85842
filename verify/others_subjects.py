"""A number said of "these approaches" is other work's number.

"The network has three columns" (false of AMDCN, arXiv:1804.07821: it has five) was confirmed by
page 2's "Moreover, these approaches seem to saturate in performance at three columns, which
means the network is extracting information from fewer scales" (a probe of round 18): the
sentence prints "network" and "three columns", but the clause that holds the number is about
"these approaches", the earlier work the paragraph reviews.

The general fact: a clause whose subject points back, by "these", "those" or "such", to work
the text has just named ("these approaches", "such methods") gives its numbers to that work.
A claim that does not name that noun itself gives the number to another subject, and the
sentence decides nothing for it (`others_number`). Only pointing words count: "previous" or
"other" models also opened clauses about the paper's own baselines, and withheld a right
verdict of a blind corpus.

It names no paper, system or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

EXPLANATION = ("The passage gives the number to others' work (\"these approaches\"), which the "
               "claim does not name")
# A clause opening on work just named: "these approaches", "such deep methods".
_OTHERS = re.compile(
    r"(?:^|[.;,:]\s*|\b(?:and|but|while|whereas|moreover|however)\s+)"
    r"(?:moreover,?\s+|however,?\s+|in\s+addition,?\s+)?"
    r"(?:these|those|such)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(approach|method|model|work|system|technique|architecture|network)(?:e?s)\b",
    re.IGNORECASE)
# Where a clause ends: punctuation, or a conjunction that opens another clause.
_CLAUSE_END = re.compile(r"[.;]|,\s*(?:which|while|whereas|but|and)\b|\b(?:while|whereas)\b")


def others_number(claim_text: str, sentence_text: str, spans: Iterable[tuple[int, int]]) -> bool:
    """True when a number the claim gives sits in a clause of the sentence whose subject is
    others' work (module docstring), and the claim does not name that work's noun."""
    opened = _clauses(sentence_text)
    if not opened:  # most sentences: the claim's words need not be read
        return False
    said = [word.casefold() for word in re.findall(r"[A-Za-z]+", claim_text)]
    for noun, start, stop in opened:
        if any(word.startswith(noun) for word in said):
            continue
        if any(start <= number < stop for number, _ in spans):
            return True
    return False


@lru_cache(maxsize=16384)
def _clauses(sentence_text: str) -> tuple[tuple[str, int, int], ...]:
    """The sentence's clauses about others' work: the work's noun (folded) and where the clause
    runs. Remembered per sentence: every claim that reads the sentence asks it again."""
    found = []
    for match in _OTHERS.finditer(sentence_text):
        end = _CLAUSE_END.search(sentence_text, match.end())
        found.append((match[1].casefold(), match.end(),
                      end.start() if end else len(sentence_text)))
    return tuple(found)
