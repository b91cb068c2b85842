"""Precision guards found by the metamorphic benchmark (benchmarks/mutations.py), each pinned
on the real sentence or table of tests/real/papers that showed the wrong verdict, with a
negative beside each positive (a paraphrase or a partial claim the guard must leave alone)."""

from __future__ import annotations

import pytest

from verify_claims.claims import Cell, Check, CheckKind, Evidence, Location, Outcome, Paper, Table
from verify_claims.extract.claim_builder import build_claim
from verify_claims.verify.guards_cells import (
    closer_cell,
    guard_closer_cells,
    guard_difference_readings,
    guard_text_against_cell,
    printed,
)
from verify_claims.verify.guards_wording import guard_opposed_wording, opposed_wording

# fader11 p.9, P07-1088 p.7 and p.6, 2023.eacl-main.121 p.7, as printed.
FADER = ("As with the false positive extractions, the majority of false negatives (52%) were "
         "due to the argument-finding heuristics choosing the wrong arguments, or failing to "
         "extract all possible arguments (in the case of coordinating conjunctions).")
REALM = ("REALM outperforms the TEXTRUNNER and PL baselines for all relations, and reduces the "
         "missing area under the curve by an average of 39% relative to the strongest baseline.")
HMM = ("Replacing BM-25 with cosine distance cuts HMM-T’s advantage over N-GRAMS, but HMM-T’s "
       "error rate is still 23% lower on average.")
FINE = ("We manually annotate 125 FINE units from human-written summaries of the SQuALITY "
        "validation split, marking the sentences best supporting them from the source document.")
HINTS = ("Annotators are shown 50 perturbed and 50 un-perturbed summaries, and asked to annotate "
         "whether the summary units are faithful to the source in three settings: (1) no "
         "highlighted hints; (2) SuperPAL highlighted hints; (3) gold hints manually annotated "
         "by us.")


def claim_of(text: str):
    return build_claim("report.txt", text, Location(file="report.txt", line=1))


@pytest.mark.parametrize("claim, passage", [
    (FADER.replace("were due", "were not due"), FADER),  # a negation inserted
    (HINTS.replace("(1) no highlighted", "(1) highlighted"), HINTS),  # a negation removed
    (REALM.replace("reduces", "raises"), REALM),  # a direction word swapped
    (FINE.replace("best supporting", "worst supporting"), FINE),
])
def test_one_word_that_reverses_the_sentence_is_found(claim, passage):
    assert opposed_wording(claim, passage) is not None


@pytest.mark.parametrize("claim, passage", [
    (FADER, FADER),
    ("HMM-T’s error rate is still 23% lower on average.", HMM),  # a clause of the sentence
    ("REALM reduces the missing area under the curve by 39%.", REALM),
    # The same comparison the other way round: the words after the direction words differ.
    ("N-GRAMS is worse than HMM-T on every relation.", "HMM-T is better than N-GRAMS on every "
     "relation."),
    # A negated clause the claim leaves out blocks nothing.
    ("The algorithm improves BLEU.", "The algorithm improves BLEU, but does not help TER."),
    # "not only" negates nothing; "needs no" and "requires no" agree.
    ("It is not only 3.4% worse than with the manual transcripts.",
     "It is not only 3.4% worse than with the manual transcripts."),
    # "Neither ... nor" negates the whole clause (the bundled card of arXiv:2005.13013v2).
    ("Machine-translated intermediate-task data does not consistently outperform English "
     "intermediate data.", "Neither continuing multilingual masked language modelling during "
     "intermediate training nor using machine-translated intermediate-task data consistently "
     "beats plain English intermediate-task training."),
    ("The algorithm needs no communication between machines.",
     "The algorithm requires no communication between machines until the end."),
])
def test_a_paraphrase_or_a_part_of_the_sentence_is_not_opposed(claim, passage):
    assert opposed_wording(claim, passage) is None


def _source_check(quote: str, outcome: Outcome = Outcome.supported, **numbers) -> Check:
    return Check(kind=CheckKind.source, outcome=outcome, decisive=True, explanation="matched",
                 evidence=[Evidence(source="ACL:P07-1088", quote=quote, **numbers)])


def test_an_opposed_sentence_undecides_every_support_of_the_claim():
    claim = claim_of(REALM.replace("reduces", "raises"))
    source = _source_check(REALM)
    table = Check(kind=CheckKind.table, outcome=Outcome.supported, decisive=True,
                  explanation="cell", evidence=[Evidence(source="ACL:P07-1088",
                                                         quote="REALM × Average: 0.851 (39%)")])
    guard_opposed_wording(claim, [source, table])
    assert not source.decisive and not table.decisive
    assert source.outcome == table.outcome == Outcome.no_evidence
    kept = _source_check(REALM)
    guard_opposed_wording(claim_of(REALM), [kept])
    assert kept.decisive and kept.outcome == Outcome.supported


