"""The claim's subject named only by the next (or previous) sentence, which gives its own
number (probe of Lample et al. 2016, arXiv:1603.01360, round 14).

"The CRF layer gives an increase of +7.31 F1" was confirmed by "We observed that pretraining
our word embeddings gave us the biggest improvement in overall performance of +7.31 in F1.",
the next sentence being "The CRF layer gave us an increase of +1.79, while ...". The source
check reads a sentence with its neighbours, so the claim's "CRF layer" was accounted for by
the next sentence, and the number by this one.

The general fact: when none of the words a claim says before its number (its subject) is in
the sentence that prints the number, and a neighbouring sentence says them (two or more of
them) before a number of its own that the claim does not give, that neighbour is the sentence
about the claim's subject, and its number is the subject's. The first sentence gives its
number for something else, and a supporting source check on it decides nothing
(`guard_neighbour_subjects`). A claim that gives the neighbour's number too is left alone; so
is a sentence that says any word of the claim's subject ("With a threshold of 1.1, we got the
highest improvements" for "a score-improvement threshold of 1.1 gave the largest gains"), and
a contradiction (a first version also undecided three right contradictions, such as "coarse
and fine annotation studies cover 210 summaries" against "In total, 120 summaries are
evaluated", whose subject the sentence before names).

The subject's own sentence need not be next to the one read (probe of MapReduce, OSDI 2004,
round 20): "In the sort, all of the writes finish about 580 seconds into the computation" was
confirmed by "All of the shuffling is done about 600 seconds into the computation" (page 9; the
"about" numbers agree within 10%), while "All of the writes finish about 850 seconds into the
computation" is four sentences on. The hedge before the number ("about") is no word of the
subject. A sentence further off (up to five sentences, in the same
section) counts when its first number has the claim's unit (seconds): a number of the same
measure, stated of the claim's subject.

The sentence may share the claim's qualifiers and lack its head (round 26, Lucaccioni et al.,
Br Med Bull 2015, page 2): "The risk of gonadoblastoma in individuals with Y chromosome material
is estimated to be about 10%" (false: ~30%) was confirmed by "Importantly, 10% of women with TS
have mosaicisms for a cell line with a normal or abnormal Y chromosome", whose next sentence is
"The risk of gonadoblastoma in these individuals is estimated to be ∼30%". The shared "Y
chromosome" qualifies whom the number is of; the first two words of the claim ("risk",
"gonadoblastoma"), what the number measures, are the neighbour's. When the sentence says
neither of the claim's first two subject words and a neighbour says both before a number of its
own of the claim's unit (a unit printed: "k = 20" of "the random walk experiment" is no such
measure, round 20's t-SNE probe), that neighbour is the subject's sentence (`_lacks_lead`).

The subject may be one coined name (round 38, Hill, Cho and Korhonen, NAACL 2016, page 4):
"SkipThought was trained for about 8 days" was confirmed by "The S(D)AE models were trained for
one epoch (≈ 8 days).", whose next sentence, "The SkipThought model was trained for two weeks,
covering just under one epoch.", lent the name. One missing word is too little for the rule
above (a passage may well leave out one word of its subject), so this one asks more of it
(`_lent_name`): the one word of the claim's subject the sentence lacks is a coined name of the
claim; the sentence names a coined name of its own before its number; and the previous or next
sentence says the claim's name, with every subject word the two share, before a first number
of its own of the claim's dimension (two weeks against 8 days: a duration), which the claim
does not give. That neighbour is the name's own sentence, and the number is the other name's.

It names no paper or subject; it only undecides.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .coined_names import coined
from .paper_memo import per_paper
from .passages import content_terms
from .undecided import SUPPORTING, decided, undecide

lent_names_guarded = True
"""Whether `_lent_name` acts (a planted-bug test switches it off)."""

_FAR = 5
"""How many sentences away, in the same section, a sentence may state the claim's subject's
own number of the same unit."""


# The hedge before a number ("about 580 seconds") says how exact it is, not what it is of.
_HEDGES = frozenset(content_terms("about around approximately roughly nearly almost some"))


def _positions(paper: Paper) -> dict[str, int]:
    return {sentence.text: i for i, sentence in reversed(list(enumerate(paper.sentences)))}


def subject_terms(claim: Claim) -> list[str]:
    """The content terms the claim says before its first number, in order, hedges left out:
    the subject its number is about (the claim must have a number)."""
    return [term for term in content_terms(claim.text[:claim.quantities[0].span[0]])
            if term not in _HEDGES]


def claim_subject(claim: Claim) -> set[str]:
    """`subject_terms` as a set."""
    return set(subject_terms(claim))


def supporting_positions(checks: Iterable[Check],
                         paper: Paper) -> Iterator[tuple[Check, list[int]]]:
    """Each supporting source check with the paper positions of the sentences its evidence
    quotes (sentence positions read once per paper, and only when such a check is there)."""
    positions = None
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        if positions is None:
            positions = per_paper(paper, "sentence positions", _positions)
        yield check, [at for evidence in check.evidence
                      if (at := positions.get(evidence.quote or "")) is not None]


def guard_neighbour_subjects(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting source check whose sentence lacks the claim's subject while a
    neighbouring sentence says it before a number of its own (module docstring). In place."""
    if not claim.quantities:
        return
    claimed = [quantity.value for quantity in claim.quantities]
    before = claim_subject(claim)
    if len(before) < 2:
        return
    for check, quoted in supporting_positions(checks, paper):
        for at in quoted:
            missing = before - set(content_terms(paper.sentences[at].text))
            shared = before - missing
            lead = _lacks_lead(claim, missing, paper.sentences[at].section)
            if shared and _lent_name(claim, paper, at, missing, shared):
                undecide(check, f"Not decided: the claim's “{next(iter(missing))}” is named by "
                                f"the next or previous sentence, with a number of its own, not "
                                f"by the sentence that prints the claim's number")
                break
            if shared and not _shares_measure_only(claim, shared, missing) and not lead:
                continue  # the sentence says some of the claim's subject itself
            neighbour = next((words for other in _nearby(paper, at, claim)
                              if (words := _subject_of_other_number(
                                  paper.sentences[other], missing, claimed))
                              and (_says_shared(paper.sentences[other], shared, claim)
                                   or (lead and _says_shared(paper.sentences[other], lead,
                                                             claim)))), None)
            if neighbour:
                undecide(check, f"Not decided: the claim's “{' '.join(neighbour)}” is said by "
                                f"the next or previous sentence, before a number of its own, "
                                f"not by the sentence that prints the claim's number")
                break


