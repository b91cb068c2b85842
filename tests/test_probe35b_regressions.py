"""Round 35 regressions of my own probe (probe35b) of a document new to the project, from
outside NLP (marine microbial ecology).

Hu, Jiao, Zhang and Yang, *Niche Partitioning of Marine Group I Crenarchaeota in the Euphotic
and Upper Mesopelagic Zones of the East China Sea*, Applied and Environmental Microbiology
77:21 (2011), 7469-7478, from the test data of allenai/s2orc-doc2json
(tests/input/b80e338a4e543de6b49cada07156c9149d22.pdf, commit
6533ce89fee1ebc6a12e766f10e7968267ed9bb4): tests/real/papers/crenarchaeota_aem11.pdf, whole
(10 pages, 2.6 MB). Two-column ASM layout set by XPP, whose text layer maps the Symbol font's
glyphs to odd code points ("␴t" for sigma-t, "⬃" for "~", "⫻" for the times sign, "ⱕ" for
"<="). Table 1 = temperature, salinity and sigma-t at ten depths under two station column
groups (Station 712, Station 608); Table 2 = diversity indices (clones, OTUs, coverage C (%),
Shannon H', 1/D, Chao1) of twelve clone libraries named "608-10" ... "712-400", under two
column groups (Crenarchaeal amoA, Crenarchaeal accA). Claims were labelled from the page
images before the tool ran on them.

57 claims (30 confirmed, 15 contradicted, 12 unverified).

First contact: 187 sentences and both tables read (every Mathematical Pi sign as U+FFFD),
57 claims, 20 decided, 30 right, **2 wrong**, both confirmations of false claims about the two
sampling stations, which the paper names by number:

- "The mixed layer was deeper at station 608 than at station 712" (the paper: greater at 712
  than at 608) was confirmed by the station numbers alone; the comparison readers drop numbers
  from a comparison's sides. Two numbered items compared the other way round support nothing
  (`verify/guards_numbered_items.swapped_items`).
- "The euphotic depth at station 608 was about 106 m" (84 m) was confirmed by "... at station
  608 was around 84 m, whereas the euphotic depth at station 712 was slightly greater, at ~106
  m": a number printed after another numbered item is that item's
  (`guards_numbered_items.other_item_value`).

Recall fixes, each general:

- Mathematical Pi's operators and relations by glyph name ("H11005" "=", "H11021" "<",
  "H11003" the times sign, "H11011" "~", "H11349" "<=", ..., and sigma and gamma): every
  "R2 = 0.86; P < 0.001", power of ten and "~75 m" of the paper read as U+FFFD
  (`extract/math_pi_glyphs.MATH_PI_SIGNS`).
- A raised 2 or 3 set on a one-letter symbol ("R2") is its power, not a footnote mark
  (`extract/page_lines._SQUARE`).
- "copies ng DNA-1": the words up to one with a negative exponent are the rate's denominator,
  not part of the counted noun (`verify/unit_compounds.denominator_at`).
- "2.44 x 10^4" is one number, not a factor (`verify/guards_factor_amounts._FOUND_FACTOR`).

Two latent wrong confirmations the reading fixes exposed (found by LATENT_PROBES), withheld:

- "... correlated with an R2 of 0.86" for the amoA/MGI pair (0.83): the 0.86 sentence
  correlates MGI with the archaea, and the passage lent "amoA"; a correlation's sentence must
  name the claim's coded names itself (`verify/guards_correlated_names.py`).
- "MGI 16S rRNA gene abundances ranged from 1.41 x 10^2 to 3.72 x 10^4" (the archaeal range):
  the claim's subject words are the sentence's but for "MGI" put in place of "Archaeal"
  (`verify/guards_substituted_names.py`).

And two more, found by a second set of adversarial claims written after these fixes:

- "The MGI 16S rRNA gene abundance was significantly correlated with the archaeal 16S rRNA gene
  abundance (R2 = 0.83)" (0.86) was confirmed by the amoA/MGI sentence, which prints
  "crenarchaeal", the passage lending "archaeal": a word set right before a correlated coded
  name must be printed too (`guards_correlated_names._qualifiers`).
- "... reached a maximum of 2.44 x 10^4 copies per ng of DNA in the euphotic zone" (in the
  upper mesopelagic zones) was confirmed, the passage lending "euphotic": a sentence that
  states its number "in the upper mesopelagic zones", a place of the claim's noun with none of
  the claim's words for it, supports nothing (`verify/guards_other_places.py`).

Now 22 decided, 34 right, 0 wrong; the 25 latent probes: 9 decided, 10 right, 0 wrong.
Accuracy of record unchanged (right 1516/2498, wrong 0; no status differs). Left: "surface" for
Table 1's depth row "0"; "Shannon index" and "coverage" for Table 2's "H'" and "C (%)" headers
(a one-letter short form defined in the methods text, not the caption); "T-RFs" for "terminal
restriction fragments"; differences of two cells worded as "warmer by"; swapped owners of a
list ("406 amoA" of "377 amoA and 406 accA").
"""

