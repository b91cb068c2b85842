"""Comparing the numbers of a claim with the numbers of a sentence (for the source check).

Each side (the claim, a paper's sentence) is prepared once (`_Side`): its names in order, its
numbers with their printed-precision intervals, the names each number is bound to, the noun
each counts (`measure_of`), and, in a table flattened into text, the row label of each
number. `_read_number` then answers how the sentence's numbers stand to one claimed number:
agree, disagree, flipped sign, or unknown, and how surely they are about the same thing. The
rules are those of verify/source_check.py's docstring, which decides with these readings;
they live apart to keep each module small.

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

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from verify_claims.claims import Claim, Entity, Quantity
from verify_claims.extract.polarity import direction_of

from .content import measure_of, measures_whole, same_measure
from .content_words import _MEASURE_SKIP, GENERIC
from .inner_measures import inner_measure
from .memo import Memo
from .passages import PassageIndex, content_terms, printed_digits, query_text
from .shown_words import labels, table_like
from .side_memo import shared_side
from .word_forms import without_bounds

_ROUNDING = 1e-9
"""Relative slack for floating-point sums when intervals are compared."""
APPROXIMATE = 0.10
"""Relative tolerance for "about", "nearly", "up to" numbers (bounds agree within it too, but
never contradict)."""

# Units that measure the same kind of thing. Percent and points share a family for agreement
# only (see the module docstring).
_SCORE_UNITS = {"%", "points", "percentage points"}
_ITEM_UNITS = {"examples", "sentences", "questions", "pairs", "documents"}
# Settings a setup states once: the unit alone says what the number is.
_SETTING_UNITS = {"learning_rate", "batch_size", "epochs", "seeds", "steps", "tokens", "runs"}
_NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|without|cannot|none|fail(?:s|ed)?)\b|n[’']t\b", re.I)
# Bound words right before a number: the number is a limit, not the value.
_BOUND = re.compile(r"(?:\b(?:more|less|fewer|greater|larger|smaller|higher|lower)\s+than"
                    r"|\bup\s+to|\bat\s+(?:least|most)|\bupwards\s+of"
                    r"|\b(?:under|above|below|over|beyond|exceeding)|[<>\u2264\u2265\u2a7d\u2a7e])"
                    r"\s*(?:(?:about|around|approximately|roughly|nearly|almost)\s*)?$", re.I)
# A measure printed before its number: "a precision of 0.75", "nDCG of 94.8", "the best nDCG,
# 98.4", "T = 20", "F1: 89.4", "accuracy is 0.8".
_BEFORE_TOKEN = re.compile(r"\([^()]{0,80}\)|[^\W\d_][\w\-'\u2019]*|[=:,]|\S")
_CONNECTORS = frozenset(("of", "=", ":", ",", "is", "was", "are", "were", "by"))
_HEDGES = frozenset(("about", "around", "roughly", "approximately", "nearly", "almost", "only",
                     "just", "~"))
# Adjectives between a count and its noun: "12 different prepositions" counts prepositions.
_COUNT_ADJECTIVES = frozenset(("different", "distinct", "unique", "separate", "individual"))
# Words a parser may record after a count that are not what it counts.
_NOT_COUNTED_NOUNS = frozenset((
    "respectively", "overall", "total", "relative", "absolute", "respective", "more", "less",
    "fewer", "other", "additional", "various", "several", "new", "higher", "lower", "each",
    "per")) | _COUNT_ADJECTIVES
# What a measure is not: "0.80 vs. 0.72" (the word after a number of a pair).
_NOT_A_MEASURE = frozenset(content_terms("vs versus"))
_NOT_MEASURE_BEFORE = frozenset(content_terms(
    "total average mean number set sum value values amount rate factor margin size order "
    "range maximum minimum max min top up down increase decrease improvement gain drop loss "
    "reduction difference change respectively vs versus e.g i.e example score scores "
    "result results performance"))
_COMPARATIVE = re.compile(
    r"\b(?:outperform\w*|underperform\w*|beat(?:s|ing)?|better|worse|higher|lower|than"
    r"|exceed\w*|surpass\w*|superior|inferior)\b", re.I)


# --------------------------------------------------------------------------------------------
# Units and values


def _unit_family(unit: str | None) -> str | None:
    if unit in _SCORE_UNITS:
        return "score"
    if unit in _ITEM_UNITS:
        return "items"
    return unit


def _units_agree(claimed: Quantity, found: Quantity) -> bool:
    """Units that allow the two numbers to be equal (an unknown unit allows anything)."""
    if claimed.unit is None or found.unit is None:
        return True
    return _unit_family(claimed.unit) == _unit_family(found.unit)


def _units_clash_allowed(claimed: Quantity, found: Quantity, counted: bool = False) -> bool:
    """Units that allow the two numbers to contradict: the same measure for certain. % and
    points differ (relative vs absolute); an unknown unit is taken for a score change only,
    or, with `counted` (both numbers measure the same noun, which stands in for a unit the
    parser does not know: "237M mentions"), for that noun."""
    same = {"percentage points": "points"}
    mine = same.get(claimed.unit or "", claimed.unit)
    theirs = same.get(found.unit or "", found.unit)
    if mine is None or theirs is None:
        if counted and (mine or theirs) not in _SCORE_UNITS and (mine or theirs) != "%":
            return True
        return (mine or theirs) in _SCORE_UNITS
    if mine in _ITEM_UNITS and theirs in _ITEM_UNITS:
        return True
    return mine == theirs


def values_agree(claimed: Quantity, found: Quantity) -> bool:
    """True when the claimed number can be the found one, given printed precision, a cut-off
    and approximation (see the module docstring)."""
    return _agree(_number(claimed), _number(found))


def _agree(claimed: _Number, found: _Number) -> bool:
    if claimed.cut_off and claimed.digits:  # a spelled number ("nine") is whole when cut
        return found.digits.startswith(claimed.digits)
    # Intervals that only touch ("0.9" and "0.8": [0.85, 0.95) and [0.75, 0.85)) do not
    # overlap, however the floating-point sums round (0.8 + 0.05 > 0.9 - 0.05).
    if max(claimed.low, found.low) < min(claimed.high, found.high) - _ROUNDING * max(
            1.0, abs(claimed.high), abs(found.high)):
        return True
    if claimed.approximate or found.approximate:
        mine, theirs = (claimed.low + claimed.high) / 2, (found.low + found.high) / 2
        return abs(mine - theirs) <= APPROXIMATE * max(abs(mine), abs(theirs), 1e-12)
    return False


def transposed(claimed: Quantity, found: Quantity) -> bool:
    """8.2 vs 2.8, 392,702 vs 392,720: the same digits in another order."""
    mine = printed_digits(claimed).replace(".", "")
    theirs = printed_digits(found).replace(".", "")
    return mine != theirs and sorted(mine) == sorted(theirs)


# --------------------------------------------------------------------------------------------
# The two sides, prepared once


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


@dataclass(frozen=True)
class _Number:
    """What comparing a number needs, computed once per number."""

    low: float  # the printed-precision interval [low, high)
    high: float
    digits: str  # printed digits, for cut-off prefixes and transposition
    approximate: bool
    cut_off: bool


def _number(quantity: Quantity) -> _Number:
    low, high = quantity.interval
    return _Number(low, high, printed_digits(quantity), quantity.approximate, quantity.cut_off)


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
    negations: frozenset[str]
    comparative: bool
    labels: dict[str, str]  # name -> entity label
    measures: list[tuple[str, ...]]  # the counted or measured noun of each number
    row_labels: list[frozenset[str]] | None  # in a table-like text, the label of each number
    ranged: list[bool]  # each number: an end of a range ("1 to 4", "2-5")
    bounds: list[bool]  # each number: a bound ("more than 280M", "up to 5"), not a value
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

    @property
    def names(self) -> set[str]:
        return set(self.order)

    def required(self) -> set[str]:
        """Names a passage must hold: not metrics, not generic lower-case task categories."""
        return {name for name in self.order if not _soft(name, self.labels[name])}

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
    qualifiers = _own_qualifiers(text, kept)
    unit_families = [_unit_family(quantity.unit) for quantity in kept]
    families: dict[str | None, int] = {}
    for family in unit_families:
        families[family] = families.get(family, 0) + 1
    return _Side(order=order, quantities=kept, bindings=_bindings(kept, order),
                 unit_families=unit_families, families=families,
                 numbers=[_number(quantity) for quantity in kept],
                 terms=set(content_terms(text)),
                 negations=frozenset(word.casefold() for word in _NEGATION.findall(text)),
                 # A bound ("higher than 0.7") compares nothing (verify/word_forms.py).
                 comparative=_COMPARATIVE.search(without_bounds(text)) is not None,
                 labels={entity.name: entity.label for entity in entities},
                 measures=measures,
                 row_labels=row_labels, other_labels=_other_labels(row_labels),
                 qualifiers=qualifiers,
                 other_qualifiers=None if table else _qualifiers(qualifiers, measures),
                 ranged=_ranged(text, kept),
                 bounds=[_bound_before(text, quantity.span[0]) for quantity in kept],
                 changes=[quantity.text[:1] in "+-\u2212" for quantity in kept],
                 by_amounts=[_by_amount(text, quantity) for quantity in kept],
                 directed=_states_direction(text),
                 measures_before=[() if table else measure_before(text, quantity, names)
                                  for quantity in kept])


# "reduces the error by an average of 39%", "improved by about 2 points": the amount of a change.
_BY = re.compile(r"\bby\s+(?:(?:an?|the)\s+)?(?:(?:average|mean|total)\s+of\s+)?"
                 r"(?:(?:about|around|roughly|nearly|almost|only|just|over|up\s+to)\s+)?$",
                 re.I)


def _by_amount(text: str, quantity: Quantity) -> bool:
    """Whether the number is the amount of a change: it follows "by", and it carries a
    direction or its clause has a direction word ("reduces the missing area under the curve
    by an average of 39%"). Such an amount and a level ("the average for REALM is 0.851") are
    different measures, as a signed change is."""
    start = quantity.span[0]
    by = _BY.search(text, max(0, start - 40), start)
    if by is None:
        return False
    if quantity.direction is not None:
        return True
    clause = re.split(r"[;:.()]|\b(?:and|but|while|whereas)\b", text[max(0, by.start() - 80):
                                                                     by.start()])[-1]
    return _states_direction(clause)


def _states_direction(text: str) -> bool:
    """Whether `text` has a direction word of the lexicon (extract/polarity.py)."""
    return any(direction_of(word) for word in re.findall(r"[a-z]+", text.casefold()))


def _bound_before(text: str, start: int) -> bool:
    """Whether a bound word ends right before the number at `start` (`_BOUND`). Every bound
    holds one of the words of `_BOUND_WORDS`, found by a regular expression twice as fast,
    so most numbers are answered without trying `_BOUND` at every position."""
    first = max(0, start - 40)
    return _BOUND_WORDS.search(text, first, start) is not None \
        and _BOUND.search(text, first, start) is not None


_BOUND_WORDS = re.compile(r"than|up|least|most|under|above|below|over|beyond|exceeding"
                          r"|[<>\u2264\u2265\u2a7d\u2a7e]", re.I)

_QUALIFIER_END = re.compile(r"[,;:.()\[\]]|\b(?:and|or|but|while|whereas|which|that)\b",
                            re.I)


def _own_qualifiers(text: str, quantities: Sequence[Quantity]) -> list[frozenset[str]]:
    """Each number's qualifier: the words after it up to punctuation, a conjunction or the
    next number ("2290 shards for the ep runs" → shards, ep, runs)."""
    own: list[frozenset[str]] = []
    for index, quantity in enumerate(quantities):
        end = quantities[index + 1].span[0] if index + 1 < len(quantities) else len(text)
        stop = _QUALIFIER_END.search(text, quantity.span[1], end)
        words = content_terms(text[quantity.span[1]:stop.start() if stop else end])
        own.append(frozenset(term for term in words[:8] if not term[0].isdigit()))
    return own


def _qualifiers(own: list[frozenset[str]], measures: Sequence[tuple[str, ...]]
                ) -> list[frozenset[str]] | None:
    """For a sentence that gives two or more numbers of one counted noun, for each number the
    qualifiers of the other numbers of its noun; None when no noun is counted twice."""
    heads = [measure[-1:] for measure in measures]
    if len({head for head in heads if head}) == len([head for head in heads if head]):
        return None
    return [frozenset().union(*(own[other] for other, theirs in enumerate(heads)
                                if other != index and head and theirs == head))
            for index, head in enumerate(heads)]


def _other_labels(row_labels: list[frozenset[str]] | None) -> list[frozenset[str]] | None:
    if row_labels is None:
        return None
    return [frozenset().union(*(label for index, label in enumerate(row_labels) if index != slot))
            for slot in range(len(row_labels))]


def measure_after(text: str, quantity: Quantity) -> tuple[str, ...]:
    """`measure_of` (the noun after the number), reading through an adjective that only says
    the counted things differ ("12 different prepositions" → ("prepo",)) and never taking
    the second number's marker of a pair ("0.80 vs. 0.72") for a measure."""
    found = measure_of(text, quantity) or inner_measure(quantity)  # "0.5 BLEU points"
    if found and found[0] in _NOT_A_MEASURE:
        return ()
    unit = (quantity.unit or "").casefold()
    if not found and unit.isalpha() and unit not in _MEASURE_SKIP \
            and unit not in _NOT_COUNTED_NOUNS:
        # A counted noun whose five-letter stem is also that of a word that names no measure
        # ("relations" and "relative"): the noun the parser recorded is what is counted.
        return tuple(content_terms(unit)[-1:])
    if not found:
        following = _NEXT_WORD.match(text, quantity.span[1])
        if following and following.group(1).casefold() in _COUNT_ADJECTIVES:
            found = measure_of(text, quantity.model_copy(
                update={"span": (quantity.span[0], following.end()), "unit": None}))
    return found


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def measure_before(text: str, quantity: Quantity,
                   names: Sequence[tuple[int, int]] = ()) -> tuple[str, ...]:
    """The measure a number is printed after, as index terms: "a precision of 0.75" →
    ("preci",), "nDCG of 94.8" → ("ndcg",), "the best nDCG, 98.4" → ("ndcg",), "T = 20" → ()
    (a one-letter symbol says nothing). A generic noun ("a total of 361", "an average of")
    names no measure, nor does a word of a name in `names` (spans of names that are not
    metrics: "On MNLI, 84.5" names the data set, not the measure)."""
    start = quantity.span[0]
    first = max(0, start - 140)
    tokens = [(match.group(), match.start()) for match in
              _BEFORE_TOKEN.finditer(text, first, start)]
    if tokens and tokens[-1][0].casefold() in _HEDGES:
        tokens.pop()
    if len(tokens) < 2 or tokens[-1][0].casefold() not in _CONNECTORS:
        return ()
    tokens.pop()
    if tokens[-1][0].startswith("(") and len(tokens) > 1:
        tokens.pop()  # "error (measured in missing area under the curve) by 46%"
    word, position = tokens[-1]
    if not word[0].isalpha() or any(low <= position < high for low, high in names):
        return ()
    word = word.casefold().rstrip("'’")
    terms = content_terms(word)
    if len(word) < 2 or not terms or terms[-1] in _NOT_MEASURE_BEFORE \
            or _COMPARATIVE.fullmatch(word):
        return ()
    return (terms[-1],)


_RANGE_GAP = re.compile(r"\s*(?:to|-|\u2013|\u2014)\s*")


def _ranged(text: str, quantities: Sequence[Quantity]) -> list[bool]:
    """For each number, whether it is an end of a range with its neighbour ("1 to 4")."""
    ends = [False] * len(quantities)
    for index in range(len(quantities) - 1):
        start = quantities[index].span[0]
        if _RANGE_GAP.fullmatch(text[quantities[index].span[1]:quantities[index + 1].span[0]]) \
                and not text[max(0, start - 5):start].casefold().endswith("from "):
            ends[index] = ends[index + 1] = True  # "from 18.5 to 6.8" is a change, no range
    return ends


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


# --------------------------------------------------------------------------------------------
# Comparing numbers


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


def _read_number(position: int, claim: _Side, sentence: _Side,
                 taken: frozenset[int] = frozenset()) -> _Pair:
    """How the sentence's numbers answer the claim's number at `position`: the first agreeing
    one, else the (best bound) one it disagrees with, else unknown. Slots in `taken` are
    numbers other claimed numbers agree with (verify/number_slots.py)."""
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
        measure = same_measure(my_measure, sentence.measures[slot])
        if measure is False and family is not None and family == found_family:
            measure = None  # units of one family ("examples", "sentence pairs") decide
        if claimed.unit == "%" and quantity.unit != "%" and sentence.measures[slot]:
            continue  # "50%" is a share; "50 summaries" a count
        if measure is False:
            continue  # "87.5 cards" and "22.4 papers": a different measure is no evidence
        agree = _agree(mine, theirs)
        if agree and _fraction_of_a_count(claimed, quantity, sentence.measures[slot]):
            continue  # "a window of 5 words" does not say 4.6
        # The noun printed before both numbers ("a threshold of 1.1"), or, without a noun
        # after both, the noun before either, stands in for the noun after.
        mine_noun = my_noun
        their_noun = sentence.measures[slot] or sentence.measures_before[slot]
        before = same_measure(my_before, sentence.measures_before[slot])
        either = same_measure(mine_noun, their_noun) if measure is None else None
        counted = measure is True or before is True or either is True
        if not agree and (my_bound or sentence.bounds[slot]
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
    rank = {"strong": 0, "sole": 1, "unnamed": 2, "loose": 3}
    return min(clashing, key=lambda pair: rank[pair.binding], default=_Pair(claimed))


def _fraction_of_a_count(claimed: Quantity, found: Quantity,
                         counted: tuple[str, ...]) -> bool:
    """Whether the claim gives a fraction ("4.6", "0.57") where the passage counts things with
    a whole number ("a context window of 5 words", "frequency 1 extractions"). A count of
    things is exact as printed, not a rounding, so its printed-precision interval does not
    stand for the fractions around it; a share or score ("5 points", "5%") may be rounded and
    keeps its interval, as does a number with a magnitude ("2M") or a hedge ("about 5")."""
    if not counted or found.approximate or _unit_family(found.unit) == "score" \
            or claimed.approximate or claimed.cut_off or float(claimed.value).is_integer():
        return False
    printed = found.text.strip()
    return printed.replace(",", "").isdigit() and "." in printed_digits(claimed)


def _same_number_garbled(claimed: Quantity, found: Quantity) -> bool:
    """A number of three digits or more printed with the same digits in another order
    ("273M" for "237M"): the same count miscopied, not a count of something else, so its noun
    need not be qualified alike on both sides ("entity mentions", "mentions")."""
    return transposed(claimed, found) and len(printed_digits(claimed).replace(".", "")) >= 3


def _qualified_elsewhere(claim: _Side, position: int, sentence: _Side, slot: int) -> bool:
    """In prose giving one measure several times, whether a word of the claim qualifies
    another number of that measure and not this one: "141 shards for the ep runs" against
    "2290 shards for the ep runs and 141 shards for the nc runs" (the 141 are the nc runs')."""
    if sentence.other_qualifiers is None:
        return False
    own, others = sentence.qualifiers[slot], sentence.other_qualifiers[slot]
    wanted = claim.qualifiers[position] - GENERIC - set(claim.measures[position])
    return any(term in others and term not in own for term in wanted)


def _labelled_elsewhere(claim: _Side, sentence: _Side, slot: int) -> bool:
    """In a table flattened into text ("Without LM 49.9 With LM 54.1"), whether a word of the
    claim labels another number of the sentence and not this one: the number then belongs to
    another row or column than the one the claim speaks of."""
    if sentence.row_labels is None or sentence.other_labels is None:
        return False
    own, others = sentence.row_labels[slot], sentence.other_labels[slot]
    return any(term in others and term not in own for term in claim.terms - GENERIC)


