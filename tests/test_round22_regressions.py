"""Round 22 regressions of my own probe of a paper new to the project, from outside NLP.

Lane, Best, Hickel and Zhang, The response of flow duration curves to afforestation (Journal of
Hydrology 310, 2005, two columns, Elsevier's layout; from MinerU's demo PDFs),
tests/real/papers/lane_hydrology05.pdf. 63 claims about its text and its Tables 1, 3, 4 and 5
were labelled from the page images before the tool ran on them. The first run decided 25, none
wrongly, but it read none of the paper's five tables, so every claim about a cell stayed
unverified. Six readings, each general, fix that:

- Elsevier sets a caption's label alone on its line ("Table 3") in the caption's smaller type,
  and its text on the next line ("Coefficient of efficiency, E"): such a label opens a caption
  (`grid_captions._set_apart`); a table reference that ends a line of prose is in the body's type.
- The captions sit over their tables, with a running head or prose above them, so no caption
  of the paper is unambiguous; a tie of the document's votes no longer means "above": each
  caption then takes the side that holds more table (`grid_tables.tables_from_pages`).
- The header "Site | Percentile" is set over a first line " | 10 20 30 ... 100" whose label
  cell is empty: a line of sizes under a stub is a header line (`size_rows._size_row`).
- "the 10th percentile" names the column "10" under "Percentile": the ending of an ordinal is no
  word of the claim (`content._ORDINAL_ENDS`), the ordinal names the header number
  (`verify/header_contractions.ordinal_of`), and the guard of printed labels reads "10th" as
  printed where the evidence prints 10 (`guards_printed_labels._ORDINAL`).
- A number label is not printed inside a longer number: the value "10.78" does not name the
  column "10" (`label_text.label_pattern`; it also lets BERT's "3.23" of red team 6 be
  confirmed, which the row "3" had held back).
- "eight of the 10 catchments" counts catchments: a spelled count before "of [the] <number>
  <noun>" is a count of that noun (`extract/partitive_counts.py`), so "six of the 10
  catchments" is contradicted, where before the "eight" was no number at all.
- "Pine Ck" is Pine Creek: a capitalised contraction of two to four letters, consonants after
  the first, says the word it contracts (`verify/header_contractions.contraction`).

After them 36 of the 63 are right, none wrong. Table 1 is set sideways on its page and was
still not read (its ten claims stayed unverified), and claims of "a total flow reduction of 57%"
were read as the amount of a change, which no cell of Table 5 ("Total flow reduction (%)") was
asked. Round 23 reads both (tests/test_rot23_regressions.py, tests/test_round23_regressions.py):
45 of the 63 are right, none wrong.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from probe_verdicts import explained, probe_set_tests, real_paper, verify_on

from verify_claims.claims import Location, Status
from verify_claims.extract import grid_captions, grid_tables, quantity_numbers, size_rows
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import (
    content,
    guard_chain,
    guards_printed_labels,
    guards_value_rows,
    header_vocabulary,
    header_words,
)
from verify_claims.verify.content import claim_parts
from verify_claims.verify.header_vocabulary import HeaderWord, names_word
from verify_claims.verify.label_text import printed

HYDROLOGY = "lane_hydrology05"
PAPERS = Path(__file__).resolve().parent / "real" / "papers"

# Each claim with the status its page says (labelled before the tool ran).
PROBES = [
    ("Data from 10 catchments in Australia, South Africa and New Zealand were used.",
     "confirmed"),
    ("Data from 12 catchments in Australia, South Africa and New Zealand were used.",
     "contradicted"),
    ("The model was able to represent flow variation for the majority of percentiles at eight "
     "of the 10 catchments.", "confirmed"),
    ("The model was able to represent flow variation for the majority of percentiles at six of "
     "the 10 catchments.", "contradicted"),
    ("Group 1 catchments show a substantial increase in the number of zero flow days.",
     "confirmed"),
    ("Group 2 catchments show a more uniform reduction in flows across all percentiles.",
     "confirmed"),
    ("Group 1 catchments show a substantial decrease in the number of zero flow days.",
     "contradicted"),
    ("Sikka et al. (2003) found that Eucalyptus globulus plantations in India decreased a low "
     "flow index by a factor of two during the first rotation of 9 years.", "confirmed"),
    ("Sikka et al. (2003) found that the low flow index decreased by a factor of 3.75 during "
     "the second rotation.", "confirmed"),
    ("Sikka et al. (2003) found that the low flow index decreased by a factor of 5.75 during "
     "the second rotation.", "contradicted"),
    ("Fahey and Jackson (1997) reported that the reduction in peak flows was twice that of "
     "total flow for pine afforestation in New Zealand.", "confirmed"),
    ("Fahey and Jackson (1997) reported that the reduction in peak flows was three times that "
     "of total flow for pine afforestation in New Zealand.", "contradicted"),
    ("Fig. 1 plots annual flow duration curves over 12 years of plantation growth for Pine "
     "Creek.", "confirmed"),
    ("The digital filter of Lyne and Hollick (1979) was used with a filter coefficient of 0.925 "
     "and three passes.", "confirmed"),
    ("The digital filter of Lyne and Hollick (1979) was used with a filter coefficient of 0.952 "
     "and three passes.", "contradicted"),
    ("The baseflow separation was performed on the daily flows for the first 5 years following "
     "disturbance.", "contradicted"),
    ("The FDCs were constructed for water years of May-April for eight catchments.",
     "confirmed"),
    ("Model fits with a coefficient of efficiency E above 0.7 were considered adequate.",
     "confirmed"),
    ("A two tailed t-test was applied to test the significance of the rainfall and time "
     "terms.", "contradicted"),
    ("The majority of fits (77%) returned E > 0.7.", "confirmed"),
    ("The majority of fits (71%) returned E > 0.7.", "contradicted"),
    ("The rainfall term b was significant for 75% of the deciles at the 0.05 level.",
     "confirmed"),
    ("The rainfall term b was significant for 57% of the deciles at the 0.05 level.",
     "contradicted"),
    ("The time term Y was significant at the 0.05 level for 80% of the deciles.", "confirmed"),
    ("The poorest E values were those from Lambrechtsbos A and B.", "confirmed"),
    ("The best E values were those from Lambrechtsbos A and B.", "contradicted"),
    ("The model fits the lower flows better than the higher flows.", "contradicted"),
    # Table 1 (set sideways on page 5)
    ("Traralgon Creek has a catchment area of 8700 ha.", "confirmed"),
    ("Traralgon Creek has a catchment area of 7800 ha.", "contradicted"),
    ("Redhill has a mean annual rainfall of 866 mm.", "confirmed"),
    ("Pine Creek has a mean annual rainfall of 866 mm.", "contradicted"),
    ("Glendhu 2 has a baseflow index of 0.64.", "confirmed"),
    ("Lambrechtsbos B has a baseflow index of 0.87.", "confirmed"),
    ("Lambrechtsbos B has a baseflow index of 0.78.", "contradicted"),
    ("Stewarts Creek 5 had 9 years of pre-treatment record.", "confirmed"),
    ("Cathedral Peak 3 has 86% of its area planted.", "confirmed"),
    ("Biesievlei has 98% of its area planted, 9 percentage points more than Lambrechtsbos B.",
     "confirmed"),
    # Table 3 (coefficient of efficiency)
    ("At Redhill the coefficient of efficiency for the 20th percentile is 0.95.", "confirmed"),
    ("At Pine Creek the coefficient of efficiency for the 10th percentile is 0.56.",
     "confirmed"),
    ("At Pine Creek the coefficient of efficiency for the 10th percentile is 0.65.",
     "contradicted"),
    ("At Biesievlei the coefficient of efficiency for the 10th percentile is 0.96.",
     "confirmed"),
    ("At Lambrechtsbos A the coefficient of efficiency for the 40th percentile is 0.47.",
     "confirmed"),
    ("At Cathedral Peak 2 the coefficient of efficiency for the 30th percentile is 0.91.",
     "contradicted"),
    # Table 4 (Thalf)
    ("The Thalf of Glendhu 2 for the 10th percentile is 19.59 years.", "confirmed"),
    ("The Thalf of Glendhu 2 for the 10th percentile is 9.59 years.", "contradicted"),
    ("Pine Creek has a Thalf of 0.64 years for the 70th percentile.", "confirmed"),
    ("Biesievlei has a Thalf of 10.78 years for the 50th percentile.", "confirmed"),
    # Table 5 (published and estimated reductions)
    ("Scott et al. (2000) reported a total flow reduction of 50% for Cathedral Peak 2.",
     "confirmed"),
    ("The study estimated a total flow reduction of 57% for Cathedral Peak 2.", "confirmed"),
    ("The study estimated a total flow reduction of 75% for Cathedral Peak 2.", "contradicted"),
    ("The published low flow reduction for Lambrechtsbos B is 78%, against an estimate of 63% "
     "from this study.", "confirmed"),
    ("For Redhill, both the published and the estimated low flow reduction are 100%.",
     "confirmed"),
    ("The estimated total flow reduction for Redhill exceeds the published value by 9 "
     "percentage points.", "confirmed"),
    ("The estimated total flow reduction for Redhill exceeds the published value by 19 "
     "percentage points.", "contradicted"),
    # discussion
    ("The Cathedral Peak sites receive 85% of their rainfall in summer.", "confirmed"),
    ("The Cathedral Peak sites receive 58% of their rainfall in summer.", "contradicted"),
    ("Nine of the 10 catchments were pine species.", "confirmed"),
    ("Peak stand water use of a natural stand of E. regnans is around 30 years.", "confirmed"),
    # never said
    ("The model was validated on 25 catchments in North America.", "unverified"),
    ("Afforestation with eucalypts reduces low flows by 40% more than pine afforestation.",
     "unverified"),
    ("Glendhu 2 has a mean soil depth of 3.5 m, the deepest of all catchments.", "unverified"),
    ("The climate adjusted FDCs reduce the prediction error by 30% relative to the unadjusted "
     "FDCs.", "unverified"),
    ("Traralgon Creek was harvested completely in 1996, which explains its low", "unverified"),
]

# 36 in round 22; round 23 reads Table 1 (sideways) and Table 5's change columns.
PROBE_SETS = {HYDROLOGY: (PROBES, 45)}

REDHILL = "At Redhill the coefficient of efficiency for the 20th percentile is 0.95."
PINE = "At Pine Creek the coefficient of efficiency for the 10th percentile is 0.56."
BIESIEVLEI = "Biesievlei has a Thalf of 10.78 years for the 50th percentile."


_parsed = cache(real_paper)


probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


@pytest.fixture(scope="module")
def hydrology():
    return {HYDROLOGY: _parsed(HYDROLOGY)}


def _tables(path: Path) -> dict[str, dict[tuple[str, str], str]]:
    """Each table's cells by (row label, column path), as the reader gives them."""
    paper = parse_paper(read_document(path))
    return {table.label: {(" ".join(cell.row_headers), " / ".join(cell.column_headers)): cell.text
                          for row in table.rows for cell in row[1:]}
            for table in paper.tables}


