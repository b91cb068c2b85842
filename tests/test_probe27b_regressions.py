"""Round 27 regressions of my probe (probe27b) of a paper new to the project.

Cachumba et al., Current applications and different approaches for microbial L-asparaginase
production (Braz. J. Microbiol. 47S (2016) 77-85; 9 pages, two columns, Elsevier's "article
info" column beside the abstract, unnumbered bold headings, a table of 23 organisms whose
names wrap over two or three lines and whose activities print their units in each cell; one of
olmocr's "not_parsing" fixtures), tests/real/papers/bjm_asparaginase.pdf. 70 claims were
labelled from the page images before the tool ran on them. The first run decided 34, none
wrongly (44 right): no wrong decisive verdict to fix. Reading failures, which cost the most
claims:

- Table 1's organisms print their names over two or three lines ("Yersinia" over
  "Pseudotuberculosis" over "Q66CJ"), their numbers on the first. A wrapped piece with a
  capital was read as a group label over the next row ("Q66CJ" named the row of Bacillus
  aryabhattai), one in lower case joined the row's activity cell ("168.4 U mL fluorescens"). In
  a table that wraps its names as a habit (three rows or more, a third of its rows), a
  label-only line aligned with the name above it, set close under it, continues that name
  (`extract/wrapped_row_names`, read by `grid_rows.rows_of`). A table with one row left blank
  (arXiv:1710.00519's Table 6, red team 10: "MultichannelCNN (Kim)" under "Lin et al. CNN")
  keeps it a line of its own: joined, "MultichannelCNN reaches 64.62%" was contradicted by Lin
  et al.'s 62.05 on the first benchmark run of the rule;
- the activity column prints each number with its unit ("62.7 U mg-1", "168.4 U mL-1") under a
  header naming none: no cell was a number, and the column was read as row labels. A column
  whose every filled cell is a number and a short unit, under a header with no unit in
  brackets, is read as numbers, each cell's unit the innermost level of its column header
  (`extract/unit_cells`); and a cell printing its own unit answers only a claim whose number is
  said in that unit, for the cell check and for its picker
  (`verify/printed_cell_units`, read by `cell_check`): "58 C" is no activity, and the row's
  activity no longer keeps "Pyrococcus furiosus L-asparaginase has an optimum temperature of
  58 C" from its temperature cell; "680.5 U/mL" does not find the cell "680.5 U mg";
- the abstract, in the right column under the banner "a r t i c l e i n f o  a b s t r a c t",
  was run together with the article history where they share a baseline, its lower lines
  marked footnotes (the rule under the history), and dropped as front matter: such a banner
  splits the lines under it at its "abstract", the right side read as the abstract
  (`extract/article_info_abstract`, run by `paper._typeset`);
- the review's eight sections, headed in bold in sentence case with no number, were read as one
  "Introduction" (then a false "OH OH" from Figure 1's formulas): a short bold line at the
  body's size or larger, after a sentence's end, is a heading (`extract/bold_headings`), and
  in such a paper a line in capitals, smaller than the body and not bold, is a figure's text.

A probe written after the first run got a wrong verdict (fixed):

- "The enzyme produced by C. utilis has a kM value of 13.7 mM" (false: 77 µM; 13.7 mM is P.
  polymorpha's) was confirmed by "... the yeasts Pichia polymorpha and Candida utilis, for this
  enzyme production. l-asparaginase of P. polymorpha showed a kM value of 13.7 mM": the
  sentence opening on the small-capital "l-" was joined to the one before (a lower-case start
  undoes the splitter's cut), and even cut, the number's sentence was read with its
  neighbour's names. A sentence may open on a one-letter prefix and a hyphen after a full
  word's full stop (`extract/prefixed_starts`); and a source check whose every quote names an
  organism by an abbreviated binomial none of whose species the claim names, while the claim
  names another so, decides nothing (`verify/guards_species_owners`).

Also read now: the micro sign and the beta of "12.5 µM" and "β-aspartyl", glyphs of Linotype's
Mathematical Pi named H9262 and H9252 with no Unicode map, came out as U+FFFD; pdfminer is taught
the attested names (`extract/math_pi_glyphs`): three kM claims decided.

Now 94 claims (the 70 of the first run and 24 written after it, labelled from the page: wrong
units, rows around wrapped names, neighbour organisms): 57 decided, 67 right, 0 wrong. Left
out: the sentence "... reaching production of 44.38 U/mL. In another optimization project ..."
is not cut after "U/mL." by spaCy, so Gurunathan and Sahadevan's 44.38 is read with Anjum Zia's
2.83 and stays undecided; the wrapped two-line bold heading has no rule (none in this paper).
"""

