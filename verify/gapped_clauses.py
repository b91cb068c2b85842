"""A number of a gapped clause is about the word that clause puts in the claim's slot (round 25,
probe25b: Agyeman-Duah et al., BMC Health Services Research 2014).

"41% of the 1077 admissions in June 2010 were during the day shift (8 am to 4 pm) and 59%
during the night shift (4 pm to 8 am)" (page 4) prints the claim "59% of the 1077 admissions
in June 2010 were during the day shift" (false) nearly word for word: its 59%, its 1077, "day"
and "shift". But the 59% stands in a clause of its own, the verb and the subject left out
("and 59% during the night shift"), and that clause says "night" where the claim says "day".

The general fact: a sentence that lists values in parallel clauses ("A% ... X ..., and B% ...
Y ...") states each value of its own clause's words. When the claimed number opens a later
clause (gapped: its subject and verb are the first clause's) that puts a word of its own in
the claim's slot (the same words before and after it: "the night shift" against the claim's
"the day shift"), and the claim's word there is printed in another clause of the sentence
that holds a number, the number is the other word's: the reading decides nothing
(`other_slot`; withheld). The total of a proportion ("41% of the 1077 admissions") is the
whole every clause shares, and is not read so.
"""

from __future__ import annotations

import re

__all__ = ["EXPLANATION", "other_slot"]

EXPLANATION = ("the claimed number stands in a clause that says another word where the claim "
               "says its own, which another clause of the sentence says")

_SPLIT = re.compile(r"\s*(?:;|,(?!\d)|\band\b|\bwhile\b|\bwhereas\b|\bbut\b)\s*")
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
_NUMBER = re.compile(r"\d")
# A gapped clause opens with its number, its subject and verb left to the clause before it:
# "and 59% during the night shift".
_GAPPED = re.compile(r"[~\u2248]?\d")
# The total of a proportion ("41% of the 1077 admissions"): the whole that the parallel clauses
# share, each clause giving its own part of it.
_TOTAL_BEFORE = re.compile(r"\d\s*%?\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?$", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def other_slot(claim_text: str, sentence_text: str, found_start: int) -> str | None:
    """The word the clause of the sentence holding the number at `found_start` puts in the
    claim's slot, when the claim's own word there is printed in another clause with a number
    (module docstring); else None."""
    if _TOTAL_BEFORE.search(sentence_text[max(0, found_start - 40):found_start]):
        return None  # "41% of the 1077": the whole all the clauses share (fraction_totals)
    clauses: list[tuple[int, int]] = []
    start = 0
    for match in _SPLIT.finditer(sentence_text):
        clauses.append((start, match.start()))
        start = match.end()
    clauses.append((start, len(sentence_text)))
    own = next(((low, high) for low, high in clauses if low <= found_start < high), None)
    if own is None or len(clauses) < 2 or own == clauses[0]:
        return None
    if not _GAPPED.match(sentence_text, own[0]) or own[0] + 6 < found_start:
        return None  # a clause with its own subject ("the word embedding dimension at 50")
    mine = _words(sentence_text[own[0]:own[1]])
    claim = _words(claim_text)
    said = set(claim)
    others = [set(_words(sentence_text[low:high])) for low, high in clauses
              if (low, high) != own and _NUMBER.search(sentence_text[low:high])]
    if not others:
        return None
    for index in range(1, len(mine) - 1):
        word = mine[index]
        if word in said or len(word) < 3:
            continue
        before, after = mine[index - 1], mine[index + 1]
        for at in range(1, len(claim) - 1):
            theirs = claim[at]
            if claim[at - 1] == before and claim[at + 1] == after and theirs not in mine \
                    and len(theirs) >= 3 and any(theirs in clause for clause in others):
                return word
    return None
