"""Held-out-19 report 4 (text with `#` headings): claims over the three papers with sources,
Clark and Gardner's multi-paragraph reader (1710.10723), CAFE (1801.00102) and the ByteNet
(1610.10099): settings two papers share, differences of cells, numbers of two papers set in a
relation neither states, and claims cut at 120 characters the way the report generator cuts
them. Labelled from the page images before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut
from t1_h19_clark import CG
from t1_h19_clark import T2 as CG_T2
from t1_h19_clark import T3 as CG_T3
from t2_h19_cafe import CF, IMPL
from t2_h19_cafe import T1 as CF_T1
from t3_h19_bytenet import BN, LM
from t3_h19_bytenet import T2 as BN_T2
from t3_h19_bytenet import T3 as BN_T3

R = Row
GLOVE = ("1710.10723 §4.4 (page 6): 'The GloVe 300 dimensional word vectors released by "
         "Pennington et al. (2014) are used for word embeddings.'; §2.3 (page 3): 'We do not "
         "update the word embeddings during training.'; 1801.00102 §4.2 (pages 6): 'Word "
         "embeddings are pre-loaded with 300d GloVE embeddings (Pennington et al., 2014) and "
         "fixed during training.'")

ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("Like the ByteNet, CAFE is optimised with Adam at a learning rate of 0.0003.", True, 0.28,
      "confirmed", "text_number", CF, 6, IMPL + "; 1610.10099 " + LM,
      "Both print Adam with 0.0003 (CAFE's initial rate)."),
    R("Both Clark and Gardner's reader and CAFE use 300-dimensional GloVe vectors that are kept "
      "fixed during training.", True, 0.26, "confirmed", "paraphrase", CG, 6, GLOVE,
      "Both papers say so."),
    R("On SNLI, CAFE with average-max pooling and a 300D highway network reaches 88.5 test "
      "accuracy, 0.5 points above the 600D ESIM.", True, 0.24, "confirmed", "cell_arithmetic",
      CF, 6, CF_T1, "88.5 - 88.0 = 0.5."),
    R("CAFE without inter-attention has 3.7M parameters and 87.3 training accuracy on SNLI.",
      True, 0.21, "confirmed", "table_cell", CF, 6, CF_T1, "As printed."),
    R("Character-level GNMT trails the ByteNet by 1.13 BLEU on NewsTest 2014.", True, 0.23,
      "confirmed", "cell_arithmetic", BN, 6, BN_T2, "23.75 - 22.62 = 1.13."),
    R("In the TriviaQA web ablation, TF-IDF selection adds 3.20 EM to plain BiDAF.", True, 0.2,
      "confirmed", "cell_arithmetic", CG, 6, CG_T2, "53.41 - 50.21 = 3.20."),
    # --- contradicted ------------------------------------------------------------------------
    R("Mnemonic Reader trails S-Norm by 14.47 F1 on the full TriviaQA web test set.", True, 0.22,
      "contradicted", "cell_arithmetic", CG, 7, CG_T3, "71.32 - 52.85 = 18.47."),
    R("The HM-LSTM reaches 1.44 on the Hutter Prize benchmark.", True, 0.19, "contradicted",
      "neighbour_cell", BN, 6, BN_T3, "HM-LSTM 1.40; 1.44 is MI-LSTM's."),
    R("On SNLI, the 200D decomposable attention model with intra-attention has 380K "
      "parameters.", True, 0.18, "contradicted", "neighbour_cell", CF, 6, CF_T1,
      "580K; 380K is plain 200D DecompAtt's, the row above."),
    R("S-Norm reaches 66.37 EM on the full TriviaQA web test set, about 25 points ahead of the "
      "baseline of Joshi et al.", True, 0.2, "confirmed", "cell_arithmetic", CG, 7, CG_T3,
      "66.37 - 40.74 = 25.63, about 25 points."),
    # --- unverified: numbers of two papers in a relation neither states ----------------------
    R("Both CAFE and Clark and Gardner's reader rely on variational dropout.", True, 0.17,
      "unverified", "unsupported_relation", CF, 6,
      "1710.10723 §2.3: 'We also employ variational dropout'; 1801.00102 §4.2: 'Dropout with a "
      "keep probability of 0.8 is applied ...' (no variational dropout)",
      "CAFE's paper never says variational."),
    R("Unlike CAFE, the ByteNet applies layer normalization before each activation.", True,
      0.16, "unverified", "unsupported_relation", CF, 4,
      "1610.10099 §3.6: 'we use layer normalization ... before the activation function'; the "
      "CAFE paper never mentions layer normalization.", "CAFE's side is never stated."),
    R("CAFE's 88.5% SNLI accuracy is 17.2 points above the 71.3 F1 that Clark and Gardner reach "
      "on TriviaQA.", False, 0.12, "unverified", "unsupported_relation", CF, 6,
      "88.5 (SNLI accuracy) and 71.3 (TriviaQA F1) are different measures on different tasks.",
      "Neither paper compares them."),
    R("Clark and Gardner's reader is trained with the same 0.0003 learning rate as the "
      "ByteNet.", True, 0.14, "unverified", "unsupported_relation", CG, 6,
      "1710.10723 §4.4: 'We train the model with the Adadelta optimizer' (no learning rate); "
      "1610.10099: Adam, 0.0003.", "Clark and Gardner give no learning rate."),
    R("The ByteNet's 30 residual blocks let it read the 16 paragraphs Clark and Gardner select "
      "per question in linear time.", False, 0.11, "unverified", "unsupported_relation", BN, 6,
      "30 residual blocks (ByteNet §6); top 16 paragraphs (1710.10723 §4.3).",
      "Neither paper relates the two."),
    # --- truncated ---------------------------------------------------------------------------
    R(cut("On TriviaQA web, Clark and Gardner's pipeline combining their own model, TF-IDF "
          "paragraph selection and the summed objective reaches 66.04 F1."), True, 0.22,
      "unverified", "truncated", CG, 6, CG_T2, "Cut before the number it reports."),
    R(cut("CAFE reaches 88.5% accuracy on the SNLI test set with 4.7M parameters, using average "
          "and max pooling followed by a 300-dimensional highway network."), True, 0.25,
      "unverified", "truncated", CF, 6, CF_T1,
      "The visible part matches Table 1, but the claim is cut mid-word."),
    R(cut("The ByteNet decoder reaches 1.44 bits per character on the Hutter Prize Wikipedia "
          "test set, which the authors describe as the state of the art."), True, 0.2,
      "contradicted", "truncated", BN, 6, BN_T3,
      "The visible part already states 1.44; the ByteNet decoder has 1.31."),
    R(cut("The shared-norm objective normalises the softmax over all paragraphs sampled from "
          "the same context, which forces the model to produce comparable scores."), True,
      0.19, "unverified", "truncated", CG, 4,
      "§3.1: 'the normalization factor in the softmax operation is shared between all "
      "paragraphs from the same context'", "Cut mid-sentence."),
    R(cut("In CAFE, dropout with a keep probability of 0.8 is applied after every "
          "fully-connected, recurrent or highway layer, with L2 regularization of 10^-6."),
      True, 0.18, "unverified", "truncated", CF, 6, IMPL, "Cut mid-sentence."),
)

REPORT = LabelledReport(
    file="04_reading_inference_translation.txt",
    title="Shared Design Choices in Reading, Inference and Translation Models",
    date="2027-10-05",
    examines="training settings and results shared by three neural NLP architectures",
    research_question="Which settings and results do recent reading, inference and "
                      "translation models share?",
    references=(CG, CF, BN),
    rows=ROWS,
    quality_score=6.2,
)