from __future__ import annotations

import re
from functools import cache

from probe_verdicts import probe_set_tests, real_paper, scored, status_of, verify_on

from verify_claims.claims import Status
from verify_claims.extract import math_pi_glyphs, page_lines
from verify_claims.verify import (
    content,
    guard_chain,
    guards_correlated_names,
    guards_factor_amounts,
    guards_numbered_items,
    guards_other_places,
    guards_substituted_names,
    side_memo,
    unit_compounds,
)
from verify_claims.verify.memo import Memo

CREN = "crenarchaeota_aem11"

# Each claim with the status its page says (labelled before the tool ran); p = page of the PDF
# (1 = p. 7469 abstract and introduction, 2 = p. 7470 Figure 1 and sampling, 3 = p. 7471
# Table 1, methods and results, 4 = p. 7472 qPCR results, 5 = p. 7473 Table 2, 6 = p. 7474
# ecotypes and discussion, 7 = p. 7475, 8 = p. 7476).
CREN_PROBES = [
    # --- confirmed ---
    # p2 "Water samples were collected on board the RV Dongfanghong #2 between 5 and 12
    # November 2007."
    ('Water samples were collected aboard the RV Dongfanghong #2 between 5 and 12 November '
     '2007.', 'confirmed'),
    # p2 "Water samples were collected at 10 intervals in the euphotic and upper mesopelagic
    # zones (0 to 400 m) for each station"
    ('At each station, water was sampled at 10 depths between 0 and 400 m.', 'confirmed'),
    # p2 "station 608 (30.33°N, 128.62°E)"
    ('Station 608 was located at 30.33°N, 128.62°E.', 'confirmed'),
    # p3 "the MLD was slightly greater at station 712 (~75 m) than at station 608 (~50 m)"
    ('The mixed layer was deeper at station 712 (about 75 m) than at station 608 (about 50 m).',
     'confirmed'),
    # p3 "the euphotic depth at station 608 was around 84 m, whereas the euphotic depth at
    # station 712 was slightly greater, at ~106 m"
    ('In November 2007 the euphotic depth was about 84 m at station 608 and about 106 m at '
     'station 712.', 'confirmed'),
    # p3 Table 1 Station 712, depth 0, Temp 25.80
    ('The surface water temperature at station 712 was 25.80 °C.', 'confirmed'),
    # p3 Table 1 Station 608, depth 400, Temp 7.96
    ('At 400 m, the water temperature at station 608 was 7.96 °C.', 'confirmed'),
    # p3 Table 1 Station 712, depth 150, Salinity 34.64
    ('At station 712, salinity at 150 m depth was 34.64‰.', 'confirmed'),
    # p3 Table 1 Station 608, depth 400, sigma-t 26.762
    ('At station 608, the potential density (σt) at 400 m was 26.762 kg m−3.', 'confirmed'),
    # p3 Table 1 depth 0: 25.80 - 24.36 = 1.44
    ('Surface water at station 712 was 1.44 °C warmer than at station 608.', 'confirmed'),
    # p3 Table 1 Station 712: 25.80 - 10.42 = 15.38
    ('At station 712, the temperature dropped by 15.38 °C between the surface and 400 m.',
     'confirmed'),
    # p3 "The temperature was significantly higher but the σt was significantly lower at station
    # 712 than at station 608, while the salinity values were not significantly different"
    ('Salinity did not differ significantly between the two stations.', 'confirmed'),
    # p3-4 "Archaeal 16S rRNA gene abundances ranged from 1.41 × 10^2 to 3.72 × 10^4 copies ng
    # DNA−1 within the euphotic zone at the two stations"
    ('Within the euphotic zone, archaeal 16S rRNA gene abundances ranged from 1.41 × 10^2 to '
     '3.72 × 10^4 copies per ng of DNA.', 'confirmed'),
    # p4 "The MGI 16S rRNA gene abundance was significantly correlated with the archaeal 16S
    # rRNA gene abundance (R2 = 0.86; P < 0.001)"
    ('MGI 16S rRNA gene abundance correlated significantly with archaeal 16S rRNA gene '
     'abundance (R2 = 0.86, P < 0.001).', 'confirmed'),
    # p4 "MGI dominated in the archaeal community below the euphotic zone, with an averaged
    # relative abundance of 57.2% of the total"
    ('Below the euphotic zone, MGI made up on average 57.2% of the archaeal community.',
     'confirmed'),
    # p4 "to a maximum of 2.44 × 10^4 copies ng DNA−1 in the upper mesopelagic zones"
    ('Crenarchaeal amoA gene abundance peaked at 2.44 × 10^4 copies per ng of DNA in the upper '
     'mesopelagic zone.', 'confirmed'),
    # p4 "the crenarchaeal amoA and MGI 16S rRNA genes were significantly correlated with each
    # other (R2 = 0.83; P < 0.001)"
    ('Crenarchaeal amoA and MGI 16S rRNA gene abundances were correlated with an R2 of 0.83.',
     'confirmed'),
    # p4 "The T-RFLP pattern of the bacterial communities revealed a total of 134 T-RFs"
    ('T-RFLP profiling of the bacterial communities revealed 134 terminal restriction fragments '
     'in total.', 'confirmed'),
    # p5 "The number of DGGE bands detected ranged from 1 to 14 per sample"
    ('Between 1 and 14 DGGE bands were detected per sample.', 'confirmed'),
    # p5 "In total, 377 amoA and 406 accA gene sequences were obtained"
    ('The clone libraries yielded 377 amoA and 406 accA gene sequences.', 'confirmed'),
    # p5 "These sequences contained 31 unique amoA OTUs and 53 unique accA OTUs"
    ('The sequences comprised 31 unique amoA OTUs and 53 unique accA OTUs.', 'confirmed'),
    # p5 Table 2 712-200, Crenarchaeal amoA: No. of OTUs 15, C (%) 83.7
    ('The amoA clone library from 712-200 contained 15 OTUs, with a coverage of 83.7%.',
     'confirmed'),
    # p5 Table 2 608-200, Crenarchaeal accA: Chao1 index value 26
    ('The accA clone library from 608-200 had a Chao1 index of 26.', 'confirmed'),
    # p5 Table 2 608-150, Crenarchaeal amoA: H' 1.62
    ("The amoA library from 608-150 had a Shannon index (H') of 1.62.", 'confirmed'),
    # p5 Table 2 712-400, Crenarchaeal accA: No. of OTUs 3, 1/D 1.46
    ('The accA library from 712-400 contained 3 OTUs and had a reciprocal Simpson index of '
     '1.46.', 'confirmed'),
    # p5 Table 2 No. of clones sequenced, amoA: 712-200 43, 608-200 37
    ('Six more amoA clones were sequenced from 712-200 than from 608-200.', 'confirmed'),
    # p6 "AdaptML identified 10 amoA ecotypes and 10 accA ecotypes"
    ('AdaptML identified 10 amoA ecotypes and 10 accA ecotypes.', 'confirmed'),
    # p6 "some amoA and accA ecotypes (8 out of 10 ecotypes) had similar depth-related
    # variations"
    ('Eight of the ten amoA and accA ecotypes showed similar depth-related variations.',
     'confirmed'),
    # p7 "The qPCR assays indicated an amoA-to-16S rRNA gene ratio close to 2 at both stations"
    ('The ratio of amoA to 16S rRNA genes was close to 2 at both stations.', 'confirmed'),
    # p3 "Electrophoresis was performed at a constant temperature of 60°C and at 75 V for 16 h."
    ('DGGE electrophoresis was run at 60°C and 75 V for 16 h.', 'confirmed'),
    # --- contradicted ---
    # p4 "an averaged relative abundance of 57.2%" (digits transposed)
    ('Below the euphotic zone, MGI made up on average 52.7% of the archaeal community.',
     'contradicted'),
    # p4 "a total of 134 T-RFs" (digits transposed)
    ('T-RFLP profiling of the bacterial communities revealed 143 terminal restriction fragments '
     'in total.', 'contradicted'),
    # p3 Table 1 depth 0: Station 608 Temp 24.36 (25.80 is station 712's)
    ('The surface water temperature at station 608 was 25.80 °C.', 'contradicted'),
    # p3 Table 1 Station 608 Temp: 300 m 10.00 (7.96 is the 400 m row)
    ('At 300 m, the water temperature at station 608 was 7.96 °C.', 'contradicted'),
    # p3 "the MLD was slightly greater at station 712 (~75 m) than at station 608 (~50 m)"
    # (direction flipped)
    ('The mixed layer was deeper at station 608 than at station 712.', 'contradicted'),
    # p3 "the euphotic depth at station 608 was around 84 m" (106 m is station 712's)
    ('The euphotic depth at station 608 was about 106 m.', 'contradicted'),
    # p5 Table 2 712-200 amoA C (%) 83.7 (89.2 is 608-200's)
    ('The amoA clone library from 712-200 had a coverage of 89.2%.', 'contradicted'),
    # p5 Table 2 608-200 accA No. of OTUs 17 (12 is 608-100's)
    ('The accA clone library from 608-200 contained 12 OTUs.', 'contradicted'),
    # p4 amoA vs MGI 16S: R2 = 0.83 (0.86 is MGI vs archaeal 16S)
    ('Crenarchaeal amoA and MGI 16S rRNA gene abundances were correlated with an R2 of 0.86.',
     'contradicted'),
    # p6 "AdaptML identified 10 amoA ecotypes"
    ('AdaptML identified 12 amoA ecotypes.', 'contradicted'),
    # p6 "there were no significant differences in accA diversity between the euphotic zone
    # samples and those from greater depths (P > 0.1)" (negation in other words)
    ('The diversity of accA differed significantly between euphotic-zone samples and deeper '
     'samples.', 'contradicted'),
    # p4 "The abundance of the amoA gene of β-AOB was below the detection limits in all
    # samples."
    ('The amoA gene of β-AOB was detected in most samples.', 'contradicted'),
    # p5 "377 amoA and 406 accA gene sequences" (swapped)
    ('In total, 406 amoA gene sequences were obtained.', 'contradicted'),
    # p3 Table 1 depth 0: 25.80 - 24.36 = 1.44, not 1.54
    ('Surface water at station 712 was 1.54 °C warmer than at station 608.', 'contradicted'),
    # p3 "using an ABI 3730 XL sequencer" (in other words)
    ('The clones were sequenced on an Illumina MiSeq.', 'contradicted'),
    # --- unverified ---
    # nutrients were never measured
    ('Nitrate concentrations at station 712 peaked at 150 m.', 'unverified'),
    # chlorophyll is never reported (50 m is station 608's mixed-layer depth)
    ('The chlorophyll a maximum at station 608 lay at 50 m.', 'unverified'),
    # qPCR efficiencies are in Table S2 of the supplement only
    ('The amoA qPCR assay had an amplification efficiency of 95%.', 'unverified'),
    # no distance between the stations is given
    ('Stations 712 and 608 lie about 250 km apart.', 'unverified'),
    # 2.44 × 10^4 is the amoA maximum in copies per ng of DNA; cells per millilitre are never
    # counted
    ('MGI cell counts reached 2.44 × 10^4 cells per millilitre at 400 m.', 'unverified'),
    # oxygen is only mentioned as "oxygenated upper ocean"
    ('Dissolved oxygen fell below 2 mg per litre at 400 m at both stations.', 'unverified'),
    # ecotype E3 is never described by station
    ('The amoA-E3 ecotype was found only at station 608.', 'unverified'),
    # the bacterial T-RFLP profiles get no Shannon index
    ('The Shannon index of the bacterial T-RFLP profiles at station 608 was 2.43.',
     'unverified'),
    # ammonium is never measured
    ('Ammonium concentrations in the euphotic zone were below 0.1 µM.', 'unverified'),
    # 57.2% is MGI's share of the archaeal community; accA's share is never given
    ('Crenarchaeal accA genes made up 57.2% of all functional genes at 300 m.', 'unverified'),
    # the sampling cruise's weather is not reported
    ('A typhoon interrupted sampling at station 608 for two days.', 'unverified'),
    # the authors do not estimate carbon fixation rates
    ('MGI fixed about 40% of the dissolved inorganic carbon in the mesopelagic zone of the '
     'ECS.', 'unverified'),
]

