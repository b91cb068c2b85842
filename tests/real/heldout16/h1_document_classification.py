"""Blind report 1 (plain text with `#` headings): Yang et al.'s hierarchical attention networks
(N16-1174) and Iyyer et al.'s deep averaging networks (P15-1162). Labelled from the page images
(`pdftoppm -r 110`, tables zoomed at 200 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

HY = "N16-1174"  # Yang, Yang, Dyer, He, Smola and Hovy, NAACL 2016, pages 1480-1489
DA = "P15-1162"  # Iyyer, Manjunatha, Boyd-Graber and Daume III, ACL 2015, pages 1681-1691

T2 = "Table 2 (Document Classification, in percentage)"
D1 = "Table 1 (DANs achieve comparable sentiment accuracies ...)"
R = Row
ROWS = (
    # --- numbers printed in sentences ------------------------------------------------------
    R("Yang et al. evaluate the hierarchical attention network on six large-scale document "
      "classification data sets.", True, 0.31, "confirmed", "text_number", HY, 4,
      "§3.1: 'We evaluate the effectiveness of our model on six large scale document "
      "classification data sets.'", "As printed (also the abstract)."),
    R("For Yahoo Answers there are 140,000 training samples and 5000 test samples.", True,
      0.27, "confirmed", "text_number", HY, 4,
      "§3.1, Yahoo answers: 'There are 140,000 training samples and 5000 testing samples.'",
      "As printed."),
    R("The hierarchical model uses 200-dimensional word embeddings and a GRU dimension of 50.",
      True, 0.22, "confirmed", "text_number", HY, 5,
      "§3.3: 'we set the word embedding dimension to be 200 and the GRU dimension to be 50.'",
      "As printed."),
    R("On the smaller data sets, HAN beats the previous best baseline by 3.1% on Yelp 2013 and "
      "by 4.1% on IMDB.", True, 0.35, "confirmed", "text_number", HY, 5,
      "§3.4: 'For smaller data sets such as Yelp 2013 and IMDB, our model outperforms the "
      "previous best baseline methods by 3.1% and 4.1% respectively.'",
      "As printed (Table 2: 68.2 - 65.1 and 49.4 - 45.3)."),
    R("Training of the DAN on sentence-level SST labels alone takes under five minutes on a "
      "single laptop core.", True, 0.24, "confirmed", "text_number", DA, 5,
      "§4.1.6: 'Training a DAN on just sentence-level labels on the SST takes under five "
      "minutes on a single core of a laptop'", "As printed."),
    R("Iyyer et al. collected 92 SST sentences that each contain a negation and a contrastive "
      "conjunction.", True, 0.19, "confirmed", "text_number", DA, 7,
      "§5.2: 'we collect 92 sentences, each of which contains at least one negation and one "
      "contrastive conjunction, from the dev and test sets of the SST.'", "As printed."),
    R("On that negation subset the DAN reaches 53.3% fine-grained accuracy against 51.1% for "
      "the DRecNN.", False, 0.21, "confirmed", "text_number", DA, 7,
      "§5.2: 'improving almost five percent absolute accuracy to 53.3%. The DRecNN model of "
      "Irsoy and Cardie (2014) obtains a similar accuracy of 51.1%'", "As printed."),
    R("The quiz bowl training data was augmented with 49,581 sentence/page-title pairs from "
      "Wikipedia.", True, 0.26, "confirmed", "text_number", DA, 6,
      "§4.2.1: 'This dataset is augmented with 49,581 sentence/page-title pairs from the "
      "Wikipedia articles associated with the answers in the dataset.'", "As printed."),
    # --- numbers printed only in table cells ------------------------------------------------
    R("HN-ATT scores 71.0 on Yelp 2015.", True, 0.33, "confirmed", "table_cell", HY, 6,
      f"{T2}, row HN-ATT, column Yelp'15: 71.0", "Only in the table."),
    R("The max-pooling variant HN-MAX reaches 48.2 on IMDB.", True, 0.18, "confirmed",
      "table_cell", HY, 6, f"{T2}, row HN-MAX, column IMDB: 48.2", "Only in the table."),
    R("Tang et al.'s LSTM-GRNN baseline gets 67.1 on Yelp 2014.", False, 0.16, "confirmed",
      "table_cell", HY, 6, f"{T2}, row LSTM-GRNN (Tang et al., 2015), column Yelp'14: 67.1",
      "Only in the table."),
    R("The Yelp 2014 data set contains 1,125,457 documents.", True, 0.28, "confirmed",
      "table_cell", HY, 5, "Table 1 (Data statistics), row Yelp 2014, column documents: "
      "1,125,457", "Only in the table."),
    R("IMDB reviews average 325.6 words per document.", True, 0.23, "confirmed", "table_cell",
      HY, 5, "Table 1, row IMDB review, column average #w: 325.6", "Only in the table."),
    R("The DAN reaches 80.3 on Rotten Tomatoes.", True, 0.30, "confirmed", "table_cell", DA, 4,
      f"{D1}, row DAN, column RT: 80.3", "Only in the table."),
    R("One training epoch of CNN-MC on the fine-grained SST takes 2,452 seconds.", True, 0.17,
      "confirmed", "table_cell", DA, 4, f"{D1}, row CNN-MC, column Time (s): 2,452",
      "Only in the table (the caption: time of a single epoch on the SST fine-grained task)."),
    R("With Wikipedia data, DAN-WIKI reaches 77.1 accuracy on full quiz bowl questions.", True,
      0.25, "confirmed", "table_cell", DA, 6,
      "Table 2 (quiz bowl), row DAN-WIKI, column Full: 77.1", "Only in the table."),
    # --- differences and averages of cells ----------------------------------------------------
    R("Attention adds 1.6 points over simple averaging on IMDB (HN-ATT vs HN-AVE).", True, 0.29,
      "confirmed", "cell_arithmetic", HY, 6,
      f"{T2}, column IMDB: HN-ATT 49.4, HN-AVE 47.8", "49.4 - 47.8 = 1.6."),
    R("Averaged over the three Yelp years, HN-ATT scores 69.9.", True, 0.21, "confirmed",
      "cell_arithmetic", HY, 6, f"{T2}, row HN-ATT: Yelp'13 68.2, Yelp'14 70.5, Yelp'15 71.0",
      "(68.2 + 70.5 + 71.0) / 3 = 69.9."),
    R("Yelp 2015 has 443,807 more documents than Yelp 2014.", False, 0.14, "confirmed",
      "cell_arithmetic", HY, 5, "Table 1, column documents: Yelp 2015 1,569,264, Yelp 2014 "
      "1,125,457", "1,569,264 - 1,125,457 = 443,807."),
    R("On the fine-grained SST, the DAN improves on the shallow NBOW by 4.1 points.", True,
      0.26, "confirmed", "cell_arithmetic", DA, 4,
      f"{D1}, column SST fine: DAN 47.7, NBOW 43.6", "47.7 - 43.6 = 4.1."),
    R("Adding Wikipedia data lifts the DAN by 5.3 points on full questions.", True, 0.20,
      "confirmed", "cell_arithmetic", DA, 6,
      "Table 2, column Full: DAN-WIKI 77.1, DAN 71.8", "77.1 - 71.8 = 5.3."),
    R("CNN-MC leads the DAN by only 0.8 points on RT.", False, 0.18, "confirmed",
      "cell_arithmetic", DA, 4, f"{D1}, column RT: CNN-MC 81.1, DAN 80.3", "81.1 - 80.3 = 0.8."),
    # --- statements in other words ------------------------------------------------------------
    R("The hierarchical attention network obtains the best result on every data set it was "
      "tested on.", True, 0.34, "confirmed", "paraphrase", HY, 5,
      "§3.4: 'Results show that HN-ATT gives the best performance across all data sets.'",
      "Same statement."),
    R("HAN attends at two levels, first over words and then over sentences.", True, 0.30,
      "confirmed", "paraphrase", HY, 1,
      "Abstract: 'it has two levels of attention mechanisms applied at the word- and "
      "sentence-level'", "Same statement."),
    R("Documents were split into sentences and tokenized with Stanford CoreNLP.", True, 0.22,
      "confirmed", "paraphrase", HY, 5,
      "§3.3: 'We split documents into sentences and tokenize each sentence using Stanford's "
      "CoreNLP'", "Same statement."),
    R("Among the sentence-level results, the DAN is second only to the much slower CNN-MC on "
      "the RT data.", True, 0.27, "confirmed", "paraphrase", DA, 5,
      "§4.1.5: 'The DAN achieves the second best reported result on the RT dataset, behind "
      "only the significantly slower CNN-MC model.'", "Same statement."),
    R("Trained only on sentence-level labels, the DAN still performs well on the SST.", True,
      0.23, "confirmed", "paraphrase", DA, 5,
      "§4.1.5: 'the DAN achieves good performance on the SST when trained with only "
      "sentence-level labels'", "Same statement."),
    R("When the word embeddings are initialized randomly, the DAN converges more slowly and to "
      "a worse solution.", True, 0.19, "confirmed", "paraphrase", DA, 8,
      "§5.3: 'Our model consistently converges slower to a worse solution (dropping 3% in "
      "absolute accuracy on coarse-grained SST) when we randomly initialize the word "
      "embeddings.'", "Same statement."),
    # --- a different number for the same measure ------------------------------------------
    R("Yahoo Answers is tested on 10,000 held-out questions.", True, 0.24, "contradicted",
      "wrong_number", HY, 4, "§3.1: 'There are 140,000 training samples and 5000 testing "
      "samples.'", "5000 test samples, not 10,000."),
    R("HAN was trained with mini-batches of 32 documents.", True, 0.20, "contradicted",
      "wrong_number", HY, 5, "§3.3: 'For training, we use a mini-batch size of 64'",
      "64, not 32."),
    R("On the negation subset the DAN reaches 55.3% fine-grained accuracy.", True, 0.17,
      "contradicted", "wrong_number", DA, 7, "§5.2: '... to 53.3%.'", "53.3%, not 55.3%."),
    # --- digits swapped -------------------------------------------------------------------
    R("HN-ATT reaches 66.3 on the Amazon reviews.", True, 0.28, "contradicted",
      "transposed_digits", HY, 6, f"{T2}, row HN-ATT, column Amazon: 63.6",
      "63.6 with its digits swapped."),
    R("One CNN-MC epoch on the fine-grained SST takes 2,425 seconds.", False, 0.15,
      "contradicted", "transposed_digits", DA, 4, f"{D1}, row CNN-MC, column Time (s): 2,452",
      "2,452 with its last two digits swapped."),
    # --- the value of a neighbouring row or column ----------------------------------------
    R("HN-ATT reaches 48.2 on IMDB.", True, 0.26, "contradicted", "neighbour_cell", HY, 6,
      f"{T2}, column IMDB: HN-ATT 49.4 (48.2 is HN-MAX, the row above)",
      "The value of the neighbouring row."),
    R("The Yelp 2015 vocabulary holds 476,191 word types.", True, 0.18, "contradicted",
      "neighbour_cell", HY, 5, "Table 1, column vocabulary: Yelp 2015 612,636 (476,191 is "
      "Yelp 2014)", "The value of the neighbouring row."),
    R("The DAN scores 85.7 on binary SST.", True, 0.22, "contradicted", "neighbour_cell", DA,
      4, f"{D1}, column SST bin: DAN 86.3 (85.7 is DAN-ROOT)",
      "The value of another row of the same block."),
    # --- the opposite direction -----------------------------------------------------------
    R("Plain averaging (HN-AVE) edges out the attention model on IMDB.", True, 0.21,
      "contradicted", "direction_flip", HY, 6,
      f"{T2}, column IMDB: HN-AVE 47.8 < HN-ATT 49.4; §3.4: 'Compared to HN-AVE, the HN-ATT "
      "model gives superior performance across the board.'", "The opposite direction."),
    R("On the negation sentences with positive gold labels, the DAN outperforms the DRecNN.",
      True, 0.20, "contradicted", "direction_flip", DA, 7,
      "§5.2: 'the DRecNN obtains 41.7% accuracy, outperforming the DAN's 37.5%.'",
      "The opposite direction."),
    R("QANTA gains more from the added Wikipedia data than the DAN does.", False, 0.16,
      "contradicted", "direction_flip", DA, 6,
      "§4.2.2: 'QANTA, in contrast, barely improves when Wikipedia data is added'; Table 2, "
      "Full: QANTA 73.7 -> 73.9, DAN 71.8 -> 77.1", "The opposite direction."),
    # --- the paper's statement denied in other words --------------------------------------
    R("HAN's word-level context vector is fixed in advance rather than learned.", True, 0.18,
      "contradicted", "negation", HY, 3,
      "§2.2: 'The word context vector u_w is randomly initialized and jointly learned during "
      "the training process.'", "Denies that it is learned."),
    R("Adding hidden layers on top of the NBOW average does nothing for sentiment accuracy.",
      True, 0.19, "contradicted", "negation", DA, 7,
      "§5.1: 'thus explaining why deepening the NBOW improves sentiment analysis as shown in "
      "Figure 4'; Figure 4 caption: 'adding any depth at all is an improvement over the "
      "shallow NBOW model'", "Denies the improvement."),
    # --- wrong counts ---------------------------------------------------------------------
    R("HAN was evaluated on five document classification data sets.", True, 0.25,
      "contradicted", "wrong_count", HY, 4, "§3.1: 'six large scale document classification "
      "data sets'; Table 1 lists six", "Six, not five."),
    R("Yahoo Answers is used as an 8-class topic classification task.", True, 0.17,
      "contradicted", "wrong_count", HY, 4, "§3.1: 'This is a topic classification task with "
      "10 classes'; Table 1, Yahoo Answer, classes: 10", "Ten classes, not eight."),
    R("Quiz bowl questions consist of two to three sentences each.", False, 0.14,
      "contradicted", "wrong_count", DA, 5,
      "§4.2: 'players are asked four-to-six sentence questions about entities'",
      "Four to six sentences, not two to three."),
    # --- names and numbers in a relation the paper never states ---------------------------
    R("HAN's largest gains come on IMDB because attention filters out the irrelevant sentences "
      "of long reviews.", True, 0.22, "unverified", "unsupported_relation", HY, 5,
      "§3.4 gives the gains (4.1% on IMDB) and Table 1 the lengths, but the paper never ties "
      "the size of the gain to document length.",
      "A cause the paper never states."),
    R("HN-ATT trains faster than LSTM-GRNN on Yelp 2013.", True, 0.18, "unverified",
      "unsupported_relation", HY, 5,
      "§3.3 reports that length-adjusted batching speeds training up three times, but no "
      "training-time comparison with LSTM-GRNN is made.", "A comparison nobody ran."),
    R("On the negation subset, the DAN's fine-grained accuracy is higher than TreeLSTM's.",
      True, 0.20, "unverified", "unsupported_relation", DA, 7,
      "§5.2 compares the DAN (53.3%) only with the DRecNN (51.1%) on the subset; TreeLSTM's "
      "50.6 (Table 1) is on the full SST.", "A comparison nobody ran."),
    R("Word dropout with p = 0.3 is what lets the DAN beat QANTA on quiz bowl when Wikipedia "
      "data is added.", True, 0.16, "unverified", "unsupported_relation", DA, 6,
      "§4.2.1: p = 0.3 works best for question answering; §4.2.2 ties DAN-WIKI's gain to the "
      "added data, never to word dropout.", "A cause the paper never states."),
    R("HAN's 200-dimensional word2vec embeddings are the main reason it beats Tang et al.'s "
      "baselines.", True, 0.19, "unverified", "unsupported_relation", HY, 5,
      "§3.3 gives the embedding size and initialization; §3.4 credits the hierarchical "
      "structure and attention, never the embeddings.", "A cause the paper never states."),
    R("DAN-ROOT needs only 31 seconds per epoch because it has fewer hidden layers than the "
      "DAN.", False, 0.15, "unverified", "unsupported_relation", DA, 4,
      f"{D1}, column Time (s): DAN-ROOT 31, DAN 136; §4.1.3 says DAN-ROOT sees only "
      "sentence-level labels, nothing about fewer layers.", "A cause the paper never states."),
    # --- cut off mid-sentence ---------------------------------------------------------------
    R(cut("The hierarchical attention network was trained with stochastic gradient descent "
          "using a momentum of 0.9 and a learning rate of 0.01 chosen on the validation set."),
      True, 0.20, "unverified", "truncated", HY, 5,
      "§3.3: 'We use stochastic gradient descent to train all models with momentum of 0.9. "
      "We pick the best learning rate using grid search on the validation set.'",
      "Cut before the learning rate; the surviving part is right but the claim cannot be "
      "judged whole."),
    R(cut("In the lexicon experiment, Iyyer et al. use Hu and Liu's lexicon of 2,006 positive "
          "and 4,783 negative words and obtain over 95% accuracy."), True, 0.18, "unverified",
      "truncated", DA, 8,
      "§5.3: 'which consists of 2,006 positive words and 4,783 negative words ... we obtain "
      "over 95% accuracy on the unseen test set'",
      "Cut before the accuracy; the surviving part is right but the claim cannot be judged "
      "whole."),
    R(cut("Yang et al. report that HN-ATT reaches 68.2 on Yelp 2013 and 49.4 on IMDB, "
          "outperforming the LSTM-GRNN baseline of Tang et al. on both data sets."), True, 0.23,
      "unverified", "truncated", HY, 6,
      f"{T2}, row HN-ATT: Yelp'13 68.2, IMDB 49.4; LSTM-GRNN: 65.1, 45.3",
      "Cut mid-sentence; the surviving part is right but the claim cannot be judged whole."),
    R(cut("The DAN reported by Iyyer et al. was trained with a word dropout probability of 0.5 "
          "and three 300-dimensional ReLU layers."), True, 0.21, "contradicted", "truncated",
      DA, 5, "Footnote 5: 'three 300-d ReLu layers, word dropout probability p = 0.3'",
      "The part before the cut already gives the wrong dropout probability (0.5 for 0.3)."),
)

REPORT = LabelledReport(
    file="01_document_classification.txt",
    title="Hierarchy and Averaging in Neural Text Classification",
    date="April 2, 2027",
    examines="Hierarchical Attention Networks for Document Classification; Deep Unordered "
             "Composition Rivals Syntactic Methods for Text Classification",
    research_question="Does modelling document structure pay off over simple averaging of word "
                      "vectors for text classification",
    references=(HY, DA),
    abstract="Neural text classifiers range from models that follow the structure of a "
             "document to models that average its word vectors. We review a hierarchical "
             "attention network for long documents and a deep averaging network for sentences "
             "and questions, with their accuracies, costs and error analyses.",
    rows=ROWS,
)
