"""Held-out-13 report 1 (Markdown): Wu, Feng, Zhang, Che, Wen, Tao, Beyond Examples: High-level
Automated Reasoning Paradigm in In-Context Learning via MCTS (arXiv 2411.18478, ICML-style, two
columns). Table 1 (page 7) crosses six open models, each in a block of four settings (Zero-shot
CoT, Few-shot CoT, CoT+SC@4, Ours), with four benchmarks under a header of two rows (task groups
MATHEMATICS / ARITHMETIC / COMMONSENSE over MATH, GSM8K, SVAMP, StrategyQA) and an AVERAGE column;
Table 2 (page 8) compares closed- and open-source models on MATH and GSM8K; Tables 3, 4 and 5
(page 9) compare tree-based methods, verification methods and MATH difficulty levels. Natural
claims of a synthesis report, written from the page images (110 dpi, tables at 200 dpi) and
`pdftotext -layout`, before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

HI = "2411.18478"  # Wu et al., HiAR-ICL (arXiv, Nov 2024)

T1 = ("Table 1 (page 7; columns MATHEMATICS: MATH, ARITHMETIC: GSM8K / SVAMP, COMMONSENSE: "
      "StrategyQA, AVERAGE; rows per model Zero-shot CoT / Few-shot CoT / CoT+SC@4 / Ours)")
Q14 = (f"{T1}: Qwen2.5-14B-instruct: Zero-shot CoT 69.8 / 92.4 / 91.6 / 62.8 / 79.1; Few-shot CoT "
       "80.0 / 94.8 / 91.3 / 53.1 / 79.8; CoT+SC@4 76.2 / 94.0 / 91.0 / 69.7 / 82.7; Ours 80.2 / "
       "95.3 / 93.7 / 77.3 / 86.6")
Q25 = (f"{T1}: Qwen2.5-7B-instruct: Zero-shot CoT 64.8 / 86.2 / 91.3 / 52.8 / 73.7; Few-shot CoT "
       "75.5 / 91.6 / 92.3 / 67.6 / 81.7; CoT+SC@4 76.4 / 92.0 / 92.3 / 73.2 / 83.4; Ours 79.6 / "
       "92.8 / 93.0 / 76.0 / 85.4")
Q2 = (f"{T1}: Qwen2-7B-instruct: Zero-shot CoT 36.9 / 76.6 / 85.2 / 55.3 / 63.5; Few-shot CoT "
      "52.9 / 85.7 / 87.3 / 62.3 / 72.0; CoT+SC@4 55.6 / 87.7 / 90.3 / 65.5 / 74.8; Ours 63.8 / "
      "90.6 / 92.7 / 72.0 / 79.8")
YI = (f"{T1}: Yi-1.5-6B-Chat: Zero-shot CoT 30.4 / 76.4 / 64.4 / 46.2 / 54.3; Few-shot CoT 40.5 / "
      "78.9 / 81.3 / 61.1 / 65.4; CoT+SC@4 42.2 / 79.4 / 87.6 / 65.2 / 68.6; Ours 54.0 / 81.4 / "
      "90.0 / 70.3 / 74.0")
L3 = (f"{T1}: Llama-3-8B-Instruct: Zero-shot CoT 5.8 / 68.3 / 70.9 / 57.2 / 50.5; Few-shot CoT "
      "17.8 / 74.5 / 81.0 / 68.4 / 60.4; CoT+SC@4 28.8 / 80.6 / 88.0 / 66.8 / 66.0; Ours 43.2 / "
      "89.6 / 92.7 / 73.0 / 74.6")
L31 = (f"{T1}: Llama-3.1-8B-Instruct: Zero-shot CoT 18.0 / 61.5 / 69.3 / 52.4 / 50.3; Few-shot "
       "CoT 47.2 / 76.6 / 82.0 / 63.6 / 67.3; CoT+SC@4 44.2 / 80.5 / 85.6 / 69.8 / 70.0; Ours "
       "55.0 / 90.7 / 93.0 / 73.2 / 78.0")
T2 = ("Table 2 (page 8; columns SETTING, MATH, GSM8K): Claude-3-Opus CS 60.1 / 95.0; "
      "Claude-3.5-Sonnet CS 71.1 / 96.4; GPT-3.5 CS 43.1 / 81.6; GPT-4 CS 64.5 / 94.2; GPT-4o CS "
      "76.6 / 96.1; GPT-4o mini CS 70.2 / 93.2; Gemini-1.5-Pro CS 67.7 / 90.8; "
      "Llama-3.1-405B-Instruct OS 405B 73.8 / 96.8; Llama-3-70B-Instruct OS 70B 50.4 / 93.0; ...; "
      "Qwen2.5-7B-instruct Ours 79.6 / 92.8; Qwen2-7B-instruct Ours 63.8 / 90.6")
T3 = ("Table 3 (page 9; columns GSM8K, MATH): Yi-1.5-6B-Chat BEATS 76.1 / 51.2, Ours 81.4 / 54.0; "
      "Qwen2-7B-instruct BEATS 83.0 / 61.5, Ours 90.6 / 63.8; Llama-3-8B-Instruct ToT 69.0 / 13.6, "
      "RAP 80.5 / 18.8, ReST-MCTS* - / 34.2, LiteSearch 82.3 / -, LLaMA-Berry 88.1 / 39.6, BEATS "
      "88.4 / 42.9, Ours 89.6 / 43.2; Llama-3.1-8B-Instruct LLaMA-Berry 89.8 / 54.8, Ours 90.7 / "
      "55.0")
T4 = ("Table 4 (page 9; columns GSM8K, MATH): Llama3-8B-Instruct ORM 86.4 / 38.6, PRM (min) 89.6 / "
      "42.8, PRM (product) 87.9 / 41.4, SC 89.0 / 43.2; Qwen2-7B-instruct ORM 88.7 / 56.6, PRM "
      "(min) 90.6 / 62.2, PRM (product) 90.4 / 61.4, SC 90.4 / 63.8; caption: 'PRM', 'ORM', 'SC' "
      "denote process-reward model, output-reward model, and self-consistency")
T5 = ("Table 5 (page 9; Qwen2.5-7B-Instruct on MATH by difficulty level 1 / 2 / 3 / 4 / 5 / "
      "AVERAGE): CoT 83.7 / 83.3 / 82.8 / 59.4 / 37.3 / 64.8; CoT+SC 95.3 / 90.0 / 91.4 / 73.4 / "
      "52.2 / 76.4; HiAR-ICL 97.7 / 94.5 / 92.3 / 80.5 / 53.0 / 79.6")
ABS = ("Abstract (page 1): achieving state-of-the-art accuracy (79.6%) on the MATH benchmark with "
       "Qwen2.5-7B-Instruct, surpassing GPT-4o (76.6%) and Claude 3.5 (71.1%).")
ABS5 = ("Abstract (page 1): HiAR-ICL introduces five atomic reasoning actions as fundamental "
        "components for constructing chain-structured patterns.")
S42 = ("Section 4.2 (page 8): Llama3-8B's accuracy on the MATH benchmark improved from 17.8% "
       "(few-shot CoT) to 43.2% with HiAR-ICL, representing a substantial performance "
       "enhancement of 2.4 times. ... Qwen2-7B-Instruct improved from 52.9% to 63.8%, Yi-1.5-6B-"
       "Chat from 40.5% to 54.0%")
S43 = ("Section 4.3 (page 8): Notably, the 7B Qwen2.5 model achieved 79.6% accuracy on the "
       "challenging MATH benchmark, exceeding GPT-4o's performance. Similarly, Qwen2-7B-Instruct, "
       "utilizing the HiAR-ICL reasoning paradigm, outperformed Llama3-70B-Instruct.")
S41 = ("Section 4.1 (page 7): Our evaluation benchmarks encompass: (1) arithmetic reasoning: "
       "GSM8K1319 and SVAMP300; (2) complex mathematical reasoning: MATH500; (3) multi-hop "
       "commonsense reasoning: StrategyQA687. ... Llama3-8B-Instruct, Llama-3.1-8B-Instruct, "
       "Yi-1.5-6B-Chat, Qwen2-7B-Instruct, and Qwen2.5-7B/14B-Instruct")
IMPL = ("Section 4.1 (page 8): temperature set to 0.8, top p set to 0.9, and max tokens set to "
        "1024.")
S44 = ("Section 4.4 (page 9): our method demonstrates significant time reduction on relatively "
       "straightforward datasets such as GSM8K and StrategyQA, with reductions of 27.6X, and "
       "47.3X, respectively. ... we achieve a tenfold reduction in computational time on the more "
       "challenging MATH dataset.")
S46 = ("Section 4.6 (page 9): an average accuracy boost of 2.6% for the easier levels 1-3. "
       "Notably, for the more difficult level 4, the improvement reaches +7.1%.")
NOTHING = "The paper reports no such {0}."


def C(text, cat, page, ev, why="As printed.", mark=True, conf=0.22):
    return Row(text, mark, conf, "confirmed", cat, HI, page, ev, why)


def X(text, cat, page, ev, why, mark=True, conf=0.19):
    return Row(text, mark, conf, "contradicted", cat, HI, page, ev, why)


def U(text, page, ev, why, mark=False, conf=0.12):
    return Row(text, mark, conf, "unverified", "unsupported_relation", HI, page, ev, why)


def T(text, status, page, ev, why):
    return Row(cut(text), True, 0.17, status, "truncated", HI, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("HiAR-ICL reaches 79.6% accuracy on MATH with Qwen2.5-7B-Instruct, ahead of GPT-4o at "
      "76.6% and Claude 3.5 at 71.1%.", "text_number", 1, ABS),
    C("HiAR-ICL builds its reasoning patterns from five atomic reasoning actions that are chained "
      "together.", "paraphrase", 1, ABS5, "The abstract's five atomic actions, in other words."),
    C("With Qwen2.5-14B-instruct, HiAR-ICL scores 95.3 on GSM8K and 93.7 on SVAMP.", "table_cell",
      7, Q14),
    C("On StrategyQA, Yi-1.5-6B-Chat goes from 46.2 with zero-shot CoT to 70.3 with HiAR-ICL.",
      "table_cell", 7, YI),
    C("Llama-3.1-8B-Instruct with HiAR-ICL reaches 55.0 on MATH against 44.2 for CoT+SC@4.",
      "table_cell", 7, L31),
    C("For Qwen2-7B-instruct, HiAR-ICL's four-benchmark average of 79.8 is 5.0 points above that "
      "of CoT+SC@4.", "cell_arithmetic", 7, Q2, "79.8 - 74.8 = 5.0."),
    C("On GSM8K, HiAR-ICL lifts Llama-3-8B-Instruct by 21.3 points over zero-shot CoT.",
      "cell_arithmetic", 7, L3, "89.6 - 68.3 = 21.3."),
    C("Across the six models, HiAR-ICL's MATH accuracy ranges from 43.2 (Llama-3-8B-Instruct) to "
      "80.2 (Qwen2.5-14B-instruct).", "table_cell", 7, f"{L3}; {Q14}",
      "The lowest and highest 'Ours' cells of the MATH column.", conf=0.16),
    C("For Llama3-8B-Instruct, MATH accuracy rises from 17.8% with few-shot CoT to 43.2% with "
      "HiAR-ICL, roughly a 2.4-fold improvement.", "text_number", 8, S42),
    C("Qwen2-7B-Instruct improves from 52.9% to 63.8% on MATH when HiAR-ICL replaces few-shot "
      "prompting.", "text_number", 8, S42, mark=False),
    C("In the comparison with closed-source systems, GPT-4o is listed at 96.1 on GSM8K.",
      "table_cell", 8, T2),
    C("Llama-3.1-405B-Instruct scores 73.8 on MATH and 96.8 on GSM8K in the paper's comparison.",
      "table_cell", 8, T2),
    C("The authors find that Qwen2-7B-Instruct equipped with HiAR-ICL outperforms the much larger "
      "Llama3-70B-Instruct.", "paraphrase", 8, S43, "Section 4.3, in other words."),
    C("Decoding used a temperature of 0.8, top-p of 0.9 and a limit of 1024 new tokens.",
      "text_number", 8, IMPL, mark=False, conf=0.11),
    C("On Llama-3-8B-Instruct, BEATS reaches 88.4 on GSM8K and 42.9 on MATH.", "table_cell", 9,
      T3),
    C("Relative to rStar, HiAR-ICL cuts inference time 27.6-fold on GSM8K and 47.3-fold on "
      "StrategyQA.", "text_number", 9, S44),
    C("With Llama3-8B-Instruct, self-consistency verification gives 43.2 on MATH, above the 38.6 "
      "of the outcome reward model.", "table_cell", 9, T4,
      "SC 43.2 and ORM 38.6 in the MATH column; the table prints the abbreviations."),
    C("With Qwen2-7B-instruct, the process reward model with min aggregation yields 62.2 on MATH.",
      "table_cell", 9, T4, "Row 'PRM (min)', column MATH."),
    C("At MATH difficulty level 1, HiAR-ICL answers 97.7% of problems correctly with "
      "Qwen2.5-7B-Instruct.", "table_cell", 9, T5),
    C("At difficulty level 4, HiAR-ICL's 80.5 exceeds CoT+SC's 73.4 by 7.1 points.",
      "cell_arithmetic", 9, f"{T5}; {S46}", "80.5 - 73.4 = 7.1, as Section 4.6 also says."),
    # --- contradicted --------------------------------------------------------------------------
    X("With Qwen2.5-7B-instruct, few-shot CoT scores 76.4 on MATH.", "neighbour_cell", 7, Q25,
      "Few-shot CoT prints 75.5; 76.4 is the CoT+SC@4 row below it."),
    X("HiAR-ICL reaches 79.6% on MATH, surpassing GPT-4o, which the paper puts at 78.6%.",
      "wrong_number", 1, ABS, "GPT-4o is at 76.6%, not 78.6%."),
    X("On GSM8K, BEATS outperforms HiAR-ICL when both run on Yi-1.5-6B-Chat.", "direction_flip",
      9, T3, "BEATS 76.1 against 81.4 for HiAR-ICL: HiAR-ICL is ahead."),
    X("Yi-1.5-6B-Chat with HiAR-ICL scores 45.0 on MATH.", "transposed_digits", 7, YI,
      "The cell is 54.0."),
    X("Even with HiAR-ICL, the 7B Qwen2.5 model does not exceed GPT-4o on MATH.", "negation", 8,
      S43, "The paper says it exceeds GPT-4o (79.6 against 76.6)."),
    X("The evaluation spans five reasoning benchmarks.", "wrong_count", 7, S41,
      "Four: GSM8K, SVAMP, MATH and StrategyQA."),
    X("HiAR-ICL is tested on seven open-weight LLMs under 15B parameters.", "wrong_count", 7, S41,
      "Six models are listed and evaluated in Table 1."),
    X("Claude-3.5-Sonnet scores 95.0 on GSM8K in the closed-source comparison.", "neighbour_cell",
      8, T2, "Claude-3.5-Sonnet prints 96.4; 95.0 is Claude-3-Opus in the row above."),
    X("LLaMA-Berry trails HiAR-ICL by 1.9 points on GSM8K with Llama-3-8B-Instruct.",
      "cell_arithmetic", 9, T3, "89.6 - 88.1 = 1.5, not 1.9."),
    X("For Qwen2-7B-instruct, PRM with min aggregation gives lower GSM8K accuracy than "
      "self-consistency.", "direction_flip", 9, T4, "PRM (min) 90.6 against SC 90.4: it is "
      "higher."),
    X("At the hardest MATH level, HiAR-ICL reaches only 35.0 with Qwen2.5-7B-Instruct.",
      "transposed_digits", 9, T5, "Level 5 prints 53.0."),
    # --- unverified ----------------------------------------------------------------------------
    U("HiAR-ICL uses about 40% fewer generated tokens than CoT+SC@4 on GSM8K.", 9, T1,
      NOTHING.format("token count")),
    U("With Qwen2.5-14B-instruct, HiAR-ICL scores 83.1 on the level-5 subset of MATH.", 9, T5,
      "Table 5 breaks MATH down by level for Qwen2.5-7B-Instruct only."),
    U("Applying HiAR-ICL to GPT-4o raises its MATH accuracy to 82.3%.", 8, T2,
      "HiAR-ICL is never run on a closed-source model; GPT-4o's row is its own reported score."),
    U("Under HiAR-ICL, Claude-3.5-Sonnet reaches 71.1 on MATH.", 8, T2,
      "71.1 is Claude-3.5-Sonnet's own score (setting CS), not a result of HiAR-ICL."),
    U("HiAR-ICL also improves accuracy on the AQuA benchmark, where Llama-3-8B-Instruct reaches "
      "61.4.", 7, S41, "AQuA is not evaluated; 61.4 is a Table 4 cell (Qwen2-7B, PRM product, "
      "MATH)."),
    U("The gains of HiAR-ICL over CoT+SC@4 are larger for models fine-tuned on math data.", 7, T1,
      "No model in the study is described as math-tuned; the paper makes no such comparison."),
    U("Thought cards built on GSM8K transfer to StrategyQA with a drop of under 2 points.", 7, T1,
      NOTHING.format("cross-dataset transfer experiment")),
    U("HiAR-ICL's gains over few-shot CoT are statistically significant (p < 0.05) on all four "
      "benchmarks.", 7, T1, NOTHING.format("significance test")),
    T("On the StrategyQA benchmark, HiAR-ICL raises the Qwen2.5-14B-instruct model from its "
      "few-shot CoT result to a final accuracy of 77.3, the largest gain in Table 1.", "unverified",
      7, Q14,
      "Cut before any number: the surviving text names no score, so nothing can be checked."),
    T("In the closed-source comparison reported by the authors, GPT-3.5 reaches 53.1 on MATH "
      "while GPT-4 reaches 64.5 on the same benchmark.", "contradicted", 8, T2,
      "The surviving part already gives GPT-3.5 53.1 on MATH; Table 2 prints 43.1."),
)

REPORT = LabelledReport(
    file="01_hiaricl_reasoning.md",
    title="Automated Reasoning Patterns for In-Context Learning",
    date="2027-06-02",
    examines="tree-search-derived reasoning patterns as a replacement for demonstrations",
    research_question="Can abstract reasoning patterns found by Monte Carlo Tree Search replace "
                      "hand-picked demonstrations for small open LLMs on math reasoning?",
    references=(HI,),
    rows=ROWS,
    quality_score=7.3,
    abstract=("This synthesis reviews HiAR-ICL, which replaces example demonstrations with "
              "high-level reasoning patterns distilled from Monte Carlo Tree Search, and its "
              "results on arithmetic, mathematical and commonsense reasoning benchmarks."),
)