PROBE_SETS = {CREN: (CREN_PROBES, 34)}

_parsed = cache(real_paper)

probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


def _cren():
    return {CREN: _parsed(CREN)}


# Claims written after the first run, probing the same pages (wrong rows and columns, numbers
# shared with another statement, mutated words), each with the status its page says; none may
# get a wrong decisive status.
LATENT_PROBES = [
    # p3 "the MLD was slightly greater at station 712 (~75 m) than at station 608 (~50 m)"
    ('The mixed layer was shallower at station 712 than at station 608.', 'contradicted'),
    ('The mixed layer depth at station 608 was about 75 m.', 'contradicted'),
    ('The mixed layer depth at station 608 was about 50 m.', 'confirmed'),
    # p3 "the euphotic depth at station 608 was around 84 m, whereas the euphotic depth at
    # station 712 was slightly greater, at ~106 m"
    ('The euphotic depth at station 712 was about 84 m.', 'contradicted'),
    ('The euphotic zone was deeper at station 608 than at station 712.', 'contradicted'),
    # p3 "The temperature was significantly higher but the σt was significantly lower at
    # station 712 than at station 608"
    ('The temperature was significantly lower at station 712 than at station 608.',
     'contradicted'),
    ('The temperature was significantly higher at station 712 than at station 608.',
     'confirmed'),
    # p2 "Station 712 is located by the main stream of the Kuroshio Current, while station 608
    # is situated near a branch of the Kuroshio Current."
    ('Station 608 is located by the main stream of the Kuroshio Current.', 'contradicted'),
    ('Station 712 is located by the main stream of the Kuroshio Current.', 'confirmed'),
    # p3 Table 1: wrong row, wrong column
    ('At 200 m, the salinity at station 712 was 34.64‰.', 'contradicted'),
    ('At 150 m, the temperature at station 608 was 18.46 °C.', 'contradicted'),
    ('At 150 m, the temperature at station 608 was 17.38 °C.', 'confirmed'),
    # p5 Table 2: the other gene's column group
    ('The accA clone library from 712-200 contained 15 OTUs.', 'contradicted'),
    ('The amoA clone library from 608-400 had a Chao1 index of 4.', 'contradicted'),
    ('The accA clone library from 608-400 had a Chao1 index of 4.', 'confirmed'),
    # p3-4 the archaeal range given to MGI (MGI: 3.3 × 10^1 to 1.38 × 10^4)
    ('MGI 16S rRNA gene abundances ranged from 1.41 × 10^2 to 3.72 × 10^4 copies per ng of '
     'DNA.', 'contradicted'),
    # p4 2.44 × 10^4 is amoA's maximum; accA's is given by depth only
    ('Crenarchaeal accA gene abundance peaked at 2.44 × 10^4 copies per ng of DNA.',
     'unverified'),
    # p4 "The abundance of the crenarchaeal accA gene was almost always below the detection
    # limit within the euphotic zones"
    ('Crenarchaeal accA genes were almost always below the detection limit within the euphotic '
     'zones.', 'confirmed'),
    ('Archaeal 16S rRNA genes were almost always below the detection limit within the euphotic '
     'zones.', 'contradicted'),
    # p4 (R2 = 0.86; P < 0.001) is MGI against archaeal 16S
    ('MGI 16S rRNA gene abundance was correlated with crenarchaeal amoA abundance with an R2 of '
     '0.86.', 'contradicted'),
    # p4 (R2 = 0.83) is amoA against MGI 16S; MGI against archaeal 16S is 0.86
    ('The MGI 16S rRNA gene abundance was significantly correlated with the archaeal 16S rRNA '
     'gene abundance (R2 = 0.83).', 'contradicted'),
    # p4 amoA's maximum "in the upper mesopelagic zones of both stations"
    ('The crenarchaeal amoA gene abundance reached a maximum of 2.44 × 10^4 copies per ng of '
     'DNA in the euphotic zone.', 'contradicted'),
    ('The amoA clone library from 712-200 had a Chao1 index of 26.', 'contradicted'),
    ('At station 608, the temperature at 75 m was 25.26 °C.', 'contradicted'),
    # p5 "a deep clade (>=150 m) and a euphotic zone cluster (<=100 m)" (glyphs read by name)
    ('The euphotic zone cluster of the DGGE profiles comprised samples from 100 m or shallower.',
     'confirmed'),
]


