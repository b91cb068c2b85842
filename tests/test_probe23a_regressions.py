"""Round 23 regressions of my own probes (probe23a) of two papers new to the project.

The first: Agarwal, Negahban and Wainwright, Noisy Matrix Decomposition via Convex Relaxation:
Optimal Rates in High Dimensions (ICML 2011, 8 pages, two columns, theory with simulations shown
in plots only), tests/real/papers/agarwal11.pdf. 51 claims were labelled from the page images
before the tool ran on them. The first run decided 22, 2 wrongly (30 right):

- "The analysis imposes incoherence conditions on the singular vectors of the low-rank
  component" (false: page 2, "we do not impose incoherence conditions") was confirmed by page
  5's "however, this past work imposed incoherence requirements on the singular vectors of the
  low-rank component": a clause whose subject is past work is not the paper's statement
  (`verify/past_work.past_work_clause`); the claim is now contradicted by page 2;
- "When the rank is increased by a factor of 3/2, the dimension must be increased by a factor of
  2" (false: "by the same factor") was confirmed by the 3/2 of that sentence and the "2" of the
  next one's "consistent with Corollary 2": the number of a corollary, proposition, remark,
  example, assumption or conjecture is a label, no quantity
  (`extract/quantity_numbers._LABEL_BEFORE`, which held theorems and lemmas already).

The second: Charles, Intercellular Calcium Waves in Glia (GLIA 24:39-49, 1998, Wiley, 11 pages,
two columns, one text table), tests/real/papers/glia98.pdf. 55 claims; the first run decided 12,
1 wrongly (19 right):

- "Rapid glial-neuronal signaling was observed frequently in the primary glial-neuronal
  cultures" (false: "observed frequently in co-cultures of the ... cell line, but infrequently
  (3/20 stimulations ...) in the primary glial-neuronal cultures") was confirmed: a clause
  opened by "but" that prints the negative-prefix form of a word before it ("infrequently" for
  "frequently") turns the sentence like a negation, and a claim whose words sit on both sides
  of that turn is not decided by it (`verify/prefix_turns.prefix_turn`, read by
  `contrast_sides.straddles_contrast`).

Two reading failures of the second paper cost 17 claims (36 right with them read):

- its symbols are set in Linotype's Mathematical Pi with no Unicode map: every "Ca2+" read
  "Ca2\\ufffd", "n = 12" "n\\ufffd12", "± 1.01" "\\ufffd 1.01", "20×" "20\\ufffd"; the font's codes
  49-54 (+, −, ×, ÷, =, ±) and its Greek are now read (`extract/pdfwords._MARK_FONTS`);
- a report types the micro sign as "u" ("5.43 um/s", "5 uM"): a micro sign or mu opening a unit
  is compared as "u" (`verify/micro_sign.ascii_micro`, in `passages.content_terms` and
  `unit_compounds.compound_unit`).

Found while fixing them (pinned below, not part of the first-contact figures):

- "In the mixed glial cultures, 10-20% of cells were microglia labeled for esterase" (false:
  5–10%; 10–20% were oligodendrocytes) was confirmed: the clause "5–10% were microglia" prints
  the claim's 10 and was taken for the claim's own clause; the clause of a claimed range is
  the one printing both its ends (`verify/whole_clauses.whole_numbers_clauses`, in
  `clause_numbers.other_clause`);
- the true "5-10% ... microglia" stayed unverified: its 10% took the start of "10–20%"; a
  claimed range is read against the sentence's range with the same ends
  (`verify/range_ends.paired_range`);
- Agarwal's vector plots left their tick labels and legends in the prose ("Error versus rank 40
  35 30 25 20 15 10", "... recovered 0.11 0.1 ... r = 10 r = 15 0.03 d from the noisy sum"): a
  run of number-only lines is a plot's axis (`extract/plot_ticks.without_plot_text`);
- the last text page sets its conclusions beside the references in small type; the document's
  gutter was judged on the body-size rows alone (all in the left column) and the page read as
  one column, each line a line of prose and a line of a reference: rows of body text all on
  one side of the gutter are judged with the small print too
  (`extract/small_columns.one_sided`, in `gutters.confirm_gutter`).

Now: Agarwal 21 decided, 31 right, 0 wrong; Charles 31 decided, 39 right, 0 wrong. Left unread:
Charles's Table 1 holds words only (reference, preparation, stimulus, conclusion), and the table
checks compare numbers; Agarwal's venue footnote ("Appearing in Proceedings of the 28th ...") is
dropped with the page's footnotes.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from probe_verdicts import probe_set_tests, real_paper, status_of

from verify_claims.claims import Status
from verify_claims.extract import gutters, math_pi_glyphs, pdfwords, quantity_numbers
from verify_claims.extract import paper as paper_module
from verify_claims.extract.plot_ticks import plot_lines
from verify_claims.extract.quantities import parse_quantities
from verify_claims.verify import (
    clause_numbers,
    contrast_sides,
    passages,
    sentence_reading,
    side_memo,
    unit_compounds,
)
from verify_claims.verify.memo import Memo
from verify_claims.verify.micro_sign import ascii_micro
from verify_claims.verify.past_work import past_work_clause
from verify_claims.verify.prefix_turns import prefix_turn

AGARWAL = "agarwal11"
GLIA = "glia98"
PAPERS = Path(__file__).resolve().parent / "real" / "papers"

# Each claim with the status its page says (labelled before the tool ran).
AGARWAL_PROBES = [
    ('The paper appeared in the Proceedings of the 28th International Conference on '
     'Machine Learning, held in Bellevue, WA, USA, in 2011.',
     'confirmed'),
    ('The authors are affiliated with the University of California, Berkeley.', 'confirmed'),
    ('The error bounds the authors derive for stochastic noise matrices are minimax optimal.',
     'confirmed'),
    ('The authors confirm the sharpness of their theoretical predictions in numerical '
     'simulations.',
     'confirmed'),
    ('Unlike past work, the analysis does not impose incoherence conditions on the '
     'singular vectors of the low-rank component.',
     'confirmed'),
    ('Hsu et al. (2010) also analyze the noisy case with elementwise sparsity.', 'confirmed'),
    ('Xu et al. (2010) proposed and analyzed a column-sparse model.', 'confirmed'),
    ('Chandrasekaran et al. (2009) studied the case where the second matrix is sparse,'
     ' with a relatively small number of non-zero entries.',
     'confirmed'),
    ('Candes et al. (2009) studied a random sparsity model in which the non-zero '
     'positions are chosen uniformly at random.',
     'confirmed'),
    ('The paper presents numerical simulations in Section 5.', 'confirmed'),
    ('Theorem 2 holds for all alpha at least 8 times the square root of log(d1 d2).', 'confirmed'),
    ('In the experiments on elementwise sparsity, the dimension was set to d = 100 and'
     ' the sparsity level to s = 2171.',
     'confirmed'),
    ('In the experiments, the noise matrix W was generated with i.i.d. N(0, 1/d) entries.',
     'confirmed'),
    ('Figure 1 shows that the squared Frobenius error grows linearly with the rank '
     'parameter gamma.',
     'confirmed'),
    ('For dimension d = 100 and rank r = 10, Figure 2 shows the squared Frobenius '
     'error as the sparsity parameter beta is varied.',
     'confirmed'),
    ('For the column-sparse experiments, the matrix Gamma* was generated with s = 3r '
     'non-zero columns.',
     'confirmed'),
    ('Figure 3 contains two curves, one with rank r = 10 and one with rank r = 15.', 'confirmed'),
    ('In the column-sparse simulations, the error decreases as the dimension d increases.',
     'confirmed'),
    ('When the rank is increased by a factor of 3/2, the dimension must be increased '
     'by the same factor to achieve the same error.',
     'confirmed'),
    ('The squared inverse error increases linearly in the dimension d.', 'confirmed'),
    ('Theorem 1 holds for any regularizer that is decomposable with respect to some '
     'subspace pair.',
     'confirmed'),
    ('Full proofs of the main theorem are found in the full-length version of the paper.',
     'confirmed'),
    ('Without imposing incoherence conditions, exact recovery is impossible.', 'confirmed'),
    ('Up to constant factors, Corollaries 1 and 2 cannot be improved upon by any estimator.',
     'confirmed'),
    ('A key feature of the results is the weakening of the incoherence assumption made'
     ' in most of the existing literature.',
     'confirmed'),
    ('In Figure 2 the authors fix d = 100 and r = 10.', 'confirmed'),
    ('The paper appeared in the Proceedings of the 27th International Conference on '
     'Machine Learning.',
     'contradicted'),
    ('In the experiments on elementwise sparsity, the sparsity level was set to s = 2117.',
     'contradicted'),
    ('In the experiments on elementwise sparsity, the dimension was set to d = 200.',
     'contradicted'),
    ('Figure 1 shows that the squared Frobenius error decreases as the rank parameter '
     'gamma grows.',
     'contradicted'),
    ('In the column-sparse simulations, the error increases as the dimension d increases.',
     'contradicted'),
    ('For the column-sparse experiments, the matrix Gamma* was generated with s = 2r '
     'non-zero columns.',
     'contradicted'),
    ('The analysis imposes incoherence conditions on the singular vectors of the low-'
     'rank component.',
     'contradicted'),
    ('The error bounds for stochastic noise matrices are not minimax optimal.', 'contradicted'),
    ('Theorem 2 holds for all alpha at least 4 times the square root of log(d1 d2).',
     'contradicted'),
    ('When the rank is increased by a factor of 3/2, the dimension must be increased '
     'by a factor of 2 to achieve the same error.',
     'contradicted'),
    ('The squared inverse error decreases linearly in the dimension d.', 'contradicted'),
    ('In Figure 2 the authors fix d = 100 and r = 15.', 'contradicted'),
    ('Figure 3 contains three curves, for ranks r = 10, 15 and 20.', 'contradicted'),
    ('The proposed estimator runs in under 10 seconds for d = 100 on a standard laptop.',
     'unverified'),
    ('The authors compare their estimator against Principal Component Pursuit and find'
     ' it 20% more accurate.',
     'unverified'),
    ('The experiments were repeated over 50 random trials for each setting.', 'unverified'),
    ('For d = 300 and rank r = 10, the squared Frobenius error falls below 2.5.', 'unverified'),
    ('The method was applied to video background subtraction on 200 frames.', 'unverified'),
    ('The convex program was solved with an accelerated proximal gradient method.', 'unverified'),
    ('The authors show that the elementwise l1-norm regularizer outperforms the '
     'columnwise (1,2)-norm on real data.',
     'unverified'),
    ('Hsu et al. (2010) require the rank to scale as d1 d2 and their scaling is '
     'minimax-optimal.',
     'contradicted'),
    ('The constant c0 in Theorem 2 equals 0.5.', 'unverified'),
    ('The simulations used a sparsity level of s = 2171 for the column-sparse model.',
     'contradicted'),
    ('The error rates of the estimator are shown to be minimax optimal for', 'unverified'),
    ('In the noiseless setting, the approximate recovery guarantee (17) can be '
     'improved by a factor of',
     'unverified'),
]

GLIA_PROBES = [
    ('Primary mixed glial cell cultures were prepared from the forebrain of 1 day '
     'postnatal rats.',
     'confirmed'),
    ('Cells were grown for 7-14 days prior to experimentation.', 'confirmed'),
    ('Immunolabeling revealed that 40-60% of cells in the mixed cultures were '
     'astrocytes labeled for GFAP.',
     'confirmed'),
    ('In the mixed glial cultures, 5-10% of cells were microglia labeled for esterase.',
     'confirmed'),
    ('The glial-neuronal cultures were initially composed of 50-75% neurons and 25-50%'
     ' glial cells.',
     'confirmed'),
    ('Cells on glass coverslips were loaded with fura2 by incubation in 5 uM fura2-AM '
     'for 40 min.',
     'confirmed'),
    ('Fluorescence was recorded at 510 nm through a 20x or 40x objective.', 'confirmed'),
    ('There is a delay of 0.5-1 s between arrival of the wave at the border of one '
     'cell and the initiation of the wave in the adjacent cell.',
     'confirmed'),
    ('Rapid perfusion of the extracellular medium alters the temporal and spatial '
     'characteristics of mechanically induced Ca2+ waves.',
     'confirmed'),
    ('The average number of cells in each direction of the concentric component of the'
     ' wave was 2.57 (n=12 experiments on six different cultures).',
     'confirmed'),
    ('The average maximum velocity across cell-free areas was 5.43 um/s.', 'confirmed'),
    ('Where cells were in contact, the maximum velocity was 11.25 um/sec.', 'confirmed'),
    ('The intercellular wave traveled to a maximal distance of 250 um through areas of'
     ' contacting cells.',
     'confirmed'),
    ('Across a cell free area, the wave traveled a maximum distance of 150 um.', 'confirmed'),
    ('A mechanically-induced Ca2+ wave travels significantly faster and farther in '
     'areas of cell contact than in cell-free areas.',
     'confirmed'),
    ('Rapid glial-neuronal signaling was observed only infrequently (3/20 stimulations'
     ' in five different cultures) in the primary glial-neuronal cultures.',
     'confirmed'),
    ('Oscillatory changes in individual cells induced by mechanical stimulation can '
     'continue for as long as 5 min.',
     'confirmed'),
    ('Intercellular Ca2+ waves in glial cells were first reported by Cornell Bell et '
     'al. (1990).',
     'confirmed'),
    ('Both glutamate-induced and mechanically-stimulated waves propagate at a velocity'
     ' of 10-20 um/sec.',
     'confirmed'),
    ('Mechanically induced Ca2+ waves do not require extracellular Ca2+.', 'confirmed'),
    ('Hassinger et al. (1996) report that waves induced by electrical stimulation '
     'crossed cell-free lanes in 16 of 35 cases when the lanes were less than 120 um '
     'wide.',
     'confirmed'),
    ('Suramin inhibits the extent of intercellular communication of mechanically-'
     'induced glial Ca2+ waves at concentrations of 50-100 uM.',
     'confirmed'),
    ('Newman and Zahs (1997) reported depolarizations as great as 37 mV in distant astrocytes.',
     'confirmed'),
    ('Spreading depression propagates at rates of 20-60 um/sec.', 'confirmed'),
    ('In Table 1, Takeda et al., 1995 studied oligodendrocytes with mechanical stimulation.',
     'confirmed'),
    ('According to Table 1, Dani et al., 1992 used hippocampal slice cultures with '
     'electrical and NMDA stimuli.',
     'confirmed'),
    ('Table 1 lists Newman and Zahs, 1997 as working on acutely isolated retina.', 'confirmed'),
    ('Glial signaling initiated at sites of contact with neurons is not blocked by TTX.',
     'confirmed'),
    ('The work was supported by NIH grants R29 NS32283 and P01 NS02808.', 'confirmed'),
    ('Immunolabeling revealed that 10-20% of cells in the mixed cultures were '
     'astrocytes labeled for GFAP.',
     'contradicted'),
    ('Cells were loaded with fura2 by incubation in 5 uM fura2-AM for 30 min.', 'contradicted'),
    ('The average maximum velocity across cell-free areas was 5.34 um/s.', 'contradicted'),
    ('Where cells were in contact, the maximum velocity was 12.25 um/sec.', 'contradicted'),
    ('The intercellular wave traveled to a maximal distance of 150 um through areas of'
     ' contacting cells.',
     'contradicted'),
    ('A mechanically-induced Ca2+ wave travels more slowly in areas of cell contact '
     'than in cell-free areas.',
     'contradicted'),
    ('Rapid glial-neuronal signaling was observed frequently in the primary glial-'
     'neuronal cultures.',
     'contradicted'),
    ('The average number of cells in each direction of the concentric component of the'
     ' wave was 2.57 (n=21 experiments).',
     'contradicted'),
    ('Mechanically induced Ca2+ waves require extracellular Ca2+.', 'contradicted'),
    ('Both glutamate-induced and mechanically-stimulated waves propagate at a velocity'
     ' of 20-40 um/sec.',
     'contradicted'),
    ('Hassinger et al. (1996) report that waves crossed cell-free lanes in 16 of 53 cases.',
     'contradicted'),
    ('Spreading depression propagates at rates of 2-6 um/sec.', 'contradicted'),
    ('Newman and Zahs (1997) reported depolarizations as great as 73 mV in distant astrocytes.',
     'contradicted'),
    ('In Table 1, Takeda et al., 1995 studied hippocampal astrocytes.', 'contradicted'),
    ('Glial signaling initiated at sites of contact with neurons is blocked by TTX.',
     'contradicted'),
    ('Mechanically induced Ca2+ waves were recorded in 45 different cultures.', 'unverified'),
    ('The average maximum velocity across cell-free areas was 5.43 um/s in cultures '
     'treated with thapsigargin.',
     'unverified'),
    ('Suramin completely abolished mechanically-induced glial Ca2+ waves at 10 uM.', 'unverified'),
    ('Glial Ca2+ waves were visualized in the intact human brain using two-photon imaging.',
     'unverified'),
    ('The author found that octanol blocked mechanically induced waves in 80% of experiments.',
     'unverified'),
    ('Glial Ca2+ waves are an artifact of cell culture.', 'contradicted'),
    ('Fluorescence images were acquired at 30 frames per second.', 'unverified'),
    ('According to Venance et al. (1995), the ATP-degrading enzyme apyrase abolishes '
     'the intercellular communication of waves.',
     'contradicted'),
    ('The wave then traveled to at least 8-10 cells further in the direction of', 'unverified'),
    ('Cells were loaded with fura2 by incubation in 5 uM fura2-AM for', 'unverified'),
    ('In Table 1, Lee et al., 1995 studied human astrocytes stimulated with ATP.', 'contradicted'),
]

PROBE_SETS = {AGARWAL: (AGARWAL_PROBES, 31), GLIA: (GLIA_PROBES, 39)}

INCOHERENCE = ("The analysis imposes incoherence conditions on the singular vectors of the "
               "low-rank component.")
FACTOR_2 = ("When the rank is increased by a factor of 3/2, the dimension must be increased "
            "by a factor of 2 to achieve the same error.")
FREQUENTLY = ("Rapid glial-neuronal signaling was observed frequently in the primary "
              "glial-neuronal cultures.")
NO_EXTRACELLULAR = "Mechanically induced Ca2+ waves require extracellular Ca2+."
VELOCITY = "The average maximum velocity across cell-free areas was 5.43 um/s."
GRANTS = "The work was supported by NIH grants R29 NS32283 and P01 NS02808."
MICROGLIA = "In the mixed glial cultures, {} of cells were microglia labeled for esterase."


_parsed = cache(real_paper)


probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


@pytest.fixture(scope="module")
def agarwal():
    return {AGARWAL: _parsed(AGARWAL)}


@pytest.fixture(scope="module")
def glia():
    return {GLIA: _parsed(GLIA)}


_status = status_of


def test_a_clause_about_past_work_is_not_the_papers(agarwal, monkeypatch):
    status, why = _status(agarwal, AGARWAL, INCOHERENCE)
    assert status == Status.contradicted, why
    assert "do not impose" in why
    # Planted bug: past work's clause is read as the paper's own statement.
    monkeypatch.setattr(sentence_reading, "past_work_clause", lambda claim, sentence: False)
    status, why = _status(agarwal, AGARWAL, INCOHERENCE + " ")
    assert status == Status.confirmed, why


@pytest.mark.parametrize(("claim", "sentence", "held"), [
    (INCOHERENCE, "This guarantee is weaker; however, this past work imposed incoherence "
     "requirements on the singular vectors of the low-rank component.", True),
    ("Previous studies used 40 min of incubation.", "Previous studies used 40 min.", False),
    ("The method imposes incoherence conditions.", "Unlike previous work, we impose "
     "incoherence conditions.", False),
    ("The method imposes incoherence conditions.", "Prior work uses other conditions, "
     "and we impose incoherence conditions.", False),
])
def test_past_work_clause(claim, sentence, held):
    assert past_work_clause(claim, sentence) is held


def test_a_corollary_number_is_no_quantity(monkeypatch):
    assert parse_quantities("consistent with Corollary 2.") == []
    assert parse_quantities("as in Proposition 3 and Remark 1.") == []
    assert [q.value for q in parse_quantities("a factor of 2 in Example 4")] == [2.0]
    # Planted bug: the labels of the theorems' kin read as numbers again, and the paper's
    # "Corollary 2" lends the claim its "factor of 2".
    monkeypatch.setattr(quantity_numbers, "_LABEL_BEFORE", re.compile(
        r"(?:\b(?:tables?|figures?|sections?|theorems?|lemmas?)\.?\s*)$", re.I))
    assert [q.value for q in parse_quantities("consistent with Corollary 2.")] == [2.0]
    papers = {AGARWAL: real_paper(AGARWAL)}
    status, why = _status(papers, AGARWAL, FACTOR_2 + " ")
    assert status == Status.confirmed, why


def test_a_prefix_negation_after_but_turns_the_sentence(glia, monkeypatch):
    status, why = _status(glia, GLIA, FREQUENTLY)
    assert status == Status.unverified, why
    # Planted bug: only negation words turn a sentence; "but infrequently" does not.
    monkeypatch.setattr(contrast_sides, "prefix_turn", lambda text: None)
    status, why = _status(glia, GLIA, FREQUENTLY + " ")
    assert status == Status.confirmed, why


@pytest.mark.parametrize(("text", "turns"), [
    ("It is observed frequently in A, but infrequently in B.", True),
    ("The model is unstable on A, while stable on B.", True),
    ("X is significant in A, whereas insignificant in B.", True),
    ("It is observed frequently in A, but rarely in B.", False),  # a negation word's business
    ("We inform the reader, but the form is long.", False),  # "inform" keeps too short a stem
    ("It is frequent in A and infrequent in B.", False),  # no contrast word
])
def test_prefix_turn(text, turns):
    assert (prefix_turn(text) is not None) is turns


def test_mathematical_pi_glyphs_are_read(glia, monkeypatch):
    font = "OICLJA+MathematicalPi-One"
    assert [pdfwords.glyph_text(f"(cid:{code})", font) for code in (49, 53, 54, 51)] \
        == ["+", "=", "\u00b1", "\u00d7"]
    assert pdfwords.glyph_text("(cid:49)", "OICPHI+MathematicalPi-Four") == "+"
    status, why = _status(glia, GLIA, NO_EXTRACELLULAR)
    assert status == Status.contradicted, why
    # Planted bug: Mathematical Pi's glyphs unmapped, "Ca2+" reads "Ca2\ufffd" again (by
    # code, and since round 35 by glyph name too: extract/math_pi_glyphs.MATH_PI_SIGNS).
    monkeypatch.setattr(pdfwords, "_MARK_FONTS", pdfwords._MARK_FONTS[:2])
    from pdfminer import glyphlist

    for name in math_pi_glyphs.MATH_PI_SIGNS:
        monkeypatch.delitem(glyphlist.glyphname2unicode, name, raising=False)
    monkeypatch.setattr(pdfwords, "teach_pdfminer", lambda: None)
    papers = {GLIA: real_paper(GLIA)}
    assert any("Ca2\ufffd" in sentence.text for sentence in papers[GLIA].sentences)
    status, why = _status(papers, GLIA, NO_EXTRACELLULAR + " ")
    assert status == Status.unverified, why


def test_the_micro_sign_is_typed_u(glia, monkeypatch):
    assert ascii_micro("5.43 \u00b5m/s in 5 \u03bcM") == "5.43 um/s in 5 uM"
    assert ascii_micro("\u03bc = 0.5") == "\u03bc = 0.5"
    status, why = _status(glia, GLIA, VELOCITY)
    assert status == Status.confirmed, why
    # Planted bug: "um/s" and "µm/s" are two measures.
    monkeypatch.setattr(passages, "ascii_micro", lambda text: text)
    monkeypatch.setattr(unit_compounds, "ascii_micro", lambda text: text)
    monkeypatch.setattr(side_memo, "_SIDES", Memo(side_memo.SIZE))  # sentences read afresh
    passages._content_terms.cache_clear()
    try:
        papers = {GLIA: real_paper(GLIA)}  # a fresh index
        status, why = _status(papers, GLIA, VELOCITY + " ")
        assert status == Status.unverified, why
    finally:
        passages._content_terms.cache_clear()


def test_a_claimed_range_reads_the_range_with_its_ends(glia, monkeypatch):
    status, why = _status(glia, GLIA, MICROGLIA.format("5-10%"))
    assert status == Status.confirmed, why
    # Planted bug: each end takes the first number it agrees with, "10%" the start of "10–20%".
    monkeypatch.setattr(sentence_reading, "paired_range", lambda *args: None)
    status, why = _status(glia, GLIA, MICROGLIA.format("5-10%") + " ")
    assert status == Status.unverified, why


def test_a_clause_sharing_one_end_is_not_the_claims(glia, monkeypatch):
    status, why = _status(glia, GLIA, MICROGLIA.format("10-20%"))
    assert status == Status.unverified, why
    # Planted bug: every clause printing one claimed number is the claim's own.
    monkeypatch.setattr(clause_numbers, "whole_numbers_clauses",
                        lambda text, claimed, clauses, own, numbers:
                        (own, lambda clause: not numbers(clause) & claimed))
    # probe25b's gapped clauses ("10–20% were oligodendrocytes" says "oligodendrocytes" where
    # the claim says "microglia") withhold it too: off as well.
    monkeypatch.setattr(sentence_reading, "other_slot", lambda *args: None)
    status, why = _status(glia, GLIA, MICROGLIA.format("10-20%") + " ")
    assert status == Status.confirmed, why


@pytest.mark.parametrize(("lines", "plot"), [
    (["prose ends.", "Error versus rank", "40", "35", "30", "10 20 30", "Rank", "More prose"],
     {2, 3, 4, 5, 6}),
    (["0.11", "0.1", "r = 10", "0.03", "100 200 300", "d", "from the noisy sum."],
     {0, 1, 2, 3, 4, 5}),
    (["We ran 3 seeds:", "12", "15 prose continues here."], set()),
    (["Results were 10 20 30 in order"], set()),
    (["100 200 300"], {0}),  # an x axis alone
    (["2.5 3.1 7.4"], set()),  # uneven steps: no axis
    (["40", "35", "30", "References"], {0, 1, 2}),  # a heading is no axis title
])
def test_plot_lines(lines, plot):
    assert plot_lines([(1, line) for line in lines]) == plot


def test_a_plots_ticks_are_no_prose(monkeypatch):
    texts = [sentence.text for sentence in _parsed(AGARWAL).sentences]
    assert not any("40 35 30" in text or "0.11 0.1" in text for text in texts)
    assert any(text.endswith("can be recovered from the noisy sum.") for text in texts)
    # Planted bug: the plot's lines are read as prose again.
    monkeypatch.setattr(paper_module, "without_plot_text", lambda lines: lines)
    texts = [sentence.text for sentence in
             real_paper(AGARWAL).sentences]
    assert any("40 35 30 25 20 15 10" in text for text in texts)


def test_small_print_beside_the_body_text_is_a_column(glia, monkeypatch):
    assert "CONCLUSIONS" in [section.title for section in glia[GLIA].sections]
    status, why = _status(glia, GLIA, GRANTS)
    assert status == Status.confirmed, why
    # Planted bug: the gutter judged on body-size rows alone; page 10 reads as one column.
    monkeypatch.setattr(gutters, "one_sided", lambda rows, gutter, left_of, right_of: False)
    # probe32a's search with the small words counted finds page 10's gutter too: off as well.
    searched = gutters._gutter
    monkeypatch.setattr(gutters, "_gutter", lambda page, size, every, small_too=False:
                        None if small_too else searched(page, size, every))
    papers = {GLIA: real_paper(GLIA)}
    assert any("16:196" in sentence.text for sentence in papers[GLIA].sentences)
    assert "CONCLUSIONS" not in [section.title for section in papers[GLIA].sections]
    status, why = _status(papers, GLIA, GRANTS + " ")
    assert status == Status.unverified, why
