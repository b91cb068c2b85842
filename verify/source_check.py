"""The source check: does a passage of the cited paper support or contradict the claim?

`check_source` takes the candidate sentences of `PassageIndex` and reads each against the
claim. What it compares was parsed by the same extractors on both sides (entities,
quantities, the statement's direction and negation), so like is compared with like.

Numbers (statcheck-style). A claimed number agrees with a number of the passage when their
printed-precision intervals (`Quantity.interval`) overlap: "5.4" stands for [5.35, 5.45), so a
source's 5.45 agrees and 5.5 does not. A number the report's cut may have shortened
(`cut_off`) agrees with any source number that starts with its printed digits ("5.4" with
5.45, "1,104" with 1,104,934). An approximate number ("about 400,000") agrees within 10 %
and, outside it, disagrees; a bound ("up to 40", "more than 280M") never contradicts. How a
number's measure is read (its counted noun after it, its noun before it, a signed change,
transposed digits) is told in verify/number_match.py. Percent and points are one family for
agreement ("5.4%" agrees with "5.4 points"), but a different value in % and in points is no
contradiction (a relative and an absolute change can both be true). A count that restates the
names the claim lists just before it ("BUCC and Tatoeba, the two retrieval tasks") is not
looked for.

Binding: two numbers are compared only when they are about the same thing. Their units must
be compatible, and the names each is tied to must not differ: `bound_to`, else the name at the
same position when a text has as many numbers as names (an aligned list, see `_bindings`),
else every name of its clause (`attaches_to`). A pair is bound

- "strong" when both are tied to the same single name, or to the same names;
- "sole" when each is the only number of its kind (unit family) in its text and the claim's
  names are among the source number's: "MNLI raises Tatoeba accuracy by 5.4 points over XLM-R"
  answers "MNLI improves Tatoeba accuracy by 6.1 points";
- "unnamed" when neither is tied to any name; "loose" otherwise (never enough to contradict).

A claim number tied to a name that the passage ties to another number is never matched.

Names. Metric names (accuracy, F1) are not required of a passage, and a generic, lower-case
task category ("sentence retrieval") is found when its head word is ("Tatoeba retrieval
accuracy"). All other names of the claim are its required names.

Whole content (issue 11, verify/content.py). Names and numbers in common are not enough: a
sentence decides only when its passage (the sentence, its neighbours in the same section, the
section and paper titles) accounts for everything the claim asserts: its words weighted by
rarity in the paper (a name it lacks, or a word the paper never uses, blocks a confirmation),
its relation (direction, cause), a comparison in the claim's order, and for each number the
noun it counts ("41.3M records" is not "41.3M documents"; a number of another measure is no
evidence either way). In a table flattened into text a number belongs to the row whose label
precedes it; an end of a range ("1 to 4 epochs") is not a value. A number of the same measure
in a passage that holds all else the claim says contradicts it even without names to bind it.
Every decided check lists the parts matched side by side (`Check.matched`); an undecided one
names what no passage speaks of (`Check.missing`).

Decisions, per sentence, then over the candidates:

- supported: the sentence scores at least `RELEVANT`, holds at least half of the claim's
  required names, every claimed number agrees with one of its numbers, and nothing reads the
  other way. A claim without numbers needs a closer match (`SUPPORT_TEXT` with all its required
  names, `SUPPORT_TEXT_NO_NAMES` without names) and the same direction and negation. When no
  single sentence holds all claimed numbers, several relevant sentences together may.
- contradicted: the sentence holds all required names and a number disagrees (a value,
  transposed digits, a count) or has the other sign ("-2.1" vs "improves by 2.1"), bound
  strongly or solely (`CONTRADICT_BOUND`) or, unnamed, with a close match (`CONTRADICT_CLOSE`);
  or the statement's direction or negation is flipped ("lowers" vs "improves", "does not see
  benefits" vs "benefits") with the same names and agreeing numbers (`CONTRADICT_POLARITY`).
- no_evidence: neither; the explanation says what kept the closest passage from deciding.

Conservative by design, because a wrong contradiction is worse than no evidence:

- when one candidate supports the claim and another seems to contradict it, the claim is
  supported (a paper often gives one measure for several settings);
- a comparison read the other way round is no contradiction: "neither A nor B beats C" and "C
  outperforms A" flip the negation but not the meaning, so with a comparative word ("beats",
  "better", "than") a flip counts only when the names come in the same order;
- a negation flip counts only when the texts' negation words differ too, so that a negation
  the statement parser placed in another clause ("…, so the model never sees …" against
  "…: the model never sees …") is not read as a flip.

The thresholds were set on the five seed reports against the reference card of
arXiv:2005.13013v2 and on the labelled corpus of tests/corpus (see tests/test_source_check.py,
tests/test_seed_verdicts.py and benchmarks/accuracy.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from verify_claims.claims import (
    Check,
    CheckKind,
    Claim,
    Evidence,
    MatchedPart,
    NumberPair,
    Outcome,
    Paper,
    Quantity,
    Sentence,
)

from .comparisons import comparison_kept, comparison_reversed
from .compound_counts import compound_count
from .content import (
    MAX_MISSING_CONTRADICT,
    WINDOW,
    Accounting,
    ClaimParts,
    account,
    claim_parts,
    describe,
    part_found,
    passage_terms,
    section_neighbours,
    signed_terms,
    window_terms,
)
from .cut_clauses import cut_contradiction
from .flips import (
    both_directions,
    compared_in_order,
    compares,
    comparison_arguments,
    lent_names,
)
from .lent_numbers import lend_numbers
from .neighbours import held_by_passage as _held_by_passage
from .neighbours import holds_all as _holds_all
from .neighbours import lenders as _lenders
from .neighbours import lenders_agree as _lenders_agree
from .neighbours import restricted as _restricted
from .neighbours import setup_terms as _setup_terms
from .number_match import (
    _ITEM_UNITS,
    _SCORE_UNITS,
    _SETTING_UNITS,
    _claim_side,
    _Pair,
    _same_number_garbled,
    _sentence_side,
    _Side,
    _unit_family,
    transposed,
    values_agree,
)
from .number_slots import read_numbers
from .passages import PassageIndex
from .share_compare import shares_compared, without_comparison_words
from .shown_words import passage_words, source_word
from .variant_names import names_variant
from .verbatim_flips import mark_copies
from .worded_flips import flip_explanation, worded_flip
from .wording import antonym_clash, importance, quality

__all__ = ["check_source", "transposed", "values_agree"]

RELEVANT = 0.45
"""Below this retrieval score a sentence decides nothing."""
SUPPORT_TEXT = 0.5
"""A claim without numbers, whose required names all appear in the sentence, is supported
from this score."""
SUPPORT_TEXT_NO_NAMES = 0.75
"""A claim without numbers and without required names needs a close match to be supported."""
SUPPORT_TEXT_WHOLE = 0.6
"""Below SUPPORT_TEXT_NO_NAMES, such a claim is supported from this score when its passage holds
every part of it but a little ("hurts its performance" for "hurts performance"): the strict
accounting a contradiction asks for, not the wording, vouches for the match."""
CONTRADICT_BOUND = 0.5
"""A number bound strongly or solely to the same names contradicts from this score."""
CONTRADICT_CLOSE = 0.7
"""A number bound to no name on either side (or solely, without names or a setting unit)
contradicts from this score."""
CONTRADICT_POLARITY = (0.7, 0.6)
"""A flipped direction or negation contradicts from these scores: claims with at most one
required name, claims with two or more (the names already pin the statement down)."""
CONTRADICT_CONTENT = 0.3
"""A number of the same measure (all its counted noun) in a passage holding all else the claim
says contradicts from this score: the content match, not the score, makes it sure."""
CANDIDATES = 5
COUNTED = 2
"""Sentences read beyond the best `CANDIDATES`: those counting the noun a claimed number
counts (`PassageIndex.ranked`), where a wrong count's source is."""

