"""What a statement says about the direction of an effect, and whether it denies it.

"MNLI improves XNLI" and "MNLI does not improve XNLI" share every name and number; what tells
them apart is a direction word and a negation. The verifier compares claims with source
sentences on exactly these two things (DESIGN.md: "direction (improves/lowers), negation"), so
both are read here, once, for claims and paper sentences alike. Claims without numbers need
this most: "XNLI does not see benefits from intermediate training" has nothing else to check.

The direction and negation words live in claims/vocabulary.py (verify matches relations with
them too) and are re-exported here for the quantity parser (extract/quantities.py), so there is
one list of direction and negation words, and one definition of a clause.

Direction
    A word of `INCREASE_WORDS` ("improves", "gains", "helps", "outperforms", "beats",
    "higher", "better", ...) or `DECREASE_WORDS` ("lowers", "hurts", "drops", "degrades",
    "worse", "underperforms", ...). "up" and "down" count only before "by" ("went up by 2"):
    "up to 40 languages" says nothing about a direction; nor does "the help of"; "loss" counts
    only as "a loss in/of" something ("a huge loss in precision"), never as the objective a
    model minimises ("a triplet ranking loss", "the loss of the incorrect classes"). An
    attributive comparative ("a higher learning rate hurts") gives way to a later direction
    word of the same clause. When a clause has no direction word, the first number in it with
    one (see quantities.py) lends its direction ("8.7 points up"); an explicit sign on a
    number ("-0.8 points") overrides words, as it does for the number itself. A correlative
    comparative ("the higher the threshold, the fewer clusters") has the direction of its two
    comparatives taken together (extract/correlatives.py), not of its first.

Negation (`negated`: the statement denies the direction it names)
    - a verbal negation ("not", "n't", "never", "cannot", "fails to", "none") up to five words
      before the direction word, not reaching back past a comma, "and", "or" or a relative
      pronoun: "does not see benefits", "fails to improve", "did not lead to any improvement";
    - "neither" anywhere before it in the clause: "neither A nor B consistently beats C";
    - "no" or "without" up to three words before a direction word that can be a noun, a
      comparative or a gerund: "no consistent gain", "without any improvement", "no better",
      "without hurting". Not before a finite verb: in "tasks with no training data improve",
      "no" belongs to "training data";
    - a verbal negation up to three words after a noun: "improvements were not observed";
    - "no" right after a verb of needing denies that verb: "requires no communication" says
      what "does not require any communication" says (`NEED_WORDS`);
    - "no" up to two words before a noun naming an effect as such ("no significant
      difference", "no effect", "no change") denies as "was not significant" does.
    "not only" is no negation. Without any direction word, `negated` is True when the clause
    has a verbal negation ("the study does not use XLM-R"), not for a negation that only
    qualifies a noun ("have no training data of their own"): that describes, it denies
    nothing.

Clauses and the statement as a whole
    Clauses end at sentence ends, ";" and ":", and before whereas/while/but/although/though/
    however. A clause opened by a subordinating word (although, though, while, whereas) is
    subordinate; when such a clause starts a sentence ("Although A helps X, B hurts it") its
    first comma ends it. `statement_polarity` answers for the first main clause with a
    direction word (else the first clause with one, else the first main clause's negation):
    "TyDiQA shows consistent improvements ..., whereas XNLI does not see benefits" gives
    (increase, False). `clause_polarities` gives every clause, so that a caller can pick the
    one that mentions the entity in question. A truncated claim is read as printed.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from verify_claims.claims import Clause, Quantity
from verify_claims.claims.vocabulary import (
    DECREASE_WORDS,
    INCREASE_WORDS,
    NEED_WORDS,
    NEGATION_WORDS,
)
from verify_claims.extract.correlatives import correlative_direction
from verify_claims.extract.subject_negations import denied_subject

__all__ = [
    "CLAUSE_BREAK",
    "DECREASE_WORDS",
    "INCREASE_WORDS",
    "NEGATION_WORDS",
    "ClausePolarity",
    "clause_bounds",
    "clause_polarities",
    "direction_of",
    "is_negation",
    "sentence_ends",
    "statement_polarity",
]

Direction = Literal["increase", "decrease"]


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --------------------------------------------------------------------------------------------
# Word classes (the shared direction and negation words are in claims/vocabulary.py)

# Negations that deny a noun phrase rather than a verb: "no gain", "without labels".
_NOMINAL_NEGATIONS = _wordset("no without")
# Direction words that can stand as a noun, a comparative or a gerund, so "no"/"without" may
# deny them ("no gain", "no better", "without hurting"); the other forms are finite verbs.
_NOUN_FORMS = _wordset(
    "improvement improvements increase increases gain gains boost boosts raise rise rises "
    "benefit benefits higher better lower worse decrease decreases drop drops degradation "
    "reduction decline declines fall falls"
)
_COMPARATIVES = _wordset("higher better lower worse superior inferior")
# Nouns naming an effect as such: "no (significant) difference" denies an effect the way "was
# not significant" or "did not change" does, where "no training data" only describes.
_EFFECT_NOUNS = _wordset("difference differences effect effects impact change changes")
# "loss" is a direction only as a loss *in* something, or *a* loss *of* something: in machine
# learning the word mostly names the objective ("a triplet ranking loss", "the loss of the
# incorrect classifications"), which says nothing of a direction.
_LOSS = _wordset("loss losses")
# A comparative followed by one of these is predicative ("higher on XNLI", "better than").
_AFTER_PREDICATIVE = _wordset("than to by on in for at with across and or overall")
# Where the backward search for a verbal negation stops: a new conjunct or relative clause.
_SCOPE_STOPS = _wordset(", ( and or that which who whom whose where")
_SUBORDINATORS = _wordset("although though while whereas")
_NEGATION_SCOPE = 5  # words a verbal negation may stand before its direction word
_NOMINAL_SCOPE = 3  # words "no"/"without" may stand before theirs

# Clause and sentence boundaries (the quantity parser's clauses are the same).
CLAUSE_BREAK = re.compile(r"[;:]\s|\b(?:whereas|while|but|although|though|however)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])")
_ABBREVIATIONS = ("al", "e.g", "i.e", "vs", "cf", "Fig", "Eq", "Sec", "Tab", "No")

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[,(]")
_SIGNS = "+-\u2212\u2013"


def direction_of(word: str) -> Direction | None:
    """ "increase" or "decrease" for a lower-case direction word, else None."""
    if word in INCREASE_WORDS:
        return "increase"
    if word in DECREASE_WORDS:
        return "decrease"
    return None


def is_negation(word: str) -> bool:
    """A lower-case word that negates: "not", "no", "without", "fails", "doesn't", ..."""
    return word in NEGATION_WORDS or word.endswith(("n't", "n’t"))


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence-final mark that is followed by a new sentence; a full
    stop after an abbreviation ("et al.", "e.g.", "Fig.") ends nothing."""
    return [match.end() for match in _SENTENCE_END.finditer(text)
            if not _after_abbreviation(text, match.start())]


