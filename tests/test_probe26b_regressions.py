"""Round 26 regressions of my own probes (probe26b) of two papers new to the project.

The first: Bastien, Guayasamin, Douady and Moulia, Coupled ultradian growth and curvature
oscillations during gravitropic movement in disturbed wheat coleoptiles (PLoS ONE 13(3):
e0194893, 2018; 16 pages, one column right of a wide margin, a repository cover line
"Erschienen in:" above the journal's head), tests/real/papers/plosone_e0194893.pdf. 56 claims
were labelled from the page images before the tool ran on them. The first run decided 20, 1
wrongly (28 right):

- "The period of elongation growth oscillations differed significantly between straight and
  tilted coleoptiles" (false: p = 0.88 for the elongation oscillations) was confirmed by
  "Between coleoptiles from the straight and tilted groups there were significant differences
  in oscillation period", said of the curvature oscillations its previous sentence names. A
  passage that says the claim's qualified noun bare, while it and its neighbours never say the
  claim's qualifier and do say another the paper qualifies that noun with, speaks of the
  sibling kind (`verify/guards_sibling_qualifiers`).

The second: Ruswandi, Kitani, Akimitsu, Tsuge, Shiraishi and Yamamoto, Structural analysis of
cosmid clone pcAFT-2 carrying AFT10-1 ... in the strawberry pathotype of Alternaria alternata
(J Gen Plant Pathol 71:107-116, 2005; 10 pages, two columns), tests/real/papers/
plant_pathol05.pdf. 54 claims; the first run decided 26, 3 wrongly (30 right):

- "The coding sequence of AFT11-1 is around 1746 bp" (false: around 1764 bp) was confirmed:
  two hedged numbers agree within 10%, and 1746 is within 1% of 1764. The same three or more
  significant digits in another order, neither number round, are a miscopy, not an
  approximation (`verify/number_values._miscopied`); the claim is now contradicted, as a
  transposition without the hedge is;
- "Isolate NAF8 is a Japanese pear pathotype isolate" (false: a strawberry isolate, Table 1)
  was confirmed by "The cosmid clone pcAFT-2 contains the genomic sequences of isolate NAF8 of
  Alternaria alternata and the AKT homologs from the Japanese pear pathotype ...": a claim
  that classes its subject ("X is a Y") is not stated by a sentence that names X and Y in two
  conjuncts, with no copula between them (`verify/guards_conjunct_classes`);
- "AF-toxin I was 55.5% and 97.9% lower in" (a cut claim) was confirmed by the sentence it was
  cut from: a particle after a comparative ("lower in") asks for its object; the claim's
  "AF-toxin I" was read as the pronoun "I", which may strand a particle, so comparatives
  ignore that pronoun (`verify/guards_cut_ends.COMPARATIVES`).

Reading failures of the first paper (32 right with them read and the rules above, 0 wrong):

- PLoS ONE prints medians as "(Med. Straight = 2.9h, Med. Tilted = 2.8h, U = 1084, p =
  0.88)": the sentencizer cut at each "Med.", leaving "Straight = 2.9h, Med." as sentences. A
  short word's full stop inside a bracket the sentence opened, closed soon after, ends no
  sentence (`extract/paper._open_abbreviation`); two true claims were confirmed so, and
  five redteam8 quotes that ended on "(Cf." now print "(Cf. Table 1)." whole (same statuses);
- "2.2h", "2.9h", "12h": a time unit glued to its number made it no amount ("3D", "1st");
  "h", "hr(s)" and "min(s)" glued are hours and minutes (`extract/quantity_units._GLUED_TIME`);
  two true claims were confirmed so;
- "10–20mm", "16.6mm.s−1", "6.0mm.h−1", "9.3 × 10^-6s−1": a metric unit (or a rate "s−1")
  glued to its number made it no amount, and the "1" of "s−1" was read instead. The number is
  read, its unit none of ours as when spaced ("80 cm"), and the power of a unit ("s−1",
  "s^-1") is no number (`extract/quantity_units._GLUED_MEASURE`,
  `extract/quantity_numbers._UNIT_POWER`); three true claims were confirmed so, and one ("...
  had p = 0.019", confirmed with the cut sentences) is unverified now that the medians before
  its p are read. With both fixes, a whole "(Med. Straight = 2.8h, Med. Tilted = 3.0h, U =
  3709, p = 0.038)" pairs none of its numbers with a claim's: "Curvature oscillation periods
  differed ... (p = 0.038)", confirmed from the cut pieces, is unverified (left out).

Now: Bastien et al. 25 decided, 34 right, 0 wrong; Ruswandi et al. 24 decided, 32 right, 0
wrong. Left out: Table 1's text cells (isolate, pathotype, source) decide nothing; a subsection
heading run into its first sentence ("Whole-plant kinematics: Change in curvature When
measured ...") is not split off; the two p-value claims above.
"""

