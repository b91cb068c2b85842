"""Round 36 regressions of my own probe (probe36b) of a document new to the project: a clinical
research article in journal typesetting (JAMA).

Won, Hernández-Durán, Behmanesh, ... Gessler, *Functional Outcomes in Conservatively vs
Surgically Treated Cerebellar Infarcts*, JAMA Neurology 81:4 (2024), 384-393, from the test
samples of matheus-rech/clinical-study-extraction-app (test_samples/Won2024.pdf, commit
36907e7f36f94b6a105f723bdd6dfe42f407cea8): tests/real/papers/cerebellar_jamaneurol24.pdf, whole
(10 pages, 583 KB). JAMA's layout set by XPP: a structured abstract in a box on page 1 with
labels in capitals ("IMPORTANCE", "DESIGN, SETTING, AND PARTICIPANTS", "RESULTS"), the
introduction under no heading on page 2, a short red bar over every section heading, and one
table, labelled "Table." with no number: baseline characteristics as n (%), mean (SD), median
(IQR), OR (95% CI) and P values under two cohorts (nonmatched, propensity score-matched) of two
groups (Surgery, Conservative). Claims were labelled from the page images before the tool ran.

62 claims (31 confirmed, 18 contradicted, 13 unverified).

First contact: 105 sentences, the Table unread (Figure 2's bar labels read as a table instead),
62 claims, 3 decided, 15 right, **1 wrong**: "Mortality at discharge was 10% in surgically managed
patients and 15% in medically managed patients (P = .39)" was contradicted by "(7 [10%] vs 11
[15%]; ...)", the claim's 10% set against the count 7. A count printed with its own bracketed
share contradicts no claimed percentage (`verify/guards_number_owners.share_against_count`).

Reading fixes, each general:

- A short rule whose first line below is set larger than the body (a heading) is a section's
  ornament, not a footnote rule: the bar over "Results" made the whole Results column
  footnotes (`extract/line_kinds.heads_a_section`).
- A paper's only table, "Table." in bold with no number, is "Table 1"
  (`extract/grid_captions._UNNUMBERED`).
- A structured abstract's labels in capitals with no colon ("RESULTS Of 531 ..."), and an
  abstract that fills the rest of its page while the first heading comes on a later page: the
  next page's text is the introduction (`extract/structured_abstract._CAPITAL_LABEL`,
  `_page_end`); before, everything from "DESIGN, SETTING, ..." to "Methods" was front matter.
- An interval joined by a plain hyphen, "2.6 (1.4-5.0)", is a cell's range
  (`verify/cell_ranges.SPREAD`).

Two latent wrong verdicts found by LATENT_PROBES after these fixes, withheld:

- "The mean time from admission to discharge was 26.4 hours" was confirmed by "... time from
  admission to surgery was 26.4 (31.4) hours": a span "from X to" another end supports nothing
  (`verify/guards_interval_ends.py`).
- "All 531 patients were followed up for 1 year" was contradicted by "Among the 142 patients
  examined, 40 patients (35%) were lost to follow-up": a part of a stated whole contradicts no
  larger count (`verify/guards_part_counts.py`).

Now 9 decided, 22 right, 0 wrong; the 34 latent probes: 3 decided, 5 right, 0 wrong. Accuracy
of record unchanged (right 1518/2498, wrong 0; no status differs); blind sums unchanged.

Left: the table's "Surgery"/"Conservative" columns are not said by "surgically/conservatively
treated patients", and its "OR" header is a stop word ("or"), so most cell claims stay
unverified (see FINDINGS_probe36b.md).
"""

from __future__ import annotations

import re
from functools import cache

from probe_verdicts import probe_set_tests, real_paper, scored, status_of, verify_on

from verify_claims.claims import Status
from verify_claims.extract import grid_captions, line_kinds, structured_abstract
from verify_claims.verify import (
    cell_check,
    guard_chain,
    guards_interval_ends,
    guards_number_owners,
    guards_part_counts,
)

JAMA = "cerebellar_jamaneurol24"

