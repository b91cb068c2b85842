"""Comparing the numbers of a claim with the numbers of a sentence (for the source check).

Each side (the claim, a paper's sentence) is prepared once (`_Side`, verify/number_sides.py):
its names in order, its numbers with their printed-precision intervals (verify/number_values.py),
the names each number is bound to, the noun each counts (`measure_of`), and, in a table
flattened into text, the row label of each number (verify/number_context.py reads the words
around a number). `_read_number` then answers how the sentence's numbers stand to one claimed
number: agree, disagree, flipped sign, or unknown, and how surely they are about the same
thing. The rules are those of verify/source_check.py's docstring, which decides with these
readings; they live apart to keep each module small.

How papers print a number decides what it can be compared with (issue 11):

- A count's unit is the noun it counts. The quantity parser knows a list of units; a count
  of anything else ("237M mentions", "20 states", "4,113 clicks") has no unit, and its
  counted noun (`measure_of`) stands in for it: two such numbers of the same noun may
  disagree like two numbers of one unit.
- A measure is often printed before its number: "a precision of 0.75", "nDCG of 94.8",
  "the best nDCG, 98.4", "reduces error (...) by 46%". `measure_before` reads that noun; two
  numbers with the same noun before them, or without a noun after them and the same noun on
  either side, are of the same measure; two with different nouns are not.
- A number printed with its sign ("+2.0 nDCG") is a change, never the level "an nDCG of
  94.9"; a rise and a fall of different sizes are two comparisons, no contradiction.
- A number of three digits or more with the same digits transposed ("273M" for "237M") is the
  same count miscopied: its noun need only have the same head on both sides ("entity
  mentions", "mentions") for the passage to weigh it (`_Pair.measured`).
- "About 45K" is an approximation: it agrees within `APPROXIMATE` and, outside it, it is
  another number ("about 54K" is not about 45K). A bound ("more than 280M", "up to 5",
  "at least 3") is no value: it never contradicts, nor does it confirm a claimed value ("a
  threshold higher than about 0.7" does not say the threshold is 0.7). A count of "12
  different prepositions" counts prepositions (`measure_after`).
- A count of things printed as a whole number ("a context window of 5 words") is exact, not a
  rounding: it does not agree with a claimed fraction ("4.6 words", `_fraction_of_a_count`).
- Prose that gives one noun's count twice ("2290 shards for the ep runs and 141 shards for
  the nc runs") ties each count to the words after it: a claim qualifying its number with
  words of another count ("141 shards for the ep runs") is about that other count
  (`_qualified_elsewhere`, the prose twin of `_labelled_elsewhere` for flattened tables).
"""

from __future__ import annotations

from dataclasses import dataclass

from verify_claims.claims import Quantity

from .content import measures_whole, same_measure
from .content_words import GENERIC
from .memo import Memo
from .number_context import THRESHOLDS
from .number_sides import _Side
from .number_values import (
    _agree,
    _fraction_of_a_count,
    _same_number_garbled,
    _units_clash_allowed,
)
from .setting_measures import other_setting


@dataclass
class _Pair:
    """One claimed number read against the numbers of one sentence."""

    claimed: Quantity
    found: Quantity | None = None
    state: str = "unknown"  # agree, flipped (same value, signs differ), disagree, unknown
    binding: str = "loose"  # strong, sole, unnamed or loose (module docstring)
    name: str | None = None  # the shared name, for the explanation
    measured: bool = False  # the found number measures all the claimed one does


def _binding(claim_names: set[str], found_names: set[str], claim: _Side,
             sentence: _Side) -> tuple[str, str | None] | None:
    """How a claimed number tied to `claim_names` relates to a found number tied to
    `found_names`; None when they are about different things."""
    if claim_names == found_names:
        if not claim_names:
            return "unnamed", None
        return "strong", (next(iter(claim_names)) if len(claim_names) == 1 else None)
    if not claim_names or not found_names:
        return "loose", None
    if claim_names <= found_names:
        return "loose", None
    shared = claim_names & found_names
    if not shared:
        return None
    lacking = claim_names - found_names
    if lacking:
        if lacking & sentence.labels.keys():
            return None  # the claim ties it to a name the source ties to another number
        # The same slot with another filler: German in the claim, French in the source.
        others = {sentence.labels[name] for name in found_names - claim_names}
        if any(claim.labels.get(name) in others for name in lacking):
            return None
    if len(claim_names) == 1 and len(found_names) == 1:
        return "strong", next(iter(shared))
    return ("strong" if claim_names == found_names else "loose"), None


