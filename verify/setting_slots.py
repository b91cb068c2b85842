"""Two clauses that say one thing of two named settings: "about 24% on Brown and about 8% on AP
News".

Papers give one result for several data sets in one sentence, the statement once and then a
number and a setting per item: "significantly better results can be obtained when using the
neural network, in comparison with the best of the n-grams, with a test perplexity difference
of about 24% on Brown and about 8% on AP News, when taking the MLP versus the n-gram that worked
best on the validation set" (Bengio et al. 2003, A Neural Probabilistic Language Model, p.12
of the PDF). The clause readers (verify/clause_numbers.py, verify/guards_other_readings.py
`parallel_setting`) set aside a supporting sentence when another clause, with another number,
says more of the claim's words than the clause of the claimed number: true claims of 24% on
Brown and of 8% on AP News both stayed unverified (text20's probe), each clause's number taken
for the other's statement.

The general fact: when the claimed number is followed by a preposition and a capitalised name
the claim prints ("24% on Brown"), and the other clause's number by the same preposition and a
capitalised name the claim does not print ("8% on AP News"), the two clauses are items of one
statement, each of its own setting; the one that names the claim's setting is the claim's
(`own_setting`). A claim that gives one setting another's number ("8% on Brown") names no
setting after its number's clause, and the clause readers still set it aside.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from verify_claims.claims import Check, Claim, Evidence, NumberPair, Outcome

from .passages import content_terms
from .undecided import supporting_sources, undecide

# A number, up to three lower-case words, a preposition and a capitalised name of up to three
# words or one lower-case word: "24% on Brown", "8% on AP News", "91.3 for IMDB", "800,000
# words were used for training", "200,000 for validation".
_NUMBER = r"\d+/\d+(?![\d/])|\d[\d,]*(?:\.\d+)?%?"  # "1/6" is one number: "the middle 1/6"
_SLOT = re.compile(rf"(?<![\w./])({_NUMBER})((?:\s+[a-z]+){{0,3}}?)\s+(on|in|for|at|with)\s+"
                   r"((?:[A-Z][\w\-]*)(?:\s+[A-Z][\w\-]*){0,2}|[a-z][a-z\-]+)")
# Words an elided clause keeps beside its number and setting: "about 8% on AP News", "the
# following 200,000 for validation", "and the remaining 181,041 for testing".
_FILLERS = frozenset(("a", "an", "the", "about", "around", "roughly", "nearly", "almost",
                      "approximately", "only", "just", "following", "next", "remaining",
                      "rest", "other", "another", "first", "middle", "last", "then", "and", "or",
                      "respectively"))
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
_CLAUSE_SPLIT = re.compile(r"\s*(?:;|,(?!\d)|\band\b|\bwhile\b|\bwhereas\b)\s*")


@lru_cache(maxsize=16384)
def _slots(text: str) -> tuple[tuple[str, str, frozenset[str], str], ...]:
    """(number without separators, preposition, terms of the name, the slot's text less the
    words between number and preposition) of each slot of `text`."""
    return tuple((match.group(1).replace(",", ""), match.group(3),
                  frozenset(content_terms(match.group(4))),
                  match.group(1) + " " + match.group(3) + " " + match.group(4))
                 for match in _SLOT.finditer(text))


def _elided(clause: str) -> bool:
    """Whether `clause` is a number and its setting only ("about 8% on AP News"): it shares
    the statement, and the subject, of the clause before it."""
    clause = re.sub(r"\([^()]*\)", " ", clause)  # "(model selection, early stopping)"
    # "about 8% on AP News, when taking the MLP ...": the piece that holds the number
    pieces = [piece for piece in _CLAUSE_SPLIT.split(clause) if _slots(piece)]
    if len(pieces) != 1 or len(_slots(pieces[0])) != 1:
        return False
    clause = pieces[0]
    rest = _SLOT.sub(lambda match: match.group(2), clause)  # the words between stay
    return all(word.casefold() in _FILLERS for word in _WORD.findall(rest))


def own_setting(claim_text: str, own: str, other: str) -> bool:
    """Whether `own` (the clause of the claimed number) and `other` (a clause of another
    number) give one statement of two settings, one of them elided, and `own` names the
    claim's setting (module docstring)."""
    if not (_elided(own) or _elided(other)):
        return False  # "A reaches 80% on X, and B 70% on Y": two subjects, not two settings
    claimed = {match.group().replace(",", "")
               for match in re.finditer(_NUMBER, claim_text)}
    said = frozenset(content_terms(claim_text))
    mine = {preposition for number, preposition, name, _ in _slots(own)
            if number in claimed and name and name <= said}
    return any(preposition in mine for number, preposition, name, _ in _slots(other)
               if number not in claimed and name and not name & said)