def test_a_neighbour_quoted_with_the_sentence_is_part_of_the_passage():
    # The bundled card of arXiv:2005.13013v2: the sentence and a neighbour quoted with it.
    claim = claim_of("BUCC and Tatoeba are sentence retrieval target tasks that have no "
                     "training data of their own.")
    check = _source_check("Intermediate training gives large gains on the sentence retrieval "
                          "tasks BUCC and Tatoeba, which have no training data of their own.")
    check.evidence.append(Evidence(source="arXiv:2005.13013v2", quote="Question answering "
                                   "target tasks gain moderately from intermediate training."))
    guard_opposed_wording(claim, [check])
    assert check.decisive


# N18-3011, Table 1 (p.3), as printed: rows title, authors, bibliography titles, ...
def _cell(row: str, column: str, text: str) -> Cell:
    return Cell(text=text, value=float(text), decimals=1, row_headers=[row],
                column_headers=[column])


N18_TABLE = Table(caption="Table 1: Results of the ScienceParse system.", label="Table 1",
                  header=["Field", "Precision", "Recall"], pages=[3], rows=[
                      [_cell(row, column, value) for column, value in zip(
                          ("Precision", "Recall"), values, strict=True)]
                      for row, values in (("title", ("85.5", "85.5")),
                                          ("authors", ("92.1", "92.1")),
                                          ("bibliography titles", ("89.3", "89.4")),
                                          ("bibliography authors", ("97.1", "97.0")),
                                          ("bibliography venues", ("91.7", "89.7")))])
N18 = Paper(file="N18-3011.pdf", title="Construction of the Literature Graph in Semantic "
            "Scholar", sentences=[], tables=[N18_TABLE])


def _rival(claim: str, table: Table, cell: Cell, read=()) -> Cell | None:
    """The rival cell `closer_cell` finds, or None."""
    found = closer_cell(claim, table, cell, read)
    return None if found is None else found.cell


def test_labels_are_matched_whole():
    assert printed("title", "In Table 1, title scores 89.4 in Recall.")
    assert not printed("bibliography titles", "In Table 1, title scores 89.4 in Recall.")
    assert not printed("With LM", "Without LM scores 54.1 in F1.")
    assert not printed("LM", "the 1-best AM+LM of CRF-CD-IO")
    assert printed("(1)", "LAS reaches a (1) of 0.88.")


def _table_check(quote: str, outcome: Outcome = Outcome.supported) -> Check:
    return Check(kind=CheckKind.table, outcome=outcome, decisive=True, explanation="cell",
                 evidence=[Evidence(source="ACL:N18-3011", quote=quote,
                                    location=f"Table 1, {quote.split(':')[0]}")])


def test_a_cell_whose_label_the_claim_does_not_print_decides_nothing_beside_one_it_does():
    claim = claim_of("In Table 1, title scores 89.4 in Recall.")  # 89.4 is bibliography titles'
    rows = N18_TABLE.rows
    assert _rival(claim.text, N18_TABLE, rows[2][1]) is rows[0][1]
    check = _table_check("bibliography titles × Recall: 89.4")
    guard_closer_cells(claim, [check], N18)
    assert not check.decisive
    # The claim that names the row it reads stays decided; so does one naming no rival.
    right = _table_check("bibliography titles × Recall: 89.4")
    guard_closer_cells(claim_of("In Table 1, bibliography titles scores 89.4 in Recall."),
                       [right], N18)
    assert right.decisive
    # A contradiction read from the wrong row is undecided too.
    wrong = _table_check("bibliography authors × Recall: 97.0", Outcome.contradicted)
    guard_closer_cells(claim_of("The Recall of authors is 92.1."), [wrong], N18)
    assert not wrong.decisive
    # A claim that paraphrases the cell's own label speaks of it ("bibliography" is used).
    kept = _table_check("bibliography titles × Recall: 89.4")
    guard_closer_cells(claim_of("The bibliography's title recall is 89.4."), [kept], N18)
    assert kept.decisive


def test_a_sentence_number_does_not_overrule_the_cell_the_claim_names_exactly():
    claim = claim_of("The Recall for authors is 92.1.")
    source = _source_check("We found that 65% of the incorrect extractions ...",
                           Outcome.contradicted, claimed=92.1, found=65.0)
    table = _table_check("authors × Recall: 92.1")
    guard_text_against_cell(claim, [source, table], N18)
    assert not source.decisive and table.decisive
    # A cell whose row the claim does not print leaves the contradiction as it is.
    source = _source_check("...", Outcome.contradicted, claimed=97.0, found=65.0)
    guard_text_against_cell(claim_of("The Recall for authors is 97.0."),
                            [source, _table_check("bibliography authors × Recall: 97.0")], N18)
    assert source.decisive


def test_labels_that_differ_only_in_their_numbers_are_confusable():
    # bohnet09, Table 3 (p.4): LAS of the systems (1), (2) and (3), as printed.
    cells = [Cell(text=text, value=float(text), decimals=2, row_headers=["LAS"],
                  column_headers=[column])
             for column, text in (("(1)", "0.86"), ("(2)", "0.86"), ("(3)", "0.88"))]
    table = Table(caption="Table 3: Performance Comparison.", header=["", "(1)", "(2)", "(3)"],
                  rows=[cells])
    assert _rival("LAS reaches a (1) of 0.88.", table, cells[2]) is cells[0]
    assert _rival("LAS reaches a (3) of 0.88.", table, cells[2]) is None


