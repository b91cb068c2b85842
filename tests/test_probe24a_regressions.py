"""Round 24 regressions of my own probes (probe24a) of two papers new to the project.

The first: Gal et al., Trace-based Just-in-Time Type Specialization for Dynamic Languages (PLDI
2009, 14 pages, two columns, ACM; speedups in bar charts and in a table set as "Figure 13"),
tests/real/papers/tracemonkey_pldi09.pdf. 55 claims were labelled from the page images before
the tool ran on them. The first run decided 21, 3 wrongly (30 right):

- "math-spectral-norm achieves a 7.12x speedup" (true: Figure 13) was contradicted by "Tracing
  achieves the best speedups in integer-heavy benchmarks, up to the 25x speedup on
  bitops-bitwise-and" (page 10): a number after "up to" (or "as much as", "at most") is a
  bound, and a smaller claimed value is within it; only a claim stating a bound or an extreme
  of its own is contradicted by it (`verify/guards_upper_bounds.guard_upper_bounds`);
- "The other VMs achieve an overall speedup of 3.9x relative to the baseline interpreter"
  (false: 3.0x; 3.9x is TraceMonkey's) was confirmed by "Our estimated native code speedup of
  3.9x is significantly better", the sentence after "The other VMs we compared with achieve an
  overall speedup of 3.0x": a sentence sharing with the claim's subject only its measure word
  ("speedup") does not say whose the number is; the neighbour that says the rest of the subject
  and the measure word before a number of the claim's unit does
  (`verify/guards_neighbour_subjects._shares_measure_only`, widening the round-14 rule);
- "TraceMonkey is the fastest VM on" (a cut claim) was confirmed by "TraceMonkey is the
  fastest VM on 9 of the 26 benchmarks": a claim ending on "on", "in", "over" or "under" after
  a noun, with no relative word or pronoun to strand it, stops before what it asserts
  (`verify/guards_cut_ends._stranded_particle`).

The second: Huang et al., Iron deficiency anaemia can be improved after eradication of
Helicobacter pylori (Postgrad Med J 2010;86:272-278, BMJ, 7 pages, two columns; a meta-analysis
with two tables and forest plots), tests/real/papers/hpylori_anaemia.pdf. 60 claims; the first
run decided 18, 1 wrongly (30 right):

- "The bias coefficient of the Hb studies was 1.32" (false: 1.44; 1.32 is the SF studies') was
  confirmed by "The bias coefficient of the SF studies was 1.32". The unnamed-subject rule of
  round 16 missed it twice: "Hb" has one capital, and only acronyms of two counted (a
  capitalised word the claim prints after its first word is a name too,
  `verify/guards_unnamed_subjects._inner_capital`); and the paper states Hb's value after an
  aside ("the Hb studies, as calculated with Egger's test by STATA 10, was 1.44"), where the
  rule looked only right after the measure word (`guards_unnamed_subjects._STATED`).

Reading failures of the second paper (34 right with them read and the rule above, 0 wrong):

- Advent's math fonts (BMJ, Elsevier) map "=" to "\u00bc" and the minus to an unmapped code:
  every "p = 0.51" read "p\u00bc0.51", "CI -0.40" read "CI \ufffd0.40"; its symbol fonts set the
  micro sign at "m" and the en dash at "e": "\u00b5g/l" read "mg/l", "2-76 years" "2e76 years"
  (`extract/pdfwords._ADVENT_FONTS`, by the fonts' names, which hash their glyph sets: a first
  version read every hash-named font of the family so, and turned the body text of Lane et
  al., J Hydrology 2005, into "catchµ–nts", its fonts being hash-named too);
- neither table was read: BMJ prints "Table 1 Summary characteristics ..." with no colon or
  full stop, the label in a heading face and the text in a sans face, no font named bold; a
  label and its next word in two faces, neither the page's body face, open a caption
  (`extract/grid_captions._other_typefaces`);
- with "p = 0.49" read, "... 9.13 g/l (95% CI -0.40 to 18.66 g/l, p<0.0001) and ... 16.92 g/l"
  read as a one-column table flattened into text whose "g l" row printed another number, and
  the true "The WMD of Hb for the marked anaemia group was 16.92 g/l" was withheld: a label of
  single letters is a unit split at its slash (`verify/guards_flattened_rows._unit_letters`).

Reading failures of the first paper (42 right with them read and the rules above, 0 wrong):

- its Figure 13 is a table (loops, trees, traces, aborts, flushes and speedup per benchmark)
  under a "Figure" caption, and only "Table" captions opened tables: a figure's caption ("Figure
  13." and a capital) opens one too, kept only when its region reads as a grid of numbers, a
  header of four columns or more over five rows or more, nearly all a label and three numbers
  (`extract/grid_captions.figure_table_start`, `extract/grid_tables.numeric_grid`; the paper's
  code listings, state diagrams and its tag table of words are no such grid; figure captions
  cast no vote on which side of their captions a document sets its tables);
- its speedups print as "7.12x": a cell's number may end in "x" or "\u00d7", a factor
  (`extract/cell_values._NUMBER`).

Now: Gal et al. 29 decided, 42 right, 0 wrong; Huang et al. 21 decided, 34 right, 0 wrong.
Left unread: Huang et al.'s daggers read "y", so "Chen LH-2" is the row "yChen LH-2", and Table
1's footnote joins its last row's label; Table 2 keeps no row for its two blocks ("Haemoglobin
(g/l)", "Serum ferritin (\u00b5g/l)"), so its rows "Children", "Adult", ... come twice.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from planted_patterns import factors_read_as_text
from probe_verdicts import probe_set_tests, real_paper, status_of

from verify_claims.claims import Status
from verify_claims.extract import cell_values, grid_captions, grid_tables, pdfwords
from verify_claims.verify import (
    guard_chain,
    guards_cut_ends,
    guards_flattened_rows,
    guards_neighbour_subjects,
    guards_unnamed_subjects,
)

TRACEMONKEY = "tracemonkey_pldi09"
HPYLORI = "hpylori_anaemia"

# Each claim with the status its page says (labelled before the tool ran).
TRACEMONKEY_PROBES = [
    ('TraceMonkey achieves 2x-20x speedups on many programs.',
     'confirmed'),
    ('SunSpider consists of 26 short-running JavaScript programs.',
     'confirmed'),
    ('All experiments were performed on a MacBook Pro with a 2.2 GHz Core 2 processor '
     'and 2 GB RAM running MacOS 10.5.',
     'confirmed'),
    ('TraceMonkey is the fastest VM on 9 of the 26 benchmarks.',
     'confirmed'),
    ('On average a bytecode executes in about 35 cycles in the base interpreter.',
     'confirmed'),
    ('Native traces take about 9 cycles per bytecode, a 3.9x speedup over the interpreter.',
     'confirmed'),
    ('Trace recording takes about 3800 cycles per bytecode and compilation 3150 cycles'
     ' per bytecode.',
     'confirmed'),
    ('The VM breaks even after running a trace 270 times.',
     'confirmed'),
    ('The other VMs achieve an overall speedup of 3.0x relative to the baseline interpreter.',
     'confirmed'),
    ('In the tracer, interpreted bytecodes take about 180 cycles to run.',
     'confirmed'),
    ('bitops-3bit-bits-in-byte reaches a speedup of 25.47x.',
     'confirmed'),
    ('crypto-aes has 50 loops, 72 trees and 78 traces.',
     'confirmed'),
    ('3d-raytrace records 100 traces and 10 aborts.',
     'confirmed'),
    ('string-unpack-code has 37 traces and a speedup of 1.20x.',
     'confirmed'),
    ('math-spectral-norm achieves a 7.12x speedup.',
     'confirmed'),
    ('access-binary-trees runs slightly slower than the interpreter, at 0.93x.',
     'confirmed'),
    ('TraceMonkey generates no native code for the recursive benchmarks access-binary-'
     'trees and controlflow-recursive.',
     'confirmed'),
    ('crypto-md5 forms one very long trace.',
     'confirmed'),
    ('For crypto-md5, fully 3% of bytecodes are executed while recording.',
     'confirmed'),
    ('Three of the benchmarks are not traced at all and run in the interpreter.',
     'confirmed'),
    ('A loop becomes hot after 2 crossings.',
     'confirmed'),
    ('The ForcesStack annotation is applied to only 5 functions.',
     'confirmed'),
    ('The SunSpider programs run for 26ms on average.',
     'confirmed'),
    ('Excluding regexp-dna makes only about a 10% difference in the results.',
     'confirmed'),
    ('The 25.47x speedup of bitops-3bit-bits-in-byte is 0.27 higher than the 25.20x of'
     ' bitops-bitwise-and.',
     'confirmed'),
    ('On one benchmark TraceMonkey executes 25 times faster than the SpiderMonkey '
     'interpreter and almost 5 times faster than V8 and SFX.',
     'confirmed'),
    ('string-fasta has 5 loops and 11 trees.',
     'confirmed'),
    ('Our estimated native code speedup of 3.9x is significantly better than the 3.0x '
     'of the other VMs.',
     'confirmed'),
    ('SunSpider consists of 36 short-running JavaScript programs.',
     'contradicted'),
    ('TraceMonkey is the fastest VM on 12 of the 26 benchmarks.',
     'contradicted'),
    ('All experiments were performed on a MacBook Pro with 4 GB RAM.',
     'contradicted'),
    ('The VM breaks even after running a trace 720 times.',
     'contradicted'),
    ('Native traces take about 35 cycles per bytecode.',
     'contradicted'),
    ('crypto-aes records 72 traces.',
     'contradicted'),
    ('math-spectral-norm achieves a 5.90x speedup.',
     'contradicted'),
    ('bitops-bitwise-and has 3 loops.',
     'contradicted'),
    ('The other VMs achieve an overall speedup of 3.9x relative to the baseline interpreter.',
     'contradicted'),
    ('Trace recording takes about 3150 cycles per bytecode.',
     'contradicted'),
    ('During recording and compiling the VM runs at 1/20 the speed of the interpreter.',
     'contradicted'),
    ('TraceMonkey traces recursion, giving large speedups on controlflow-recursive.',
     'contradicted'),
    ('date-format-xparb reaches a speedup of 4.92x.',
     'contradicted'),
    ('string-tagcloud has 6 aborts.',
     'contradicted'),
    ('TraceMonkey reduces memory consumption by 30% compared with SpiderMonkey.',
     'unverified'),
    ('On the V8 benchmark suite TraceMonkey averaged a 4.1x speedup.',
     'unverified'),
    ('Tracing increases JIT pause times by 15 ms on average.',
     'unverified'),
    ('TraceMonkey shipped in Firefox 3.5.',
     'unverified'),
    ('Type-specialized traces reduce garbage collection pauses by half.',
     'unverified'),
    ('On the Dromaeo benchmark TraceMonkey is 2.5x faster than SFX.',
     'unverified'),
    ("TraceMonkey's compile times are under 1 ms per trace on all benchmarks.",
     'unverified'),
    ('LuaJIT achieves a 10x speedup on the same benchmarks.',
     'unverified'),
    ('TraceMonkey speeds up DOM-heavy web pages by 40%.',
     'unverified'),
    ('Psyco achieves 4x speedups on Python benchmarks.',
     'unverified'),
    ('TraceMonkey is the fastest VM on',
     'unverified'),
    ("YETI's tracing doubled the speed of Java programs.",
     'unverified'),
    ('Dynamo yielded 20% speedups over statically optimized binaries.',
     'unverified'),
]

HPYLORI_PROBES = [
    ('Eight randomised controlled trials met the inclusion criteria of the meta-analysis.',
     'confirmed'),
    ('The pooled weighted mean difference of haemoglobin was 12.88 g/l (95% CI 6.03 to 19.74).',
     'confirmed'),
    ('The weighted mean difference of serum ferritin was 10.05 µg/l.',
     'confirmed'),
    ('The meta-analysis involved 450 participants ranging in age from 2 to 76 years.',
     'confirmed'),
    ('The literature search identified 1267 potentially eligible articles.',
     'confirmed'),
    ('Six of the included RCTs provided both Hb and SF data.',
     'confirmed'),
    ('The Sarker SA trial enrolled 99 participants in Bangladesh.',
     'confirmed'),
    ('The Vijayan G study from India had 22 participants.',
     'confirmed'),
    ('The Choe YH trial, published in 1999, was conducted in South Korea with 13 participants.',
     'confirmed'),
    ('For children, the WMD of Hb was 11.77 g/l, lower than the 15.11 g/l estimated for adults.',
     'confirmed'),
    ('Bismuth triple therapy gave an Hb WMD of 20.73 g/l versus 10.42 g/l for PPI triple therapy.',
     'confirmed'),
    ('The WMD of Hb for the marked anaemia group was 16.92 g/l.',
     'confirmed'),
    ("The bias coefficient of the Hb studies from Egger's test was 1.44 (p=0.350).",
     'confirmed'),
    ('The bias coefficient of the SF studies was 1.32, showing a lack of publication bias.',
     'confirmed'),
    ('After excluding the main heterogeneity contributors, the WMD of Hb was 15.58 g/l.',
     'confirmed'),
    ('In the 8-week group the WMD of SF was 9.99 µg/l, compared with 2.24 µg/l in the '
     '4-week group.',
     'confirmed'),
    ('All the included studies were performed in Asia.',
     'confirmed'),
    ('Bismuth based triple therapy has a better response in terms of increased Hb and '
     'SF concentrations than PPI based triple therapy.',
     'confirmed'),
    ('Heterogeneity of the pooled Hb analysis was I² = 83%.',
     'confirmed'),
    ('The Jadad score was used to screen out RCTs of low quality (Jadad score <2).',
     'confirmed'),
    ('Five RCTs used proton pump inhibitor based triple therapy and three used bismuth'
     ' based triple therapy.',
     'confirmed'),
    ('The Hb WMD of bismuth triple therapy exceeded that of PPI triple therapy by 10.31 g/l.',
     'confirmed'),
    ('The SF WMD for adults was 9.15 µg/l higher than for children.',
     'confirmed'),
    ('The correlation coefficient used to back-calculate the SDs was 0.13.',
     'confirmed'),
    ('All the RCTs took 2 weeks to eradicate H pylori.',
     'confirmed'),
    ('Of the 134 studies given full text review, 126 were excluded.',
     'confirmed'),
    ('In the adult Hb subgroup the heterogeneity was 0.43 with a p value of 0.51.',
     'confirmed'),
    ('An earlier review by Muhsen and Cohen reported a pooled OR of 2.8 (95% CI 1.9 to'
     ' 4.2) for H pylori and IDA.',
     'confirmed'),
    ('The Lin Y trial enrolled 68 participants aged 6-12 in China.',
     'confirmed'),
    ('Two investigators independently extracted the data using a structured form.',
     'confirmed'),
    ('The marked anaemia group was defined by a Hb value of 60-80 g/l.',
     'confirmed'),
    ('The meta-analysis included ten RCTs.',
     'contradicted'),
    ('The pooled WMD of haemoglobin was 18.28 g/l.',
     'contradicted'),
    ('The literature search identified 1276 potentially eligible articles.',
     'contradicted'),
    ('The meta-analysis involved 540 participants.',
     'contradicted'),
    ('For children, the WMD of Hb was higher than for adults.',
     'contradicted'),
    ('PPI triple therapy produced a larger rise in Hb than bismuth triple therapy.',
     'contradicted'),
    ('The Sarker SA trial enrolled 22 participants.',
     'contradicted'),
    ('The WMD of SF for the 4 week group was 9.99 µg/l.',
     'contradicted'),
    ('The WMD of Hb for the moderate anaemia group was 16.92 g/l.',
     'contradicted'),
    ('The adult group achieved a weaker response to the eradication of H pylori than '
     'the children group.',
     'contradicted'),
    ('The bias coefficient of the Hb studies was 1.32.',
     'contradicted'),
    ('Five of the eight RCTs provided both Hb and SF data.',
     'contradicted'),
    ('The Choe YH trial was published in 2005.',
     'contradicted'),
    ("Egger's test was calculated with STATA version 12.",
     'contradicted'),
    ('The Chen LH-2 trial, with 86 participants, had only haemoglobin data.',
     'contradicted'),
    ('Sarker et al selected 30 days as an end point in their study.',
     'contradicted'),
    ('H pylori eradication reduced the incidence of gastric cancer in the included trials.',
     'unverified'),
    ('Patients in the intervention groups reported fewer gastrointestinal side effects'
     ' than controls.',
     'unverified'),
    ('The included trials had a mean dropout rate of 12%.',
     'unverified'),
    ('Iron supplementation alone normalised serum ferritin in 65% of control patients.',
     'unverified'),
    ('Eradication therapy improved Hb more in women than in men.',
     'unverified'),
    ('Vitamin C co-administration increased the serum ferritin response after eradication.',
     'unverified'),
    ('Quadruple therapy including tetracycline produced the largest Hb gain.',
     'unverified'),
    ('The prevalence of H pylori infection among Chinese children is 40%.',
     'unverified'),
    ('Eradication rates of H pylori exceeded 90% in the included trials.',
     'unverified'),
    ('Serum transferrin receptor levels fell by 1.2 mg/l after eradication.',
     'unverified'),
    ('The WMD of Hb for children was',
     'unverified'),
    ('Sequential therapy achieved higher eradication rates than standard triple therapy.',
     'unverified'),
    ('Eight RCTs were excluded for incomplete outcome data.',
     'unverified'),
]

# TraceMonkey 42 -> 41 (round 30): "... 0.27 higher than the 25.20x of bitops-bitwise-and"
# (true) was confirmed by the 25.47x cell alone, as was its false twin "0.35 higher"; a signed
# change no cell read bears out now leaves it unverified (guards_numbers._change_amounts).
PROBE_SETS = {TRACEMONKEY: (TRACEMONKEY_PROBES, 41), HPYLORI: (HPYLORI_PROBES, 34)}

SPECTRAL = "math-spectral-norm achieves a 7.12x speedup."
OTHER_VMS = ("The other VMs achieve an overall speedup of 3.9x relative to the baseline "
             "interpreter.")
CUT = "TraceMonkey is the fastest VM on"
BIAS = "The bias coefficient of the Hb studies was 1.32."
FERRITIN = "The weighted mean difference of serum ferritin was 10.05 \u00b5g/l."
SARKER = "The Sarker SA trial enrolled 22 participants."
MARKED = "The WMD of Hb for the marked anaemia group was 16.92 g/l."
AES = "crypto-aes records 72 traces."

_parsed = cache(real_paper)


probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


@pytest.fixture(scope="module")
def tracemonkey():
    return {TRACEMONKEY: _parsed(TRACEMONKEY)}


@pytest.fixture(scope="module")
def hpylori():
    return {HPYLORI: _parsed(HPYLORI)}


_status = status_of


def test_an_upper_bound_contradicts_no_smaller_value(tracemonkey, monkeypatch):
    status, why = _status(tracemonkey, TRACEMONKEY, SPECTRAL)
    assert status == Status.confirmed, why  # Figure 13's row, read since
    # The paper as first read: Figure 13 unread, only the text's "up to the 25x speedup".
    monkeypatch.setattr(grid_captions, "figure_table_start", lambda line: None)
    papers = {TRACEMONKEY: real_paper(TRACEMONKEY)}
    status, why = _status(papers, TRACEMONKEY, SPECTRAL + " ")
    assert status == Status.unverified, why
    assert "upper bound" in why
    # Planted bug: "up to the 25x speedup on bitops-bitwise-and" read as what 7.12x is.
    monkeypatch.setattr(guard_chain, "guard_upper_bounds", lambda claim, checks: None)
    status, why = _status(papers, TRACEMONKEY, SPECTRAL + "  ")
    assert status == Status.contradicted, why


def test_a_shared_measure_word_does_not_name_the_subject(tracemonkey, monkeypatch):
    status, why = _status(tracemonkey, TRACEMONKEY, OTHER_VMS)
    assert status == Status.unverified, why
    # Planted bug: a sentence sharing "speedup" with the claim is taken for its subject's.
    monkeypatch.setattr(guards_neighbour_subjects, "_shares_measure_only",
                        lambda claim, shared, missing: False)
    # probe24c's fuller subjects (verify/guards_fuller_subjects.py) also withholds it: off too.
    monkeypatch.setattr(guard_chain, "guard_fuller_subjects", lambda *args: None)
    # round 26's lead rule (the sentence lacks "other VMs") also withholds it: off too.
    monkeypatch.setattr(guards_neighbour_subjects, "_lacks_lead", lambda *args: set())
    status, why = _status(tracemonkey, TRACEMONKEY, OTHER_VMS + " ")
    assert status == Status.confirmed, why


def test_a_particle_after_a_noun_cuts_the_claim(tracemonkey, monkeypatch):
    status, why = _status(tracemonkey, TRACEMONKEY, CUT)
    assert status == Status.unverified, why
    # Planted bug: only copulas, articles and conjunctions end a cut claim.
    monkeypatch.setattr(guards_cut_ends, "_stranded_particle", lambda text: None)
    # probe26a's rule also withholds it: the passage goes on to the value the claim stops before.
    monkeypatch.setattr(guards_cut_ends, "cut_before_value", lambda claim, quote: None)
    guards_cut_ends.dangling_end.cache_clear()
    try:
        status, why = _status(tracemonkey, TRACEMONKEY, CUT + " ")
        assert status == Status.confirmed, why
    finally:
        guards_cut_ends.dangling_end.cache_clear()


@pytest.mark.parametrize(("text", "cut"), [
    ("TraceMonkey is the fastest VM on", "on"),
    ("Gains are largest for the BERT model in", "in"),
    ("the data it was trained on", None),  # a relative clause strands it
    ("The model was trained on", None),  # after a participle: left alone
    ("The results hold for the models we focus on", None),
    ("The accuracy improves as training goes on", None),
    ("The best speedup is on bitops.", None),
])
def test_stranded_particle(text, cut):
    assert guards_cut_ends.dangling_end(text) == cut


def test_a_short_capitalised_name_is_a_name(hpylori, monkeypatch):
    status, why = _status(hpylori, HPYLORI, BIAS)
    assert status == Status.unverified, why
    assert "\u201cHb\u201d" in why
    # Planted bug: a name needs two capitals; "Hb" is no name, "SF"'s 1.32 confirms it.
    monkeypatch.setattr(guards_unnamed_subjects, "_inner_capital", lambda tokens, token: False)
    # probe24c's fuller subjects (verify/guards_fuller_subjects.py) also withholds it: off too.
    monkeypatch.setattr(guard_chain, "guard_fuller_subjects", lambda *args: None)
    status, why = _status(hpylori, HPYLORI, BIAS + " ")
    assert status == Status.confirmed, why


def test_a_value_stated_after_an_aside(hpylori, monkeypatch):
    # Planted bug: the value must follow the measure word at once, so "the Hb studies, as
    # calculated with Egger's test by STATA 10, was 1.44" states no value of the Hb studies.
    monkeypatch.setattr(guards_unnamed_subjects, "_STATED", re.compile(
        r"\s*(?:(?:to\s+be|is|are|was|were|of|equals?|set\s+to)\s+|[=:]\s*)"
        r"(?:about\s+|around\s+|roughly\s+)?\d"))
    # probe24c's fuller subjects (verify/guards_fuller_subjects.py) also withholds it: off too.
    monkeypatch.setattr(guard_chain, "guard_fuller_subjects", lambda *args: None)
    status, why = _status(hpylori, HPYLORI, BIAS + "  ")
    assert status == Status.confirmed, why


def test_advent_math_glyphs_are_read(monkeypatch):
    assert pdfwords.glyph_text("\u00bc", "ELGOCF+AdvP4C4E74") == "="
    assert pdfwords.glyph_text("(cid:2)", "ELGOCF+AdvP4C4E74") == "\u2212"
    assert pdfwords.glyph_text("m", "ELGKHD+AdvPS3F4C13") == "\u00b5"
    assert pdfwords.glyph_text("e", "ELGKIF+AdvPS44A44B") == "\u2013"
    assert pdfwords.glyph_text("m", "ELGKID+AdvTT5bf2ac07") == "m"
    # Another set of the family is a body font (Lane et al., J Hydrology 2005): left alone.
    assert pdfwords.glyph_text("e", "EOFADN+AdvPS6F00") == "e"
    assert pdfwords.glyph_text("m", "EOFADN+AdvPS6F00") == "m"
    assert pdfwords.glyph_text("\u00bc", "Times-Roman") == "\u00bc"
    texts = " ".join(sentence.text for sentence in _parsed(HPYLORI).sentences)
    assert "p=0.51" in texts and "\u00bc" not in texts and "\u00b5g/l" in texts
    assert "from 2\u201376 years" in texts
    papers = {HPYLORI: _parsed(HPYLORI)}
    status, why = _status(papers, HPYLORI, FERRITIN)
    assert status == Status.confirmed, why
    # Planted bug: Advent's glyphs read as their Latin-1 letters again ("mg/l", "p\u00bc0.51").
    monkeypatch.setattr(pdfwords, "_ADVENT_FONTS", {})
    papers = {HPYLORI: real_paper(HPYLORI)}
    texts = " ".join(sentence.text for sentence in papers[HPYLORI].sentences)
    assert "p\u00bc0.51" in texts and "mg/l" in texts and "from 2e76 years" in texts
    status, why = _status(papers, HPYLORI, FERRITIN + " ")
    assert status == Status.unverified, why


def test_a_caption_set_in_its_own_typefaces(hpylori, monkeypatch):
    assert [table.label for table in hpylori[HPYLORI].tables] == ["Table 1", "Table 2"]
    status, why = _status(hpylori, HPYLORI, SARKER)
    assert status == Status.contradicted, why
    # Planted bug: a caption needs a colon, a full stop, a bold label or smaller type.
    monkeypatch.setattr(grid_captions, "_other_typefaces", lambda label, rest, body_font: False)
    papers = {HPYLORI: real_paper(HPYLORI)}
    assert papers[HPYLORI].tables == []
    status, why = _status(papers, HPYLORI, SARKER + " ")
    assert status == Status.unverified, why


def test_a_unit_of_single_letters_is_no_row(hpylori, monkeypatch):
    status, why = _status(hpylori, HPYLORI, MARKED)
    assert status == Status.confirmed, why
    # Planted bug: "g/l" after every number is read as a row label "g l".
    monkeypatch.setattr(guards_flattened_rows, "_unit_letters", lambda words: False)
    # probe25b's labels ending in a function word ("to", "and": prose leading into a number)
    # read the passage as prose too: off as well.
    monkeypatch.setattr(guards_flattened_rows, "_INTO_NUMBER", frozenset())
    guards_flattened_rows._label_cells.cache_clear()
    try:
        status, why = _status(hpylori, HPYLORI, MARKED + " ")
        assert status == Status.unverified, why
    finally:
        guards_flattened_rows._label_cells.cache_clear()


def test_a_figure_that_is_a_table_is_read(tracemonkey, monkeypatch):
    tables = tracemonkey[TRACEMONKEY].tables
    assert [table.label for table in tables] == ["Figure 13"]
    assert tables[0].header[1:4] == ["Loops", "Trees", "Traces"] and len(tables[0].rows) == 26
    status, why = _status(tracemonkey, TRACEMONKEY, AES)
    assert status == Status.contradicted, why
    # Planted bug: only "Table" captions open tables.
    monkeypatch.setattr(grid_captions, "figure_table_start", lambda line: None)
    papers = {TRACEMONKEY: real_paper(TRACEMONKEY)}
    assert papers[TRACEMONKEY].tables == []
    status, why = _status(papers, TRACEMONKEY, AES + " ")
    assert status == Status.unverified, why


def test_a_figure_is_a_table_only_as_a_grid_of_numbers(monkeypatch):
    # Planted bug: every figure's region is a table: its code listing (Figure 3) and its table
    # of type tags in words (Figure 9) among them.
    monkeypatch.setattr(grid_tables, "numeric_grid", lambda grid: True)
    labels = [table.label for table in real_paper(TRACEMONKEY).tables]
    assert "Figure 3" in labels and "Figure 9" in labels


def test_a_factor_cell_holds_a_number(tracemonkey, monkeypatch):
    assert cell_values.parse_cell("7.12x") == (7.12, 2)
    assert cell_values.parse_cell("2.5\u00d7") == (2.5, 1)
    assert cell_values.parse_cell("3x3") == (None, None)
    assert cell_values.parse_cell("x") == (None, None)
    status, why = _status(tracemonkey, TRACEMONKEY, SPECTRAL)
    assert status == Status.confirmed, why
    # Planted bug: "7.12x" is text, no number.
    factors_read_as_text(monkeypatch)
    papers = {TRACEMONKEY: real_paper(TRACEMONKEY)}
    status, why = _status(papers, TRACEMONKEY, SPECTRAL + " ")
    assert status != Status.confirmed, why

