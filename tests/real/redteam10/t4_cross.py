"""Red-team-10 report 4 (text with bare headings): claims over the three papers of the corpus
(Hu et al. arXiv 1503.03244, Lau and Baldwin arXiv 1607.05368v1, Yin and Schuetze arXiv
1710.00519v1), written after the first three batches had run, on what they left untried:
ranges ("from 200 to 500", "8~28 words", "50M to 1B", a column's minimum and maximum), "up
to" and "at least", averages over rows and over tasks (right and wrong, one landing on another
table's number), a slash pair without labels ("76.8%/83.6%", accuracy / F1), rankings ("comes
third", "comes last"), footnotes (a dump date, vocabulary sizes), caption marks (significance
at p < .05), baselines' numbers the papers only quote (Rus et al., Bowman et al., Parikh et
al., Lin et al.), dev for test, and settings never stated. Labelled from the page images
(110 dpi) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

ARC = "1503.03244"  # Hu et al., Convolutional Neural Network Architectures for Matching (2014)
D2V = "1607.05368"  # Lau and Baldwin, empirical evaluation of doc2vec (2016)
ATT = "1710.00519"  # Yin and Schuetze, Attentive Convolution (2017)

ARC_T = ("Table 1 (page 7; Sentence Completion; P@1(%)): Random Guess 20.00; DEEPMATCH 32.5; "
         "WORDEMBED 37.63; SENMLP 36.14; SENNA+MLP 41.56; URAE+MLP 25.76; ARC-I 47.51; ARC-II "
         "49.62. Table 2 (page 7; Tweet Matching; P@1(%)): Random Guess 20.00; DEEPMATCH 49.85; "
         "WORDEMBED 54,31; SENMLP 52.22; SENNA+MLP 56.48; ARC-I 59.18; ARC-II 61.95. Table 3 "
         "(page 8; Paraphrase; Acc. (%), F1(%)): Baseline 66.5 79.90; Rus et al. (2008) 70.6 "
         "80.5; WORDEMBED 68.7 80.49; SENNA+MLP 68.4 79.7; SENMLP 68.4 79.5; ARC-I 69.6 80.27; "
         "ARC-II 69.9 80.91")
ARC_X = ("Section 4 (page 6): All the proposed models perform better with mini-batch (100 ~ 200 "
         "in sizes) ... We use 50-dimensional word embedding trained with the Word2Vec: the "
         "embedding for English words ... is learnt on Wikipedia (~1B words), while that for "
         "Chinese words (Section 5.3) is learnt on Weibo data (~300M words) ... test various "
         "numbers of feature maps (typically from 200 to 500). Section 5.2 (page 7): two "
         "'balanced' clauses (with 8~ 28 words) ... It is a bit surprising that URAE comes last "
         "on this task. Section 5.4 (page 8): still significantly lower than the "
         "state-of-the-art (76.8%/83.6%), achieved with unfolding-RAE and other features.")
D2V_T = ("Table 1 (page 4; ROC AUC; dbow, dmpv, sg, cbow, ngram): dbow column .97 .84 1.00 .93 "
         ".96 .96 .93 1.00 .94 .98 .92 .97; dmpv column .96 .90 .98 .95 .90 .99 .83 .95 .91 .95 "
         ".91 .97. Table 2 (page 4; Pearson's r; DLS, dbow, dmpv, sg, cbow, ngram): headlines "
         ".83 .77 .78 .74 .69 .61; ans-forums .74 .66 .65 .62 .52 .50; ans-students .77 .65 .60 "
         ".69 .64 .65; belief .74 .76 .75 .72 .59 .67; images .86 .78 .75 .73 .69 .62")
D2V_X = ("Section 3.1 (page 3): the total number of instances (question pairs) ranges from 50M "
         "to 1B pairs for the training partitions, and 30M to 300M pairs for the test "
         "partitions. Section 3.2 (page 4): 'DLS' (Sultan et al., 2015). Note, however, that "
         "this system is supervised and highly customised to the task, whereas our methods are "
         "completely unsupervised. Footnote 8 (page 5): Using the dump dated 2015-12-01. "
         "Footnote 9: the vocabulary size is approximately 670K for WIKI and 300K for AP-NEWS. "
         "Section 4.1 (page 6): dbow outperforms pp over most Q-Dup subforums, although the "
         "situation is reversed for STS.")
ATT_T = ("Table 3 (page 8; SNLI test acc): bi-CNN 80.3; bi-LSTM (Bowman et al., 2015) 77.6; "
         "Tree-CNN 82.1; NES 84.8; W-by-W attention 83.5; Self-Attentive 84.4; Match-LSTM (Wang "
         "& Jiang) 86.1; Decompose Attention (Parikh) 86.8; LSTMN 89.1; ABCNN 83.7; APCNN 83.9; "
         "light 86.3; advanced 87.8; advanced&intra-attention 88.4; ensemble 89.3. Table 4 (page "
         "9; SNLI dev): 88.7; w/o tri-hidden 88.4; w/o uni-hidden 87.3; w/o gate 88.2. Table 5 "
         "(page 9; SQUAD-AnSS p@1): Sentence-Rank 86.00; ABCNN 84.72; APCNN 84.14; light 87.42*; "
         "advanced 88.27*; advanced&intra-att 88.54* (* significant improvements over state of "
         "the art, test of equal proportions, p < .05). Table 6 (page 10; Yelp acc): "
         "CNN+internal attention 61.43; Lin et al. RNN Self-Att. 64.21; light 66.75; advanced "
         "67.36* (* as in Table 5, p < .05)")
ATT_X = ("Section 4.2 (page 9): Our performance is almost 90% (Table 5) ... It is 3 points above "
         "the attentive pooling CNNs and up to 2.54 above the state-of-the-art.")


def C(text, cat, paper, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, paper, page, ev, why)


def X(text, cat, paper, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, paper, page, ev, why)


def U(text, paper, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", paper, page, ev, why)


# Fourth batch (labelled from the page images before it ran).
ROWS = (
    # --- Hu et al. -----------------------------------------------------------------------------
    C("The numbers of feature maps tested range from 200 to 500.", "text_number", ARC, 6, ARC_X),
    X("The sentence completion clauses have between 8 and 20 words.", "wrong_number", ARC, 7,
      ARC_X, "8~28 words."),
    C("The proposed models are trained with mini-batches of 100 to 200 instances.", "paraphrase",
      ARC, 6, ARC_X),
    C("Rus et al. (2008) reach 70.6% accuracy and 80.5 F1 on MSRP.", "table_cell", ARC, 8, ARC_T,
      "As the paper quotes it in Table 3."),
    C("The state of the art on MSRP reaches 76.8% accuracy.", "text_number", ARC, 8, ARC_X),
    X("The unfolding-RAE state of the art reaches 83.6% accuracy on MSRP.", "neighbour_cell", ARC,
      8, ARC_X, "76.8% accuracy; 83.6% is its F1 (the pair is accuracy / F1)."),
    C("Averaged over sentence completion and tweet matching, ARC-II's P@1 is 55.785.",
      "cell_arithmetic", ARC, 7, ARC_T, "(49.62 + 61.95) / 2 = 55.785."),
    X("Averaged over sentence completion and tweet matching, ARC-I's P@1 is 55.785.",
      "cell_arithmetic", ARC, 7, ARC_T, "(47.51 + 59.18) / 2 = 53.345; 55.785 is ARC-II's."),
    X("The Chinese word embeddings for tweet matching are 100-dimensional.", "wrong_number", ARC,
      6, ARC_X, "50-dimensional for all word embeddings."),
    X("The English word embeddings are learnt on about 300M words of Wikipedia.",
      "wrong_number", ARC, 6, ARC_X, "~1B words; 300M is the Weibo data."),
    C("On tweet matching, SENNA+MLP comes third, behind ARC-II and ARC-I.", "paraphrase", ARC, 7,
      ARC_T, "61.95, 59.18, 56.48, then 54.31."),
    X("DeepMatch comes last on sentence completion.", "unsupported_relation", ARC, 7,
      ARC_T + " " + ARC_X,
      "URAE+MLP comes last (25.76 < 32.5)."),
    U("ARC-II is trained with a learning rate of 0.01.", ARC, 6, ARC_X,
      "No learning rate is reported."),
    # --- Lau and Baldwin -----------------------------------------------------------------------
    C("dmpv's AUC ranges from .83 to .99 across the 12 subforums.", "table_cell", D2V, 4, D2V_T,
      "programmers .83, physics .99."),
    X("dbow's AUC ranges from .84 to .99 across the 12 subforums.", "wrong_number", D2V, 4, D2V_T,
      "dbow reaches 1.00 (gaming, stats); the range is .84 to 1.00."),
    C("The training partitions range from 50M to 1B question pairs.", "text_number", D2V, 3,
      D2V_X),
    X("The test partitions range from 30M to 1B question pairs.", "wrong_number", D2V, 3, D2V_X,
      "30M to 300M."),
    C("The AP-NEWS vocabulary has about 300K words after removing low frequency words.",
      "text_number", D2V, 5, D2V_X, "Footnote 9."),
    X("The AP-NEWS vocabulary has about 670K words.", "wrong_number", D2V, 5, D2V_X,
      "300K; 670K is WIKI's."),
    C("The Wikipedia dump used is dated 2015-12-01.", "text_number", D2V, 5, D2V_X, "Footnote 8."),
    X("pp outperforms dbow over most Q-Dup subforums.", "direction_flip", D2V, 6, D2V_X,
      "dbow outperforms pp over most Q-Dup subforums."),
    C("On STS, pp outperforms dbow.", "paraphrase", D2V, 6, D2V_X,
      "'the situation is reversed for STS'."),
    C("Averaged over the five STS domains, dbow reaches a Pearson's r of .724.",
      "cell_arithmetic", D2V, 4, D2V_T, "(.77 + .66 + .65 + .76 + .78) / 5 = .724."),
    X("Averaged over the five STS domains, dmpv reaches a Pearson's r of .724.",
      "cell_arithmetic", D2V, 4, D2V_T, "(.78 + .65 + .60 + .75 + .75) / 5 = .706."),
    X("DLS is an unsupervised system.", "negation", D2V, 4, D2V_X, "It is supervised."),
    U("dbow trained on WIKI takes two days to train.", D2V, 5, D2V_X,
      "No training time is reported."),
    U("dmpv trained on AP-NEWS uses a vector size of 300.", D2V, 5, D2V_X,
      "Only dbow is trained on the external corpora."),
    # --- Yin and Schuetze ----------------------------------------------------------------------
    C("AttentiveConvNet's p@1 on SQuAD-AnSS ranges from 87.42 to 88.54 across its three "
      "variants.", "table_cell", ATT, 9, ATT_T),
    X("AttentiveConvNet is up to 3.54 points above Sentence-Rank on SQuAD-AnSS.",
      "wrong_number", ATT, 9, ATT_X, "Up to 2.54."),
    C("AttentiveConvNet reaches almost 90% p@1 on SQuAD-AnSS.", "text_number", ATT, 9, ATT_X),
    X("The average SNLI test accuracy of the light and advanced AttentiveConvNets is 87.3%.",
      "cell_arithmetic", ATT, 8, ATT_T, "(86.3 + 87.8) / 2 = 87.05; 87.3 is a dev cell of "
      "Table 4."),
    C("The two attentive pooling CNNs average 83.8% on SNLI test.", "cell_arithmetic", ATT, 8,
      ATT_T, "(83.7 + 83.9) / 2 = 83.8."),
    C("The bi-LSTM of Bowman et al. (2015) reaches 77.6% on SNLI test.", "table_cell", ATT, 8,
      ATT_T, "As the paper quotes it."),
    U("The bi-LSTM of Bowman et al. (2015) reaches 77.6% on SNLI dev.", ATT, 8, ATT_T,
      "Table 3 is the test set."),
    X("Decompose Attention (Parikh et al.) reaches 86.1% on SNLI.", "neighbour_cell", ATT, 8,
      ATT_T, "86.8; 86.1 is Match-LSTM's."),
    U("Match-LSTM reaches 86.1% on SNLI with 300-dimensional GloVe embeddings.", ATT, 8, ATT_T,
      "The baselines' settings are not stated."),
    X("Lin et al.'s RNN self-attention reaches 61.43% on Yelp.", "neighbour_cell", ATT, 10, ATT_T,
      "64.21; 61.43 is CNN+internal attention."),
    X("On Yelp, AttentiveConvNet beats both self-attentive models by at least 5 points.",
      "cell_arithmetic", ATT, 10, ATT_T, "At most 67.36 - 64.21 = 3.15 over RNN Self-Att."),
    C("Advanced AttentiveConvNet's improvement on Yelp is significant at p < .05.",
      "text_number", ATT, 10, ATT_T, "The '*' of Table 6."),
    U("Advanced AttentiveConvNet's improvement on Yelp is significant at p < .01.", ATT, 10,
      ATT_T, "Only p < .05 is stated."),
)

REPORT = LabelledReport(
    file="04_matching_and_embeddings_cross.txt",
    title="Ranges, Averages and Quoted Baselines in Three NLP Papers",
    date="2027-10-04",
    examines="ranges, averages, quoted baselines and settings across three papers",
    research_question="Do summaries of ranges, averages and baselines hold against the papers?",
    references=(ARC, D2V, ATT),
    rows=ROWS,
    quality_score=6.6,
)
