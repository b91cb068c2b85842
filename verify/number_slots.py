"""Each number of a sentence answers one number of the claim.

A sentence that gives several numbers of one measure ("homogeneity and completeness values for
SPECTER are respectively 0.41 and 0.72 compared with SciBERT's 0.19 and 0.63"; "a precision of
0.75 ... a precision of 0.34") is read number by number against the claim. When a claimed
number agrees with one of them, that number is accounted for: it states the claimed value of
its own slot, so it is not also the value another claimed number gets wrong. A claim that
copies such a sentence with one value changed ("a precision of 0.24" for "0.34") used to be
read against the agreeing 0.75 (the first number of the measure), which the claim gives too,
and so decided nothing; read one to one, the changed value meets the number of its own slot.

The general fact: a paper prints each value once per slot, and a claim restating several of
them restates each once, so a number the claim already matches is not the evidence for another
of its numbers. Nothing else of the comparison changes (`number_match._read_number` still
decides agreement, measure and binding).
"""

from __future__ import annotations

from .number_match import _Pair, _read_number
from .number_sides import _Side


def read_numbers(claim: _Side, sentence: _Side) -> list[_Pair]:
    """The sentence's answer to each claimed number, one to one (module docstring)."""
    pairs = [_read_number(position, claim, sentence)
             for position in range(len(claim.quantities))]
    taken = frozenset(found_slot(pair, sentence) for pair in pairs if pair.state == "agree")
    if not taken:
        return pairs
    for position, pair in enumerate(pairs):
        if pair.state == "disagree" and found_slot(pair, sentence) in taken:
            pairs[position] = _read_number(position, claim, sentence, taken)
    return pairs


def found_slot(pair: _Pair, sentence: _Side) -> int | None:
    """The position of the pair's found number among the sentence's numbers (None: none)."""
    return next((slot for slot, quantity in enumerate(sentence.quantities)
                 if quantity is pair.found), None)