def test_the_elsevier_tables_are_read_under_their_captions():
    tables = _tables(PAPERS / f"{HYDROLOGY}.pdf")
    assert {"Table 2", "Table 3", "Table 4", "Table 5"} <= set(tables)
    assert tables["Table 3"][("Redhill", "Percentile / 20")] == "0.95"
    assert tables["Table 4"][("Biesievlei", "Percentile / 50")] == "10.78"
    assert tables["Table 5"][("Lambrechtsbos B", "Low flow / reduction (%)")] == "78"


def test_a_lone_label_in_body_type_opens_no_caption(monkeypatch):
    """Planted bug: without the lone-label reading, no caption of the paper is found."""
    monkeypatch.setattr(grid_captions, "_set_apart",
                        lambda label, rest, size: bool(rest) and rest[0].text[:1].isupper()
                        and all(word.bold for word in label) and not rest[0].bold)
    assert _tables(PAPERS / f"{HYDROLOGY}.pdf") == {}


def test_a_tie_of_votes_prefers_no_side(monkeypatch):
    """Planted bug: a tie read as "above" takes the running head over each table."""
    original = grid_tables._parts_of_page

    def above_on_ties(page, layout, votes, prefer_above=None, *rest, **named):
        return original(page, layout, votes, True if prefer_above is None else prefer_above,
                        *rest, **named)

    monkeypatch.setattr(grid_tables, "_parts_of_page", above_on_ties)
    # Round 29's two columns of prose end a table grown over the running head too: the same
    # failure, kept away by that rule as well, switched off with it.
    monkeypatch.setattr(grid_tables, "_two_columns_of_prose", lambda *args: False)
    tables = _tables(PAPERS / f"{HYDROLOGY}.pdf")
    assert ("Redhill", "Percentile / 20") not in tables.get("Table 3", {})


