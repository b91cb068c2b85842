"""Round 27 regressions, pinned on the real page.

Shen et al., RNA 2013 (RNA structural motif search, tests/real/papers/rna_motif_bioinf.pdf),
two wrong confirmations probe26a found and left:

- "The threshold of RNAMotifScan (false positive rate) was set to zero" (false: "the threshold
  (false positive rate) was set to one", page 4) was confirmed at match score 0.86. A spelled
  value without a unit is no quantity, so no number check read it, and the claim ends on it, so
  the swapped-span rule had no right context. A spelled value a copy puts in place of the
  paper's, at the claim's end or before copied words, now decides nothing
  (`guards_swapped_words._spelled_values_swapped`).
- "The nucleotide at the start position of the 5'-side is always a cytosine" (false: "the
  nucleotide at the start position of the 5'-side is always an adenine and at the end position
  it is always a cytosine", page 5) was confirmed through the "5" of "5'-side". A digit before a
  prime and a strand word is a position on the strand, no amount
  (`extract/quantity_numbers._LOCANT_AFTER`). Read without that number, the claim still printed
  every word of the sentence in order: it splices the first clause's subject with the second
  clause's value. Such a splice now decides nothing (`guards_spliced_clauses`).

Zeng, Van Orden and Roberts, Heavy Mesons In A Relativistic Model (CEBAF-TH-94-08,
hep-ph/9412269; tests/real/papers/heavy_mesons_hep94.pdf, from CERMINE's test fixtures): a TeX
paper of 1994 printed two pages to a landscape sheet, every glyph in a dvips bitmap (Type 3)
font. 50 claims labelled from the page images; first contact: 1 decided (right), 0 wrong, because
pdfminer read every glyph as turned and a fraction of a point high: 14 sentences and no table
from 18 sheets. Read as upright with sizes from their advances (`extract/type3_fonts.py`):
310 sentences and 5 tables. That reading showed a wrong contradiction ("approximately 0.9 GeV"
against "0:9 GeV", the math font's period at the colon's code: `type3_fonts.tex_codes`, which
also reads the text font's ligatures, "e(cid:11)ective") and a wrong confirmation ("Annihilation
effects were included in the model", its verb lent by an unshown neighbour sentence, "One may
also include an annihilation term": `guards_unquoted_verbs`). Now 9 right, 5 decided, 0 wrong.
Left: the tables' row labels are math symbols (Greek letters, "D*") that the font maps to no
text, so their cells are never tied to a claim's "chi_c1" or "D meson".

Wang, Shen and Duan, Quantum Computation under Micromotion in a Planar Ion Crystal (Sci. Rep.
5:8555, 2015; tests/real/papers/ion_crystal_srep15.pdf, from PyMuPDF's test fixtures): 50
claims labelled from the page images; first contact: 7 decided, 9 right, 1 wrong. Its formulas
are set in Advent symbol fonts that put "=", "+", "\u2212", "\u00d7", "\u2248", "<", ">", Greek
letters and the micro sign at ASCII codes: "N 5 127" was read as the spaced number "5 127"
and "\u22121.1 V" as "21.1 V". With those fonts' sets read (`pdfwords._ADVENT_FONTS`): 26 decided,
3 wrong, each fixed by a general rule: a clause that names the claim's symbol beside the
claim's number is the claim's ("DC and AC potential U0 = \u22121.1 V, V0 = 90 V":
`clause_values._tokens`); a claim that ends on a word of its own where the copied sentence
ends on another ("... makes the individual addressing of qubits easy", the paper's "very
demanding": `guards_swapped_words._ends_swapped`); a number the paper defines the claim's whole
subject by ("n\u0304z \u2248 5 is the mean phonon number in the transverse direction") sets aside
a sentence that gives the claim's 50 without its "transverse direction"
(`guards_fuller_subjects._defines_subject`). Now 23 decided, 26 right, 0 wrong.

Noreland et al., The Logical Clarinet (Acta Acustica united with Acustica 99, 2013; its first
three pages; tests/real/papers/clarinet_acustica13.pdf, from PyMuPDF's test fixtures): 40
claims, first contact 20 decided, 21 right, 2 wrong. "The Boehm system was introduced by Klosé
in the middle of the 18th century" was confirmed at 0.80 by the sentence's "19th" (its raised
"th" lost, "19 century"): no number check reads an ordinal, so an ordinal a copy puts in place
of the paper's is now a swapped value (`guards_swapped_words._value_word`). "The series
impedances Za/2 are purely resistive" was confirmed through the "2" of "Za/2" (a symbol
divided is a formula, no amount: `quantity_numbers._not_an_amount`), and then at 1.00 by "...
are purely inertial, but the total shunt impedance Zst also has a resistive part": a claim that
ends on the second clause's words after the first clause's subject is a splice
(`guards_spliced_clauses`, without a repeated frame). Now 18 decided, 21 right, 0 wrong.
"""