def _after_abbreviation(text: str, dot: int) -> bool:
    for abbreviation in _ABBREVIATIONS:
        start = dot - len(abbreviation)
        if text.startswith(abbreviation, start) and (start == 0 or not text[start - 1].isalpha()):
            return True
    return False


def clause_bounds(text: str) -> list[int]:
    """Sorted start offsets of the clauses of `text` (0 first): sentence ends, "; ", ": " and
    the words whereas/while/but/although/though/however. A clause runs to the next start."""
    breaks = {0, *sentence_ends(text)}
    breaks.update(match.start() for match in CLAUSE_BREAK.finditer(text))
    return sorted(breaks)


# --------------------------------------------------------------------------------------------
# Clauses


class ClausePolarity(NamedTuple):
    """One clause of a statement: its [start, end) in the text and what it says."""

    start: int
    end: int
    direction: Direction | None
    negated: bool


class _Clause(NamedTuple):
    polarity: ClausePolarity
    subordinate: bool


def clause_polarities(text: str, quantities: list[Quantity] | None = None) -> list[ClausePolarity]:
    """Every clause of `text` with its direction and negation (module docstring), in order.

    `quantities` are the numbers parsed from the same text (parse_quantities); when None and
    the text has digits they are parsed here, without entities. They lend a direction to a
    clause that has no direction word, and an explicit sign overrides the words."""
    return [clause.polarity for clause in _clauses(text, quantities)]


