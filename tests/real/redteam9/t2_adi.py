"""Red-team-9 report 2 (text with bare headings): Adi, Kermany, Belinkov, Lavi, Goldberg,
Fine-grained Analysis of Sentence Embeddings Using Auxiliary Prediction Tasks (ICLR 2017, arXiv
1608.04207v3, one column, 13 pages). Its results are mostly in figures; the text gives ranges
("between 82% and 87%", "45% to 65%"), the corpus sizes, class counts and baselines (20.1%,
50%); Table 1 (page 8) skip-thought accuracies on original and permuted sentences; Tables 2-4
(pages 12-13) p-values of ED and CBOW comparisons; the appendix hyperparameters (two dropout
rates, 0.1 and 0.8, for two models; batch sizes tried and used). Adversarial claims: the
minority count for the majority, one task's baseline for another's, the permuted row for the
original, the neighbouring column, one model's dropout for the other's, a batch size tried for
the one used, directions and negations in other words, counts from elsewhere in the paper.
Labelled from the page images (90-110 dpi; `pdftotext -layout` to copy sentences) before any
verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

ADI = "1608.04207"  # Adi et al., auxiliary prediction tasks (ICLR 2017)

CORPUS = ("Section 3.1 (pages 3-4): Our underlying corpus for generating the classification "
          "instances consists of 200,000 Wikipedia sentences, where 150,000 sentences are used "
          "to generate training examples, and 25,000 sentences are used for each of the test "
          "and development examples.")
LENGTH = ("Section 3.1 (page 4): The task is formulated as multiclass classification, with "
          "eight output classes corresponding to binned lengths. The resulting dataset is "
          "reasonably balanced, with a majority class (lengths 5-8 words) of 5,182 test "
          "instances and a minority class (34-70) of 1,084 test instances. Predicting the "
          "majority class results in classification accuracy of 20.1%. (Word-content and "
          "word-order tasks:) The dataset is balanced, with a baseline accuracy of 50%.")
SETUP = ("Section 5 (page 5): The bag-of-words (CBOW) and encoder-decoder models are trained on "
         "1 million sentences from a 2012 Wikipedia dump with vocabulary size of 50,000 tokens "
         "... constrain sentence lengths to be between 5 and 70 words ... k in {100, 300, 500, "
         "750, 1000}.")
RES = ("Section 6 (pages 5-6): With enough dimensions, the LSTM embeddings are very good at "
       "capturing sentence length, obtaining accuracies between 82% and 87% ... the CBOW model "
       "also encodes a fair amount of length information, with length prediction accuracies of "
       "45% to 65%, way above the 20% baseline ... the performance peaks at 750 dimensions and "
       "drops afterwards ... CBOW representations with low dimensional vectors (100 and 300 "
       "dimensions) perform exceptionally well ... CBOW scores drop at higher dimensions ... "
       "LSTM-1000 allowing the recovery of word order in 91% of the cases ... increasing the "
       "representation size helps the LSTM-encoder to better encode order information ... the "
       "CBOW encodings manage to reach an accuracy of 70% on the word order task, 20% above the "
       "baseline.")
NAT = ("Section 7 (pages 6-8): this only leads to a slight decrease in accuracy [CBOW length on "
       "random-word sentences] ... the embedding norm decreases as sentences grow longer ... we "
       "observe a gain of ~3% accuracy points when the CBOW tests are allowed access to the "
       "sentence representation ... LSTM encoder-decoder with 1000 dimensions drops from 32.5 "
       "to 8.2 BLEU score.")
T1 = ("Table 1 (page 8; Classification accuracy for the prediction tasks using skip-thought "
      "embeddings; columns Length, Word content, Word order): Original 82.1% 79.7% 81.1%; "
      "Permuted 68.2% 76.4% 76.5%. Section 8: the author's provided model with the recommended "
      "embeddings size of 4800 ... skip-thought's ability to predict length and word content "
      "does degrade significantly on the permuted sentences.")
APP = ("Appendix II (pages 11-12): We also experimented with different batch sizes (8, 16, 32) "
       "... we trained the encoder-decoder models on a single GPU (NVIDIA Tesla K40), with "
       "mini-batches of 32 sentences, learning rate of 0.01, dropout rate of 0.1, and the "
       "AdaGrad optimizer; training takes approximately 10 days ... [prediction tasks] We "
       "optimize the log-likelihood using AdaGrad. We use a dropout rate of 0.8 and a learning "
       "rate of 0.01. Appendix I (page 11): Skip-gram word vectors ... with hierarchical-softmax "
       "and a window size of 5 words ... We use one layer of LSTM cells for the encoder and "
       "decoder.")
PV = ("Appendix III (pages 12-13): ED with size 500 and ED with size 750 tested on the word order "
      "task (p-value=0.11), or CBOW with dimensions 750 and 1000 (p-value=0.3). Table 3 (ED "
      "models; columns Length, Word content, Word order): 500 vs. 750 3.64e-175 4.46e-65 0.11. "
      "Table 4 (CBOW models): 500 vs. 750 0.68 0.032 0.05; 750 vs. 1000 4.44e-32 0.3 0.08.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, ADI, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, ADI, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", ADI, page, ev, why)


# Second batch (labelled from the page images before it ran).
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The underlying corpus consists of 200,000 Wikipedia sentences, 150,000 of which are "
      "used to generate training examples.", "text_number", 3, CORPUS),
    C("25,000 sentences are used for each of the test and development examples.",
      "text_number", 4, CORPUS),
    C("The length task has eight output classes corresponding to binned lengths.",
      "text_number", 4, LENGTH),
    C("Predicting the majority class of the length task gives an accuracy of 20.1%.",
      "text_number", 4, LENGTH),
    C("The majority length class (5-8 words) has 5,182 test instances.", "text_number", 4,
      LENGTH),
    C("The word-order dataset is balanced, with a baseline accuracy of 50%.", "text_number", 4,
      LENGTH),
    C("The CBOW and encoder-decoder models are trained on 1 million sentences from a 2012 "
      "Wikipedia dump with a vocabulary of 50,000 tokens.", "text_number", 5, SETUP),
    C("With enough dimensions, the LSTM embeddings reach length prediction accuracies between "
      "82% and 87%.", "text_number", 5, RES),
    C("CBOW reaches length prediction accuracies of 45% to 65%, well above the 20% baseline.",
      "paraphrase", 5, RES),
    C("LSTM-1000 recovers word order in 91% of the cases.", "paraphrase", 6, RES),
    C("The CBOW encodings reach 70% accuracy on the word order task, 20% above the baseline.",
      "text_number", 6, RES),
    C("Skip-thought embeddings reach 82.1% on the length task on the original sentences.",
      "table_cell", 8, T1),
    C("On permuted sentences, skip-thought reaches 76.4% word content accuracy.", "table_cell",
      8, T1),
    C("Skip-thought's length accuracy falls from 82.1% to 68.2% on permuted sentences.",
      "table_cell", 8, T1),
    C("Skip-thought's length accuracy drops by 13.9 points on permuted sentences.",
      "cell_arithmetic", 8, T1, "82.1 - 68.2 = 13.9."),
    C("The skip-thought model is used with the recommended embedding size of 4800.",
      "text_number", 8, T1),
    C("The LSTM encoder-decoder with 1000 dimensions drops from 32.5 to 8.2 BLEU on permuted "
      "sentences.", "text_number", 8, NAT),
    C("CBOW gains about 3% accuracy points on word order when it has access to the sentence "
      "representation.", "paraphrase", 7, NAT),
    C("The encoder-decoder models are trained with mini-batches of 32 sentences, a learning "
      "rate of 0.01 and a dropout rate of 0.1.", "text_number", 11, APP),
    C("The auxiliary task classifiers use a dropout rate of 0.8 and a learning rate of 0.01.",
      "text_number", 12, APP),
    C("Training the encoder-decoder takes approximately 10 days.", "text_number", 11, APP),
    C("The CBOW word vectors are trained with a window size of 5 words.", "text_number", 11,
      APP),
    C("For CBOW models, the p-value of 500 vs. 750 dimensions on the length task is 0.68.",
      "table_cell", 13, PV),
    C("The word content accuracy of the LSTM encoder peaks at 750 dimensions.", "paraphrase", 5,
      RES),
    C("The ED models with 500 and 750 dimensions do not differ significantly on the word order "
      "task (p-value 0.11).", "paraphrase", 12, PV),
    C("On the original sentences, skip-thought's word order accuracy is 1.4 points above its "
      "word content accuracy.", "cell_arithmetic", 8, T1, "81.1 - 79.7 = 1.4."),
    # --- contradicted ------------------------------------------------------------------------
    X("The minority length class (34-70 words) has 5,182 test instances.", "wrong_number", 4,
      LENGTH, "5,182 is the majority class; the minority class has 1,084."),
    X("Predicting the majority class of the length task gives an accuracy of 50%.",
      "wrong_number", 4, LENGTH, "20.1%; 50% is the content and order baseline."),
    X("The length task has five output classes.", "wrong_count", 4, LENGTH, "Eight classes."),
    X("The CBOW and encoder-decoder models are trained on 2 million sentences.",
      "wrong_number", 5, SETUP, "1 million sentences."),
    X("LSTM-1000 recovers word order in 87% of the cases.", "wrong_number", 6, RES,
      "91%; 87% is the top of the length range."),
    X("Skip-thought embeddings reach 79.7% on the length task on the original sentences.",
      "neighbour_cell", 8, T1, "82.1%; 79.7% is word content."),
    X("On permuted sentences, skip-thought reaches 76.4% word order accuracy.",
      "neighbour_cell", 8, T1, "76.5%; 76.4% is word content."),
    X("On the original sentences, skip-thought reaches 68.2% length accuracy.",
      "neighbour_cell", 8, T1, "82.1%; 68.2% is the permuted row."),
    X("Skip-thought's word content accuracy drops by 4.3 points on permuted sentences.",
      "cell_arithmetic", 8, T1, "79.7 - 76.4 = 3.3."),
    X("Increasing the representation size hurts the LSTM-encoder's ability to encode order "
      "information.", "direction_flip", 6, RES,
      "'increasing the representation size helps the LSTM-encoder to better encode order "
      "information'."),
    X("Replacing each word by a random word leads to a large drop in CBOW length accuracy.",
      "direction_flip", 6, NAT, "'this only leads to a slight decrease in accuracy'."),
    X("Skip-thought's ability to predict length and word content does not degrade on the "
      "permuted sentences.", "negation", 8, T1,
      "'does degrade significantly on the permuted sentences'."),
    X("The embedding norm increases as sentences grow longer.", "direction_flip", 6, NAT,
      "'the embedding norm decreases as sentences grow longer'."),
    X("The auxiliary task classifiers use a dropout rate of 0.1.", "wrong_number", 12, APP,
      "0.8; 0.1 is the encoder-decoder's dropout rate."),
    X("The encoder-decoder models are trained with mini-batches of 16 sentences.",
      "wrong_number", 11, APP, "32; 16 is one of the batch sizes tried."),
    X("CBOW representations with high dimensional vectors (750 and 1000 dimensions) perform "
      "exceptionally well on word content.", "direction_flip", 6, RES,
      "The low dimensional ones (100 and 300) do; CBOW scores drop at higher dimensions."),
    X("For CBOW models, the p-value of 500 vs. 750 dimensions on the word order task is 0.68.",
      "neighbour_cell", 13, PV, "0.05; 0.68 is the length column."),
    X("The word content accuracy of the LSTM encoder peaks at 1000 dimensions.",
      "wrong_number", 5, RES, "Peaks at 750 and drops afterwards."),
    X("The auxiliary task classifiers are optimized with Adam.", "unsupported_relation", 12, APP,
      "'We optimize the log-likelihood using AdaGrad.'"),
    X("The encoder and decoder use two layers of LSTM cells.", "wrong_count", 11, APP,
      "One layer of LSTM cells."),
    # --- unverified --------------------------------------------------------------------------
    U("The LSTM encoder-decoder recovers word order in 91% of the cases with 500 dimensions.",
      6, RES, "91% is LSTM-1000's; 500 dimensions are shown in a figure only."),
    U("Skip-thought reaches 82.1% length accuracy after fine-tuning on Wikipedia.", 8, T1,
      "No fine-tuning is reported."),
    U("On the length task, skip-thought outperforms the 300-dimensional CBOW by 30 points.", 8,
      T1, "The CBOW values are in a figure only; no difference is stated."),
    U("CBOW reaches 45% length accuracy with a window size of 10.", 5, RES,
      "The window size is 5; no result is given for 10."),
    U("The encoder-decoder with 750 dimensions reaches 32.5 BLEU.", 8, NAT,
      "32.5 is the 1000-dimensional model's BLEU; 750 is not stated in the text."),
    U("Skip-thought reaches 81.1% word order accuracy on the BookCorpus test set.", 8, T1,
      "The test sentences are not said to be BookCorpus's."),
)

REPORT = LabelledReport(
    file="02_auxiliary_tasks.txt",
    title="Probing Sentence Embeddings with Auxiliary Tasks",
    date="2027-09-02",
    examines="length, word content and word order prediction from sentence vectors",
    research_question="What do averaged and recurrent sentence encoders keep of a sentence?",
    references=(ADI,),
    rows=ROWS,
    quality_score=6.9,
)