# Each claim with the status its page says (labelled before the tool ran); p = page of the PDF
# (1 = p. 384 abstract, 2 = p. 385 introduction and methods, 3 = p. 386 flowchart, methods and
# results, 4 = p. 387 Table, 5 = p. 388 outcomes, 6-7 = pp. 389-390 discussion).
JAMA_PROBES = [
    # --- confirmed ---
    # p1/p3 "Of 531 included patients with cerebellar infarcts, 301 (57%) were male"
    ('Of the 531 patients included, 301 (57%) were male.', 'confirmed'),
    # p1/p3 "the mean (SD) age was 68 (14.4) years"
    ('The mean age of the 531 included patients was 68 years (SD, 14.4).', 'confirmed'),
    # p3 "In total, 569 patients were identified; 38 patients were excluded"
    ('In total, 569 patients were identified, of whom 38 were excluded.', 'confirmed'),
    # p3 "A total of 127 patients (24%) underwent surgical management"
    ('A total of 127 patients (24%) underwent surgical management.', 'confirmed'),
    # p3 "while 404 patients (76%) underwent conservative treatment"
    ('404 patients (76%) were treated conservatively.', 'confirmed'),
    # p3 "The mean (SD) time from admission to surgery was 26.4 (31.4) hours"
    ('The mean time from admission to surgery was 26.4 hours (SD, 31.4).', 'confirmed'),
    # p3 "the median (IQR) time was 15 (3-48) hours"
    ('The median time from admission to surgery was 15 hours (IQR, 3-48).', 'confirmed'),
    # p4 Table, Hypertension, nonmatched Surgery 109 (85.5)
    ('In the nonmatched cohort, 109 surgically treated patients (85.5%) had hypertension.',
     'confirmed'),
    # p4 Table, Age, nonmatched Surgery 66.1 (13.0)
    ('In the nonmatched cohort, surgically treated patients had a mean age of 66.1 years '
     '(SD, 13.0).', 'confirmed'),
    # p4 Table, Posterior fossa volume, matched Surgery 125.0 (28.9)
    ('In the propensity score-matched cohort, the mean posterior fossa volume of the surgery '
     'group was 125.0 mL (SD, 28.9).', 'confirmed'),
    # p4 Table, Pneumonia, nonmatched 56 (44.1) vs 61 (15.1)
    ('In the nonmatched cohort, pneumonia occurred in 56 surgically treated patients (44.1%) '
     'vs 61 conservatively treated patients (15.1%).', 'confirmed'),
    # p4 Table, Mechanical recanalization, nonmatched OR 2.6 (1.4-5.0)
    ('In the nonmatched cohort, mechanical recanalization had an odds ratio of 2.6 (95% CI, '
     '1.4-5.0).', 'confirmed'),
    # p4 Table, Ventriculostomy, matched OR 10.1 (2.9-35.9), P <.001
    ('In the propensity score-matched cohort, ventriculostomy had an odds ratio of 10.1 '
     '(95% CI, 2.9-35.9; P < .001).', 'confirmed'),
    # p4 Table, Coronary artery disease, matched 17 (23.9) vs 7 (9.9), P .02
    ('After matching, coronary artery disease was more frequent in the surgery group (23.9%) '
     'than in the conservative group (9.9%; P = .02).', 'confirmed'),
    # p4 Table, Hemorrhagic transformation, nonmatched OR 2.3 (0.6-8.7)
    ('In the nonmatched cohort, hemorrhagic transformation had an odds ratio of 2.3 (95% CI, '
     '0.6-8.7).', 'confirmed'),
    # p4 Table, Atrial fibrillation, nonmatched Conservative 95 (23.5)
    ('Atrial fibrillation was present in 95 conservatively treated patients (23.5%) of the '
     'nonmatched cohort.', 'confirmed'),
    # p4 Table, Thrombolysis, matched 11 (15.5) vs 12 (16.9)
    ('In the matched cohort, thrombolysis was given to 11 surgically treated patients (15.5%) '
     'and 12 conservatively treated patients (16.9%).', 'confirmed'),
    # p5 "(47 [66%] vs 45 [65%]; OR, 1.1; 95% CI, 0.5-2.2; P > .99)"
    ('Favorable outcome at discharge did not differ significantly between surgically and '
     'conservatively managed patients (47 [66%] vs 45 [65%]; OR, 1.1; 95% CI, 0.5-2.2).',
     'confirmed'),
    # p5 "(35 [73%] vs 33 [61%]; OR, 1.8; 95% CI, 0.7-4.2; P > .99)"
    ('At 1-year follow-up, favorable outcome was seen in 35 (73%) surgically vs 33 (61%) '
     'medically managed patients (OR, 1.8; 95% CI, 0.7-4.2).', 'confirmed'),
    # p5 "Mortality at discharge ... (7 [10%] vs 11 [15%]; OR, 0.2; 95% CI, 0-1.36; P = .39)"
    ('Mortality at discharge was 10% in surgically managed patients and 15% in medically '
     'managed patients (P = .39).', 'confirmed'),
    # p5 "(38 [61%] vs 3 [25%]; OR, 4.8; 95% CI, 1.2-19.3; P = .03)"
    ('In patients with infarct volumes of 35 mL or greater, surgery was associated with more '
     'favorable outcomes at follow-up (OR, 4.8; 95% CI, 1.2-19.3; P = .03).', 'confirmed'),
    # p5 "Among the 142 patients examined, 40 patients (35%) were lost to follow-up"
    ('Of the 142 matched patients, 40 were lost to follow-up.', 'confirmed'),
    # p5 "the cohort was dichotomized by the median GCS ... (GCS score of 14 or higher vs less
    # than 14)"
    ('For the subgroup analysis, the cohort was dichotomized at a GCS score of 14.',
     'confirmed'),
    # p1 "treated at 5 tertiary referral hospitals or stroke centers within Germany between 2008
    # and 2021"
    ('Patients were treated at 5 tertiary referral hospitals or stroke centers in Germany '
     'between 2008 and 2021.', 'confirmed'),
    # p4 Table, Infarct volume nonmatched 45.7 - 8.1 = 37.6
    ('In the nonmatched cohort, the mean infarct volume was 37.6 mL larger in the surgery group '
     'than in the conservative group.', 'confirmed'),
    # p4 Table, Age matched 66.3 - 62.6 = 3.7
    ('In the matched cohort, surgically treated patients were on average 3.7 years younger '
     'than conservatively treated patients.', 'confirmed'),
    # p3 "Patients that were treated surgically were of significantly younger age ... P = .002"
    ('Surgically treated patients were significantly younger than conservatively treated '
     'patients (P = .002).', 'confirmed'),
    # p7 "a substantial fraction of patients (126 of 531 [23.7%]) presented with at least a
    # partial involvement of the brainstem"
    ('At least partial brainstem involvement was present in 126 of 531 patients (23.7%).',
     'confirmed'),
    # p6 "an infarct volume of approximately 35 mL is equivalent to approximately 50% of a
    # cerebellar hemisphere ... the average volume is approximately 66 mL"
    ('An infarct volume of about 35 mL corresponds to roughly half of a cerebellar hemisphere, '
     'whose average volume is about 66 mL.', 'confirmed'),
    # p3 "SPSS Statistics versions 22 and 24 (IBM Corp) and R software version 3.3.1"
    ('Analyses were performed with SPSS Statistics versions 22 and 24 and R version 3.3.1.',
     'confirmed'),
    # p3 "(mean [SD] GCS score, 10.3 [5.1] years vs 14.3 [2.1] years; P < .001)"
    ('Surgically treated patients had a worse mean GCS score on admission than conservatively '
     'treated patients (10.3 vs 14.3; P < .001).', 'confirmed'),
    # --- contradicted ---
    # p1 301 (57%) male: transposed digits
    ('Of the 531 patients included, 310 (57%) were male.', 'contradicted'),
    # p3 SD 14.4
    ('The mean age of the 531 included patients was 68 years (SD, 14.1).', 'contradicted'),
    # p4 Table, Hypertension: 311 (77.0) is the conservative column
    ('In the nonmatched cohort, 311 surgically treated patients (77.0%) had hypertension.',
     'contradicted'),
    # p4 Table, 17 (13.4) is COPD/asthma, the row above diabetes is 35 (27.6)
    ('In the nonmatched cohort, type 2 diabetes was present in 17 surgically treated patients '
     '(13.4%).', 'contradicted'),
    # p4 Table, Age nonmatched surgery 66.1: transposed
    ('In the nonmatched cohort, surgically treated patients had a mean age of 61.6 years.',
     'contradicted'),
    # p3 "treated surgically were of significantly younger age"
    ('Surgically treated patients were significantly older than conservatively treated '
     'patients (P = .002).', 'contradicted'),
    # p5 "There was no significant difference in favorable outcome at discharge"
    ('Surgically managed patients had a significantly higher rate of favorable outcome at '
     'discharge than conservatively managed patients.', 'contradicted'),
    # p1 "5 tertiary referral hospitals"
    ('Patients were treated at 6 tertiary referral hospitals or stroke centers in Germany.',
     'contradicted'),
    # p5 "95% CI, 0.7-4.2"
    ('At 1-year follow-up, the odds ratio for favorable outcome with surgery was 1.8 (95% CI, '
     '0.7-2.4).', 'contradicted'),
    # p5 "(8 [17%] vs 14 [26%]; ... P = .55)"
    ('Mortality at 1-year follow-up was 8 (17%) in surgically managed patients vs 11 (26%) in '
     'medically managed patients.', 'contradicted'),
    # p4 Table, Ventriculostomy nonmatched OR 28.3 (11.6-69.0); 10.1 is the matched OR
    ('In the nonmatched cohort, ventriculostomy had an odds ratio of 10.1 (95% CI, 2.9-35.9).',
     'contradicted'),
    # p4 Table, Posterior fossa nonmatched 127.6 - 110.5 = 17.1
    ('In the nonmatched cohort, the mean posterior fossa volume was 27.1 mL larger in the '
     'surgery group than in the conservative group.', 'contradicted'),
    # p5 "40 patients (35%) were lost to follow-up"
    ('Of the 142 matched patients, 50 were lost to follow-up.', 'contradicted'),
    # p5 "volume less than 25 mL had a significantly higher rate of favorable outcomes if they
    # were conservatively treated"
    ('Patients with an infarct volume less than 25 mL had a significantly higher rate of '
     'favorable outcomes if they were treated surgically.', 'contradicted'),
    # p4 Table, Pneumonia matched P .01
    ('In the matched cohort, pneumonia occurred in 34 surgically treated patients (47.9%) vs 17 '
     'conservatively treated patients (23.9%; P = .10).', 'contradicted'),
    # p3 "9.1 [5.1] vs 10.3 [5.1]; P < .001"
    ('In patients undergoing surgery, the mean GCS score worsened from 10.3 at admission to 9.8 '
     'prior to surgery.', 'contradicted'),
    # p4 Table, GCS median matched surgery 14 (11-15)
    ('In the matched cohort, the median GCS score on admission of the surgery group was 15 '
     '(IQR, 11-15).', 'contradicted'),
    # p5 "had a nonsignificant improvement from surgical intervention (OR, 2.9; 95% CI,
    # 1.0-10.6; P = .06)"
    ('Patients with GCS scores less than 14 and infarct volume less than 35 mL had a '
     'significant improvement from surgical intervention (OR, 2.9; P = .06).', 'contradicted'),
    # --- unverified ---
    ('Surgically treated patients had a mean hospital stay of 21 days.', 'unverified'),
    ('Mechanical recanalization was performed within 6 hours of symptom onset in all treated '
     'patients.', 'unverified'),
    ('Surgical decompression halved 1-year mortality among patients older than 70 years.',
     'unverified'),
    ('Hypertension was the strongest predictor of unfavorable outcome in the multivariable '
     'model.', 'unverified'),
    ('Prior anticoagulation was associated with a 1.6-fold higher risk of hemorrhagic '
     'transformation.', 'unverified'),
    ('Brainstem infarct was associated with an odds ratio of 0.8 for favorable outcome at '
     'discharge.', 'unverified'),
    ('Follow-up was more complete at University Hospital Heidelberg than at Jena University '
     'Hospital.', 'unverified'),
    ('Most of the 24 patients excluded for insufficient clinical data had been treated '
     'surgically.', 'unverified'),
    ('Posterior fossa volume was measured on magnetic resonance imaging in all 127 surgically '
     'treated patients.', 'unverified'),
    ('Seizures occurred in 3 conservatively treated patients (0.7%), none of whom reached a '
     'favorable outcome.', 'unverified'),
    ('The mean infarct volume of patients lost to follow-up was 30 mL.', 'unverified'),
    ('Suboccipital craniectomy was performed in 85 of the 127 surgically treated patients.',
     'unverified'),
    ('Patients with a GCS score of 14 or higher had a 1-year mortality of 12%.', 'unverified'),
]

