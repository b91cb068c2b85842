"""Tables report 1 (Markdown): Smola and Narayanamurthy, An Architecture for Parallel Topic
Models (PVLDB 3(1), 2010; tests/real/papers/smola10.pdf), its four results tables. Labelled from
the page images (tables zoomed at 250 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

SM = "1004.4820"  # Smola and Narayanamurthy 2010 (arXiv copy of the PVLDB paper)

R = Row
T1 = ("Table 1 (single machine, 8-core workstation, 1000 Gibbs sampler iterations; rows "
      "pubmed/news x runtime (hours), initial # topics/word, throughput (documents/hour); "
      "columns 10k ... 1m)")
T2 = ("Table 2 (multi machine, production Hadoop cluster; columns pubmed 10, 20, 50, 100 computers "
      "and news 100 computers)")
T3 = ("Table 3 (multi machine, 200,000 documents per processor; pubmed 1, 2, 5, 10, 20, 41 "
      "computers; news 1, 2, 5, 10, 20, 50, 100 computers)")
T4 = "Table 4 (log-likelihood for 2m news documents after 1000 sampling iterations; rows computers)"
ROWS = (
    # --- cells claimed as printed -------------------------------------------------------------
    R("On a single 8-core workstation, the sampler processed the 10k-document PubMed subset in "
      "0.28 hours.", True, 0.31, "confirmed", "table_cell", SM, 7,
      f"{T1}: pubmed, runtime (hours), 10k: .28", "As printed (.28)."),
    R("With one million PubMed documents, the single-machine runtime reached 15.12 hours.", True,
      0.27, "confirmed", "table_cell", SM, 7, f"{T1}: pubmed, runtime (hours), 1m: 15.12",
      "As printed."),
    R("Single-machine throughput on 500k news documents was 43.7K documents per hour.", True,
      0.22, "confirmed", "table_cell", SM, 7,
      f"{T1}: news, throughput (documents/hour), 500k: 43.7K", "As printed."),
    R("For 200k news documents, the single-machine run started with 22.1 topics per word on "
      "average.", False, 0.18, "confirmed", "table_cell", SM, 7,
      f"{T1}: news, initial # topics/word, 200k: 22.1", "As printed."),
    R("On the production Hadoop cluster, 50 computers processed PubMed in 4.1 hours.", True, 0.29,
      "confirmed", "table_cell", SM, 7, f"{T2}: runtime (hours), pubmed 50: 4.1", "As printed."),
    R("PubMed throughput with 20 computers was 45.9K documents per hour.", True, 0.2,
      "confirmed", "table_cell", SM, 7, f"{T2}: throughput (documents/hour), pubmed 20: 45.9K",
      "As printed."),
    R("With 100 computers, the news collection took 12.5 hours.", True, 0.24, "confirmed",
      "table_cell", SM, 7, f"{T2}: runtime (hours), news 100: 12.5; {T3}: news, runtime (hours), "
      "100: 12.5", "As printed, in both tables."),
    R("Keeping 200,000 documents per processor, 41 computers processed PubMed in 4.8 hours.",
      True, 0.26, "confirmed", "table_cell", SM, 7, f"{T3}: pubmed, runtime (hours), 41: 4.8",
      "As printed."),
    R("In the fixed-load experiment, the initial number of topics per word on news grew to 322.4 "
      "with 100 computers.", True, 0.21, "confirmed", "table_cell", SM, 7,
      f"{T3}: news, initial # topics/word, 100: 322.4", "As printed."),
    R("With 200,000 documents per machine, a single computer processed PubMed at 62.8K documents "
      "per hour.", False, 0.19, "confirmed", "table_cell", SM, 7,
      f"{T3}: pubmed, throughput (documents/hour), 1: 62.8K", "As printed."),
    R("On 2 million news documents, the total log-likelihood after 1000 iterations on 20 "
      "computers was -3.2869e+09.", True, 0.17, "confirmed", "table_cell", SM, 8,
      f"{T4}: 20, total: -3.2869e+09", "As printed."),
    R("With 5 computers, the document part of the log-likelihood was -1.2143e+09.", False, 0.15,
      "confirmed", "table_cell", SM, 8, f"{T4}: 5, documents: -1.2143e+09", "As printed."),
    # --- the value of a neighbouring cell ---------------------------------------------------------
    R("For 100k PubMed documents, a single machine needed 4.42 hours.", True, 0.23,
      "contradicted", "neighbour_cell", SM, 7,
      f"{T1}: pubmed, runtime (hours): 100k 1.33, 200k 4.42", "4.42 is the 200k column; 100k "
      "took 1.33 hours."),
    R("For 20k news documents, the single-machine runtime was 0.43 hours.", True, 0.2,
      "contradicted", "neighbour_cell", SM, 7,
      f"{T1}: runtime (hours), 20k: pubmed .43, news .72", "0.43 is PubMed's cell; news took "
      ".72 hours."),
    R("On PubMed, 20 computers needed 4.1 hours.", True, 0.25, "contradicted", "neighbour_cell",
      SM, 7, f"{T2}: runtime (hours): pubmed 20 9.0, pubmed 50 4.1; {T3}: pubmed, runtime "
      "(hours), 20: 4.4", "4.1 is the 50-computer column; 20 computers took 9.0 hours (4.4 "
      "with 200,000 documents per processor)."),
    R("Using 100 computers on PubMed, throughput was 16.3K documents per hour.", True, 0.18,
      "contradicted", "neighbour_cell", SM, 7,
      f"{T2}: throughput (documents/hour): pubmed 100 28.9K, news 100 16.3K",
      "16.3K is the news column; PubMed reached 28.9K."),
    R("With 200,000 news documents per processor, 20 computers took 10.9 hours.", True, 0.22,
      "contradicted", "neighbour_cell", SM, 7,
      f"{T3}: news, runtime (hours): 20 9.0, 50 10.9", "10.9 is the 50-computer column; 20 "
      "computers took 9.0 hours."),
    R("In the fixed-load setting, two computers processed news at 47.4K documents per hour.",
      False, 0.16, "contradicted", "neighbour_cell", SM, 7,
      f"{T3}: throughput (documents/hour), 2: pubmed 47.4K, news 26.8K",
      "47.4K is PubMed's row; news ran at 26.8K."),
    R("With 10 computers, the model part of the log-likelihood reached -2.0631e+09.", True, 0.14,
      "contradicted", "neighbour_cell", SM, 8, f"{T4}: model: 10 -2.0681e+09, 20 -2.0631e+09",
      "-2.0631e+09 is the 20-computer row; 10 computers gave -2.0681e+09."),
    # --- a different number, or the digits swapped --------------------------------------------
    R("Single-machine throughput on 100k PubMed documents was 57.0K documents per hour.", True,
      0.2, "contradicted", "transposed_digits", SM, 7,
      f"{T1}: pubmed, throughput (documents/hour), 100k: 75.0K", "75.0K with 7 and 5 swapped."),
    R("Ten computers finished the PubMed run on the Hadoop cluster in 12.7 hours.", True, 0.21,
      "contradicted", "transposed_digits", SM, 7, f"{T2}: runtime (hours), pubmed 10: 17.2",
      "17.2 with 7 and 2 swapped."),
    R("On the full one-million-document news set, a single machine took 21.40 hours.", True,
      0.19, "contradicted", "wrong_number", SM, 7, f"{T1}: news, runtime (hours), 1m: 24.40",
      "The table gives 24.40."),
    # --- a cell under a setting or measure the paper does not report ---------------------------
    R("Running on 41 computers, the news collection took 4.8 hours.", True, 0.18, "unverified",
      "unsupported_relation", SM, 7,
      f"{T3}: pubmed, runtime (hours), 41: 4.8; news was run on 1, 2, 5, 10, 20, 50 and 100 "
      "computers only", "4.8 hours is PubMed's 41-computer cell; the paper reports no news run "
      "on 41 computers."),
    R("After 500 sampling iterations on one computer, the total log-likelihood was -3.3082e+09.",
      False, 0.13, "unverified", "unsupported_relation", SM, 8,
      f"{T4}: 1, total: -3.3082e+09 (after 1000 sampling iterations)",
      "The cell is the value after 1000 iterations; the paper reports none after 500."),
    R("On a single machine, two million PubMed documents took 15.12 hours.", True, 0.16,
      "unverified", "unsupported_relation", SM, 7,
      f"{T1}: pubmed, runtime (hours), 1m: 15.12; the largest single-machine run is 1m",
      "15.12 hours is the one-million-document cell; no single-machine run on two million "
      "documents is reported."),
    R("Running 2000 Gibbs sampler iterations, 50 computers processed PubMed in 4.1 hours.",
      False, 0.15, "unverified", "unsupported_relation", SM, 7,
      f"{T2}: runtime (hours), pubmed 50: 4.1 (1000 Gibbs sampler iterations)",
      "The cell is for 1000 iterations; the paper reports no run of 2000 iterations."),
    R("With 500 topics, single-machine throughput on one million news documents was 41.0K "
      "documents per hour.", True, 0.14, "unverified", "unsupported_relation", SM, 7,
      f"{T1}: news, throughput (documents/hour), 1m: 41.0K (1000 topics for news)",
      "The cell is for 1000 topics; no run with 500 topics is reported."),
    R("On a 16-core workstation, 10k news documents were processed in 0.40 hours.", True, 0.13,
      "unverified", "unsupported_relation", SM, 7,
      f"{T1}: news, runtime (hours), 10k: .40 (a dedicated 8-core workstation)",
      "The cell is for an 8-core workstation; no 16-core machine is reported."),
    # --- differences of cells ------------------------------------------------------------------
    R("Going from 10 to 50 computers on PubMed cut the runtime by 13.1 hours.", True, 0.2,
      "confirmed", "cell_arithmetic", SM, 7,
      f"{T2}: runtime (hours): pubmed 10 17.2, pubmed 50 4.1",
      "17.2 - 4.1 = 13.1."),
    R("In the fixed-load news experiment, throughput fell by 27.5K documents per hour between one "
      "and 100 computers.", True, 0.17, "confirmed", "cell_arithmetic", SM, 7,
      f"{T3}: news, throughput (documents/hour): 1 43.8K, 100 16.3K", "43.8K - 16.3K = 27.5K."),
)

REPORT = LabelledReport(
    file="01_parallel_topic_models.md",
    title="Scaling Gibbs Sampling for Topic Models: What the Runtime Tables Show",
    date="2027-03-01",
    examines="runtime, throughput and model quality of distributed LDA sampling",
    research_question="How do single-machine and cluster LDA samplers scale with data and "
                      "machines?",
    references=(SM,),
    rows=ROWS,
    quality_score=7.4,
)
