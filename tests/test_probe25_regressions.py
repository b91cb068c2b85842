"""Round 25 regressions of my own probes of two papers new to the project.

Tully, Morgan, Burke and McGee, Patient Experiences of Structured Heart Failure Programmes
(Rehabilitation Research and Practice 2010, 6 pages, two columns, Hindawi; a qualitative focus
group study: counts in words, no tables), tests/real/papers/tully_rrp10.pdf. 52 claims were
labelled from the page images before the tool ran on them. The first run decided 27, 3
wrongly (32 right):

- "Neither group had any criticism of the programmes" (true: page 3) was contradicted, "the
  claim negates what the paper asserts", by a methods sentence sharing two of its words (score
  0.54), while the paper's own sentence (score 1.00) decided nothing;
- "The participants were enthusiastic about the proposal that GPs might provide heart failure
  rehabilitation programmes" (false: "unenthusiastic", page 4) was confirmed (score 0.48) by a
  sentence about "the enthusiasm they expressed for the specialist care", after the prefix
  rule had set the 0.91 sentence aside. Both: a passage that prints nearly all of the claim
  and decides nothing keeps every much looser passage that reads no number from deciding
  (`verify/close_passages.quiet_close_passage`);
- "Each session lasted approximately one hour and was taped with the participants' permission
  after" (a cut claim) was confirmed: "after", "during", "without" and the like ask for their
  object, so a claim ending on one without a full stop was cut (`guards_cut_ends.DANGLING`).

A miss fixed on the way: "... constitute from 2% to 4% of total healthcare expenditures" (false:
1% to 2%) was held back because the sentence "prints the claim's 4% itself": the "[4]" of its
citation. A citation's bracketed number is no printed value
(`guards_paired_sides.prints_claimed`).

After the fixes: 25 decided, 0 wrong.

The second: Kowalski, Nussbaum, Segal and Milyeykovsky, Scheduling Problems in Transportation
Networks of Line Topology (14 pages, one column, theory: bounds, scenarios in figures),
tests/real/papers/kowalski_linesched.pdf. 40 claims labelled from pages 1-3 and 11-12 before
the tool ran; the first run decided 21, 1 wrongly (27 right): "Leighton et al. showed that
there exists a schedule ... in O(c + d) steps using" (cut) was confirmed; "using" asks for its
object like "with" (`guards_cut_ends.DANGLING`). After the fix: 20 decided, 0 wrong.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from probe_verdicts import probe_set_tests, real_paper, status_of

from verify_claims.claims import Status
from verify_claims.verify import (
    close_passages,
    closer_denials,
    guards_cut_ends,
    guards_paired_sides,
)

TULLY = "tully_rrp10"
KOWALSKI = "kowalski_linesched"

TULLY_PROBES = [
    ('Focus groups were conducted with fifteen participants attending one of two heart '
     'failure rehabilitation programmes.',
     'confirmed'),
    ('Seven of the participants came from the rural hospital and eight from the urban '
     'hospital.',
     'confirmed'),
    ('In the urban hospital, five of the eight participants were male.',
     'confirmed'),
    ('Twelve of the fifteen participants were men.',
     'confirmed'),
    ('Two focus groups were carried out, one in each hospital.',
     'confirmed'),
    ('Each focus group session lasted approximately one hour.',
     'confirmed'),
    ('The direct medical costs of heart failure treatment constitute from 1% to 2% of '
     'total healthcare expenditures in developed countries.',
     'confirmed'),
    ('Hospitalisations for heart failure have increased threefold over the past decades.',
     'confirmed'),
    ('All participants had been diagnosed with heart failure for at least one year.',
     'confirmed'),
    ('Three or four nurses ran each programme.',
     'confirmed'),
    ('The semistructured interview schedule covered four aspects of the illness '
     'experience, including beliefs about the diagnosis of heart failure.',
     'confirmed'),
    ('Two other participants disagreed and believed the term heart failure made no '
     'difference to their response to their diagnosis.',
     'confirmed'),
    ('One participant had been back in the rehabilitation facility six times since '
     'finishing the course.',
     'confirmed'),
    ('In the rural hospital all participants were male.',
     'confirmed'),
    ('The focus groups were transcribed verbatim and analysed qualitatively using content '
     'analysis.',
     'confirmed'),
    ('The study protocol was approved by the Research Ethics Committee of the Royal '
     'College of Surgeons in Ireland.',
     'confirmed'),
    ('No hospital staff were present during the focus group discussions.',
     'confirmed'),
    ('Neither group had any criticism of the programmes.',
     'confirmed'),
    ('Just one participant had felt overwhelmed by the amount of information he received '
     'on the programme.',
     'confirmed'),
    ('The research was funded by the Health Services Executive.',
     'confirmed'),
    ('In both hospitals a pharmacist is available as part of the multidisciplinary team.',
     'confirmed'),
    ('Participants were much more likely to contact the hospital than their GP if they '
     'needed advice.',
     'confirmed'),
    ('The group setting lessened feelings of loneliness and anxiety.',
     'confirmed'),
    ('Supervised exercise sessions increased confidence to resume physical activity.',
     'confirmed'),
    ('The participants felt that GP surgeries would not have the space nor the facilities '
     'to accommodate a programme.',
     'confirmed'),
    ('Lack of equipment was partly to blame for participants failing to maintain an '
     'exercise regimen.',
     'confirmed'),
    ('The small size of the focus groups does not allow for statistically significant '
     'generalisation to the greater heart failure patient population.',
     'confirmed'),
    ('The programmes are run in a single room that holds both the information sessions and'
     ' the exercise equipment.',
     'confirmed'),
    ('Focus groups were conducted with twelve participants attending one of two heart '
     'failure rehabilitation programmes.',
     'contradicted'),
    ('Eight of the participants came from the rural hospital and seven from the urban '
     'hospital.',
     'contradicted'),
    ('In the urban hospital, six of the eight participants were male.',
     'contradicted'),
    ('Three focus groups were carried out.',
     'contradicted'),
    ('Each focus group session lasted approximately two hours.',
     'contradicted'),
    ('The direct medical costs of heart failure treatment constitute from 2% to 4% of '
     'total healthcare expenditures in developed countries.',
     'contradicted'),
    ('Hospitalisations for heart failure have increased fivefold over the past decades.',
     'contradicted'),
    ('All participants had been diagnosed with heart failure for at least two years.',
     'contradicted'),
    ('One participant had been back in the rehabilitation facility four times since '
     'finishing the course.',
     'contradicted'),
    ('Both groups voiced strong criticism of the programmes.',
     'contradicted'),
    ('Hospital staff were present for the duration of the focus group discussions.',
     'contradicted'),
    ('Several participants expressed difficulty in maintaining the medication regimen.',
     'contradicted'),
    ('The participants were enthusiastic about the proposal that GPs might provide heart '
     'failure rehabilitation programmes.',
     'contradicted'),
    ('Hospitalisations for heart failure have decreased over the past number of decades.',
     'contradicted'),
    ('Focus groups were conducted with fifteen participants, whose mean age was 67 years.',
     'unverified'),
    ('Participants in the urban programme reported a greater improvement in quality of '
     'life than those in the rural programme.',
     'unverified'),
    ('The rehabilitation programmes lasted twelve weeks.',
     'unverified'),
    ('Participants attended two exercise sessions per week.',
     'unverified'),
    ('Heart failure readmission rates fell by 30% after the programmes.',
     'unverified'),
    ('Three of the participants were women from the rural hospital.',
     'contradicted'),
    ('The focus group transcripts were coded by two independent researchers with a kappa '
     'of 0.8.',
     'unverified'),
    ("Each session lasted approximately one hour and was taped with the participants' "
     'permission after',
     'unverified'),
    ('The heart failure programmes reduced hospital readmissions by half compared with '
     'usual care.',
     'unverified'),
    ('Participants who attended the programme had lower levels of depression than those '
     'who did not.',
     'unverified'),
]

KOWALSKI_PROBES = [
    ('The paper proposes a 2-approximation on-line algorithm for each minimization '
     'objective.',
     'confirmed'),
    ('For the two-directional versions of each problem, no online algorithm can '
     'deterministically achieve the optimal solution for any of the considered objective '
     'functions.',
     'confirmed'),
    ('Each algorithm requires only a limited-buffer queue for each node in the network.',
     'confirmed'),
    ('The capacity of each node in terms of the number of cars it can keep at a time is '
     'unlimited.',
     'confirmed'),
    ('Each time only one car can pass an edge in either direction.',
     'confirmed'),
    ('All cars start their routes at the same time.',
     'confirmed'),
    ('The MinSum objective roughly captures energy consumption and CO2 emission.',
     'confirmed'),
    ('Leighton et al. showed that there exists a schedule for routing the packets to their'
     ' destinations in O(c + d) steps using constant-size queues.',
     'confirmed'),
    ('Mansour and Patt-Shamir showed that if packets are routed greedily on shortest '
     'paths, all of the k packets reach their destinations within d + k steps.',
     'confirmed'),
    ('The time-constrained packet routing problem is NP-complete even when the underlying '
     'topology is a linear line.',
     'confirmed'),
    ('For the MinMakespan objective, the authors adopt the smallest slack time algorithm.',
     'confirmed'),
    ('Figure 1(a) shows the MinMakeSpan to be 3 in the first scenario.',
     'confirmed'),
    ('In the first scenario of Figure 1, a third car starts at node v0 and moves by three '
     'hops to the right.',
     'confirmed'),
    ('The MinMakespan of any on-line algorithm for the considered example must be at least'
     ' 4.',
     'confirmed'),
    ('In Figure 5, selecting the car with furthest remaining distance to travel yields the'
     ' optimal sum of 8 time units.',
     'confirmed'),
    ('Delaying the car with the furthest remaining distance yields a sum of 9 time units '
     'in Figure 5.',
     'confirmed'),
    ('The weighted model is a 2-weight model where each car has a weight of 1 or W.',
     'confirmed'),
    ('The algorithm performs with limited buffer queues no larger than their starting '
     'queue sizes, except for a maximum needed buffer size of 1 for nodes starting with 0 '
     'cars in their queue.',
     'confirmed'),
    ('Even for the 1-directional network scenarios, no on-line algorithm can achieve the '
     'optimal solution for any of the objective functions in the 2-weighted model.',
     'confirmed'),
    ('The on-line solutions are optimal if all cars travel in the same direction.',
     'confirmed'),
    ('No optimal on-line algorithm exists for the 1-directional weighted MinMakespan '
     'objective.',
     'confirmed'),
    ('The paper proposes a 3-approximation on-line algorithm for each minimization '
     'objective.',
     'contradicted'),
    ('The capacity of each node in terms of the number of cars it can keep at a time is '
     'limited to one car.',
     'contradicted'),
    ('Leighton et al. showed that there exists a schedule for routing the packets to their'
     ' destinations in O(c + d) steps using queues of unbounded size.',
     'contradicted'),
    ('Mansour and Patt-Shamir showed that if packets are routed greedily on shortest '
     'paths, all of the k packets reach their destinations within d + 2k steps.',
     'contradicted'),
    ('Figure 1(a) shows the MinMakeSpan to be 4 in the first scenario.',
     'contradicted'),
    ('In the first scenario of Figure 1, a third car starts at node v0 and moves by two '
     'hops to the right.',
     'contradicted'),
    ('In Figure 5, selecting the car with furthest remaining distance to travel yields a '
     'sum of 9 time units.',
     'contradicted'),
    ('The time-constrained packet routing problem is solvable in polynomial time when the '
     'underlying topology is a linear line.',
     'contradicted'),
    ('In the two-directional setting, on-line algorithms can deliver optimal solutions for'
     ' all of the considered objectives.',
     'contradicted'),
    ('Not all cars start their routes at the same time.',
     'contradicted'),
    ('The MinMakespan of any on-line algorithm for the considered example must be at least'
     ' 5.',
     'contradicted'),
    ('The 2-approximation algorithm runs in O(n log n) time.',
     'unverified'),
    ('The authors evaluate their algorithms in simulations on real traffic data from '
     'Liverpool.',
     'unverified'),
    ('The paper proposes a 2-approximation on-line algorithm that is optimal for trees.',
     'unverified'),
    ('The weighted model achieves a 3-approximation for MinSum.',
     'unverified'),
    ('On-line algorithms reduce the average delay by 40% compared with off-line '
     'algorithms.',
     'unverified'),
    ('The MinMax objective minimizes the largest delay of the cars and is NP-hard in '
     'general networks.',
     'unverified'),
    ('Leighton et al. showed that there exists a schedule for routing the packets to their'
     ' destinations in O(c + d) steps using',
     'unverified'),
    ('The paper proposes a 2-approximation on-line algorithm for each minimization '
     'objective, improving on the 4-approximation of Leung et al.',
     'unverified'),
]

PROBE_SETS = {TULLY: (TULLY_PROBES, 25), KOWALSKI: (KOWALSKI_PROBES, 20)}

NEITHER = "Neither group had any criticism of the programmes."
ENTHUSIASTIC = ("The participants were enthusiastic about the proposal that GPs might provide "
                "heart failure rehabilitation programmes.")
AFTER = ("Each session lasted approximately one hour and was taped with the participants' "
         "permission after")

_parsed = cache(real_paper)


probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


@pytest.fixture(scope="module")
def tully():
    return {TULLY: _parsed(TULLY)}


@pytest.mark.parametrize(("text", "planted"), [
    (NEITHER, Status.contradicted), (ENTHUSIASTIC, Status.confirmed)])
def test_a_close_passage_that_decides_nothing_quiets_looser_ones(tully, monkeypatch, text,
                                                                  planted):
    status, why = status_of(tully, TULLY, text)
    assert status == Status.unverified, why
    # Planted bug: the looser passages decide whatever the close one read. Since round 35 a
    # closer sentence that denies the claim by a word's prefix ("unenthusiastic") also
    # outweighs looser support (closer_denials.DENIALS): that route is switched off too, or
    # it withholds the same verdict on its own.
    monkeypatch.setattr(close_passages, "CLOSE", 2.0)
    monkeypatch.setattr(closer_denials, "DENIALS", frozenset(
        (closer_denials.UNREAD_NEGATION, closer_denials.NEGATED_CLAUSE)))
    status, why = status_of(tully, TULLY, text + " ")
    assert status == planted, why


def test_a_close_passage_leaves_a_looser_number_reading_alone():
    """A looser reading that reads a number against the claim's still decides (red team 11:
    "k = 60%" against a claim of 80%, beside a close passage printing 80% for another use)."""
    from types import SimpleNamespace as Reading

    close = Reading(score=0.9, outcome=None, pairs=[], reason="", sentence=Reading(text="x"))
    numbered = Reading(score=0.5, outcome="contradicted", reason="",
                       pairs=[Reading(found=60.0)], sentence=Reading(text="y"))
    worded = Reading(score=0.5, outcome="contradicted", reason="", pairs=[],
                     sentence=Reading(text="z"))
    near = Reading(score=0.6, outcome="contradicted", reason="", pairs=[],
                   sentence=Reading(text="w"))
    assert close_passages.quiet_close_passage([close, numbered, worded, near]) is close
    assert numbered.outcome == "contradicted" and near.outcome == "contradicted"
    assert worded.outcome is None and "nearly all" in worded.reason


COSTS = ("The direct medical costs of heart failure treatment constitute from 2% to 4% of total "
         "healthcare expenditures in developed countries.")


def test_a_citation_number_is_no_printed_value(tully, monkeypatch):
    status, why = status_of(tully, TULLY, COSTS)
    assert status == Status.contradicted, why
    assert not guards_paired_sides.prints_claimed("costs from 1% to 2% of spending [4].", "4%",
                                                  "1%")
    assert guards_paired_sides.prints_claimed("costs from 1% to 2% of spending, and 4 in all.",
                                              "4%", "1%")
    # Planted bug: citations read like any printed number.
    monkeypatch.setattr(guards_paired_sides, "_CITATION", re.compile(r"(?!)"))
    status, why = status_of(tully, TULLY, COSTS + " ")
    assert status == Status.unverified, why


USING = ("Leighton et al. showed that there exists a schedule for routing the packets to their "
         "destinations in O(c + d) steps using")


@pytest.mark.parametrize(("stem", "text", "word"), [
    (TULLY, AFTER, "after"), (KOWALSKI, USING, "using")])
def test_a_claim_ending_on_a_word_that_asks_for_its_object_is_cut(monkeypatch, stem, text,
                                                                   word):
    papers = {stem: _parsed(stem)}
    status, why = status_of(papers, stem, text)
    assert status == Status.unverified, why
    # Planted bug: the word taken for one a sentence may end on.
    monkeypatch.setattr(guards_cut_ends, "DANGLING", guards_cut_ends.DANGLING - {word})
    guards_cut_ends.dangling_end.cache_clear()
    try:
        status, why = status_of(papers, stem, text + " ")
        assert status == Status.confirmed, why
    finally:
        guards_cut_ends.dangling_end.cache_clear()