from __future__ import annotations

from functools import cache

import pytest
from probe_verdicts import probe_set_tests, real_paper, status_of

from verify_claims.claims import Status
from verify_claims.extract import paper as paper_module
from verify_claims.extract import quantity_numbers, quantity_units
from verify_claims.extract.quantities import parse_quantities
from verify_claims.verify import guard_chain, guards_cut_ends, number_values

PLOS = "plosone_e0194893"
PATHOL = "plant_pathol05"

# Each claim with the status its page says (labelled before the tool ran).
PLOS_PROBES = [
    ('Full movement dynamics were extracted from 62 coleoptiles in the straight condition '
     'and 54 coleoptiles in the tilted condition.',
     'confirmed'),
    ('Fewer tilted coleoptiles overshot the vertical (5 observed) than predicted by the AC '
     'model (16 predicted).',
     'confirmed'),
    ("The Fisher's Exact test found the difference between predicted and actual overshoots "
     'significant (p = 0.0069).',
     'confirmed'),
    ("The odds ratio of the Fisher's exact test on overshoots was 4.12, with a 95% CI of "
     '0.99 to 17.28.',
     'confirmed'),
    ('Straight coleoptiles had a slightly higher average elongation growth rate than tilted '
     'coleoptiles (median 1.0 × 10^-5 s^-1 versus 9.3 × 10^-6 s^-1).',
     'confirmed'),
    ('The difference in elongation growth rate between straight and tilted coleoptiles had p'
     ' = 0.019.',
     'confirmed'),
    ('There was no difference in the period of elongation oscillations between straight (2.9'
     ' h) and tilted (2.8 h) coleoptiles (p = 0.88).',
     'confirmed'),
    ('The median velocity of elongation oscillation pulses was 11.3 mm.s-1 in straight and '
     '12.3 mm.s-1 in tilted coleoptiles.',
     'confirmed'),
    ('Photographs were taken every 15 minutes during a 24-hour period.',
     'confirmed'),
    ('Seeds were immersed in water for 6 hours to initiate germination.',
     'confirmed'),
    ('All seeds were adhered at a 45° angle so that coleoptiles would grow vertically with '
     'minimal initial curvature.',
     'confirmed'),
    ('Seeds germinated for 3 to 4 days until coleoptiles were 10-20 mm long.',
     'confirmed'),
    ('Prepared coleoptiles were positioned 80 cm in front of a camera.',
     'confirmed'),
    ('Plants with B > 2.8 should display an overshoot during the gravitropic movement.',
     'confirmed'),
    ('Up to 12 h after stimulation, tilted coleoptiles had a significantly greater average '
     'absolute curvature variation than straight coleoptiles (U = 11082).',
     'confirmed'),
    ('Inside the growth zone, the magnitude of curvature variation is 2.56 times greater in '
     'tilted coleoptiles than in straight coleoptiles.',
     'confirmed'),
    ('After 12 hours, straight and tilted coleoptiles showed similar absolute curvature '
     'distributions (p = 0.09).',
     'confirmed'),
    ('Curvature oscillation periods differed significantly between straight (2.8 h) and '
     'tilted (3.0 h) coleoptiles (p = 0.038).',
     'confirmed'),
    ('The median velocity of curvature variation pulses was 16.6 mm.s-1 in tilted '
     'coleoptiles.',
     'confirmed'),
    ('Tilted coleoptiles showed a median correlation of -0.33 between elongation growth and '
     'curvature variation.',
     'confirmed'),
    ('The median correlation statistic in straight coleoptiles was -0.026.',
     'confirmed'),
    ('The average velocity of propagation of auxin in coleoptiles is 12 mm/h.',
     'confirmed'),
    ('The average period of time between two pulses in the data set was 2.2 h.',
     'confirmed'),
    ('The AC model explained the kinematics of gravitropism in at least eleven species.',
     'confirmed'),
    ('All statistical and image analyses were conducted in MATLAB.',
     'confirmed'),
    ('Reaching the vertical takes the coleoptile tip anywhere from 1 to 3 hours.',
     'confirmed'),
    ('The time between each frame of Fig 1 is 150 minutes.',
     'confirmed'),
    ('The measured pulse velocity was 11.3 ± 6.0 mm/h for straight coleoptiles and 12.3 ± '
     '6.6 mm/h for tilted coleoptiles.',
     'confirmed'),
    ('Preliminary experiments showed that neither the pigment markers nor the flash altered '
     'coleoptile growth.',
     'confirmed'),
    ('Full movement dynamics were extracted from 64 coleoptiles in the straight condition.',
     'contradicted'),
    ('Full movement dynamics were extracted from 54 coleoptiles in the straight condition.',
     'contradicted'),
    ('More tilted coleoptiles overshot the vertical than predicted by the AC model.',
     'contradicted'),
    ('The AC model predicted 61 overshoots among the tilted coleoptiles.',
     'contradicted'),
    ("The Fisher's Exact test gave p = 0.0096 for the difference between predicted and "
     'actual overshoots.',
     'contradicted'),
    ('Tilted coleoptiles had a slightly higher average elongation growth rate than straight '
     'coleoptiles.',
     'contradicted'),
    ('Photographs were taken every 30 minutes during a 24-hour period.',
     'contradicted'),
    ('Seeds were immersed in water for 12 hours to initiate germination.',
     'contradicted'),
    ('Prepared coleoptiles were positioned 50 cm in front of a camera.',
     'contradicted'),
    ('Inside the growth zone, the magnitude of curvature variation is 3.56 times greater in '
     'tilted coleoptiles than in straight coleoptiles.',
     'contradicted'),
    ('Tilted coleoptiles showed a median correlation of -0.43 between elongation growth and '
     'curvature variation.',
     'contradicted'),
    ('All seeds were adhered at a 90° angle.',
     'contradicted'),
    ('The period of elongation growth oscillations differed significantly between straight '
     'and tilted coleoptiles.',
     'contradicted'),
    ('Plants with B > 3.8 should display an overshoot during the gravitropic movement.',
     'contradicted'),
    ('The median curvature oscillation period of tilted coleoptiles was 3.2 h.',
     'contradicted'),
    ('The oscillations of curvature variation disappeared after the tilted plants reached a '
     'potential gravitropic equilibrium.',
     'contradicted'),
    ('Preliminary experiments showed that the flash altered coleoptile growth.',
     'contradicted'),
    ('The camera used to photograph the coleoptiles was a Nikon D90.',
     'contradicted'),
    ('The experiment was replicated in three independent growth chambers.',
     'unverified'),
    ('Coleoptiles were grown at 22 °C.',
     'unverified'),
    ('Tilted coleoptiles that overshot the vertical had stronger coupling between growth and'
     ' curvature than those that did not.',
     'unverified'),
    ('Auxin transport inhibitors abolished the growth oscillations of the coleoptiles.',
     'unverified'),
    ('Sunflower nutation oscillations had a period of 2.2 h.',
     'unverified'),
    ('Root hair growth oscillations have a period of 2.9 h.',
     'unverified'),
    ('Of the 54 tilted coleoptiles, 16 were discarded because they were pierced by the first'
     ' leaf.',
     'unverified'),
    ('Wheat coleoptiles overshoot the vertical less often than Arabidopsis inflorescence '
     'stems.',
     'unverified'),
    ('Fewer tilted coleoptiles overshot the vertical than',
     'unverified'),
]

