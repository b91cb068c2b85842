"""Round 25 (flat25): a precision net for tables the reader loses.

In round 24 the reader lost Table 1 of Dean and Ghemawat's MapReduce paper (OSDI 2004,
tests/real/papers/mapreduce_osdi04.pdf, page 10): Figure 4's caption, just above the table,
took the table's lines before the table's own caption could, and the figure's region was then
dropped as no grid of numbers. The table's words stayed in the body text as one sentence,
"Number of jobs 29,423 Average job completion time 634 secs ... Unique map/reduce combinations
426 Figure 4 shows the significant growth ...", and four of round 20's probes
(tests/test_probe20b_regressions.py) got wrong verdicts from it at once:

- "There were 426 unique map/reduce combinations" contradicted by 269 (the unique reduce
  implementations' row), while its own row prints 426;
- "The number of separate MapReduce instances ... grew to almost 900 ..." contradicted as a
  decrease ("reduce" in the rows' labels);
- "The average worker machines per job was 55" confirmed by the reduce tasks' row;
- "The jobs produced 193 TB of intermediate data" confirmed by the output row.

The reading was fixed then (`extract/grid_tables.caption_order`: a figure's caption takes its
region after the tables'). The net: a deciding passage holding a run of five table rows or
more read as a sentence (a label of one to six words with no word of a sentence before each
number) decides only through the row whose label the claim says; a contradiction from it is
withheld when the run prints the claimed number too; a decision by its words alone is withheld
(`verify/table_runs.run_reason`, run by `guards_flattened_rows._lost_table_runs`).

Reproduction (probe20b's 90 claims, the reading fix off): net off, 4 wrong decisive verdicts
(55 right); net on, 0 wrong (55 right).
"""

from __future__ import annotations

import pytest
from probe_verdicts import explained, scored, verify_on
from test_probe20b_regressions import PDF, PROBES, STEM

from verify_claims.claims import Evidence, NumberPair, Status
from verify_claims.extract import grid_tables
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import guards_flattened_rows
from verify_claims.verify.table_runs import label_runs, run_reason

WRONG_WITHOUT_NET = {
    ("There were 426 unique map/reduce combinations.", "contradicted"),
    ("The number of separate MapReduce instances in the source tree grew to almost 900 as of "
     "late September 2004.", "contradicted"),
    ("The average worker machines per job was 55.", "confirmed"),
    ("The jobs produced 193 TB of intermediate data.", "confirmed"),
}

TABLE_1 = ("Number of jobs 29,423 Average job completion time 634 secs Machine days used 79,186 "
           "days Input data read 3,288 TB Intermediate data produced 758 TB Output data written "
           "193 TB Average worker machines per job 157 Average worker deaths per job 1.2 "
           "Average map tasks per job 3,351 Average reduce tasks per job 55 Unique map "
           "implementations 395 Unique reduce implementations 269 Unique map/reduce "
           "combinations 426 Figure 4 shows the significant growth in the number of separate "
           "MapReduce programs")


@pytest.fixture(scope="module")
def lost_table():
    """The paper read with round 24's reading fix off: Table 1 lost to Figure 4's caption."""
    patch = pytest.MonkeyPatch()
    patch.setattr(grid_tables, "caption_order", lambda caption: not caption.span.full)
    try:
        paper = parse_paper(read_document(PDF))
    finally:
        patch.undo()
    assert not any(table.label == "Table 1" for table in paper.tables)
    return {STEM: paper}


def _wrong(papers) -> set[tuple[str, str]]:
    return set(scored(verify_on(papers, STEM, [text for text, _ in PROBES]), PROBES)[0])


def test_planted_lost_table_without_the_net_gives_four_wrong_verdicts(lost_table, monkeypatch):
    monkeypatch.setattr(guards_flattened_rows, "_lost_table_runs", lambda claim, checks: None)
    assert _wrong(lost_table) == WRONG_WITHOUT_NET


def test_the_net_withholds_them_with_the_table_lost(lost_table):
    assert _wrong(lost_table) == set()
    for text, _ in WRONG_WITHOUT_NET:
        (claim,) = verify_on(lost_table, STEM, [text])
        assert claim.status == Status.unverified, explained(claim)
        assert "table's row labels and numbers read as a sentence" in explained(claim)