from __future__ import annotations

from functools import cache

import pytest
from probe_verdicts import probe_set_tests, real_paper, status_of

from verify_claims.claims import Status
from verify_claims.extract import grid_rows, pdfwords, tables, wrapped_row_names
from verify_claims.extract import paper as paper_module
from verify_claims.verify import cell_check, guard_chain, side_memo
from verify_claims.verify.memo import Memo

BJM = "bjm_asparaginase"

# Each claim with the status its page says: the first 70 labelled before the tool ran, the
# rest written after the first run (wrong units, neighbour rows of wrapped names).
BJM_PROBES = [
    ('Acrylamide has a molecular mass of 71.08 g/mol.',
     'confirmed'),
    ('Acrylamide has a molecular mass of 77.08 g/mol.',
     'contradicted'),
    ('L-asparaginase has been a pivotal agent in chemotherapy protocols for around 30 '
     'years.',
     'confirmed'),
    ('L-asparaginase has been a pivotal agent in chemotherapy protocols for around 50 '
     'years.',
     'contradicted'),
    ('L-asparaginase produced by Serratia marcescens is able to hydrolyse 5% of '
     'L-glutamine compared with L-asparaginase hydrolysis.',
     'confirmed'),
    ('L-asparaginase produced by Serratia marcescens is able to hydrolyse 15% of '
     'L-glutamine compared with L-asparaginase hydrolysis.',
     'contradicted'),
    ('L-asparaginase is able to hydrolyze beta-aspartyl peptide amide with a high reaction'
     ' yield.',
     'contradicted'),
    ('Zyzak et al. (2003) confirmed that using L-asparaginase before frying or baking '
     'could reduce more than 99% of the acrylamide level in the final product.',
     'confirmed'),
    ('The enzyme reduces more than 88% of the L-asparagine concentration from the initial '
     'feedstock.',
     'confirmed'),
    ('The enzyme reduces more than 98% of the L-asparagine concentration from the initial '
     'feedstock.',
     'contradicted'),
    ('Acrylamide formation does not occur in boiled food.',
     'confirmed'),
    ('Acrylamide formation is strongest in boiled food.',
     'contradicted'),
    ('EC2 has an estimated molecular weight of 141 kDa.',
     'confirmed'),
    ('EC2 has an estimated molecular weight of 114 kDa.',
     'contradicted'),
    ('The kM of E. coli EC2 is about 12.5 uM, meaning a high affinity for substrate.',
     'confirmed'),
    ('The half-life of E. coli EC2 is around 1.24 days.',
     'confirmed'),
    ('The half-life of E. coli EC2 is around 2.14 days.',
     'contradicted'),
    ('The optimum temperature of E. coli EC2 is 37 C.',
     'confirmed'),
    ('Erwinia chrysanthemi L-asparaginase (ErA) has a half-life of 0.6 days.',
     'confirmed'),
    ('ErA has a kM of 18 uM.',
     'confirmed'),
    ('ErA has a kM of 81 uM.',
     'contradicted'),
    ('ErA has an optimal pH of 8 and an optimal temperature of 50 C.',
     'confirmed'),
    ('ErA has an optimal temperature of 60 C.',
     'contradicted'),
    ('Aspergillus tamarii and Aspergillus terreus produced 38 U/L and 58.8 U/L of '
     'L-asparaginase, respectively.',
     'confirmed'),
    ('Aspergillus terreus produced 38 U/L of L-asparaginase in the study of Sarquis et al.'
     ' (2004).',
     'contradicted'),
    ('Balasubramanian et al. (2012) reported that Aspergillus terreus was able to produce '
     '9.3 U/mL of enzyme.',
     'confirmed'),
    ('Balasubramanian et al. (2012) reported that Aspergillus terreus was able to produce '
     '3.9 U/mL of enzyme.',
     'contradicted'),
    ('Gurunathan and Sahadevan (2012) reached L-asparaginase production of 44.38 U/mL by '
     'submerged fermentation.',
     'confirmed'),
    ('The optimized culture conditions used an initial pH of 6.3 and an agitation rate of '
     '140 rpm.',
     'confirmed'),
    ('The optimized culture conditions used an incubation time of 85.5 h.',
     'contradicted'),
    ('Anjum Zia et al. (2013) verified an L-asparaginase activity of 2.83 U/ml with '
     'Aspergillus niger under submerged fermentation.',
     'confirmed'),
    ('Glucose concentrations above 1% enhanced the enzyme production in Aspergillus niger.',
     'contradicted'),
    ('Dias et al. (2015) obtained a maximum enzyme production of 94.21 U/g after 96 h of '
     'fermentation.',
     'confirmed'),
    ('Dias et al. (2015) obtained a maximum enzyme production of 94.21 U/g after 72 h of '
     'fermentation.',
     'contradicted'),
    ('The L-asparaginase of P. polymorpha showed a kM value of 13.7 mM and optimum pH 6.7.',
     'confirmed'),
    ('The enzyme produced by C. utilis has a kM value of 77 uM.',
     'confirmed'),
    ('Soler et al. (2015) tested 43 different strains of yeasts.',
     'confirmed'),
    ('Soler et al. (2015) tested 34 different strains of yeasts.',
     'contradicted'),
    ('The Pichia pastoris enzyme showed activity of 2.5 U/mL at optimum temperature of 37 '
     'C.',
     'confirmed'),
    ('Extraction and purification steps account for 50-80% of the total production costs '
     'of proteins.',
     'confirmed'),
    ('Pyrococcus furiosus L-asparaginase has an optimum temperature of 85 C.',
     'confirmed'),
    ('Pyrococcus furiosus L-asparaginase has an optimum temperature of 58 C.',
     'contradicted'),
    ('Bacillus aryabhattai ITBHU02 showed an L-asparaginase activity of 680.5 U/mg.',
     'confirmed'),
    ('Bacillus aryabhattai ITBHU02 showed an L-asparaginase activity of 697.1 U/mg.',
     'contradicted'),
    ('Rhizomucor miehei showed the highest L-asparaginase activity among the fungi in '
     'Table 1, 1985 U/mg.',
     'confirmed'),
    ('Penicillium digitatum showed an L-asparaginase activity of 833.15 U/mg at pH 7.0 and'
     ' 30 C.',
     'confirmed'),
    ('Penicillium sp. L-asparaginase has a kM of 4000 mM.',
     'confirmed'),
    ('Penicillium sp. L-asparaginase has a kM of 1050 mM.',
     'contradicted'),
    ('Streptomyces thermoluteus NBRC 14270 has an optimum temperature of 63.6 C.',
     'confirmed'),
    ('Trichoderma viride L-asparaginase has a kM of 0.003 mM.',
     'confirmed'),
    ('Aspergillus aculeatus L-asparaginase has an optimum pH of 9.0.',
     'confirmed'),
    ('Aspergillus aculeatus L-asparaginase has an optimum pH of 6.3.',
     'contradicted'),
    ('Cladosporium sp. was the only fungus in Table 1 produced by solid-state '
     'fermentation.',
     'confirmed'),
    ('Talaromyces pinophilus L-asparaginase works best at 28 C.',
     'confirmed'),
    ('Mucor hiemalis showed an activity of 69.43 U/mg.',
     'confirmed'),
    ('The activity of Bacillus licheniformis RAM-8 exceeds that of Bacillus licheniformis '
     'MTCC 429 by 99.3 U/mg.',
     'confirmed'),
    ('Table 1 lists 14 bacterial studies.',
     'confirmed'),
    ('Table 1 lists 12 bacterial studies.',
     'contradicted'),
    ('Pseudomonas fluorescens showed an L-asparaginase activity of 168.4 U/mL at pH 8 and '
     '37 C.',
     'confirmed'),
    ('Bacillus subtilis hswx88 L-asparaginase has a kM of 430 uM.',
     'confirmed'),
    ('L-asparaginase from Aspergillus oryzae reduced acrylamide in French fries by 90%.',
     'unverified'),
    ('The global L-asparaginase market was valued at 380 million USD in 2015.',
     'unverified'),
    ('PEGylated L-asparaginase has a half-life of 5.7 days in patients.',
     'unverified'),
    ('Erwinia chrysanthemi L-asparaginase caused hypersensitivity in 12% of patients.',
     'unverified'),
    ('Acrylamide was first detected in foods by Swedish researchers in 2002.',
     'unverified'),
    ('The authors screened 25 fungal isolates for L-asparaginase activity.',
     'unverified'),
    ('Freeze-drying increases the shelf life of the L-asparaginase formulation to 24 '
     'months.',
     'unverified'),
    ('Yersinia pseudotuberculosis Q66CJ L-asparaginase retained 80% of its activity after '
     '1 h at 60 C.',
     'unverified'),
    ('Streptomyces noursei MTCC 10469 L-asparaginase showed no glutaminase activity.',
     'unverified'),
    ('Photobacterium sp. J15 L-asparaginase was produced by solid-state fermentation in 48'
     ' h.',
     'unverified'),
    # Written after the first run, labelled from the page.
    ('Bacillus aryabhattai ITBHU02 showed an L-asparaginase activity of 680.5 U/mL.',
     'contradicted'),
    ('Pseudomonas fluorescens showed an L-asparaginase activity of 168.4 U/mg.',
     'contradicted'),
    ('Yersinia pseudotuberculosis Q66CJ L-asparaginase has a kM of 0.017 mM.',
     'confirmed'),
    ('Bacillus aryabhattai ITBHU02 L-asparaginase has a kM of 0.017 mM.',
     'contradicted'),
    ('Streptomyces noursei MTCC 10469 L-asparaginase has a kM of 25 mM.',
     'contradicted'),
    ('Pectobacterium carotovorum MTCC 1428 L-asparaginase has an optimum temperature of 40'
     ' C.',
     'confirmed'),
    ('Streptomyces parvulus KUA106 showed an L-asparaginase activity of 146 U/mL.',
     'confirmed'),
    ('Streptomyces parvulus KUA106 showed an L-asparaginase activity of 3.32 U/mL.',
     'contradicted'),
    ('Photobacterium sp. J15 showed an L-asparaginase activity of 20 U/mg.',
     'confirmed'),
    ('Penicillium brevicompactum NRC 829 showed an L-asparaginase activity of 574.24 U/mg.',
     'confirmed'),
    ('Penicillium brevicompactum NRC 829 L-asparaginase has a kM of 1050 mM.',
     'confirmed'),
    ('Nocardiopsis alba NIOT-VKMA08 L-asparaginase has an optimum pH of 8.',
     'confirmed'),
    ('Nocardiopsis alba NIOT-VKMA08 showed an L-asparaginase activity of 158.1 U/mL.',
     'confirmed'),
    ('Bacillus licheniformis MTCC 429 showed an L-asparaginase activity of 697.1 U/mg.',
     'contradicted'),
    ('Rhizomucor miehei showed an L-asparaginase activity of 1985 U/mL.',
     'contradicted'),
    ('Pyrococcus furiosus L-asparaginase has an optimum pH of 9.0 and works at 85 C.',
     'confirmed'),
    ('ErA has a kM of 12.5 uM.',
     'contradicted'),
    ('E. coli EC2 has a kM of 18 uM.',
     'contradicted'),
    ('The kM of ErA is 18 uM.',
     'confirmed'),
    ('L-asparaginase is able to hydrolyze beta-aspartyl peptide amide, although the '
     'reaction yield is considerably low.',
     'confirmed'),
    ('The L-asparaginase of P. polymorpha showed a kM value of 77 uM.',
     'contradicted'),
    ('The enzyme produced by C. utilis has a kM value of 13.7 mM.',
     'contradicted'),
    ('The L-asparaginase of P. polymorpha has an optimum pH of 6.7.',
     'confirmed'),
    ('The L-asparaginase of P. polymorpha has an optimum pH of 7.6.',
     'contradicted'),
]

