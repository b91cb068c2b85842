"""Held-out-15 report 1 (Markdown): Joulin, Grave, Bojanowski, Mikolov, Bag of Tricks for
Efficient Text Classification (EACL 2017, arXiv 1607.01759; two columns, 5 pages). Table 1
(page 3) crosses eight models with eight sentiment datasets (test accuracy); Table 2 (page 3)
gives training times per epoch; Table 3 (page 3) compares with Tang et al. (2015) on Yelp and
IMDB; Table 5 (page 4) gives prec@1 and train/test times of tag prediction on YFCC100M.
Natural claims, labelled from the page images (110 dpi, tables at 200 dpi) and
`pdftotext -layout` (to copy digits) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

FT = "1607.01759"  # Joulin, Grave, Bojanowski, Mikolov; EACL 2017

T1 = ("Table 1 (Test accuracy [%] on sentiment datasets; fastText has 10 hidden units, with and "
      "without bigrams): columns AG, Sogou, DBP, Yelp P., Yelp F., Yah. A., Amz. F., Amz. P.; "
      "BoW (Zhang et al., 2015) 88.8 92.9 96.6 92.2 58.0 68.9 54.6 90.4; ngrams 92.0 97.1 98.6 "
      "95.6 56.3 68.5 54.3 92.0; ngrams TFIDF 92.4 97.2 98.7 95.4 54.8 68.5 52.4 91.5; char-CNN "
      "87.2 95.1 98.3 94.7 62.0 71.2 59.5 94.5; char-CRNN 91.4 95.2 98.6 94.5 61.8 71.7 59.2 "
      "94.1; VDCNN 91.3 96.8 98.7 95.7 64.7 73.4 63.0 95.7; fastText, h = 10 91.5 93.9 98.1 93.8 "
      "60.4 72.0 55.8 91.2; fastText, h = 10, bigram 92.5 96.8 98.6 95.7 63.9 72.3 60.2 94.6")
T2 = ("Table 2 (Training time for a single epoch; small char-CNN, big char-CNN, VDCNN depth=9, "
      "17, 29, fastText h = 10, bigram): AG 1h 3h 24m 37m 51m 1s; ... Amz. P. 2d 5d 2h45 4h25 7h "
      "10s")
T3 = ("Table 3 (Comparison with Tang et al. (2015); Yelp'13 Yelp'14 Yelp'15 IMDB): SVM+TF 59.8 "
      "61.8 62.4 40.5; CNN 59.7 61.0 61.5 37.5; Conv-GRNN 63.7 65.5 66.0 42.5; LSTM-GRNN 65.1 "
      "67.1 67.6 45.3; fastText 64.2 66.2 66.6 45.2")
T5 = ("Table 5 (Prec@1 on the test set for tag prediction on YFCC100M; prec@1, Running time "
      "Train, Test): Freq. baseline 2.2 - -; Tagspace, h = 50 30.1 3h8 6h; Tagspace, h = 200 "
      "35.6 5h32 15h; fastText, h = 50 31.2 6m40 48s; fastText, h = 50, bigram 36.7 7m47 50s; "
      "fastText, h = 200 41.1 10m34 1m29; fastText, h = 200, bigram 46.1 13m38 1m37")
RES = ("Section 3.1 Results (page 3): We use 10 hidden units and run fastText for 5 epochs ... "
       "adding bigram information improves the performance by 1-4%. Overall our accuracy is "
       "slightly better than char-CNN and char-CRNN and, a bit worse than VDCNN. ... for example "
       "with trigrams, the performance on Sogou goes up to 97.1%. ... Unlike Tang et al. (2015), "
       "fastText does not use pre-trained word embeddings, which can be explained the 1% "
       "difference in accuracy.")
TAG = ("Section 3.2 (page 4): The train set contains 91,188,648 examples (1.5B tokens). The "
       "validation has 930,497 examples and the test set 543,424. The vocabulary size is 297,141 "
       "and there are 312,116 unique tags.")
SPEED = ("Section 3.2 (page 4): Both models achieve a similar performance with a small hidden "
         "layer, but adding bigrams gives us a significant boost in accuracy. ... The speedup of "
         "the test phase is even more significant (a 600x speedup).")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.31, "confirmed", cat, FT, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.28, "contradicted", cat, FT, page, ev, why)


def U(text, page, ev, why, cat="unsupported_relation"):
    return Row(text, False, 0.22, "unverified", cat, FT, page, ev, why)


ROWS = (
    # --- confirmed -----------------------------------------------------------------------------
    C("With bigrams, fastText reaches 92.5% test accuracy on AG News.", "table_cell", 3, T1),
    C("On Yelp Full, the bigram version of fastText scores 63.9%, a little below VDCNN's 64.7%.",
      "table_cell", 3, T1),
    C("Without bigrams, fastText with 10 hidden units gets 72.0% on Yahoo Answers.",
      "table_cell", 3, T1),
    C("The TFIDF-weighted n-gram baseline of Zhang et al. reaches 97.2% on Sogou.",
      "table_cell", 3, T1),
    C("char-CRNN reaches 94.1% on Amazon Polarity.", "table_cell", 3, T1),
    C("On Yelp Polarity, the bigram fastText model ties VDCNN at 95.7%.", "table_cell", 3, T1),
    C("Adding bigrams lifts fastText on Amazon Full from 55.8% to 60.2%, a gain of 4.4 points.",
      "cell_arithmetic", 3, T1, "60.2 - 55.8 = 4.4."),
    C("On Sogou, bigrams add 2.9 points to fastText (93.9 to 96.8).", "cell_arithmetic", 3, T1,
      "96.8 - 93.9 = 2.9."),
    C("On the three Yelp review sets of Tang et al., fastText averages 65.7% accuracy.",
      "cell_arithmetic", 3, T3, "(64.2 + 66.2 + 66.6) / 3 = 65.67."),
    C("Adding bigram information improves sentiment accuracy by 1-4%.", "text_number", 3, RES),
    C("Using trigrams pushes fastText's accuracy on Sogou up to 97.1%.", "text_number", 3, RES),
    C("The n-grams are hashed into 10M bins when only bigrams are used, and 100M otherwise.",
      "text_number", 2,
      "Section 2.2 (page 2): We maintain a fast and memory efficient mapping of the n-grams by "
      "using the hashing trick ... and 10M bins if we only used bigrams, and 100M otherwise."),
    C("The YFCC100M training set holds 91,188,648 examples, about 1.5B tokens.", "text_number",
      4, TAG),
    C("The tag prediction data has a vocabulary of 297,141 words and 312,116 unique tags.",
      "text_number", 4, TAG),
    C("Compared with neural network based methods, fastText's speed-up grows with the dataset, "
      "up to at least 15,000 times.", "text_number", 4,
      "Section 3.1, Training time (page 4): Our speed-up compared to neural network based methods "
      "increases with the size of the dataset, going up to at least a 15,000x speed-up."),
    C("With 200 hidden units and bigrams, fastText reaches a prec@1 of 46.1 on YFCC100M.",
      "table_cell", 4, T5),
    C("Tagspace with 200 hidden units needs 5h32 of training and 15h at test time.",
      "table_cell", 4, T5),
    C("fastText trains an epoch on Amazon Polarity in 10 seconds, against 7 hours for the "
      "29-layer VDCNN.", "table_cell", 3, T2),
    C("Unlike Tang et al., fastText uses no pre-trained word embeddings, which the authors say "
      "explains the 1% gap in accuracy.", "paraphrase", 3, RES),
    C("The hierarchical softmax brings the training complexity down from O(kh) to "
      "O(h log2(k)).", "paraphrase", 2,
      "Section 2.1 (page 2): More precisely, the computational complexity is O(kh) ... During "
      "training, the computational complexity drops to O(h log2(k))."),
    C("The authors' own implementation runs at least 2-5 times faster than Vowpal Wabbit.",
      "paraphrase", 2,
      "Section 3 (page 2): Note that our model could be implemented with the Vowpal Wabbit "
      "library, but we observe in practice, that our tailored implementation is at least 2-5x "
      "faster."),
    C("On the Tang et al. comparison, LSTM-GRNN stays marginally ahead of fastText on IMDB, "
      "45.3% against 45.2%.", "table_cell", 3, T3),
    C("Both char-CNN and VDCNN are trained on an NVIDIA Tesla K40 GPU, whereas fastText runs on "
      "a CPU with 20 threads.", "paraphrase", 3,
      "Section 3.1, Training time (page 3): Both char-CNN and VDCNN are trained on a NVIDIA Tesla "
      "K40 GPU, while our models are trained on a CPU using 20 threads."),
    # --- contradicted ---------------------------------------------------------------------------
    X("Adding bigrams raises the prec@1 of the 200-unit fastText tagger by 4.9 points, from "
      "41.1 to 46.1.", "cell_arithmetic", 4, T5, "46.1 - 41.1 = 5.0, not 4.9."),
    X("fastText is trained for 10 epochs on the sentiment datasets.", "wrong_number", 3, RES,
      "5 epochs."),
    X("With bigrams, fastText reaches 62.0% on Amazon Full.", "transposed_digits", 3, T1,
      "The cell is 60.2."),
    X("fastText with bigrams reaches 73.2% on Yahoo Answers.", "transposed_digits", 3, T1,
      "The cell is 72.3."),
    X("Tagspace with 50 hidden units reaches a prec@1 of 31.0 on YFCC100M.", "transposed_digits",
      4, T5, "The cell is 30.1."),
    X("VDCNN reaches 73.4% on Amazon Full.", "neighbour_cell", 3, T1,
      "VDCNN's Amz. F. cell is 63.0; 73.4 is its Yah. A. cell."),
    X("Without bigrams, fastText scores 98.6% on DBpedia.", "neighbour_cell", 3, T1,
      "98.1 without bigrams; 98.6 is the bigram row."),
    X("fastText with 50 hidden units and bigrams reaches a prec@1 of 41.1.", "neighbour_cell", 4,
      T5, "36.7; 41.1 is the h = 200 row without bigrams."),
    X("On AG News, the char-CNN of Zhang and LeCun is more accurate than the bag-of-words "
      "baseline.", "direction_flip", 3, T1, "87.2 against 88.8: char-CNN is behind."),
    X("Overall, fastText's sentiment accuracy falls slightly short of char-CNN and char-CRNN.",
      "direction_flip", 3, RES, "The paper says slightly better than char-CNN and char-CRNN."),
    X("On tag prediction, adding bigrams brings no real gain in accuracy.", "negation", 4, SPEED,
      "The paper says bigrams give a significant boost (31.2 to 36.7, 41.1 to 46.1)."),
    X("The GRNNs of Tang et al. need well under an hour per epoch on a single CPU thread.",
      "negation", 3,
      "Section 3.1, Training time (page 3): The GRNNs method of Tang et al. (2015) takes around "
      "12 hours per epoch on CPU with a single thread.", "Around 12 hours per epoch."),
    X("fastText is compared with the baselines on the same six sentiment datasets as Zhang et "
      "al. (2015).", "wrong_count", 2,
      "Section 3.1 (page 2): We employ the same 8 datasets and evaluation protocol of Zhang et "
      "al. (2015).", "Eight datasets, not six."),
    X("At test time, fastText tags about 60 times faster than Tagspace.", "wrong_number", 4,
      SPEED, "A 600x speedup of the test phase."),
    X("The frequency baseline reaches a prec@1 of 12.2 on YFCC100M.", "wrong_number", 4, T5,
      "2.2."),
    # --- unverified -----------------------------------------------------------------------------
    U("fastText's large gain from bigrams on Yelp Full comes from the longer reviews of that "
      "dataset.", 3, T1, "The paper gives no cause for the per-dataset gains."),
    U("With 200 hidden units and bigrams, fastText would also beat VDCNN on every sentiment "
      "dataset.", 3, f"{T1}. {T5}", "The 200-unit model is run only for tag prediction."),
    U("fastText with trigrams reaches 64.5% on Yelp Full.", 3, RES,
      "Trigram results are given only for Sogou (97.1%)."),
    U("Trained on a GPU, fastText would need under a second per epoch on every sentiment "
      "dataset.", 3, T2, "fastText is only timed on a CPU."),
    U("fastText with 50 hidden units reaches 93.2% on AG News.", 3, f"{T1}. {T5}",
      "The 50-unit model is run only for tag prediction; sentiment runs use 10 units."),
    U("Xiao and Cho's char-CRNN relies on data augmentation to reach 61.8% on Yelp Full.", 3, T1,
      "The caption speaks of data augmentation for char-CNN only; nothing on char-CRNN's "
      "training data."),
    U(cut("With bigrams and ten hidden units, fastText reaches 98.6% accuracy on DBpedia, level "
          "with the n-gram baseline of Zhang et al. and with char-CRNN, yet below VDCNN's "
          "98.7%."), 3, T1,
      "The surviving part is right, the rest of the claim is lost.", "truncated"),
    Row(cut("On Yahoo Answers, fastText with bigrams reaches 74.3% accuracy, which would place it "
            "ahead of VDCNN's 73.4% and of every other model in the table."), True, 0.3,
        "contradicted", "truncated", FT, 3, T1,
        "The surviving part is already false: the bigram cell is 72.3."),
)

REPORT = LabelledReport(
    file="01_fasttext_classification.md",
    title="Linear Baselines for Text Classification at Scale: Accuracy and Speed",
    date="2027-07-02",
    examines="the accuracy and training speed of fastText against neural text classifiers",
    research_question="How close do linear bag-of-n-gram classifiers come to deep models, and "
                      "at what cost?",
    references=(FT,),
    rows=ROWS,
    quality_score=7.1,
)
