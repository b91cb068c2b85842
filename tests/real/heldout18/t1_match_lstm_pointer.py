"""Held-out-18 report 1 (Markdown): Wang and Jiang, Machine Comprehension Using Match-LSTM and
Answer Pointer (ICLR 2017 submission, arXiv 1608.07905v2; stamp "arXiv:1608.07905v2 [cs.CL] 7
Nov 2016"). Table 2 (page 6) prints nine systems with l, |theta|, Exact Match Dev / Test and F1
Dev / Test, dashes where no test run was made, two rows named alike ("Boundary+Search" with
l = 150 and with l = 300) and an ensemble row ("+en"); the text of pages 6-8 gives the data
counts, the settings, the gains ("1.5% improvement in F1", "1.2% improvement in F1") and the
analyses by answer length and question word. Adversarial claims: dev for test, EM for F1, the
neighbouring row, the l = 300 row for the l = 150 row, the ensemble's cell for a single model,
"b" read as the Bi-Ans-Ptr row, counts of the data, the state of the art of Salesforce given to
Match-LSTM, the hardest and easiest question words swapped. Labelled from the page images
(`pdftoppm`, Table 2 at 200 dpi) and `pdftotext -layout` (to copy digits) before any verifier
run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

ML = "1608.07905"  # Wang & Jiang; ICLR 2017 submission

T2 = ("Table 2 (page 6; Experiment Results; columns l, |theta|, Exact Match Dev / Test, F1 Dev "
      "/ Test; Search = globally searching spans of no more than 15 tokens, b = bi-directional "
      "pre-processing LSTM, en = ensemble method): Random Guess - 0 1.1 1.3 4.1 4.3; Logistic "
      "Regression - - 40.0 40.4 51.0 51.0; DCR - - 62.5 62.5 71.2 71.0; Match-LSTM with "
      "Ans-Ptr (Sequence) 150 882K 54.4 - 68.2 -; (Boundary) 150 882K 61.1 - 71.2 -; "
      "(Boundary+Search) 150 882K 63.0 - 72.7 -; (Boundary+Search) 300 3.2M 63.1 - 72.7 -; "
      "(Boundary+Search+b) 150 1.1M 63.4 - 73.0 -; Match-LSTM with Bi-Ans-Ptr "
      "(Boundary+Search+b) 150 1.4M 64.1 64.7 73.9 73.7; Match-LSTM with Ans-Ptr "
      "(Boundary+Search+en) 150 882K 67.6 67.9 76.8 77.0")
DATA = ("Section 3.1 (page 6): Passages in SQuAD come from 536 articles from Wikipedia ... each "
        "passage has around 5 questions associated with it. In total, there are 23,215 passages "
        "and 107,785 questions. The data has been split into a training set (with 87,599 "
        "question-answer pairs), a development set (with 10,570 question-answer pairs) and a "
        "hidden test set.")
SET = ("Section 3.2 (page 6): The resulting vocabulary contains 117K unique words. We use word "
       "embeddings from GloVe ... Words not found in GloVe are initialized as zero vectors. The "
       "word embeddings are not updated during the training of the model. The dimensionality l "
       "of the hidden layers is set to be 150 or 300. We use ADAMAX ... with the coefficients "
       "beta1 = 0.9 and beta2 = 0.999 ... Each update is computed through a minibatch of 30 "
       "instances. We do not use L2-regularization. ... in the development set and the test set "
       "each question has around three ground truth answers.")
RES = ("Section 3.3 (pages 6-7): both of our two models have clearly outperformed the logistic "
       "regression model ... our boundary model has outperformed the sequence model, achieving "
       "an exact match score of 61.1% and an F1 score of 71.2%. In particular, in terms of the "
       "exact match score, the boundary model has a clear advantage over the sequence model. "
       "... we simply limit the largest predicted span to have no more than 15 tokens ... This "
       "resulted in 1.5% improvement in F1 on the development data and that outperformed the "
       "DCR model ... we tried to increase the memory dimension l in the model or add "
       "bi-directional pre-processing LSTM or add bi-directional Ans-Ptr. The improvement on the "
       "development data using the first two methods is quite small. While by adding Bi-Ans-Ptr "
       "with bi-directional pre-processing LSTM, we can get 1.2% improvement in F1. Finally, we "
       "explore the ensemble method by simply computing the product of the boundary "
       "probabilities collected from 5 boundary models ... This ensemble method achieved the "
       "best performance as shown in the table.")
LEN = ("Section 3.4 (page 7): for questions whose answers contain more than 9 tokens, the F1 "
       "score of the boundary model drops to around 55% and the exact match score drops to only "
       "around 30%, compared to the F1 score and exact match score of close to 72% and 67%, "
       "respectively, for questions with single-token answers.")
QW = ("Section 3.4 (page 8): our models work the best for \"when\" questions ... On the other "
      "hand, \"why\" questions are the hardest to answer.")
INTRO = ("Section 1 (page 2): We have achieved the performance of an exact match score of 67.9% "
         "and an F1 score of 77.0% on the unseen test dataset ... Our performance is also close "
         "to the state of the art on SQuAD, which is 71.6% in terms of exact match and 80.4% in "
         "terms of F1 from Salesforce Research.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, ML, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.24, "contradicted", cat, ML, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.19, "unverified", "unsupported_relation", ML, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The Match-LSTM sequence model reaches 54.4 exact match on the SQuAD dev set.",
      "table_cell", 6, T2),
    C("The Match-LSTM boundary model with search and l = 300 has 3.2M parameters.",
      "table_cell", 6, T2),
    C("Match-LSTM with Bi-Ans-Ptr (Boundary+Search+b) reaches 64.7 exact match on the test set.",
      "table_cell", 6, T2),
    C("The Match-LSTM ensemble reaches 76.8 F1 on the SQuAD dev set.", "table_cell", 6, T2),
    C("The logistic regression baseline scores 40.4 exact match on the SQuAD test set.",
      "table_cell", 6, T2),
    C("DCR reaches 71.2 F1 on the dev set and 71.0 F1 on the test set.", "table_cell", 6, T2),
    C("Random guessing reaches 4.3 F1 on the SQuAD test set.", "table_cell", 6, T2),
    C("The Match-LSTM boundary model with search and bi-directional pre-processing LSTM (l = "
      "150) has 1.1M parameters.", "table_cell", 6, T2),
    C("On the dev set, the boundary model's exact match is 6.7 points above the sequence "
      "model's.", "cell_arithmetic", 6, T2, "61.1 - 54.4 = 6.7."),
    C("Raising l from 150 to 300 in the boundary model with search leaves dev F1 unchanged at "
      "72.7.", "cell_arithmetic", 6, T2, "Both Boundary+Search rows print F1 Dev 72.7."),
    C("The Match-LSTM boundary model reaches an exact match score of 61.1% and an F1 score of "
      "71.2%.", "text_number", 7, RES),
    C("Limiting predicted spans to at most 15 tokens gives a 1.5% improvement in F1 on the "
      "development data.", "text_number", 7, RES),
    C("Adding Bi-Ans-Ptr with bi-directional pre-processing LSTM gives a 1.2% improvement in "
      "F1.", "text_number", 7, RES),
    C("The ensemble combines the boundary probabilities of 5 boundary models.", "text_number", 7,
      RES),
    C("Match-LSTM reaches an exact match of 67.9% and an F1 of 77.0% on the unseen test set.",
      "text_number", 2, INTRO),
    C("The state of the art on SQuAD cited by Wang and Jiang is 71.6% exact match and 80.4% F1, "
      "from Salesforce Research.", "text_number", 2, INTRO),
    C("SQuAD contains 23,215 passages and 107,785 questions.", "text_number", 6, DATA),
    C("The SQuAD development set has 10,570 question-answer pairs.", "text_number", 6, DATA),
    C("SQuAD passages come from 536 Wikipedia articles.", "text_number", 6, DATA),
    C("The resulting vocabulary contains 117K unique words.", "text_number", 6, SET),
    C("Each update is computed on a minibatch of 30 instances.", "text_number", 6, SET),
    C("For answers longer than 9 tokens, the boundary model's F1 drops to around 55%.",
      "text_number", 7, LEN),
    C("The word embeddings are kept fixed during training.", "paraphrase", 6, SET,
      "'The word embeddings are not updated during the training of the model.'"),
    C("Why questions are the hardest for the Match-LSTM models to answer.", "paraphrase", 8,
      QW),
    C("Both Match-LSTM models clearly beat the logistic regression model.", "paraphrase", 6,
      RES),
    # --- contradicted ------------------------------------------------------------------------
    X("The Match-LSTM sequence model reaches 58.2 F1 on the SQuAD dev set.", "wrong_number", 6,
      T2, "Table 2: Sequence, F1 Dev 68.2."),
    X("The Match-LSTM ensemble reaches 67.6 exact match on the SQuAD test set.",
      "neighbour_cell", 6, T2, "67.6 is the dev EM; the test EM is 67.9."),
    X("Match-LSTM with Bi-Ans-Ptr reaches 73.9 F1 on the SQuAD test set.", "neighbour_cell", 6,
      T2, "73.9 is the dev F1; the test F1 is 73.7."),
    X("The Match-LSTM boundary model with search (l = 150) reaches 63.1 exact match on the dev "
      "set.", "neighbour_cell", 6, T2, "63.1 is the l = 300 row; the l = 150 row prints 63.0."),
    X("The logistic regression baseline reaches 41.0 F1 on the SQuAD test set.",
      "wrong_number", 6, T2, "Table 2: Logistic Regression F1 Test 51.0."),
    X("SQuAD's training set has 87,959 question-answer pairs.", "transposed_digits", 6, DATA,
      "The paper prints 87,599."),
    X("The development set of SQuAD has 10,750 question-answer pairs.", "transposed_digits", 6,
      DATA, "The paper prints 10,570."),
    X("The Match-LSTM ensemble combines the boundary probabilities of 3 boundary models.",
      "wrong_count", 7, RES, "'collected from 5 boundary models'."),
    X("Match-LSTM is trained with ADAMAX using beta2 = 0.99.", "wrong_number", 6, SET,
      "beta2 = 0.999."),
    X("The Match-LSTM models work best on why questions.", "direction_flip", 8, QW,
      "The models work best on 'when' questions; 'why' questions are the hardest."),
    X("The sequence model has a clear advantage over the boundary model in exact match.",
      "direction_flip", 7, RES,
      "'the boundary model has a clear advantage over the sequence model'."),
    X("Match-LSTM uses L2-regularization during training.", "negation", 6, SET,
      "'We do not use L2-regularization.'"),
    X("SQuAD passages are drawn from 563 Wikipedia articles.", "transposed_digits", 6, DATA,
      "The paper prints 536."),
    # --- unverified --------------------------------------------------------------------------
    U("Match-LSTM with Bi-Ans-Ptr reaches 64.1 exact match on the SQuAD test set without "
      "search.", 6, T2,
      "64.1 is the dev EM of the row with search; the paper has no run without search for "
      "Bi-Ans-Ptr."),
    U("The Match-LSTM sequence model reaches 68.2 F1 on the SQuAD test set.", 6, T2,
      "68.2 is its dev F1; the test cell is a dash: no test figure."),
    U("With l = 300, the boundary model with search reaches 72.7 F1 on the test set.", 6, T2,
      "72.7 is the dev F1; the test cell is a dash."),
    U("Match-LSTM reaches 71.6% exact match and 80.4% F1 on SQuAD.", 2, INTRO,
      "71.6 / 80.4 is Salesforce Research's state of the art, not Match-LSTM's."),
    U("The ensemble of 5 boundary models is trained with a minibatch of 15 instances.", 7, RES,
      "15 is the span length limit; the minibatch is 30. The paper says nothing of a separate "
      "minibatch for the ensemble."),
    U("Training Match-LSTM on SQuAD takes about 20 hours on one GPU.", 6,
      SET + " No training time is printed.", "The paper gives no training time."),
    U("Fine-tuning the GloVe embeddings raises Match-LSTM's dev F1 by 1.2%.", 7, RES,
      "1.2% is the gain of Bi-Ans-Ptr with bi-directional pre-processing LSTM; the embeddings "
      "are never updated."),
    U("For questions with single-token answers, the sequence model reaches close to 72% F1.",
      7, LEN, "The length analysis is of the boundary model, not of the sequence model."),
    U("Match-LSTM outperforms DCR on the SQuAD test set in exact match with the sequence model.",
      6, T2, "The sequence model has no test cell, and its dev EM (54.4) is below DCR's."),
    U("Each SQuAD passage has around 3 questions associated with it.", 6, DATA + " " + SET,
      "'around 5 questions' per passage; 'around three ground truth answers' per question: "
      "the 3 is another count, the claim mixes the two."),
    # --- truncated ---------------------------------------------------------------------------
    Row(cut("On the SQuAD development set, the Match-LSTM boundary model with span search and "
            "l = 150 reaches an exact match score of 63.0 and an F1 score of 72.7."), True, 0.2,
        "unverified", "truncated", ML, 6, T2,
        "Cut before the F1: the claim cannot be judged as a whole."),
    Row(cut("The Match-LSTM ensemble built from boundary models with span search reaches 77.9 F1 "
            "on the SQuAD test set and 76.8 F1 on the development set."), True, 0.2,
        "contradicted", "truncated", ML, 6, T2,
        "The part kept already states 77.9 for the test F1 printed 77.0."),
)

REPORT = LabelledReport(
    file="01_match_lstm.md",
    title="Pointer Networks for Extractive Reading Comprehension",
    date="2027-09-01",
    examines="match-LSTM encoders with sequence and boundary answer pointers on SQuAD",
    research_question="How far do end-to-end pointer models go on SQuAD without features?",
    references=(ML,),
    rows=ROWS,
    quality_score=7.0,
)
