"""Round 29, the integrator's first-contact probe: a CDC surveillance report set by InDesign and
re-distilled by Ghostscript, whose text layer misnames glyphs.

Keenan and Shaw, "Coronary Heart Disease and Stroke Deaths -- United States, 2006", MMWR
Supplement 60, 14 January 2011, pages 62-65 (tests/real/papers/mmwr_chd_stroke11.pdf; us-025
of the ICDAR 2013 table competition, in camelot's and tabula-java's test files): two columns of
prose and six tables of deaths and rates by sex, race, ethnicity, age and state. 66 claims were
labelled from the page images before the tool ran.

First contact: 15 decided, **2 wrong**; 36 sentences read, the first page's two columns read
across line by line, and of the six tables none with its caption.

The reading, fixed by general rules:

- Ghostscript wrote Unicode maps that give a ligature its last letter ("the irst and third",
  "he Healthy People", "diferent") and a capital's code its lower case ("tABLE 1. number of
  deaths", so no caption was found). A simple font's encoding names each glyph ("/fi", "/T_h",
  "T"), and those names are read where the map misnames them; a composite font names none, and
  there the wider of two glyphs mapped to one letter is the ligature its width fits
  (`extract/unicode_maps.py`).
- The first page's title block (six full-width lines over 53 body rows) hid the gutter: a page
  is searched again below its opening full-width rows (`gutters._below_title_block`).
- The report has no heading before "References", and its first two pages were read as front
  matter: a document whose first heading is its references has no front matter to end
  (`paper._sections_and_passages`).
- Tables 2 and 5 (no rules between rows) ran on into the two columns of prose below them: a
  line whose widest gap stands mid-page with running text on each side is prose
  (`grid_tables._two_columns_of_prose`).

The wrong verdicts, and the three the better reading brought out:

- "The CHD death rate for females was 41.6% higher than for males" (false) was confirmed by
  "The rate for males was 41.6% higher than for females": "than for males" left the
  comparison's second side empty, and "41.6%" cut its first at the decimal point
  (`comparisons._CONDITION_AFTER_THAN`, `_ARGUMENT_STOP`).
- "... because 98.1% of CHD deaths occurred in this age group" and "Only 17.3% of white women
  who died of stroke died before age 75 years" (both true) were contradicted by the other
  number of the same sentence ("98.1% of CHD deaths and 97.6% of stroke deaths", "39% of black
  women ..., compared with 17.3% of white women"): a sentence that prints the claim's number
  too gives the two numbers to two things, and a percentage is printed with its sign
  (`guards_paired_sides.prints_claimed`).
- "Stroke mortality rates ranged from 29.7 deaths per 100,000 in Arkansas to 58.8 per 100,000
  in New York" (false) was confirmed by the range with the two states the other way round
  (`guards_range_owners`).

Recall on the tables' rates ("The CHD death rate among Asian/Pacific Islanders was 77.1 per
100,000", true, Table 1):

- "per 100,000" was read as a second claimed number, which no cell prints: a power of ten after
  "per" is a rate's base, no quantity (`extract/quantities._rate_base`); the base is compared
  instead, and a claim's base that the evidence or the paper never gives holds the verdict back
  (`guards_rate_units.guard_rate_bases`);
- "CHD" said no word of the header "Coronary heart disease": a short form the paper defines
  says its long form where a header prints it whole (`verify/defined_headers.py`);
- the group label "Race" over "Asian/Pacific Islander" was a word the claim did not say: a group
  label naming a grouping variable is said by naming a row beneath it
  (`verify/category_labels.py`). (The claim as labelled says "among", which no header prints,
  and stays unverified.)

The mutation benchmark's new kind "sentence only" (benchmarks/mutation_qualifiers.py) found 42
of 110 claims with an unsaid "only" confirmed, all claims with numbers, which
`guards_unsaid_qualifiers` had left alone; it now reads them too, except an "only" before an
amount ("only 17.3% of white women"): 1 of 110 is left.

Now: 22 decided, 0 wrong (32 of 66 right); 55 sentences and six captioned tables.
"""

