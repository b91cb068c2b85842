"""Report 2 (PDF with a claims table): layout-aware document understanding with XYLayoutLM
(arXiv 2203.06947, CVPR 2022) and TableFormer's robustness to table perturbations (arXiv
2203.00274v2). Labelled from the page images before any verifier run (see README.md)."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

XY = "2203.06947"  # Gu et al., XYLayoutLM (no version: the copy prints no arXiv stamp)
TF = "2203.00274v2"  # Yang et al., TableFormer: Robust Transformer Modeling for Table-Text ...

R = Row
ROWS = (
    R("FUNSD, one of the two evaluation datasets, holds 199 annotated forms containing 31485 "
      "words.", True, 0.24, "confirmed", "text_number", XY, 5,
      "§4.1 Datasets: 'FUNSD is a form understanding dataset for scanned documents. It "
      "contains 199 annotated forms with 31485 words.'", "As printed."),
    R("XYLayoutLM reaches 0.7059 F1 on Chinese relation extraction in XFUN.", True, 0.21,
      "contradicted", "neighbour_cell", XY, 6,
      "Table 1, row RE / XYLayoutLM: ZH 0.7445, JA 0.7059",
      "0.7059 is the Japanese column; the Chinese F1 is 0.7445."),
    R("Under row and column perturbation, TAPAS models lose between 3.7% and 6.5% of SQA cell "
      "selection accuracy.", True, 0.27, "confirmed", "text_number", TF, 6,
      "§5.2: 'TAPAS models drops by at least 3.7% and up to 6.5% in all settings on SQA "
      "dataset in terms of ALL accuracy'", "As printed."),
    R("XYLayoutLM obtains an SER F1 of 0.8001 on the Portuguese part of XFUN.", True, 0.19,
      "confirmed", "table_cell", XY, 6, "Table 1, row SER / XYLayoutLM, column PT: 0.8001",
      "Only in the table."),
    R("Generating LayoutXLM's position embeddings with plain CPE makes it worse on every task.",
      True, 0.22, "confirmed", "paraphrase", XY, 7,
      "§4.2: 'Another observation is that only using CPE [5] on the LayoutXLM for position "
      "embeddings generation harms the performances on all tasks.'",
      "The paper's observation in other words."),
    R("XYLayoutLM's average SER F1 across the XFUN languages is 0.8240.", True, 0.23,
      "contradicted", "transposed_digits", XY, 6,
      "Table 1, row SER / XYLayoutLM, column XFUN Avg.: 0.8204",
      "0.8204, with two digits swapped in the claim."),
    R("TabFact contains about 118,000 sentences, each of them entailed or refuted by its table.",
      True, 0.18, "confirmed", "text_number", TF, 4,
      "§4.1 Table-Text Entailment: 'Among total 118, 000 sentences, each one is a positive "
      "(entailed) or negative sentence.'", "As printed (the text layer splits '118, 000')."),
    R("On FUNSD, XYLayoutLM scores higher than StructuralLM.", True, 0.26, "contradicted",
      "direction_flip", XY, 6,
      "Table 2 (FUNSD SER F1): StructuralLM* 0.8514, XYLayoutLM 0.8335",
      "StructuralLM (a LARGE model, as the caption notes) scores higher."),
    R("On XFUN relation extraction, XYLayoutLM beats LayoutXLM by 3.47% F1 score on average.",
      True, 0.20, "confirmed", "cell_arithmetic", XY, 6,
      "Table 1, RE, column XFUN Avg.: LayoutXLM 0.6432, XYLayoutLM 0.6779 (also §4.2)",
      "0.6779 - 0.6432 = 0.0347, i.e. 3.47% F1 in the paper's own convention ('1.48% F1' for "
      "0.8204 - 0.8056)."),
    R("TAPAS-base trained with 8 perturbed copies of each table keeps 64.3 SQA accuracy after "
      "perturbation.", True, 0.16, "confirmed", "table_cell", TF, 8,
      "Table 6, row TAPAS_BASE 8p, column After Perturb ALL: 64.3", "Only in the table."),
    R("XYLayoutLM is built on a 24-layer transformer.", False, 0.15, "contradicted",
      "wrong_count", XY, 6,
      "§4.1 Model variants: 'We set hidden size d = 768 and use a 12-layer 12-head "
      "transformer.'", "Twelve layers, not 24."),
    R("The augmented variant of XY Cut is a training-time strategy; at inference only the "
      "traditional XY Cut runs as preprocessing.", True, 0.25, "confirmed", "paraphrase", XY, 4,
      "§3.3: 'we propose an augmentation strategy on these noisy locations to generate "
      "different proper reading orders during network training. ... We only perform "
      "traditional XY Cut as a pre-process during the inference stage.'",
      "The same statement in other words."),
    R("TableFormer-base with inter-sqa pretraining reaches 48.5 on the WTQ test set.", True,
      0.17, "contradicted", "wrong_number", TF, 6,
      "Table 3, row TableFormer_BASE inter-sqa: dev 46.7, test 46.5",
      "The test accuracy is 46.5, not 48.5."),
    R("Sorting tokens by descending (X,Y) leaves LayoutXLM at 0.6858 F1 on Chinese relation "
      "extraction.", False, 0.11, "confirmed", "table_cell", XY, 6,
      "Table 4, row descending (X,Y), column RE ZH: 0.6858", "Only in the table."),
    R("XYLayoutLM brings no gain over LayoutXLM on XFUN relation extraction.", True, 0.19,
      "contradicted", "negation", XY, 6,
      "§4.2: 'our XYLayoutLM achieves a 0.6779 F1 score in RE task, which is an obvious "
      "improvement beyond the baseline LayoutXLM (0.6432).'", "The paper states a clear gain."),
    R("Without the same-row bias, TableFormer-base's SQA sequence accuracy collapses to 2.8.",
      True, 0.21, "confirmed", "table_cell", TF, 8,
      "Table 7, row '- Same Row', column SEQ: 2.8", "Only in the table."),
    R("XYLayoutLM's attention score matrix is 561 x 561, for 512 textual tokens plus 49 visual "
      "tokens.", False, 0.13, "confirmed", "text_number", XY, 7,
      "§4.4: 'the size of the attention score is 561× 561 following LayoutXLM (512 textual "
      "tokens and 49 visual tokens).'", "As printed."),
    R("On FUNSD, DocFormer reaches an SER F1 of 0.8336.", True, 0.18, "contradicted",
      "neighbour_cell", XY, 6, "Table 2: DocFormer 0.8334, SelfDoc 0.8336 (next row)",
      "0.8336 is SelfDoc's row; DocFormer scores 0.8334."),
    R("Before perturbation, TableFormer-large beats TAPAS-large by 1.9 points on TabFact's "
      "complex test split.", True, 0.20, "confirmed", "cell_arithmetic", TF, 6,
      "Table 2, column Before Perturb test_complex: TAPAS_LARGE 68.6, TableFormer_LARGE 70.5",
      "70.5 - 68.6 = 1.9."),
    R("On XFUN semantic entity recognition, XYLayoutLM outperforms the original LayoutXLM by "
      "1.48% F1.", True, 0.28, "confirmed", "text_number", XY, 6,
      "§4.2: 'among the multimodal methods, XYLayoutLM outperforms the original LayoutXLM [29] "
      "by 1.48% F1 score on the XFUN dataset for the SER task.'", "As printed."),
    R("On FUNSD, XYLayoutLM is trained with a batch size of 16 for 2000 iterations.", False,
      0.14, "contradicted", "wrong_number", XY, 6,
      "§4.1 Training details: 'While on the FUNSD, the batch size is 16, and we train the model "
      "for 1000 iterations following [30].'", "1000 iterations, not 2000."),
    R("Adding the attention biases before the scaling operation works as well as adding them "
      "after it.", True, 0.17, "contradicted", "negation", TF, 7,
      "§5.4 Attention Bias Scaling: 'Table 5 shows that TABLEFORMER_BASE-SO performs worse "
      "than TABLEFORMER_BASE, showing the necessity of adding attention biases after the "
      "scaling operation.'", "The paper says it works worse."),
    R("Averaged over Chinese and Spanish, XYLayoutLM's relation extraction F1 is 0.7352.", True,
      0.15, "confirmed", "cell_arithmetic", XY, 6,
      "Table 1, row RE / XYLayoutLM: ZH 0.7445, ES 0.7259", "(0.7445 + 0.7259) / 2 = 0.7352."),
    R("XFUN adds 5 languages to the English forms of FUNSD.", True, 0.12, "contradicted",
      "wrong_count", XY, 5,
      "§4.1: 'XFUN is a benchmark for multilingual Form Understanding by extending the FUNSD to "
      "7 other languages, including Chinese, Japanese, Spanish, French, Italian, German, and "
      "Portuguese'", "Seven languages, not five."),
    R("Restricting attention to the same rows and columns by hard masking (SAT) does worse than "
      "TAPAS-base, so the authors chose soft bias addition.", True, 0.22, "confirmed",
      "paraphrase", TF, 7,
      "§5.4: 'We can see that TAPAS_BASE-SAT performs worse than TAPAS_BASE, which means that "
      "restricting attention to only same columns and rows by masking reduce the modeling "
      "capacity. This led to choosing soft bias addition over hard masking.'",
      "The paper's finding in other words."),
    R("On Italian relation extraction, XYLayoutLM reaches 0.6752 F1.", False, 0.16,
      "contradicted", "transposed_digits", XY, 6,
      "Table 1, row RE / XYLayoutLM, column IT: 0.6572",
      "0.6572, with two digits swapped in the claim."),
    R("Raising the shift θ of Augmented XY Cut from 5 to 10 improves LayoutXLM on all four XFUN "
      "subsets tested.", True, 0.19, "contradicted", "direction_flip", XY, 6,
      "Table 4: Aug XY Cut (0.5, 0.5, 5) 0.9023 / 0.7600 / 0.7389 / 0.7213; Aug XY Cut (0.5, "
      "0.5, 10) 0.8702 / 0.7399 / 0.6920 / 0.6894", "All four scores fall, none rises."),
    R("TAPAS-base with 16 perturbed versions of each table still shows a 7.2% prediction "
      "variation.", True, 0.15, "contradicted", "neighbour_cell", TF, 8,
      "Table 6, column VP: TAPAS_BASE 8p 7.2%, TAPAS_BASE 16p 7.0%",
      "7.2% is the 8p row; with 16 versions the variation is 7.0% (also §5.5)."),
    R("On the perturbed TabFact test set, TableFormer-base leads TAPAS-base by 3.8 points.",
      False, 0.10, "confirmed", "cell_arithmetic", TF, 6,
      "Table 2, column After Perturb test: TAPAS_BASE 71.2, TableFormer_BASE 75.0",
      "75.0 - 71.2 = 3.8."),
    R("Dropping all of LayoutXLM's position embeddings hurts both entity recognition and "
      "relation extraction.", True, 0.20, "confirmed", "paraphrase", XY, 7,
      "§4.3 Analysis for Augmented XY Cut: 'When we removed all the position embeddings as "
      "shown in the second row, the performance decreased for SER and RE tasks'",
      "The paper's statement in other words (Table 4, remove-pos-embed below default order)."),
    R("Detecting the reading order of a document with XY Cut takes 8.99 ms on a CPU.", True,
      0.17, "confirmed", "table_cell", XY, 9,
      "Table 6 (appendix), row XY Cut: Inference time/one doc 8.99ms ± 28.3 µs, Device CPU",
      "Only in the table."),
    R("XYLayoutLM reaches its 0.8204 average SER F1 within 1000 training iterations thanks to "
      "the Xavier initialisation of its DCPE parameters.", True, 0.21, "unverified",
      "unsupported_relation", XY, 6,
      "Table 1: XFUN Avg. 0.8204; §4.1: 1000 iterations for SER; §3.4: new DCPE parameters "
      "'are initialized by Xavier'. No sentence links them.",
      "Three facts of the paper in a causal relation it never states."),
    R("LayoutXLM+CPE scores lower than LayoutXLM on XFUN because of the 7x7 pooling of the "
      "ResNeXt-101 feature map.", True, 0.18, "unverified", "unsupported_relation", XY, 6,
      "Table 1: LayoutXLM+CPE 0.8047 / 0.6399 vs LayoutXLM 0.8056 / 0.6432; §3.1: visual "
      "tokens from pooling ResNeXt-101 to 7×7. The paper blames wrong neighbours and CPE's "
      "image-only design, never the pooling.", "The cause is the report's own."),
    R("TableFormer's roughly 20% longer training time is caused by its 13 attention bias "
      "scalars per head.", False, 0.19, "unverified", "unsupported_relation", TF, 8,
      "§5.7: 'TABLEFORMER increases the training time by around 20%'; §5.3 (page 7): '13 "
      "parameters per head per layer'. No cause of the longer training is given.",
      "Two facts of the paper in a causal relation it never states."),
    R("XYLayoutLM's 0.9176 on Chinese is its best SER score because Chinese forms follow a "
      "strict grid layout.", True, 0.16, "unverified", "unsupported_relation", XY, 6,
      "Table 1, row SER / XYLayoutLM: ZH 0.9176, the highest of its row; the paper never "
      "describes the layout of the Chinese forms.",
      "The number is right; the explanation is never given by the paper."),
    R(cut("On the FUNSD form understanding benchmark, XYLayoutLM reaches an SER F1 of 0.8335, "
          "on par with DocFormer at 0.8334 and with SelfDoc at 0.8336."),
      True, 0.22, "unverified", "truncated", XY, 6,
      "Table 2: XYLayoutLM 0.8335, DocFormer 0.8334, SelfDoc 0.8336; §4.2 (page 7): "
      "'comparable performances with latest methods like DocFormer [2] and SelfDoc [18]'",
      "What survives is right, but the claim is cut before its end and cannot be judged as a "
      "whole."),
    R(cut("In the ablation on the Chinese and Spanish subsets of XFUN, adding Augmented XY Cut "
          "and DCPE to LayoutXLM lifts Chinese SER F1 from 0.8924 to 0.9176."),
      True, 0.20, "unverified", "truncated", XY, 6,
      "Table 3: LayoutXLM SER ZH 0.8924; + Aug XY Cut & DCPE 0.9176",
      "The cut falls before the numbers: what the claim reports is lost, so it cannot be "
      "judged."),
    R(cut("After perturbation, TableFormer-base scores 57.4 on the SQA test set, while TAPAS-"
          "base with the same perturbed tables falls to a clearly lower accuracy."),
      True, 0.24, "contradicted", "truncated", TF, 5,
      "Table 1, row TableFormer_BASE, After Perturb ALL: 66.7 (57.4 is TAPAS_BASE's)",
      "The part before the cut already gives TableFormer-base a wrong score (57.4 for 66.7), "
      "so the claim is false whatever followed."),
)

REPORT = LabelledReport(
    file="02_document_layout_table_robustness.pdf",
    title="Reading Order and Structure: Layout-Aware Models for Forms and Tables",
    date="March 11, 2027",
    examines="XYLayoutLM: Towards Layout-Aware Multimodal Networks For Visually-Rich Document "
             "Understanding; TableFormer: Robust Transformer Modeling for Table-Text Encoding",
    research_question="Does building reading order and table structure into transformers "
                      "make document understanding more accurate and more robust",
    references=(XY, TF),
    abstract="Forms and tables break the linear reading order that text transformers assume. "
             "We review two answers: recovering a proper reading order and position encoding "
             "for visually rich forms, and structural attention biases that make table "
             "encoders invariant to row and column order.",
    rows=ROWS,
    quality_score=7.4,
)
