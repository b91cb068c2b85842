"""Red-team-12 report 4 (text with bare headings): ELMo's introduction, method, figures and the
layer tables again (arXiv 1802.05365). Counts of the abstract (six problems, up to 20%),
the biLM's corpus (30 million sentences) and representations (2L + 1), the frozen biLM,
Figure 1's point labels (gains with ELMo at 0.1%, 1%, 10% and 100% of the training set),
Figure 2's reading of the learned weights, differences of WSD and POS cells (1.6 and 0.5,
which the text prints for other things), standard deviations of Table 1 given to another
column, a development cell read as a test result. Labelled from the page images before any
run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row
from elmo_evidence import ELMO, FIG1, INTRO, METHOD, RELATED, T1, T2, T5, T6, T7, WEIGHTS


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, ELMO, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, ELMO, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", ELMO, page, ev, why)


# Fourth batch (labelled from the page images before it ran).
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("ELMo improves the state of the art across six challenging NLP problems.", "text_number",
      1, INTRO),
    C("Adding ELMo alone gives up to 20% relative error reductions.", "text_number", 1, INTRO),
    C("The biLM is trained on a corpus of approximately 30 million sentences.", "text_number", 2,
      RELATED),
    C("Belinkov et al. (2017) found the first layer of a 2-layer LSTM encoder better at "
      "predicting POS tags.", "paraphrase", 2, RELATED),
    C("To add ELMo to a supervised model, the weights of the biLM are first frozen.",
      "paraphrase", 3, METHOD),
    C("With 1% of the training set, ELMo adds 20.5 F1 to SRL in Figure 1.", "text_number", 8,
      FIG1),
    C("With 0.1% of the SNLI training set, ELMo adds 12.3 accuracy points.", "text_number", 8,
      FIG1),
    C("At the input layer, the task model favors the first biLSTM layer.", "paraphrase", 8,
      WEIGHTS),
    C("The output layer weights are relatively balanced, slightly preferring the lower layers.",
      "paraphrase", 8, WEIGHTS),
    C("The previous SNLI state of the art in Table 1 is Chen et al. (2017) with 88.6.",
      "table_cell", 5, T1),
    C("On SNLI, ELMo + baseline reaches 88.7 with a standard deviation of 0.17.", "table_cell", 5,
      T1),
    C("The WordNet 1st Sense Baseline reaches a WSD F1 of 65.9.", "table_cell", 7, T5),
    C("In WSD, the biLM's first layer is 1.6 F1 below its second layer.", "cell_arithmetic", 7,
      T5, "69.0 - 67.4 = 1.6."),
    C("In POS tagging, the biLM's first layer is 0.5 points above its second layer.",
      "cell_arithmetic", 7, T6, "97.3 - 96.8 = 0.5."),
    C("In WSD, the biLM's second layer is 4.3 F1 above CoVe's second layer.", "cell_arithmetic",
      7, T5, "69.0 - 64.7 = 4.3."),
    C("The GloVe-only ablation scores equal the development baselines of Table 2 on all three "
      "tasks.", "paraphrase", 9, T7, "80.8, 88.1, 81.6 in both Table 7 (GloVe) and Table 2 "
      "(Baseline)."),
    # --- contradicted ------------------------------------------------------------------------
    X("ELMo improves the state of the art across five challenging NLP problems.", "wrong_count",
      1, INTRO, "Six."),
    X("Adding ELMo alone gives up to 30% relative error reductions.", "wrong_number", 1, INTRO,
      "Up to 20%."),
    X("The biLM is trained on a corpus of approximately 300 million sentences.", "wrong_number",
      2, RELATED, "30 million."),
    X("Belinkov et al. (2017) found the second layer of a 2-layer LSTM encoder better at "
      "predicting POS tags.", "direction_flip", 2, RELATED, "The first layer is better."),
    X("When ELMo is added to a supervised model, the biLM weights are not frozen.", "negation", 3,
      METHOD, "The biLM weights are first frozen."),
    X("With 1% of the training set, ELMo adds 18.6 F1 to SRL in Figure 1.", "neighbour_cell", 8,
      FIG1, "+20.5 at 1%; +18.6 is at 0.1%."),
    X("With 0.1% of the SNLI training set, ELMo adds 7.7 accuracy points.", "neighbour_cell", 8,
      FIG1, "+12.3 at 0.1%; +7.7 is at 1%."),
    X("At the input layer, the task model favors the top biLSTM layer.", "direction_flip", 8,
      WEIGHTS, "The first biLSTM layer."),
    X("The output layer weights strongly prefer the higher layers.", "direction_flip", 8,
      WEIGHTS, "Relatively balanced, with a slight preference for the lower layers."),
    X("On NER, ELMo + baseline reaches 92.22 with a standard deviation of 0.19.",
      "neighbour_cell", 5, T1, "± 0.10; ± 0.19 is the previous SOTA's (91.93)."),
    X("The SRL baseline without ELMo scores 81.6 F1 on the test set.", "wrong_number", 5, T1,
      "81.4 on test; 81.6 is the development baseline."),
    X("The CoVe second layer reaches 93.3 POS tagging accuracy.", "neighbour_cell", 7, T6,
      "92.8; 93.3 is CoVe's first layer."),
    X("In POS tagging, CoVe's first layer is 0.5 points below its second layer.",
      "direction_flip", 7, T6, "93.3 against 92.8: the first layer is 0.5 above."),
    X("On SQuAD, ELMo + baseline beats the previous state of the art by 4.7 F1.",
      "cell_arithmetic", 5, T1, "85.8 - 84.4 = 1.4; 4.7 is the increase over the baseline."),
    X("In WSD, the biLM's second layer is 2.6 F1 above CoVe's second layer.", "cell_arithmetic",
      7, T5, "69.0 - 64.7 = 4.3."),
    X("With λ=0.001, the SNLI development accuracy is 89.3.", "neighbour_cell", 6, T2,
      "89.5; 89.3 is λ=1."),
    X("The Raganato et al. (2017a) system reaches a WSD F1 of 70.1.", "neighbour_cell", 7, T5,
      "69.9; 70.1 is Iacobacci et al. (2016)."),
    # --- unverified ----------------------------------------------------------------------------
    U("The pretrained biLM has 93.6 million parameters.", 4, METHOD,
      "The parameter count is not given in the paper's pages."),
    U("Training the biLM took two weeks on the 1B Word Benchmark.", 4, METHOD,
      "Training time is not stated."),
    U("Layer normalization improved SQuAD development F1 by 0.5.", 3, METHOD,
      "Layer normalization is said to help in some cases; no number is given."),
    X("With 10% of the training set, ELMo adds 10.8 points to SNLI accuracy.", "neighbour_cell",
      8, FIG1, "+1.5 for SNLI at 10%; +10.8 is SRL's at 10%."),
)

REPORT = LabelledReport(
    file="04_elmo_layers_and_figures.txt",
    title="Which biLM Layers Matter, and When",
    date="2027-12-04",
    examines="ELMo's method, learning curves, layer weights and layer-wise WSD and POS results",
    research_question="What do the layers and figures of the ELMo paper show?",
    references=(ELMO,),
    rows=ROWS,
    quality_score=6.9,
)
