"""Held-out-14 report 2 (PDF): Chen, Zhu, Ling, Wei, Jiang, Inkpen, Enhanced LSTM for Natural
Language Inference (ACL 2017, arXiv 1609.06038v3, two columns). Table 1 (page 7) lists 17
numbered SNLI models in three groups with their parameter count, train and test accuracy; Table
2 (page 7) lists nine ablations (17)-(25) with train and test accuracy, their names repeating
"ESIM" with what was removed ("ESIM - ave./max"). The ablations are also told in the text of
pages 8-9. Natural claims as a synthesis report states them, labelled from the page images (110
dpi) and `pdftotext -layout` (to copy digits) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

ES = "1609.06038"  # Chen et al., ESIM; ACL 2017

T1 = ("Table 1 (accuracies of the models on SNLI; columns #Para., Train, Test): (1) Handcrafted "
      "features - 99.7 78.2; (2) 300D LSTM encoders 3.0M 83.9 80.6; (3) 1024D pretrained GRU "
      "encoders 15M 98.8 81.4; (4) 300D tree-based CNN encoders 3.5M 83.3 82.1; (5) 300D "
      "SPINN-PI encoders 3.7M 89.2 83.2; (6) 600D BiLSTM intra-attention encoders 2.8M 84.5 "
      "84.2; (7) 300D NSE encoders 3.0M 86.2 84.6; (8) 100D LSTM with attention 250K 85.3 83.5; "
      "(9) 300D mLSTM 1.9M 92.0 86.1; (10) 450D LSTMN with deep attention fusion 3.4M 88.5 "
      "86.3; (11) 200D decomposable attention model 380K 89.5 86.3; (12) Intra-sentence "
      "attention + (11) 580K 90.5 86.8; (13) 300D NTI-SLSTM-LSTM 3.2M 88.5 87.3; (14) 300D "
      "re-read LSTM 2.0M 90.7 87.5; (15) 300D btree-LSTM encoders 2.0M 88.6 87.6; (16) 600D "
      "ESIM 4.3M 92.6 88.0; (17) HIM (600D ESIM + 300D Syntactic tree-LSTM) 7.7M 93.5 88.6")
T2 = ("Table 2 (ablation performance; columns Train, Test): (17) HIM (ESIM + syn.tree) 93.5 "
      "88.6; (18) ESIM + tree 91.9 88.2; (16) ESIM 92.6 88.0; (19) ESIM - ave./max 92.9 87.1; "
      "(20) ESIM - diff./prod. 91.5 87.0; (21) ESIM - inference BiLSTM 91.3 87.3; (22) ESIM - "
      "encoding BiLSTM 88.7 86.3; (23) ESIM - P-based attention 91.6 87.2; (24) ESIM - H-based "
      "attention 91.4 86.5; (25) syn.tree 92.9 87.8")
ABL = ("Section 5 (page 9): 'If we remove the pooling layer in inference composition and "
       "replace it with summation ..., the accuracy drops to 87.1%. If we remove the difference "
       "and element-wise product ..., the accuracy drops to 87.0%. ... If we remove the "
       "premise-based attention from ESIM (model 23), the accuracy drops to 87.2% on the test "
       "set. ... Removing the hypothesis-based attention (model 24) decrease the accuracy to "
       "86.5%'")
TREE = ("Section 5 (page 9): 'The stand-alone syntactic tree-LSTM model achieves an accuracy of "
        "87.8%, which is comparable to that of ESIM. ... Such an oracle/upper-bound accuracy on "
        "test set is 91.7% ... training tree-LSTM takes about 40 hours on Nvidia-Tesla K40M and "
        "ESIM takes about 6 hours'")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.3, "confirmed", cat, ES, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.27, "contradicted", cat, ES, page, ev, why)


def U(text, page, ev, why, cat="unsupported_relation"):
    return Row(text, True, 0.19, "unverified", cat, ES, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The 600D ESIM reaches 88.0% test accuracy on SNLI with 4.3M parameters.", "table_cell",
      7, T1),
    C("The hybrid model HIM, which adds a syntactic tree-LSTM to ESIM, reaches 88.6% on SNLI.",
      "text_number", 7, "Table 1 caption (page 7): 'Our final model achieves the accuracy of "
      "88.6%, the best result observed on SNLI'"),
    C("The decomposable attention model of Parikh et al. uses only 380K parameters and scores "
      "86.3 on the SNLI test set.", "table_cell", 7, T1),
    C("Wang and Jiang's mLSTM reaches 86.1 on SNLI test with a training accuracy of 92.0.",
      "table_cell", 7, T1),
    C("The handcrafted-feature classifier fits its training data at 99.7% but reaches only "
      "78.2% on test.", "table_cell", 7, T1),
    C("Among the sentence-encoding models, the 300D NSE encoders score best, at 84.6.",
      "table_cell", 7, T1, "Models (2)-(7): 80.6, 81.4, 82.1, 83.2, 84.2, 84.6."),
    C("HIM has 7.7M parameters, against 4.3M for ESIM.", "table_cell", 7, T1),
    C("Without average and max pooling, ESIM's test accuracy falls to 87.1%.", "text_number", 9,
      f"{ABL}; {T2}"),
    C("Removing the hypothesis-based attention lowers ESIM's test accuracy to 86.5%.",
      "text_number", 9, ABL),
    C("The stand-alone syntactic tree-LSTM achieves 87.8% on the SNLI test set.", "text_number",
      9, TREE),
    C("An oracle that picks the right answer of either tree-LSTM or ESIM would reach 91.7% on "
      "test.", "text_number", 9, TREE),
    C("Training the tree-LSTM takes about 40 hours on a Tesla K40M, against about 6 hours for "
      "ESIM.", "text_number", 9, TREE),
    C("ESIM is trained with Adam at a learning rate of 0.0004 and a batch size of 32.",
      "text_number", 6, "Section 4, Training (page 6): 'We use the Adam method ... The initial "
      "learning rate is 0.0004 and the batch size is 32.'"),
    C("Replacing the syntactic tree-LSTM with a binary tree-LSTM that ignores parse information "
      "costs accuracy.", "paraphrase", 8, f"Section 5 (page 8): 'we first replace the syntactic "
      f"tree-LSTM with the full tree-LSTM without encoding syntactic parse information ... the "
      f"performance drops to 88.2%.'; {T2}"),
    C("Dropping hypothesis-based attention hurts ESIM more than dropping premise-based "
      "attention.", "paraphrase", 9, f"{ABL}; 'The results show that removing hypothesis-based "
      "attention affects the performance of our model more'"),
    C("Removing the encoding BiLSTM costs ESIM 1.7 points of test accuracy (88.0 to 86.3).",
      "cell_arithmetic", 7, T2, "88.0 - 86.3 = 1.7."),
    C("HIM improves on ESIM by 0.6 points on the SNLI test set.", "cell_arithmetic", 7, T1,
      "88.6 - 88.0 = 0.6."),
    C("ESIM's test accuracy is 3.8 points above the 84.2 of the 600D BiLSTM intra-attention "
      "encoder.", "cell_arithmetic", 7, T1, "88.0 - 84.2 = 3.8."),
    # --- contradicted ------------------------------------------------------------------------
    X("The 300D re-read LSTM of Sha et al. reaches 87.6% on SNLI test.", "neighbour_cell", 7, T1,
      "Its test cell is 87.5; 87.6 is the btree-LSTM's, the next row."),
    X("The 300D NTI-SLSTM-LSTM reaches a training accuracy of 88.6.", "neighbour_cell", 7, T1,
      "Its train cell is 88.5; 88.6 is the btree-LSTM's train cell, two rows below."),
    X("ESIM without the inference BiLSTM reaches 87.0% test accuracy.", "neighbour_cell", 7,
      f"{T2}; Section 5 (page 9): 'replacing bidirectional LSTMs in inference composition and "
      "also input encoding with feedforward neural network reduces the accuracy to 87.3% and "
      "86.3% respectively.'", "87.3; 87.0 is the row above's (ESIM - diff./prod.)."),
    X("The 1024D pretrained GRU encoders reach 84.1 on SNLI test.", "transposed_digits", 7, T1,
      "Their test cell is 81.4."),
    X("The ESIM + tree ensemble with a full binary tree outperforms HIM with syntactic trees.",
      "direction_flip", 7, T2, "88.2 against 88.6: HIM is ahead."),
    X("The stand-alone syntactic tree-LSTM is more accurate on SNLI test than ESIM.",
      "direction_flip", 9, f"{TREE}; {T2}", "87.8 against 88.0."),
    X("Training ESIM takes about 16 hours on a Tesla K40M.", "wrong_number", 9, TREE,
      "About 6 hours."),
    X("The gap between ESIM and the ablated models of Table 2 is not statistically significant.",
      "negation", 9, "Section 5 (page 9): 'The difference between ESIM and each of the other "
      "models listed in Table 2 is statistically significant under the one-tailed paired "
      "t-test at the 99% significance level.'", "The paper reports the differences "
      "significant."),
    X("The SNLI comparison pits ESIM against twelve earlier models.", "wrong_count", 7, T1,
      "Fifteen earlier models, (1) to (15)."),
    X("Removing the difference and element-wise product features costs ESIM 1.5 points (88.0 "
      "to 87.0).", "cell_arithmetic", 9, f"{ABL}; {T2}", "88.0 - 87.0 = 1.0, not 1.5."),
    X("ESIM stops short of the previous best SNLI result.", "negation", 7,
      "Section 5 (page 7): 'our ESIM model achieves an accuracy of 88.0%, which has already "
      f"outperformed all the previous models'; {T1}", "It outperforms all previous models "
      "(88.0 against at most 87.6)."),
    # --- unverified --------------------------------------------------------------------------
    U("ESIM reaches 88.0% on the MultiNLI matched test set.", 7, T1,
      "Only SNLI is evaluated; 88.0 is ESIM's SNLI test accuracy."),
    U("With 300D hidden states instead of 600D, ESIM reaches 87.5% on SNLI.", 7, T1,
      "Only the 600D ESIM is reported; 87.5 is the re-read LSTM's."),
    U("ESIM's 88.0% test accuracy is owed to its 4.3M parameters.", 7, T1,
      "Both cells are right; the paper never ties the accuracy to the parameter count."),
    U("ESIM reaches 88.0% on the SNLI development set.", 7, T1,
      "Table 1 prints train and test accuracy only; no development accuracy is reported."),
    U("The 300D SPINN-PI encoders were trained with a batch size of 32.", 7, T1,
      "The batch size of 32 is ESIM's; SPINN's training is not described."),
    U("HIM's 88.6% comes from an ensemble of five ESIM runs.", 7, T1,
      "HIM combines one ESIM with a syntactic tree-LSTM; no ensemble of runs is reported."),
    U(cut("On the SNLI test set, the enhanced sequential inference model with 600-dimensional "
          "hidden states reaches an accuracy of 88.0 percent."), 7, T1,
      "Cut before the accuracy; it cannot be judged whole.", "truncated"),
    U(cut("In the ablation study, taking the premise-based attention out of ESIM lowers the "
          "SNLI test accuracy from 88.0 percent to 87.2 percent."), 9, ABL,
      "Cut before the ablated accuracy; it cannot be judged whole.", "truncated"),
)

REPORT = LabelledReport(
    file="02_esim_inference.pdf",
    title="Sequential and Tree-Structured Inference Models for SNLI",
    date="2027-06-03",
    examines="attention-based sequential inference models for natural language inference",
    research_question="How far can a sequential LSTM inference model go on SNLI, and what do "
                      "syntactic trees add?",
    references=(ES,),
    rows=ROWS,
    quality_score=7.0,
)
