"""What the words around a printed number say of it: the noun it counts (after it) or follows
(before it), whether it is a bound ("more than 280M"), an end of a range ("1 to 4"), the amount
of a change ("reduces ... by 39%"), and the words that qualify it ("141 shards for the nc
runs").

Each reading looks only at one text and its quantities; verify/number_sides.py gathers them
into a side prepared once per claim and per sentence, and verify/number_match.py compares two
sides. The rules they serve are told in number_match.py's docstring.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verify_claims.claims import Quantity
from verify_claims.extract.polarity import direction_of

from .content import measure_of
from .content_words import _MEASURE_SKIP
from .gap_amounts import gap_after
from .inner_measures import inner_measure
from .passages import content_terms
from .setting_measures import setting_measure
from .unit_compounds import compound_after

# Bound words right before a number: the number is a limit, not the value. A hedge ("more than
# just 3") and a number listed before it ("more than just 3 or 4 columns", arXiv:1804.07821,
# page 3: both numbers are limits, and "4 columns" confirmed "The network has four columns")
# stand between.
_BOUND = re.compile(r"(?P<kind>\b(?:more|less|fewer|greater|larger|smaller|higher|lower)\s+than"
                    r"|\bup\s+to|\bat\s+(?:least|most)|\bupwards\s+of|\bin\s+excess\s+of"
                    r"|\b(?:under|above|below|over|beyond|exceeding)|[<>\u2264\u2265\u2a7d\u2a7e])"
                    r"\s*(?:(?:about|around|approximately|roughly|nearly|almost|just|only|even)\s*)?"
                    r"(?:[0-9][0-9.,]*\s*(?:or|,)\s*)?$", re.I)
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
    r"|exceed\w*|surpass\w*|superior|inferior|overtak(?:e|es|en|ing)|overtook|outpac\w*"
    r"|outstrip\w*|outscor\w*|outdo\w*|outdid|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?)\b", re.I)




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


# A bound printed after its number: "3 or more columns", "5 or fewer", "10 and above".
_BOUND_AFTER = re.compile(r"\s*(?:or|and)\s+(?:more|fewer|less|above|over|higher|greater"
                          r"|larger|beyond|below|under|lower)\b", re.I)


def bound_around(text: str, start: int, end: int) -> bool:
    """Whether the number at `start`-`end` is a bound: a bound word before it (`_BOUND`) or
    "or more", "or fewer", "and above" after it (`_BOUND_AFTER`): "saturates at 3 or more
    columns" says no network has exactly 3 columns."""
    return _bound_before(text, start) or _BOUND_AFTER.match(text, end) is not None


def bound_kind(text: str, start: int, end: int) -> str:
    """The words of the bound of the number at `start`-`end`, lower-case and single-spaced
    ("at least", "more than", "or more"), or "" when it is no bound (`bound_around`)."""
    if _BOUND_WORDS.search(text, max(0, start - 40), start) is not None:
        before = _BOUND.search(text, max(0, start - 40), start)
        if before is not None:
            return " ".join(before.group("kind").casefold().split())
    after = _BOUND_AFTER.match(text, end)
    return " ".join(after.group().casefold().split()) if after is not None else ""


THRESHOLDS = frozenset(("at least", "at most", "up to", "or more", "or fewer", "or less"))
"""Bounds that papers state as a rule's threshold ("we keep the words that appear at least 5
times", "sentences of up to 50 words", "3 or more annotators"): two thresholds of one kind
with other numbers are two rules, where "more than 100B words" and "more than 50B words" may
both hold of one corpus (verify/number_match.py)."""


_BOUND_WORDS = re.compile(r"than|up|least|most|under|above|below|over|beyond|exceed|excess"
                          r"|[<>\u2264\u2265\u2a7d\u2a7e]", re.I)

_QUALIFIER_END = re.compile(r"[,;:.()\[\]]|\b(?:and|or|but|while|whereas|which|that)\b",
                            re.I)


_JOINING = re.compile(r"and|or", re.I)


