"""A claim's other numbers set the scene of the number a sentence disagrees with.

"For 10k PubMed documents, the runtime was 0.28 hours" gives two numbers: the runtime it
asserts, and the size of the data that runtime belongs to. A sentence that gives another
runtime ("for a comparable runtime of 9 hours our codebase is ... faster") contradicts the
claim only if it speaks of the same setting, and a number the claim sets that setting with
(10k documents, 20 computers, 7 languages, 5 shots) is how a paper tells one setting from
another: when neither the sentence nor its neighbours print it, the sentence is about some
other run, however well its words match. So a disagreeing number decides nothing while another
number of the claim, of another kind (another unit, or counting another noun), is printed
nowhere in the passage (whether the passage answers it with another number or not at all).
Numbers of the same kind as the disputed one ("from 78.2 to 79.5" with
"by 1.3 points") are not a setting: they are more of what the claim asserts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Quantity

from .content import section_neighbours
from .number_match import _Pair
from .number_values import _unit_family, transposed, values_agree
from .passages import PassageIndex, counted_key

SETTING_STATES = ("unknown", "disagree")
"""The states of a claimed number that may set the scene: one the passage does not answer, or
answers with another number (probe24b: "Single treated larvae at 40% concentration had ...
10.79 ± 0.15 µg/mg" against a sentence whose 30% and 12.45 are another case's, the 10.79
printed nowhere: the passage gives neither the claim's setting nor its result). A number the
passage answers with the same digits in another order ("84.0%" for "80.4%") is the claim's own
number miscopied, and the passage holds it (a right contradiction of Banko et al. 2007 was
lost without this). Nor does the other end of the disputed number's own range ("2-6 um/sec"
against "20–60 µm/sec": both ends disagree, and the first carries no unit of its own); a
range is one claimed quantity (round 24: a right contradiction of Charles 1998 was lost)."""

_RANGE_JOIN = re.compile(r"\s*(?:[-\u2013\u2014]|to)\s*")


def _range_ends(claim_text: str, first: Quantity, second: Quantity) -> bool:
    """Whether two claimed numbers are the ends of one range ("2-6", "2 to 6")."""
    left, right = sorted((first, second), key=lambda quantity: quantity.span[0])
    return _RANGE_JOIN.fullmatch(claim_text[left.span[1]:right.span[0]]) is not None


def _kind(text: str, quantity: Quantity) -> tuple[str | None, str | None]:
    """What a number measures, as far as its own words tell: its unit family and the noun it
    counts ("10k documents" → (None, "=docum...")). Two numbers of the same kind are values of
    one measure; of different kinds, one may be the other's setting."""
    return _unit_family(quantity.unit), counted_key(text, quantity)


def _printed(quantity: Quantity, sentences: Iterable[Iterable[Quantity]]) -> bool:
    return any(values_agree(quantity, found) for numbers in sentences for found in numbers)


def unheld_setting(claim_text: str, disputed: _Pair, pairs: list[_Pair],
                   index: PassageIndex | None, number: int | None,
                   sentence_numbers: list[Quantity]) -> Quantity | None:
    """The claim's number that sets the scene of `disputed` and that the passage of sentence
    `number` (it and its section neighbours) never prints, or None when every such number is
    there (see the module docstring)."""
    kind = _kind(claim_text, disputed.claimed)
    passage = [sentence_numbers]
    if index is not None and number is not None:
        passage += [index.sentences[other].quantities
                    for other in section_neighbours(index, number)]
    for pair in pairs:
        if pair is disputed or pair.state not in SETTING_STATES or pair.claimed.cut_off:
            continue
        if pair.state == "disagree" and pair.found is not None \
                and transposed(pair.claimed, pair.found):
            continue  # "84.0%" against "80.4%": the claim's own number, miscopied
        if pair.state == "disagree" and _range_ends(claim_text, pair.claimed, disputed.claimed):
            continue  # "2-6 um/sec": the other end of the disputed number's range
        if _kind(claim_text, pair.claimed) == kind:
            continue
        if not _printed(pair.claimed, passage):
            return pair.claimed
    return None