def test_no_latent_probe_gets_a_wrong_decisive_verdict():
    verdicts = verify_on(_cren(), CREN, [text for text, _ in LATENT_PROBES])
    wrong, right = scored(verdicts, LATENT_PROBES)
    assert not wrong, wrong
    assert right >= 10, right


def test_two_numbered_items_compared_the_other_way_support_nothing(monkeypatch):
    claim = 'The mixed layer was deeper at station 608 than at station 712.'
    status, why = status_of(_cren(), CREN, claim)
    assert status == Status.unverified and "other way" in why, why
    sentence = ("As indicated by the \u03c3t, the MLD was slightly greater at station 712 (~75 m) "
                "than at station 608 (~50 m) (Table 1).")
    assert guards_numbered_items.swapped_items(claim, sentence) == "station"
    # the antonym says what the sentence says; the claim's own order with the other
    # direction does not
    assert guards_numbered_items.swapped_items(
        'The mixed layer was shallower at station 608 than at station 712.', sentence) is None
    assert guards_numbered_items.swapped_items(
        'The mixed layer was lower at station 712 than at station 608.', sentence) == "station"
    assert guards_numbered_items.swapped_items(
        'The mixed layer was greater at station 712 than at station 608.', sentence) is None
    # Planted bug: the guard is off, and the station numbers confirm the swapped claim again.
    monkeypatch.setattr(guard_chain, "guard_numbered_items", lambda claim, checks: None)
    status, why = status_of(_cren(), CREN, claim + " ")
    assert status == Status.confirmed, why


