"""verify/table_check.py: claimed numbers looked up in tables, differences and averages
recomputed with statcheck-style rounding intervals, counts compared with the rows a table lists.

Claims are built with the real claim builder (gazetteer entities, parsed quantities); tables
are built directly, recovered from a generated PDF, or taken from the shipped reference card.
Expected numbers are worked out here from the printed cells, not copied from the checker.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verify_claims.claims import (
    Cell,
    Check,
    CheckKind,
    Claim,
    Entity,
    Location,
    Outcome,
    Paper,
    Quantity,
    Table,
)
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.tables import make_cell
from verify_claims.verify.cards import bundled_cards_dir, card_to_paper, load_card
from verify_claims.verify.table_check import check_tables

SOURCE = "arXiv:2101.00001v1"


def claim(text: str, **options) -> Claim:
    return build_claim("report.md", text, Location(file="report.md", line=1), **options)


def table(caption: str | None, header: list[str], rows: list[list[str]],
          pages: list[int] | None = None) -> Table:
    return Table(caption=caption, header=header, rows=[[make_cell(text) for text in row]
                                                       for row in rows], pages=pages or [4])


def paper(*tables: Table) -> Paper:
    return Paper(file="2101.00001v1.pdf", source_id=SOURCE, tables=list(tables))


def check(text: str, source: Paper, **options) -> Check | None:
    return check_tables(claim(text, **options), source, SOURCE)


def decided(result: Check | None, outcome: Outcome) -> Check:
    """The check decided `outcome` and shows what decided it: every verdict carries evidence
    with the quoted cells, where they are, and the numbers compared."""
    assert result is not None, "no table check"
    assert result.kind == CheckKind.table
    assert result.outcome == outcome, result.explanation
    assert result.decisive
    assert result.evidence, "a decided table check without evidence"
    for evidence in result.evidence:
        assert evidence.source == SOURCE or evidence.source.startswith("arXiv:")
        assert evidence.quote and evidence.location and evidence.found is not None
    return result


# The results table of the issue: baseline 66.3 -> QNLI 69.7 on TyDiQA (printed as the longer
# "TyDiQA-GoldP"), XCOPA 55.6 for the baseline, an Avg column, a missing value.
RESULTS = table(
    "Table 2: Zero-shot results on the target tasks.",
    ["Intermediate task", "XNLI", "XCOPA", "TyDiQA-GoldP", "Avg"],
    [
        ["XLM-R (baseline)", "79.2", "55.6", "66.3", "67.0"],
        ["MNLI", "80.9", "58.1", "69.7", "69.6"],
        ["QNLI", "79.9", "56.0", "69.7", "68.5"],
        ["HellaSwag", "78.4", "60.2", "\u2013", "\u2013"],
    ],
    pages=[5],
)


@pytest.fixture(scope="module")
def results() -> Paper:
    return paper(RESULTS)


# ---------------------------------------------------------------------------------------------
# Cells


def test_exact_cell_is_supported_with_the_cell_as_evidence(results):
    result = decided(check("The XLM-R baseline scores 55.6 on XCOPA.", results), Outcome.supported)
    evidence = result.evidence[0]
    assert evidence.quote == "Table 2: XLM-R (baseline) \u00d7 XCOPA = 55.6"
    assert evidence.location == "Table 2, row XLM-R (baseline), column XCOPA"
    assert evidence.page == 5 and evidence.source == SOURCE
    assert (evidence.claimed, evidence.found) == (55.6, 55.6)


def test_name_variants_find_their_column(results):
    # The gazetteer's canonical "TyDiQA" against the printed header "TyDiQA-GoldP".
    result = decided(check("MNLI reaches 69.7 on TyDiQA.", results), Outcome.supported)
    assert result.evidence[0].location == "Table 2, row MNLI, column TyDiQA-GoldP"


def test_wrong_cell_is_contradicted(results):
    result = decided(check("MNLI reaches 69.2 on TyDiQA.", results), Outcome.contradicted)
    assert (result.evidence[0].claimed, result.evidence[0].found) == (69.2, 69.7)


def test_a_value_that_rounds_to_the_cell_is_supported():
    # 69.7 printed stands for [69.65, 69.75); a claimed 69.75 for [69.745, 69.755), which
    # still meets it; 69.76 and 69.64 do not.
    precise = paper(table("Table 1: Scores.", ["Model", "XNLI"],
                          [["XLM-R (baseline)", "79.2"], ["MNLI", "69.7"]]))
    for value in ("69.74", "69.75", "69.65", "70"):
        decided(check(f"MNLI reaches {value} on XNLI.", precise), Outcome.supported)
    for value in ("69.76", "69.64", "69.8"):
        decided(check(f"MNLI reaches {value} on XNLI.", precise), Outcome.contradicted)


def test_fractions_are_read_as_percentages():
    fractions = paper(table("Table 1: Accuracy.", ["Model", "XNLI"],
                            [["XLM-R (baseline)", "0.792"], ["MNLI", "0.809"]]))
    result = decided(check("MNLI reaches 80.9% on XNLI.", fractions), Outcome.supported)
    assert result.evidence[0].found == pytest.approx(80.9)
    decided(check("MNLI reaches 89.0% on XNLI.", fractions), Outcome.contradicted)


def test_an_empty_cell_speaks_but_cannot_decide(results):
    result = check("HellaSwag reaches 66.0 on TyDiQA.", results)
    assert result is not None and result.outcome == Outcome.no_evidence
    assert not result.decisive and not result.evidence
    assert "HellaSwag \u00d7 TyDiQA-GoldP = \u2013" in result.explanation


def test_missing_column_gives_no_check(results):
    assert check("MNLI reaches 80.9 on MLQA.", results) is None  # no MLQA in the table
    assert check("MNLI reaches 80.9.", results) is None  # no column named at all


def test_ambiguous_rows_give_no_check():
    squads = paper(table("Table 4: SQuAD versions.", ["Intermediate task", "XNLI"],
                         [["SQuAD v1.1", "79.6"], ["SQuAD v2.0", "80.1"]]))
    assert check("SQuAD reaches 81.0 on XNLI.", squads) is None  # v1.1 or v2.0?
    decided(check("SQuAD v2.0 reaches 80.1 on XNLI.", squads), Outcome.supported)


def test_two_rows_named_for_one_number_give_no_check(results):
    assert check("MNLI beats QNLI with 81.5 on XNLI.", results) is None


def test_a_table_not_about_the_claims_language_is_not_read(results):
    assert check("MNLI reaches 80.9 on XNLI for German.", results) is None


def test_variant_names_are_not_confused():
    # PAWS is not PAWS-X; a misspelt row label still matches through rapidfuzz.
    variants = paper(table("Table 6: Results.", ["Intermediate task", "PAWS-X"],
                           [["XLM-R (baseline)", "86.4"], ["HellaSwg", "86.9"]]))
    assert check("HellaSwag reaches 86.9 on PAWS.", variants) is None
    result = decided(check("HellaSwag reaches 86.9 on PAWS-X.", variants), Outcome.supported)
    assert result.evidence[0].location == "Table 6, row HellaSwg, column PAWS-X"


# ---------------------------------------------------------------------------------------------
# Differences against the baseline row


def test_difference_is_recomputed_from_the_cells(results):
    result = decided(check("QNLI improves TyDiQA by 3.4 points.", results), Outcome.supported)
    assert "69.7 \u2212 66.3 = 3.4" in result.explanation
    assert "within rounding" in result.explanation
    evidence = result.evidence[0]
    assert evidence.quote == ("Table 2: QNLI \u00d7 TyDiQA-GoldP = 69.7; "
                              "Table 2: XLM-R (baseline) \u00d7 TyDiQA-GoldP = 66.3")
    assert evidence.location == "Table 2, row QNLI, column TyDiQA-GoldP"
    assert (evidence.claimed, evidence.found) == (3.4, pytest.approx(69.7 - 66.3))


@pytest.mark.parametrize(("claimed", "outcome"), [
    # 69.7 - 66.3 with both cells rounded lies in (3.3, 3.5); a claimed 3.3 stands for
    # [3.25, 3.35), which meets it, and so on. Exact at the edges (Decimal arithmetic).
    ("3.4", Outcome.supported),
    ("3.3", Outcome.supported),
    ("3.5", Outcome.supported),
    ("3.50", Outcome.supported),
    ("3.30", Outcome.supported),
    ("3.51", Outcome.contradicted),
    ("3.29", Outcome.contradicted),
    ("3.6", Outcome.contradicted),
    ("4.3", Outcome.contradicted),  # transposed digits
])
def test_difference_rounding_tolerance(results, claimed, outcome):
    decided(check(f"QNLI improves TyDiQA by {claimed} points.", results), outcome)


def test_sign_flip_is_contradicted(results):
    # HellaSwag: 78.4 - 79.2 = -0.8 on XNLI.
    result = decided(check("HellaSwag improves XNLI by 0.8 points.", results),
                     Outcome.contradicted)
    assert "sign flip" in result.explanation and "\u22120.8" in result.explanation
    assert result.evidence[0].found == pytest.approx(-0.8)
    decided(check("HellaSwag lowers XNLI accuracy by 0.8 points.", results), Outcome.supported)
    flipped = decided(check("QNLI lowers TyDiQA by 3.4 points.", results), Outcome.contradicted)
    assert flipped.evidence[0].claimed == -3.4 and "sign flip" in flipped.explanation


def test_difference_over_a_named_baseline(results):
    decided(check("Training on MNLI first improves XNLI by 1.7 points over the XLM-R baseline.",
                  results), Outcome.supported)


def test_a_level_next_to_a_direction_word_is_not_read_as_a_change(results):
    # 80.9 is MNLI's XNLI score, not its gain (1.7): not contradicted.
    result = check("MNLI reaches a higher 80.9 on XNLI.", results)
    assert result is not None and result.outcome == Outcome.no_evidence


def test_direction_without_a_number(results):
    decided(check("QNLI improves TyDiQA.", results), Outcome.supported)
    result = decided(check("HellaSwag improves XNLI.", results), Outcome.contradicted)
    assert "opposite direction" in result.explanation
    close = paper(table("Table 7: Close results.", ["Intermediate task", "XNLI"],
                        [["Baseline", "79.2"], ["MNLI", "79.3"]]))
    undecided = check("MNLI improves XNLI.", close)  # 0.1 +- 0.1: too small to tell
    assert undecided is not None and undecided.outcome == Outcome.no_evidence


def test_direction_clause_by_clause(example_paper):
    # Example Table 2: HellaSwag 78.4 vs 79.2 on XNLI (a drop), 86.9 vs 86.4 on PAWS-X (a rise).
    result = decided(check("HellaSwag hurts XNLI but helps PAWS-X.", example_paper),
                     Outcome.supported)
    assert [e.found for e in result.evidence] == [pytest.approx(-0.8), pytest.approx(0.5)]
    decided(check("HellaSwag helps XNLI but hurts PAWS-X.", example_paper), Outcome.contradicted)
    # The negated clause is not checked here, and the explanation says so.
    result = decided(check("TyDiQA improves with MNLI, whereas XNLI does not see benefits.",
                           example_paper), Outcome.supported)
    assert "Not checked against the tables" in result.explanation
    assert "XNLI does not see benefits" in result.explanation


# ---------------------------------------------------------------------------------------------
# Averages


def test_average_from_the_avg_column(results):
    # MNLI 69.6 - baseline 67.0 = 2.6 in the Avg column.
    result = decided(check("MNLI improves the average by 2.6 points.", results),
                     Outcome.supported)
    assert "69.6 \u2212 67.0 = 2.6" in result.explanation
    assert result.evidence[0].location == "Table 2, row MNLI, column Avg"
    decided(check("MNLI improves the average by 2.1 points.", results), Outcome.contradicted)


NO_AVERAGE = table("Table 5: Results without an average.", ["Model", "XNLI", "PAWS-X", "TyDiQA"],
                   [["Baseline", "79.2", "86.4", "65.0"], ["MNLI", "80.9", "88.1", "66.6"]])


def _mean_difference() -> tuple[Fraction, Fraction]:
    """Mean of MNLI's cells minus the baseline's, and its rounding half-width: each mean is off
    by at most 0.05, so the difference by at most 0.1."""
    rows = [[Fraction(text) for text in row[1:]] for row in
            (["", "80.9", "88.1", "66.6"], ["", "79.2", "86.4", "65.0"])]
    means = [sum(row) / len(row) for row in rows]
    return means[0] - means[1], Fraction(1, 10)


@pytest.mark.parametrize("claimed", ["1.5", "1.6", "1.7", "1.8", "1.9", "2.0"])
def test_average_from_the_mean_of_the_cells(claimed):
    difference, half = _mean_difference()  # 1.666..., so (1.5667, 1.7667)
    value = Fraction(claimed)
    expected = (value - Fraction(1, 20) < difference + half
                and difference - half < value + Fraction(1, 20))
    result = check(f"MNLI improves the average by {claimed} points.", paper(NO_AVERAGE))
    decided(result, Outcome.supported if expected else Outcome.contradicted)
    assert "no Avg column" in result.explanation
    assert "1.67" in result.explanation  # the recomputed difference, shown
    assert result.evidence[0].found == pytest.approx(float(difference))


def test_mean_over_a_row_with_an_empty_cell_is_not_guessed():
    gappy = paper(table("Table 5: Results.", ["Model", "XNLI", "PAWS-X"],
                        [["Baseline", "79.2", "86.4"], ["MNLI", "80.9", "\u2013"]]))
    result = check("MNLI improves the average by 1.7 points.", gappy)
    assert result is not None and result.outcome == Outcome.no_evidence


# ---------------------------------------------------------------------------------------------
# Counts


FIVE_TASKS = [["XLM-R (baseline)", "79.2"], ["MNLI", "80.9"], ["QNLI", "79.9"],
              ["SQuAD", "79.6"], ["HellaSwag", "78.4"], ["Cosmos QA", "78.9"]]


def test_count_against_a_table_listing_the_things():
    listing = paper(table("Table 3: XNLI accuracy per intermediate task.",
                          ["Intermediate task", "XNLI"], FIVE_TASKS))
    result = decided(check("The study uses nine intermediate tasks.", listing),
                     Outcome.contradicted)
    assert (result.evidence[0].claimed, result.evidence[0].found) == (9, 5)
    assert "MNLI, QNLI, SQuAD, HellaSwag, Cosmos QA" in result.evidence[0].quote
    assert "baseline" in result.explanation  # says the baseline row was not counted
    # The caption must name everything the claim does (issue 11): "English" too.
    assert check("The study uses five English intermediate tasks.", listing).outcome \
        == Outcome.no_evidence
    english = paper(table("Table 3: XNLI accuracy per English intermediate task.",
                          ["Intermediate task", "XNLI"], FIVE_TASKS))
    decided(check("The study uses five English intermediate tasks.", english),
            Outcome.supported)


def test_count_is_only_compared_with_a_table_that_clearly_lists_the_things():
    unnamed = paper(table("Table 3: XNLI accuracy.", ["Model", "XNLI"], FIVE_TASKS))
    assert check("The study uses nine intermediate tasks.", unnamed) is None
    partial = paper(table("Table 3: Selected intermediate tasks.", ["Intermediate task", "XNLI"],
                          FIVE_TASKS))
    assert check("The study uses nine intermediate tasks.", partial) is None
    listing = paper(table(None, ["Intermediate task", "XNLI"], FIVE_TASKS))
    assert check("The study uses nine tasks.", listing) is None  # which tasks?
    assert check("The study uses nine target tasks.", listing) is None


# ---------------------------------------------------------------------------------------------
# Several tables, transposed tables, cut-off numbers


def test_tables_that_disagree_decide_only_by_agreement():
    other = table("Table 8: Test-set results.", ["Intermediate task", "XNLI"],
                  [["XLM-R (baseline)", "79.0"], ["MNLI", "81.5"]])
    two = paper(RESULTS, other)
    result = decided(check("MNLI reaches 81.5 on XNLI.", two), Outcome.supported)
    assert result.evidence[0].location.startswith("Table 8")
    undecided = check("MNLI reaches 82.0 on XNLI.", two)  # 80.9 or 81.5: neither, but which?
    assert undecided is not None and undecided.outcome == Outcome.no_evidence
    same = paper(RESULTS, RESULTS.model_copy(update={"caption": "Table 9: Copy."}))
    decided(check("MNLI reaches 82.0 on XNLI.", same), Outcome.contradicted)


def test_table_with_entities_as_columns_is_read_transposed():
    by_language = paper(table("Table 3: Tatoeba accuracy by language.",
                              ["Language", "Baseline", "MNLI"],
                              [["German", "88.4", "92.2"], ["French", "80.0", "81.0"]]))
    result = decided(check("MNLI reaches 92.2 on Tatoeba for German.", by_language),
                     Outcome.supported)
    assert result.evidence[0].location == "Table 3, row German, column MNLI"
    # Mean over the languages: (92.2 + 81.0) / 2 - (88.4 + 80.0) / 2 = 2.4.
    result = decided(check("MNLI gains 2.4 points on Tatoeba on average over the baseline.",
                           by_language), Outcome.supported)
    assert "no Avg column" in result.explanation
    decided(check("MNLI gains 1.9 points on Tatoeba on average over the baseline.",
                  by_language), Outcome.contradicted)


def test_cut_off_number_is_matched_by_its_prefix(results):
    decided(check("QNLI improves TyDiQA by 3.4", results, truncated=True), Outcome.supported)
    result = check("QNLI improves TyDiQA by 6.1", results, truncated=True)
    assert result is not None and result.outcome == Outcome.no_evidence


def test_no_tables_no_check():
    assert check("MNLI reaches 80.9 on XNLI.", paper()) is None


# ---------------------------------------------------------------------------------------------
# The shipped reference card


@pytest.fixture(scope="module")
def card() -> Paper:
    return card_to_paper(load_card(bundled_cards_dir() / "2005.13013v2.card.yaml"))


def test_card_training_set_sizes(card):
    result = decided(check_tables(claim(
        "The MNLI intermediate task contains 392,702 training examples."), card, card.source_id),
        Outcome.supported)
    evidence = result.evidence[0]
    assert evidence.source == "arXiv:2005.13013v2"
    assert evidence.location.endswith("row MNLI, column training examples")
    assert evidence.found == 392702
    for text in ("The ANLI+ intermediate task contains 1,104,934 training examples.",
                 "QQP has 363,846 training examples.", "SQuAD v2.0 has 130,319 training examples.",
                 "The MNLI training set has 392,702 sentence pairs."):
        decided(check_tables(claim(text), card, card.source_id), Outcome.supported)


@pytest.mark.parametrize("wrong", ["392,072", "329,702", "39,270", "392,703"])
def test_card_wrong_training_set_size(card, wrong):
    result = check_tables(claim(f"The MNLI intermediate task contains {wrong} training examples."),
                          card, card.source_id)
    decided(result, Outcome.contradicted)
    assert result.evidence[0].found == 392702


def test_card_gains_and_counts(card):
    def run(text: str, **options) -> Check | None:
        return check_tables(claim(text, **options), card, card.source_id)

    decided(run("Intermediate-task training on SQuAD yields a target-task improvement of 8.2 "
                "points on the development set."), Outcome.supported)
    decided(run("Intermediate-task training on MNLI yields a target-task improvement of 7.0 "
                "points on the development set."), Outcome.contradicted)
    result = decided(run("SQuAD, MNLI and HellaSwag improve the target tasks by 8.2, 7.0 and 7.5 "
                         "points respectively."), Outcome.contradicted)
    assert [e.found for e in result.evidence] == [8.2, 7.5, 7.0]  # each bound to its own row
    decided(run("The study investigates nine different English intermediate tasks."),
            Outcome.supported)
    decided(run("The study uses seven intermediate tasks."), Outcome.contradicted)
    decided(run("Experiments are conducted on 9 target tasks from the XTREME benchmark."),
            Outcome.supported)
    decided(run("XTREME covers 41 languages."), Outcome.contradicted)
    assert run("XTREME covers up to 40 languages.") is None  # a bound, not a value
    cut = decided(run("Evaluating the best performing models for each target task on the XTREME "
                      "benchmark yields an average improvement of 5.4", truncated=True),
                  Outcome.supported)
    assert "cut off" in cut.explanation


# ---------------------------------------------------------------------------------------------
# A real PDF: tables recovered by extract (layout text), claims by the claim builder


@pytest.fixture(scope="module")
def example_paper(tmp_path_factory) -> Paper:
    pytest.importorskip("fpdf")
    from synth.paper import example_spec, render_paper_pdf
    from verify_claims.extract.paper import parse_paper
    from verify_claims.extract.readers import read_document

    path = render_paper_pdf(example_spec(), tmp_path_factory.mktemp("tables") / "2101.00001v1.pdf")
    return parse_paper(read_document(path))


def _results_table(example_paper: Paper) -> Table:
    return next(t for t in example_paper.tables if (t.caption or "").startswith("Table 2"))


def test_pdf_cells_and_differences(example_paper):
    page = _results_table(example_paper).pages[0]
    result = decided(check("MNLI reaches 80.9 on XNLI.", example_paper), Outcome.supported)
    assert result.evidence[0].page == page
    assert result.evidence[0].location == "Table 2, row MNLI, column XNLI"
    decided(check("MNLI reaches 80.6 on XNLI.", example_paper), Outcome.contradicted)
    sentence = ("With SQuAD as the intermediate task, the model reaches 66.9 F1 on TyDiQA, "
                "1.8 points higher than the baseline.")
    result = decided(check(sentence, example_paper), Outcome.supported)
    assert len(result.evidence) == 2  # the cell and the difference 66.9 - 65.1
    decided(check("SQuAD improves TyDiQA by 8.1 points.", example_paper), Outcome.contradicted)
    decided(check("The gains from MNLI are largest on PAWS-X, where accuracy rises by 1.7 points, "
                  "from 86.4 to 88.1.", example_paper), Outcome.supported)
    decided(check("Accuracy on PAWS-X rises by 1.7 points with MNLI, from 86.4 to 88.4.",
                  example_paper), Outcome.contradicted)
    decided(check("HellaSwag improves XNLI accuracy by 0.8 points.", example_paper),
            Outcome.contradicted)


def test_pdf_average_column(example_paper):
    # Table 2 of the example: MNLI Avg 78.5, baseline 76.9.
    decided(check("Training on MNLI first improves the average score by 1.6 points over the "
                  "XLM-R baseline.", example_paper), Outcome.supported)
    result = decided(check("MNLI improves the average by 2.1 points.", example_paper),
                     Outcome.contradicted)
    assert "Avg" in result.evidence[0].location


def test_pdf_counts_and_dataset_table(example_paper):
    result = decided(check("The study uses nine intermediate tasks.", example_paper),
                     Outcome.contradicted)
    assert result.evidence[0].found == 3  # MNLI, SQuAD, HellaSwag; not the baseline row
    decided(check("We use three intermediate tasks.", example_paper), Outcome.supported)
    decided(check("The MNLI intermediate task contains 392,702 training examples.",
                  example_paper), Outcome.supported)
    decided(check("The MNLI intermediate task contains 392,072 training examples.",
                  example_paper), Outcome.contradicted)


def test_pdf_table_over_two_pages_read_transposed(example_paper):
    languages = next(t for t in example_paper.tables if (t.caption or "").startswith("Table 3"))
    german = next(row for row in languages.rows if row[0].text == "German")
    mnli = languages.header.index("MNLI")
    value = german[mnli].text
    result = decided(check(f"MNLI reaches {value} on Tatoeba for German.", example_paper),
                     Outcome.supported)
    assert result.evidence[0].location == "Table 3, row German, column MNLI"


# ---------------------------------------------------------------------------------------------
# Robustness: random tables and claims never raise, and a decision always shows its evidence


_NAMES = ["MNLI", "QNLI", "XNLI", "TyDiQA", "TyDiQA-GoldP", "XLM-R (baseline)", "Baseline",
          "Avg", "SQuAD v1.1", "SQuAD v2.0", "PAWS-X", "German", "Intermediate task",
          "training examples", "gain", "\u0394", "", "none"]
_label = st.one_of(st.sampled_from(_NAMES), st.text(max_size=12))
_cell_text = st.one_of(
    st.decimals(min_value=-1000, max_value=10**7, places=1, allow_nan=False).map(str),
    st.integers(min_value=0, max_value=10**7).map(lambda n: f"{n:,}"),
    st.sampled_from(["\u2013", "-", "", "n/a", "87.0\u2020", "393k", "45.3%"]),
    st.text(max_size=8),
)
_tables = st.builds(
    lambda caption, header, rows: table(caption, header, rows),
    st.one_of(st.none(), st.text(max_size=30), st.sampled_from(["Table 1: Intermediate tasks."])),
    st.lists(_label, min_size=0, max_size=5),
    st.lists(st.lists(st.one_of(_label, _cell_text), min_size=0, max_size=5), max_size=6),
)
_templates = st.sampled_from([
    "{a} reaches {n} on {b}.", "{a} improves {b} by {n} points.", "{a} lowers {b} by {n}.",
    "{a} improves the average by {n} points over the baseline.", "We use {n} intermediate tasks.",
    "{a} contains {n} training examples.", "{a} improves {b}.", "The baseline scores {n} on {b}.",
])
_numbers = st.one_of(st.decimals(min_value=-100, max_value=10**6, places=2,
                                 allow_nan=False).map(str),
                     st.sampled_from(["nine", "3.4", "1,104,934", "-0.8", "1e-5", "2.0"]))


def _well_formed(result: Check | None) -> None:
    if result is None:
        return
    assert result.kind == CheckKind.table
    assert result.outcome in (Outcome.supported, Outcome.contradicted, Outcome.no_evidence)
    if result.outcome != Outcome.no_evidence:
        assert result.decisive and result.evidence
        assert all(e.quote and e.location and e.found is not None for e in result.evidence)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables=st.lists(_tables, max_size=3), template=_templates,
       a=st.sampled_from(_NAMES[:12]), b=st.sampled_from(_NAMES[:12]), n=_numbers,
       truncated=st.booleans())
def test_random_tables_and_claims_never_raise(tables, template, a, b, n, truncated):
    text = template.format(a=a, b=b, n=n)
    _well_formed(check_tables(claim(text, truncated=truncated), paper(*tables), SOURCE))


_entities = st.builds(
    Entity, label=st.sampled_from(["TASK", "DATASET", "MODEL", "METRIC", "LANGUAGE"]),
    name=_label, text=_label, span=st.tuples(st.integers(0, 50), st.integers(0, 50)))
_quantities = st.builds(
    Quantity, text=st.text(max_size=10),
    value=st.floats(allow_nan=True, allow_infinity=True),
    decimals=st.integers(-12, 12), unit=st.one_of(st.none(), st.sampled_from(
        ["points", "%", "examples", "tasks", "datasets", "languages"])),
    sign=st.sampled_from([None, 1, -1]), negated=st.booleans(), approximate=st.booleans(),
    cut_off=st.booleans(), span=st.tuples(st.integers(-5, 80), st.integers(-5, 80)),
    attaches_to=st.lists(_label, max_size=3), bound_to=st.one_of(st.none(), _label))


@settings(max_examples=80, deadline=None)
@given(tables=st.lists(_tables, max_size=3), text=st.text(max_size=60),
       entities=st.lists(_entities, max_size=4), quantities=st.lists(_quantities, max_size=3),
       direction=st.sampled_from([None, "increase", "decrease"]))
def test_arbitrary_claim_records_never_raise(tables, text, entities, quantities, direction):
    record = Claim(id="c", canonical_id="c", report="r.md", location=Location(file="r.md"),
                   text=text, entities=entities, quantities=quantities, direction=direction)
    _well_formed(check_tables(record, paper(*tables), SOURCE))


def test_a_value_without_printed_digits_decides_nothing():
    # A hand-built cell whose text shows no number gives no printed precision to compare with.
    odd = Table(caption="Table 1: Odd.", header=["Model", "XNLI"],
                rows=[[Cell(text="MNLI"), Cell(text="high", value=80.9)]])
    result = check("MNLI reaches 80.9 on XNLI.", paper(odd))
    assert result is not None and result.outcome == Outcome.no_evidence


# ---------------------------------------------------------------------------------------------
# Regressions, named after their bug


def test_bug_target_tasks_counted_from_the_intermediate_task_rows():
    """A caption naming "target tasks" once let the rows listed under "Intermediate task" count
    as target tasks: "four target tasks" came out contradicted by five intermediate rows."""
    results = paper(RESULTS)
    result = check("The study uses three intermediate tasks and four target tasks.", results)
    assert result is not None and result.outcome == Outcome.supported, result.explanation
    assert "target" not in " ".join(e.quote for e in result.evidence)


def test_bug_a_count_read_from_the_average_cell():
    """"averages 75.6 over the four target tasks" compared the count (four) with the Avg cell."""
    decided(check("MNLI averages 69.6 over the three target tasks.", paper(RESULTS)),
            Outcome.supported)