FLOOR = 22  # of 62 given their labelled status (first contact: 15, one of them wrongly decided)
LATENT_FLOOR = 5
PROBE_SETS = {JAMA: (JAMA_PROBES, FLOOR)}

_parsed = cache(real_paper)

probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


def _jama():
    return {JAMA: _parsed(JAMA)}


# Claims written after the first run, probing the same pages (wrong rows and columns, cohorts
# and groups swapped, numbers shared with another statement, mutated words), each with the
# status its page says; none may get a wrong decisive status.
LATENT_PROBES = [
    # swapped cohort: 62.6 is the matched surgery mean age
    ('In the nonmatched cohort, surgically treated patients had a mean age of 62.6 years.',
     'contradicted'),
    # swapped group: 26.4 hours is admission to surgery, not to discharge
    ('The mean time from admission to discharge was 26.4 hours.', 'unverified'),
    # 24% is surgical share; conservative is 76%
    ('A total of 404 patients (24%) underwent conservative treatment.', 'contradicted'),
    # 127 surgical vs 404 swapped
    ('A total of 404 patients (76%) underwent surgical management.', 'contradicted'),
    # mortality at discharge P .39; follow-up P .55
    ('Mortality at 1-year follow-up did not differ significantly between the groups '
     '(P = .39).', 'contradicted'),
    # the 7 [10%] vs 11 [15%] with the groups swapped
    ('Mortality at discharge was 15% in surgically managed patients and 10% in medically '
     'managed patients.', 'contradicted'),
    # the OR of 4.8 belongs to >=35 mL; <25 mL is 0.2
    ('In patients with infarct volumes less than 25 mL, the odds ratio for favorable outcome '
     'with surgery was 4.8.', 'contradicted'),
    # shared numbers 25 and 35 mL, true statement
    ('No significant difference was observed for infarct volumes between 25 and 35 mL '
     '(P > .99).', 'confirmed'),
    # shared number 531, unsaid thing
    ('All 531 patients were followed up for 1 year.', 'unverified'),
    # median GCS 14 (11-15) vs 15 (14-15), true
    ('In the matched cohort, the median GCS score at admission was 14 in the surgery group '
     'and 15 in the conservative group (P < .001).', 'confirmed'),
    # neighbouring mean volume: 28.1 is the conservative matched mean
    ('In the matched cohort, the mean infarct volume of the surgery group was 28.1 mL.',
     'contradicted'),
    # 93% eligible: 531 of 569
    ('531 of the 569 identified patients (93%) were eligible for the final analyses.',
     'confirmed'),
    # 38 excluded: 24 insufficient clinical data; swap to radiological
    ('Of the 38 excluded patients, 24 lacked radiological data.', 'contradicted'),
    # 102 patients (66%) eligible for follow-up, true as printed
    ('102 matched patients were eligible for the follow-up analysis.', 'confirmed'),
    # GCS subgroup: OR 2.9 with P = .06 -> "significant" wrong; use CI wrong
    ('Patients with GCS scores below 14 and infarct volume less than 35 mL had an odds ratio '
     'of 2.9 (95% CI, 1.0-16.0) for improvement with surgery.', 'contradicted'),
    # 50% of a cerebellar hemisphere vs 66 mL; swapped
    ('The average volume of a cerebellar hemisphere is approximately 35 mL.', 'contradicted'),
    # 22 to 33 mL risk factor for malignant edema, true
    ('An infarct volume between 22 and 33 mL has been identified as a risk factor for '
     'malignant cerebellar edema.', 'confirmed'),
    # shared numbers: 69 of 127 [54%] at discharge, unmatched - true
    ('Before matching, favorable outcome at discharge was reached by 69 of 127 surgically '
     'treated patients (54%) vs 311 of 404 conservatively treated patients (77%).', 'confirmed'),
    # swapped: surgical 311 of 404
    ('Before matching, favorable outcome at discharge was reached by 311 of 404 surgically '
     'treated patients.', 'contradicted'),
    # mean GCS worsening 9.1 vs 10.3: direction flip
    ('In patients undergoing surgery, the mean GCS score improved prior to surgery compared '
     'with admission (9.1 vs 10.3; P < .001).', 'contradicted'),
    # --- written once the table was read: wrong column, cohort and row of its cells ---
    # Table, column swapped: 311 (77.0) is the conservative group's
    ('In the nonmatched cohort, hypertension was present in 311 patients of the surgery group.',
     'contradicted'),
    ('In the nonmatched cohort, hypertension was present in 109 patients of the surgery group.',
     'confirmed'),
    # Table, cohort swapped: 60 (84.5) is the matched surgery group's
    ('In the nonmatched cohort, hypertension was present in 60 patients of the surgery group.',
     'contradicted'),
    # Table, row swapped: 35 (27.6) is type 2 diabetes
    ('In the nonmatched cohort, atrial fibrillation was present in 35 patients of the surgery '
     'group.', 'contradicted'),
    ('In the nonmatched cohort, atrial fibrillation was present in 34 patients of the surgery '
     'group.', 'confirmed'),
    # Table, percentages
    ('In the matched cohort, pneumonia occurred in 47.9% of the surgery group.', 'confirmed'),
    ('In the matched cohort, pneumonia occurred in 23.9% of the surgery group.', 'contradicted'),
    # Table, P values
    ('In the nonmatched cohort, the P value for mechanical recanalization was .003.',
     'confirmed'),
    ('In the matched cohort, the P value for mechanical recanalization was .003.',
     'contradicted'),
    # Table, OR cells worded with the header
    ('In the nonmatched cohort, the OR for pneumonia was 4.4.', 'confirmed'),
    ('In the matched cohort, the OR for pneumonia was 4.4.', 'contradicted'),
    # Table, mean (SD) cells
    ('In the matched cohort, the surgery group had a mean posterior fossa volume of 109.3 mL.',
     'contradicted'),
    ('In the matched cohort, the conservative group had a mean posterior fossa volume of '
     '109.3 mL.', 'confirmed'),
    # Table, seizures 0 vs 3 (0.7)
    ('In the nonmatched cohort, 3 patients of the surgery group had a seizure.',
     'contradicted'),
]