from __future__ import annotations

import re
from functools import cache

import hypothesis.strategies as st
from conftest import clear_package_caches
from hypothesis import given
from probe_verdicts import probe_set_tests, real_paper, status_of

from verify_claims.claims import Status
from verify_claims.extract import pdfwords, quantity_numbers, type3_fonts
from verify_claims.extract.quantities import parse_quantities
from verify_claims.verify import (
    clause_values,
    guard_chain,
    guards_fuller_subjects,
    guards_swapped_words,
    guards_unquoted_verbs,
)
from verify_claims.verify.guards_spliced_clauses import spliced_gap

RNA = "rna_motif_bioinf"
ZERO = "The threshold of RNAMotifScan (false positive rate) was set to zero"
ONE = "The threshold of RNAMotifScan (false positive rate) was set to one"
CYTOSINE = "The nucleotide at the start position of the 5'-side is always a cytosine"
ADENINE = "The nucleotide at the start position of the 5'-side is always an adenine"
END = "The nucleotide at the end position is always a cytosine"

HEAVY = "heavy_mesons_hep94"
HEAVY_PROBES = [
    ('The limiting value of the strong coupling, alpha_crit, is fitted to 0.674.', 'confirmed'),
    ('The fitted string tension b is 0.180 GeV^2.', 'confirmed'),
    ('The fitted string tension b is 0.810 GeV^2.', 'contradicted'),
    ('The charm quark mass in the model is 1.53 GeV.', 'confirmed'),
    ('The bottom quark mass in the model is 4.78 GeV.', 'contradicted'),
    ('The strange quark mass in the model is 0.400 GeV.', 'confirmed'),
    ('The up quark mass in the model is 0.285 GeV.', 'contradicted'),
    ('The model predicts a D meson mass of 1.85 GeV, against an experimental 1.87 GeV.',
     'confirmed'),
    ('The theoretical Ds mass is 1.97 GeV.', 'contradicted'),
    ('The experimental Ds mass is 1.97 GeV.', 'confirmed'),
    ("The model's B* mass is 5.33 GeV, the same as experiment.", 'confirmed'),
    ("The model's Bs mass of 5.37 GeV is 0.01 GeV below experiment.", 'confirmed'),
    ('The theoretical D1 mass is 2.42 GeV.', 'contradicted'),
    ('The model gives the J/psi(2S) a mass of 3.73 GeV.', 'confirmed'),
    ('The model overestimates the J/psi(2S) mass by 0.04 GeV.', 'confirmed'),
    ('The measured eta_c mass is 2.98 GeV.', 'confirmed'),
    ('The theoretical Upsilon(3S) mass is 10.36 GeV.', 'contradicted'),
    ('The Upsilon(1S) mass of 9.46 GeV is reproduced exactly by the model.', 'confirmed'),
    ('The theoretical chi_c2 mass is 3.54 GeV.', 'confirmed'),
    ('The theoretical chi_c1 mass is 3.51 GeV.', 'contradicted'),
    ('Experimental values are quoted to the nearest 10 MeV.', 'confirmed'),
    ('Experimental values are quoted to the nearest 1 MeV.', 'contradicted'),
    ('The root mean square momentum of the zeroth-order wave function is approximately 0.9 GeV.',
     'confirmed'),
    ('The root mean square momentum of the zeroth-order wave function is approximately 0.6 GeV.',
     'contradicted'),
    ('Both u and s quarks are very relativistic.', 'confirmed'),
    ('Both u and s quarks are essentially nonrelativistic in this model.', 'contradicted'),
    ('The model gives Lambda-bar = 0.45 GeV for the ground state pseudoscalar/vector doublet.',
     'confirmed'),
    ('The model gives lambda_1 = 0.67 GeV^2.', 'confirmed'),
    ('The model gives lambda_1 = 0.76 GeV^2.', 'contradicted'),
    ('The h_c(1P) state has a mass of 3.526 GeV.', 'confirmed'),
    ('The eta_c(2S) state has a mass of 3.590 GeV.', 'confirmed'),
    ('The eta_c(2S) state has a mass of 3.509 GeV.', 'contradicted'),
    ('The agreement for the charmonium spectrum is better than for the bottomonium spectrum.',
     'contradicted'),
    ('The hyperfine splitting of the spin triplet states is too small.', 'contradicted'),
    ('The scalar and vector retardation contributions are of opposite sign and tend to cancel.',
     'confirmed'),
    ('The scalar and vector retardation contributions have the same sign and add up.',
     'contradicted'),
    ('The treatment is expected to work better for b-flavored mesons than for c-flavored mesons.',
     'confirmed'),
    ('Annihilation effects were included in the model.', 'contradicted'),
    ('In Table V, the 1^1S0 state has W = 9.41 GeV.', 'confirmed'),
    ('The hyperfine energy of the 1^3S1 state is 0.0122 GeV.', 'confirmed'),
    ('The zeroth-order energy W(0) of the 2S states is 10.0892 GeV.', 'confirmed'),
    ('The 6^3S1 state has a mass of 11.15 GeV.', 'confirmed'),
    ('The 3^3S1 state has a mass of 10.37 GeV.', 'contradicted'),
    ('The model predicts a B meson decay constant of 180 MeV.', 'unverified'),
    ('The authors computed the slope of the Isgur-Wise function as 0.9.', 'unverified'),
    ('The work was supported under contract DE-FG05-94ER40832.', 'confirmed'),
    ('The bottomonium spectrum is in good agreement with the data for states below the BB '
     'threshold.', 'confirmed'),
    ('The theoretical chi_b1(2P) mass is 10.26 GeV.', 'confirmed'),
    ('A lattice calculation gives alpha_crit = 0.674.', 'unverified'),
    ('The model reproduces the charm quark mass of 1.53 GeV measured at LEP.', 'unverified'),
]
ION = "ion_crystal_srep15"
ION_PROBES = [
    ('The simulation starts with N = 127 ions forming equilateral triangles.', 'confirmed'),
    ('The simulation starts with N = 217 ions forming equilateral triangles.', 'contradicted'),
    ('The average nearest neighbor distance is 8.0 µm.', 'confirmed'),
    ('The minimum nearest neighbor distance is 6.9 µm.', 'confirmed'),
    ('The maximum nearest neighbor distance is 12 µm.', 'contradicted'),
    ('The DC potential U0 is -1.1 V.', 'confirmed'),
    ('The AC potential V0 is 90 V.', 'confirmed'),
    ('The AC potential V0 is 60 V.', 'contradicted'),
    ('The AC rf frequency is 50 MHz.', 'confirmed'),
    ('The characteristic electrode size d0 is 200 µm.', 'confirmed'),
    ('The anisotropy parameter gamma is 0.1.', 'contradicted'),
    ('The secular trap frequency along z is about 2.21 MHz.', 'confirmed'),
    ('The secular trap frequency along x is about 0.22 MHz.', 'contradicted'),
    ('The ion distance is kept between 6.5 µm and 10 µm.', 'confirmed'),
    ('The average ion positions differ from the pseudopotential equilibrium positions by an '
     'average of 0.03 µm.',
     'confirmed'),
    ('The furthest ion is around 52 µm from the trap center.', 'confirmed'),
    ('The amplitude of micromotion of the furthest ion is about 1.4 µm.', 'confirmed'),
    ('The amplitude of micromotion of the furthest ion is about 4.1 µm.', 'contradicted'),
    ('Micromotion causes an average reduction of around 0.4 kHz in each transverse mode frequency.',
     'confirmed'),
    ('Micromotion causes an average increase of around 0.4 kHz in each transverse mode frequency.',
     'contradicted'),
    ('The wave vector difference of the addressing beams is 8 µm^-1.', 'confirmed'),
    ('The laser beams have a beam waist of 3 µm.', 'confirmed'),
    ('The Lamb-Dicke parameter is about 0.029.', 'confirmed'),
    ('The Lamb-Dicke parameter is about 0.29.', 'contradicted'),
    ('The gate pulse uses 13 segments.', 'confirmed'),
    ('The gate pulse uses 31 segments.', 'contradicted'),
    ('The total gate time is about 23 µs.', 'confirmed'),
    ('With corrected pulse sequences, a fidelity above 99.99% can be attained.', 'confirmed'),
    ('With corrected pulse sequences, the fidelity stays below 99%.', 'contradicted'),
    ('For the edge pair, the fidelity is lower than 85% at any detuning when the static-trap '
     'solution is applied.',
     'confirmed'),
    ('All transverse phonon modes are distributed between 0.85 omega_z and omega_z.', 'confirmed'),
    ('The cross-talk error probability due to beam spillover is below 2 × 10^-5.', 'confirmed'),
    ('The mean phonon number in the x-y plane is about 50.', 'confirmed'),
    ('The mean phonon number in the transverse direction is about 50.', 'contradicted'),
    ('The fluctuation in positions from thermal motion is about 0.23 µm.', 'confirmed'),
    ('At temperatures below 10 mK, rf heating is negligible.', 'confirmed'),
    ('Fast rotation of the ion crystal in the Penning trap makes individual addressing of '
     'qubits easy.',
     'contradicted'),
    ('Micromotion is an insurmountable obstacle to high-fidelity gates in a planar crystal.',
     'contradicted'),
    ('The in-plane micromotion influences the gate design through three separate ways.',
     'confirmed'),
    ('The in-plane micromotion influences the gate design through four separate ways.',
     'contradicted'),
    ('The scheme was demonstrated experimentally with 127 ytterbium ions.', 'unverified'),
    ('The planar trap reaches a gate fidelity of 99.99% with 500 ions.', 'unverified'),
    ('The paper was received on 3 November 2014.', 'confirmed'),
    ('Thermal motion causes the effective Rabi frequency to fluctuate.', 'confirmed'),
    ('Significant transverse micromotion is excited in the planar crystal.', 'contradicted'),
    ('The infidelity caused by higher-order expansion in the Lamb-Dicke parameter is about 2 '
     '× 10^-4.',
     'confirmed'),
    ('Neglecting terms of order q^3 incurs an error of about 10^-2.', 'contradicted'),
    ('Penning traps achieve a 99.99% fidelity with 127 ions.', 'unverified'),
    ('Generic ion traps could confine up to millions of ions with a 2D or 3D structure.',
     'confirmed'),
    ('Generic ion traps could confine at most a few hundred ions.', 'contradicted'),
]
CLARINET = "clarinet_acustica13"
CLARINET_PROBES = [
    ('With a dedicated register hole, the differences can remain less than 10 musical cents '
     'throughout the whole usual range of a clarinet.',
     'confirmed'),
    ('Gradually larger tone holes occur when the distance to the reed increases.', 'confirmed'),
    ('Gradually smaller tone holes occur when the distance to the reed increases.', 'contradicted'),
    ('A fully chromatic prototype instrument was built and tested with an artificial blowing '
     'machine.',
     'confirmed'),
    ('The prototype was tested by professional clarinettists only.', 'unverified'),
    ('The Boehm system was introduced by Klosé in the middle of the 19th century.', 'confirmed'),
    ('The Boehm system was introduced by Klosé in the middle of the 18th century.', 'contradicted'),
    ('For a cylinder of 15 mm diameter, the first higher order mode has a cutoff frequency of '
     '13.5 kHz.',
     'confirmed'),
    ('For a cylinder of 15 mm diameter, the first higher order mode has a cutoff frequency of '
     '31.5 kHz.',
     'contradicted'),
    ('The target lattice cutoff frequency is 1.420 kHz.', 'confirmed'),
    ('The target lattice cutoff frequency is 1.240 kHz.', 'contradicted'),
    ('The vent-hole parameter b is 4.0 mm.', 'confirmed'),
    ('The spacing d of the vent-holes is 18.2 mm.', 'confirmed'),
    ('The spacing d of the vent-holes is 12.8 mm.', 'contradicted'),
    ('The main bore diameter 2a is 14.75 mm.', 'confirmed'),
    ("The extension's A is 14.75 mm.", 'contradicted'),
    ('Five different clarinets are obtained and their properties are compared.', 'confirmed'),
    ('Seven different clarinets are obtained and their properties are compared.', 'contradicted'),
    ('Exterior hole interaction is taken into account.', 'contradicted'),
    ('The instrument is modeled with a two-dimensional transmission line model.', 'contradicted'),
    ('The model takes visco-thermal losses into account throughout the main bore and in the '
     'tone holes.',
     'confirmed'),
    ('The study covers the mechanical keys that are necessary to play the '
     'instrument.',
     'contradicted'),
    ('The paper was received on 17 September 2012.', 'confirmed'),
    ('The paper was accepted on 21 April 2012.', 'contradicted'),
    ('The tone hole geometry of a clarinet is optimized numerically.', 'confirmed'),
    ('A genetic algorithm is used to minimize the differences.', 'contradicted'),
    ('The lattice cutoff frequency of 1.420 kHz is approximately equal to the average cutoff '
     'frequency of a clarinet.',
     'confirmed'),
    ('In this project, the bell of the clarinet is kept.', 'contradicted'),
    ('Each tone hole is modeled as a T-junction.', 'confirmed'),
    ('Each tone hole is modeled as a Y-junction.', 'contradicted'),
    ('The effects of a temperature gradient along the air column can be ignored in a first '
     'approximation.',
     'confirmed'),
    ('The series impedances Za/2 are purely resistive.', 'contradicted'),
    ('In a posthumous paper, Benade attempted to analyze the evolutionary path since the 18th '
     'century.',
     'confirmed'),
    ('In a posthumous paper, Benade attempted to analyze the evolutionary path since the 16th '
     'century.',
     'contradicted'),
    ('The optimized clarinet reduces manufacturing cost by 30%.', 'unverified'),
    ('Fork fingering has been proven to be an acoustical necessity in clarinets.', 'unverified'),
    ('The positions, diameters and lengths of the chimneys vary regularly over the whole '
     'length of the instrument.',
     'confirmed'),
    ('The first higher order mode is usually far below cutoff.', 'confirmed'),
    ('The prototype showed poor agreement with the numerical predictions.', 'contradicted'),
    ('The instrument is modeled as a network of one dimensional transmission line '
     'elements.',
     'confirmed'),
]
SHEN_PROBES = [
    ('The threshold of RNAMotifScan (false positive rate) was set to zero', 'contradicted'),
    ('The threshold of RNAMotifScan (false positive rate) was set to one', 'confirmed'),
    ("The nucleotide at the start position of the 5'-side is always a cytosine", 'contradicted'),
    ("The nucleotide at the start position of the 5'-side is always an adenine", 'confirmed'),
    ('At the end position of the motif the nucleotide is always a cytosine', 'confirmed'),
    ('The nucleotide at the end position is always a cytosine', 'confirmed'),
]

