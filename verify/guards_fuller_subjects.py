"""A nearby sentence that says the claim's whole subject before a number of its own, while the
sentence that prints the claim's number says only part of it (probe24c, round 24).

On Datta et al. (J Trauma Manag Outcomes 2010), "The calculated risk of bleeding while using
mechanical devices is 3.9%" (false: 2.6%) was confirmed by "In this review we calculated the
risk of bleeding and HIT to be 3.9% and 0.7% respectively", a sentence about heparins; four
sentences on, "Although the mechanism that predisposes patients to bleeding while using
mechanical devices is unclear, the calculated risk of bleeding is 2.6%". On Douglas et al.
(Clin Sci 2014), "The crystals of the N-domain ACE complex with 33RE were grown at 20 °C"
(false: 16 °C) was confirmed by the next sentence's "pre-incubated with 33RE (3.3 mM) at room
temperature (20 °C)", the sentence before being "The crystals of the N-domain ACE complex with
33RE were grown at 16 °C ...".

`guards_neighbour_subjects` reads the case where the number's sentence says none of the
claim's subject; here it says part of it ("calculated risk of bleeding", "N-domain ACE ...
33RE"). The general fact: when the sentence that prints the claimed number lacks some of the
words the claim says before that number, and a sentence nearby (the previous or the next one,
or one up to five sentences away in the same section whose number has the claimed number's
unit) says every one of those words before a number of its own of the same measure (the same
unit, or the same word after it: not "40 individuals" for "400 images"), none of its numbers
being the claim's, that sentence is the one about the claim's subject, and the first gives
its number for something else: a supporting source check on it decides nothing
(`guard_fuller_subjects`). A claim whose words the number's sentence says in full is left
alone, and so is one whose subject no other sentence says whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper

from .guards_neighbour_subjects import _nearby, claim_subject, supporting_positions
from .paper_memo import per_paper
from .passages import content_terms
from .undecided import undecide


def guard_fuller_subjects(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting source check whose sentence says part of the claim's subject
    while a nearby sentence says all of it before a number of its own (module docstring)."""
    if not claim.quantities:
        return
    before = {term for term in claim_subject(claim) if not any(ch.isdigit() for ch in term)}
    if len(before) < 3:
        return
    for check, quoted in supporting_positions(checks, paper):
        for at in quoted:
            missing = before - set(content_terms(paper.sentences[at].text))
            if not missing or missing == before:
                continue  # says the whole subject, or none of it (guards_neighbour_subjects)
            fuller = next((other for other in _nearby(paper, at, claim)
                           if _says_whole_subject(paper.sentences[other], before, claim)),
                          None)
            if fuller is None:
                fuller = _defines_subject(paper, before, claim)
            if fuller is not None:
                undecide(check, f"Not decided: the claim's “{' '.join(sorted(missing))}” is "
                                f"not said by the sentence that prints the claim's number; "
                                f"a sentence nearby says the claim's whole subject before a "
                                f"number of its own: “{paper.sentences[fuller].text}”")
                break


def _says_whole_subject(sentence, before: set[str], claim: Claim) -> bool:
    """Whether `sentence` says every term of `before` before a number of the claim's first
    number's measure, none of its numbers being the claim's."""
    claimed = [quantity.value for quantity in claim.quantities]
    if not sentence.quantities or any(abs(quantity.value - value) < 1e-9
                                      for quantity in sentence.quantities
                                      for value in claimed):
        return False
    mine = _measure(claim.text, claim.quantities[0])
    return any(_measure(sentence.text, quantity) == mine
               and before <= set(content_terms(sentence.text[:quantity.span[0]]))
               for quantity in sentence.quantities)


_AFTER = re.compile(r"\s*[^\w\s]?\s*([^\W\d_]+)")
_DEFINED = re.compile(r"\s*(?:is|are)\s+the\s+([^.;:]*)")


def _definitions(paper: Paper) -> list[tuple[int, float, frozenset[str]]]:
    """Each number a sentence defines a subject by ("where n\u0304z \u2248 5 is the mean phonon
    number in the transverse direction"): its sentence, its value and the terms of the words
    after "is the" up to the clause's end."""
    found = []
    for at, sentence in enumerate(paper.sentences):
        for quantity in sentence.quantities:
            match = _DEFINED.match(sentence.text, quantity.span[1])
            if match:
                found.append((at, quantity.value, frozenset(content_terms(match.group(1)))))
    return found


def _defines_subject(paper: Paper, before: set[str], claim: Claim) -> int | None:
    """A sentence anywhere in the paper that defines the claim's whole subject (every term of
    `before`) as another number than the claim's, by "<number> is the <subject>": a definition
    holds for the whole paper (round 27: Wang et al., Sci. Rep. 2015, page 4, "n\u0304z \u2248 5 is
    the mean phonon number in the transverse direction", against "The mean phonon number in
    the transverse direction is about 50", the x-y plane's 50 three sentences earlier)."""
    claimed = [quantity.value for quantity in claim.quantities]
    return next((at for at, value, terms in per_paper(paper, "defined_numbers", _definitions)
                 if before <= terms and all(abs(value - mine) >= 1e-9 for mine in claimed)),
                None)


def _measure(text: str, quantity) -> str | None:
    """What a number measures: its unit, else the word right after it ("16◦C" and "20 °C"
    both "c"); None when neither is read."""
    if quantity.unit:
        return quantity.unit
    match = _AFTER.match(text, quantity.span[1])
    return match.group(1).casefold() if match else None