PROBE_SETS = {BJM: (BJM_PROBES, 67)}

WRAPPED = "Streptomyces thermoluteus NBRC 14270 has an optimum temperature of 63.6 C."
ACTIVITY = "Bacillus aryabhattai ITBHU02 showed an L-asparaginase activity of 680.5 U/mg."
OTHER_UNIT = "Bacillus aryabhattai ITBHU02 showed an L-asparaginase activity of 680.5 U/mL."
TEMPERATURE = "Pyrococcus furiosus L-asparaginase has an optimum temperature of 58 C."
ABSTRACT = ("L-asparaginase has been a pivotal agent in chemotherapy protocols for around 30 "
            "years.")
ATTCONV = "tests/real/redteam10/sources/1710.00519.pdf"
UTILIS = "The enzyme produced by C. utilis has a kM value of 13.7 mM."
POLYMORPHA = "l-asparaginase of P. polymorpha showed a k value of 13.7 mM and optimum pH 6.7."
MICRO = "ErA has a kM of 18 uM."

_parsed = cache(real_paper)


probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


@pytest.fixture(scope="module")
def bjm():
    return {BJM: _parsed(BJM)}


def _names(paper) -> set[str]:
    return {name for table in paper.tables for row in table.rows for cell in row
            for name in cell.row_headers}


