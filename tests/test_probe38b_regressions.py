"""Round 38 regressions of my own probe (probe38b) of a document new to the project: a
randomised controlled trial in the BMJ's typesetting (medicine: smoking cessation in pregnancy).

Ussher, Lewis, Aveyard, Manyonda, West, Lewis, Marcus, Riaz, Taylor, Daley, Coleman, *Physical
activity for smoking cessation in pregnancy: randomised controlled trial*, BMJ 2015;350:h2145
(open access, CC BY 4.0), from ijmarshall/robotreviewer (robotreviewer/static/examples/
example.pdf, commit 9a2781974c3edc6322b4fb329b1ea0348af7b8a1): tests/real/papers/
pregnancy_smoking_exercise_bmj15.pdf, whole (10 pages, 446 KB). BMJ layout: a structured
abstract in the right two thirds of page 1 beside the affiliations, two body columns, six
tables with shaded header rows (baseline characteristics as mean (SD), median (IQR) and
n (%); compliance with "n, median (IQR)" cells and relative changes with 95% CIs; abstinence
outcomes as n (%) with basic and fully adjusted odds ratios; EPDS scores; body weight; birth
outcomes as "n/N (%)" with odds ratios), a flow chart. Claims were labelled from the page
images before the tool ran.

81 claims (42 confirmed, 28 contradicted, 11 unverified).

First contact: 206 sentences, no table read, 81 claims, 24 decided, 33 right, **2 wrong**,
both from the methods' quotation of a cited Cochrane review ("When pooled together, these
interventions produced the following relative risks for intervention versus control: ...,
and increased mean birth weight 41 g (18 to 63 g)"): "The physical activity intervention
increased mean birth weight by 41 g" was confirmed and the true "Mean birth weight in the
control group exceeded that in the physical activity group by 14.4 g" (Table 6) contradicted.
The claims' "physical activity" was accounted for by the paper's title alone; a sentence
naming its subject "these interventions" speaks of what earlier sentences named
(`verify/guards_demonstrative_subjects.py`).

Now 81 claims: 22 decided, 33 right, 0 wrong. Accuracy of record unchanged (right 1534/2498,
wrong 0; no status differs).
"""

from __future__ import annotations

from functools import cache

import pytest
from probe_verdicts import probe_set_tests, real_paper, scored, status_of, verify_on

from verify_claims.claims import Status
from verify_claims.verify import (
    guards_demonstrative_subjects,
    guards_joint_owners,
    guards_spelled_counts,
)
from verify_claims.verify.passages import index_of

BMJ = "pregnancy_smoking_exercise_bmj15"

