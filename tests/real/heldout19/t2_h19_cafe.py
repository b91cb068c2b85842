"""Held-out-19 report 2 (PDF): Tay, Tuan and Hui, A Compare-Propagate Architecture with
Alignment Factorization for Natural Language Inference (CAFE; arXiv 1801.00102v1; two columns,
10 pages). Table 1 (page 6) SNLI: 22 models in three row groups (encoders without cross-sentence
attention, single models with it, ensembles) with parameter counts, train and test accuracy;
Table 2 (page 7) MultiNLI matched / mismatched and SciTail accuracy with dashes and source
marks; Table 3 (page 7) ten ablations on the MultiNLI development sets; Table 4 (page 8) 13
linguistic categories, ESIM against CAFE, matched and mismatched. The text says 1.5M where
Table 1 prints 1.4M (no claim rests on either). Labelled from the page images (110 dpi; Table
1 at 200 dpi) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

CF = "1801.00102"  # Tay et al., CAFE (2017)

T1 = ("Table 1 (page 6; Performance comparison of all models on SNLI benchmark; columns "
      "Method, |θ|, Train, Test): Encoders (w/o Cross Sentence Attention): 300D LSTM Encoder "
      "3.0M 83.9 80.6; 600D Gated BiLSTM + intra-att 12M 90.5 85.5; 300D Gumbel LSTM TreeLSTM "
      "2.9M 91.2 85.6; 300D DISAN 2.4M 91.1 85.6; 300D Residual Stacked Encoders 9.7M 89.8 "
      "85.7; 600D Gumbel TreeLSTM 10M 93.1 86.0; 300D CAFE (w/o Inter-Attention) 3.7M 87.3 "
      "85.9; Cross Sentence Attention (Single Models): 100D LSTM with attention 250K 85.3 83.5; "
      "300D mLSTM 1.9M 92.0 86.1; 200D DecompAtt 380K 89.5 86.3; 200D DecompAtt + Intra-Att "
      "580K 90.5 86.8; 300D NTI-SLSTM-LSTM 3.2M 88.5 87.3; 300D re-read LSTM 2.0M 90.7 87.5; "
      "BiMPM 1.6M 90.9 87.5; 448D DIIN 4.4M 91.2 88.0; 600D ESIM 4.3M 92.6 88.0; 150D CAFE "
      "(Sum+2x200D MLP) 750K 88.2 87.7; 200D CAFE (Sum+2x400D MLP) 1.4M 89.4 88.1; 300D CAFE "
      "(Sum+2x600D MLP) 3.5M 89.2 88.3; 300D CAFE (AvgMax+300D HN) 4.7M 89.8 88.5; Cross "
      "Sentence Attention (Ensemble Models): 600D ESIM + 300D TreeLSTM 7.7M 93.5 88.6; BiMPM "
      "6.4M 93.2 88.8; 448D DIIN 17.0M 92.3 88.9; 300D CAFE (Ensemble) 17.5M 92.5 89.3")
T2 = ("Table 2 (page 7; Performance comparison (accuracy) on MultiNLI and SciTail; columns "
      "MultiNLI Match, Mismatch, SciTail): Majority 36.5 35.6 60.3; NGRAM# - - 70.6; CBOW 65.2 "
      "64.8 -; BiLSTM 69.8 69.4 -; ESIM 72.4 72.1 70.6; DecompAtt# - - 72.3; DGEM# - - 70.8; "
      "DGEM + Edge# - - 77.3; ESIM† 76.3 75.8 -; ESIM + Read† 77.8 77.0 -; CAFE 78.7 77.9 83.3; "
      "CAFE Ensemble 80.2 79.0 -")
T3 = ("Table 3 (page 7; Ablation study on MultiNLI development sets; columns Match, Mismatch): "
      "Original Model 79.0 78.9; (1) Replace FM with FC 77.7 77.9; (2) Remove Char Embed 78.1 "
      "78.3; (3) Remove Syn Embed 78.3 78.4; (4) Remove Inter Att 75.2 75.6; (5) Replace "
      "Highway Pred. with FC 77.7 77.9; (6) Remove Highway Enc. with FC 78.7 78.7; (7) Remove "
      "Sub Feat 77.9 78.3; (8) Remove Mul Feat 78.7 78.6; (9) Remove Concat Feat 77.9 77.6; "
      "(10) Replace LSTM with BiLSTM 78.3 78.4")
T4 = ("Table 4 (page 8; Linguistic Error Analysis on MultiNLI dataset; columns Matched ESIM, "
      "CAFE, Mismatched ESIM, CAFE): Conditional 100 70 60 85; Word overlap 50 82 62 87; "
      "Negation 76 76 71 80; Antonym 67 82 58 80; Long Sentence 75 79 69 77; Tense Difference "
      "73 82 79 89; Active/Passive 88 100 91 90; Paraphrase 89 88 84 95; Quantity/Time 33 53 54 "
      "62; Coreference 83 80 75 83; Quantifier 69 75 72 80; Modal 78 81 76 81; Belief 65 77 67 "
      "83")
IMPL = ("§4.2 (page 6): 'We use the Adam optimizer (Kingma and Ba, 2014) with an initial "
        "learning rate of 0.0003. Default L2 regularization is set to 10^-6. Dropout with a "
        "keep probability of 0.8 is applied after each fully-connected, recurrent or highway "
        "layer. The batch size is tuned amongst {128, 256, 512}. The number of latent factors k "
        "for the factorization layers is tuned amongst {5, 10, 50, 100, 150}. The size of the "
        "hidden layers of the highway layers are set to 300.'")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.29, "confirmed", cat, CF, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.22, "contradicted", cat, CF, page, ev, why)


def U(text, page, ev, why):
    return Row(text, False, 0.15, "unverified", "unsupported_relation", CF, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("CAFE obtains 88.5% accuracy on the SNLI test set.", "text_number", 6,
      "§4.3: 'CAFE obtains 88.5% accuracy on the SNLI test set'"),
    C("An ensemble of five CAFE models reaches 89.3% test accuracy on SNLI.", "text_number", 7,
      "§4.3: 'an ensemble of 5 CAFE models achieves 89.3% test accuracy, the best test scores "
      "on the SNLI benchmark to date.'"),
    C("The lightweight CAFE variant with only 750K parameters reaches 87.7% on SNLI.",
      "text_number", 6, "§4.3: 'our lightweight adaption achieves 87.7% with only 750K "
      "parameters'"),
    C("Without cross-sentence attention, CAFE achieves 85.9% accuracy on SNLI.", "text_number",
      7, "§4.3: 'CAFE (w/o cross attention) achieves a respectible 85.9% accuracy in this "
      "setting.'"),
    C("The model is optimised with Adam at an initial learning rate of 0.0003.", "text_number",
      6, IMPL),
    C("Dropout with a keep probability of 0.8 follows every fully-connected, recurrent or "
      "highway layer.", "text_number", 6, IMPL),
    C("The highway layers have hidden layers of size 300.", "text_number", 6, IMPL),
    C("A single SNLI training run takes about 5 minutes per epoch with a batch size of 256.",
      "text_number", 7, "§4.3: 'A single run on SNLI takes approximately 5 minutes per epoch "
      "with a batch size of 256.'"),
    C("The SNLI corpus comprises 570K hand-labelled sentence pairs.", "text_number", 1,
      "§1: 'the Stanford Natural Language Inference (SNLI) corpus (Bowman et al., 2015) which "
      "comprises 570K hand labeled sentence pairs.'"),
    C("The 600D ESIM single model has 4.3M parameters and reaches 88.0 test accuracy on SNLI.",
      "table_cell", 6, T1),
    C("The 300D DISAN encoder reaches 91.1 training accuracy on SNLI.", "table_cell", 6, T1),
    C("CAFE with a sum pooling layer and a 2x600D MLP has 3.5M parameters.", "table_cell", 6,
      T1, "300D CAFE (Sum+2x600D MLP), |θ| 3.5M."),
    C("The 448D DIIN ensemble uses 17.0M parameters.", "table_cell", 6, T1),
    C("On the MultiNLI mismatched test set, single CAFE scores 77.9.", "table_cell", 7, T2),
    C("DGEM + Edge reaches 77.3 accuracy on SciTail.", "table_cell", 7, T2),
    C("On SciTail, CAFE's 83.3 is 11.0 points above the decomposable attention model.",
      "cell_arithmetic", 7, T2, "83.3 - 72.3 = 11.0."),
    C("Removing the inter-attention features lowers matched development accuracy from 79.0 to "
      "75.2.", "table_cell", 7, T3),
    C("Replacing the factorization machines with fully connected layers costs 1.3 points on the "
      "matched development set.", "cell_arithmetic", 7, T3, "79.0 - 77.7 = 1.3."),
    C("On the mismatched Active/Passive category, ESIM scores 91 against CAFE's 90.",
      "table_cell", 8, T4),
    C("For Quantity/Time on the matched set, CAFE scores 53 compared with ESIM's 33.",
      "table_cell", 8, T4),
    C("CAFE's ensemble improves on single CAFE by 1.5 points on MultiNLI matched.",
      "cell_arithmetic", 7, T2, "80.2 - 78.7 = 1.5."),
    C("Making the encoder bidirectional did not improve CAFE's performance.", "paraphrase", 7,
      "§4.5: 'we replace the LSTM encoder with a BiLSTM, observing that adding bidirectionality "
      "did not improve performance for our model.'"),
    C("Both highway layers give the model a small overall benefit.", "paraphrase", 7,
      "§4.5: 'Both highway layers have marginally helped overall performance.'"),
    C("On the matched set CAFE does poorly on conditionals.", "paraphrase", 8,
      "§4.6: 'we noticed that CAFE performs poorly on conditionals on the matched setting.'"),
    # --- contradicted ------------------------------------------------------------------------
    X("An ensemble of five CAFE models reaches 89.5% test accuracy on SNLI.", "wrong_number", 7,
      "§4.3: 'an ensemble of 5 CAFE models achieves 89.3% test accuracy'", "89.3%."),
    X("CAFE is trained with an initial learning rate of 0.003.", "wrong_number", 6, IMPL,
      "0.0003."),
    X("On the MultiNLI mismatched test set, single CAFE scores 79.7.", "transposed_digits", 7,
      T2, "77.9 printed."),
    X("The 300D DISAN encoder reaches 91.2 training accuracy on SNLI.", "neighbour_cell", 6, T1,
      "DISAN's train accuracy is 91.1; 91.2 is the Gumbel LSTM TreeLSTM's, the row above."),
    X("Removing the syntactic embeddings gives 78.1 on the matched development set.",
      "neighbour_cell", 7, T3, "(3) Remove Syn Embed: 78.3; 78.1 is (2) Remove Char Embed's."),
    X("ESIM reaches 72.1 accuracy on MultiNLI matched, as reported by Williams et al.",
      "neighbour_cell", 7, T2, "ESIM's Match is 72.4; 72.1 is its Mismatch."),
    X("On the matched Belief category, CAFE scores 83.", "neighbour_cell", 8, T4,
      "Matched CAFE Belief is 77; 83 is the mismatched CAFE column."),
    X("CAFE's SciTail accuracy exceeds ESIM's by 14.7 points.", "cell_arithmetic", 7, T2,
      "83.3 - 70.6 = 12.7."),
    X("CAFE outperforms ESIM in all 13 linguistic categories on the mismatched setting.",
      "wrong_count", 8, "§4.6: 'On the mismatched setting, CAFE outperforms ESIM in 12 out of "
      "13 categories, losing only in one percentage point in Active/Passive category.'",
      "12 of 13."),
    X("The final representation is built from four factorized alignment features per word.",
      "wrong_count", 5, "§3.5: 'the six factorized features are then aggregated via "
      "concatenation to form a final feature vector'", "Six features."),
    X("Replacing the LSTM encoder with a BiLSTM improved results on both MultiNLI development "
      "sets.", "direction_flip", 7, T3 + "; §4.5: 'adding bidirectionality did not improve "
      "performance for our model.'", "78.3 / 78.4 against 79.0 / 78.9: it did not."),
    X("On the mismatched setting, ESIM outperforms CAFE in most linguistic categories.",
      "direction_flip", 8, "§4.6: 'On the mismatched setting, CAFE outperforms ESIM in 12 out "
      "of 13 categories'", "The other way round."),
    X("Removing the Mul composition hurts CAFE more than removing the Sub composition.",
      "direction_flip", 7, T3 + "; §4.5: 'We observe that the Sub feat and Concat compositions "
      "were more important than the Mul composition.'", "Remove Sub 77.9 / 78.3 against Remove "
      "Mul 78.7 / 78.6."),
    X("CAFE's word embeddings are fine-tuned during training.", "negation", 6,
      "§4.2 (pages 6-7 column): 'Word embeddings are pre-loaded with 300d GloVE embeddings "
      "(Pennington et al., 2014) and fixed during training.'", "Fixed."),
    X("Replacing the factorization layers with fully connected layers leaves development "
      "accuracy unchanged.", "negation", 7, T3 + "; §4.5: 'We notice an decline in performance "
      "in both development sets.'", "79.0 -> 77.7 and 78.9 -> 77.9."),
    # --- unverified --------------------------------------------------------------------------
    U("CAFE's factorization layers use 50 latent factors.", 6, IMPL,
      "k is tuned among {5, 10, 50, 100, 150}; the chosen value is not given."),
    U("CAFE is trained with a batch size of 512 on MultiNLI.", 6, IMPL,
      "Tuned among {128, 256, 512}; no chosen size for MultiNLI."),
    U("A single CAFE run on MultiNLI converges in about 3 hours.", 7,
      "§4.3: 'A single run on SNLI takes approximately 5 minutes per epoch ... Overall, a "
      "single run takes ≈ 3 hours to get to convergence.' (about SNLI)",
      "The time is about SNLI."),
    U("CAFE's gain over ESIM on SciTail comes mainly from the character embeddings.", 7,
      "§4.4 and Table 3: the ablation is on MultiNLI only.", "Never analysed."),
    U("The ensemble of CAFE models reaches 84.1 on SciTail.", 7, T2,
      "The ensemble's SciTail cell is a dash."),
    U("CAFE trains three times faster than ESIM on SNLI.", 7,
      "§4.3 gives CAFE's own training time only.", "No comparison of speed is made."),
)

REPORT = LabelledReport(
    file="02_alignment_factorization_nli.pdf",
    title="Alignment Factorization for Natural Language Inference",
    date="2027-10-03",
    examines="compare-propagate models with factorized alignment features for NLI",
    research_question="How do factorized alignment features affect accuracy and parameter "
                      "cost on SNLI, MultiNLI and SciTail?",
    references=(CF,),
    rows=ROWS,
    quality_score=6.8,
)
