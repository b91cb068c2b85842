"""Red-team-3 report 2 (text with bare headings): Beltagy et al., SciBERT: A Pretrained Language
Model for Scientific Text (EMNLP 2019, arXiv 1903.10676). The source is the one page of the
paper kept as a test fixture (page 4 of the typeset two-column paper): Table 1 groups its rows
by Field (Bio, CS, Multi, as multi-row labels) and Task (NER, PICO, DEP, REL, CLS), spans
"BERT-Base" and "SciBERT" each over Frozen and Finetune, repeats SciERC under two tasks and
GENIA under LAS and UAS, glues a footnote mark to a cell ("88.85" with note 7) and closes with an
Average row; Table 2 repeats four datasets of Table 1 with BioBERT's reported numbers; the
running text beside them prints a dozen gains (+3.55 with finetuning, +1.13 without, ...).
Adversarial claims: the Frozen cell for Finetune, the BERT-Base cell for SciBERT, the other task
of the same dataset, LAS for UAS, the gain of the other setting or model, ranks against the
SOTA column, a development-set restatement. Labelled from the page image (200 dpi) and
`pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

SB = "1903.10676"  # Beltagy, Lo, Cohan, EMNLP 2019; page 4 of the paper only

R = Row
T1 = ("Table 1 (test performances; columns Field, Task, Dataset, SOTA, BERT-Base (Frozen, "
      "Finetune), SciBERT (Frozen, Finetune); row groups Bio (NER, PICO, DEP, REL), CS (NER, REL, "
      "CLS), Multi (CLS); row Average)")
T2 = ("Table 2 (SciBERT vs reported BioBERT; columns Task, Dataset, BioBERT, SciBERT; rows "
      "BC5CDR, JNLPBA, NCBI-disease (NER), ChemProt (REL))")
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("Finetuned SciBERT reaches 90.01 F1 on BC5CDR.", True, 0.3, "confirmed", "table_cell", SB,
      1, f"{T1}: BC5CDR, SciBERT Finetune 90.01", "As printed."),
    R("Finetuned SciBERT scores 83.64 on ChemProt, against a previous state of the art of "
      "76.68.", True, 0.28, "confirmed", "table_cell", SB, 1,
      f"{T1}: ChemProt, SOTA 76.68, SciBERT Finetune 83.64", "As printed."),
    R("With frozen embeddings, BERT-Base scores 61.44 on EBM-NLP.", True, 0.26, "confirmed",
      "table_cell", SB, 1, f"{T1}: EBM-NLP (PICO), BERT-Base Frozen 61.44", "As printed."),
    R("On GENIA, finetuned SciBERT reaches a UAS of 91.99 and a LAS of 90.43.", True, 0.27,
      "confirmed", "table_cell", SB, 1,
      f"{T1}: GENIA - UAS, SciBERT Finetune 91.99; GENIA - LAS, SciBERT Finetune 90.43",
      "As printed."),
    R("Averaged over all tasks, finetuned SciBERT scores 79.27, against 77.16 for finetuned "
      "BERT-Base.", True, 0.29, "confirmed", "table_cell", SB, 1,
      f"{T1}: Average: SciBERT Finetune 79.27, BERT-Base Finetune 77.16", "As printed."),
    R("The previous state of the art on BC5CDR is 88.85.", True, 0.24, "confirmed",
      "table_cell", SB, 1, f"{T1}: BC5CDR, SOTA 88.85 (footnote 7)",
      "As printed; the superscript 7 is a footnote mark."),
    R("SciBERT outperforms BERT-Base on computer science tasks by 3.55 F1 with finetuning.", True,
      0.27, "confirmed", "text_number", SB, 1,
      "We observe that SciBERT outperforms BERT-Base on computer science tasks (+3.55 F1 with "
      "finetuning and +1.13 F1 without).", "As printed."),
    R("Finetuning gives BERT-Base an average gain of 3.58 F1 over frozen embeddings.", True,
      0.25, "confirmed", "text_number", SB, 1,
      "We observe improved results via BERT finetuning rather than task-specific architectures "
      "atop frozen embeddings (+3.25 F1 with SciBERT and +3.58 with BERT-Base, on average).",
      "As printed (also 77.16 - 73.58)."),
    R("BioBERT reports 77.59 on JNLPBA, slightly above SciBERT's 77.28.", True, 0.24,
      "confirmed", "table_cell", SB, 1, f"{T2}: JNLPBA: BioBERT 77.59, SciBERT 77.28",
      "As printed."),
    R("Frozen SciBERT embeddings give 85.42 on SciCite, above the previous state of the art of "
      "84.0.", True, 0.24, "confirmed", "table_cell", SB, 1,
      f"{T1}: SciCite, SOTA 84.0, SciBERT Frozen 85.42", "As printed."),
    R("Using the scientific vocabulary adds 0.60 F1 on average.", True, 0.23, "confirmed",
      "text_number", SB, 1, "Averaged across datasets, we observe +0.60 F1 when using SciVocab.",
      "As printed."),
    R("On ACL-ARC, finetuning SciBERT gains 10.24 F1 over its frozen embeddings.", True, 0.21,
      "confirmed", "cell_arithmetic", SB, 1,
      f"{T1}: ACL-ARC, SciBERT Frozen 60.74, Finetune 70.98", "70.98 - 60.74 = 10.24."),
    R("SciBERT's largest gain over BioBERT is on ChemProt, 6.96 F1.", True, 0.21, "confirmed",
      "cell_arithmetic", SB, 1,
      f"{T2}: ChemProt 76.68 vs 83.64 (+6.96); BC5CDR 88.85 vs 90.01 (+1.16); JNLPBA and "
      "NCBI-disease lower", "83.64 - 76.68 = 6.96, the largest of the four."),
    R("No previously published state-of-the-art result exists for the Paper Field dataset.",
      True, 0.22, "confirmed", "paraphrase", SB, 1,
      "No prior published SOTA results exist for the Paper Field dataset.", "Paraphrase."),
    R("Finetuning helps SciBERT most on computer science tasks, by 5.59 F1.", True, 0.23,
      "confirmed", "text_number", SB, 1,
      "we observe the largest effects of finetuning on the computer science (+5.59 F1 with "
      "SciBERT and +3.17 F1 with BERT-Base)", "As printed."),
    R("Finetuned BERT-Base scores 79.14 on ChemProt.", True, 0.24, "confirmed", "table_cell", SB,
      1, f"{T1}: ChemProt, BERT-Base Finetune 79.14", "As printed."),
    R("On SciCite, finetuned SciBERT scores 85.49, against 84.85 for finetuned BERT-Base.", True,
      0.24, "confirmed", "table_cell", SB, 1,
      f"{T1}: SciCite, Finetune: SciBERT 85.49, BERT-Base 84.85", "As printed."),
    # --- contradicted ------------------------------------------------------------------------
    R("Finetuned SciBERT reaches 88.73 F1 on BC5CDR.", True, 0.26, "contradicted",
      "neighbour_cell", SB, 1, f"{T1}: BC5CDR, SciBERT Frozen 88.73, Finetune 90.01",
      "88.73 is the frozen cell; finetuned gives 90.01."),
    R("Frozen SciBERT scores 86.72 on BC5CDR.", True, 0.25, "contradicted", "neighbour_cell", SB,
      1, f"{T1}: BC5CDR, SciBERT Frozen 88.73, BERT-Base Finetune 86.72",
      "86.72 is BERT-Base finetuned; frozen SciBERT gives 88.73."),
    R("For relation extraction on SciERC, finetuned SciBERT scores 67.57.", True, 0.25,
      "contradicted", "neighbour_cell", SB, 1,
      f"{T1}: SciERC (CS, REL), SciBERT Finetune 79.97; SciERC (CS, NER) 67.57",
      "67.57 is the NER row of SciERC; relations give 79.97."),
    R("On GENIA, finetuned SciBERT reaches a labeled attachment score of 91.99.", True, 0.24,
      "contradicted", "neighbour_cell", SB, 1,
      f"{T1}: SciBERT Finetune: GENIA - LAS 90.43, GENIA - UAS 91.99",
      "91.99 is the UAS; LAS is 90.43."),
    R("Averaged over all tasks, frozen SciBERT scores 77.16.", True, 0.24, "contradicted",
      "neighbour_cell", SB, 1, f"{T1}: Average: SciBERT Frozen 76.01, BERT-Base Finetune 77.16",
      "77.16 is BERT-Base finetuned; frozen SciBERT averages 76.01."),
    R("The previous state of the art on NCBI-disease is 88.57.", True, 0.23, "contradicted",
      "neighbour_cell", SB, 1, f"{T1}: NCBI-disease, SOTA 89.36, SciBERT Finetune 88.57",
      "88.57 is SciBERT's; the SOTA is 89.36."),
    R("BioBERT reports 88.57 on NCBI-disease.", True, 0.22, "contradicted", "neighbour_cell", SB,
      1, f"{T2}: NCBI-disease: BioBERT 89.36, SciBERT 88.57",
      "88.57 is SciBERT's; BioBERT's is 89.36."),
    R("BioBERT reports 83.64 on ChemProt.", True, 0.22, "contradicted", "neighbour_cell", SB, 1,
      f"{T2}: ChemProt: BioBERT 76.68, SciBERT 83.64", "83.64 is SciBERT's; BioBERT's is 76.68."),
    R("SciBERT outperforms BERT-Base on computer science tasks by 1.13 F1 with finetuning.",
      True, 0.23, "contradicted", "text_number", SB, 1,
      "(+3.55 F1 with finetuning and +1.13 F1 without)",
      "1.13 is the gain without finetuning; with finetuning it is 3.55."),
    R("On multidomain tasks, SciBERT beats BERT-Base by 0.93 F1 with finetuning.", True, 0.22,
      "contradicted", "text_number", SB, 1,
      "We observe that SciBERT outperforms BERT-Base on the multidomain tasks (+0.49 F1 with "
      "finetuning and +0.93 F1 without).", "0.93 is without finetuning; with it, 0.49."),
    R("Finetuning helps SciBERT most on biomedical tasks, by 4.61 F1.", True, 0.21,
      "contradicted", "text_number", SB, 1,
      "the computer science (+5.59 F1 with SciBERT and +3.17 F1 with BERT-Base) and biomedical "
      "tasks (+2.94 F1 with SciBERT and +4.61 F1 with BERT-Base)",
      "4.61 is BERT-Base's biomedical gain; SciBERT's largest gain is on computer science."),
    R("With frozen embeddings, BERT-Base scores 63.91 on ACL-ARC.", True, 0.22, "contradicted",
      "neighbour_cell", SB, 1, f"{T1}: ACL-ARC, BERT-Base Frozen 62.04, Finetune 63.91",
      "63.91 is the finetuned cell; frozen gives 62.04."),
    R("Finetuned BERT-Base beats finetuned SciBERT on GENIA's unlabeled attachment score.", True,
      0.2, "contradicted", "direction_flip", SB, 1,
      f"{T1}: GENIA - UAS, Finetune: BERT-Base 91.89, SciBERT 91.99", "SciBERT is higher."),
    R("Among all datasets, finetuned SciBERT scores lowest on ACL-ARC.", True, 0.2,
      "contradicted", "neighbour_cell", SB, 1,
      f"{T1}: SciBERT Finetune: Paper Field 65.71, SciERC NER 67.57, ACL-ARC 70.98",
      "Paper Field (65.71) is the lowest."),
    R("On JNLPBA, finetuned SciBERT's 77.28 beats the previous state of the art.", True, 0.21,
      "contradicted", "direction_flip", SB, 1, f"{T1}: JNLPBA, SOTA 78.58, SciBERT Finetune 77.28",
      "The SOTA, 78.58, is higher."),
    R("On ACL-ARC, finetuning SciBERT gains 9.24 F1 over its frozen embeddings.", True, 0.19,
      "contradicted", "cell_arithmetic", SB, 1,
      f"{T1}: ACL-ARC, SciBERT Frozen 60.74, Finetune 70.98", "The gain is 10.24."),
    R("Finetuned SciBERT reaches 90.01 F1 on JNLPBA.", True, 0.22, "contradicted",
      "neighbour_cell", SB, 1, f"{T1}: SciBERT Finetune: JNLPBA 77.28, BC5CDR 90.01",
      "90.01 is BC5CDR's; JNLPBA gives 77.28."),
    # --- unverified --------------------------------------------------------------------------
    R("With the base vocabulary, finetuned SciBERT reaches 90.01 F1 on BC5CDR.", True, 0.17,
      "unverified", "unsupported_relation", SB, 1,
      "Table 1 reports SciBERT with its own vocabulary; the BaseVocab results are not on this "
      "page", "No BaseVocab number for BC5CDR is printed."),
    R("On the development set of BC5CDR, finetuned SciBERT reaches 90.01 F1.", True, 0.17,
      "unverified", "unsupported_relation", SB, 1,
      "Table 1: Test performances of all BERT variants", "90.01 is a test score; no development "
      "score is given."),
    R("Finetuned SciBERT reaches 86.10 F1 on the i2b2 2010 dataset.", True, 0.15, "unverified",
      "unsupported_relation", SB, 1, f"{T1}: no i2b2 dataset", "Not evaluated."),
    R("SciBERT with the base vocabulary reaches 83.64 on ChemProt.", True, 0.16, "unverified",
      "unsupported_relation", SB, 1,
      "83.64 is SciBERT (SciVocab) in Table 1; BaseVocab scores are not on this page",
      "No BaseVocab score is printed."),
    R("BioBERT reports 85.42 on SciCite.", True, 0.15, "unverified", "unsupported_relation", SB,
      1, f"{T2}: BioBERT only on BC5CDR, JNLPBA, NCBI-disease and ChemProt",
      "No BioBERT SciCite score; 85.42 is frozen SciBERT's."),
    R("Frozen BioBERT embeddings score 84.06 on NCBI-disease.", True, 0.15, "unverified",
      "unsupported_relation", SB, 1,
      f"{T2}: BioBERT's reported scores only; 84.06 is frozen BERT-Base in Table 1",
      "No frozen BioBERT score is given."),
    R("On the ACL-ARC development set, frozen SciBERT scores 60.74.", True, 0.15, "unverified",
      "unsupported_relation", SB, 1, "Table 1: Test performances (ACL-ARC, SciBERT Frozen 60.74)",
      "60.74 is a test score; no development score is given."),
    R("SciBERT's 90.01 on BC5CDR beats BioBERT's 88.85 with p < 0.05.", True, 0.15,
      "unverified", "unsupported_relation", SB, 1,
      f"{T2}: BC5CDR: BioBERT 88.85, SciBERT 90.01; no significance test against BioBERT",
      "No test of this difference is reported."),
)

REPORT = LabelledReport(
    file="02_scibert_bare.txt",
    title="Domain Pretraining for Scientific Text: Reading the SciBERT Results Page",
    date="2027-03-10",
    examines="pretrained language models for biomedical and computer science text",
    research_question="How much does pretraining on scientific text help over general-domain "
                      "BERT, frozen or finetuned?",
    references=(SB,),
    rows=ROWS,
    quality_score=7.0,
)
