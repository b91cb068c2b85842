"""Blind report 2 (Markdown pipe table): Chowdhury, Zhuang and Wang's retrieval augmented
prompt tuning for paraphrase generation (arXiv 2202.00535v1, AAAI 2022; sources/2202.00535v1.pdf,
cited by its arXiv link) and Quirk, Brockett and Dolan (W04-3219). Labelled from the page images
and `pdftotext -layout` before any verifier run; no verifier code has ever run on these reports
or papers."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

RA = "2202.00535v1"  # Chowdhury, Zhuang and Wang 2022, arXiv (AAAI 2022), 12 pages
QB = "W04-3219"  # Quirk, Brockett and Dolan 2004, EMNLP 2004

R = Row
ROWS = (
    # --- numbers printed in sentences ------------------------------------------------------
    R("RAPT places the k = 2 most similar training pairs into the prompt as worked examples.",
      True, 0.32, "confirmed", "text_number", RA, 3,
      "p. 3: 'We select top k examples ((X1, Y1), ..., (Xk, Yk)) from the training set based on "
      "the cosine similarity scores ... In practice, we set k = 2 given the disadvantages of "
      "long sequences that we discussed.'", "As printed."),
    R("Following Hosking and Lapata, iBLEU is computed with α set to 0.7.", False, 0.21,
      "confirmed", "text_number", RA, 5,
      "Evaluation Metrics, iBLEU: 'We use BLEU4 and self-BLEU4 with α being 0.7 similar to "
      "Hosking and Lapata (2021).'", "As printed."),
    R("Hyperparameters were chosen by random search with at most 50 trials of 3 epochs each.",
      True, 0.18, "confirmed", "text_number", RA, 7,
      "Hyperparameter Details: 'We use random search with a maximum of 50 trials and 3 epochs "
      "per trial, and choose the hyperparameters based on validation loss.'", "As printed."),
    R("Every LoRA-based method uses a fixed rank r of 8 and a weight decay of 0.01.", True,
      0.20, "confirmed", "text_number", RA, 7,
      "Hyperparameter Details: 'For LoRA, LPT, RAPT, and NC-RAPT (all approached involving "
      "LoRA), we fix r (matrix rank) as 8 ... We also use a weight decay of 0.01 for LoRA-based "
      "methods.'", "As printed."),
    R("A pair counts as high novelty when the TER between input and reference is at least 0.4, "
      "and as low novelty when it is 0.2 or less.", True, 0.24, "confirmed", "text_number", RA,
      3, "NC-RAPT: 'If the TER is ≥ 0.4, we classify the sample as High. If the TER is > 0.2 and "
      "< 0.4, we classify the sample as Medium. If the TER is ≤ 0.2, we classify the sample as "
      "Low.'", "As printed."),
    R("PR's top-ranked paraphrases change the input by a mean edit distance of just 2.9, while "
      "MSA's outputs average 25.8.", True, 0.23, "confirmed", "text_number", QB, 6,
      "§5: 'PR paraphrases usually involve simple substitutions of words and short phrases (a "
      "mean edit distance of 2.9 on the top ranked sentences), whereas MSA outputs more complex "
      "paraphrases (reflected in a mean edit distance of 25.8).'", "As printed."),
    # --- numbers printed only in table cells ------------------------------------------------
    R("On QQP 140K with GPT2 medium, RAPT obtains an iBLEU of 14.33.", True, 0.30, "confirmed",
      "table_cell", RA, 5,
      "Table 4 (GPT2 Medium), Dataset QQP 140K, row RAPT, column iBLEU: 14.33 (also Table 6, "
      "row RAPT)", "Only in the tables."),
    R("Prompt tuning updates only 270,336 parameters of GPT2 medium.", True, 0.26, "confirmed",
      "table_cell", RA, 4,
      "Table 2 (number of trainable parameters), row Prompt Tuning, column GPT2 Medium: 270,336",
      "Only in the table."),
    R("The QQP 140K training split holds 134,206 paraphrase pairs.", False, 0.17, "confirmed",
      "table_cell", RA, 4,
      "Table 3 (Dataset split sizes), row QQP 140K, column Training: 134,206",
      "Only in the table."),
    R("With GPT2 large on MSRPC, NC-RAPT conditioned on low novelty reaches a BLEU of 48.86.",
      True, 0.19, "confirmed", "table_cell", RA, 6,
      "Table 5 (GPT2 Large), Dataset MSRPC, row NC-RAPT (Low), column BLEU: 48.86",
      "Only in the table."),
    R("In the qualitative breakdown, information was lost in 73% of MSA's paraphrases.", True,
      0.20, "confirmed", "table_cell", QB, 6,
      "Table 3 (Qualitative analysis of paraphrases, 'as provided by one of our independent "
      "evaluators'), row Info lost, column MSA: 43 / 59 = 73%",
      "Only in the table (the text speaks of 'the lossiness of MSA seen in row 4')."),
    # --- differences and averages of cells ------------------------------------------------
    R("RAPT's iBLEU on QQP 140K is 8.69 points above that of full fine-tuning.", True, 0.27,
      "confirmed", "cell_arithmetic", RA, 5,
      "Table 4, Dataset QQP 140K, column iBLEU: Fine Tuning 5.64, RAPT 14.33",
      "14.33 - 5.64 = 8.69."),
    R("Swapping kNN retrieval for random retrieval costs RAPT 4.39 iBLEU points on QQP 50K.",
      True, 0.22, "confirmed", "cell_arithmetic", RA, 7,
      "Table 7, Dataset QQP 50K, column iBLEU: RAPT (kNN) 10.61, RAPT (random) 6.22",
      "10.61 - 6.22 = 4.39."),
    R("The novelty-specific prompts add 32,768 trainable parameters on top of RAPT in GPT2 "
      "medium.", False, 0.16, "confirmed", "cell_arithmetic", RA, 4,
      "Table 2, column GPT2 Medium: RAPT 1,056,768, NC-RAPT 1,089,536",
      "1,089,536 - 1,056,768 = 32,768."),
    R("Averaged over the four datasets, high-novelty NC-RAPT reaches an iBLEU of 10.71 with "
      "GPT2 medium.", True, 0.18, "confirmed", "cell_arithmetic", RA, 5,
      "Table 4, row NC-RAPT (High), column iBLEU: QQP 140K 15.05, QQP 50K 10.64, ParaSCI ACL "
      "9.44, MSRPC 7.70", "(15.05 + 10.64 + 9.44 + 7.70) / 4 = 10.7075, 10.71."),
    R("In GPT2 medium, LoRA tuning trains roughly 2.9 times as many parameters as prompt "
      "tuning.", False, 0.14, "confirmed", "cell_arithmetic", RA, 4,
      "Table 2, column GPT2 Medium: LoRA Tuning 786,432, Prompt Tuning 270,336",
      "786,432 / 270,336 = 2.91."),
    # --- statements in other words ----------------------------------------------------------
    R("The retrieved example pairs are inserted into the prompt from least to most similar to "
      "the input.", True, 0.21, "confirmed", "paraphrase", RA, 3,
      "p. 3: 'We add the retrieved examples to the prompt (as in Eq. 2) in the ascending order "
      "of their cosine similarity scores with the input X.'", "Same statement."),
    R("The authors warn that RAPT may work less well when test inputs are semantically far from "
      "everything in the training data.", True, 0.19, "confirmed", "paraphrase", RA, 6,
      "Analysis: 'these results may also suggest that RAPT-based methods would not perform as "
      "well on a testing dataset where the examples are semantically distant from anything in "
      "the training dataset. This can be one limitation of the method.'", "Same statement."),
    R("Plain prompt tuning was kept for the main experiments because it gave the best iBLEU and "
      "SARI among the prompt-tuning variants.", True, 0.23, "confirmed", "paraphrase", RA, 7,
      "Prompt Tuning Variants: 'In the results, we see that prompt tuning gets the best iBLEU "
      "and SARI scores. ... Thus, we chose prompt tuning for our main experiments.'",
      "Same statement."),
    R("Adapter tuning updates only the adapter layers and the layer normalization parameters.",
      False, 0.15, "confirmed", "paraphrase", RA, 2,
      "Adapter Tuning (AT): 'we only tune the adapter layer parameters and the layer "
      "normalization parameters during training.'", "Same statement."),
    R("Quirk and colleagues train their generator on sentence pairs mined automatically from "
      "clusters of web news stories.", True, 0.28, "confirmed", "paraphrase", QB, 1,
      "Abstract: 'The system is trained on large volumes of sentence pairs automatically "
      "extracted from clustered news articles available on the World Wide Web.'",
      "Same statement."),
    # --- a different number for the same measure --------------------------------------------
    R("Training runs for at most 20 epochs, with early stopping after 3 epochs without "
      "improvement.", True, 0.17, "contradicted", "wrong_number", RA, 7,
      "Hyperparameter Details: 'During training, we use a maximum epoch of 30 with early "
      "stopping. We set the early stopping patience as 3.'", "The paper gives 30 epochs."),
    R("The MSRPC training split used for generation contains 2,550 pairs.", True, 0.16,
      "contradicted", "wrong_number", RA, 4,
      "Table 3, row MSRPC: Training 2,203, Validation 550, Test 1,147",
      "The paper gives 2,203."),
    # --- two digits swapped ------------------------------------------------------------------
    R("SEPARATOR, as reported by Hosking and Lapata, has a self-BLEU of 18.44 on QQP 140K.",
      True, 0.20, "contradicted", "transposed_digits", RA, 6,
      "Table 6 (prior work on QQP 140K), row SEPARATOR*, column Self-BLEU: 14.84",
      "14.84 with 4 and 8 swapped."),
    R("On ParaSCI ACL, RAPT attains a SARI of 93.00 with GPT2 medium.", True, 0.22,
      "contradicted", "transposed_digits", RA, 5,
      "Table 4, Dataset ParaSCI ACL, row RAPT, column SARI: 39.00", "39.00 with 3 and 9 "
      "swapped."),
    # --- the value of a neighbouring cell ----------------------------------------------------
    R("Full fine-tuning of GPT2 medium updates 774,030,080 parameters.", True, 0.25,
      "contradicted", "neighbour_cell", RA, 4,
      "Table 2, row Fine Tuning: GPT2 Medium 354,823,168, GPT2 Large 774,030,080",
      "774,030,080 is the GPT2 Large column."),
    R("On QQP 50K, medium-novelty NC-RAPT scores a SARI of 44.67 with GPT2 medium.", True, 0.21,
      "contradicted", "neighbour_cell", RA, 5,
      "Table 4, row NC-RAPT (Med), column SARI: QQP 140K 44.67, QQP 50K 45.16",
      "44.67 is the QQP 140K block beside it; QQP 50K has 45.16."),
    # --- the opposite direction ------------------------------------------------------------
    R("On ParaSCI ACL, RAPT with randomly retrieved examples gets a higher iBLEU than with kNN "
      "retrieval.", True, 0.18, "contradicted", "direction_flip", RA, 7,
      "Table 7, Dataset ParaSCI ACL, column iBLEU: RAPT (kNN) 8.13, RAPT (random) 0.21; "
      "Analysis (page 6): 'retrieving semantically similar examples using kNN gives us a much "
      "better performance.'", "kNN is far higher."),
    R("Conditioning NC-RAPT on high novelty raises its BERT similarity compared with RAPT.",
      True, 0.20, "contradicted", "direction_flip", RA, 6,
      "Experimental Results: 'Conditioning on high novelty increases novelty but can reduce "
      "semantic fidelity (BERT) and BLEU compared to other models.'; Table 4 (page 5), BERT, "
      "QQP 140K: RAPT 87.88, NC-RAPT (High) 83.89", "It lowers BERT (on all four datasets)."),
    # --- the paper's statement denied --------------------------------------------------------
    R("Hyperparameters were tuned anew for every dataset and for each GPT2 size.", True, 0.17,
      "contradicted", "negation", RA, 7,
      "Hyperparameter Details: 'We tune the hyperparameters on QQP 50K with GPT2 medium for all "
      "the approaches. We then use the same hyperparameters for other datasets and GPT2 "
      "large.'", "They were tuned once and reused."),
    R("Retrieving semantically similar examples with kNN gives no benefit over picking examples "
      "at random.", True, 0.23, "contradicted", "negation", RA, 6,
      "Analysis: 'As shown in Table 7, retrieving semantically similar examples using kNN gives "
      "us a much better performance.'", "The paper reports a much better performance."),
    # --- a wrong count ---------------------------------------------------------------------
    R("The RAPT experiments cover five paraphrase datasets.", True, 0.26, "contradicted",
      "wrong_count", RA, 4,
      "Dataset: 'We use four datasets for our experiments as discussed below.' (QQP 50K, QQP "
      "140K, MSRPC, ParaSCI-ACL); abstract (page 1): 'extensive experiments on four datasets'",
      "Four datasets."),
    R("NC-RAPT sorts training pairs into two novelty classes.", False, 0.19, "contradicted",
      "wrong_count", RA, 3,
      "NC-RAPT: 'We use three classes of novelty levels: High, Medium, and Low.'",
      "Three classes."),
    # --- names and numbers in a relation the paper never states --------------------------------
    R("The copy baseline's high BLEU on MSRPC is what led the authors to add SARI to their "
      "metrics.", True, 0.18, "unverified", "unsupported_relation", RA, 6,
      "p. 6: 'The copy models can still achieve relatively high BLEU despite simply copying the "
      "original text ... This shows the limitation of relying on metrics like BLEU alone.'; "
      "SARI is introduced (page 5) with no such reason", "The paper never gives this reason "
      "for using SARI."),
    R("RAPT beats SEPARATOR on iBLEU because it trains 1,056,768 parameters.", True, 0.16,
      "unverified", "unsupported_relation", RA, 6,
      "Table 6: RAPT iBLEU 14.33, SEPARATOR* 5.84; Table 2 (page 4): RAPT, GPT2 Medium "
      "1,056,768", "Both numbers are printed; the paper never ties the gain to the parameter "
      "count."),
    R("The prefix length of 256 chosen for prompt tuning is what lets RAPT fit two retrieved "
      "examples into memory.", False, 0.14, "unverified", "unsupported_relation", RA, 8,
      "Table 9: Prompt Tuning prefix length 256; p. 3: 'we set k = 2 given the disadvantages of "
      "long sequences'", "The paper never links the prefix length to fitting the examples."),
    R("The MSRPC corpus on which RAPT is evaluated was built from the 139K sentence pairs Quirk "
      "and colleagues mined from news clusters.", True, 0.17, "unverified",
      "unsupported_relation", QB, 2,
      "W04-3219 §3.1: 'A total of 139K non-identical sentence pairs were obtained.'; "
      "2202.00535v1 (page 4) credits MSRPC to Dolan, Quirk, and Brockett 2004",
      "Neither paper says MSRPC was built from these pairs."),
    # --- cut off mid-sentence ---------------------------------------------------------------
    R(cut("With GPT2 medium on QQP 50K, plain RAPT gets the best BLEU of all adaptation methods "
          "at 31.61, while high-novelty NC-RAPT gets the best iBLEU at 10.64."), True, 0.21,
      "unverified", "truncated", RA, 5,
      "Table 4, Dataset QQP 50K: BLEU, RAPT 31.61 (bold); iBLEU, NC-RAPT (High) 10.64 (bold)",
      "Cut mid-word; the surviving part is right but the claim cannot be judged whole."),
    R(cut("Among the adapted models, NC-RAPT conditioned on low novelty has the highest BERT "
          "score on QQP 140K, 96.97, though it pays with the lowest self-TER."), True, 0.19,
      "unverified", "truncated", RA, 5,
      "Table 4, Dataset QQP 140K, row NC-RAPT (Low): BERT 96.97 (bold; the caption bolds the "
      "best results excluding Copy and Ground Truth), Self-TER 16.22",
      "Cut mid-word; the surviving part is right but the claim cannot be judged whole."),
    R(cut("According to the parameter counts, adapter tuning trains 25,303,040 parameters of "
          "GPT2 medium, about fourteen times fewer than full fine-tuning does."), True, 0.15,
      "unverified", "truncated", RA, 4,
      "Table 2, column GPT2 Medium: Adapter Tuning 25,303,040, Fine Tuning 354,823,168",
      "Cut mid-word; the surviving part is right but the claim cannot be judged whole."),
)

REPORT = LabelledReport(
    file="02_prompt_tuning_paraphrase.md",
    title="Controlling Novelty in Paraphrase Generation",
    date="April 5, 2027",
    examines="Novelty Controlled Paraphrase Generation with Retrieval Augmented Conditional "
             "Prompt Tuning; Monolingual Machine Translation for Paraphrase Generation",
    research_question="How can paraphrase generators be adapted cheaply and steered towards "
                      "more or less novel rewrites",
    references=(RA, QB),
    abstract="Paraphrase generation has moved from phrase-based translation models trained on "
             "mined sentence pairs to large pre-trained language models. We review a "
             "parameter-efficient prompt tuning method that retrieves similar examples and "
             "conditions generation on a novelty level, and an earlier statistical system.",
    rows=ROWS,
)
