"""Held-out-18 report 3 (PDF): Liu, Qiu, Huang, Recurrent Neural Network for Text
Classification with Multi-Task Learning (IJCAI 2016, arXiv 1605.05101; the copy is the IJCAI
proceedings version, pages 2873-2879, no arXiv stamp; two columns). Table 1 (page 4) prints
the statistics of four datasets with dashes for missing dev sets; Tables 2-4 (pages 4-5) the
accuracies of the uniform-, coupled- and shared-layer architectures on SST-1, SST-2, SUBJ and
IMDB with an Avg-delta column, each table repeating the same Single Task row; Table 3 six pairs
of tasks with dashes where a task is not in the pair; Table 5 (page 5) seven models against
state-of-the-art systems with dashes. The text gives the averages (0.8%, 2.0%, 1.4%, extra 0.5%
and 0.9%, 2.3%), the hyperparameters and the cost of model-III. Adversarial claims: one
architecture's row for another's, the pair's cell for another pair, the Avg column read as a
dataset, the IMDB count of reviews against the split sizes, Tree-LSTM's SST-1 lead reversed,
hyperparameters swapped. Labelled from the page images (tables at 200 dpi) and `pdftotext
-layout` (to copy digits) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

MT = "1605.05101"  # Liu, Qiu, Huang; IJCAI 2016

T1 = ("Table 1 (page 4; Statistics of the four datasets; columns Type, Train Size, Dev. Size, "
      "Test Size, Class, Averaged Length, Vocabulary Size): SST-1 Sentence 8544 1101 2210 5 19 "
      "18K; SST-2 Sentence 6920 872 1821 2 18 15K; SUBJ Sentence 9000 - 1000 2 21 21K; IMDB "
      "Document 25,000 - 25,000 2 294 392K")
T2 = ("Table 2 (page 4; Results of the uniform-layer architecture; columns SST-1, SST-2, SUBJ, "
      "IMDB, Avg-delta): Single Task 45.9 85.8 91.6 88.5 -; Joint Learning 46.5 86.7 92.0 89.9 "
      "+0.8; + Fine Tuning 48.5 87.1 93.4 90.8 +2.0")
T3 = ("Table 3 (page 4; Results of the coupled-layer architecture): Single Task 45.9 85.8 91.6 "
      "88.5 -; SST1-SST2 48.9 87.4 - - +2.3; SST1-SUBJ 46.3 - 92.2 - +0.5; SST1-IMDB 46.9 - - "
      "89.5 +1.0; SST2-SUBJ - 86.5 92.5 - +0.8; SST2-IMDB - 86.8 - 89.8 +1.2; SUBJ-IMDB - - "
      "92.7 89.3 +0.9")
T4 = ("Table 4 (page 5; Results of the shared-layer architecture): Single Task 45.9 85.8 91.6 "
      "88.5 -; Joint Learning 47.1 87.0 92.5 90.7 +1.4; + LM 47.9 86.8 93.6 91.0 +1.9; + Fine "
      "Tuning 49.6 87.9 94.1 91.3 +2.8")
T5 = ("Table 5 (page 5; Results of shared-layer multi-task model against state-of-the-art "
      "neural models; columns SST-1, SST-2, SUBJ, IMDB): NBOW 42.4 80.5 91.3 83.62; MV-RNN 44.4 "
      "82.9 - -; RNTN 45.7 85.4 - -; DCNN 48.5 86.8 - -; PV 44.6 82.7 90.5 91.7; Tree-LSTM 50.6 "
      "86.9 - -; Multi-Task 49.6 87.9 94.1 91.3")
HYP = ("Section 5.2 (page 4): Adagrad ... the word embeddings are trained using word2vec on the "
       "Wikipedia corpus (1B words). The vocabulary size is about 500,000. The word embeddings "
       "are fine-tuned during training ... initialized by randomly sampling from uniform "
       "distribution in [-0.1, 0.1] ... For datasets without development set, we use 10-fold "
       "cross-validation (CV) instead. The embedding size for specific task and shared layer "
       "are 64 ... The hidden layer size of LSTM is 50. The initial learning rate is 0.1. The "
       "regularization weight of the parameters is 10^-5.")
DATA = ("Section 5.1 (page 4): IMDB The IMDB dataset consists of 100,000 movie reviews with "
        "binary classes ... The first three datasets are sentence-level, and the last dataset "
        "is document-level.")
TXT = ("Section 5.3 (page 5): Uniform-layer: The average improvement of the performances on "
       "four datasets is 0.8%. With the further fine-tuning phase, the improvement achieves "
       "2.0% on average. Coupled-layer: there are six combinations for the four datasets. We "
       "train six models on the different pairs of datasets ... Since SST-1 and SST-2 are from "
       "the same corpus, their improvements are more significant than the other combinations. "
       "The improvement is 2.3% on average with simultaneously learning on SST-1 and SST-2. "
       "Shared-layer: the average improvement of the performances on four datasets is 1.4%, "
       "which is better than the uniform-layer architecture ... With the LM pre-training, the "
       "performance is improved by an extra 0.5% on average. Besides, the further fine-tuning "
       "can significantly improve the performance by an another 0.9%. To recap, all our "
       "proposed models outperform the baseline of single-task learning. The shared-layer "
       "architecture gives the best performances ... our proposed three models don't cause "
       "much extra computational cost while converge faster. In our experiment, the most "
       "complicated model-III, costs 2.5 times as long as vanilla LSTM.")
SOTA = ("Section 5.4 (page 5): Although Tree-LSTM outperforms our model on SST-1, it needs an "
        "external parser to get the sentence topological structure.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.28, "confirmed", cat, MT, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.25, "contradicted", cat, MT, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.16, "unverified", "unsupported_relation", MT, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The SUBJ dataset has 9000 training and 1000 test instances.", "table_cell", 4, T1),
    C("IMDB reviews have an averaged length of 294 words.", "table_cell", 4, T1),
    C("The IMDB vocabulary has 392K words.", "table_cell", 4, T1),
    C("SST-1 has 5 classes and a vocabulary of 18K.", "table_cell", 4, T1),
    C("With joint learning, the uniform-layer architecture reaches 89.9 on IMDB.", "table_cell",
      4, T2),
    C("The single-task LSTM reaches 45.9 on SST-1.", "table_cell", 4, T2),
    C("Learning SST-1 and SST-2 jointly in the coupled-layer architecture gives 48.9 on SST-1.",
      "table_cell", 4, T3),
    C("The coupled SST2-IMDB model reaches 89.8 on IMDB.", "table_cell", 4, T3),
    C("The shared-layer architecture with LM pre-training reaches 93.6 on SUBJ.", "table_cell",
      5, T4),
    C("After fine-tuning, the shared-layer model reaches 49.6 on SST-1 and 87.9 on SST-2.",
      "table_cell", 5, T4),
    C("Tree-LSTM reaches 50.6 on SST-1.", "table_cell", 5, T5),
    C("Paragraph vectors reach 91.7 on IMDB.", "table_cell", 5, T5),
    C("Fine-tuning raises the uniform-layer model's SUBJ accuracy from 92.0 to 93.4.",
      "table_cell", 4, T2),
    C("On IMDB, the fine-tuned shared-layer model is 2.8 points above the single-task LSTM.",
      "cell_arithmetic", 5, T4, "91.3 - 88.5 = 2.8."),
    C("On SST-2, joint learning in the uniform-layer architecture adds 0.9 points over the "
      "single task.", "cell_arithmetic", 4, T2, "86.7 - 85.8 = 0.9."),
    C("The uniform-layer architecture improves the performance by 0.8% on average over the four "
      "datasets.", "text_number", 5, TXT),
    C("With LM pre-training, the shared-layer model improves by an extra 0.5% on average.",
      "text_number", 5, TXT),
    C("Learning SST-1 and SST-2 simultaneously improves accuracy by 2.3% on average.",
      "text_number", 5, TXT),
    C("Model-III costs 2.5 times as long as a vanilla LSTM.", "text_number", 5, TXT),
    C("The word embeddings are trained with word2vec on 1B words of Wikipedia.", "text_number",
      4, HYP),
    C("The hidden layer size of the LSTM is 50.", "text_number", 4, HYP),
    C("The IMDB dataset consists of 100,000 movie reviews.", "text_number", 4, DATA),
    C("Datasets without a development set are tuned with 10-fold cross-validation.",
      "text_number", 4, HYP),
    C("Every proposed multi-task model beats the single-task baseline.", "paraphrase", 5, TXT,
      "'all our proposed models outperform the baseline of single-task learning'."),
    C("Tree-LSTM is better than the multi-task model on SST-1 but relies on an external parser.",
      "paraphrase", 5, SOTA),
    # --- contradicted ------------------------------------------------------------------------
    X("With joint learning, the uniform-layer architecture reaches 90.7 on IMDB.",
      "neighbour_cell", 4, T2 + " " + T4,
      "90.7 is the shared-layer Joint Learning cell (Table 4); uniform-layer is 89.9."),
    X("The coupled SST1-IMDB model reaches 46.3 on SST-1.", "neighbour_cell", 4, T3,
      "46.3 is SST1-SUBJ's; SST1-IMDB's is 46.9."),
    X("After fine-tuning, the shared-layer model reaches 91.0 on IMDB.", "neighbour_cell", 5,
      T4, "91.0 is the + LM row; + Fine Tuning is 91.3."),
    X("Paragraph vectors reach 90.5 on IMDB.", "neighbour_cell", 5, T5,
      "90.5 is PV's SUBJ cell; its IMDB cell is 91.7."),
    X("The SST-2 development set has 827 sentences.", "transposed_digits", 4, T1,
      "Table 1 prints 872."),
    X("SST-1 has 8454 training sentences.", "transposed_digits", 4, T1,
      "Table 1 prints 8544."),
    X("The shared-layer architecture improves the performance by 4.1% on average.",
      "transposed_digits", 5, TXT, "The paper prints 1.4%."),
    X("The hidden layer size of the LSTM is 64.", "wrong_number", 4, HYP,
      "50; 64 is the embedding size."),
    X("The initial learning rate is 0.01.", "wrong_number", 4, HYP, "It is 0.1."),
    X("The coupled-layer architecture trains four models, one per pair of datasets.",
      "wrong_count", 5, TXT, "'six combinations ... We train six models'."),
    X("Model-III costs 3.5 times as long as a vanilla LSTM.", "wrong_number", 5, TXT,
      "2.5 times."),
    X("The multi-task model outperforms Tree-LSTM on SST-1.", "direction_flip", 5, SOTA + " "
      + T5, "'Tree-LSTM outperforms our model on SST-1' (50.6 > 49.6)."),
    X("The uniform-layer architecture gives the best performances of the three architectures.",
      "direction_flip", 5, TXT, "'The shared-layer architecture gives the best performances'."),
    X("The word embeddings are kept fixed during training.", "negation", 4, HYP,
      "'The word embeddings are fine-tuned during training'."),
    # --- unverified --------------------------------------------------------------------------
    U("The coupled SST2-SUBJ model reaches 86.5 on IMDB.", 4, T3,
      "SST2-SUBJ has no IMDB cell (a dash); 86.5 is its SST-2 cell."),
    U("The DCNN reaches 48.5 on SUBJ.", 5, T5, "DCNN's SUBJ cell is a dash; 48.5 is its SST-1."),
    U("Fine-tuning the uniform-layer model takes 2.0 hours on average.", 5, TXT,
      "2.0% is an accuracy gain; no time is given."),
    U("The SUBJ dataset has 1000 development sentences.", 4, T1,
      "SUBJ's Dev. Size is a dash; 1000 is its test size."),
    U("The multi-task model uses a dropout rate of 0.5.", 4, HYP, "No dropout is printed."),
    U("With LM pre-training, the coupled-layer model reaches 93.6 on SUBJ.", 5, T4,
      "LM pre-training is applied to the shared-layer architecture only (Table 4)."),
    U("Pre-training the shared layer on Wikipedia raises SST-2 accuracy by 0.9%.", 5, TXT,
      "The LM is trained on the four task datasets; 0.9% is the gain of fine-tuning."),
    U("MV-RNN reaches 82.9 on SUBJ.", 5, T5, "MV-RNN's SUBJ cell is a dash."),
    U("The shared-layer model converges 2.5 times faster than a vanilla LSTM.", 5, TXT,
      "2.5 times is model-III's cost; the paper says only that the models converge faster."),
    U("The multi-task model reaches 94.1 on SUBJ with 10 random restarts.", 5, T5,
      "94.1 is printed; no restarts are reported."),
    # --- truncated ---------------------------------------------------------------------------
    Row(cut("In the shared-layer architecture with language-model pre-training and fine-tuning, "
            "the model reaches 49.6 on SST-1, 87.9 on SST-2, 94.1 on SUBJ and 91.3 on IMDB."),
        True, 0.2, "unverified", "truncated", MT, 5, T4,
        "Cut before all four figures are given: not judged as a whole."),
    Row(cut("The uniform-layer architecture with joint learning reaches 47.5 on SST-1, which "
            "fine-tuning then raises to 48.5, and to 86.7 on the binary SST-2 task."), True, 0.2,
        "contradicted", "truncated", MT, 4, T2, "The part kept states 47.5 for the printed 46.5."),
)

REPORT = LabelledReport(
    file="03_multitask.pdf",
    title="Sharing Recurrent Layers Across Text Classification Tasks",
    date="2027-09-03",
    examines="uniform, coupled and shared LSTM layers across four movie-review tasks",
    research_question="Does sharing LSTM layers between related tasks raise their accuracy?",
    references=(MT,),
    rows=ROWS,
    quality_score=7.3,
)
