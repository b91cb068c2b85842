"""Blind report 2 (Markdown pipe table): Wang et al.'s attention-based LSTMs for aspect-level
sentiment classification (D16-1058) and Yang et al.'s hierarchical attention networks
(N16-1174). Labelled from the page images (`pdftoppm -r 110`, tables zoomed at 200 dpi) and
`pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

WA = "D16-1058"  # Wang, Huang, Zhao and Zhu, EMNLP 2016, pages 606-615
HY = "N16-1174"  # Yang, Yang, Dyer, He, Smola and Hovy, NAACL 2016, pages 1480-1489

A1 = "Table 1 (Aspects distribution per sentiment class)"
A2 = "Table 2 (Accuracy on aspect level polarity classification about restaurants)"
A3 = "Table 3 (Accuracy on aspect term polarity classification about restaurants)"
A4 = "Table 4 (Accuracy on aspect term polarity classification about laptops)"
T2 = "Table 2 (Document Classification, in percentage)"
R = Row
ROWS = (
    # --- numbers printed in sentences ------------------------------------------------------
    R("About 5% of the words are out of vocabulary; they are initialized from U(-0.01, 0.01).",
      True, 0.26, "confirmed", "text_number", WA, 5,
      "§3.5: 'The percentage of out-of-vocabulary words is about 5%, and they are randomly "
      "initialized from U(-e, e), where e = 0.01.'", "As printed."),
    R("The models were trained with a batch size of 25 and an initial AdaGrad learning rate of "
      "0.01.", True, 0.29, "confirmed", "text_number", WA, 6,
      "§4: 'We trained all models with a batch size of 25 examples, and a momentum of 0.9, "
      "L2-regularization weight of 0.001 and initial learning rate of 0.01 for AdaGrad.'",
      "As printed."),
    R("Word vectors, aspect embeddings and hidden layers all have dimension 300.", True, 0.21,
      "confirmed", "text_number", WA, 6,
      "§4: 'The dimension of word vectors, aspect embeddings and the size of hidden layer are "
      "300.'", "As printed."),
    R("The L2-regularization weight was set to 0.001.", False, 0.17, "confirmed",
      "text_number", WA, 6, "§4: '... L2-regularization weight of 0.001 ...'", "As printed."),
    R("For Amazon reviews, 3,000,000 reviews are used for training and 650,000 for testing.",
      True, 0.24, "confirmed", "text_number", HY, 4,
      "§3.1, Amazon reviews: '3,000,000 reviews are used for training and 650,000 reviews for "
      "testing.'", "As printed."),
    R("HAN keeps only words that occur more than 5 times in its vocabulary.", True, 0.19,
      "confirmed", "text_number", HY, 5,
      "§3.3: 'We only retain words appearing more than 5 times in building the vocabulary'",
      "As printed."),
    # --- numbers printed only in table cells ------------------------------------------------
    R("ATAE-LSTM reaches 84.0% three-way accuracy on the restaurant aspects.", True, 0.36,
      "confirmed", "table_cell", WA, 6, f"{A2}, row ATAE-LSTM, column Three-way: 84.0",
      "Only in the table."),
    R("TC-LSTM obtains 81.9 on three-way aspect-level classification.", True, 0.20,
      "confirmed", "table_cell", WA, 6, f"{A2}, row TC-LSTM, column Three-way: 81.9",
      "Only in the table."),
    R("For aspect terms in restaurant reviews, ATAE-LSTM scores 77.2 on the three-way task.",
      True, 0.28, "confirmed", "table_cell", WA, 7, f"{A3}, row ATAE-LSTM, column Three-way: "
      "77.2", "Only in the table."),
    R("On laptops, AE-LSTM achieves 68.9 three-way accuracy.", True, 0.22, "confirmed",
      "table_cell", WA, 7, f"{A4}, row AE-LSTM, column Three-way: 68.9", "Only in the table."),
    R("The training data has 867 positive food instances.", False, 0.15, "confirmed",
      "table_cell", WA, 6, f"{A1}, row Fo., column Positive / Train: 867",
      "Only in the table."),
    R("The test set contains 222 negative aspect instances in total.", True, 0.18,
      "confirmed", "table_cell", WA, 6, f"{A1}, row Total, column Negative / Test: 222",
      "Only in the table."),
    R("HN-ATT reaches 75.8 on Yahoo Answers.", True, 0.31, "confirmed", "table_cell", HY, 6,
      f"{T2}, row HN-ATT, column Yahoo Answer: 75.8", "Only in the table."),
    R("The Yahoo Answer data has a vocabulary of 1,554,607.", True, 0.16, "confirmed",
      "table_cell", HY, 5, "Table 1 (Data statistics), row Yahoo Answer, column vocabulary: "
      "1,554,607", "Only in the table."),
    # --- differences and averages of cells ----------------------------------------------------
    R("ATAE-LSTM improves on the plain LSTM by 2.0 points of three-way accuracy for restaurant "
      "aspects.", True, 0.33, "confirmed", "cell_arithmetic", WA, 6,
      f"{A2}, column Three-way: ATAE-LSTM 84.0, LSTM 82.0", "84.0 - 82.0 = 2.0."),
    R("On restaurant aspect terms, ATAE-LSTM is 1.6 points above TD-LSTM in three-way "
      "accuracy.", True, 0.23, "confirmed", "cell_arithmetic", WA, 7,
      f"{A3}, column Three-way: ATAE-LSTM 77.2, TD-LSTM 75.6", "77.2 - 75.6 = 1.6."),
    R("On laptops, AE-LSTM is 0.2 points ahead of ATAE-LSTM in three-way accuracy.", False,
      0.14, "confirmed", "cell_arithmetic", WA, 7,
      f"{A4}, column Three-way: AE-LSTM 68.9, ATAE-LSTM 68.7", "68.9 - 68.7 = 0.2."),
    R("The training split holds 3,518 aspect instances across the three polarities.", True,
      0.19, "confirmed", "cell_arithmetic", WA, 6,
      f"{A1}, row Total, Train columns: Positive 2179, Negative 839, Neural 500",
      "2179 + 839 + 500 = 3518."),
    R("On Yelp 2013, HN-ATT is 4.5 points above Tang et al.'s Conv-GRNN.", True, 0.21,
      "confirmed", "cell_arithmetic", HY, 6, f"{T2}, column Yelp'13: HN-ATT 68.2, Conv-GRNN "
      "63.7", "68.2 - 63.7 = 4.5."),
    # --- statements in other words ------------------------------------------------------------
    R("In Table 2, TC-LSTM does worse than both the plain LSTM and TD-LSTM.", True, 0.25,
      "confirmed", "paraphrase", WA, 7,
      "§4.3: 'It is worth noting that TC-LSTM performs worse than LSTM and TD-LSTM in Table "
      "2.'", "Same statement (Three-way 81.9 < 82.0, 82.6)."),
    R("The classifiers predict one of three labels: positive, negative or neutral.", True,
      0.22, "confirmed", "paraphrase", WA, 4,
      "§3.1: 'In our work, the set of class labels is {positive, negative, neutral}.'",
      "Same statement."),
    R("Both the word embeddings and the aspect embeddings are updated during training.", True,
      0.20, "confirmed", "paraphrase", WA, 5,
      "§3.5: 'The word embedding and aspect embedding are optimized during training.'",
      "Same statement."),
    R("In ATAE-LSTM the aspect embedding is appended to every word's input vector.", True,
      0.27, "confirmed", "paraphrase", WA, 4,
      "§3.4: 'we append the input aspect embedding into each word input vector.'",
      "Same statement."),
    R("The word embeddings of HAN are initialized from a word2vec model trained on the "
      "training and validation splits.", True, 0.18, "confirmed", "paraphrase", HY, 5,
      "§3.3: 'We obtain the word embedding by training an unsupervised word2vec ... model on "
      "the training and validation splits and then use the word embedding to initialize W_e.'",
      "Same statement."),
    R("Neural models that ignore document hierarchy, such as LSTM and CNN-word, have little "
      "advantage over traditional methods on large-scale document classification.", True, 0.23,
      "confirmed", "paraphrase", HY, 5,
      "§3.4: 'neural network based methods that do not explore hierarchical document "
      "structure, such as LSTM, CNN-word, CNN-char have little advantage over traditional "
      "methods for large scale (in terms of document size) text classification.'",
      "Same statement."),
    # --- a different number for the same measure ------------------------------------------
    R("Roughly 15% of the words are out of vocabulary.", True, 0.19, "contradicted",
      "wrong_number", WA, 5, "§3.5: 'The percentage of out-of-vocabulary words is about 5%'",
      "About 5%, not 15%."),
    R("Models were trained in batches of 50 examples.", True, 0.16, "contradicted",
      "wrong_number", WA, 6, "§4: 'a batch size of 25 examples'", "25, not 50."),
    R("HAN uses 300-dimensional word embeddings.", True, 0.20, "contradicted", "wrong_number",
      HY, 5, "§3.3: 'we set the word embedding dimension to be 200'", "200, not 300."),
    # --- digits swapped -------------------------------------------------------------------
    R("ATAE-LSTM reaches 98.9 on the binary restaurant aspect task.", True, 0.30,
      "contradicted", "transposed_digits", WA, 6,
      f"{A2}, row ATAE-LSTM, column Pos./Neg.: 89.9", "89.9 with two digits swapped."),
    R("The training data holds 876 positive food instances.", False, 0.13, "contradicted",
      "transposed_digits", WA, 6, f"{A1}, row Fo., column Positive / Train: 867",
      "867 with its last two digits swapped."),
    R("The Yelp 2013 reviews average 115.6 words.", True, 0.17, "contradicted",
      "transposed_digits", HY, 5, "Table 1, row Yelp 2013, column average #w: 151.6",
      "151.6 with two digits swapped."),
    # --- the value of a neighbouring row or column ----------------------------------------
    R("On laptops, ATAE-LSTM reaches 68.9 three-way accuracy.", True, 0.27, "contradicted",
      "neighbour_cell", WA, 7, f"{A4}, column Three-way: ATAE-LSTM 68.7 (68.9 is AE-LSTM)",
      "The value of the neighbouring row."),
    R("AT-LSTM achieves 89.6 three-way accuracy on restaurant aspects.", True, 0.21,
      "contradicted", "neighbour_cell", WA, 6,
      f"{A2}, row AT-LSTM: Three-way 83.1 (89.6 is its Pos./Neg. column)",
      "The value of the neighbouring column."),
    R("Tang et al.'s LSTM-GRNN scores 63.7 on Yelp 2013.", True, 0.18, "contradicted",
      "neighbour_cell", HY, 6, f"{T2}, column Yelp'13: LSTM-GRNN 65.1 (63.7 is Conv-GRNN)",
      "The value of the neighbouring row."),
    # --- the opposite direction -----------------------------------------------------------
    R("For laptop aspect terms, ATAE-LSTM beats AE-LSTM on the three-way task.", True, 0.24,
      "contradicted", "direction_flip", WA, 7,
      f"{A4}, column Three-way: ATAE-LSTM 68.7 < AE-LSTM 68.9 (bold)", "The opposite direction."),
    R("TC-LSTM outperforms the plain LSTM on three-way aspect-level classification.", True,
      0.18, "contradicted", "direction_flip", WA, 7,
      f"§4.3: 'TC-LSTM performs worse than LSTM and TD-LSTM in Table 2'; {A2}: TC-LSTM 81.9 "
      "< LSTM 82.0", "The opposite direction."),
    R("Grouping documents of similar length into a batch slows training down.", False, 0.15,
      "contradicted", "direction_flip", HY, 5,
      "§3.3: 'We find that length-adjustment can accelerate training by three times.'",
      "The opposite direction."),
    # --- the paper's statement denied in other words --------------------------------------
    R("Wang et al. keep the aspect embeddings frozen throughout training.", True, 0.22,
      "contradicted", "negation", WA, 5,
      "§3.5: 'The word embedding and aspect embedding are optimized during training.'",
      "Denies that they are trained."),
    R("Compared with averaging, the attention-based HN-ATT fails to improve on any data set.",
      True, 0.17, "contradicted", "negation", HY, 6,
      "§3.4: 'Compared to HN-AVE, the HN-ATT model gives superior performance across the "
      "board.'", "Denies the improvement."),
    # --- wrong counts ---------------------------------------------------------------------
    R("The restaurant data labels four aspect categories.", True, 0.20, "contradicted",
      "wrong_count", WA, 6,
      "§4.2: 'The set of aspects is {food, price, service, ambience, "
      "anecdotes/miscellaneous}'; Table 1 has five aspect rows", "Five, not four."),
    R("The Yelp data sets rate reviews on a ten-level scale.", True, 0.16, "contradicted",
      "wrong_count", HY, 4, "§3.1: 'There are five levels of ratings from 1 to 5'; Table 1, "
      "classes: 5 for each Yelp year", "Five levels, not ten."),
    # --- names and numbers in a relation the paper never states ---------------------------
    R("ATAE-LSTM's gains over TD-LSTM come mainly from the service aspect.", True, 0.21,
      "unverified", "unsupported_relation", WA, 6,
      "Table 1 gives per-aspect counts and Table 2 overall accuracies; no per-aspect accuracy "
      "is reported.", "A breakdown the paper never gives."),
    R("Wang et al. trained their Theano models on a single GPU in under an hour.", True, 0.16,
      "unverified", "unsupported_relation", WA, 6,
      "§4: 'Theano ... is used for implementing our neural network models'; no hardware or "
      "training time is given.", "Nothing about hardware or time is stated."),
    R("HAN outperforms ATAE-LSTM on sentiment classification.", True, 0.18, "unverified",
      "unsupported_relation", WA, 6,
      "The two papers evaluate on different tasks and data sets (document-level Yelp/IMDB vs "
      "SemEval 2014 aspects); neither compares with the other.", "A comparison nobody ran."),
    R("Attention helps more on IMDB than on Yahoo Answers because IMDB reviews are longer.",
      True, 0.15, "unverified", "unsupported_relation", HY, 6,
      f"{T2}: HN-ATT - HN-AVE is 1.6 on IMDB and 0.6 on Yahoo Answer; Table 1 gives the "
      "lengths; the paper never ties the gain to document length.", "A cause the paper never "
      "states."),
    R("AE-LSTM's 89.6 on binary restaurant aspect terms shows that aspect embeddings matter "
      "more than attention for binary prediction.", True, 0.17, "unverified",
      "unsupported_relation", WA, 7,
      f"{A3}, row AE-LSTM, Pos./Neg.: 89.6; no model without aspect embedding but with "
      "attention is run on this table, and the paper draws no such conclusion.",
      "A conclusion the paper never draws."),
    # --- cut off mid-sentence ---------------------------------------------------------------
    R(cut("Wang et al. initialize all word vectors with GloVe embeddings pre-trained on an "
          "unlabeled corpus of about 840 billion tokens, then fine-tune them."), True, 0.19,
      "unverified", "truncated", WA, 6,
      "§4: 'all word vectors are initialized by Glove ... pre-trained on an unlabeled corpus "
      "whose size is about 840 billion.'",
      "Cut mid-sentence; the surviving part is right but the claim (which goes on to fine-tuning) "
      "cannot be judged whole."),
    R(cut("On Yelp 2014 and Yelp 2015, the hierarchical attention network outperforms the best "
          "previous models by 3.2% and 3.4% respectively."), True, 0.22, "unverified",
      "truncated", HY, 5,
      "§3.4: 'Our model outperforms previous best models by 3.2%, 3.4%, 4.6% and 6.0% on Yelp "
      "2014, Yelp 2015, Yahoo Answers and Amazon Reviews.'",
      "The surviving part is right, but the claim is cut mid-word and cannot be judged whole."),
    R(cut("In Wang et al.'s aspect statistics, the service aspect has 324 positive, 218 "
          "negative and 20 neutral training instances, the third largest share."), True, 0.16,
      "unverified", "truncated", WA, 6,
      f"{A1}, row Se., Train columns: Positive 324, Negative 218, Neural 20",
      "Cut mid-sentence; the surviving part is right but the claim cannot be judged whole."),
)

REPORT = LabelledReport(
    file="02_aspect_sentiment.md",
    title="Attention for Aspect-Level and Document-Level Sentiment",
    date="April 9, 2027",
    examines="Attention-based LSTM for Aspect-level Sentiment Classification; Hierarchical "
             "Attention Networks for Document Classification",
    research_question="What attention over words and sentences contributes to sentiment "
                      "classification at the aspect and document level",
    references=(WA, HY),
    abstract="Attention lets a sentiment classifier weigh the parts of a text that matter for "
             "the question asked. We review attention-based LSTMs conditioned on an aspect "
             "embedding, evaluated on SemEval 2014 restaurant and laptop reviews, and "
             "hierarchical attention over words and sentences for review and topic "
             "classification.",
    rows=ROWS,
)
