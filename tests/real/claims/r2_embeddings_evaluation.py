"""Report 2 (Markdown): SPECTER document embeddings (2020.acl-main.207) and the LongEval
guidelines for human evaluation of long-form summaries (2023.eacl-main.121)."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

SP = "2020.acl-main.207"  # Cohan et al. 2020, SPECTER
LE = "2023.eacl-main.121"  # Krishna et al. 2023, LongEval

R = Row
ROWS = (
    # --- exact numbers from sentences -------------------------------------------------------
    R("SPECTER was trained on about 146K query papers from the Semantic Scholar corpus.", True,
      0.26, "confirmed", "text_number", SP, 5,
      "§4 Training Data: 'a subset of the Semantic Scholar corpus ... consisting of about 146K "
      "query papers (around 26.7M tokens)'", "As printed."),
    R("The SPECTER training data amounts to about 684K training triples.", True, 0.21,
      "confirmed", "text_number", SP, 5,
      "§4: 'This process results in about 684K training triples and 145K validation triples.'",
      "As printed."),
    R("In an online A/B test, the SPECTER ranker improved clickthrough rate over the baseline by "
      "46.5%.", True, 0.34, "confirmed", "text_number", SP, 6,
      "§5: 'we found that SPECTER ranker improved clickthrough rate over the baseline by "
      "46.5%'", "As printed."),
    R("The SciDocs MeSH classification dataset consists of 23K academic medical papers.", False,
      0.12, "confirmed", "text_number", SP, 4,
      "§3.1: 'We construct a dataset consisting of 23K academic medical papers'", "As printed."),
    R("The LongEval survey covers 162 papers on long-form summarization.", True, 0.30,
      "confirmed", "text_number", LE, 1,
      "Abstract: 'Through a survey of 162 papers on long-form summarization'", "As printed."),
    R("Moving to clause-level judgments reduces the standard deviation of faithfulness scores "
      "from 18.5 to 6.8.", True, 0.28, "confirmed", "text_number", LE, 1,
      "Abstract: 'switching to a finer granularity of judgment (e.g., clause-level) reduces "
      "inter-annotator variance in faithfulness scores (e.g., std-dev from 18.5 to 6.8)'",
      "As printed (SQuALITY, Table 3)."),
    R("In PubMed, 54% of summary bigrams are present in the source document.", True, 0.17,
      "confirmed", "text_number", LE, 4,
      "§3: 'Compared to SQuALITY, PubMed is more extractive: 54% of summary bigrams are "
      "present in the source.'", "As printed."),
    R("Annotating half of the summary units gives a Kendall's tau of 0.89 with the full "
      "annotation.", False, 0.15, "confirmed", "text_number", LE, 1,
      "Abstract: 'scores from a partial annotation of fine-grained units highly correlates "
      "with scores from a full annotation workload (0.89 Kendall's τ using 50% judgments)'",
      "As printed; §3.2 gives the interval 0.78-0.89, whose top the abstract reports."),
    # --- numbers found only in table cells ----------------------------------------------
    R("SPECTER reaches an nDCG of 94.9 on direct citation prediction.", True, 0.24,
      "confirmed", "table_cell", SP, 7,
      "Table 1, row 'SPECTER (Ours)', column Citation prediction / Cite / nDCG: 94.9",
      "Only in the table (the text cites 94.8, the Co-Cite nDCG)."),
    R("SGC reaches a MAP of 91.6 on direct citation prediction.", True, 0.19, "confirmed",
      "table_cell", SP, 7, "Table 1, row 'SGC (2019a)', column Cite / MAP: 91.6",
      "Only in the table."),
    R("Without the abstract in its input, SPECTER's average over all tasks falls to 68.1.",
      True, 0.22, "confirmed", "table_cell", SP, 7,
      "Table 2 (Ablations), row '− abstract', column Avg.: 68.1",
      "Only in the table; the text says 'a substantial decrease'."),
    R("SciBERT fine-tuned on co-reads averages 77.1 over all tasks.", False, 0.10, "confirmed",
      "table_cell", SP, 8,
      "Table 3 (Comparison with task-specific fine-tuning), row 'SciBERT fine-tune on "
      "co-read', column All: 77.1", "Only in the table."),
    R("On PubMed, coarse-grained annotations have an average inter-annotator standard deviation "
      "of 11.8.", True, 0.20, "confirmed", "table_cell", LE, 5,
      "Table 3, row PubMed, column COARSE: 11.8", "Only in the table."),
    R("SuperPAL reaches a recall@10 of 0.77 when aligning SQuALITY summary units to source "
      "sentences.", True, 0.23, "confirmed", "table_cell", LE, 7,
      "Table 4, row 'SuperPAL (2021)', column R@10: 0.77", "Only in the table."),
    R("With gold hints, annotators detected summary errors with 92% accuracy.", True, 0.18,
      "confirmed", "table_cell", LE, 7, "Table 5, row Gold, column Acc. (2-way): 92%",
      "Only in the table."),
    R("Likert-scale coarse-grained evaluation is used by 15% of the surveyed papers.", False,
      0.13, "confirmed", "table_cell", LE, 3,
      "Table 2, row 'Likert-scale COARSE-grained': # papers 24, % papers 15%",
      "The percentage is only in the table."),
    # --- differences and averages of cells ------------------------------------------------
    R("SPECTER improves co-read nDCG over Citeomatic by 2.2 points.", True, 0.25, "confirmed",
      "cell_arithmetic", SP, 7,
      "Table 1, column Co-Read / nDCG: SPECTER 92.4, Citeomatic 90.2", "92.4 - 90.2 = 2.2."),
    R("Removing hard negatives lowers SPECTER's average score by 1.6 points.", True, 0.21,
      "confirmed", "cell_arithmetic", SP, 7,
      "Table 2, column Avg.: SPECTER 80.0, No hard negatives 78.4", "80.0 - 78.4 = 1.6."),
    R("Starting from BERT-Large instead of SciBERT costs SPECTER 3.7 points on citation "
      "prediction.", False, 0.11, "confirmed", "cell_arithmetic", SP, 7,
      "Table 2, column CITE: SPECTER 91.5, Start w/ BERT-Large 87.8", "91.5 - 87.8 = 3.7."),
    R("Fine-grained annotation lowers the average inter-annotator standard deviation by 6.2 "
      "points compared with coarse-grained annotation.", True, 0.27, "confirmed",
      "cell_arithmetic", LE, 5, "Table 3, row Average: COARSE 14.0, FINE 7.8",
      "14.0 - 7.8 = 6.2 (the text gives 7.8 vs 14.0, not the difference)."),
    R("On PubMed with n-gram blocking, coarse annotation's standard deviation exceeds fine "
      "annotation's by 2.4.", True, 0.16, "confirmed", "cell_arithmetic", LE, 5,
      "Table 3, row 'PubMed + ngram block': COARSE 11.7, FINE 9.3", "11.7 - 9.3 = 2.4."),
    R("SuperPAL's recall@3 is 0.14 higher than that of MultiVers-FEVER.", True, 0.19,
      "confirmed", "cell_arithmetic", LE, 7,
      "Table 4, column R@3: SuperPAL 0.61, MultiVers-FEVER 0.47", "0.61 - 0.47 = 0.14."),
    R("On recommendation, SPECTER's P@1 is 0.5 points above that of SIF.", False, 0.09,
      "confirmed", "cell_arithmetic", SP, 7,
      "Table 1, column Recomm. / P@1: SPECTER 20.0, SIF 19.5", "20.0 - 19.5 = 0.5."),
    # --- paraphrases ----------------------------------------------------------------------
    R("SPECTER needs no citation information at inference time, so it can embed papers that "
      "have not been cited yet.", True, 0.31, "confirmed", "paraphrase", SP, 3,
      "§2.5: 'the model does not need any citation information about the input paper. This "
      "means that SPECTER can produce embeddings even for new papers that have yet to be "
      "cited'", "Same statement in other words."),
    R("Adding author names to SPECTER's input hurts its performance.", True, 0.22, "confirmed",
      "paraphrase", SP, 7,
      "§6: 'adding authors as an input (along with title and abstract) hurts performance' "
      "(Table 2: + author, Avg. 67.3 vs 80.0)", "Same statement."),
    R("Training SPECTER with only easy negatives reduces its performance on all tasks.", True,
      0.20, "confirmed", "paraphrase", SP, 7,
      "§6: 'using only easy negatives reduces performance on all tasks'", "Same statement."),
    R("Adding the venue to SPECTER's input slightly lowers performance except on document "
      "classification.", False, 0.14, "confirmed", "paraphrase", SP, 7,
      "§6: 'we find that adding venues slightly decreases performance, except on document "
      "classification' (Table 2: + venue CLS 84.5 vs 84.2, Avg. 79.9 vs 80.0)",
      "Same statement in other words."),
    R("Fine-tuning SciBERT on task-specific signals is generally worse than using SPECTER's "
      "fixed embeddings.", True, 0.24, "confirmed", "paraphrase", SP, 8,
      "§6: 'We experiment with fine-tuning SciBERT on our tasks, and find this to be generally "
      "inferior to using our fixed representations from SPECTER.'", "Same statement."),
    R("Aligning summary parts to the source helps annotators only when the summary is highly "
      "extractive or mostly correct.", True, 0.29, "confirmed", "paraphrase", LE, 2,
      "RQ3 finding: 'aligning parts of the summary to source document is only useful when the "
      "summary is highly extractive or mostly correct.'", "Same statement."),
    R("Fine- and coarse-grained annotations rank the summarization systems in the same order.",
      True, 0.18, "confirmed", "paraphrase", LE, 6,
      "§3.1: 'both annotation methods give the same relative ordering of systems (human > "
      "bart-dpr > bart for SQuALITY, human > longT5 > BigBird for PubMed-block)'",
      "Same statement in other words."),
    R("On PubMed, coarse annotation has lower variance than fine annotation when at most 30% of "
      "the units are annotated.", False, 0.12, "confirmed", "paraphrase", LE, 7,
      "§3.2: 'in PubMed COARSE has lower variance than FINE for f <= 0.3 with 95% "
      "confidence.'", "Same statement; f is the fraction of units annotated."),
    # --- wrong numbers ----------------------------------------------------------------------
    R("SPECTER's average score is a 4.1 point absolute improvement over the next-best "
      "baseline.", True, 0.30, "contradicted", "wrong_number", SP, 6,
      "§5: 'average performance of 80.0 across all metrics on all tasks which is a 3.1 point "
      "absolute improvement over the next-best baseline' (Table 1: 80.0 vs SGC 76.9)",
      "3.1, not 4.1."),
    R("The SPECTER A/B test was run on a dataset of 5,113 clicks.", True, 0.15, "contradicted",
      "wrong_number", SP, 6, "§5: 'In a dataset of 4,113 clicks'", "4,113, not 5,113."),
    R("81% of the surveyed papers do not perform human evaluation on long-form summaries.",
      True, 0.27, "contradicted", "wrong_number", LE, 1,
      "§1: 'We find that 119 papers (73%) do not perform human evaluation on long-form "
      "summaries'", "73%, not 81%."),
    R("SQuALITY is highly abstractive: on average 26% of summary bigrams appear in the source "
      "document.", False, 0.10, "contradicted", "wrong_number", LE, 4,
      "§3: 'SQuALITY is highly abstractive: on average just 16% of bigrams in the summary are "
      "present in the source document.'", "16%, not 26%."),
    # --- transposed digits ------------------------------------------------------------------
    R("The homogeneity of SPECTER's clusters on the t-SNE projection is 0.14.", True, 0.13,
      "contradicted", "transposed_digits", SP, 8,
      "§6 Visualization: 'the homogeneity and completeness values for SPECTER are respectively "
      "0.41 and 0.72'", "0.41, not 0.14."),
    R("On co-citation prediction, SPECTER achieves the best nDCG, 98.4.", True, 0.23,
      "contradicted", "transposed_digits", SP, 6,
      "§5: 'on co-citation data our method is able to achieve the best results with nDCG of "
      "94.8' (Table 1: Co-Cite nDCG 94.8)", "94.8, not 98.4."),
    R("LongEval's coarse and fine annotation studies cover 210 summaries in total.", True, 0.16,
      "contradicted", "transposed_digits", LE, 5,
      "§3.1: 'In total, 120 summaries are evaluated.' and FINE annotations are collected 'for "
      "the same set of 120 summaries'", "120, not 210."),
    # --- a neighbouring row or column -------------------------------------------------------
    R("SPECTER's average score across all SciDocs tasks and metrics is 82.0.", True, 0.32,
      "contradicted", "neighbour_cell", SP, 7,
      "Table 1, row 'SPECTER (Ours)': Avg. 80.0; MAG F1 82.0 (first column)",
      "The average is 80.0 (also in §5); 82.0 is the MAG F1 cell."),
    R("Citeomatic reaches a MAP of 84.4 on direct citation prediction.", True, 0.17,
      "contradicted", "neighbour_cell", SP, 7,
      "Table 1, row 'Citeomatic (2018)': Cite MAP 86.3, Co-Cite MAP 84.4",
      "84.4 is the co-citation column; direct citation MAP is 86.3."),
    R("With SuperPAL hints, the median annotation time for the first five units was 60.4 "
      "seconds.", False, 0.11, "contradicted", "neighbour_cell", LE, 7,
      "Table 5, column Time (secs) / First 5: None 115.6, SuperPAL 84.6, Gold 60.4",
      "60.4 is the Gold row; SuperPAL's is 84.6."),
    R("On PubMed, fine-grained annotations have an average standard deviation of 9.3.", True,
      0.19, "contradicted", "neighbour_cell", LE, 5,
      "Table 3, column FINE: PubMed 7.3, PubMed + ngram block 9.3",
      "9.3 is the next row; PubMed's is 7.3."),
    # --- direction flips --------------------------------------------------------------------
    R("Initialising SPECTER from BERT-Large instead of SciBERT improves its performance.", True,
      0.20, "contradicted", "direction_flip", SP, 7,
      "§6: 'using a strong general-domain language model (BERT-Large) instead of SciBERT in "
      "SPECTER reduces performance considerably' (Table 2: Avg. 77.5 vs 80.0)",
      "Performance drops."),
    R("Annotating only part of a summary's units lowers inter-annotator variance compared with "
      "a full annotation.", True, 0.22, "contradicted", "direction_flip", LE, 7,
      "§3.2: 'In both datasets we find that a partial annotation has a higher variance than a "
      "full annotation.'", "Variance rises."),
    R("Gold hints increased annotators' median time on the first five units compared with no "
      "hints.", False, 0.13, "contradicted", "direction_flip", LE, 7,
      "Table 5, column First 5: None 115.6, Gold 60.4", "Time fell from 115.6 to 60.4 s."),
    # --- negations in other words -----------------------------------------------------------
    R("Fine-grained annotation brings no improvement in inter-annotator agreement over coarse "
      "Likert ratings.", True, 0.16, "contradicted", "negation", LE, 5,
      "§3.1: 'FINE annotations have higher inter-annotator agreement than COARSE annotations.' "
      "(Table 3: average std-dev 7.8 vs 14.0)", "The paper states a clear improvement."),
    R("SPECTER's citation-based pretraining objective is dispensable: a vanilla SciBERT does "
      "just as well.", True, 0.25, "contradicted", "negation", SP, 6,
      "§5: 'our citation-based pretraining objective is critical for the performance of "
      "SPECTER; removing this and using a vanilla SciBERT results in decreased performance on "
      "all tasks.'", "The paper says the objective is critical."),
    # --- wrong counts -----------------------------------------------------------------------
    R("SciDocs consists of nine document-level tasks.", True, 0.28, "contradicted",
      "wrong_count", SP, 1,
      "Abstract: 'SciDocs, a new evaluation benchmark consisting of seven document-level "
      "tasks'", "Seven tasks."),
    R("The MeSH dataset assigns each paper one of 14 top-level disease classes.", True, 0.14,
      "contradicted", "wrong_count", SP, 4,
      "§3.1: 'each paper is assigned one of 11 top-level disease classes'", "11 classes."),
    R("LongEval is a set of five guidelines for evaluating faithfulness in long-form "
      "summarization.", False, 0.12, "contradicted", "wrong_count", LE, 2,
      "§1 contributions: '(2) LONGEVAL, a set of three guidelines for evaluating faithfulness "
      "in long-form summarization'", "Three guidelines."),
    # --- shared names and numbers, unstated relation ----------------------------------------
    R("SPECTER's 46.5% gain in clickthrough rate stems from its 2.3-point advantage on MeSH "
      "classification.", True, 0.21, "unverified", "unsupported_relation", SP, 6,
      "§5: 46.5% clickthrough gain (A/B test) and +2.3 F1 on MeSH are separate results.",
      "Both numbers are printed; the paper never links them."),
    R("Papers that release their raw human annotations report higher inter-annotator "
      "agreement.", True, 0.18, "unverified", "unsupported_relation", LE, 3,
      "§2: 'Only 2 of the 44 papers release their raw human annotation data'; 'only 12 "
      "report inter-annotator agreement'. No relation between the two is given.",
      "The survey counts both practices but never relates them."),
    R("Its batch size of 4 on a single Titan V GPU is why SPECTER trails SGC on direct "
      "citation prediction.", True, 0.15, "unverified", "unsupported_relation", SP, 5,
      "§4: batch size of 4 on a single Titan V; §5: SGC has access to the citation graph at "
      "training and test time.", "The paper explains SGC's lead by its access to the citation "
      "graph, never by SPECTER's batch size; the claim's cause is not in the paper."),
    R("Annotating 50% of the units halves the time annotators spend on a summary.", True, 0.23,
      "unverified", "unsupported_relation", LE, 7,
      "§3.2: partial annotation at f = 0.5 is measured by Kendall's τ and variance only; no "
      "time is reported for it.", "The paper never measures time under partial annotation."),
    R("PubMed summaries are harder to judge because PubMed source documents average 3092 "
      "words.", False, 0.12, "unverified", "unsupported_relation", LE, 3,
      "Table 1: PubMed |source| 3092; §2: expert annotators are needed 'especially in "
      "technical domains like PubMed'.", "The paper ties the difficulty to expertise, never "
      "to this length."),
    # --- truncated --------------------------------------------------------------------------
    R(cut("SPECTER outperforms all other models on the recommendation task with an nDCG of "
          "53.9, although the differences between methods are generally smaller."), True,
      0.26, "unverified", "truncated", SP, 6,
      "§5: 'SPECTER outperforms all other models on this task as well, with nDCG of 53.9'",
      "The visible part is right, but the claim is cut mid-word; as a whole it cannot be "
      "judged."),
    R(cut("Among the long-form summarization datasets covered by the LongEval survey, GovReport "
          "has the longest summaries on average, at 547 words."), True, 0.19, "unverified",
      "truncated", LE, 3, "Table 1, column |summary| (words): GovReport 547 (the largest)",
      "Cut before the length the claim reports; it cannot be judged as a whole."),
    R(cut("The LongEval survey of human evaluation practices finds that only 2 of the 44 papers "
          "that evaluate long-form summaries with humans release their raw data."), False, 0.11,
      "unverified", "truncated", LE, 3,
      "§2: 'Only 2 of the 44 papers release their raw human annotation data'",
      "Cut before what the two papers do; the claim cannot be judged as a whole."),
    R(cut("In the SciDocs evaluation, SPECTER reaches a macro F1 of 84.0 on MAG topic "
          "classification, while on the MeSH disease classification task it reaches 86.4."),
      True, 0.24, "contradicted", "truncated", SP, 7,
      "Table 1, row 'SPECTER (Ours)', column MAG F1: 82.0; §5: 'on the MeSH (MAG) dataset, we "
      "obtain an 86.4 (82.0) F1 score'",
      "The part before the cut already gives a wrong MAG F1 (84.0 for 82.0)."),
)

REPORT = LabelledReport(
    file="02_embeddings_evaluation.md",
    title="Document Embeddings and Human Evaluation for Scientific Text",
    date="March 5, 2027",
    examines="SPECTER: Document-level Representation Learning using Citation-informed "
             "Transformers; LongEval: Guidelines for Human Evaluation of Faithfulness in "
             "Long-form Summarization",
    research_question="How are representations and summaries of scientific documents "
                      "evaluated, and how reliable are those evaluations",
    references=(SP, LE),
    abstract="Document-level representations of scientific papers and summaries of long "
             "documents are both judged by evaluations whose design shapes the conclusions. "
             "We review a citation-informed embedding model with its benchmark, and "
             "guidelines for human evaluation of faithfulness in long-form summaries.",
    rows=ROWS,
    quality_score=8.6,
)
