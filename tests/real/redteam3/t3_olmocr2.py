"""Red-team-3 report 3 (Markdown): Poznanski, Soldaini and Lo, olmOCR 2: Unit Test Rewards for
Document OCR (technical report, October 2025; cited by its arXiv ID 2510.19817, which the PDF
does not print). Set in one column, but its tables are the densest of the three papers: Table 1
prints overall scores with "±" deviations, a "*" on the rows reported by their authors and
superscript licence notes (1-6) beside each row, and lists one system twice (Infinity-Parser 7B,
June and October); Table 3 repeats eight of Table 1's systems and the olmOCR development steps
over nine columns with three-line headers (ArXiv, Old scans math, Tables, Old scans, Headers &
footers, Multi column, Long tiny text, Base, Overall); Table 2 compares two training mixes over
the same columns, one row of which reappears in Table 3. Adversarial claims: the cell of the
neighbouring column or row, the other release of the same system, the deviation of another row,
points restated as percent, a number of a neighbouring clause (test cases for pages, the starting
temperature for the default), ranks, a swapped direction. Labelled from the page images (110 dpi)
and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

OC = "2510.19817"  # Poznanski, Soldaini, Lo 2025 (allenai/olmocr's copy, no arXiv stamp)

R = Row
T1 = ("Table 1 (olmOCR-Bench score with ± interval, release date and openness marks; * = "
      "reported by authors; rows include GPT-4o, Mistral OCR API, MonkeyOCR Pro 3B, "
      "Infinity-Parser 7B (Jun 2025 and Oct 2025), dots.OCR, Marker, MinerU, PaddleOCR-VL, "
      "DeepSeek-OCR, Chandra OCR, olmOCR, olmOCR 2)")
T2 = ("Table 2 (one epoch of finetuning on olmOCR-mix-0225 vs olmOCR-mix-1025; columns ArXiv, "
      "Old scans math, Tables, Old scans, Headers & footers, Multi column, Long tiny text, Base, "
      "Overall)")
T3 = ("Table 3 (OCR model comparison over the same nine columns as Table 2; rows Mistral OCR "
      "API, Marker 1.10.1, MinerU 2.5.4*, DeepSeek-OCR, Nanonets-OCR2-3B, PaddleOCR-VL*, "
      "Infinity-Parser 7B*, Chandra OCR 0.1.0*, then olmOCR (first release) and its successive "
      "changes down to + Synth data, RLVR, souping)")
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("olmOCR 2 scores 82.4 ± 1.1 on olmOCR-Bench, against 68.2 for the first olmOCR release.",
      True, 0.3, "confirmed", "table_cell", OC, 2,
      f"{T1}: olmOCR 2 82.4 ± 1.1; olmOCR 68.2 ± 1.1", "As printed."),
    R("olmOCR 2 improves on its first release by 14.2 points overall.", True, 0.27, "confirmed",
      "text_number", OC, 2,
      "olmOCR 2 achieves state-of-the-art performance on olmOCR-Bench, with a +14.2 point "
      "overall improvement over our initial release six months prior (Table 1).", "As printed."),
    R("Chandra OCR 0.1.0 scores 83.1 on olmOCR-Bench, a figure reported by its authors.", True,
      0.25, "confirmed", "table_cell", OC, 2,
      f"{T1}: Chandra OCR 0.1.0 83.1 ± 0.9*; * = reported by their authors", "As printed."),
    R("On old scanned math, olmOCR 2 scores 82.3.", True, 0.26, "confirmed", "table_cell", OC, 7,
      f"{T3}: + Synth data, RLVR, souping (olmOCR 2, overall 82.4): Old scans math 82.3",
      "As printed."),
    R("Dynamic temperature scaling raised the first olmOCR's overall score from 68.2 to 72.8.",
      True, 0.26, "confirmed", "table_cell", OC, 7,
      f"{T3}: Overall: olmOCR (first release) 68.2, + Dynamic temp scaling 72.8", "As printed."),
    R("After one epoch of finetuning, olmOCR-mix-1025 gives 77.9 on tables, against 72.9 for "
      "olmOCR-mix-0225.", True, 0.25, "confirmed", "table_cell", OC, 5,
      f"{T2}: Tables: olmOCR-mix-1025 77.9, olmOCR-mix-0225 72.9", "As printed."),
    R("The synthetic training mix covers 2,186 PDF pages with 30,381 test cases.", True, 0.26,
      "confirmed", "text_number", OC, 5,
      "our final data mix consists of 2,186 PDF pages. In total, across these PDF pages, we "
      "create 30,381 test cases.", "As printed."),
    R("olmOCR-mix-1025 holds 267,962 pages, 9,828 of them from national archives.", True, 0.25,
      "confirmed", "text_number", OC, 5,
      "The dataset contains 267,962 pages from over 100,000 PDFs sampled from diverse sources, "
      "including 9,828 pages from national archives.", "As printed."),
    R("Generating the synthetic pages cost about $0.12 per document page.", True, 0.24,
      "confirmed", "text_number", OC, 5,
      "costing approximately $0.12 per document page.", "As printed."),
    R("During RL training, 28 completions are generated for each document.", True, 0.24,
      "confirmed", "text_number", OC, 5, "For each document, 28 completions are generated.",
      "As printed."),
    R("olmOCR 2 reads pages at 1288 pixels on the longest edge, up from 1024 in the first "
      "release.", True, 0.24, "confirmed", "text_number", OC, 7,
      "Our initial olmOCR used 1024px on the longest edge; olmOCR 2 uses 1288px instead.",
      "As printed."),
    R("The final model averages the weights of six models trained with different random seeds.",
      True, 0.23, "confirmed", "paraphrase", OC, 5,
      "we train six models with different random seeds, and soup their weights at the end.",
      "Paraphrase."),
    R("DeepSeek-OCR scores 75.7 ± 1.0 overall.", True, 0.24, "confirmed", "table_cell", OC, 7,
      f"{T3}: DeepSeek-OCR Overall 75.7 ± 1.0 (Table 1 the same)", "As printed."),
    R("Nanonets-OCR2-3B scores only 32.1 on headers and footers.", True, 0.24, "confirmed",
      "table_cell", OC, 7, f"{T3}: Nanonets-OCR2-3B, Headers & footers 32.1", "As printed."),
    R("Handling blank pages left the overall score unchanged at 78.5.", True, 0.22, "confirmed",
      "table_cell", OC, 7,
      f"{T3}: Overall: + New trainer, YAML, img resize, Qwen 2.5 VL 78.5; + Handle blank pages "
      "78.5; text: 'this didn't impact benchmark scores'", "Both rows print 78.5."),
    R("The final RLVR step raised the tables score from 72.9 to 84.9.", True, 0.23, "confirmed",
      "table_cell", OC, 7,
      f"{T3}: Tables: + Handle blank pages 72.9, + Synth data, RLVR, souping 84.9",
      "As printed."),
    R("MinerU 2.5.4 scores 75.2 ± 1.1 overall, as reported by its authors.", True, 0.23,
      "confirmed", "table_cell", OC, 7, f"{T3}: MinerU 2.5.4* Overall 75.2 ± 1.1",
      "As printed; * marks author-reported results."),
    R("Infinity-Parser 7B's October 2025 release scores 82.5, up from 79.1 in June.", True, 0.23,
      "confirmed", "table_cell", OC, 2,
      f"{T1}: Infinity-Parser 7B 79.1 ± ?* (Jun 2025); Infinity-Parser 7B 82.5 ± ?* (Oct 2025)",
      "As printed."),
    R("On the base subset, Chandra OCR 0.1.0 scores 99.9.", True, 0.22, "confirmed",
      "table_cell", OC, 7, f"{T3}: Chandra OCR 0.1.0*, Base 99.9", "As printed."),
    # --- contradicted ------------------------------------------------------------------------
    R("olmOCR 2 scores 83.1 on olmOCR-Bench.", True, 0.26, "contradicted", "neighbour_cell", OC,
      2, f"{T1}: olmOCR 2 82.4 ± 1.1; Chandra OCR 0.1.0 83.1 ± 0.9*",
      "83.1 is Chandra OCR's; olmOCR 2 scores 82.4."),
    R("The October 2025 release of Infinity-Parser 7B scores 79.1 on olmOCR-Bench.", True, 0.25,
      "contradicted", "neighbour_cell", OC, 2,
      f"{T1}: Infinity-Parser 7B 79.1 (Jun 2025), Infinity-Parser 7B 82.5 (Oct 2025)",
      "79.1 is the June release; October's is 82.5."),
    R("dots.OCR scores 75.8 on olmOCR-Bench.", True, 0.24, "contradicted", "neighbour_cell", OC,
      2, f"{T1}: dots.OCR 79.1 ± 1.0*; MonkeyOCR Pro 3B 75.8 ± 1.0*",
      "75.8 is MonkeyOCR Pro 3B's; dots.OCR scores 79.1."),
    R("On old scanned math, olmOCR 2 scores 84.9.", True, 0.25, "contradicted",
      "neighbour_cell", OC, 7,
      f"{T3}: + Synth data, RLVR, souping: Old scans math 82.3, Tables 84.9",
      "84.9 is the tables column; old scans math is 82.3."),
    R("Marker 1.10.1 scores 85.7 on multi-column documents.", True, 0.24, "contradicted",
      "neighbour_cell", OC, 7, f"{T3}: Marker 1.10.1: Multi column 80.0, Long tiny text 85.7",
      "85.7 is long tiny text; multi column is 80.0."),
    R("PaddleOCR-VL scores 84.1 on arXiv documents.", True, 0.23, "contradicted",
      "neighbour_cell", OC, 7, f"{T3}: PaddleOCR-VL*: ArXiv 85.7, Tables 84.1",
      "84.1 is the tables column; ArXiv is 85.7."),
    R("olmOCR 2 scores 82.4 ± 1.2 on olmOCR-Bench.", True, 0.22, "contradicted",
      "neighbour_cell", OC, 2, f"{T1}: olmOCR 2 82.4 ± 1.1",
      "The interval is ± 1.1; ± 1.2 belongs to other rows (Qwen 2.5 VL 7B)."),
    R("Finetuning on olmOCR-mix-1025 instead of olmOCR-mix-0225 raised the arXiv score from "
      "70.8 to 78.6.", True, 0.22, "contradicted", "direction_flip", OC, 5,
      f"{T2}: ArXiv: olmOCR-mix-0225 78.6, olmOCR-mix-1025 70.8",
      "The newer mix lowers it from 78.6 to 70.8."),
    R("The first olmOCR sampled at a default temperature of 0.1.", True, 0.22, "contradicted",
      "text_number", OC, 6,
      "Our first version of olmOCR set a default temperature of 0.8. ... we use dynamic "
      "temperature scaling starting at 0.1", "The default was 0.8; 0.1 is where the dynamic "
      "scaling starts."),
    R("olmOCR-mix-1025 contains 30,381 pages.", True, 0.21, "contradicted", "wrong_number", OC,
      5, "The dataset contains 267,962 pages ... we create 30,381 test cases.",
      "30,381 counts the synthetic mix's test cases; the SFT mix has 267,962 pages."),
    R("Chandra OCR 0.1.0 has the lowest overall score of the compared systems.", True, 0.2,
      "contradicted", "neighbour_cell", OC, 7,
      f"{T3}: Overall: Chandra OCR 0.1.0* 83.1 (the highest), olmOCR (first release) 68.2",
      "Its 83.1 is the highest."),
    R("Of the compared systems, MinerU 2.5.4 scores highest on tables.", True, 0.2,
      "contradicted", "neighbour_cell", OC, 7,
      f"{T3}: Tables: Chandra OCR 88.0, Nanonets-OCR2-3B 86.8, MinerU 84.9",
      "Chandra OCR's 88.0 is the highest."),
    R("The RL training used a KL coefficient of 0.1.", True, 0.2, "contradicted",
      "wrong_number", OC, 5, "with KL divergence β = 0.01", "β = 0.01."),
    R("olmOCR 2 improves on its first release by 14.2 percent.", True, 0.21, "contradicted",
      "cell_arithmetic", OC, 2,
      f"{T1}: olmOCR 82.4 vs 68.2; text: '+14.2 point overall improvement'",
      "14.2 points; relative to 68.2 that is about 20.8 percent."),
    R("Nanonets-OCR2-3B scores 40.9 on headers and footers.", True, 0.22, "contradicted",
      "neighbour_cell", OC, 7,
      f"{T3}: Nanonets-OCR2-3B: Old scans 40.9, Headers & footers 32.1",
      "40.9 is the old scans column; headers and footers is 32.1."),
    R("Better prompting lifted the overall score to 72.8.", True, 0.21, "contradicted",
      "neighbour_cell", OC, 7,
      f"{T3}: Overall: + Dynamic temp scaling 72.8, + Better prompting 75.8",
      "72.8 is the row above; better prompting gives 75.8."),
    R("The final model soups checkpoints from eight random seeds.", True, 0.2, "contradicted",
      "wrong_count", OC, 7,
      "Repeating the RL training for six random seeds and averaging (or \u201csouping\u201d) the "
      "checkpoints.", "Six seeds (3 token-level and 3 sequence-level runs), not eight."),
    # --- unverified --------------------------------------------------------------------------
    R("olmOCR 2 scores 82.4 on OmniDocBench v1.5.", True, 0.17, "unverified",
      "unsupported_relation", OC, 3,
      "OmniDocBench v1.5 is only mentioned as an updated benchmark", "No OmniDocBench score."),
    R("Souping the six checkpoints added 2.1 points over the best single seed.", True, 0.16,
      "unverified", "unsupported_relation", OC, 7, "No single-seed score is reported",
      "Not reported."),
    R("MonkeyOCR Pro 3B scores 75.8 on the tables subset of olmOCR-Bench.", True, 0.16,
      "unverified", "unsupported_relation", OC, 2,
      f"{T1}: MonkeyOCR Pro 3B 75.8 overall; it is not in Table 3",
      "75.8 is its overall score; no per-subset scores."),
    R("GPT-4o scores 68.9 on multi-column documents.", True, 0.16, "unverified",
      "unsupported_relation", OC, 2, f"{T1}: OpenAI GPT-4o 68.9 ± 1.1 overall; not in Table 3",
      "68.9 is its overall score; no per-subset scores."),
    R("The FP8 version of olmOCR 2 scores 82.4 on olmOCR-Bench.", True, 0.15, "unverified",
      "unsupported_relation", OC, 1,
      "olmOCR-2-7B-1025-FP8 is only listed among the released models",
      "No score is given for the FP8 model."),
    R("dots.OCR scores 79.1 on the old scans subset.", True, 0.15, "unverified",
      "unsupported_relation", OC, 2, f"{T1}: dots.OCR 79.1 overall; it is not in Table 3",
      "79.1 is its overall score; no per-subset scores."),
    R("GPT-4.1 wrote the HTML from which the 30,381 synthetic test cases were made.", True,
      0.15, "unverified", "unsupported_relation", OC, 5,
      "We use claude-sonnet-4-20250514 as the general VLM ...; olmOCR-mix-1025 has been "
      "re-processed using GPT-4.1", "GPT-4.1 re-processed the SFT mix, not the synthetic pages."),
    R("Qwen 2.5 VL 7B scores 65.5 on the tables subset.", True, 0.15, "unverified",
      "unsupported_relation", OC, 2, f"{T1}: Qwen 2.5 VL 7B 65.5 overall; not in Table 3",
      "65.5 is its overall score; no per-subset scores."),
    R("RL training on the synthetic mix took 28 hours on one 8xH100 node.", True, 0.15,
      "unverified", "unsupported_relation", OC, 5,
      "We train for one epoch on olmOCR2-synthmix-1025 using an 8xH100 GPU node. For each "
      "document, 28 completions are generated.", "No training time; 28 counts completions."),
    R("Marker 1.10.1 converts a page in 0.8 seconds.", True, 0.14, "unverified",
      "unsupported_relation", OC, 7, f"{T3}: scores only; no speeds",
      "No processing time is reported; 0.8 is the old default temperature."),
)

REPORT = LabelledReport(
    file="03_olmocr2_tables.md",
    title="Unit-Test Rewards for OCR Models: What the Benchmark Tables Show",
    date="2027-03-10",
    examines="vision language models for converting PDF pages to text, trained with verifiable "
             "rewards",
    research_question="Do binary unit-test rewards improve an OCR model, and by how much over "
                      "other systems?",
    references=(OC,),
    rows=ROWS,
    quality_score=7.1,
)
