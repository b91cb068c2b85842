"""Red-team-11 report 5 (Markdown): plain statements and settings the two papers never state.
Written because the corpus needed two fifths of confirmed claims and a fifth of unverified ones
(tests/test_real_claims.py asks every corpus for both): cells and sentences of Paragraph Vector
(arXiv 1405.4053, pages 2-7) and of Faruqui and Dyer (E14-1049, pages 4-8) as printed, and
training settings, splits, sizes, hardware and per-pair numbers neither paper reports (epochs,
learning rates, negatives, windows, annotators, dictionary sizes, numbers read off a figure).
Labelled from the page images (110 dpi) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row
from t1_doc2vec import IMDB, IR, OBS, PV, SST, SSTP, T1, T2, T3
from t2_multilingual import BENCH, FD, NEURAL, QUAL, SETUP
from t2_multilingual import T1 as FT1
from t2_multilingual import T2 as FT2

INTRO2 = ("Section 1 and 2.1 (page 2): The first approach, weighted averaging of word vectors, "
          "loses the word order ... it is general and applicable to texts of any length: "
          "sentences, paragraphs, and documents. It does not require task-specific tuning of the "
          "word weighting function nor does it rely on the parse trees ... the structure of the "
          "hierarical softmax is a binary Huffman tree, where short codes are assigned to "
          "frequent words. Figure 1: Context of three words (\"the,\" \"cat,\" and \"sat\") "
          "is used to predict the fourth word (\"on\").")
PVDM2 = ("Section 2.2 (page 3): every paragraph is mapped to a unique vector, represented by a "
         "column in matrix D ... we often call this model the Distributed Memory Model of "
         "Paragraph Vectors (PV-DM) ... We can feed these features directly to conventional "
         "machine learning techniques such as logistic regression, support vector machines or "
         "K-means.")
EVAL = ("Sections 4.1-4.3 (pages 4-5): We calculate similarity between a given pair of words by "
        "the cosine similarity between their corresponding vector representation. We then "
        "report Spearman's rank correlation coefficient ... between the rankings produced by our "
        "model against the human rankings ... We use the vector offset method described in "
        "Mikolov et al. (2013a) ... nine such different kinds of relations: adjective-adverb, "
        "opposites, comaparative, superlative, present-participle, nation-nationality, past "
        "tense, plural nouns and plural verbs.")
RNNSG = ("Sections 6.1-6.2 (page 7): the word representations are found in the columns of U ... "
         "We used the tool [word2vec] for obtaining these word vectors with default settings.")
FIG2 = ("Section 5.4 (page 6): The untransformed LSA vectors are in the upper part of Fig. 2, and "
        "the CCA-projected vectors are in the lower part.")


def C(text, cat, page, ev, why="As printed.", paper=PV):
    return Row(text, True, 0.27, "confirmed", cat, paper, page, ev, why)


def U(text, page, ev, why="Not reported.", paper=PV):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", paper, page, ev, why)


# Fifth batch (labelled from the page images before it ran).
ROWS = (
    # --- confirmed: Paragraph Vector -----------------------------------------------------------
    C("Paragraph Vector does not rely on parse trees.", "paraphrase", 2, INTRO2),
    C("Paragraph Vector is applicable to texts of any length: sentences, paragraphs and "
      "documents.", "paraphrase", 2, INTRO2),
    C("The hierarchical softmax is a binary Huffman tree that assigns short codes to frequent "
      "words.", "paraphrase", 2, INTRO2),
    C("Weighted averaging of word vectors loses the word order.", "paraphrase", 2, INTRO2),
    C("In Figure 1, the context words 'the', 'cat' and 'sat' are used to predict the fourth word, "
      "'on'.", "paraphrase", 2, INTRO2),
    C("Each paragraph is mapped to a unique vector, represented by a column in matrix D.",
      "paraphrase", 3, PVDM2),
    C("Paragraph vectors can be fed to logistic regression, support vector machines or "
      "K-means.", "paraphrase", 3, PVDM2),
    C("The model is called the Distributed Memory Model of Paragraph Vectors (PV-DM).",
      "paraphrase", 3, PVDM2),
    C("The SST validation set has 1101 sentences.", "text_number", 4, SST),
    C("The IMDB dataset has 25,000 labeled test instances.", "text_number", 6, IMDB),
    C("On SST, Paragraph Vector lowers the coarse-grained error rate from the Recursive Neural "
      "Tensor Network's 14.6% to 12.2%.", "table_cell", 5, T1),
    C("On IMDB, NBSVM-uni has an error rate of 11.71%.", "table_cell", 6, T2),
    C("MNB-bi reaches an error rate of 13.41% on IMDB.", "table_cell", 6, T2),
    C("WRRBM has an error rate of 12.58% on IMDB.", "table_cell", 6, T2),
    C("Bag-of-words has an error rate of 8.10% on the information retrieval task.",
      "table_cell", 7, T3),
    C("Vector Averaging has an error rate of 10.25% on the information retrieval task.",
      "table_cell", 7, T3),
    C("SVMs have a fine-grained SST error rate of 59.3%.", "table_cell", 5, T1),
    C("Matrix Vector-RNN has a coarse-grained SST error rate of 17.1%.", "table_cell", 5, T1),
    # --- confirmed: Faruqui and Dyer -------------------------------------------------------------
    C("The monolingual English vectors reach a correlation of 46.7 on WS-353.", "table_cell", 6,
      FT1, paper=FD),
    C("The De-En vectors reach 81.9 on MC-30.", "table_cell", 6, FT1, paper=FD),
    C("The Fr-En vectors reach 65.7 on WS-REL.", "table_cell", 6, FT1, paper=FD),
    C("The Es-En vectors reach 78.2 on MC-30.", "table_cell", 6, FT1, paper=FD),
    C("Table 1's Average row gives an RG-65 correlation of 62.0.", "table_cell", 6, FT1,
      paper=FD),
    C("Monolingual SVD vectors reach 34.8 on WS-353.", "table_cell", 8, FT2, paper=FD),
    C("Multilingual RNN vectors reach 43.8 on MTurk.", "table_cell", 8, FT2, paper=FD),
    C("Monolingual SG vectors reach 66.9 on MTurk.", "table_cell", 8, FT2, paper=FD),
    C("In Figure 2, the untransformed LSA vectors are in the upper part and the CCA-projected "
      "vectors in the lower part.", "paraphrase", 6, FIG2, paper=FD),
    C("Word similarity is the cosine similarity of the two word vectors, scored by Spearman's "
      "rank correlation against human rankings.", "paraphrase", 4, EVAL, paper=FD),
    C("The semantic relation analogies are solved with the vector offset method of Mikolov et "
      "al. (2013a).", "paraphrase", 4, EVAL, paper=FD),
    C("The syntactic relations include adjective-adverb, opposites, comparative and "
      "superlative.", "paraphrase", 5, EVAL, paper=FD),
    C("In the RNN model, the word representations are found in the columns of U.",
      "paraphrase", 7, RNNSG, paper=FD),
    C("The skip-gram vectors were obtained with the word2vec tool using default settings.",
      "paraphrase", 7, RNNSG, paper=FD),
    # --- unverified: Paragraph Vector ----------------------------------------------------------
    U("Paragraph Vector was trained for 10 epochs on IMDB.", 6, IMDB),
    U("The SST paragraph vectors were trained with a learning rate of 0.025.", 5, SSTP),
    U("Inferring the vectors of the SST test sentences takes 5 minutes.", 7, OBS,
      "Only the IMDB test set's time (30 minutes) is given."),
    U("Paragraph Vector's fine-grained SST error rate on the validation set is 50.1%.", 5, T1,
      "Only test errors are printed."),
    U("The IMDB training reviews have 230 words on average.", 7, OBS,
      "230 words is the average of the test set's documents."),
    U("The IMDB paragraph vectors were trained on a 32-core machine.", 7, OBS,
      "A 16 core machine computes the test vectors; training hardware is not given."),
    U("The weighting matrix of Weighted Bag-of-bigrams has 1,000 rows.", 7, IR),
    U("Paragraph Vector's retrieval error rate on the validation split is 3.82%.", 7, T3 + " " + IR,
      "Table 3 does not say which split; the 80/10/10 split's validation set selects "
      "hyperparameters."),
    U("The Recursive Neural Tensor Network was trained with 25-dimensional word vectors.", 5, T1),
    U("PV-DBOW alone reaches a coarse-grained SST error rate of 12.2%.", 5, T1 + " " + SSTP,
      "12.2% is the combination of PV-DBOW and PV-DM."),
    U("The 50 hidden units of the IMDB network use a tanh activation.", 6, IMDB),
    U("The IMDB neural network was trained for 100 epochs.", 6, IMDB),
    U("On the retrieval task, Paragraph Vector uses a window size of 10 words.", 7, IR,
      "10 is IMDB's window; none is given for retrieval."),
    U("Each SST phrase was labelled by three annotators.", 4, SST),
    U("With a window size of 12, Paragraph Vector's IMDB error rate drops to 7.0%.", 7, OBS,
      "Only a 0.7% fluctuation between 5 and 12 is reported."),
    U("Paragraph Vector's SST model was trained for 20 epochs.", 5, SSTP),
    U("The Wang and Manning baselines were tuned on a validation split of 5,000 IMDB reviews.", 6,
      T2),
    U("The retrieval dataset's snippets are 30 words long on average.", 7, IR),
    U("Bag-of-bigrams on the retrieval task uses 100,000 bigram features.", 7, IR),
    # --- unverified: Faruqui and Dyer ------------------------------------------------------------
    U("The CCA projection of the De-En pair took 3 hours.", 5, SETUP, paper=FD),
    U("The RNN vectors were trained for 10 epochs.", 7, NEURAL, paper=FD),
    U("The skip-gram vectors were trained with 10 negative samples.", 7, NEURAL,
      "Default settings; no number is printed.", paper=FD),
    U("The German LSA vectors reach 55.0 on a German translation of WS-353.", 6, FT1,
      "Only English benchmarks are evaluated.", paper=FD),
    U("On the country-capital relation alone, the De-En vectors reach 60.1 accuracy.", 6, FT1,
      "SEM-REL is reported as a whole.", paper=FD),
    U("The WS-353 inter-annotator agreement is 0.61.", 4, BENCH, paper=FD),
    U("The multilingual SVD vectors reach 58.1 on WS-353 with the Fr-En pair.", 8, FT2,
      "Table 2's language pair is not given.", paper=FD),
    U("Multilingual SG vectors with 64 dimensions reach 65.0 on WS-353.", 8, FT2,
      "Figure 4 plots lengths but prints no numbers.", paper=FD),
    U("In Figure 3, the De-En vectors reach 68 on WS-353 at 1100 dimensions.", 6, FT1,
      "Figure 3 prints no numbers.", paper=FD),
    U("The monolingual English LSA vectors reach 46.7 on WS-353 with a window of 5 words.", 6,
      FT1, "The window length is not given.", paper=FD),
    U("The t-SNE plot of Figure 2 uses a perplexity of 30.", 6, QUAL, paper=FD),
    U("The Fr-En improvement on SEM-REL is statistically significant at p < 0.001.", 5, SETUP,
      "p < 0.01 is given for the average improvement.", paper=FD),
    U("The parallel news commentary corpora contain 2 million sentence pairs.", 5, SETUP,
      paper=FD),
    U("The MTurk-287 ratings were collected from 10 workers per pair.", 4, BENCH, paper=FD),
    U("The LSA co-occurrence window spans 5 words on each side of the target word.", 4, BENCH,
      "'a given window length'; no length is printed.", paper=FD),
    U("For SVD vectors with the Es-En pair, multilingual context improves WS-353 by 20 points.",
      8, FT2, "Table 2 gives no per-pair results.", paper=FD),
    U("The syntactic relation pairs were lower-cased before evaluation.", 5, EVAL, paper=FD),
    U("Most of the 107 out-of-vocabulary semantic pairs come from the city-in-state relation.",
      4, BENCH, paper=FD),
    U("The Es-En translation dictionary has 50,000 word pairs.", 5, SETUP, paper=FD),
    U("The WS-SIM fragment has 203 word pairs.", 4, BENCH, paper=FD),
    U("The WS-REL fragment has 252 word pairs.", 4, BENCH, paper=FD),
)

REPORT = LabelledReport(
    file="05_settings_and_statements.md",
    title="What Paragraph Vector and Multilingual CCA Report, and What They Leave Out",
    date="2027-11-08",
    examines="Statements, cells and unreported settings of the two papers",
    research_question="Which details of the two papers can a reader check?",
    references=(PV, FD),
    rows=ROWS,
    quality_score=7.2,
)
