"""Wrong verdicts the ninth blind corpus (tests/real/heldout9: natural claims about three new
papers, round 10) showed on its first run and in the probes after it, each fixed by a general
rule (verify/guards_passage_scope.py) and pinned here on the real page:

- arXiv:1801.07779 p.1: "The WiLI-2018 classes include 17 Uralic languages" confirmed by "it can
  at most represent 17 029 languages", the head group of a number printed with spaces between
  its groups of digits (`guard_spaced_digit_groups`);
- arXiv:1801.07779 p.1: "... the same languages in its training and test sets, so unknown
  languages never have to be predicted" contradicted as a negation of the sentence about the
  same languages, which speaks of the first clause only (`guard_negated_clauses`);
- arXiv:2310.07875 p.1 and Table 3: "SQLite files on GitHub hold 14,919,675 tables totalling
  3.52 TiB" contradicted by the abstract's "627 million tables", while Table 3 prints
  14,919,675 under GitHub / SQLite (`guard_cells_named_by_claim`); found by the first probe:
  "GitHub holds 396,055,027 tables" contradicted by GitTables' "1 million tables" (the same
  rule: the GitHub Total cell prints the number under the claim's name);
- found by the first probe: arXiv:2304.02623 p.3: "Flower and Hayes say text composition needs to
  juggle all the special demands of written English" contradicted as a negation flip of a
  sentence whose only "not" is the hedge "equally (if not more)" (`guard_hedged_negations`);
- found by the second probe (verify/guards_unsaid_parts.py): "Files under node_modules
  directories were included" and "WiLI-2018 includes artificial languages such as JSON and
  Markdown" confirmed by "we skipped all files under node_modules directories" and "excludes
  artificial languages such as ... JSON and Markdown" (`guard_included_excluded`); "LLMs no
  longer suffer from hallucination" confirmed by "they currently suffer from hallucination"
  (`guard_no_longer`); "Only request records of the WARC files were considered" confirmed by a
  list of fields naming an HTTP request (`guard_unsaid_restriction`); "The authors know of
  three large-scale crawls exceeding 10M tables" confirmed by "only one large scale crawl that
  exceeds 10M tables" (`guard_spelled_counts`); "TabLib's context totals 867B tokens, more than
  all of the Pile" confirmed by a sentence that compares nothing (`guard_unsaid_comparison`);
  "The ref_id is unique across the current version of TabLib" confirmed by "This should be
  unique across TabLib, but the current version of TabLib has some repetitions"
  (`guard_failed_expectations`);
- found by the second probe (verify/guards_table_pairs.py, extract/grid_cells.py): arXiv:
  2310.07875 Table 3, whose source labels are printed once per block, "GitHub" centred over six
  rows on a line of its own: the reader merged that label into the row below and then read the
  same line again as a group label heading every row below, so the Total block's rows were
  labelled "GitHub / Total / ..." and "GitHub's JSON files yield 70,737 tables" was confirmed by
  the Total block's JSON cell; "Common Crawl's CSV and Excel files yield 143,012 and 90,667
  tables, respectively" confirmed by the Excel and CSV cells (`guard_respective_cells`); "GitHub
  yields 627,208,299 tables in total" confirmed by the cell "Total / Total x Tables", GitHub
  covered only by the caption (`guard_row_names_elsewhere`); "TabLib's HTML tables total 1.30
  TiB" contradicted by the abstract's 69 TiB while the Total / HTML / Bytes cell prints 1.30 TiB
  (`guard_cells_named_by_claim`, which now reads values printed with their unit);
- found by the third probe (`guards_unsaid_parts.guard_unprinted_details`): arXiv:2310.07875
  p.1: "OpenAI released CLIP and DALL-E in 2019" confirmed by "in 2021 OpenAI released both
  CLIP and DALL-E"; arXiv:1801.07779 p.1: "The German orthography reform took place in 1986"
  and "... aimed at making the written language more complex" confirmed by "the German
  orthography reform of 1996 aimed at making the written language simpler"; arXiv:2304.02623
  p.3: "Language-model summaries of long documents are free of hallucination" confirmed by "...
  they can also be prone to hallucination";
- found by the fourth probe: arXiv:2310.07875: "About a third of exec_id values are unique by
  content" contradicted by "most tables are not globally unique by content"
  (`guard_quantified_negations`); "PDF tables make up about half of Common Crawl's tables"
  confirmed by a list of fields, "Sources were batched together into large tasks" by "...
  instead of batching them together"; arXiv:1801.07779: "Pants means underwear in American
  English and trousers in British English" (swapped) confirmed by the sentence that says the
  other way round, "The ALTW 2010 dataset is not publicly available" by a sentence about other
  publications' datasets (`guards_unsaid_parts.guard_unsaid_details`).
"""