_DIRECTION_WORDS = {"increase": "an increase", "decrease": "a decrease"}


def _bound_enough(pair: _Pair, claim: _Side, score: float) -> bool:
    """Whether a disagreeing pair is surely about the same thing (module docstring)."""
    if pair.binding == "strong":
        return score >= CONTRADICT_BOUND
    if pair.binding == "sole":
        named = bool(claim.required()) or pair.claimed.unit in _SETTING_UNITS
        return score >= (CONTRADICT_BOUND if named else CONTRADICT_CLOSE)
    return pair.binding == "unnamed" and score >= CONTRADICT_CLOSE


# --------------------------------------------------------------------------------------------
# Direction and negation of the statement


def _polarity_conflict(claim: Claim, sentence: Sentence, claim_side: _Side,
                       sentence_side: _Side) -> str | None:
    """"direction" or "negation" when the sentence says the opposite of the claim, else None.

    A flip of both ("does not improve" vs "lowers") is not a conflict: it is not the same claim
    either, but it is no contradiction. A negation flip also needs different negation words
    (module docstring). "importance" when one calls dispensable what the other calls critical
    (claims/vocabulary.py: `IMPORTANT_WORDS`, `DISPENSABLE_WORDS`). "quality" when one judges
    poor what the other judges good ("poor precision" / "good results", "at chance" / "well
    above chance": `GOOD_WORDS`, `POOR_WORDS`, verify/wording.py `quality`)."""
    if compares(claim.text, claim_side.comparative) \
            != compares(sentence.text, sentence_side.comparative):
        return None  # a comparison and a plain statement: not the same claim read two ways
    negation_flip = claim.negated != sentence.negated \
        and claim_side.negations != sentence_side.negations
    if claim.direction and sentence.direction:
        if claim.direction == sentence.direction and negation_flip:
            return "negation"
        if claim.direction != sentence.direction and claim.negated == sentence.negated \
                and not both_directions(sentence.text):
            return "direction"  # (a sentence saying both ways contradicts neither)
    elif claim.direction is None and sentence.direction is None and negation_flip:
        return "negation"
    said, theirs = importance(claim.text), importance(sentence.text)
    if said is not None and theirs is not None and said != theirs:
        return "importance"  # "the objective is dispensable" vs "the objective is critical"
    said, theirs = quality(claim.text), quality(sentence.text)
    if said is not None and theirs is not None and said != theirs:
        return "quality"  # "gave poor precision" vs "gives surprisingly good results"
    return None