def statement_polarity(text: str,
                       quantities: list[Quantity] | None = None) -> tuple[Direction | None, bool]:
    """(direction, negated) of the statement as a whole: of its first main clause that names a
    direction, else of the first clause that does, else (None, whether the first main clause,
    or failing one the first clause, is negated). See the module docstring for the rules.

    >>> statement_polarity("XNLI does not see benefits from intermediate training.")
    ('increase', True)
    """
    return _statement(_clauses(text, quantities))


def _statement(clauses: list[_Clause]) -> tuple[Direction | None, bool]:
    main = [clause.polarity for clause in clauses if not clause.subordinate]
    every = [clause.polarity for clause in clauses]
    for candidates in (main, every):
        for clause in candidates:
            if clause.direction is not None:
                return clause.direction, clause.negated
    first = (main or every)[:1]  # no direction anywhere: is the main verb negated?
    return None, bool(first) and first[0].negated


def _clauses(text: str, quantities: list[Quantity] | None) -> list[_Clause]:
    if quantities is None:
        quantities = _parse_numbers(text)
    starts = clause_bounds(text)
    clauses: list[_Clause] = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        for low, high, subordinate in _split_leading_subordinate(text, start, end):
            low, high = _trim(text, low, high)
            if low < high:
                clauses.append(_Clause(_read_clause(text, low, high, quantities), subordinate))
    return clauses