from __future__ import annotations

import pytest
from planted_patterns import round30_guards_off
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status
from verify_claims.verify import guard_chain, setting_numbers
from verify_claims.verify import guards_passage_scope as scope
from verify_claims.verify import guards_table_pairs as pairs
from verify_claims.verify import guards_unsaid_parts as unsaid
from verify_claims.verify.guards_passage_scope import (
    only_hedged_negations,
    quantified_denial,
    spaced_piece,
    unspoken_negated_clause,
)
from verify_claims.verify.guards_table_pairs import swapped_cell
from verify_claims.verify.guards_unsaid_parts import (
    done_instead,
    failed_expectation,
    opposite_inclusion,
    other_comparative,
    swapped_pairs,
    unprinted_count,
    unprinted_edition,
    unprinted_share,
    unprinted_year,
)

WILI, TABLIB, SHEN = "1801.07779", "2310.07875", "2304.02623"
CLAIMS = {
    WILI: (
        "The WiLI-2018 classes include 17 Uralic languages.",  # 0: "17 029"
        "ISO 369-3 can represent at most 17 029 languages.",  # 1: the same run, still confirmed
        "WiLI-2018 has exactly the same languages in its training and test sets, so unknown "
        "languages never have to be predicted.",  # 2: "never" in the unspoken clause
        "WiLI-2018 does not have the same languages in the training set as in the test "
        "set.",  # 3: still contradicted
        "WiLI-2018 includes artificial languages such as JSON and Markdown.",  # 4: "excludes"
        "The German orthography reform took place in 1986.",  # 5: the passage prints 1996
        "The German orthography reform of 1996 aimed at making the written language more "
        "complex.",  # 6: "simpler"
        "The German orthography reform of 1996 aimed at making the written language "
        "simpler.",  # 7: still confirmed
        "Pants means underwear in American English and trousers in British English.",  # 8
        "Pants means underwear in British English and trousers in American English.",  # 9: ok
        "The ALTW 2010 dataset is not publicly available.",  # 10: another sentence's "none"
    ),
    TABLIB: (
        "SQLite files on GitHub hold 14,919,675 tables totalling 3.52 TiB.",  # 0: a part's cell
        "GitHub holds 396,055,027 tables.",  # 1: GitTables' "1 million"
        "TabLib is a compilation of 672 million tables.",  # 2: still contradicted
        "TabLib holds 627 million tables.",  # 3: still confirmed
        "Files under node_modules directories were included.",  # 4: "skipped"
        "Only request records of the WARC files were considered.",  # 5: no "only"
        "The authors know of three large-scale crawls exceeding 10M tables.",  # 6: "one"
        "TabLib's context totals 867B tokens, more than all of the Pile.",  # 7: no comparison
        "The ref_id is unique across the current version of TabLib.",  # 8: "should ... but"
        "Common Crawl's CSV and Excel files yield 143,012 and 90,667 tables, "
        "respectively.",  # 9: swapped
        "GitHub yields 627,208,299 tables in total.",  # 10: the Total / Total cell
        "GitHub's JSON files yield 70,737 tables.",  # 11: the Total block's JSON cell
        "TabLib's HTML tables total 1.30 TiB.",  # 12: the abstract's 69 TiB
        "Only response records of the WARC files were considered.",  # 13: still confirmed
        "GitHub's TSV tables have 94,845,931 columns.",  # 14: still confirmed
        "GitHub's HTML files yield 418,456,737 tables.",  # 15: still contradicted
        "OpenAI released CLIP and DALL-E in 2019.",  # 16: the passage prints 2021
        "OpenAI released CLIP and DALL-E in 2021.",  # 17: still confirmed
        "About a third of exec_id values are unique by content.",  # 18: "most ... not"
        "PDF tables make up about half of Common Crawl's tables.",  # 19: no share printed
        "Sources were batched together into large tasks.",  # 20: "instead of batching"
    ),
    SHEN: (
        "Flower and Hayes say text composition needs to juggle all the special demands of "
        "written English.",  # 0: "equally (if not more)"
        "LLMs no longer suffer from hallucination.",  # 1: "they currently suffer"
        "Language-model summaries of long documents are free of hallucination.",  # 2: "prone"
    ),
}


def _verify(round10_paper, stem: str):
    paper, _ = round10_paper(stem)
    made = [mutations.Made(text=text, kind="test", paper=stem, origin=text)
            for text in CLAIMS[stem]]
    return mutations.verify(made, {stem: paper})