def _polarity_agrees(claim: Claim, sentence: Sentence) -> bool:
    """Same direction and negation. A claim that names no direction only needs the same
    negation; a claim that names one needs the sentence to name the same."""
    if claim.direction is None:
        return claim.negated == sentence.negated
    return claim.direction == sentence.direction and claim.negated == sentence.negated


def _same_order(claim: _Side, sentence: _Side) -> bool:
    return [name for name in sentence.order if name in claim.names] == \
        [name for name in claim.order if name in sentence.names]


# --------------------------------------------------------------------------------------------
# Reading one sentence


@dataclass
class _Reading:
    """What one sentence says about the claim."""

    sentence: Sentence
    side: _Side
    score: float
    outcome: Outcome | None = None
    pairs: list[_Pair] = field(default_factory=list)
    conflict: str | None = None  # direction or negation, when the sentence reads the other way
    reason: str = ""  # of a contradiction: number, transposed digits, count, sign, ...
    culprit: _Pair | None = None
    missing: list[str] = field(default_factory=list)  # required names it lacks
    position: int = -1  # of the sentence in the index, to tell one passage from another
    accounting: Accounting | None = None  # the claim's parts found in the passage
    blocked: bool = False  # it would decide, but the passage lacks part of the claim
    lenders: list[tuple[int, list[str]]] = field(default_factory=list)  # neighbours that
    # hold parts of the claim the sentence lacks (their position and those parts' words)