def test_no_latent_probe_gets_a_wrong_decisive_verdict():
    verdicts = verify_on(_jama(), JAMA, [text for text, _ in LATENT_PROBES])
    wrong, right = scored(verdicts, LATENT_PROBES)
    assert not wrong, wrong
    assert right >= LATENT_FLOOR, right


def test_a_count_printed_with_its_share_contradicts_no_percentage(monkeypatch):
    claim = ('Mortality at discharge was 10% in surgically managed patients and 15% in medically '
             'managed patients (P = .39).')
    status, why = status_of(_jama(), JAMA, claim)
    assert status == Status.unverified and "printed with its own share" in why, why
    quote = "(7 [10%] vs 11 [15%]; OR, 0.2; 95% CI, 0-1.36; P = .39)"
    assert guards_number_owners.share_against_count("10%", "7", quote)
    assert guards_number_owners.share_against_count("10%", "7", "7 (10%) of them")
    assert not guards_number_owners.share_against_count("10%", "7", "7 patients died")
    assert not guards_number_owners.share_against_count("10", "7", quote)
    # Planted bug: the rule is off, and the count 7 contradicts the true 10% again.
    monkeypatch.setattr(guards_number_owners, "share_against_count", lambda *args: False)
    status, why = status_of(_jama(), JAMA, claim + " ")
    assert status == Status.contradicted, why