_paper = cache(real_paper)

PROBE_SETS = {HEAVY: (HEAVY_PROBES, 9), RNA: (SHEN_PROBES, 4), ION: (ION_PROBES, 26),
              CLARINET: (CLARINET_PROBES, 21)}
probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _paper)


def _status(text: str) -> tuple[Status, str]:
    return status_of({RNA: _paper(RNA)}, RNA, text)


def test_a_swapped_spelled_value_at_the_claim_s_end_decides_nothing():
    status, why = _status(ZERO)
    assert status == Status.unverified, why
    assert "zero" in why


def test_the_paper_s_own_spelled_value_still_confirms():
    status, why = _status(ONE)
    assert status == Status.confirmed, why


def test_planted_spelled_swap_off_confirms_zero(monkeypatch):
    monkeypatch.setattr(guards_swapped_words, "_spelled_values_swapped", lambda *args: False)
    status, why = _status(ZERO + " ")  # a text of its own: swapped_span is cached by text
    assert status == Status.confirmed, why


def test_a_claim_spliced_from_two_parallel_clauses_decides_nothing():
    status, why = _status(CYTOSINE)
    assert status == Status.unverified, why
    assert "end position" in why


def test_each_clause_s_own_statement_still_confirms():
    for claim in (ADENINE, END):
        status, why = _status(claim)
        assert status == Status.confirmed, (claim, why)


