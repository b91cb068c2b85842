"""Red-team-10 report 1 (Markdown): Hu, Lu, Li and Chen, Convolutional Neural Network
Architectures for Matching Natural Language Sentences (ARC-I / ARC-II; NIPS 2014, arXiv
1503.03244; one column, 9 pages, no arXiv stamp). Table 1 and Table 2 (page 7) give P@1 of
eight and seven models on sentence completion and tweet matching (the same model names in both,
"Random Guess" 20.00 in both, a misprinted "54,31"); Table 3 (page 8) accuracy and F1 on MSRP
with two rows sharing 68.4; the text gives data sizes (3 million triples, 600K pairs, 50K test
pairs, 4.5 million pairs, 45 million triples, 300K held out, 4,076 / 1,725), negatives per
positive (four, ten), layer counts of both architectures, a 3-word window, 50-dimensional
embeddings, feature maps "from 200 to 500", and two footnotes (0.7~0.8 cosine, "74+%").
Adversarial claims: the other table's or the other model's cell, F1 for accuracy, the
neighbouring count, the state of the art's number given to ARC-II, directions and negations in
other words, differences and averages of cells. Labelled from the page images (110 dpi) before
any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

ARC = "1503.03244"  # Hu et al., Convolutional Neural Network Architectures for Matching (2014)

T1 = ("Table 1 (page 7; Sentence Completion; column P@1(%)): Random Guess 20.00; DEEPMATCH 32.5; "
      "WORDEMBED 37.63; SENMLP 36.14; SENNA+MLP 41.56; URAE+MLP 25.76; ARC-I 47.51; ARC-II "
      "49.62")
T2 = ("Table 2 (page 7; Tweet Matching; column P@1(%)): Random Guess 20.00; DEEPMATCH 49.85; "
      "WORDEMBED 54,31; SENMLP 52.22; SENNA+MLP 56.48; ARC-I 59.18; ARC-II 61.95")
T3 = ("Table 3 (page 8; The results on Paraphrase; columns Acc. (%), F1(%)): Baseline 66.5 79.90; "
      "Rus et al. (2008) 70.6 80.5; WORDEMBED 68.7 80.49; SENNA+MLP 68.4 79.7; SENMLP 68.4 "
      "79.5; ARC-I 69.6 80.27; ARC-II 69.9 80.91")
TRAIN = ("Section 4 (page 6): All the proposed models perform better with mini-batch (100 ~ 200 "
         "in sizes) ... early stopping [16] is enough for models with medium size and large "
         "training sets (with over 500K instances). For small datasets (less than 10k training "
         "instances) however, we have to combine early stopping and dropout ... We use "
         "50-dimensional word embedding trained with the Word2Vec [14]: the embedding for "
         "English words (Section 5.2 & 5.4) is learnt on Wikipedia (~1B words), while that for "
         "Chinese words (Section 5.3) is learnt on Weibo data (~300M words). Our other "
         "experiments (results omitted here) suggest that fine-tuning the word embedding can "
         "further improve the performances of all models, at the cost of longer training ... We "
         "use 3-word window throughout all experiments [footnote 2: Our other experiments "
         "suggest that the performance can be further increased with wider windows], but test "
         "various numbers of feature maps (typically from 200 to 500), for optimal performance. "
         "ARC-II models for all tasks have eight layers (three for convolution, three for "
         "pooling, and two for MLP), while ARC-I performs better with less layers (two for "
         "convolution, two for pooling, and two for MLP) and more hidden nodes. We use ReLu [7] "
         "as the activation function ..., which yields comparable or better results to "
         "sigmoid-like functions, but converges faster.")
COMP = ("Section 5.1 (page 6): DEEPMATCH: We take the matching model in [13] and train it on our "
        "datasets with 3 hidden layers and 1,000 hidden nodes in the first hidden layer; URAE+MLP: "
        "We use the Unfolding Recursive Autoencoder [19] to get a 100-dimensional vector "
        "representation of each sentence.")
SC = ("Section 5.2 (page 7): we take a sentence from Reuters with two 'balanced' clauses (with "
      "8~ 28 words) divided by one comma ... All models are trained on 3 million triples (from "
      "600K positive pairs), and tested on 50K positive pairs, each accompanied by four "
      "negatives ... The two proposed models get nearly half of the cases right [footnote 5: "
      "Actually ARC-II can achieve 74+% accuracy with random negatives] ... It is a bit "
      "surprising that URAE comes last on this task. Footnote 4: We select from a random set the "
      "clauses that have 0.7~0.8 cosine similarity with the original.")
TW = ("Section 5.3 (page 7): We trained our model with 4.5 million original (tweet, response) "
      "pairs collected from Weibo ... For each positive pair, we find ten random responses as "
      "negative examples, rendering 45 million triples for training ... We hold out 300K "
      "original (tweet, response) pairs and test the matching model on their ability to pick "
      "the original response from four random negatives ... This task is slightly easier than "
      "Experiment I, with more training instances and purely random negatives.")
PI = ("Section 5.4 (page 8): Here we use the benchmark MSRP dataset [17], which contains 4,076 "
      "instances for training and 1,725 for test ... our model is not specially tailored for "
      "modeling synonymy, and generally requires >=100K instances to work favorably ... but "
      "still significantly lower than the state-of-the-art (76.8%/83.6%), achieved with "
      "unfolding-RAE and other features designed for this task [19].")
DISC = ("Section 5.5 (page 8): ARC-II outperforms others significantly when the training "
        "instances are relatively abundant (as in Experiment I & II). Its superiority over "
        "ARC-I, however, is less salient when the sentences have deep grammatical structures "
        "..., as in Experiment-I ... ARC-I and ARC-II trained purely with random negatives "
        "automatically gain some ability in telling whether the words in a given sentence are in "
        "right sequential order (with around 60% accuracy for both). It is therefore a bit "
        "surprising that an auxiliary task on identifying the correctness of word order in the "
        "response does not enhance the ability of the model on the original matching tasks.")
ARCH = ("Section 2 (page 2): We take a max-pooling in every two-unit window for every f. Section "
        "2.1 (page 3): our convolutional model degenerates to the SENNA-type architecture if we "
        "limit the number of layers to be two and set the pooling window infinitely large. "
        "Section 3.2 (page 4): in Layer-2, it performs a 2D max-pooling in non-overlapping 2 x 2 "
        "windows. Section 3.3 (page 5): when ARC-II is trained on the (SX, SY, S~Y) triples where "
        "S~Y randomly shuffles the words in SY, it consistently gains some ability of finding the "
        "correct SY ..., which however does not happen with ARC-I ... ARC-II actually subsumes "
        "ARC-I as a special case.")
ACK = ("Acknowledgments (page 8): B. Hu and Q. Chen are supported in part by National Natural "
       "Science Foundation of China 61173075. Z. Lu and H. Li are supported in part by China "
       "National 973 project 2014CB340301.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, ARC, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, ARC, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", ARC, page, ev, why)


# First batch (labelled from the page images before it ran).
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("ARC-II reaches 49.62 P@1 on sentence completion.", "table_cell", 7, T1),
    C("On tweet matching, ARC-I reaches a P@1 of 59.18.", "table_cell", 7, T2),
    C("On paraphrase identification, ARC-II reaches 69.9% accuracy and 80.91 F1.", "table_cell",
      8, T3),
    C("SENNA+MLP reaches 56.48 P@1 on tweet matching.", "table_cell", 7, T2),
    C("uRAE+MLP scores 25.76 P@1 on sentence completion.", "table_cell", 7, T1),
    C("DeepMatch reaches 49.85 P@1 on the tweet matching task.", "table_cell", 7, T2),
    C("On MSRP, ARC-I obtains an F1 of 80.27.", "table_cell", 8, T3),
    C("Random guessing gives a P@1 of 20.00 on both sentence completion and tweet matching.",
      "table_cell", 7, T1 + " " + T2),
    C("The MSRP dataset contains 4,076 training instances and 1,725 test instances.",
      "text_number", 8, PI),
    C("The sentence completion models are trained on 3 million triples built from 600K "
      "positive pairs.", "text_number", 7, SC),
    C("The tweet matching model is trained on 4.5 million (tweet, response) pairs collected "
      "from Weibo.", "text_number", 7, TW),
    C("ARC-II models have eight layers: three for convolution, three for pooling and two for "
      "the MLP.", "text_number", 6, TRAIN),
    C("A 3-word window is used throughout all experiments.", "text_number", 6, TRAIN),
    C("The Chinese word embeddings are learnt on about 300M words of Weibo data.",
      "text_number", 6, TRAIN),
    C("ARC-II outperforms ARC-I on sentence completion by 2.11 points of P@1.",
      "cell_arithmetic", 7, T1, "49.62 - 47.51 = 2.11."),
    C("On tweet matching, ARC-II is 2.77 points of P@1 above ARC-I.", "cell_arithmetic", 7, T2,
      "61.95 - 59.18 = 2.77."),
    C("The average paraphrase accuracy of ARC-I and ARC-II is 69.75%.", "cell_arithmetic", 8,
      T3, "(69.6 + 69.9) / 2 = 69.75."),
    C("The negative clauses for sentence completion are selected to have 0.7 to 0.8 cosine "
      "similarity with the original.", "text_number", 7, SC, "Footnote 4."),
    C("Early stopping alone is enough for training sets of over 500K instances.", "paraphrase",
      6, TRAIN),
    C("For datasets with fewer than 10k training instances, dropout is combined with early "
      "stopping.", "paraphrase", 6, TRAIN),
    C("Trained purely with random negatives, ARC-I and ARC-II tell whether words are in the "
      "right order with around 60% accuracy.", "text_number", 8, DISC),
    C("DeepMatch is trained with 3 hidden layers and 1,000 hidden nodes in the first hidden "
      "layer.", "text_number", 6, COMP),
    C("ARC-II performs 2D max-pooling in non-overlapping 2 x 2 windows.", "text_number", 4,
      ARCH),
    C("ARC-II subsumes ARC-I as a special case.", "paraphrase", 5, ARCH),
    C("With random negatives, ARC-II can achieve over 74% accuracy on sentence completion.",
      "text_number", 7, SC, "Footnote 5, attached to the sentence completion results."),
    C("The matching models generally require at least 100K instances to work favorably.",
      "text_number", 8, PI),
    # --- contradicted ------------------------------------------------------------------------
    X("ARC-I reaches 49.62 P@1 on sentence completion.", "neighbour_cell", 7, T1,
      "49.62 is ARC-II's; ARC-I's is 47.51."),
    X("ARC-II reaches a P@1 of 59.18 on tweet matching.", "neighbour_cell", 7, T2,
      "59.18 is ARC-I's; ARC-II's is 61.95."),
    X("SENNA+MLP reaches 41.56 P@1 on tweet matching.", "neighbour_cell", 7, T1 + " " + T2,
      "41.56 is its sentence completion cell; tweet matching is 56.48."),
    X("ARC-II reaches 80.91% accuracy on MSRP.", "neighbour_cell", 8, T3,
      "80.91 is its F1; accuracy is 69.9."),
    X("ARC-I's F1 on MSRP is 69.6.", "neighbour_cell", 8, T3, "69.6 is its accuracy; F1 80.27."),
    X("SENMLP reaches 68.4% accuracy and 79.7 F1 on paraphrase identification.",
      "neighbour_cell", 8, T3, "SENMLP's F1 is 79.5; 79.7 is SENNA+MLP's."),
    X("WordEmbed scores 36.14 P@1 on sentence completion.", "neighbour_cell", 7, T1,
      "36.14 is SENMLP's; WORDEMBED's is 37.63."),
    X("On sentence completion, uRAE+MLP outperforms DeepMatch.", "direction_flip", 7, T1,
      "URAE+MLP 25.76 < DEEPMATCH 32.5; URAE comes last."),
    X("ARC-I outperforms ARC-II on tweet matching.", "direction_flip", 7, T2,
      "ARC-I 59.18 < ARC-II 61.95."),
    X("On MSRP, WordEmbed trails SENNA+MLP in accuracy.", "direction_flip", 8, T3,
      "WORDEMBED 68.7 > SENNA+MLP 68.4."),
    X("ARC-II outperforms ARC-I on sentence completion by 2.31 points.", "cell_arithmetic", 7,
      T1, "49.62 - 47.51 = 2.11."),
    X("The MSRP dataset contains 4,076 test instances.", "wrong_number", 8, PI,
      "4,076 is the training count; test is 1,725."),
    X("ARC-I models have eight layers.", "wrong_count", 6, TRAIN,
      "ARC-I has six: two convolution, two pooling, two MLP."),
    X("For tweet matching training, each positive pair gets four random responses as "
      "negatives.", "wrong_count", 7, TW, "Ten for training; four only at test time."),
    X("In the sentence completion test, each positive pair is accompanied by ten negatives.",
      "wrong_count", 7, SC, "Four negatives."),
    X("The word embeddings used by the models are 100-dimensional.", "wrong_number", 6, TRAIN,
      "50-dimensional; 100 is URAE's sentence vector."),
    X("Sigmoid-like activations converge faster than ReLU in these models.", "direction_flip", 6,
      TRAIN, "ReLU converges faster."),
    X("Fine-tuning the word embeddings hurts the performance of all models.", "negation", 6,
      TRAIN, "'can further improve the performances of all models'."),
    X("An auxiliary task on identifying the correctness of word order enhances the model's "
      "ability on the original matching tasks.", "negation", 8, DISC,
      "'does not enhance the ability of the model on the original matching tasks'."),
    X("Sentence completion is slightly easier than tweet matching.", "direction_flip", 7, TW,
      "The tweet task is slightly easier than Experiment I (sentence completion)."),
    X("ARC-II reaches the state-of-the-art accuracy of 76.8% on MSRP.", "unsupported_relation",
      8, T3 + " " + PI, "76.8% is the unfolding-RAE state of the art; ARC-II 69.9."),
    X("The negative clauses for sentence completion have 0.8 to 0.9 cosine similarity with the "
      "original.", "wrong_number", 7, SC, "0.7~0.8."),
    X("Sentence completion models are tested on 300K positive pairs.", "wrong_number", 7,
      SC + " " + TW, "50K; 300K pairs are held out for tweet matching."),
    X("When trained on triples with shuffled responses, ARC-I also gains some ability to find "
      "the correct response.", "negation", 5, ARCH, "'which however does not happen with ARC-I'."),
    X("ARC-I subsumes ARC-II as a special case.", "direction_flip", 5, ARCH,
      "ARC-II subsumes ARC-I."),
    X("The convolutional sentence model takes a max-pooling in every three-unit window.",
      "wrong_count", 2, ARCH, "Every two-unit window."),
    X("ARC-II reaches 61.95 P@1 on tweet matching with a 5-word window.", "unsupported_relation",
      7, T2 + " " + TRAIN, "A 3-word window is used throughout all experiments."),
    # --- unverified --------------------------------------------------------------------------
    U("ARC-II uses 300 feature maps on tweet matching.", 6, TRAIN,
      "Feature maps 'typically from 200 to 500'; no count per task."),
    U("The models test up to 1,000 feature maps.", 6, TRAIN + " " + COMP,
      "'typically from 200 to 500'; 1,000 is DeepMatch's hidden nodes."),
    U("ARC-I can achieve over 74% accuracy on sentence completion with random negatives.", 7, SC,
      "Footnote 5 speaks of ARC-II only."),
    U("uRAE+MLP reaches 55.0 P@1 on tweet matching.", 7, T2, "URAE+MLP is not in Table 2."),
    U("DeepMatch reaches 68.0% accuracy on MSRP.", 8, T3, "DEEPMATCH is not in Table 3."),
    U("ARC-I reaches 47.51 P@1 on sentence completion after 20 training epochs.", 7, T1,
      "No epochs are reported."),
    U("ARC-II's gain over SENNA+MLP on tweet matching is significant at p < 0.05.", 7, T2,
      "No significance test is reported."),
)

REPORT = LabelledReport(
    file="01_convolutional_matching.md",
    title="Convolutional Architectures for Sentence Matching",
    date="2027-10-01",
    examines="ARC-I and ARC-II convolutional matching models on three matching tasks",
    research_question="Does matching on the interaction space beat matching representations?",
    references=(ARC,),
    rows=ROWS,
    quality_score=7.0,
)
