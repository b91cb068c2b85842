"""Round 34 regressions of my own probe (probe34c) of a document new to the project, from
outside NLP (epidemiology).

Sundström, Rönnlund, Adolfsson and Nilsson, *Stressful life events are not associated with the
development of dementia*, International Psychogeriatrics 26:1 (2014), 147-154, from the test
data of CeON/CERMINE (cermine-web/src/main/resources/examples/example1.pdf, commit
1813fdd4b30d83d43be02816852efc7c492da0a6): tests/real/papers/example1.pdf, whole
(8 pages, 194 KB). Not new after all: the helper saved it as lifeevents_ipg14.pdf, but the
project had held it as example1.pdf since round read5 (gold file, caption tests), so the reader had
met it; the 54 claims and their labels were new. tests/test_known_papers.py now keeps one copy
of each paper. Two-column Cambridge body: abstract with hazard ratios and their confidence
intervals, the Betula cohort's sampling in prose, Table 1 = baseline characteristics of the
participants who remained dementia-free or developed dementia (means with "SD =", percentages,
p-values, a two-row "Alcohol use" group), Figure 1 = the flow chart (n per box), Table 2 = Cox
hazard ratios "0.99 (0.96-1.03)" under two column groups (All dementia, Alzheimer's disease) of
Model 1 / Model 2. Claims were labelled from the page images before the tool ran on them.

54 claims (27 confirmed, 15 contradicted, 12 unverified).

First contact: 150 sentences and 2 tables read (Table 1 cut short, below), 54 claims, 12
decided, 24 right, 0 wrong. No wrong decisive verdict, so the fixes are recall fixes of table
reading, each general, each checked for precision with claims written after the first run
(LATENT_PROBES):

- Table 1 lost its last three rows: "Number of cardiovascular diseases/disorders: mean, SD
  0.8, SD = 0.9   0.9, SD = 0.9   0.1" was cut at the page's gutter, its long label read as a
  line of left-column prose, and its right side ends in no run of three values ("= 0.9 0.1"):
  the region ended there. A right side made of cells set two ems apart, three or more, each
  opening and ending in a value, is a row (`extract/gutter_rows._cells_of_values`).
- The cell check read no number in a cell printing a mean with its labelled spread ("27.4, SD
  = 1.9"): no claim of Table 1's mean ages, years of education, MMSE scores, cardiovascular
  diseases or depressive symptoms could be decided. Such a cell is read as its mean
  (`verify/spread_cells.mean_with_spread`); its spread contradicts nothing: a claim naming a
  spread ("an SD of 1.9") is not read against the mean, and the cell's own "SD = " no longer
  cuts the quote where the spread guard looks for the cell's other numbers
  (`verify/guards_cell_spreads`, `spread_cells.spread_start`).

- (latent) "Men made up 63.0% of the participants who developed dementia" (false: 64.1% were
  women) was confirmed by the "Yes (%)" row under "Alcohol use" (63.0): the reader keeps each
  row's own label, and "Men", an everyday word the paper never prints, cost too little to
  withhold it. A decisive table check read from a row labelled only by an answer ("Yes (%)",
  "No") is undecided (`verify/guards_answer_rows.py`).

(Table 2's "0.99 (0.96-1.03)" cells under "HR (95% CI)" were already read by their first
number: claims naming "Model 1/2" are decided; the probe set's claims word the models by their
footnotes, "adjusted only for age and gender", which no header says.)

Now 14 decided, 26 right, 0 wrong; the 20 latent probes: 9 right, 0 wrong. Accuracy of record
unchanged (right 1517/2498, wrong 0; 0 differences). Left: "Women" for the row "Gender
(females) (%)" (no synonym); a negation guard withholds Table 1's 72.8 for "participants who
went on to develop dementia had a mean age of 72.8" ("the passage negates 'dementia'": the
caption's "remained or did not remain dementia-free", or the prose "2,462 participants without
dementia with a mean age of 68.7"); rows under a group label ("Alcohol use" / "Yes (%)") keep
only their own label; claims carrying a confidence interval ("0.97 (95% CI 0.92-1.02)") leave
its bounds unaccounted.
"""

