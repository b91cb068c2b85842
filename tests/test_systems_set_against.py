"""Two systems set against each other with a number each, on real tables (issue 11, round 13):
"A reaches X, against Y for B", "A's X is well below B's Y", and names printed as the outer
label of a two-level header ("SciBERT" over "Frozen" and "Finetune"). verify/cell_pairs.py
reads them; before round 13 it read none of these, and the claims stayed unverified.

- arXiv:1103.5254 Table 1 (p.7), "Transfer error (log-loss) on unobserved games": Add Driver,
  MaxEnt Ice 3.477, Logistic Model 4.060.
- arXiv:1804.07821 Table 1 (p.6), MAE on UCF crowds: AMDCN 290.82, MCNN [28] 377.60.
- arXiv:1903.10676 Table 1 (p.4): SciCite under BERT-Base / Frozen 84.31, Finetune 84.85 and
  SciBERT / Frozen 85.42, Finetune 85.49.
- arXiv:1810.04805 (p.8): "BERTBASE contains 110M parameters and BERTLARGE contains 340M
  parameters", the sizes in small capitals glued to the name, after a sentence on "the largest
  Transformer ... with 100M parameters"; (p.7) "BERTLARGE outperforms the authors' baseline
  ESIM+ELMo system by +27.1%".
"""

from __future__ import annotations

from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status


def _statuses(paper, stem: str, *texts: str) -> list[Status]:
    return [claim.status for claim in mutations.verify_texts(paper, *texts, stem=stem)]


def test_second_name_given_its_number_by_for(redteam_paper):
    """The second name after its number ("against 4.060 for the logistic model"), and
    "log-loss" no longer read as an ordering word ("loss" is not "loses")."""
    paper, _ = redteam_paper("1103.5254")
    game = "In the Add Driver transfer game, MaxEnt ICE reaches a log-loss of 3.477"
    assert _statuses(
        paper, "1103.5254",
        f"{game}, against 4.060 for the logistic model.",
        f"{game}, against 4.160 for the logistic model.",  # a digit changed
        # Words between the number and the name that do not give it to the name.
        f"{game}, against 4.060 on the held-out games of the logistic model.",
    ) == [Status.confirmed, Status.contradicted, Status.unverified]


def test_words_that_order_two_numbers_are_checked_on_the_cells(redteam_paper):
    paper, _ = redteam_paper("1804.07821")
    ucf = "On the UCF crowd dataset, AMDCN's mean absolute error of 290.82 is"
    assert _statuses(
        paper, "1804.07821",
        f"{ucf} well below MCNN's 377.60.",
        f"{ucf} well above MCNN's 377.60.",  # the order turned
        f"{ucf} less than half MCNN's 377.60.",  # a ratio, which the order does not check
        f"{ucf} better than MCNN's 377.60.",  # whether lower is better the cells do not say
    ) == [Status.confirmed, Status.unverified, Status.unverified, Status.unverified]


def test_names_printed_as_the_outer_label(redteam3_paper):
    paper, _ = redteam3_paper("1903.10676")
    assert _statuses(
        paper, "1903.10676",
        "On SciCite, finetuned SciBERT scores 85.49, against 84.85 for finetuned BERT-Base.",
        # Frozen BERT-Base's 84.31 for the finetuned one: the neighbouring column.
        "On SciCite, finetuned SciBERT scores 85.49, against 84.31 for finetuned BERT-Base.",
        # "frozen" and "finetuned" both said: which SciBERT cell is meant, no label tells.
        "On SciCite, frozen SciBERT scores 85.49, against 84.85 for finetuned BERT-Base.",
        # No setting said, and each name has two cells in the row.
        "On SciCite, SciBERT scores 85.49, against 84.85 for BERT-Base.",
    ) == [Status.confirmed, Status.contradicted, Status.unverified, Status.unverified]


def test_a_glued_size_is_the_claims_name_in_its_own_clause(redteam6_paper):
    """clause_numbers reads "BERTLARGE" as "BERT-LARGE": before, "the largest Transformer" of
    the sentence before said more of the claim's words and set the passage aside."""
    paper, _ = redteam6_paper("1810.04805")
    assert _statuses(
        paper, "1810.04805",
        "BERT-Large has 340M parameters.",
        "BERT-Large has 110M parameters.",  # BERT-Base's: contradicted since round 18, when
        # "BERT-Large" is also said by the joined print "BERTLARGE" (coined_names.joined)
    ) == [Status.confirmed, Status.contradicted]


def test_a_glued_size_keeps_the_comparisons_order(redteam6_paper):
    """comparisons.comparison_kept reads "BERTLARGE outperforms" as "BERT-LARGE
    outperforms": before, the claim's left side ("BERT-Large") was not found in it."""
    paper, _ = redteam6_paper("1810.04805")
    assert _statuses(
        paper, "1810.04805",
        "BERT-Large outperforms ESIM+ELMo by 27.1%.",
        "ESIM+ELMo outperforms BERT-Large by 27.1%.",  # turned round
    ) == [Status.confirmed, Status.unverified]


def test_a_number_before_is_below_is_a_level_and_swapped_numbers_contradict(redteam3_paper):
    """"SciBERT's 60.91 is below B's 70.98": 60.91 was read as a difference ("0.5 below"),
    left out, and 70.98 alone confirmed the claim from SciBERT's own cell (cell_check's
    `_COMPARED_AFTER`). Numbers given each to the other name are contradicted
    (cell_pairs._swapped)."""
    paper, _ = redteam3_paper("1903.10676")
    arc = "On ACL-ARC, finetuned"
    assert _statuses(
        paper, "1903.10676",
        f"{arc} SciBERT's 60.91 is below finetuned BERT-Base's 70.98.",  # 70.98 is SciBERT's
        f"{arc} SciBERT's 63.91 is below the 70.98 of finetuned BERT-Base.",  # swapped
        f"{arc} BERT-Base scores 70.98, against 63.91 for finetuned SciBERT.",  # swapped
        f"{arc} SciBERT's 70.98 is above the 63.91 of finetuned BERT-Base.",
    ) == [Status.unverified, Status.contradicted, Status.contradicted, Status.confirmed]


def test_two_right_numbers_do_not_confirm_a_wrong_order(redteam4_paper):
    """arXiv:2106.00676 Table 8 (DocBank): "# Tokens in Class" 932150 for Figure, 20630188 for
    Paragraph. The one-cell lookup confirmed "more than" from the two cells without reading
    the order (verify/number_order.py, in cell_check's `_decide`)."""
    paper, _ = redteam4_paper("2106.00676")
    figure = "In DocBank, the figure class has 932,150 tokens"
    assert _statuses(
        paper, "2106.00676",
        f"{figure}, more than the 20,630,188 of the paragraph class.",
        f"{figure}, against 20,630,188 for the paragraph class.",
    ) == [Status.unverified, Status.confirmed]