def test_right_verdicts_of_the_lost_table_s_own_rows_stay(lost_table):
    for text, status in [
            ("The average job completion time was 643 secs.", Status.contradicted),
            ("The average number of worker machines per job was 157.", Status.confirmed),
            ("The average number of map tasks per job was 3,351 and of reduce tasks 55.",
             Status.confirmed),
            ("There were 395 unique map implementations and 269 unique reduce "
             "implementations.", Status.confirmed)]:
        (claim,) = verify_on(lost_table, STEM, [text])
        assert claim.status == status, explained(claim)


def test_the_table_s_rows_read_as_one_run():
    (run,) = label_runs(TABLE_1)
    assert [value for _, value in run][:3] == [29423.0, 634.0, 79186.0]
    assert run[5] == (("tb", "output", "data", "written"), 193.0)


@pytest.mark.parametrize("text", [
    "We train for 10 epochs with a batch size of 32, a learning rate of 0.001 and 5 layers.",
    "The model reaches 88.5 on SST, 90.1 on MR, 85.2 on CR, 91.0 on SUBJ and 87.3 on MPQA.",
    "Accuracy rose from 71.2 to 74.5 and then 78.9, 80.1 and 82.3 over five runs.",
])
def test_prose_with_many_numbers_is_no_run(text):
    assert label_runs(text) == ()


def _evidence(quote: str, claimed: str, found: str) -> Evidence:
    pair = NumberPair(claimed=claimed, found=found, claimed_value=float(claimed),
                      found_value=float(found), agree=claimed == found)
    return Evidence(source="test", quote=quote, numbers=[pair])


@pytest.mark.parametrize(("claim", "claimed", "found", "decides"), [
    ("Output data written was 193 TB.", "193", "193", True),  # its own row
    ("The jobs produced 193 TB of intermediate data.", "193", "193", False),  # another row's
    ("Intermediate data produced was 800 TB.", "800", "758", True),  # its own row, disputed
    ("There were 426 unique map/reduce combinations.", "426", "269", False),  # 426 printed
])
def test_run_reason(claim, claimed, found, decides):
    reason = run_reason(claim, _evidence(TABLE_1, claimed, found))
    assert (reason is None) == decides, reason


# Part 2: round 24's "±" spreads (verify/spread_numbers.py) lend a spread's measure to the value
# before it. Peters et al. (arXiv:1705.00108, page 7) print "test F1 increased slightly to 92.00
# ± 0.11 indicating that ...": the "measure" read after 0.11 was the verb "indicating", 92.00
# took it, and the true claim below lost its passage (tests/test_probe15_regressions.py). Seung
# et al. (seung08_pages, page 5) print "CN1/CN2 requires 38.86 ± 0.1 sec.": "sec" was no unit,
# 38.86 took the word "sec", and "38.86 seconds" no longer matched it (probe21b's floor 23 -> 22).
TAGLM = ("Decreasing the hidden dimension of the second RNN layer in TagLM to match the "
         "baseline's parameter count gave 92.00 F1.")
SEUNG_TIME = ("Averaged over 10 trials, CN1/CN2 requires 38.86 seconds to denoise a 512 × 512 "
              "image.")


def test_a_verb_after_a_spread_lends_no_measure(monkeypatch):
    from probe_verdicts import real_paper

    from verify_claims.verify import number_sides, side_memo, spread_numbers
    from verify_claims.verify.memo import Memo
    papers = {"1705.00108": real_paper("1705.00108")}
    (claim,) = verify_on(papers, "1705.00108", [TAGLM])
    assert claim.status == Status.confirmed, explained(claim)
    # Planted bug: every spread lends its measure, a verb's too (round 24).
    monkeypatch.setattr(number_sides, "lends_measure", spread_numbers.after_spread_sign)
    monkeypatch.setattr(side_memo, "_SIDES", Memo(side_memo.SIZE))  # sides read anew
    papers = {"1705.00108": real_paper("1705.00108")}
    (claim,) = verify_on(papers, "1705.00108", [TAGLM + " "])
    assert claim.status == Status.unverified, explained(claim)