from __future__ import annotations

import re
from functools import cache

from probe_verdicts import probe_set_tests, real_paper, scored, status_of, verify_on

from verify_claims.claims import Status
from verify_claims.extract import gutter_rows
from verify_claims.verify import (
    cell_check,
    guards_answer_rows,
    guards_cell_spreads,
    guards_negated_cells,
    spread_cells,
)

LIFE = "example1"

# Each claim with the status its page says (labelled before the tool ran); p = page of the PDF
# (1 = p. 147 abstract and introduction, 3 = p. 149 Table 1 and participants, 4 = p. 150
# Figure 1 and confounders, 5 = p. 151 results and Table 2, 6 = p. 152).
LIFE_PROBES = [
    # --- confirmed ---
    # p1 "The study involved 2,462 dementia-free participants aged 55 years and older."
    ('The cohort comprised 2,462 participants aged 55 or older who were free of dementia at '
     'baseline.', 'confirmed'),
    # p1 "a comprehensive Life Event Inventory, which included 56 questions about specific life
    # events"
    ('Life events were measured with an inventory of 56 questions about specific events.',
     'confirmed'),
    # p1 "During follow-up, 423 participants developed dementia; of these, 240 developed
    # Alzheimer's disease (AD)."
    ("During follow-up 423 participants developed dementia, 240 of whom had Alzheimer's disease.",
     'confirmed'),
    # p1 "adjusted solely for age and gender (hazard ratio = 0.97, 95% CI = 0.92-1.02)"
    ('Adjusted only for age and gender, the number of negative life events had a hazard ratio '
     'for dementia of 0.97 (95% CI 0.92-1.02).', 'confirmed'),
    # p1 "with an estimated 36 million people suffering from dementia in 2010 ... to hit 115
    # million by 2050"
    ('About 36 million people were estimated to suffer from dementia in 2010, a number expected '
     'to reach 115 million by 2050.', 'confirmed'),
    # p2 "The Betula study is an on-going project that started in 1988"
    ('The Betula study started in 1988.', 'confirmed'),
    # p3 "from the population register in a city of approximately 110,000 inhabitants located
    # in Sweden"
    ('Participants were sampled from the population register of a Swedish city of roughly '
     '110,000 inhabitants.', 'confirmed'),
    # p3 "Of the 2,589 participants initially included, 79 had missing life events data"
    ('Of the 2,589 participants initially included, 79 lacked life events data.', 'confirmed'),
    # p3 "there were only 19 (0.4%) improperly classified participants"
    ('Only 19 participants (0.4%) were improperly classified.', 'confirmed'),
    # p3 Table 1 Age: 67.7 (remained dementia-free) vs 72.8 (developed dementia)
    ('At baseline, participants who went on to develop dementia had a mean age of 72.8 years, '
     'compared with 67.7 years for those who remained dementia-free.', 'confirmed'),
    # p3 Table 1 Gender (females) (%): developed dementia 64.1
    ('Women made up 64.1% of the participants who developed dementia.', 'confirmed'),
    # p3 Table 1 MMSE score: remained dementia-free 27.4, SD = 1.9
    ('Participants who remained dementia-free had a mean baseline MMSE score of 27.4.',
     'confirmed'),
    # p3 Table 1 Presence of APOE-e4 (%): 25.8 vs 47.5, p < 0.001
    ('The APOE e4 allele was present in 47.5% of participants who developed dementia versus '
     '25.8% of those who remained dementia-free.', 'confirmed'),
    # p3 Table 1 Alcohol use, Yes (%): remained dementia-free 75.2
    ('Alcohol use was reported by 75.2% of the participants who remained dementia-free.',
     'confirmed'),
    # p3 Table 1 Current smoking (%): 47.0 vs 41.8
    ('Current smoking was reported by 47.0% of participants who remained dementia-free and by '
     '41.8% of those who developed dementia.', 'confirmed'),
    # p3 Table 1 note "Information of APOE genotype was available for a total of 1,525
    # participants"
    ('APOE genotype information was available for 1,525 participants.', 'confirmed'),
    # p3 Table 1: 47.5 - 25.8 = 21.7
    ('The share of APOE e4 carriers was 21.7 percentage points higher among participants who '
     'developed dementia than among those who remained dementia-free.', 'confirmed'),
    # p3 Table 1 Age: 72.8 - 67.7 = 5.1
    ('Participants who developed dementia were on average 5.1 years older at baseline than '
     'those who remained dementia-free.', 'confirmed'),
    # p5 "Participants who developed dementia reported a mean of 3.0 (SD = 2.6, range 0-18)
    # life events, and participants without dementia reported a mean of 3.7"
    ('Participants who developed dementia reported a mean of 3.0 life events, against 3.7 among '
     'participants without dementia.', 'confirmed'),
    # p5 "A total of 16.1% of the dementia group reported no life events, compared with 12.7%
    # in the without dementia group."
    ('No life events were reported by 16.1% of the dementia group and by 12.7% of the group '
     'without dementia.', 'confirmed'),
    # p5 "For those who developed dementia, the mean follow-up time was 7.8 years (SD = 4.6)"
    ('Mean follow-up for participants who developed dementia was 7.8 years.', 'confirmed'),
    # p5 Table 2 Number of negative and very negative events, Alzheimer's disease, Model 2:
    # 0.95 (0.88-1.02)
    ("In the fully adjusted model, each negative or very negative event had a hazard ratio for "
     "Alzheimer's disease of 0.95 (95% CI 0.88-1.02).", 'confirmed'),
    # p5 Table 2 Number of life events, All dementia, Model 1: 0.99 (0.96-1.03)
    ('For all dementia, the age- and gender-adjusted hazard ratio per life event was 0.99 '
     '(95% CI 0.96-1.03).', 'confirmed'),
    # p5 "excluded participants (n = 127) were older (p < 0.01)"
    ('The 127 excluded participants were older than those included in the study.', 'confirmed'),
    # p5 "performed using the Statistical Package for Social Science (SPSS) 20"
    ('All analyses were run in SPSS 20.', 'confirmed'),
    # p4 "Participants with the e2 allele (e2/e2, e2/e3, e2/e4; n = 275) were excluded"
    ('Carriers of the e2 allele (n = 275) were excluded from the APOE analyses.', 'confirmed'),
    # p5 "64% of the participants with dementia and 69% of the participants without dementia
    # reported that they had experienced at least one event that they judged as negative"
    ('At least one negative or very negative event was reported by 64% of participants with '
     'dementia and 69% of those without.', 'confirmed'),
    # --- contradicted ---
    # p1 "2,462 dementia-free participants" (digits transposed)
    ('The study involved 2,642 dementia-free participants aged 55 and older.', 'contradicted'),
    # p1 "423 participants developed dementia" (digits transposed)
    ('During follow-up, 432 participants developed dementia.', 'contradicted'),
    # p5 Table 2 negative events, All dementia, Model 2: 0.96 (0.91-1.01), not 0.97 (Model 1)
    ('With adjustment for the full set of covariates, the hazard ratio of dementia per negative '
     'or very negative event was 0.97.', 'contradicted'),
    # p3 Table 1 Gender (females): developed dementia 64.1 (53.1 is the dementia-free column)
    ('Women made up 53.1% of the participants who developed dementia.', 'contradicted'),
    # p3 Table 1 MMSE: developed dementia 26.7 (27.4 is the dementia-free column)
    ('Participants who developed dementia had a mean baseline MMSE score of 27.4.',
     'contradicted'),
    # p3 Table 1 Current smoking: remained dementia-free 47.0 (41.8 is the dementia column)
    ('Current smoking was reported by 41.8% of the participants who remained dementia-free.',
     'contradicted'),
    # p5 "with dementia reported a mean of 3.0 ... without dementia reported a mean of 3.7"
    # (direction flipped)
    ('Participants who developed dementia reported more life events on average than '
     'participants without dementia.', 'contradicted'),
    # p1 "56 questions" (digits transposed)
    ('The Life Event Inventory comprised 65 questions about specific life events.',
     'contradicted'),
    # p5 "for those who developed dementia, the mean follow-up time was 7.8 years" (11.4 is the
    # dementia-free group's)
    ('Mean follow-up for participants who developed dementia was 11.4 years.', 'contradicted'),
    # p5 "64% of the participants with dementia and 69% of the participants without" (swapped)
    ('69% of participants with dementia reported at least one negative or very negative event.',
     'contradicted'),
    # p5 "423 participants developed dementia, of whom 240 (57%) were classified with AD"
    ("Of the 423 dementia cases, 240 (75%) were classified as Alzheimer's disease.",
     'contradicted'),
    # p2 "currently includes six samples (S1 through S6) and five test waves"
    ('The Betula study currently includes eight samples.', 'contradicted'),
    # p5 "excluded participants (n = 127) ... had lower MMSE scores (p < 0.01)" (direction)
    ('Compared with included participants, the excluded participants had higher MMSE scores.',
     'contradicted'),
    # p1 "Cox regression analysis showed no association between the total number of negative
    # life events and the incidence of dementia" (negation in other words)
    ('In this cohort, a larger number of negative life events was associated with a higher '
     'incidence of dementia.', 'contradicted'),
    # p5 Table 2 Number of life events, Alzheimer's disease, Model 2: 0.97 (0.99 is the All
    # dementia column)
    ("In the fully adjusted model, the hazard ratio of Alzheimer's disease per life event was "
     "0.99.", 'contradicted'),
    # --- unverified ---
    # p3 only "a city of approximately 110,000 inhabitants located in Sweden" (never named)
    ('The Betula cohort was sampled from the population register of Stockholm.', 'unverified'),
    # BMI is never reported (26.7 is the dementia group's MMSE mean)
    ('Participants who developed dementia had a mean body mass index of 26.7.', 'unverified'),
    # vascular dementia is never analysed separately (0.96 (0.91-1.01) is all dementia)
    ('For vascular dementia, the hazard ratio per negative event was 0.96 (95% CI 0.91-1.01).',
     'unverified'),
    # no result among e4 carriers is reported
    ('Among the 460 APOE e4 carriers, negative life events raised the risk of dementia with a '
     'hazard ratio of 1.12.', 'unverified'),
    # p5 only the mean follow-up (11.4 years for the dementia-free) is given, no median
    ('The median follow-up of the whole cohort was 11.4 years.', 'unverified'),
    # p6 n = 147 are the incident cases within five years; childhood events are not studied
    ('Life events in childhood were associated with later dementia in 147 participants.',
     'unverified'),
    # p3 "each session lasting approximately 1.5 to 2 hours": who ran them is not said
    ('The test sessions, each lasting 1.5 to 2 hours, were run by trained nurses.', 'unverified'),
    # p3 depressive symptoms' p = 0.24; no hazard ratio for them is given
    ('Depressive symptoms predicted dementia with a hazard ratio of 1.24.', 'unverified'),
    # the death of a spouse is not analysed by itself
    ('Women who experienced the death of a spouse had a 36% higher risk of dementia.',
     'unverified'),
    # p6 daily hassles are only discussed as future work; 56 is the inventory's questions
    ('Daily hassles were assessed with a 56-item questionnaire.', 'unverified'),
    # p4-5 "The proportional hazards assumption was examined using graphical methods"
    ('The proportional hazards assumption was checked with Schoenfeld residuals.', 'unverified'),
    # p3 0.4% are the improperly classified participants; no dropout rate is given
    ('The Betula cohort lost 0.4% of its participants to follow-up each year.', 'unverified'),
]