PATHOL_PROBES = [
    ('The strawberry pathotype of Alternaria alternata produces the host-specific AF-toxin '
     'and causes black spot of strawberry.',
     'confirmed'),
    ('Four new ORFs (AFT9-1, AFT10-1, AFT11-1, AFT12-1) and two transposon-like sequences '
     'were identified in pcAFT-2.',
     'confirmed'),
    ('AFT10-1 encodes an acyl-CoA dehydrogenase.',
     'confirmed'),
    ('In Alternaria, host-specific toxins are involved in at least 10 plant diseases.',
     'confirmed'),
    ('The fungal isolates were kept on potato sucrose agar at 25°C.',
     'confirmed'),
    ('For the pathogenicity tests, spore suspensions were adjusted to 1 × 10^5 spores/ml.',
     'confirmed'),
    ('Transformant colonies were transferred to PDA plates containing hygromycin B or '
     'geneticin at 100 µg/ml.',
     'confirmed'),
    ('The fragments produced for constructing pACD2 were 871 bp and 932 bp.',
     'confirmed'),
    ('AFTR-2 and AFT3-2 have 99% and 100% homology to AFTR-1 and AFT3-1, respectively.',
     'confirmed'),
    ('The cosmid clone pcAFT-2 contains a 40-kb insert.',
     'confirmed'),
    ('The coding sequence of AFT11-1 is around 1764 bp.',
     'confirmed'),
    ('AFT11-1 encodes a protein consisting of more than 500 amino acids.',
     'confirmed'),
    ('The intron sizes of AFT11-1 are 62, 42, 53, and 49 bp.',
     'confirmed'),
    ('AFT12-1 consists of a single exon of around 290 amino acids.',
     'confirmed'),
    ('AFT9-1 consists of around 3000 amino acids.',
     'confirmed'),
    ('The coding region of AFT10-1 consists of 1843 bp with four introns.',
     'confirmed'),
    ('The intron sizes of AFT10-1 are 57, 55, 55, and 52 bp.',
     'confirmed'),
    ('The AFT10-1 ORF codes for around 400 amino acids.',
     'confirmed'),
    ('RT-PCR with primers C2SR19 and C2SR21 produced a 1.1-kb fragment of AFT10-1 from NAF8 '
     'mRNA.',
     'confirmed'),
    ('Primer pair C2SR26 and C2SR27 amplified an 894-bp fragment of AFT12-1.',
     'confirmed'),
    ('Four double-crossover mutants were identified among five hygromycin-resistant mutants.',
     'confirmed'),
    ('AF-toxin I was 55.5% and 97.9% lower in mutant strains 24.1 and 24.1.8, respectively, '
     'than in the wild type.',
     'confirmed'),
    ('AF-toxin II production decreased to almost 70% in 24.1 and up to 90% in 24.1.8.',
     'confirmed'),
    ('Table 1 lists 20 fungal isolates.',
     'confirmed'),
    ('Isolate NAF8 is a strawberry pathotype isolate from Aichi, Japan.',
     'confirmed'),
    ('Isolate O-159 is an apple pathotype isolate of unknown source.',
     'confirmed'),
    ('The strawberry isolate T-32 came from Tottori, Japan.',
     'confirmed'),
    ('The AFT genes have been found on a 1.05-Mb conditionally dispensable chromosome.',
     'confirmed'),
    ('Wild-type and mutant strains were grown on 10 ml potato sucrose broth for 7 days at '
     '25°C.',
     'confirmed'),
    ('The wild type and the mutants did not differ significantly in their penetration '
     'behavior.',
     'confirmed'),
    ('All probes hybridized only to the Japanese pear, strawberry, and tangerine pathotypes.',
     'confirmed'),
    ('AFTR-2 and AFT3-2 have 100% and 99% homology to AFTR-1 and AFT3-1, respectively.',
     'contradicted'),
    ('The cosmid clone pcAFT-2 contains a 31-kb insert.',
     'contradicted'),
    ('The coding sequence of AFT11-1 is around 1746 bp.',
     'contradicted'),
    ('The coding region of AFT10-1 consists of 1843 bp with three introns.',
     'contradicted'),
    ('AF-toxin I was 45.5% lower in mutant strain 24.1 than in the wild type.',
     'contradicted'),
    ('RT-PCR with primers C2SR22 and C2SR25 produced a 1.1-kb fragment of AFT11-1 from NAF8 '
     'mRNA.',
     'contradicted'),
    ('Isolate NAF8 is a Japanese pear pathotype isolate.',
     'contradicted'),
    ('The strawberry isolate T-32 came from Aichi, Japan.',
     'contradicted'),
    ('The fungal isolates were kept on potato sucrose agar at 28°C.',
     'contradicted'),
    ('Disruption of two copies of AFT10-1 completely abolished pathogenicity on pear and '
     'strawberry leaves.',
     'contradicted'),
    ('Hybridization with the ORF probes was found in the rough lemon and apple isolates.',
     'contradicted'),
    ('Transformant colonies were transferred to PDA plates containing hygromycin B at 50 '
     'µg/ml.',
     'contradicted'),
    ('Disruption of two copies of AFT10-1 increased the number of lesions on host leaves.',
     'contradicted'),
    ('AFT12-1 contains four introns.',
     'contradicted'),
    ('The strawberry cultivar Morioka-16 is resistant to the strawberry pathotype.',
     'contradicted'),
    ('AF-toxin III production was 40% lower in the disruption mutants than in the wild type.',
     'unverified'),
    ('The AF-toxin gene cluster spans 150 kb.',
     'unverified'),
    ('AFT9-1 expression was induced 5-fold under toxin-producing conditions.',
     'unverified'),
    ('The tangerine pathotype isolate ATCC38963 carries three copies of AFT10-1.',
     'unverified'),
    ('Knockout of AFT11-1 reduced AF-toxin I production by 55.5%.',
     'unverified'),
    ('The AFT10-1 null mutant was completely nonpathogenic on strawberry leaves.',
     'unverified'),
    ('Isolate AM-1 produces AM-toxin in culture at 25°C.',
     'unverified'),
    ('AF-toxin I was 55.5% and 97.9% lower in',
     'unverified'),
]

