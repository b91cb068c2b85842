"""Held-out-13 report 3 (PDF): Ben-Zaken, Ravfogel, Goldberg, BitFit: Simple Parameter-efficient
Fine-tuning for Transformer-based Masked Language-models (ACL 2022 short papers, Anthology
2022.acl-short.1, two columns). Table 1 (page 3) stacks validation (V) and test (T) rows of
BERT-large fine-tuning methods (Full-FT, Diff-Prune, Adapters, BitFit; result sources marked with
dagger and double dagger) over nine GLUE tasks, with a %Param column, a row of training-set sizes
under the header and cells with a deviation after "±"; Table 2 (page 4) repeats Full-FT and BitFit
for three base models named by abbreviations (BB, BL, Ro); Table 3 (page 4) tunes subsets of the
bias terms. Natural claims of a synthesis report, written from the page images (110 dpi, tables
at 200 dpi) and `pdftotext -layout`, before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

BF = "2022.acl-short.1"  # Ben-Zaken, Ravfogel, Goldberg; ACL 2022 (short)

T1 = ("Table 1 (page 3; BERT-large on GLUE validation (V) and test (T); columns %Param, QNLI, "
      "SST-2, MNLIm, MNLImm, CoLA, MRPC, STS-B, RTE, QQP, Avg.; row 'Train size' 105k / 67k / 393k "
      "/ 393k / 8.5k / 3.7k / 7k / 2.5k / 364k)")
T1V = (f"{T1}: (V) Full-FT† 100% 93.5 / 94.1 / 86.5 / 87.1 / 62.8 / 91.9 / 89.8 / 71.8 / 87.6 / "
       "84.8; (V) Full-FT 100% 91.7±0.1 / 93.4±0.2 / 85.5±0.4 / 85.7±0.4 / 62.2±1.2 / 90.7±0.3 / "
       "90.0±0.4 / 71.9±1.3 / 87.5±0.4 / 84.1; (V) Diff-Prune† 0.5% 93.4 / 94.2 / 86.4 / 86.9 / "
       "63.5 / 91.3 / 89.5 / 71.5 / 86.6 / 84.6; (V) BitFit 0.08% 91.4±2.4 / 93.2±0.4 / 84.4±0.2 "
       "/ 84.8±0.1 / 63.6±0.7 / 91.7±0.5 / 90.3±0.1 / 73.2±3.7 / 85.4±0.1 / 84.2")
T1T = (f"{T1}: (T) Full-FT‡ 100% 91.1 / 94.1 / 86.7 / 86.0 / 59.6 / 88.9 / 86.6 / 71.2 / 71.7 / "
       "81.2; (T) Full-FT† 100% 93.4 / 94.9 / 86.7 / 85.9 / 60.5 / 89.3 / 87.6 / 70.1 / 72.1 / "
       "81.8; (T) Adapters‡ 3.6% 90.7 / 94.0 / 84.9 / 85.1 / 59.5 / 89.5 / 86.9 / 71.5 / 71.8 / "
       "81.1; (T) Diff-Prune† 0.5% 93.3 / 94.1 / 86.4 / 86.0 / 61.1 / 89.7 / 86.0 / 70.6 / 71.1 / "
       "81.5; (T) BitFit 0.08% 92.0 / 94.2 / 84.5 / 84.8 / 59.7 / 88.9 / 85.5 / 72.0 / 70.5 / 80.9")
T2 = ("Table 2 (page 4; dev set; BB: BERTBASE, BL: BERTLARGE, Ro: RoBERTaBASE; same columns): "
      "BB Full-FT 100% 90.7 / 92.0 / 83.5 / 83.7 / 56.4 / 89.0 / 88.9 / 70.5 / 87.1 / 82.3; BB "
      "BitFit 0.09% 90.2 / 92.1 / 81.4 / 82.2 / 58.8 / 90.4 / 89.2 / 72.3 / 84.0 / 82.4; BL "
      "Full-FT 100% 91.7 / 93.4 / 85.5 / 85.7 / 62.2 / 90.7 / 90.0 / 71.9 / 87.5 / 84.1; BL BitFit "
      "0.08% 91.4 / 93.2 / 84.4 / 84.8 / 63.6 / 91.7 / 90.3 / 73.2 / 85.4 / 84.2; Ro Full-FT 100% "
      "92.3 / 94.2 / 86.4 / 86.9 / 61.1 / 92.5 / 90.6 / 77.4 / 88.0 / 85.3; Ro BitFit 0.09% 91.3 / "
      "93.7 / 84.8 / 85.2 / 61.8 / 92.0 / 90.8 / 77.8 / 84.5 / 84.6 (deviations after ± omitted)")
T3 = ("Table 3 (page 4; BERTBASE, subsets of bias terms; same columns): Full-FT 100% ... 82.3; "
      "BitFit 0.09% ... 82.4; bm2, bq 0.04% 89.4 / 91.2 / 80.4 / 81.5 / 57.4 / 89.0 / 88.4 / 68.6 "
      "/ 83.7 / 81.1; bm2 0.03% ... 80.0; bq 0.01% 86.8 / 89.6 / 74.4 / 75.7 / 49.1 / 84.4 / "
      "85.6 / 61.4 / 80.6 / 76.6; Frozen 0.0% 68.7 / 81.7 / 42.4 / 43.8 / 31.9 / 81.1 / 71.4 / "
      "56.9 / 62.4 / 62.1; rand uniform 0.09% ... 78.5; rand row/col 0.09% ... 79.5")
ABS = ("Abstract and Section 1 (page 1): applying BitFit on pre-trained BERT models is "
       "competitive with (and sometimes better than) fine-tuning the entire model. ... we can "
       "fine-tune only two bias components (the 'query' and 'middle-of-MLP' bias terms), "
       "amounting to half of the bias parameters in the model, and only 0.04% of all model "
       "parameters.")
SHARE = ("Section 3 (page 2): in BERTBASE and BERTLARGE bias parameters make up 0.09% and 0.08% "
         "of the total number of parameters in each model, respectively.")
WINS = ("Section 4 (page 3): On validation set, BitFit outperforms Diff-Pruning on 4 out of 9 "
        "tasks, while using 6x fewer trainable parameters. As for test-set results, two clear "
        "wins compared to Diff-Pruning and 4 clear wins compared to Adapters while using 45x "
        "fewer trainable parameters.")
WNLI = ("Section 4 (page 3): we exclude the WNLI task, on which BERT models do not outperform "
        "the majority baseline.")
RAND = ("Section 4 (page 3): We randomly sampled the same amount of parameters as in BitFit from "
        "the entire model, and fine-tuned only them. The results are substantially worse across "
        "all tasks")
FEWER = ("Section 4 (page 4): Results are only marginally lower than when tuning all bias "
         "parameters. Tuning either bq or bm2 alone yields substantially worse results")
POS = ("Section 4 (page 4): Full-FT results for BERTBASE, BERTLARGE and RoBERTaBASE are 97.2, "
       "97.4, 97.2, while BitFit results are 97.2, 97.4, 97.1.")
SQUAD = ("Section 4 and Figure 2 (page 4): BitFit and Full-FT exact match on SQuAD validation by "
         "training-set size; no value printed. BitFit dominates over Full-FT in the smaller-data "
         "regime, while the trend is reversed when more training data is available.")
GAP = ("Section 4 (page 4): the generalization gap ... the difference between training error and "
       "test error, is substantially smaller for the BitFit models.")
NOTHING = "The paper reports no such {0}."


def C(text, cat, page, ev, why="As printed.", mark=True, conf=0.2):
    return Row(text, mark, conf, "confirmed", cat, BF, page, ev, why)


def X(text, cat, page, ev, why, mark=True, conf=0.17):
    return Row(text, mark, conf, "contradicted", cat, BF, page, ev, why)


def U(text, page, ev, why, mark=False, conf=0.11):
    return Row(text, mark, conf, "unverified", "unsupported_relation", BF, page, ev, why)


def T(text, status, page, ev, why):
    return Row(cut(text), True, 0.15, status, "truncated", BF, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("Tuning only the query and middle-of-MLP bias terms changes just 0.04% of the model's "
      "parameters.", "text_number", 1, ABS),
    C("BitFit is competitive with full fine-tuning of BERT when training data is small to "
      "medium-sized, and sometimes better.", "paraphrase", 1, ABS),
    C("Bias parameters make up 0.09% of BERT-base's parameters and 0.08% of BERT-large's.",
      "text_number", 2, SHARE),
    C("On the GLUE validation set, BitFit with BERT-large reaches 73.2 on RTE and 91.7 on MRPC.",
      "table_cell", 3, T1V, "Row (V) BitFit; the cells carry ±3.7 and ±0.5."),
    C("On the GLUE test set, BitFit averages 80.9 against 81.5 for Diff-Pruning.", "table_cell", 3,
      T1T),
    C("On the test set, BitFit's RTE score of 72.0 is above the 71.5 of Adapters.", "table_cell",
      3, T1T),
    C("Adapters train 3.6% of the model's parameters, Diff-Pruning 0.5%.", "table_cell", 3, T1T,
      mark=False),
    C("RTE has only 2.5k training examples, while QQP has 364k.", "table_cell", 3, T1,
      "The 'Train size' row under the header.", mark=False, conf=0.1),
    C("On validation, BitFit beats Diff-Pruning on 4 of the 9 tasks while training 6x fewer "
      "parameters.", "text_number", 3, WINS),
    C("On the test set, BitFit uses 45x fewer trainable parameters than Adapters.", "text_number",
      3, WINS),
    C("WNLI is left out because BERT models do not beat its majority baseline.", "paraphrase", 3,
      WNLI),
    C("Fine-tuning a random subset of parameters of BitFit's size gives clearly worse results on "
      "every task.", "paraphrase", 3, RAND),
    C("With RoBERTa-base, BitFit reaches 77.8 on RTE against 77.4 for full fine-tuning.",
      "table_cell", 4, T2, "Row Ro BitFit against Ro Full-FT."),
    C("For BERT-base, BitFit trails full fine-tuning on QQP by 3.1 points.", "cell_arithmetic", 4,
      T2, "87.1 - 84.0 = 3.1 (rows BB)."),
    C("On BERT-large, BitFit's development-set average of 84.2 is 0.1 points above full "
      "fine-tuning.", "cell_arithmetic", 4, T2, "84.2 - 84.1 = 0.1 (rows BL)."),
    C("For BERT-base, BitFit's STS-B correlation is 89.2 against 88.9 with full fine-tuning.",
      "table_cell", 4, T2),
    C("Freezing all of BERT-base's parameters gives a GLUE development average of 62.1.",
      "table_cell", 4, T3),
    C("Tuning only the query biases (0.01% of parameters) gives 49.1 on CoLA.", "table_cell", 4,
      T3, "Row bq."),
    C("Tuning the bm2 and bq biases together yields an average of 81.1 with 0.04% of the "
      "parameters.", "table_cell", 4, T3),
    C("On PTB part-of-speech tagging, BitFit scores 97.2, 97.4 and 97.1 with BERT-base, "
      "BERT-large and RoBERTa-base.", "text_number", 4, POS),
    # --- contradicted --------------------------------------------------------------------------
    X("On validation, BitFit with BERT-large scores 84.8 on MNLI-matched.", "neighbour_cell", 3,
      T1V, "MNLIm prints 84.4; 84.8 is the mismatched column beside it."),
    X("Sampling random rows and columns of the same size gives a GLUE average of 78.5.",
      "neighbour_cell", 4, T3, "rand row/col averages 79.5; 78.5 is rand uniform above it."),
    X("On the test set, Adapters reach 89.7 on MRPC.", "neighbour_cell", 3, T1T,
      "Adapters print 89.5; 89.7 is Diff-Prune's MRPC in the row below."),
    X("Diff-Pruning's validation average is 86.4.", "transposed_digits", 3, T1V,
      "Its average is 84.6."),
    X("Full fine-tuning of RoBERTa-base scores 74.7 on RTE.", "transposed_digits", 4, T2,
      "Ro Full-FT prints 77.4."),
    X("On validation, BitFit trains 10x fewer parameters than Diff-Pruning.", "wrong_number", 3,
      WINS, "The paper says 6x (0.08% against 0.5%)."),
    X("On CoLA, full fine-tuning of BERT-base beats BitFit.", "direction_flip", 4, T2,
      "BB Full-FT 56.4 against BitFit 58.8: BitFit is ahead."),
    X("With RoBERTa-base, BitFit outperforms full fine-tuning on QQP.", "direction_flip", 4, T2,
      "Ro BitFit 84.5 against Full-FT 88.0."),
    X("Restricting BitFit to the bm2 and bq biases is far worse than tuning all bias terms.",
      "negation", 4, f"{FEWER}; {T3}",
      "The paper says only marginally lower (81.1 against 82.4)."),
    X("On the test set, BitFit has two clear wins over Diff-Pruning and five over Adapters.",
      "wrong_count", 3, WINS, "Four clear wins over Adapters."),
    X("BitFit beats Diff-Pruning on 5 of the 9 validation tasks.", "wrong_count", 3, WINS,
      "4 out of 9 (CoLA, MRPC, STS-B, RTE)."),
    X("On validation, BitFit with BERT-large trails full fine-tuning on MNLI-mismatched by 1.3 "
      "points.", "cell_arithmetic", 3, T1V, "85.7 - 84.8 = 0.9 against the (V) Full-FT row."),
    # --- unverified ----------------------------------------------------------------------------
    U("BitFit reaches 88.5 exact match on SQuAD v1.0 with BERT-base.", 4, SQUAD,
      "Figure 2 prints no values; no SQuAD score is given in the text."),
    U("On SuperGLUE, BitFit averages 71.8 with BERT-large.", 3, T1T,
      "SuperGLUE is not evaluated; 71.8 is the Adapters QQP test cell."),
    U("BitFit's generalization gap on RTE is 2.3 points smaller than full fine-tuning's.", 4,
      GAP, "The paper says the gap is substantially smaller but gives no number."),
    U("Training with BitFit is about three times faster than full fine-tuning.", 2, SHARE,
      NOTHING.format("training-time measurement")),
    U("BitFit with RoBERTa-large averages 86.1 on the GLUE development set.", 4, T2,
      "RoBERTa-large is not evaluated; only RoBERTa-base is."),
    U("The advantage of BitFit carries over to ELECTRA-base, which averages 85.0 on GLUE with "
      "bias-only tuning.", 4, T2, "ELECTRA is not evaluated; the three base models are BERT-base, "
      "BERT-large and RoBERTa-base."),
    T("According to the experiments on the GLUE validation data, the bias-only BitFit variant of "
      "BERT-large reaches a CoLA score of 63.6, higher than full fine-tuning.", "unverified", 3,
      T1V,
      "Cut before the number: nothing checkable survives."),
    T("In the test-set comparison of Table 1, BitFit on BERT-large scores 92.0 on QNLI and 94.2 on "
      "SST-2, the best SST-2 result among all test rows.", "unverified", 3, T1T,
      "The surviving cells are as printed, but the claim goes on past the cut."),
)

REPORT = LabelledReport(
    file="03_bitfit_bias_tuning.pdf",
    title="Bias-Only Fine-Tuning of Masked Language Models",
    date="2027-06-05",
    examines="fine-tuning only the bias terms of BERT-family encoders",
    research_question="How close does tuning only the bias terms of a masked language model come "
                      "to full fine-tuning on GLUE?",
    references=(BF,),
    rows=ROWS,
    quality_score=7.5,
    abstract=("This synthesis reviews BitFit, which freezes a pretrained encoder and tunes only "
              "its bias terms, and compares it with full fine-tuning, Adapters and Diff-Pruning "
              "on GLUE."),
)
