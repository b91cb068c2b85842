"""Red-team-11 report 4 (text with bare headings): rows, ranks and relative numbers of the two
papers. Paragraph Vector (arXiv 1405.4053): differences and relative improvements of Table 1,
2 and 3 cells (the paper's own 16%, 15% and 32% recomputed, one given to the wrong table),
concatenation against averaging (page 3), frozen word vectors at prediction time (page 3),
special characters kept as words (page 5), the neural network against a logistic classifier
(footnote 1, page 6), IMDB's two balanced labels (page 6). Faruqui and Dyer (E14-1049): the
best (bold) cell of a column in Tables 1 and 2 given to another row, the "respectively" pairs
of RG-65 and MC-30 swapped, significance of the RNN and SG drops, Figure 4's fixed length of
80 (page 8), one k for all tasks, the French corpora, footnote 7's weighted average. Labelled
from the page images (110 dpi) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row
from t1_doc2vec import IMDB, PV, SSTP, T1, T2, T3
from t2_multilingual import BENCH, FD, NEURAL, SETUP
from t2_multilingual import T1 as FT1
from t2_multilingual import T2 as FT2

PVDM3 = ("Section 2.2 (page 3): The paragraph vector and word vectors are averaged or "
         "concatenated to predict the next word in a context. In the experiments, we use "
         "concatenation as the method to combine the vectors ... At prediction time ... the "
         "parameters for the rest of the model, the word vectors W and the softmax weights, are "
         "fixed.")
SSTR = ("Page 5: Special characters such as ,.!? are treated as a normal word ... The first "
        "highlight for this Table is that bag-of-words or bag-of-n-grams models (NB, SVM, BiNB) "
        "perform poorly. Simply averaging the word vectors (in a bag-of-words fashion) does not "
        "improve the results.")
IMDB2 = ("Page 6: There are two types of labels: Positive and Negative. These labels are "
         "balanced in both the training and the test set. Footnote 1: In our experiments, the "
         "neural network did perform better than a linear logistic classifier in this task.")
FDSET = ("Pages 4-5: There are three other such kinds of relations: country-currency, man-woman, "
         "city-in-state ... for French we combined the WMT-2011 and 2012 monolingual news "
         "corpora ... We got these word alignment counts using cdec ... We then select the k "
         "that gives us the best average performance across language pairs, which is k = 80%, "
         "and evaluate the corresponding vectors on all other benchmarks. This prevents us from "
         "over-fitting k for every individual task. Footnote 7: We also tried weighted average "
         "of vectors across all aligned words and did not observe any significant difference in "
         "results.")
FIG4 = ("Figure 4 caption (page 8): Performance as a function of vector length on word "
        "similarity tasks. The monolingual vectors always have a fixed length of 80, they are "
        "just shown in the plots for comparison.")


def C(text, cat, page, ev, why="As printed.", paper=PV):
    return Row(text, True, 0.27, "confirmed", cat, paper, page, ev, why)


def X(text, cat, page, ev, why, paper=PV):
    return Row(text, True, 0.26, "contradicted", cat, paper, page, ev, why)


def U(text, page, ev, why, paper=PV):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", paper, page, ev, why)


# Fourth batch (labelled from the page images before it ran).
ROWS = (
    # --- Paragraph Vector ----------------------------------------------------------------------
    X("In the experiments, PV-DM averages the paragraph vector and the word vectors.",
      "negation", 3, PVDM3, "Concatenation is used in the experiments."),
    X("At prediction time, the word vectors are updated together with the new paragraph "
      "vector.", "negation", 3, PVDM3, "The word vectors and softmax weights are fixed."),
    X("On SST, special characters such as ,.!? are removed before training.", "negation", 5,
      SSTR, "They are treated as a normal word."),
    X("On IMDB, a linear logistic classifier performed better than the neural network.",
      "direction_flip", 6, IMDB2, "Footnote 1: the neural network performed better."),
    X("On SST, averaging word vectors improves over the bag-of-words models.",
      "direction_flip", 5, SSTR + " " + T1,
      "Averaging does not improve the results (19.9% against NB's 18.2%)."),
    C("On SST, bag-of-words and bag-of-n-grams models such as NB, SVM and BiNB perform poorly.",
      "paraphrase", 5, SSTR),
    C("The IMDB labels are balanced in both the training and the test set.", "paraphrase", 6,
      IMDB2),
    X("The IMDB dataset has three types of labels.", "wrong_count", 6, IMDB2,
      "Two types: Positive and Negative."),
    C("On SST, Paragraph Vector's coarse-grained error rate is 4.7 points below Bigram Naive "
      "Bayes'.", "cell_arithmetic", 5, T1, "16.9 - 12.2 = 4.7."),
    C("On SST, Paragraph Vector's fine-grained error rate is 6.8 points below Bigram Naive "
      "Bayes'.", "cell_arithmetic", 5, T1, "58.1 - 51.3 = 6.8."),
    X("On SST, Paragraph Vector's fine-grained error rate is 4.7 points below Bigram Naive "
      "Bayes'.", "cell_arithmetic", 5, T1, "58.1 - 51.3 = 6.8; 4.7 is coarse-grained."),
    C("Relative to the Recursive Neural Tensor Network, Paragraph Vector lowers the "
      "coarse-grained SST error rate by about 16%.", "cell_arithmetic", 5, T1 + " " + SSTP,
      "(14.6 - 12.2) / 14.6 = 16.4%; the paper says 16%."),
    C("On the retrieval task, Paragraph Vector's error rate is about 32% lower than that of "
      "Weighted Bag-of-bigrams.", "cell_arithmetic", 7, T3,
      "(5.67 - 3.82) / 5.67 = 32.6%; the paper says 32%."),
    X("On IMDB, Paragraph Vector's relative improvement over NBSVM-bi is 32%.", "wrong_number",
      6, T2 + " " + IMDB, "1.36 / 8.78 = 15.5%; the paper says 15%; 32% is the retrieval task's."),
    X("Paragraph Vector's 12.2% SST error rate was obtained with a window size of 10.",
      "wrong_number", 5, SSTP + " " + T1, "The optimal SST window size is 8; 10 is IMDB's."),
    # --- Faruqui and Dyer ------------------------------------------------------------------------
    X("Among the language pairs of Table 1, Fr-En reaches the best RG-65 correlation.",
      "unsupported_relation", 6, FT1, "De-En's 75.5 is best (bold); Fr-En 73.5.", paper=FD),
    C("Among the language pairs of Table 1, De-En reaches the best MC-30 correlation.",
      "table_cell", 6, FT1, "81.9 (bold).", paper=FD),
    X("Es-En has the best SYN-REL accuracy in Table 1.", "unsupported_relation", 6, FT1,
      "De-En's 45.5 is best; Es-En 44.5.", paper=FD),
    C("Es-En has the best SEM-REL accuracy in Table 1.", "table_cell", 6, FT1, "44.2 (bold).",
      paper=FD),
    X("Monolingual SG vectors give the best WS-SIM correlation in Table 2.",
      "unsupported_relation", 8, FT2, "Multilingual SG's 70.4 is best; monolingual 69.9.",
      paper=FD),
    C("Multilingual SVD vectors give the best RG-65 correlation of all vector types in Table 2.",
      "table_cell", 8, FT2, "62.7 (bold).", paper=FD),
    X("The drop of the RNN vectors' SEM-REL accuracy from 4.7 to 4.1 with multilingual context "
      "is statistically significant.", "negation", 7, NEURAL + " " + FT2,
      "For MC-30 and SEM-REL the small drop is not statistically significant.", paper=FD),
    C("For RNN vectors on MC-30, the small drop with multilingual context is not statistically "
      "significant.", "paraphrase", 7, NEURAL, paper=FD),
    X("For SG vectors, the SYN-REL loss from multilingual context is not statistically "
      "significant.", "negation", 7, NEURAL, "Significant (p < 0.05).", paper=FD),
    X("Multilingual SG vectors reach an accuracy of 47.8 on SEM-REL.", "neighbour_cell", 8, FT2,
      "46.5; 47.8 is the monolingual SG's.", paper=FD),
    X("Multilingual SVD vectors reach an accuracy of 13.5 on SEM-REL.", "neighbour_cell", 8,
      FT2, "23.4; 13.5 is the monolingual SVD's.", paper=FD),
    C("In Figure 4, the monolingual vectors always have a fixed length of 80.", "text_number", 8,
      FIG4, paper=FD),
    X("In Figure 4, the monolingual vectors have a fixed length of 48.", "wrong_number", 8, FIG4,
      "80; 48 is the multilingual vectors' Dim in Table 2.", paper=FD),
    X("The value of k is selected separately for every task.", "negation", 5, FDSET,
      "One k (80%) for all benchmarks, to prevent over-fitting k for every task.", paper=FD),
    C("The word alignment counts were obtained with cdec.", "paraphrase", 5, FDSET, paper=FD),
    X("For French, only the WMT-2011 monolingual news corpus was used.", "negation", 5, FDSET,
      "The WMT-2011 and 2012 corpora were combined for French.", paper=FD),
    C("Besides country-capital, the semantic relations include country-currency, man-woman and "
      "city-in-state.", "paraphrase", 4, FDSET, paper=FD),
    X("Using a weighted average of vectors across all aligned words significantly improved the "
      "results.", "negation", 5, FDSET, "Footnote 7: no significant difference.", paper=FD),
    X("The RG-65 and MC-30 datasets contain 30 and 65 pairs of nouns respectively.",
      "wrong_number", 4, BENCH, "65 and 30 respectively.", paper=FD),
    X("The RG-65 dataset contains 30 pairs of nouns.", "wrong_number", 4, BENCH,
      "65; 30 is MC-30's.", paper=FD),
    C("The MC-30 dataset contains 30 pairs of nouns.", "text_number", 4, BENCH, paper=FD),
    C("The MTurk-287 dataset has 287 pairs of words.", "text_number", 4, BENCH, paper=FD),
    U("For the Es-En pair alone, the best k for LSA vectors is 70%.", 5, FDSET,
      "k is chosen by the average across language pairs; per-pair values are not given.",
      paper=FD),
    U("The multilingual LSA vectors of Table 1 were trained on 600 million tokens.", 5,
      SETUP + " " + FT1, "Around 300 million tokens per language; no total for a pair is "
      "given.", paper=FD),
)

REPORT = LabelledReport(
    file="04_rows_and_ranks.txt",
    title="Ranks, Rows and Relative Gains in Two Embedding Papers",
    date="2027-11-07",
    examines="Which rows of Paragraph Vector's and the multilingual CCA paper's tables lead",
    research_question="Do the papers' rankings and relative gains match their tables?",
    references=(PV, FD),
    rows=ROWS,
    quality_score=7.0,
)
