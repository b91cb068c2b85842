"""Held-out-17 report 2 (Markdown): Seo, Kembhavi, Farhadi, Hajishirzi, Bidirectional
Attention Flow for Machine Comprehension (ICLR 2017, arXiv 1611.01603v5, one column, 13
pages). Table 1 (page 6) holds two tables side by side: (a) SQuAD test EM/F1 of eight systems,
single model and ensemble, with dashes; (b) dev-set ablations. The text of page 6 gives the
setup; page 8 the error analysis and the cloze datasets' sizes; page 9 the cloze setup and
Table 3 (CNN/DailyMail val/test of eleven single models and five ensembles, starred); page 13
Table 5 (variants of the similarity and fusion functions on SQuAD dev). Natural claims:
cells of the two side-by-side tables, differences of cells, the single cell for the ensemble
one and back, val for test, CNN for DailyMail, dashes, setup numbers. Labelled from the page
images (110 dpi, Table 1 zoomed at 220 dpi) and `pdftotext -layout` (to copy digits) before
any verifier run. (The paper prints its name in small capitals, "BiDAF".)"""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

BD = "1611.01603"  # Seo, Kembhavi, Farhadi, Hajishirzi; ICLR 2017

T1A = ("Table 1a (page 6; Results on the SQuAD test set; Single Model EM F1, Ensemble EM F1): "
       "Logistic Regression Baseline 40.4 51.0 - -; Dynamic Chunk Reader 62.5 71.0 - -; "
       "Fine-Grained Gating 62.5 73.3 - -; Match-LSTM 64.7 73.7 67.9 77.0; Multi-Perspective "
       "Matching 65.5 75.1 68.2 77.2; Dynamic Coattention Networks 66.2 75.9 71.6 80.4; R-Net "
       "68.4 77.5 72.1 79.7; BiDAF (Ours) 68.0 77.3 73.3 81.1")
T1B = ("Table 1b (page 6; Ablations on the SQuAD dev set; EM F1): No char embedding 65.0 75.4; "
       "No word embedding 55.5 66.8; No C2Q attention 57.2 67.7; No Q2C attention 63.6 73.7; "
       "Dynamic attention 63.5 73.6; BiDAF (single) 67.7 77.3; BiDAF (ensemble) 72.6 80.7. "
       "Caption: Ablation results are presented only for single runs.")
SETUP = ("Page 6, Model Details: We use 100 1D filters for CNN char embedding, each with a "
         "width of 5. The hidden state size (d) of the model is 100. We use the AdaDelta "
         "optimizer, with a minibatch size of 60 and an initial learning rate of 0.5, for 12 "
         "epochs. A dropout rate of 0.2 is used ... exponential decay rate of 0.999 ... The "
         "training process takes roughly 20 hours on a single Titan X GPU. We also train an "
         "ensemble model consisting of 12 training runs ... Results: BiDAF (ensemble) achieves "
         "an EM score of 73.3 and an F1 score of 81.1, outperforming all previous approaches. "
         "Ablations: C2Q attention proves to be critical with a drop of more than 10 points on "
         "both metrics ... our proposed static attention outperforms the dynamically computed "
         "attention by more than 3 points.")
ERR = ("Page 8, Error Analysis: We randomly select 50 incorrect questions (based on EM) and "
       "categorize them into 6 classes. 50% of errors are due to the imprecise boundaries of "
       "the answers, 28% involve syntactic complications and ambiguities, 14% are paraphrase "
       "problems, 4% require external knowledge, 2% need multiple sentences to answer, and 2% "
       "are due to mistakes during tokenization. Dataset: 300k/4k/3k and 879k/65k/53k "
       "(train/dev/test) examples from CNN and DailyMail news articles, respectively.")
VENN = ("Page 7-8, Discussions: Our model is able to answer more than 86% of the questions "
        "correctly answered by the baseline. The 14% that are incorrectly answered does not "
        "have a clear pattern.")
T3 = ("Table 3 (page 9; Results on CNN/DailyMail; CNN val test, DailyMail val test; * marks "
      "ensembles): Attentive Reader 61.6 63.0 70.5 69.0; MemNN 63.4 6.8 - -; AS Reader 68.6 "
      "69.5 75.0 73.9; DER Network 71.3 72.9 - -; Iterative Attention 72.6 73.3 - -; EpiReader "
      "73.4 74.0 - -; Stanford AR 73.8 73.6 77.6 76.6; GAReader 73.0 73.8 76.7 75.7; AoA Reader "
      "73.1 74.4 - -; ReasoNet 72.9 74.7 77.6 76.6; BiDAF (Ours) 76.3 76.9 80.3 79.6; MemNN* "
      "66.2 69.4 - -; ASReader* 73.9 75.4 78.7 77.7; Iterative Attention* 74.5 75.7 - -; GA "
      "Reader* 76.4 77.4 79.1 78.1; Stanford AR* 77.2 77.6 80.2 79.2")
