"""Red-team-12 report 1 (Markdown): ELMo's results tables (arXiv 1802.05365). Table 1 (page 5,
test set: previous state of the art, baseline, ELMo + baseline, absolute / relative increase of
six tasks), Tables 2 and 3 (page 6, development set: layer weighting, ELMo's location), Tables 5
and 6 (page 7: WSD F1, POS accuracy of CoVe and biLM layers), Table 7 (page 9, development
ablation). Adversarial claims: a number shared by two cells (67.2 as previous SOTA and baseline of
Coref; 3.2 as SRL's and Coref's increase; 89.5, 84.7 and 85.6 in three tables; 97.3 of Collobert
and the biLM's first layer), a development cell given as a test result, the neighbouring column,
an ensemble's number given to a single model. Labelled from the page images before any run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row
from elmo_evidence import ELMO, EVAL, T1, T2, T3, T5, T6, T7, TASKS


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, ELMO, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, ELMO, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", ELMO, page, ev, why)


# First batch (labelled from the page images before it ran).
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("On the SQuAD test set, ELMo + baseline reaches an F1 of 85.8.", "table_cell", 5, T1),
    C("The previous state of the art on Coref, Lee et al. (2017), scored 67.2.", "table_cell", 5,
      T1),
    C("For Coref, the baseline without ELMo scores 67.2 on the test set.", "table_cell", 5, T1),
    C("Adding ELMo increases the SST-5 score by 3.3 absolute, a 6.8% relative increase.",
      "table_cell", 5, T1),
    C("On NER, the ELMo-enhanced model reaches 92.22 F1, ahead of the previous best of 91.93.",
      "table_cell", 5, T1),
    C("On the SQuAD development set, the baseline without ELMo reaches 80.8 F1.", "table_cell", 6,
      T2),
    C("With λ=0.001, the SRL development F1 is 84.8.", "table_cell", 6, T2),
    C("Including ELMo only at the input gives an SRL development F1 of 84.7.", "table_cell", 6,
      T3),
    C("For SNLI, including ELMo at both input and output gives 89.5 development accuracy.",
      "table_cell", 6, T3),
    C("In WSD, the biLM's second layer reaches an F1 of 69.0.", "table_cell", 7, T5),
    C("The CoVe first layer reaches 93.3 POS tagging accuracy on PTB.", "table_cell", 7, T6),
    C("Ling et al. (2015) report a POS tagging accuracy of 97.8 on PTB.", "table_cell", 7, T6),
    C("With ELMo type representations alone, SQuAD development F1 is 81.4.", "table_cell", 9, T7),
    C("ELMo + GloVe reaches 84.7 F1 on the SRL development set.", "table_cell", 9, T7),
    C("On SNLI, ELMo + baseline is 0.1 points above the previous state of the art (88.6).",
      "cell_arithmetic", 5, T1, "88.7 - 88.6 = 0.1."),
    C("ELMo's SQuAD test F1 is 1.4 points above the previous single model state of the art.",
      "cell_arithmetic", 5, T1, "85.8 - 84.4 = 1.4 (also stated on page 4)."),
    C("On SQuAD, a 11 member ensemble pushes the test F1 to 87.4.", "text_number", 4, EVAL),
    # --- contradicted ------------------------------------------------------------------------
    X("On Coref, ELMo + baseline scores 67.2 on the test set.", "neighbour_cell", 5, T1,
      "70.4; 67.2 is the baseline and the previous SOTA."),
    X("Adding ELMo to the Coref model gives a 3.2 absolute and 17.2% relative increase.",
      "neighbour_cell", 5, T1, "3.2 / 9.8%; 17.2% is SRL's relative increase."),
    X("On the SQuAD test set, the baseline without ELMo reaches 80.8 F1.", "wrong_number", 5, T1,
      "81.1 on test; 80.8 is the development baseline (Tables 2 and 7)."),
    X("The SNLI baseline reaches 88.1 accuracy on the test set.", "wrong_number", 5, T1,
      "88.0 on test; 88.1 is the development baseline."),
    X("The previous NER state of the art was 92.22 F1.", "neighbour_cell", 5, T1,
      "91.93 ± 0.19; 92.22 is ELMo + baseline."),
    X("Adding ELMo to the NER model increases F1 by 3.3 absolute.", "neighbour_cell", 5, T1,
      "2.06; 3.3 is SST-5's increase."),
    X("With only the last layer, SQuAD development F1 is 85.0.", "neighbour_cell", 6, T2,
      "84.7; 85.0 is λ=1."),
    X("Including ELMo at both input and output gives an SRL development F1 of 84.7.",
      "neighbour_cell", 6, T3, "84.3; 84.7 is Input Only."),
    X("Including ELMo only at the output gives 84.7 SRL development F1.", "neighbour_cell", 6, T3,
      "80.9 (Output Only)."),
    X("In WSD, the biLM's second layer reaches 69.9 F1.", "neighbour_cell", 7, T5,
      "69.0; 69.9 is Raganato et al. (2017a)."),
    X("The CoVe first layer reaches a WSD F1 of 64.7.", "neighbour_cell", 7, T5,
      "59.4; 64.7 is CoVe's second layer."),
    X("The biLM's second layer reaches 97.3 POS tagging accuracy on PTB.", "neighbour_cell", 7,
      T6, "96.8; 97.3 is the first layer (and Collobert et al.)."),
    X("Ma and Hovy (2016) report a POS tagging accuracy of 97.8.", "neighbour_cell", 7, T6,
      "97.6; 97.8 is Ling et al. (2015)."),
    X("ELMo without GloVe reaches 85.6 SQuAD development F1.", "neighbour_cell", 9, T7,
      "85.3; 85.6 is ELMo + GloVe."),
    X("In the ablation, the SNLI development accuracy with GloVe only is 88.5.", "neighbour_cell",
      9, T7, "88.1; 88.5 is ELMo type."),
    X("A single ELMo-enhanced ESIM model reaches 89.3% SNLI test accuracy.", "wrong_number", 5,
      TASKS, "88.7 ± 0.17 (Table 1); 89.3% is the five member ensemble."),
    X("The single ELMo-enhanced SQuAD model reaches a test F1 of 87.4.", "wrong_number", 4, EVAL,
      "85.8; 87.4 is the 11 member ensemble."),
    X("On SST-5, ELMo + baseline scores 53.7.", "neighbour_cell", 5, T1,
      "54.7 ± 0.5; 53.7 is the previous SOTA (McCann et al.)."),
    X("ELMo's SRL test F1 is 3.2 points above the previous state of the art (He et al., 2017).",
      "cell_arithmetic", 5, T1, "84.6 - 81.7 = 2.9; 3.2 is the increase over the baseline."),
    # --- unverified ----------------------------------------------------------------------------
    U("ELMo + baseline reaches 86.9 F1 on the SQuAD development set.", 6, T2,
      "The development tables print 85.0-85.6 for ELMo variants; 86.9 is nowhere."),
    U("The Coref test results are averaged over five random seeds.", 5, T1,
      "The caption gives means over five runs for NER and SST-5 only; Coref's runs not stated."),
    U("The SRL model with ELMo was trained for 20 epochs.", 8, TASKS,
      "Not stated; page 8 names epoch 10 and 486 epochs."),
    U("ELMo improves Coref more than any other model published in 2017.", 5, T1,
      "A relation the paper never states."),
)

REPORT = LabelledReport(
    file="01_elmo_tables.md",
    title="Contextual Word Representations Across Six Tasks",
    date="2027-12-01",
    examines="ELMo (biLM representations) added to task models: test and development tables",
    research_question="How much do deep contextualized representations improve task models?",
    references=(ELMO,),
    rows=ROWS,
    quality_score=7.2,
)
