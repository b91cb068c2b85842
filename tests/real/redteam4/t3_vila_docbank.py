"""Red-team-4 report 3 (Markdown): the per-class breakdown of VILA (Shen et al., TACL 2022,
arXiv 2106.00676) on DocBank, Table 8 of the paper, printed in small type directly under Table 7
(GROTOAP2) on the same page. The two tables share row names and several column names (Abstract,
Author, Table, Title, Macro F1), Table 8 adds a LayoutLMv2-BASE row that Table 7 lacks, bolds three
tied cells (98.68 under Abstract) and closes with a "# Tokens in Class" row. Adversarial claims:
the GROTOAP2 cell of the same row and column restated for DocBank, the neighbouring row or column,
a token count of another class, transposed digits, differences right and wrong, false
superlatives, swapped directions, LayoutLMv2 on the dataset where it was not run. Labelled from
the page image (200 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

VI = "2106.00676"  # VILA, TACL 2022; a three-page excerpt
T8 = ("Table 8 (prediction F1 breakdown on DocBank; columns Abstract, Author, Caption, Date, "
      "Figure, Footer, List, Paragraph, Reference, Section, Table, Title, Macro F1; rows "
      "BERT-BASE, BERT-BASE + I-VILA(Text Line), BERT-BASE + I-VILA(Text Block), LayoutLM-BASE, "
      "LayoutLM-BASE + Sentence Breaks, LayoutLM-BASE + I-VILA(Text Line), LayoutLM-BASE + "
      "I-VILA(Text Block), LayoutLMv2-BASE, Simple Group Classifier, H-VILA(Text Line), "
      "H-VILA(Text Block), # Tokens in Class)")
T7 = "Table 7 (the same breakdown on GROTOAP2, above Table 8 on the same page)"


def C(text, cat, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, VI, 3, f"{T8}: {ev}", why)


def X(text, cat, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, VI, 3, f"{T8}: {ev}", why)


def U(text, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", VI, 3, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("On DocBank, LayoutLMv2 has the best Macro F1, 93.34.", "table_cell",
      "Macro F1: LayoutLMv2-BASE 93.34 (bold), the maximum"),
    C("LayoutLM with text-line I-VILA reaches 90.78 F1 on DocBank figures, the best in that "
      "column.", "table_cell", "Figure: LayoutLM-BASE + I-VILA(Text Line) 90.78 (bold)"),
    C("BERT-Base scores only 71.97 F1 on DocBank figures.", "table_cell",
      "BERT-BASE, Figure 71.97"),
    C("Block-level H-VILA scores 70.33 F1 on dates, the lowest of all models on DocBank.",
      "table_cell", "Date: H-VILA(Text Block) 70.33, the column's minimum (next: Simple Group "
      "Classifier 71.04)"),
    C("Paragraphs are the largest DocBank class, with 20,630,188 tokens.", "table_cell",
      "# Tokens in Class: Paragraph 20630188, the largest"),
    C("Dates are the rarest DocBank class, with 3,275 tokens.", "table_cell",
      "# Tokens in Class: Date 3275, the smallest"),
    C("Block-level H-VILA scores 93.52 F1 on DocBank titles, the best on that class.",
      "table_cell", "Title: H-VILA(Text Block) 93.52 (bold)"),
    C("On DocBank, LayoutLM with text-line I-VILA reaches 92.79 Macro F1, against 91.06 for "
      "LayoutLM alone.", "table_cell", "Macro F1: LayoutLM-BASE 91.06, LayoutLM-BASE + "
      "I-VILA(Text Line) 92.79"),
    C("Text-line I-VILA lifts BERT-Base from 87.24 to 90.25 Macro F1 on DocBank.", "table_cell",
      "Macro F1: BERT-BASE 87.24, BERT-BASE + I-VILA(Text Line) 90.25"),
    C("On DocBank sections, LayoutLM with text-line I-VILA scores 96.60, the best.",
      "table_cell", "Section: LayoutLM-BASE + I-VILA(Text Line) 96.60 (bold)"),
    C("LayoutLMv2 reaches 84.41 F1 on DocBank tables.", "table_cell",
      "LayoutLMv2-BASE, Table 84.41 (bold)"),
    C("On DocBank figures, text-line I-VILA lifts BERT-Base by 16.88 F1 points.",
      "cell_arithmetic", "Figure: BERT-BASE 71.97, BERT-BASE + I-VILA(Text Line) 88.85",
      "88.85 - 71.97 = 16.88."),
    C("The simple group classifier scores 87.01 Macro F1 on DocBank, below LayoutLM's 91.06.",
      "table_cell", "Macro F1: Simple Group Classifier 87.01, LayoutLM-BASE 91.06"),
    C("LayoutLM with sentence breaks scores 91.44 Macro F1 on DocBank.", "table_cell",
      "LayoutLM-BASE + Sentence Breaks, Macro F1 91.44"),
    C("On DocBank abstracts, block-level H-VILA scores 98.57, the same as LayoutLM with "
      "text-line I-VILA.", "table_cell", "Abstract: LayoutLM-BASE + I-VILA(Text Line) 98.57, "
      "H-VILA(Text Block) 98.57"),
    C("Three models tie for the best DocBank abstract F1, at 98.68.", "table_cell",
      "Abstract: LayoutLM-BASE + I-VILA(Text Block) 98.68, LayoutLMv2-BASE 98.68, H-VILA(Text "
      "Line) 98.68 (all bold)"),
    C("Adding sentence breaks raises LayoutLM's DocBank Macro F1 from 91.06 to 91.44.",
      "table_cell", "Macro F1: LayoutLM-BASE 91.06, + Sentence Breaks 91.44"),
    C("The simple group classifier scores 84.68 F1 on DocBank authors.", "table_cell",
      "Simple Group Classifier, Author 84.68"),
    # --- contradicted ------------------------------------------------------------------------
    X("On DocBank, LayoutLM reaches 92.34 Macro F1.", "neighbour_cell",
      f"LayoutLM-BASE, Macro F1 91.06; {T7}: LayoutLM-BASE, Macro F1 92.34",
      "92.34 is the GROTOAP2 cell of the same row and column."),
    X("On DocBank, LayoutLM with text-block I-VILA reaches 93.38 Macro F1.", "neighbour_cell",
      f"LayoutLM-BASE + I-VILA(Text Block), Macro F1 92.00; {T7}: same row 93.38",
      "93.38 is GROTOAP2's; DocBank gives 92.00."),
    X("BERT-Base scores 97.42 F1 on DocBank abstracts.", "neighbour_cell",
      f"BERT-BASE, Abstract 97.82; {T7}: BERT-BASE, Abstract 97.42",
      "97.42 is the GROTOAP2 cell."),
    X("LayoutLM with text-block I-VILA reaches 90.78 F1 on DocBank figures.", "neighbour_cell",
      "Figure: LayoutLM-BASE + I-VILA(Text Line) 90.78, + I-VILA(Text Block) 83.41",
      "90.78 is the text-line row."),
    X("Block-level H-VILA scores 70.33 F1 on DocBank footers.", "neighbour_cell",
      "H-VILA(Text Block): Date 70.33, Footer 91.23", "70.33 is the Date cell."),
    X("Paragraphs are the largest DocBank class, with 20,360,188 tokens.", "transposed_digits",
      "# Tokens in Class: Paragraph 20630188", "20,630,188, not 20,360,188."),
    X("The simple group classifier scores 87.78 Macro F1 on DocBank.", "neighbour_cell",
      "Macro F1: Simple Group Classifier 87.01, H-VILA(Text Block) 87.78",
      "87.78 is the block-level H-VILA row."),
    X("LayoutLMv2 scores 84.41 F1 on DocBank titles.", "neighbour_cell",
      "LayoutLMv2-BASE: Table 84.41, Title 93.10", "84.41 is the Table cell."),
    X("On DocBank, text-line I-VILA lifts BERT-Base to 89.49 Macro F1.", "neighbour_cell",
      "Macro F1: BERT-BASE + I-VILA(Text Line) 90.25, + I-VILA(Text Block) 89.49",
      "89.49 is the text-block row."),
    X("Line-level H-VILA has the best title F1 on DocBank.", "unsupported_relation",
      "Title: H-VILA(Text Line) 89.81, H-VILA(Text Block) 93.52 (bold)",
      "Block-level H-VILA is best; text lines give 89.81."),
    X("Adding sentence breaks lowers LayoutLM's Macro F1 on DocBank.", "direction_flip",
      "Macro F1: LayoutLM-BASE 91.06, + Sentence Breaks 91.44", "It rises."),
    X("On DocBank figures, text-line I-VILA lifts BERT-Base by 18.66 F1 points.",
      "cell_arithmetic", "Figure: BERT-BASE 71.97 -> 88.85", "88.85 - 71.97 = 16.88."),
    X("LayoutLM scores 94.26 F1 on DocBank lists.", "neighbour_cell",
      "LayoutLM-BASE: Footer 94.26, List 89.67", "94.26 is the Footer cell."),
    X("DocBank contains 3,275 footer tokens.", "neighbour_cell",
      "# Tokens in Class: Date 3275, Footer 158176", "3,275 is the Date count."),
    X("LayoutLMv2's section F1 on DocBank is 96.60.", "neighbour_cell",
      "Section: LayoutLM-BASE + I-VILA(Text Line) 96.60, LayoutLMv2-BASE 96.48",
      "96.60 is the row above; LayoutLMv2 gives 96.48."),
    X("The simple group classifier scores 93.85 F1 on DocBank authors.", "neighbour_cell",
      "Simple Group Classifier: Abstract 93.85, Author 84.68", "93.85 is its Abstract cell."),
    X("On DocBank, block-level H-VILA beats line-level H-VILA in Macro F1.", "direction_flip",
      "Macro F1: H-VILA(Text Line) 91.27, H-VILA(Text Block) 87.78", "87.78 is below 91.27."),
    X("LayoutLM with text-line I-VILA reaches 92.00 Macro F1 on DocBank.", "neighbour_cell",
      "Macro F1: LayoutLM-BASE + I-VILA(Text Line) 92.79, + I-VILA(Text Block) 92.00",
      "92.00 is the text-block row."),
    # --- unverified --------------------------------------------------------------------------
    U("LayoutLMv2 scores 93.34 Macro F1 on GROTOAP2.",
      f"{T7} has no LayoutLMv2 row; 93.34 is its DocBank Macro F1 ({T8})",
      "LayoutLMv2 is reported on DocBank only."),
    U("LayoutLMv2 with text-block I-VILA scores 93.90 Macro F1 on DocBank.",
      f"{T8}: no LayoutLMv2 + I-VILA row", "No such model."),
    U("On DocBank, RoBERTa reaches 90.10 Macro F1.", f"{T8}: no RoBERTa row",
      "Not reported on these pages."),
    U("DocBank's validation split contains 20,000 paragraph tokens.",
      f"{T8}: '# Tokens in Class' names no split", "No split-level count is printed."),
    U("H-VILA with sentence breaks scores 88.2 F1 on DocBank lists.",
      f"{T8}: no such row", "No such model."),
    U("On DocBank, LayoutLMv2 takes 61 ms per page.", "No inference time for LayoutLMv2",
      "Never reported."),
    U("On DocBank, block-level H-VILA scores 94.0 F1 on equations.",
      f"{T8}: no Equation column (DocBank's classes differ from GROTOAP2's)",
      "DocBank has no Equation class in the table."),
    # --- added after the first run (labelled before their own first run) -------------------
    C("The DocBank breakdown covers twelve token classes.", "table_cell",
      "12 class columns (besides Macro F1)", "Twelve."),
    C("Eleven models are compared class by class on DocBank.", "table_cell",
      "11 model rows (besides # Tokens in Class)", "Eleven rows."),
    C("LayoutLMv2 scores 95.30 F1 on DocBank footers, the best in that column.", "table_cell",
      "Footer: LayoutLMv2-BASE 95.30 (bold), the column's maximum"),
    X("Ten models are compared class by class on DocBank.", "wrong_count",
      "11 model rows", "Eleven, not ten."),
    U("On DocBank, LayoutLMv2 with text-line indicators reaches 91.10 F1 on figures.",
      f"{T8}: no LayoutLMv2 + I-VILA row", "No such model."),
    U("DocBank's Equation class has 120,000 tokens.", f"{T8}: no Equation column",
      "Not in the table."),
    U("LayoutLMv2 takes twice as long as LayoutLM per page on DocBank.",
      "No inference time for LayoutLMv2 on these pages", "Never reported."),
    U("On DocBank, a RoBERTa model with text-block I-VILA scores 92.6 Macro F1.",
      f"{T8}: no RoBERTa row", "Not reported on these pages."),
)

REPORT = LabelledReport(
    file="03_vila_docbank.md",
    title="Where Layout Helps on DocBank: A Class-by-class Reading",
    date="2027-04-04",
    examines="layout-aware token classification on DocBank",
    research_question="Which DocBank classes gain most from layout groups?",
    references=(VI,),
    rows=ROWS,
    quality_score=7.1,
)
