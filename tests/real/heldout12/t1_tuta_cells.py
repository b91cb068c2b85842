"""Held-out-12 report 1 (Markdown): Wang, Dong, Jia, Li, Fu, Han, Zhang, TUTA: Structure-aware
Pre-training for Table Understanding with Tree-based Transformers (arXiv 2010.12537v2, ACM
two-column format, 12 pages). Dense results tables with a percent sign in every cell: Table 4
(page 8, five methods by four datasets and their average, macro-F1), Table 5 (page 8, F1 by
WebSheet cell type), Table 6 (page 9, nine ablation variants by four datasets and an average),
Table 3 (page 7, dataset statistics) and Table 1 (page 3, pre-training corpora in millions of
tables). Natural synthesis claims: cells, differences of cells, numbers of the text, paraphrases;
neighbouring cells and rows, transposed digits, flipped comparisons, denials, wrong counts;
names and numbers of the paper in relations it never states. Labelled from the page images
(110 dpi, tables at 220 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

TU = "2010.12537"  # Wang et al., TUTA (arXiv 2010.12537v2)

T4 = ("Table 4 (Comparison results of macro-F1 scores; columns WebSheet, DeEx, SAUS, CIUS, "
      "Average): CNN-BERT 78.4% 60.8% 89.1% 95.1% 80.9%; RNN-C+S 79.6% 70.5% 89.8% 97.2% 84.3%; "
      "TaBERT-large 79.3% 50.0% 78.9% 92.9% 75.3%; TAPAS-large 82.3% 68.6% 83.9% 94.1% 82.2%; "
      "TUTA 86.6% 76.6% 90.2% 99.0% 88.1%")
T5 = ("Table 5 (Results of F1 scores on WebSheet by cell types; columns Index name, Index, "
      "Value name): CNN-BERT 69.9% 86.9% 78.4%; RNN-C+S 75.0% 86.6% 77.1%; TaBERT-large 76.8% "
      "85.2% 75.8%; TAPAS-large 74.3% 88.1% 84.6%; TUTA 83.4% 91.6% 84.8%")
T6 = ("Table 6 (Experiment results of ablation studies; columns WebSheet, DeEx, SAUS, CIUS, "
      "Average): TUTA-base, w/o TA 76.3 70.5 80.0 92.8 79.9; TUTA-base, TA-8 80.0 71.1 80.5 93.2 "
      "81.2; TUTA-base, TA-4 81.5 73.8 80.9 95.6 83.0; TUTA-base, TA-2 84.5 75.5 84.6 96.7 85.3; "
      "TUTA-explicit 86.5 76.0 89.7 98.8 87.8; TUTA-implicit 86.6 76.6 90.2 99.0 88.1; TUTA, w/o "
      "MLM 85.4 76.6 89.2 99.0 87.6; TUTA, w/o CLC 83.0 76.4 88.7 98.9 86.8; TUTA, w/o TCR 85.8 "
      "76.6 88.2 99.0 87.4 (all %)")
T3 = ("Table 3 (Statistics of CTC datasets; columns WebSheet, SAUS, DeEx, CIUS): Number of "
      "labeled tables 3,503 / 221 / 284 / 248; Prop. of hierarchical tables 53.7% / 93.7% / "
      "43.7% / 72.1%")
T1 = ("Table 1 (Dataset comparison between pre-training methods; Total amount): TUTA WikiTable "
      "2.62 million, WDC 50.8 million, Spreadsheet 4.49 million; TAPAS WikiTable Not published; "
      "TaBERT WikiTable 1.3 million, WDC 25.3 million; TURL WikiTable 0.57 million")
ABL = ("Section 4.3 (page 9): TUTA-base can only achieve 79.9% averaged macro-F1, lower than "
       "82.0% of TAPAS ... It is shown that removing the CLC objective has the biggest impact, "
       "with an accuracy drop of 1.3%.")
RES = ("Section 4.2 (page 8): As shown in Table 4, TUTA achieves an averaged macro-F1 of 88.1% "
       "on four datasets, outperforming all baselines by a large margin (3.6%+). We observe that "
       "RNN-C+S also outperforms TaBERT and TAPAS.")
CORPUS = ("Section 2.1 (page 3): build a large-scale web-crawled spreadsheet corpus including "
          "115 million tables ... After pre-processing, the total amount of tables in the "
          "combined corpus is 57.9 million.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.84, "confirmed", cat, TU, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.8, "contradicted", cat, TU, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.7, "unverified", "unsupported_relation", TU, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("TUTA reaches an averaged macro-F1 of 88.1% across the four cell type classification "
      "datasets.", "text_number", 8, RES),
    C("On WebSheet, TUTA obtains a macro-F1 of 86.6%, ahead of TAPAS-large at 82.3%.",
      "table_cell", 8, T4, "TUTA row and TAPAS-large row, WebSheet column."),
    C("TaBERT-large scores only 50.0% macro-F1 on DeEx.", "table_cell", 8, T4),
    C("The RNN-C+S baseline reaches 97.2% macro-F1 on CIUS.", "table_cell", 8, T4),
    C("TUTA's macro-F1 of 99.0% on CIUS is the best of the five compared methods.", "table_cell",
      8, T4, "99.0 against 95.1, 97.2, 92.9, 94.1."),
    C("TUTA improves the average macro-F1 of the CNN-BERT baseline by 7.2 points, from 80.9% to "
      "88.1%.", "cell_arithmetic", 8, T4, "88.1 - 80.9 = 7.2."),
    C("Against the strongest baseline average, RNN-C+S at 84.3%, TUTA gains 3.8 points.",
      "cell_arithmetic", 8, T4, "88.1 - 84.3 = 3.8; RNN-C+S has the highest baseline average."),
    C("In the per-type WebSheet results, TUTA reaches 91.6% F1 on Index cells.", "table_cell", 8,
      T5),
    C("For Index name cells on WebSheet, TUTA's F1 of 83.4% compares with 69.9% for CNN-BERT.",
      "table_cell", 8, T5),
    C("TAPAS-large reaches 84.6% F1 on WebSheet's Value name cells, just under TUTA's 84.8%.",
      "table_cell", 8, T5),
    C("The authors report that TUTA achieves the highest F1 for every cell type in WebSheet.",
      "paraphrase", 8, "Section 4.2 (page 8): As Table 5 shows, TUTA achieves the highest score "
      "for every cell type in WebSheet.", "Also true of Table 5's cells."),
    C("Without tree-based attention, TUTA-base averages only 79.9% macro-F1.", "text_number", 9,
      ABL),
    C("Restricting tree attention to a distance of 2 lifts TUTA-base's average macro-F1 to "
      "85.3%.", "table_cell", 9, T6, "TUTA-base, TA-2 row, Average column."),
    C("Among the pre-training objectives, removing cell-level cloze hurts most, costing 1.3% "
      "accuracy.", "text_number", 9, ABL),
    C("Dropping the table context retrieval objective lowers SAUS macro-F1 from 90.2% to 88.2%.",
      "table_cell", 9, T6, "TUTA-implicit 90.2 and TUTA, w/o TCR 88.2, SAUS column; the text "
      "speaks of an obvious drop of 2%."),
    C("After pre-processing, TUTA's combined pre-training corpus holds 57.9 million tables.",
      "text_number", 3, CORPUS),
    C("TUTA's pre-training data include 50.8 million tables from the WDC web table corpus.",
      "table_cell", 3, T1),
    C("WebSheet contributes 3,503 labeled tables, far more than SAUS (221), DeEx (284) or CIUS "
      "(248).", "table_cell", 7, T3),
    C("Hierarchical tables make up 93.7% of the SAUS dataset.", "table_cell", 7, T3),
    C("TUTA-explicit averages 87.8% macro-F1, slightly below the 88.1% of TUTA-implicit.",
      "table_cell", 9, T6),
    # --- contradicted ------------------------------------------------------------------------
    X("TUTA reaches 76.6% macro-F1 on WebSheet.", "neighbour_cell", 8, T4,
      "86.6; 76.6 is the DeEx column of the same row."),
    X("TAPAS-large averages 84.3% macro-F1 over the four datasets.", "neighbour_cell", 8, T4,
      "82.2; 84.3 is the RNN-C+S row above."),
    X("On CIUS, the CNN-BERT baseline obtains 91.5% macro-F1.", "transposed_digits", 8, T4,
      "95.1."),
    X("TaBERT-large outperforms RNN-C+S in average macro-F1.", "direction_flip", 8,
      f"{T4}; {RES}", "75.3 against 84.3; the text says RNN-C+S outperforms TaBERT."),
    X("The ablations show that larger tree-attention distances give better results.",
      "direction_flip", 9, "Section 4.3 (page 9): It is clear that smaller attention distances "
      "help our method to achieve better results.", "Smaller distances help: TA-2 85.3 > TA-4 "
      "83.0 > TA-8 81.2 > w/o TA 79.9."),
    X("Tree-based position embeddings do not improve TUTA's accuracy.", "negation", 9,
      "Section 4.3 (page 9): Further, tree position embeddings improve accuracy as well.",
      "The paper says they improve it (85.3 -> 88.1 average)."),
    X("With a tree-attention distance of 4, TUTA-base averages 85.3% macro-F1.",
      "neighbour_cell", 9, T6, "83.0; 85.3 is the TA-2 row below."),
    X("TUTA is pre-trained with four objectives.", "wrong_count", 6,
      "Section 3.4 (page 6): we devise novel cell-level and table-level objectives in addition "
      "to commonly used token-level objective ... The final objective is the summarization of "
      "Lmlm, Lclc, and Ltcr with the same weight.", "Three: MLM, CLC and TCR."),
    X("The ablation study compares six variants of TUTA.", "wrong_count", 8,
      "Section 4.3 (page 8): we evaluate 8 variants of TUTA.", "Eight (nine rows in Table 6 "
      "with TUTA-base w/o TA); not six."),
    X("After pre-processing, the combined corpus contains 75.9 million tables.",
      "transposed_digits", 3, CORPUS, "57.9 million."),
    X("TUTA's pre-training takes 25.3 million tables from the WDC corpus.", "neighbour_cell", 3,
      T1, "50.8 million; 25.3 million is TaBERT's WDC row."),
    X("Relational tables account for 9.0% of web tables, the paper notes.", "wrong_number", 1,
      "Section 1 (page 1): the vast majority of these works only focuses on relational tables "
      "that only account for 0.9% of web tables and 22.0% of spreadsheet tables.", "0.9%."),
    # --- unverified --------------------------------------------------------------------------
    U("TUTA reaches 88.1% macro-F1 on WikiTable column type annotation.", 8, T4,
      "88.1 is the average over four cell type classification datasets; no column type task is "
      "run."),
    U("TUTA outperforms TURL on cell type classification by 3.6 points.", 7,
      "Section 4 (page 7): TURL also pre-trains on relational tables but has no datasets and "
      "models publicly available, so we have not compared with it in this paper.",
      "TURL is not compared; 3.6 is the margin over all baselines."),
    U("With a distance of 2, TUTA-base reaches 84.5% macro-F1 on WikiTable tables.", 9, T6,
      "84.5 is WebSheet; WikiTable is a pre-training corpus, not a test set."),
    U("TUTA's advantage is largest on hierarchical tables, where it reaches 90.2% macro-F1.", 8,
      f"{T4}; {T3}", "No breakdown by hierarchical tables; 90.2 is SAUS."),
    U("Pre-training TUTA on the spreadsheet corpus alone yields 86.6% macro-F1 on WebSheet.", 8,
      T4, "No single-corpus pre-training is run; 86.6 is the full model."),
    U("TaBERT-large's 50.0% on DeEx stems from its 512-token input limit.", 8, T4,
      "The cell is printed; no cause is given for it."),
    U("Tree attention with a distance of 8 halves TUTA's fine-tuning time compared with global "
      "attention.", 9, T6, "No time is reported."),
    U("The 3,503 WebSheet tables were labelled by three annotators each.", 7, T3,
      "No annotators per table are reported for WebSheet."),
    U("On a held-out set of PDF tables, TUTA classifies cell types with 76.6% macro-F1.", 8, T4,
      "No PDF test set; 76.6 is DeEx."),
)

REPORT = LabelledReport(
    file="01_table_pretraining.md",
    title="Pre-trained Encoders for Structured Tables",
    date="2027-06-02",
    examines="pre-training transformers on spreadsheet and web tables for cell type "
             "classification",
    research_question="Does encoding table hierarchy in a pre-trained encoder improve cell "
                      "type classification?",
    references=(TU,),
    rows=ROWS,
    quality_score=7.4,
)