def _nearby(paper: Paper, at: int, claim: Claim) -> Iterator[int]:
    """The sentences read as the claim's subject's own, nearest first: the previous and the
    next; then, up to `_FAR` sentences away in the same section, those whose first number has
    the claim's first number's unit (round 20, below)."""
    count = len(paper.sentences)
    yield from (other for other in (at - 1, at + 1) if 0 <= other < count)
    section, unit = paper.sentences[at].section, claim.quantities[0].unit
    if section is None or unit is None:
        return
    for distance in range(2, _FAR + 1):
        for other in (at - distance, at + distance):
            if 0 <= other < count and paper.sentences[other].section == section \
                    and paper.sentences[other].quantities \
                    and paper.sentences[other].quantities[0].unit == unit:
                yield other


def _subject_of_other_number(sentence, missing: set[str], claimed: list[float]) -> list[str]:
    """The `missing` terms `sentence` says before its first number, when there are two or
    more of them and none of its numbers is the claim's; else []."""
    if not sentence.quantities or any(abs(quantity.value - value) < 1e-9
                                      for quantity in sentence.quantities
                                      for value in claimed):
        return []
    said = [term for term in content_terms(sentence.text[:sentence.quantities[0].span[0]])
            if term in missing]
    return said if len(set(said)) >= 2 else []


def _shares_measure_only(claim: Claim, shared: set[str], missing: set[str]) -> bool:
    """Whether the sentence shares with the claim's subject only its measure word, one term,
    while more of the subject is missing (round 24, Gal et al., PLDI 2009, page 12): "The other
    VMs achieve an overall speedup of 3.9x" was confirmed by "Our estimated native code speedup
    of 3.9x is significantly better", the sentence after "The other VMs we compared with
    achieve an overall speedup of 3.0x". The shared "speedup" is what both numbers measure, not
    whose they are; the neighbour must then say it too, with a number of the claim's unit
    (`_says_shared`)."""
    return len(shared) == 1 and len(missing) >= 2 and claim.quantities[0].unit is not None


def _lacks_lead(claim: Claim, missing: set[str], section: str | None) -> set[str]:
    """The claim's first two subject terms, when the sentence says neither (both are among
    `missing`) and its section heading says neither (a heading "4 Non-Projective Dependency
    Parsing" names what its sentences are about); else the empty set (module docstring)."""
    lead = subject_terms(claim)[:2]
    if len(set(lead)) != 2 or not set(lead) <= missing or claim.quantities[0].unit is None \
            or set(lead) & set(content_terms(section or "")):
        return set()
    return set(lead)


def _says_shared(sentence, shared: set[str], claim: Claim) -> bool:
    """Whether a neighbour read for a sentence that shares `shared` with the claim's subject
    says those terms too before its first number, a number of the claim's unit (always true
    when nothing is shared: the round-14 rule)."""
    if not shared:
        return True
    first = sentence.quantities[0]
    return first.unit == claim.quantities[0].unit and shared <= set(
        content_terms(sentence.text[:first.span[0]]))



# Units of one dimension: a duration in days is stated against one in weeks.
_DURATIONS = frozenset(("seconds", "minutes", "hours", "days", "weeks", "months", "years"))


def _one_dimension(unit: str | None, other: str | None) -> bool:
    return unit is not None and (unit == other or {unit, other} <= _DURATIONS)


def _lent_name(claim: Claim, paper: Paper, at: int, missing: set[str], shared: set[str]) -> bool:
    """Whether the one subject term the sentence at `at` lacks is a coined name of the claim
    that the previous or next sentence gives a number of its own of the claim's dimension,
    while the sentence names another coined name before its number (module docstring, round
    38)."""
    if len(missing) != 1 or not lent_names_guarded:
        return False
    term = next(iter(missing))
    if not any(content_terms(name) == [term] for name in coined(claim.text)):
        return False
    sentence, first = paper.sentences[at], claim.quantities[0]
    spot = next((quantity.span[0] for quantity in sentence.quantities
                 if abs(quantity.value - first.value) < 1e-9), None)
    if spot is None or not coined(sentence.text[:spot]) - coined(claim.text):
        return False
    claimed = [quantity.value for quantity in claim.quantities]
    for other in (at - 1, at + 1):
        if not 0 <= other < len(paper.sentences):
            continue
        neighbour = paper.sentences[other]
        if not neighbour.quantities or any(abs(quantity.value - value) < 1e-9
                                           for quantity in neighbour.quantities
                                           for value in claimed):
            continue
        own = neighbour.quantities[0]
        said = set(content_terms(neighbour.text[:own.span[0]]))
        if _one_dimension(first.unit, own.unit) and missing | shared <= said:
            return True
    return False