PROBE_SETS = {PLOS: (PLOS_PROBES, 34), PATHOL: (PATHOL_PROBES, 32)}

PERIOD = ("The period of elongation growth oscillations differed significantly between "
          "straight and tilted coleoptiles.")
AROUND = "The coding sequence of AFT11-1 is around 1746 bp."
NAF8 = "Isolate NAF8 is a Japanese pear pathotype isolate."
CUT = "AF-toxin I was 55.5% and 97.9% lower in"
MEDIAN = "The median velocity of curvature variation pulses was 16.6 mm.s-1 in tilted coleoptiles."

_parsed = cache(real_paper)


probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


@pytest.fixture(scope="module")
def plos():
    return {PLOS: _parsed(PLOS)}


@pytest.fixture(scope="module")
def pathol():
    return {PATHOL: _parsed(PATHOL)}


def _none(*args, **kwargs):
    return None


def test_a_bare_noun_beside_a_sibling_qualifier_confirms_nothing(plos, monkeypatch):
    status, why = status_of(plos, PLOS, PERIOD)
    assert status == Status.unverified, why
    assert "curvature" in why, why
    # Planted bug: the guard switched off; the curvature sentence confirms the claim again.
    monkeypatch.setattr(guard_chain, "guard_sibling_qualifiers", _none)
    # Round 27's splice rule withholds it too (the claim ends on the second clause's words).
    monkeypatch.setattr(guard_chain, "guard_spliced_clauses", _none)
    status, why = status_of(plos, PLOS, PERIOD + " ")
    assert status == Status.confirmed, why