# Each claim with the status its page says (labelled from the page images before the tool ran);
# p = page of the PDF (1 abstract, 2-3 methods, 4 results and Fig 1, 5 Table 1, 6 Table 2,
# 7 Tables 3-4, 8 Tables 5-6).
BMJ_PROBES = [
    # --- confirmed ---
    # p1 Participants: '789 pregnant smokers, aged 16-50 years ... were randomised (1:1)'
    ('A total of 789 pregnant smokers aged 16-50 years were randomised in a 1:1 ratio.',
     'confirmed'),
    # p1 '785 were included in the intention to treat analyses, with 392 assigned to the
    # physical activity group'
    ('Of the randomised women, 785 were included in the intention to treat analyses, 392 of '
     'them in the physical activity group.', 'confirmed'),
    # p1 Setting: '13 hospitals in England, April 2009 to January 2014.'
    ('The trial was run in 13 hospitals in England between April 2009 and January 2014.',
     'confirmed'),
    # p1 'or to this support plus 14 sessions combining supervised treadmill exercise and
    # physical activity consultations'
    ('The intervention group received 14 sessions combining supervised treadmill exercise '
     'and physical activity consultations.', 'confirmed'),
    # p1 Results: '(8% v 6%; odds ratio 1.21, 95% confidence interval 0.70 to 2.10)'
    ('At the end of pregnancy, abstinence was 8% in the physical activity group versus 6% in'
     ' the control group (odds ratio 1.21, 95% CI 0.70 to 2.10).', 'confirmed'),
    # p1 'in a 11.5% (n=90) random subsample of participants, physical activity was objectively
    # measured by an accelerometer'
    ('Physical activity was measured by accelerometer in a random subsample of 90 '
     'participants (11.5%).', 'confirmed'),
    # p1 'significantly more caesarean births in the control group than in the physical
    # activity group (29% v 21%, P=0.023)'
    ('Caesarean births were significantly more frequent in the control group than in the '
     'physical activity group (29% v 21%, P=0.023).', 'confirmed'),
    # p2 'We offered all participants six weekly sessions of 20 minutes of individual
    # behavioural cessation support'
    ('All participants were offered six weekly sessions of 20 minutes of individual '
     'behavioural cessation support.', 'confirmed'),
    # p2 'Fourteen sessions of supervised exercise were offered over eight weeks'
    ('The fourteen supervised exercise sessions were offered over eight weeks.', 'confirmed'),
    # p2 'For each session attended, participants were paid £7 towards travel.'
    ('Participants were paid £7 towards travel for each session attended.', 'confirmed'),
    # p2 'These 20 minute consultations incorporated 19 behaviour change techniques'
    ('The 20 minute physical activity consultations incorporated 19 behaviour change '
     'techniques.', 'confirmed'),
    # p3 'exhaled carbon monoxide (<8 ppm) or salivary cotinine (<10 ng/mL)'
    ('Abstinence was validated by exhaled carbon monoxide below 8 ppm or salivary cotinine '
     'below 10 ng/mL.', 'confirmed'),
    # p3 '866 participants would provide 83% power at a 5% significance level to detect an
    # absolute difference of 8 percentage points'
    ('The sample size calculation showed that 866 participants would provide 83% power to '
     'detect an absolute difference of 8 percentage points.', 'confirmed'),
    # p3 'corresponding to an odds ratio of 1.69 or a relative risk of 1.53'
    ('The anticipated difference in cessation corresponded to an odds ratio of 1.69 or a '
     'relative risk of 1.53.', 'confirmed'),
    # p3 'counselling versus usual care showed a relative risk of 1.44 for achieving abstinence
    # in late pregnancy'
    ('In the Cochrane review, counselling versus usual care showed a relative risk of 1.44 '
     'for achieving abstinence in late pregnancy.', 'confirmed'),
    # p3 'preterm birth 0.82 (0.70 to 0.96)'
    ('In the Cochrane review, psychosocial interventions gave a relative risk for preterm '
     'birth of 0.82 (95% confidence interval 0.70 to 0.96).', 'confirmed'),
    # p4 'The follow-up rate for the primary outcome was 88.8% (697 participants)'
    ('The follow-up rate for the primary outcome was 88.8% (697 participants).', 'confirmed'),
    # p4 'Of 785 pregnancies, 774 were singleton, 10 were twins'
    ('Of the 785 pregnancies, 774 were singleton and 10 were twins.', 'confirmed'),
    # p4 'Over half (54%) were smoking at least 10 cigarettes a day.'
    ('Over half of the women (54%) were smoking at least 10 cigarettes a day.', 'confirmed'),
    # p4 Fig 1: 'Declined to participate (n=2324)'
    ('Of the women recorded as smokers at the first antenatal visit, 2324 declined to '
     'participate.', 'confirmed'),
    # p4 'Participants attended a median of four treatment sessions in the intervention group
    # and three in the control group'
    ('Participants attended a median of four treatment sessions in the intervention group '
     'and three in the control group.', 'confirmed'),
    # p4 'Of 90 participants ... 78 (87%) provided valid data'
    ('Of the 90 participants asked to wear an accelerometer, 78 (87%) provided valid data.',
     'confirmed'),
    # p5 Table 1 Mean (SD) age (years): PA 27.2 (6.1)
    ('At baseline, the mean age in the physical activity group was 27.2 years (SD 6.1).',
     'confirmed'),
    # p5 Table 1 Mean (SD) body mass index: control 26.6 (5.6)
    ('Mean body mass index at baseline was 26.6 (SD 5.6) in the control group.', 'confirmed'),
    # p5 Table 1 Partner smokes: PA 261 (67)
    ('In the physical activity group, 261 women (67%) had a partner who smokes.', 'confirmed'),
    # p5 Table 1 Consumes >3 alcoholic drinks on a drinking day: 14 (16) v 3 (4); footnote
    # P=0.011
    ('More women in the physical activity group than in the control group consumed more than'
     ' 3 alcoholic drinks on a drinking day (14 v 3).', 'confirmed'),
    # p5 '(median 38.0 minutes, interquartile range 20.0-52.6) versus control group (31.2,
    # 19.0-44.1) ... (P=0.538)'
    ("When all moderate-vigorous activity was included, the physical activity group's median"
     ' was 38.0 minutes per day versus 31.2 minutes in the control group (P=0.538).', 'confirmed'),
    # p5 'Seventy two per cent had valid accelerometer data for at least four days.'
    ('Seventy two per cent had valid accelerometer data for at least four days.', 'confirmed'),
    # p5 'There was no significant interaction ... odds ratio 3.03, 95% confidence interval
    # 0.68 to 13.40, P=0.129'
    ('There was no significant interaction between baseline physical activity and the effect'
     ' of the intervention on abstinence (odds ratio 3.03, 95% CI 0.68 to 13.40).', 'confirmed'),
    # p5 'was 217 (55%) in the physical activity group and 219 (56%) in the control group (odds
    # ratio 0.99 ...)'
    ('At least one adverse event or serious adverse event occurred in 217 (55%) women in the'
     ' physical activity group and 219 (56%) in the control group.', 'confirmed'),
    # p6 Table 2 No of weeks post-quit 1: 1.33 (1.14 to 1.56), P<0.001
    ('At one week post-quit, the relative change in self reported weekly MVPA was 1.33 (95% '
     'CI 1.14 to 1.56).', 'confirmed'),
    # p6 Table 2 week 1: PA 162, 280 (190-425) vs control 206, 240 (140-420): 280-240 = 40
    ('At one week post-quit, median self reported weekly MVPA was 40 minutes higher in the '
     'physical activity group than in the control group.', 'confirmed'),
    # p6 Table 2 treadmill, week 4: 134, 15.2 (10.8)
    ('At four weeks post-quit, women walked on the treadmill for a mean of 15.2 minutes (SD '
     '10.8).', 'confirmed'),
    # p6 'our sample was only 91% of the target 866'
    ('The recruited sample was only 91% of the target of 866.', 'confirmed'),
    # p7 Table 3 4 weeks post-quit: 0.79 (0.53 to 1.18)
    ('Validated abstinence four weeks after the quit day gave an odds ratio of 0.79 (95% CI '
     '0.53 to 1.18).', 'confirmed'),
    # p7 Table 3 6 months after birth: fully adjusted 1.66 (0.82 to 3.37)
    ('Six months after birth, the fully adjusted odds ratio for self reported abstinence was'
     ' 1.66 (95% CI 0.82 to 3.37).', 'confirmed'),
    # p7 Table 3 note: 'in 12 of 42 women (29%) in physical activity group'
    ('Biochemical tests did not validate the reported cessation of 12 of 42 women (29%) in '
     'the physical activity group.', 'confirmed'),
    # p7 'similarly, we observed a quit rate of 6.4% for this group'
    ('The trial observed a quit rate of 6.4% in the group receiving behavioural support '
     'only.', 'confirmed'),
    # p7 Table 4 End of pregnancy: 1.06 (0.19 to 1.94)
    ('At the end of pregnancy, the EPDS difference between the physical activity and control'
     ' groups was 1.06 (95% CI 0.19 to 1.94).', 'confirmed'),
    # p8 Table 5 Gestational weight change, End of pregnancy weight: PA 80.7 (14.9)
    ('In the gestational weight change subsample, mean end of pregnancy weight was 80.7 kg '
     'in the physical activity group.', 'confirmed'),
    # p8 Table 6 Caesarean delivery: 0.67 (0.48 to 0.95)**
    ('The odds ratio for caesarean delivery was 0.67 (95% CI 0.48 to 0.95).', 'confirmed'),
    # p8 Table 6 Mean (SD) birth weight: PA 3132.4, control 3146.8: 14.4
    ('Mean birth weight in the control group exceeded that in the physical activity group by'
     ' 14.4 g.', 'confirmed'),
    # --- contradicted ---
    # p1 789 (transposed)
    ('A total of 798 pregnant smokers were randomised.', 'contradicted'),
    # p1 392 assigned to the physical activity group (393 is control)
    ('Of the randomised women, 785 were included in the intention to treat analyses, with '
     '393 assigned to the physical activity group.', 'contradicted'),
    # p1 odds ratio 1.21 (transposed)
    ('At the end of pregnancy, the odds ratio for validated abstinence was 1.12 (95% CI 0.70'
     ' to 2.10).', 'contradicted'),
    # p1 'significantly more caesarean births in the control group' (direction flip)
    ('Caesarean births were significantly less frequent in the control group than in the '
     'physical activity group (29% v 21%).', 'contradicted'),
    # p1 Conclusion: 'did not increase cessation rates at end of pregnancy'
    ('Adding a physical activity intervention to behavioural support increased cessation '
     'rates at the end of pregnancy.', 'contradicted'),
    # p2 six weekly sessions
    ('All participants were offered eight weekly sessions of 20 minutes of individual '
     'behavioural cessation support.', 'contradicted'),
    # p3 83% power
    ('The sample size calculation showed that 866 participants would provide 90% power to '
     'detect an absolute difference of 8 percentage points.', 'contradicted'),
    # p3 low birth weight 0.82 (0.71 to 0.94); 0.70 to 0.96 is preterm birth's
    ('In the Cochrane review, psychosocial interventions gave a relative risk for low birth '
     'weight of 0.82 (95% confidence interval 0.70 to 0.96).', 'contradicted'),
    # p3 '(that is, £20 maximum)'
    ('Participants received a £10 shopping voucher for each completed follow-up, up to £30 '
     'in total.', 'contradicted'),
    # p4 697 participants (transposed)
    ('The follow-up rate for the primary outcome was 88.8% (679 participants).', 'contradicted'),
    # p4 'Over half (54%)'
    ('Fewer than half of the women (45%) were smoking at least 10 cigarettes a day.',
     'contradicted'),
    # p4 four in the intervention group, three in control (swapped)
    ('Participants attended a median of three treatment sessions in the intervention group '
     'and four in the control group.', 'contradicted'),
    # p5 Table 1: PA 27.2; 27.8 is control (neighbouring column)
    ('At baseline, the mean age in the physical activity group was 27.8 years.', 'contradicted'),
    # p5 Table 1: control 26.6; 25.6 is PA
    ('Mean body mass index at baseline was 25.6 in the control group.', 'contradicted'),
    # p5 Table 1 Partner smokes PA 261 (67); 308 (79) is White (neighbouring row)
    ('In the physical activity group, 308 women (79%) had a partner who smokes.', 'contradicted'),
    # p5 Table 1 Professional or managerial occupation: PA 46 (12)
    ('In the physical activity group, 64 women (12%) had a professional or managerial '
     'occupation.', 'contradicted'),
    # p5 at least four days
    ('Seventy two per cent had valid accelerometer data for at least seven days.', 'contradicted'),
    # p5 'although this difference did not reach significance (P=0.538)'
    ("When all moderate-vigorous activity was included, the physical activity group's higher"
     ' median activity per day (38.0 v 31.2 minutes) was statistically significant.',
     'contradicted'),
    # p5 217 (55%) (transposed)
    ('At least one adverse event or serious adverse event occurred in 271 (55%) women in the'
     ' physical activity group.', 'contradicted'),
    # p6 Table 2 week 4: 1.28 (1.07 to 1.52); 1.36 is week 6 (neighbouring row)
    ('At four weeks post-quit, the relative change in self reported weekly MVPA was 1.36 '
     '(95% CI 1.12 to 1.65).', 'contradicted'),
    # p6 Table 2 End of pregnancy: P 0.093
    ('At the end of pregnancy, the relative change in self reported weekly MVPA had a P '
     'value of 0.039.', 'contradicted'),
    # p7 Table 3 4 weeks: PA 50 (13), control 61 (16) (swapped groups)
    ('At four weeks post-quit, validated abstinence was 16% in the physical activity group '
     'and 13% in the control group.', 'contradicted'),
    # p7 Table 3 6 months: basic 1.55 (0.81 to 2.97); 1.66 is fully adjusted (neighbouring
    # column)
    ('Six months after birth, the odds ratio for self reported abstinence with basic '
     'adjustment was 1.66 (95% CI 0.82 to 3.37).', 'contradicted'),
    # p5 'significantly higher (P=0.017) for the physical activity group compared with the
    # control group'
    ('At the end of pregnancy, the Edinburgh postnatal depression scale score was '
     'significantly lower in the physical activity group than in the control group.',
     'contradicted'),
    # p8 Table 6 Preterm birth: PA 35/356 (10); 26/348 (7) is control
    ('Preterm birth occurred in 26 of 356 births (7%) in the physical activity group.',
     'contradicted'),
    # p8 Table 6 NICU: 0.74 (0.44 to 1.25); 0.87 is low birth weight (neighbouring row)
    ('The odds ratio for admission to the neonatal intensive care unit was 0.87 (95% CI 0.55'
     ' to 1.38).', 'contradicted'),
    # p8 3146.8 - 3132.4 = 14.4
    ('Mean birth weight in the control group exceeded that in the physical activity group by'
     ' 41.4 g.', 'contradicted'),
    # p8 41 g is the Cochrane review's psychosocial interventions (p3); Table 6 -14.50 (-104.52
    # to 75.52), 'birth weights ... similar'
    ('The physical activity intervention increased mean birth weight by 41 g.', 'contradicted'),
    # --- unverified ---
    ('Women in the physical activity group gained on average 2.3 kg less weight during '
     'pregnancy than controls.', 'unverified'),
    ('The physical activity intervention cost £250 per participant.', 'unverified'),
    ('Half of the treadmill sessions were supervised by a physiotherapist.', 'unverified'),
    ('Among women who quit, 35% relapsed within six months after birth.', 'unverified'),
    ('Breastfeeding rates at six months were 12% higher in the physical activity group.',
     'unverified'),
    ('Women younger than 20 benefited most from the physical activity intervention (odds '
     'ratio 2.4).', 'unverified'),
    ('The accelerometer recorded a median of 5.2 days of valid wear.', 'unverified'),
    ('The intervention effect was similar in the London and Cheshire centres.', 'unverified'),
    ('The mean Fagerström score at randomisation was 4.5 in the control group.', 'unverified'),
    ('Daily step counts rose by 1,500 steps in the physical activity group.', 'unverified'),
    ('Among women who did not quit, the intervention reduced daily cigarette consumption by '
     '3.', 'unverified'),
]

