"""Round 28 regressions of my own probe (probe28b) of one paper new to the project.

Wilson, Polzer-Debruyne, Chen and Fernandes, Shift work interventions for reduced work-family
conflict (Employee Relations 29(2): 162-177, 2007; Emerald's one-column layout with captions in
the outer margin; four tables of MANOVA F values and comment counts), tests/real/papers/
shiftwork_er07.pdf. 60 claims were labelled from the page images (110 dpi) before the tool ran
on them. The first run decided 24, 2 wrongly (29 right):

- "Presser (1995) reported that approximately 45 per cent of Americans work night shifts"
  (unverifiable: the paper's 45 per cent are "employed under some kind of shift work
  conditions") was confirmed, "night" found in the sentence before ("shift work that includes
  night work"). LEFT: a rule that withheld a share whose clause's word the match found only
  in a neighbouring sentence cost 8 right confirmations of the probe sets of rounds 22 and 26
  ("10% of women with Turner syndrome ..." against "10% of women with TS ...", "Almost 90% of
  girls with Turner syndrome will require ..." against "Almost 90% will require ...": a share's
  population is often named by an abbreviation or by the sentence before) and was taken out;
  the probe is kept apart, as a known wrong verdict (`test_a_share_word_found_beside_its_
  sentence_is_left`), not in the probe set;
- "Participants in the study were employed as shift-workers in three continuous" (a cut claim)
  was confirmed by "... in three continuous processing (metallurgy) industrial sites": a claim
  that stops on a modifier after a count or a determiner, where the passage goes on with the
  noun, is cut before what it counts (`verify/cut_modifiers.cut_before_noun`, run by
  `guards_cut_ends.guard_cut_ends`).

Reading failures (0 of 4 tables read; every statistic's signs and symbols lost):

- Emerald sets a table's caption ("Table I." alone on its line, in its own face, then the
  caption's text) in the page's outer margin, level with the table between its rules: no table
  was read (`extract/margin_tables.margin_parts`, run by `grid_tables._parts_of_page` on a page
  where no caption in the text block was found); a line of "df = 1" under each row's F values
  and the notes line are not rows;
- Advent's symbol sets of the paper map "=", "(", ")", "+", "\u00d7", "<", the minus, the
  decimal point and the comma of its statistics to other letters ("t \u00f0162\u00de \u00bc
  25:714; p , 0:01"): four more sets are read (`extract/pdfwords._ADVENT_FONTS`);
- Table III and IV print "before/after" pairs ("270/175") under "Site C before/after", with
  a "Change in %" row of single numbers: the pairs were never cut, since not every row printed
  a pair; a row of single numbers where the others print pairs is a summary of both parts and
  stays whole in each (`extract/slash_columns.summary_row`).

With the tables read, one more wrong verdict: "At Site C, negative WFC comments fell from 270
to 175, a change of -35.3%" (true) was contradicted by the "Change in %" cells of Tables III
and IV ("the claim says 175, the value of none of them"): a claim that marks its shares with a
per cent sign says its unmarked number is no share (`verify/guards_share_kinds`).

Now: 27 decided, 34 right, 1 wrong (the share above; 59 probes of the set: 26 decided, 34
right, 0 wrong). Left undecided: "fell from 44 to 20" (a change read across
a before and an after column), "univariate F" against the header "Uni-variate F", "training x
family involvement" against the row "Training \u00d7 family involvement", a "respectively"-like
list of three sites ("for Site A ... 2.4 points, for Site B it was 10.9 points and for Site C
13.4 points").
"""

from __future__ import annotations

from functools import cache

import pytest
from probe_verdicts import probe_set_tests, real_paper, status_of

from verify_claims.claims import Status
from verify_claims.extract import grid_tables, pdfwords, slash_columns
from verify_claims.verify import guards_cut_ends, guards_share_kinds

SHIFT = "shiftwork_er07"

