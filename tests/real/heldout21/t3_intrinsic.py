"""Held-out-21 report 3 (PDF): ELMo's biLM and what its layers hold (arXiv 1802.05365).
Table 5 (page 7) all-words fine grained WSD F1 of seven systems; Table 6 (page 7) PTB POS
tagging accuracy of seven systems (the two tables share row names: CoVe and biLM, first and
second layer; 97.3 is printed twice in Table 6). Text numbers: about 30 million sentences
(page 2), a 2-layer LSTM encoder (page 2), L = 2 biLSTM layers of 4096 units with 512
dimension projections, 2048 character n-gram filters and two highway layers (page 4), 69.0
for the top layer on WSD (page 8), 486 epochs against epoch 10 and a 98% decrease (page 8),
1% against 10% of the SRL training set (page 8), SemCor 3.0 (page 7).
Labelled from the page images (110 dpi; Tables 5 and 6 at 200 dpi) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

ELMO = "1802.05365"  # Peters et al., Deep contextualized word representations

T5 = ("Table 5 (page 7; all-words fine grained WSD, F1): WordNet 1st Sense Baseline 65.9; "
      "Raganato et al. (2017a) 69.9; Iacobacci et al. (2016) 70.1 (bold); CoVe, First Layer "
      "59.4; CoVe, Second Layer 64.7; biLM, First layer 67.4; biLM, Second layer 69.0.")
T6 = ("Table 6 (page 7; test set POS tagging accuracies for PTB, Acc.): Collobert et al. (2011) "
      "97.3; Ma and Hovy (2016) 97.6; Ling et al. (2015) 97.8 (bold); CoVe, First Layer 93.3; "
      "CoVe, Second Layer 92.8; biLM, First Layer 97.3; biLM, Second Layer 96.8.")
REL = ("Page 2: Belinkov et al. (2017) showed that the representations learned at the first "
       "layer in a 2-layer LSTM encoder are better at predicting POS tags then second layer ... "
       "we ... train our biLM on a corpus with approximately 30 million sentences (Chelba et "
       "al., 2014).")
LM = ("Page 4, Sec. 3.4: we halved all embedding and hidden dimensions from the single best "
      "model CNN-BIG-LSTM ... The final model uses L = 2 biLSTM layers with 4096 units and 512 "
      "dimension projections and a residual connection from the first to second layer. The "
      "context insensitive type representation uses 2048 character n-gram convolutional filters "
      "followed by two highway layers and a linear projection down to a 512 representation. As "
      "a result, the biLM provides three layers of representations for each input token ... "
      "traditional word embedding methods only provide one layer of representation for tokens "
      "in a fixed vocabulary. After training for 10 epochs on the 1B Word Benchmark ... "
      "Generally, we found the forward and backward perplexities to be approximately equal, "
      "with the backward value slightly lower.")
WSD = ("Pages 7-8: we first use the biLM to compute representations for all words in SemCor "
       "3.0, our training corpus ... falling back to the first sense from WordNet for lemmas "
       "not observed during training ... Overall, the biLM top layer representations have F1 "
       "of 69.0 and are better at WSD then the first layer ... The CoVe biLSTM layers follow a "
       "similar pattern to those from the biLM (higher overall performance at the second layer "
       "compared to the first); however, our biLM outperforms the CoVe biLSTM, which trails the "
       "WordNet first sense baseline.")
POS = ("Page 8: we use them as input to a linear classifier that predicts POS tags with the Wall "
       "Street Journal portion of the Penn Treebank (PTB) ... unlike WSD, accuracies using the "
       "first biLM layer are higher than the top layer ... CoVe POS tagging accuracies follow the "
       "same pattern as those from the biLM, and just like for WSD, the biLM achieves higher "
       "accuracies than the CoVe encoder.")
EFF = ("Page 8, Sec. 5.4: the SRL model reaches a maximum development F1 after 486 epochs of "
       "training without ELMo. After adding ELMo, the model exceeds the baseline maximum at "
       "epoch 10, a 98% relative decrease in the number of updates needed to reach the same "
       "level of performance ... Improvements with ELMo are largest for smaller training sets "
       "... In the SRL case, the ELMo model with 1% of the training set has about the same F1 as "
       "the baseline model with 10% of the training set.")
WTS = ("Page 8, Sec. 5.5: At the input layer, the task model favors the first biLSTM layer. For "
       "coreference and SQuAD, the this is strongly favored, but the distribution is less "
       "peaked for the other tasks. The output layer weights are relatively balanced, with a "
       "slight preference for the lower layers.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, ELMO, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, ELMO, page, ev, why)


def U(text, page, ev, why, cat="unsupported_relation"):
    return Row(text, True, 0.18, "unverified", cat, ELMO, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("On all-words fine grained WSD, the biLM's second layer reaches an F1 of 69.0.",
      "table_cell", 7, T5),
    C("The WordNet first sense baseline scores 65.9 F1 on WSD.", "table_cell", 7, T5),
    C("Iacobacci et al. (2016) reach 70.1 F1 on all-words WSD.", "table_cell", 7, T5),
    C("CoVe's first layer scores 59.4 F1 on WSD.", "table_cell", 7, T5),
    C("On PTB POS tagging, the biLM's first layer reaches 97.3% accuracy.", "table_cell", 7, T6),
    C("Ling et al. (2015) reach 97.8% POS tagging accuracy on PTB.", "table_cell", 7, T6),
    C("CoVe's second layer tags PTB with 92.8% accuracy.", "table_cell", 7, T6),
    C("Ma and Hovy (2016) reach 97.6 on PTB POS tagging.", "table_cell", 7, T6),
    C("The biLM is trained on a corpus of approximately 30 million sentences.", "text_number",
      2, REL),
    C("The final biLM uses two biLSTM layers with 4096 units and 512 dimension projections.",
      "text_number", 4, LM),
    C("The context insensitive type representation uses 2048 character n-gram convolutional "
      "filters followed by two highway layers.", "text_number", 4, LM),
    C("Without ELMo, the SRL model reaches its maximum development F1 after 486 epochs.",
      "text_number", 8, EFF),
    C("With ELMo, the SRL model exceeds the baseline maximum at epoch 10, a 98% relative decrease "
      "in the number of updates.", "text_number", 8, EFF),
    C("The biLM provides three layers of representations for each input token.", "text_number",
      4, LM),
    C("For SRL, the ELMo model trained on 1% of the training set has about the same F1 as the "
      "baseline trained on 10%.", "text_number", 8, EFF),
    C("For POS tagging, the first biLM layer gives higher accuracy than the top layer.",
      "paraphrase", 8, POS + " " + T6, "97.3 > 96.8."),
    C("The CoVe biLSTM trails the WordNet first sense baseline on WSD.", "paraphrase", 8,
      WSD + " " + T5, "64.7 and 59.4 < 65.9."),
    C("At the input layer, the task models favor the first biLSTM layer.", "paraphrase", 8, WTS),
    C("The backward perplexity of the biLM is slightly lower than the forward perplexity.",
      "paraphrase", 4, LM),
    C("The biLM's top layer is 1.1 F1 behind Iacobacci et al. (2016) on WSD.",
      "cell_arithmetic", 7, T5, "70.1 - 69.0 = 1.1."),
    C("On WSD, the biLM's second layer beats CoVe's second layer by 4.3 F1.", "cell_arithmetic",
      7, T5, "69.0 - 64.7 = 4.3."),
    C("On POS tagging, the biLM's first layer is 4.0 points above CoVe's first layer.",
      "cell_arithmetic", 7, T6, "97.3 - 93.3 = 4.0."),
    C("The WSD training corpus is SemCor 3.0.", "paraphrase", 7, WSD),
    C("On WSD, the biLM's top layer beats the WordNet first sense baseline but not Raganato et "
      "al. (2017a) or Iacobacci et al. (2016).", "paraphrase", 7, T5,
      "69.0 > 65.9 but < 69.9 and 70.1."),
    # --- contradicted ------------------------------------------------------------------------
    X("On WSD, the biLM's second layer reaches an F1 of 67.4.", "neighbour_cell", 7, T5,
      "69.0; 67.4 is the first layer."),
    X("CoVe's second layer scores 59.4 F1 on WSD.", "neighbour_cell", 7, T5,
      "64.7; 59.4 is the first layer."),
    X("Raganato et al. (2017a) reach 70.1 F1 on WSD.", "neighbour_cell", 7, T5,
      "69.9; 70.1 is Iacobacci et al."),
    X("On PTB, the biLM's second layer reaches 97.3% POS accuracy.", "neighbour_cell", 7, T6,
      "96.8; 97.3 is the first layer."),
    X("CoVe's first layer tags PTB with 92.8% accuracy.", "neighbour_cell", 7, T6,
      "93.3; 92.8 is the second layer."),
    X("Ma and Hovy (2016) reach 97.8 on PTB POS tagging.", "neighbour_cell", 7, T6,
      "97.6; 97.8 is Ling et al."),
    X("The biLM is trained on a corpus of approximately 30 billion sentences.", "wrong_number",
      2, REL, "About 30 million sentences."),
    X("The final biLM uses two biLSTM layers with 2048 units.", "wrong_number", 4, LM,
      "4096 units; 2048 is the number of character filters."),
    X("The context insensitive type representation uses three highway layers.", "wrong_count",
      4, LM, "Two highway layers."),
    X("Without ELMo, the SRL model reaches its maximum development F1 after 468 epochs.",
      "transposed_digits", 8, EFF, "486 epochs."),
    X("With ELMo, the SRL model exceeds the baseline maximum at epoch 10, an 89% relative "
      "decrease in updates.", "transposed_digits", 8, EFF, "98%."),
    X("For POS tagging, the top biLM layer gives higher accuracy than the first layer.",
      "direction_flip", 8, POS + " " + T6, "First layer 97.3 > top layer 96.8."),
    X("On WSD, the biLM's first layer is better than its top layer.", "direction_flip", 8,
      WSD + " " + T5, "Top layer 69.0 > first layer 67.4."),
    X("The CoVe biLSTM outperforms the WordNet first sense baseline on WSD.", "negation", 8,
      WSD + " " + T5, "It trails the baseline: 64.7 < 65.9."),
    X("The biLM achieves lower POS tagging accuracies than the CoVe encoder.", "direction_flip",
      8, POS, "The biLM achieves higher accuracies than CoVe."),
    X("Improvements with ELMo are largest for the largest training sets.", "direction_flip", 8,
      EFF, "Largest for smaller training sets."),
    X("The output layer weights show a strong preference for the top biLM layer.",
      "direction_flip", 8, WTS, "Relatively balanced, with a slight preference for the lower "
      "layers."),
    X("In Belinkov et al.'s 3-layer LSTM encoder, the first layer predicts POS tags better.",
      "wrong_count", 2, REL, "A 2-layer LSTM encoder."),
    # --- unverified --------------------------------------------------------------------------
    U("The biLM's second layer reaches 69.0 F1 on the SemEval-2015 WSD test set alone.", 7, T5,
      "Table 5 reports the suite of four test sets together; no per-set F1 is given."),
    U("The POS linear classifier is trained for 5 epochs.", 8, POS,
      "No training length is given for the POS classifier."),
    U("Pretraining the biLM for 10 epochs takes three weeks on 32 GPUs.", 4, LM,
      "No training time or hardware is given."),
    U("The biLM's first layer reaches 97.3% POS accuracy on the PTB development set.", 7, T6,
      "Table 6 is the test set; no development accuracy is printed."),
    U("With ELMo, SNLI reaches its maximum development accuracy at epoch 10.", 8, EFF,
      "Epoch 10 is the SRL model's; no epoch is given for SNLI."),
    U("For coreference, the task model at the output layer strongly favors the first biLSTM "
      "layer.", 8, WTS, "The strong preference is stated for the input layer; for the output "
      "layer only an overall slight preference for the lower layers is given."),
    U(cut("The biLM's top layer representations reach an F1 of 69.0 on word sense "
          "disambiguation, competitive with the supervised system of Raganato et al. at 69.9."),
      8, WSD + " " + T5, "Cut before the comparison; the surviving part is right.",
      "truncated"),
    U(cut("Adding ELMo increases sample efficiency: the SRL model exceeds the baseline maximum "
          "at epoch 10 rather than after 486 epochs of training."), 8, EFF,
      "Cut inside the last word; what survives (epoch 10, 486) is right, the rest cannot be "
      "read.", "truncated"),
)

REPORT = LabelledReport(
    file="03_elmo_layers.pdf",
    title="What the Layers of a Pretrained Bidirectional Language Model Capture",
    date="2027-12-04",
    examines="ELMo's biLM layers on word sense disambiguation, POS tagging and sample efficiency",
    research_question="Do lower and higher biLM layers encode syntax and semantics differently?",
    references=(ELMO,),
    rows=ROWS,
    quality_score=7.2,
)
