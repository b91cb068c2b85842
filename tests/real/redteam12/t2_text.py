"""Red-team-12 report 2 (text with bare headings): ELMo's text numbers (arXiv 1802.05365).
Settings against results (10 epochs of biLM training against epoch 10 of the SRL model; 486
epochs; 4096 units, 512 dimensions, 2048 filters), per-task improvements given to another task
(4.7%, 3.2%, 1.6%, 1.2%, 1.0%, 0.7%), an ensemble's number given to a single model, the footnote's
date, a range (6 - 20%) against a table's 24.9% and 21%, counts the paper counts differently
(four entity types, five labels, five seeds, an 11 member and a five member ensemble), CoVe's
development numbers given to ELMo, negations and reversed directions in other words. Labelled
from the page images before any run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row
from elmo_evidence import ABL, ANALYSIS, BILM, ELMO, EVAL, SAMPLE, TASKS


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, ELMO, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, ELMO, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", ELMO, page, ev, why)


# Second batch (labelled from the page images before it ran).
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The final biLM uses two biLSTM layers with 4096 units and 512 dimension projections.",
      "text_number", 4, BILM),
    C("The character representation uses 2048 n-gram convolutional filters and two highway "
      "layers.", "text_number", 4, BILM),
    C("After 10 epochs on the 1B Word Benchmark, the biLM's average perplexity is 39.7.",
      "text_number", 4, BILM),
    C("The forward CNN-BIG-LSTM has a perplexity of 30.0.", "text_number", 4, BILM),
    C("Adding ELMo reduces errors by 6 - 20% relative over strong base models.", "text_number", 4,
      EVAL),
    C("SQuAD contains 100K+ crowd sourced question-answer pairs.", "text_number", 4, EVAL),
    C("Adding CoVe to a baseline model improves SQuAD by 1.8%.", "text_number", 4, EVAL),
    C("SNLI provides approximately 550K hypothesis/premise pairs.", "text_number", 5, TASKS),
    C("A five member ensemble with ELMo reaches 89.3% accuracy on SNLI.", "text_number", 5, TASKS),
    C("The SRL baseline of He et al. (2017) uses an 8-layer deep biLSTM.", "text_number", 5,
      TASKS),
    C("With ELMo, the Coref model improves over the previous best ensemble result by 1.6% F1.",
      "text_number", 5, TASKS),
    C("The CoNLL 2003 NER task uses four entity types.", "text_number", 5, TASKS),
    C("Without ELMo, the SRL model reaches its maximum development F1 after 486 epochs.",
      "text_number", 8, SAMPLE),
    C("With ELMo, the SRL model exceeds the baseline maximum at epoch 10.", "text_number", 8,
      SAMPLE),
    C("For SQuAD, the last biLM layer alone improves development F1 by 3.9% over the baseline.",
      "text_number", 6, ANALYSIS),
    C("Replacing GloVe with the biLM character layer raises SQuAD F1 from 80.8 to 81.4.",
      "text_number", 9, ABL),
    C("Adding GloVe to ELMo improves SRL F1 only marginally, by 0.2%.", "paraphrase", 9, ABL),
    C("For WSD, the biLM's top layer is better than its first layer.", "paraphrase", 8, SAMPLE),
    C("For POS tagging, the biLM's first layer is more accurate than its top layer.",
      "paraphrase", 8, SAMPLE),
    # --- contradicted ------------------------------------------------------------------------
    X("The final biLM uses two biLSTM layers with 2048 units each.", "wrong_number", 4, BILM,
      "4096 units; 2048 is the number of character n-gram filters."),
    X("After 10 epochs, the biLM's average forward and backward perplexity is 30.0.",
      "wrong_number", 4, BILM, "39.7; 30.0 is the forward CNN-BIG-LSTM."),
    X("The biLM was pretrained for 486 epochs on the 1B Word Benchmark.", "wrong_number", 4, BILM,
      "10 epochs; 486 is the SRL model's epochs without ELMo (page 8)."),
    X("SNLI provides approximately 100K hypothesis/premise pairs.", "wrong_number", 5, TASKS,
      "550K; 100K+ is SQuAD."),
    X("A seven member ensemble with ELMo reaches 89.3% accuracy on SNLI.", "wrong_count", 5,
      TASKS, "A five member ensemble."),
    X("With ELMo, the SQuAD ensemble has 5 members and reaches 87.4 F1.", "wrong_count", 4, EVAL,
      "11 members; the five member ensemble is SNLI's."),
    X("The CoNLL 2003 NER task uses five entity types.", "wrong_count", 5, TASKS,
      "Four (PER, LOC, ORG, MISC); five is SST-5's labels."),
    X("With ELMo, the SRL model improves over the previous best ensemble result by 1.6%.",
      "wrong_number", 5, TASKS, "1.2%; 1.6% is Coref's."),
    X("Adding ELMo improves the SNLI accuracy by an average of 0.7% across eleven random seeds.",
      "wrong_count", 5, TASKS, "Five random seeds."),
    X("Adding CoVe to a baseline model improves SQuAD by 4.7%.", "wrong_number", 4, EVAL,
      "1.8%; 4.7% is ELMo's increase."),
    X("The previous SNLI ensemble best was 89.3%.", "wrong_number", 5, TASKS,
      "88.9%; 89.3% is ELMo's five member ensemble."),
    X("Without ELMo, the SRL model reaches its maximum development F1 after 10 epochs.",
      "wrong_number", 8, SAMPLE, "486 epochs; epoch 10 is the model with ELMo."),
    X("Adding ELMo gives a 89% relative decrease in the number of updates for SRL.",
      "wrong_number", 8, SAMPLE, "98%."),
    X("For SQuAD, the last biLM layer alone improves development F1 by 0.3% over the baseline.",
      "wrong_number", 6, ANALYSIS, "3.9%; 0.3% is all layers over the last layer."),
    X("Replacing GloVe with the biLM character layer lowers SQuAD F1 from 80.8 to 81.4.",
      "direction_flip", 9, ABL, "Raises (a slight improvement)."),
    X("For WSD, the biLM's first layer is better than its top layer.", "direction_flip", 8,
      SAMPLE, "The top layer (69.0) is better than the first (67.4)."),
    X("For POS tagging, the biLM's top layer is more accurate than its first layer.",
      "direction_flip", 8, SAMPLE, "The first layer is more accurate (97.3 vs 96.8)."),
    X("The CoVe encoder achieves higher POS accuracies than the biLM.", "direction_flip", 8,
      SAMPLE,
      "The biLM achieves higher accuracies than the CoVe encoder."),
    # --- unverified ----------------------------------------------------------------------------
    U("The biLM was trained on 32 GPUs.", 4, BILM, "Hardware is not stated."),
    U("The SNLI ensemble of five members needs 5 times the training time of one model.", 5, TASKS,
      "Not stated."),
    U("The 1B Word Benchmark has 800M training tokens.", 4, BILM,
      "The size of the benchmark is not given."),
)

REPORT = LabelledReport(
    file="02_elmo_text.txt",
    title="What Deep Contextual Representations Buy Downstream Models",
    date="2027-12-02",
    examines="ELMo's biLM settings, per-task improvements, ensembles and ablations",
    research_question="Which settings and improvements does the ELMo paper report?",
    references=(ELMO,),
    rows=ROWS,
    quality_score=7.0,
)
