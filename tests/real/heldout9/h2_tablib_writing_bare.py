"""Held-out-9 report 2 (text with bare headings), two papers. Eggert, Huo, Biven, Waugh, TabLib:
A Dataset of 627M Tables with Context (arXiv 2310.07875v1, one column; the fixture holds pages
1-6 of the preprint and one appendix page): Table 2 counts four key types; Table 3 is the
densest: the same nine file types repeated under three row groups (Common Crawl, GitHub,
Total), each closed by a Total row, over six columns (Tables, Bytes, Columns, and three Metadata
Tokens columns: Ref, Column Names, Context Metadata). Shen, August, Siangliulue, Lo, Bragg,
Hammerbacher, Downey, Chang, Sontag, Beyond Summarization: Designing AI Support for Real-World
Expository Writing Tasks (arXiv 2304.02623v1, a four-page position paper in two columns, no
results table). Natural claims: cells as printed, sums and shares, the same file type's cell in
the other source, the neighbouring column, the key type of the next row, directions flipped,
counts, denials in other words, and studies or relations the papers never state. Labelled from
the page images (220 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

TL = "2310.07875"  # Eggert et al., arXiv 2310.07875v1 (stamp in the left margin of page 1)
BS = "2304.02623"  # Shen et al., arXiv 2304.02623v1 (stamp in the left margin of page 1)

R = Row
T2 = "Table 2 (Key Type, Number of Tables: exec_id, ref_id, key, content_hash)"
T3 = ("Table 3 (row groups Common Crawl, GitHub, Total, each listing file types and a Total "
      "row; columns File Type, Tables, Bytes, Columns, Metadata Tokens: Ref, Column Names, "
      "Context Metadata)")

ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("TabLib compiles 627 million tables totaling 69 TiB, along with 867B tokens of context.",
      True, 0.31, "confirmed", "text_number", TL, 1,
      "a compilation of 627 million tables totaling 69 TiB, along with 867B tokens of context",
      "As printed (abstract)."),
    R("The latest WebTables corpus contains 233 million tables extracted from HTML pages of "
      "Common Crawl.", True, 0.26, "confirmed", "text_number", TL, 2,
      "The latest WebTables corpus contains 233 million tables extracted from HTML pages from "
      "Common Crawl", "As printed."),
    R("GitTables holds 1 million tables extracted from CSV files hosted on GitHub.", True, 0.25,
      "confirmed", "text_number", TL, 2,
      "GitTables is a continuously updated library of tables extracted from \"comma-separated "
      "value\" files (CSVs) hosted on GitHub, containing 1 million tables.",
      "As printed (TabLib's related work)."),
    R("Files larger than 1 GB were skipped when tables were extracted from GitHub.", True, 0.22,
      "confirmed", "text_number", TL, 3, "Files larger than 1 GB were also skipped.",
      "As printed (Section 2.2.1 GitHub)."),
    R("TabLib's Common Crawl tables come from the CC-MAIN-2023-23 crawl.", True, 0.23,
      "confirmed", "text_number", TL, 3,
      "We used the latest crawl at the time, which was CC-MAIN-2023-23.", "As printed."),
    R("About 20% of WARC files were dropped because certain HTML elements could not be parsed "
      "with Pandas.", True, 0.24, "confirmed", "text_number", TL, 4,
      "About 20% of WARC files were dropped due to issues parsing certain HTML elements with "
      "Pandas.", "As printed."),
    R("TabLib holds 660,840,556 unique exec_id values and 627,208,299 unique ref_id values.",
      True, 0.25, "confirmed", "table_cell", TL, 5,
      f"{T2}: exec_id 660840556, ref_id 627208299", "As printed (without separators)."),
    R("There are 201,376,283 unique content hashes, about 30.5% of the number of exec_id "
      "values.", True, 0.23, "confirmed", "table_cell", TL, 6,
      f"{T2}: content_hash 201376283; page 6: 'Table content_hashes are 30.5% the size of "
      "exec_id values'", "As printed (201376283 / 660840556 = 0.305)."),
    R("HTML is the largest file type from Common Crawl, with 219,397,657 tables.", True, 0.26,
      "confirmed", "table_cell", TL, 6,
      f"{T3}: Common Crawl, HTML, Tables 219,397,657 (next largest PDF 11,442,231)",
      "As printed."),
    R("GitHub contributes 396,055,027 tables, against 231,153,272 from Common Crawl.", True,
      0.27, "confirmed", "table_cell", TL, 6,
      f"{T3}: GitHub Total 396,055,027; Common Crawl Total 231,153,272", "As printed."),
    R("CSV files on GitHub account for 122,091,982 tables and 59.86 TiB.", True, 0.24,
      "confirmed", "table_cell", TL, 6, f"{T3}: GitHub, CSV, 122,091,982, 59.86 TiB",
      "As printed."),
    R("Across both sources, PDF files yield 51,464,747 tables.", True, 0.23, "confirmed",
      "table_cell", TL, 6, f"{T3}: Total, PDF, Tables 51,464,747", "As printed."),
    R("Only a single Parquet table was extracted, from Common Crawl, and it has 13 columns.",
      True, 0.2, "confirmed", "table_cell", TL, 6,
      f"{T3}: Common Crawl, Parquet, Tables 1, Columns 13 (no Parquet row under GitHub)",
      "As printed."),
    R("On a sample, tokenizing context metadata as serialized JSON gave about 10% fewer tokens "
      "than the non-JSON version.", True, 0.21, "confirmed", "paraphrase", TL, 6,
      "We compared this on a sample and found ~10% less token counts in the JSON vs non-JSON "
      "versions.", "Paraphrase."),
    R("Row counts in TabLib follow a power-law-like distribution with an exponent of about 1.5.",
      True, 0.22, "confirmed", "text_number", TL, 6,
      "we observed exponents below 2 (e.g., α_rc ≈ 1.5 for row count)", "As printed."),
    R("Altogether, TabLib's tables have 8,135,229,161 columns.", True, 0.22, "confirmed",
      "table_cell", TL, 6, f"{T3}: Total, Total, Columns 8,135,229,161", "As printed."),
    R("HTML tables make up about two thirds of TabLib's 627 million tables.", True, 0.2,
      "confirmed", "cell_arithmetic", TL, 6,
      f"{T3}: Total, HTML 418,456,737; Total, Total 627,208,299", "418.5 / 627.2 = 0.667."),
    R("SQLite files on GitHub hold 14,919,675 tables totalling 3.52 TiB.", True, 0.21,
      "confirmed", "table_cell", TL, 6, f"{T3}: GitHub, SQLite, 14,919,675, 3.52 TiB",
      "As printed."),
    R("For most file types, parsed tables with only one column or only one row are dropped.",
      True, 0.2, "confirmed", "paraphrase", TL, 4,
      "For most file types, we drop parsed tables with only one column, one row, all empty "
      "column names, or only numeric column names.", "Paraphrase."),
    R("PDF tables were extracted with pdfplumber, which handles only text-based tables, not "
      "image-based ones.", True, 0.21, "confirmed", "paraphrase", TL, 5,
      "Table 1, PDF: 'Use pdfplumber to extract tables. Only supports text-based tables and not "
      "image-based tables'", "Paraphrase."),
    R("GitHub yields about 164.9 million more tables than Common Crawl.", True, 0.19,
      "confirmed", "cell_arithmetic", TL, 6,
      f"{T3}: GitHub Total 396,055,027; Common Crawl Total 231,153,272",
      "396,055,027 - 231,153,272 = 164,901,755."),
    # --- contradicted ------------------------------------------------------------------------
    R("Common Crawl yields 122,091,982 CSV tables.", True, 0.24, "contradicted",
      "neighbour_cell", TL, 6,
      f"{T3}: Common Crawl, CSV 90,667; GitHub, CSV 122,091,982",
      "90,667; 122,091,982 is GitHub's."),
    R("GitHub's PDF files yield 11,442,231 tables.", True, 0.23, "contradicted",
      "neighbour_cell", TL, 6, f"{T3}: GitHub, PDF 40,022,516; Common Crawl, PDF 11,442,231",
      "40,022,516; 11,442,231 is Common Crawl's."),
    R("Common Crawl's HTML tables contain 3,686,722,801 columns.", True, 0.22, "contradicted",
      "neighbour_cell", TL, 6,
      f"{T3}: Common Crawl, HTML: Columns 1,076,171,440, Column Names tokens 3,686,722,801",
      "1,076,171,440; 3,686,722,801 counts column-name tokens."),
    R("TabLib's tables total 96 TiB.", True, 0.22, "contradicted", "transposed_digits", TL, 1,
      "627 million tables totaling 69 TiB; Table 3: Total 69.35 TiB", "69 TiB, not 96."),
    R("Common Crawl contributes more tables to TabLib than GitHub does.", True, 0.23,
      "contradicted", "direction_flip", TL, 6,
      f"{T3}: Common Crawl Total 231,153,272; GitHub Total 396,055,027", "Fewer, not more."),
    R("There are 459,022,959 unique ref_id values in TabLib.", True, 0.22, "contradicted",
      "neighbour_cell", TL, 5, f"{T2}: ref_id 627208299; key 459022959",
      "627,208,299; 459,022,959 is the key count."),
    R("About 30% of WARC files were dropped because of HTML parsing issues.", True, 0.21,
      "contradicted", "wrong_number", TL, 4,
      "About 20% of WARC files were dropped due to issues parsing certain HTML elements",
      "20%."),
    R("The power-law exponent is higher for row count than for column count.", True, 0.2,
      "contradicted", "direction_flip", TL, 6,
      "Our comparison revealed a higher exponent in column-count than in row-count",
      "The other way round."),
    R("TabLib was built from GitHub alone, without any web crawl data.", True, 0.2,
      "contradicted", "negation", TL, 1,
      "TabLib was extracted from numerous file formats ... sourced from GitHub and Common "
      "Crawl.", "Common Crawl is the second source."),
    R("GitHub's Excel files amount to 3.26 GiB.", True, 0.21, "contradicted", "neighbour_cell",
      TL, 6, f"{T3}: GitHub, Excel 3.02 TiB; Common Crawl, Excel 3.26 GiB",
      "3.02 TiB; 3.26 GiB is Common Crawl's."),
    R("TSV files give 4,178,489 tables in all, of which 4,374 come from GitHub.", True, 0.2,
      "contradicted", "neighbour_cell", TL, 6,
      f"{T3}: Total, TSV 4,178,489; Common Crawl, TSV 4,374; GitHub, TSV 4,174,115",
      "4,374 come from Common Crawl; GitHub gives 4,174,115."),
    R("TabLib's tables were parsed from eleven file types.", True, 0.19, "contradicted",
      "wrong_count", TL, 6,
      f"{T3}: Total group lists CSV, Excel, HTML, JSON, Parquet, PDF, SQLite, TSV, YAML; "
      "Table 1 lists the same nine data types", "Nine file types."),
    R("Common Crawl's HTML tables come to 720.95 GiB.", True, 0.2, "contradicted",
      "transposed_digits", TL, 6, f"{T3}: Common Crawl, HTML, Bytes 702.95 GiB",
      "702.95 GiB, not 720.95."),
    R("Each table extracted from Common Crawl carries six WARC fields in its context metadata.",
      True, 0.19, "contradicted", "wrong_count", TL, 4,
      "Tables extracted from Common Crawl WARC records result in the following fields in each "
      "table's context_metadata: warc_path, warc_record_id, warc_target_uri, warc_date",
      "Four fields."),
    # --- unverified --------------------------------------------------------------------------
    R("pdfplumber extracted TabLib's PDF tables with 95% accuracy.", True, 0.17, "unverified",
      "unsupported_relation", TL, 5,
      "Table 1, PDF: 'Use pdfplumber to extract tables.'", "No accuracy is measured."),
    R("Ray's scheduler was replaced by a PostgreSQL database because Ray crashed on 627 million "
      "tasks.", True, 0.18, "unverified", "unsupported_relation", TL, 3,
      "This granular task scheduling necessitated scheduling hundreds of millions of tasks. We "
      "found Ray's scheduler problematic for this, so we scheduled these tasks using a "
      "PostgreSQL database", "Neither a crash nor 627 million tasks is said of Ray."),
    R("Most of the HTML tables found on GitHub are outputs of Jupyter notebooks.", True, 0.16,
      "unverified", "unsupported_relation", TL, 7,
      "Appendix page: two sample tables from .ipynb files", "No share is given."),
    R(cut("Among all of the file types that the extraction pipeline found in GitHub "
          "repositories, the one whose tables contain the most columns in total is CSV, with "
          "5,481,784,256."), True, 0.17, "unverified", "truncated", TL, 6,
      f"{T3}: GitHub, CSV, Columns 5,481,784,256",
      "Cut before the file type and its numbers."),
    R("Models pre-trained on TabLib outperform models pre-trained on WebTables.", True, 0.18,
      "unverified", "unsupported_relation", TL, 2,
      "We believe that a larger and more diverse dataset will accelerate the advancement of "
      "tabular AI systems.", "No model is trained or compared."),
    # --- Shen et al., confirmed --------------------------------------------------------------
    R("Shen et al. characterize expository writing as evidence-based and knowledge-generating.",
      True, 0.27, "confirmed", "paraphrase", BS, 1,
      "We characterize expository writing as evidence-based and knowledge-generating",
      "As printed (abstract)."),
    R("Bell et al. report that 1 in 5 patients find a mistake in clinical notes written by "
      "their doctors or nurses.", True, 0.25, "confirmed", "text_number", BS, 2,
      "Bell et al. [3] reports that 1 in 5 patients find a mistake in their clinical notes "
      "written by doctors or nurses", "As printed."),
    R("The authors sketch three components of AI support: reading and evidence-seeking, "
      "information synthesis, and text composition.", True, 0.26, "confirmed", "paraphrase",
      BS, 2,
      "we argue that there are three components: 1) supporting the reading and "
      "evidence-seeking ... 2) assisting information synthesis ... 3) facilitating text "
      "composition", "Paraphrase."),
    R("Ziegler et al. showed that recent instruction-tuned models are merely \"smart copiers\" "
      "when summarizing.", True, 0.23, "confirmed", "paraphrase", BS, 3,
      "Ziegler et al. [35] shows that recent instruction-tuned models are merely \"smart "
      "copiers\" when performing summarization", "As printed."),
    R("Unlike in summarization, an expository piece need not draw on every source document.",
      True, 0.21, "confirmed", "paraphrase", BS, 2,
      "Unlike a summarization task, here, it is not necessary to involve all source documents "
      "in the final writing", "Paraphrase."),
    R("The authors consider it sub-optimal to have LLMs generate the whole piece at once and "
      "then post-edit it.", True, 0.22, "confirmed", "paraphrase", BS, 2,
      "it is sub-optimal to use LLMs to generate the whole writing piece altogether and "
      "post-edit", "Paraphrase."),
    R("Model generations could be kept short, one or two sentences, with the authors calling "
      "the model over multiple turns.", True, 0.2, "confirmed", "paraphrase", BS, 3,
      "An instance of model generation could be relatively short, e.g., one or two sentences, "
      "with the authors calling it in multiple turns.", "Paraphrase (pages 2-3)."),
    # --- Shen et al., contradicted -----------------------------------------------------------
    R("Bell et al. report that 1 in 3 patients find a mistake in their clinical notes.", True,
      0.22, "contradicted", "wrong_number", BS, 2,
      "Bell et al. [3] reports that 1 in 5 patients find a mistake in their clinical notes",
      "1 in 5."),
    R("The authors propose five components for AI support of expository writing.", True, 0.21,
      "contradicted", "wrong_count", BS, 2, "we argue that there are three components",
      "Three."),
    R("The paper holds that AI tools supporting reading for writing are already abundant.",
      True, 0.19, "contradicted", "negation", BS, 2,
      "AI tools for supporting reading for writing is relatively sparse", "Sparse."),
    R("The authors expect short, multi-turn generations to increase the authors' cost of "
      "verification.", True, 0.2, "contradicted", "direction_flip", BS, 3,
      "we speculate that this could decrease the possibility of erroneous and biased "
      "generation, and decrease the cost of verification by the authors.", "Decrease."),
    R("The authors recommend that writers rely on model-generated summaries rather than read "
      "the source documents themselves.", True, 0.18, "contradicted", "negation", BS, 3,
      "authors' reading and understanding the source still plays a central role ... overly "
      "trusting the model outputs risks biasing authors' views", "The opposite is argued."),
    # --- Shen et al., unverified -------------------------------------------------------------
    R("In a user study with 12 participants, the proposed design cut writing time by 30%.",
      True, 0.17, "unverified", "unsupported_relation", BS, 2,
      "In this position paper, we argue ...", "No study is reported."),
    R("The authors implemented their three components as a plugin for a LaTeX editor.", True,
      0.16, "unverified", "unsupported_relation", BS, 2,
      "We sketch three components for AI support design", "Nothing is implemented."),
    R(cut("Expository writing, the authors argue, differs from document summarization in its "
          "goal: to bring about new information that does not exist in the source."), True,
      0.18, "unverified", "truncated", BS, 1,
      "expository writing is also distinguished from document summarization tasks in terms "
      "of its goal to bring about new information that does not exist in the source.",
      "Cut before what the difference is."),
)

REPORT = LabelledReport(
    file="02_table_corpora_and_writing_bare.txt",
    title="Language Models over Tables and Sources: Corpora and Writing Support",
    date="2027-04-02",
    examines="large corpora of tables extracted from the web and from code repositories, and "
             "AI support for evidence-based writing",
    research_question="How large and how varied are the table corpora available for "
                      "pre-training, and what should AI support for expository writing do?",
    references=(TL, BS),
    rows=ROWS,
    quality_score=7.1,
)