def _read(claim: Claim, claim_side: _Side, sentence: Sentence, sentence_side: _Side,
          score: float, context: float, parts: ClaimParts | None = None,
          window: frozenset[str] = frozenset(), index: PassageIndex | None = None,
          number: int | None = None) -> _Reading:
    """What `sentence` says about the claim. `score` is its retrieval score; `context` the
    same without the claim's numbers, which gates number contradictions (a source giving
    another number shares everything with the claim but that number). `parts` are what the
    claim asserts and `window` the terms of the sentence's passage: a decision needs them
    accounted for (verify/content.py)."""
    reading = _Reading(sentence, sentence_side, score)
    if sentence.text.rstrip().endswith("?"):
        return reading  # a question ("how can we generate ...?") asserts nothing
    required = claim_side.required()
    reading.missing = [name for name in claim_side.order
                       if name in required and not sentence_side.holds(name)]
    if len(reading.missing) > 0.5 * len(required):
        return reading  # decides nothing: every decision needs half the names or more
    all_names = not reading.missing
    # With a comparative word, names in another order may be a comparison read the other way
    # round ("A beats B" vs "B trails A"): then a flip is no contradiction.
    order_matters = claim_side.comparative or sentence_side.comparative
    flips_count = not order_matters or _same_order(claim_side, sentence_side)
    reading.pairs = read_numbers(claim_side, sentence_side)  # one to one (number_slots.py)

    def accounted(relation: bool, wide: bool = False) -> Accounting | None:
        if parts is None or index is None:
            return None
        terms = window | signed_terms([pair.found for pair in reading.pairs if pair.found])
        if wide and number is not None:
            setup = _setup_terms(index, number)
            terms |= {part.term for part in parts.parts
                      if (part.role == "subject" or part.named) and part_found(part, setup)}
        reading.accounting = account(parts, terms, index, [sentence], relation=relation)
        return reading.accounting

    for pair in reading.pairs:
        wrong = pair.state == "disagree" or (pair.state == "flipped" and flips_count)
        # Without names to bind it, a number of the same measure in a passage that holds all
        # else the claim says is bound by that content (whole-content matching).
        by_content = pair.measured and parts is not None and score >= CONTRADICT_CONTENT
        if pair.claimed.cut_off and not pair.measured:
            wrong = False  # what a cut number counted is lost with the cut
        if wrong and pair.found is not None and any(
                other is not pair.claimed and values_agree(other, pair.found)
                for other in claim_side.quantities):
            wrong = False  # the claim gives that number too, for something else
        if wrong and index is not None and names_variant(pair.claimed, index):
            wrong = False  # the claimed number is part of a name the paper prints ("QQP 140K")
        if wrong and all_names and (_bound_enough(pair, claim_side, context) or by_content):
            found = accounted(relation=pair.state == "disagree")
            # Names that bind the number to the claim's subject vouch for the rest, and so
            # does a count of the same noun printed with the claimed digits in another order
            # (`_same_number_garbled`: "340 hours" for "430 hours" is that count
            # miscopied); otherwise the passage must hold nearly all the claim says besides
            # the number.
            named = (pair.binding in ("strong", "sole") and bool(required)) \
                or compound_count(pair, claim_side, sentence_side, claim.text, sentence.text)
            garbled = pair.measured and pair.found is not None \
                and _same_number_garbled(pair.claimed, pair.found)
            if found is not None and pair.measured and not found.contradicts:
                # A count of the same noun: the setup it belongs to may be told a few
                # sentences before it (`_setup_terms`).
                found = accounted(relation=pair.state == "disagree", wide=True)
            if found is not None and not (found.contradicts
                                          or ((named or garbled) and found.confirms)):
                reading.blocked = True
                return reading
            reading.outcome, reading.culprit = Outcome.contradicted, pair
            reading.reason = _disagreement(pair)
            return reading
    numbers_agree = all(pair.state == "agree" for pair in reading.pairs)
    reading.conflict = _polarity_conflict(claim, sentence, claim_side, sentence_side)
    if reading.conflict:
        extra = sentence_side.required() - claim_side.names
        threshold = CONTRADICT_POLARITY[len(required) >= 2]
        if reading.conflict == "direction" and claim_side.comparative and parts is not None \
                and parts.comparison is not None \
                and not comparison_reversed(parts, sentence.text):
            # "B is worse than A" for "A is better than B": opposite words, the same statement.
            # Plain-word arguments have no names to keep in order; their comparison decides.
            flips_count = False
        arguments = None if parts is None or reading.conflict == "direction" \
            else comparison_arguments(parts, claim.text)
        if arguments is not None and not (
                parts is not None and parts.comparison is not None
                and comparison_kept(parts, sentence.text)) \
                and not compared_in_order(arguments, sentence.text):
            # "A is no better than B" is denied only by a sentence comparing A with B in that
            # order: "B's ... compared with A's, a clear improvement" says what the claim does.
            flips_count = False
        if numbers_agree and all_names and not extra and flips_count and score >= RELEVANT \
                and (parts is not None or score >= threshold):
            found = accounted(relation=False)
            lent: frozenset[str] = frozenset()
            if found is not None and found.missing_named and index is not None \
                    and number is not None:
                lent = lent_names(parts, found, index, number)
                if lent:
                    found = reading.accounting = account(
                        parts, window | lent | signed_terms(
                            [pair.found for pair in reading.pairs if pair.found]),
                        index, [sentence], relation=False)
            # Everything else the claim says is in the passage: the flip is the difference.
            # A negation with no direction word on either side ("needs no X" vs "does not need
            # X") is read least surely: it needs the close match as well.
            # Unless the sentence itself holds every other word of the claim: then the
            # negation is all that differs ("TextRunner manages to learn ReVerb's model"
            # against "cannot learn REVERB's model"). A judgement flip ("dispensable" /
            # "essential", "poor" / "good") is as sure when the sentence itself (with the
            # names its context lends) holds what a contradiction asks for: its neighbours
            # may speak of another thing judged.
            bare = False
            if claim.direction is None and sentence.direction is None:
                own = None if found is None or index is None else account(
                    parts, passage_terms(sentence.text) | lent, index, [sentence],
                    relation=False)
                bare = own is None or not (
                    own.contradicts if reading.conflict in ("importance", "quality")
                    else _holds_all(own))
            if found is None or (found.contradicts and (score >= threshold or not bare)) \
                    or (score >= threshold and found.confirms and not bare):
                reading.outcome, reading.reason = Outcome.contradicted, reading.conflict
        return reading
    if score < RELEVANT:
        return reading
    if numbers_agree and all_names and not sentence_side.required() - claim_side.names \
            and (flip := worded_flip(claim, parts, sentence, window, index)):  # "sparser"
        reading.accounting, reading.outcome = flip[0], Outcome.contradicted
        reading.conflict, reading.reason = "direction", flip[1]
        return reading
    if not claim_side.quantities and _restricted(sentence.text, claim.text):
        return reading  # the sentence holds it only under a condition the claim drops
    if parts is not None and parts.comparison is not None and numbers_agree and all_names \
            and not claim.negated and not sentence.negated \
            and not sentence_side.required() - claim_side.names \
            and comparison_reversed(parts, sentence.text):
        # The sentence compares the claim's two arguments the other way round; with all else
        # the claim says in its passage, that reversal is the contradiction.
        found = accounted(relation=False)
        # Every other part must be in the passage: a reversal read from two arguments alone is
        # the surest of flips only when nothing else of the claim is left out.
        if found is not None and found.contradicts and not found.missing and not found.unseen:
            reading.conflict, reading.reason = "direction", "comparison"
            reading.outcome = Outcome.contradicted
            return reading
    if parts is not None and index is not None and not claim_side.quantities and all_names \
            and not claim.negated and not sentence.negated \
            and not sentence_side.required() - claim_side.names \
            and shares_compared(claim.text, sentence) is False:
        # The sentence gives both shares, and they compare the other way round; all else the
        # claim says must be in its passage (verify/share_compare.py).
        found = account(without_comparison_words(parts, claim.text), window, index, [sentence],
                        relation=False)
        if found.contradicts and not found.unseen:
            reading.accounting = found
            reading.conflict, reading.reason = "direction", "comparison"
            reading.outcome = Outcome.contradicted
            return reading
    if claim_side.quantities:
        held = len(required) - len(reading.missing)
        if numbers_agree and held >= 0.5 * len(required):
            reading.outcome = Outcome.supported
    elif parts is not None and parts.comparison is None and parts.compares:
        # A comparison whose order cannot be read ("A is easier than B": no comparative of
        # the lexicon): the same words in the other order say the opposite.
        return reading
    elif _polarity_agrees(claim, sentence) and (
            (required and all_names and score >= SUPPORT_TEXT)
            or score >= SUPPORT_TEXT_NO_NAMES):
        reading.outcome = Outcome.supported
        if parts is not None and index is not None and number is not None:
            own = account(parts, passage_terms(sentence.text), index, [sentence])
            if _lenders_agree(claim, own, index, number):
                reading.lenders = _lenders(own, index, number)
            else:
                reading.outcome, reading.blocked = None, True
    elif _polarity_agrees(claim, sentence) and parts is not None and index is not None \
            and all_names:
        # The sentence itself must hold the claim (its neighbours may speak of another task).
        found = account(parts, passage_terms(sentence.text), index, [sentence])
        if antonym_clash(claim.text, sentence.text):
            return reading  # "removes noise" is not held by "adds noise"
        if score >= SUPPORT_TEXT_WHOLE and found.confirms and not found.unseen \
                and found.missing_share <= MAX_MISSING_CONTRADICT:
            reading.outcome, reading.accounting = Outcome.supported, found
        elif number is not None and _held_by_passage(claim, parts, found, window, index,
                                                     number):
            reading.outcome, reading.accounting = Outcome.supported, \
                account(parts, window, index, [sentence])
            reading.lenders = _lenders(found, index, number)
        return reading
    if reading.outcome == Outcome.supported:
        found = accounted(relation=True)
        # A claim without numbers that is held by a close wording alone, no names binding it
        # (`SUPPORT_TEXT_NO_NAMES`), must be held as fully as a contradiction asks: a third of
        # its words missing is a different statement that shares the rest.
        close_only = not claim_side.quantities \
            and not (required and all_names and score >= SUPPORT_TEXT)
        if (found is not None and (not found.confirms or (
                close_only and found.missing_share > MAX_MISSING_CONTRADICT))) \
                or antonym_clash(claim.text, sentence.text):
            reading.outcome, reading.blocked = None, True
    return reading