def test_a_line_of_sizes_under_a_stub_is_a_header_line(monkeypatch):
    tables = _tables(PAPERS / f"{HYDROLOGY}.pdf")
    assert ("Pine Ck", "Percentile / 70") in tables["Table 4"]
    # Planted bug: a line of sizes needs a word label again.
    original = size_rows._size_row
    monkeypatch.setattr(size_rows, "_size_row",
                        lambda row, header: bool(row[0].text.strip()) and original(row, header))
    tables = _tables(PAPERS / f"{HYDROLOGY}.pdf")
    assert ("Pine Ck", "Percentile / 70") not in tables["Table 4"]


def _terms(text: str) -> list[str]:
    claim = build_claim("x.txt", text, Location(file="x.txt", line=1), references=[])
    return [part.term for part in claim_parts(claim).parts]


@pytest.mark.parametrize("text", ["the 10th percentile is 0.56", "the 21st run scores 0.5",
                                  "the 2nd layer gives 0.3", "the 3rd layer gives 0.4"])
def test_an_ordinal_ending_is_no_word(text):
    assert not {"th", "st", "nd", "rd"} & set(_terms(text))


def test_an_ordinal_names_its_column(hydrology, monkeypatch):
    claim = verify_on(hydrology, HYDROLOGY, [REDHILL])[0]
    assert claim.status == Status.confirmed, explained(claim)
    assert "Redhill × Percentile / 20" in explained(claim)
    # Planted bug: the ordinal names no header number; the column "20" is then unsaid.
    monkeypatch.setattr(header_words, "ordinal_of", lambda word, text: False)
    claim = verify_on(hydrology, HYDROLOGY, [REDHILL + " "])[0]
    assert claim.status == Status.unverified, explained(claim)


