"""The two sides of a number comparison, each prepared once: a claim (memoised by its text)
and a paper's sentence (kept by its `PassageIndex`, shared between papers printing it alike).

A side holds what comparing needs, derived once rather than per claim-sentence pair: its names
in order, its numbers with their printed-precision intervals, the names each number is bound
to (`_bindings`), the noun each counts or follows, and, in a table flattened into text, the
row label of each number (verify/number_context.py reads the words around each number).
verify/number_match.py then reads one side against the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from verify_claims.claims import Claim, Entity, Quantity

from .gap_amounts import gap_after
from .memo import Memo
from .number_context import (
    _COMPARATIVE,
    _by_amount,
    _own_qualifiers,
    _qualifiers,
    _ranged,
    _states_direction,
    bound_kind,
    claimed_amount,
    in_opening_condition,
    measure_after,
    measure_before,
    rate_of,
)
from .number_values import _Number, _number, _unit_family
from .passages import PassageIndex, content_terms, query_text
from .shown_words import labels, table_like
from .side_memo import shared_side
from .spread_numbers import after_spread_sign, lends_measure, spread_measures
from .word_forms import without_bounds

_NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|without|cannot|none|fail(?:s|ed)?)\b|n[’']t\b", re.I)



def _negation_counts(text: str) -> frozenset[tuple[str, int]]:
    """Each negation word of `text` with how often it is printed: "brings no performance
    improvements over no attention" holds one "no" more than "brings performance improvements
    over no attention", where "No Attention" names a model (round 19, arXiv:1705.09207,
    page 7); as sets of words the two were the same, and the negation was not read as a
    flip."""
    counts: dict[str, int] = {}
    for word in _NEGATION.findall(text):
        counts[word.casefold()] = counts.get(word.casefold(), 0) + 1
    return frozenset(counts.items())


def _bindings(quantities: Sequence[Quantity], order: Sequence[str]) -> list[set[str]]:
    """For each quantity, the names it is about.

    `bound_to` wins. Otherwise, when the quantities of a text and the distinct names they attach
    to are equally many (two or more), they are read as aligned in order of appearance: "8.2
    points with SQuAD, 7.5 points with MNLI and 7.0 points with HellaSwag" ties 7.5 to MNLI
    even though SQuAD is printed closer to it. Else the quantity is about every name of its
    clause (`attaches_to`)."""
    names = [set(quantity.attaches_to) for quantity in quantities]
    free = [index for index, quantity in enumerate(quantities)
            if quantity.bound_to is None and quantity.attaches_to]
    attached = set().union(*(names[index] for index in free)) if free else set()
    aligned = [name for name in order if name in attached]
    if len(free) >= 2 and len(aligned) == len(free) == len(attached):
        for index, name in zip(free, aligned, strict=True):
            names[index] = {name}
    for index, quantity in enumerate(quantities):
        if quantity.bound_to is not None:
            names[index] = {quantity.bound_to}
    return names



@dataclass
class _Side:
    """A claim or a sentence, prepared for comparison."""

    order: list[str]  # distinct names in order of appearance
    quantities: list[Quantity]  # the numbers to compare (no years)
    bindings: list[set[str]]  # the names each number is about
    unit_families: list[str | None]  # the unit family of each number
    numbers: list[_Number]  # the comparison facts of each number
    families: dict[str | None, int]  # how many numbers of each unit family
    terms: set[str]  # stemmed content words, to find a generic name by its head word
    negations: frozenset[tuple[str, int]]  # each negation word, with its count
    comparative: bool
    labels: dict[str, str]  # name -> entity label
    measures: list[tuple[str, ...]]  # the counted or measured noun of each number
    row_labels: list[frozenset[str]] | None  # in a table-like text, the label of each number
    ranged: list[bool]  # each number: an end of a range ("1 to 4", "2-5")
    # each number: its bound's words ("more than", "up to"; "" for a value, no bound)
    bounds: list[str]
    changes: list[bool]  # each number: printed with its sign ("+2.0"), a change, not a level
    measures_before: list[tuple[str, ...]]  # each number: its noun printed before it
    by_amounts: list[bool]  # each number: the amount "by" of a change ("reduces ... by 39%")
    directed: bool  # the text has a direction word: it may speak of changes
    # In a table-like text, each number: the labels of the other numbers (`_labelled_elsewhere`
    # asks this per claimed number and candidate sentence; computed once per side).
    other_labels: list[frozenset[str]] | None = None
    # In prose that gives one measure several times ("2290 shards for the ep runs and 141
    # shards for the nc runs"), each number: its own qualifier and those of the others.
    qualifiers: list[frozenset[str]] = field(default_factory=list)  # each number's own
    other_qualifiers: list[frozenset[str]] | None = None  # of the other numbers of its noun
    rates: list[str | None] = field(default_factory=list)  # each number: what it is per
    # Each number: in the text's opening condition, before the number of its result.
    conditions: list[bool] = field(default_factory=list)
    amounts: list[bool] = field(default_factory=list)  # each number: a change's size
    # each number: a gap's size, a gap word after it ("1.1 F1 behind", verify/gap_amounts.py)
    gaps: list[bool] = field(default_factory=list)
    # each number: printed after "±", a spread, not a value (verify/spread_numbers.py)
    spreads: list[bool] = field(default_factory=list)
    # `required`, derived on first use: a side is read against many sentences (a claim) or
    # claims (a sentence), and its names never change once it is prepared.
    _required: set[str] | None = field(default=None, repr=False, compare=False)

    @property
    def names(self) -> set[str]:
        return set(self.order)

    def required(self) -> set[str]:
        """Names a passage must hold: not metrics, not generic lower-case task categories.
        The set is the side's own, shared by every caller: read it, never change it."""
        if self._required is None:
            self._required = {name for name in self.order
                              if not _soft(name, self.labels[name])}
        return self._required

    def holds(self, name: str) -> bool:
        if name in self.labels:
            return True
        if not name.islower():
            return False
        head = content_terms(name)
        return bool(head) and head[-1] in self.terms