@pytest.fixture(scope="module")
def wili(round10_paper):
    return _verify(round10_paper, WILI)


@pytest.fixture(scope="module")
def tablib(round10_paper):
    return _verify(round10_paper, TABLIB)


@pytest.fixture(scope="module")
def shen(round10_paper):
    return _verify(round10_paper, SHEN)


def _explained(claim) -> str:
    return " ".join(check.explanation for check in claim.checks)


def test_a_group_of_a_spaced_number_is_no_number_of_its_own(wili):
    # Since round 21 (ieee21) the paper's small-capital Roman headings ("IV. HOW WILI WAS
    # CREATED") are read, its first pages are no longer one "Abstract", and the claim is
    # withheld before `guard_spaced_digit_groups` reads it ("no passage speaks of ...").
    # The guard stays pinned by `test_a_spaced_piece_is_the_run_a_number_is_only_a_group_of`
    # and by round 21's Chang and Zakhor probe ("42 200", tests/test_round21_regressions.py).
    assert wili[0].status == Status.unverified
    assert wili[1].status == Status.confirmed


def test_a_spaced_piece_is_the_run_a_number_is_only_a_group_of():
    quote = "As ISO 369-3 has 547 reserved combinations, it can at most represent 17 029 languages."
    assert spaced_piece("There are 17 Uralic languages.", quote, "17") == "17 029"
    assert spaced_piece("It represents 17 029 languages.", quote, "17") is None
    assert spaced_piece("It represents 17,029 languages.", quote, "17") is None
    assert spaced_piece("It has 547 combinations.", quote, "547") is None  # printed on its own
    assert spaced_piece("Table 2 has 1 row.", "a 2069 and 78.96 % row", "2069") is None


def test_a_negation_in_a_clause_the_passage_does_not_speak_of_contradicts_nothing(wili):
    assert wili[2].status != Status.contradicted
    assert "clause the passage does not speak of" in _explained(wili[2])
    assert wili[3].status == Status.contradicted
    quote = "Also, WiLI-2018 has exactly the same languages in the training set as in the test set."
    assert unspoken_negated_clause(
        "It has the same languages in both sets, so unknown languages never have to be "
        "predicted.", quote) == "unknown languages never have to be predicted"
    assert unspoken_negated_clause(
        "WiLI-2018 does not have the same languages in the training and test sets.",
        quote) is None


def test_a_passage_number_yields_to_a_cell_printing_the_claimed_number_under_its_words(
        tablib, round10_paper, monkeypatch):
    assert tablib[0].status == Status.unverified
    # Since round 24 (probe24b) the claim's 3.52 TiB, which the abstract's sentence answers
    # with another number, is a setting that sentence does not hold
    # (`setting_numbers.SETTING_STATES`), and the abstract's "627 million tables" is withheld
    # before the cell guard reads it; with that rule off, the cell guard withholds it still.
    monkeypatch.setattr(setting_numbers, "SETTING_STATES", ("unknown",))
    paper, _ = round10_paper(TABLIB)
    text = CLAIMS[TABLIB][0] + " "
    again = mutations.verify([mutations.Made(text=text, kind="test", paper=TABLIB, origin=text)],
                             {TABLIB: paper})[0]
    assert again.status == Status.unverified
    assert "names what the claim says" in _explained(again)
    assert tablib[1].status == Status.unverified
    assert tablib[2].status == Status.contradicted
    assert tablib[3].status == Status.confirmed


def test_a_hedging_not_denies_nothing(shen):
    assert shen[0].status != Status.contradicted
    assert "hedge" in _explained(shen[0])
    assert only_hedged_negations("It is equally (if not more) demanding.")
    assert only_hedged_negations("It is not only fast but also exact.")
    assert not only_hedged_negations("It is not demanding, if not more.")
    assert not only_hedged_negations("It is demanding.")


def test_what_a_passage_excludes_is_not_what_the_claim_includes(wili, tablib):
    assert wili[4].status == Status.unverified
    assert tablib[4].status == Status.unverified
    quote = ("This includes constructed languages such as Esperanto and also dead languages like "
             "Latin, but excludes artificial languages such as HTML, JSON and Markdown.")
    assert opposite_inclusion("It includes artificial languages such as JSON.", quote)
    assert opposite_inclusion("It includes constructed languages such as Esperanto.",
                              quote) is None
    assert opposite_inclusion("It excludes dead languages like Latin.", quote) == "includes"