def test_a_number_in_another_numbered_items_clause_is_that_items(monkeypatch):
    claim = 'The euphotic depth at station 608 was about 106 m.'
    status, why = status_of(_cren(), CREN, claim)
    assert status == Status.unverified and "station 712" in why, why
    sentence = ("the euphotic depth at station 608 was around 84 m, whereas the euphotic depth "
                "at station 712 was slightly greater, at ~106 m.")
    assert guards_numbered_items.other_item_value(claim, sentence) == (
        "106", "station 712", "station 608")
    assert guards_numbered_items.other_item_value(
        'The euphotic depth at station 608 was about 84 m.', sentence) is None
    assert guards_numbered_items.other_item_value(
        'The euphotic depth at stations 608 and 712 was 84 and 106 m.', sentence) is None
    # Planted bug: the guard is off, and station 712's 106 confirms station 608's claim again.
    monkeypatch.setattr(guard_chain, "guard_numbered_items", lambda claim, checks: None)
    status, why = status_of(_cren(), CREN, claim + " ")
    assert status == Status.confirmed, why


def test_mathematical_pi_signs_are_read_by_their_glyph_names(monkeypatch):
    from pdfminer import glyphlist

    sentences = [sentence.text for sentence in _cren()[CREN].sentences]
    assert any("(R2 = 0.86; P < 0.001)" in text for text in sentences)
    assert any("a deep clade (\u2265150 m) and a euphotic zone cluster (\u2264100 m)" in text
               for text in sentences)
    assert any("1.41 \u00d7 10^2 to 3.72 \u00d7 10^4 copies ng DNA\u22121" in text
               for text in sentences)
    assert any("the MLD was slightly greater at station 712 (~75 m)" in text
               for text in sentences)
    assert "Station 712 \u03c3t (kg m )" in _cren()[CREN].tables[0].header
    # Planted bug: the names are unknown again, and the signs read as U+FFFD.
    for name in {**math_pi_glyphs.MATH_PI_GREEK, **math_pi_glyphs.MATH_PI_SIGNS}:
        monkeypatch.delitem(glyphlist.glyphname2unicode, name, raising=False)
    monkeypatch.setattr(math_pi_glyphs, "teach_pdfminer", lambda: None)
    from verify_claims.extract import pdfwords
    monkeypatch.setattr(pdfwords, "teach_pdfminer", lambda: None)
    fresh = real_paper(CREN)
    assert not any("(R2 = 0.86; P < 0.001)" in sentence.text for sentence in fresh.sentences)
    assert any("(R2 \ufffd 0.86; P \ufffd 0.001)" in sentence.text for sentence in fresh.sentences)