def _split_leading_subordinate(text: str, start: int,
                               end: int) -> list[tuple[int, int, bool]]:
    """A clause opened by although/though/while/whereas is subordinate. At the start of a
    sentence ("Although A helps X, B hurts it") its first comma ends it: what follows is the
    main clause."""
    first = _WORD.search(text, start, end)
    if first is None or first.group().lower() not in _SUBORDINATORS:
        return [(start, end, False)]
    before = start  # the last printed character before the clause (no copy of the text)
    while before and text[before - 1].isspace():
        before -= 1
    at_sentence_start = not before or text[before - 1] in ".!?;:"
    comma = text.find(",", first.end(), end)
    if at_sentence_start and comma != -1:
        return [(start, comma, True), (comma + 1, end, False)]
    return [(start, end, True)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ";:,"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _parse_numbers(text: str) -> list[Quantity]:
    if not any(character.isdigit() for character in text):
        return []
    # Late import: quantities.py imports this module's vocabulary. No entities are needed to
    # read a number's direction, and leaving them out keeps spaCy out of this path.
    from .quantities import parse_quantities

    return parse_quantities(text, [])


# --------------------------------------------------------------------------------------------
# One clause


def _read_clause(text: str, start: int, end: int, quantities: list[Quantity]) -> ClausePolarity:
    words = [match.group().lower() for match in _WORD.finditer(text, start, end)]
    found = _main_direction_word(words)
    direction: Direction | None = None
    negated = False
    if found is not None:
        direction = direction_of(words[found])
        negated = _denies(words, found)
    correlative = correlative_direction(text[start:end])
    if correlative is not None:  # "the higher the threshold, the fewer clusters"
        direction = correlative
    inside = [quantity for quantity in quantities if start <= quantity.span[0] < end]
    signed = next((quantity for quantity in inside if quantity.text[:1] in _SIGNS
                   and quantity.sign is not None), None)
    if signed is not None:
        direction = "increase" if signed.sign > 0 else "decrease"  # "-0.8 points"
    elif direction is None:
        lender = next((quantity for quantity in inside if quantity.direction), None)
        if lender is not None:
            direction = "increase" if lender.direction == "increase" else "decrease"
            negated = lender.negated
    if direction is None:
        negated = any(_verbal_negation(words, index) for index in range(len(words))) \
            or denied_subject(words)  # "no segmentation is applied" (subject_negations.py)
    return ClausePolarity(start, end, direction, negated)


def _main_direction_word(words: list[str]) -> int | None:
    """Index of the clause's direction word: the first one, except that an attributive
    comparative ("a higher learning rate") gives way to a later direction word."""
    found = [index for index, word in enumerate(words) if _is_direction(words, index)]
    for index in found:
        if not _attributive(words, index) or index == found[-1]:
            return index
    return None


def _is_direction(words: list[str], index: int) -> bool:
    word = words[index]
    if word in ("up", "down"):  # "went up by 2", never "up to 40 languages"
        return index + 1 < len(words) and words[index + 1] == "by"
    if word == "help" and index and words[index - 1] == "the":
        return False  # "with the help of annotators"
    if word in _LOSS:  # "a loss in precision", never "the triplet loss" (what is minimised)
        following = words[index + 1] if index + 1 < len(words) else ""
        return following == "in" or (following == "of" and "the" not in words[index - 2:index])
    return direction_of(word) is not None


def _attributive(words: list[str], index: int) -> bool:
    if words[index] not in _COMPARATIVES or index + 1 >= len(words):
        return False
    following = words[index + 1]
    return following[0].isalpha() and following not in _AFTER_PREDICATIVE \
        and direction_of(following) is None


def _denies(words: list[str], index: int) -> bool:
    """Whether a negation scopes over the direction word at `index` (module docstring)."""
    if "neither" in words[:index]:
        return True
    for distance, back in enumerate(range(index - 1, -1, -1), start=1):
        word = words[back]
        if word in _SCOPE_STOPS or distance > _NEGATION_SCOPE:
            break
        if word in _NOMINAL_NEGATIONS:
            if distance <= _NOMINAL_SCOPE and _noun_like(words[index]):
                return True
        elif _verbal_negation(words, back):
            return True
    if words[index] in _NOUN_FORMS:  # "improvements were not observed"
        return any(_verbal_negation(words, after)
                   for after in range(index + 1, min(index + 4, len(words))))
    return False


def _noun_like(word: str) -> bool:
    return word in _NOUN_FORMS or word.endswith("ing")


def _verbal_negation(words: list[str], index: int) -> bool:
    """A negation of the verb: not "no"/"without" (they qualify a noun), and not "not only".
    After a verb of needing, "no" denies the verb: "needs no labels" says what "does not need
    any labels" says (whereas "has no labels" describes)."""
    word = words[index]
    if word == "no" and index and words[index - 1] in NEED_WORDS:
        return True
    if word == "no" and any(following in _EFFECT_NOUNS for following in words[index + 1:index + 3]):
        return True  # "no significant difference" denies as "not significant" does
    if word in _NOMINAL_NEGATIONS or not is_negation(word):
        return False
    return not (word == "not" and index + 1 < len(words) and words[index + 1] == "only")


def polarity_fields(text: str, quantities: list[Quantity] | None = None) -> dict[str, object]:
    """The `direction`, `negated` and `clauses` fields of a Claim or Sentence, from one pass
    over the clauses."""
    clauses = _clauses(text, quantities)
    direction, negated = _statement(clauses)
    records = [Clause(span=(c.polarity.start, c.polarity.end), direction=c.polarity.direction,
                      negated=c.polarity.negated) for c in clauses]
    return {"direction": direction, "negated": negated, "clauses": records}