def test_hedged_numbers_with_transposed_digits_do_not_agree(pathol, monkeypatch):
    status, why = status_of(pathol, PATHOL, AROUND)
    assert status == Status.contradicted, why
    # Planted bug: the hedge's 10% lets the transposed 1746 agree with 1764.
    monkeypatch.setattr(number_values, "_miscopied", lambda mine, theirs: False)
    status, why = status_of(pathol, PATHOL, AROUND + " ")
    assert status == Status.confirmed, why


def test_hedged_round_or_short_numbers_still_agree():
    assert number_values._miscopied("1746", "1764")
    assert not number_values._miscopied("1250", "1205")  # a round number
    assert not number_values._miscopied("98", "89")  # two digits
    assert not number_values._miscopied("1764", "1764")


def test_a_class_named_in_another_conjunct_is_not_stated(pathol, monkeypatch):
    status, why = status_of(pathol, PATHOL, NAF8)
    assert status == Status.unverified, why
    # Planted bug: the guard switched off; the clone's sentence confirms the claim again.
    monkeypatch.setattr(guard_chain, "guard_conjunct_classes", _none)
    status, why = status_of(pathol, PATHOL, NAF8 + " ")
    assert status == Status.confirmed, why


@pytest.fixture
def fresh_dangling_ends():
    guards_cut_ends.dangling_end.cache_clear()
    yield
    guards_cut_ends.dangling_end.cache_clear()