class Crossed(NamedTuple):
    """A claimed number the sentence gives another setting: the slot that does ("800,000 for
    training"), the clause that gives the claim's setting its own number, that number, and
    the claimed one."""

    slot: str
    clause: str
    found: str
    claimed: str


def other_setting(claim_text: str, sentence: str) -> Crossed | None:
    """The crossing when a clause prints the claimed number for a setting the claim does not
    name ("The first 800,000 words were used for training") and another, one of the two
    elided, gives the claim's setting its own number ("the following 200,000 for
    validation"); else None. The mirror of `own_setting`."""
    said = frozenset(content_terms(claim_text))
    claimed = {match.group().replace(",", "")
               for match in re.finditer(_NUMBER, claim_text)}
    clauses = [clause for clause in _CLAUSE_SPLIT.split(re.sub(r"\([^()]*\)", " ", sentence))
               if _slots(clause)]
    for own in clauses:
        for number, preposition, name, slot in _slots(own):
            if number not in claimed or not name or name & said:
                continue
            for other in clauses:
                if other is own or not (_elided(own) or _elided(other)):
                    continue
                found = next((their_number for their_number, their_preposition, their_name, _
                              in _slots(other) if their_preposition == preposition
                              and their_name and their_name <= said
                              and their_number not in claimed), None)
                if found is not None:
                    return Crossed(slot, other, found, number)
    return None


_ORDINALS = frozenset(("first", "second", "third", "middle", "last", "final", "next",
                       "remaining", "following", "initial"))


def _leading(text: str, start: int) -> str:
    """The word right before `start` of `text`, lower-cased ("" if none)."""
    match = re.search(r"([A-Za-z]+)\s+$", text[:start])
    return match.group(1).casefold() if match else ""


def other_position(claim_text: str, sentence: str) -> str | None:
    """The slot that the claim's ordinal picks when the sentence prints the claimed number in
    two slots told apart by their ordinals and settings ("the middle 1/6 for testing, and the
    last 1/6 for validation"), and the claim puts its ordinal ("the last 1/6") with the other
    slot's setting ("testing"); else None. The same number twice leaves `other_setting`
    nothing to contradict with: the claim is set aside."""
    said = frozenset(content_terms(claim_text))
    for mine in re.finditer(_NUMBER, claim_text):
        ordinal = _leading(claim_text, mine.start())
        if ordinal not in _ORDINALS:
            continue
        number = mine.group().replace(",", "")
        slots = [(match, _leading(sentence, match.start(1)),
                  frozenset(content_terms(match.group(4)))) for match in _SLOT.finditer(sentence)
                 if match.group(1).replace(",", "") == number]
        picked = [match for match, theirs, name in slots if theirs == ordinal and name]
        named = [match for match, theirs, name in slots if theirs != ordinal and name
                 and theirs in _ORDINALS and name <= said]
        if picked and named and not any(frozenset(content_terms(match.group(4))) & said
                                        for match in picked):
            return f"{ordinal} {picked[0].group(1)} {picked[0].group(3)} {picked[0].group(4)}"
    return None


def guard_setting_slots(claim: Claim, checks: Iterable[Check]) -> None:
    """Each supporting source check whose quote gives the claimed number for another setting
    than the claim's, and the claim's setting another number (`other_setting`), becomes a
    contradiction by that number when the claim states that one number alone and the two are
    of one kind (both percentages or neither); else it is undecided. In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            found = other_setting(claim.text, evidence.quote)
            if found is None:
                slot = other_position(claim.text, evidence.quote or "")
                if slot is not None:
                    undecide(check, f"The passage's \u201c{slot}\u201d is the one the claim's "
                                    "ordinal picks, given for another setting than the claim's",
                             joint=": ")
                    break
                continue
            if len(claim.quantities) == 1 \
                    and found.found.endswith("%") == found.claimed.endswith("%"):
                _contradict(check, evidence, found)
            else:
                undecide(check, f"The passage gives the claimed number for another setting "
                                f"(\u201c{found.slot}\u201d) and the claim's its own "
                                f"(\u201c{found.clause}\u201d)", joint=": ")
            break


def _value(number: str) -> float:
    """The value of a slot's number: "1/6" is a sixth."""
    top, _, bottom = number.rstrip("%").replace(",", "").partition("/")
    return float(top) / float(bottom) if bottom and float(bottom) else float(top)


def _contradict(check: Check, evidence: Evidence, found: Crossed) -> None:
    claimed, value = _value(found.claimed), _value(found.found)
    evidence.numbers = [NumberPair(claimed=found.claimed, found=found.found,
                                   claimed_value=claimed, found_value=value, agree=False)]
    evidence.claimed, evidence.found = claimed, value
    check.outcome, check.decisive = Outcome.contradicted, True
    check.explanation = (f"{evidence.source} gives the claimed number to another setting "
                         f"(\u201c{found.slot}\u201d) and the claim's setting another: "
                         f"\u201c{found.clause}\u201d")