CLOZE = ("Page 9: We use a minibatch size of 48 and train for 8 epochs ... each sentence is a "
         "19-word window around each entity ... The entire training process takes roughly 60 "
         "hours on eight Titan X GPUs. Results: BiDAF outperforms previous single-run models on "
         "both datasets for both val and test data. On the DailyMail test, our single-run model "
         "even outperforms the best ensemble method.")
T5 = ("Table 5 (page 13; variations of the similarity function (Eqn. 1) and fusion function "
      "(Eqn. 2) on the SQuAD dev data; EM F1): dot product 65.5 75.5; linear 59.5 69.7; "
      "bilinear 61.6 71.8; linear after MLP 66.2 76.4; Eqn. 2: MLP after concat 67.1 77.0; "
      "BiDAF (single) 68.0 77.3. Text: Adding MLP in beta does not seem to help, yielding "
      "slightly worse result than beta without MLP.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, BD, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, BD, page, ev, why)


def U(text, page, ev, why, cat="unsupported_relation"):
    return Row(text, True, 0.18, "unverified", cat, BD, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The BiDAF ensemble reaches an EM of 73.3 and an F1 of 81.1 on the SQuAD test set.",
      "text_number", 6, SETUP),
    C("A single BiDAF model obtains 77.3 F1 on the SQuAD test set.", "table_cell", 6, T1A),
    C("As a single model, R-Net reaches 68.4 EM on the SQuAD test set.", "table_cell", 6, T1A),
    C("The Match-LSTM ensemble reaches an F1 of 77.0 on SQuAD test.", "table_cell", 6, T1A),
    C("The Dynamic Coattention Networks ensemble scores 71.6 EM on SQuAD test.", "table_cell", 6,
      T1A),
    C("The logistic regression baseline reaches only 51.0 F1 on SQuAD test.", "table_cell", 6,
      T1A),
    C("Without character embeddings, BiDAF's dev EM falls from 67.7 to 65.0.", "table_cell", 6,
      T1B),
    C("Without word embeddings, the model reaches 55.5 EM and 66.8 F1 on the SQuAD dev set.",
      "table_cell", 6, T1B),
    C("Removing C2Q attention costs 10.5 EM points on the SQuAD dev set.", "cell_arithmetic", 6,
      T1B, "67.7 - 57.2 = 10.5."),
    C("Dropping Q2C attention lowers dev F1 by 3.6 points.", "cell_arithmetic", 6, T1B,
      "77.3 - 73.7 = 3.6."),
    C("On the SQuAD dev set, the ensemble improves over the single BiDAF by 4.9 EM.",
      "cell_arithmetic", 6, T1B, "72.6 - 67.7 = 4.9."),
    C("The character CNN uses 100 one-dimensional filters of width 5, and the hidden state "
      "size is 100.", "text_number", 6, SETUP),
    C("BiDAF is trained with AdaDelta, minibatches of 60 and an initial learning rate of 0.5 "
      "for 12 epochs.", "text_number", 6, SETUP),
    C("Training BiDAF on SQuAD takes roughly 20 hours on a single Titan X GPU.", "text_number",
      6, SETUP),
    C("The SQuAD ensemble combines 12 training runs of the same architecture.", "text_number",
      6, SETUP),
    C("Moving averages of the weights are kept with a decay rate of 0.999.", "text_number", 6,
      SETUP),
    C("Half of the analysed errors come from imprecise answer boundaries, and 28% involve "
      "syntactic complications and ambiguities.", "text_number", 8, ERR,
      "50% and 28%."),
    C("The error analysis sorts 50 incorrect questions into 6 classes.", "text_number", 8, ERR),
    C("The CNN cloze dataset has 300k training, 4k dev and 3k test examples.", "text_number", 8,
      ERR),
    C("BiDAF reaches 76.9 on the CNN test set and 79.6 on the DailyMail test set.",
      "table_cell", 9, T3),
    C("The GA Reader ensemble obtains 78.1 on DailyMail test.", "table_cell", 9, T3),
    C("The single Stanford AR reaches 73.8 on CNN validation.", "table_cell", 9, T3),
    C("On DailyMail test, the single BiDAF beats the best ensemble, Stanford AR, by 0.4 points.",
      "cell_arithmetic", 9, T3, "79.6 - 79.2 = 0.4."),
    C("For the cloze task, BiDAF uses minibatches of 48 and trains for 8 epochs.",
      "text_number", 9, CLOZE),
    C("Each article is split into 19-word windows around each entity.", "paraphrase", 9, CLOZE),
    C("With a bilinear similarity function, BiDAF reaches 61.6 EM on the SQuAD dev data.",
      "table_cell", 13, T5),
    C("Using an MLP after concatenation as fusion function yields 77.0 F1 on SQuAD dev.",
      "table_cell", 13, T5),
    C("Adding an MLP to the fusion function does not help.", "paraphrase", 13, T5),
    C("BiDAF answers more than 86% of the questions that the traditional baseline answers "
      "correctly.", "text_number", 7, VENN),
    # --- contradicted ------------------------------------------------------------------------
    X("The BiDAF ensemble reaches 72.1 EM on the SQuAD test set.", "neighbour_cell", 6, T1A,
      "73.3; 72.1 is R-Net's ensemble EM, the row above."),
    X("The single BiDAF model reaches 68.4 EM on SQuAD test.", "neighbour_cell", 6, T1A,
      "68.0; 68.4 is R-Net's, the row above."),
    X("Without Q2C attention, dev EM is 63.5.", "neighbour_cell", 6, T1B,
      "63.6; 63.5 is the dynamic attention row."),
    X("Multi-Perspective Matching reaches 75.9 F1 as a single model on SQuAD test.",
      "neighbour_cell", 6, T1A, "75.1; 75.9 is Dynamic Coattention Networks', the row below."),
    X("Without character embeddings, BiDAF reaches 74.5 F1 on the dev set.",
      "transposed_digits", 6, T1B, "75.4."),
    X("BiDAF reaches 79.6 on the CNN test set.", "neighbour_cell", 9, T3,
      "76.9; 79.6 is its DailyMail test cell."),
    X("The single BiDAF model scores 76.3 on the CNN test set.", "neighbour_cell", 9, T3,
      "76.9; 76.3 is its CNN validation cell."),
    X("The single AS Reader reaches 75.4 on CNN test.", "neighbour_cell", 9, T3,
      "69.5; 75.4 is the AS Reader ensemble's (ASReader*)."),
    X("BiDAF is trained on SQuAD with minibatches of 64.", "wrong_number", 6, SETUP, "60."),
    X("The SQuAD ensemble combines 10 training runs.", "wrong_count", 6, SETUP, "12."),
    X("38% of the analysed errors involve syntactic complications and ambiguities.",
      "wrong_number", 8, ERR, "28%."),
    X("The DailyMail dataset has 56k dev examples.", "transposed_digits", 8, ERR, "65k."),
    X("Dynamically computed attention outperforms BiDAF's static attention.", "direction_flip",
      6, f"{SETUP}. {T1B}", "The static attention outperforms the dynamic one by more than 3 "
      "points (67.7 vs 63.5 EM)."),
    X("C2Q attention turns out to matter little: removing it barely changes the scores.",
      "negation", 6, f"{SETUP}. {T1B}", "C2Q attention proves to be critical, with a drop of "
      "more than 10 points on both metrics."),
    X("Removing C2Q attention costs 8.4 F1 points on the dev set.", "cell_arithmetic", 6, T1B,
      "77.3 - 67.7 = 9.6."),
    X("Training on the cloze data takes roughly 60 hours on four Titan X GPUs.", "wrong_count",
      9, CLOZE, "eight Titan X GPUs."),
    # --- unverified --------------------------------------------------------------------------
    U("A BiDAF ensemble reaches 78.5 on the CNN test set.", 9, T3,
      "Table 3 reports only a single-run BiDAF on CNN/DailyMail."),
    U("Without character embeddings, the BiDAF ensemble reaches 70.1 EM on the dev set.", 6,
      T1B, "Ablations are presented only for single runs."),
    U("The R-Net ensemble reaches 72.1 EM on the SQuAD dev set.", 6, T1A,
      "Table 1a is the test set; R-Net's dev figures are not given."),
    U("EpiReader reaches 76.5 on the DailyMail test set.", 9, T3,
      "EpiReader's DailyMail cells are dashes."),
    U("The Fine-Grained Gating ensemble reaches 73.3 F1 on SQuAD test.", 6, T1A,
      "Fine-Grained Gating's ensemble cells are dashes; 73.3 is its single-model F1."),
    U("With a dot-product similarity, the BiDAF ensemble reaches 75.5 F1 on SQuAD dev.", 13,
      T5, "Table 5's variants are single runs; no ensemble variant is reported."),
    U("Without Q2C attention, BiDAF reaches 63.6 EM on the SQuAD test set.", 6, T1B,
      "The ablations are on the dev set; no test figure is given for them."),
    U("Iterative Attention reaches 74.5 on DailyMail validation.", 9, T3,
      "Iterative Attention's DailyMail cells are dashes; 74.5 is its ensemble's CNN val."),
    U(cut("Trained with AdaDelta for twelve epochs on the SQuAD training questions, the BiDAF "
          "ensemble of twelve runs reaches an F1 score of 81.1 on the hidden test set."), 6,
      SETUP, "Cut before the score: what the ensemble reaches is not printed (the part before "
      "the cut is right).", cat="truncated"),
)

REPORT = LabelledReport(
    file="02_bidirectional_attention_flow.md",
    title="Bidirectional Attention Flow for Reading Comprehension",
    date="2027-08-15",
    examines="query-aware context representations through attention in both directions, on "
             "SQuAD and the CNN/DailyMail cloze test",
    research_question="Does attention flowing in both directions, without early summarization, "
                      "improve machine comprehension?",
    references=(BD,),
    rows=ROWS,
    quality_score=7.3,
)
