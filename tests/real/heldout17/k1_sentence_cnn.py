"""Held-out-17 report 1 (plain text): Kim, Convolutional Neural Networks for Sentence
Classification (EMNLP 2014, Anthology D14-1181, six pages, two columns). Table 1 (page 3)
gives dataset statistics (c, l, N, |V|, |Vpre|, Test) for seven datasets; Table 2 (page 4)
the accuracies of the four CNN variants and fourteen cited systems over MR, SST-1, SST-2,
Subj, TREC, CR and MPQA, with dashes where a system was not run; the text gives the setup
(page 3) and further observations (page 5). Natural claims a synthesis report would write:
cells, differences of cells, setup numbers, the neighbouring row's or column's cell, wrong
counts, reversed comparisons, dashes, settings never run. Labelled from the page images
(110 dpi, Table 2 zoomed at 200 dpi) and `pdftotext -layout` (to copy digits) before any
verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

KIM = "D14-1181"  # Kim, EMNLP 2014, pages 1746-1751

T2 = ("Table 2 (page 4; Results of our CNN models against other methods; columns MR SST-1 SST-2 "
      "Subj TREC CR MPQA): CNN-rand 76.1 45.0 82.7 89.6 91.2 79.8 83.4; CNN-static 81.0 45.5 "
      "86.8 93.0 92.8 84.7 89.6; CNN-non-static 81.5 48.0 87.2 93.4 93.6 84.3 89.5; "
      "CNN-multichannel 81.1 47.4 88.1 93.2 92.2 85.0 89.4; RAE 77.7 43.2 82.4 - - - 86.4; "
      "MV-RNN 79.0 44.4 82.9 - - - -; RNTN - 45.7 85.4 - - - -; DCNN - 48.5 86.8 - 93.0 - -; "
      "Paragraph-Vec - 48.7 87.8 - - - -; CCAE 77.8 - - - - - 87.2; Sent-Parser 79.5 - - - - - "
      "86.3; NBSVM 79.4 - - 93.2 - 81.8 86.3; MNB 79.0 - - 93.6 - 80.0 86.3; G-Dropout 79.0 - - "
      "93.4 - 82.1 86.1; F-Dropout 79.1 - - 93.6 - 81.9 86.3; Tree-CRF 77.3 - - - - 81.4 86.1; "
      "CRF-PR - - - - - 82.7 -; SVM_S - - - - 95.0 - -")
T1 = ("Table 1 (page 3; Summary statistics; columns c l N |V| |Vpre| Test): MR 2 20 10662 18765 "
      "16448 CV; SST-1 5 18 11855 17836 16262 2210; SST-2 2 19 9613 16185 14838 1821; Subj 2 23 "
      "10000 21323 17913 CV; TREC 6 10 5952 9592 9125 500; CR 2 19 3775 5340 5046 CV; MPQA 2 3 "
      "10606 6246 6083 CV")
SETUP = ("Section 3.1 (page 3): rectified linear units, filter windows (h) of 3, 4, 5 with 100 "
         "feature maps each, dropout rate (p) of 0.5, l2 constraint (s) of 3, and mini-batch "
         "size of 50. These values were chosen via a grid search on the SST-2 dev set. ... For "
         "datasets without a standard dev set we randomly select 10% of the training data as "
         "the dev set. Training is done through stochastic gradient descent over shuffled "
         "mini-batches with the Adadelta update rule. Section 3.2: word2vec vectors that were "
         "trained on 100 billion words from Google News. The vectors have dimensionality of 300")
ABSTRACT = ("Abstract (page 1): The CNN models discussed herein improve upon the state of the "
            "art on 4 out of 7 tasks, which include sentiment analysis and question "
            "classification.")
RESULTS = ("Section 4 (page 4): Our baseline model with all randomly initialized words "
           "(CNN-rand) does not perform well on its own. ... Even a simple model with static "
           "vectors (CNN-static) performs remarkably well ... Fine-tuning the pre-trained "
           "vectors for each task gives still further improvements (CNN-non-static).")
FURTHER = ("Section 4.3 (page 5): their Max-TDNN ... with randomly initialized words obtains "
           "37.4% on the SST-1 dataset, compared to 45.0% for our model. ... Dropout "
           "consistently added 2%-4% relative performance. ... another set of publicly "
           "available word vectors trained by Collobert et al. (2011) on Wikipedia, and found "
           "that word2vec gave far superior performance. ... Adadelta gave similar results to "
           "Adagrad but required fewer epochs.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, KIM, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, KIM, page, ev, why)


def U(text, page, ev, why, cat="unsupported_relation"):
    return Row(text, True, 0.18, "unverified", cat, KIM, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("Fine-tuning the word2vec vectors (CNN-non-static) gives 81.5% accuracy on MR.",
      "table_cell", 4, T2),
    C("The multichannel CNN reaches 88.1% on SST-2, the best figure in that column.",
      "table_cell", 4, T2, "88.1 is the highest SST-2 cell (bold)."),
    C("On TREC question classification, CNN-non-static scores 93.6.", "table_cell", 4, T2),
    C("With static word2vec vectors the CNN reaches 89.6 on MPQA.", "table_cell", 4, T2),
    C("Paragraph-Vec reaches 48.7 on SST-1.", "table_cell", 4, T2),
    C("The SVM of Silva et al. with hand-coded rules reaches 95.0 on TREC.", "table_cell", 4, T2),
    C("The DCNN of Kalchbrenner et al. scores 93.0 on TREC.", "table_cell", 4, T2),
    C("NBSVM obtains 81.8 on the customer reviews dataset CR.", "table_cell", 4, T2),
    C("CNN-multichannel reaches 85.0 on CR.", "table_cell", 4, T2),
    C("Static pre-trained vectors lift SST-2 accuracy from 82.7 for CNN-rand to 86.8 for "
      "CNN-static.", "table_cell", 4, T2),
    C("On MR, CNN-non-static improves over CNN-rand by 5.4 points.", "cell_arithmetic", 4, T2,
      "81.5 - 76.1 = 5.4."),
    C("On Subj, CNN-static beats CNN-rand by 3.4 points.", "cell_arithmetic", 4, T2,
      "93.0 - 89.6 = 3.4."),
    C("On MR the multichannel model trails CNN-non-static by 0.4 points.", "cell_arithmetic", 4,
      T2, "81.5 - 81.1 = 0.4."),
    C("Averaged over MR and SST-2, CNN-static scores 83.9.", "cell_arithmetic", 4, T2,
      "(81.0 + 86.8) / 2 = 83.9."),
    C("SST-1 has 5 target classes and a test set of 2210 sentences.", "table_cell", 3, T1),
    C("The TREC dataset contains 5952 sentences.", "table_cell", 3, T1),
    C("MR has a vocabulary of 18765 words.", "table_cell", 3, T1),
    C("Sentences in CR are 19 tokens long on average.", "table_cell", 3, T1),
    C("The CNN uses filter windows of 3, 4 and 5 with 100 feature maps each.", "text_number",
      3, SETUP),
    C("Training uses a dropout rate of 0.5 and mini-batches of 50.", "text_number", 3, SETUP),
    C("The word2vec vectors were trained on 100 billion words of Google News and have 300 "
      "dimensions.", "text_number", 3, SETUP),
    C("Where no standard dev set exists, 10% of the training data is held out at random as "
      "dev set.", "paraphrase", 3, SETUP),
    C("The hyperparameters were picked by a grid search on the SST-2 dev set.", "paraphrase", 3,
      SETUP),
    C("The CNN models improve the state of the art on 4 out of 7 tasks.", "text_number", 1,
      ABSTRACT),
    C("Kalchbrenner et al.'s Max-TDNN with randomly initialized words obtains 37.4% on SST-1.",
      "text_number", 5, FURTHER),
    C("Dropout consistently added 2%-4% relative performance.", "text_number", 5, FURTHER),
    C("Adadelta performed about as well as Adagrad while needing fewer epochs.", "paraphrase", 5,
      FURTHER),
    C("The randomly initialized CNN-rand reaches 45.0% on SST-1.", "text_number", 5, FURTHER,
      "The text prints 45.0% for our model (and Table 2 the CNN-rand cell)."),
    # --- contradicted ------------------------------------------------------------------------
    X("CNN-non-static reaches 81.1% accuracy on MR.", "neighbour_cell", 4, T2,
      "81.5; 81.1 is CNN-multichannel's MR cell, the row below."),
    X("The multichannel CNN reaches 87.2 on SST-2.", "neighbour_cell", 4, T2,
      "88.1; 87.2 is CNN-non-static's SST-2 cell, the row above."),
    X("CNN-static obtains 92.2 on TREC.", "neighbour_cell", 4, T2,
      "92.8; 92.2 is CNN-multichannel's TREC cell."),
    X("CNN-rand reaches 89.6 on MPQA.", "neighbour_cell", 4, T2,
      "83.4; 89.6 is CNN-static's MPQA cell (and CNN-rand's Subj cell)."),
    X("The SST-2 test set has 1281 sentences.", "transposed_digits", 3, T1, "1821."),
    X("The CNN is trained with a dropout rate of 0.3.", "wrong_number", 3, SETUP, "0.5."),
    X("The l2-norm constraint s on the weight vectors is set to 5.", "wrong_number", 3, SETUP,
      "s of 3."),
    X("The pre-trained word2vec vectors have 200 dimensions.", "wrong_number", 3, SETUP, "300."),
    X("The CNN models improve the state of the art on 5 of the 7 tasks.", "wrong_count", 1,
      ABSTRACT, "4 out of 7."),
    X("On its own, the randomly initialized CNN-rand performs remarkably well.", "negation", 4,
      RESULTS, "CNN-rand does not perform well on its own; it is CNN-static that performs "
                "remarkably well."),
    X("The Collobert et al. Wikipedia vectors gave far better results than word2vec.",
      "direction_flip", 5, FURTHER, "word2vec gave far superior performance."),
    X("On MR, CNN-static outperforms CNN-non-static.", "direction_flip", 4, T2,
      "81.0 < 81.5."),
    X("On SST-1, fine-tuning (CNN-non-static) improves on CNN-rand by 3.5 points.",
      "cell_arithmetic", 4, T2, "48.0 - 45.0 = 3.0."),
    X("Sentences in MPQA are 10 tokens long on average.", "wrong_number", 3, T1,
      "l = 3; 10 is TREC's average length."),
    X("For datasets without a standard dev set, 20% of the training data is used as dev set.",
      "wrong_number", 3, SETUP, "10%."),
    # --- unverified --------------------------------------------------------------------------
    U("With 50 feature maps per filter window, CNN-multichannel reaches 47.4 on SST-1.", 4,
      f"{T2}. {SETUP}", "Every model uses 100 feature maps; no run with 50 is reported."),
    U("NBSVM reaches 93.2 on TREC.", 4, T2,
      "NBSVM's TREC cell is a dash; 93.2 is its Subj cell."),
    U("Paragraph-Vec reaches 87.8 on MR.", 4, T2,
      "Paragraph-Vec's MR cell is a dash; 87.8 is its SST-2 cell."),
    U("With the Collobert et al. Wikipedia vectors, CNN-static reaches 84.7 on CR.", 4,
      f"{T2}. {FURTHER}", "Table 2's CNN-static uses word2vec; no figure is given for the "
      "Collobert vectors."),
    U("Trained with Adagrad instead of Adadelta, CNN-rand reaches 76.1 on MR.", 4,
      f"{T2}. {FURTHER}", "No accuracy is reported for Adagrad runs."),
    U("RNTN reaches 79.0 on MR.", 4, T2, "RNTN's MR cell is a dash; 79.0 is MV-RNN's."),
    U("MNB reaches 93.6 on SST-2.", 4, T2, "MNB's SST-2 cell is a dash; 93.6 is its Subj cell."),
    U("When both of its channels are fine-tuned, CNN-multichannel reaches 81.1 on MR.", 4,
      T2, "The multichannel model fine-tunes one channel and keeps the other static; no run "
      "with both fine-tuned is reported."),
    U("Training CNN-non-static on SST-1 takes about 3 hours on a GPU.", 3, SETUP,
      "No training time is given."),
    U(cut("On the Subj dataset, which has 10000 sentences and a vocabulary of 21323 words, the "
          "fine-tuned CNN-non-static reaches an accuracy of 93.4%."), 4, f"{T1}. {T2}",
      "Cut before the accuracy: what the model reaches is not printed (the part before the "
      "cut is right).", cat="truncated"),
)

REPORT = LabelledReport(
    file="01_sentence_cnn.txt",
    title="Convolutional Networks over Pre-trained Word Vectors for Sentence Classification",
    date="2027-08-14",
    examines="single-layer CNNs over static and fine-tuned word2vec vectors on seven "
             "sentence classification benchmarks",
    research_question="How far does a simple CNN over pre-trained word vectors go on sentence "
                      "classification?",
    references=(KIM,),
    rows=ROWS,
    quality_score=7.1,
)
