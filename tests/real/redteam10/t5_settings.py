"""Red-team-10 report 5 (Markdown): claims over the three papers of the corpus that share their
names and numbers but assert a setting, a split, a cause or a significance the papers never
state, and plain true claims for recall, written after the first four batches had run (the
corpus needed a fifth of unverified claims and two fifths of confirmed ones): the right cell
with an unstated hyperparameter (feature maps, epochs, energy function, filter width), dev for
test, a hypothesis read as a finding, a per-subforum or per-domain number the paper gives only
as an average or a range, a result only a figure shows, baselines' settings never given.
Labelled from the page images before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

ARC = "1503.03244"  # Hu et al., Convolutional Neural Network Architectures for Matching (2014)
D2V = "1607.05368"  # Lau and Baldwin, empirical evaluation of doc2vec (2016)
ATT = "1710.00519"  # Yin and Schuetze, Attentive Convolution (2017)

ARC_EV = ("Tables 1-3 (pages 7-8): ARC-II 49.62 (sentence completion), 61.95 (tweet matching), "
          "69.9 / 80.91 (MSRP test); SENMLP 36.14; DEEPMATCH 32.5. Section 4 (page 6): "
          "feature maps 'typically from 200 to 500'; no learning rate, epochs or training time; "
          "We use ReLu [7] as the activation function for all of models; a ranking-based loss "
          "e(x, y+, y-) = max(0, 1 + s(x, y-) - s(x, y+)) with a large margin objective. Section "
          "3.2 (page 4): In Layer-3, we perform a 2D convolution on k3 x k3 windows of output "
          "from Layer-2. Section 5.2 (page 7): a sentence from Reuters [12]; 3 million triples "
          "from 600K positive pairs (negatives per pair in training not stated); URAE comes last, "
          "'which might be caused by' training data and the split-sentence setting. Section 5.3: "
          "We hold out 300K original (tweet, response) pairs. Section 5.4: report the test "
          "performance from early stopping. Section 5.5 (page 8): word order detection with "
          "around 60% accuracy.")
D2V_EV = ("Table 1 (page 4): dbow android .97; dmpv english .90; ngram gaming .94; cbow english "
          ".73 (test pairs). Section 3.1 (page 3): On average across all twelve subforums, there "
          "are 22 true positive pairs per 10M question pairs; for word types we explore n-grams "
          "of order n = {1, 2, 3, 4}. Page 4: We hypothesise that the order and the surface form "
          "of words possibly has a stronger role in this subforum. Section 3.2: each domain has "
          "375-750 annotated pairs. Table 4 (page 5): Q-Dup training size 4.3M (an average word "
          "count across all subforums); negative sample 5 for every row. Section 3.3: The "
          "learning rate decreases linearly per epoch from the initial rate to the minimum rate. "
          "Sections 4-5 (pages 5-7): no inference time, no dimension of pp or GL-NEWS vectors, "
          "epochs of pre-trained runs only 'fewer than before', no significance tests.")
ATT_EV = ("Table 3 (page 8; SNLI test): advanced 87.8; W-by-W attention 83.5; Match-LSTM 86.1; "
          "ensemble 89.3. Table 4 (page 9): ablation on SNLI dev only. Table 5 (page 9; "
          "SQUAD-AnSS test p@1): Sentence-Rank 86.00; ABCNN 84.72; Bi-GRU 78.14. Table 6 (page "
          "10): Paragraph Vector 58.43; advanced 67.36. Section 3.1 (page 5): three energy "
          "functions (dot product, bilinear form, additive projection), the one used not said. "
          "Section 4.1 (page 7): filter width 3 for SNLI only. Section 4.2: 105,980 "
          "question-sentence pairs as test set. Section 4.3 (page 10): The task is five-way "
          "classification: one to five stars; Figure 2 only for length groups. No training "
          "time or significance for Table 3.")


def C(text, cat, paper, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, paper, page, ev, why)


def U(text, paper, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", paper, page, ev, why)


# Fifth batch (labelled from the page images before it ran).
ROWS = (
    # --- unverified: Hu et al. -----------------------------------------------------------------
    U("ARC-II reaches 49.62 P@1 on sentence completion with 400 feature maps.", ARC, 7, ARC_EV,
      "The number of feature maps per task is not given."),
    U("ARC-II trains in two days on a single multi-core machine.", ARC, 6, ARC_EV,
      "No training time is reported."),
    U("ARC-II reaches 69.9% accuracy on the MSRP development set.", ARC, 8, ARC_EV,
      "Table 3 reports the test set."),
    U("SENMLP reaches 36.14 P@1 on sentence completion with 3 hidden layers.", ARC, 7, ARC_EV,
      "SENMLP's layers are not given; 3 hidden layers are DeepMatch's."),
    U("uRAE+MLP scores lowest on sentence completion because its sentence vectors have only 100 "
      "dimensions.", ARC, 7, ARC_EV, "The paper suggests other causes (training data, parsing)."),
    U("ARC-II's tweet matching P@1 is significantly higher than ARC-I's at p < 0.01.", ARC, 7,
      ARC_EV, "No significance test is reported."),
    U("DeepMatch reaches 32.5 P@1 on sentence completion after fine-tuning its word embeddings.",
      ARC, 7, ARC_EV, "Fine-tuning is mentioned only for the omitted experiments."),
    U("The Reuters sentences for sentence completion come from RCV1 version 2.", ARC, 7, ARC_EV,
      "No version is given."),
    U("ARC-II reaches around 60% P@1 when matching tweets to responses in the right word order.",
      ARC, 8, ARC_EV, "Around 60% is the accuracy of telling word order, not a matching P@1."),
    U("The sentence completion data come from Reuters articles published in 1996.", ARC, 7,
      ARC_EV, "No year of the Reuters articles is given."),
    U("ARC-I uses 300 hidden nodes in its MLP.", ARC, 6, ARC_EV,
      "ARC-I has 'more hidden nodes'; no count is given."),
    # --- unverified: Lau and Baldwin -----------------------------------------------------------
    U("dbow reaches a ROC AUC of .97 on the android development partition.", D2V, 4, D2V_EV,
      "Table 1 reports the test pairs."),
    U("dmpv reaches .90 AUC on english because questions about grammar depend on word order.",
      D2V, 4, D2V_EV, "A hypothesis of the authors, not a finding."),
    U("pp reaches .92 AUC on android with 300-dimensional embeddings.", D2V, 6, D2V_EV,
      "pp's dimension is not given."),
    U("Inferring an embedding for a new document with dbow takes about one second.", D2V, 5,
      D2V_EV, "No inference time is reported."),
    U("The STS 2015 images domain has 750 annotated pairs.", D2V, 4, D2V_EV,
      "Only the range 375-750 over the domains is given."),
    U("dbow with pre-trained WIKI embeddings reaches .80 on images after 100 training epochs.",
      D2V, 7, D2V_EV, "The epochs of the pre-trained runs are not given."),
    U("DLS reaches .74 on belief with a supervised SVM regressor.", D2V, 4, D2V_EV,
      "DLS's learner is not described."),
    U("A trigram-only ngram baseline reaches .80 AUC on android.", D2V, 4, D2V_EV,
      ".80 is the unigram-bigram-trigram ngram baseline."),
    U("doc2vec's advantage over word2vec on Q-Dup is statistically significant.", D2V, 4, D2V_EV,
      "No significance test is reported."),
    U("Each subforum's 10M-pair test partition contains 22 true positive pairs.", D2V, 3, D2V_EV,
      "22 per 10M is the average across subforums."),
    U("The GL-NEWS skip-gram vectors are 300-dimensional.", D2V, 6, D2V_EV,
      "Their dimension is not stated."),
    # --- unverified: Yin and Schuetze ----------------------------------------------------------
    U("Advanced AttentiveConvNet reaches 87.8% on SNLI dev.", ATT, 8, ATT_EV,
      "87.8 is the test accuracy; dev is given only for the ablated system."),
    U("The ensemble's 89.3% on SNLI is significantly better than LSTMN's at p < .05.", ATT, 8,
      ATT_EV, "Table 3 marks no significance."),
    U("Light AttentiveConvNet uses the bilinear energy function on SNLI.", ATT, 5, ATT_EV,
      "The energy function used is not said."),
    U("Advanced AttentiveConvNet reaches 67.36% on Yelp with a filter width of 5.", ATT, 10,
      ATT_EV, "No filter width is given for Yelp."),
    U("Sentence-Rank reaches 86.00 p@1 on the SQuAD-AnSS dev set.", ATT, 9, ATT_EV,
      "Table 5 is the test set."),
    U("ABCNN reaches 84.72 p@1 on SQuAD-AnSS with three convolution layers.", ATT, 9, ATT_EV,
      "ABCNN's layers are not given."),
    U("On the longest tenth of Yelp reviews, AttentiveConvNet beats MultichannelCNN by 7 points.",
      ATT, 10, ATT_EV, "Figure 2 only; no value is stated."),
    U("Training AttentiveConvNet on SNLI takes 10 hours.", ATT, 7, ATT_EV,
      "No training time is reported."),
    U("The SQuAD-AnSS test set has 10,570 questions.", ATT, 9, ATT_EV,
      "Only the number of question-sentence pairs (105,980) is given."),
    U("Match-LSTM's 86.1% on SNLI is an ensemble result.", ATT, 8, ATT_EV,
      "Whether the baseline is an ensemble is not said."),
    # --- confirmed (plain) ---------------------------------------------------------------------
    C("In Layer-3, ARC-II performs a 2D convolution on k3 x k3 windows.", "paraphrase", ARC, 4,
      ARC_EV),
    C("For tweet matching, 300K original (tweet, response) pairs are held out for testing.",
      "text_number", ARC, 7, ARC_EV),
    C("ReLU is the activation function of all the models.", "paraphrase", ARC, 6, ARC_EV),
    C("ARC-II reaches 61.95 P@1 on tweet matching.", "table_cell", ARC, 7, ARC_EV),
    C("The models are trained with a ranking-based large margin objective.", "paraphrase", ARC, 6,
      ARC_EV),
    C("ngram reaches an AUC of .94 on the gaming subforum.", "table_cell", D2V, 4, D2V_EV),
    C("cbow reaches an AUC of .73 on the english subforum.", "table_cell", D2V, 4, D2V_EV),
    C("For Q-Dup, the training size is 4.3M words, an average over the subforums.", "table_cell",
      D2V, 5, D2V_EV),
    C("The optimal number of negative samples is 5 for both dbow and dmpv.", "table_cell", D2V,
      5, D2V_EV),
    C("The learning rate decreases linearly per epoch from the initial to the minimum rate.",
      "paraphrase", D2V, 5, D2V_EV),
    C("W-by-W attention (Rocktaschel et al.) reaches 83.5% on SNLI test.", "table_cell", ATT, 8,
      ATT_EV, "As the paper quotes it."),
    C("The Bi-GRU of Tang et al. (2017) reaches 78.14 p@1 on SQuAD-AnSS.", "table_cell", ATT, 9,
      ATT_EV),
    C("Paragraph Vector reaches 58.43% accuracy on Yelp.", "table_cell", ATT, 10, ATT_EV),
    C("The Yelp task is a five-way classification from one to five stars.", "text_number", ATT,
      10, ATT_EV),
)

REPORT = LabelledReport(
    file="05_matching_and_embeddings_settings.md",
    title="Settings Behind Matching, Attention and Document-Embedding Results",
    date="2027-10-05",
    examines="the settings, splits and causes behind the three papers' results",
    research_question="Under which settings do the reported results hold?",
    references=(ARC, D2V, ATT),
    rows=ROWS,
    quality_score=6.4,
)
