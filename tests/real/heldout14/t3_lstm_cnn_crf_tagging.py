"""Held-out-14 report 3 (text): Ma and Hovy, End-to-end Sequence Labeling via Bi-directional
LSTM-CNNs-CRF (ACL 2016, arXiv 1603.01354v5, two columns). Table 3 (page 6) crosses four
models with POS dev/test accuracy and NER dev/test precision, recall and F1 (the full model's
row is printed "BRNN-CNN-CRF"); Tables 4 and 5 (page 6) rank earlier POS taggers and NER
systems; Tables 6, 7 and 8 (page 7) give embeddings, dropout (train/dev/test) and subset sizes;
Table 9 (page 8) splits accuracy and F1 by vocabulary subset (IV, OOTV, OOEV, OOBV) on dev and
test. Natural claims as a synthesis report states them, labelled from the page images (110 dpi,
tables at 220 dpi) and `pdftotext -layout` (to copy digits) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

MH = "1603.01354"  # Ma and Hovy; ACL 2016

T1 = ("Table 1 (hyper-parameters; columns POS, NER): window size 3 3; number of filters 30 30; "
      "state size 200 200; initial state 0.0 0.0; peepholes no no; dropout rate 0.5 0.5; batch "
      "size 10 10; initial learning rate 0.01 0.015; decay rate 0.05 0.05; gradient clipping "
      "5.0 5.0")
T2 = ("Table 2 (corpora statistics; columns WSJ, CoNLL2003): Train SENT 38,219 14,987, TOKEN "
      "912,344 204,567; Dev SENT 5,527 3,466, TOKEN 131,768 51,578; Test SENT 5,462 3,684, "
      "TOKEN 129,654 46,666")
T3 = ("Table 3 (columns POS Dev Acc., POS Test Acc., NER Dev Prec./Recall/F1, NER Test "
      "Prec./Recall/F1): BRNN 96.56 96.76 92.04 89.13 90.56 87.05 83.88 85.44; BLSTM 96.88 "
      "96.93 92.31 90.85 91.57 87.77 86.23 87.00; BLSTM-CNN 97.34 97.33 92.52 93.64 93.07 88.53 "
      "90.21 89.36; BRNN-CNN-CRF 97.46 97.55 94.85 94.63 94.74 91.35 91.06 91.21")
T4 = ("Table 4 (POS accuracy on WSJ test): Giménez and Màrquez (2004) 97.16; Toutanova et al. "
      "(2003) 97.27; Manning (2011) 97.28; Collobert et al. (2011) 97.29; Santos and Zadrozny "
      "(2014) 97.32; Shen et al. (2007) 97.33; Sun (2014) 97.36; Søgaard (2011) 97.50; This "
      "paper 97.55")
T5 = ("Table 5 (NER F1 on CoNLL-2003 test): Chieu and Ng (2002) 88.31; Florian et al. (2003) "
      "88.76; Ando and Zhang (2005) 89.31; Collobert et al. (2011) 89.59; Huang et al. (2015) "
      "90.10; Chiu and Nichols (2015) 90.77; Ratinov and Roth (2009) 90.80; Lin and Wu (2009) "
      "90.90; Passos et al. (2014) 90.90; Lample et al. (2016) 90.94; Luo et al. (2015) 91.20; "
      "This paper 91.21")
T6 = ("Table 6 (embeddings; columns Dimension, POS, NER): Random 100 97.13 80.76; Senna 50 "
      "97.44 90.28; Word2Vec 300 97.40 84.91; GloVe 100 97.55 91.21")
T7 = ("Table 7 (dropout; POS Train/Dev/Test, NER Train/Dev/Test): No 98.46 97.06 97.11 99.97 "
      "93.51 89.25; Yes 97.86 97.46 97.55 99.63 94.74 91.21")
T9 = ("Table 9 (subsets of words; POS Dev IV/OOTV/OOEV/OOBV, POS Test IV/OOTV/OOEV/OOBV): "
      "LSTM-CNN 97.57 93.75 90.29 80.27 / 97.55 93.45 90.14 80.07; LSTM-CNN-CRF 97.68 93.65 "
      "91.05 82.71 / 97.77 93.16 90.65 82.49; (NER Dev, NER Test) LSTM-CNN 94.83 87.28 96.55 "
      "82.90 / 90.07 89.45 100.00 78.44; LSTM-CNN-CRF 96.49 88.63 97.67 86.91 / 92.14 90.73 "
      "100.00 80.60")
ABS = ("Abstract (page 1): 'We obtain state-of-the-art performance on both datasets — 97.55% "
       "accuracy for POS tagging and 91.21% F1 for NER.'")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.29, "confirmed", cat, MH, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, MH, page, ev, why)


def U(text, page, ev, why, cat="unsupported_relation"):
    return Row(text, True, 0.18, "unverified", cat, MH, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The full BLSTM-CNN-CRF tagger reaches 97.55% POS accuracy on the WSJ test set.",
      "text_number", 1, f"{ABS}; {T3}; {T4}"),
    C("On the CoNLL-2003 development set, the full model reaches an NER F1 of 94.74.",
      "table_cell", 6, T3, "The full model's row is printed 'BRNN-CNN-CRF'."),
    C("The BLSTM-CNN baseline reaches an NER test precision of 88.53 and recall of 90.21.",
      "table_cell", 6, T3),
    C("The plain BRNN baseline gets only 85.44 F1 on the NER test set.", "table_cell", 6, T3),
    C("The joint NER and entity-linking model of Luo et al. held the previous best CoNLL-2003 "
      "F1, 91.20.", "text_number", 7, f"Section 4.3.2 (page 7): 'the previous best F1 score "
      f"(91.20) reported on CoNLL 2003 data set is by the joint NER and entity linking model "
      f"(Luo et al., 2015)'; {T5}"),
    C("Among earlier POS taggers, Søgaard (2011) is the strongest, at 97.50.", "table_cell", 6,
      T4),
    C("With randomly initialized embeddings, NER F1 falls to 80.76.", "table_cell", 7, T6),
    C("Senna's 50-dimensional embeddings give 97.44 POS accuracy and 90.28 NER F1.",
      "table_cell", 7, T6),
    C("Without dropout, the NER test F1 is 89.25.", "table_cell", 7, T7),
    C("The WSJ training portion holds 912,344 tokens in 38,219 sentences.", "table_cell", 5, T2),
    C("On out-of-both-vocabulary entities of the NER test set, the CRF model reaches 80.60 F1 "
      "against 78.44 for LSTM-CNN.", "table_cell", 8, T9),
    C("The NER model starts from a learning rate of 0.015, the POS tagger from 0.01.",
      "table_cell", 5, T1),
    C("Chiu and Nichols's 90.77 F1 is not comparable, since their model was trained on training "
      "plus development data.", "paraphrase", 7, "Section 4.3.2 (page 7): 'the result (90.77%) "
      "reported by Chiu and Nichols (2015) is incomparable with ours, because their final model "
      "was trained on the combination of the training and development data sets'"),
    C("The tagger improves on the best earlier POS result, Søgaard's, by 0.05% accuracy.",
      "text_number", 6, f"Section 4.3.1 (page 6): 'our system achieves state-of-the-art "
      f"accuracy, obtaining 0.05% improvement over the previously best reported results by "
      f"Søgaard (2011)'; {T4}"),
    C("The system uses no feature engineering or data pre-processing, so it is truly "
      "end-to-end.", "paraphrase", 1, "Abstract (page 1): 'Our system is truly end-to-end, "
      "requiring no feature engineering or data pre-processing'"),
    C("Dropout raises NER test F1 by 1.96 points (89.25 to 91.21).", "cell_arithmetic", 7, T7,
      "91.21 - 89.25 = 1.96."),
    C("Adding the CRF layer lifts NER test F1 from 89.36 to 91.21, a gain of 1.85 points.",
      "cell_arithmetic", 6, T3, "91.21 - 89.36 = 1.85."),
    C("Training takes about 12 hours for POS tagging and 8 hours for NER on a GeForce GTX TITAN "
      "X GPU.", "text_number", 3, "Section 3 (page 3): 'run on a GeForce GTX TITAN X GPU. "
      "Using the settings discussed in this section, the model training requires about 12 "
      "hours for POS tagging and 8 hours for NER.'"),
    C("The CoNLL 2003 English data set annotates four types of named entities.", "text_number",
      5, "Section 4.1 (page 5): 'This data set contains four different types of named "
      "entities: PERSON, LOCATION, ORGANIZATION, and MISC.'"),
    # --- contradicted ------------------------------------------------------------------------
    X("The BLSTM baseline reaches 91.57 F1 on the NER test set.", "neighbour_cell", 6, T3,
      "91.57 is BLSTM's dev F1; its test F1 is 87.00."),
    X("On POS tagging, the BLSTM-CNN model reaches 97.46 on the test set.", "neighbour_cell", 6,
      T3, "BLSTM-CNN's POS test cell is 97.33; 97.46 is the full model's dev cell."),
    X("Word2Vec embeddings give an NER F1 of 90.28.", "neighbour_cell", 7, T6,
      "Word2Vec's NER cell is 84.91; 90.28 is Senna's, the row above."),
    X("Lample et al. (2016) report an NER F1 of 90.90 in the comparison.", "neighbour_cell", 6,
      T5, "Lample et al. have 90.94; 90.90 is Passos et al.'s and Lin and Wu's."),
    X("The full model reaches 97.55% POS accuracy on the WSJ development set.",
      "neighbour_cell", 6, f"{T3}; {T7}", "Its POS dev accuracy is 97.46; 97.55 is test."),
    X("GloVe 100-dimensional embeddings reach 91.12 NER F1.", "transposed_digits", 7, T6,
      "GloVe's NER cell is 91.21."),
    X("The BLSTM baseline underperforms the plain BRNN on POS test accuracy.", "direction_flip",
      6, f"{T3}; Section 4.2 (page 5): 'BLSTM obtains better performance than BRNN on all "
      "evaluation metrics of both the two tasks'", "96.93 against 96.76: BLSTM is ahead."),
    X("On in-vocabulary POS test words, the CRF model is less accurate than LSTM-CNN.",
      "direction_flip", 8, T9, "97.77 against 97.55: the CRF model is ahead."),
    X("Word2Vec embeddings do not fall far behind GloVe and Senna on NER.", "negation", 7,
      f"Section 4.4 (page 7): 'But for NER, the performance on Word2Vec is far behind GloVe "
      f"and Senna.'; {T6}", "The paper says Word2Vec is far behind (84.91 against 91.21 and "
      "90.28)."),
    X("The WSJ portion of the Penn Treebank used here contains 36 different POS tags.",
      "wrong_count", 5, "Section 4.1 (page 5): 'the Wall Street Journal (WSJ) portion of Penn "
      "Treebank (PTB) ..., which contains 45 different POS tags'", "45, not 36."),
    X("The LSTM state size is set to 100 for both tasks.", "wrong_number", 5,
      f"Section 3.3 (page 5): 'We set the state size of LSTM to 200.'; {T1}", "200, not 100."),
    X("On the NER dev set, the CRF layer adds 2.67 F1 over BLSTM-CNN (93.07 to 94.74).",
      "cell_arithmetic", 6, T3, "94.74 - 93.07 = 1.67, not 2.67."),
    # --- unverified --------------------------------------------------------------------------
    U("The tagger reaches 91.21 F1 on the German CoNLL-2003 NER data.", 6, T5,
      "Only the English CoNLL 2003 data is used; 91.21 is the English test F1."),
    U("With 300-dimensional GloVe vectors, the model reaches 91.5 NER F1.", 7, T6,
      "Only 100-dimensional GloVe is tried."),
    U("The CRF model's gain on out-of-both-vocabulary entities is what lifts its overall NER "
      "F1 to 91.21.", 8, f"{T9}; Section 4.6 (page 8): 'The largest improvements appear on "
      "the OOBV subsets of both the two corpora.'", "The paper never attributes the overall F1 "
      "to the OOBV gain."),
    U("The model reaches an F1 of 94.1 on CoNLL-2000 chunking.", 6, T3,
      "Only POS tagging and NER are evaluated."),
    U("On the OOEV subset of the POS dev set, dropout raises accuracy to 91.05.", 8, T9,
      "91.05 is the CRF model's OOEV dev accuracy against LSTM-CNN; dropout is not varied in "
      "Table 9."),
    U(cut("According to the hyper-parameter table, the POS tagger and the NER model both clip "
          "gradients at 5.0 and share a batch size of 10."), 5, T1,
      "Cut before the batch size; it cannot be judged whole.", "truncated"),
    U(cut("On the CoNLL-2003 test set, the complete BLSTM-CNN-CRF model obtains a named entity "
          "precision of 91.35 and a recall of 91.06."), 6, T3,
      "Cut in the middle of the recall; it cannot be judged whole.", "truncated"),
)

REPORT = LabelledReport(
    file="03_lstm_cnn_crf_tagging.txt",
    title="Neural Sequence Labeling without Feature Engineering",
    date="2027-06-04",
    examines="BLSTM-CNN-CRF taggers for POS tagging and named entity recognition",
    research_question="What do character CNNs, CRF decoding, pretrained embeddings and dropout "
                      "each add to a neural sequence labeler?",
    references=(MH,),
    rows=ROWS,
    quality_score=7.2,
)