PROBE_SETS = {LIFE: (LIFE_PROBES, 26)}

_parsed = cache(real_paper)

probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


def _life():
    return {LIFE: _parsed(LIFE)}


# Claims written after the first run, probing the same pages (latent wrong verdicts and the
# cells the fixes read), each with the status its page says; none may get a wrong decisive
# status.
LATENT_PROBES = [
    # p5 Table 2 (HR (95% CI) cells, interval_cells.py)
    ("In Model 2, the hazard ratio of Alzheimer's disease for the number of negative and very "
     "negative events was 0.95.", 'confirmed'),
    ('In Model 2, the hazard ratio of all dementia for the number of negative and very negative '
     'events was 0.97.', 'contradicted'),
    ('In Model 1, the hazard ratio of all dementia for the number of life events was 0.99.',
     'confirmed'),
    ("In Model 1, the hazard ratio of Alzheimer's disease for the number of positive and very "
     "positive events was 0.99.", 'contradicted'),
    ('In Model 2, the hazard ratio of all dementia for the number of negative and very negative '
     'events had a lower confidence bound of 0.91.', 'confirmed'),
    ('In Model 2, the hazard ratio of all dementia for the number of negative and very negative '
     'events had a lower confidence bound of 0.96.', 'contradicted'),
    # p3 Table 1's last three rows (gutter_rows._cells_of_values)
    ('APOE-ε4 was present in 25.8% of participants who remained dementia-free.', 'confirmed'),
    ('APOE-ε4 was present in 25.8% of participants who developed dementia.', 'contradicted'),
    ('Participants who remained dementia-free had a mean number of cardiovascular '
     'diseases/disorders of 0.9.', 'contradicted'),
    ('The p-value for the number of depressive symptoms was 0.24.', 'confirmed'),
    ('The p-value for the number of cardiovascular diseases/disorders was 0.24.',
     'contradicted'),
    # p3 Table 1's "mean, SD" cells (verify/spread_cells.py)
    ('Participants who developed dementia had a mean baseline MMSE score of 26.7.', 'confirmed'),
    ('Participants who remained dementia-free had a mean of 8.7 years of education.',
     'confirmed'),
    ('Participants who developed dementia had a mean of 8.7 years of education.',
     'contradicted'),
    ('Participants who remained dementia-free had a mean age of 67.7 years.', 'confirmed'),
    ('The MMSE score of participants who developed dementia had an SD of 2.2.', 'confirmed'),
    ('The MMSE score of participants who developed dementia had an SD of 1.9.', 'contradicted'),
    ('The MMSE score of participants who developed dementia had a standard deviation of 9.6.',
     'contradicted'),
    # p3 Table 1 "Gender (females) (%)": 64.1 of those who developed dementia were women; the
    # "Yes (%)" row under "Alcohol use" prints 63.0 (guards_answer_rows.py)
    ('Men made up 63.0% of the participants who developed dementia.', 'contradicted'),
    ('Men made up 47.5% of the participants who developed dementia.', 'contradicted'),
]