_READ: Memo[tuple[int, int, int], tuple[_Side, _Side, _Pair]] = Memo(16384)
"""`_read_number`'s answers by (claim side, sentence side, position). Each entry holds both
sides, so neither is freed, nor its id reused, while the entry is kept."""


def _read_number(position: int, claim: _Side, sentence: _Side,
                 taken: frozenset[int] = frozenset()) -> _Pair:
    """How the sentence's numbers answer the claim's number at `position`: the first agreeing
    one, else the (best bound) one it disagrees with, else unknown. Slots in `taken` are
    numbers other claimed numbers agree with (verify/number_slots.py); such a question is
    rare and is not remembered.

    The answer follows from the two sides alone, and papers share a side between sentences
    printed alike (verify/side_memo.py: the versions of a paper, papers restating a result),
    so a claim citing several of them asks the same question again: it is answered once.
    The pair is shared by the readings that ask it, which read it and never change it."""
    if taken:
        return _answer(position, claim, sentence, taken)
    return _READ.get((id(claim), id(sentence), position),
                     lambda: (claim, sentence, _answer(position, claim, sentence)))[2]


def _answer(position: int, claim: _Side, sentence: _Side,
            taken: frozenset[int] = frozenset()) -> _Pair:
    """`_read_number`, worked out."""
    claimed, claim_names = claim.quantities[position], claim.bindings[position]
    family = claim.unit_families[position]
    sole_here = claim.families.get(family) == 1 and sentence.families.get(family) == 1
    agreeing: list[_Pair] = []
    clashing: list[_Pair] = []
    mine = claim.numbers[position]
    # The claimed number's facts, read once rather than per number of the sentence.
    my_measure, my_before = claim.measures[position], claim.measures_before[position]
    my_bound, my_change = claim.bounds[position], claim.changes[position]
    my_noun = my_measure or my_before
    for slot, (quantity, names, found_family, theirs) in enumerate(zip(
            sentence.quantities, sentence.bindings, sentence.unit_families, sentence.numbers,
            strict=True)):
        if slot in taken or (family is not None and found_family is not None
                             and family != found_family):
            continue  # units that cannot measure the same thing
        if sentence.spreads[slot] and not claim.spreads[position]:
            continue  # "12.45±0.25": 0.25 is a spread, no value (verify/spread_numbers.py)
        measure = same_measure(my_measure, sentence.measures[slot])
        if measure is False and family is not None and family == found_family:
            measure = None  # units of one family ("examples", "sentence pairs") decide
        if claimed.unit == "%" and quantity.unit != "%" and sentence.measures[slot]:
            continue  # "50%" is a share; "50 summaries" a count
        if measure is False:
            continue  # "87.5 cards" and "22.4 papers": a different measure is no evidence
        agree = _agree(mine, theirs)
        if other_setting(my_before, sentence.measures_before[slot]):
            continue  # "answer length" is not "context length" (verify/setting_measures.py)
        if agree and _fraction_of_a_count(claimed, quantity, sentence.measures[slot]):
            continue  # "a window of 5 words" does not say 4.6
        # The noun printed before both numbers ("a threshold of 1.1"), or, without a noun
        # after both, the noun before either, stands in for the noun after.
        mine_noun = my_noun
        their_noun = sentence.measures[slot] or sentence.measures_before[slot]
        before = same_measure(my_before, sentence.measures_before[slot])
        either = same_measure(mine_noun, their_noun) if measure is None else None
        counted = measure is True or before is True or either is True
        if not agree and ((my_bound or sentence.bounds[slot])
                          # Two thresholds of one kind are two rules ("at least 10 times"
                          # against "at least 5 times": number_context.THRESHOLDS).
                          and not (my_bound == sentence.bounds[slot]
                                   and my_bound in THRESHOLDS)
                          # A signed change ("+2.0 nDCG") and a level ("an nDCG of 94.9")
                          # are different measures.
                          or my_change != sentence.changes[slot]
                          # The amount of a change ("reduces ... by 39%") says nothing of a
                          # level claimed without any direction ("the Average is 0.851").
                          or (sentence.by_amounts[slot] and not claim.directed)
                          # A rise and a fall of other sizes are two comparisons ("improves
                          # by 20%" and "3.4% worse than the manual transcripts").
                          or (None not in (claimed.sign, quantity.sign)
                              and claimed.sign != quantity.sign)
                          or not _units_clash_allowed(claimed, quantity, counted)
                          or (not counted and False in (before, either))
                          or (measure is None and not counted
                              and (my_measure or sentence.measures[slot]))):
            continue
        if _labelled_elsewhere(claim, sentence, slot) \
                or _qualified_elsewhere(claim, position, sentence, slot):
            continue
        if agree and sentence.bounds[slot] and not my_bound:
            continue  # "higher than about 0.7" does not say the value is 0.7
        if sentence.ranged[slot] and not claim.ranged[position]:
            continue  # "4" of "1 to 4 epochs" is a bound, not the value
        if not agree and (claim.rates[position] != sentence.rates[slot]
                          # The amount of a claimed change ("cut the runtime by 13.1 hours")
                          # is no level of a sentence that words no change ("a comparable
                          # runtime of 9 hours").
                          or (claim.amounts[position] and not sentence.amounts[slot]
                              and not sentence.directed)
                          # A claimed gap ("1.1 F1 behind X") is no level of a sentence
                          # that prints no amount, whatever else the sentence compares.
                          or (claim.gaps[position] and not sentence.amounts[slot])
                          # The claim's setting, not its result (in_opening_condition).
                          or claim.conditions[position]):
            continue  # documents per machine and documents per hour (number_context.rate_of)
        binding = _binding(claim_names, names, claim, sentence)
        if binding is None:
            continue
        pair = _Pair(claimed, quantity, "unknown", *binding)
        pair.measured = measure is not False and (
            measures_whole(mine_noun, their_noun) or before is True
            or (counted and not agree and _same_number_garbled(claimed, quantity)))
        if pair.binding in ("loose", "unnamed") and sole_here and found_family == family \
                and claim_names <= names:
            pair.binding = "sole"
        if agree:
            signs = (claimed.sign, quantity.sign)
            pair.state = "flipped" if None not in signs and signs[0] != signs[1] else "agree"
            if pair.state == "agree":
                return pair
            agreeing.append(pair)
        else:
            pair.state = "disagree"
            clashing.append(pair)
    if agreeing:
        return agreeing[0]
    if not clashing:
        return _Pair(claimed)
    return min(clashing, key=lambda pair: _RANK[pair.binding])