def test_an_ordinal_ending_is_named_as_missing_no_more(hydrology, monkeypatch):
    """An unverified claim names what the paper lacks: never "th" of "10th"."""
    claim = verify_on(hydrology, HYDROLOGY, [REDHILL])[0]
    assert "speaks of \u201ccoefficient\u201d and \u201cefficiency\u201d" in explained(claim)
    # Planted bug: "th" a word of the claim again, named as missing from every passage.
    monkeypatch.setattr(content, "_ORDINAL_ENDS", frozenset())
    claim = verify_on(hydrology, HYDROLOGY, [REDHILL + "    "])[0]
    assert "\u201cefficiency\u201d and \u201cth\u201d" in explained(claim)


def test_an_ordinal_is_printed_as_its_number(hydrology, monkeypatch):
    """Planted bug: "20th" is a label the evidence must print whole."""
    monkeypatch.setattr(guards_printed_labels, "_ORDINAL", __import__("re").compile(r"(?!)"))
    claim = verify_on(hydrology, HYDROLOGY, [REDHILL + "   "])[0]
    assert claim.status == Status.unverified, explained(claim)
    assert "20th" in explained(claim)


def test_a_longer_number_does_not_name_a_column(hydrology):
    """The value "10.78" of the 50th percentile does not name the column "10" (9.36): before
    the number boundary, the closer-cell guard set the right cell aside."""
    claim = verify_on(hydrology, HYDROLOGY, [BIESIEVLEI])[0]
    assert claim.status == Status.confirmed, explained(claim)


@given(st.integers(min_value=0, max_value=9999), st.integers(min_value=0, max_value=999))
def test_a_number_label_is_not_printed_inside_a_longer_number(whole, decimals):
    assert not printed(str(whole), f"scores {whole}.{decimals} here")
    assert not printed(str(decimals), f"scores {whole}.{decimals} here")
    assert printed(str(whole), f"the {whole} layers")


def test_a_contraction_names_its_word(hydrology, monkeypatch):
    claim = verify_on(hydrology, HYDROLOGY, [PINE])[0]
    assert claim.status == Status.confirmed, explained(claim)
    # Planted bug: "Ck" says nothing of "Creek" again.
    monkeypatch.setattr(header_vocabulary, "contraction", lambda header, claimed: False)
    claim = verify_on(hydrology, HYDROLOGY, [PINE + " "])[0]
    assert claim.status == Status.unverified, explained(claim)


