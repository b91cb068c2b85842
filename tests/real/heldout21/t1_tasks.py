"""Held-out-21 report 1 (Markdown): Peters et al., Deep contextualized word representations
(ELMo; NAACL 2018, arXiv 1802.05365; the ACL Anthology copy, two columns, 11 pages, no arXiv
stamp). Table 1 (page 5) test results of six tasks: the previous state of the art, our
baseline, ELMo + baseline and the increase (absolute / relative). Text numbers of Sections 3.4
and 4 (pages 4-6): 10 epochs, perplexities 39.7 and 30.0, 100K+ SQuAD pairs, 87.4 for an 11
member ensemble, 1.8% for CoVe, 550K SNLI pairs, 89.3% against 88.9%, an 8-layer SRL model,
1.2% and 1.6% over previous ensembles, four NER entity types, 1.0% for SST-5.
Labelled from the page images (110 dpi; Table 1 at 200 dpi) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

ELMO = "1802.05365"  # Peters et al., Deep contextualized word representations

T1 = ("Table 1 (page 5; test set; columns Previous SOTA, Our baseline, ELMo + baseline, "
      "Increase (absolute/relative)): SQuAD Liu et al. (2017) 84.4, 81.1, 85.8, 4.7 / 24.9%; "
      "SNLI Chen et al. (2017) 88.6, 88.0, 88.7 +- 0.17, 0.7 / 5.8%; SRL He et al. (2017) 81.7, "
      "81.4, 84.6, 3.2 / 17.2%; Coref Lee et al. (2017) 67.2, 67.2, 70.4, 3.2 / 9.8%; NER "
      "Peters et al. (2017) 91.93 +- 0.19, 90.15, 92.22 +- 0.10, 2.06 / 21%; SST-5 McCann et "
      "al. (2017) 53.7, 51.4, 54.7 +- 0.5, 3.3 / 6.8%. Caption: accuracy for SNLI and SST-5; "
      "F1 for SQuAD, SRL and NER; average F1 for Coref; mean and standard deviation across five "
      "runs for NER and SST-5.")
LM = ("Page 4, Sec. 3.4: The final model uses L = 2 biLSTM layers with 4096 units and 512 "
      "dimension projections and a residual connection from the first to second layer. The "
      "context insensitive type representation uses 2048 character n-gram convolutional filters "
      "followed by two highway layers ... and a linear projection down to a 512 representation "
      "... After training for 10 epochs on the 1B Word Benchmark, the average forward and "
      "backward perplexities is 39.7, compared to 30.0 for the forward CNN-BIG-LSTM.")
EVAL = ("Page 4, Sec. 4: In every task considered, simply adding ELMo establishes a new "
        "state-of-the-art result, with relative error reductions ranging from 6 - 20% over "
        "strong base models ... SQuAD contains 100K+ crowd sourced question-answer pairs ... "
        "After adding ELMo to the baseline model, test set F1 improved by 4.7% from 81.1% to "
        "85.8%, a 24.9% relative error reduction over the baseline, and improving the overall "
        "single model state-of-the-art by 1.4%. A 11 member ensemble pushes F1 to 87.4 ... The "
        "increase of 4.7% with ELMo is also significantly larger then the 1.8% improvement from "
        "adding CoVe to a baseline model.")
SNLI = ("Page 5: SNLI provides approximately 550K hypothesis/premise pairs. Our baseline, the "
        "ESIM sequence model ... adding ELMo to the ESIM model improves accuracy by an average "
        "of 0.7% across five random seeds. A five member ensemble pushes the overall accuracy to "
        "89.3%, exceeding the previous ensemble best of 88.9%.")
SRL = ("Page 5: He et al. (2017) ... used an 8-layer deep biLSTM with forward and backward "
       "directions interleaved ... when adding ELMo to a re-implementation of He et al. (2017) "
       "the single model test set F1 jumped 3.2% from 81.4% to 84.6% - a new state-of-the-art "
       "on the OntoNotes benchmark, even improving over the previous best ensemble result by "
       "1.2%.")
COREF = ("Page 5: adding ELMo improved the average F1 by 3.2% from 67.2 to 70.4, establishing a "
         "new state of the art, again improving over the previous best ensemble result by 1.6% "
         "F1.")
NER = ("Page 5: The CoNLL 2003 NER task consists of newswire from the Reuters RCV1 corpus "
       "tagged with four different entity types (PER, LOC, ORG, MISC) ... two biLSTM layers and "
       "a conditional random field (CRF) loss ... our ELMo enhanced biLSTM-CRF achieves 92.22% "
       "F1 averaged over five runs. The key difference ... is that we allowed the task model to "
       "learn a weighted average of all biLM layers, whereas Peters et al. (2017) only use the "
       "top biLM layer.")
SST = ("Pages 5-6: SST-5 involves selecting one of five labels (from very negative to very "
       "positive) ... Our baseline model is the biattentive classification network (BCN) from "
       "McCann et al. (2017) ... Replacing CoVe with ELMo in the BCN model results in a 1.0% "
       "absolute accuracy improvement over the state of the art.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, ELMO, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, ELMO, page, ev, why)


def U(text, page, ev, why, cat="unsupported_relation"):
    return Row(text, True, 0.18, "unverified", cat, ELMO, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("With ELMo, the SQuAD model reaches a test F1 of 85.8.", "table_cell", 5, T1),
    C("The previous state of the art on SNLI, from Chen et al. (2017), is 88.6.", "table_cell",
      5, T1),
    C("On coreference resolution, ELMo plus the baseline reaches an average F1 of 70.4.",
      "table_cell", 5, T1),
    C("The NER baseline scores 90.15 F1 on the test set.", "table_cell", 5, T1),
    C("On SST-5, adding ELMo gives a relative increase of 6.8%.", "table_cell", 5, T1),
    C("On SRL, the increase from ELMo is 3.2 absolute, or 17.2% relative.", "table_cell", 5,
      T1),
    C("The previous state of the art on NER is 91.93 F1 (Peters et al., 2017).", "table_cell",
      5, T1),
    C("The SST-5 baseline reaches an accuracy of 51.4.", "table_cell", 5, T1),
    C("The SQuAD baseline scores 81.1 F1.", "table_cell", 5, T1),
    C("On SNLI, ELMo plus the baseline reaches 88.7% accuracy.", "table_cell", 5, T1),
    C("For SQuAD, adding ELMo improves test set F1 by 4.7% from 81.1% to 85.8%.", "text_number",
      4, EVAL),
    C("The 4.7% SQuAD improvement is a 24.9% relative error reduction over the baseline.",
      "text_number", 4, EVAL),
    C("An 11 member ELMo ensemble pushes SQuAD F1 to 87.4.", "text_number", 4, EVAL),
    C("SNLI provides approximately 550K hypothesis/premise pairs.", "text_number", 5, SNLI),
    C("A five member ensemble pushes SNLI accuracy to 89.3%.", "text_number", 5, SNLI),
    C("For coreference, ELMo improves the average F1 by 3.2% from 67.2 to 70.4.",
      "text_number", 5, COREF),
    C("The ELMo-enhanced biLSTM-CRF achieves 92.22% F1 on NER, averaged over five runs.",
      "text_number", 5, NER),
    C("The CoNLL 2003 NER data is tagged with four entity types.", "text_number", 5, NER),
    C("The biLM's average forward and backward perplexity after 10 epochs is 39.7.",
      "text_number", 4, LM),
    C("Adding ELMo raises SRL test F1 by 3.2 points over the baseline, from 81.4 to 84.6.",
      "paraphrase", 5, SRL),
    C("ELMo's SQuAD result exceeds the previous state of the art by 1.4 F1.", "cell_arithmetic",
      5, T1, "85.8 - 84.4 = 1.4 (and the text says 1.4%)."),
    C("On SRL, ELMo plus the baseline beats He et al. (2017) by 2.9 F1.", "cell_arithmetic", 5,
      T1, "84.6 - 81.7 = 2.9."),
    C("The SST-5 result with ELMo is 1.0 point above McCann et al. (2017).", "cell_arithmetic",
      5, T1, "54.7 - 53.7 = 1.0."),
    C("On NER, ELMo plus the baseline is 0.29 F1 above the previous state of the art.",
      "cell_arithmetic", 5, T1, "92.22 - 91.93 = 0.29."),
    C("Adding ELMo to ESIM improves SNLI accuracy by an average of 0.7% across five random "
      "seeds.", "text_number", 5, SNLI),
    C("The coreference baseline matches the previous state of the art at 67.2.", "table_cell",
      5, T1, "Both 67.2."),
    # --- contradicted ------------------------------------------------------------------------
    X("With ELMo, the SQuAD model reaches a test F1 of 84.4.", "neighbour_cell", 5, T1,
      "85.8; 84.4 is the previous state of the art."),
    X("The SNLI baseline reaches 88.6% accuracy.", "neighbour_cell", 5, T1,
      "88.0; 88.6 is the previous state of the art."),
    X("On coreference, adding ELMo gives a relative increase of 17.2%.", "neighbour_cell", 5,
      T1, "9.8%; 17.2% is SRL's."),
    X("On SRL, ELMo plus the baseline reaches 84.4 F1.", "neighbour_cell", 5, T1,
      "84.6; 84.4 is SQuAD's previous state of the art."),
    X("The NER baseline scores 92.22 F1.", "neighbour_cell", 5, T1,
      "90.15; 92.22 is ELMo + baseline."),
    X("On SST-5, adding ELMo gives an absolute increase of 3.2.", "neighbour_cell", 5, T1,
      "3.3; 3.2 is SRL's and Coref's."),
    X("On SQuAD, ELMo's relative error reduction is 21%.", "neighbour_cell", 5, T1,
      "24.9%; 21% is NER's."),
    X("An 11 member ELMo ensemble pushes SQuAD F1 to 87.7.", "wrong_number", 4, EVAL, "87.4."),
    X("SNLI provides approximately 100K hypothesis/premise pairs.", "wrong_number", 5, SNLI,
      "550K; 100K+ is SQuAD's question-answer pairs."),
    X("A five member ensemble pushes SNLI accuracy to 88.9%.", "wrong_number", 5, SNLI,
      "89.3%; 88.9% is the previous ensemble best."),
    X("For SRL, the single ELMo model improves over the previous best ensemble result by 1.6%.",
      "wrong_number", 5, SRL, "1.2%; 1.6% is coreference's."),
    X("The CoNLL 2003 NER data is tagged with five entity types.", "wrong_count", 5, NER,
      "Four: PER, LOC, ORG, MISC."),
    X("He et al. (2017) used a 4-layer deep biLSTM for SRL.", "wrong_number", 5, SRL,
      "8-layer."),
    X("The biLM's average forward and backward perplexity after 10 epochs is 30.0.",
      "wrong_number", 4, LM, "39.7; 30.0 is the forward CNN-BIG-LSTM's."),
    X("On SQuAD, the 4.7% improvement from ELMo is smaller than the 1.8% improvement from adding "
      "CoVe.", "direction_flip", 4, EVAL, "Significantly larger than the 1.8% from CoVe."),
    X("The SST-5 baseline reaches an accuracy of 15.4.", "transposed_digits", 5, T1, "51.4."),
    X("Adding ELMo does not set a new state of the art on every task considered.", "negation",
      4, EVAL, "In every task considered, simply adding ELMo establishes a new state-of-the-art "
      "result."),
    X("On NER, ELMo plus the baseline falls below the previous state of the art.",
      "direction_flip", 5, T1, "92.22 > 91.93."),
    X("A 5 member ELMo ensemble pushes SQuAD F1 to 87.4.", "wrong_count", 4, EVAL,
      "An 11 member ensemble."),
    # --- unverified --------------------------------------------------------------------------
    U("The ELMo-enhanced ESIM model reaches 88.7% SNLI accuracy with a batch size of 32.", 5,
      T1 + " " + SNLI, "No batch size is given for SNLI in the paper's body."),
    U("The SQuAD ensemble of 11 members reaches an exact match of 81.0.", 4, EVAL,
      "Only the ensemble's F1 (87.4) is printed; no exact match."),
    U("The NER improvement from ELMo is mainly due to the CRF loss.", 5, NER,
      "The paper names the weighted average of all biLM layers as the key difference; it "
      "draws no such conclusion about the CRF."),
    U("The SST-5 baseline with ELMo was trained for 10 epochs.", 5, SST + " " + LM,
      "10 epochs is the biLM's pretraining on the 1B Word Benchmark; the SST-5 training length "
      "is not given."),
    U("The coreference results use gold mentions on the CoNLL 2012 test set.", 5, COREF,
      "The paper says OntoNotes annotations from the CoNLL 2012 shared task; it does not say "
      "gold mentions are used."),
    U("The SNLI baseline uses a 4096-unit biLSTM.", 5, SNLI + " " + LM,
      "4096 units is the biLM's LSTM; the ESIM baseline's size is not given."),
    U(cut("On SQuAD, the ELMo-enhanced baseline reaches a test F1 of 85.8, which exceeds the "
          "previous single model state of the art by 1.4 points and the ensemble by 0.5."), 4,
      EVAL, "Cut before the comparison with the ensemble; what survives is right, but the "
      "claim as a whole cannot be judged.", "truncated"),
    U(cut("Adding ELMo to the ESIM model improves SNLI accuracy by an average of 0.7% across "
          "five random seeds, a relative error reduction of 5.8 percent."), 5,
      SNLI + " " + T1, "Cut before the relative reduction; what survives is right, the rest is "
      "cut off.", "truncated"),
)

REPORT = LabelledReport(
    file="01_elmo_tasks.md",
    title="Contextual Word Vectors across Six Benchmark Tasks",
    date="2027-12-02",
    examines="ELMo added to strong baselines for QA, entailment, SRL, coreference, NER, sentiment",
    research_question="How much do deep contextualized word representations improve end tasks?",
    references=(ELMO,),
    rows=ROWS,
    quality_score=7.3,
)