def test_a_label_inside_a_longer_label_of_the_claim_is_not_printed():
    # roark13, Table 5 (p.7): columns "LM" and "AM+LM" under "1-best".
    cells = [Cell(text=text, value=float(text), decimals=1,
                  row_headers=["Supervised", "CRF-CD-IO"], column_headers=["1-best", column])
             for column, text in (("LM", "89.9"), ("AM+LM", "91.2"))]
    table = Table(caption="Table 5: Story element F-score", header=["", "LM", "AM+LM"],
                  rows=[cells])
    claim = "The 1-best AM+LM of CRF-CD-IO (Supervised) is 89.9."
    assert _rival(claim, table, cells[0]) is cells[1]
    assert _rival("The 1-best LM of CRF-CD-IO (Supervised) is 89.9.", table,
                       cells[0]) is None


def _difference_check() -> Check:
    # What the difference check read: "bibliography authors" for the claim's "authors".
    return Check(kind=CheckKind.table, outcome=Outcome.contradicted, decisive=True,
                 explanation="they differ by 7.3, not by 2.4",
                 evidence=[Evidence(source="ACL:N18-3011", quote=quote,
                                    location=f"Table 1, {quote.split(':')[0]}")
                           for quote in ("bibliography authors × Recall: 97.0",
                                         "bibliography venues × Recall: 89.7")])


def test_a_difference_that_another_pair_of_named_cells_gives_is_not_contradicted():
    check = _difference_check()
    guard_difference_readings(claim_of("authors is higher than bibliography venues on Recall "
                                       "by 2.4."), [check], N18)
    assert not check.decisive  # authors 92.1 - bibliography venues 89.7 = 2.4
    for wrong in ("bibliography venues is higher than authors on Recall by 2.4.",  # reversed
                  "authors is higher than bibliography venues on Recall by 3.4.",  # wrong gap
                  "authors is lower than bibliography venues on Recall by 2.4."):
        check = _difference_check()
        guard_difference_readings(claim_of(wrong), [check], N18)
        assert check.decisive, wrong


def test_a_label_printed_only_inside_a_longer_label_is_not_printed():
    # dyer12, Table 2 (p.7): rows "+id" and "+id,ng,shape" under "3, train-nc", column test-nc.
    cells = [Cell(text=text, value=float(text), decimals=2,
                  row_headers=["3", "train-nc", row], column_headers=["test-nc"])
             for row, text in (("+id", "27.97"), ("+id,ng,shape", "28.55"))]
    table = Table(caption="Table 2: BLEU-4 results", header=["", "test-nc"],
                  rows=[[cell] for cell in cells])
    claim = "The test-nc of +id,ng,shape (3, train-nc) is 27.97."  # 27.97 is +id's
    assert _rival(claim, table, cells[0]) is cells[1]
    assert _rival("The test-nc of +id (3, train-nc) is 27.97.", table, cells[0]) is None


def test_a_row_the_claim_uses_no_word_of_decides_nothing_beside_one_it_names():
    # P07-1088, Table 2 (p.7): the row "Avg. Prec." and the column "Average".
    cells = [Cell(text=text, value=float(text), decimals=3, row_headers=[row],
                  column_headers=["Average"])
             for row, text in (("Avg. Prec.", "0.605"), ("TEXTRUNNER", "0.733"))]
    table = Table(caption="Table 2: Performance of REALM", header=["", "Average"],
                  rows=[[cell] for cell in cells])
    assert _rival("In Table 2, TEXTRUNNER scores 0.605 in Average.", table,
                       cells[0]) is cells[1]
    # A comparison reads both cells: the other one it read is no rival.
    assert _rival("In Table 2, TEXTRUNNER scores 0.605 in Average.", table,
                       cells[0], read=cells) is None


def test_a_row_label_read_as_a_negation_does_not_overrule_the_cell():
    # 2023.eacl-main.121, Table 5: the row "None" (no hints); "None" is no negation there.
    cell = Cell(text="0.71", value=0.71, decimals=2, row_headers=["None"],
                column_headers=["Agree. (↑)", "(Fleiss)"])
    paper = Paper(file="eacl.pdf", title="", sentences=[], tables=[Table(
        caption="Table 5: Results", label="Table 5", header=["", "Agree."], rows=[[cell]])])
    source = _source_check("... a high inter-annotator agreement (Fleiss κ = 0.71).",
                           Outcome.contradicted)
    table = Check(kind=CheckKind.table, outcome=Outcome.supported, decisive=True,
                  explanation="cell", evidence=[Evidence(
                      source="ACL:eacl", quote="None × Agree. (↑) / (Fleiss): 0.71",
                      location="Table 5, None × Agree. (↑) / (Fleiss)")])
    guard_text_against_cell(claim_of("None reaches a Agree. (↑) (Fleiss) of 0.71."),
                            [source, table], paper)
    assert not source.decisive and table.decisive