_RANK = {"strong": 0, "sole": 1, "unnamed": 2, "loose": 3}
"""How surely a pair's binding ties it to the claim's number, surest first."""



def _qualified_elsewhere(claim: _Side, position: int, sentence: _Side, slot: int) -> bool:
    """In prose giving one measure several times, whether a word of the claim qualifies
    another number of that measure and not this one: "141 shards for the ep runs" against
    "2290 shards for the ep runs and 141 shards for the nc runs" (the 141 are the nc runs')."""
    if sentence.other_qualifiers is None:
        return False
    own, others = sentence.qualifiers[slot], sentence.other_qualifiers[slot]
    # Any word of the claim counts, not only those after its number: "a single computer
    # processed PubMed at 62.8K documents per hour" against "75,000 documents per hour on a
    # single 8-core computer and 42,000 documents per hour when used in a multi-machine
    # setting" (the 42,000 are the multi-machine setting's); but not the words that qualify
    # another number of the claim ("2 hard negatives and 3 easy negatives": "easy" is the 3's).
    theirs = frozenset().union(*(qualifier for other, qualifier in enumerate(claim.qualifiers)
                                 if other != position))
    wanted = (claim.qualifiers[position] | (claim.terms - theirs)) - GENERIC \
        - set(claim.measures[position])
    return any(term in others and term not in own for term in wanted)


def _labelled_elsewhere(claim: _Side, sentence: _Side, slot: int) -> bool:
    """In a table flattened into text ("Without LM 49.9 With LM 54.1"), whether a word of the
    claim labels another number of the sentence and not this one: the number then belongs to
    another row or column than the one the claim speaks of."""
    if sentence.row_labels is None or sentence.other_labels is None:
        return False
    own, others = sentence.row_labels[slot], sentence.other_labels[slot]
    return any(term in others and term not in own for term in claim.terms - GENERIC)
