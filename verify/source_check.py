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

This module decides over the candidates. One sentence's reading, with the thresholds above, is
verify/sentence_reading.py; a flipped statement, verify/statement_polarity.py; the numbers,
verify/number_match.py; the evidence and explanations shown, verify/source_explain.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from verify_claims.claims import Check, CheckKind, Claim, Evidence, Lending, Outcome, Paper

from .agreeing_passages import agreeing_passage
from .close_passages import quiet_close_passage
from .closer_denials import closer_denial
from .content import WINDOW, ClaimParts, account, claim_parts, describe, window_terms
from .cut_clauses import cut_contradiction
from .footnote_readings import EXPLANATION as FOOTNOTE
from .footnote_readings import footnote_unheld
from .joined_clauses import joined_check
from .joint_measures import mixed_values
from .lent_numbers import lend_numbers
from .number_match import _Pair
from .number_sides import _claim_side, _sentence_side, _Side
from .passages import PassageIndex, query_text
from .sentence_reading import RELEVANT, _read, _Reading
from .source_explain import (
    _contradiction_explanation,
    _evidence,
    _list,
    _location,
    _matched,
    _passage_texts,
    _support_explanation,
    _undecided_explanation,
)
from .verbatim_flips import mark_copies, outranked_explanation, outranking_copy

__all__ = ["check_source"]

CANDIDATES = 5
COUNTED = 2
"""Sentences read beyond the best `CANDIDATES`: those counting the noun a claimed number
counts (`PassageIndex.ranked`), where a wrong count's source is."""


def _missing_parts(readings: Sequence[_Reading]) -> tuple[list[str], _Reading | None]:
    """What the best relevant passage lacks of the claim, and that passage."""
    for reading in readings:
        if reading.score >= RELEVANT and reading.accounting is not None \
                and reading.accounting.lacking():
            return reading.accounting.lacking(), reading
    return [], None


def _joint_support(readings: Sequence[_Reading], claim_side: _Side, parts: ClaimParts,
                   index: PassageIndex, claim_text: str = ""
                   ) -> list[tuple[_Reading, _Pair]] | None:
    """When no single sentence holds every claimed number: an agreeing number for each, each
    from a relevant sentence that reads no other way, together naming half the required
    names, all within one passage (neighbouring sentences of one section) that accounts for
    the whole claim. Two counts printed in two places of a paper ("12M author nodes", "0.4M
    linked") do not confirm a relation between them that neither place states, nor does a
    sentence lend one number while printing its own value for another (`mixed_values`)."""
    relevant = [reading for reading in readings
                if reading.score >= RELEVANT and reading.outcome is None
                and reading.conflict is None and reading.pairs
                and not (reading.blocked and reading.reason)]  # set aside by a named rule
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
    if mixed_values([(reading.position, pair) for reading, pair in chosen], claim_text,
                    claim_side, {reading.position: (index.sentences[reading.position].text,
                                                    reading.side) for reading, _ in chosen}):
        return None  # "A: precision x at recall y. B: precision z at recall w" (probe21b)
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


