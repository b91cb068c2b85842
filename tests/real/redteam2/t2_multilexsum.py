"""Red-team-2 report 2 (text with bare headings): Shen et al., Multi-LexSum: Real-World Summaries
of Civil Rights Lawsuits at Multiple Granularities (arXiv 2206.10883v3): its results table with
three task groups under spanning headers (D → L, D → S, D → T, each with ROUGE-1/2/L,
BERTScore and Words), its dataset table, its fine-tuning, multitask and split tables (means with
standard deviations in parentheses) and the human study. Adversarial claims: another metric of the
same row, the same metric under another task's spanning header, a standard deviation of another
row, a relative change claimed as absolute points, a fraction restated as a percentage, a count of
a neighbouring clause, an unlisted split. Labelled from the page images (tables zoomed at 170 dpi)
and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

ML = "2206.10883"  # Shen et al. 2022, NeurIPS Datasets and Benchmarks (arXiv v3)

R = Row
T2 = ("Table 2 (dataset comparison; columns Samples, Docs, Source Words/Sents, Target "
      "Words/Sents, Coverage, Density, Compress; groups Tiny, Short, Long; rows include "
      "Multi-LexSum D → T, D → S, D → L, BookSum/Book)")
T3 = ("Table 3 (baseline models on the MDS tasks; spanning headers D → L, D → S, D → T, each "
      "over R-1, R-2, R-L, BS (F1) and Words; rows First k Sent, Random k Sent, BERT-EXT, PEGASUS, "
      "BART, LED-4096, LED-16384, PRIMERA)")
T4 = ("Table 4 ((a) PEGASUS and BART fine-tuned on L → S, L → T, S → T; (b) PRIMERA on "
      "progressive summarization with gold or predicted L)")
T5 = ("Table 5 (BART multitask vs single-task; columns Samples, R-1, R-2, R-L, BS, Words for each "
      "side; rows L, S, T)")
T8 = "Table 8 (train-dev-test splits; columns Source D, Long L, Short S, Tiny T, Total)"
T9 = ("Table 9 (average and standard deviation, in parentheses, of BART on test splits; rows "
      "Hold-out 10%, 15%, 20%, K-fold 20%; columns R-1, R-2, R-L, BS)")
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("On D → L, PRIMERA has the best ROUGE-1 of all models, 53.73.", True, 0.3, "confirmed",
      "table_cell", ML, 7, f"{T3}: D → L R-1: PRIMERA 53.73 (LED-16384 49.07, BART 48.79)",
      "53.73 is the highest D → L R-1."),
    R("LED-16384 has the best ROUGE-2 on D → S, at 22.08.", True, 0.26, "confirmed",
      "table_cell", ML, 7, f"{T3}: D → S R-2: LED-16384 22.08 (PRIMERA 21.04, LED-4096 21.00)",
      "As printed; the highest of the column."),
    R("BART's BERTScore on the tiny-summary task D → T is 27.84.", True, 0.25, "confirmed",
      "table_cell", ML, 7, f"{T3}: D → T BS: BART 27.84", "As printed."),
    R("The First k Sent baseline has a negative BERTScore on D → T, -8.72.", True, 0.22,
      "confirmed", "table_cell", ML, 7, f"{T3}: D → T BS: First k Sent -8.72", "As printed."),
    R("LED-16384 improves on LED-4096's D → T ROUGE-2 by 0.92 points.", True, 0.2, "confirmed",
      "cell_arithmetic", ML, 7, f"{T3}: D → T R-2: LED-16384 9.84, LED-4096 8.92",
      "9.84 - 8.92 = 0.92."),
    R("Multi-LexSum is a collection of 9,280 expert-authored summaries.", True, 0.29,
      "confirmed", "text_number", ML, 1,
      "we introduce Multi-LexSum, a collection of 9,280 expert-authored summaries",
      "As printed."),
    R("The D → L portion of Multi-LexSum has 4,534 samples with 8.8 source documents each on "
      "average.", True, 0.25, "confirmed", "table_cell", ML, 6,
      f"{T2}: Multi-LexSum D → L: Samples 4,534, Docs 8.8", "As printed."),
    R("94% of the words of the long summaries can be found in extractive fragments of their "
      "sources.", True, 0.24, "confirmed", "paraphrase", ML, 6,
      "Multi-LexSum has the top coverage for long summaries, of 0.94, meaning that 94% of the "
      "words in the summary can be found in the extractive fragments", "As printed."),
    R("On the 10% hold-out test split, BART's ROUGE-1 is 47.21 +/- 0.34.", True, 0.21,
      "confirmed", "table_cell", ML, 21, f"{T9}: Hold-out 10%: R-1 47.21(0.34)",
      "Mean 47.21, standard deviation 0.34."),
    R("With 5-fold cross-validation, BART's ROUGE-2 averages 23.12 with a standard deviation of "
      "0.25.", True, 0.2, "confirmed", "table_cell", ML, 21, f"{T9}: K-fold 20%: R-2 23.12(0.25)",
      "As printed."),
    R("Against the post-edited texts, the system's generations scored a Rouge-2 of 30.0 and a "
      "BERTScore of 38.0.", True, 0.23, "confirmed", "text_number", ML, 9,
      "Rouge-1, Rouge-2, Rouge-L and BERT-Scores were 45.6, 30.0, 35.4 and 38.0, respectively",
      "Rouge-2 30.0, BERTScore 38.0."),
    R("PRIMERA's long summaries average 416 words, under 65% of the 647-word average of the "
      "human summaries.", True, 0.24, "confirmed", "text_number", ML, 8,
      "PRIMERA produces the longest summaries of 416 words on average, less than 65% of the "
      "ground-truths' average length of 647", "As printed."),
    R("Moving from D → S to L → S raises PEGASUS's ROUGE-2 by 79%.", True, 0.21, "confirmed",
      "text_number", ML, 8,
      "the Rouge-2 of PEGASUS is improved by 79%, 104%, and 128%, respectively; "
      f"{T3}: PEGASUS D → S R-2 19.91; {T4}: PEGASUS L → S R-2 35.62",
      "35.62 / 19.91 = 1.79: a 79% relative gain, as printed."),
    R("Given the gold long summary, PRIMERA reaches a ROUGE-1 of 54.99 on {L, D} → S, but only "
      "41.41 with a predicted one.", True, 0.22, "confirmed", "table_cell", ML, 8,
      f"{T4}: (b) {{L, D}} → S: Gold L 54.99, Predicted L' 41.41", "As printed."),
    R("Multitask BART reaches a ROUGE-1 of 47.89 on long summaries.", True, 0.22, "confirmed",
      "table_cell", ML, 9, f"{T5}: BART, Multitask: D → {{L, S, T}}, L: R-1 47.89",
      "As printed."),
    R("The abstractive models were fine-tuned for 6 epochs with a learning rate of 5e-5.", True,
      0.23, "confirmed", "text_number", ML, 7,
      "the models are trained for 6 epochs on two RTX A6000 GPUs ... with a learning rate of "
      "5e-5", "As printed (LED used 3e-5, a footnote says)."),
    R("The training split has 28,557 source documents and 3,177 long summaries.", True, 0.22,
      "confirmed", "table_cell", ML, 21, f"{T8}: Train (70%): Source D 28,557, Long L 3,177",
      "As printed."),
    # --- contradicted --------------------------------------------------------------------------
    R("PRIMERA reaches a ROUGE-1 of 53.73 on D → S.", True, 0.24, "contradicted",
      "neighbour_cell", ML, 7, f"{T3}: PRIMERA: D → L R-1 53.73, D → S R-1 45.51",
      "53.73 is under the D → L header; D → S is 45.51."),
    R("BART's ROUGE-L on D → L is 23.78.", True, 0.22, "contradicted", "neighbour_cell", ML, 7,
      f"{T3}: BART, D → L: R-1 48.79, R-2 23.78, R-L 28.73",
      "23.78 is ROUGE-2; ROUGE-L is 28.73."),
    R("On D → T, PEGASUS has a BERTScore of 22.61.", True, 0.21, "contradicted",
      "neighbour_cell", ML, 7, f"{T3}: PEGASUS, D → T: R-1 22.61, BS 26.78",
      "22.61 is ROUGE-1; BERTScore is 26.78."),
    R("For D → L, LED-4096 writes summaries of 103.1 words on average.", True, 0.2,
      "contradicted", "neighbour_cell", ML, 7,
      f"{T3}: LED-4096 Words: D → L 295.0, D → S 103.1", "103.1 is the D → S length."),
    R("On the 20% hold-out split, BART's ROUGE-1 is 47.25 with a standard deviation of 0.34.",
      True, 0.2, "contradicted", "neighbour_cell", ML, 21,
      f"{T9}: Hold-out 20%: R-1 47.25(0.02); Hold-out 10%: 47.21(0.34)",
      "The 20% split's deviation is 0.02; 0.34 is the 10% split's."),
    R("The short summaries of Multi-LexSum (D → S) have a coverage of 0.94.", True, 0.2,
      "contradicted", "neighbour_cell", ML, 6,
      f"{T2}: Coverage: Multi-LexSum D → S 0.96, D → L 0.94", "0.96; 0.94 is D → L."),
    R("BookSum's books average 127,000 words, and BookSum has 4,500 samples.", True, 0.21,
      "contradicted", "wrong_number", ML, 4,
      "the books are on average 127,000 words long. However, it has far fewer samples (403) "
      "than Multi-LexSum does (4,500).", "BookSum has 403 samples; 4,500 is Multi-LexSum's."),
    R("First k Sent has the lowest ROUGE-2 of all models on D → L.", True, 0.18,
      "contradicted", "unsupported_relation", ML, 7,
      f"{T3}: D → L R-2: First k Sent 9.67, Random k Sent 9.15",
      "Random k Sent is lower (9.15)."),
    R("Multitask BART raises the tiny-summary ROUGE-2 from 7.09 to 8.19.", True, 0.19,
      "contradicted", "neighbour_cell", ML, 9,
      f"{T5}: T: Multitask R-2 8.92, Single-task 7.09; {T3}: BART D → T R-2 8.19",
      "Multitask reaches 8.92; 8.19 is Table 3's BART."),
    R("Moving from D → S to L → S raises PEGASUS's ROUGE-2 by 79 points.", True, 0.18,
      "contradicted", "cell_arithmetic", ML, 8,
      f"{T3}: PEGASUS D → S R-2 19.91; {T4}: L → S 35.62; text: improved by 79%",
      "The gain is 15.71 points (79% relative)."),
    R("Writers averaged 76 token edits per paragraph of the generated summaries.", True, 0.2,
      "contradicted", "wrong_number", ML, 10,
      "Writers averaged 87 token edits per paragraph, 76% the average length of paragraphs",
      "87 edits; 76% is their share of paragraph length."),
    R("Editing the generations for the human study took the two writers 40 hours in total.",
      True, 0.19, "contradicted", "wrong_number", ML, 9,
      "two CLRC writers who edited the generations to produce summary text for 40 new cases ... "
      "this process took them 180 hours in total", "180 hours; 40 is the number of cases."),
    R("The D → T portion of Multi-LexSum has 3,138 samples.", True, 0.2, "contradicted",
      "neighbour_cell", ML, 6, f"{T2}: Samples: D → T 1,603, D → S 3,138",
      "1,603; 3,138 is D → S."),
    R("All abstractive models were trained with a learning rate of 3e-5.", True, 0.17,
      "contradicted", "wrong_number", ML, 7,
      "with a learning rate of 5e-5 (footnote 4: For LED training, we use 3e-5)",
      "5e-5; only LED used 3e-5."),
    # --- unverified ----------------------------------------------------------------------------
    R("PRIMERA reaches a METEOR score of 27.32 on D → L.", True, 0.16, "unverified",
      "unsupported_relation", ML, 7, f"{T3}: PRIMERA D → L R-2 27.32; no METEOR is reported",
      "27.32 is ROUGE-2; METEOR is never computed."),
    R("On CNN / Daily Mail, BART reaches a ROUGE-1 of 43.55.", True, 0.16, "unverified",
      "unsupported_relation", ML, 7,
      f"{T3}: BART D → S R-1 43.55; CNN / Daily Mail appears only in Table 2's statistics",
      "No model is evaluated on CNN / Daily Mail."),
    R("With the K-fold strategy on a 15% test split, BART's BERTScore is 38.30.", True, 0.15,
      "unverified", "neighbour_cell", ML, 21,
      f"{T9}: K-fold has only a 20% row (BS 38.79); Hold-out 15%: BS 38.30",
      "No K-fold 15% result is reported."),
    R("Law students rated BART's summaries higher than PEGASUS's in 65% of the cases.", True,
      0.14, "unverified", "unsupported_relation", ML, 9,
      "The human study rates only BART generations (0.43 on a 0-3 scale)",
      "No such comparison."),
    R("A fine-tuned Llama 2 13B reaches a ROUGE-1 of 50.2 on D → L.", True, 0.14, "unverified",
      "unsupported_relation", ML, 7, f"{T3}: no Llama model is evaluated", "Not run."),
    R("Training PRIMERA on D → L took 120 GPU hours.", True, 0.14, "unverified",
      "unsupported_relation", ML, 7,
      "The total GPU hours used for training all the benchmark models sum to roughly 300 hours.",
      "Only the total over all models is given."),
    R("The source documents of a Multi-LexSum case average over two hundred pages.", True, 0.16,
      "unverified", "paraphrase", ML, 1,
      "given the length of the source documents, often exceeding two hundred pages per case",
      "'Often exceeding' is no average; no average page count is given."),
)

REPORT = LabelledReport(
    file="02_multilexsum_bare.txt",
    title="Summarizing Civil Rights Lawsuits at Several Lengths: Reading the Benchmark Tables",
    date="2027-03-09",
    examines="multi-document summarization of legal cases at long, short and tiny granularity",
    research_question="How well do current summarizers handle very long legal sources and "
                      "summaries of several lengths?",
    references=(ML,),
    rows=ROWS,
    quality_score=7.1,
)
