"""Report 4 (plain text with bare headings, as some seeds print them): the S2ORC corpus
(2020.acl-main.447) and SPECTER (2020.acl-main.207), read for how scientific-text models are
pretrained and evaluated. Many of its claims join the two papers in ways neither states."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

S2 = "2020.acl-main.447"  # Lo et al. 2020, S2ORC
SP = "2020.acl-main.207"  # Cohan et al. 2020, SPECTER

R = Row
ROWS = (
    # --- exact numbers from sentences -------------------------------------------------------
    R("The S2ORC-SciBERT WordPiece vocabulary was built from 15% of the S2ORC pretraining "
      "corpus.", True, 0.19, "confirmed", "text_number", S2, 7,
      "§5 Vocab: 'we construct a cased WordPiece ... vocabulary of size 31k using 15% of the "
      "S2ORC pretraining corpus'", "As printed."),
    R("SPECTER's training query papers amount to around 26.7M tokens.", False, 0.12,
      "confirmed", "text_number", SP, 5,
      "§4: 'about 146K query papers (around 26.7M tokens)'", "As printed."),
    R("SPECTER uses 2 hard negatives and 3 easy negatives for each query paper.", True, 0.24,
      "confirmed", "text_number", SP, 5,
      "§4: 'We empirically found it helpful to use 2 hard negatives (citations of citations) "
      "and 3 easy negatives (randomly selected papers) for each query paper.'", "As printed."),
    R("About 677k S2ORC papers have more than one primary Microsoft Academic field of study.",
      True, 0.15, "confirmed", "text_number", S2, 5,
      "§3: 'Approximately 677k papers have more than one primary Microsoft Academic field of "
      "study'", "As printed."),
    R("Ahmad and Afzal found GROBID to reach an F1 of 0.89 on inline citation detection in 5k "
      "CiteSeer papers.", True, 0.21, "confirmed", "text_number", S2, 6,
      "§4: 'Ahmad and Afzal (2018) evaluate GROBID for detecting inline citations using a "
      "corpus of 5k CiteSeer papers, and found GROBID to have an F1-score of 0.89 on this "
      "task.'", "As printed (the sentence starts on page 5 and ends on page 6)."),
    R("The SciDocs recommendation data consists of 22K clickthrough events from a public "
      "scholarly search engine.", True, 0.17, "confirmed", "text_number", SP, 5,
      "§3.4: 'We use a dataset of user clickthrough data for this task which consists of 22K "
      "clickthrough events from a public scholarly search engine.'", "As printed."),
    # --- numbers found only in table cells ----------------------------------------------
    R("52.2M S2ORC papers, 64.3% of the corpus, have DOIs.", True, 0.20, "confirmed",
      "table_cell", S2, 5,
      "Table 3 (Statistics on paper provenance), row 'Papers w/ DOIs': 52.2M (64.3%)",
      "Only in the table."),
    R("Only 42k S2ORC papers have ACL Anthology IDs.", True, 0.14, "confirmed", "table_cell",
      S2, 5, "Table 3, row 'Papers w/ ACL IDs': 42k (0.1%)", "Only in the table."),
    R("LaTeX parses in S2ORC contain on average 21.9 bibliography entries per paper.", False,
      0.10, "confirmed", "table_cell", S2, 5,
      "Table 4, row 'Bibliography entries', column LATEX: 21.9 (values averaged over all open "
      "access papers)", "Only in the table."),
    R("S2ORC's paper clustering reaches an accuracy of 0.89 on authors.", True, 0.18,
      "confirmed", "table_cell", S2, 6,
      "Table 6, row 'Paper clustering', column Authors: 0.89", "Only in the table."),
    R("Citeomatic reaches an nDCG of 90.2 on the SciDocs co-view task.", True, 0.16,
      "confirmed", "table_cell", SP, 7,
      "Table 1, row 'Citeomatic (2018)', column User activity / Co-View / nDCG: 90.2",
      "Only in the table."),
    R("SciBERT fine-tuned on co-citations scores 85.2 on citation prediction.", False, 0.11,
      "confirmed", "table_cell", SP, 8,
      "Table 3, row 'SciBERT fine-tune on co-citation', column CITE: 85.2",
      "Only in the table."),
    R("Sent-BERT reaches 80.5 F1 on MAG topic classification.", True, 0.22, "confirmed",
      "table_cell", SP, 7, "Table 1, row 'Sent-BERT (2019)', column MAG F1: 80.5",
      "Only in the table."),
    # --- differences and averages of cells ------------------------------------------------
    R("SPECTER beats SciBERT by 22.2 points of co-citation nDCG.", True, 0.23, "confirmed",
      "cell_arithmetic", SP, 7,
      "Table 1, column Co-Cite / nDCG: SPECTER 94.8, SciBERT 72.6", "94.8 - 72.6 = 22.2."),
    R("Multitask fine-tuning of SciBERT trails SPECTER by 2.0 points over all tasks.", True,
      0.20, "confirmed", "cell_arithmetic", SP, 8,
      "Table 3, column All: SPECTER 80.0, SciBERT fine-tune on multitask 78.0",
      "80.0 - 78.0 = 2.0."),
    R("GROBID parses link on average 12.5 more bibliography entries per paper than LaTeX "
      "parses.", False, 0.13, "confirmed", "cell_arithmetic", S2, 5,
      "Table 4, row 'Linked bib. entries': GROBID 19.3, LATEX 6.8", "19.3 - 6.8 = 12.5."),
    R("S2ORC-SciBERT improves on SciBERT by 0.95 micro-F1 on ChemProt.", True, 0.18,
      "confirmed", "cell_arithmetic", S2, 6,
      "Table 5, row Biomed / ChemProt / REL: SciBERT 83.64, S2ORC-SciBERT 84.59 ± 0.93; "
      "caption: 'We report micro-F1 for ChemProt.'", "84.59 - 83.64 = 0.95."),
    R("Averaged over direct citations and co-citations, SGC's MAP is 87.85.", True, 0.12,
      "confirmed", "cell_arithmetic", SP, 7,
      "Table 1, row 'SGC (2019a)': Cite MAP 91.6, Co-Cite MAP 84.1", "(91.6 + 84.1) / 2 = "
      "87.85."),
    # --- paraphrases ----------------------------------------------------------------------
    R("Figure captions, table text, headers, footers and footnotes are left out of the S2ORC "
      "pretraining corpus.", True, 0.26, "confirmed", "paraphrase", S2, 6,
      "§5 Preprocessing: 'S2ORC identifies figure captions, table text and captions, headers, "
      "footers, and footnotes. We exclude these from the pretraining corpus.'",
      "Same statement in other words."),
    R("On recommendation, SPECTER's margin over other methods is smaller because the embeddings "
      "are one of several ranking features.", True, 0.22, "confirmed", "paraphrase", SP, 6,
      "§5: 'the differences in method scores are generally smaller. This is because for this "
      "task the embeddings are used along with several other informative features in the "
      "ranking model'", "Same statement in other words."),
    R("In the t-SNE projection, SPECTER's topic clusters look more compact than SciBERT's.",
      True, 0.19, "confirmed", "paraphrase", SP, 8,
      "§6 Visualization: 'our embeddings are better at encoding topical information, as the "
      "clusters seem to be more compact'", "Same statement."),
    R("S2ORC does not use metadata extracted from LaTeX for paper clustering or metadata "
      "selection.", False, 0.11, "confirmed", "paraphrase", S2, 3,
      "§2.2: 'Therefore, we do not use LATEX-derived metadata for paper clustering or metadata "
      "selection.'", "Same statement."),
    R("Fine-tuning SPECTER further on the end tasks brought no additional improvement.", True,
      0.15, "confirmed", "paraphrase", SP, 8,
      "Footnote 15: 'We also experimented with further task-specific fine-tuning of our "
      "SPECTER on the end tasks but we did not observe additional improvements.'",
      "Same statement."),
    # --- a few decided the other way ------------------------------------------------------
    R("S2ORC-SciBERT is fine-tuned with a batch size of 16.", True, 0.17, "contradicted",
      "wrong_number", S2, 7,
      "§5: 'fine-tuned on all tasks by optimizing a cross entropy loss using Adam ..., a linear "
      "learning rate decay with 10% warm-up, batch size of 32, and dropout of 0.1'",
      "32, not 16."),
    R("Bibliography linking of LaTeX parses reaches an accuracy of 0.96 on authors.", True,
      0.14, "contradicted", "neighbour_cell", S2, 6,
      "Table 6, column Authors: Bib. linking (GROBID) 0.96, Bib. linking (LATEX) 0.92",
      "0.96 is the GROBID row; LaTeX is 0.92."),
    R("Biomedical papers make up a smaller share of the S2ORC pretraining corpus than computer "
      "science papers.", False, 0.10, "contradicted", "direction_flip", S2, 6,
      "§5 Domain: 'biomedical (42.7%) and computer science (7.2%) papers only comprise half "
      "the corpus'", "Biomedical papers are the larger share."),
    R("After t-SNE projection, SPECTER's embeddings separate topics no better than SciBERT's.",
      True, 0.16, "contradicted", "negation", SP, 8,
      "§6: 'the homogeneity and completeness values for SPECTER are respectively 0.41 and "
      "0.72 compared with SciBERT's 0.19 and 0.63, a clear improvement on separating topics'",
      "The paper reports a clear improvement."),
    # --- shared names and numbers, unstated relation ----------------------------------------
    R("SPECTER was trained on citation triples drawn from S2ORC.", True, 0.30, "unverified",
      "unsupported_relation", SP, 5,
      "§4: 'we use a subset of the Semantic Scholar corpus (Ammar et al., 2018)'; SPECTER "
      "never mentions S2ORC.", "S2ORC is also built from Semantic Scholar, but neither paper "
      "says SPECTER's data came from S2ORC."),
    R("S2ORC-SciBERT embeddings outperform SPECTER on the SciDocs benchmark.", True, 0.27,
      "unverified", "unsupported_relation", S2, 6,
      "S2ORC evaluates S2ORC-SciBERT on the SciBERT task suite (Table 5); SPECTER evaluates on "
      "SciDocs (Table 1). Neither compares the two.", "No cited paper makes this comparison."),
    R("The nearly five times larger pretraining corpus is why S2ORC-SciBERT beats SciBERT on "
      "GENIA dependency parsing.", True, 0.21, "unverified", "unsupported_relation", S2, 7,
      "§5: corpus 'nearly five times larger'; Table 5 GENIA LAS 90.80 vs 90.43, UAS 92.31 vs "
      "91.99. No cause is stated.", "The gain is printed, the cause is not."),
    R("The 0.536 vocabulary overlap explains why S2ORC-SciBERT trails SciBERT on ACL-ARC.",
      True, 0.18, "unverified", "unsupported_relation", S2, 7,
      "§5: Jaccard index 0.536; Table 5 ACL-ARC 68.45 vs 70.98. No link is stated.",
      "Two facts of the paper in a causal relation it never states."),
    R("The 1.5M LaTeX parses in S2ORC come mostly from physics papers.", False, 0.12,
      "unverified", "unsupported_relation", S2, 3,
      "§2.2: LaTeX parses are derived from arXiv; Table 1 lists 'physics, math, CS'; the "
      "Table 4 footnote says many physics bibliographies lack titles. No share of physics is "
      "given.", "The paper never says what share of the LaTeX parses is physics."),
    R("SPECTER's triplet margin of m = 1 was chosen after a search over ten values.", True,
      0.16, "unverified", "unsupported_relation", SP, 5,
      "§2.3: 'we empirically choose m = 1'; §4: 'Based on initial experiments, we use a margin "
      "m=1'", "The paper does not say how many values were tried."),
    R("S2ORC-SciBERT was fine-tuned for 4 epochs on every task.", True, 0.20, "unverified",
      "unsupported_relation", S2, 7,
      "§5: 'We fine-tune for 1 to 4 epochs ... For each task, we select the optimal "
      "combination of these two hyperparameters using the development set'",
      "The epochs chosen per task are not reported."),
    R("The 500 paper clusters sampled to check S2ORC's metadata selection all had arXiv PDFs.",
      True, 0.13, "unverified", "unsupported_relation", S2, 5,
      "§4: 'we randomly sample 500 paper clusters, restricting to those with PDFs'",
      "The source of the PDFs is not stated."),
    R("The S2ORC authors blame S2ORC-SciBERT's weaker ACL-ARC result on its 7.2% share of "
      "computer science papers.", True, 0.19, "unverified", "unsupported_relation", S2, 7,
      "§5: computer science is 7.2% of the corpus; Table 5 ACL-ARC 68.45 vs 70.98. The text "
      "only says S2ORC-SciBERT 'outperforms SciBERT on many tasks despite including a large "
      "percentage of data outside of the biomedical and computer science domains'.",
      "The paper attributes nothing to the 7.2%."),
    R("SPECTER's A/B test ran on S2ORC's 8.1M open access papers.", False, 0.09, "unverified",
      "unsupported_relation", SP, 6,
      "SPECTER §5: an online A/B test 'In a dataset of 4,113 clicks'; 8.1M is S2ORC's count of "
      "open access papers.", "Neither paper says on which papers the A/B test ran."),
    # --- truncated --------------------------------------------------------------------------
    R(cut("S2ORC contains 81.1M papers, of which 28.9M have an associated PDF and 8.1M are "
          "identified as open access with full text provided."), True, 0.28, "unverified",
      "truncated", S2, 5,
      "§3: 81.1M papers, 28.9M with PDF; 'We identify 8.1M of the 28.9M PDFs as open access "
      "(§2.4), and we provide full text for all papers in this open access subset.'",
      "The visible part is right, but the claim is cut off; as a whole it cannot be judged."),
    R(cut("SPECTER is trained for 2 epochs on a single Titan V GPU with a batch size of 4, "
          "using gradient accumulation to reach an effective batch size of 32."), True, 0.21,
      "unverified", "truncated", SP, 5,
      "§4: 'We train the model on a single Titan V GPU (12G memory) for 2 epochs, with batch "
      "size of 4 ... and use gradient accumulation for an effective batch size of 32.'",
      "Cut before the effective batch size; it cannot be judged as a whole."),
    R(cut("To fine-tune SciBERT on task-specific signals, the SPECTER authors use co-view data "
          "with 65K query papers, co-read data with 14K query papers and co-citations with "
          "83K."), True, 0.17, "unverified", "truncated", SP, 8,
      "§6: 'we used a dataset of co-views with 65K query papers, co-reads with 14K query "
      "papers, and co-citations (instead of direct citations) with 83K query papers'",
      "Cut before the co-read and co-citation counts; it cannot be judged as a whole."),
    R(cut("In the S2ORC pretraining corpus, biomedical papers make up 42.7% and computer science "
          "papers 7.2%, so that the two domains form only half of the corpus."), False, 0.12,
      "unverified", "truncated", S2, 6,
      "§5 Domain: 'biomedical (42.7%) and computer science (7.2%) papers only comprise half "
      "the corpus'", "Cut mid-word; it cannot be judged as a whole."),
    R(cut("The SciDocs MeSH classification dataset is dominated by Neoplasms, which with 5.4K "
          "instances makes up 23.3% of the dataset, while Hepatitis is the rarest."), True,
      0.19, "unverified", "truncated", SP, 4,
      "§3.1: 'The most populated category is Neoplasms (cancer) with 5.4K instances (23.3% of "
      "the total dataset)'", "Cut mid-word; it cannot be judged as a whole."),
    R(cut("The MAG classification dataset of SciDocs has 25K papers spread almost evenly over 19 "
          "level-1 classes of a Microsoft Academic Graph hierarchy of 5 levels."), True, 0.23,
      "unverified", "truncated", SP, 4,
      "§3.1: 'We construct a dataset of 25K papers, almost evenly split over the 19 different "
      "classes of level 1 categories in MAG'; 'a hierarchy of 5 levels'",
      "Cut before the hierarchy's depth; it cannot be judged as a whole."),
)

REPORT = LabelledReport(
    file="04_pretraining_corpora_bare.txt",
    title="Pretraining Corpora and Citation Signals for Scientific Language Models",
    date="March 12, 2027",
    examines="S2ORC: The Semantic Scholar Open Research Corpus; SPECTER: Document-level "
             "Representation Learning using Citation-informed Transformers",
    research_question="Which corpora and training signals make scientific language models "
                      "and document embeddings work",
    references=(S2, SP),
    abstract="Scientific language models depend on the corpora they are pretrained on and on "
             "the signals used to adapt them. We review an open research corpus with a BERT "
             "model pretrained on it, and a document embedding model trained on citations.",
    rows=ROWS,
    quality_score=7.1,
)