FLOOR = 32  # of 81 given their labelled status (first contact: 33, two others wrongly decided;
# round 38: the true "odds ratio of 1.69" is withheld, confirmed through "two", not its 1.69)
LATENT_FLOOR = 11
PROBE_SETS = {BMJ: (BMJ_PROBES, FLOOR)}

_parsed = cache(real_paper)

probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


def _bmj():
    return {BMJ: _parsed(BMJ)}


# Claims written after the first run, probing the same pages (the cited review's numbers said
# of the trial, the abstract's and the results' percentages, swapped groups and numbers of the
# power calculation, the accelerometer's medians, turned verbs); none may get a wrong decisive
# status but the two pinned below as strict xfails.
LATENT_PROBES = [
    ('In the Cochrane review, pooled psychosocial interventions increased mean birth weight '
     'by 41 g.', 'confirmed'),
    ('The physical activity intervention reduced low birth weight with a relative risk of '
     '0.82.', 'contradicted'),
    ('The physical activity intervention reduced preterm birth with a relative risk of 0.82.',
     'contradicted'),
    ('The physical activity intervention gave a relative risk of 1.44 for achieving '
     'abstinence in late pregnancy.', 'contradicted'),
    ('In the physical activity group, mean birth weight was 3132.4 g.', 'confirmed'),
    ('In the physical activity group, mean birth weight was 3146.8 g.', 'contradicted'),
    ('At one week post-quit, the physical activity group reported a 33% greater increase in '
     'physical activity than the control group (95% CI 14% to 56%).', 'confirmed'),
    ('At four weeks post-quit, the physical activity group reported a 28% greater increase '
     'in physical activity (95% CI 7% to 52%).', 'confirmed'),
    ('At four weeks post-quit, the physical activity group reported a 36% greater increase '
     'in physical activity.', 'contradicted'),
    ('At six weeks post-quit, the physical activity group reported a 28% greater increase in'
     ' physical activity.', 'contradicted'),
    ('The trial anticipated a cessation rate of 15% in the control group and 23% in the '
     'treatment group.', 'confirmed'),
    ('The trial anticipated a cessation rate of 23% in the control group and 15% in the '
     'treatment group.', 'contradicted'),
    ('Of the 88 participants who did not complete the primary outcome assessments, 43 '
     '(48.9%) were known to have smoked.', 'confirmed'),
    ('Of the 88 participants who did not complete the primary outcome assessments, 45 '
     '(48.9%) were known to have smoked.', 'contradicted'),
    ('For 45 participants (5.7% of all participants) it was necessary to assume continued '
     'smoking.', 'confirmed'),
    ('For 43 participants (5.7% of all participants) it was necessary to assume continued '
     'smoking.', 'contradicted'),
    ('Only 28 women reported receiving NHS face to face support for smoking cessation '
     'besides that offered in the trial.', 'confirmed'),
    ('Only 60 women reported receiving NHS face to face support for smoking cessation '
     'besides that offered in the trial.', 'contradicted'),
    ('Sixty women reported using nicotine replacement therapy.', 'confirmed'),
    ('Self reported moderate-vigorous activity in the control group exceeded accelerometer '
     'activity by a median of 23.2 minutes (P<0.001).', 'confirmed'),
    ('Self reported moderate-vigorous activity in the control group exceeded accelerometer '
     'activity by a median of 29.7 minutes.', 'contradicted'),
    ('The median duration of moderate-vigorous physical activity per day by accelerometer '
     'was 7.5 minutes in the physical activity group and 8.0 minutes in the control group '
     '(P=0.816).', 'confirmed'),
    ('The median duration of moderate-vigorous physical activity per day by accelerometer '
     'was 8.0 minutes in the physical activity group and 7.5 minutes in the control group.',
     'contradicted'),
    ('Changes in self reported physical activity at four weeks were associated with '
     'abstinence (odds ratio 2.21, 95% CI 0.48 to 10.12, P=0.321).', 'confirmed'),
    ('At six weeks, the odds ratio for the association of changes in physical activity with '
     'abstinence was 2.36 (95% CI 0.41 to 13.51).', 'confirmed'),
    ('At six weeks, the odds ratio for the association of changes in physical activity with '
     'abstinence was 2.21.', 'contradicted'),
    ('Between baseline and one week post-quit, confidence for physical activity increased '
     'significantly more in the physical activity group than in the control group (P=0.004).',
     'confirmed'),
    ('Between baseline and one week post-quit, confidence for physical activity decreased '
     'significantly more in the physical activity group than in the control group (P=0.004).',
     'contradicted'),
    ('There were 7% fewer caesarean sections in the physical activity group compared with '
     'the control group.', 'confirmed'),
    ('There were 7% more caesarean sections in the physical activity group compared with the'
     ' control group.', 'contradicted'),
    ('Two previous UK trials observed quit rates at the end of pregnancy of 7.6% and 7.8% in'
     ' a group receiving only behavioural support.', 'confirmed'),
    ('Follow-up rates were equally high in the two groups, at 89%.', 'confirmed'),
    ('Follow-up rates were equally high in the two groups, at 98%.', 'contradicted'),
    ('Women in the physical activity group attended a median of only four of 14 sessions.',
     'confirmed'),
    ('Women in the physical activity group attended a median of only six of 14 sessions.',
     'contradicted'),
    ('Women were eligible at 10-24 weeks of gestation.', 'confirmed'),
    ('Women were eligible at 12-24 weeks of gestation.', 'contradicted'),
    ('Eligible women smoked five or more cigarettes daily before pregnancy.', 'confirmed'),
    ('Eligible women smoked ten or more cigarettes daily before pregnancy.', 'contradicted'),
]

