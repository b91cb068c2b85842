"""Held-out-8 report 1 (Markdown): He et al., PaSa: An LLM Agent for Comprehensive Academic
Paper Search (arXiv 2501.10120, stamped on its first page; set in two columns). Natural claims of
a machine-written synthesis: numbers of the running text, cells of Tables 2, 4, 5, 6, 7, 8 and 9,
differences and ratios of cells, paraphrases, and the usual slips (a neighbouring row or table,
transposed digits, flipped directions, wrong counts, relations the paper never states, rows cut
at 120 characters). Labelled from the page images (110 dpi, tables at 200 dpi) and
`pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

PS = "2501.10120"  # He, Huang, Feng, Lin, Zhang, Li, E; arXiv January 2025

R = Row
T2 = ("Table 2 (statistics of AutoScholarQuery; columns Conference, |P|, |Q|, Ans(/Q), Ans-50, "
      "Ans-90)")
T4 = "Table 4 (hyperparameters used in PPO training; columns Name, Value)"
T5 = ("Table 5 (results on AutoScholarQuery test set; columns Method, Crawler Recall, Precision, "
      "Recall, Recall@100, Recall@50, Recall@20)")
T6 = ("Table 6 (results on RealScholarQuery; columns Method, Crawler Recall, Precision, Recall, "
      "Recall@100, Recall@50, Recall@20)")
T8 = ("Table 8 (ablation study; Crawler Recall, Precision, Recall under AutoScholarQuery and "
      "under RealScholarQuery)")
T9 = ("Table 9 (Crawler trained with reward coefficient alpha; columns Crawler Recall, "
      "Crawler Actions)")

ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("RealScholarQuery is a test dataset of 50 real-world research queries.", True, 0.24,
      "confirmed", "text_number", PS, 4,
      "\"we constructed RealScholarQuery, a test dataset consisting of 50 real-world research "
      "queries\" (Section 3.2)", "As stated."),
    R("On average, annotators reviewed 76 candidate papers for each RealScholarQuery query.",
      True, 0.21, "confirmed", "text_number", PS, 4,
      "\"On average, each query required the annotators to review 76 candidate papers.\"",
      "As stated."),
    R("The authors judged 94.0% of sampled AutoScholarQuery queries to be qualified, and 93.7% of "
      "those had relevant corresponding papers.", True, 0.22, "confirmed", "text_number", PS, 3,
      "\"determining that 94.0% of the queries were qualified. Among these qualified queries, "
      "93.7% had corresponding papers that were deemed relevant and appropriate.\"",
      "Both numbers as stated."),
    R("On the AutoScholarQuery test set, PaSa-7b reaches a recall of 0.4834 with a precision of "
      "0.1448.", True, 0.27, "confirmed", "table_cell", PS, 8,
      f"{T5}: PaSa-7b: Precision 0.1448, Recall 0.4834", "As printed."),
    R("On RealScholarQuery, the PaSa-7b-ensemble achieves a crawler recall of 0.7503.", True,
      0.23, "confirmed", "table_cell", PS, 8, f"{T6}: PaSa-7b-ensemble: Crawler Recall 0.7503",
      "As printed."),
    R("Google with GPT-4o obtains a Recall@100 of 0.2946 on RealScholarQuery.", True, 0.2,
      "confirmed", "table_cell", PS, 8, f"{T6}: Google with GPT-4o: Recall@100 0.2946",
      "As printed."),
    R("The PaSa Selector achieves an F1 score of 85%, outperforming GPT-4o by 5%.", True, 0.26,
      "confirmed", "text_number", PS, 9,
      "\"The results show that our Selector achieves an F1 score of 85%, outperforming GPT-4o by "
      "5% and Qwen-2.5-7b by 30%.\"", "As stated."),
    R("Removing the [Expand] action lowers recall by 22.98% on AutoScholarQuery and by 32.21% on "
      "RealScholarQuery.", True, 0.25, "confirmed", "text_number", PS, 9,
      "\"removing the [Expand] action from the Crawler leads to a significant drop in the recall: "
      "a decrease of 22.98% on AutoScholarQuery and 32.21% on RealScholarQuery\"",
      "As stated."),
    R("Without RL training, the crawler recall on AutoScholarQuery falls to 0.6556.", True, 0.22,
      "confirmed", "table_cell", PS, 10,
      f"{T8}: w/o RL training, AutoScholarQuery Crawler Recall 0.6556 (PaSa-7b 0.7931)",
      "As printed; falls from 0.7931."),
    R("On RealScholarQuery, PaSa-7b's recall of 0.6111 is about double that of PaSa-GPT-4o "
      "(0.3075).", True, 0.24, "confirmed", "cell_arithmetic", PS, 8,
      f"{T6}: Recall: PaSa-7b 0.6111, PaSa-GPT-4o 0.3075", "0.6111 / 0.3075 = 1.99."),
    R("On AutoScholarQuery, PaSa-7b's Recall@20 exceeds that of plain Google search by 0.3733.",
      True, 0.21, "confirmed", "cell_arithmetic", PS, 8,
      f"{T5}: Recall@20: PaSa-7b 0.5301, Google 0.1568", "0.5301 - 0.1568 = 0.3733."),
    R("PaSa is made of two LLM agents: a Crawler that collects candidate papers and a Selector "
      "that checks whether each paper meets the query.", True, 0.25, "confirmed", "paraphrase",
      PS, 4,
      "\"the PaSa system consists of two LLM agents: Crawler and Selector. The crawler reads the "
      "user's query, generates multiple search queries, and retrieves relevant papers ... The "
      "selector conducts a thorough review of each paper in the paper list to assess whether it "
      "fulfills the user's query requirements.\"", "A faithful paraphrase."),
    R("PPO training of the Crawler used 16 NVIDIA H100 GPUs.", True, 0.18, "confirmed",
      "table_cell", PS, 7, f"{T4}: NVIDIA H100 GPU 16", "As printed."),
    R("The Selector was fine-tuned for one epoch with a learning rate of 1e-5 and a batch size of "
      "4.", True, 0.2, "confirmed", "text_number", PS, 7,
      "\"We conducted supervised fine-tuning for one epoch with a learning rate of 1e-5 and a "
      "batch size of 4.\"", "As stated."),
    R("With a reward coefficient of 2.0, the crawler recall rises to 0.8063, at the price of "
      "785.5 crawler actions.", True, 0.23, "confirmed", "table_cell", PS, 10,
      f"{T9}: alpha 2.0: Crawler Recall 0.8063, Crawler Actions 785.5", "As printed."),
    R("Both the Selector and the Crawler are built on Qwen2.5-7b.", True, 0.2, "confirmed",
      "paraphrase", PS, 7,
      "\"We sequentially trained the Selector and Crawler, both based on the Qwen2.5-7b\"",
      "Same statement in other words."),
    R("The Selector benchmark contains 98 positive and 102 negative query-paper pairs.", False,
      0.12, "confirmed", "text_number", PS, 12,
      "\"The final test dataset consists of 98 positive samples and 102 negative samples.\" "
      "(Appendix C)", "As stated."),
    R("Across its five source conferences, AutoScholarQuery draws on 5,638 papers.", True, 0.17,
      "confirmed", "cell_arithmetic", PS, 4,
      f"{T2}: |P|: ICLR 2023 888, ICML 2023 981, NeurIPS 2023 1948, CVPR 2024 1336, ACL 2024 485",
      "888 + 981 + 1948 + 1336 + 485 = 5638."),
    R("NeurIPS 2023 contributes 11761 queries to AutoScholarQuery, with 2.59 answer papers per "
      "query on average.", True, 0.21, "confirmed", "table_cell", PS, 4,
      f"{T2}: NeurIPS 2023: |Q| 11761, Ans(/Q) 2.59", "As printed."),
    # --- contradicted ------------------------------------------------------------------------
    R("Because of the annotation cost, RealScholarQuery was annotated for only 100 instances.",
      True, 0.19, "contradicted", "wrong_number", PS, 4,
      "\"Given the high cost of the annotations, we completed this process for only 50 "
      "instances.\"", "50 instances, not 100."),
    R("PaSa-7b reaches a Recall@50 of 0.6343 on the AutoScholarQuery test set.", True, 0.22,
      "contradicted", "transposed_digits", PS, 8, f"{T5}: PaSa-7b: Recall@50 0.6334",
      "0.6334 with the last two digits swapped."),
    R("On RealScholarQuery, PaSa-7b's precision is 0.4938.", True, 0.2, "contradicted",
      "neighbour_cell", PS, 8,
      f"{T6}: Precision: PaSa-7b 0.5146, PaSa-7b-ensemble 0.4938",
      "0.4938 is the ensemble's precision, the next row; PaSa-7b's is 0.5146."),
    R("The PaSa-7b-ensemble is more precise than PaSa-7b on the AutoScholarQuery test set.", True,
      0.21, "contradicted", "direction_flip", PS, 8,
      f"{T5}: Precision: PaSa-7b 0.1448, PaSa-7b-ensemble 0.1410",
      "The ensemble's precision is lower."),
    R("Putting the decision token before the rationale changes the Selector's performance "
      "substantially.", True, 0.16, "contradicted", "negation", PS, 7,
      "\"as shown in Table 7, the order of the decision and rationale does not affect the "
      "Selector's performance\"", "The paper says the order does not affect it."),
    R("During evaluation the Crawler's exploration depth is left unlimited.", True, 0.14,
      "contradicted", "negation", PS, 8,
      "\"we limit the Crawler's exploration depth (starting from the user query) to three for "
      "both PaSa-7b and PaSa-GPT-4o\"", "The depth is limited to three."),
    R("The Crawler can invoke four functions: search, expand, read and stop.", True, 0.17,
      "contradicted", "wrong_count", PS, 5,
      "Table 3 (functions of the Crawler): [Search], [Expand], [Stop]",
      "Table 3 lists three functions; there is no read function."),
    R("GPT-o1 reaches a recall of 0.1925 on RealScholarQuery.", True, 0.15, "contradicted",
      "neighbour_cell", PS, 8,
      f"{T6}: GPT-o1: Recall 0.0134; {T5}: GPT-o1: Recall 0.1925",
      "0.1925 is GPT-o1's recall on AutoScholarQuery (Table 5); on RealScholarQuery it is "
      "0.0134."),
    R("Imitation learning for the Crawler used 12,898 training examples.", True, 0.18,
      "contradicted", "transposed_digits", PS, 7,
      "\"we perform imitation learning for 1 epoch on 12,989 training data\"",
      "12,989 with two digits swapped."),
    R("Removing the Selector as reward model raises recall on RealScholarQuery by 9.63%.", False,
      0.1, "contradicted", "direction_flip", PS, 9,
      "\"removing the Selector as an auxiliary reward model results in a 3.76% recall drop on "
      "AutoScholarQuery and a 9.63% drop on RealScholarQuery\"", "It is a drop, not a rise."),
    # --- unverified --------------------------------------------------------------------------
    R("PaSa-7b outperforms Google Scholar because Google Scholar indexes few arXiv preprints.",
      True, 0.13, "unverified", "unsupported_relation", PS, 8,
      f"{T5} and {T6} compare them; no reason about Google Scholar's index is given",
      "The cause is never stated."),
    R("PaSa-7b's gains over PaSa-GPT-4o on RealScholarQuery are significant at p < 0.01.", True,
      0.12, "unverified", "unsupported_relation", PS, 8,
      "Section 5.3 reports the improvements; no significance test is reported",
      "No test is run."),
    R("PaSa-7b answers a scholarly query in under two minutes on average.", True, 0.11,
      "unverified", "unsupported_relation", PS, 7,
      "No latency or wall-clock time per query is reported anywhere in the paper",
      "The paper does not speak to it."),
    R("The RealScholarQuery queries were contributed by researchers at ByteDance.", True, 0.12,
      "unverified", "unsupported_relation", PS, 4,
      "\"we invited several AI researchers to use the system. From the queries they provided, we "
      "randomly sampled a subset\"", "Their affiliation is not given."),
    R(cut("Against Google with GPT-4o on RealScholarQuery, PaSa-7b improves Recall@20 by 37.78% "
          "and Recall@50 by 39.90%, a gain the authors attribute mainly to citation expansion."),
      True, 0.2, "unverified", "truncated", PS, 8,
      "\"PaSa-7b outperforms Google by 37.78%, 39.90%, and 39.83% in recall@20, recall@50 and "
      "recall@100\"", "The surviving part is right; the lost end (what the gain is attributed "
      "to) may assert anything."),
    R(cut("The session-level PPO algorithm designed for PaSa addresses two challenges of the paper "
          "search task, sparse rewards and long trajectories, and it converges after 200 steps."),
      True, 0.18, "unverified", "truncated", PS, 3,
      "\"we design a novel session-level PPO algorithm to address the unique challenges of the "
      "paper search task, including sparse rewards and long trajectories\"",
      "The surviving part is right; the cut end is lost."),
)

REPORT = LabelledReport(
    file="01_paper_search_agents.md",
    title="LLM Agents for Comprehensive Academic Paper Search",
    date="2027-04-02",
    examines="agents that search, read and select scientific papers for complex queries",
    research_question="Do reinforcement-learned search agents retrieve more of the relevant "
                      "literature than search engines and prompted LLMs?",
    references=(PS,),
    rows=ROWS,
    quality_score=7.8,
)