def _disagreement(pair: _Pair) -> str:
    if pair.state == "flipped":
        return "sign"
    assert pair.found is not None
    if transposed(pair.claimed, pair.found):
        return "transposed digits"
    if _unit_family(pair.found.unit) not in (None, "score") \
            and pair.found.unit not in ("learning_rate", "batch_size"):
        return "count"
    return "number"


# --------------------------------------------------------------------------------------------
# Evidence and explanations


def _location(sentence: Sentence) -> str | None:
    pages = (f"pages {sentence.page}\u2013{sentence.end_page}"
             if sentence.end_page and sentence.end_page != sentence.page else None)
    parts = [part for part in (sentence.section, pages) if part]
    return ", ".join(parts) or None


def _shown(quantity: Quantity) -> str:
    """The number as printed, with its counted noun when the text leaves it out: the
    quantity text of "9 target tasks" is "9", shown as "9 tasks"."""
    unit = quantity.unit
    if unit and (unit in _ITEM_UNITS or unit in _SETTING_UNITS or unit.isalpha()) \
            and unit not in _SCORE_UNITS and unit not in ("x", "year") \
            and unit.replace("_", " ").casefold() not in quantity.text.casefold():
        return f"{quantity.text} {unit.replace('_', ' ')}"
    return quantity.text


