"""Held-out-15 report 2 (text with `#` headings): Nie and Bansal, Shortcut-Stacked Sentence
Encoders for Multi-Domain Inference (RepEval 2017, arXiv 1708.02312; two columns, 6 pages).
Tables 1-4 (page 3) are small ablations on the Multi-NLI dev sets (Matched, Mismatched): layers
and dimensions, shortcut connections, fine-tuned embeddings, MLP classifiers; Table 5 (page 4)
gives SNLI and Multi-NLI test results with dashes for the encoders never run on Multi-NLI;
Table 6 (page 5) gives the residual-connection addendum with parameters, Dev and Test on SNLI.
Natural claims, labelled from the page images (110 dpi, tables at 220 dpi) and
`pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

SS = "1708.02312"  # Nie and Bansal; RepEval 2017

T1 = ("Table 1 (Analysis of results for models with different # of biLSTM layers and their "
      "hidden state dimensions; #layers, bilstm-dim, Accuracy Matched, Mismatched): 1 512 72.5 "
      "72.9; 2 512+512 73.4 73.6; 1 1024 72.9 72.9; 2 512+1024 73.7 74.2; 1 2048 73.0 73.5; 2 "
      "512+2048 73.7 74.2; 2 1024+2048 73.8 74.4; 2 2048+2048 74.0 74.6; 3 512+1024+2048 74.2 "
      "74.7")
T2 = ("Table 2 (Ablation results with and without shortcut connections; Matched, Mismatched): "
      "without any shortcut connection 72.6 73.4; only word shortcut connection 74.2 74.6; full "
      "shortcut connection 74.2 74.7")
T3 = ("Table 3 (Ablation results with and without fine-tuning of word embeddings; Matched, "
      "Mismatched): fixed 71.8 72.6; fine-tuned 72.7 72.8")
T4 = ("Table 4 (Ablation results for different MLP classifiers; # of MLPs, Activation, Matched, "
      "Mismatched): 1 tanh 73.7 74.1; 2 tanh 73.5 73.6; 1 relu 74.1 74.7; 2 relu 74.2 74.7")
T5 = ("Table 5 (Final Test Results on SNLI and Multi-NLI datasets; SNLI, Multi-NLI Matched, "
      "Multi-NLI Mismatched): CBOW (Williams et al., 2017) 80.6 65.2 64.6; biLSTM Encoder "
      "(Williams et al., 2017) 81.5 67.5 67.1; 300D Tree-CNN Encoder (Mou et al., 2015) 82.1 - "
      "-; 300D SPINN-PI Encoder (Bowman et al., 2016) 83.2 - -; 300D NSE Encoder (Munkhdalai "
      "and Yu, 2016) 84.6 - -; biLSTM-Max Encoder (Conneau et al., 2017) 84.5 - -; Our "
      "biLSTM-Max Encoder 85.2 71.7 71.2; Our Shortcut-Stacked Encoder 86.1 74.6 73.6")
T6 = ("Table 6 (Results on SNLI for the fewer-parameter Residual-Stacked Encoder models; each "
      "has 3 biLSTM-stacked layers and 1 MLP layer; #param in millions): 300D "
      "Residual-Stacked-Encoder 9.7M 86.4 85.7; 600D Residual-Stacked-Encoder 28.9M 87.0 86.0; "
      "600D Shortcut-Stacked-Encoder 34.7M 86.8 85.9 (columns #param, Dev, Test)")
SET = ("Section 3.2 (pages 3-4): We use cross-entropy loss ... with Adam-based optimization with "
       "32 batch size. The starting learning rate is 0.0002 with half decay every two epochs. "
       "The number of hidden units for MLP in classifier is 1600. Dropout layer is also applied "
       "on the output of each layer of MLP, with dropout rate set to 0.1. We used pre-trained "
       "300D Glove 840B vectors (Pennington et al., 2014) to initialize the word embeddings.")
ABL = ("Section 4.1 (page 4): We only experimented with up to 3 layers with 512, 1024, 2048 "
       "dimensions each ... the shortcut connections among the biLSTM layers is also an "
       "important contributor to accuracy improvement (around 1.5% on top of the full "
       "3-layered stacked-RNN model). This demonstrates that simply stacking the biLSTM layers "
       "is not sufficient to handle a complex task like Multi-NLI ... fine-tuning the word "
       "embeddings also improves results, again for both the in-domain task and cross-domain "
       "tasks")
ADD = ("Section 6 (page 5): a residual connection can achieve similar accuracies with fewer "
       "number of parameters, compared to a shortcut connection ... (using 3 stacked-biLSTM "
       "layers, and one 800-unit MLP layer, based on SNLI dev set tuning).")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.34, "confirmed", cat, SS, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.29, "contradicted", cat, SS, page, ev, why)


def U(text, page, ev, why, cat="unsupported_relation"):
    return Row(text, True, 0.2, "unverified", cat, SS, page, ev, why)


ROWS = (
    # --- confirmed -----------------------------------------------------------------------------
    C("The Shortcut-Stacked Encoder reaches 86.1% test accuracy on SNLI.", "table_cell", 4, T5),
    C("On the Multi-NLI test sets, the Shortcut-Stacked Encoder scores 74.6% matched and 73.6% "
      "mismatched.", "table_cell", 4, T5),
    C("The authors' reimplementation of biLSTM-Max reaches 85.2% on SNLI, against the 84.5% "
      "Conneau et al. report.", "table_cell", 4, T5),
    C("Their reimplementation of the Conneau et al. model is 0.7% better than the original.",
      "text_number", 4,
      "Footnote 1 (page 4): the 'Our biLSTM-Max Encoder' results in the second-last row are "
      "obtained using our reimplementation of the Conneau et al. (2017) model; our version is "
      "0.7% better, likely due to our classifier and optimizer settings."),
    C("The three-layer 512 + 1024 + 2048 encoder reaches 74.2 matched and 74.7 mismatched on the "
      "Multi-NLI dev sets.", "table_cell", 3, T1),
    C("Without any shortcut connection, the stacked encoder drops to 72.6 on the matched dev "
      "set.", "table_cell", 3, T2),
    C("With fixed word embeddings, the ablation model gets 71.8 matched and 72.6 mismatched.",
      "table_cell", 3, T3),
    C("A single tanh MLP layer gives 73.7 on matched dev and 74.1 on mismatched dev.",
      "table_cell", 3, T4),
    C("The 300D NSE encoder of Munkhdalai and Yu reaches 84.6% on SNLI test.", "table_cell", 4,
      T5),
    C("The 600D Residual-Stacked-Encoder has 28.9M parameters and reaches 86.0% on SNLI test.",
      "table_cell", 5, T6),
    C("The learning rate starts at 0.0002 and is halved every two epochs.", "text_number", 4,
      SET),
    C("The MLP classifier has 1600 hidden units, with dropout of 0.1 after each layer.",
      "text_number", 4, SET),
    C("Training uses Adam with a batch size of 32.", "text_number", 4, SET),
    C("The Multi-NLI training data is combined with 15% of the SNLI training samples, resampled "
      "at each epoch.", "text_number", 3,
      "Section 3.1 (page 3): we use all of the training data in Multi-NLI combined with 15% "
      "randomly selected samples from the SNLI training set resampled at each epoch"),
    C("Each addendum model uses three stacked biLSTM layers and one 800-unit MLP layer.",
      "text_number", 5, ADD),
    C("The encoder needs no syntactic information and has no attention or memory structure.",
      "paraphrase", 1,
      "Section 1 (page 1): Our encoder does not require any syntactic information of the "
      "sentence. It also does not contain any attention or memory structure."),
    C("Premise and hypothesis go through the same encoder, whose parameters are shared.",
      "paraphrase", 2,
      "Section 2 (page 2): the same encoder is applied to both the premise and the hypothesis "
      "with shared parameters projecting them into the same space."),
    C("The model was the best single (non-ensemble) entry of the EMNLP RepEval 2017 shared "
      "task.", "paraphrase", 4,
      "Section 4.2 (page 4): Our shortcut-encoder was also the top singe-model (non-ensemble) "
      "result on the EMNLP RepEval Shared Task leaderboard."),
    C("Fine-tuning the word embeddings adds 0.9 points on matched dev (71.8 to 72.7).",
      "cell_arithmetic", 3, T3, "72.7 - 71.8 = 0.9."),
    C("On SNLI, the Shortcut-Stacked Encoder is 1.6 points ahead of Conneau et al.'s "
      "biLSTM-Max (86.1 against 84.5).", "cell_arithmetic", 4, T5, "86.1 - 84.5 = 1.6."),
    C("Over the CBOW baseline, the shortcut-stacked encoder gains 9.4 points on matched Multi-NLI "
      "test.", "cell_arithmetic", 4, T5, "74.6 - 65.2 = 9.4."),
    # --- contradicted ---------------------------------------------------------------------------
    X("The shortcut-stacked encoder reaches 81.6% test accuracy on SNLI.", "transposed_digits",
      4, T5, "86.1."),
    X("The 600D Shortcut-Stacked-Encoder has 37.4M parameters.", "transposed_digits", 5, T6,
      "34.7M."),
    X("With fine-tuned embeddings, the ablation model reaches 78.2 on mismatched dev.",
      "transposed_digits", 3, T3, "72.8."),
    X("The single-layer 2048-dimensional biLSTM reaches 73.5 on the matched Multi-NLI dev set.",
      "neighbour_cell", 3, T1, "73.0 matched; 73.5 is mismatched."),
    X("The biLSTM encoder baseline of Williams et al. reaches 67.1 on matched Multi-NLI test.",
      "neighbour_cell", 4, T5, "67.5 matched; 67.1 is mismatched."),
    X("The 600D Residual-Stacked-Encoder reaches 87.0 on SNLI test.", "neighbour_cell", 5, T6,
      "86.0 test; 87.0 is dev."),
    X("Two relu MLP layers do worse than a single tanh layer on matched dev.", "direction_flip",
      3, T4, "74.2 against 73.7: two relu layers are better."),
    X("Residual connections need more parameters than shortcut connections to reach similar "
      "accuracy.", "direction_flip", 5, ADD, "Fewer parameters (28.9M against 34.7M)."),
    X("Fine-tuning the word embeddings does not help on the cross-domain task.", "negation", 4,
      ABL, "It improves results for both in-domain and cross-domain tasks (72.6 to 72.8)."),
    X("Simply stacking biLSTM layers is enough to handle a complex task like Multi-NLI.",
      "negation", 4, ABL, "The paper says it is not sufficient."),
    X("The entailment classifier combines the two sentence vectors with two matching methods.",
      "wrong_count", 3,
      "Section 2.2 (page 3): we apply three matching methods to the two vectors (i) "
      "concatenation (ii) element-wise distance and (iii) element-wise product",
      "Three matching methods."),
    X("The authors tried encoders of up to four stacked biLSTM layers.", "wrong_count", 4, ABL,
      "Up to 3 layers."),
    X("The word embeddings are initialised with 200D GloVe vectors.", "wrong_number", 4, SET,
      "300D Glove 840B."),
    X("The shortcut connections add around 3.5% on top of the three-layer stacked model.",
      "wrong_number", 4, ABL, "Around 1.5%."),
    X("Going from one 512-dimensional layer to two adds 1.4 points on matched dev (72.5 to "
      "73.4).", "cell_arithmetic", 3, T1, "73.4 - 72.5 = 0.9, not 1.4."),
    # --- unverified -----------------------------------------------------------------------------
    U("The shortcut-stacked encoder gains most on the fiction genre of Multi-NLI.", 4, T5,
      "No per-genre results."),
    U("Adding a fourth 4096-dimensional layer would push matched dev accuracy above 75.", 4,
      ABL, "Only up to 3 layers were tried."),
    U("The 600D Residual-Stacked-Encoder reaches 74.9 on matched Multi-NLI test.", 5, T6,
      "The residual models are evaluated on SNLI only."),
    U("Mou et al.'s Tree-CNN encoder reaches 70.1 on matched Multi-NLI test.", 4, T5,
      "Its Multi-NLI cells are dashes."),
    U("The shared-task ensemble of Nangia et al. reaches 75.2 on matched Multi-NLI test.", 4, T5,
      "No ensemble result is given."),
    U("The shortcut connections help because they let gradients flow straight to the word "
      "embeddings.", 4, ABL, "The paper gives no such cause."),
    U(cut("The 300D Residual-Stacked-Encoder, with only 9.7M parameters, reaches 86.4% on the "
          "SNLI dev set and 85.7% on the test set, which makes it the most parameter-efficient "
          "encoder on the leaderboard."), 5, T6,
      "The surviving part is right; the rest of the claim is lost.", "truncated"),
)

REPORT = LabelledReport(
    file="02_shortcut_stacked_nli.txt",
    title="Sentence Encoders for Natural Language Inference: Depth, Shortcuts and Residuals",
    date="2027-07-05",
    examines="stacked biLSTM sentence encoders with shortcut and residual connections for NLI",
    research_question="Which architectural choices make encoding-based NLI models competitive?",
    references=(SS,),
    rows=ROWS,
    quality_score=8.3,
)
