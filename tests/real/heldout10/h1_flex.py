"""Held-out-10 report 1 (Markdown): Bragg, Cohan, Lo, Beltagy, FLEX: Unifying Evaluation for
Few-Shot NLP (NeurIPS 2021, arXiv 2107.07170). The source is the one page of the paper kept as a
test fixture (page 2 of the typeset one-column paper; allenai/mmda tests/fixtures/2107.07170.pdf,
the arXiv ID is the fixture's file name: the page carries no stamp). Table 1 compares FLEX with
six prior few-shot suites over thirteen rows: check marks and dashes for transfer types and
protocol choices, sets of shots ("{16, 32}", "{4,8,16,32}", "{total 32}" with footnote 4), the
number of test episodes (5, 5, 1, 1000, 10, 1, 90), the reporting ("avg, SD", "all" with note 6)
and the number of datasets (160, 16, 37, 7, 18, 8, 20); the running text below it says FLEX
covers 20 datasets and four transfer settings (note 7: prior work at most two). Labelled from
the page image (200 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

FX = "2107.07170"  # Bragg et al., NeurIPS 2021; page 2 of the paper only

R = Row
T1 = ("Table 1 (comparison of FLEX with prior work; columns CrossFit[75], LM-BFF[24], GPT-3[10], "
      "DS[5], SMLMT[4], FewGlue[56], FLEX (ours); rows Class/Domain/Task/Pretraining Transfer, "
      "Shots per class, Variable shots, Unbalanced, Textual labels, Zero-shot, No extra test "
      "data, # test episodes, Reporting, # datasets)")
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("FLEX evaluates on 90 test episodes.", True, 0.3, "confirmed", "table_cell", FX, 1,
      f"{T1}: # test episodes, FLEX (ours) 90", "As printed."),
    R("The DS benchmark uses 1000 test episodes.", True, 0.28, "confirmed", "table_cell", FX, 1,
      f"{T1}: # test episodes, DS[5] 1000", "As printed."),
    R("CrossFit spans 160 datasets, far more than the 20 in FLEX.", True, 0.27, "confirmed",
      "table_cell", FX, 1, f"{T1}: # datasets, CrossFit[75] 160, FLEX (ours) 20", "As printed."),
    R("GPT-3's few-shot evaluation covers 37 datasets.", True, 0.26, "confirmed", "table_cell",
      FX, 1, f"{T1}: # datasets, GPT-3[10] 37", "As printed."),
    R("SMLMT reports results over 18 datasets using 10 test episodes.", True, 0.26, "confirmed",
      "table_cell", FX, 1, f"{T1}: SMLMT[4]: # datasets 18, # test episodes 10", "As printed."),
    R("FewGlue contains 8 datasets.", True, 0.25, "confirmed", "table_cell", FX, 1,
      f"{T1}: # datasets, FewGlue[56] 8", "As printed."),
    R("LM-BFF uses 16 shots per class and 5 test episodes.", True, 0.27, "confirmed",
      "table_cell", FX, 1, f"{T1}: LM-BFF[24]: Shots per class 16, # test episodes 5",
      "As printed."),
    R("The DS benchmark covers 7 datasets.", True, 0.24, "confirmed", "table_cell", FX, 1,
      f"{T1}: # datasets, DS[5] 7", "As printed."),
    R("FLEX includes a public leaderboard for few-shot NLP that covers 20 datasets.", True, 0.3,
      "confirmed", "text_number", FX, 1,
      "Page 2: 'includes a public leaderboard for few-shot NLP that covers 20 datasets across "
      "diverse NLP tasks'", "As printed."),
    R("The FLEX benchmark tests across four few-shot transfer settings.", True, 0.29,
      "confirmed", "text_number", FX, 1,
      "Page 2: 'It tests across four few-shot transfer settings,7'", "As printed."),
    R("According to the FLEX authors, prior work evaluated at most two transfer settings.", True,
      0.25, "confirmed", "text_number", FX, 1, "Page 2, footnote 7: 'Prior work evaluated at "
      "most two settings.'", "As printed."),
    R("FLEX episodes have a variable number of shots in the range 1 to 5, with class "
      "imbalance.", True, 0.27, "confirmed", "text_number", FX, 1,
      "Table 1 caption: 'episodes with variable number of shots in the range [1-5] and with "
      "class imbalance'", "As printed."),
    R("GPT-3 evaluates on a single test episode.", True, 0.24, "confirmed", "table_cell", FX, 1,
      f"{T1}: # test episodes, GPT-3[10] 1", "As printed (1)."),
    R("FewGlue reports a single test episode, with both average and standard deviation.", True,
      0.22, "confirmed", "table_cell", FX, 1,
      f"{T1}: FewGlue[56]: # test episodes 1, Reporting avg, SD", "As printed."),
    R("FLEX uses two and a half times as many datasets as FewGlue.", True, 0.2,
      "confirmed", "cell_arithmetic", FX, 1, f"{T1}: # datasets: FewGlue 8, FLEX 20",
      "20 / 8 = 2.5."),
    R("CrossFit has 140 more datasets than FLEX.", True, 0.22, "confirmed", "cell_arithmetic",
      FX, 1, f"{T1}: # datasets: CrossFit 160, FLEX 20", "160 - 20 = 140."),
    R("FLEX uses 80 more test episodes than SMLMT.", True, 0.21, "confirmed", "cell_arithmetic",
      FX, 1, f"{T1}: # test episodes: FLEX 90, SMLMT 10", "90 - 10 = 80."),
    R("DS uses 910 more test episodes than FLEX.", True, 0.2, "confirmed", "cell_arithmetic",
      FX, 1, f"{T1}: # test episodes: DS 1000, FLEX 90", "1000 - 90 = 910."),
    R("SMLMT evaluates with 4, 8, 16 or 32 shots per class.", True, 0.23, "confirmed",
      "table_cell", FX, 1, f"{T1}: Shots per class, SMLMT[4] {{4,8,16,32}}", "As printed."),
    R("CrossFit uses 16 or 32 shots per class.", True, 0.22, "confirmed", "table_cell", FX, 1,
      f"{T1}: Shots per class, CrossFit[75] {{16, 32}}", "As printed."),
    R("In FLEX's comparison, \"No extra test data\" means excluding validation data from "
      "testing tasks.", True, 0.25, "confirmed", "paraphrase", FX, 1,
      "Table 1 caption: '\"No extra test data\" refers to excluding validation data from testing "
      "tasks, to avoid unfairly advantaging models that use such data [50]'", "Paraphrase."),
    R("FLEX's number of test episodes was chosen to balance statistical accuracy and precision "
      "against compute requirements.", True, 0.26, "confirmed", "paraphrase", FX, 1,
      "Table 1 caption: 'Our benchmark's number of test episodes is selected to balance "
      "statistical accuracy and precision, which suffers in few-episode setups, and compute "
      "requirements'", "Paraphrase."),
    R("FewGlue's shot count refers to a total of 32 training shots per episode rather than shots "
      "per class.", True, 0.21, "confirmed", "paraphrase", FX, 1,
      f"{T1}: Shots per class, FewGlue[56] '{{total 32}}4'; footnote 4: 'The total number of "
      "training shots in each episode, not number of shots per class per episode.'",
      "Cell and its footnote."),
    R("Prompt-based models have been shown to be sensitive to the choice of prompts, training "
      "settings and hyperparameters.", True, 0.24, "confirmed", "paraphrase", FX, 1,
      "Page 2: 'such models have been shown to be sensitive to varying choices of the "
      "prompt/demonstrations, training settings, hyperparameters, and learning algorithms'",
      "Paraphrase."),
    # --- contradicted ------------------------------------------------------------------------
    R("FLEX evaluates on 100 test episodes.", True, 0.24, "contradicted", "wrong_number", FX, 1,
      f"{T1}: # test episodes, FLEX (ours) 90", "90, not 100."),
    R("The DS benchmark spans 18 datasets.", True, 0.23, "contradicted", "neighbour_cell", FX, 1,
      f"{T1}: # datasets: DS[5] 7, SMLMT[4] 18", "18 is SMLMT's, the next column."),
    R("GPT-3's few-shot evaluation covers 16 datasets.", True, 0.22, "contradicted",
      "neighbour_cell", FX, 1, f"{T1}: # datasets: LM-BFF 16, GPT-3 37",
      "16 is LM-BFF's, the column to the left."),
    R("SMLMT uses 1000 test episodes.", True, 0.22, "contradicted", "neighbour_cell", FX, 1,
      f"{T1}: # test episodes: DS 1000, SMLMT 10", "1000 is DS's; SMLMT uses 10."),
    R("CrossFit covers 37 datasets.", True, 0.21, "contradicted", "neighbour_cell", FX, 1,
      f"{T1}: # datasets: CrossFit 160, GPT-3 37", "160; 37 is GPT-3's."),
    R("FLEX covers 18 datasets across diverse NLP tasks.", True, 0.23, "contradicted",
      "wrong_number", FX, 1, "Page 2: 'covers 20 datasets across diverse NLP tasks'; Table 1: "
      "# datasets, FLEX 20", "20, not 18."),
    R("FLEX tests across three few-shot transfer settings.", True, 0.23, "contradicted",
      "wrong_count", FX, 1, "Page 2: 'It tests across four few-shot transfer settings'",
      "Four, not three."),
    R("FewGlue evaluates on 5 test episodes.", True, 0.21, "contradicted", "neighbour_cell", FX,
      1, f"{T1}: # test episodes, FewGlue[56] 1", "1; 5 is CrossFit's and LM-BFF's."),
    R("LM-BFF uses 32 shots per class.", True, 0.2, "contradicted", "wrong_number", FX, 1,
      f"{T1}: Shots per class, LM-BFF[24] 16", "16, not 32."),
    R("CrossFit has 150 more datasets than FLEX.", True, 0.19, "contradicted",
      "cell_arithmetic", FX, 1, f"{T1}: # datasets: CrossFit 160, FLEX 20", "The difference is "
      "140."),
    R("DS uses twenty times as many test episodes as FLEX.", True, 0.18, "contradicted",
      "cell_arithmetic", FX, 1, f"{T1}: # test episodes: DS 1000, FLEX 90",
      "1000 / 90 = 11.1, not twenty."),
    R("FLEX episodes use between 1 and 10 shots.", True, 0.2, "contradicted", "wrong_number",
      FX, 1, "Table 1 caption: 'variable number of shots in the range [1-5]'; Shots per class, "
      "FLEX [1–5]", "1 to 5."),
    R("Prior work evaluated at most three transfer settings, according to FLEX's authors.",
      True, 0.19, "contradicted", "wrong_count", FX, 1,
      "Page 2, footnote 7: 'Prior work evaluated at most two settings.'", "Two, not three."),
    R("SMLMT reports results on 8 datasets.", True, 0.19, "contradicted", "neighbour_cell", FX,
      1, f"{T1}: # datasets: SMLMT 18, FewGlue 8", "18; 8 is FewGlue's."),
    R("FLEX uses fewer test episodes than SMLMT.", True, 0.18, "contradicted", "direction_flip",
      FX, 1, f"{T1}: # test episodes: SMLMT 10, FLEX 90", "90 > 10."),
    R("LM-BFF covers more datasets than GPT-3.", True, 0.18, "contradicted", "direction_flip",
      FX, 1, f"{T1}: # datasets: LM-BFF 16, GPT-3 37", "16 < 37."),
    R("CrossFit covers 106 datasets.", True, 0.2, "contradicted", "transposed_digits", FX, 1,
      f"{T1}: # datasets, CrossFit[75] 160", "160, digits swapped."),
    R("GPT-3's few-shot evaluation covers 73 datasets.", True, 0.19, "contradicted",
      "transposed_digits", FX, 1, f"{T1}: # datasets, GPT-3[10] 37", "37, digits swapped."),
    R("Only two of the seven suites in FLEX's comparison include zero-shot episodes.", True,
      0.19, "contradicted", "wrong_count", FX, 1,
      f"{T1}: Zero-shot: ✓ for LM-BFF, GPT-3 and FLEX (ours); '-' for the other four",
      "Three suites, not two."),
    # --- cut off mid-sentence ---------------------------------------------------------------
    R(cut("Among the seven few-shot evaluation suites compared by the FLEX authors, only FLEX "
          "itself covers class, domain, task and pretraining transfer at once."), True, 0.2,
      "unverified", "truncated", FX, 1,
      f"{T1}: the four transfer rows have ✓ in every row only for FLEX (ours)",
      "Cut before what the claim says of FLEX; it cannot be judged whole."),
    R(cut("FLEX's comparison table shows that DS evaluates on 1000 test episodes while "
          "reporting both the average and the standard deviation of its scores."), True, 0.18,
      "unverified", "truncated", FX, 1, f"{T1}: DS[5]: # test episodes 1000, Reporting avg, SD",
      "Cut mid-phrase; it cannot be judged whole."),
    # --- unverified --------------------------------------------------------------------------
    R("FLEX's 90 test episodes yield a 95% confidence interval of one accuracy point.", True,
      0.17, "unverified", "unsupported_relation", FX, 1,
      "Page 2: the number of episodes is chosen to balance accuracy and compute (§5, not on "
      "this page); no interval width is given", "Not stated on this page."),
    R("On FLEX, GPT-3 reaches 60.2% average accuracy in the zero-shot setting.", True, 0.16,
      "unverified", "unsupported_relation", FX, 1, f"{T1}: no accuracy is reported",
      "No results are on this page."),
    R("CrossFit's 160 datasets were all drawn from the GLUE benchmark.", True, 0.15,
      "unverified", "unsupported_relation", FX, 1, f"{T1}: # datasets, CrossFit 160; the "
      "page never says where they come from", "Origin not stated."),
    R("The DS benchmark's 1000 test episodes take 12 GPU hours to evaluate.", True, 0.15,
      "unverified", "unsupported_relation", FX, 1, f"{T1}: # test episodes, DS 1000; no "
      "compute figure", "No cost is given."),
    R("FLEX's leaderboard received 25 submissions in its first year.", True, 0.14, "unverified",
      "unsupported_relation", FX, 1, "Page 2 mentions a public leaderboard; no submission "
      "count", "Not stated."),
    R("SMLMT's 10 test episodes each contain 16 examples per class.", True, 0.14, "unverified",
      "unsupported_relation", FX, 1, f"{T1}: SMLMT: # test episodes 10, Shots per class "
      "{{4,8,16,32}}; no per-episode size", "The relation is never stated."),
    R("FLEX's 20 datasets include 8 natural language inference datasets.", True, 0.14,
      "unverified", "unsupported_relation", FX, 1, "Page 2: 'covers 20 datasets across "
      "diverse NLP tasks (e.g., NLI, relation classification, entity typing)'; no count per "
      "task", "The count per task is not on this page."),
    R("GPT-3's single test episode uses 32 shots in total.", True, 0.13, "unverified",
      "unsupported_relation", FX, 1, f"{T1}: GPT-3: Shots per class 'variable', # test "
      "episodes 1; '{{total 32}}' is FewGlue's", "Not stated for GPT-3."),
)

REPORT = LabelledReport(
    file="01_flex_benchmark.md",
    title="Evaluating Few-Shot NLP: The FLEX Comparison Table",
    date="2027-04-02",
    examines="few-shot NLP benchmarks and their evaluation protocols",
    research_question="How does the FLEX benchmark differ from earlier few-shot NLP evaluation "
                      "suites in transfer types, shots, episodes and datasets?",
    references=(FX,),
    rows=ROWS,
    quality_score=7.3,
)
