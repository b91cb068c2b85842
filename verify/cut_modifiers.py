"""A claim cut inside its noun phrase: it stops on a modifier, before the noun (probe28b, round 28).

"Participants in the study were employed as shift-workers in three continuous" (Wilson et al.,
Shift work interventions for reduced work-family conflict, Employee Relations 29(2) 2007, page
167) was confirmed by "Participants in the study were employed as shift-workers in three
continuous processing (metallurgy) industrial sites": every word of the claim is there, in
order, but the claim stops on "continuous", after its count and before the noun the count is
of. None of the word lists of `guards_cut_ends` holds such a word (a modifier is no function
word), and no number follows it in the passage (`cut_values`). What tells that it is cut:

- its last word stands where a noun must follow: after a count (a number word from "two" or a
  numeral from 2, a singular word that is not a unit or a number word: "three continuous"), or
  after a determiner with the ending of an adjective ("the adversarial", "a novel" is left
  alone: only -ous, -ive, -al, -ic, -able, -ible, -ful, -less, -ary, -ular);
- and the passage prints those two words followed at once (a bracketed aside at most between)
  by a word of the same phrase: no punctuation, no function word (`guards_cut_ends.DANGLING`,
  its particles), where the claim has nothing more.

A claim that does not end like a sentence and reads so stopped before the noun it speaks of:
its support decides nothing, as a flagged cut claim's does. It only withholds; it names no
paper, word list of a field or number.
"""

from __future__ import annotations

import re

from verify_claims.extract.truncation import ends_like_sentence

_COUNTS = frozenset((
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "several", "many", "multiple", "numerous"))
_DETERMINERS = frozenset((
    "the", "a", "an", "its", "their", "our", "his", "her", "this", "these", "those", "each",
    "every", "both", "all", "some", "any", "one"))
# Words a count is followed by that are no modifier: number words, units, "per cent".
_NOT_MODIFIERS = frozenset((
    "hundred", "thousand", "million", "billion", "trillion", "dozen", "percent", "times",
    "fold", "each", "more", "less", "other", "others", "apart", "ago", "later", "earlier",
    "only", "alone", "together", "respectively", "overall", "total"))
_ADJECTIVE = re.compile(r"[a-z]{2,}(?:ous|ive|al|ic|able|ible|ful|less|ary|ular)$")
_LAST_TWO = re.compile(r"([A-Za-z0-9][\w\-.,]*)\s+([a-z][a-z\-]+)\W*$")
_NUMERAL = re.compile(r"^\d[\d,]*$")


def _count_word(word: str) -> bool:
    """A count of two or more: a number word or a whole numeral from 2."""
    if word.casefold() in _COUNTS:
        return True
    return bool(_NUMERAL.match(word)) and int(word.replace(",", "")) >= 2


def stopped_modifier(claim_text: str) -> tuple[str, str] | None:
    """(word before, last word) when `claim_text` does not end like a sentence and ends on a
    modifier after a count or a determiner (module docstring); else None."""
    text = claim_text.strip()
    if not text or ends_like_sentence(text):
        return None
    last = _LAST_TWO.search(text[-80:])
    if last is None:
        return None
    before, word = last.group(1), last.group(2)
    if len(word) < 4 or word in _NOT_MODIFIERS:
        return None
    if _count_word(before):
        if word.endswith("s") and not word.endswith(("ous", "ss")):
            return None  # "three sites": a plural noun, the count's own
        return before, word
    if before.casefold() in _DETERMINERS and _ADJECTIVE.fullmatch(word):
        return before, word
    return None


def cut_before_noun(claim_text: str, quote: str) -> str | None:
    """The word `quote` goes on with right after the claim's last two words, when the claim
    stops on a modifier (`stopped_modifier`) and that word belongs to the same phrase; else
    None."""
    stopped = stopped_modifier(claim_text)
    if stopped is None:
        return None
    from .guards_cut_ends import DANGLING, PARTICLES  # a cycle at import time otherwise

    pattern = (rf"(?<![\w-]){re.escape(stopped[0])}\s+{re.escape(stopped[1])}"
               r"(?![\w-])(?:\s*\([^()]{1,40}\))?\s+([A-Za-z][\w\-]*)")
    for found in re.finditer(pattern, quote, re.IGNORECASE):
        following = found.group(1)
        if following.casefold() in DANGLING or following.casefold() in PARTICLES:
            continue
        return following
    return None