from __future__ import annotations

import re
from functools import cache

from probe_verdicts import REAL_PAPERS, probe_set_tests, real_paper, status_of

from verify_claims.claims import Status
from verify_claims.extract import grid_tables, gutters, unicode_maps
from verify_claims.extract.pdfwords import read_pages
from verify_claims.verify import comparisons, guard_chain
from verify_claims.verify.comparisons import _comparisons
from verify_claims.verify.guards_paired_sides import prints_claimed
from verify_claims.verify.guards_range_owners import swapped_ends

CHD = "mmwr_chd_stroke11"

CHD_PROBES = [
    ('In 2006, cardiovascular disease was responsible for 31.7% of all deaths in the United '
     'States.',
     'confirmed'),
    ('In 2006, cardiovascular disease was responsible for 37.1% of all deaths in the United '
     'States.',
     'contradicted'),
    ('Heart disease accounted for 26.0% of all deaths in 2006 and stroke for 5.7%.',
     'confirmed'),
    ('Heart disease accounted for 5.7% of all deaths in 2006 and stroke for 26.0%.',
     'contradicted'),
    ('Deaths from coronary heart disease made up 67.4% of all deaths from heart disease.',
     'confirmed'),
    ('Deaths from coronary heart disease made up 76.4% of all deaths from heart disease.',
     'contradicted'),
    ('There were 631,636 deaths from heart disease in 2006.',
     'confirmed'),
    ('Heart disease and stroke are the first and third leading causes of death in the United '
     'States.',
     'confirmed'),
    ('Heart disease and stroke are the first and second leading causes of death in the United '
     'States.',
     'contradicted'),
    ('Heart disease has been the leading cause of death in the United States since 1921.',
     'confirmed'),
    ('The Healthy People 2010 objective was to reduce CHD deaths to 162 per 100,000 population.',
     'confirmed'),
    ('The Healthy People 2010 objective was to reduce stroke deaths to 50 per 100,000 population.',
     'confirmed'),
    ('The Healthy People 2010 objective was to reduce stroke deaths to 60 per 100,000 population.',
     'contradicted'),
    ('The Healthy People 2010 CHD and stroke objectives were met in 2004.',
     'confirmed'),
    ('The target death rates for CHD and stroke were met for blacks and men.',
     'contradicted'),
    ('Healthy People 2020 has four overarching goals.',
     'confirmed'),
    ('Healthy People 2020 has five overarching goals.',
     'contradicted'),
    ('Age-specific rates were restricted to adults aged 45 years or older because 98.1% of CHD'
     ' deaths occurred in this age group.',
     'confirmed'),
    ('97.6% of stroke deaths occurred among persons aged 45 years or older.',
     'confirmed'),
    ('89.1% of CHD deaths occurred among persons aged 45 years or older.',
     'contradicted'),
    ('The authors found that death rates from CHD declined steadily between 1999 and 2006.',
     'unverified'),
    ('Death rates by educational attainment were not included because education information on'
     ' death certificates is unreliable.',
     'confirmed'),
    ('In 2006, the age-adjusted CHD mortality rate was 135.0 deaths per 100,000 standard '
     'population.',
     'confirmed'),
    ('In 2006, the age-adjusted CHD mortality rate was 153.0 deaths per 100,000 standard '
     'population.',
     'contradicted'),
    ('The CHD death rate for males was 41.6% higher than for females.',
     'confirmed'),
    ('The CHD death rate for females was 41.6% higher than for males.',
     'contradicted'),
    ('In 2006, stroke was the underlying cause of death for 137,119 persons, an age-adjusted '
     'rate of 43.6 per 100,000.',
     'confirmed'),
    ('Stroke death rates for blacks were 32.3% higher than rates for whites.',
     'confirmed'),
    ('Stroke death rates for blacks were 23.3% higher than rates for whites.',
     'contradicted'),
    ('Hispanics had higher death rates than non-Hispanics for both CHD and stroke.',
     'contradicted'),
    ('Among CHD deaths, 37.9% of black women died at ages 45-74 years, compared with 19.4% of '
     'white women.',
     'confirmed'),
    ('Among CHD deaths, 61.5% of black men died at ages 45-74 years, compared with 41.5% of '
     'white men.',
     'confirmed'),
    ('Among CHD deaths, 41.5% of black men died at ages 45-74 years.',
     'contradicted'),
    ('60.7% of black men who died of stroke died before age 75 years.',
     'confirmed'),
    ('Only 17.3% of white women who died of stroke died before age 75 years.',
     'confirmed'),
    ('The median state CHD death rate was 126.1 per 100,000, in North Carolina.',
     'confirmed'),
    ('State CHD death rates ranged from 77.5 per 100,000 in Utah to 193.5 per 100,000 in the '
     'District of Columbia.',
     'confirmed'),
    ('The median state stroke death rate was 44.3 per 100,000, in Wisconsin.',
     'confirmed'),
    ('Stroke mortality rates ranged from 29.7 deaths per 100,000 in New York to 58.8 per '
     '100,000 in Arkansas.',
     'confirmed'),
    ('Stroke mortality rates ranged from 29.7 deaths per 100,000 in Arkansas to 58.8 per '
     '100,000 in New York.',
     'contradicted'),
    ('New York had the second highest CHD death rate, 181.2 deaths per 100,000.',
     'confirmed'),
    ('The findings in this report are subject to at least four limitations.',
     'confirmed'),
    ('A New York City study found that CHD is underreported as a cause of death on death '
     'certificates.',
     'contradicted'),
    ('The national clinical guidelines for cholesterol, hypertension and obesity were released'
     ' in spring 2010.',
     'contradicted'),
    ('Community guides for cardiovascular disease were introduced in 2009 and reduced stroke '
     'deaths by 12%.',
     'unverified'),
    ('In 2006, 200,915 women died of coronary heart disease.',
     'confirmed'),
    ('The CHD death rate among Asian/Pacific Islanders was 77.1 per 100,000.',
     'confirmed'),
    ('The CHD death rate among American Indians/Alaska Natives was 97.4 per 100,000, the '
     'lowest of the four races.',
     'contradicted'),
    ('The stroke death rate among Hispanics was 34.2 per 100,000, compared with 44.0 among '
     'non-Hispanics.',
     'confirmed'),
    ('The stroke death rate among Hispanics was 44.0 per 100,000.',
     'contradicted'),
    ('Among black women aged 45-54 years, the CHD death rate was 56.0 per 100,000.',
     'confirmed'),
    ('Among white men aged 85 years or older, the CHD death rate was 3,396.0 per 100,000.',
     'confirmed'),
    ('Among black women aged 45-54 years, the stroke death rate was 31.3 per 100,000, three '
     'times that of white women of the same age.',
     'confirmed'),
    ('The stroke death rate among Hispanic women aged 45 years or older was 71.8 per 100,000.',
     'confirmed'),
    ('California recorded 15,039 stroke deaths in 2006.',
     'confirmed'),
    ('Texas had a CHD death rate of 123.2 per 100,000 in 2006.',
     'contradicted'),
    ('Minnesota had the lowest stroke death rate of any state.',
     'contradicted'),
    ('Stroke death rates among Asian/Pacific Islanders rose by 8% between 2004 and 2006.',
     'unverified'),
    ('Women with diabetes had a CHD death rate twice that of women without diabetes.',
     'unverified'),
    ('Hispanic men aged 45-54 years had a CHD death rate of 52.7 per 100,000, compared with '
     '93.2 among non-Hispanic men of that age.',
     'confirmed'),
    ('CHD death rates in rural counties were 20% higher than in urban counties.',
     'unverified'),
    ('Smoking explained 30% of the black-white gap in CHD mortality.',
     'unverified'),
    ('Heart disease deaths cost the U.S. economy $177 billion in 2006.',
     'unverified'),
    ("Hawaii's CHD death rate fell below the Healthy People 2010 target for the first time in "
     '2006.',
     'unverified'),
    ('The excess stroke mortality among blacks was largest in the South.',
     'unverified'),
    ('Among American Indian/Alaska Native men aged 45 years or older, CHD death rates fell '
     'with rising income.',
     'unverified'),
]

