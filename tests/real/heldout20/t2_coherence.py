"""Held-out-20 report 2 (PDF): Li and Hovy, A Model of Coherence Based on Distributed Sentence
Representation (EMNLP 2014, ACL Anthology D14-1218; two columns, 10 pages, printed pages
2039-2048). Table 1 (page 7) has no caption above it and no header over its row names: seven
coherence frameworks against Acci, Earthquake and Average on sentence ordering, with three-digit
decimals; Table 2 (page 8) six approaches' readability accuracies (two rows share 0.786). The
text gives the corpora (100 training articles, 100 and 99 test articles, 1986 and 1956 test
pairs, vocabularies of 4758 and 3287), the tuning grids (window size L on {3, 5, 7},
regularization Q on nine values), the training settings (AdaGrad, learning rate 0.01, batch
size between 20 and 30, 100 hidden units, 50-dimension Senna embeddings) and the readability
corpus (107 articles, 83.1 and 36.6 sentences per document, five-fold cross-validation). Claims
of every kind; the traps: the entity grid beats both neural models on the accident corpus
although the text says they "outperform all existing baselines", and 10-fold tuning against
five-fold readability testing. Labelled from the page images (110 dpi) before any verifier
run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

LH = "D14-1218"  # Li and Hovy, A Model of Coherence Based on Distributed Sentence Representation

T1 = ("Table 1 (page 7; Comparison of Different Coherence Frameworks; reported baseline results "
      "are among the best performance regarding each approach, reprinted from prior work; "
      "columns Acci, Earthquake, Average): Recursive 0.864 0.976 0.920; Recurrent 0.840 0.951 "
      "0.895; Entity Grid 0.904 0.872 0.888; HMM 0.822 0.938 0.880; HMM+Entity 0.842 0.911 "
      "0.877; HMM+Content 0.742 0.953 0.848; Graph 0.846 0.635 0.740")
T2 = ("Table 2 (page 8; Comparison of Different Coherence Frameworks on Readability Assessment; "
      "S&O: Schwarm and Ostendorf (2005); columns Approach, Accuracy): Recurrent 0.803; "
      "Recursive 0.828; Graph Approach 0.786; Entity 0.509; S&O 0.786; Entity+S&O 0.888")
DATA = ("Section 5.1.1 (page 6): 'These articles are about 10 sentences long ... The accident "
        "corpus ends up with a vocabulary size of 4758 and an average of 10.6 sentences per "
        "document. The earthquake corpus contains 3287 distinct terms and an average of 11.5 "
        "sentences per document.' 'For each of the two corpora, we have 100 articles for "
        "training and 100 (accidents) and 99 (earthquakes) for testing. A maximum of 20 random "
        "permutations were generated for each test article to create the pairwise data (total "
        "of 1986 test pairs for the accident corpus and 1956 for earthquakes)'")
TUNE = ("Section 5.1.2 (page 6): 'we tune only two principal parameters for each setting: window "
        "size L (tried on {3, 5, 7}) and regularization parameter Q (tried on {0.01, 0.1, 0.25, "
        "0.5, 1.0, 1.25, 2.0, 2.5, 5.0}). We trained parameters using 10-fold cross-validation "
        "on the training data. Concretely, in each setting, 90 documents were used for training "
        "and evaluation was done on the remaining articles'")
TRAIN = ("Sections 4.2-4.3 (page 5): 'we use the diagonal variant of AdaGrad (Duchi et al., 2011) "
         "with minibatches' 'where alpha denotes the learning rate and is set to 0.01 in our "
         "approach. Optimal performance is achieved when batch size is set between 20 and 30.' "
         "'W_recurrent, V_recurrent, W_recursive and h0 are initialized by randomly sampling "
         "from a uniform distribution U(-0.2, 0.2). All bias vectors are initialized with 0. "
         "Hidden layer number H is set to 100. Word embeddings {e} are borrowed from Senna ... "
         "The dimension for these embeddings is 50.'")
READ = ("Section 5.2.1 (page 7): 'Both versions contain 107 articles. The Encyclopedia "
        "Britannica corpus contains an average of 83.1 sentences per document and the "
        "Britannica Elementary contains 36.6.' Section 5.2.2 (page 8): 'We adopted five-fold "
        "cross-validation in the same way as in (Barzilay and Lapata, 2008; Guinaudeau and "
        "Strube, 2013) for fair comparison.' Section 5.3 (page 8): 'deep learning approaches "
        "again significantly outperform Entry and Global Approach baselines and are nearly "
        "comparable to the combination of entity and S&O features. Again, the recursive network "
        "outperforms the recurrent network in this task.'")
TEXT7 = ("Section 5.1.3 (page 7): 'The recurrent network is easier to implement than the "
         "recursive network and does not rely on external resources (i.e., parse trees), but "
         "the recursive network obtains better performance' 'Both recurrent and recursive "
         "models obtain better performance on the Earthquake than the Accident dataset.'")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.26, "confirmed", cat, LH, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.23, "contradicted", cat, LH, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.17, "unverified", "unsupported_relation", LH, page, ev, why)


ROWS = (
    # Cells as printed.
    C("The recursive network reaches 0.976 accuracy on the Earthquake corpus.", "table_cell", 7,
      T1),
    C("The recurrent network's average sentence-ordering accuracy is 0.895.", "table_cell", 7,
      T1),
    C("The entity grid model reaches 0.904 on the accident corpus.", "table_cell", 7, T1),
    C("HMM+Content scores 0.742 on Acci.", "table_cell", 7, T1),
    C("The graph-based approach scores only 0.635 on Earthquake.", "table_cell", 7, T1),
    C("On readability assessment, the recursive network reaches an accuracy of 0.828.",
      "table_cell", 8, T2),
    C("The entity model alone reaches only 0.509 accuracy on readability assessment.",
      "table_cell", 8, T2),
    C("Combining entity and S&O features gives 0.888 readability accuracy.", "table_cell", 8,
      T2),
    C("The graph approach averages 0.740 on sentence ordering.", "table_cell", 7, T1),
    C("HMM+Entity averages 0.877 over the two ordering corpora.", "table_cell", 7, T1),
    # Numbers of the text.
    C("The accident corpus has a vocabulary size of 4758 and an average of 10.6 sentences per "
      "document.", "text_number", 6, DATA),
    C("The earthquake corpus contains 3287 distinct terms.", "text_number", 6, DATA),
    C("There are 1986 test pairs for the accident corpus and 1956 for earthquakes.",
      "text_number", 6, DATA),
    C("The AdaGrad learning rate is set to 0.01.", "text_number", 5, TRAIN),
    C("The hidden layer has 100 units.", "text_number", 5, TRAIN,
      "'Hidden layer number H is set to 100'."),
    C("The Senna word embeddings have 50 dimensions.", "text_number", 5, TRAIN),
    C("The Encyclopedia Britannica corpus averages 83.1 sentences per document.", "text_number",
      7, READ),
    # Differences and averages of cells.
    C("The recursive network beats the recurrent one by 0.025 on average sentence-ordering "
      "accuracy.", "cell_arithmetic", 7, T1, "0.920 - 0.895 = 0.025."),
    C("On readability, the recursive network is 0.025 higher than the recurrent network.",
      "cell_arithmetic", 8, T2, "0.828 - 0.803 = 0.025."),
    C("The gap between the entity grid and the recursive network on the accident corpus is "
      "0.04.", "cell_arithmetic", 7, T1, "0.904 - 0.864 = 0.040."),
    X("On readability, Entity+S&O is 0.075 ahead of the recursive network.", "cell_arithmetic",
      8, T2, "0.888 - 0.828 = 0.060."),
    X("The recursive network's Earthquake accuracy exceeds its Acci accuracy by 0.102.",
      "cell_arithmetic", 7, T1, "0.976 - 0.864 = 0.112."),
    # Paraphrases.
    C("The recurrent network is simpler to implement than the recursive one and needs no parse "
      "trees.", "paraphrase", 7, TEXT7),
    C("Both neural models do better on the earthquake reports than on the accident reports.",
      "paraphrase", 7, TEXT7),
    C("Sentence vectors are learned with either recurrent or recursive neural networks, "
      "removing the need for feature engineering.", "paraphrase", 1,
      "Abstract (page 1): 'The proposed approach learns a syntactico-semantic representation "
      "for sentences automatically, using either recurrent or recursive neural networks. The "
      "architecture obviated the need for feature engineering'"),
    C("Only two hyperparameters are tuned: the window size and the regularization weight.",
      "paraphrase", 6, TUNE),
    C("In readability assessment too, the recursive network does better than the recurrent "
      "network.", "paraphrase", 8, READ),
    # Wrong numbers, transposed digits, neighbouring cells.
    X("Each ordering corpus has 200 articles for training.", "wrong_number", 6, DATA,
      "100 articles for training."),
    X("The Britannica Elementary corpus averages 63.6 sentences per document.",
      "transposed_digits", 7, READ, "36.6."),
    X("The accident corpus has a vocabulary of 4578 words.", "transposed_digits", 6, DATA,
      "4758."),
    X("The recurrent network reaches 0.815 on Earthquake.", "transposed_digits", 7, T1,
      "0.951."),
    X("The recurrent network reaches 0.864 on the accident corpus.", "neighbour_cell", 7, T1,
      "0.840; 0.864 is the recursive network's."),
    X("The HMM model averages 0.877 on sentence ordering.", "neighbour_cell", 7, T1,
      "0.880; 0.877 is HMM+Entity's."),
    X("On readability, the recurrent network reaches 0.828.", "neighbour_cell", 8, T2,
      "0.803; 0.828 is the recursive network's."),
    X("The entity grid reaches 0.888 on the Earthquake corpus.", "neighbour_cell", 7, T1,
      "0.872; 0.888 is its average."),
    X("Word embeddings are initialized from Senna with 100 dimensions.", "wrong_number", 5,
      TRAIN, "50 dimensions (100 is the hidden layer)."),
    # Directions and negations.
    X("On the accident corpus, the recursive network outperforms the entity grid.",
      "direction_flip", 7, T1, "0.864 < 0.904."),
    X("The graph approach scores higher on Earthquake than on Acci.", "direction_flip", 7, T1,
      "0.635 < 0.846."),
    X("The recurrent network outperforms the recursive network on readability assessment.",
      "direction_flip", 8, T2, "0.803 < 0.828; the text says the recursive one outperforms."),
    X("The recursive network performs worse than the recurrent network on sentence ordering.",
      "direction_flip", 7, TEXT7, "The recursive network obtains better performance."),
    X("The recurrent network depends on parse trees.", "negation", 7, TEXT7,
      "It does not rely on external resources (i.e., parse trees)."),
    X("The two Britannica versions differ in the number of articles they contain.", "negation",
      7, READ, "Both versions contain 107 articles."),
    # Counts.
    X("The regularization parameter Q is tuned over seven values.", "wrong_count", 6, TUNE,
      "Nine values."),
    X("The window size L is tried on four values.", "wrong_count", 6, TUNE, "Three: 3, 5, 7."),
    X("Seven baselines are compared with the two neural models on sentence ordering.",
      "wrong_count", 7, T1, "Five baselines (Entity Grid, HMM, HMM+Entity, HMM+Content, Graph) "
      "with the two neural models make seven rows."),
    # Names and numbers in relations the paper never states.
    U("The recursive network reaches 0.976 on Earthquake with a window size of 5.", 7,
      T1 + " " + TUNE, "L is tuned over {3, 5, 7} per setting; the chosen value is not given."),
    U("The recurrent network reaches 0.803 readability accuracy with regularization Q = 0.5.",
      8, T2 + " " + TUNE, "Q is tuned; no chosen value is reported."),
    U("The neural models were trained for 20 epochs.", 5, TRAIN + " " + DATA,
      "No epochs are given; 20 is the maximum of permutations per article."),
    U("The recursive network needs 30 minutes of training on the accident corpus.", 7, T1,
      "No training time is reported."),
    U("The entity grid's 0.904 on Acci was obtained with coreference resolution switched "
      "off.", 6, T1 + " Section 5.1.3 (page 6): 'Grid model ... obtains the best performance "
      "when coreference resolution, expressive syntactic information, and salience-based "
      "features are incorporated.'", "The paper reprints the best reported setting; nothing "
      "says coreference was off."),
)

REPORT = LabelledReport(
    file="02_neural_coherence.pdf",
    title="Neural Sentence Representations for Local Coherence",
    date="2027-10-05",
    examines="A Model of Coherence Based on Distributed Sentence Representation",
    research_question="Can learned sentence vectors replace hand-built features in coherence "
                      "models",
    references=(LH,),
    abstract="Coherence models have long relied on entity transitions and hand-built features. "
             "We review a model that scores windows of sentences with recurrent or recursive "
             "sentence vectors, on sentence ordering and readability assessment.",
    rows=ROWS,
)
