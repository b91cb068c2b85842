"""Red-team-10 report 3 (Markdown): Yin and Schuetze, Attentive Convolution (arXiv 1710.00519v1;
two columns, 12 pages). Table 3 (page 8) SNLI test accuracy of 15 systems in three row groups
(w/o attention, with attention, AttentiveConvNet light / advanced / advanced&intra-attention /
ensemble), the prior state of the art (LSTMN, 89.1) in italics; Table 4 (page 9) an ablation on
SNLI dev (88.7, 88.4, 87.3, 88.2, with 88.4 also the test cell of another row of Table 3);
Table 5 (page 9) p@1 on SQuAD-AnSS with "*" marks; Table 6 (page 10) Yelp accuracy. The text
gives split sizes (549,367 / 9,842 / 9,824; 105,980; 448,307 = 400,000 + 48,307; 500K / 2000 /
2000), per-task settings (learning rate .02 / .02 / .01, batch size 50 / 30 / 10, hidden size
300 / 500), length percentiles (46, 81, 125), cosine similarities (.7, .31, .46) and a footnote
on the ensemble's five copies. Adversarial claims: the neighbouring row of a group, dev for
test, a baseline's (the prior state of the art's) number given to the proposed model, one
task's setting given to another, transposed dev / test sizes, a percentile for another,
directions and negations in other words, differences and averages of cells. Labelled from the
page images (110 dpi) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

ATT = "1710.00519"  # Yin and Schuetze, Attentive Convolution (2017)

T3 = ("Table 3 (page 8; Performance comparison on SNLI test; column acc): w/o attention: bi-CNN "
      "80.3; bi-LSTM (Bowman et al., 2015) 77.6; Tree-CNN (Mou et al., 2016) 82.1; NES "
      "(Munkhdalai and Yu, 2017) 84.8; with attention: W-by-W attention (Rocktaschel) 83.5; "
      "Self-Attentive (Lin et al., 2017) 84.4; Match-LSTM (Wang & Jiang) 86.1; Decompose "
      "Attention (Parikh) 86.8; LSTMN (Cheng et al., 2016) 89.1 (italic: prior state of the "
      "art); ABCNN (Yin et al., 2016) 83.7; APCNN (dos Santos et al., 2016) 83.9; Attentive "
      "ConvNet: light 86.3; advanced 87.8; advanced&intra-attention 88.4; ensemble 89.3")
T4 = ("Table 4 (page 9; Ablation test on SNLI dev; column acc): AttentiveConvNet "
      "(advanced+intra-attention) 88.7; w/o tri-hidden 88.4; w/o uni-hidden 87.3; w/o gate 88.2")
T5 = ("Table 5 (page 9; System comparison on SQUAD-AnSS; column p@1; * significant improvements "
      "over state of the art): WordC1 68.87; WordC2 79.59; CDSSM (Shen et al., 2014) 67.21; "
      "bi-CNN 77.94; Bi-GRU (Tang et al., 2017) 78.14; Sentence-Rank 86.00 (italic); ABCNN (Yin "
      "et al., 2016) 84.72; APCNN (dos Santos et al., 2016) 84.14; light 87.42*; advanced "
      "88.27*; advanced&intra-att 88.54*")
T6 = ("Table 6 (page 10; System comparison on Yelp; column acc): Paragraph Vector 58.43; Lin et "
      "al. BiLSTM 61.99; Lin et al. CNN 62.05; MultichannelCNN (Kim) 64.62 (italic); "
      "CNN+internal attention 61.43; Lin et al. RNN Self-Att. 64.21; light 66.75; advanced "
      "67.36*")
SETUP = ("Section 4 (page 7): The input is represented using 300-dimensional publicly available "
         "GloVe embeddings ... The architecture consists of the following seven layers ... We "
         "use AdaGrad (Duchi et al., 2011) for training. Embeddings are fine-tuned during "
         "training. Section 4.1: Dataset: SNLI, split 549,367 / 9,842 / 9,824 into "
         "train/dev/test ... Setup: dropout of .1 for the output of each layer, learning rate "
         ".02, hidden size 300 across layers, batch size 50, filter width 3.")
SNLI = ("Section 4.1 (page 8): In Table 3, AttentiveConvNet outperforms bi-CNN, its "
        "w/o-attention equivalent, by >= 6 = 86.3 - 80.3 ... The single system "
        "advanced&intra-attention outperforms three of these baselines and is close to LSTMN "
        "(89.1 vs. 88.4). Footnote 2: The ensemble uses five copies of "
        "AttentiveConvNet-advanced&intra-attention system with different parameters.")
ABL = ("Page 9: Each component is found contributing to overall performance; uni-hidden states "
       "show especially big benefit compared to tri-hidden states ... it is why we do not stack "
       "another attentive convolution layer.")
SQ = ("Section 4.2 (page 9): we use 105,980 question-sentence pairs derived from squad-dev as "
      "test set. We derive 448,307 question sentence pairs from squad-train and split them into "
      "train (400,000) and dev (48,307) ... rank the predicted probability of a positive pair "
      "higher than that of a negative pair by a margin (set to .85) ... Other hyperparameters: "
      "learning rate .02, batch size 30 ... AttentiveConvNet outperforms all prior systems. It "
      "is 3 points above the attentive pooling CNNs and up to 2.54 above the state-of-the-art "
      "... WordC2, the simple method with overlapping features, is even more effective than "
      "Tang et al. (2017)'s Bi-GRU.")
YELP = ("Section 4.3 (page 10): Yelp: 500K/2000/2000 review-star pairs in train/dev/test ... "
        "25%, 50%, 75% percentiles are 46, 81, 125 words, respectively ... Hyperparameters: "
        "learning rate .01, hidden size 500 across layers, dropout .1, batch size 10 ... We sort "
        "the 2000 test instances by length, then split them into 10 groups, each consisting of "
        "200 instances ... AttentiveConvNet consistently outperforms MultichannelCNN, the "
        "strongest baseline system, for all lengths. Furthermore, the improvement over "
        "MultichannelCNN generally increases with length.")
COS = ("Page 7: The cosine similarity of these two words [inside, outside] is high, e.g., ~ .7 "
       "in word2vec and GloVe. On the other hand, cosine similarity between 'inside' and 'in' is "
       "lower: .31 in word2vec, .46 in glove.")
ARCH = ("Section 3.1 (page 5): The first is still standard convolution-without-attention over "
        "feature map H by filter width 3 ... The second is convolution on the feature map C, "
        "i.e., the attentive context, with filter width 1. Section 3.2 (page 6): we consider "
        "granularities one and three, corresponding to uni-gram hidden state and tri-gram "
        "hidden state.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, ATT, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, ATT, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", ATT, page, ev, why)


# Third batch (labelled from the page images before it ran).
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The AttentiveConvNet ensemble reaches 89.3% accuracy on the SNLI test set.", "table_cell",
      8, T3),
    C("Light AttentiveConvNet reaches 86.3% accuracy on SNLI.", "table_cell", 8, T3),
    C("Advanced AttentiveConvNet reaches a p@1 of 88.27 on SQuAD-AnSS.", "table_cell", 9, T5),
    C("Advanced AttentiveConvNet reaches 67.36% accuracy on Yelp.", "table_cell", 10, T6),
    C("On SNLI dev, removing the gate lowers the accuracy of AttentiveConvNet to 88.2.",
      "table_cell", 9, T4),
    C("The full AttentiveConvNet (advanced+intra-attention) reaches 88.7 on SNLI dev.",
      "table_cell", 9, T4),
    C("Sentence-Rank reaches a p@1 of 86.00 on SQuAD-AnSS.", "table_cell", 9, T5),
    C("MultichannelCNN reaches 64.62% accuracy on Yelp.", "table_cell", 10, T6),
    C("LSTMN (Cheng et al., 2016) reaches 89.1% accuracy on SNLI test.", "table_cell", 8, T3,
      "As the paper quotes it."),
    C("SNLI is split 549,367 / 9,842 / 9,824 into train, dev and test.", "text_number", 7, SETUP),
    C("The SQuAD-AnSS test set has 105,980 question-sentence pairs derived from squad-dev.",
      "text_number", 9, SQ),
    C("For SNLI, the batch size is 50 and the learning rate .02.", "text_number", 7, SETUP),
    C("For Yelp, the hidden size is 500 across layers and the batch size 10.", "text_number", 10,
      YELP),
    C("The 25%, 50% and 75% length percentiles of Yelp reviews are 46, 81 and 125 words.",
      "text_number", 10, YELP),
    C("The ensemble uses five copies of the advanced&intra-attention system.", "text_number", 8,
      SNLI, "Footnote 2."),
    C("The ranking margin for answer sentence selection is set to .85.", "text_number", 9, SQ),
    C("On SNLI, light AttentiveConvNet outperforms bi-CNN by 6 points.", "cell_arithmetic", 8,
      T3 + " " + SNLI, "86.3 - 80.3 = 6."),
    C("On SQuAD-AnSS, advanced&intra-att is 2.54 points above Sentence-Rank.", "cell_arithmetic",
      9, T5, "88.54 - 86.00 = 2.54."),
    C("On SNLI dev, removing uni-hidden states costs 1.4 points of accuracy.", "cell_arithmetic",
      9, T4, "88.7 - 87.3 = 1.4."),
    C("The average Yelp accuracy of the light and advanced AttentiveConvNets is 67.055%.",
      "cell_arithmetic", 10, T6, "(66.75 + 67.36) / 2 = 67.055."),
    C("The cosine similarity between 'inside' and 'in' is .31 in word2vec.", "text_number", 7,
      COS),
    C("Each of the 10 Yelp length groups has 200 test instances.", "text_number", 10, YELP),
    C("The input is represented with 300-dimensional GloVe embeddings.", "text_number", 7, SETUP),
    C("AttentiveConvNet is trained with AdaGrad.", "paraphrase", 7, SETUP),
    C("The architecture consists of seven layers.", "text_number", 7, SETUP),
    C("AttentiveConvNet consistently outperforms MultichannelCNN across all Yelp length groups.",
      "paraphrase", 10, YELP),
    C("The word embeddings are fine-tuned during training.", "paraphrase", 7, SETUP),
    # --- contradicted ------------------------------------------------------------------------
    X("The AttentiveConvNet ensemble reaches 88.4% accuracy on SNLI test.", "neighbour_cell", 8,
      T3, "89.3; 88.4 is advanced&intra-attention."),
    X("Advanced AttentiveConvNet reaches a p@1 of 88.54 on SQuAD-AnSS.", "neighbour_cell", 9, T5,
      "88.27; 88.54 is advanced&intra-att."),
    X("Light AttentiveConvNet reaches 67.36% accuracy on Yelp.", "neighbour_cell", 10, T6,
      "66.75; 67.36 is advanced."),
    X("AttentiveConvNet reaches 89.1% accuracy on SNLI test.", "unsupported_relation", 8, T3,
      "89.1 is LSTMN's; AttentiveConvNet's rows are 86.3, 87.8, 88.4 and 89.3."),
    X("On SNLI dev, removing tri-hidden states lowers accuracy to 87.3.", "neighbour_cell", 9, T4,
      "88.4; 87.3 is w/o uni-hidden."),
    X("ABCNN reaches a p@1 of 84.14 on SQuAD-AnSS.", "neighbour_cell", 9, T5,
      "84.72; 84.14 is APCNN's."),
    X("Lin et al.'s CNN reaches 61.99% accuracy on Yelp.", "neighbour_cell", 10, T6,
      "62.05; 61.99 is Lin et al. BiLSTM."),
    X("The SNLI dev set has 9,824 pairs.", "wrong_number", 7, SETUP,
      "9,842 dev; 9,824 is test."),
    X("The SQuAD-AnSS dev set has 400,000 question-sentence pairs.", "wrong_number", 9, SQ,
      "48,307; 400,000 is train."),
    X("For SNLI, the batch size is 30.", "wrong_number", 7, SETUP, "50; 30 is SQuAD-AnSS's."),
    X("For Yelp, the learning rate is .02.", "wrong_number", 10, YELP, ".01; .02 is SNLI's."),
    X("For SNLI, the hidden size is 500 across layers.", "wrong_number", 7, SETUP,
      "300; 500 is Yelp's."),
    X("The ensemble uses ten copies of the advanced&intra-attention system.", "wrong_count", 8,
      SNLI, "Five copies."),
    X("On SNLI, light AttentiveConvNet outperforms bi-CNN by 4 points.", "cell_arithmetic", 8,
      T3, "86.3 - 80.3 = 6."),
    X("Removing uni-hidden states costs less accuracy than removing tri-hidden states.",
      "direction_flip", 9, T4 + " " + ABL, "Uni-hidden: 87.3 vs tri-hidden: 88.4."),
    X("Tri-hidden states show an especially big benefit compared to uni-hidden states.",
      "direction_flip", 9, ABL, "Uni-hidden states show the big benefit."),
    X("The improvement over MultichannelCNN generally decreases with text length.",
      "direction_flip", 10, YELP, "Generally increases with length."),
    X("On SQuAD-AnSS, WordC2 is less effective than the Bi-GRU.", "direction_flip", 9,
      T5 + " " + SQ, "WordC2 79.59 > Bi-GRU 78.14."),
    X("On SQuAD-AnSS, the attentive pooling CNNs outperform AttentiveConvNet.", "direction_flip",
      9, T5 + " " + SQ, "AttentiveConvNet is 3 points above them."),
    X("On SQuAD-AnSS, AttentiveConvNet is 5 points above the attentive pooling CNNs.",
      "wrong_number", 9, SQ, "3 points."),
    X("The cosine similarity between 'inside' and 'in' is .46 in word2vec.", "neighbour_cell", 7,
      COS, ".31 in word2vec; .46 in GloVe."),
    X("The median length of Yelp reviews is 125 words.", "wrong_number", 10, YELP,
      "50% percentile 81; 125 is the 75% percentile."),
    X("The Yelp test set has 500K review-star pairs.", "wrong_number", 10, YELP,
      "2000; 500K is train."),
    X("AttentiveConvNet is trained with Adam.", "unsupported_relation", 7, SETUP, "AdaGrad."),
    X("The input is represented with 100-dimensional GloVe embeddings.", "wrong_number", 7,
      SETUP, "300-dimensional."),
    X("The model stacks a second attentive convolution layer.", "negation", 9, ABL,
      "'why we do not stack another attentive convolution layer'."),
    X("The word embeddings are kept frozen during training.", "negation", 7, SETUP,
      "Fine-tuned during training."),
    X("Light AttentiveConvNet reaches 88.7% on SNLI test.", "unsupported_relation", 8,
      T3 + " " + T4,
      "Light is 86.3 on test; 88.7 is the full system on dev (Table 4)."),
    X("The full AttentiveConvNet (advanced+intra-attention) reaches 88.4 on SNLI dev.",
      "neighbour_cell", 9, T4, "88.7 on dev; 88.4 is w/o tri-hidden (and the test cell)."),
    X("The single advanced&intra-attention system outperforms LSTMN on SNLI.", "direction_flip",
      8, T3 + " " + SNLI, "88.4 < 89.1."),
    X("The convolution over the attentive context uses a filter width of 3.", "wrong_number", 5,
      ARCH, "Filter width 1; 3 is the standard convolution's."),
    X("AttentiveConvNet considers granularities one and five.", "wrong_number", 6, ARCH,
      "One and three."),
    # --- unverified --------------------------------------------------------------------------
    U("On SQuAD-AnSS, removing the gate lowers p@1 to 88.2.", 9, T4,
      "The ablation is on SNLI dev only."),
    U("Advanced AttentiveConvNet's SNLI gain over APCNN is significant at p < .05.", 8, T3,
      "Table 3 marks no significance; the marks are in Tables 5 and 6."),
    U("Advanced AttentiveConvNet reaches 67.36% on Yelp after 10 epochs.", 10, T6,
      "No epochs are reported."),
    U("Light AttentiveConvNet reaches 87.42 on SQuAD-AnSS with the bilinear energy function.", 9,
      T5 + " " + ARCH, "Which energy function is used is not said."),
    U("Paragraph Vector reaches 58.43% on Yelp with the PV-DM model.", 10, T6,
      "The variant is not said (a baseline from Lin et al.)."),
    U("On the longest Yelp length group, AttentiveConvNet reaches 66% accuracy.", 10, YELP,
      "Figure 2 only; no value is stated."),
)

REPORT = LabelledReport(
    file="03_attentive_convolution.md",
    title="Attention Inside the Convolution",
    date="2027-10-03",
    examines="attentive convolution against attentive pooling on SNLI, SQuAD-AnSS and Yelp",
    research_question="Does putting attention inside the convolution help CNNs?",
    references=(ATT,),
    rows=ROWS,
    quality_score=7.2,
)
