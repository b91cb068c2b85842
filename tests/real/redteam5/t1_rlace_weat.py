"""Red-team-5 report 1 (Markdown): Ravfogel, Twiton, Goldberg, Cotterell, Linear Adversarial
Concept Erasure (ICML 2022, arXiv 2201.12091, two columns). Table 1 (page 6) prints WEAT's d and
its p-value for four settings (Original, PCA, RLACE, INLP) in three stacked blocks of rows, one
per association test, each headed by a row that holds only the test's name ("Math-art.",
"Professions-family.", "Science-art."); the same four row names repeat in every block, and cells
carry a deviation ("0.80 +- 0.01"). Adversarial claims: the cell of the same row in another block,
the other column of the same row, transposed digits, averages over the blocks (one equal to a
cell of another block, one false but equal to a cell), flipped comparisons, a test the table
never runs, counts of settings. Labelled from the page images (110 dpi, the table at 220 dpi) and
`pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

RL = "2201.12091"  # Ravfogel, Twiton, Goldberg, Cotterell; ICML 2022

T1 = ("Table 1 (WEAT bias association results; columns WEAT's d, p-value; three stacked row "
      "blocks Math-art. / Professions-family. / Science-art., each with rows Original, PCA, "
      "RLACE, INLP; cells with a deviation after +-)")
MATH = (f"{T1}: Math-art.: Original 1.57 / 0.000, PCA 1.56 / 0.000, RLACE 0.80 / 0.062, "
        "INLP 1.10 / 0.016")
PROF = (f"{T1}: Professions-family.: Original 1.69 / 0.000, PCA 1.69 / 0.000, "
        "RLACE 0.78 / 0.072, INLP 1.15 / 0.007")
SCI = (f"{T1}: Science-art.: Original 1.63 / 0.000, PCA 1.63 / 0.000, RLACE 0.77 / 0.073, "
       "INLP 1.03 / 0.022")
SIM = ("Section 5.1: we find no significant influence on correlation to human judgement, from "
       "0.399 for the original vectors, to 0.392 after rank-1 projection and 0.395 after 1 "
       "iteration of INLP.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, RL, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, RL, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", RL, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("On the math-art WEAT test, R-LACE lowers WEAT's d from 1.57 to 0.80.", "table_cell", 6,
      MATH),
    C("For professions and family, the R-LACE projection yields a WEAT d of 0.78 with a p-value "
      "of 0.072.", "table_cell", 6, PROF, "Second block, as printed."),
    C("On science versus art, R-LACE reaches a WEAT d of 0.77 (p = 0.073).", "table_cell", 6, SCI,
      "Third block, as printed."),
    C("INLP leaves a WEAT d of 1.15 on the professions-family test.", "table_cell", 6, PROF),
    C("On the science-art association, INLP's WEAT d is 1.03, against 1.63 for the original "
      "embeddings.", "table_cell", 6, SCI),
    C("The PCA-based projection barely moves the math-art WEAT d, from 1.57 to 1.56.",
      "table_cell", 6, MATH),
    C("On professions-family, the PCA baseline keeps WEAT's d at 1.69, the same as the original "
      "embeddings.", "table_cell", 6, PROF),
    C("INLP's p-value on the science-art test is 0.022.", "table_cell", 6, SCI),
    C("On math-art, INLP's p-value is 0.016.", "table_cell", 6, MATH),
    C("R-LACE gives the lowest WEAT d of the four settings on each of the three tests.",
      "table_cell", 6, f"{MATH}; {PROF}; {SCI}", "0.80, 0.78 and 0.77 are each block's lowest."),
    C("Averaged over the three tests, R-LACE brings WEAT's d to 0.78.", "cell_arithmetic", 6,
      f"{MATH}; {PROF}; {SCI}", "(0.80 + 0.78 + 0.77) / 3 = 0.783."),
    C("Averaged over the three tests, the original embeddings have a WEAT d of 1.63.",
      "cell_arithmetic", 6, f"{MATH}; {PROF}; {SCI}", "(1.57 + 1.69 + 1.63) / 3 = 1.63."),
    C("Averaged over the three tests, INLP leaves a WEAT d of 1.09.", "cell_arithmetic", 6,
      f"{MATH}; {PROF}; {SCI}", "(1.10 + 1.15 + 1.03) / 3 = 1.093."),
    C("The WEAT comparison covers four settings on three association tests.", "table_cell", 6,
      f"{T1}", "Original, PCA, RLACE, INLP; three blocks."),
    C("SimLex-999 correlation moves only from 0.399 for the original vectors to 0.392 after a "
      "rank-1 R-LACE projection.", "text_number", 6, SIM),
    C("After one iteration of INLP the SimLex-999 correlation is 0.395.", "text_number", 6, SIM),
    # Added after the first run (labelled before their own first run): paraphrase and more
    # settings the table never runs, for the corpus's category and status shares.
    C("The WEAT results are reported after rank-1 projections.", "paraphrase", 6,
      "Section 5.1: We report the test statistic, WEAT's d ..., and the p-values after rank-1 "
      "projections in Tab. 1.", "Said in other words."),
    # --- contradicted ------------------------------------------------------------------------
    X("On the professions-family test, R-LACE yields a WEAT d of 0.80.", "neighbour_cell", 6,
      PROF, "0.78; 0.80 is the math-art block's RLACE cell."),
    X("On science versus art, R-LACE yields a WEAT d of 0.78.", "neighbour_cell", 6, SCI,
      "0.77; 0.78 is the professions-family block's."),
    X("INLP's WEAT d on the science-art test is 1.10.", "neighbour_cell", 6, SCI,
      "1.03; 1.10 is math-art's."),
    X("On professions-family, INLP's p-value is 0.022.", "neighbour_cell", 6, PROF,
      "0.007; 0.022 is science-art's."),
    X("R-LACE's p-value on the science-art test is 0.072.", "neighbour_cell", 6, SCI,
      "0.073; 0.072 is professions-family's."),
    X("The original embeddings have a math-art WEAT d of 1.63.", "neighbour_cell", 6, MATH,
      "1.57; 1.63 is science-art's."),
    X("On the professions-family test, R-LACE's p-value is 0.027.", "transposed_digits", 6, PROF,
      "0.072."),
    X("INLP's WEAT d on math-art is 1.01.", "transposed_digits", 6, MATH, "1.10."),
    X("R-LACE has a WEAT d of 0.062 on the math-art test.", "neighbour_cell", 6, MATH,
      "0.80; 0.062 is the p-value column of the same row."),
    X("On professions-family, INLP lowers WEAT's d further than R-LACE does.", "direction_flip",
      6, PROF, "INLP 1.15 against R-LACE 0.78: R-LACE lowers it further."),
    X("Averaged over the three tests, INLP leaves a WEAT d of 1.15.", "cell_arithmetic", 6,
      f"{MATH}; {PROF}; {SCI}", "The average is 1.09; 1.15 is only the professions-family cell."),
    X("Averaged over the three tests, R-LACE brings WEAT's d to 0.80.", "cell_arithmetic", 6,
      f"{MATH}; {PROF}; {SCI}", "The average is 0.78; 0.80 is only the math-art cell."),
    X("The WEAT comparison covers five settings.", "wrong_count", 6, T1, "Four."),
    X("SimLex-999 correlation is 0.395 after a rank-1 R-LACE projection.", "neighbour_cell", 6,
      SIM, "0.392; 0.395 is after one iteration of INLP."),
    # --- unverified --------------------------------------------------------------------------
    U("On the math-art test, the R-LACE projection keeps SimLex-999 correlation at 0.392.", 6,
      SIM, "Added after the first run. SimLex-999 is one test of the embeddings, not of the "
      "math-art association."),
    U("A rank-100 R-LACE projection lowers the science-art WEAT d to 0.73.", 6, T1,
      "Added after the first run. Rank 1 only in Table 1."),
    U("On a race-career WEAT test, R-LACE reaches a d of 0.77.", 6, T1,
      "No race test is run; 0.77 is the science-art cell."),
    U("A rank-5 R-LACE projection lowers the math-art WEAT d to 0.41.", 6, T1,
      "Only the rank-1 projection is reported."),
    U("Computing the R-LACE projection for the WEAT tests takes 12 seconds.", 6, T1,
      "No time is reported."),
    U("On the professions-family test, the hard-debiasing method of Bolukbasi et al. reaches a "
      "WEAT d of 0.95.", 6, T1, "No such row."),
)

REPORT = LabelledReport(
    file="01_rlace_weat.md",
    title="Linear Concept Erasure and Word-Embedding Bias Tests",
    date="2027-05-11",
    examines="removing a linear gender subspace from word embeddings",
    research_question="Does a rank-1 adversarial projection remove gender associations from "
                      "static embeddings?",
    references=(RL,),
    rows=ROWS,
    quality_score=7.1,
)