def _about(pair: _Pair) -> str:
    return f" for {pair.name}" if pair.name else ""


def _numbers_note(pairs: Sequence[_Pair]) -> str | None:
    notes = []
    for pair in pairs:
        if pair.found is None:
            continue
        relation = "matches" if pair.state == "agree" else "vs"
        cut = " (cut off in the claim)" if pair.claimed.cut_off else ""
        notes.append(f"claimed {_shown(pair.claimed)}{cut} {relation} {_shown(pair.found)}"
                     f"{_about(pair)}")
    return "; ".join(notes) or None


def _evidence(reading: _Reading, source: str, pairs: Sequence[_Pair]) -> Evidence:
    lead = next((pair for pair in pairs if pair.found is not None), None)
    return Evidence(source=source, quote=reading.sentence.text, page=reading.sentence.page,
                    location=_location(reading.sentence), score=reading.score,
                    claimed=lead.claimed.value if lead else None,
                    found=lead.found.value if lead and lead.found else None,
                    note=_numbers_note(pairs),
                    numbers=[NumberPair(claimed=pair.claimed.text, found=pair.found.text,
                                        claimed_value=pair.claimed.value,
                                        found_value=pair.found.value,
                                        about=pair.name, agree=pair.state == "agree")
                             for pair in pairs if pair.found is not None])