def _soft(name: str, label: str) -> bool:
    return label == "METRIC" or name.islower()


def _side(text: str, entities: Sequence[Entity], quantities: Sequence[Quantity]) -> _Side:
    order = list(dict.fromkeys(entity.name for entity in sorted(entities,
                                                                 key=lambda e: e.span)))
    kept = sorted((quantity for quantity in quantities if quantity.unit != "year"),
                  key=lambda quantity: quantity.span)
    table = table_like(text, kept)
    # Spans of names that are not metrics: "On MNLI, 84.5" prints a subject before its number.
    names = [entity.span for entity in entities if entity.label != "METRIC"]
    row_labels = labels(text, kept) if table else None
    # In a flattened table the word after a number is the next row's label.
    measures = [() if table else measure_after(text, quantity) for quantity in kept]
    spreads = [after_spread_sign(text, quantity) for quantity in kept]
    lends = [lends_measure(text, quantity) for quantity in kept]  # not "± 0.11 indicating"
    measures = spread_measures(measures, lends)
    qualifiers = _own_qualifiers(text, kept)
    unit_families = [_unit_family(quantity.unit) for quantity in kept]
    families: dict[str | None, int] = {}
    for family in unit_families:
        families[family] = families.get(family, 0) + 1
    return _Side(order=order, quantities=kept, bindings=_bindings(kept, order),
                 unit_families=unit_families, families=families,
                 numbers=[_number(quantity) for quantity in kept],
                 terms=set(content_terms(text)),
                 negations=_negation_counts(text),
                 # A bound ("higher than 0.7") compares nothing (verify/word_forms.py).
                 comparative=_COMPARATIVE.search(without_bounds(text)) is not None,
                 labels={entity.name: entity.label for entity in entities},
                 measures=measures,
                 row_labels=row_labels, other_labels=_other_labels(row_labels),
                 qualifiers=qualifiers,
                 other_qualifiers=None if table else _qualifiers(
                     qualifiers, [() if spread else measure
                                  for measure, spread in zip(measures, spreads, strict=True)]),
                 ranged=_ranged(text, kept),
                 bounds=[bound_kind(text, *quantity.span) for quantity in kept],
                 changes=[quantity.text[:1] in "+-\u2212" for quantity in kept],
                 by_amounts=[_by_amount(text, quantity) for quantity in kept],
                 directed=_states_direction(text),
                 measures_before=[() if table else measure_before(text, quantity, names)
                                  for quantity in kept],
                 rates=spread_measures([None if table else rate_of(text, quantity)
                                        for quantity in kept], lends),
                 conditions=in_opening_condition(text, kept),
                 amounts=[claimed_amount(text, quantity) for quantity in kept],
                 gaps=[gap_after(text, quantity) for quantity in kept],
                 spreads=spreads)




def _other_labels(row_labels: list[frozenset[str]] | None) -> list[frozenset[str]] | None:
    if row_labels is None:
        return None
    return [frozenset().union(*(label for index, label in enumerate(row_labels) if index != slot))
            for slot in range(len(row_labels))]



_CLAIM_SIDES: Memo[tuple[str, bool], _Side] = Memo(4096)


def _claim_side(claim: Claim) -> _Side:
    """The claim prepared for comparison, once per distinct claim text (a claim citing several
    papers is read against each; its entities and quantities follow from its text)."""
    return _CLAIM_SIDES.get((claim.text, claim.truncated), lambda: _new_claim_side(claim))


def _new_claim_side(claim: Claim) -> _Side:
    # A truncated claim is compared as printed, without its possibly cut last word.
    return _side(query_text(claim), claim.entities,
                 [quantity for quantity in claim.quantities
                  if not _restates_list(claim, quantity)])


def _sentence_side(index: PassageIndex, number: int) -> _Side:
    key = ("source_check", number)
    prepared = index.prepared.get(key)
    if not isinstance(prepared, _Side):
        prepared = index.prepared[key] = shared_side(index.sentences[number], _side)
    return prepared


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|&)\s*", re.I)
_APPOSITION_GAP = re.compile(r"\s*[,(\u2013\u2014-]?\s*(?:the|these|those|both|all)?\s*", re.I)


def _restates_list(claim: Claim, quantity: Quantity) -> bool:
    """True for a count that only restates the names listed right before it: in "BUCC and
    Tatoeba, the two sentence retrieval target tasks" the claim itself shows the two, so the
    source need not print the number."""
    if quantity.unit is None or _unit_family(quantity.unit) == "score" or quantity.approximate:
        return False
    before = sorted((entity for entity in claim.entities if entity.span[1] <= quantity.span[0]),
                    key=lambda entity: entity.span)
    if not before or not _APPOSITION_GAP.fullmatch(
            claim.text[before[-1].span[1]:quantity.span[0]]):
        return False
    listed = 1
    for previous, following in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
        if not _LIST_GAP.fullmatch(claim.text[previous.span[1]:following.span[0]]):
            break
        listed += 1
    return listed >= 2 and listed == quantity.value
