"""Red-team-12 report 3 (Markdown): claims over ELMo's tables and text together (arXiv
1802.05365). The caption's metrics (accuracy for SNLI and SST-5, F1 for SQuAD, SRL and NER,
average F1 for Coref) given to another task, the caption's five runs given to every task, the
footnote's date, the range "6 - 20%" against Table 1's relative column, relative improvements
read as absolute, differences of development cells landing on text numbers (0.3, 0.2, 3.9),
CoVe's development numbers (88.2 to 88.7; 82.2) given to ELMo, the same cell claimed of two
tables, negations in other words. Labelled from the page images before any run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row
from elmo_evidence import ABL, ANALYSIS, ELMO, EVAL, SAMPLE, T1, T2, T3, T5, T7, TASKS


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, ELMO, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, ELMO, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", ELMO, page, ev, why)


# Third batch (labelled from the page images before it ran).
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("Table 1 reports accuracy for SNLI and SST-5.", "paraphrase", 5, T1),
    C("For NER and SST-5, Table 1 reports the mean over five runs with different random seeds.",
      "text_number", 5, T1),
    C("The SQuAD leaderboard comparison is as of November 17, 2017.", "text_number", 4, EVAL),
    C("On SQuAD, adding ELMo gives a 24.9% relative error reduction over the baseline.",
      "text_number", 4, EVAL),
    C("On the SQuAD development set, λ=0.001 is 0.2 F1 above λ=1.", "cell_arithmetic", 6, T2,
      "85.2 - 85.0 = 0.2 (also stated)."),
    C("On the SQuAD development set, λ=1 is 0.3 F1 above using only the last layer.",
      "cell_arithmetic", 6, T2, "85.0 - 84.7 = 0.3 (also stated)."),
    C("For SRL, including ELMo only at the output gives the lowest development F1 in Table 3.",
      "paraphrase", 6, T3, "80.9 against 84.7 and 84.3."),
    C("For SRL and coreference, ELMo works best when included at just the input layer.",
      "paraphrase", 6, ANALYSIS),
    C("In the ablation, ELMo type alone improves SRL by only 0.1 F1 over GloVe.",
      "cell_arithmetic", 9, T7, "81.7 - 81.6 = 0.1."),
    C("Replacing CoVe with ELMo in the BCN model gives a 1.0% absolute accuracy improvement over "
      "the state of the art.", "text_number", 6, ANALYSIS),
    C("The ELMo model with 1% of the SRL training set matches the baseline with 10%.",
      "paraphrase", 8, SAMPLE),
    C("Iacobacci et al. (2016) hold the best WSD F1 in Table 5, 70.1.", "table_cell", 7, T5),
    C("Adding ELMo to the SRL model raised test F1 from 81.4% to 84.6%.", "text_number", 5,
      TASKS),
    # --- contradicted ------------------------------------------------------------------------
    X("Table 1 reports F1 for SNLI.", "wrong_number", 5, T1,
      "Accuracy for SNLI (and SST-5); F1 for SQuAD, SRL and NER."),
    X("Table 1 reports accuracy for SQuAD.", "wrong_number", 5, T1, "F1 for SQuAD."),
    X("On SQuAD, adding ELMo gives a 4.7% relative error reduction over the baseline.",
      "wrong_number", 4, EVAL, "24.9% relative; 4.7% is the absolute increase."),
    X("On SQuAD, adding ELMo increases the test F1 by 24.9 points.", "wrong_number", 5, T1,
      "4.7 points; 24.9% is the relative increase."),
    X("The relative increase on NER is 2.06%.", "neighbour_cell", 5, T1,
      "21%; 2.06 is the absolute increase."),
    X("On the SQuAD development set, λ=1 is 0.2 F1 above using only the last layer.",
      "cell_arithmetic", 6, T2, "85.0 - 84.7 = 0.3; 0.2 is λ=0.001 over λ=1."),
    X("With ELMo and λ=1, SNLI development accuracy rises from 88.2 to 88.7%.", "wrong_number", 6,
      T2, "With ELMo, λ=1 gives 89.3 and the last layer 89.1; 88.2 to 88.7 is the CoVe case."),
    X("With ELMo, SRL F1 increased 0.1% to 82.2 for λ=1 compared to the last layer.",
      "wrong_number", 6, T2, "ELMo's SRL λ=1 is 84.6 (last layer 84.1); 82.2 is CoVe's."),
    X("For SRL, ELMo works best when included at both the input and output layers.",
      "direction_flip", 6, ANALYSIS, "Best at just the input layer (84.7 against 84.3)."),
    X("For SQuAD, including ELMo only at the input beats including it at input and output.",
      "direction_flip", 6, T3, "85.1 against 85.6: input and output is better."),
    X("Adding GloVe to ELMo lowers the SNLI development accuracy.", "direction_flip", 9, T7,
      "89.1 to 89.5: it raises it."),
    X("Replacing GloVe with the biLM character layer does not improve any task.", "negation", 9,
      ABL, "A slight improvement for all tasks."),
    X("Adding ELMo did not establish a new state of the art on SRL.", "negation", 5, TASKS,
      "84.6, a new state-of-the-art on OntoNotes."),
    X("Iacobacci et al. (2016) reach a WSD F1 of 69.9.", "neighbour_cell", 7, T5,
      "70.1; 69.9 is Raganato et al. (2017a)."),
    X("The SQuAD leaderboard comparison is as of November 7, 2017.", "wrong_number", 4, EVAL,
      "November 17, 2017 (footnote 2)."),
    X("In the ablation, ELMo type alone improves SRL by 0.6 F1 over GloVe.", "cell_arithmetic", 9,
      T7, "81.7 - 81.6 = 0.1; 0.6 is SQuAD's (81.4 - 80.8)."),
    # --- unverified ----------------------------------------------------------------------------
    U("ELMo's Coref results are averaged over ten runs.", 5, T1,
      "The runs behind Coref are not stated."),
    U("The biLM layer weights are initialized uniformly at 1/3.", 8, SAMPLE,
      "Figure 2's legend prints 1/3, but no initialization is stated."),
    U("The SQuAD ensemble of 11 members reaches 86.9 F1 on the development set.", 4, EVAL,
      "Only the test F1 87.4 is given."),
    U("For WSD, the biLM representations were computed from a model fine-tuned on SemCor.", 7,
      T5, "SemCor 3.0 is the training corpus of the nearest neighbour approach; no fine-tuning "
      "of the biLM on it is stated."),
)

REPORT = LabelledReport(
    file="03_elmo_tables_and_text.md",
    title="Layers, Locations and Metrics of Contextual Representations",
    date="2027-12-03",
    examines="ELMo's metrics, relative improvements, layer weighting and ablations",
    research_question="What do ELMo's tables and sentences say about its layers and tasks?",
    references=(ELMO,),
    rows=ROWS,
    quality_score=7.4,
)