def test_a_name_wrapped_over_lines_names_its_own_row(bjm, monkeypatch):
    names = _names(bjm[BJM])
    assert "Yersinia Pseudotuberculosis Q66CJ" in names
    assert "Pseudomonas fluorescens" in names
    assert "Q66CJ" not in names
    status, why = status_of(bjm, BJM, WRAPPED)
    assert status == Status.confirmed, why
    # Planted bug: the wrapped pieces read as group labels again.
    monkeypatch.setattr(grid_rows, "wrapped_name_lines", lambda *args: {})
    fresh = {BJM: real_paper(BJM)}
    assert "Q66CJ" in _names(fresh[BJM])
    status, why = status_of(fresh, BJM, WRAPPED + " ")
    assert status != Status.confirmed, why


def test_a_row_left_blank_in_a_table_of_whole_names_is_not_joined(monkeypatch):
    from pathlib import Path

    from verify_claims.extract.readers import read_document

    def names():
        paper = paper_module.parse_paper(read_document(Path(ATTCONV)))
        return {name for table in paper.tables for row in table.rows for cell in row
                for name in cell.row_headers}

    assert not any("CNN MultichannelCNN" in name for name in names())
    # Planted bug: any table's label-only line joins the name above it. (Since round 32 the
    # italic row "MultichannelCNN (Kim) 64.62" keeps its value, extract/aligned_values.py: the
    # line is label-only as read before it.)
    from verify_claims.extract import grid_cells, table_groups
    monkeypatch.setattr(grid_cells, "split_aligned_values", lambda *args: None)
    monkeypatch.setattr(table_groups, "split_aligned_values", lambda *args: None)
    monkeypatch.setattr(wrapped_row_names, "MIN_WRAPPED", 1)
    monkeypatch.setattr(wrapped_row_names, "MIN_SHARE", 0.0)
    assert any("CNN MultichannelCNN" in name for name in names())


