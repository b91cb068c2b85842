"""Red-team-4 report 1 (Markdown): Shen et al., VILA: Improving Structured Content Extraction from
Scientific PDFs Using Visual Layout Groups (TACL 2022, arXiv 2106.00676, two columns). The source
is the three-page excerpt kept as a test fixture (the first page, the page with Tables 3-4 and
Sections 6.1-6.2, and the page with Tables 7-8). Table 3 spans GROTOAP2, DocBank and S2-VL each
over "Macro F1" and "H(G)" (the same two sub-columns three times), prints S2-VL cells with a
deviation in parentheses ("82.69(6.04)"), glues footnote marks to cells ("-1", "28.07(0.37)2")
and bolds the fastest time; Table 4 crosses four base models with Baseline / Text Line / Text
Block. The running text turns the cells into relative changes in three-item lists ("-0.75%,
+0.23%, +1.21%"). Adversarial claims: the cell of a neighbouring row, of the same sub-column under
another dataset, the deviation of another row, transposed digits, the list item of another
dataset, flipped directions, false superlatives, settings the pages never report. Labelled from
the page images (110 and 200 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

VI = "2106.00676"  # Shen, Lo, Wang, Kuehl, Weld, Downey; TACL 2022; a three-page excerpt

T3 = ("Table 3 (H-VILA; column groups GROTOAP2, DocBank, S2-VL, each with Macro F1 and H(G); "
      "column Inference Time (ms); rows LayoutLM-BASE, Simple Group Classifier, H-VILA(Text "
      "Line), H-VILA(Text Block); S2-VL cells and times with a deviation in parentheses)")
T4 = ("Table 4 (I-VILA, Macro F1 on GROTOAP2; columns Base Model, Baseline, Text Line G(L), "
      "Text Block G(B); rows DistilBERT, BERT, RoBERTa, LayoutLM)")
S61 = ("Section 6.1: Compared to the baseline LayoutLM model, inserting layout indicators results "
       "in +1.13%, +1.90%, and +1.29% Macro F1 improvements across the three benchmark datasets. "
       "... the corresponding group category inconsistency is reduced by 32.1%, 21.7%, and 21.7% "
       "compared to baseline.")
S62 = ("Section 6.2: Compared to LayoutLM, H-VILA models with text lines brings a 46.59% "
       "reduction in inference time, without heavily penalizing the final prediction accuracies "
       "(-0.75%, +0.23%, +1.21% Macro F1). When text blocks are used, H-VILA models are even "
       "more efficient (68.85% and 80.17% inference time reduction compared to the LayoutLM and "
       "simple group classifier baseline), and they also achieve similar or better accuracy "
       "compared to the simple group classifier (-0.30%, +0.88% Macro F1 for GROTOAP2 and "
       "DocBank). ... (-3.60% and -0.73% Macro F1 in the DocBank and S2-VL datasets compared to "
       "LayoutLM)")
ABS = ("Abstract: ... can lead to a 1.9% Macro F1 improvement in token classification. ... can "
       "result in up-to 47% inference time reduction with less than 0.8% Macro F1 loss. ... only "
       "fine-tuning, which we show can reduce training cost by up to 95%. ... a new dataset of "
       "manual annotations covering diverse papers from 19 scientific disciplines.")
ORDER = ("The three-item lists follow the datasets' order GROTOAP2, DocBank, S2-VL (checked "
         "against Table 3).")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, VI, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, VI, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", VI, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("On GROTOAP2, H-VILA with text lines reaches a Macro F1 of 91.65, against 92.34 for "
      "LayoutLM.", "table_cell", 2, f"{T3}: GROTOAP2 Macro F1: H-VILA(Text Line) 91.65, "
      "LayoutLM-BASE 92.34"),
    C("H-VILA with text blocks has an inference time of 16.37 ms, the lowest in the H-VILA "
      "efficiency table.", "table_cell", 2, f"{T3}: Inference Time: H-VILA(Text Block) 16.37(0.15) "
      "(bold), others 52.56, 82.57, 28.07", "As printed; the smallest of the four times."),
    C("LayoutLM takes 52.56 ms per inference, against 82.57 ms for the simple group classifier.",
      "table_cell", 2, f"{T3}: Inference Time: LayoutLM-BASE 52.56(0.25), Simple Group "
      "Classifier 82.57(0.30)"),
    C("On DocBank, LayoutLM's group category inconsistency H(G) is 2.64.", "table_cell", 2,
      f"{T3}: DocBank H(G): LayoutLM-BASE 2.64"),
    C("On S2-VL, H-VILA with text lines reaches 83.69 Macro F1, the highest of the models "
      "reported on that dataset.", "table_cell", 2, f"{T3}: S2-VL Macro F1: LayoutLM-BASE "
      "82.69(6.04), Simple Group Classifier - (not reported), H-VILA(Text Line) 83.69(2.92), "
      "H-VILA(Text Block) 82.09(5.89)", "As printed; 83.69 is the largest reported."),
    C("The simple group classifier and block-level H-VILA both have an H(G) of 0.00 on "
      "GROTOAP2 and DocBank.", "table_cell", 2,
      f"{T3}: H(G) under GROTOAP2 and DocBank: Simple Group Classifier 0.00, 0.00; H-VILA(Text "
      "Block) 0.00, 0.00"),
    C("With text blocks as layout groups, I-VILA on LayoutLM reaches 93.38 Macro F1 on GROTOAP2.",
      "table_cell", 2, f"{T4}: LayoutLM, Text Block G(B) 93.38"),
    C("I-VILA with text lines raises DistilBERT from 90.52 to 91.14 Macro F1 on GROTOAP2.",
      "table_cell", 2, f"{T4}: DistilBERT, Baseline 90.52, Text Line G(L) 91.14"),
    C("RoBERTa scores 91.64 Macro F1 on GROTOAP2 without layout indicators.", "table_cell", 2,
      f"{T4}: RoBERTa, Baseline 91.64"),
    C("Compared to LayoutLM, H-VILA with text lines reduces inference time by 46.59%.",
      "text_number", 2, S62),
    C("With text blocks, H-VILA cuts inference time by 80.17% relative to the simple group "
      "classifier.", "text_number", 2, S62, "As printed (the second of the two reductions)."),
    C("H-VILA can reduce inference time by up to 47% while losing less than 0.8% Macro F1.",
      "paraphrase", 1, ABS, "The abstract's statement in other words."),
    C("Because only fine-tuning is needed, training cost falls by up to 95%.", "paraphrase", 1,
      ABS),
    C("The manually annotated S2-VL dataset covers papers from 19 scientific disciplines.",
      "text_number", 1, ABS),
    C("Inserting layout indicators into LayoutLM improves Macro F1 by 1.90% on DocBank.",
      "text_number", 2, S61, f"The second item of the list. {ORDER}"),
    C("Relative to the simple group classifier, block-level H-VILA loses 0.30% Macro F1 on "
      "GROTOAP2 and gains 0.88% on DocBank.", "text_number", 2, S62),
    C("Block-level H-VILA is 3.60% Macro F1 worse than LayoutLM on DocBank.", "text_number", 2,
      S62),
    C("The H-VILA efficiency results use a one-layer group encoder and a 12-layer page encoder "
      "(lg = 1, lp = 12).", "paraphrase", 2,
      "Section 6.2: Table 3 summarizes the efficiency improvements of the H-VILA models with "
      "lg = 1 and lp = 12."),
    C("Text-line I-VILA gains 0.62 Macro F1 points over DistilBERT's baseline on GROTOAP2.",
      "cell_arithmetic", 2, f"{T4}: DistilBERT 90.52 -> 91.14", "91.14 - 90.52 = 0.62."),
    C("In the I-VILA base-model comparison, text blocks give the best Macro F1 for every base "
      "model.", "table_cell", 2, f"{T4}: Text Block column 92.12, 92.31, 92.52, 93.38 (bold), "
      "each above Baseline and Text Line", "True for all four rows."),
    C("For all four base models, text-line indicators raise GROTOAP2 Macro F1 above the "
      "baseline.", "paraphrase", 2, f"{T4}: 90.52->91.14, 90.78->91.65, 91.64->92.04, "
      "92.34->92.37", "True for all four rows."),
    C("I-VILA can improve Macro F1 by up to 1.9% in token classification.", "text_number", 1,
      ABS),
    C("On DocBank, line-level H-VILA scores 91.27 Macro F1, slightly above LayoutLM's 91.06.",
      "table_cell", 2, f"{T3}: DocBank Macro F1: H-VILA(Text Line) 91.27, LayoutLM-BASE 91.06"),
    # --- contradicted ------------------------------------------------------------------------
    X("On GROTOAP2, H-VILA with text lines reaches a Macro F1 of 92.37.", "neighbour_cell", 2,
      f"{T3}: GROTOAP2 Macro F1: H-VILA(Text Line) 91.65, H-VILA(Text Block) 92.37",
      "92.37 is the text-block row's cell; text lines give 91.65."),
    X("LayoutLM's inference time is 82.57 ms.", "neighbour_cell", 2,
      f"{T3}: Inference Time: LayoutLM-BASE 52.56(0.25), Simple Group Classifier 82.57(0.30)",
      "82.57 is the simple group classifier's time; LayoutLM takes 52.56."),
    X("On DocBank, LayoutLM's group category inconsistency H(G) is 0.78.", "neighbour_cell", 2,
      f"{T3}: LayoutLM-BASE: GROTOAP2 H(G) 0.78, DocBank H(G) 2.64",
      "0.78 is the same sub-column under GROTOAP2; DocBank's is 2.64."),
    X("On S2-VL, H-VILA with text lines scores 83.69 ± 5.89 Macro F1.", "neighbour_cell", 2,
      f"{T3}: S2-VL Macro F1: H-VILA(Text Line) 83.69(2.92), H-VILA(Text Block) 82.09(5.89)",
      "The deviation printed with 83.69 is 2.92; 5.89 belongs to the text-block row."),
    X("H-VILA with text blocks has an S2-VL group category inconsistency of 1.70.",
      "neighbour_cell", 2, f"{T3}: S2-VL H(G): H-VILA(Text Line) 1.70(0.68), H-VILA(Text Block) "
      "0.36(0.12)", "1.70 is the text-line row's cell; text blocks give 0.36."),
    X("H-VILA with text lines takes 28.70 ms per inference.", "transposed_digits", 2,
      f"{T3}: Inference Time: H-VILA(Text Line) 28.07(0.37) with footnote 2",
      "The paper prints 28.07 ms."),
    X("On DocBank, H-VILA with text blocks scores 87.01 Macro F1.", "neighbour_cell", 2,
      f"{T3}: DocBank Macro F1: Simple Group Classifier 87.01, H-VILA(Text Block) 87.78",
      "87.01 is the simple group classifier's cell."),
    X("With text blocks, I-VILA lifts BERT to 92.12 Macro F1 on GROTOAP2.", "neighbour_cell", 2,
      f"{T4}: Text Block G(B): DistilBERT 92.12, BERT 92.31", "92.12 is DistilBERT's cell."),
    X("RoBERTa with text-line indicators reaches 92.52 Macro F1 on GROTOAP2.", "neighbour_cell",
      2, f"{T4}: RoBERTa: Text Line G(L) 92.04, Text Block G(B) 92.52",
      "92.52 is the text-block column; text lines give 92.04."),
    X("Without layout indicators, LayoutLM scores 92.37 Macro F1 on GROTOAP2.", "neighbour_cell",
      2, f"{T4}: LayoutLM: Baseline 92.34, Text Line G(L) 92.37",
      "92.37 is the text-line column; the baseline is 92.34."),
    X("Compared to LayoutLM, H-VILA with text lines reduces inference time by 68.85%.",
      "neighbour_cell", 2, S62, "68.85% is the reduction with text blocks; text lines give "
      "46.59%."),
    X("Inserting layout indicators into LayoutLM improves Macro F1 by 1.90% on GROTOAP2.",
      "wrong_number", 2, S61, f"GROTOAP2's gain is the first item, +1.13%. {ORDER}"),
    X("I-VILA reduces the group category inconsistency by 32.1% on DocBank.", "wrong_number", 2,
      S61, f"DocBank's reduction is the second item, 21.7%. {ORDER}"),
    X("On S2-VL, line-level H-VILA loses 1.21% Macro F1 relative to LayoutLM.", "direction_flip",
      2, S62, "The paper gives +1.21% (83.69 against 82.69): a gain, not a loss."),
    X("H-VILA with text blocks is slower than LayoutLM.", "direction_flip", 2,
      f"{T3}: Inference Time: LayoutLM-BASE 52.56, H-VILA(Text Block) 16.37",
      "It is the fastest; 68.85% faster than LayoutLM (Section 6.2)."),
    X("Block-level H-VILA is 0.73% Macro F1 worse than LayoutLM on DocBank.", "neighbour_cell",
      2, S62, "-0.73% is S2-VL's; DocBank's is -3.60%."),
    X("Because only fine-tuning is needed, training cost falls by up to 59%.",
      "transposed_digits", 1, ABS, "The abstract says up to 95%."),
    X("The manually annotated S2-VL dataset covers papers from 91 scientific disciplines.",
      "transposed_digits", 1, ABS, "The abstract says 19."),
    X("Block-level H-VILA is 0.88% Macro F1 worse than the simple group classifier on DocBank.",
      "direction_flip", 2, S62, "+0.88% on DocBank: better, not worse (87.78 against 87.01)."),
    X("In the I-VILA base-model comparison, text lines give the best Macro F1 for every base "
      "model.", "unsupported_relation", 2, f"{T4}: Text Line below Text Block in every row",
      "Text blocks are best in every row."),
    X("On GROTOAP2, the simple group classifier has a lower Macro F1 than LayoutLM.",
      "direction_flip", 2, f"{T3}: GROTOAP2 Macro F1: LayoutLM-BASE 92.34, Simple Group "
      "Classifier 92.65", "92.65 is higher than 92.34."),
    X("Text-block I-VILA gains 1.40 Macro F1 points over BERT's baseline on GROTOAP2.",
      "cell_arithmetic", 2, f"{T4}: BERT: Baseline 90.78, Text Block G(B) 92.31",
      "92.31 - 90.78 = 1.53."),
    X("H-VILA with text blocks reaches the highest S2-VL Macro F1 in the H-VILA table.",
      "unsupported_relation", 2, f"{T3}: S2-VL Macro F1: 82.69, -, 83.69, 82.09",
      "82.09 is the lowest reported; text lines are highest."),
    X("The simple group classifier runs faster than line-level H-VILA.", "direction_flip", 2,
      f"{T3}: Inference Time: Simple Group Classifier 82.57, H-VILA(Text Line) 28.07",
      "82.57 ms is slower than 28.07 ms."),
    X("On DocBank, line-level H-VILA scores 91.06 Macro F1.", "neighbour_cell", 2,
      f"{T3}: DocBank Macro F1: LayoutLM-BASE 91.06, H-VILA(Text Line) 91.27",
      "91.06 is LayoutLM's cell."),
    # --- unverified --------------------------------------------------------------------------
    U("On S2-VL, the simple group classifier reaches 81.90 Macro F1.", 2,
      f"{T3}: S2-VL: Simple Group Classifier '-' with footnote 1 (fails to converge for one "
      "run; not reported)", "The paper reports no S2-VL score for it."),
    U("The simple group classifier's group category inconsistency on S2-VL is 0.00.", 2,
      f"{T3}: S2-VL H(G): Simple Group Classifier '-'", "Not reported (0.00 is printed only "
      "for GROTOAP2 and DocBank)."),
    U("With text blocks, I-VILA lifts DistilBERT to 91.70 Macro F1 on DocBank.", 2,
      f"{T4} is on GROTOAP2 only", "No DistilBERT result on DocBank on these pages."),
    U("An H-VILA model with a 24-layer page encoder runs in 40 ms per page.", 2,
      "Section 6.2 reports lp = 12 only", "No such model is reported."),
    U("On PubLayNet, H-VILA with text lines scores 94.1 Macro F1.", 2,
      "The pages report GROTOAP2, DocBank and S2-VL only", "PubLayNet is never evaluated."),
    U("RoBERTa with text-block indicators takes 35 ms per page.", 2,
      f"{T4} reports Macro F1 only", "No inference time for the I-VILA base models."),
    U("Block-level H-VILA needs 3.2 GB of GPU memory at inference.", 2,
      "No memory figure on these pages", "Never reported."),
    U("I-VILA with text lines lowers LayoutLM's inference time by 10%.", 2,
      "Section 6.2 and Table 3 give inference times for H-VILA only",
      "No inference time is reported for I-VILA."),
    U("H-VILA with text lines scores 90.2 Macro F1 on the GROTOAP2 validation split.", 2,
      f"{T3}: no validation results", "Only one (test) result per dataset is printed."),
    # --- added after the first run (labelled before their own first run) -------------------
    C("The I-VILA comparison covers four base models: DistilBERT, BERT, RoBERTa and LayoutLM.",
      "table_cell", 2, f"{T4}: rows DistilBERT, BERT, RoBERTa, LayoutLM", "Four rows."),
    X("The I-VILA comparison covers five base models.", "wrong_count", 2,
      f"{T4}: rows DistilBERT, BERT, RoBERTa, LayoutLM", "Four, not five."),
    U("H-VILA with text lines was trained for 3 epochs.", 2, "No training schedule on these "
      "pages", "Never stated here."),
    U("LayoutLM's inference time was measured on an NVIDIA V100 GPU.", 2,
      f"{T3}: times without hardware", "The hardware is not named on these pages."),
    U("DistilBERT runs 40% faster than BERT in the I-VILA experiments.", 2,
      f"{T4} reports Macro F1 only", "No speed of the base models is reported."),
    U("Text-block I-VILA lowers RoBERTa's group category inconsistency to 0.21 on GROTOAP2.", 2,
      f"{T4} reports Macro F1 only; {T3} has no RoBERTa row", "Not reported."),
)

REPORT = LabelledReport(
    file="01_vila_efficiency.md",
    title="Layout Groups for PDF Content Extraction: Accuracy and Speed of I-VILA and H-VILA",
    date="2027-04-02",
    examines="layout-aware token classification of scientific PDFs",
    research_question="Do visual layout groups make PDF content extraction more accurate and "
                      "cheaper without layout pretraining?",
    references=(VI,),
    rows=ROWS,
    quality_score=7.2,
)