# A latent wrong verdict left (a strict xfail below), kept out of the shared latent test; and
# one withheld since (`verify/guards_joint_owners.py`, tested below).
_REVIEW_RISK = ("The physical activity intervention gave a relative risk of 1.44 for achieving "
                "abstinence in late pregnancy.")
_SWAPPED_RATES = ("The trial anticipated a cessation rate of 23% in the control group and 15% "
                  "in the treatment group.")
_LEFT = {_REVIEW_RISK}


def test_no_latent_probe_gets_a_wrong_decisive_verdict():
    probes = [probe for probe in LATENT_PROBES if probe[0] not in _LEFT]
    verdicts = verify_on(_bmj(), BMJ, [text for text, _ in probes])
    wrong, right = scored(verdicts, probes)
    assert not wrong, wrong
    assert right >= LATENT_FLOOR, right


@pytest.mark.xfail(strict=True, reason=(
    "confirmed by 'the main subgroup in the review comprising counselling versus usual care "
    "showed a relative risk of 1.44 ... the same outcome we used' (p3): the claim's 'physical "
    "activity' is the title's; the sentence's 'we' and its singular subject keep "
    "guards_demonstrative_subjects out"))
def test_a_cited_reviews_risk_is_not_the_trials():
    assert status_of(_bmj(), BMJ, _REVIEW_RISK)[0] != Status.confirmed