def test_a_column_of_numbers_with_their_units_is_read(bjm, monkeypatch):
    status, why = status_of(bjm, BJM, ACTIVITY)
    assert status == Status.confirmed, why
    status, why = status_of(bjm, BJM, OTHER_UNIT)
    assert status != Status.confirmed, why
    # Planted bug: the unit cells stay text.
    monkeypatch.setattr(tables, "read_unit_cells", lambda table: table)
    status, why = status_of({BJM: real_paper(BJM)}, BJM, ACTIVITY + " ")
    assert status != Status.confirmed, why


def test_a_cell_printing_another_unit_is_no_cell_of_the_claim(bjm, monkeypatch):
    status, why = status_of(bjm, BJM, TEMPERATURE)
    assert status == Status.contradicted, why
    # Planted bug: the activity cell (550 U mg) counts for "58 C" too.
    monkeypatch.setattr(cell_check, "printed_unit_cells", lambda accounted, *args: accounted)
    monkeypatch.setattr(cell_check, "printed_unit_passages", lambda passages, *args: passages)
    monkeypatch.setattr(side_memo, "_SIDES", Memo(side_memo.SIZE))
    status, why = status_of({BJM: real_paper(BJM)}, BJM, TEMPERATURE + " ")
    assert status == Status.unverified, why


