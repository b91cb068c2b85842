"""Report 1 (plain text with `#` headings): chain-of-thought distillation into small language
models (arXiv 2212.08410v3) and robust table-text encoding with TableFormer (arXiv
2203.00274v2). Labelled from the page images before any verifier run (see README.md)."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

TL = "2212.08410v3"  # Magister et al., Teaching Small Language Models to Reason (ACL 2023)
TF = "2203.00274v2"  # Yang et al., TableFormer: Robust Transformer Modeling for Table-Text ...

R = Row
ROWS = (
    R("Distilling PaLM 540B chains of thought into T5 XXL raises its GSM8K accuracy from 8.11% "
      "to 21.99%.", True, 0.31, "confirmed", "text_number", TL, 1,
      "Abstract: 'the accuracy of T5 XXL on GSM8K improves from 8.11% to 21.99% and 18.42% when "
      "finetuned on PaLM 540B and GPT-3 175B generated chains of thought, respectively.'",
      "As printed (PaLM 540B is the first of the two teachers)."),
    R("TableFormer avoids the row and column id embeddings that TAPAS uses and resets "
      "positional indices inside each cell.", True, 0.27, "confirmed", "paraphrase", TF, 3,
      "§3: '1) No row or column ids. We do not use row embeddings R or column embeddings C ...' "
      "'2) Per cell positional ids. ... global positional embeddings B are replaced by per cell "
      "positional embeddings P ... to reset the index of positional embeddings at the beginning "
      "of each cell'", "The two modifications in other words."),
    R("With an external calculator, the CoT-finetuned T5 XXL solves 88.22% of MAWPS problems.",
      True, 0.22, "confirmed", "table_cell", TL, 3,
      "Table 1, row MAWPS, column 'CoT Finetuned T5 XXL / Acc. with Calc.': 88.22",
      "Only in the table; the text says MAWPS is 'significantly improved' without the number."),
    R("Finetuning on GPT-3 175B chains of thought lifts T5 XXL to 19.42% on GSM8K.", True, 0.24,
      "contradicted", "wrong_number", TL, 1,
      "Abstract: '... improves from 8.11% to 21.99% and 18.42% when finetuned on PaLM 540B and "
      "GPT-3 175B generated chains of thought, respectively'; Table 3, GSM8K, GPT-3 175B: 18.42",
      "The GPT-3-taught student reaches 18.42%, not 19.42%."),
    R("The SQA benchmark used to evaluate TableFormer consists of 6,066 question sequences, "
      "averaging 2.9 questions each.", True, 0.20, "confirmed", "text_number", TF, 4,
      "§4.1: 'SQA is composed of 6, 066 question sequences (2.9 question per sequence on "
      "average)'", "As printed (the text layer splits '6, 066')."),
    R("Chain-of-thought prompting can even lower the accuracy of models with fewer than 10 "
      "billion parameters.", True, 0.18, "confirmed",
      "paraphrase", TL, 1,
      "§1: 'Notably, CoT prompting even reduces the accuracy of models with less than 10 billion "
      "parameters.'", "The paper's statement in other words."),
    R("On four-flip coinflip sequences, the CoT-finetuned T5 XXL generalises better than the "
      "plain T5 XXL baseline.", True, 0.21, "contradicted", "direction_flip", TL, 4,
      "Table 2, Coinflip OOD: 4: Baseline T5 XXL 73.80, CoT Finetuned T5 XXL 70.50; §5.3: "
      "'generalisation to four coinflips is slightly weaker than the baseline'",
      "The finetuned model is worse than the baseline on four flips."),
    R("TableFormer with intermediate pretraining (large) reaches a denotation accuracy of 75.9 "
      "on SQA.", True, 0.19, "confirmed", "table_cell", TF, 5,
      "Table 1, row TableFormer_LARGE inter, column Before Perturb ALL_d: 75.9",
      "Only in the table."),
    R("On ASDiv, CoT finetuning adds 2.48 points of accuracy to T5 XXL over its baseline.", True,
      0.17, "confirmed", "cell_arithmetic", TL, 3,
      "Table 1, row ASDiv: Baseline T5 XXL Acc. 39.64, CoT Finetuned T5 XXL Acc. 42.12",
      "42.12 - 39.64 = 2.48."),
    R("When the teacher prompt omits the target answer, PaLM 540B's GSM8K chains of thought "
      "are only 59.98% accurate.", True, 0.23, "confirmed", "text_number", TL, 4,
      "§5.1.1: 'for the GSM8K dataset, PaLM 540B only achieves a 59.98% accuracy if prompted "
      "without the target.'", "As printed."),
    R("To annotate the datasets, the teacher models are prompted few-shot with 8 exemplars.",
      False, 0.12, "confirmed", "text_number", TL, 2,
      "§3: 'Specifically, we perform few-shot prompting with 8 exemplars on these models to "
      "generate CoTs.'", "As printed."),
    R("TableFormer-base outperforms TAPAS-base by 10.7 points on the WikiTableQuestions test "
      "set.", True, 0.26, "confirmed", "cell_arithmetic", TF, 6,
      "Table 3 (denotation accuracy on WTQ), column test: TAPAS_BASE 24.1, TableFormer_BASE "
      "34.8", "34.8 - 24.1 = 10.7."),
    R("Including the target in the prompt lifts PaLM 540B's chain-of-thought accuracy on GSM8K "
      "to 79.73%.", True, 0.20, "contradicted", "transposed_digits", TL, 4,
      "§5.1.1: 'In comparison, when including the target in the prompt the accuracy is "
      "79.37%.'", "79.37%, with the last two digits swapped in the claim."),
    R("TAPAS-base's prediction variation after row and column perturbation on SQA is 41.0%.",
      True, 0.16, "contradicted", "transposed_digits", TF, 5,
      "Table 1, row TAPAS_BASE, column After Perturb VP: 14.0%",
      "14.0%, with the first two digits swapped in the claim."),
    R("The external calculator adds 16.22 points to the GSM8K accuracy of the CoT-finetuned "
      "T5 XXL.", False, 0.12, "confirmed", "cell_arithmetic", TL, 3,
      "Table 1, row GSM8K, CoT Finetuned T5 XXL: Acc. 21.99, Acc. with Calc. 38.21",
      "38.21 - 21.99 = 16.22."),
    R("The baseline T5 XXL scores 13.10 on the coinflip task with four out-of-distribution "
      "flips.", True, 0.15, "contradicted", "neighbour_cell", TL, 4,
      "Table 2, Coinflip, column Baseline T5 XXL: OOD: 3 13.10, OOD: 4 73.80",
      "13.10 is the three-flip row; on four flips the baseline scores 73.80."),
    R("On the WTQ development set, TableFormer-large reaches a denotation accuracy of 43.9.",
      True, 0.18, "contradicted", "neighbour_cell", TF, 6,
      "Table 3, row TableFormer_LARGE: dev 42.5, test 43.9",
      "43.9 is the test column; on development data it scores 42.5."),
    R("CoT finetuning enables T5 XXL to generalise last letter concatenation to longer "
      "sequences.", True, 0.19, "contradicted", "negation", TL, 4,
      "§5.3: 'both traditional finetuning and the suggested method fail at generalizing to a "
      "longer sequence length'; Table 2, Last Letter Concat. OOD: 3 and OOD: 4, CoT Finetuned "
      "T5 XXL: 0.00 and 0.00", "The paper says the method fails to generalise there."),
    R("The arithmetic reasoning evaluation covers four math word problem datasets.", False, 0.14,
      "contradicted", "wrong_count", TL, 2,
      "§4.1.1: 'We benchmark the proposed method on the following math word problem datasets: "
      "(1) GSM8K ..., (2) MAWPS ... and (3) ASDiv'", "Three datasets, not four."),
    R("TAPAS-large loses 6.3 points of SQA cell selection accuracy once rows and columns are "
      "perturbed.", True, 0.22, "confirmed", "cell_arithmetic", TF, 5,
      "Table 1, row TAPAS_LARGE: Before Perturb ALL 66.8, After Perturb ALL 60.5",
      "66.8 - 60.5 = 6.3."),
    R("Before the student is trained, teacher chains of thought that reach a wrong answer are "
      "discarded.", False, 0.11, "confirmed", "paraphrase", TL, 2,
      "§3: 'Lastly, we remove all incorrect CoT based on the target answer to prevent the "
      "student to learn from bad examples.'", "The same step in other words."),
    R("TableFormer-large with intermediate pretraining scores 82.6 on the TabFact test set.",
      True, 0.25, "contradicted", "wrong_number", TF, 6,
      "Table 2, row TableFormer_LARGE inter, Before Perturb test: 81.6 (dev 82.0)",
      "The test accuracy is 81.6; no cell of the row prints 82.6."),
    R("On StrategyQA, T5 XXL finetuned on GPT-3 175B chains of thought reaches 63.77% "
      "accuracy.", True, 0.17, "confirmed", "table_cell", TL, 4,
      "Table 3, row StrategyQA, column 'CoT finetuned T5 XXL using GPT-3 175B': 63.77",
      "Only in the table."),
    R("TableFormer relies on 15 types of table-text attention bias.", False, 0.20, "contradicted",
      "wrong_count", TF, 4,
      "§3: 'φ(vi, vj) is chosen from 13 bias types, corresponding to 13 table-text structural "
      "biases.'", "Thirteen bias types (twelve relations and 'others'), not fifteen."),
    R("MAWPS gains the most from CoT finetuning (54.15 to 70.41) because its problems need "
      "fewer reasoning steps than those of GSM8K.", True, 0.24, "unverified",
      "unsupported_relation", TL, 3,
      "Table 1, row MAWPS: Baseline 54.15, CoT Finetuned 70.41; §5.1: 'Most notably, the task "
      "accuracy of MAWPS is significantly improved.' The paper never counts reasoning steps.",
      "The numbers are printed, but the cause is the report's own."),
    R("TAPAS-base's SQA accuracy improves as its row, column and global position ids are "
      "removed in turn.", True, 0.16, "contradicted", "direction_flip", TF, 7,
      "Table 5, row TAPAS_BASE: rc-gp 57.6, c-gp 47.4, gp 46.4, pcp 29.1; §5.4: 'TAPAS_BASE "
      "performs significantly worse from rc-gp → c-gp → gp → pcp'", "It gets worse, not better."),
    R("Trained on only 20% of the GSM8K examples, the CoT-finetuned T5 XXL still reaches "
      "11.22% accuracy.", False, 0.10, "confirmed", "text_number", TL, 5,
      "§5.6: 'our method is 6x more data efficient, achieving accuracy of 11.22% with only 20% "
      "of the examples.'", "As printed (also Table 4, row 20%)."),
    R("Only 4 of the SQA questions studied by the authors, 0.2%, depend on the order of rows.",
      True, 0.13, "confirmed", "text_number", TF, 9,
      "§5.7 (continued on this page): 'there are 4 questions (0.2% percentage) whose answers "
      "depend on orders of rows.'", "As printed."),
    R("On three-flip coinflip, the CoT-finetuned T5 XXL reaches 86.70% accuracy.", True, 0.21,
      "confirmed", "table_cell", TL, 4,
      "Table 2, Coinflip OOD: 3, column CoT Finetuned T5 XXL: 86.70",
      "Only in the table; §5.3 gives no number."),
    R("With GPT-3 175B as the teacher, the GSM8K training set for CoT finetuning holds 5337 "
      "examples.", True, 0.14, "contradicted", "neighbour_cell", TL, 4,
      "Table 3, row GSM8K Dataset Size: CoT finetuned using PaLM 540B 5337, using GPT-3 175B "
      "5298", "5337 is the PaLM 540B column; the GPT-3 175B set has 5298 examples."),
    R("TableFormer's predictions do depend on the order of rows and columns in the table.", True,
      0.17, "contradicted", "negation", TF, 1,
      "Abstract: 'TABLEFORMER is (1) strictly invariant to row and column orders'",
      "The paper states the opposite."),
    R("Averaged over GSM8K, MAWPS and ASDiv, the CoT-finetuned T5 XXL reaches 44.84% accuracy "
      "without a calculator.", True, 0.15, "confirmed", "cell_arithmetic", TL, 3,
      "Table 1, column CoT Finetuned T5 XXL Acc.: GSM8K 21.99, MAWPS 70.41, ASDiv 42.12",
      "(21.99 + 70.41 + 42.12) / 3 = 44.84."),
    R("Using GPT-3 175B instead of PaLM 540B as the teacher costs StrategyQA accuracy because "
      "GPT-3 writes longer chains of thought.", False, 0.20, "unverified",
      "unsupported_relation", TL, 4,
      "Table 3, StrategyQA: using PaLM 540B 67.15, using GPT-3 175B 63.77; the paper never "
      "compares the lengths of the chains.", "The cause is the report's own."),
    R("The authors trace the small StrategyQA gains to the specific factual knowledge the task "
      "needs, which smaller models may not have memorised.", True, 0.18, "confirmed",
      "paraphrase", TL, 5,
      "§6: 'the effects are limited for the StrategyQA dataset, which can be attributed to the "
      "task requiring specific factual knowledge, which smaller LMs may not have memorised due "
      "to their limited capacity.'", "The paper's explanation in other words."),
    R("TAPAS-large with intermediate pretraining varies by only 10.8% after perturbation "
      "because its intermediate stage trained it on synthetic data.", True, 0.21, "unverified",
      "unsupported_relation", TF, 5,
      "Table 1, TAPAS_LARGE inter, VP 10.8%; §4.1 describes the optional synthetic "
      "intermediate stage but ties no prediction variation to it.",
      "The number is printed; the cause is never stated."),
    R("On WTQ, TAPAS-base scores 24.1 on the test set.", False, 0.09, "confirmed", "table_cell",
      TF, 6, "Table 3, row TAPAS_BASE, column test: 24.1", "Only in the table."),
    R("The 0.00 last-letter score of the CoT-finetuned T5 XXL shows that PaLM 540B's 94.8 on "
      "the same task came from memorising the template.", False, 0.12, "unverified",
      "unsupported_relation", TL, 4,
      "Table 2, Last Letter Concat. OOD: 3: CoT Finetuned T5 XXL 0.00, CoT 8-shot PaLM 540B "
      "94.8; no sentence links the two or speaks of memorising.",
      "Two cells of the table in a relation the paper never states."),
    R(cut("In the distillation experiments on GSM8K, T5 XXL improves from 8.11% to 21.99% with "
          "PaLM 540B as the teacher, and reaches 18.42% when GPT-3 175B writes the chains."),
      True, 0.26, "unverified", "truncated", TL, 1,
      "Abstract: 'improves from 8.11% to 21.99% and 18.42% when finetuned on PaLM 540B and "
      "GPT-3 175B generated chains of thought, respectively'",
      "The surviving part is right, but the cut removes the rest of the claim, which could "
      "assert anything; it cannot be judged as a whole."),
    R(cut("For symbolic reasoning, the CoT-finetuned T5 XXL reaches 68.70% on coinflip with "
          "three out-of-distribution flips, well above the 13.10% of the baseline T5 XXL."),
      True, 0.23, "contradicted", "truncated", TL, 4,
      "Table 2, Coinflip OOD: 3, CoT Finetuned T5 XXL: 86.70",
      "The part before the cut already states a wrong accuracy (68.70 for 86.70), so the "
      "claim is false whatever followed."),
    R(cut("TableFormer-base keeps its SQA cell selection accuracy at 66.7 after rows and "
          "columns are perturbed, while TAPAS-base drops from 61.1 to 57.4."),
      True, 0.19, "unverified", "truncated", TF, 5,
      "Table 1: TableFormer_BASE ALL 66.7 before and after; TAPAS_BASE ALL 61.1 before, 57.4 "
      "after", "What survives is right, but the claim is cut off mid-comparison and cannot be "
      "judged as a whole."),
)

REPORT = LabelledReport(
    file="01_reasoning_distillation_table_encoding.txt",
    title="Small Models, Structured Inputs: Distilling Reasoning and Encoding Tables",
    date="March 9, 2027",
    examines="Teaching Small Language Models to Reason; TableFormer: Robust Transformer "
             "Modeling for Table-Text Encoding",
    research_question="How far can small or structure-aware transformers close the gap to "
                      "large models on reasoning and table understanding",
    references=(TL, TF),
    abstract="Two recent lines of work try to make transformers more capable without simply "
             "making them larger: distilling chains of thought from large teachers into small "
             "students, and building table structure into the attention of table-text "
             "encoders. We review what each reports and how robust the gains are.",
    rows=ROWS,
    quality_score=7.9,
)