def test_no_longer_only_counts_and_comparisons_must_be_said(shen, tablib):
    assert shen[1].status == Status.unverified
    assert tablib[5].status == Status.unverified
    assert tablib[13].status == Status.confirmed
    assert tablib[6].status == Status.unverified
    assert tablib[7].status == Status.unverified
    assert unprinted_count("It knows three crawls.", "only one crawl exceeds 10M") == "three"
    assert unprinted_count("It knows three crawls.", "3 crawls exceed 10M") is None


def test_an_expectation_that_the_passage_says_fails_is_no_fact(tablib):
    assert tablib[8].status == Status.unverified
    assert failed_expectation("The id is unique.", "This should be unique, but it repeats.")
    assert not failed_expectation("The id is unique.", "This should be unique.")
    assert not failed_expectation("The id should be unique.", "It should be unique, but ...")


def test_respective_numbers_go_with_their_names_and_row_names_with_their_cells(tablib):
    assert tablib[9].status == Status.unverified
    # "GitHub yields 627,208,299 tables in total" is false: 627,208,299 is the Total / Total
    # cell; round 16's sibling rule (other_cells.names_variant) reads "GitHub" as the row
    # "GitHub / Total", which prints 396,055,027, and contradicts it by that cell.
    assert tablib[10].status == Status.contradicted
    assert "396,055,027" in " ".join(check.explanation for check in tablib[10].checks)
    assert tablib[11].status != Status.confirmed
    assert tablib[12].status != Status.contradicted
    assert tablib[14].status == Status.confirmed
    assert tablib[15].status == Status.contradicted
    cells = [({"common", "crawl", "excel", "tables"}, "143,012"),
             ({"common", "crawl", "csv", "tables"}, "90,667")]
    assert swapped_cell("CSV and Excel yield 143,012 and 90,667, respectively.", cells)
    assert swapped_cell("CSV and Excel yield 90,667 and 143,012, respectively.", cells) is None


def test_a_label_centred_over_an_even_block_heads_that_block_only(round10_paper):
    paper, _ = round10_paper(TABLIB)
    table = next(t for t in paper.tables if (t.caption or "").startswith("Table 3"))
    paths = [tuple(row[2].row_headers) for row in table.rows]
    assert ("GitHub", "PDF") in paths and ("Total", "JSON") in paths
    assert all(len(path) == 2 for path in paths)  # no block label carried into the next block


def test_a_year_an_absence_and_an_opposite_comparative_must_be_said(wili, tablib, shen):
    assert wili[5].status == Status.unverified
    assert wili[6].status == Status.unverified
    assert wili[7].status == Status.confirmed
    assert tablib[16].status == Status.unverified
    assert tablib[17].status == Status.confirmed
    assert shen[2].status == Status.unverified
    assert unprinted_year("It was released in 2019.", ["in 2021 it was released"]) == "2019"
    assert unprinted_year("It was released in 2019.", ["it was released"]) is None
    assert unprinted_year("WiLI-2018 has 235 languages.", ["in 2017"]) is None
    assert other_comparative("It made the language more complex.", "It made it simpler.")
    assert other_comparative("It is of lower quality.", "It is worse.") is None


def test_shares_instead_swapped_pairs_editions_and_quantified_denials(wili, tablib):
    assert tablib[18].status == Status.unverified
    assert tablib[19].status == Status.unverified
    assert tablib[20].status == Status.unverified
    assert wili[8].status == Status.unverified
    assert wili[9].status == Status.confirmed
    assert wili[10].status == Status.unverified
    assert quantified_denial("A third of them are unique.", "most tables are not unique")
    assert not quantified_denial("They are unique.", "most tables are not unique")
    assert unprinted_share("About half of them.", ["fields of the records"]) == "half"
    assert unprinted_share("About half of them.", ["52% of them"]) is None
    assert done_instead("Sources were batched.", "each source alone instead of batching them")
    assert done_instead("Sources were isolated.", "isolated instead of batching them") is None
    quote = "pants in British English means underwear while it means trousers in American English"
    assert swapped_pairs("Pants means underwear in American English and trousers in British "
                         "English.", quote)
    assert swapped_pairs("Pants means underwear in British English and trousers in American "
                         "English.", quote) is None
    assert unprinted_edition("The ALTW 2010 dataset is free.", ["none is free"]) == "ALTW 2010"
    assert unprinted_edition("The ALTW 2010 dataset is free.", ["none is free"],
                             {"ALTW": 5}) is None