# Each claim with the status its page says (labelled before the tool ran).
SHIFT_PROBES = [
    ('Across the three sites there were 503 participants in total.',
     'confirmed'),
    ('Including only participants with partners and families resulted in a final sample of 432.',
     'confirmed'),
    ('A total of 85.9 per cent of participants had a partner or spouse.',
     'confirmed'),
    ('Participants had a mean age of 41.33 years.',
     'confirmed'),
    ('Participants were all male, with an age range of 28-61.',
     'confirmed'),
    ('Each site had between 170 and 210 shift employees.',
     'confirmed'),
    ('Coefficient alpha was 0.91 for the WF conflict scale.',
     'confirmed'),
    ('Coefficient alpha was 0.93 for the FW conflict scale.',
     'confirmed'),
    ('Before the interventions, Site B reported the highest mean WFC score (28.5, std 2.6).',
     'confirmed'),
    ("Site A's mean WFC score before the interventions was 27.1 (std 2.1).",
     'confirmed'),
    ('For Site C the mean WFC score declined by 13.4 points.',
     'confirmed'),
    ('For Site B the difference in mean WFC score was 10.9 points.',
     'confirmed'),
    ('Before the interventions Site C reported the highest FWC mean score (15.8, std 1.6).',
     'confirmed'),
    ('After the interventions, the Site C average FWC score was lower than before (10.2, std 1.8).',
     'confirmed'),
    ('Site A reported a higher FWC mean score than before the health advice treatments (16.1, '
     'std 1.8).',
     'confirmed'),
    ('Inter-rater reliability across all text coding was calculated at 0.89.',
     'confirmed'),
    ('Constant tiredness was mentioned in 272 comments.',
     'confirmed'),
    ('At Site B the number of comments related to no or disrupted social life increased by '
     '13.5 per cent.',
     'confirmed'),
    ('The overall decrease in negative impacts reported for Site A was only 5.4 per cent.',
     'confirmed'),
    ('The 244 total responses received at Time 1 for the family-on-work questions fell to 222 '
     'at Time 2.',
     'confirmed'),
    ('Completion rates were over 90 per cent in each administration.',
     'confirmed'),
    ('According to Finn (1981), 23 per cent of night shift workers had a second job.',
     'confirmed'),
    ("Only 24 per cent of the working population in the European Union's 15 member countries "
     'are engaged in standard day work.',
     'confirmed'),
    ('Significant differences in FWC were found between the control and the family training '
     'site post-intervention (t(162) = -5.714, p < 0.01).',
     'confirmed'),
    ('A 3 x 2 x 3 MANOVA with repeated measures was performed to test the impact of the training.',
     'confirmed'),
    ('Training had a multivariate F of 6.988 on WFC.',
     'confirmed'),
    ('The univariate F for the training x family involvement interaction on WFC was 13.709.',
     'confirmed'),
    ('Family involvement had a univariate F of 18.749 on WFC.',
     'confirmed'),
    ('For FWC, the multivariate F of the training x family involvement interaction was 2.998.',
     'confirmed'),
    ('At Site C, negative WFC comments fell from 270 to 175, a change of -35.3%.',
     'confirmed'),
    ('At Site B, comments about fights about work schedule fell from 44 to 20.',
     'confirmed'),
    ('At Site C, comments that the family supports and understands rose from 36 to 75, an '
     'increase of 108%.',
     'confirmed'),
    ('Feeling tired and grouchy comments at Site C fell from 101 to 62.',
     'confirmed'),
    ("Site B's pre-intervention mean WFC score was 1.4 points higher than Site A's.",
     'confirmed'),
    ("Site C's FWC mean score dropped by 5.6 points after the interventions.",
     'confirmed'),
    ('Participants responded on a seven-point Likert scale from 1 (strongly disagree) to 7 '
     '(strongly agree).',
     'confirmed'),
    ('Across the three sites there were 530 participants in total.',
     'contradicted'),
    ('Participants had a mean age of 43.31 years.',
     'contradicted'),
    ('Coefficient alpha was 0.93 for the WF conflict scale.',
     'contradicted'),
    ('For Site A the mean WFC score declined by 10.9 points.',
     'contradicted'),
    ('Training had a multivariate F of 5.820 on WFC.',
     'contradicted'),
    ('The univariate F for training on WFC was 18.749.',
     'contradicted'),
    ('At Site C, negative WFC comments fell by 53.3%.',
     'contradicted'),
    ('Inter-rater reliability across all text coding was calculated at 0.98.',
     'contradicted'),
    ('Constant tiredness was mentioned in 227 comments.',
     'contradicted'),
    ('The number of positive comments increased at Site B (+5.4 per cent).',
     'contradicted'),
    ('The training sessions at Site C were each two hours longer.',
     'contradicted'),
    ('The factory workers were employed on twelve-hour rotating shifts.',
     'contradicted'),
    ('Site A reported a lower FWC mean score than before the health advice treatments.',
     'contradicted'),
    ('Tiredness increased at Site B after the training.',
     'contradicted'),
    ('Out of synch with family comments at Site B fell from 65 to 60.',
     'contradicted'),
    ('The training at Site C lasted three full days.',
     'unverified'),
    ('Family involvement reduced absenteeism by 18 per cent at Site C.',
     'unverified'),
    ("Site C's newsletter was sent monthly to 210 workers' homes.",
     'unverified'),
    ('The control site had a dropout rate of 12 per cent between surveys.',
     'unverified'),
    ('The family training group at Site C had a univariate F of 23.112 on job satisfaction.',
     'unverified'),
    ('Site C held 13.4 hours of family involvement sessions.',
     'unverified'),
    ('Participants in the study were employed as shift-workers in three continuous',
     'unverified'),
    ("Site B's outside trainer was a clinical psychologist.",
     'unverified'),
]