def test_a_raised_square_on_a_one_letter_symbol_is_read(monkeypatch):
    claim = ('MGI 16S rRNA gene abundance correlated significantly with archaeal 16S rRNA gene '
             'abundance (R2 = 0.86, P < 0.001).')
    status, why = status_of(_cren(), CREN, claim)
    assert status == Status.confirmed, why
    # Planted bug: the raised 2 of "R2" is a footnote mark again, and the passage speaks of
    # no "R2".
    monkeypatch.setattr(page_lines, "_SQUARE", re.compile(r"(?!)"))
    fresh = {CREN: real_paper(CREN)}
    assert any("(R = 0.86; P < 0.001)" in sentence.text for sentence in fresh[CREN].sentences)
    status, why = status_of(fresh, CREN, claim + " ")
    assert status == Status.unverified, why


def test_a_rate_with_a_negative_exponent_measures_its_noun(monkeypatch):
    claim = ('Crenarchaeal amoA gene abundance peaked at 2.44 \u00d7 10^4 copies per ng of DNA '
             'in the upper mesopelagic zone.')
    status, why = status_of(_cren(), CREN, claim)
    assert status == Status.confirmed, why
    assert unit_compounds.denominator_at("copies ng DNA\u22121 in", len("copies"))
    assert unit_compounds.denominator_at("5 mg L\u22121", len("5 mg"))
    assert not unit_compounds.denominator_at("copies of the gene", len("copies"))
    # Planted bug: "copies ng" is the measured noun again, and the numbers measure two things.
    monkeypatch.setattr(content, "denominator_at", lambda text, start: False)
    monkeypatch.setattr(side_memo, "_SIDES", Memo(side_memo.SIZE))  # sides read anew
    status, why = status_of({CREN: real_paper(CREN)}, CREN, claim + " ")
    assert status == Status.unverified, why