_paper = cache(real_paper)

PROBE_SETS = {CHD: (CHD_PROBES, 32)}
probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _paper)

FIRST = ("Heart disease and stroke are the first and third leading causes of death in the United "
         "States* (1) and have maintained this ranking since 1921 and 1938, respectively (2).")
MALES = ("The rate for males was 41.6% higher than for females (176.5 versus 103.1 per 100,000 "
         "population, respectively).")
WISCONSIN = "The median stroke rate was 44.3 per 100,000 population (Wisconsin)."
FEMALES = "The CHD death rate for females was 41.6% higher than for males."
AGE_GROUP = ("Age-specific rates were restricted to adults aged 45 years or older because 98.1% "
             "of CHD deaths occurred in this age group.")
WHITE_WOMEN = "Only 17.3% of white women who died of stroke died before age 75 years."
ARKANSAS = ("Stroke mortality rates ranged from 29.7 deaths per 100,000 in Arkansas to 58.8 per "
            "100,000 in New York.")


def _status(text: str) -> tuple[Status, str]:
    return status_of({CHD: _paper(CHD)}, CHD, text)


def _sentences(paper) -> list[str]:
    return [sentence.text for sentence in paper.sentences]


def test_the_report_reads_its_ligatures_capitals_and_columns():
    paper = _paper(CHD)
    sentences = _sentences(paper)
    assert FIRST in sentences and MALES in sentences and WISCONSIN in sentences
    assert [table.caption.split(".")[0] for table in paper.tables] == [
        f"TABLE {number}" for number in range(1, 7)]
    assert not any(re.search(r"\b(?:irst|diferent|speciic)\b|(?:^|\. )he ", sentence)
                   for sentence in sentences)


