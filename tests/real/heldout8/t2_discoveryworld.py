"""Held-out-8 report 2 (text with # headings): Jansen et al., DiscoveryWorld: A Virtual
Environment for Developing and Evaluating Automated Scientific Discovery Agents (arXiv
2406.06769v2, stamped on its first page; one column, 29 pages). Natural claims: the running
text, Table 4 (three agents x Procedure / Completion / Knowledge over 24 tasks and three
averages, headers printed rotated), Table 5 (unit tests), Table 6 (human scientists), Table 10
(costs, appendix), differences of cells, paraphrases and the usual slips. Labelled from the page
images (110 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

DW = "2406.06769"  # Jansen, Cote, Khot, Bransom, Dalvi Mishra, Majumder, Tafjord, Clark

R = Row
T4 = ("Table 4 (baseline agents on the 24 discovery tasks; column groups ReACT, Plan+Execute, "
      "Hypothesizer, each over Procedure, Completion, Knowledge; rows grouped by topic; rows "
      "Average (Easy), Average (Normal), Average (Challenge))")
T5 = ("Table 5 (baseline agents on the 10 unit tests; column groups ReACT, Plan+Execute, "
      "Hypothesizer, each over Procedure, Completion; row Average (Unit Tests))")
T6 = ("Table 6 (expert human scientists; columns Procedural, Completion, Knowledge, Avg. Steps, "
      "Movement Steps, Action Steps, Prop. Action Steps, # Samples; row Average (Human))")
T10 = ("Table 10 (approximate cost estimate; columns Model, Cost per 100 steps, Total cost "
       "estimate (120 tasks, 84k steps))")

ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("DiscoveryWorld includes 120 different challenge tasks spanning eight topics, each with "
      "three levels of difficulty.", True, 0.27, "confirmed", "text_number", DW, 1,
      "\"It includes 120 different challenge tasks, spanning eight topics each with three levels "
      "of difficulty and several parametric variations.\" (abstract)", "As stated."),
    R("The DiscoveryWorld simulator is implemented in approximately 20K lines of Python.", True,
      0.19, "confirmed", "text_number", DW, 4,
      "\"The simulator is implemented as approximately 20 K lines of PYTHON using the PYGAME "
      "framework\"", "As stated."),
    R("DiscoveryWorld includes 14 possible actions.", True, 0.2, "confirmed", "text_number", DW,
      5, "\"Action space: DISCOVERYWORLD includes 14 possible actions\"", "As stated."),
    R("All DiscoveryWorld environments are represented as a 32 × 32 tile grid.", True, 0.18,
      "confirmed", "text_number", DW, 5,
      "\"All current environments are represented as a 32 × 32 tile grid.\"", "As stated."),
    R("The ReAct agent completed 38% of easy tasks and 18% of challenge tasks.", True, 0.26,
      "confirmed", "text_number", DW, 9,
      "\"The most performant discovery agent (REACT) compeleted 38% of easy tasks and 18% of "
      "challenge tasks\"", "As stated (Table 4's averages agree: 0.38 and 0.18)."),
    R("Average human knowledge performance on DiscoveryWorld was 55%.", True, 0.21, "confirmed",
      "text_number", DW, 9, "\"Average knowledge performance was slightly lower at 55%\"",
      "As stated."),
    R("On the 3D clustering challenge task in Proteomics, the Hypothesizer scores 0.93 on "
      "procedure and 0.60 on knowledge.", True, 0.22, "confirmed", "table_cell", DW, 7,
      f"{T4}: row 3 Challenge, Clustering (3D): Hypothesizer Procedure 0.93, Completion 0.40, "
      "Knowledge 0.60", "As printed."),
    R("Plan+Execute reaches a procedure score of 0.87 on the normal Chemistry task (mix of 3 "
      "substances).", True, 0.2, "confirmed", "table_cell", DW, 7,
      f"{T4}: row 5 Normal, Mix of 3 substances: Plan+Execute Procedure 0.87", "As printed."),
    R("Human scientists completed the Proteomics challenge task every time, taking 203 steps on "
      "average.", True, 0.23, "confirmed", "table_cell", DW, 8,
      f"{T6}: row 3 Proteomics Challenge: Completion 1.00, Avg. Steps 203", "As printed."),
    R("On the Space Sick challenge task, human scientists needed 3458 steps on average.", True,
      0.19, "confirmed", "table_cell", DW, 8,
      f"{T6}: row 18 Space Sick Challenge: Avg. Steps 3458", "As printed."),
    R("Running the Hypothesizer agent costs about $10 per 100 steps, or an estimated $8,400 for "
      "the full benchmark.", True, 0.2, "confirmed", "table_cell", DW, 26,
      f"{T10}: HYPOTHESIZER: $10 / 100 steps, $8,400", "As printed."),
    R("On the unit test that searches an environment for an object, the Hypothesizer reaches "
      "1.00 on both procedure and completion.", False, 0.14, "confirmed", "table_cell", DW, 7,
      f"{T5}: row 33 Search an environment for an object: Hypothesizer Procedure 1.00, "
      "Completion 1.00", "As printed."),
    R("On the unit tests, the Hypothesizer's average completion is 0.20 higher than that of "
      "Plan+Execute.", True, 0.2, "confirmed", "cell_arithmetic", DW, 7,
      f"{T5}: Average (Unit Tests): Completion: Hypothesizer 0.64, Plan+Execute 0.44",
      "0.64 - 0.44 = 0.20."),
    R("The average human completion rate of 0.66 is 0.48 above ReAct's average completion on "
      "challenge tasks.", True, 0.17, "confirmed", "cell_arithmetic", DW, 8,
      f"{T6}: Average (Human) Completion 0.66; {T4} (page 7): Average (Challenge), ReACT "
      "Completion 0.18", "0.66 - 0.18 = 0.48."),
    R("Explanatory knowledge is graded by GPT-4o, a long-context model with a 128k-token window.",
      True, 0.19, "confirmed", "paraphrase", DW, 6,
      "\"in our evaluation we make use of GPT-4O, a long-context (128k token) model that allows "
      "even large knowledge structures to be graded\"", "A faithful paraphrase."),
    R("Easy tasks are capped at 100 steps, while normal and challenge tasks may run for up to "
      "1000 steps.", True, 0.21, "confirmed", "paraphrase", DW, 7,
      "Table 4 caption: \"Easy tasks are run to a maximum of 100 steps, while Normal and "
      "Challenge tasks are run to 1000 steps.\"", "Same statement in other words."),
    R("Eleven practicing human scientists, recruited on the UpWork platform, played the tasks "
      "for comparison.", True, 0.18, "confirmed", "paraphrase", DW, 8,
      "\"we recruited 11 practicing human scientists to complete the DISCOVERYWORLD tasks ... "
      "Scientists were recruited on the UPWORK platform\"", "A faithful paraphrase."),
    # --- contradicted ------------------------------------------------------------------------
    R("The visual observation given to agents is a 1024 × 768 pixel screenshot.", True, 0.16,
      "contradicted", "wrong_number", DW, 5,
      "\"The visual observation contains a screenshot (768px×512px) similar to the user "
      "interface\"", "768 × 512, not 1024 × 768."),
    R("The Hypothesizer discovered only 12% of the gold knowledge in challenge tasks.", True,
      0.18, "contradicted", "wrong_number", DW, 9,
      "\"the agent that best discovered explanatory knowledge (HYPOTHESIZER) discovered only 34% "
      "of gold knowledge in easy tasks, and only 8% in challenge tasks\"", "8%, not 12%."),
    R("On the easy Chemistry task with single substances, ReAct's knowledge score is 0.40.", True,
      0.2, "contradicted", "neighbour_cell", DW, 7,
      f"{T4}: row 4 Easy, Single substances: ReACT Procedure 0.87, Completion 1.00, Knowledge "
      "1.00; Plan+Execute 0.70, 0.60, 0.40",
      "ReAct's knowledge is 1.00; 0.40 is Plan+Execute's, the next column group."),
    R("Human scientists completed the Archaeology challenge task at a rate of 0.77.", True, 0.19,
      "contradicted", "neighbour_cell", DW, 8,
      f"{T6}: row 9 Archaeology Challenge: Procedural 0.77, Completion 0.36, Knowledge 0.09",
      "Completion is 0.36; 0.77 is the procedural score beside it."),
    R("On the normal Space Sick task, humans averaged 2111 steps, 1985 of them movement steps.",
      True, 0.17, "contradicted", "transposed_digits", DW, 8,
      f"{T6}: row 17 Space Sick Normal: Avg. Steps 2111, Movement Steps 1958",
      "1958 with two digits swapped."),
    R("On normal-difficulty tasks, Plan+Execute has a lower average procedure score than ReAct.",
      True, 0.15, "contradicted", "direction_flip", DW, 7,
      f"{T4}: Average (Normal): Procedure: ReACT 0.63, Plan+Execute 0.64",
      "Plan+Execute's is higher."),
    R("DiscoveryWorld's discovery tasks are grounded in six topics.", True, 0.17, "contradicted",
      "wrong_count", DW, 2,
      "\"DISCOVERYWORLD tasks are grounded in eight varied topics\"", "Eight topics, not six."),
    R("Besides the discovery themes, DiscoveryWorld includes 12 unit-test themes.", True, 0.14,
      "contradicted", "wrong_count", DW, 5,
      "\"we include 10 additional unit test themes that test specific common task "
      "competencies\"", "Ten, not twelve."),
    R("DiscoveryWorld's task descriptions suggest a solution approach to the agent.", False, 0.09,
      "contradicted", "negation", DW, 2,
      "\"The tasks do not suggest a solution approach, instead requiring the agent to ideate "
      "and define hypotheses to explore.\"", "The paper says they do not."),
    R(cut("DiscoveryWorld contains 150 different challenge tasks across eight topics, each "
          "requiring an agent to form hypotheses, design experiments and act on conclusions."),
      True, 0.2, "contradicted", "truncated", DW, 1,
      "\"It includes 120 different challenge tasks, spanning eight topics\"",
      "The surviving part already gives 150 tasks where the paper says 120."),
    # --- unverified --------------------------------------------------------------------------
    R("Agents fail the Rocket Science tasks mainly because they cannot do arithmetic reliably.",
      True, 0.13, "unverified", "unsupported_relation", DW, 7,
      f"{T4}: Rocket Science rows show low scores; no cause is analysed",
      "The cause is never stated."),
    R("Scientists with a PhD outperformed those with an MSc on DiscoveryWorld tasks.", True, 0.11,
      "unverified", "unsupported_relation", DW, 8,
      "Participants had \"an MSC or PHD in a natural science\"; no breakdown by degree is given",
      "No comparison by degree is reported."),
    R("Agents built on Claude 3 Opus complete more DiscoveryWorld tasks than GPT-4o agents.",
      True, 0.1, "unverified", "unsupported_relation", DW, 7,
      "\"We use the GPT-4O model for all our agents\"; no other model is evaluated",
      "No Claude agent is run."),
    R("ReAct's weak Reactor Lab results stem from its inability to run regressions inside the "
      "environment.", True, 0.12, "unverified", "unsupported_relation", DW, 7,
      f"{T4}: Reactor Lab (Regression) rows; no explanation of ReAct's scores there",
      "The cause is never stated."),
    R(cut("The most performant discovery agent, ReAct, completed 38% of easy tasks, while the "
          "Hypothesizer discovered the most explanatory knowledge of the three baselines."),
      True, 0.22, "unverified", "truncated", DW, 9,
      "\"The most performant discovery agent (REACT) compeleted 38% of easy tasks and 18% of "
      "challenge tasks\"", "The surviving part is right; the lost end may assert anything."),
)

REPORT = LabelledReport(
    file="02_discovery_agents.txt",
    title="Virtual Environments for Evaluating Automated Scientific Discovery Agents",
    date="2027-04-05",
    examines="simulated environments and baselines for end-to-end scientific discovery agents",
    research_question="How far are LLM-based agents from human scientists on end-to-end "
                      "discovery tasks in a simulated world?",
    references=(DW,),
    rows=ROWS,
    quality_score=8.1,
)
