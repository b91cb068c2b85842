"""Held-out-11 report 3 (Markdown): Ramos, Collison, White, A Review of Large Language Models and
Autonomous Agents in Chemistry (arXiv 2407.01603v3, the arXiv stamp on page 1; the PDF is
paper-qa's tutorial fixture docs/tutorials/papers/2407.01603.pdf). 79 pages, one column. The
targets are its catalogue tables, whose cells are words, sizes and dates rather than scores:
Table 1 (encoder-only scientific LLMs, pages 12-13) and Table 2 (decoder-only, pages 16-17),
each with columns LLM, Model Size, Training Data, Architecture, Application, Release date (first
publication, the last update in parentheses), with size "b" for a size not reported. Natural
synthesis claims, labelled from the page images (110 dpi) and `pdftotext -layout` before any
verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

CR = "2407.01603"

R = Row
T1 = ("Table 1 (Encoder-only scientific LLMs; columns LLM, Model Size, Training Data, "
      "Architecture, Application, Release date)")
T2 = ("Table 2 (Decoder-only scientific LLMs; columns LLM, Model Size, Training Data, "
      "Architecture, Application, Release date)")
ROWS = (
    # --- confirmed -------------------------------------------------------------------------
    R("CatBERTa, a 355M-parameter RoBERTa model trained on OpenCatalyst2020, targets property "
      "prediction.", True, 0.3, "confirmed", "table_cell", CR, 12,
      f"{T1}: CatBERTa: 355M, OpenCatalyst2020 (OC20), RoBERTa, Property prediction",
      "As printed."),
    R("MatBERT has 110M parameters and is used for named entity recognition.", True, 0.25,
      "confirmed", "table_cell", CR, 13, f"{T1}: MatBERT: 110M, BERT, NER, 2022.04",
      "As printed."),
    R("ScholarBERT comes in 340M and 770M parameter sizes.", True, 0.25, "confirmed",
      "table_cell", CR, 13, f"{T1}: ScholarBERT: 340M, 770M", "As printed."),
    R("BioMegatron was released in sizes of 345M, 800M and 1.2B parameters.", True, 0.25,
      "confirmed", "table_cell", CR, 13, f"{T1}: BioMegatron: 345M, 800M, 1.2B; Megatron-LM",
      "As printed."),
    R("PubMedBERT was trained on 14M abstracts from PubMed.", True, 0.25, "confirmed",
      "table_cell", CR, 13, f"{T1}: PubMedBERT: 110M, 14M abstracts from PubMed", "As printed."),
    R("SciBERT was trained on 1.14M papers from Semantic Scholar.", True, 0.25, "confirmed",
      "table_cell", CR, 13, f"{T1}: SciBERT: 110M, 1.14M papers from Semantic Scholar",
      "As printed."),
    R("MolBERT is a BERT model of about 85M parameters trained on ChemBench.", True, 0.25,
      "confirmed", "table_cell", CR, 13, f"{T1}: MolBERT: ~85M, ChemBench, BERT",
      "As printed."),
    R("BioMedLM, a 2.7B-parameter GPT model, is applied to question answering.", True, 0.25,
      "confirmed", "table_cell", CR, 16, f"{T2}: BioMedLM: 2.7B, GPT, QA, 2024.03",
      "As printed."),
    R("BiMediX is an 8x7B Mixtral model trained on 1.3M Arabic-English instructions.", True,
      0.25, "confirmed", "table_cell", CR, 16,
      f"{T2}: BiMediX: 8x7B, 1.3M Arabic-English instructions (BiMed), Mixtral, QA",
      "As printed."),
    R("GPTChem builds on GPT-3 with 175B parameters for property prediction and inverse "
      "design.", True, 0.25, "confirmed", "table_cell", CR, 17,
      f"{T2}: GPTChem: 175B, GPT-3, Property prediction and inverse design", "As printed."),
    R("BioGPT has 355M parameters and is built on GPT-2.", True, 0.25, "confirmed",
      "table_cell", CR, 17, f"{T2}: BioGPT: 355M, GPT-2", "As printed."),
    R("MolGPT is a small 6M-parameter GPT trained on MOSES and GuacaMol.", True, 0.25,
      "confirmed", "table_cell", CR, 17, f"{T2}: MolGPT: 6M, MOSES and GuacaMol, GPT",
      "As printed."),
    R("The Regression Transformer uses an XLNet architecture of roughly 27M parameters.", True,
      0.25, "confirmed", "table_cell", CR, 17, f"{T2}: Regression Transformer: ~27M, XLNet",
      "As printed."),
    R("Galactica's largest version has 120B parameters.", True, 0.25, "confirmed",
      "table_cell", CR, 17, f"{T2}: Galactica: 125M, 1.3B, 6.7B, 30B, 120B", "As printed."),
    R("The review covers LLM-based autonomous agents as well as LLMs themselves, extending the "
      "agent discussion beyond chemistry.", True, 0.3, "confirmed", "paraphrase", CR, 1,
      "We also review LLM-based autonomous agents ... we extend the scope of our review of "
      "agents beyond chemistry", "Paraphrase of the abstract."),
    # --- contradicted ----------------------------------------------------------------------
    R("MatBERT has 340M parameters.", True, 0.25, "contradicted", "neighbour_cell", CR, 13,
      f"{T1}: MatBERT: 110M (340M is ScholarBERT, two rows up)", "Another row's size."),
    R("BioGPT is built on GPT-3.", True, 0.25, "contradicted", "neighbour_cell", CR, 17,
      f"{T2}: BioGPT: GPT-2 (GPT-3 is the next row)", "Neighbouring row."),
    R("MolGPT has 13.4M parameters.", True, 0.25, "contradicted", "neighbour_cell", CR, 17,
      f"{T2}: MolGPT: 6M (13.4M is Adilov2021)", "Neighbouring row."),
    R("BioMedLM has 7B parameters.", True, 0.25, "contradicted", "neighbour_cell", CR, 16,
      f"{T2}: BioMedLM: 2.7B", "7B is LlasMol/BioMistral."),
    R("PubMedBERT was trained on 15M abstracts from PubMed.", True, 0.25, "contradicted",
      "wrong_number", CR, 13, f"{T1}: PubMedBERT: 14M abstracts from PubMed",
      "15M is BioGPT's figure in Table 2."),
    R("SciBERT was trained on 1.41M Semantic Scholar papers.", True, 0.25, "contradicted",
      "transposed_digits", CR, 13, f"{T1}: SciBERT: 1.14M papers", "1.14M printed."),
    R("BiMediX has 8x22B parameters.", True, 0.25, "contradicted", "wrong_number", CR, 16,
      f"{T2}: BiMediX: 8x7B", "Wrong size."),
    R("CatBERTa is built on a BERT architecture rather than RoBERTa.", True, 0.25,
      "contradicted", "negation", CR, 12, f"{T1}: CatBERTa: Architecture RoBERTa",
      "RoBERTa printed."),
    R("Galactica was released in four sizes.", True, 0.25, "contradicted", "wrong_count", CR,
      17, f"{T2}: Galactica: 125M, 1.3B, 6.7B, 30B, 120B", "Five sizes."),
    # --- unverified ------------------------------------------------------------------------
    R("MatBERT outperforms SciBERT on materials NER by 4 F1 points.", True, 0.15, "unverified",
      "unsupported_relation", CR, 13, f"{T1}: both 110M BERT; no scores compared",
      "The table lists models, not results."),
    R("BioGPT is the most cited decoder-only model in the review.", True, 0.15, "unverified",
      "unsupported_relation", CR, 17, "No citation counts are given.", "Not reported."),
    R("GPTChem's 175B parameters make it four times more accurate than the 7B models.", True,
      0.15, "unverified", "unsupported_relation", CR, 17,
      f"{T2}: GPTChem 175B; no accuracy figures", "No such relation."),
    R("MolBERT was trained on 85M molecules from ChemBench.", True, 0.15, "unverified",
      "unsupported_relation", CR, 13,
      f"{T1}: MolBERT: Model Size ~85M, Training Data ChemBench",
      "85M is the model size; the number of molecules is not given."),
    R("ChemGPT's 1B parameters were trained for 10 days on 8 GPUs.", True, 0.15, "unverified",
      "unsupported_relation", CR, 17, f"{T2}: ChemGPT: ~1B, 10M molecules from PubChem",
      "No training time or hardware."),
    R("SciBERT and BioBERT, both 110M-parameter BERT models, were each trained for one million "
      "steps.", True, 0.15, "unverified", "unsupported_relation", CR, 13,
      f"{T1}: SciBERT: 110M, BERT; BioBERT: 110M, BERT; no training steps given",
      "Not reported."),
    R("PMC-LLaMA's 13B version was released in April 2024 after the 7B version in 2023.", True,
      0.15, "unverified", "unsupported_relation", CR, 17,
      f"{T2}: PMC-LLaMA: 7B and 13B, 2023.04 (2024.04)",
      "The dates are of the paper's versions, not of each model size."),
    R("Darwin's 7B model is trained on 10M SciQ questions.", True, 0.15, "unverified",
      "unsupported_relation", CR, 17, f"{T2}: Darwin: 7B, SciQ and Web of Science",
      "No size of the training data is given."),
    R("Encoder-only models dominate chemistry property prediction because of their bidirectional "
      "attention, with 30% lower error.", True, 0.15, "unverified", "unsupported_relation", CR,
      12, "No error comparison is given.", "Not reported."),
)

REPORT = LabelledReport(
    file="03_chemistry_llm_catalogue.md",
    title="Scientific Language Models for Chemistry: What the Catalogues Say",
    date="2027-05-04",
    examines="encoder-only and decoder-only language models trained for chemistry and biomedicine",
    research_question="Which architectures, sizes and training corpora do scientific LLMs for "
                      "chemistry use?",
    references=(CR,),
    rows=ROWS,
    quality_score=6.9,
)