def test_no_latent_probe_gets_a_wrong_decisive_verdict():
    verdicts = verify_on(_life(), LIFE, [text for text, _ in LATENT_PROBES])
    wrong, right = scored(verdicts, LATENT_PROBES)
    assert not wrong, wrong
    assert right >= 9, right


def test_a_rows_cells_of_a_mean_and_its_spread_keep_the_table_going(monkeypatch):
    apoe = 'APOE-ε4 was present in 25.8% of participants who remained dementia-free.'
    status, why = status_of(_life(), LIFE, apoe)
    assert status == Status.confirmed, why
    table = _life()[LIFE].tables[0]
    assert [row[0].text for row in table.rows[-3:]] == [
        'Number of cardiovascular diseases/disorders: mean, SD',
        'Number of depressive symptoms: mean, SD', 'Presence of APOE-ε4 (%)']
    # Planted bug: a right side of cells that print more than a number is prose again, and
    # the region ends at the cardiovascular row.
    monkeypatch.setattr(gutter_rows, "_cells_of_values", lambda words: False)
    fresh = {LIFE: real_paper(LIFE)}
    assert len(fresh[LIFE].tables[0].rows) == 8
    status, why = status_of(fresh, LIFE, apoe + " ")
    assert status == Status.unverified, why


def test_a_claimed_bound_is_not_read_against_the_estimate():
    status, why = status_of(_life(), LIFE, (
        'In Model 2, the hazard ratio of all dementia for the number of negative and very '
        'negative events had a lower confidence bound of 0.91.'))
    assert status != Status.contradicted, why


