"""Held-out-21 report 2 (text with # headings): ELMo's ablations (arXiv 1802.05365). Table 2
(page 6) development results of SQuAD, SNLI and SRL for Baseline, Last Only and All layers
with lambda=1 and lambda=0.001; Table 3 (page 6) ELMo at the input, input and output, or
output only; Table 7 (page 9) GloVe, ELMo type, ELMo and ELMo + GloVe. Text numbers of
Sections 5.1, 5.2, 5.6 and 5.7 (pages 6 and 9): 3.9% for the last layer, another 0.3% and
0.2%, CoVe's 88.2 to 88.7% and 0.1% to 82.2, 80.8 to 81.4 for the character layer, 0.2% from
84.5 to 84.7. The three tables share row names and many numbers (80.8, 88.1, 81.6 in Tables 2
and 7; 89.5 in all three; 85.6 and 84.7 in Tables 3 and 7).
Labelled from the page images (110 dpi; Tables 2, 3 and 7 at 200-220 dpi) before any verifier
run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

ELMO = "1802.05365"  # Peters et al., Deep contextualized word representations

T2 = ("Table 2 (page 6; development set; columns Baseline, Last Only, All layers lambda=1, All "
      "layers lambda=0.001): SQuAD 80.8, 84.7, 85.0, 85.2; SNLI 88.1, 89.1, 89.3, 89.5; SRL "
      "81.6, 84.1, 84.6, 84.8 (the lambda=0.001 column in bold).")
T3 = ("Table 3 (page 6; development set; columns Input Only, Input & Output, Output Only): "
      "SQuAD 85.1, 85.6, 84.8; SNLI 88.9, 89.5, 88.7; SRL 84.7, 84.3, 80.9 (bold: SQuAD and "
      "SNLI Input & Output, SRL Input Only).")
T7 = ("Table 7 (page 9; development set ablation; columns GloVe, ELMo type, ELMo, ELMo + "
      "GloVe): SQuAD 80.8, 81.4, 85.3, 85.6; SNLI 88.1, 88.5, 89.1, 89.5; SRL 81.6, 81.7, 84.5, "
      "84.7.")
S51 = ("Page 6, Sec. 5.1: large values such as lambda = 1 effectively reduce the weighting "
       "function to a simple average over the layers, while smaller values (e.g., lambda = "
       "0.001) allow the layer weights to vary ... in the case of SQuAD, using just the last "
       "biLM layer improves development F1 by 3.9% over the baseline. Averaging all biLM layers "
       "instead of using just the last layer improves F1 another 0.3% (comparing 'Last Only' to "
       "lambda=1 columns), and allowing the task model to learn individual layer weights "
       "improves F1 another 0.2% (lambda=1 vs. lambda=0.001). A small lambda is preferred in "
       "most cases with ELMo, although for NER, a task with a smaller training set, the results "
       "are insensitive to lambda (not shown). The overall trend is similar with CoVe but with "
       "smaller increases over the baseline. For SNLI, averaging all layers with lambda=1 "
       "improves development accuracy from 88.2 to 88.7% over using just the last layer. SRL "
       "F1 increased a marginal 0.1% to 82.2 for the lambda=1 case compared to using the last "
       "layer only.")
S52 = ("Page 6, Sec. 5.2: including ELMo at both the input and output layers for SNLI and SQuAD "
       "improves over just the input layer, but for SRL (and coreference resolution, not shown) "
       "performance is highest when it is included at just the input layer. One possible "
       "explanation ... both the SNLI and SQuAD architectures use attention layers after the "
       "biRNN.")
S56 = ("Page 9, Sec. 5.6: Replacing the GloVe vectors with the biLM character layer gives a "
       "slight improvement for all tasks (e.g. from 80.8 to 81.4 F1 for SQuAD), but overall the "
       "improvements are small compared to the full ELMo model. From this, we conclude that "
       "most of the gains in the downstream tasks are due to the contextual information and not "
       "the sub-word information.")
S57 = ("Page 9, Sec. 5.7: adding GloVe to models with ELMo generally provides a marginal "
       "improvement over ELMo only models (e.g. 0.2% F1 improvement for SRL from 84.5 to "
       "84.7).")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, ELMO, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, ELMO, page, ev, why)


def U(text, page, ev, why, cat="unsupported_relation"):
    return Row(text, True, 0.18, "unverified", cat, ELMO, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("Using only the last biLM layer, SQuAD development F1 is 84.7.", "table_cell", 6, T2),
    C("With all layers and lambda=0.001, SRL development F1 reaches 84.8.", "table_cell", 6,
      T2),
    C("On SNLI, averaging all layers with lambda=1 gives a development accuracy of 89.3.",
      "table_cell", 6, T2),
    C("The SRL baseline in the layer ablation scores 81.6 on the development set.",
      "table_cell", 6, T2),
    C("Including ELMo at both input and output gives SQuAD a development F1 of 85.6.",
      "table_cell", 6, T3),
    C("With ELMo at the output only, SRL drops to 80.9 F1 on the development set.",
      "table_cell", 6, T3),
    C("With ELMo at the input only, SNLI development accuracy is 88.9.", "table_cell", 6, T3),
    C("With only the ELMo context-independent type representation, SQuAD F1 is 81.4.",
      "table_cell", 9, T7),
    C("Full ELMo without GloVe reaches 89.1 on SNLI development.", "table_cell", 9, T7),
    C("On SRL, the ELMo type representation scores 81.7.", "table_cell", 9, T7),
    C("For SQuAD, using just the last biLM layer improves development F1 by 3.9% over the "
      "baseline.", "text_number", 6, S51),
    C("With CoVe on SNLI, averaging all layers with lambda=1 improves development accuracy from "
      "88.2 to 88.7% over using just the last layer.", "text_number", 6, S51),
    C("With CoVe, SRL F1 increased a marginal 0.1% to 82.2 for lambda=1 compared to the last "
      "layer only.", "text_number", 6, S51),
    C("Replacing GloVe with the biLM character layer raises SQuAD F1 from 80.8 to 81.4.",
      "text_number", 9, S56),
    C("Adding GloVe to ELMo improves SRL F1 by 0.2%, from 84.5 to 84.7.", "text_number", 9,
      S57),
    C("For NER, the results are insensitive to the regularization parameter lambda.",
      "paraphrase", 6, S51),
    C("For SRL, performance is highest when ELMo is included at just the input layer.",
      "paraphrase", 6, S52 + " " + T3),
    C("Most of ELMo's downstream gains come from contextual information rather than sub-word "
      "information.", "paraphrase", 9, S56),
    C("On SQuAD, learning individual layer weights (lambda=0.001) improves over the simple "
      "average (lambda=1) by 0.2 F1.", "cell_arithmetic", 6, T2, "85.2 - 85.0 = 0.2."),
    C("On SNLI, the best layer weighting improves development accuracy by 1.4 points over the "
      "baseline.", "cell_arithmetic", 6, T2, "89.5 - 88.1 = 1.4."),
    C("For SRL, placing ELMo at the output only costs 3.8 F1 compared with the input only.",
      "cell_arithmetic", 6, T3, "84.7 - 80.9 = 3.8."),
    C("In the sub-word ablation, full ELMo improves SQuAD by 4.5 F1 over GloVe alone.",
      "cell_arithmetic", 9, T7, "85.3 - 80.8 = 4.5."),
    C("Averaging all biLM layers instead of just the last improves SQuAD F1 by another 0.3%.",
      "text_number", 6, S51),
    # --- contradicted ------------------------------------------------------------------------
    X("Using only the last biLM layer, SQuAD development F1 is 85.0.", "neighbour_cell", 6, T2,
      "84.7; 85.0 is the lambda=1 column."),
    X("With all layers and lambda=0.001, SRL development F1 reaches 84.6.", "neighbour_cell", 6,
      T2, "84.8; 84.6 is lambda=1."),
    X("The SNLI baseline in the layer ablation scores 89.1 on the development set.",
      "neighbour_cell", 6, T2, "88.1; 89.1 is Last Only."),
    X("Including ELMo at both input and output gives SRL a development F1 of 84.7.",
      "neighbour_cell", 6, T3, "84.3; 84.7 is Input Only."),
    X("With ELMo at the output only, SQuAD development F1 is 85.1.", "neighbour_cell", 6, T3,
      "84.8; 85.1 is Input Only."),
    X("Full ELMo without GloVe reaches 85.6 F1 on SQuAD development.", "neighbour_cell", 9, T7,
      "85.3; 85.6 is ELMo + GloVe."),
    X("With only the ELMo type representation, SNLI accuracy is 88.1.", "neighbour_cell", 9, T7,
      "88.5; 88.1 is GloVe."),
    X("For SQuAD, using just the last biLM layer improves development F1 by 4.7% over the "
      "baseline.", "wrong_number", 6, S51, "3.9%; 4.7% is the test-set gain of Table 1."),
    X("With CoVe on SNLI, averaging all layers with lambda=1 improves development accuracy from "
      "88.2 to 89.3%.", "wrong_number", 6, S51, "To 88.7%; 89.3 is ELMo's lambda=1 cell."),
    X("Adding GloVe to ELMo improves SRL F1 by 0.3%, from 84.5 to 84.7.", "wrong_number", 9,
      S57, "0.2%."),
    X("Replacing GloVe with the biLM character layer raises SQuAD F1 from 80.8 to 81.7.",
      "wrong_number", 9, S56, "To 81.4; 81.7 is SRL's ELMo type cell."),
    X("Large values of lambda such as 1 let the layer weights vary freely.", "direction_flip", 6,
      S51, "Large lambda reduces the weighting to a simple average; small lambda lets the "
      "weights vary."),
    X("For SNLI and SQuAD, including ELMo at the input and output does not improve over the "
      "input layer alone.", "negation", 6, S52 + " " + T3,
      "It improves: 85.6 vs 85.1 and 89.5 vs 88.9."),
    X("Replacing GloVe with the biLM character layer hurts SRL.", "direction_flip", 9, T7,
      "81.7 > 81.6; a slight improvement for all tasks."),
    X("On SRL, learning the layer weights (lambda=0.001) is 0.4 F1 better than the simple "
      "average.", "cell_arithmetic", 6, T2, "84.8 - 84.6 = 0.2."),
    X("The SQuAD baseline in the layer ablation reaches a development F1 of 80.9.",
      "wrong_number", 6, T2, "80.8; 80.9 is SRL's Output Only cell in Table 3."),
    X("SRL with ELMo at the output only reaches 90.8 development F1.", "transposed_digits", 6,
      T3, "80.9."),
    # --- unverified --------------------------------------------------------------------------
    U("On NER, learning the layer weights with lambda=0.001 improves F1 by 0.2.", 6, S51,
      "NER is not in Table 2; the paper only says NER is insensitive to lambda (not shown)."),
    X("For coreference resolution, adding ELMo at the output layer too improves over the input "
      "layer alone.", "direction_flip", 6, S52,
      "For SRL and coreference (not shown) performance is highest with ELMo at just the input "
      "layer."),
    U("On SST-5, using all biLM layers improves development accuracy by 0.5 over the last "
      "layer.", 6, T2, "SST-5 is not in Table 2."),
    U("With CoVe, SQuAD development F1 rises from 84.7 to 85.0 with lambda=1.", 6, S51 + " " + T2,
      "Those are ELMo's cells; the paper gives no CoVe number for SQuAD."),
    U("With ELMo type and GloVe together, SNLI accuracy reaches 88.9.", 9, T7,
      "That combination is not in Table 7 (88.9 is Table 3's Input Only)."),
    U("Every system in Table 7 uses lambda=0.001 to weight the biLM layers.", 9, T7,
      "The regularization strength of the Table 7 systems is not given."),
    U(cut("Using only the ELMo context-independent type layer instead of GloVe improves SQuAD "
          "development F1 from 80.8 to 81.4, and SNLI accuracy from 88.1 to 88.9."), 9, T7,
      "Cut before the SNLI numbers (the printed 88.5 would contradict 88.9); what survives is "
      "right.", "truncated"),
)

REPORT = LabelledReport(
    file="02_elmo_ablations.txt",
    title="Where and How to Combine the Layers of a Bidirectional Language Model",
    date="2027-12-03",
    examines="layer weighting, placement and sub-word ablations of ELMo on SQuAD, SNLI, SRL",
    research_question="Which choices of layer combination and placement matter for ELMo?",
    references=(ELMO,),
    rows=ROWS,
    quality_score=7.0,
)