def _words(stem: str) -> set[str]:
    return {word.text for page in read_pages(REAL_PAPERS / f"{stem}.pdf", "pdfplumber")
            for word in page.words}


def test_planted_simple_font_maps_trusted_lose_the_ligatures_and_captions(monkeypatch):
    assert {"first", "The", "TABLE"} <= _words(CHD) and not {"irst", "tABLE"} & _words(CHD)
    monkeypatch.setattr(unicode_maps, "repair", lambda font, spec: None)
    assert {"irst", "tABLE"} <= _words(CHD)
    paper = real_paper(CHD)
    assert FIRST not in _sentences(paper)
    assert not any((table.caption or "").startswith("TABLE") for table in paper.tables)


def test_planted_composite_font_map_trusted_reads_he_for_the(monkeypatch):
    monkeypatch.setattr(unicode_maps, "repair_composite", lambda font: None)
    sentences = _sentences(real_paper(CHD))
    assert MALES not in sentences
    assert any(". he rate for males" in sentence for sentence in sentences)


def test_glyph_reading_rules():
    read = unicode_maps.read_glyph
    assert read("i", None, "fi") == "fi" and read("h", None, "Th") == "Th"
    assert read("\ufb01", None, "fi") == "\ufb01"  # a map giving the ligature keeps it
    assert read("fi", None, "fi") == "fi" and read("x", None, "fi") == "x"
    assert read("t", "T", None) == "T" and read("n", "N", None) == "N"
    assert read("a", "T", None) == "a"  # another letter altogether: the map stands
    assert unicode_maps.ligature_letters("/T_h") == "Th"
    assert unicode_maps.ligature_letters("/f_f_i") == "ffi"
    assert unicode_maps.ligature_letters("/T") is None
    assert unicode_maps.ligature_codes([27, "/fl", "/fi", 40, "/T_h", "/A"]) == {
        27: "fl", 28: "fi", 40: "Th"}
    widths = {1: 290, 2: 257, 3: 522, 4: 515, 5: 1065, 6: 560, 7: 290}
    mapped = {1: "f", 2: "i", 3: "i", 4: "h", 5: "h", 6: "T"}
    assert unicode_maps.composite_ligatures(mapped, widths) == {3: "fi", 5: "Th"}
    # A second glyph of a letter no wider than a small capital is no ligature.
    assert unicode_maps.composite_ligatures({1: "i", 2: "i", 3: "f"}, {1: 257, 2: 300, 3: 290}) \
        == {}