def test_a_rule_over_a_heading_is_no_footnote_rule(monkeypatch):
    claim = 'A total of 127 patients (24%) underwent surgical management.'
    status, why = status_of(_jama(), JAMA, claim)
    assert status == Status.confirmed, why
    sentences = [sentence.text for sentence in _jama()[JAMA].sentences]
    assert any(text.startswith("In total, 569 patients were identified") for text in sentences)
    # Planted bug: the bar over "Results" is a footnote rule again; the column is footnotes.
    monkeypatch.setattr(line_kinds, "heads_a_section", lambda *args: False)
    fresh = {JAMA: real_paper(JAMA)}
    assert not any(sentence.text.startswith("In total, 569 patients were identified")
                   for sentence in fresh[JAMA].sentences)
    status, why = status_of(fresh, JAMA, claim + " ")
    assert status == Status.unverified, why


def _cell(paper, row_name: str, column: int):
    table = next(table for table in paper.tables if (table.caption or "").startswith("Table."))
    row = next(row for row in table.rows if row[0].text == row_name)
    return row[column]


def test_an_unnumbered_table_is_read(monkeypatch):
    paper = _jama()[JAMA]
    cell = _cell(paper, "Mechanical recanalization", 3)
    assert cell.text == "2.6 (1.4-5.0)"
    assert cell.column_headers[0] == "Nonmatched cohort (n = 531)"
    assert _cell(paper, "Hypertension", 1).text == "109 (85.5)"
    # Planted bug: "Table." opens no caption again, and the table is not read.
    monkeypatch.setattr(grid_captions, "_UNNUMBERED", frozenset())
    fresh = real_paper(JAMA)
    assert not any((table.caption or "").startswith("Table.") for table in fresh.tables)