def test_planted_splice_guard_off_confirms_the_cytosine(monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_spliced_clauses", lambda *args: None)
    status, why = _status(CYTOSINE + " ")
    assert status == Status.confirmed, why


def test_planted_locant_read_as_a_number_confirms_the_cytosine(monkeypatch):
    monkeypatch.setattr(quantity_numbers, "_LOCANT_AFTER", re.compile(r"(?!)"))
    clear_package_caches()  # the claim's and the paper's numbers are read anew, as planted
    status, why = status_of({RNA: real_paper(RNA)}, RNA, CYTOSINE)  # the paper read anew
    assert status == Status.confirmed, why


@given(st.sampled_from("123456789"), st.sampled_from(["'", "\u2019", "\u2032"]),
       st.sampled_from(["-side", " -side", " end", "-end", "UTR", " terminus", "-OH"]))
def test_a_strand_position_is_no_amount(digit, prime, after):
    text = f"Reads map to the {digit}{prime}{after} of the transcript in 12 samples."
    assert [q.value for q in parse_quantities(text)] == [12.0]


def test_minutes_and_quoted_counts_keep_their_digits():
    assert [q.value for q in parse_quantities("It lasted 5' 30'' in all.")] == [5.0, 30.0]
    assert [q.value for q in parse_quantities("We elected 5 'best' papers.")] == [5.0]


def test_one_subject_s_two_statements_are_no_splice():
    # The second clause has no subject of its own ("it"): the claim may shorten to it.
    assert spliced_gap("The model improves F1 on the test set",
                       "The model improves accuracy on the dev set and it improves F1 on the "
                       "test set") is None
    assert spliced_gap("The start position is always a cytosine",
                       "The start position is always an adenine and at the end position it is "
                       "always a cytosine") == ("an adenine and at the end position it is always")
    # A list of nouns is no clause of its own (a right confirmation on the corpora of record).
    assert spliced_gap("S2ORC-SciBERT is pretrained from scratch on a single TPU v3-8 for one "
                       "week.", "Like SCIBERT, S2ORC-SCIBERT is pretrained from scratch using the "
                       "original BERT code and default BERT-Base configurations on a single TPU "
                       "v3-8 for one week.") is None


RMS = "The root mean square momentum of the zeroth-order wave function is approximately 0.9 GeV."
INCLUDED = "Annihilation effects were included in the model."


def test_a_type3_paper_printed_two_up_is_read_as_text_and_tables():
    paper = _paper(HEAVY)
    assert len(paper.sentences) >= 250 and len(paper.tables) >= 5
    text = " ".join(sentence.text for sentence in paper.sentences)
    assert "heavy quark effective theory" in text  # the ff ligature, code 11
    assert "approximately 0.9 GeV" in text  # the math period, at the colon's code
    table = next(table for table in paper.tables if (table.caption or "").startswith("TABLE V."))
    assert [cell.text for cell in table.rows[0]][:3] == ["1 1S0", "9.41", "9.5315"]


def test_planted_flip_read_as_turned_loses_the_paper(monkeypatch):
    monkeypatch.setattr(pdfwords, "flipped", lambda matrix: False)
    assert len(real_paper(HEAVY).sentences) < 50


def test_planted_math_codes_unread_contradicts_the_rms_momentum(monkeypatch):
    monkeypatch.setattr(pdfwords, "tex_codes", lambda texts, *rest: list(texts))
    status, why = status_of({HEAVY: real_paper(HEAVY)}, HEAVY, RMS)
    assert status == Status.contradicted, why


def test_the_rms_momentum_is_confirmed():
    status, why = status_of({HEAVY: _paper(HEAVY)}, HEAVY, RMS)
    assert status == Status.confirmed, why


def test_a_verb_lent_by_an_unshown_neighbour_decides_nothing():
    status, why = status_of({HEAVY: _paper(HEAVY)}, HEAVY, INCLUDED)
    assert status == Status.unverified, why
    assert "included" in why


def test_planted_unquoted_verb_guard_off_confirms_the_inclusion(monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_unquoted_verbs", lambda *args: None)
    status, why = status_of({HEAVY: _paper(HEAVY)}, HEAVY, INCLUDED + " ")
    assert status == Status.confirmed, why


def test_the_claimed_verb_is_the_participle_after_be():
    assert guards_unquoted_verbs.claimed_verb(INCLUDED) == "included"
    assert guards_unquoted_verbs.claimed_verb("The model was carefully trained on X") == "trained"
    assert guards_unquoted_verbs.claimed_verb("Annihilation effects dominate the model") is None


def test_only_a_width_keeping_vertical_flip_is_a_flipped_font():
    assert type3_fonts.flipped((1.0, 0.0, -0.0, -1.0, 5.0, 6.0))
    assert not type3_fonts.flipped((1.0, 0.0, 0.0, 1.0, 5.0, 6.0))  # upright
    assert not type3_fonts.flipped((0.0, 1.0, -1.0, 0.0, 5.0, 6.0))  # a quarter turn
    assert not type3_fonts.flipped((-1.0, 0.0, 0.0, -1.0, 5.0, 6.0))  # upside down


@given(st.lists(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789"), min_size=1,
                max_size=30), st.floats(min_value=4.0, max_value=20.0))
def test_a_line_of_half_em_glyphs_gets_twice_their_advance(texts, size):
    glyphs = [(text, 100.0, size / 2) for text in texts]
    assert all(abs(found - size) < 1e-9 for found in type3_fonts.line_sizes(glyphs))


def test_tex_codes_read_only_glued_neighbours():
    read = type3_fonts.tex_codes(
        ["0", ":", "9", " ", "1", ":", "2", "e", "(cid:11)", "e"],
        [0, 5, 7, 12, 20, 30, 40, 50, 55, 60], [5, 7, 12, 20, 25, 32, 45, 55, 60, 65],
        [0.0] * 10, [10.0] * 10)
    assert read[1] == "." and read[5] == ":" and read[8] == "ff"


N127 = "The simulation starts with N = 127 ions forming equilateral triangles."
V0 = "The AC potential V0 is 90 V."
EASY = ("Fast rotation of the ion crystal in the Penning trap makes individual addressing of "
        "qubits easy.")
TRANSVERSE = "The mean phonon number in the transverse direction is about 50."


def _ion(text: str) -> tuple[Status, str]:
    return status_of({ION: _paper(ION)}, ION, text)


def test_advent_symbol_fonts_are_read_as_their_symbols():
    text = " ".join(sentence.text for sentence in _paper(ION).sentences)
    assert "N = 127 ions" in text and "U0 = \u22121.1 V" in text
    assert "\u2212q/2 \u00d7 52 \u2248 1.4 \u00b5m" in text and "F > 99.99%" in text


def test_planted_advent_set_unread_loses_the_ion_count(monkeypatch):
    fonts = dict(pdfwords._ADVENT_FONTS)
    del fonts["AdvP414BFB"]
    monkeypatch.setattr(pdfwords, "_ADVENT_FONTS", fonts)
    clear_package_caches()
    status, why = status_of({ION: real_paper(ION)}, ION, N127)
    assert status == Status.unverified, why
    assert "5 127" in why


def test_a_clause_naming_the_claim_s_symbol_is_the_claim_s():
    status, why = _ion(V0)
    assert status != Status.contradicted, why
    assert clause_values.clause_value(V0, "DC and AC potential U0 = \u22121.1 V",
                                      "V0 = 90 V") is None
    assert clause_values.clause_value(
        "The character embedding dimension is 50", "we set the character embedding dimension "
        "at 25", "the word embedding dimension at 50") == ("25", "50")


def test_planted_symbol_unread_contradicts_v0(monkeypatch):
    monkeypatch.setattr(clause_values, "_tokens", lambda text: frozenset())
    status, why = _ion(V0 + " ")
    assert status == Status.contradicted, why


def test_a_claim_ending_on_its_own_word_decides_nothing():
    status, why = _ion(EASY)
    assert status == Status.unverified, why
    assert "demanding" in why


def test_planted_end_swap_off_confirms_easy_addressing(monkeypatch):
    monkeypatch.setattr(guards_swapped_words, "_ends_swapped", lambda *args: False)
    status, why = _ion(EASY + " ")
    assert status == Status.confirmed, why


def test_a_defined_subject_sets_aside_another_plane_s_number():
    status, why = _ion(TRANSVERSE)
    assert status == Status.unverified, why


def test_planted_definitions_unread_confirm_the_transverse_50(monkeypatch):
    monkeypatch.setattr(guards_fuller_subjects, "_defines_subject", lambda *args: None)
    status, why = _ion(TRANSVERSE + " ")
    assert status == Status.confirmed, why


BOEHM = "The Boehm system was introduced by Klosé in the middle of the 18th century."
RESISTIVE = "The series impedances Za/2 are purely resistive."


def _clarinet(text: str) -> tuple[Status, str]:
    return status_of({CLARINET: _paper(CLARINET)}, CLARINET, text)


def test_an_ordinal_swapped_in_a_copy_decides_nothing():
    status, why = _clarinet(BOEHM)
    assert status == Status.unverified, why
    assert "18th" in why and "19" in why
    status, why = _clarinet(BOEHM.replace("18th", "19th"))
    assert status == Status.confirmed, why


def test_a_value_spelled_as_the_paper_s_digits_is_no_swap():
    # "two" for the paper's "2" is the same value: withholding it cost a right blind verdict.
    assert guards_swapped_words.swapped_span("The model was trained for two epochs on X",
                                             "The model was trained for 2 epochs on X") is None
    assert guards_swapped_words.swapped_span("It ran in the 2nd round of the task",
                                             "It ran in the 2 nd round of the task") is None


def test_planted_ordinals_unread_confirm_the_18th_century(monkeypatch):
    monkeypatch.setattr(guards_swapped_words, "_value_word", lambda word, digits=False: False)
    status, why = _clarinet(BOEHM + " ")
    assert status == Status.confirmed, why


def test_a_symbol_divided_is_no_amount():
    assert parse_quantities("The series impedances Za/2 are purely inertial.") == []
    assert [q.value for q in parse_quantities("It takes 1/2 of the time.")] == [1.0]  # as before


def test_a_claim_ending_on_another_clause_s_words_decides_nothing():
    status, why = _clarinet(RESISTIVE)
    assert status == Status.unverified, why
    assert "total shunt impedance" in why


def test_planted_splice_without_frame_unread_confirms_resistive(monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_spliced_clauses", lambda *args: None)
    status, why = _clarinet(RESISTIVE + " ")
    assert status == Status.confirmed, why
