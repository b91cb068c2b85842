"""Red-team-3 report 1 (Markdown): Jain et al., Structural-RNN: Deep Learning on Spatio-Temporal
Graphs (CVPR 2016, arXiv 1511.05298), set in two columns. Its three results tables are the
targets: Table 1 (motion forecasting angle error) stacks four activity groups whose names are
centred rows (Walking, Eating, Smoking, Discussion activity), repeats the same three method rows
in each group and spans "Short-term forecast" over 80-320 ms and "Long-term forecast" over
560-1000 ms; Table 2 (maneuver anticipation) repeats Pr (%), Re (%) and Time-to-maneuver (s)
under three spanning headers (Turns, Lane change, All maneuvers); Table 3 (CAD-120) repeats
Sub-activity and Object Affordance under Detection and Anticipation F1-score. Adversarial claims:
the same method's cell in another activity group or under another spanning header, the cell of
the neighbouring row (the ablation without edgeRNNs), a relative figure of the running text
("44% more") restated for the other task, sizes of the neighbouring clause, ranks, swapped
comparisons. Labelled from the page images (tables zoomed at 200 dpi) and `pdftotext -layout`
before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

SR = "1511.05298"  # Jain, Zamir, Savarese, Saxena, CVPR 2016 (camera-ready PDF, no arXiv stamp)

R = Row
T1 = ("Table 1 (motion forecasting angle error; columns 80ms, 160ms, 320ms under Short-term "
      "forecast, 560ms, 1000ms under Long-term forecast; row groups Walking, Eating, Smoking, "
      "Discussion activity, each with rows ERD [14], LSTM-3LR, S-RNN)")
T2 = ("Table 2 (maneuver anticipation on 1100 miles of driving data; spanning headers Turns, "
      "Lane change, All maneuvers, each over Pr (%), Re (%), Time-to-maneuver (s); rows SVM, "
      "AIO-HMM [22], S-RNN w/o edgeRNN, S-RNN)")
T3 = ("Table 3 (results on CAD-120; spanning headers Detection F1-score and Anticipation "
      "F1-score, each over Sub-activity (%) and Object Affordance (%); rows Koppula et al., "
      "S-RNN w/o edgeRNN, S-RNN, S-RNN (multi-task))")
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("On walking, S-RNN's angle error 80 ms after the seed motion is 1.08, against 1.30 for "
      "ERD.", True, 0.3, "confirmed", "table_cell", SR, 6,
      f"{T1}: Walking activity, 80ms: S-RNN 1.08, ERD 1.30", "As printed."),
    R("For eating, S-RNN's 1000 ms forecast has an angle error of 2.58, while LSTM-3LR's "
      "reaches 2.82.", True, 0.28, "confirmed", "table_cell", SR, 6,
      f"{T1}: Eating activity, 1000ms: S-RNN 2.58, LSTM-3LR 2.82", "As printed."),
    R("On the discussion activity, S-RNN reaches an angle error of 1.67 at 80 ms.", True, 0.27,
      "confirmed", "table_cell", SR, 6, f"{T1}: Discussion activity, 80ms: S-RNN 1.67",
      "As printed."),
    R("ERD's 1000 ms error on the discussion activity is 2.92, just below LSTM-3LR's 2.93.",
      True, 0.24, "confirmed", "table_cell", SR, 6,
      f"{T1}: Discussion activity, 1000ms: ERD 2.92, LSTM-3LR 2.93", "As printed."),
    R("On lane changes, S-RNN anticipates maneuvers with 92.7% precision.", True, 0.29,
      "confirmed", "table_cell", SR, 8, f"{T2}: Lane change, Pr (%): S-RNN 92.7", "As printed."),
    R("Across all maneuvers, S-RNN anticipates a maneuver 3.75 seconds before it starts.", True,
      0.26, "confirmed", "table_cell", SR, 8,
      f"{T2}: All maneuvers, Time-to-maneuver (s): S-RNN 3.75", "As printed."),
    R("AIO-HMM recalls 75.2% of turns.", True, 0.25, "confirmed", "table_cell", SR, 8,
      f"{T2}: Turns, Re (%): AIO-HMM 75.2", "As printed."),
    R("Trained multi-task, S-RNN detects object affordances with an F1-score of 91.1%.", True,
      0.28, "confirmed", "table_cell", SR, 8,
      f"{T3}: Detection, Object Affordance: S-RNN (multi-task) 91.1", "As printed."),
    R("Koppula et al. anticipate sub-activities with an F1-score of 37.9%.", True, 0.24,
      "confirmed", "table_cell", SR, 8, f"{T3}: Anticipation, Sub-activity: Koppula et al. 37.9",
      "As printed."),
    R("S-RNN raises lane-change precision over AIO-HMM by 8.9 points.", True, 0.22, "confirmed",
      "cell_arithmetic", SR, 8, f"{T2}: Lane change, Pr (%): S-RNN 92.7, AIO-HMM 83.8",
      "92.7 - 83.8 = 8.9."),
    R("On walking at 160 ms, S-RNN's error of 1.34 is 0.16 below LSTM-3LR's.", True, 0.21,
      "confirmed", "cell_arithmetic", SR, 6,
      f"{T1}: Walking activity, 160ms: S-RNN 1.34, LSTM-3LR 1.50", "1.50 - 1.34 = 0.16."),
    R("On anticipating object affordances, S-RNN's F1-score is 44.0 points above that of "
      "Koppula et al.", True, 0.23, "confirmed", "cell_arithmetic", SR, 8,
      f"{T3}: Anticipation, Object Affordance: S-RNN 80.7, Koppula et al. 36.7",
      "80.7 - 36.7 = 44.0 (the text calls it '44% more')."),
    R("The maneuver anticipation experiments use 1100 miles of real-world driving data.", True,
      0.27, "confirmed", "text_number", SR, 8,
      "Table 2: Maneuver Anticipation on 1100 miles of real-world driving data.",
      "As printed in the caption."),
    R("On CAD-120, the human nodeRNN predicts one of 10 sub-activity classes and the object "
      "nodeRNN one of 12 affordance classes.", True, 0.25, "confirmed", "text_number", SR, 7,
      "the human nodeRNN outputs the sub-activity label (10 classes), and the object nodeRNN "
      "outputs the affordance (12 classes).", "As printed."),
    R("For CAD-120, the edgeRNNs are single-layer LSTMs of size 128.", True, 0.24, "confirmed",
      "text_number", SR, 7,
      "For edgeRNNs we use a single layer LSTM of size 128, and for nodeRNNs we use "
      "LSTM(256)-softmax", "As printed."),
    R("The motion forecasting errors are averaged over 8 seed motion sequences per activity.",
      True, 0.23, "confirmed", "text_number", SR, 6,
      "The results are averaged over 8 seed motion sequences for each activity on the test "
      "subject.", "As printed in Table 1's caption."),
    R("The motion models are trained on six subjects of H3.6m and tested on subject S5.", True,
      0.22, "confirmed", "paraphrase", SR, 6,
      "We downsample H3.6m by two and train on 6 subjects and test on subject S5.",
      "Paraphrase."),
    R("Without its edgeRNNs, the model's skeleton freezes to a mean standing position.", True,
      0.24, "confirmed", "paraphrase", SR, 6,
      "Without (w/o) edgeRNNs the motion freezes to some mean standing position.",
      "Paraphrase of Figure 6's caption."),
    R("LSTM-3LR's angle error on smoking 1000 ms after the seed motion is 3.42.", True, 0.24,
      "confirmed", "table_cell", SR, 6, f"{T1}: Smoking activity, 1000ms: LSTM-3LR 3.42",
      "As printed."),
    R("Without edgeRNNs, S-RNN anticipates lane changes 3.53 seconds ahead with 86.0% recall.",
      True, 0.23, "confirmed", "table_cell", SR, 8,
      f"{T2}: Lane change, S-RNN w/o edgeRNN: Re (%) 86.0, Time-to-maneuver (s) 3.53",
      "As printed."),
    # --- contradicted ------------------------------------------------------------------------
    R("On walking, S-RNN's angle error 80 ms after the seed motion is 1.18.", True, 0.27,
      "contradicted", "neighbour_cell", SR, 6,
      f"{T1}: Walking activity, 80ms: S-RNN 1.08, LSTM-3LR 1.18",
      "1.18 is LSTM-3LR's; S-RNN's is 1.08."),
    R("For smoking, S-RNN's angle error at 320 ms is 3.10.", True, 0.26, "contradicted",
      "neighbour_cell", SR, 6, f"{T1}: Smoking activity, 320ms: S-RNN 2.90, LSTM-3LR 3.10",
      "3.10 is LSTM-3LR's; S-RNN's is 2.90."),
    R("S-RNN's 1000 ms angle error on eating is 2.41.", True, 0.25, "contradicted",
      "neighbour_cell", SR, 6, f"{T1}: Eating activity, 1000ms: S-RNN 2.58, ERD 2.41",
      "2.41 is ERD's; S-RNN's is 2.58."),
    R("ERD's 80 ms angle error on the eating activity is 1.30.", True, 0.24, "contradicted",
      "neighbour_cell", SR, 6, f"{T1}: 80ms, ERD: Eating activity 1.66, Walking activity 1.30",
      "1.30 is the walking group's; eating gives 1.66."),
    R("S-RNN's error on the discussion activity at 560 ms is 1.90.", True, 0.24, "contradicted",
      "neighbour_cell", SR, 6, f"{T1}: 560ms, S-RNN: Discussion activity 2.39, Walking 1.90",
      "1.90 is the walking group's; discussion gives 2.39."),
    R("On lane changes, S-RNN recalls 86.0% of maneuvers.", True, 0.25, "contradicted",
      "neighbour_cell", SR, 8, f"{T2}: Lane change, Re (%): S-RNN 84.4, S-RNN w/o edgeRNN 86.0",
      "86.0 is the ablation's; S-RNN's is 84.4."),
    R("Across all maneuvers, S-RNN's precision is 81.2%.", True, 0.24, "contradicted",
      "neighbour_cell", SR, 8, f"{T2}: Pr (%), S-RNN: All maneuvers 82.2, Turns 81.2",
      "81.2 is under Turns; All maneuvers gives 82.2."),
    R("S-RNN anticipates turns 3.46 seconds before they happen.", True, 0.23, "contradicted",
      "neighbour_cell", SR, 8, f"{T2}: Time-to-maneuver (s), S-RNN: Turns 3.94, Lane change 3.46",
      "3.46 is under Lane change; Turns gives 3.94."),
    R("The SVM baseline anticipates lane changes 1.20 seconds ahead.", True, 0.22,
      "contradicted", "neighbour_cell", SR, 8,
      f"{T2}: Time-to-maneuver (s), SVM: Lane change 2.40, All maneuvers 1.20",
      "1.20 is under All maneuvers; Lane change gives 2.40."),
    R("S-RNN detects sub-activities with an F1-score of 88.7%.", True, 0.25, "contradicted",
      "neighbour_cell", SR, 8, f"{T3}: Detection, S-RNN: Sub-activity 83.2, Object Affordance "
      "88.7", "88.7 is the affordance column; sub-activity detection is 83.2."),
    R("The multi-task S-RNN anticipates object affordances with an F1-score of 65.6%.", True,
      0.24, "contradicted", "neighbour_cell", SR, 8,
      f"{T3}: Anticipation, S-RNN (multi-task): Sub-activity 65.6, Object Affordance 80.9",
      "65.6 is the sub-activity column; affordance anticipation is 80.9."),
    R("Without edgeRNNs, S-RNN still anticipates object affordances with an F1-score of 80.7%.",
      True, 0.23, "contradicted", "neighbour_cell", SR, 8,
      f"{T3}: Anticipation, Object Affordance: S-RNN w/o edgeRNN 72.4, S-RNN 80.7",
      "80.7 is the full S-RNN's; without edgeRNNs it is 72.4."),
    R("S-RNN's detection F1-score on sub-activities is 82.2%.", True, 0.22, "contradicted",
      "neighbour_cell", SR, 8,
      f"{T3}: Detection, Sub-activity: S-RNN 83.2, S-RNN w/o edgeRNN 82.2",
      "82.2 is the ablation's; S-RNN's is 83.2."),
    R("S-RNN raises lane-change precision over AIO-HMM by 9.9 points.", True, 0.2,
      "contradicted", "cell_arithmetic", SR, 8,
      f"{T2}: Lane change, Pr (%): S-RNN 92.7, AIO-HMM 83.8", "The gain is 8.9 points."),
    R("LSTM-3LR has a lower 80 ms angle error than S-RNN on walking.", True, 0.21,
      "contradicted", "direction_flip", SR, 6,
      f"{T1}: Walking activity, 80ms: LSTM-3LR 1.18, S-RNN 1.08", "S-RNN's error is lower."),
    R("The maneuver anticipation experiments use 1000 miles of driving data.", True, 0.22,
      "contradicted", "wrong_number", SR, 8,
      "Table 2: Maneuver Anticipation on 1100 miles of real-world driving data.",
      "1100 miles, not 1000."),
    R("For CAD-120, the edgeRNNs are single-layer LSTMs of size 256.", True, 0.2,
      "contradicted", "wrong_number", SR, 7,
      "For edgeRNNs we use a single layer LSTM of size 128, and for nodeRNNs we use "
      "LSTM(256)-softmax", "256 is the nodeRNNs' size; the edgeRNNs have 128."),
    R("On CAD-120, the human nodeRNN predicts one of 12 sub-activity classes.", True, 0.2,
      "contradicted", "wrong_count", SR, 7,
      "the human nodeRNN outputs the sub-activity label (10 classes), and the object nodeRNN "
      "outputs the affordance (12 classes).", "10 sub-activity classes; 12 are affordances."),
    R("On eating, S-RNN has the lowest 1000 ms error of the three methods.", True, 0.21,
      "contradicted", "neighbour_cell", SR, 6,
      f"{T1}: Eating activity, 1000ms: ERD 2.41, LSTM-3LR 2.82, S-RNN 2.58",
      "ERD's 2.41 is the lowest."),
    R("On walking, S-RNN has the lowest 560 ms error of the three methods.", True, 0.2,
      "contradicted", "neighbour_cell", SR, 6,
      f"{T1}: Walking activity, 560ms: ERD 2.00, LSTM-3LR 1.81, S-RNN 1.90",
      "LSTM-3LR's 1.81 is the lowest."),
    R("On anticipating object affordances, S-RNN's F1-score is 7% more than that of Koppula "
      "et al.", True, 0.22, "contradicted", "text_number", SR, 8,
      "On anticipating object affordance S-RNN F1-score is 44% more than [31], and 7% more on "
      "detection.", "7% is the detection figure; anticipation is 44%."),
    # --- unverified --------------------------------------------------------------------------
    R("On the walking activity of the validation subject, S-RNN's 1000 ms error is 1.95.", True,
      0.18, "unverified", "unsupported_relation", SR, 6,
      f"{T1}: only the test subject is reported", "No validation-subject errors are given."),
    R("On the greeting activity of H3.6m, S-RNN's 80 ms angle error is 1.08.", True, 0.17,
      "unverified", "unsupported_relation", SR, 6,
      f"{T1}: activities walking, eating, smoking, discussion only",
      "Greeting is not evaluated; 1.08 is walking's."),
    R("On highway exits, S-RNN anticipates maneuvers with 82.2% precision.", True, 0.16,
      "unverified", "unsupported_relation", SR, 8,
      f"{T2}: only Turns, Lane change and All maneuvers",
      "No exit category; 82.2 is All maneuvers."),
    R("In the user study, S-RNN's motions were rated 2.6 on the 1-to-3 Likert scale.", True,
      0.15, "unverified", "unsupported_relation", SR, 7,
      "User study. We asked users to rate the motions on a Likert scale of 1 to 3. S-RNN "
      "performed best according to the user study. See supplementary material for the results.",
      "The ratings are only in the supplementary material."),
    R("An S-RNN forward pass on CAD-120 takes 3.75 milliseconds.", True, 0.15, "unverified",
      "unsupported_relation", SR, 8, "No run time is reported; 3.75 is a time-to-maneuver",
      "Not reported."),
    R("S-RNN's walking error 2000 ms after the seed motion is 2.13.", True, 0.16, "unverified",
      "unsupported_relation", SR, 6, f"{T1}: horizons stop at 1000ms (S-RNN walking 2.13)",
      "No 2000 ms forecast is reported; 2.13 is the 1000 ms error."),
    R("On CAD-120, S-RNN detects the drinking sub-activity with an F1-score of 83.2%.", True,
      0.16, "unverified", "unsupported_relation", SR, 8,
      f"{T3}: F1-scores averaged over all classes (S-RNN sub-activity detection 83.2)",
      "83.2 is the average over classes; no per-class score is given."),
    R("Fragkiadaki et al. report an 80 ms angle error of 1.30 for ERD on walking.", True, 0.15,
      "unverified", "unsupported_relation", SR, 6,
      "We reproduce ERD and LSTM-3LR architectures following [14]. The authors implementation "
      "were not available at the time of submission.",
      "1.30 is the reproduction's; the original authors' numbers are not given."),
    R("S-RNN without edgeRNNs recalls more lane changes because the edgeRNNs overfit to lane "
      "markings.", True, 0.15, "unverified", "unsupported_relation", SR, 8,
      f"{T2}: Lane change, Re (%): S-RNN w/o edgeRNN 86.0, S-RNN 84.4; no cause is given",
      "The cause is not stated."),
    R("On city streets, S-RNN anticipates maneuvers 3.75 seconds ahead.", True, 0.15,
      "unverified", "unsupported_relation", SR, 8,
      f"{T2}: only Turns, Lane change and All maneuvers; no road types",
      "No figure by road type; 3.75 is All maneuvers."),
)

REPORT = LabelledReport(
    file="01_structural_rnn.md",
    title="Structured Recurrent Networks for Motion, Activities and Driving: The Result Tables",
    date="2027-03-10",
    examines="recurrent networks built on spatio-temporal graphs for three vision tasks",
    research_question="Does imposing a spatio-temporal graph on recurrent networks improve "
                      "forecasting, detection and anticipation?",
    references=(SR,),
    rows=ROWS,
    quality_score=7.2,
)
