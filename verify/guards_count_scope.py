"""What a printed number counts: the head of its noun phrase ("question sentence pairs" are
pairs), and an average over items rather than each item's value (red team 10, round 19).

- "The SQuAD-AnSS test set has 10,570 questions" (unverified: only pairs are counted) was
  contradicted by "We derive 448,307 question sentence pairs from squad-train" (Yin and
  Schuetze, arXiv:1710.00519, page 9; the text layer lost the hyphen of
  "question-sentence"). A count's noun is the head of the phrase after the number, its last
  noun ("pairs"); a word before the head ("question") only says which pairs. When the claim's
  counted noun is such a modifier (singular, before a plural head) of the passage's phrase,
  the two numbers count different things, and the passage contradicts nothing
  (`modifier_counted`); "seven tasks ranging from ..." counts tasks.
- "Each subforum's 10M-pair test partition contains 22 true positive pairs" (unverified) was
  confirmed by "On average across all twelve subforums, there are 22 true positive pairs per
  10M question pairs" (Lau and Baldwin, arXiv:1607.05368, page 3). Papers give a number over a
  collection as an average ("on average", "an average of"); an average holds for no one item.
  A claim that gives the number to each (every) item, without a word of averaging, is not
  supported by a passage that prints it as an average, a word of averaging before it
  (`average_for_each`); "run with five random seeds and we report the mean" still confirms
  "each configuration is run with five random seeds".

- "The monolingual news corpora total around 300 million tokens over all languages" (false)
  was confirmed by "we have around 300 million tokens for each language" (Faruqui and Dyer,
  E14-1049, page 5; red team 11, round 20). The converse of an average: a number the passage
  gives to each item ("for each", "per" after it in its clause) is no total over the items, and
  a claim that gives it as one ("in total", "over all", "combined"), saying no "each" or
  "per", is not supported by it (`each_for_total`). The "per" must go with the number: one
  after a later number is that number's ("There were a total of 295 FMD observations over the
  course of the study for a mean of 2.5 observations per participant", Mausbach et al., Health
  Psychology 2012, p. 436; probe37b: "There were a total of 295 FMD observations" was withheld).

All three only withhold; none names a paper, a system or a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .undecided import decided, supporting_sources, undecide

_WORD = re.compile(r"[A-Za-z][\w\-]*")
_END = frozenset({"of", "in", "on", "for", "with", "from", "to", "and", "or", "by", "at", "the",
                  "a", "an", "each", "per", "than", "as", "into", "over", "is", "are", "was",
                  "were", "has", "have", "derived", "which", "that"})
_EACH = re.compile(r"\b(?:each|every)\b", re.IGNORECASE)
_AVERAGE = re.compile(r"\b(?:on\s+average|an?\s+average\s+of|averaged|averaging)\b",
                      re.IGNORECASE)


def _stem(word: str) -> str:
    word = word.casefold()
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _phrase(text: str, number: str) -> list[str]:
    """The words of the noun phrase right after `number` in `text` (up to four, stopping at a
    preposition, a verb of being or a punctuation mark)."""
    at = text.find(number)
    if at < 0:
        return []
    rest = re.split(r"[,;:()]|\.(?!\d)", text[at + len(number):], maxsplit=1)[0]
    words: list[str] = []
    for word in _WORD.findall(rest):
        if word.casefold() in _END or len(words) == 4:
            break
        words.append(word)
    return words


def modifier_counted(claim_text: str, claimed: str, quote: str, found: str) -> str | None:
    """The head the passage counts with `found` ("pairs") when the claim's counted noun (the
    head of its phrase after `claimed`) is only a modifier in the passage's phrase; else
    None."""
    claim_phrase, quote_phrase = _phrase(claim_text, claimed), _phrase(quote, found)
    if not claim_phrase or len(quote_phrase) < 2:
        return None
    head, quote_head = _stem(claim_phrase[-1]), quote_phrase[-1].casefold()
    # an English compound's modifiers are singular ("question sentence pairs"), its head a
    # plural count noun; "seven tasks ranging ..." has no compound after its number
    modifiers = {word.casefold() for word in quote_phrase[:-1] if not word.endswith("s")}
    if len(quote_head) >= 4 and quote_head.endswith("s") and head != _stem(quote_head) \
            and head in modifiers:
        return quote_phrase[-1]
    return None


def average_for_each(claim_text: str, quote: str, found: str) -> bool:
    """Whether the claim gives its number to each (every) item, saying no average, and `quote`
    prints the number `found` as an average: a word of averaging before it ("On average ...,
    there are 22"), the word right before it no "over" or "across" (the number of items
    averaged over, "the mean over five seeds", is no average)."""
    if _EACH.search(claim_text) is None or _AVERAGE.search(claim_text) is not None:
        return False
    match = re.search(rf"(?<![\w.]){re.escape(found)}(?![\w])", quote)
    if match is None or _AVERAGE.search(quote[:match.start()]) is None:
        return False
    before = _WORD.findall(quote[:match.start()])[-1:]
    return not before or before[0].casefold() not in ("over", "across", "of", "from", "with")


_TOTAL = re.compile(r"\b(?:in\s+total|totals?|totall?ing|combined|altogether|over\s+all|"
                    r"across\s+all|summed)\b", re.IGNORECASE)
# Where the words that go with a number end: a clause's end, or the next number, which a "per"
# after it goes with ("a total of 295 FMD observations ... for a mean of 2.5 observations per
# participant": the 2.5 is per participant, the 295 a total; probe37b, Health Psychology 2012).
_CLAUSE_END = re.compile(r"[,;:()]|\.(?!\d)|(?<![\w.])\d")
_PER_ITEM = re.compile(r"\b(?:for\s+each|for\s+every|per|each)\s+[a-z]", re.IGNORECASE)


def each_for_total(claim_text: str, quote: str, found: str) -> bool:
    """Whether the claim gives its number as a total over items ("total ... over all
    languages"), saying no "each" or "per", and `quote` gives the number `found` to each item:
    "for each", "for every", "per" or "each" after it in its clause ("around 300 million tokens
    for each language")."""
    if _TOTAL.search(claim_text) is None or _EACH.search(claim_text) is not None \
            or re.search(r"\bper\b", claim_text, re.IGNORECASE):
        return False
    match = re.search(rf"(?<![\w.]){re.escape(found)}(?![\w])", quote)
    if match is None:
        return False
    clause = _CLAUSE_END.split(quote[match.end():], maxsplit=1)[0]
    return _PER_ITEM.search(clause) is not None


def guard_count_scope(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradicting source check whose number counts another head than the
    claim's (the claim's noun only modifies it), and each supporting one that prints as an
    average what the claim gives to each item. In place."""
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        for evidence in check.evidence:
            hit = next((head for pair in evidence.numbers if not pair.agree
                        and (head := modifier_counted(claim.text, pair.claimed, evidence.quote,
                                                      pair.found))), None)
            if hit is not None:
                undecide(check, f"The passage's number counts \u201c{hit}\u201d, not what the "
                                f"claim counts")
                break
    if _TOTAL.search(claim.text):
        for check in list(supporting_sources(checks)):
            if any(each_for_total(claim.text, evidence.quote, pair.found)
                   for evidence in check.evidence for pair in evidence.numbers if pair.agree):
                undecide(check, "The passage gives the number to each item; the claim gives "
                                "it as a total")
    if not _EACH.search(claim.text):
        return
    for check in list(supporting_sources(checks)):
        if any(average_for_each(claim.text, evidence.quote, pair.found)
               for evidence in check.evidence for pair in evidence.numbers if pair.agree):
            undecide(check, "The passage gives the number as an average; the claim gives it to "
                            "each item")