def _list(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _support_explanation(source: str, passages: int, pairs: Sequence[_Pair], claim: Claim,
                         score: float | None = None) -> str:
    if pairs:
        given = _list([f"{_shown(pair.found)}{_about(pair)}" for pair in pairs if pair.found])
        cut = " (the claim's last number is cut off and matches as a prefix)" \
            if any(pair.claimed.cut_off for pair in pairs) else ""
        where = f"{passages} passages" if passages > 1 else "a matching passage"
        return f"{source} gives {given} in {where}, as the claim says{cut}."
    names = list(dict.fromkeys(entity.name for entity in claim.entities))
    about = _list(names) if names else "the same thing"
    where = " in a sentence and its neighbours" if passages > 1 else ""
    return (f"{source} states the same about {about}{where} (match score {score or 0:.2f}), "
            "with the same direction and negation.")


def _contradiction_explanation(source: str, reading: _Reading, claim: Claim) -> str:
    pair, sentence = reading.culprit, reading.sentence
    if told := flip_explanation(source, reading.reason, sentence.text):
        return told  # verify/worded_flips.py
    if reading.reason == "negation":
        said, theirs = ("negates", "asserts") if claim.negated else ("asserts", "negates")
        return f"The claim {said} what {source} {theirs}: \u201c{sentence.text}\u201d"
    if reading.reason == "importance":
        said = "dispensable" if importance(claim.text) == -1 else "important"
        theirs = "important" if said == "dispensable" else "dispensable"
        return (f"The claim calls {said} what {source} calls {theirs}: "
                f"\u201c{sentence.text}\u201d")
    if reading.reason == "quality":
        said = "poor" if quality(claim.text) == -1 else "good"
        theirs = "good" if said == "poor" else "poor"
        return (f"The claim judges {said} what {source} judges {theirs}: "
                f"\u201c{sentence.text}\u201d")
    if reading.reason == "comparison":
        return (f"{source} compares the claim's two arguments the other way round: "
                f"\u201c{sentence.text}\u201d")
    if reading.reason == "direction":
        return (f"{source} reports {_DIRECTION_WORDS[sentence.direction or 'increase']} where "
                f"the claim reports {_DIRECTION_WORDS[claim.direction or 'decrease']}.")
    assert pair is not None and pair.found is not None
    if reading.reason == "sign":
        up = {1: "an increase", -1: "a decrease"}
        return (f"{source} gives {up[pair.found.sign or 1]} of {pair.found.text}{_about(pair)};"
                f" the claim says {up[pair.claimed.sign or 1]} of {pair.claimed.text}.")
    extra = {"transposed digits": " (the same digits, transposed)",
             "count": " (a different count)"}.get(reading.reason, "")
    return (f"{source} gives {_shown(pair.found)}{_about(pair)}; the claim says "
            f"{_shown(pair.claimed)}{extra}.")


def _undecided_explanation(source: str, readings: Sequence[_Reading]) -> str:
    """Why nothing was decided: no passage close enough, or what kept the closest one from
    deciding."""
    closest = readings[0] if readings else None
    if closest is None or closest.score < RELEVANT:
        score = f" (the closest scores {closest.score:.2f})" if closest else ""
        return f"No passage of {source} speaks to the claim{score}."
    if closest.conflict:
        why = (f"it reads the other way ({closest.conflict}), but not surely about the same "
               "thing (other names, names in another order, or too loose a match)")
    elif closest.missing:
        why = f"it does not name {_list(closest.missing)}"
    elif any(pair.state != "agree" for pair in closest.pairs):
        why = "it does not give the claimed number for the same thing"
    else:
        why = "it is not close enough to the claim's wording"
    return (f"The closest passage of {source} (score {closest.score:.2f}) neither supports "
            f"nor contradicts the claim: {why}.")


# --------------------------------------------------------------------------------------------
# The check


def _passage_texts(index: PassageIndex, positions: Sequence[int]) -> list[str]:
    """The texts of a passage, its own sentences first, then their neighbours and section."""
    texts = [index.sentences[position].text for position in positions]
    for position in positions:
        texts += [index.sentences[other].text for other in section_neighbours(index, position)
                  if other not in positions]
        texts.append(index.sentences[position].section or "")
    return texts


def _matched(accounting: Accounting | None, pairs: Sequence[_Pair],
             texts: Sequence[str]) -> list[MatchedPart]:
    """The claim's parts found in the passage beside the passage's words, then its values."""
    words = passage_words(texts) if accounting and accounting.matched else {}
    matched = [MatchedPart(part=part.role, claim=part.text, source=source_word(part, words))
               for part in (accounting.matched if accounting else [])]
    matched += [MatchedPart(part="value", claim=pair.claimed.text, source=pair.found.text)
                for pair in pairs if pair.found is not None]
    return matched


def _missing_parts(readings: Sequence[_Reading]) -> tuple[list[str], _Reading | None]:
    """What the best relevant passage lacks of the claim, and that passage."""
    for reading in readings:
        if reading.score >= RELEVANT and reading.accounting is not None \
                and reading.accounting.lacking():
            return reading.accounting.lacking(), reading
    return [], None


def _joint_support(readings: Sequence[_Reading], claim_side: _Side, parts: ClaimParts,
                   index: PassageIndex) -> list[tuple[_Reading, _Pair]] | None:
    """When no single sentence holds every claimed number: an agreeing number for each, each
    from a relevant sentence that reads no other way, together naming half the required
    names, all within one passage (neighbouring sentences of one section) that accounts for
    the whole claim. Two counts printed in two places of a paper ("12M author nodes", "0.4M
    linked") do not confirm a relation between them that neither place states."""
    relevant = [reading for reading in readings
                if reading.score >= RELEVANT and reading.outcome is None
                and reading.conflict is None and reading.pairs]
    if not claim_side.quantities or len(relevant) < 2:
        return None
    chosen: list[tuple[_Reading, _Pair]] = []
    for position in range(len(claim_side.quantities)):
        holder = next((reading for reading in relevant
                       if reading.pairs[position].state == "agree"), None)
        if holder is None:
            return None
        chosen.append((holder, holder.pairs[position]))
    required = claim_side.required()
    held = {name for name in required
            if any(reading.side.holds(name) for reading, _ in chosen)}
    if len(held) < 0.5 * len(required):
        return None
    positions = sorted({reading.position for reading, _ in chosen})
    sections = {index.sentences[position].section for position in positions}
    if positions[-1] - positions[0] > WINDOW or len(sections) > 1:
        return None
    terms = frozenset().union(*(window_terms(index, position) for position in positions))
    accounting = account(parts, terms, index, [index.sentences[p] for p in positions])
    if not accounting.confirms:
        return None
    for reading, _ in chosen:
        reading.accounting = accounting
    return chosen


def check_source(claim: Claim, paper: Paper, source: str,
                 index: PassageIndex | None = None) -> Check:
    """The source check of `claim` against one paper version (see the module docstring).

    `source` names the paper in the evidence ("arXiv:2005.13013v2"). Pass the paper's
    `PassageIndex` when checking many claims against it; one is built otherwise."""
    index = index or PassageIndex(paper)
    claim_side = _claim_side(claim)
    parts = claim_parts(claim)
    readings: list[_Reading] = []
    for number, score, context in index.ranked(claim, limit=CANDIDATES,
                                                      counted=COUNTED):
        reading = _read(claim, claim_side, index.sentences[number],
                        _sentence_side(index, number), score, context, parts,
                        window_terms(index, number), index, number)
        reading.position = number
        readings.append(reading)
        if reading.outcome == Outcome.supported \
                and all(pair.binding == "strong" for pair in reading.pairs):
            break  # support wins over any contradiction, and nothing binds more surely

    mark_copies(claim, readings, RELEVANT)  # a sentence copied with one change (verbatim_flips)
    supporting = [reading for reading in readings if reading.outcome == Outcome.supported]
    if supporting:
        # The best evidence ties the numbers to the claim's names most surely, then scores best.
        best = max(supporting, key=lambda reading: (
            sum(pair.binding == "strong" for pair in reading.pairs), reading.score))
        lent = [Evidence(source=source, quote=index.sentences[other].text,
                         page=index.sentences[other].page,
                         location=_location(index.sentences[other]),
                         note="neighbouring sentence, for " + _list(
                             [f"\u201c{word}\u201d" for word in words]))
                for other, words in best.lenders]
        return Check(kind=CheckKind.source, outcome=Outcome.supported,
                     explanation=_support_explanation(source, 1 + len(lent), best.pairs, claim,
                                                      best.score),
                     evidence=[_evidence(best, source, best.pairs), *lent],
                     matched=_matched(best.accounting, best.pairs,
                                      _passage_texts(index, [best.position])))
    contradicting = [reading for reading in readings
                     if reading.outcome == Outcome.contradicted]
    if contradicting:
        worst = contradicting[0]
        evidence = _evidence(worst, source, [worst.culprit] if worst.culprit else [])
        evidence.note = "; ".join(filter(None, [f"contradiction: {worst.reason}",
                                                evidence.note]))
        return Check(kind=CheckKind.source, outcome=Outcome.contradicted,
                     explanation=_contradiction_explanation(source, worst, claim),
                     evidence=[evidence],
                     matched=_matched(worst.accounting, [worst.culprit] if worst.culprit else [],
                                      _passage_texts(index, [worst.position])))
    joint = _joint_support(readings, claim_side, parts, index)
    if joint:
        holders = list(dict.fromkeys(id(reading) for reading, _ in joint))
        by_id = {id(reading): reading for reading, _ in joint}
        evidence = [_evidence(by_id[key], source,
                              [pair for reading, pair in joint if id(reading) == key])
                    for key in holders]
        positions = sorted({by_id[key].position for key in holders})
        return Check(kind=CheckKind.source, outcome=Outcome.supported,
                     explanation=_support_explanation(source, len(evidence),
                                                      [pair for _, pair in joint], claim),
                     evidence=evidence,
                     matched=_matched(joint[0][0].accounting, [pair for _, pair in joint],
                                      _passage_texts(index, positions)))
    lent = lend_numbers(claim, readings, claim_side, parts, index, RELEVANT)
    if lent:  # numbers its neighbours give (verify/lent_numbers.py)
        reading, pairs, lenders, accounting = lent
        neighbours = [Evidence(source=source, quote=index.sentences[other].text,
                               page=index.sentences[other].page,
                               location=_location(index.sentences[other]),
                               note="neighbouring sentence, for the claimed numbers")
                      for other in lenders]
        return Check(kind=CheckKind.source, outcome=Outcome.supported,
                     explanation=_support_explanation(source, 1 + len(lenders), pairs, claim),
                     evidence=[_evidence(reading, source, pairs), *neighbours],
                     matched=_matched(accounting, pairs,
                                      _passage_texts(index, [reading.position])))
    if told := cut_contradiction(claim, lambda kept: check_source(kept, paper, source, index)):
        return told  # a cut claim's complete clauses contradicted (verify/cut_clauses.py)
    missing, lacking = _missing_parts(readings)
    explanation = _undecided_explanation(source, readings)
    if lacking is not None and lacking.blocked:
        explanation = (f"The closest passage of {source} (score {lacking.score:.2f}) shares "
                       f"names or numbers with the claim, but no passage of it speaks of "
                       f"{describe(lacking.accounting)} as the claim does.")
    return Check(kind=CheckKind.source, outcome=Outcome.no_evidence, decisive=False,
                 explanation=explanation, missing=missing)