def test_an_interval_joined_by_a_hyphen_is_a_cells_range(monkeypatch):
    cell = _cell(_jama()[JAMA], "Mechanical recanalization", 3)
    numbers, _ = cell_check.cell_numbers(cell)
    assert [number.value for number in numbers] == [2.6]
    # Planted bug: the old reading of ranges (comma, semicolon or en dash only): no number.
    monkeypatch.setattr(cell_check, "_SPREAD", re.compile(
        r"^[+\-\u2212]?\d*\.?\d+%?\s*[,;\u2013]\s*[+\-\u2212]?\d*\.?\d+%?$"))
    assert cell_check.cell_numbers(cell)[0] == ()


def test_a_structured_abstract_with_capital_labels_is_read(monkeypatch):
    true = ('Patients were treated at 5 tertiary referral hospitals or stroke centers in Germany '
            'between 2008 and 2021.')
    false = 'Patients were treated at 6 tertiary referral hospitals or stroke centers in Germany.'
    assert status_of(_jama(), JAMA, true)[0] == Status.confirmed
    assert status_of(_jama(), JAMA, false)[0] == Status.contradicted
    sections = {section.title for section in _jama()[JAMA].sections}
    assert {"Abstract", "Introduction"} <= sections
    assert any("Strokes within the cerebellum account for approximately 3%" in sentence.text
               for sentence in _jama()[JAMA].sentences)
    # Planted bug: capitals are no labels again; the abstract's rest and the introduction are
    # front matter.
    monkeypatch.setattr(structured_abstract, "_CAPITAL_LABEL", re.compile(r"(?!)"))
    fresh = {JAMA: real_paper(JAMA)}
    assert not any("Strokes within the cerebellum" in sentence.text
                   for sentence in fresh[JAMA].sentences)
    assert status_of(fresh, JAMA, true + " ")[0] == Status.unverified


