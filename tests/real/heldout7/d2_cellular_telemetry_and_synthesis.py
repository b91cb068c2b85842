"""Blind report 2 (PDF): cites Xie and Jamieson, "NG-Scope: Fine-Grained Telemetry for NextG
Cellular Networks" (arXiv 2201.05281v2, an ACM POMACS article whose results are in prose and
figures, with one small table of cell configurations) and Wang, Cruse et al., "ULSA: Unified
Language of Synthesis Actions for Representation of Synthesis Protocols" (arXiv 2201.09329v1,
a materials-science text-mining paper with three boxed tables of counts, kappa scores and
precision/recall/F1 by row group). Every label was written from the page images and
pdftotext -layout before any verifier run.

Left out because the papers disagree with themselves: NG-Scope's abstract gives the reduction
of missed data against OWL as 82% where §5.1 says 83%; ULSA's abstract calls its 3,040
annotated items synthesis procedures where §2.2 calls them sentences, and §3.3 says the
bi-LSTM yields >90% F1 where Table 3 prints 0.89."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

NG = "2201.05281v2"  # Xie and Jamieson 2022, NG-Scope (arXiv v2 of the POMACS article)
UL = "2201.09329v1"  # Wang, Cruse, Fei, ..., Kononova and Ceder 2022, ULSA (arXiv v1)

NT1 = "Table 1 (Evaluation cell tower configurations: frequency bandwidth, center frequency " \
      "and antenna count)"
UT1 = "Table 1 (Quantitative characteristics of the dataset chosen for annotation with ULSA " \
      "schema; column Amount)"
UT2 = "Table 2 (Fleiss' kappa score for inter-annotator agreement using ULSA scheme; column " \
      "Score)"
UT3 = "Table 3 (Performance of baseline and bi-LSTM models; columns Precision, Recall, F1 " \
      "score; row groups Baseline 1, Baseline 2, bi-LSTM, each with solid-state, sol-gel, " \
      "hydrothermal, precipitation)"


def ng(text: str, mark: bool, confidence: float, status: str, category: str, page: int,
       evidence: str, why: str) -> Row:
    return Row(text, mark, confidence, status, category, NG, page, evidence, why)


def ul(text: str, mark: bool, confidence: float, status: str, category: str, page: int,
       evidence: str, why: str) -> Row:
    return Row(text, mark, confidence, status, category, UL, page, evidence, why)


ROWS = (
    # -- numbers printed in sentences -----------------------------------------------------
    ng("NG-Scope misses the detection of less than 1% of data capacity overall.", True, 0.84,
       "confirmed", "text_number", 1,
       "Our experiments demonstrate significantly improved cell load estimation accuracy, "
       "missing the detection of less than 1% of data capacity overall",
       "Printed in the abstract."),
    ng("The MobileInsight-based CLAW has a root-mean-squared capacity error of 30.5 Mbit/s, "
       "3.3x larger than NG-Scope's 9.2 Mbit/s.", True, 0.88, "confirmed", "text_number", 1,
       "MobileInsight-based [25] CLAW [39] has a root-mean-squared capacity error of 30.5 "
       "Mbit/s, which is 3.3× larger than NG-Scope (9.2 Mbit/s).",
       "All three numbers printed in the abstract."),
    ng("On average, 90.4% of the control messages NG-Scope decodes are correct, against 65.3% "
       "for OWL.", True, 0.86, "confirmed", "text_number", 11,
       "On average, 90.4% of messages decoded by NG-Scope are correct, while the percentage is "
       "65.3% for OWL.", "Printed in §5.1 (the sentence runs on to page 12)."),
    ng("With NG-Scope's capacity estimates, NG-MPC improves QoE over MPC by 7.6%, 10.1% and "
       "11.4% for the linear, logarithmic and HD QoE metrics.", True, 0.8, "confirmed",
       "text_number", 17,
       "the NG-MPC improves the QoE by 7.6%, 10.1% and 11.4% over MPC for QoE_lin, QoE_log, "
       "and QoE_HD", "All three gains printed as claimed."),
    ng("Cellular traffic has accounted for 72% of global mobile traffic in the past few years.",
       False, 0.62, "confirmed", "text_number", 1,
       "Cellular traffic has accounted for 72% of global mobile traffic in the past few years",
       "Printed at the start of the introduction."),
    ul("The ULSA annotation set was drawn from 535 synthesis paragraphs made of 3,781 "
       "tokenized sentences.", True, 0.83, "confirmed", "text_number", 6,
       "we selected 535 synthesis paragraphs ... The 535 paragraphs consisted of 3,781 "
       "tokenized sentences", "Both counts printed in §2.2 (and in Table 1)."),
    ul("To test the robustness of the ULSA schema, 6 human experts annotated the same "
       "paragraphs.", True, 0.76, "confirmed", "text_number", 11,
       "To probe the robustness of ULSA and our annotation schema, we asked 6 human experts to "
       "annotate the same paragraphs in our dataset", "Printed as claimed."),
    # -- numbers printed only in table cells ----------------------------------------------
    ul("Annotators reach a Fleiss' kappa of 0.88 on the cooling action term.", True, 0.79,
       "confirmed", "table_cell", 20, f"{UT2}: row '– cooling', 0.88.",
       "The cell as claimed."),
    ul("The bi-LSTM mapping model reaches a precision of 0.90 and a recall of 0.88.", True,
       0.87, "confirmed", "table_cell", 20, f"{UT3}: row bi-LSTM, Precision 0.90, Recall 0.88.",
       "Both cells as claimed."),
    ul("Matching only verbs (Baseline 2) reaches a precision of 0.84 but a recall of only "
       "0.50.", True, 0.78, "confirmed", "table_cell", 20,
       f"{UT3}: row Baseline 2, Precision 0.84, Recall 0.50; caption: 'In Baseline 2, only "
       "verbs tagged by SpaCy are matched against the lookup table.'",
       "Both cells as claimed."),
    ul("The annotated set contains 1853 mixing action tokens.", False, 0.6, "confirmed",
       "table_cell", 19, f"{UT1}: 'Per action category: – mixing 1853'.",
       "The cell as claimed."),
    ng("NG-Scope's evaluation cell 1 uses a 20 MHz band at 1.94 GHz with 2 antennas.", True,
       0.73, "confirmed", "table_cell", 11, f"{NT1}: # 1, '20 MHz, 1.94 GHz, 2 ant.'",
       "The configuration as claimed."),
    ul("On the precipitation subset, the bi-LSTM model reaches an F1 score of 0.91.", True,
       0.81, "confirmed", "table_cell", 20,
       f"{UT3}: row group bi-LSTM, row '– precipitation', F1 score 0.91.",
       "The cell as claimed."),
    # -- differences of cells -------------------------------------------------------------
    ul("The bi-LSTM model's F1 score is 0.32 higher than Baseline 1's.", True, 0.77,
       "confirmed", "cell_arithmetic", 20, f"{UT3}: F1 score, bi-LSTM 0.89, Baseline 1 0.57.",
       "0.89 - 0.57 = 0.32."),
    ul("Agreement on shaping (kappa 0.59) is 0.27 below agreement on mixing.", True, 0.7,
       "confirmed", "cell_arithmetic", 20, f"{UT2}: '– shaping' 0.59, '– mixing' 0.86.",
       "0.86 - 0.59 = 0.27."),
    ul("Of the 3781 sentences in the annotated paragraphs, 741 are not synthesis sentences.",
       True, 0.64, "confirmed", "cell_arithmetic", 19,
       f"{UT1}: Total sentences 3781, Synthesis sentences 3040; page 11: '535 synthesis "
       "paragraphs resulted in 3,781 sentences of which 3,040 describe actual synthesis "
       "procedures'", "3781 - 3040 = 741."),
    ul("On the hydrothermal subset, the bi-LSTM model improves F1 by 0.34 over Baseline 1.",
       False, 0.58, "confirmed", "cell_arithmetic", 20,
       f"{UT3}: '– hydrothermal' F1 score, Baseline 1 0.54, bi-LSTM 0.88.",
       "0.88 - 0.54 = 0.34."),
    # -- paraphrases ------------------------------------------------------------------------
    ng("OWL produces a large share of false positives, which can make it overestimate the "
       "usage of the whole cell.", True, 0.74, "confirmed", "paraphrase", 12,
       "We see that OWL generates a large number of false positives (8%-12%), so that it may "
       "overestimate the overall usage of the whole cell.", "Same statement in other words."),
    ng("Even along the challenging indoor mobile trajectories, LTE keeps the transport block "
       "error rate under 12%.", True, 0.72, "confirmed", "paraphrase", 18,
       "We, however, observe that even in the challenging indoor mobile scenario, LTE still "
       "manages to keep the error rate below 12%.", "Same statement in other words."),
    ul("Despite the authors' attempt at an even distribution, the labelled action terms are "
       "skewed toward mixing and purification.", True, 0.69, "confirmed", "paraphrase", 11,
       "While we tried to maintain an even distribution of the action terms in the labeled "
       "set, it is still highly skewed toward Mixing and Purification actions.",
       "Same statement in other words."),
    ng("With carrier aggregation, the network delivers data mainly through the primary cell "
       "until that cell saturates.", True, 0.75, "confirmed", "paraphrase", 19,
       "Secondly, the cellular network mainly uses the primary cell for data delivery until it "
       "is saturated.", "Same statement in other words."),
    # -- the cell of the next row or column -----------------------------------------------
    ul("Annotators agree on the purification action with a Fleiss' kappa of 0.84.", True, 0.7,
       "contradicted", "neighbour_cell", 20,
       f"{UT2}: '– purification' 0.79; the next row, '– heating', 0.84.",
       "Purification's kappa is 0.79; 0.84 is heating's."),
    ul("Baseline 1 reaches a recall of 0.57 when mapping sentences into ULSA terms.", True,
       0.67, "contradicted", "neighbour_cell", 20,
       f"{UT3}: row Baseline 1, Recall 0.61, F1 score 0.57.",
       "Baseline 1's recall is 0.61; 0.57 is the next column, its F1 score."),
    ul("On the sol-gel subset, Baseline 2 has an F1 score of 0.66.", False, 0.55,
       "contradicted", "neighbour_cell", 20,
       f"{UT3}: row group Baseline 2, '– sol-gel' F1 0.69, '– solid-state' F1 0.66.",
       "Sol-gel's F1 under Baseline 2 is 0.69; 0.66 is the solid-state row above."),
    # -- swapped digits ---------------------------------------------------------------------
    ng("OWL decodes only 56.3% of the control messages correctly.", True, 0.77,
       "contradicted", "transposed_digits", 12, "while the percentage is 65.3% for OWL.",
       "65.3%, not 56.3%."),
    ul("The annotated set holds 5457 action tokens in total.", True, 0.71, "contradicted",
       "transposed_digits", 19, f"{UT1}: Action tokens 5547.", "5547, not 5457."),
    # -- other wrong numbers ----------------------------------------------------------------
    ng("NG-Scope misses on average 0.83% of the UDP data sent, against 6.5% for OWL.", True,
       0.79, "contradicted", "wrong_number", 12,
       "with an average missing percentage of 0.83%, a reduction of 83% compare to OWL's 4.5%.",
       "OWL misses 4.5%, not 6.5%."),
    ng("According to the LTE standard, a mobile phone may need up to 64 blind decoding "
       "attempts per subframe.", True, 0.66, "contradicted", "wrong_number", 13,
       "According to the standard [3], the maximum decoding attempts each mobile phone needs "
       "to perform is 44.", "44, not 64."),
    ul("The ULSA annotation set covers 637 starting action tokens.", False, 0.52,
       "contradicted", "wrong_number", 19, f"{UT1}: '– starting 619'.", "619, not 637."),
    # -- flipped directions -----------------------------------------------------------------
    ng("For a static user, the transport block error rate falls as the offered load grows.",
       True, 0.68, "contradicted", "direction_flip", 17,
       "We observe however that at each location, the transport block error rate "
       "significantly increases with the offered load.", "It increases, not falls."),
    ul("Matching only verbs (Baseline 2) lowers precision compared with matching all words "
       "(Baseline 1).", True, 0.63, "contradicted", "direction_flip", 12,
       "mapping of all words shows relatively good recall and poor precision, while mapping of "
       "only verbs improves the precision; Table 3 (page 20): Precision, Baseline 1 0.54, "
       "Baseline 2 0.84.", "Verbs-only raises precision (0.54 to 0.84)."),
    ng("Under carrier aggregation, the primary cell saturates later than the two other "
       "aggregated cells.", True, 0.61, "contradicted", "direction_flip", 19,
       "We see that the primary cell gets saturated (bandwidth usage close to one) earlier (40 "
       "Mbit/s) than the other two aggregated cells (70 Mbit/s).", "Earlier, not later."),
    # -- negations in other words -----------------------------------------------------------
    ng("NG-Scope's computational cost grows in proportion to the number of active users the "
       "base station serves.", True, 0.65, "contradicted", "negation", 13,
       "We could see that NG-Scope's computational costs do not increase proportionally with "
       "the number of active users the base station",
       "The paper says the cost does not grow proportionally."),
    ul("The bi-LSTM model brings no gain over plain dictionary lookup for mapping synthesis "
       "sentences into ULSA.", True, 0.7, "contradicted", "negation", 12,
       "The bi-LSTM model significantly improves mapping accuracy; Table 3 (page 20): F1 "
       "score, Baseline 1 0.57, Baseline 2 0.63, bi-LSTM 0.89.",
       "The paper reports a large gain."),
    # -- wrong counts -----------------------------------------------------------------------
    ul("ULSA defines 10 action terms to describe ceramics synthesis procedures.", True, 0.74,
       "contradicted", "wrong_count", 4,
       "To unify terminology used to describe a synthesis procedure, we defined 8 action terms",
       "8 action terms (the flowchart matrices are 10 by 10 only because two extra terms are "
       "added, page 10)."),
    ng("NG-Scope's evaluation uses the eight AT&T cell towers that serve the test area.", True,
       0.69, "contradicted", "wrong_count", 11,
       "We experiment with the six AT&T cell towers that provide LTE service for the testing "
       "area", "Six towers (Table 1 lists six configurations), not eight."),
    # -- relations the paper never states ----------------------------------------------------
    ng("NG-Scope's decoding accuracy comes from listening with four USRPs placed one meter "
       "apart.", True, 0.58, "unverified", "unsupported_relation", 11,
       "we set up four USRPs to listen to the same cell tower at four locations that are one "
       "meter apart from each other",
       "The four USRPs build the ground truth for the evaluation; the paper never says they "
       "are the source of NG-Scope's accuracy."),
    ul("The low agreement on the miscellaneous action (kappa 0.45) is what lowers the "
       "bi-LSTM's sol-gel recall to 0.86.", False, 0.47, "unverified", "unsupported_relation",
       20, f"{UT2}: '– miscellaneous' 0.45; {UT3}: bi-LSTM '– sol-gel' Recall 0.86.",
       "Both cells are printed; the paper links no kappa to any model's recall."),
    ng("Cell 5 reaches the highest spectral efficiency among the aggregated cells because it "
       "operates at 872 MHz with 4 antennas.", True, 0.6, "unverified", "unsupported_relation",
       19,
       "which means that cell five actually has better signal quality and higher spectral "
       "efficiency than cell one and five; Table 1 (page 11): # 5, '5 MHz, 872 MHz, 4 ant.'",
       "The paper explains it by signal quality and two spatial streams, never by the carrier "
       "frequency or antenna count."),
    ul("Shaping's low inter-annotator agreement (0.59) is what limits Baseline 2's recall to "
       "0.50.", True, 0.5, "unverified", "unsupported_relation", 20,
       f"{UT2}: '– shaping' 0.59; {UT3}: Baseline 2 Recall 0.50.",
       "Both numbers are printed; the paper never relates them."),
    ng("NG-MPC's 11.4% QoE gain under the HD metric comes from Pensieve's model failing to "
       "generalise to the cellular traces.", True, 0.56, "unverified", "unsupported_relation",
       17,
       "Pensieve cannot provide high quality video streaming as its model does not generalize "
       "well ... the NG-MPC improves the QoE by 7.6%, 10.1% and 11.4% over MPC",
       "The gain is measured over MPC, not Pensieve; the paper ties it to NG-Scope's accurate "
       "capacity, never to Pensieve's failure."),
    # -- cut at 120 characters ---------------------------------------------------------------
    ng(cut("Across 10 locations in a building, the static user's transport block error rate "
           "varies from 2% to 12%, with no obvious pattern of errors across locations."), True,
       0.73, "unverified", "truncated", 17,
       "We move the phone to 10 different locations with varying signal strength in a "
       "building ... We see that the TB error rate varies from 2% to 12%, but there is no "
       "obvious pattern of transport block errors across locations.",
       "What survives is right, but it is cut mid-sentence; the lost end may assert anything."),
    ul(cut("The bi-LSTM model reaches a recall of 0.98 on the labelled set of 3,040 "
           "sentences, and its precision on the solid-state subset is 0.90 as well."), True,
       0.68, "contradicted", "truncated", 20, f"{UT3}: row bi-LSTM, Recall 0.88.",
       "Already false before the cut: the recall is 0.88, not 0.98."),
)

REPORT = LabelledReport(
    file="02_cellular_telemetry_synthesis_actions.pdf",
    title="Fine-Grained Measurement in Cellular Networks and Materials Synthesis",
    date="2027-03-12",
    examines="NG-Scope: Fine-Grained Telemetry for NextG Cellular Networks; ULSA: Unified "
             "Language of Synthesis Actions for Representation of Synthesis Protocols",
    research_question="What do fine-grained annotations and measurements buy downstream "
                      "systems",
    references=(NG, UL),
    abstract="Two recent systems turn raw signals into structured records: a telemetry tool "
             "that decodes the cellular control channel and a schema for labelling synthesis "
             "actions in materials papers. We review what each reports.",
    rows=ROWS,
)
