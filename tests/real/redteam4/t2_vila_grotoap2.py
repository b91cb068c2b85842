"""Red-team-4 report 2 (text with bare headings): the per-class breakdown of VILA (Shen et al.,
TACL 2022, arXiv 2106.00676) on GROTOAP2, Table 7 of the paper, on the third page of the fixture.
The table is printed as three stacked blocks of columns (Abstract ... Conflict Statement;
"contd." Copyright ... Keywords; "contd." Page Number ... Macro F1), each repeating the same ten
rows (BERT-BASE, two BERT-BASE + I-VILA rows, LayoutLM-BASE, + Sentence Breaks, two LayoutLM-BASE +
I-VILA rows, Simple Group Classifier, two H-VILA rows) under dashed group rules, and closing with
a "# Tokens in Class" row; best cells are bold, several at 100.00. Adversarial claims: the cell at
the same position in another block of columns, the neighbouring row (text line for text block,
sentence breaks for I-VILA), a token count of another class, transposed digits, differences right
and wrong, false superlatives, swapped comparisons, models the table never lists. Labelled from
the page image (200 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

VI = "2106.00676"  # VILA, TACL 2022; a three-page excerpt
T7 = ("Table 7 (prediction F1 breakdown on GROTOAP2; three blocks of columns: Abstract, "
      "Acknowledgment, Affiliation, Author, Author Title, Bib Info, Body Content, Conflict "
      "Statement / contd. Copyright, Correspondence, Dates, Editor, Equation, Figure, Glossary, "
      "Keywords / contd. Page Number, References, Table, Title, Type, Unknown, Macro F1; rows "
      "BERT-BASE, BERT-BASE + I-VILA(Text Line), BERT-BASE + I-VILA(Text Block), LayoutLM-BASE, "
      "LayoutLM-BASE + Sentence Breaks, LayoutLM-BASE + I-VILA(Text Line), LayoutLM-BASE + "
      "I-VILA(Text Block), Simple Group Classifier, H-VILA(Text Line), H-VILA(Text Block), "
      "# Tokens in Class)")


def C(text, cat, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, VI, 3, f"{T7}: {ev}", why)


def X(text, cat, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, VI, 3, f"{T7}: {ev}", why)


def U(text, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", VI, 3, f"{T7}: {ev}",
               why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("On GROTOAP2, BERT-Base reaches an F1 of 97.42 on abstracts.", "table_cell",
      "BERT-BASE, Abstract 97.42"),
    C("LayoutLM with text-block I-VILA reaches 39.28 F1 on equations, the best of all models on "
      "that class.", "table_cell", "Equation column: LayoutLM-BASE + I-VILA(Text Block) 39.28 "
      "(bold); others 17.60 to 33.17", "As printed; the column's maximum."),
    C("BERT-Base scores only 17.60 F1 on GROTOAP2 equations.", "table_cell",
      "BERT-BASE, Equation 17.60"),
    C("The simple group classifier scores 93.25 F1 on conflict statements, the best on that "
      "class.", "table_cell", "Conflict Statement: Simple Group Classifier 93.25 (bold)"),
    C("H-VILA with text lines reaches 99.16 F1 on body content.", "table_cell",
      "H-VILA(Text Line), Body Content 99.16 (bold)"),
    C("GROTOAP2 contains 7,567,934 tokens of body content.", "table_cell",
      "# Tokens in Class, Body Content 7567934"),
    C("References account for 2,340,796 tokens in GROTOAP2.", "table_cell",
      "# Tokens in Class, References 2340796"),
    C("Adding sentence breaks to LayoutLM lowers its GROTOAP2 Macro F1 from 92.34 to 91.83.",
      "table_cell", "Macro F1: LayoutLM-BASE 92.34, LayoutLM-BASE + Sentence Breaks 91.83"),
    C("Block-level H-VILA reaches 99.68 F1 on references, the highest in that column.",
      "table_cell", "References: H-VILA(Text Block) 99.68 (bold); others 99.60 to 99.65"),
    C("Equation is the rarest class in GROTOAP2, with 761 tokens.", "table_cell",
      "# Tokens in Class: Equation 761, the smallest of the 22 counts", "As printed."),
    C("On editor tokens, LayoutLM with text-block I-VILA, the simple group classifier and "
      "block-level H-VILA all reach 100.00 F1.", "table_cell",
      "Editor: LayoutLM-BASE + I-VILA(Text Block) 100.00, Simple Group Classifier 100.00, "
      "H-VILA(Text Block) 100.00"),
    C("BERT-Base with text-line I-VILA scores 93.70 F1 on the Type class.", "table_cell",
      "BERT-BASE + I-VILA(Text Line), Type 93.70"),
    C("LayoutLM with text-block I-VILA has the best Macro F1 on GROTOAP2, 93.38.", "table_cell",
      "Macro F1 column: LayoutLM-BASE + I-VILA(Text Block) 93.38 (bold), the maximum"),
    C("Block-level H-VILA scores 97.98 F1 on copyright statements.", "table_cell",
      "H-VILA(Text Block), Copyright 97.98 (bold)"),
    C("The simple group classifier scores 97.94 on author titles, the best in that column.",
      "table_cell", "Author Title: Simple Group Classifier 97.94 (bold)"),
    C("On equations, text-block I-VILA lifts LayoutLM by 8.50 F1 points.", "cell_arithmetic",
      "Equation: LayoutLM-BASE 30.78, LayoutLM-BASE + I-VILA(Text Block) 39.28",
      "39.28 - 30.78 = 8.50."),
    C("Line-level H-VILA's F1 on tables is 96.02, the best in that column.", "table_cell",
      "Table column: H-VILA(Text Line) 96.02 (bold)"),
    C("Adding text-line I-VILA to BERT-Base slightly lowers its correspondence F1, from 89.66 to "
      "89.57.", "table_cell", "Correspondence: BERT-BASE 89.66, BERT-BASE + I-VILA(Text Line) "
      "89.57"),
    C("The BERT-Base and text-line BERT-Base models tie on references at 99.60 F1.",
      "table_cell", "References: BERT-BASE 99.60, BERT-BASE + I-VILA(Text Line) 99.60"),
    # --- contradicted ------------------------------------------------------------------------
    X("On GROTOAP2, BERT-Base reaches an F1 of 97.34 on abstracts.", "neighbour_cell",
      "BERT-BASE: Abstract 97.42 (first block); Copyright 97.34 (first column of the second "
      "block)", "97.34 is the same position in the next block of columns (Copyright)."),
    X("BERT-Base scores 17.60 F1 on glossary tokens.", "neighbour_cell",
      "BERT-BASE: Equation 17.60, Glossary 80.18", "17.60 is the Equation cell."),
    X("The simple group classifier scores 93.25 F1 on keywords.", "neighbour_cell",
      "Simple Group Classifier: Conflict Statement 93.25 (last column of block 1), Keywords 95.64 "
      "(last column of block 2)", "Keywords: 95.64."),
    X("LayoutLM with text-line I-VILA scores 39.28 F1 on equations.", "neighbour_cell",
      "Equation: LayoutLM-BASE + I-VILA(Text Line) 26.42, + I-VILA(Text Block) 39.28",
      "39.28 is the text-block row; text lines give 26.42."),
    X("Adding sentence breaks to LayoutLM raises its GROTOAP2 Macro F1 to 92.37.",
      "neighbour_cell", "Macro F1: LayoutLM-BASE 92.34, + Sentence Breaks 91.83, + I-VILA(Text "
      "Line) 92.37", "Sentence breaks give 91.83, a drop; 92.37 is the text-line I-VILA row."),
    X("H-VILA with text lines reaches 99.68 F1 on references.", "neighbour_cell",
      "References: H-VILA(Text Line) 99.63, H-VILA(Text Block) 99.68",
      "99.68 is the text-block row."),
    X("Line-level H-VILA's Macro F1 on GROTOAP2 is 92.37.", "neighbour_cell",
      "Macro F1: H-VILA(Text Line) 91.65, H-VILA(Text Block) 92.37",
      "92.37 is the text-block row."),
    X("Equation is the rarest class in GROTOAP2, with 716 tokens.", "transposed_digits",
      "# Tokens in Class: Equation 761", "761, not 716."),
    X("GROTOAP2 contains 2,340,796 tokens of body content.", "neighbour_cell",
      "# Tokens in Class: Body Content 7567934, References 2340796",
      "2,340,796 is the References count."),
    X("BERT-Base with text-block I-VILA scores 93.70 F1 on the Type class.", "neighbour_cell",
      "Type: BERT-BASE + I-VILA(Text Line) 93.70, + I-VILA(Text Block) 93.09",
      "93.70 is the text-line row."),
    X("LayoutLM scores 99.05 F1 on page numbers.", "neighbour_cell",
      "Page Number: LayoutLM-BASE 98.94; LayoutLM-BASE + I-VILA(Text Line) 99.05, + I-VILA(Text "
      "Block) 99.05", "99.05 is the I-VILA rows' cell."),
    X("The simple group classifier has the best Macro F1 on GROTOAP2.", "unsupported_relation",
      "Macro F1: Simple Group Classifier 92.65; LayoutLM-BASE + I-VILA(Text Block) 93.38",
      "93.38 is higher."),
    X("Line-level H-VILA beats block-level H-VILA on conflict statements.", "direction_flip",
      "Conflict Statement: H-VILA(Text Line) 89.67, H-VILA(Text Block) 91.67",
      "89.67 is below 91.67."),
    X("On equations, text-block I-VILA lifts LayoutLM by 9.50 F1 points.", "cell_arithmetic",
      "Equation: LayoutLM-BASE 30.78 -> 39.28", "39.28 - 30.78 = 8.50."),
    X("Block-level H-VILA scores 91.67 F1 on keywords.", "neighbour_cell",
      "H-VILA(Text Block): Conflict Statement 91.67, Keywords 96.15",
      "91.67 is its Conflict Statement cell."),
    X("LayoutLM scores 97.49 F1 on affiliations.", "neighbour_cell",
      "LayoutLM-BASE: Affiliation 96.64, Author 97.49", "97.49 is the Author cell."),
    X("Across all models, the F1 on dates never exceeds 95.00.", "unsupported_relation",
      "Dates: Simple Group Classifier 95.47, LayoutLM-BASE + I-VILA(Text Line) 95.20, "
      "+ I-VILA(Text Block) 95.13", "Three models exceed 95.00."),
    X("Adding text-line I-VILA to BERT-Base raises its correspondence F1.", "direction_flip",
      "Correspondence: BERT-BASE 89.66 -> + I-VILA(Text Line) 89.57", "It falls slightly."),
    X("LayoutLM with sentence breaks scores 96.74 F1 on affiliations.", "neighbour_cell",
      "LayoutLM-BASE + Sentence Breaks: Affiliation 96.68, Author 96.74",
      "96.74 is the Author cell."),
    # --- unverified --------------------------------------------------------------------------
    U("On GROTOAP2, LayoutLMv2 reaches 95.12 F1 on abstracts.", "no LayoutLMv2 row",
      "Table 7 has no LayoutLMv2 row."),
    U("H-VILA with sentence breaks scores 90.1 F1 on the Unknown class.",
      "no H-VILA + Sentence Breaks row", "No such model."),
    U("RoBERTa scores 97.9 F1 on GROTOAP2 abstracts.", "no RoBERTa row in Table 7",
      "Not in the breakdown."),
    U("DistilBERT with text-block I-VILA scores 35.0 F1 on equations.",
      "no DistilBERT row in Table 7", "Not in the breakdown."),
    U("A LayoutLM-Large model reaches 93.9 Macro F1 on GROTOAP2.", "no large model",
      "Never reported."),
    U("On GROTOAP2, H-VILA with text lines scores 88.4 F1 on footnotes.",
      "no Footnote class among the 22 columns", "No such class in the table."),
    # --- added after the first run (labelled before their own first run) -------------------
    C("The GROTOAP2 breakdown covers 22 token classes.", "table_cell",
      "8 + 8 + 6 class columns in the three blocks (besides Macro F1)", "22 classes."),
    C("Ten models are compared class by class on GROTOAP2.", "table_cell",
      "10 model rows (besides # Tokens in Class)", "Ten rows."),
    C("LayoutLM with text-block I-VILA reaches 96.23 F1 on keywords, the best in that column.",
      "table_cell", "Keywords: LayoutLM-BASE + I-VILA(Text Block) 96.23 (bold); next H-VILA(Text "
      "Block) 96.15"),
    X("The GROTOAP2 breakdown covers 24 token classes.", "wrong_count",
      "8 + 8 + 6 class columns", "22, not 24."),
    U("On GROTOAP2, LayoutLMv2 scores 100.00 on editor tokens.", "no LayoutLMv2 row",
      "Table 7 has no LayoutLMv2 row."),
    U("The simple group classifier with sentence breaks scores 96.00 on abstracts.",
      "no such row", "No such model."),
    U("GROTOAP2's test split holds 40% of the body content tokens.",
      "'# Tokens in Class' names no split and no share", "Not stated."),
    U("On GROTOAP2, block-level H-VILA spends 16.37 ms on the Equation class.",
      "Table 7 has no times; Table 3's times are per model, not per class",
      "No per-class time is reported."),
)

REPORT = LabelledReport(
    file="02_vila_grotoap2_bare.txt",
    title="Per-class Accuracy of Layout-aware Models on GROTOAP2",
    date="2027-04-03",
    examines="token classification of scientific PDFs by class",
    research_question="Which token classes of GROTOAP2 stay hard for layout-aware models?",
    references=(VI,),
    rows=ROWS,
    quality_score=7.0,
)