@pytest.mark.parametrize("rule,stem,index", [
    # ("guard_spaced_digit_groups", WILI, 0) and ("unsaid.guard_unsaid_details", WILI, 10)
    # left out since round 21 (ieee21): with the paper's Roman headings read, both claims are
    # withheld before these guards (their words are in other sections now) and stay unverified
    # with the rules off; each rule is still pinned by other claims here and elsewhere.
    ("guard_negated_clauses", WILI, 2),
    ("guard_cells_named_by_claim", TABLIB, 0),
    ("guard_cells_named_by_claim", TABLIB, 1),
    ("guard_hedged_negations", SHEN, 0),
    ("unsaid.guard_included_excluded", WILI, 4),
    ("unsaid.guard_included_excluded", TABLIB, 4),
    ("unsaid.guard_no_longer", SHEN, 1),
    ("unsaid.guard_unsaid_restriction", TABLIB, 5),
    # ("unsaid.guard_spelled_counts", TABLIB, 6) left out since round 18 (text18): "three
    # large-scale crawls" is read as a count of crawls (extract/quantity_units.py
    # `hyphen_joins`), which the paper's "only one large scale crawl" (no plural) never gives,
    # so the claim stays unverified even with the rule off.
    ("unsaid.guard_unsaid_comparison", TABLIB, 7),
    ("unsaid.guard_failed_expectations", TABLIB, 8),
    ("pairs.guard_respective_cells", TABLIB, 9),
    ("pairs.guard_row_names_elsewhere", TABLIB, 10),
    ("guard_cells_named_by_claim", TABLIB, 12),
    ("unsaid.guard_unprinted_details", WILI, 5),
    ("unsaid.guard_unprinted_details", WILI, 6),
    ("unsaid.guard_unprinted_details", TABLIB, 16),
    ("unsaid.guard_unprinted_details", SHEN, 2),
    # ("guard_quantified_negations", TABLIB, 18) left out since the tenth round's reading of
    # TabLib: the check no longer reads that passage as a negation flip even with the rule off
    # (the claim stays unverified either way); the rule stays pinned by
    # test_shares_instead_swapped_pairs_editions_and_quantified_denials.
    ("unsaid.guard_unsaid_details", TABLIB, 19),
    ("unsaid.guard_unsaid_details", TABLIB, 20),
    ("unsaid.guard_unsaid_details", WILI, 8),
])
def test_each_rule_is_what_keeps_its_claim_undecided(round10_paper, monkeypatch, rule, stem,
                                                     index):
    """With the rule switched off, the pinned claim gets its old wrong verdict back."""
    round30_guards_off(monkeypatch)  # round 30's rules keep the same verdicts away
    module, name = {"unsaid": (unsaid, None), "pairs": (pairs, None)}.get(
        rule.split(".")[0], (scope, None))[0], rule.split(".")[-1]
    monkeypatch.setattr(module, name, lambda *args, **kwargs: None)
    if name == "guard_cells_named_by_claim":
        # Round 20's named contradictions yield to the same cell (a name with the claimed
        # number in its row): the same rule for names, switched off with it.
        monkeypatch.setattr(guard_chain, "guard_named_contradictions",
                            lambda *args: None)
        # Round 24's setting numbers (probe24b) withhold it before either: the claim's 3.52
        # TiB, answered with another number, is a setting the sentence does not hold.
        monkeypatch.setattr(setting_numbers, "SETTING_STATES", ("unknown",))
    if name == "guard_unprinted_details":
        # Round 23's undated years withhold the two claims dated by a year the passage does
        # not print ("by 1986", "by 2019") too: the same reading of a date, switched off with it.
        monkeypatch.setattr(guard_chain, "guard_undated_years", lambda *args: None)
        # Round 26's conjunct classes (probe26b) withhold its claim 2 too: "X is a Y" from a
        # sentence that names X and Y in two conjuncts, switched off with it.
        monkeypatch.setattr(guard_chain, "guard_conjunct_classes", lambda *args: None)
    if name == "guard_no_longer":
        # Round 29 reads this paper's first page in its two columns (gutters._below_title_block;
        # before, its lines ran across both): the sentence now stands whole, on the other side
        # of its contrast, and the turned-sides reading withholds the claim too.
        monkeypatch.setattr(guard_chain, "guard_turned_sides", lambda *args: None)
    if name in ("guard_unsaid_restriction", "guard_unprinted_details"):
        # Round 28's unsaid qualifiers withhold the claims that say "only" where the passage
        # restricts nothing (the restriction and the detail claims here): the same reading of
        # a restriction, switched off with it.
        monkeypatch.setattr(guard_chain, "guard_unsaid_qualifiers", lambda *args: None)
    paper, _ = round10_paper(stem)
    text = CLAIMS[stem][index]
    made = [mutations.Made(text=text, kind="test", paper=stem, origin=text)]
    assert mutations.verify(made, {stem: paper})[0].status != Status.unverified
