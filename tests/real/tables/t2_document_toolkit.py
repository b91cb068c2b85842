"""Tables report 2 (plain text with bare headings): Lo et al., PaperMage: A Unified Toolkit for
Processing, Representing, and Manipulating Visually-Rich Scientific Documents (EMNLP 2023 System
Demonstrations; tests/real/papers/papermage.pdf), its Tables 2 and 3. Labelled from the page
images (tables zoomed at 200-250 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

PM = "2023.emnlp-demo.45"  # Lo et al. 2023, EMNLP 2023 System Demonstrations

R = Row
T2 = ("Table 2 (CoreRecipe for logical structure recovery on S2-VL; rows GrobidCRF, GrobidNN, "
      "RoBERTa, I-VILA; columns Full P/R/F1 and Grobid Subset P/R/F1)")
T3 = ("Table 3 (per-category metrics for Table 2; rows Abstract ... Title and the two macro "
      "averages; columns GROBIDCRF, GROBIDNN, RoBERTa, I-VILA, each P/R/F1)")
ROWS = (
    # --- cells claimed as printed -------------------------------------------------------------
    R("With I-VILA, papermage's CoreRecipe reaches a macro F1 of 92.7 for logical structure "
      "recovery on the full S2-VL dataset.", True, 0.33, "confirmed", "table_cell", PM, 5,
      f"{T2}: I-VILA, Full, F1: 92.7", "As printed."),
    R("Swapping I-VILA for a RoBERTa model gives a recall of 80.0 on the full S2-VL data.", True,
      0.24, "confirmed", "table_cell", PM, 5, f"{T2}: RoBERTa, Full, R: 80.0", "As printed."),
    R("Grobid's CRF model reaches a precision of 81.2 on the Grobid subset of S2-VL.", True,
      0.2, "confirmed", "table_cell", PM, 5, f"{T2}: GrobidCRF, Grobid Subset, P: 81.2",
      "As printed."),
    R("Macro-averaged over the Grobid subset categories, the RoBERTa variant has a recall of "
      "83.9.", False, 0.18, "confirmed", "table_cell", PM, 5,
      f"{T2}: RoBERTa, Grobid Subset, R: 83.9", "As printed (also Table 3's macro average)."),
    R("I-VILA labels author blocks with an F1 of 78.2.", True, 0.22, "confirmed", "table_cell",
      PM, 13, f"{T3}: Author, I-VILA, F1: 78.2", "As printed."),
    R("For figures, the RoBERTa model reaches a precision of 88.9.", True, 0.19, "confirmed",
      "table_cell", PM, 13, f"{T3}: Figure, RoBERTa, P: 88.9", "As printed."),
    R("Grobid with the CRF model finds tables with a recall of only 58.6.", True, 0.21,
      "confirmed", "table_cell", PM, 13, f"{T3}: Table, GROBIDCRF, R: 58.6", "As printed."),
    R("On footnotes, I-VILA's recall is 93.5.", False, 0.16, "confirmed", "table_cell", PM, 13,
      f"{T3}: Footnote, I-VILA, R: 93.5", "As printed."),
    R("Both Grobid variants score an F1 of 0.0 on figures.", True, 0.23, "confirmed",
      "table_cell", PM, 13, f"{T3}: Figure, GROBIDCRF F1 0.0, GROBIDNN F1 0.0", "As printed."),
    R("RoBERTa's precision on keywords is 93.8.", True, 0.17, "confirmed", "table_cell", PM, 13,
      f"{T3}: Keywords, RoBERTa, P: 93.8", "As printed."),
    # --- the value of a neighbouring cell ---------------------------------------------------------
    R("The RoBERTa variant has an F1 of 83.2 on the full S2-VL data.", True, 0.22,
      "contradicted", "neighbour_cell", PM, 5,
      f"{T2}: RoBERTa, F1: Full 76.8, Grobid Subset 83.2",
      "83.2 is the Grobid-subset column; on the full data F1 is 76.8."),
    R("Grobid's neural model reaches a precision of 40.6 on the full S2-VL data.", True, 0.2,
      "contradicted", "neighbour_cell", PM, 5, f"{T2}: Full, P: GrobidCRF 40.6, GrobidNN 42.0",
      "40.6 is the CRF model's row; the neural model has 42.0."),
    R("RoBERTa's F1 on equations is 77.6.", True, 0.18, "contradicted", "neighbour_cell", PM, 13,
      f"{T3}: Equation, F1: GROBIDCRF 77.6, GROBIDNN 77.6, RoBERTa 67.0",
      "77.6 is Grobid's cell; RoBERTa has 67.0."),
    R("I-VILA's precision on the header category is 99.1.", True, 0.21, "contradicted",
      "neighbour_cell", PM, 13, f"{T3}: Header, I-VILA: P 92.9, R 99.1",
      "99.1 is the recall column; precision is 92.9."),
    R("The Grobid neural model recovers authors with a recall of 42.6.", True, 0.17,
      "contradicted", "neighbour_cell", PM, 13, f"{T3}: Author, R: GROBIDCRF 42.6, GROBIDNN 14.0",
      "42.6 is the CRF model's cell; the neural model's recall is 14.0."),
    R("On the title category, I-VILA's recall is 96.7.", False, 0.15, "contradicted",
      "neighbour_cell", PM, 13, f"{T3}: Title, R: RoBERTa 96.7, I-VILA 99.9",
      "96.7 is RoBERTa's cell; I-VILA's recall is 99.9."),
    # --- a different number, or the digits swapped --------------------------------------------
    R("I-VILA's recall on the Grobid subset is 92.5.", True, 0.19, "contradicted",
      "transposed_digits", PM, 5, f"{T2}: I-VILA, Grobid Subset, R: 95.2",
      "95.2 with 5 and 2 swapped."),
    R("RoBERTa labels bibliography entries with a precision of 96.3.", True, 0.16,
      "contradicted", "transposed_digits", PM, 13, f"{T3}: Bibliography, RoBERTa, P: 93.6",
      "93.6 with 3 and 6 swapped."),
    R("I-VILA's F1 on captions is 94.3.", True, 0.18, "contradicted", "wrong_number", PM, 13,
      f"{T3}: Caption, I-VILA, F1: 91.3", "The table gives 91.3."),
    # --- a cell under a measure or dataset the paper does not report -----------------------------
    R("I-VILA classifies paragraphs with an accuracy of 98.3.", True, 0.17, "unverified",
      "unsupported_relation", PM, 13, f"{T3}: Paragraph, I-VILA: P 98.7, R 97.9, F1 98.3",
      "98.3 is an F1; the paper reports no accuracy."),
    R("On the PubLayNet benchmark, the RoBERTa variant has a macro precision of 75.9.", True,
      0.14, "unverified", "unsupported_relation", PM, 5, f"{T2}: RoBERTa, Full, P: 75.9 (S2-VL)",
      "The cell is on S2-VL; the paper evaluates nothing on PubLayNet."),
    R("On the full S2-VL data, I-VILA reaches an accuracy of 92.0.", True, 0.18, "unverified",
      "unsupported_relation", PM, 5, f"{T2}: I-VILA, Full, P: 92.0",
      "92.0 is a precision; the paper reports no accuracy."),
    R("On PubMed Central papers, I-VILA's F1 on abstracts is 97.8.", True, 0.15, "unverified",
      "unsupported_relation", PM, 13, f"{T3}: Abstract, I-VILA, F1: 97.8 (S2-VL)",
      "The cell is on S2-VL; the paper reports nothing on PubMed Central papers."),
    R("Grobid's CRF model reaches an F1 of 85.3 on abstracts in the DocBank dataset.", False,
      0.13, "unverified", "unsupported_relation", PM, 13, f"{T3}: Abstract, GROBIDCRF, F1: 85.3 "
      "(S2-VL)", "The cell is on S2-VL; the paper evaluates nothing on DocBank."),
    R("Trained on a tenth of the data, the RoBERTa variant reaches a macro F1 of 83.2 on the "
      "Grobid subset.", True, 0.12, "unverified", "unsupported_relation", PM, 5,
      f"{T2}: RoBERTa, Grobid Subset, F1: 83.2", "The paper reports no run on a tenth of the "
      "training data."),
    # --- differences of cells ------------------------------------------------------------------
    R("On the full S2-VL data, I-VILA's macro F1 is 15.9 points above RoBERTa's.", True, 0.2,
      "confirmed", "cell_arithmetic", PM, 5, f"{T2}: Full, F1: I-VILA 92.7, RoBERTa 76.8",
      "92.7 - 76.8 = 15.9."),
    R("On the Grobid subset, I-VILA improves F1 over the Grobid CRF model by 12.8 points.", True,
      0.18, "contradicted", "cell_arithmetic", PM, 5,
      f"{T2}: Grobid Subset, F1: I-VILA 93.7, GrobidCRF 78.9", "93.7 - 78.9 = 14.8, not 12.8."),
)

REPORT = LabelledReport(
    file="02_document_toolkit_bare.txt",
    title="Logical Structure Recovery in Scientific PDFs: A Look at One Toolkit's Evaluation",
    date="2027-03-01",
    examines="how well document-structure models recover logical categories of scientific PDFs",
    research_question="Which models recover the logical structure of scientific PDFs best?",
    references=(PM,),
    rows=ROWS,
    quality_score=7.1,
)