def test_a_span_to_another_end_supports_nothing(monkeypatch):
    claim = 'The mean time from admission to discharge was 26.4 hours.'
    status, why = status_of(_jama(), JAMA, claim)
    assert status == Status.unverified and "surgery" in why, why
    sentence = ("The mean (SD) time from admission to surgery was 26.4 (31.4) hours, and the "
                "median (IQR) time was 15 (3-48) hours.")
    assert guards_interval_ends.other_end(claim, sentence) == ("discharge", "surgery")
    assert guards_interval_ends.other_end(
        'The mean time from admission to surgery was 26.4 hours.', sentence) is None
    assert guards_interval_ends.other_end(
        'The time from admission to surgery and discharge was 26.4 hours.', sentence) is None
    # Planted bug: the guard is off, and the span to surgery confirms the span to discharge.
    monkeypatch.setattr(guard_chain, "guard_interval_ends", lambda claim, checks: None)
    status, why = status_of(_jama(), JAMA, claim + " ")
    assert status == Status.confirmed, why


def test_a_part_of_a_smaller_whole_contradicts_no_larger_count(monkeypatch):
    claim = 'All 531 patients were followed up for 1 year.'
    status, why = status_of(_jama(), JAMA, claim)
    assert status == Status.unverified and "142 patients" in why, why
    quote = ("Among the 142 patients examined, 40 patients (35%) were lost to follow-up, and as "
             "such, 102 patients (66%) were eligible for the follow-up analysis")
    assert guards_part_counts.larger_than_whole(claim, "531", "40", quote) == "142 patients"
    # a count within the whole may be contradicted by a part of it
    assert guards_part_counts.larger_than_whole(
        'Of the 142 matched patients, 50 were lost to follow-up.', "50", "40", quote) is None
    # Planted bug: the guard is off, and the 40 lost contradicts the 531 again.
    monkeypatch.setattr(guard_chain, "guard_part_counts", lambda claim, checks: None)
    status, why = status_of(_jama(), JAMA, claim + " ")
    assert status == Status.contradicted, why