def test_a_number_lent_for_another_side_supports_nothing(monkeypatch):
    status, why = status_of(_bmj(), BMJ, _SWAPPED_RATES)
    assert status == Status.unverified and "another side of the claim" in why, why
    assert guards_joint_owners.side_after("15% in the control group, on the basis", 3) == {
        "contr", "group"}
    claim = verify_on(_bmj(), BMJ, [_SWAPPED_RATES])[0]
    lent = "Based on pilot work, we projected a cessation rate of 23% in the treatment group."
    assert guards_joint_owners.other_sides_number(claim, lent, 23.0) == ("23%", "treat")
    assert guards_joint_owners.other_sides_number(claim, lent, 15.0) is None
    true = ("The trial anticipated a cessation rate of 15% in the control group and 23% in the "
            "treatment group.")
    assert status_of(_bmj(), BMJ, true)[0] == Status.confirmed
    # Planted bug: the guard is off, and the two sentences confirm the swapped groups again.
    monkeypatch.setattr(guards_joint_owners, "enabled", False)
    assert status_of(_bmj(), BMJ, _SWAPPED_RATES + " ")[0] == Status.confirmed


_REVIEW_WEIGHT = "The physical activity intervention increased mean birth weight by 41 g."
_TRIAL_WEIGHT = ("Mean birth weight in the control group exceeded that in the physical activity "
                 "group by 14.4 g.")


