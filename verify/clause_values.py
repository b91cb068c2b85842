"""The clause that says all the claim says, with another number: a contradiction.

"The character embedding dimension is 50" (false) stayed unverified on "We fix the
hyperparameters ...: we set the character embedding dimension at 25, the word embedding
dimension at 50 ..." (Yang et al., arXiv:1703.06345, page 7, red team 7): the guard of
verify/clause_numbers.py saw that the claim's 50 sits in another clause than the claim's words
and set the support aside, but the clause that does hold the claim's words gives its own
number, 25. Papers list settings and results so, one clause per item ("... at 25, ... at 50"),
and a claim that takes the neighbouring item's number keeps its own item's words.

The general fact: when one clause of the supporting sentence holds every content word of a
claim that gives one number, and exactly one number of the same kind (the same word after it,
or none, or a percent sign on both), while the clause holding the claim's number lacks some
of those words, that clause states the claim's subject with its own number, and the claim's
number is another item's: the sentence contradicts the claim (`clause_value`). The clause
must be of the sentence itself (a neighbouring sentence may be about another setup), and the
claim's number must be printed in the sentence, so the two numbers are items of one list.
"""

from __future__ import annotations

import re

__all__ = ["EXPLANATION", "clause_value", "made_here"]

EXPLANATION = ("the clause that says all the claim says gives {found} (\u201c{clause}\u201d); the "
               "claim's {claimed} is another item's")

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{3,}")


def made_here(explanation: str) -> bool:
    """Whether a check's explanation is the contradiction this reading wrote (`EXPLANATION`,
    as clause_numbers._contradict words it): later guards that leave its contradictions alone
    ask here rather than match the wording themselves."""
    return EXPLANATION.split("{found}")[0] in explanation
_NUMBER = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(\s*%|\s+[A-Za-z]{3,})?")
# Words of four letters or more that say nothing of what is measured.
_STOP = frozenset((
    "that", "this", "these", "those", "with", "from", "have", "been", "were", "than", "into",
    "their", "there", "which", "when", "also", "only", "each", "some", "such", "about", "over",
    "under", "after", "before", "while", "both", "more", "most", "less", "very", "much", "they",
    "them", "same", "other", "uses", "used", "using", "use", "total", "overall", "paper",
    "authors", "reports", "report", "reported", "shows", "show", "achieves", "achieve",
    "reaches", "reach", "gets", "obtains", "set", "sets", "fixed", "chosen", "given"))


def _content(text: str) -> frozenset[str]:
    return frozenset(word.casefold()[:5] for word in _WORD.findall(text)
                     if word.casefold() not in _STOP)


def _numbers(text: str) -> list[tuple[str, str]]:
    """(number without commas, the unit after it: '%', a word cut to five letters, or '')."""
    found = []
    for match in _NUMBER.finditer(text):
        unit = (match.group(2) or "").strip().casefold()
        found.append((match.group(1).replace(",", ""), unit[:5]))
    return found


# Short names and symbols count here too ("V0", "AC"): the claim's content words above are of
# four letters or more. "DC and AC potential U0 = \u22121.1 V, V0 = 90
# V" (Wang et al., Sci. Rep. 2015, page 2) holds the claim "The AC potential V0 is 90 V"'s
# "potential" in its first clause, with \u22121.1, while its second clause names the claim's V0
# beside the claim's 90: that clause is the claim's (round 27).
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
_FUNCTION = frozenset(("the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "and",
                       "or", "is", "are", "was", "were", "be", "its", "it", "as"))


def _tokens(text: str) -> frozenset[str]:
    """The short names and symbols of `text` ("V0", "AC"): the words `_content` does not read
    (under four letters, or with a digit). Longer words are `_content`'s, by their stems: a
    token test would part "explained" from "explaining" (probe23c's PCA sentence)."""
    return frozenset(token.casefold() for token in _TOKEN.findall(text)
                     if len(token) < 4 or any(char.isdigit() for char in token)) - _FUNCTION


def clause_value(claim_text: str, clause: str, own: str) -> tuple[str, str] | None:
    """(the number `clause` gives, the claim's number) when `clause` holds every content word
    of the claim and one number of the same kind as the claim's one number, which `own` (the
    clause holding the claim's number) lacks words of (module docstring); else None."""
    claimed = _numbers(claim_text)
    if len(claimed) != 1:
        return None
    bare = re.sub(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?:\s*%)?", " ", claim_text)
    words = _content(bare)
    if not words or not words <= _content(clause) or words <= _content(own):
        return None
    if _tokens(bare) & _tokens(own) - _tokens(clause):
        return None  # the claim's "V0" is the number's own clause's, not the other's
    given = _numbers(clause)
    if len(given) != 1:
        return None
    (number, unit), (mine, my_unit) = given[0], claimed[0]
    if number == mine or unit != my_unit:
        return None
    return number, mine
