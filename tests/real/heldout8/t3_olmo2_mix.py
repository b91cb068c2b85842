"""Held-out-8 report 3 (text with bare headings): OLMo 2 Team, 2 OLMo 2 Furious (arXiv
2501.00656; the source is the paper's page 4 alone, kept as an olmOCR-bench sample: Table 1, the
composition of the OLMo 2 1124 pretraining mix, and Sections 2.1.1-2.1.2; one column, no arXiv
stamp on this page, cited by the ID of the paper's arXiv version). Natural claims: cells of
Table 1 (Tokens, Words, Bytes, Docs per source, and a Total row), numbers of the running text
(filters on the code data), sums and shares of cells, paraphrases and the usual slips.
Labelled from the page image (110 dpi, table at 200 dpi) and `pdftotext -layout` before any
verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

OL = "2501.00656"  # OLMo 2 Team (Walsh, Soldaini, Groeneveld, Lo, et al.), page 4 only

R = Row
T1 = ("Table 1 (composition of the pretraining data for OLMo 2; columns Source, Type, Tokens, "
      "Words, Bytes, Docs; group row Pretraining OLMo 2 1124 Mix; row Total)")

ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("The OLMo 2 1124 pretraining mix consists of approximately 3.9 trillion tokens, over 95% "
      "of them derived from web data.", True, 0.26, "confirmed", "text_number", OL, 1,
      "\"It consists of approximately 3.9 trillion tokens, with over 95% derived from web data.\"",
      "As stated."),
    R("DCLM-Baseline contributes 3.71T tokens from 2.95B web documents.", True, 0.24, "confirmed",
      "table_cell", OL, 1, f"{T1}: DCLM-Baseline (Web pages): Tokens 3.71T, Docs 2.95B",
      "As printed."),
    R("The arXiv subset holds 20.8B tokens across 3.95M documents.", True, 0.2, "confirmed",
      "table_cell", OL, 1, f"{T1}: arXiv (STEM papers): Tokens 20.8B, Docs 3.95M", "As printed."),
    R("Wikipedia and Wikibooks add 3.7B tokens of encyclopedic text.", True, 0.18, "confirmed",
      "table_cell", OL, 1, f"{T1}: Wikipedia & Wikibooks (Encyclopedic): Tokens 3.7B",
      "As printed."),
    R("Code documents from repositories with fewer than 2 stars on GitHub are removed.", True,
      0.2, "confirmed", "text_number", OL, 1,
      "\"we remove any document from a repository with fewer than 2 stars on GitHub\"",
      "As stated."),
    R("Code documents whose most frequent word makes up over 30% of the document are discarded.",
      True, 0.17, "confirmed", "text_number", OL, 1,
      "\"we discarded documents whose most frequent word constitutes over 30% of the document\"",
      "As stated."),
    R("The two math sources, OpenWebMath and Algebraic Stack, together contribute 24.0B tokens.",
      True, 0.19, "confirmed", "cell_arithmetic", OL, 1,
      f"{T1}: Tokens: OpenWebMath 12.2B, Algebraic Stack 11.8B", "12.2 + 11.8 = 24.0."),
    R("peS2o accounts for about 1.5% of the mix's 3.90T tokens.", True, 0.16, "confirmed",
      "cell_arithmetic", OL, 1, f"{T1}: Tokens: peS2o 58.6B, Total 3.90T",
      "58.6B / 3.90T = 1.50%."),
    R("OLMo 2's pretraining stage reuses the pretraining data of OLMoE.", True, 0.21,
      "confirmed", "paraphrase", OL, 1,
      "\"This is the same pretraining data used in OLMoE (Muennighoff et al., 2024).\"",
      "Same statement in other words."),
    # --- contradicted ------------------------------------------------------------------------
    R("StarCoder contributes 70.0B tokens of code to the mix.", True, 0.2, "contradicted",
      "neighbour_cell", OL, 1, f"{T1}: StarCoder (Code): Tokens 83.0B, Words 70.0B",
      "83.0B tokens; 70.0B is the words column beside it."),
    R("The full pretraining mix contains 3.08B documents and 22.83T bytes.", True, 0.22,
      "contradicted", "transposed_digits", OL, 1, f"{T1}: Total: Bytes 22.38T, Docs 3.08B",
      "22.38T with the last two digits swapped."),
    R("Documents with repeated sequences of 64 or more n-grams are removed to avoid loss "
      "spikes.", True, 0.15, "contradicted", "wrong_number", OL, 1,
      "\"To mitigate possible training loss spikes, we remove documents with repeated sequences "
      "of 32 or more n-grams.\"", "32, not 64."),
    R("Algebraic Stack contributes more tokens to the mix than OpenWebMath.", True, 0.17,
      "contradicted", "direction_flip", OL, 1,
      f"{T1}: Tokens: OpenWebMath 12.2B, Algebraic Stack 11.8B", "Algebraic Stack has fewer."),
    R("arXiv, OpenWebMath and Algebraic Stack were never part of ProofPile II.", False, 0.08,
      "contradicted", "negation", OL, 1,
      "\"arXiv, OpenWebMath, and Algebraic Stack were originally part of ProofPile II "
      "(Azerbayev et al., 2023).\"", "The paper says they were."),
    R("The OLMo 2 1124 pretraining mix combines nine data sources.", True, 0.16, "contradicted",
      "wrong_count", OL, 1,
      f"{T1}: seven source rows: DCLM-Baseline, StarCoder, peS2o, arXiv, OpenWebMath, Algebraic "
      "Stack, Wikipedia & Wikibooks", "Seven sources, not nine."),
    # --- unverified --------------------------------------------------------------------------
    R("Filtering the StarCoder data by GitHub stars raised OLMo 2's code benchmark scores by 3 "
      "points.", True, 0.13, "unverified", "unsupported_relation", OL, 1,
      "The page describes the star filter; no effect on code benchmarks is reported on it",
      "The effect is not stated on this page."),
    R("Dolmino Mix 1124 contains 50B tokens of mid-training data.", True, 0.14, "unverified",
      "unsupported_relation", OL, 1,
      "Section 2.1.2 names Dolmino Mix 1124 and refers to Table 2, which is not on this page",
      "No size of the mid-training mix is given here."),
    R("DCLM-Baseline was preferred over Dolma's web text because it causes fewer training loss "
      "spikes.", True, 0.12, "unverified", "unsupported_relation", OL, 1,
      "\"We combine data from DCLM ... and Dolma 1.7\"; no reason for the choice of web data is "
      "given", "The reason is never stated."),
    R(cut("The OLMo 2 1124 Mix is composed of StarCoder, peS2o, web text from DCLM and Wiki from "
          "Dolma 1.7, while arXiv comes from Red-Pajama and the math data from ProofPile II."),
      True, 0.2, "unverified", "truncated", OL, 1,
      "Table 1 caption: \"The OLMo 2 1124 MIX is composed of StarCoder ..., peS2o ..., web text "
      "from DCLM ... and Wiki come from Dolma 1.7 ... arXiv comes from Red-Pajama\"",
      "The surviving part is right; the lost end may assert anything."),
)

REPORT = LabelledReport(
    file="03_pretraining_mix_bare.txt",
    title="Open Pretraining Mixtures for Fully Open Language Models",
    date="2027-04-08",
    examines="the composition and filtering of open pretraining data mixes",
    research_question="What sources make up the OLMo 2 pretraining mix and how is its code "
                      "data filtered?",
    references=(OL,),
    rows=ROWS,
    quality_score=7.3,
)