def test_planted_title_block_unread_interleaves_the_first_page(monkeypatch):
    monkeypatch.setattr(gutters, "_below_title_block", lambda page, size, words: None)
    assert FIRST not in _sentences(real_paper(CHD))


def test_planted_references_only_heading_drops_the_body_as_front_matter(monkeypatch):
    from verify_claims.extract import paper as paper_module
    monkeypatch.setattr(paper_module, "REFERENCE_TITLES", frozenset())
    paper = real_paper(CHD)
    assert not any(sentence.page == 1 for sentence in paper.sentences)


def test_planted_two_columns_of_prose_read_as_table_rows(monkeypatch):
    monkeypatch.setattr(grid_tables, "_two_columns_of_prose",
                        lambda words, line, span, share: False)
    assert WISCONSIN not in _sentences(real_paper(CHD))


def test_a_comparison_across_conditions_keeps_its_order():
    status, why = _status(FEMALES)
    assert status == Status.unverified, why
    assert _comparisons(FEMALES)[0] == (("femal",), ("males",), comparisons._UP)


def test_planted_than_for_unread_confirms_the_swapped_sexes(monkeypatch):
    monkeypatch.setattr(comparisons, "_CONDITION_AFTER_THAN", re.compile(r"(?!)"))
    status, why = _status(FEMALES + " ")
    assert status == Status.confirmed, why


def test_a_sentence_printing_the_claimed_percentage_contradicts_nothing():
    for claim in (AGE_GROUP, WHITE_WOMEN):
        status, why = _status(claim)
        assert status == Status.unverified, why
    quote = "98.1% of CHD deaths and 97.6% of stroke deaths occurred among persons in this group."
    assert prints_claimed(quote, "98.1%", "97.6%", AGE_GROUP)
    assert not prints_claimed("98.1% of stroke deaths and 97.6% of CHD deaths", "98.1%", "97.6%",
                              AGE_GROUP)  # the claim's percentage, printed for another thing