def test_a_demonstrative_subject_is_not_the_titles(monkeypatch):
    status, why = status_of(_bmj(), BMJ, _REVIEW_WEIGHT)
    assert status == Status.unverified and "these interventions" in why, why
    status, why = status_of(_bmj(), BMJ, _TRIAL_WEIGHT)
    assert status == Status.unverified and "only the paper's title" in why, why
    index = index_of(_bmj()[BMJ])
    at = next(number for number, sentence in enumerate(index.sentences)
              if "increased mean birth weight 41 g" in sentence.text)
    assert guards_demonstrative_subjects.title_only_words(_REVIEW_WEIGHT, index, at) == [
        "physi", "activ"]
    # the review's own claim keeps no title-only word
    assert guards_demonstrative_subjects.title_only_words(
        "Pooled psychosocial interventions increased mean birth weight by 41 g.", index, at) == []
    # Planted bug: the guard is off, and the review's 41 g decides both claims again.
    monkeypatch.setattr(guards_demonstrative_subjects, "enabled", False)
    assert status_of(_bmj(), BMJ, _REVIEW_WEIGHT + " ")[0] == Status.confirmed
    assert status_of(_bmj(), BMJ, _TRIAL_WEIGHT + " ")[0] == Status.contradicted


def test_a_spelled_count_is_no_decimal(monkeypatch):
    """A mutant of the probes' true 'odds ratio of 1.69 or a relative risk of 1.53' (p3) was
    confirmed by benchmarks/mutation_probes.py: the first agreeing number of the sentence won,
    and its spelled 'two groups' was read as anything that rounds to 2. Round 38
    (`guards_spelled_counts`): a decimal matched only by a spelled word supports nothing. It
    withholds the true form too, which the sentence confirmed through the same 'two' (right
    for a wrong reason); two deeper fixes made probe34c's '5.1 years older' a wrong
    contradiction."""
    mutant = ("The anticipated difference in cessation corresponded to an odds ratio of 2.20 or a "
              "relative risk of 1.53.")
    true = mutant.replace("2.20", "1.69")
    assert status_of(_bmj(), BMJ, mutant)[0] is Status.unverified
    assert status_of(_bmj(), BMJ, true)[0] is Status.unverified
    # Planted bug: "two" supports 2.20 again.
    monkeypatch.setattr(guards_spelled_counts, "spelled_counts_guarded", False)
    assert status_of(_bmj(), BMJ, mutant + " ")[0] is Status.confirmed