PROBE_SETS = {SHIFT: (SHIFT_PROBES, 34)}

PRESSER = ("Presser (1995) reported that approximately 45 per cent of Americans work night "
           "shifts.")
CUT = "Participants in the study were employed as shift-workers in three continuous"
COUNT = "At Site C, negative WFC comments fell from 270 to 175, a change of -35.3%."
F_RATIO = "Training had a multivariate F of 6.988 on WFC."
TIRED = "At Site C, comments about feeling tired and grouchy numbered 62 after the interventions."
TIRED_A = "At Site C, comments about feeling tired and grouchy numbered 76 after the interventions."

_parsed = cache(real_paper)


probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


@pytest.fixture(scope="module")
def shift():
    return {SHIFT: _parsed(SHIFT)}


_status = status_of


@pytest.mark.xfail(strict=True, reason="left: a share's clause word borrowed from a neighbour")
def test_a_share_word_found_beside_its_sentence_is_left(shift):
    status, why = _status(shift, SHIFT, PRESSER)
    assert status == Status.unverified, why


def test_a_claim_cut_on_a_modifier_is_not_confirmed(shift, monkeypatch):
    status, why = _status(shift, SHIFT, CUT)
    assert status == Status.unverified, why
    # Planted bug: "... in three continuous" read as a whole claim.
    monkeypatch.setattr(guards_cut_ends, "cut_before_noun", lambda text, quote: None)
    status, why = _status(shift, SHIFT, CUT + " ")
    assert status == Status.confirmed, why


def test_a_count_is_not_read_against_cells_of_percentages(monkeypatch):
    # The pairs "270/175" left whole (the reading before `summary_row`): 175 is in no cell.
    monkeypatch.setattr(slash_columns, "summary_row", lambda row: False)
    papers = {SHIFT: real_paper(SHIFT)}
    status, why = _status(papers, SHIFT, COUNT)
    assert status == Status.unverified, why
    # Planted bug: 175 compared with the "Change in %" cells' -35.3% and -100%.
    monkeypatch.setattr(guards_share_kinds, "unmarked_against_shares", lambda claim, check: None)
    status, why = _status(papers, SHIFT, COUNT + " ")
    assert status == Status.contradicted, why


def test_a_table_captioned_in_the_margin_is_read(shift, monkeypatch):
    labels = [table.label for table in shift[SHIFT].tables]
    assert labels == ["Table I", "Table II", "Table III", "Table IV"]
    status, why = _status(shift, SHIFT, F_RATIO)
    assert status == Status.confirmed, why
    # Planted bug: captions looked for in the text block only.
    monkeypatch.setattr(grid_tables, "margin_parts", lambda page, make: [])
    papers = {SHIFT: real_paper(SHIFT)}
    assert not papers[SHIFT].tables
    status, why = _status(papers, SHIFT, F_RATIO + " ")
    assert status == Status.unverified, why


def test_before_after_pairs_are_cut_beside_a_summary_row(shift, monkeypatch):
    status, why = _status(shift, SHIFT, TIRED)
    assert status == Status.confirmed, why
    status, why = _status(shift, SHIFT, TIRED_A)
    assert status == Status.contradicted, why
    # Planted bug: the "Change in %" row keeps the pairs of its columns whole.
    monkeypatch.setattr(slash_columns, "summary_row", lambda row: False)
    papers = {SHIFT: real_paper(SHIFT)}
    status, why = _status(papers, SHIFT, TIRED + " ")
    assert status == Status.unverified, why


def test_advent_symbol_sets_of_statistics_are_read(shift, monkeypatch):
    def texts(paper):
        return " ".join(sentence.text for sentence in paper.sentences)

    read = texts(shift[SHIFT])
    assert "(t(162) = \u22125.714, p < 0.01," in read
    assert "A 3 \u00d7 2 \u00d7 3 multivariate analysis" in read
    # Planted bug: the four sets unread.
    for font in ("AdvMathSymb", "AdvPS7CFD", "AdvPS7DA6", "AdvP4C4E51"):
        monkeypatch.delitem(pdfwords._ADVENT_FONTS, font)
    read = texts(real_paper(SHIFT))
    assert "25:714" in read and "3 \u00a3 2 \u00a3 3" in read
