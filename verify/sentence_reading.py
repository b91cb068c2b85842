"""Reading one candidate sentence against a claim: what it says of the claim (supported,
contradicted or nothing, and why), with the thresholds the source check's rules name.

The rules are told in verify/source_check.py's docstring, which decides over the readings of a
claim's candidate sentences; one sentence's reading lives here, apart from that decision and
from the explanations (verify/source_explain.py), to keep each module small.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from verify_claims.claims import Claim, Outcome, Sentence
from verify_claims.extract.footnotes import in_footnote

from .change_degrees import EXPLANATION as DEGREE_CLASH
from .change_degrees import degree_clash
from .coined_names import other_subject
from .comparator_numbers import EXPLANATION as COMPARATOR
from .comparator_numbers import comparator_number
from .comparisons import comparison_kept, comparison_reversed
from .compound_counts import compound_count
from .content import (
    MAX_MISSING_CONTRADICT,
    Accounting,
    ClaimParts,
    account,
    part_found,
    passage_terms,
    signed_terms,
    window_terms,
)
from .contrast_directions import EXPLANATION as DIRECTION_TURN
from .contrast_directions import straddles_direction_turn
from .contrast_sides import straddles_contrast
from .direction_sides import EXPLANATION as ELSEWHERE
from .direction_sides import direction_elsewhere
from .effect_directions import EXPLANATION as EFFECT_UNSAID
from .effect_directions import effect_unsaid
from .effect_flips import effect_flip
from .factor_words import EXPLANATION as FACTOR
from .factor_words import factor_mismatch
from .flip_subjects import comparison_unread, subject_lacking
from .flips import compared_in_order, comparison_arguments, lent_names
from .formula_signs import EXPLANATION as OPERATOR
from .formula_signs import operator_mismatch
from .fraction_totals import EXPLANATION as TOTAL_ONLY
from .fraction_totals import total_only
from .gapped_clauses import EXPLANATION as OTHER_SLOT
from .gapped_clauses import other_slot
from .increments import increment_mismatch
from .leading_concessions import EXPLANATION as CONCESSION
from .leading_concessions import in_leading_concession
from .negated_clauses import EXPLANATION as NEGATED_CLAUSE
from .negated_clauses import affirmed_next_door, denied_next_door, negated_claim_clause
from .negation_prints import AFFIRMED, UNPRINTED, affirmed_in_print, denial_unprinted
from .neighbours import OPPOSED_KIND, kind_compounds, opposed_kind
from .neighbours import held_by_passage as _held_by_passage
from .neighbours import holds_all as _holds_all
from .neighbours import lenders as _lenders
from .neighbours import lenders_agree as _lenders_agree
from .neighbours import restricted as _restricted
from .neighbours import setup_terms as _setup_terms
from .number_match import _Pair
from .number_owners import number_owner
from .number_sides import _Side
from .number_slots import read_numbers
from .number_values import (
    _SETTING_UNITS,
    _same_number_garbled,
    _unit_family,
    transposed,
    values_agree,
)
from .others_subjects import EXPLANATION as OTHERS_NUMBER
from .others_subjects import others_number
from .paragraph_names import claim_subject, named_just_before
from .passages import PassageIndex, query_text
from .past_work import EXPLANATION as PAST_WORK
from .past_work import past_work_clause
from .prefixed_negations import EXPLANATION as PREFIXED_DENIAL
from .prefixed_negations import prefixed_denial
from .range_ends import paired_range
from .range_pairs import EXPLANATION as RANGE_SPLIT
from .range_pairs import range_split
from .ratio_parts import EXPLANATION as RATIO_PART
from .ratio_parts import ratio_mismatch
from .run_in_heads import EXPLANATION as OTHER_HEAD
from .run_in_heads import other_head
from .same_things import EXPLANATION as OTHER_SAME
from .same_things import other_same
from .setting_mismatch import EXPLANATION as OTHER_SETTING
from .setting_mismatch import other_setting
from .setting_numbers import unheld_setting
from .share_compare import shares_compared, without_comparison_words
from .spread_numbers import spread_mismatch
from .statement_polarity import _polarity_agrees, _polarity_conflict, _same_order
from .summed_values import summed_parts
from .symbol_chains import EXPLANATION as REORDERED
from .symbol_chains import chain_reordered
from .tried_options import EXPLANATION as TRIED_OPTION
from .tried_options import tried_option
from .unread_negations import EXPLANATION as UNREAD_NEGATION
from .unread_negations import unread_negated_predicate, unread_negation
from .variant_names import names_variant
from .verb_objects import EXPLANATION as OTHER_OBJECT
from .verb_objects import other_object
from .word_order import prints_in_order
from .worded_flips import worded_flip
from .wording import antonym_clash

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
SHOW_NUMBER_LENDERS = True
"""Whether a number sentence's neighbours that lend it claim words are quoted as lenders
(`claims.Lending`), as they are for claims without numbers; a switch for the tests. Round 35:
"... caused by lower-order expansion ... about 2 x 10^-4" was confirmed by a number sentence
whose neighbour lent "caused" and "expansion", neither shown."""
CONTRADICT_CONTENT = 0.3
"""A number of the same measure (all its counted noun) in a passage holding all else the claim
says contradicts from this score: the content match, not the score, makes it sure."""


def _bound_enough(pair: _Pair, claim: _Side, score: float) -> bool:
    """Whether a disagreeing pair is surely about the same thing (binding: see
    verify/source_check.py's docstring)."""
    if pair.binding == "strong":
        return score >= CONTRADICT_BOUND
    if pair.binding == "sole":
        named = bool(claim.required()) or pair.claimed.unit in _SETTING_UNITS
        return score >= (CONTRADICT_BOUND if named else CONTRADICT_CLOSE)
    return pair.binding == "unnamed" and score >= CONTRADICT_CLOSE


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
          window: frozenset[str] | None = None, index: PassageIndex | None = None,
          number: int | None = None) -> _Reading:
    """What `sentence` says about the claim. `score` is its retrieval score; `context` the
    same without the claim's numbers, which gates number contradictions (a source giving
    another number shares everything with the claim but that number). `parts` are what the
    claim asserts and `window` the terms of the sentence's passage: a decision needs them
    accounted for (verify/content.py). Without `window`, the passage of sentence `number` of
    `index` (`window_terms`) is taken, derived only when a decision asks for it: most
    candidates are settled by their names and numbers alone."""
    reading = _Reading(sentence, sentence_side, score)

    def passage() -> frozenset[str]:
        nonlocal window
        if window is None:
            window = frozenset() if index is None or number is None \
                else window_terms(index, number)
        return window

    if sentence.text.rstrip().endswith("?"):
        return reading  # a question ("how can we generate ...?") asserts nothing
    required = claim_side.required()
    reading.missing = [name for name in claim_side.order
                       if name in required and not sentence_side.holds(name)]
    # A name the sentences just before lend (paragraph_names.py) lets it support, never
    # contradict: a count of the paragraph's subject may be per item or in total.
    borrowed = [name for name in reading.missing if index is not None and number is not None
                and claim_subject(name, claim) and named_just_before(name, index, number)]
    reading.missing = [name for name in reading.missing if name not in borrowed]
    if len(reading.missing) > 0.5 * len(required):
        return reading  # decides nothing: every decision needs half the names or more
    if (reading.missing or borrowed) and in_footnote(sentence.section):
        # A footnote is cut from the sentence its mark stands in, which names what it is
        # about: "We use these hyper-parameter values for WIKI: ... window size = 15" is
        # dbow's, named only where the mark is (extract/footnotes.py). It must print every
        # name of the claim itself.
        return reading
    all_names = not reading.missing and not borrowed
    # With a comparative word, names in another order may be a comparison read the other way
    # round ("A beats B" vs "B trails A"): then a flip is no contradiction.
    order_matters = claim_side.comparative or sentence_side.comparative
    flips_count = not order_matters or _same_order(claim_side, sentence_side)
    if index is not None and number is not None \
            and other_head(claim.text, index.paper, index.sentences, number):
        reading.blocked, reading.reason = True, OTHER_HEAD  # "Yelp reviews. The full ..."
        return reading
    reading.pairs = read_numbers(claim_side, sentence_side)  # one to one (number_slots.py)
    if any(pair.state == "agree" and pair.found is not None
           and ratio_mismatch(claim.text, pair.claimed, sentence.text, pair.found)
           for pair in reading.pairs):
        reading.blocked, reading.reason = True, RATIO_PART  # "1:2:1" is not "1.5/1.1"
        return reading
    if any(pair.state == "agree" and pair.found is not None
           and operator_mismatch(claim.text, pair.claimed, sentence.text, pair.found)
           for pair in reading.pairs):
        reading.blocked, reading.reason = True, OPERATOR  # "M + N + 1" is not "M + N − 1"
        return reading
    if len(reading.pairs) >= 2 and (repaired := paired_range(
            claim.text, claim_side, sentence.text, sentence_side, reading.pairs)):
        reading.pairs = repaired  # "5-10%" read against "5–10%", not "10–20%" (range_ends.py)
    if len(reading.pairs) >= 2 and range_split(
            claim.text, claim_side.quantities, sentence.text,
            {id(pair.claimed): pair.found for pair in reading.pairs
             if pair.state == "agree" and pair.found is not None}):
        reading.blocked, reading.reason = True, RANGE_SPLIT  # "1 (negative) to 5 ... 80/10/10"
        return reading
    if any(pair.state == "agree" and pair.found is not None
           and other_slot(claim.text, sentence.text, pair.found.span[0])
           for pair in reading.pairs):
        reading.blocked, reading.reason = True, OTHER_SLOT  # "59% during the night shift"
        return reading
    if any(pair.state in ("agree", "disagree") and pair.found is not None
           and factor_mismatch(claim.text, pair.claimed, sentence.text, pair.found)
           for pair in reading.pairs):
        if all_names and not sentence_side.required() - claim_side.names \
                and all(pair.state == "agree" for pair in reading.pairs) \
                and (flip := worded_flip(claim, parts, sentence, passage, index)) \
                and flip[1] == "comparison":
            # "1.5 times faster than B" against "1.5x slower to train than B": the factor is
            # the same, the comparative the opposite one of its dimension (factor_words.py)
            reading.accounting, reading.outcome = flip[0], Outcome.contradicted
            reading.conflict, reading.reason = "direction", "comparison"
            return reading
        reading.blocked, reading.reason = True, FACTOR  # "times faster" is not "times as long"
        return reading
    # where the sentence prints the numbers read against the claim's
    read_spans = [pair.found.span for pair in reading.pairs
                  if pair.state in ("agree", "disagree") and pair.found is not None]
    if comparator_number(claim.text, sentence.text, read_spans):
        # "close to the state of the art, which is 71.6%": the comparator's number
        reading.blocked, reading.reason = True, COMPARATOR
        return reading
    if others_number(claim.text, sentence.text, read_spans):
        # "these approaches seem to saturate at three columns": others' work's number
        reading.blocked, reading.reason = True, OTHERS_NUMBER
        return reading
    if other_object(claim.text, sentence.text):
        # "training the classifiers" is not held by "we trained the encoder-decoder models"
        reading.blocked, reading.reason = True, OTHER_OBJECT
        return reading

    def accounted(relation: bool, wide: bool = False) -> Accounting | None:
        if parts is None or index is None:
            return None
        terms = passage() | signed_terms([pair.found for pair in reading.pairs if pair.found])
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
        if wrong and pair.found is not None and other_subject(claim.text, sentence.text,
                                                              pair.found):
            wrong = False  # the sentence's number is another system's ("FCN ... 23.02%")
        if wrong and pair.found is not None and (owner := number_owner(
                claim.text, sentence.text, pair.found, index)):
            # "540B" names PaLM-540B; "spreadsheet corpus including 115 million" is not WDC's
            wrong, reading.reason = False, owner
        if wrong and pair.found is not None and spread_mismatch(
                claim.text, pair.claimed, sentence.text, pair.found):
            wrong = False  # "12.45±0.25": 0.25 is a spread, not a value (spread_numbers.py)
        if wrong and pair.found is not None and increment_mismatch(
                claim.text, pair.claimed, sentence.text, pair.found):
            wrong = False  # "nine more nodes" is what a change adds, not a level (increments.py)
        if wrong and summed_parts(claim.text, pair.claimed, sentence_side.quantities):
            wrong = False  # "99% good or very good": the sum of 59% and 40% (summed_values.py)
        if wrong and all_names and (_bound_enough(pair, claim_side, context) or by_content):
            if unheld_setting(claim.text, pair, reading.pairs, index, number,
                              sentence_side.quantities) is not None:
                reading.blocked = True  # "for 10k documents": the passage's run is another
                return reading
            if other_setting(claim.text, pair, reading.pairs, sentence.text):
                # "92% with 0.1 labels" against "92% with only 0.001 labels": another run
                reading.blocked, reading.reason = True, OTHER_SETTING
                return reading
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

    def _effect_turned() -> Accounting | None:
        # "Y increases as X grows" against "Y decreases as X grows" (verify/effect_flips.py)
        if parts is None or index is None or score < CONTRADICT_POLARITY[1] \
                or sentence_side.required() - claim_side.names \
                or not effect_flip(claim, sentence.text):
            return None
        found = account(parts, passage(), index, [sentence], relation=False)
        return found if found.contradicts and not found.unseen else None

    if straddles_contrast(claim.text, sentence):
        reading.blocked = True  # "A and B helped, while C did not": whose is the claim's?
        return reading
    if in_leading_concession(claim.text, sentence):
        # "While A does not help, B helps": the claim is A's
        reading.blocked, reading.reason = True, CONCESSION
        return reading
    if unread_negation(claim, sentence):
        reading.blocked, reading.reason = True, UNREAD_NEGATION  # "does not seem to play"
        return reading
    if total_only(claim, sentence):
        reading.blocked, reading.reason = True, TOTAL_ONLY  # "in 12 out of 13 categories"
        return reading
    if negated_claim_clause(claim, sentence):
        reading.blocked, reading.reason = True, NEGATED_CLAUSE  # "X, however, does not ..."
        return reading
    if unread_negated_predicate(claim, sentence):
        reading.blocked, reading.reason = True, UNREAD_NEGATION  # "X, although ..., did not"
        return reading
    if not claim.negated and not sentence.negated and prefixed_denial(claim.text, sentence.text):
        reading.blocked, reading.reason = True, PREFIXED_DENIAL  # "in NP is unknown"
        return reading
    if chain_reordered(claim.text, sentence.text):
        reading.blocked, reading.reason = True, REORDERED  # "T-C > T-B" for "T-B > T-C"
        return reading
    if other_same(claim.text, sentence.text):
        reading.blocked, reading.reason = True, OTHER_SAME  # "the same capacity" vs "ratio"
        return reading
    if effect_unsaid(claim.text, sentence.text):
        # "when we increase X, Y drops": the effect is the statement
        if numbers_agree and all_names and (found := _effect_turned()) is not None:
            reading.accounting, reading.outcome = found, Outcome.contradicted
            reading.conflict, reading.reason = "direction", "effect"  # (effect_flips.py)
            return reading
        reading.blocked, reading.reason = True, EFFECT_UNSAID
        return reading
    if direction_elsewhere(claim.text, claim.direction, sentence):
        # "gains on A; on B, it harms": the claim's words sit in the clause of the other way.
        reading.blocked, reading.reason = True, ELSEWHERE
        return reading
    if straddles_direction_turn(claim.text, claim.direction, sentence):
        # "A's memory increases, while B's remains constant": the claim's "B" is after the turn
        reading.blocked, reading.reason = True, DIRECTION_TURN
        return reading
    if degree_clash(claim.text, sentence.text):
        # "a large drop" against "only a slight decrease": not the claim's change
        reading.blocked, reading.reason = True, DEGREE_CLASH
        return reading
    if tried_option(claim.text, sentence.text):
        # "we tried ... (AdaGrad, AdaDelta and Adam)": options, not the one used
        reading.blocked, reading.reason = True, TRIED_OPTION
        return reading
    if past_work_clause(claim.text, sentence.text):
        # "this past work imposed X": others' statement, not the paper's (past_work.py)
        reading.blocked, reading.reason = True, PAST_WORK
        return reading
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
        if reading.conflict == "direction" and parts is not None \
                and comparison_unread(claim.text, parts.comparison):
            flips_count = False  # "A (x) beats A (y)": arguments unread (flip_subjects.py)
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
                        parts, passage() | lent | signed_terms(
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
                    own.contradicts if reading.conflict in ("importance", "quality", "degree")
                    else _holds_all(own))
            if found is not None and subject_lacking(claim.text, sentence.text, found.missing):
                reading.blocked = True  # said of another subject (flip_subjects.py)
            elif reading.conflict == "negation" and index is not None and number is not None \
                    and affirmed_next_door(claim, index, number):
                reading.blocked, reading.reason = True, NEGATED_CLAUSE  # said so next door
            elif reading.conflict == "negation" \
                    and affirmed_in_print(claim, index, number, sentence.text):
                reading.blocked, reading.reason = True, AFFIRMED  # "not X" printed
            elif reading.conflict == "negation" \
                    and denial_unprinted(claim, sentence.text, index):
                reading.blocked, reading.reason = True, UNPRINTED  # "not X", X unsaid
            elif found is None or (found.contradicts and (score >= threshold or not bare)) \
                    or (score >= threshold and found.confirms and not bare):
                reading.outcome, reading.reason = Outcome.contradicted, reading.conflict
        return reading
    if score < RELEVANT:
        return reading
    if numbers_agree and all_names and not sentence_side.required() - claim_side.names \
            and (flip := worded_flip(claim, parts, sentence, passage, index)):  # "sparser"
        reading.accounting, reading.outcome = flip[0], Outcome.contradicted
        reading.conflict, reading.reason = "direction", flip[1]
        return reading
    if numbers_agree and all_names and (turned := _effect_turned()) is not None:
        reading.accounting, reading.outcome = turned, Outcome.contradicted
        reading.conflict, reading.reason = "direction", "effect"  # (effect_flips.py)
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
        found = account(without_comparison_words(parts, claim.text), passage(), index, [sentence],
                        relation=False)
        if found.contradicts and not found.unseen:
            reading.accounting = found
            reading.conflict, reading.reason = "direction", "comparison"
            reading.outcome = Outcome.contradicted
            return reading
    if claim_side.quantities:
        held = len(required) - len(reading.missing)
        if numbers_agree and held >= 0.5 * len(required) \
                and (claim.direction is not None or _polarity_agrees(claim, sentence)):
            reading.outcome = Outcome.supported
            if parts is not None and index is not None and number is not None \
                    and (SHOW_NUMBER_LENDERS or kind_compounds(claim.text)):
                lent_by = _lenders(account(parts, passage_terms(sentence.text), index,
                                           [sentence]), index, number)
                if kind_compounds(claim.text) and opposed_kind(claim.text, [sentence.text, *(
                        index.sentences[other].text for other, _ in lent_by)]):
                    # "higher-order expansion" lent the words of "lower-order expansion"
                    reading.outcome, reading.blocked = None, True
                    reading.reason = OPPOSED_KIND
                elif SHOW_NUMBER_LENDERS:
                    reading.lenders = lent_by  # shown as lenders (claims.Lending)
    elif parts is not None and parts.comparison is None and parts.compares \
            and not prints_in_order(query_text(claim), sentence.text):
        # A comparison whose order cannot be read ("A is easier than B": no comparative of
        # the lexicon): the same words in the other order say the opposite.
        return reading
    elif _polarity_agrees(claim, sentence) and (
            (required and all_names and score >= SUPPORT_TEXT)
            or score >= SUPPORT_TEXT_NO_NAMES):
        reading.outcome = Outcome.supported
        if parts is not None and index is not None and number is not None:
            own = account(parts, passage_terms(sentence.text), index, [sentence])
            if denied_next_door(claim, index, number):
                # "X, however, does not ...": the neighbour states the claim and denies it
                reading.outcome, reading.blocked = None, True
                reading.reason = NEGATED_CLAUSE
            elif _lenders_agree(claim, own, index, number):
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
        elif number is not None and _held_by_passage(claim, parts, found, passage(), index,
                                                     number):
            reading.outcome, reading.accounting = Outcome.supported, \
                account(parts, passage(), index, [sentence])
            reading.lenders = _lenders(found, index, number)
        if reading.outcome == Outcome.supported and number is not None \
                and denied_next_door(claim, index, number):
            reading.outcome, reading.blocked = None, True  # "X, however, does not ..."
            reading.reason = NEGATED_CLAUSE
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
