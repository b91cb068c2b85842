"""Held-out-13 report 2 (plain text, bare headings): Wu, Wu, Qi, Huang, NoisyTune: A Little Noise
Can Help You Finetune Pretrained Language Models Better (ACL 2022 short papers, Anthology
2022.acl-short.76, two columns). Table 2 (page 4) crosses eight rows (BERT, XLNET, RoBERTa,
ELECTRA, each with and without NoisyTune) with nine GLUE tasks under a header of two rows (task
name over metric: Acc, MCC, PCC) and an average; Table 3 (page 4) has a header of three rows (task
group, dataset, metric, with F1/EM pairs in one cell) and two stacked blocks of four XLM-R rows
(cross-lingual transfer, translate-train-all); Table 1 (page 3) lists the hyperparameter search.
Natural claims of a synthesis report, written from the page images (110 dpi, tables at 220 dpi)
and `pdftotext -layout`, before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

NT = "2022.acl-short.76"  # Wu, Wu, Qi, Huang; ACL 2022 (short)

T2 = ("Table 2 (page 4, GLUE dev set; columns MNLI Acc, QNLI Acc, QQP Acc, RTE Acc, SST Acc, MRPC "
      "Acc, CoLA MCC, STS PCC, WNLI Acc, Avg.)")
BERT = (f"{T2}: BERT 84.4 / 91.5 / 90.9 / 67.7 / 93.0 / 87.1 / 58.1 / 89.4 / 54.4 / 79.6; "
        "BERT+NoisyTune 84.7 / 91.8 / 91.2 / 68.8 / 93.4 / 88.0 / 59.0 / 90.1 / 56.1 / 80.3")
XLNET = (f"{T2}: XLNET 86.6 / 91.6 / 91.2 / 72.9 / 94.4 / 88.1 / 59.6 / 89.6 / 57.5 / 81.3; "
         "XLNET+NoisyTune 86.9 / 91.9 / 91.4 / 73.8 / 94.7 / 88.6 / 60.1 / 90.0 / 58.6 / 81.8")
ROB = (f"{T2}: RoBERTa 87.5 / 92.7 / 91.7 / 77.1 / 94.5 / 90.1 / 62.9 / 90.8 / 59.2 / 82.9; "
       "RoBERTa+NoisyTune 87.8 / 93.1 / 91.9 / 78.8 / 94.9 / 90.6 / 63.6 / 91.1 / 60.3 / 83.6")
ELE = (f"{T2}: ELECTRA 88.4 / 92.9 / 91.7 / 75.2 / 94.9 / 88.2 / 64.2 / 90.1 / 62.0 / 83.1; "
       "ELECTRA+NoisyTune 88.7 / 93.2 / 92.1 / 76.4 / 95.2 / 88.7 / 64.9 / 90.5 / 63.4 / 83.7")
AVGS = f"{T2}: Avg. BERT 79.6 / 80.3, XLNET 81.3 / 81.8, RoBERTa 82.9 / 83.6, ELECTRA 83.1 / 83.7"
T3 = ("Table 3 (page 4, XTREME test set; header rows: Sentence Pair / Structured Prediction / "
      "Sentence Retrieval / Question Answering; XNLI, PAWS-X, POS, NER, BUCC, Tatoeba, XQuAD, "
      "MLQA, TyDiQA; Metrics Acc, Acc, F1, F1, Acc, Acc, F1/EM, F1/EM, F1/EM; Avg.)")
XLT = (f"{T3}: block 'Fine-tune multilingual model on English training set (Cross-lingual "
       "Transfer)': XLM-Rbase 74.8 / 84.8 / 75.5 / 61.6 / 77.6 / 73.8 / 71.9/56.6 / 65.2/47.0 / "
       "55.5/38.4 / 70.0; XLM-Rbase+NoisyTune 75.2 / 85.1 / 76.0 / 62.1 / 78.2 / 74.5 / 72.3/57.1 "
       "/ 65.5/47.4 / 56.0/39.2 / 70.5; XLM-Rlarge 79.0 / 86.3 / 72.7 / 62.3 / 79.2 / 76.0 / "
       "76.2/60.4 / 71.4/53.0 / 65.0/45.0 / 72.4; XLM-Rlarge+NoisyTune 79.3 / 86.5 / 73.5 / 63.2 / "
       "79.9 / 76.8 / 76.7/61.0 / 71.9/53.6 / 65.4/45.6 / 73.0")
TTA = (f"{T3}: block 'Fine-tune multilingual model on all training sets (Translate-Train-All)': "
       "XLM-Rbase 78.5 / 88.2 / 76.2 / 62.6 / 79.6 / 79.4 / 75.0/61.5 / 67.8/50.1 / 63.8/47.6 / "
       "73.3; XLM-Rbase+NoisyTune 78.9 / 88.6 / 76.8 / 63.1 / 80.0 / 79.8 / 75.4/61.8 / 68.0/50.4 "
       "/ 64.1/48.1 / 73.7; XLM-Rlarge 82.3 / 90.3 / 77.3 / 67.3 / 82.5 / 82.7 / 80.0/65.6 / "
       "72.9/54.4 / 66.3/47.6 / 76.4; XLM-Rlarge+NoisyTune 82.5 / 90.5 / 77.8 / 67.9 / 82.9 / 83.0 "
       "/ 80.4/66.1 / 73.3/54.9 / 66.8/48.2 / 76.8")
T1 = ("Table 1 (page 3): Learning rate {7e-6, 1e-5, 2e-5, 3e-5}; Epoch {3, 5, 7, 10, 15, 20}; "
      "Batch size {8, 16, 32}; Noisy intensity {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3}")
LAMBDA = "Section 3.1 (page 3): The hyperparameter λ is 0.15 on GLUE and is 0.1 on XTREME."
SEEDS = ("Section 3.1 (page 3): We repeat experiments 5 times with different random seeds and "
         "report the average scores.")
XTREME = ("Section 3.1 (page 2): XTREME ..., which is a benchmark for multilingual language "
          "understanding. It covers 40 languages and contains four groups of tasks")
METHOD = ("Section 2 (page 2): we propose a matrix-wise perturbing method that adds noise with "
          "different intensities to different parameter matrices according to their variances. "
          "... W~i = Wi + U(-λ/2, λ/2) * std(Wi) ... some constant matrices, such as token type "
          "embeddings in RoBERTa. They will not be perturbed because their standard deviation is "
          "0.")
NOISE = ("Section 3.3 (page 3): adding global noise with the same distribution to all the PLM "
         "parameters will harm the model performance. ... matrix-wise noise is a much better "
         "choice ... adding uniform noise is better than Gaussian noise.")
GLUE4 = ("Section 3.2 (page 3): On the GLUE benchmark, we compare the performance of directly "
         "finetuning the base version of BERT, XLNET, RoBERTa and ELECTRA with that of finetuning "
         "them after applying NoisyTune.")
CONSIST = ("Section 3.2 (page 3): NoisyTune can consistently improve the performance of different "
           "PLMs on different tasks in both English and multilingual settings.")
NOTHING = "The paper reports no such {0}."


def C(text, cat, page, ev, why="As printed.", mark=True, conf=0.21):
    return Row(text, mark, conf, "confirmed", cat, NT, page, ev, why)


def X(text, cat, page, ev, why, mark=True, conf=0.18):
    return Row(text, mark, conf, "contradicted", cat, NT, page, ev, why)


def U(text, page, ev, why, mark=False, conf=0.12):
    return Row(text, mark, conf, "unverified", "unsupported_relation", NT, page, ev, why)


def T(text, status, page, ev, why):
    return Row(cut(text), True, 0.16, status, "truncated", NT, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("On the GLUE dev set, BERT with NoisyTune reaches 84.7 accuracy on MNLI and 68.8 on RTE.",
      "table_cell", 4, BERT),
    C("RoBERTa fine-tuned after NoisyTune reaches a Matthews correlation of 63.6 on CoLA.",
      "table_cell", 4, ROB, "The table prints the metric as MCC."),
    C("ELECTRA+NoisyTune obtains a Pearson correlation of 90.5 on STS.", "table_cell", 4, ELE,
      "Column STS, metric PCC."),
    C("XLNET+NoisyTune averages 81.8 on GLUE, against 81.3 for plain XLNET.", "table_cell", 4,
      XLNET),
    C("NoisyTune raises BERT's WNLI accuracy by 1.7 points.", "cell_arithmetic", 4, BERT,
      "56.1 - 54.4 = 1.7."),
    C("RoBERTa's GLUE average gains 0.7 points from NoisyTune.", "cell_arithmetic", 4, ROB,
      "83.6 - 82.9 = 0.7."),
    C("Across the four English PLMs, NoisyTune adds between 0.5 and 0.7 points to the GLUE "
      "average.", "cell_arithmetic", 4, AVGS, "+0.7, +0.5, +0.7, +0.6.", conf=0.15),
    C("ELECTRA with NoisyTune reaches 95.2 accuracy on SST.", "table_cell", 4, ELE),
    C("In cross-lingual transfer, XLM-R large with NoisyTune scores 79.3 on XNLI and 86.5 on "
      "PAWS-X.", "table_cell", 4, XLT),
    C("On MLQA, XLM-R base with NoisyTune reaches 65.5 F1 and 47.4 exact match in zero-shot "
      "cross-lingual transfer.", "table_cell", 4, XLT, "Cell '65.5/47.4' under F1/EM."),
    C("XLM-R base reaches 62.1 F1 on NER with NoisyTune against 61.6 without it in cross-lingual "
      "transfer.", "table_cell", 4, XLT),
    C("Under translate-train-all, XLM-R large with NoisyTune averages 76.8 across the XTREME "
      "tasks.", "table_cell", 4, TTA),
    C("On TyDiQA, translate-train-all XLM-R base improves its exact match from 47.6 to 48.1 with "
      "NoisyTune.", "table_cell", 4, TTA, "Cells 63.8/47.6 and 64.1/48.1, EM after the slash."),
    C("The noise intensity λ is set to 0.15 for GLUE and 0.1 for XTREME.", "text_number", 3,
      LAMBDA),
    C("XTREME, one of the two benchmarks, spans 40 languages.", "text_number", 2, XTREME,
      mark=False),
    C("The learning rate was searched over 7e-6, 1e-5, 2e-5 and 3e-5.", "table_cell", 3, T1,
      mark=False, conf=0.1),
    C("NoisyTune perturbs each parameter matrix with uniform noise scaled by that matrix's "
      "standard deviation before fine-tuning.", "paraphrase", 2, METHOD,
      "Equation 1 and its description, in other words."),
    C("Constant matrices, such as RoBERTa's token type embeddings, are left unperturbed because "
      "their standard deviation is zero.", "paraphrase", 2, METHOD),
    C("All scores are averages over five runs with different random seeds.", "paraphrase", 3,
      SEEDS),
    C("Noise scaled per matrix worked better than one global noise for all parameters, and "
      "uniform noise better than Gaussian.", "paraphrase", 3, NOISE),
    # --- contradicted --------------------------------------------------------------------------
    X("BERT with NoisyTune reaches 91.2 accuracy on QNLI.", "neighbour_cell", 4, BERT,
      "QNLI prints 91.8; 91.2 is the QQP cell beside it."),
    X("Without NoisyTune, XLM-R large scores 76.0 on BUCC in cross-lingual transfer.",
      "neighbour_cell", 4, XLT, "BUCC prints 79.2; 76.0 is the Tatoeba cell beside it."),
    X("Under translate-train-all, XLM-R base with NoisyTune scores 75.2 on XNLI.",
      "neighbour_cell", 4, f"{XLT}; {TTA}",
      "Translate-train-all prints 78.9; 75.2 is the same row of the cross-lingual block."),
    X("Plain ELECTRA reaches an MCC of 46.2 on CoLA.", "transposed_digits", 4, ELE,
      "The cell is 64.2."),
    X("XLM-R base without NoisyTune scores 47.6 on XNLI in cross-lingual transfer.",
      "transposed_digits", 4, XLT, "The cell is 74.8."),
    X("The authors set the noise intensity to 0.2 for the GLUE experiments.", "wrong_number", 3,
      LAMBDA, "λ is 0.15 on GLUE; 0.2 is only one value of the search range."),
    X("On XTREME, adding NoisyTune lowers XLM-R large's POS F1 in cross-lingual transfer.",
      "direction_flip", 4, XLT, "72.7 without, 73.5 with NoisyTune: it rises."),
    X("NoisyTune fails to improve the GLUE averages of the PLMs it is applied to.", "negation", 4,
      f"{AVGS}; {CONSIST}", "Every average rises, and the paper says the gains are consistent."),
    X("The GLUE experiments compare five pretrained language models.", "wrong_count", 3, GLUE4,
      "Four: BERT, XLNET, RoBERTa and ELECTRA."),
    X("The hyperparameter search tried six noise intensities.", "wrong_count", 3, T1,
      "Seven values: 0, 0.05, 0.1, 0.15, 0.2, 0.25 and 0.3."),
    X("NoisyTune improves XLNET's RTE accuracy by 1.7 points.", "cell_arithmetic", 4, XLNET,
      "73.8 - 72.9 = 0.9; 1.7 is RoBERTa's RTE gain."),
    # --- unverified ----------------------------------------------------------------------------
    U("NoisyTune's largest XTREME gains come from low-resource languages such as Swahili.", 4, T3,
      "Table 3 averages over languages; no per-language result is reported."),
    U("With DeBERTa, NoisyTune reaches 90.1 on MNLI.", 4, T2,
      "DeBERTa is not evaluated; 90.1 is a BERT+NoisyTune STS cell."),
    U("NoisyTune adds about 5% to the total fine-tuning time.", 2, METHOD,
      NOTHING.format("training cost")),
    U("The best XTREME results were obtained with a batch size of 32.", 3, T1,
      "Table 1 lists the batch sizes searched, not the one chosen for XTREME."),
    U("Combined with Mixout, NoisyTune lifts RoBERTa's GLUE average to 84.6.", 5, T2,
      "Figure 3 shows bars without printed values; no such number is given."),
    U("NoisyTune also helps XLM-R on the XTREME structured prediction tasks when token "
      "embeddings are perturbed.", 3, XTREME,
      "The paper does not perturb token embeddings of multilingual PLMs, so it reports no such "
      "result."),
    T("For the multilingual XTREME benchmark, the authors' NoisyTune method gives the XLM-R large "
      "model trained under translate-train-all a Tatoeba accuracy of 83.0 and an XQuAD F1 of 80.4.",
      "unverified", 4, TTA,
      "Cut before any number: nothing survives to check."),
    T("On the GLUE development set the authors report that RoBERTa with NoisyTune reaches 93.1 on "
      "QNLI and an MRPC accuracy of 90.6, a gain over the baseline.", "unverified", 4, ROB,
      "What survives the cut is as printed, but the claim goes on past it, so it cannot be "
      "judged as a whole."),
    T("Among the hyperparameters listed in the paper's search, the number of training epochs "
      "ranged from 3 to 20, with batch sizes of 8, 16 and 32 tried.", "unverified", 3, T1,
      "The surviving part (epochs from 3 to 20) is right, but the claim goes on past the cut, so "
      "it cannot be judged as a whole."),
)

REPORT = LabelledReport(
    file="02_noisytune_finetuning_bare.txt",
    title="Parameter Noise Before Fine-Tuning Pretrained Language Models",
    date="2027-06-04",
    examines="perturbing pretrained weights with matrix-wise noise before fine-tuning",
    research_question="Does adding scaled noise to a pretrained model's weights before "
                      "fine-tuning improve GLUE and XTREME results?",
    references=(NT,),
    rows=ROWS,
    quality_score=7.0,
    abstract=("This synthesis reviews NoisyTune, a plug-and-play perturbation of pretrained "
              "language models applied before fine-tuning, and its results on the GLUE and "
              "XTREME benchmarks."),
)