def test_scientific_notation_is_no_factor(monkeypatch):
    claim = ('Crenarchaeal amoA gene abundance peaked at 2.44 \u00d7 10^4 copies per ng of DNA '
             'in the upper mesopelagic zone.')
    assert guards_factor_amounts._FOUND_FACTOR.search("2.44 \u00d7 10^4") is None
    assert guards_factor_amounts._FOUND_FACTOR.search("20 times") is not None
    assert guards_factor_amounts._FOUND_FACTOR.search("3 \u00d7 more") is not None
    # Planted bug: the times sign of "2.44 x 10^4" reads as a factor again.
    monkeypatch.setattr(guards_factor_amounts, "_FOUND_FACTOR",
                        re.compile(r"\d\s*(?:times\b|x\b|\u00d7|-?fold\b)", re.I))
    status, why = status_of(_cren(), CREN, claim + "  ")
    assert status == Status.unverified and "factor" in why, why


def test_a_correlation_names_both_its_things_in_its_own_sentence(monkeypatch):
    claim = ('Crenarchaeal amoA and MGI 16S rRNA gene abundances were correlated with an R2 of '
             '0.86.')
    status, why = status_of(_cren(), CREN, claim)
    assert status == Status.unverified and "amoA" in why, why
    right = ('Crenarchaeal amoA and MGI 16S rRNA gene abundances were correlated with an R2 of '
             '0.83.')
    assert status_of(_cren(), CREN, right)[0] == Status.confirmed
    assert guards_correlated_names.codes("amoA and MGI 16S rRNA (R2 = 0.86)") == [
        "amoA", "MGI", "16S", "rRNA"]
    # Planted bug: the guard is off, and the neighbour's "amoA" lets 0.86 confirm it again.
    monkeypatch.setattr(guard_chain, "guard_correlated_names", lambda claim, checks: None)
    status, why = status_of(_cren(), CREN, claim + " ")
    assert status == Status.confirmed, why


