"""Held-out-18 report 2 (plain text): Kalchbrenner, Grefenstette, Blunsom, A Convolutional
Neural Network for Modelling Sentences (ACL 2014, arXiv 1404.2188v1; stamp "arXiv:1404.2188v1
[cs.CL] 8 Apr 2014"; two columns). Table 1 (page 7) prints seven classifiers' Fine-grained
and Binary accuracy on the movie reviews; Table 2 (page 8) seven TREC classifiers with their
features in a second column (two rows named MaxEnt, one SVM), whose first four rows the caption
attributes "respectively" to four cited papers; Table 3 (page 8) six Twitter classifiers. The
text of pages 7-9 gives the splits, the vocabularies, the hyperparameters of the binary and
fine-grained DCNNs (filters, k, feature maps) and of the TREC and Twitter runs. Adversarial
claims: the binary cell for the fine-grained one, a row of another table, the first MaxEnt for
the second, hyperparameters of the fine-grained network given to the binary one, the TREC d
for the sentence models' d, counts of experiments and question types, significance negated.
Labelled from the page images (tables at 200 dpi) and `pdftotext` (to copy digits) before any
verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

DC = "1404.2188"  # Kalchbrenner et al.; ACL 2014

T1 = ("Table 1 (page 7; Accuracy of sentiment prediction in the movie reviews dataset; columns "
      "Fine-grained (%), Binary (%)): NB 41.0 81.8; BiNB 41.9 83.1; SVM 40.7 79.4; RecNTN 45.7 "
      "85.4; Max-TDNN 37.4 77.1; NBoW 42.4 80.5; DCNN 48.5 86.8. Caption: the first four "
      "results are reported from Socher et al. (2013b).")
T2 = ("Table 2 (page 8; Accuracy of six-way question classification on the TREC questions "
      "dataset; columns Classifier, Features, Acc. (%)): Hier 91.0; MaxEnt (unigram, bigram, "
      "trigram, POS, chunks, NE, supertags, CCG parser, WordNet) 92.6; MaxEnt (... wh-word, head "
      "word, word shape, parser, hypernyms, WordNet) 93.6; SVM (... 60 hand-coded rules) 95.0; "
      "Max-TDNN unsupervised vectors 84.4; NBoW unsupervised vectors 88.2; DCNN unsupervised "
      "vectors 93.0. Caption: The first four results are respectively from Li and Roth (2002), "
      "Blunsom et al. (2006), Huang et al. (2008) and Silva et al. (2011).")
T3 = ("Table 3 (page 8; Accuracy on the Twitter sentiment dataset; columns Classifier, "
      "Accuracy (%)): SVM 81.6; BiNB 82.7; MaxEnt 83.0; Max-TDNN 78.8; NBoW 80.9; DCNN 87.4.")
S52 = ("Section 5.2 (page 7): In the binary case, we use the given splits of 6920 training, 872 "
       "development and 1821 test sentences. Likewise, in the fine-grained case, we use the "
       "standard 8544/1101/2210 splits ... The size of the vocabulary is 15448. Section 5.1 "
       "(page 7): the gradient-based optimisation is performed using the Adagrad update rule.")
HYP = ("Page 8: In the three neural sentence models - the Max-TDNN, the NBoW and the DCNN - the "
       "word vectors are parameters of the models that are randomly initialised; their "
       "dimension d is set to 48. The Max-TDNN has a filter of width 6 ... The width of the "
       "convolutional filters is 7 and 5, respectively. The value of k for the top k-max "
       "pooling is 4. The number of feature maps at the first convolutional layer is 6; the "
       "number of maps at the second convolutional layer is 14 ... The DCNN for the "
       "fine-grained result has the same architecture, but the filters have size 10 and 7, the "
       "top pooling parameter k is 5 and the number of maps is, respectively, 6 and 12.")
DISC = ("Page 8: We see that the DCNN significantly outperforms the other neural and "
        "non-neural models. The NBoW performs similarly to the non-neural n-gram based "
        "classifiers. The Max-TDNN performs worse than the NBoW likely due to the excessive "
        "pooling of the max pooling operation.")
TREC = ("Section 5.3 (pages 8-9): The TREC questions dataset involves six different question "
        "types ... The training dataset consists of 5452 labelled questions whereas the test "
        "dataset consists of 500 questions ... Blunsom et al. (2006) present a Maximum Entropy "
        "model that relies on 26 sets of syntactic and semantic features ... (page 9) As the "
        "dataset is rather small, we use lower-dimensional word vectors with d = 32 ... The DCNN "
        "uses a single convolutional layer with filters of size 8 and 5 feature maps. The "
        "difference between the performance of the DCNN and that of the other high-performing "
        "methods in Tab. 2 is not significant (p < 0.09).")
TW = ("Section 5.4 (page 9): The training set consists of 1.6 million tweets with "
      "emoticon-based labels and the test set of about 400 hand-annotated tweets ... This "
      "results in a vocabulary of 76643 word types ... The randomly initialised word embeddings "
      "are increased in length to a dimension of d = 60 ... We see a significant increase in "
      "the performance of the DCNN with respect to the non-neural n-gram based classifiers.")
ABS = ("Abstract (page 1): The network does not rely on a parse tree and is easily applicable "
       "to any language. We test the DCNN in four experiments: small scale binary and "
       "multi-class sentiment prediction, six-way question classification and Twitter "
       "sentiment prediction by distant supervision. The network achieves excellent performance "
       "in the first three tasks and a greater than 25% error reduction in the last task with "
       "respect to the strongest baseline.")
VIS = ("Section 5.5 (page 9): Since the filters have width 7, for each of the 288 feature "
       "detectors we rank all 7-grams occurring in the validation and test sets.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.26, "confirmed", cat, DC, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.23, "contradicted", cat, DC, page, ev, why)


def U(text, page, ev, why):
    return Row(text, False, 0.17, "unverified", "unsupported_relation", DC, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The DCNN reaches 48.5% fine-grained accuracy on the movie reviews.", "table_cell", 7,
      T1),
    C("On binary movie review sentiment, the DCNN reaches 86.8% accuracy.", "table_cell", 7,
      T1),
    C("RecNTN reaches 85.4% binary accuracy on the movie reviews.", "table_cell", 7, T1),
    C("The NBoW reaches 42.4% fine-grained accuracy on the movie reviews.", "table_cell", 7,
      T1),
    C("On TREC question classification, the Max-TDNN reaches 84.4% accuracy.", "table_cell", 8,
      T2),
    C("The DCNN reaches 93.0% accuracy on the TREC questions dataset.", "table_cell", 8, T2),
    C("On TREC, the SVM with 60 hand-coded rules reaches 95.0% accuracy.", "table_cell", 8, T2),
    C("The DCNN reaches 87.4% accuracy on the Twitter sentiment dataset.", "table_cell", 8, T3),
    C("On Twitter sentiment, the MaxEnt classifier reaches 83.0% accuracy.", "table_cell", 8,
      T3),
    C("On Twitter sentiment, the DCNN is 6.5 points more accurate than the NBoW.",
      "cell_arithmetic", 8, T3, "87.4 - 80.9 = 6.5."),
    C("On fine-grained movie review sentiment, the DCNN is 2.8 points above RecNTN.",
      "cell_arithmetic", 7, T1, "48.5 - 45.7 = 2.8."),
    C("The binary movie review splits have 6920 training, 872 development and 1821 test "
      "sentences.", "text_number", 7, S52),
    C("The movie review vocabulary has 15448 words.", "text_number", 7, S52),
    C("The TREC training set consists of 5452 labelled questions and its test set of 500 "
      "questions.", "text_number", 8, TREC),
    C("The Twitter training set consists of 1.6 million tweets with emoticon-based labels.",
      "text_number", 9, TW),
    C("Preprocessing the tweets gives a vocabulary of 76643 word types.", "text_number", 9, TW),
    C("In the binary DCNN, the convolutional filters have widths 7 and 5.", "text_number", 8,
      HYP),
    C("The binary DCNN has 6 feature maps at the first convolutional layer and 14 at the "
      "second.", "text_number", 8, HYP),
    C("For TREC, the DCNN uses word vectors of dimension d = 32.", "text_number", 9, TREC),
    C("The first layer of the binary sentiment DCNN has 288 feature detectors.", "text_number",
      9, VIS),
    C("The DCNN needs no parse tree.", "paraphrase", 1, ABS,
      "'The network does not rely on a parse tree'."),
    C("The Max-TDNN performs worse than the NBoW on movie review sentiment.", "paraphrase", 8,
      DISC + " " + T1, "Page 8, and Table 1: 37.4 < 42.4 and 77.1 < 80.5."),
    C("The network is optimised with the Adagrad update rule.", "paraphrase", 7, S52),
    C("On Twitter sentiment, the DCNN cuts the error of the strongest baseline by more than "
      "25%.", "paraphrase", 1, ABS,
      "'a greater than 25% error reduction in the last task with respect to the strongest "
      "baseline'."),
    # --- contradicted ------------------------------------------------------------------------
    X("The DCNN reaches 48.5% accuracy on binary movie review sentiment.", "neighbour_cell", 7,
      T1, "48.5 is the fine-grained cell; the binary one is 86.8."),
    X("BiNB reaches 41.0% fine-grained accuracy on the movie reviews.", "neighbour_cell", 7, T1,
      "41.0 is NB's; BiNB's is 41.9."),
    X("The Maximum Entropy model of Blunsom et al. (2006) reaches 93.6% on TREC.",
      "neighbour_cell", 8, T2,
      "The caption gives the second row (MaxEnt, 92.6) to Blunsom et al.; 93.6 is Huang et "
      "al.'s."),
    X("The Max-TDNN reaches 78.8% binary accuracy on the movie reviews.", "wrong_number", 7, T1,
      "Table 1: 77.1 (78.8 is its Twitter accuracy, Table 3)."),
    X("The movie review vocabulary has 15484 words.", "transposed_digits", 7, S52,
      "The paper prints 15448."),
    X("The TREC training set consists of 5542 labelled questions.", "transposed_digits", 8,
      TREC, "The paper prints 5452."),
    X("The binary movie review split has 827 development sentences.", "transposed_digits", 7,
      S52, "The paper prints 872."),
    X("The TREC questions dataset involves five different question types.", "wrong_count", 8,
      TREC, "'six different question types'."),
    X("The DCNN is tested in three experiments.", "wrong_count", 1, ABS,
      "'We test the DCNN in four experiments'."),
    X("The fine-grained DCNN has 14 feature maps at its second convolutional layer.",
      "wrong_number", 8, HYP, "The fine-grained network has 6 and 12 maps (14 is the binary "
                              "one's)."),
    X("For TREC, the DCNN uses word vectors of dimension d = 48.", "wrong_number", 9, TREC,
      "d = 32 for TREC; 48 is the movie review setting."),
    X("On Twitter sentiment, the NBoW outperforms the DCNN.", "direction_flip", 8, T3,
      "80.9 < 87.4."),
    X("RecNTN beats the DCNN on fine-grained movie review sentiment.", "direction_flip", 7, T1,
      "45.7 < 48.5."),
    X("The difference between the DCNN and the other high-performing methods on TREC is "
      "significant.", "negation", 9, TREC, "'is not significant (p < 0.09)'."),
    X("The DCNN relies on a parse tree.", "negation", 1, ABS,
      "'The network does not rely on a parse tree'."),
    # --- unverified --------------------------------------------------------------------------
    U("The DCNN applies dropout with a rate of 0.5 to the penultimate layer.", 8,
      "Page 8: At training time we apply dropout to the penultimate layer after the last tanh "
      "non-linearity.", "No dropout rate is printed."),
    U("The DCNN processes 1.6 million sentences per hour on one GPU.", 7,
      "Page 7: A Matlab implementation processes multiple millions of input sentences per hour "
      "on one GPU. " + TW, "1.6 million is the Twitter training set; no such throughput."),
    U("The Max-TDNN has 288 feature detectors in its first layer.", 9, VIS,
      "The 288 detectors are the DCNN's."),
    U("On Twitter sentiment, RecNTN reaches 85.4% accuracy.", 8, T3 + " " + T1,
      "RecNTN is not in Table 3; 85.4 is its binary movie review accuracy."),
    U("The DCNN beats RecNTN on TREC question classification.", 8, T2,
      "RecNTN is not evaluated on TREC."),
    U("Averaged over 5 runs, the DCNN outperforms the NBoW by 4.8 points on TREC.", 8, T2,
      "93.0 - 88.2 = 4.8 but no runs are averaged in the paper."),
    U("The DCNN reaches 87.4% accuracy on the Twitter development set.", 8, T3 + " " + TW,
      "The paper has no Twitter development set; Table 3 is on the test set of hand-annotated "
      "tweets."),
    U("Adding a parse tree raises the DCNN's binary accuracy to 86.8%.", 7, T1 + " " + ABS,
      "No run of the DCNN with a parse tree."),
    U("The 400 hand-annotated test tweets are split evenly between positive and negative.", 9,
      TW, "The split of the test tweets is not given."),
    U("On TREC, Huang et al.'s MaxEnt uses 26 sets of syntactic and semantic features.", 8,
      TREC + " " + T2, "The 26 sets are Blunsom et al.'s model's."),
    # --- truncated ---------------------------------------------------------------------------
    Row(cut("On the six-way TREC question classification task, the DCNN with unsupervised word "
            "vectors reaches 93.0% accuracy, against 95.0% for the SVM with hand-coded rules."),
        True, 0.2, "unverified", "truncated", DC, 8, T2,
        "Cut after the DCNN's 93.0 but before the SVM's figure: not judged as a whole."),
    Row(cut("The DCNN trained on movie reviews reaches 46.8% fine-grained accuracy and 86.8% "
            "binary accuracy, the best of all seven classifiers of Table 1."), True, 0.2,
        "contradicted", "truncated", DC, 7, T1,
        "The part kept states 46.8 for the fine-grained accuracy printed 48.5."),
)

REPORT = LabelledReport(
    file="02_dcnn.txt",
    title="Dynamic k-Max Pooling for Sentence Classification",
    date="2027-09-02",
    examines="a dynamic convolutional sentence model on sentiment and question types",
    research_question="Can a convolutional sentence model match feature-engineered classifiers?",
    references=(DC,),
    rows=ROWS,
    quality_score=6.9,
)