def _hard_end(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first end of a qualifier in `text[start:end]` other than "and" and "or"."""
    for found in _QUALIFIER_END.finditer(text, start, end):
        if not _JOINING.fullmatch(found.group()):
            return found
    return None


def _own_qualifiers(text: str, quantities: Sequence[Quantity]) -> list[frozenset[str]]:
    """Each number's qualifier: the words after it up to punctuation, a conjunction or the
    next number ("2290 shards for the ep runs" → shards, ep, runs). An "and" or "or" ends it
    only when another number follows before the punctuation: in "25,000 sentences are used
    for each of the test and development examples." it joins two words of one phrase, and
    "development examples" qualify the 25,000 (round 32: read as no one's, the words let the
    150,000 "used to generate training examples" of the same sentence take "examples", and
    the claim printed word for word stayed unverified)."""
    own: list[frozenset[str]] = []
    for index, quantity in enumerate(quantities):
        end = quantities[index + 1].span[0] if index + 1 < len(quantities) else len(text)
        stop = _QUALIFIER_END.search(text, quantity.span[1], end)
        if stop and _JOINING.fullmatch(stop.group()):
            hard = _hard_end(text, stop.end(), end)
            if hard is not None or index + 1 == len(quantities):
                stop = hard  # no number after it in the clause: what it joins is this one's
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



def measure_after(text: str, quantity: Quantity) -> tuple[str, ...]:
    """`measure_of` (the noun after the number), reading through an adjective that only says
    the counted things differ ("12 different prepositions" → ("prepo",)) and never taking
    the second number's marker of a pair ("0.80 vs. 0.72") for a measure."""
    # "0.90 mV°C−1" measures per degree, not "mV" (unit_compounds); "0.5 BLEU points"
    found = ((whole,) if (whole := compound_after(text, quantity.span[1])) else
             measure_of(text, quantity) or inner_measure(quantity))
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
    setting = setting_measure(text, quantity, names)
    if setting is not None:
        return setting  # "the batch size is 32" (verify/setting_measures.py)
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


_BETWEEN_GAP = re.compile(r"\s*and\s*")


def _ranged(text: str, quantities: Sequence[Quantity]) -> list[bool]:
    """For each number, whether it is an end of a range with its neighbour ("1 to 4"; also
    "between 29k and 70k": a value between two numbers is stated as a range, not as either
    number)."""
    ends = [False] * len(quantities)
    for index in range(len(quantities) - 1):
        start = quantities[index].span[0]
        gap = text[quantities[index].span[1]:quantities[index + 1].span[0]]
        before = text[max(0, start - 8):start].casefold()
        if _RANGE_GAP.fullmatch(gap) and not before.endswith("from "):
            ends[index] = ends[index + 1] = True  # "from 18.5 to 6.8" is a change, no range
        elif _BETWEEN_GAP.fullmatch(gap) and before.endswith("between "):
            ends[index] = ends[index + 1] = True
    return ends


_RATE = re.compile(r"\s*(?:[^\W\d_][\w\-]*\s+){0,3}?(?:per|a|an|each)\s+([^\W\d_]+)"
                   r"|\s*[^\W\d_][\w\-]*/([^\W\d_]+)")
_RATE_NOUNS_AFTER_ARTICLE = frozenset(content_terms(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "machine machines node nodes core cores processor processors computer computers"))


def rate_of(text: str, quantity: Quantity) -> str | None:
    """What a number is counted per, as an index term: "75,000 documents per hour" → "hour",
    "200,000 documents per machine" → "machin", "45.9K documents/hour" → "hour"; None for a
    plain count or level. A rate per one thing and a count, or rates per different things, are
    different quantities, whatever their nouns: a number of documents per machine says nothing
    of a number of documents per hour. ("a"/"an"/"each" stand for "per" only before a unit of
    time or of machinery: "twice a day", not "a collection".)"""
    match = _RATE.match(text, quantity.span[1])
    if not match:
        return None
    word = match.group(1) or match.group(2)
    terms = content_terms(word)
    if not terms:
        return None
    per = match.group(0).split()
    if match.group(1) and per[-2].casefold() in ("a", "an", "each") \
            and terms[0] not in _RATE_NOUNS_AFTER_ARTICLE:
        return None
    return terms[0]


_OPENING = re.compile(r"(?:for|with|on|at|using|keeping|given|running|after|in)\b[^,;:]*,",
                      re.I)


def opening_end(text: str) -> int | None:
    """Where the text's opening condition ("In a dataset of 4,113 clicks, ...") ends, after its
    comma; None when it opens with none."""
    opening = _OPENING.match(text.lstrip())
    return None if opening is None else len(text) - len(text.lstrip()) + opening.end()


def in_opening_condition(text: str, quantities: Sequence[Quantity]) -> list[bool]:
    """For each number, whether it lies in the claim's opening condition ("For 200k news
    documents, ...", "With 50 computers, ...") while a number after it states the result.
    The opening phrase sets the setting of the result; a passage that gives another number
    of the setting's noun but none of the result speaks of another setting (the whole data
    set, another experiment), so it decides nothing about the claim by that number alone."""
    found = [_labels_a_value(text, quantities, index) for index in range(len(quantities))]
    opening = _OPENING.match(text.lstrip())
    if opening is None:
        return found
    end = len(text) - len(text.lstrip()) + opening.end()
    if not any(quantity.span[0] >= end for quantity in quantities):
        return found
    return [flag or quantity.span[1] <= end for flag, quantity in zip(found, quantities,
                                                                      strict=True)]


_IS_NUMBER = re.compile(r"\s+(?:is|was|are|were)\s+(?=[-\u2212+]?\.?\d)|\s*[=:]\s*(?=\d)", re.I)


def _labels_a_value(text: str, quantities: Sequence[Quantity], index: int) -> bool:
    """"50 is 4.1", "k = 5: 0.82": a number that is the subject of another number names the
    setting the other number is measured at (a column "50"), not a value of its own."""
    if index + 1 >= len(quantities):
        return False
    gap = _IS_NUMBER.match(text, quantities[index].span[1])
    return gap is not None and gap.end() == quantities[index + 1].span[0]


# Verbs and words of a change: a number after "by" in a text that has one is the change's size.
CHANGE_VERBS = re.compile(
    r"\b(?:improv\w*|increas\w*|decreas\w*|rais\w*|lower\w*|drop\w*|fall\w*|fell|"
    r"gain\w*|los[et]\w*|reduc\w*|boost\w*|lift\w*|cut\w*|rise[sn]?|rose|grow\w*|"
    r"grew|shrink\w*|declin\w*|outperform\w*|beat\w*|trail\w*|exceed\w*|higher|"
    r"lower|better|worse|differ\w*|margin|ahead|behind|cost\w*|hurt\w*|help\w*)\b", re.I)


def claimed_amount(text: str, quantity: Quantity) -> bool:
    """Whether a claimed number is the size of a change: `_by_amount`, or it follows "by" in a
    text with a word of change ("cut the runtime by 13.1 hours"), or a gap word follows it
    ("1.1 F1 behind", verify/gap_amounts.py). The size of a change is no
    level: "a runtime of 9 hours" does not contradict it."""
    start = quantity.span[0]
    return _by_amount(text, quantity) or (
        text[max(0, start - 4):start].casefold().endswith("by ")
        and CHANGE_VERBS.search(text[:start]) is not None) or gap_after(text, quantity)