def test_a_coded_name_put_in_place_of_the_sentences_subject_is_another_thing(monkeypatch):
    claim = ('MGI 16S rRNA gene abundances ranged from 1.41 \u00d7 10^2 to 3.72 \u00d7 10^4 '
             'copies per ng of DNA.')
    status, why = status_of(_cren(), CREN, claim)
    assert status == Status.unverified and "Archaeal" in why, why
    sentence = ("Archaeal 16S rRNA gene abundances ranged from 1.41 \u00d7 10^2 to 3.72 \u00d7 "
                "10^4 copies ng DNA\u22121 within FIG.")
    assert guards_substituted_names.substituted_name(claim, sentence) == ("MGI", "Archaeal")
    assert guards_substituted_names.substituted_name(
        claim.replace("MGI", "Archaeal"), sentence) is None
    assert guards_substituted_names.substituted_name(
        "The archaeal 16S rRNA gene abundances ranged from 1.41 to 2", sentence) is None
    # Planted bug: the guard is off, and the archaeal range confirms the claim about MGI.
    monkeypatch.setattr(guard_chain, "guard_substituted_names", lambda claim, checks: None)
    status, why = status_of(_cren(), CREN, claim + " ")
    assert status == Status.confirmed, why


def test_a_word_qualifying_a_correlated_code_is_in_the_sentence(monkeypatch):
    claim = ('The MGI 16S rRNA gene abundance was significantly correlated with the archaeal 16S '
             'rRNA gene abundance (R2 = 0.83).')
    status, why = status_of(_cren(), CREN, claim)
    assert status == Status.unverified and "archaeal" in why, why
    # Planted bug: only the codes are asked for, and "crenarchaeal amoA and MGI 16S" with the
    # passage's "archaeal" confirms it again.
    monkeypatch.setattr(guards_correlated_names, "_qualifiers", lambda text, coded: [])
    status, why = status_of(_cren(), CREN, claim + " ")
    assert status == Status.confirmed, why


def test_a_number_stated_in_another_place_supports_nothing(monkeypatch):
    claim = ('The crenarchaeal amoA gene abundance reached a maximum of 2.44 \u00d7 10^4 copies '
             'per ng of DNA in the euphotic zone.')
    status, why = status_of(_cren(), CREN, claim)
    assert status == Status.unverified and "upper mesopelagic zone" in why, why
    sentence = ("to a maximum of 2.44 \u00d7 10^4 copies ng DNA\u22121 in the upper mesopelagic "
                "zones of both stations (Fig. 2).")
    assert guards_other_places.other_place(claim, sentence) == (
        "euphotic zone", "upper mesopelagic zone")
    assert guards_other_places.other_place(
        claim.replace("euphotic", "upper mesopelagic"), sentence) is None
    # Planted bug: the guard is off, and the mesopelagic maximum confirms the claim again.
    monkeypatch.setattr(guard_chain, "guard_other_places", lambda claim, checks: None)
    status, why = status_of(_cren(), CREN, claim + " ")
    assert status == Status.confirmed, why
