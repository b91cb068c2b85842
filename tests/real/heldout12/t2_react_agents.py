"""Held-out-12 report 2 (text with bare headings): Yao, Zhao, Yu, Du, Shafran, Narasimhan, Cao,
ReAct: Synergizing Reasoning and Acting in Language Models (arXiv 2210.03629v2, ICLR 2023, one
column, 31 pages). Its tables are set beside the running text and beside each other: Table 1
(page 6, prompting methods by HotpotQA EM and Fever accuracy, with footnote marks in the header
and in a row name, rows in typewriter type with arrows, "CoT-SC -> ReAct"), Table 2 (page 6,
success and failure modes with a row group label and a definition column, a dash for a missing
cell), Table 3 (page 8, ALFWorld success rates of seven runs by six task types and All, each run
named with a small-type setting "(best of 6)", "(avg)") and Table 4 (page 8, a narrow WebShop
table in a side column, Avg Score and Success). Many numbers are repeated or only stated in the
running text (pages 1, 5-9). Labelled from the page images (110 dpi, tables at 220 dpi) and
`pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

RE = "2210.03629"  # Yao et al., ReAct (arXiv 2210.03629v2)

T1 = ("Table 1 (PaLM-540B prompting results on HotpotQA and Fever; columns HotpotQA (EM), Fever "
      "(Acc)): Standard 28.7 57.1; CoT 29.4 56.3; CoT-SC 33.4 60.4; Act 25.7 58.9; ReAct 27.4 "
      "60.9; CoT-SC -> ReAct 34.2 64.6; ReAct -> CoT-SC 35.1 62.0; Supervised SoTA 67.5 89.5")
T2 = ("Table 2 (Types of success and failure modes of ReAct and CoT on HotpotQA; columns ReAct, "
      "CoT): Success: True positive 94% 86%, False positive 6% 14%; Failure: Reasoning error 47% "
      "16%, Search result error 23% -, Hallucination 0% 56%, Label ambiguity 29% 28%")
T3 = ("Table 3 (AlfWorld task-specific success rates (%); columns Pick, Clean, Heat, Cool, Look, "
      "Pick 2, All): Act (best of 6) 88 42 74 67 72 41 45; ReAct (avg) 65 39 83 76 55 24 57; "
      "ReAct (best of 6) 92 58 96 86 78 41 71; ReAct-IM (avg) 55 59 60 55 23 24 48; ReAct-IM "
      "(best of 6) 62 68 87 57 39 33 53; BUTLERg (best of 8) 33 26 70 76 17 12 22; BUTLER (best "
      "of 8) 46 39 74 100 22 24 37")
T4 = ("Table 4 (Results on Webshop; columns Avg Score, Success): Act 62.3 30.1; ReAct 66.6 40.0; "
      "IL 59.9 29.1; IL+RL 62.4 28.7; Human Expert 82.1 59.6")
VS = ("Section 3.3 (page 5): ReAct outperforms CoT on Fever (60.9 vs. 56.3) and slightly lags "
      "behind CoT on HotpotQA (27.4 vs. 29.4).")
HAL = ("Section 3.3 (page 5): we randomly sampled 50 trajectories with correct and incorrect "
       "answers (judged by EM) from ReAct and CoT respectively (thus 200 examples in total) ... "
       "Hallucination is a serious problem for CoT, resulting in much higher false positive rate "
       "than ReAct (14% vs. 6%) in success mode, and make up its major failure mode (56%).")
ALF = ("Section 4 Results (page 8): On ALFWorld, the best ReAct trial achieves an average success "
       "rate of 71%, significantly outperforming the best Act (45%) and BUTLER (37%) trials. In "
       "fact, even the worse ReAct trial (48%) beats the best trial of both methods. Moreover, "
       "the advantage of ReAct over Act is consistent across six controlled trials, with relative "
       "performance gain ranging from 33% to 90% and averaging 62%.")
WEB = ("Section 4 Results (page 8): With additional sparse reasoning, ReAct achieves "
       "significantly better performance, with an absolute 10% improvement over the previous "
       "best success rate.")
SETUP = ("Section 4 (page 7): It includes 6 types of tasks ... we evaluate on 134 unseen "
         "evaluation games in a task-specific setup ... For baselines, we use BUTLER, an "
         "imitation learning agent trained on 105 expert trajectories for each task type.")
IM = ("Section 4 (page 9): As can be seen in Table 3, ReAct substantially outperforms IM-style "
      "prompting (71 vs. 53 overall success rate), with consistent advantages on five out of six "
      "tasks.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.86, "confirmed", cat, RE, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.79, "contradicted", cat, RE, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.68, "unverified", "unsupported_relation", RE, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("With PaLM-540B, ReAct reaches 60.9% accuracy on Fever, ahead of chain-of-thought "
      "prompting at 56.3%.", "text_number", 5, VS),
    C("On HotpotQA, ReAct's exact match of 27.4 trails chain-of-thought's 29.4.", "text_number",
      5, VS),
    C("Backing off from ReAct to CoT-SC gives the best HotpotQA exact match, 35.1.",
      "table_cell", 6, T1, "ReAct -> CoT-SC row, HotpotQA column; the highest prompting EM."),
    C("The CoT-SC to ReAct combination attains 64.6% accuracy on Fever, the best prompting "
      "result.", "table_cell", 6, T1),
    C("Standard prompting scores 28.7 EM on HotpotQA and 57.1% on Fever.", "table_cell", 6, T1),
    C("Act-only prompting reaches 25.7 EM on HotpotQA.", "table_cell", 6, T1),
    C("Supervised state-of-the-art systems reach 67.5 EM on HotpotQA and 89.5% on Fever, far "
      "above every prompting method.", "table_cell", 6, T1),
    C("Hallucination accounts for 56% of chain-of-thought's failures on HotpotQA but for none "
      "of ReAct's.", "table_cell", 6, f"{T2}; {HAL}", "Hallucination row: ReAct 0%, CoT 56%."),
    C("Chain-of-thought's false positive rate in the success mode is 14%, against 6% for "
      "ReAct.", "text_number", 5, HAL),
    C("Reasoning errors make up 47% of ReAct's HotpotQA failures, against 16% for "
      "chain-of-thought.", "table_cell", 6, T2),
    C("Non-informative search results account for 23% of ReAct's error cases.", "text_number", 6,
      "Section 3.3 (page 6): Non-informative search results, which counts for 23% of the error "
      "cases, derail the model thinking trajectory."),
    C("On ALFWorld, the best ReAct trial reaches a 71% success rate, against 45% for the best "
      "Act trial and 37% for BUTLER.", "text_number", 8, ALF),
    C("ReAct's relative gain over Act on ALFWorld ranges from 33% to 90% across the six trials, "
      "averaging 62%.", "text_number", 8, ALF),
    C("On ALFWorld's Heat tasks, the best ReAct trial succeeds 96% of the time.", "table_cell", 8,
      T3),
    C("BUTLER's best-of-8 run solves 100% of the Cool tasks.", "table_cell", 8, T3),
    C("On WebShop, ReAct reaches an average score of 66.6 and a success rate of 40.0%.",
      "table_cell", 8, T4),
    C("ReAct's WebShop success rate is 10.9 points above the imitation learning baseline's "
      "29.1%.", "cell_arithmetic", 8, T4, "40.0 - 29.1 = 10.9."),
    C("Averaged over its trials, ReAct succeeds on 57% of ALFWorld tasks, 12 points above the "
      "best Act trial.", "cell_arithmetic", 8, T3, "ReAct (avg) All 57; Act (best of 6) All 45; "
      "57 - 45 = 12."),
    C("Human experts reach a 59.6% success rate on WebShop, well above ReAct.", "table_cell", 8,
      T4),
    C("ReAct outperforms Inner Monologue-style prompting on ALFWorld, 71 versus 53 overall "
      "success.", "text_number", 9, IM),
    C("ReAct beats imitation and reinforcement learning methods by an absolute 34% and 10% in "
      "success rate on ALFWorld and WebShop.", "text_number", 1,
      "Abstract (page 1): ReAct outperforms imitation and reinforcement learning methods by an "
      "absolute success rate of 34% and 10% respectively."),
    C("The self-consistency baseline samples 21 chain-of-thought trajectories at a decoding "
      "temperature of 0.7.", "text_number", 5,
      "Section 3.2 (page 5): by sampling 21 CoT trajectories with decoding temperature 0.7 "
      "during inference and adopting the majority answer."),
    C("The ALFWorld evaluation covers 134 unseen games.", "text_number", 7, SETUP),
    C("ReAct does better than the Act-only baseline on both HotpotQA and Fever.", "paraphrase", 5,
      f"Section 3.3 (page 5): We note that ReAct is better than Act on both tasks; {T1}",
      "27.4 > 25.7 and 60.9 > 58.9."),
    C("Prompted ReAct performs worst of the four methods with PaLM-8B and 62B, but becomes the "
      "best once fine-tuned on 3,000 examples.", "paraphrase", 6,
      "Section 3.3 (page 6): With PaLM-8/62B, prompting ReAct performs worst among four methods "
      "... However, when finetuned with just 3,000 examples, ReAct becomes the best method among "
      "the four."),
    # --- contradicted ------------------------------------------------------------------------
    X("ReAct reaches 64.6% accuracy on Fever with PaLM-540B.", "neighbour_cell", 6, T1,
      "60.9; 64.6 is the CoT-SC -> ReAct row."),
    X("Self-consistent chain-of-thought (CoT-SC) reaches 34.2 EM on HotpotQA.", "neighbour_cell",
      6, T1, "33.4; 34.2 is the CoT-SC -> ReAct row."),
    X("ReAct outperforms chain-of-thought prompting on HotpotQA exact match.", "direction_flip",
      5, VS, "27.4 vs. 29.4: it lags behind."),
    X("On ALFWorld's Look tasks, the best ReAct trial succeeds 87% of the time.",
      "transposed_digits", 8, T3, "78."),
    X("ReAct's average WebShop score is 62.3.", "neighbour_cell", 8, T4,
      "66.6; 62.3 is the Act row."),
    X("On WebShop, ReAct improves the previous best success rate by an absolute 20%.",
      "wrong_number", 8, WEB, "10%."),
    X("The best Act trial succeeds on 54% of ALFWorld tasks.", "transposed_digits", 8,
      f"{T3}; {ALF}", "45%."),
    X("IM-style prompting outperforms ReAct on most ALFWorld task types.", "direction_flip", 9,
      IM, "ReAct has the advantage on five of six tasks."),
    X("ALFWorld includes eight types of tasks.", "wrong_count", 7, SETUP, "Six."),
    X("The HotpotQA error analysis labels 100 trajectories in total.", "wrong_count", 5, HAL,
      "200 (50 correct and 50 incorrect from each of ReAct and CoT)."),
    X("Hallucination is not a major failure mode for chain-of-thought on HotpotQA.", "negation",
      5, HAL, "It is its major failure mode (56%)."),
    X("ReAct's advantage over Act on ALFWorld is not consistent across the six controlled "
      "trials.", "negation", 8, ALF, "The paper says it is consistent across six trials."),
    X("BUTLER's best-of-8 run reaches 22% overall success on ALFWorld.", "neighbour_cell", 8, T3,
      "37; 22 is the BUTLERg row."),
    X("BUTLER is trained on 134 expert trajectories for each task type.", "wrong_number", 7,
      SETUP, "105; 134 is the number of evaluation games."),
    # --- unverified --------------------------------------------------------------------------
    U("ReAct's 35.1 EM on HotpotQA is obtained with only 7 CoT-SC samples.", 6, T1,
      "7 is the step limit for HotpotQA; the number of samples behind 35.1 is not stated."),
    U("On Fever, ReAct's gains come mostly from SUPPORTS claims, where it reaches 60.9% "
      "accuracy.", 5, VS, "No breakdown by label; 60.9 is the overall accuracy."),
    U("ReAct answers HotpotQA questions in 7 steps on average.", 5,
      "Section 3.2 (page 5): We set 7 and 5 steps for HotpotQA and Fever respectively.",
      "7 is the step budget before backing off, not an average."),
    U("Human experts needed 82.1 seconds per WebShop episode on average.", 8, T4,
      "82.1 is the experts' average score; no time is reported."),
    U("ReAct's 23% rate of non-informative searches on HotpotQA falls to 6% on Fever.", 6, T2,
      "No error analysis on Fever; 6% is ReAct's false positive rate on HotpotQA."),
    U("ReAct-IM's 48% ALFWorld success rate drops to 30.1% on seen games.", 8, T3,
      "No seen-game split is reported; 30.1 is Act's WebShop success rate."),
    U("An ALFWorld task takes ReAct 50 steps on average.", 7,
      "Section 4 (page 7): A task instance can have more than 50 locations and take an expert "
      "policy more than 50 steps to solve.", "50 is about the expert policy; ReAct's steps are "
      "not reported."),
    U("With GPT-3 instead of PaLM, ReAct's ALFWorld success rate rises to 78%.", 8, T3,
      "No GPT-3 run in this version; 78 is the Look cell of the best ReAct trial."),
    U("ReAct's WebShop success rate rises to 45% when each search page shows ten products.", 8,
      T4, "No such setting is run; 40.0 is the only ReAct success rate."),
)

REPORT = LabelledReport(
    file="02_react_agents.txt",
    title="Interleaving Reasoning Traces and Actions in Language Agents",
    date="2027-06-02",
    examines="prompting large language models to alternate thoughts and tool actions",
    research_question="Does interleaving reasoning and acting beat reasoning-only or "
                      "acting-only prompting?",
    references=(RE,),
    rows=ROWS,
    quality_score=7.6,
)