def test_a_mean_printed_with_its_labelled_spread_is_the_cells_value(monkeypatch):
    claim = 'Participants who developed dementia had a mean baseline MMSE score of 26.7.'
    status, why = status_of(_life(), LIFE, claim)
    assert status == Status.confirmed, why
    assert spread_cells.mean_with_spread("27.4, SD = 1.9") == "27.4"
    assert spread_cells.mean_with_spread("27.4 (SD 1.9)") == "27.4"
    assert spread_cells.mean_with_spread("1.9 (2.1)") is None
    assert spread_cells.mean_with_spread("27.4 SD") is None
    # Planted bug: such a cell prints no number again.
    monkeypatch.setattr(cell_check, "mean_with_spread", lambda text: None)
    status, why = status_of({LIFE: real_paper(LIFE)}, LIFE, claim + " ")
    assert status == Status.unverified, why


def test_a_claimed_spread_is_not_read_against_the_mean(monkeypatch):
    claim = 'The MMSE score of participants who developed dementia had an SD of 1.9.'
    status, why = status_of(_life(), LIFE, claim)
    assert status == Status.unverified, why
    # Planted bug: a claim naming a spread is read against the cell's mean (26.7).
    monkeypatch.setattr(guards_cell_spreads, "_SPREAD_WORDS", re.compile(r"(?!)"))
    status, why = status_of(_life(), LIFE, claim + " ")
    assert status == Status.contradicted, why


