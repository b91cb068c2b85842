"""Round 22 regressions of my own probes (probe22a) of two papers new to the project.

The first: Clark and Divvala, Looking Beyond Text: Extracting Figures, Tables and Captions from
Computer Science Papers (AAAI workshops 2015, two columns, two small tables of precision, recall
and F1 with a row "Ours"), tests/real/papers/clark_divvala15.pdf (deepfigures-open's end-to-end
test paper). 55 claims were labelled from the page images before the tool ran on them. The first
run decided 25, 4 wrongly:

- "On figure extraction, the proposed system reaches a precision of 0.957" (true, Table 1) was
  contradicted by "around 96% precision": a fraction read against a percentage on another scale
  (`verify/share_scales.printed_share`, extending `guard_share_scales` to rounded, cut and
  hedged percentages);
- "The number of possible configurations is almost always very small (less than 5)" (true) was
  contradicted as a negation flip by the "do not get rejected" of the sentence's "since" clause
  (`verify/negation_scope._CLAUSE_BREAK`: a cause is another statement);
- "The algorithm by Praczyk and Nogueras-Iso generalized well to the domain of computer science
  papers" (false: "did not generalize well") was confirmed: the negation stands before the verb,
  the subject set off by an "although" parenthetical (`verify/unread_negations._negated_predicate`),
  and, with that sentence set aside, by two loose sentences of the introduction
  (`verify/closer_denials.closer_denial`);
- "The dataset contains bounding boxes for 458" (cut) was confirmed by "bounding boxes for 458
  figures" (`verify/guards_cut_ends.uncounted_end`).

None of the claims about the paper's own results were decided: the tables' row is "Ours", which a
report calls "the proposed method" (`verify/own_method.py`); with it, five more are right.

The second: Dutot, Eyraud, Mounié and Trystram, Bi-criteria Algorithm for Scheduling Jobs on
Cluster Platforms (SPAA 2004, two columns, results in plots only), tests/real/papers/
dutot_bicriteria.pdf (GROBID's sample1). 52 claims; the first run decided 33, 2 wrongly:

- "In the Top500 ranking of June 2003, 104 entries were clusters" (never said) was contradicted
  by the 123 clusters of the November 2003 list (`verify/guards_dates.other_date`);
- "The performance ratio for the makespan is" (cut) was confirmed by the sentence that goes on
  (`verify/guards_cut_ends.dangling_end`).

One more was right after a reading fix: "... composed of 140 bi-processor machines" (false: 104)
was withheld because "composed by 104" was read as a difference ("by 104"): a participle's agent
is no amount (`verify/guards_passages._agent_by`).
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from planted_patterns import round30_guards_off
from probe_verdicts import probe_set_tests, real_paper, status_of, verify_on

from verify_claims.claims import Location, Status
from verify_claims.extract.claim_builder import build_claim
from verify_claims.verify import (
    close_passages,
    guard_chain,
    guards_other_readings,
    guards_passages,
    header_words,
    negation_scope,
    source_check,
    unread_negations,
)
from verify_claims.verify.guards_cut_ends import dangling_end, uncounted_end
from verify_claims.verify.guards_dates import other_date
from verify_claims.verify.own_method import own_method_words
from verify_claims.verify.share_scales import rescaled_agreement

CLARK = "clark_divvala15"
DUTOT = "dutot_bicriteria"

# Each claim with the status its page says (labelled before the tool ran).
CLARK_PROBES = [
    ('pdffigures achieves 96% precision at 92% recall on the new dataset.', 'confirmed'),
    ('The authors introduce a new dataset of 150 computer science papers.', 'confirmed'),
    ('The dataset contains 50 papers from NIPS 2008-2013, 50 from ICML 2009-2014 and '
     '50 from AAAI 2009-2014.',
     'confirmed'),
    ('Ten published papers were selected at random from each conference and year.', 'confirmed'),
    ('In total the annotators acquired bounding boxes for 458 figures and 190 tables.',
     'confirmed'),
    ('On figure extraction, the proposed system reaches a precision of 0.957.', 'confirmed'),
    ('On figure extraction, the proposed method has a recall of 0.915.', 'confirmed'),
    ('Praczyk and Nogueras-Iso obtain an F1 of 0.555 on figure extraction.', 'confirmed'),
    ('pdfimages reaches a recall of 0.116 on figure extraction.', 'confirmed'),
    ('On table extraction, the proposed method achieves an F1 of 0.939.', 'confirmed'),
    ('Praczyk and Nogueras-Iso reach a precision of 0.429 on table extraction.', 'confirmed'),
    ('On table extraction, the F1 of the proposed method exceeds that of Praczyk and '
     'Nogueras-Iso by 0.546.',
     'confirmed'),
    ('On figure extraction, the recall of the proposed method is 0.415 higher than '
     'that of Praczyk and Nogueras-Iso.',
     'confirmed'),
    ('An output box is considered correct if the overlap score exceeds 0.80.', 'confirmed'),
    ('The algorithm takes less than two seconds to process a paper.', 'confirmed'),
    ('The method was run on 21,000 documents from the ACL corpus.', 'confirmed'),
    ('Selecting the highest scoring configuration over all possible matchings '
     'increases precision by about 2.5% and recall by about 1.5%.',
     'confirmed'),
    ('Splitting conflicting regions based on areas of whitespace increases recall by '
     'about 2%.',
     'confirmed'),
    ('pdfimages was unable to get even 15% recall.', 'confirmed'),
    ('The number of possible configurations is almost always very small (less than 5).',
     'confirmed'),
    ('Approximately half of the errors produced by the algorithm were caused by '
     'non-standard formatting.',
     'confirmed'),
    ('The proposed algorithm has three phases: caption start identification, region '
     'identification, and caption assignment.',
     'confirmed'),
    ('Region proposal builds four regions adjacent to each caption.', 'confirmed'),
    ('For pdfimages, images smaller than a square inch were filtered out.', 'confirmed'),
    ('A pdfimages extraction is marked correct if its size is within 80% of an '
     'annotated figure region.',
     'confirmed'),
    ('The approach of Lopez et al. reached 96% accuracy on articles from the '
     'biomedical domain.',
     'confirmed'),
    ('The timing was measured on a single thread on a Macintosh OS X 10.9 with a '
     '2.5GHz Intel core i7.',
     'confirmed'),
    ('Averaged over figure and table extraction, the proposed method has an F1 of '
     '0.9375.',
     'confirmed'),
    ('The new dataset contains 250 computer science papers.', 'contradicted'),
    ('In total the annotators acquired bounding boxes for 485 figures and 190 tables.',
     'contradicted'),
    ('On figure extraction, the proposed method reaches a precision of 0.915.', 'contradicted'),
    ('Praczyk and Nogueras-Iso reach a recall of 0.555 on figure extraction.', 'contradicted'),
    ('On table extraction, Praczyk and Nogueras-Iso obtain an F1 of 0.363.', 'contradicted'),
    ('pdfimages achieves a precision of 0.624 on figure extraction.', 'contradicted'),
    ('On table extraction, the precision of the proposed method exceeds that of '
     'Praczyk and Nogueras-Iso by 0.623.',
     'contradicted'),
    ('pdfimages performed extremely well on the dataset.', 'contradicted'),
    ('The dataset papers were gathered from two popular computer science conferences.',
     'contradicted'),
    ('Selecting the highest scoring configuration increases precision by about 5%.',
     'contradicted'),
    ('An output box is considered correct if the overlap score exceeds 0.50.', 'contradicted'),
    ('The algorithm by Praczyk and Nogueras-Iso generalized well to the domain of '
     'computer science papers.',
     'contradicted'),
    ('The method was run on 12,000 documents from the ACL corpus.', 'contradicted'),
    ('On table extraction, the proposed method reaches a recall of 0.972.', 'contradicted'),
    ('pdffigures achieves 96% precision at 92% recall on the ACL corpus.', 'unverified'),
    ('Annotating the dataset took 120 hours.', 'unverified'),
    ('pdffigures achieves 0.957 precision on figure extraction from biomedical papers.',
     'unverified'),
    ('Isaac Cowhey annotated 458 figures in under two weeks.', 'unverified'),
    ('pdffigures outperforms CiteSeerX by 0.4 F1 on table extraction.', 'unverified'),
    ('The consistency assumption alone raises caption precision to 0.96.', 'unverified'),
    ('The proposed method achieves an F1 of 0.936 on the ACL corpus.', 'unverified'),
    ('Praczyk and Nogueras-Iso reach a precision of 0.624 on high energy physics '
     'papers.',
     'unverified'),
    ('On table extraction, the proposed method achieves', 'unverified'),
    ('The dataset contains bounding boxes for 458', 'unverified'),
    ('Region scoring uses a learned logistic regression model with 6 features.', 'unverified'),
    ('The caption filters reduce false positive caption detections by 30%.', 'unverified'),
    ('The system processes all 21,000 ACL documents in under two hours.', 'unverified'),
]

DUTOT_PROBES = [
    ('The algorithm optimizes two criteria together: the makespan and the weighted '
     'minimal average completion time (minsum).',
     'confirmed'),
    ('In the November 2003 Top500 ranking, 52 networks of workstations of different '
     'kinds were listed.',
     'confirmed'),
    ('In the November 2003 Top500 ranking, 123 entries are clusters sold by IBM, HP or '
     'Dell.',
     'confirmed'),
    ('The number of clusters within the Top500 approximately doubled each year.', 'confirmed'),
    ('The method is being tested on a large cluster composed of 104 bi-processor '
     'machines from Compaq.',
     'confirmed'),
    ('Icluster2 was ranked 151 in the Top500 in June 2003.', 'confirmed'),
    ('Icluster1 is a 225 PC machine that arrived in 2001.', 'confirmed'),
    ('The authors started developing the new scheduling system two years ago.', 'confirmed'),
    ('The best existing off-line algorithm for minimizing the makespan has a 3/2 + '
     'epsilon guaranty.',
     'confirmed'),
    ('For the minsum criterion, the best result is 8 for the unweighted case and 8.53 '
     'for the weighted case.',
     'confirmed'),
    ('The framework of Hall et al. yields a (12;12) approximation at the cost of a big '
     'complexity.',
     'confirmed'),
    ('The complexity of the knapsack is O(mn).', 'confirmed'),
    ('The overall complexity of the algorithm is O(mnK).', 'confirmed'),
    ('Each experiment is obtained from 40 runs.', 'confirmed'),
    ('The runs assumed a cluster of 200 processors.', 'confirmed'),
    ('The number of tasks in the experiments varied from 25 to 400.', 'confirmed'),
    ('Two different sequential workload types were used: uniform and mixed cases.', 'confirmed'),
    ('In the uniform case, sequential times were generated according to a uniform '
     'distribution varying from 1 to 10.',
     'confirmed'),
    ('In the mixed case, the ratio of small tasks is 70%.', 'confirmed'),
    ('For mixed cases, the random values are taken with gaussian distributions '
     'centered respectively on 1 and 10, with standard deviations of 0.5 and 5.',
     'confirmed'),
    ('Highly and weakly parallel tasks are generated using gaussian distributions '
     'centered on 0.9 and 0.1, with a standard deviation of 0.2.',
     'confirmed'),
    ('Task priority is a random value taken from a uniform distribution between 1 and '
     '10.',
     'confirmed'),
    ('The performance ratio for the minsum criterion is never more than 2.5, and is on '
     'average around 2.',
     'confirmed'),
    ('The performance ratio for the makespan is almost always below 2, and is 1.9 on '
     'average.',
     'confirmed'),
    ('The execution time of the scheduling algorithm is less than 2 seconds for the '
     'largest instances.',
     'confirmed'),
    ('Problem of computing an optimal schedule is NP-Hard in the strong sense.', 'confirmed'),
    ('Three list scheduling variants were compared, differing only in the order of the '
     'list.',
     'confirmed'),
    ('In the November 2003 Top500 ranking, 25 networks of workstations were listed.',
     'contradicted'),
    ('In the November 2003 Top500 ranking, 132 entries are clusters sold by IBM, HP or '
     'Dell.',
     'contradicted'),
    ('The method is being tested on a cluster composed of 140 bi-processor machines '
     'from Compaq.',
     'contradicted'),
    ('Icluster2 was ranked 115 in the Top500 in June 2003.', 'contradicted'),
    ('Icluster1 is a 252 PC machine.', 'contradicted'),
    ('Each experiment is obtained from 400 runs.', 'contradicted'),
    ('The runs assumed a cluster of 100 processors.', 'contradicted'),
    ('In the mixed case, the ratio of small tasks is 30%.', 'contradicted'),
    ('The performance ratio for the makespan is 2.5 on average.', 'contradicted'),
    ('For the minsum criterion, the best result is 8.53 for the unweighted case.', 'contradicted'),
    ('The average performance ratio of the algorithm is better than that of all other '
     'algorithms except Gang on weakly parallel tasks.',
     'contradicted'),
    ('The algorithm performs worse when tasks are more parallel.', 'contradicted'),
    ('Highly parallel tasks are generated using a gaussian distribution centered on '
     '0.9 with a standard deviation of 0.5.',
     'contradicted'),
    ('The algorithm was deployed on Icluster2 and reduced average response time by '
     '40%.',
     'unverified'),
    ('On 400 tasks, the algorithm is 1.9 times faster than the MAUI scheduler.', 'unverified'),
    ('The lower bound is within 5% of the optimal minsum value on 200 processors.', 'unverified'),
    ('In the Top500 ranking of June 2003, 104 entries were clusters.', 'unverified'),
    ('The Cirne and Berman model was built from a survey of 40 users.', 'unverified'),
    ('The algorithm runs in under 2 seconds on a cluster of 1000 processors.', 'unverified'),
    ('Gang scheduling achieves a Cmax ratio of 1.5 on 200 processors with 25 tasks.',
     'unverified'),
    ('The experiments on 200 processors show that', 'unverified'),
    ('The performance ratio for the makespan is', 'unverified'),
    ('The batch scheduling of Shmoys et al. achieves a competitive ratio of 2 on 200 '
     'processors.',
     'unverified'),
    ('AppleS was used to schedule 52 networks of workstations.', 'unverified'),
    ('Condor schedules 123 clusters with backfilling.', 'unverified'),
]

PRECISION_957 = "On figure extraction, the proposed system reaches a precision of 0.957."
CONFIGURATIONS = ("The number of possible configurations is almost always very small "
                  "(less than 5).")
GENERALIZED = ("The algorithm by Praczyk and Nogueras-Iso generalized well to the domain of "
               "computer science papers.")
CUT_COUNT = "The dataset contains bounding boxes for 458"
JUNE = "In the Top500 ranking of June 2003, 104 entries were clusters."
CUT_COPULA = "The performance ratio for the makespan is"
OURS_915 = "On figure extraction, the proposed method reaches a precision of 0.915."
MACHINES_140 = ("The method is being tested on a cluster composed of 140 bi-processor machines "
                "from Compaq.")

# Each probe set: its claims, and how many got their labelled status after the round's fixes
# (fewer means a rule now withholds a right verdict).
# DUTOT 43 (was 44): round 38's guards_demonstrative_subjects (probe38b) withholds one right verdict
# whose sentence names its subject "these|those X" and whose claim takes a word from the title.
PROBE_SETS = {CLARK: (CLARK_PROBES, 39), DUTOT: (DUTOT_PROBES, 43)}


_parsed = cache(real_paper)


probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


@pytest.fixture(scope="module")
def clark():
    return {CLARK: _parsed(CLARK)}


@pytest.fixture(scope="module")
def dutot():
    return {DUTOT: _parsed(DUTOT)}


def test_a_fraction_is_no_other_percentage(clark, monkeypatch):
    status, why = status_of(clark, CLARK, PRECISION_957)
    assert status == Status.confirmed, why
    # Planted bug: 0.957 read against "around 96%" on one scale contradicts it.
    monkeypatch.setattr(guards_other_readings, "printed_share", lambda claim, evidence: False)
    status, why = status_of(clark, CLARK, PRECISION_957 + " ")
    assert status == Status.contradicted, why
    assert "96%" in why


def test_a_negation_in_a_since_clause_is_no_flip(clark, monkeypatch):
    status, why = status_of(clark, CLARK, CONFIGURATIONS)
    assert status == Status.confirmed, why
    # Planted bug: clauses part at semicolons only; the cause's "not" denies the statement.
    monkeypatch.setattr(negation_scope, "_CLAUSE_BREAK", re.compile(";"))
    status, why = status_of(clark, CLARK, CONFIGURATIONS + " ")
    assert status == Status.contradicted, why


def test_a_negated_verb_after_a_parenthetical_confirms_nothing(clark, monkeypatch):
    round30_guards_off(monkeypatch)  # round 30's rules keep the same verdicts away
    status, why = status_of(clark, CLARK, GENERALIZED)
    # Round 25: contradicted (rightly) by "... failed to generalize from the HEP domain to
    # computer science papers", since the close "did not generalize" passage, which decides
    # nothing, now keeps the loose supporting sentence of the introduction from deciding
    # (verify/close_passages.py); it was unverified.
    assert status == Status.contradicted, why
    assert "negates" in why
    # Planted bug: without the negated predicate, the "did not generalize" sentence confirms.
    monkeypatch.setattr(unread_negations, "_negated_predicate", lambda words, text: False)
    status, why = status_of(clark, CLARK, GENERALIZED + " ")
    assert status == Status.confirmed, why
    assert "did not generalize" in " ".join(
        evidence.quote for check in verify_on(clark, CLARK, [GENERALIZED + "  "])[0].checks
        for evidence in check.evidence)


def test_a_closer_denial_outweighs_loose_support(clark, monkeypatch):
    # Planted bug: without `closer_denial`, two sentences of the introduction confirm.
    monkeypatch.setattr(source_check, "closer_denial", lambda claim, support, readings: None)
    # Round 25's close passages (verify/close_passages.py) also keep them from deciding: off.
    monkeypatch.setattr(close_passages, "CLOSE", 2.0)
    status, why = status_of(clark, CLARK, GENERALIZED + "   ")
    assert status == Status.confirmed, why


def test_a_cut_claim_decides_nothing(clark, dutot, monkeypatch):
    for papers, stem, text in ((clark, CLARK, CUT_COUNT), (dutot, DUTOT, CUT_COPULA)):
        status, why = status_of(papers, stem, text)
        assert status == Status.unverified, why
        assert "The claim stops on" in why
    # Planted bug: without the guard, both cut claims are confirmed.
    monkeypatch.setattr(guard_chain, "guard_cut_ends", lambda claim, checks: None)
    for papers, stem, text in ((clark, CLARK, CUT_COUNT), (dutot, DUTOT, CUT_COPULA)):
        status, why = status_of(papers, stem, text + " ")
        assert status == Status.confirmed, why


def test_another_month_decides_nothing(dutot, monkeypatch):
    status, why = status_of(dutot, DUTOT, JUNE)
    assert status == Status.unverified, why
    assert "June 2003" in why
    # Planted bug: November 2003's 123 clusters contradict the June 2003 claim.
    monkeypatch.setattr(guard_chain, "guard_other_dates", lambda claim, checks: None)
    status, why = status_of(dutot, DUTOT, JUNE + " ")
    assert status == Status.contradicted, why


def test_the_proposed_method_is_the_ours_row(clark, monkeypatch):
    status, why = status_of(clark, CLARK, OURS_915)
    assert status == Status.contradicted, why
    assert "Ours" in why
    # Planted bug: "the proposed method" names no row; the claim is not decided.
    monkeypatch.setattr(header_words, "own_method_words", lambda text, starts: frozenset())
    status, why = status_of(clark, CLARK, OURS_915 + " ")
    assert status == Status.unverified, why


def test_an_agent_is_no_difference(dutot, monkeypatch):
    status, why = status_of(dutot, DUTOT, MACHINES_140)
    assert status == Status.contradicted, why
    assert "transposed" in why
    # Planted bug: "composed by 104" read as a difference sets the contradiction aside.
    monkeypatch.setattr(guards_passages, "_agent_by", lambda before: False)
    status, why = status_of(dutot, DUTOT, MACHINES_140 + " ")
    assert status == Status.unverified, why
    assert "difference" in why


@pytest.mark.parametrize(("text", "agent"), [
    ("a large cluster composed by ", True),
    ("the reviews were written by ", True),
    ("the error is reduced by ", False),  # a participle of change
    ("our method improves the F1 of the baseline, which is outperformed by ", False),
    ("it beats the baseline by ", False),  # no participle
])
def test_agent_by(text, agent):
    assert guards_passages._agent_by(text) is agent


def _claim(text: str):
    return build_claim("x.txt", text, Location(file="x.txt", line=1), references=[])


@pytest.mark.parametrize(("claimed", "found", "agrees"), [
    ("a precision of 0.957", "around 96% precision", True),
    ("a recall of 0.927", "at 92% recall", True),  # a table's share cut in the prose
    ("a recall of 0.915", "at 92% recall", True),
    ("a precision of 0.80", "at 96% precision", False),
    ("a precision of 0.957", "a precision of 0.96", False),  # one scale: the ordinary reading
    ("a precision of 96%", "a precision of 0.957", True),
])
def test_rescaled_agreement(claimed, found, agrees):
    mine, theirs = _claim(claimed).quantities[0], _claim(found).quantities[0]
    assert rescaled_agreement(mine, theirs) is agrees


@pytest.mark.parametrize(("text", "word"), [
    ("The performance ratio for the makespan is", "is"),
    ("The experiments on 200 processors show that", "that"),
    ("The model is trained on the", "the"),
    ("The performance ratio for the makespan is 1.9.", None),
    ("The model was trained on ImageNet", None),
    ("Results are given for the test set of", "of"),
])
def test_dangling_end(text, word):
    assert dangling_end(text) == word


def test_uncounted_end():
    quote = "In total we acquired bounding boxes for 458 figures and 190 tables."
    assert uncounted_end(_claim(CUT_COUNT), quote) == "figures"
    assert uncounted_end(_claim("The dataset has bounding boxes for 458 of the figures"),
                         quote) is None
    assert uncounted_end(_claim(CUT_COUNT + "."), quote) is None
    assert uncounted_end(_claim("The precision is 0.957"), "a precision of 0.957.") is None


@pytest.mark.parametrize(("claim", "quotes", "date"), [
    (JUNE, ["In the last issue of the Top500 ranking (from November 2003 [1]) ..."],
     "June 2003"),
    (JUNE, ["Icluster2 was ranked 151 in the Top500 in June 2003."], None),
    (JUNE, ["123 entries are clusters."], None),  # no date: the context may give it
    ("In 2003, 104 entries were clusters.", ["(from November 2003 [1])"], None),
    ("The Nov. 2003 list has 123 clusters.", ["from November 2003"], None),
])
def test_other_date(claim, quotes, date):
    assert other_date(claim, quotes) == date


@pytest.mark.parametrize(("text", "said"), [
    ("the proposed method reaches 0.9", ["the", "proposed", "method"]),
    ("Our system beats B", ["our", "system"]),
    ("The authors' approach is fast", ["the", "authors'", "approach"]),
    ("Praczyk's proposed method is slow", []),
    ("The method proposed by Lopez is slow", []),
])
def test_own_method_words(text, said):
    words = list(re.finditer(r"\S+", text))
    found = own_method_words(text, [match.start() for match in words])
    assert [words[index].group().strip(".,").casefold() for index in sorted(found)] == said