@pytest.mark.parametrize(("header", "claimed", "said"), [
    ("ck", "creek", True), ("mt", "mount", True), ("rd", "road", True),
    ("pk", "pika", False),  # not two letters shorter
    ("ck", "cake", False),  # the last letters differ
    ("cr", "creek", False),  # the last letters differ
    ("ca", "canada", False),  # a vowel after the first letter: no contraction
])
def test_what_a_contraction_says(header, claimed, said):
    assert names_word(HeaderWord(header, capital=True), claimed, short=False) is said


SIX = ("The model was able to represent flow variation for the majority of percentiles at six "
       "of the 10 catchments.")


@pytest.mark.parametrize(("text", "count"), [
    ("at eight of the 10 catchments, particularly", (8.0, "catchments")),
    ("three of the four datasets improve", (3.0, "datasets")),
    ("nine of the 10 catchment were pine species", (9.0, "catchments")),
    ("in two of the 12 large corpora", (2.0, "datasets")),  # counts record corpora so
    ("in two of the 12 rare phenomena", (2.0, "phenomena")),
    ("one of the tasks is hard", None),  # no whole's number: no partitive count
    ("two of the 12 were kept", None),  # no noun after the whole
])
def test_a_partitive_count_counts_the_whole_s_noun(text, count):
    claim = build_claim("x.txt", text, Location(file="x.txt", line=1), references=[])
    first = claim.quantities[0] if claim.quantities else None
    read = (first.value, first.unit) if first is not None and first.text.isalpha() else None
    assert read == count


def test_a_partitive_count_is_contradicted_by_another(hydrology, monkeypatch):
    claim = verify_on(hydrology, HYDROLOGY, [SIX])[0]
    assert claim.status == Status.contradicted, explained(claim)
    assert "eight catchments" in explained(claim)
    # Planted bug: the partitive count is no number again.
    monkeypatch.setattr(quantity_numbers, "partitive_noun", lambda doc, hit: None)
    claim = verify_on(hydrology, HYDROLOGY, [SIX + " "])[0]
    assert claim.status == Status.unverified, explained(claim)


def test_an_acronym_is_no_contraction():
    """"RCNN" and "RecursiveNN" are two rows of Lai et al.'s Table 2 (tab19)."""
    assert not names_word(HeaderWord("rcnn", upper=True, capital=True), "recursivenn",
                          short=False)


BERT = "1810.04805"
SWAPPED = ("On SST-2, the 12-layer model with hidden size 1024 reaches 93.7 and the 24-layer "
           "model 93.3.")
IN_ORDER = ("On SST-2, the 12-layer model with hidden size 1024 reaches 93.3 and the 24-layer "
            "model 93.7.")


@pytest.fixture(scope="module")
def bert():
    path = Path(__file__).resolve().parent / "real" / "redteam6" / "sources" / f"{BERT}.pdf"
    return {BERT: parse_paper(read_document(path))}


def test_a_value_set_after_another_row_s_label_is_not_confirmed(bert, monkeypatch):
    claim = verify_on(bert, BERT, [SWAPPED])[0]
    assert claim.status == Status.unverified, explained(claim)
    assert "right after \u201c24\u201d" in explained(claim)
    assert verify_on(bert, BERT, [IN_ORDER])[0].status == Status.confirmed
    # Planted bug: without the guard, the swapped values are confirmed (round 14's probe).
    monkeypatch.setattr(guard_chain, "guard_value_rows", lambda claim, checks, paper: None)
    claim = verify_on(bert, BERT, [SWAPPED + " "])[0]
    assert claim.status == Status.confirmed, explained(claim)


@pytest.mark.parametrize(("text", "crossed"), [
    ("the 12-layer model reaches 93.7 and the 24-layer model 93.3", ("93.3", "24")),
    ("the 12-layer model reaches 93.3 and the 24-layer model 93.7", None),
    ("A and B reach 93.3 and 93.7", None),  # both labels before both values: not this reading
])
def test_crossed_rows(text, crossed):
    cells = [(["12", "1024"], "93.3"), (["24", "1024"], "93.7")]
    assert guards_value_rows.crossed_rows(text, cells) == crossed
