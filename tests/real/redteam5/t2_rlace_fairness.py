"""Red-team-5 report 2 (text with bare headings): Ravfogel et al., Linear Adversarial Concept
Erasure (ICML 2022, arXiv 2201.12091). Table 2 (page 7) crosses twelve BERT settings and a
majority baseline with four measures (Accuracy (gender), Accuracy (Profession), the TPR-GAP RMS
and the correlation sigma of the gap with the share of women). Its rows repeat a model name with
a variant ("BERT-frozen", "BERT-finetuned", "BERT-adv (MLP adversary)", "BERT-adv (Linear
adversary)") and a setting in parentheses ("RLACE (rank 1)", "INLP (rank 100)"); the finetuned
rows print a deviation after "+-". Adversarial claims: the frozen row's cell for the finetuned
model and back, the rank-1 row for the rank-100 row, the neighbouring column, transposed digits
equal to another row's cell, a model named without its variant (two rows fit: no decision), a
difference equal to a setting value (rank 1), the text's PCA size against the rank 100, settings
never run. Labelled from the page images (110 dpi, the table at 220 dpi) and `pdftotext -layout`
before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

RL = "2201.12091"  # Ravfogel, Twiton, Goldberg, Cotterell; ICML 2022

T2 = ("Table 2 (fair classification, deep profession classification; columns Setting, Accuracy "
      "(gender), Accuracy (Profession), GAP TPR,RMS Male,y, sigma(GAP TPR, %Women); rows "
      "BERT-frozen, BERT-frozen+ RLACE (rank 1), BERT-frozen+ RLACE (rank 100), BERT-frozen+ "
      "INLP (rank 1), BERT-frozen+ INLP (rank 100), the same five for BERT-finetuned (cells "
      "+- deviation), BERT-adv (MLP adversary), BERT-adv (Linear adversary), Majority)")
FROZEN = (f"{T2}: BERT-frozen 99.32 / 79.14 / 0.145 / 0.813; +RLACE (rank 1) 52.48 / 78.86 / "
          "0.109 / 0.680; +RLACE (rank 100) 52.77 / 77.28 / 0.102 / 0.615; +INLP (rank 1) 98.98 / "
          "79.09 / 0.137 / 0.816; +INLP (rank 100) 53.21 / 71.94 / 0.099 / 0.604")
FINE = (f"{T2}: BERT-finetuned 96.89+-1.01 / 85.12+-0.08 / 0.123+-0.011 / 0.810+-0.023; +RLACE "
        "(rank 1) 54.59+-0.66 / 85.09+-0.07 / 0.117 / 0.794; +RLACE (rank 100) 54.33+-0.36 / "
        "85.04 / 0.115 / 0.792; +INLP (rank 1) 93.52+-1.42 / 85.12 / 0.122 / 0.808; +INLP (rank "
        "100) 53.04+-0.97 / 84.98 / 0.113 / 0.797")
ADV = (f"{T2}: BERT-adv (MLP adversary) 99.57+-0.05 / 84.87+-0.11 / 0.128 / 0.840; BERT-adv "
       "(Linear adversary) 99.23+-0.09 / 84.92+-0.12 / 0.124 / 0.827; Majority 53.52 / 30.0 / - / "
       "-")
S52 = ("Section 5.2 (page 7): We report the results of 5 runs with random initializations. Before "
       "running Alg. 1, we reduce the dimensionality of the representations to 300 using PCA. ... "
       "an MLP adversary with 1-hidden-layer of size 300 and ReLU activations.")
S52B = ("Section 5.2 (page 8): in the frozen model, INLP-but not R-LACE-also significantly damages "
        "the main-task (from 79.14% to 71.94% accuracy).")
AMBIG = "The claim does not say which {0} row; the table prints {1}."


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, RL, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, RL, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", RL, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("A rank-1 R-LACE projection cuts gender prediction from frozen BERT representations from "
      "99.32% to 52.48%.", "table_cell", 7, FROZEN),
    C("On finetuned BERT, rank-1 R-LACE keeps profession accuracy at 85.09%, against 85.12% "
      "without it.", "table_cell", 7, FINE),
    C("With frozen BERT, INLP at rank 100 drops profession accuracy to 71.94%.", "table_cell", 7,
      FROZEN),
    C("Rank-100 INLP on finetuned BERT brings gender accuracy down to 53.04%.", "table_cell", 7,
      FINE),
    C("The BERT-adv model with an MLP adversary still predicts gender with 99.57% accuracy.",
      "table_cell", 7, ADV),
    C("The BERT-adv model with a linear adversary reaches 84.92% profession accuracy.",
      "table_cell", 7, ADV),
    C("The majority baseline has 53.52% gender accuracy and 30.0% profession accuracy.",
      "table_cell", 7, ADV),
    C("Frozen BERT with rank-100 R-LACE has a TPR-GAP RMS of 0.102.", "table_cell", 7, FROZEN),
    C("Rank-100 R-LACE on frozen BERT lowers the correlation between the TPR gap and the share of "
      "women to 0.615.", "table_cell", 7, FROZEN),
    C("Finetuned BERT shows a TPR-GAP RMS of 0.123 before any projection.", "table_cell", 7,
      FINE),
    C("After rank-1 INLP, finetuned BERT still predicts gender at 93.52%.", "table_cell", 7, FINE),
    C("At rank 100, R-LACE brings frozen BERT's gender accuracy to 52.77%.", "table_cell", 7,
      FROZEN),
    C("Rank-1 INLP on frozen BERT leaves profession accuracy at 79.09%.", "table_cell", 7,
      FROZEN),
    C("Rank-1 R-LACE lowers frozen BERT's TPR-GAP RMS from 0.145 to 0.109.", "table_cell", 7,
      FROZEN),
    C("Rank-100 INLP on frozen BERT gives the lowest correlation between gap and share of women "
      "in the table, 0.604.", "table_cell", 7, f"{FROZEN}; {FINE}; {ADV}",
      "0.604 is the smallest of the sigma column."),
    C("The gender accuracy of finetuned BERT after rank-1 INLP varies by 1.42 points across "
      "runs.", "table_cell", 7, FINE, "Printed as 93.52 +- 1.42."),
    C("Averaged over its two adversaries, BERT-adv predicts gender at 99.40%.", "cell_arithmetic",
      7, ADV, "(99.57 + 99.23) / 2 = 99.40."),
    C("In the frozen model, INLP lowers profession accuracy from 79.14% to 71.94%.",
      "text_number", 8, S52B),
    C("Before running R-LACE, the BERT representations are reduced to 300 dimensions with PCA.",
      "text_number", 7, S52),
    C("The MLP adversary of BERT-adv has one hidden layer of size 300.", "text_number", 7, S52),
    # Added after the first run (labelled before their own first run).
    C("R-LACE is run on both the frozen and the finetuned BERT representations, while BERT-adv "
      "serves as a baseline.", "paraphrase", 7, "Section 5.2: We run Alg. 1 on the "
      "representations of BERT-frozen and BERT-finetuned, while BERT-adv is the commonly used "
      "way to remove concepts, and is used as a baseline.", "Said in other words."),
    # --- contradicted ------------------------------------------------------------------------
    X("Rank-1 R-LACE on frozen BERT keeps profession accuracy at 77.28%.", "neighbour_cell", 7,
      FROZEN, "78.86; 77.28 is the rank-100 row."),
    X("Rank-100 INLP on frozen BERT lowers gender accuracy to 52.77%.", "neighbour_cell", 7,
      FROZEN, "53.21; 52.77 is R-LACE's rank-100 row."),
    X("Rank-1 R-LACE on finetuned BERT cuts gender accuracy to 52.48%.", "neighbour_cell", 7,
      FINE, "54.59; 52.48 is the frozen model's."),
    X("Finetuned BERT with rank-100 INLP reaches 71.94% profession accuracy.", "neighbour_cell",
      7, FINE, "84.98; 71.94 is the frozen model's."),
    X("Frozen BERT with rank-1 INLP has a TPR-GAP RMS of 0.816.", "neighbour_cell", 7, FROZEN,
      "0.137; 0.816 is the sigma column of the same row."),
    X("The BERT-adv model with an MLP adversary has a gap-to-women correlation of 0.827.",
      "neighbour_cell", 7, ADV, "0.840; 0.827 is the linear adversary's."),
    X("The majority baseline has 30.0% gender accuracy.", "neighbour_cell", 7, ADV,
      "53.52; 30.0 is its profession accuracy."),
    X("Frozen BERT predicts gender with 99.23% accuracy before any projection.",
      "transposed_digits", 7, FROZEN, "99.32; 99.23 is also BERT-adv (Linear)'s cell."),
    X("Finetuned BERT reaches 85.21% profession accuracy.", "transposed_digits", 7, FINE,
      "85.12."),
    X("Rank-1 INLP on finetuned BERT lowers gender accuracy by 1 point.", "cell_arithmetic", 7,
      FINE, "96.89 - 93.52 = 3.37 points; 1 is the rank."),
    X("On frozen BERT, rank-1 INLP lowers gender accuracy more than rank-1 R-LACE does.",
      "direction_flip", 7, FROZEN, "INLP 98.98 against R-LACE 52.48."),
    X("Finetuned BERT's gender accuracy varies by 0.66 points across runs.", "neighbour_cell", 7,
      FINE, "+-1.01; 0.66 is the rank-1 R-LACE row's deviation."),
    X("Before running R-LACE, the BERT representations are reduced to 100 dimensions with PCA.",
      "wrong_number", 7, S52, "300; 100 is a rank of Table 2."),
    X("The fairness table compares BERT-adv with three different adversaries.", "wrong_count", 7,
      ADV, "Added after the first run. Two: an MLP and a linear adversary."),
    X("The profession-classification results are those of 10 runs with random "
      "initializations.", "wrong_number", 7, S52, "Added after the first run. 5 runs."),
    # --- unverified --------------------------------------------------------------------------
    U("BERT reaches 85.12% profession accuracy before any projection.", 7, FINE,
      AMBIG.format("BERT", "79.14 (frozen) and 85.12 (finetuned)")),
    U("BERT predicts gender with 96.89% accuracy without any projection.", 7, FROZEN,
      AMBIG.format("BERT", "99.32 (frozen) and 96.89 (finetuned)")),
    U("BERT-adv reaches 84.87% profession accuracy.", 7, ADV,
      AMBIG.format("BERT-adv", "84.87 (MLP adversary) and 84.92 (linear adversary)")),
    U("BERT-adv predicts gender at 99.23%.", 7, ADV,
      AMBIG.format("BERT-adv", "99.57 (MLP adversary) and 99.23 (linear adversary)")),
    U("On finetuned BERT, rank-10 R-LACE reaches 85.06% profession accuracy.", 7, FINE,
      "Ranks 1 and 100 only."),
    U("Applied to RoBERTa, rank-1 R-LACE reduces gender accuracy to 55.0%.", 7, T2,
      "No RoBERTa row."),
    U("R-LACE applied to the BERT-adv representations lowers gender accuracy to 50.1%.", 7, ADV,
      "R-LACE is not run on BERT-adv."),
    U("INLP at rank 100 on BERT-adv reduces profession accuracy to 84.98%.", 7, ADV,
      "Added after the first run. INLP is not run on BERT-adv; 84.98 is finetuned BERT's."),
    U("Rank-1 R-LACE on frozen BERT lowers the TPR gap of female-dominated professions to "
      "0.052.", 7, FROZEN, "Added after the first run. No per-profession gap is printed."),
    U("R-LACE applied to GloVe embeddings keeps profession accuracy at 85.09%.", 7, FINE,
      "Added after the first run. No profession classifier on GloVe; 85.09 is finetuned "
      "BERT's."),
    U("Running R-LACE on the frozen BERT representations takes 10 minutes.", 7, T2,
      "No time is reported."),
)

REPORT = LabelledReport(
    file="02_rlace_fairness.txt",
    title="Concept Erasure in Contextual Representations: Fairness of Profession Classifiers",
    date="2027-05-12",
    examines="removing gender from BERT representations of biographies",
    research_question="Does a rank-1 adversarial projection debias profession classifiers "
                      "without hurting them?",
    references=(RL,),
    rows=ROWS,
    quality_score=6.9,
)
