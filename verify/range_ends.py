"""A claimed range is read against the sentence's range with the same two ends.

"In the mixed glial cultures, 5-10% of cells were microglia labeled for esterase" (true:
"Immunolabeling of these cultures revealed that 40–60% of cells were astrocytes labeled for
GFAP, 10–20% were oligodendrocytes ..., 10–30% were precursor cells ..., and 5–10% were
microglia labeled for esterase", Charles, GLIA 24:39-49, 1998, page 1; round 23's own probe)
stayed unverified: each claimed number took the first number of the sentence it agrees with,
so the claim's "10%" took the start of "10–20%" and its "5" the start of "5–10%", and
`range_split` (range_pairs.py) rightly saw two numbers the sentence does not join.

A range is one statement, and so is its reading: when the claim's two joined numbers were
paired with numbers the sentence does not join, but the sentence prints a range whose two ends
agree with them, end by end, that range is their pair (`paired_range`). Only the numbers'
pairing changes; every other rule still reads the pairs.
"""

from __future__ import annotations

from verify_claims.claims import Quantity

from .number_match import _Pair, _read_number
from .number_sides import _Side
from .number_slots import found_slot
from .range_pairs import _JOIN, _joined, claimed_ranges


def paired_range(claim_text: str, claim: _Side, sentence_text: str, sentence: _Side,
                 pairs: list[_Pair]) -> list[_Pair] | None:
    """The pairs with each claimed range read against a range of the sentence with the same
    two ends, when its ends were paired apart; None when nothing was re-paired."""
    changed = False
    pairs = list(pairs)
    positions = {id(quantity): position for position, quantity in enumerate(claim.quantities)}
    found = sentence.quantities
    for first, second in claimed_ranges(claim_text, claim.quantities):
        one, other = positions.get(id(first)), positions.get(id(second))
        if one is None or other is None \
                or pairs[one].state != "agree" or pairs[other].state != "agree":
            continue
        start, end = found_slot(pairs[one], sentence), found_slot(pairs[other], sentence)
        if start is not None and end is not None and start != end \
                and _joined(sentence_text, found[start], found[end], _JOIN):
            continue  # read as one range already
        for slot in range(len(found) - 1):
            if not _joined(sentence_text, found[slot], found[slot + 1], _JOIN):
                continue
            others = frozenset(range(len(found))) - {slot, slot + 1}
            low = _read_number(one, claim, sentence, others | {slot + 1})
            high = _read_number(other, claim, sentence, others | {slot})
            if low.state == "agree" and high.state == "agree" \
                    and _is(low.found, found[slot]) and _is(high.found, found[slot + 1]):
                pairs[one], pairs[other], changed = low, high, True
                break
    return pairs if changed else None


def _is(quantity: Quantity | None, slot: Quantity) -> bool:
    return quantity is slot