def test_a_claim_cut_after_a_comparative_particle_confirms_nothing(pathol, monkeypatch,
                                                                   fresh_dangling_ends):
    status, why = status_of(pathol, PATHOL, CUT)
    assert status == Status.unverified, why
    assert guards_cut_ends.dangling_end("The error was lower on") == "on"
    # Planted bug: no comparative strands a particle; the cut claim is confirmed again.
    monkeypatch.setattr(guards_cut_ends, "COMPARATIVES", frozenset())
    guards_cut_ends.dangling_end.cache_clear()
    status, why = status_of(pathol, PATHOL, CUT + " ")
    assert status == Status.confirmed, why


def test_a_bracketed_abbreviation_ends_no_sentence(monkeypatch):
    whole = "(Med. Straight = 2.9h, Med. Tilted = 2.8h, U = 1084, p = 0.88)"
    assert paper_module._open_abbreviation("of oscillations (Med.", whole[6:])
    assert not paper_module._open_abbreviation("of oscillations (Med.", "Next (sentence).")
    papers = {PLOS: real_paper(PLOS)}
    status, why = status_of(papers, PLOS, MEDIAN)
    assert status == Status.confirmed, why
    # Planted bug: "(Med." ends a sentence again; the medians' sentence loses its subject.
    monkeypatch.setattr(paper_module, "_open_abbreviation", lambda previous, following: False)
    status, why = status_of({PLOS: real_paper(PLOS)}, PLOS, MEDIAN + " ")
    assert status == Status.unverified, why


def test_a_time_unit_glued_to_its_number_is_read(monkeypatch):
    read = [(quantity.value, quantity.unit) for quantity in parse_quantities("(tp = 2.2h)")]
    assert read == [(2.2, "hours")]
    assert [quantity.unit for quantity in parse_quantities("after 30min and 4hrs")] == [
        "minutes", "hours"]
    assert parse_quantities("a 3D scan at 12hz") == []
    # Planted bug: a glued "h" makes the number no amount again.
    monkeypatch.setattr(quantity_units, "_GLUED_TIME", quantity_units.re.compile(r"(?!)"))
    assert parse_quantities("(tp = 2.2h)") == []


def test_a_metric_unit_glued_to_its_number_is_read(monkeypatch):
    def read(text):
        return [quantity.value for quantity in parse_quantities(text)]
    assert read("Med. Tilted = 16.6mm.s\u2212" "1, U = 144624") == [16.6, 144624]
    assert read("Tilted = 9.3 \u00d7 10^-6s\u2212" "1, U") == [9.3e-06]
    assert read("median 1.0 \u00d7 10^-5 s^-1") == [1e-05]
    assert read("were 10\u201320mm long") == [10, 20]
    # Planted bug: a glued unit makes the number no amount again, and "s\u22121" a number.
    monkeypatch.setattr(quantity_units, "_GLUED_MEASURE", quantity_units.re.compile(r"(?!)"))
    assert read("Med. Tilted = 16.6mm.s\u2212" "1, U = 144624") == [144624]
    monkeypatch.setattr(quantity_numbers, "_UNIT_POWER", quantity_numbers.re.compile(r"(?!)"))
    assert read("Med. Tilted = 16.6mm.s\u2212" "1, U = 144624") == [1, 144624]