def _sections(index: PassageIndex, check: Check) -> set[str | None]:
    """The sections of the sentences a check quotes (None for a quote no sentence is)."""
    quoted = {evidence.quote for evidence in check.evidence}
    found = {sentence.text: sentence.section for sentence in index.sentences
             if sentence.text in quoted}
    return {found.get(quote) for quote in quoted}


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
                        None, index, number)  # its passage's terms derived when needed
        reading.position = number
        if footnote_unheld(reading, parts, index, number):
            reading.outcome, reading.blocked, reading.reason = None, True, FOOTNOTE
        readings.append(reading)
        if reading.outcome == Outcome.supported \
                and all(pair.binding == "strong" for pair in reading.pairs):
            break  # support wins over any contradiction, and nothing binds more surely

    mark_copies(claim, readings, RELEVANT)  # a sentence copied with one change (verbatim_flips)
    quiet_close_passage(readings)  # the claim's close passage decides nothing: no looser one
    supporting = [reading for reading in readings if reading.outcome == Outcome.supported]
    if supporting and (copy := outranking_copy(claim, readings, RELEVANT)) is not None:
        return Check(kind=CheckKind.source, outcome=Outcome.no_evidence, decisive=False,
                     explanation=outranked_explanation(source, claim, copy))
    denial = closer_denial(claim, max(supporting, key=lambda reading: reading.score),
                           readings) if supporting else None
    denied = denial is not None
    if denied:
        supporting = []  # the sentence stating the claim denies it (closer_denials.py)
    if supporting:
        # The best evidence ties the numbers to the claim's names most surely, then scores best.
        best = max(supporting, key=lambda reading: (
            sum(pair.binding == "strong" for pair in reading.pairs), reading.score))
        lent = [Evidence(source=source, quote=index.sentences[other].text,
                         page=index.sentences[other].page,
                         location=_location(index.sentences[other]),
                         note="neighbouring sentence, for " + _list(
                             [f"\u201c{word}\u201d" for word in words]),
                         lent=Lending(words=list(words), rule="passage"))
                for other, words in best.lenders]
        return Check(kind=CheckKind.source, outcome=Outcome.supported,
                     explanation=_support_explanation(source, 1 + len(lent), best.pairs, claim,
                                                      best.score),
                     evidence=[_evidence(best, source, best.pairs), *lent],
                     matched=_matched(best.accounting, best.pairs,
                                      _passage_texts(index, [best.position])))
    contradicting = [reading for reading in readings
                     if reading.outcome == Outcome.contradicted and not denied]
    for reading in contradicting:
        if (agreeing := agreeing_passage(reading, readings, RELEVANT)) is not None:
            reading.outcome = None  # a closer passage prints every number (agreeing_passages)
            reading.reason = (f"it gives another {reading.reason or 'number'}, but a closer "
                              f"passage prints every number of the claim as the claim does: "
                              f"\u201c{agreeing.sentence.text}\u201d")
    contradicting = [reading for reading in contradicting if reading.outcome is not None]
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
    joint = _joint_support(readings, claim_side, parts, index, query_text(claim))
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
                               note="neighbouring sentence, for the claimed numbers",
                               lent=Lending(words=numbers, rule="numbers"))
                      for other, numbers in lenders]
        return Check(kind=CheckKind.source, outcome=Outcome.supported,
                     explanation=_support_explanation(source, 1 + len(lenders), pairs, claim),
                     evidence=[_evidence(reading, source, pairs), *neighbours],
                     matched=_matched(accounting, pairs,
                                      _passage_texts(index, [reading.position])))
    if told := joined_check(claim, lambda part: check_source(part, paper, source, index),
                            lambda check: _sections(index, check)):
        return told  # each clause of "A, and B" read on its own (verify/joined_clauses.py)
    if told := cut_contradiction(claim, lambda kept: check_source(kept, paper, source, index)):
        return told  # a cut claim's complete clauses contradicted (verify/cut_clauses.py)
    missing, lacking = _missing_parts(readings)
    explanation = _undecided_explanation(source, readings)
    told = next((reading for reading in readings  # only a rule that set a reading aside
                 if reading.outcome is None and reading.reason and reading.score >= RELEVANT),
                None)
    if denial is not None and denial.outcome == Outcome.contradicted:
        explanation = (f"A passage of {source} (score {denial.score:.2f}) states the claim and "
                       f"reads it the other way ({denial.reason or 'a flip'}), while only a "
                       f"looser passage lends it; neither decides: "
                       f"\u201c{denial.sentence.text}\u201d")
    elif told is not None:  # a rule that names what kept its passage from deciding
        explanation = (f"A passage of {source} (score {told.score:.2f}) shares the claim's "
                       f"words but decides nothing: {told.reason}.")
    elif lacking is not None and lacking.blocked:
        explanation = (f"The closest passage of {source} (score {lacking.score:.2f}) shares "
                       f"names or numbers with the claim, but no passage of it speaks of "
                       f"{describe(lacking.accounting)} as the claim does.")
    return Check(kind=CheckKind.source, outcome=Outcome.no_evidence, decisive=False,
                 explanation=explanation, missing=missing)