def test_planted_paired_sides_off_contradicts_the_shared_sentences(monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_paired_sides", lambda *args: None)
    for claim in (AGE_GROUP, WHITE_WOMEN):
        status, why = _status(claim + " ")
        assert status == Status.contradicted, why


def test_a_range_with_its_ends_names_swapped_decides_nothing():
    status, why = _status(ARKANSAS)
    assert status == Status.unverified, why
    assert "other end of the range" in why
    quote = ("Stroke mortality rates ranged from 29.7 deaths per 100,000 population (New York) to "
             "58.8 per 100,000 (Arkansas).")
    assert swapped_ends(ARKANSAS, quote) is not None
    assert swapped_ends(ARKANSAS.replace("Arkansas", "X").replace("New York", "Arkansas")
                        .replace("X", "New York"), quote) is None


def test_planted_range_owners_off_confirms_the_swapped_states(monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_range_owners", lambda *args: None)
    status, why = _status(ARKANSAS + " ")
    assert status == Status.confirmed, why


ONLY_ON = ("We run our final tests only on a held-out set from PubMed Central, consisting of about "
           "54K documents.")
ONLY_AMOUNT = "Only 17.3% of white women who died of stroke died before age 75 years."


def _n18(*texts: str):
    from test_mutations_quick import mutations
    paper = mutations.parse_papers(["N18-3011"])["N18-3011"]
    return mutations.verify_texts(paper, *texts, stem="N18-3011")


def test_an_unsaid_only_of_scope_holds_back_a_claim_with_numbers():
    claim, = _n18(ONLY_ON)
    assert claim.status == Status.unverified, claim.checks
    assert "restricts nothing" in " ".join(check.explanation for check in claim.checks)
    from verify_claims.verify.guards_unsaid_qualifiers import unsaid_qualifier
    # "only" before an amount says the amount is small: the passage giving it supports it
    assert unsaid_qualifier(ONLY_AMOUNT, "compared with 17.3% of white women", True) is None
    assert unsaid_qualifier(ONLY_ON, "We run our final tests on a held-out set", True)


def test_planted_unsaid_qualifier_guard_off_confirms_the_added_only(monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_unsaid_qualifiers", lambda *args: None)
    claim, = _n18(ONLY_ON + " ")
    assert claim.status == Status.confirmed, claim.checks


ASIAN = "The CHD death rate of Asian/Pacific Islanders was 77.1 per 100,000."
ASIAN_BASE_WRONG = "The CHD death rate of Asian/Pacific Islanders was 77.1 per 10,000."


def test_a_table_rate_is_read_through_the_papers_abbreviation_and_group_label():
    status, why = _status(ASIAN)
    assert status == Status.confirmed, why
    assert "TABLE 1 gives 77.1 for Race / Asian/ Pacific Islander" in why


def test_a_rate_per_another_base_than_the_paper_gives_is_not_confirmed():
    status, why = _status(ASIAN_BASE_WRONG)
    assert status == Status.unverified, why
    assert "gives no rate per 10000" in why


def test_a_rate_base_is_no_quantity():
    from verify_claims.extract.quantities import parse_quantities
    from verify_claims.verify.guards_rate_units import bases
    assert [q.text for q in parse_quantities("77.1 deaths per 100,000 population")] == ["77.1"]
    assert [q.text for q in parse_quantities("12 per 1,000 live births")] == ["12"]
    assert [q.text for q in parse_quantities("one GPU per 4 workers")] == ["one", "4"]
    assert bases("50 deaths per 100,000 and 2 per 1 million") == {100_000, 1_000_000}


def test_planted_rate_base_read_as_a_number_holds_back_the_cell(monkeypatch):
    from verify_claims.extract import quantities
    monkeypatch.setattr(quantities, "_rate_base", lambda text, hit: False)
    status, why = _status(ASIAN + " ")
    assert status == Status.unverified, why


def test_planted_defined_long_form_unread_holds_back_the_cell(monkeypatch):
    from verify_claims.verify import cell_check
    monkeypatch.setattr(cell_check, "defined_header_words", lambda *args: frozenset())
    status, why = _status(ASIAN + "  ")
    assert status == Status.unverified, why


def test_planted_category_label_unread_holds_back_the_cell(monkeypatch):
    from verify_claims.verify import cell_check
    monkeypatch.setattr(cell_check, "category_words", lambda paths: frozenset())
    status, why = _status(ASIAN + "   ")
    assert status == Status.unverified, why


def test_planted_rate_bases_guard_off_confirms_the_wrong_base(monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_rate_bases", lambda *args: None)
    status, why = _status(ASIAN_BASE_WRONG + " ")
    assert status == Status.confirmed, why


def test_category_and_defined_words():
    from verify_claims.verify.category_labels import category_words
    assert category_words((("Race", "Black"), ("Stroke", "Rate"))) == {"race"}
    assert category_words((("Women", "45-54"), ("Rate",))) == frozenset()
    assert category_words((("Race",), ("Rate",))) == frozenset()  # a row label of its own