def test_the_cells_own_equals_sign_does_not_cut_its_text(monkeypatch):
    verdict = verify_on(_life(), LIFE, [
        'The MMSE score of participants who developed dementia had an SD of 2.2.'])[0]
    quote = next(evidence.quote for check in verdict.checks for evidence in check.evidence
                 if evidence.quote and "SD = 2.2" in evidence.quote)
    assert guards_cell_spreads.other_numbers(quote) == [2.2], quote
    assert guards_cell_spreads.other_numbers("F1 ± std = 90.87 ± 0.13") == [0.13]
    # Planted bug: the cell's text is cut at its own "SD = ", and its spread is lost.
    monkeypatch.setattr(spread_cells, "_SPREAD_EQUALS", re.compile(r"(?!)"))
    assert guards_cell_spreads.other_numbers(quote) == [], quote


def test_a_row_labelled_only_by_an_answer_decides_nothing(monkeypatch):
    claim = 'Men made up 63.0% of the participants who developed dementia.'
    status, why = status_of(_life(), LIFE, claim)
    assert status == Status.unverified, why
    assert guards_answer_rows.answer_row("Yes (%) × PARTICIPANTS WHO DEVELOPED DEMENTIA: 63.0")
    assert guards_answer_rows.answer_row("No × Cases = 12")
    assert not guards_answer_rows.answer_row(
        "No, never drank or have quit (%) × PARTICIPANTS WHO DEVELOPED DEMENTIA: 37.0")
    assert not guards_answer_rows.answer_row("Alcohol use / Yes (%) × Cases: 63.0")
    # Planted bug: the answer row's 63.0 confirms the claim about men again.
    monkeypatch.setattr(guards_answer_rows, "answer_row", lambda quote: False)
    status, why = status_of(_life(), LIFE, claim + " ")
    assert status == Status.confirmed, why


def test_a_captions_not_names_no_cell(monkeypatch):
    # benchmarks/mutation_probes.py, "probe negation": Table 1's caption says "participants who
    # remained or did not remain dementia-free"; its "not" speaks of the other columns and
    # names no cell, so the denial of the dementia-free column's 27.4 is not confirmed by it
    denial = ("Participants who remained dementia-free did not have a mean baseline MMSE score "
              "of 27.4.")
    status, why = status_of(_life(), LIFE, denial)
    assert status == Status.unverified and "denies what it states" in why, why
    # Planted bug: the caption read as one of the cell's labels, as before round 34
    monkeypatch.setattr(guards_negated_cells, "_printed", lambda word, text: True)
    status, why = status_of(_life(), LIFE, denial + " ")
    assert status == Status.confirmed, why
