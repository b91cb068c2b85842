"""Red-team-11 report 1 (Markdown): Le and Mikolov, Distributed Representations of Sentences
and Documents (Paragraph Vector; ICML 2014, arXiv 1405.4053; two columns, 9 pages, no arXiv
stamp). Table 1 (page 5) SST error rates in two columns (Positive/Negative, Fine-grained) of
eight models; Table 2 (page 6) IMDB error rates of fourteen models in three row groups; Table 3
(page 7) information retrieval error rates of five models. Text numbers: SST split sizes (page
4), window sizes 8 (SST) and 10 (IMDB), 400 dimensions of both PV-DBOW and PV-DM, 7 word
vectors and the 9-word pre-pad, 2.4% absolute / 16% relative (SST) and 1.3% / 15% (IMDB), 50
hidden units, IMDB's 100,000 / 25,000 / 50,000 reviews, 1,000,000 queries, 80/10/10 split,
32% relative (IR), 7.63% and 8.06% (page 7), 0.7% fluctuation, 30 minutes on 16 cores.
Adversarial claims: the other column's or row's cell, one dataset's setting given to the other,
counts near other counts, directions reversed, differences of cells, a test result read as dev,
a combination's number given to one of its parts, inference time read as training time.
Labelled from the page images (110 dpi) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

PV = "1405.4053"  # Le and Mikolov, Distributed Representations of Sentences and Documents

T1 = ("Table 1 (page 5; SST error rates; columns Error rate (Positive/Negative), Error rate "
      "(Fine-grained)): Naive Bayes 18.2% 59.0%; SVMs 20.6% 59.3%; Bigram Naive Bayes 16.9% "
      "58.1%; Word Vector Averaging 19.9% 67.3%; Recursive Neural Network 17.6% 56.8%; Matrix "
      "Vector-RNN 17.1% 55.6%; Recursive Neural Tensor Network 14.6% 54.3%; Paragraph Vector "
      "12.2% 51.3%")
T2 = ("Table 2 (page 6; IMDB error rates): BoW (bnc) 12.20%; BoW (bDt'c) 11.77%; LDA 32.58%; "
      "Full+BoW 11.67%; Full+Unlabeled+BoW 11.11%; WRRBM 12.58%; WRRBM + BoW (bnc) 10.77%; "
      "MNB-uni 16.45%; MNB-bi 13.41%; SVM-uni 13.05%; SVM-bi 10.84%; NBSVM-uni 11.71%; "
      "NBSVM-bi 8.78%; Paragraph Vector 7.42%")
T3 = ("Table 3 (page 7; information retrieval error rates): Vector Averaging 10.25%; "
      "Bag-of-words 8.10%; Bag-of-bigrams 7.28%; Weighted Bag-of-bigrams 5.67%; Paragraph "
      "Vector 3.82%")
SST = ("Page 4: It has 11855 sentences taken from the movie review site Rotten Tomatoes. The "
       "dataset consists of three sets: 8544 sentences for training, 2210 sentences for test and "
       "1101 sentences for validation (or development). Every sentence in the dataset has a "
       "label which goes from very negative to very positive in the scale from 0.0 to 1.0 ... In "
       "total, there are 239,232 labeled phrases in the dataset.")
SSTP = ("Page 5: we cross validate the window size using the validation set, and the optimal "
        "window size is 8 ... In PV-DBOW, the learned vector representations have 400 "
        "dimensions. In PV-DM, the learned vector representations have 400 dimensions for both "
        "words and paragraphs. To predict the 8-th word, we concatenate the paragraph vectors and "
        "7 word vectors ... If the paragraph has less than 9 words, we pre-pad with a special "
        "NULL word symbol ... On the coarse-grained classification task, our method has an "
        "absolute improvement of 2.4% in terms of error rates. This translates to 16% relative "
        "improvement.")
IMDB = ("Page 6: The 100,000 movie reviews are divided into three datasets: 25,000 labeled "
        "training instances, 25,000 labeled test instances and 50,000 unlabeled training "
        "instances ... 75,000 training documents ... fed through a neural network with one "
        "hidden layer with 50 units and a logistic classifier ... the optimal window size is 10 "
        "words ... It achieves 7.42% which is another 1.3% absolute improvement (or 15% relative "
        "improvement) over the best previous result of (Wang & Manning, 2012).")
IR = ("Pages 6-7: a dataset of paragraphs in the first 10 results returned by a search engine "
      "given each of 1,000,000 most popular queries ... The triplets are split into three sets: "
      "80% for training, 10% for validation, and 10% for testing ... we find that TF-IDF "
      "weighting performs better than raw counts, and therefore we only report the results of "
      "methods with TF-IDF weighting. The results show that Paragraph Vector works well and "
      "gives a 32% relative improvement in terms of error rate.")
OBS = ("Section 3.4 (page 7): PV-DM is consistently better than PV-DBOW. PV-DM alone can achieve "
       "results close to many results in this paper (see Table 2). For example, in IMDB, PV-DM "
       "only achieves 7.63%. The combination of PV-DM and PV-DBOW often work consistently better "
       "(7.42% in IMDB) ... Using concatenation in PV-DM is often better than sum. In IMDB, PV-DM "
       "with sum can only achieve 8.06% ... In IMDB, varying the window sizes between 5 and 12 "
       "causes the error rate to fluctuate 0.7% ... On average, our implementation takes 30 "
       "minutes to compute the paragraph vectors of the IMDB test set, using a 16 core machine "
       "(25,000 documents, each document on average has 230 words).")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, PV, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, PV, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", PV, page, ev, why)


# First batch (labelled from the page images before it ran).
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("Paragraph Vector reaches an error rate of 12.2% on the coarse-grained (positive/negative) "
      "SST task.", "table_cell", 5, T1),
    C("On the fine-grained SST task, Paragraph Vector's error rate is 51.3%.", "table_cell", 5,
      T1),
    C("The Recursive Neural Tensor Network has a fine-grained error rate of 54.3%.",
      "table_cell", 5, T1),
    C("Word Vector Averaging has a 67.3% fine-grained error rate on SST.", "table_cell", 5, T1),
    C("On IMDB, NBSVM-bi reaches an error rate of 8.78%.", "table_cell", 6, T2),
    C("LDA has an error rate of 32.58% on IMDB.", "table_cell", 6, T2),
    C("On the information retrieval task, Weighted Bag-of-bigrams has an error rate of 5.67%.",
      "table_cell", 7, T3),
    C("The SST dataset has 8544 training, 2210 test and 1101 validation sentences.",
      "text_number", 4, SST),
    C("In total, the SST dataset has 239,232 labeled phrases.", "text_number", 4, SST),
    C("On SST, the optimal window size is 8.", "text_number", 5, SSTP),
    C("On IMDB, the optimal window size is 10 words.", "text_number", 6, IMDB),
    C("In IMDB, PV-DM alone achieves an error rate of 7.63%.", "text_number", 7, OBS),
    C("In IMDB, PV-DM with sum only reaches an error rate of 8.06%.", "text_number", 7, OBS),
    C("The IMDB dataset's 100,000 reviews include 50,000 unlabeled training instances.",
      "text_number", 6, IMDB),
    C("Computing the paragraph vectors of the IMDB test set takes 30 minutes on a 16 core "
      "machine.", "text_number", 7, OBS),
    C("The information retrieval triplets are split 80% for training, 10% for validation and "
      "10% for testing.", "text_number", 7, IR),
    C("On the coarse-grained SST task, Paragraph Vector improves the error rate by 2.4% "
      "absolute, a 16% relative improvement.", "text_number", 5, SSTP),
    C("Paragraph Vector's IMDB error rate of 7.42% is a 1.3% absolute improvement over the best "
      "previous result.", "text_number", 6, IMDB),
    C("Paragraph Vector's coarse-grained SST error rate is 2.4 points below that of the "
      "Recursive Neural Tensor Network.", "cell_arithmetic", 5, T1, "14.6 - 12.2 = 2.4."),
    C("On IMDB, Paragraph Vector's error rate is 1.36 points below NBSVM-bi's.",
      "cell_arithmetic", 6, T2, "8.78 - 7.42 = 1.36."),
    C("In PV-DM, concatenation works better than sum on IMDB.", "paraphrase", 7, OBS,
      "7.63% (concatenation, PV-DM alone) against 8.06% with sum."),
    C("On IMDB, the paragraph vectors are fed through a neural network with one hidden layer of "
      "50 units.", "text_number", 6, IMDB),
    C("Paragraph Vector's IMDB error rate is less than half that of MNB-uni.", "cell_arithmetic",
      6, T2, "7.42 < 16.45 / 2 = 8.225."),
    # --- contradicted ------------------------------------------------------------------------
    X("Paragraph Vector reaches an error rate of 51.3% on the coarse-grained SST task.",
      "neighbour_cell", 5, T1, "12.2%; 51.3% is fine-grained."),
    X("The Recursive Neural Tensor Network has a coarse-grained error rate of 54.3%.",
      "neighbour_cell", 5, T1, "14.6%; 54.3% is fine-grained."),
    X("Matrix Vector-RNN reaches a fine-grained error rate of 56.8%.", "neighbour_cell", 5, T1,
      "55.6%; 56.8% is the Recursive Neural Network's."),
    X("Naive Bayes has a coarse-grained error rate of 16.9% on SST.", "neighbour_cell", 5, T1,
      "18.2%; 16.9% is Bigram Naive Bayes."),
    X("On IMDB, NBSVM-uni reaches an error rate of 8.78%.", "neighbour_cell", 6, T2,
      "11.71%; 8.78% is NBSVM-bi."),
    X("On IMDB, WRRBM + BoW (bnc) reaches an error rate of 10.84%.", "neighbour_cell", 6, T2,
      "10.77%; 10.84% is SVM-bi."),
    X("SVM-bi reaches an error rate of 13.05% on IMDB.", "neighbour_cell", 6, T2,
      "10.84%; 13.05% is SVM-uni."),
    X("Full+BoW has an error rate of 11.11% on IMDB.", "neighbour_cell", 6, T2,
      "11.67%; 11.11% is Full+Unlabeled+BoW."),
    X("On the information retrieval task, Bag-of-bigrams has an error rate of 5.67%.",
      "neighbour_cell", 7, T3, "7.28%; 5.67% is Weighted Bag-of-bigrams."),
    X("Vector Averaging has an error rate of 8.10% on the information retrieval task.",
      "neighbour_cell", 7, T3, "10.25%; 8.10% is Bag-of-words."),
    X("On SST, the optimal window size is 10.", "wrong_number", 5, SSTP,
      "8; 10 is IMDB's."),
    X("On IMDB, the optimal window size is 8 words.", "wrong_number", 6, IMDB,
      "10; 8 is SST's."),
    X("In IMDB, PV-DM alone achieves an error rate of 8.06%.", "wrong_number", 7, OBS,
      "7.63%; 8.06% is PV-DM with sum."),
    X("The SST dataset has 2210 validation sentences.", "wrong_number", 4, SST,
      "1101; 2210 is the test set."),
    X("The IMDB dataset has 50,000 labeled test instances.", "wrong_number", 6, IMDB,
      "25,000; 50,000 is the unlabeled training set."),
    X("On IMDB, the paragraph vectors are fed through a neural network with one hidden layer of "
      "400 units.", "wrong_number", 6, IMDB, "50 units; 400 is the vector size."),
    X("On the coarse-grained SST task, Paragraph Vector's improvement translates to a 15% "
      "relative improvement.", "wrong_number", 5, SSTP, "16%; 15% is IMDB's."),
    X("On IMDB, Paragraph Vector achieves a 2.4% absolute improvement over the best previous "
      "result.", "wrong_number", 6, IMDB, "1.3%; 2.4% is SST's."),
    X("PV-DBOW is consistently better than PV-DM.", "direction_flip", 7, OBS,
      "PV-DM is consistently better than PV-DBOW."),
    X("Using sum in PV-DM is often better than concatenation.", "direction_flip", 7, OBS,
      "Concatenation is often better than sum."),
    X("Raw counts perform better than TF-IDF weighting on the information retrieval task.",
      "direction_flip", 7, IR, "TF-IDF weighting performs better than raw counts."),
    X("Paragraph Vector gives a 16% relative improvement in error rate on the information "
      "retrieval task.", "wrong_number", 7, IR, "32%; 16% is SST's."),
    X("The information retrieval dataset uses the first 10 results for each of the 100,000 most "
      "popular queries.", "wrong_number", 6, IR, "1,000,000 queries; 100,000 is IMDB's reviews."),
    X("In IMDB, varying the window size between 5 and 12 makes the error rate fluctuate by 1.3%.",
      "wrong_number", 7, OBS, "0.7%; 1.3% is the improvement over the best previous result."),
    X("Each IMDB test document has 320 words on average.", "transposed_digits", 7, OBS,
      "230 words."),
    X("On SST, Paragraph Vector's fine-grained error rate is 2.4 points below the Recursive "
      "Neural Tensor Network's.", "cell_arithmetic", 5, T1,
      "54.3 - 51.3 = 3.0; 2.4 is the coarse-grained difference."),
    X("Word Vector Averaging has a lower coarse-grained error rate than Naive Bayes on SST.",
      "direction_flip", 5, T1, "19.9% > 18.2%."),
    X("SST sentence labels go from very negative to very positive on a scale from 0 to 5.",
      "wrong_number", 4, SST, "From 0.0 to 1.0."),
    X("On SST, Paragraph Vector concatenates the paragraph vector with 9 word vectors.",
      "wrong_number", 5, SSTP, "7 word vectors; 9 is the pre-pad length."),
    X("The information retrieval baselines are reported with raw counts.", "negation", 7, IR,
      "Only the results with TF-IDF weighting are reported."),
    # --- unverified --------------------------------------------------------------------------
    U("Paragraph Vector reaches 12.2% error on the SST development set.", 5, T1 + " " + SST,
      "Table 1 reports the test set; no development error is printed."),
    U("PV-DBOW alone reaches an error rate of 7.42% on IMDB.", 7, OBS,
      "7.42% is the combination of PV-DM and PV-DBOW; PV-DBOW alone is not reported."),
    U("Paragraph Vector reaches 3.82% error on the information retrieval task with a window "
      "size of 10.", 7, T3, "No window size is given for the retrieval task."),
    U("Training the IMDB paragraph vectors takes 30 minutes on a 16 core machine.", 7, OBS,
      "30 minutes is the time to compute the test set's vectors; training time is not given."),
    U("With PV-DM alone, Paragraph Vector reaches a coarse-grained SST error rate of 12.2%.", 5,
      T1 + " " + SSTP, "12.2% is the combination of PV-DBOW and PV-DM."),
)

REPORT = LabelledReport(
    file="01_paragraph_vector.md",
    title="Paragraph Vectors for Sentiment and Retrieval",
    date="2027-11-04",
    examines="Paragraph Vector (PV-DM, PV-DBOW) on SST, IMDB and a retrieval task",
    research_question="How well do paragraph vectors represent sentences and documents?",
    references=(PV,),
    rows=ROWS,
    quality_score=7.1,
)
