"""Report 1 (plain text with `#` headings): the Qwen2 technical report (arXiv 2407.10671v4)
and optimised table-structure tokens for image-to-sequence table recognition (OTSL, arXiv
2305.03393). Labelled from the page images before any verifier run (see README.md)."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

QW = "2407.10671v4"  # Qwen Team, Qwen2 Technical Report
OT = "2305.03393"  # Lysak et al., Optimized Table Tokenization for Table Structure Recognition

R = Row
ROWS = (
    R("As a base model, the flagship Qwen2-72B posts 84.2 on MMLU and 89.5 on GSM8K.",
      True, 0.34, "confirmed", "text_number", QW, 1,
      "Abstract: 'The flagship model, Qwen2-72B, showcases remarkable performance: 84.2 on "
      "MMLU, 37.9 on GPQA, 64.6 on HumanEval, 89.5 on GSM8K, and 82.4 on BBH as a base "
      "language model.'", "Both numbers as printed for the base model."),
    R("OTSL gets by with a vocabulary of just five tokens, whereas an HTML encoding of the same "
      "tables needs 28 or more.", True, 0.29, "confirmed", "text_number", OT, 1,
      "Abstract: 'The benefits of OTSL are that it reduces the number of tokens to 5 (HTML needs "
      "28+)'", "5 tokens against 28+ for HTML, as printed."),
    R("All Qwen2 sizes share one vocabulary of 151,643 regular tokens together with 3 control "
      "tokens.", False, 0.31, "confirmed", "text_number", QW, 3,
      "§2.1: 'Models of all sizes employ a common vocabulary consisting of 151,643 regular "
      "tokens and 3 control tokens.'", "As printed."),
    R("Toward the end of pre-training, the Qwen team stretched the context window from 4,096 to "
      "32,768 tokens.", True, 0.27, "confirmed", "text_number", QW, 6,
      "§3.2: 'we augmented the context length from 4,096 tokens to 32,768 tokens during the "
      "concluding phase of pre-training.'", "Both lengths and the phase as printed."),
    R("Qwen2's supervised fine-tuning used an instruction set of more than 500,000 examples and "
      "ran for two epochs.", False, 0.22, "confirmed", "text_number", QW, 8,
      "§4.2: 'We have assembled an extensive instruction dataset featuring more than 500,000 "
      "examples ... Our model was fine-tuned for two epochs with a sequence length of 32,768 "
      "tokens.'", "As printed."),
    R("Qwen2-72B stacks 80 Transformer layers, with 64 query heads sharing 8 key-value heads.",
      False, 0.33, "confirmed", "table_cell", QW, 5,
      "Table 1, column 72B: # Layers 80, # Query Heads 64, # KV Heads 8",
      "Three cells of the 72B column."),
    R("Each expert of Qwen2-57B-A14B has an intermediate size of 2,560, and the model routes "
      "among 64 experts.", True, 0.28, "confirmed", "table_cell", QW, 5,
      "Table 1, column 57B-A14B: Intermediate Size 2,560 (caption: 'the Intermediate size "
      "denotes that of each expert'), # Routed Experts 64", "Both cells as printed."),
    R("On TruthfulQA the older Qwen1.5-72B actually edges out its successor, 59.6 to 54.8.",
      True, 0.26, "confirmed", "table_cell", QW, 9,
      "Table 2 (70B+ models), row TruthfulQA: Qwen1.5-72B 59.6, Qwen2-72B 54.8",
      "Both cells as printed; 59.6 > 54.8."),
    R("Among the 30B-class models, Qwen2-57B-A14B reaches 53.0 on HumanEval while Yi-1.5-34B "
      "manages 46.3.", True, 0.3, "confirmed", "table_cell", QW, 10,
      "Table 3 (30B+ dense and 40B+ MoE models), row HumanEval (Coding): Yi-1.5-34B 46.3, "
      "Qwen2-57B-A14B 53.0", "Both cells as printed."),
    R("With OTSL, TableFormer detects FinTabNet cells at an mAP(0.75) of 0.862, compared with "
      "0.722 when it is trained on HTML.", True, 0.32, "confirmed", "table_cell", OT, 10,
      "Table 2, FinTabNet: OTSL mAP(0.75) 0.862, HTML mAP(0.75) 0.722", "Both cells as printed."),
    R("The shallowest-decoder OTSL variant (4 encoder layers, 2 decoder layers) needs 1.22 "
      "seconds per table at inference.", True, 0.24, "confirmed", "table_cell", OT, 9,
      "Table 1, # enc-layers 4, # dec-layers 2, Language OTSL: Inference time (secs) 1.22",
      "As printed."),
    R("On C-Eval, Qwen2-72B sits 1.9 points above Qwen1.5-110B (91.0 vs 89.1).",
      False, 0.29, "confirmed", "cell_arithmetic", QW, 9,
      "Table 2, row C-Eval (Chinese): Qwen1.5-110B 89.1, Qwen2-72B 91.0",
      "91.0 - 89.1 = 1.9."),
    R("The MoE model's MultiPL-E score is 10.3 points higher than that of Yi-1.5-34B.",
      True, 0.27, "confirmed", "cell_arithmetic", QW, 10,
      "Table 3, row MultiPL-E: Yi-1.5-34B 39.5, Qwen2-57B-A14B 49.8",
      "49.8 - 39.5 = 10.3 (the MoE model of the table is Qwen2-57B-A14B)."),
    R("Taking the mean of its four multilingual group scores (exam, understanding, mathematics, "
      "translation) gives Qwen2-72B about 67.8.", True, 0.2, "confirmed", "cell_arithmetic",
      QW, 9,
      "Table 2, Multilingual block, column Qwen2-72B: Exam 76.6, Understanding 80.7, "
      "Mathematics 76.0, Translation 37.8",
      "(76.6 + 80.7 + 76.0 + 37.8) / 4 = 67.775, 67.8 to one decimal. The Mathematics row of "
      "the Multilingual block, not the GSM8K/MATH block."),
    R("Qwen2-72B's feed-forward intermediate size exceeds Qwen2-7B's by 10,624.",
      True, 0.23, "confirmed", "cell_arithmetic", QW, 5,
      "Table 1, row Intermediate Size: 7B 18,944, 72B 29,568", "29,568 - 18,944 = 10,624."),
    R("Moving PubTabNet from HTML to OTSL in the 6-layer/6-layer setup saves 2.66 seconds of "
      "inference per table.", True, 0.28, "confirmed", "cell_arithmetic", OT, 9,
      "Table 1, 6 enc / 6 dec: OTSL inference time 2.73, HTML 5.39 (secs)",
      "5.39 - 2.73 = 2.66 (Table 2's PubTabNet rows print the same values)."),
    R("On FinTabNet, OTSL lifts the all-tables TEDs by 0.039 over the HTML baseline.",
      True, 0.26, "confirmed", "cell_arithmetic", OT, 10,
      "Table 2, FinTabNet, TEDs all: OTSL 0.959, HTML 0.92", "0.959 - 0.92 = 0.039."),
    R("Relaxing the quality threshold to build a 12-trillion-token corpus bought no meaningful "
      "gain over the model trained on 7 trillion tokens.", True, 0.25, "confirmed",
      "paraphrase", QW, 6,
      "§3.1: 'An attempt to further relax the quality threshold resulted in a 12 trillion token "
      "dataset. However, the model trained on this dataset did not show a significant "
      "performance improvement over the 7 trillion token model.'",
      "Same statement in other words."),
    R("Instead of standard multi-head attention, the dense Qwen2 models adopt grouped query "
      "attention, which uses the KV cache more economically during inference.", False, 0.3,
      "confirmed", "paraphrase", QW, 4,
      "§2.2.1: 'We adopt Grouped Query Attention (GQA, Ainslie et al., 2023) instead of "
      "conventional multi-head attention (MHA). GQA optimizes KV cache usage during inference, "
      "significantly enhancing throughput.'", "Same statement in other words."),
    R("Qwen2's preference alignment has an offline stage of DPO on a fixed preference set, "
      "followed by an online stage in which reward models pick preferred and rejected samples.",
      True, 0.24, "confirmed", "paraphrase", QW, 8,
      "§4.3: 'Our training regime for RLHF comprises two sequential stages: offline and online "
      "training. In the offline training stage, we use a pre-compiled preference dataset P ... "
      "with Direct Preference Optimization ... the reward model selects the most and the least "
      "preferred responses, forming preference pairs that are used for DPO in each episode.'",
      "Same two stages in other words."),
    R("Because every OTSL rule only inspects tokens already emitted, a partial sequence can be "
      "checked for validity while it is still being decoded.", False, 0.27, "confirmed",
      "paraphrase", OT, 7,
      "§4.2: 'Third, OTSL syntax rules are only backward-looking. As a consequence, every "
      "predicted token can be validated straight during sequence generation by looking at the "
      "previously predicted sequence.'", "Same statement in other words."),
    R("For SFT, the Qwen team used a weight decay of 0.01 and clipped gradients at 1.0.",
      False, 0.23, "contradicted", "wrong_number", QW, 8,
      "§4.2: 'To address overfitting, we applied a weight decay of 0.1 and gradients were "
      "clipped at a maximum value of 1.0.'", "The weight decay is 0.1, not 0.01."),
    R("In the paper's running example, the HTML encoding is 55 tokens long while the OTSL "
      "encoding needs only 25.", True, 0.22, "contradicted", "wrong_number", OT, 2,
      "Fig. 1 caption: 'its reduced sequence length (55 versus 30)'; panel D: 'sequence "
      "length: 30'", "OTSL's sequence length in the example is 30, not 25."),
    R("On Arena-Hard, Qwen2-72B-Instruct reaches 41.8.", True, 0.28, "contradicted",
      "transposed_digits", QW, 1,
      "Abstract: 'The instruction-tuned variant, Qwen2-72B-Instruct, attains 9.1 on MT-Bench, "
      "48.1 on Arena-Hard, and 35.7 on LiveCodeBench.'", "48.1 with its first digits swapped."),
    R("On EvalPlus the 72B Qwen2 base model scores 64.5.", True, 0.25, "contradicted",
      "transposed_digits", QW, 9,
      "Table 2, row EvalPlus (Coding), column Qwen2-72B: 65.4",
      "65.4 with two digits swapped (64.6 is its HumanEval cell, not 64.5)."),
    R("Qwen2-72B lands at 87.5 on HellaSwag.", True, 0.27, "contradicted", "neighbour_cell",
      QW, 9,
      "Table 2, row HellaSwag: Qwen1.5-110B 87.5, Qwen2-72B 87.6",
      "87.5 is the neighbouring column (Qwen1.5-110B); Qwen2-72B's cell is 87.6."),
    R("The MoE Qwen2-57B-A14B scores 76.8 on GSM8K.", True, 0.3, "contradicted",
      "neighbour_cell", QW, 10,
      "Table 3, row GSM8K: Qwen1.5-32B 76.8, Qwen2-57B-A14B 80.7",
      "76.8 is the neighbouring column (Qwen1.5-32B)."),
    R("Qwen2-1.5B has 28 layers and 14 query heads.", False, 0.19, "contradicted",
      "neighbour_cell", QW, 5,
      "Table 1: column 1.5B # Layers 28, # Query Heads 12; column 0.5B # Query Heads 14",
      "14 query heads is the neighbouring 0.5B column; Qwen2-1.5B has 12."),
    R("For PubTables-1M, the OTSL model's TEDs on complex tables is 0.944.", True, 0.26,
      "contradicted", "neighbour_cell", OT, 10,
      "Table 2, PubTables-1M, TEDs complex: OTSL 0.964, HTML 0.944",
      "0.944 is the HTML row below; OTSL's cell is 0.964."),
    R("In the 70B+ comparison, Qwen2-72B falls behind Llama-3-70B on MMLU-Pro.", True, 0.29,
      "contradicted", "direction_flip", QW, 9,
      "Table 2, row MMLU-Pro: Llama-3-70B 52.8, Qwen2-72B 55.6; text: 'Qwen2-72B outperforms "
      "Llama-3-70B in general knowledge understanding on both MMLU and MMLU-Pro, achieving "
      "accuracy improvements of 4.7 and 2.8, respectively.'", "Qwen2-72B is ahead, not behind."),
    R("To handle long contexts, Qwen2 lowered the RoPE base frequency from 1,000,000 to "
      "10,000.", True, 0.24, "contradicted", "direction_flip", QW, 6,
      "§3.2: 'we modified the base frequency of RoPE from 10,000 to 1,000,000 to optimize "
      "performance in long-context scenarios'", "The base frequency was raised, not lowered."),
    R("With 2 encoder and 4 decoder layers, the HTML model ends up with a lower all-tables TEDs "
      "than its OTSL counterpart.", True, 0.21, "contradicted", "direction_flip", OT, 9,
      "Table 1, 2 enc / 4 dec, TEDs all: OTSL 0.915, HTML 0.931 (bold)",
      "HTML is higher (0.931 > 0.915), not lower."),
    R("Qwen2-0.5B was kept off the 12-trillion-token dataset and, like the larger dense models, "
      "saw only the 7-trillion-token corpus.", True, 0.26, "contradicted", "negation", QW, 6,
      "§3.1: 'All Qwen2 dense models, excluding Qwen2-0.5B, were pre-trained on this "
      "large-scale dataset of over 7 trillion tokens. Qwen2-0.5B were pre-trained using the 12 "
      "trillion token dataset.'; Table 1: 0.5B # Trained Tokens 12T",
      "Qwen2-0.5B is the one model trained on the 12T dataset."),
    R("Qwen2's MoE layers do without shared experts: every expert is reached only through "
      "routing.", True, 0.22, "contradicted", "negation", QW, 4,
      "§2.2.2 Expert Routing: 'there has been a notable trend towards integrating both shared "
      "and routing-specific experts within MoE layers ... We adopt this approach'; Table 1 "
      "(p. 5): 57B-A14B # Shared Experts 8", "The paper adopts shared experts (8 of them)."),
    R("The Qwen2 release consists of three dense models plus a single Mixture-of-Experts model.",
      True, 0.25, "contradicted", "wrong_count", QW, 3,
      "§1: 'Our release comprises four dense models with parameter counts of 0.5 billion, 1.5 "
      "billion, 7 billion, and 72 billion, plus a Mixture-of-Experts (MoE) model'",
      "Four dense models, not three."),
    R("Six model sizes make up the Qwen2 series.", False, 0.2, "contradicted", "wrong_count",
      QW, 5,
      "§2.2.3: 'The Qwen2 series consists of models of 5 sizes, which are Qwen2-0.5B, "
      "Qwen2-1.5B, Qwen2-7B, Qwen2-57B-A14B, and Qwen2-72B.'", "Five sizes, not six."),
    R("Qwen2 moved the RoPE base frequency to 1,000,000 because YARN only works with that base.",
      False, 0.2, "unverified", "unsupported_relation", QW, 6,
      "§3.2: 'we modified the base frequency of RoPE from 10,000 to 1,000,000 to optimize "
      "performance in long-context scenarios' ... 'we adopted the YARN mechanism'",
      "Both facts are printed, but the paper gives a different purpose and never ties the "
      "base frequency to a requirement of YARN."),
    R("Qwen2-57B-A14B gives up two points of Winogrande to Qwen1.5-32B (79.5 against 81.5) "
      "as the price of activating only 14B parameters per token.", True, 0.23, "unverified",
      "unsupported_relation", QW, 10,
      "Table 3, row Winogrande: Qwen1.5-32B 81.5, Qwen2-57B-A14B 79.5; # Act Params 14B",
      "The cells and the 14B active parameters are printed; the paper never explains the "
      "Winogrande gap, let alone by the number of active parameters."),
    R("The extra 4.5 trillion tokens given to the MoE model are what make its Chinese scores "
      "rival those of Qwen2-72B.", True, 0.21, "unverified", "unsupported_relation", QW, 10,
      "§3.1 (p. 6): 'The MoE model received an additional 4.5 trillion tokens of pre-training'; "
      "§5.1.1 (p. 10): 'Qwen2-57B-A14B demonstrates robust Chinese language understanding "
      "capabilities, rivaling the larger Qwen2-72B model.'",
      "Both facts are printed; no cause is given for the Chinese results."),
    R("Qwen2-7B keeps the full 151,646-token vocabulary precisely so that it still fits on "
      "accelerators with 16GB of memory.", False, 0.18, "unverified", "unsupported_relation",
      QW, 10,
      "§5.1.1: 'The 7B model is widely utilized, as it enables the execution in 16-bit "
      "floating points on accelerators equipped with 16GB memory.'; Table 1 (p. 5): 7B "
      "Vocabulary Size 151,646", "No link between the vocabulary and the 16GB memory is stated."),
    R("OTSL's halving of inference time was only observed on the AMD EPYC 7763 CPU and does not "
      "carry over to GPU inference.", True, 0.2, "unverified", "unsupported_relation", OT, 9,
      "§5: 'Inference timing results for all experiments were obtained from the same machine "
      "on a single core with AMD EPYC 7763 CPU @2.45 GHz.'",
      "The paper reports CPU timings only and says nothing about GPUs."),
    R(cut("On the scientific benchmarks of the 70B+ comparison, Qwen2-72B improves on "
          "Llama-3-70B by 1.6 points on GPQA, while its margin on Theorem QA is reported as a "
          "much larger figure."), True, 0.19, "unverified", "truncated", QW, 9,
      "Text: 'Qwen2-72B demonstrates superiority over Llama-3-70B with enhancements of 1.6 and "
      "9.8 on GPQA and Theorem QA.'; Table 2: GPQA 36.3 vs 37.9",
      "What survives (1.6 points on GPQA) is right, but the claim is cut off before what it "
      "says about Theorem QA."),
    R(cut("Qwen2-72B-Instruct scores 9.3 on MT-Bench and 48.1 on Arena-Hard, which the report "
          "presents as evidence that it competes with proprietary chat models."), True, 0.24,
      "contradicted", "truncated", QW, 1,
      "Abstract: 'Qwen2-72B-Instruct, attains 9.1 on MT-Bench, 48.1 on Arena-Hard, and 35.7 on "
      "LiveCodeBench.'", "Cut off, but the surviving MT-Bench score (9.3) is already wrong: "
      "the paper prints 9.1."),
    R(cut("Across the whole hyper-parameter grid on PubTabNet, the OTSL models keep an "
          "mAP(0.75) of at least 0.853 in every configuration, whereas the HTML models drop to "
          "0.824 in the smallest one."), True, 0.17, "unverified", "truncated", OT, 9,
      "Table 1, mAP (0.75), OTSL rows: 0.88, 0.853, 0.859, 0.857",
      "The surviving part (at least 0.853 for OTSL) is right; the comparison with HTML is cut "
      "off."),
)

REPORT = LabelledReport(
    file="01_open_llm_table_tokens.txt",
    title="Scaling Open Models and Shrinking Sequences: Qwen2 and Table Tokenisation",
    date="March 16, 2027",
    examines="Qwen2 Technical Report; Optimized Table Tokenization for Table Structure "
             "Recognition",
    research_question="What do architecture and representation choices buy, in accuracy and "
                      "in cost, for open language models and for table recognition",
    references=(QW, OT),
    abstract="Two recent papers make very different models cheaper or better: a family of open "
             "dense and mixture-of-experts language models trained on more data, and a five-token "
             "language for predicting table structure from images. We summarise the numbers each "
             "reports and where the gains come from.",
    rows=ROWS,
    quality_score=7.7,
)