def test_sec_is_seconds(monkeypatch):
    from probe_verdicts import real_paper

    from verify_claims.extract import quantity_units
    from verify_claims.verify import side_memo
    from verify_claims.verify.memo import Memo
    papers = {"seung08_pages": real_paper("seung08_pages")}
    (claim,) = verify_on(papers, "seung08_pages", [SEUNG_TIME])
    assert claim.status == Status.confirmed, explained(claim)
    # Planted bug: "sec" is no unit (round 24); the paper read anew.
    monkeypatch.delitem(quantity_units.COUNT_NOUNS, "sec")
    monkeypatch.setattr(side_memo, "_SIDES", Memo(side_memo.SIZE))  # sides read anew
    papers = {"seung08_pages": real_paper("seung08_pages")}
    (claim,) = verify_on(papers, "seung08_pages", [SEUNG_TIME + " "])
    assert claim.status == Status.unverified, explained(claim)


@pytest.mark.parametrize(("text", "lends"), [
    ("test F1 increased slightly to 92.00 ± 0.11 indicating that", False),
    ("a protein content of 12.45±0.25 µg/mg in case of", True),
    ("CN1/CN2 requires 38.86 ± 0.1 sec.,", True),
])
def test_lends_measure(text, lends):
    from verify_claims.extract.quantities import parse_quantities
    from verify_claims.verify.spread_numbers import lends_measure
    spread = sorted(parse_quantities(text), key=lambda quantity: quantity.span)[-1]
    assert lends_measure(text, spread) == lends


# A second lost table found on the papers of tests/real/papers (round 25): Mullen and van
# Stokkum's JSS paper (mullen_jss, page 7) prints R's summary of an nls fit, a table in a code
# listing, read as sentences: "... Signif. codes: 0 '***' 0.001 '**' 0.01 '*' 0.05 '.'" / "0.1 ' '
# 1 Residual standard error: 0.000999 on 2497 degrees of freedom Number of iterations till stop:
# 4 Achieved convergence tolerance: 0.1151 Reason stopped: ...". Its rows are "Label: value"
# (`table_runs.colon_rows`, three or more); these three false claims were confirmed (a number of
# another row, of the row before, or of the significance codes, while the row the claim names
# prints another).
MULLEN_WRONG = ["The achieved convergence tolerance was 0.1.",
                "The number of iterations till stop was 2497.",
                "There were 4 degrees of freedom."]
MULLEN_RIGHT = ["The residual standard error is 0.000999 on 2497 degrees of freedom.",
                "The achieved convergence tolerance was 0.1151.",
                "The number of iterations till stop was 4."]


@pytest.fixture(scope="module")
def mullen():
    from probe_verdicts import real_paper
    return {"mullen_jss": real_paper("mullen_jss")}


def test_a_lost_table_of_label_colon_value_rows(mullen, monkeypatch):
    for claim in verify_on(mullen, "mullen_jss", MULLEN_WRONG):
        assert claim.status == Status.unverified, explained(claim)
    for claim in verify_on(mullen, "mullen_jss", MULLEN_RIGHT):
        assert claim.status == Status.confirmed, explained(claim)
    # Planted bug: "Label: value" rows are not read; the wrong confirmations come back.
    from verify_claims.verify import table_runs
    monkeypatch.setattr(table_runs, "colon_rows", lambda text: ())
    for claim in verify_on(mullen, "mullen_jss", [text + " " for text in MULLEN_WRONG]):
        assert claim.status == Status.confirmed, explained(claim)


def test_colon_rows():
    from verify_claims.verify.table_runs import colon_rows
    assert [value for _, value in colon_rows(
        "0.1 ' ' 1 Residual standard error: 0.000999 on 2497 degrees of freedom Number of "
        "iterations till stop: 4 Achieved convergence tolerance: 0.1151 Reason stopped: "
        "number")] == [0.000999, 4.0, 0.1151]
    assert colon_rows("We set: 3 layers. Batch size: 32 and the Learning rate: 0.1 here") == ()
