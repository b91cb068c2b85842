"""Red-team-12 report 5 (Markdown): rows, ranks and ranges of ELMo's tables and the settings of
its task models (arXiv 1802.05365). The previous state of the art's citations given to another
task, superlatives over Table 1's increase column (SQuAD's 4.7 absolute and 24.9% relative,
NER's 21%), ranges of a column, a statement true of every row but one (Coref's baseline equal
to the previous state of the art), runs and seeds per task, WSD's four test sets and SemCor 3.0,
the NER and SQuAD baselines' layers, development and test baselines side by side. Labelled from
the page images before any run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row
from elmo_evidence import BASELINES, ELMO, EVAL, RELATED, SAMPLE, T1, T2, TASKS, WSDPOS


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, ELMO, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, ELMO, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", ELMO, page, ev, why)


# Fifth batch (labelled from the page images before it ran).
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The previous state of the art on SRL, He et al. (2017), scored 81.7.", "table_cell", 5,
      T1),
    C("Liu et al. (2017) held the previous SQuAD state of the art with 84.4.", "table_cell", 5,
      T1),
    C("SQuAD has the largest absolute increase in Table 1, 4.7.", "paraphrase", 5, T1,
      "4.7 against 0.7, 3.2, 3.2, 2.06 and 3.3."),
    C("SNLI has the smallest relative increase in Table 1, 5.8%.", "paraphrase", 5, T1,
      "5.8% against 24.9, 17.2, 9.8, 21 and 6.8."),
    C("The relative increases in Table 1 range from 5.8% to 24.9%.", "paraphrase", 5, T1),
    C("ELMo + baseline is above the previous state of the art on all six tasks of Table 1.",
      "paraphrase", 5, T1, "85.8 > 84.4, 88.7 > 88.6, 84.6 > 81.7, 70.4 > 67.2, 92.22 > "
      "91.93, 54.7 > 53.7."),
    C("On Coref, the baseline equals the previous state of the art at 67.2.", "table_cell", 5,
      T1),
    C("SNLI is the only task in Table 1 where ELMo adds less than one point.", "paraphrase", 5,
      T1, "0.7; every other increase is 2.06 or more."),
    C("The ELMo-enhanced NER F1 of 92.22% is averaged over five runs.", "text_number", 5, TASKS),
    C("Table 5's WSD results use the same suite of four test sets as Raganato et al. (2017a).",
      "text_number", 7, WSDPOS),
    C("For WSD, SemCor 3.0 is the training corpus.", "text_number", 7, WSDPOS),
    C("The NER baseline uses two biLSTM layers and a CRF loss.", "text_number", 5, BASELINES),
    C("The SQuAD baseline substitutes the LSTMs of BiDAF for gated recurrent units.",
      "paraphrase", 4, BASELINES),
    C("The SRL baseline is 81.6 F1 on the development set and 81.4 on the test set.",
      "table_cell", 6, T2, "Table 2 Baseline 81.6 (dev); Table 1 Our baseline 81.4 (test)."),
    C("With ELMo, the SRL single model beats the previous best ensemble result by 1.2%.",
      "text_number", 5, TASKS),
    C("The POS classifier is trained on the Wall Street Journal portion of the Penn Treebank.",
      "paraphrase", 8, WSDPOS),
    C("A five member ELMo ensemble exceeds the previous SNLI ensemble best of 88.9%.",
      "text_number", 5, TASKS),
    # --- contradicted ------------------------------------------------------------------------
    X("The previous state of the art on SRL, He et al. (2017), scored 81.4.", "neighbour_cell", 5,
      T1, "81.7; 81.4 is our baseline."),
    X("McCann et al. (2017) held the previous NER state of the art.", "neighbour_cell", 5,
      T1, "Peters et al. (2017) for NER; McCann et al. (2017) is SST-5's."),
    X("NER has the largest relative increase in Table 1, 21%.", "paraphrase", 5, T1,
      "SQuAD's 24.9% is larger."),
    X("Coref has the smallest relative increase in Table 1.", "paraphrase", 5, T1,
      "9.8%; SNLI's 5.8% and SST-5's 6.8% are smaller."),
    X("The relative increases in Table 1 range from 6.8% to 24.9%.", "wrong_number", 5, T1,
      "From 5.8% (SNLI)."),
    X("Every baseline in Table 1 is below the previous state of the art.", "paraphrase", 5, T1,
      "Coref's baseline equals it (67.2)."),
    X("The baseline beats the previous state of the art on SNLI.", "direction_flip", 5, T1,
      "88.0 against 88.6."),
    X("SST-5 is the only task in Table 1 where ELMo adds less than one point.", "paraphrase", 5,
      T1, "SST-5 gains 3.3; SNLI is the task with 0.7."),
    X("The ELMo-enhanced NER F1 of 92.22% is averaged over ten runs.", "wrong_count", 5, TASKS,
      "Five runs."),
    X("Table 5's WSD results use a suite of five test sets.", "wrong_count", 7, WSDPOS,
      "Four test sets."),
    X("For WSD, SemCor 2.0 is the training corpus.", "wrong_number", 7, WSDPOS, "SemCor 3.0."),
    X("The NER baseline uses three biLSTM layers and a CRF loss.", "wrong_count", 5, BASELINES,
      "Two biLSTM layers."),
    X("The SQuAD baseline removes the self-attention layer of BiDAF.", "negation", 4, BASELINES,
      "It adds a self-attention layer after the bidirectional attention component."),
    X("The SRL baseline is 81.4 F1 on the development set.", "wrong_number", 6, T2,
      "81.6 on the development set; 81.4 is the test baseline."),
    X("With ELMo, the SRL single model beats the previous best ensemble result by 3.2%.",
      "wrong_number", 5, TASKS, "1.2%; 3.2% is the jump over the baseline."),
    X("A five member ELMo ensemble falls short of the previous SNLI ensemble best.",
      "negation", 5, TASKS, "It exceeds it (89.3% against 88.9%)."),
    X("Lee et al. (2017) held the previous SST-5 state of the art with 53.7.",
      "neighbour_cell", 5, T1, "McCann et al. (2017); Lee et al. is Coref's."),
    # --- unverified ----------------------------------------------------------------------------
    U("Adding ELMo cuts the number of SQuAD training updates by 98%.", 8, SAMPLE,
      "The 98% relative decrease is the SRL model's; SQuAD's is not given."),
    U("The SQuAD results in Table 1 are averaged over five random seeds.", 5, T1,
      "The caption gives means over five runs for NER and SST-5 only."),
    U("The 11 member SQuAD ensemble stayed on top of the leaderboard until 2018.", 4, EVAL,
      "Only the date of the comparison (November 17, 2017) is given."),
    U("ELMo representations were also tested for machine translation.", 2, RELATED,
      "Not stated; machine translation is named as CoVe's source."),
)

REPORT = LabelledReport(
    file="05_elmo_rows_and_settings.md",
    title="Ranks, Ranges and Baselines of Contextual Representations",
    date="2027-12-05",
    examines="Table 1's rows and ranks, task baselines, WSD and POS settings of the ELMo paper",
    research_question="How do ELMo's gains rank across tasks, and what are its baselines?",
    references=(ELMO,),
    rows=ROWS,
    quality_score=7.1,
)