def test_an_abstract_beside_the_article_info_is_read(bjm, monkeypatch):
    assert bjm[BJM].sections[0].title == "Abstract"
    status, why = status_of(bjm, BJM, ABSTRACT)
    assert status == Status.confirmed, why
    # Planted bug: the banner is not read; the abstract is front matter again.
    monkeypatch.setattr(paper_module, "split_article_info", lambda layout: None)
    fresh = {BJM: real_paper(BJM)}
    assert all(section.title != "Abstract" for section in fresh[BJM].sections)
    status, why = status_of(fresh, BJM, ABSTRACT + " ")
    assert status == Status.unverified, why


def test_bold_unnumbered_headings_open_sections(bjm, monkeypatch):
    titles = [section.title for section in bjm[BJM].sections]
    assert "Reactions and mechanism" in titles
    assert "Pharmaceutical industry: antineoplastic action" in titles
    assert "Conclusion and future recommendations" in titles
    assert "OH OH" not in titles
    # Planted bug: no bold heading is read; the formulas' "OH OH" heads a section again.
    monkeypatch.setattr(paper_module, "mark_bold_headings", lambda read, size: set())
    titles = [section.title for section in real_paper(BJM).sections]
    assert "Reactions and mechanism" not in titles
    assert "OH OH" in titles


def test_figure_capitals_are_no_heading_in_a_paper_of_bold_headings(monkeypatch):
    # Planted bug: the figure's capitals are kept, the bold headings read.
    monkeypatch.setattr(paper_module, "figure_capitals", lambda read, size, bold: set())
    titles = [section.title for section in real_paper(BJM).sections]
    assert "Reactions and mechanism" in titles
    assert "OH OH" in titles


def test_a_sentence_may_open_on_a_chemical_prefix(bjm, monkeypatch):
    assert POLYMORPHA in {sentence.text for sentence in bjm[BJM].sentences}
    # Planted bug: a lower-case start always joins the sentence before.
    monkeypatch.setattr(paper_module, "opens_sentence", lambda *args: False)
    texts = {sentence.text for sentence in real_paper(BJM).sentences}
    assert POLYMORPHA not in texts
    assert any(text.endswith(POLYMORPHA) for text in texts)


def test_a_number_given_to_another_organism_decides_nothing(bjm, monkeypatch):
    status, why = status_of(bjm, BJM, UTILIS)
    assert status == Status.unverified, why
    # Planted bug: the sentence of P. polymorpha's number confirms C. utilis's claim.
    monkeypatch.setattr(guard_chain, "guard_species_owners", lambda claim, checks: None)
    monkeypatch.setattr(side_memo, "_SIDES", Memo(side_memo.SIZE))
    status, why = status_of(bjm, BJM, UTILIS + " ")
    assert status == Status.confirmed, why


def test_mathematical_pi_greek_is_read_by_glyph_name(bjm, monkeypatch):
    from pdfminer import encodingdb

    assert any("12.5 \u00b5M" in sentence.text for sentence in bjm[BJM].sentences)
    status, why = status_of(bjm, BJM, MICRO)
    assert status == Status.confirmed, why
    # Planted bug: pdfminer does not know the names; the micro sign is U+FFFD again.
    untaught = {name: text for name, text in encodingdb.glyphname2unicode.items()
                if not name.startswith("H92")}
    monkeypatch.setattr(encodingdb, "glyphname2unicode", untaught)
    monkeypatch.setattr(pdfwords, "teach_pdfminer", lambda: None)
    fresh = real_paper(BJM)
    assert any("12.5 \ufffdM" in sentence.text for sentence in fresh.sentences)
    status, why = status_of({BJM: fresh}, BJM, MICRO + " ")
    assert status != Status.confirmed, why
