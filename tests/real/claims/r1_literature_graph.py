"""Report 1 (plain text with `#` headings): the Semantic Scholar literature graph (N18-3011)
and the S2ORC corpus built from it (2020.acl-main.447)."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

LG = "N18-3011"  # Ammar et al. 2018, Construction of the Literature Graph in Semantic Scholar
S2 = "2020.acl-main.447"  # Lo et al. 2020, S2ORC: The Semantic Scholar Open Research Corpus

R = Row
ROWS = (
    # --- exact numbers from sentences -------------------------------------------------------
    R("The Semantic Scholar literature graph consists of more than 280M nodes.", True, 0.22,
      "confirmed", "text_number", LG, 1,
      "Abstract: 'The resulting literature graph consists of more than 280M nodes'",
      "Stated in the abstract as claimed."),
    R("Removing duplicate papers by string similarity of their metadata leaves 37M unique paper "
      "nodes.", True, 0.18, "confirmed", "text_number", LG, 2,
      "§2.1: 'We deterministically remove duplicate papers based on string similarity of their "
      "metadata, resulting in 37M unique paper nodes.'", "Same number, same subject."),
    R("The literature graph has 12M author nodes.", False, 0.11, "confirmed", "text_number",
      LG, 2, "§2.1 Authors: 'The literature graph has 12M nodes of this type.'",
      "The sentence is under 'Authors. Each node of this type represents a unique author'."),
    R("ScienceParse is trained on a PubMed Central snapshot of 1.4M PDFs with their metadata.",
      True, 0.25, "confirmed", "text_number", LG, 3,
      "§3 Training: 'trained on a snapshot of the data at PubMed Central. It consists of 1.4M "
      "PDFs and their associated metadata'", "As printed."),
    R("The heuristic labeling process used to train ScienceParse succeeds for 76% of the "
      "documents.", True, 0.19, "confirmed", "text_number", LG, 3,
      "§3 Training: 'This labeling process succeeds for 76% of the documents.'", "As printed."),
    R("Adding language-model embeddings to the entity extraction model improves F1 by 4.2 "
      "points.", True, 0.27, "confirmed", "text_number", LG, 5,
      "§4.2 Results: 'the second line is the full model (including LM embeddings) showing a "
      "large improvement of 4.2 F1 points'", "As printed (also 54.1 - 49.9 in Table 3)."),
    R("S2ORC contains 81.1M English-language academic papers.", True, 0.31, "confirmed",
      "text_number", S2, 1,
      "Abstract: 'a large corpus of 81.1M English-language academic papers'", "As printed."),
    R("S2ORC provides structured full text for 8.1M open access papers.", True, 0.24,
      "confirmed", "text_number", S2, 1,
      "Abstract: 'structured full text for 8.1M open access papers'", "As printed."),
    R("S2ORC resolves a total of 380.5M citation links between papers.", False, 0.09,
      "confirmed", "text_number", S2, 5,
      "§3: 'we resolve a total 380.5M citation links between papers (§2.6)'", "As printed."),
    R("The S2ORC pretraining corpus contains 16.4B tokens.", True, 0.20, "confirmed",
      "text_number", S2, 7,
      "§5 Size: 'The resulting S2ORC pretraining corpus contains 16.4B tokens'", "As printed."),
    R("The Jaccard index between the S2ORC-SciBERT and SciBERT vocabularies is 0.536.", True,
      0.14, "confirmed", "text_number", S2, 7,
      "§5 Vocab: 'The Jaccard index between the S2ORC-SciBERT and SciBERT vocabularies is "
      "0.536.'", "As printed."),
    # --- numbers found only in table cells ----------------------------------------------
    R("ScienceParse reaches an F1 of 90.7 on bibliography venues.", True, 0.21, "confirmed",
      "table_cell", LG, 3,
      "Table 1 (Results of the ScienceParse system), row 'bibliography venues', column F1: "
      "90.7", "Only in the table; P 91.7, R 89.7, F1 90.7."),
    R("On biomedical papers the statistical approach reaches a precision of 94.4.", True, 0.16,
      "confirmed", "table_cell", LG, 4,
      "Table 2, row 'Statistical', column Bio / prec.: 94.4", "Only in the table."),
    R("The hybrid approach has a yield of 3126 on biomedical papers.", False, 0.12,
      "confirmed", "table_cell", LG, 4, "Table 2, row 'Hybrid', column Bio / yield: 3126",
      "Only in the table."),
    R("The neural entity linking model reaches a Bag of Concepts F1 of 85.8 on the biomedical "
      "dataset.", True, 0.29, "confirmed", "table_cell", LG, 6,
      "Table 4 (Bag of Concepts F1 of the baseline and neural model), row 'Neural', column "
      "Bio: 85.8", "Only in the table."),
    R("The filter for papers without authors removed 0.3M paper clusters from S2ORC.", True,
      0.13, "confirmed", "table_cell", S2, 4,
      "Table 2 (Post-processing data quality filters), row 'No authors', column 'Number of "
      "papers': 0.3M", "Only in the table."),
    R("S2ORC-SciBERT reaches 68.93 F1 on SciERC named entity recognition.", True, 0.23,
      "confirmed", "table_cell", S2, 6,
      "Table 5, row CS / SciERC / NER, column S2ORC-SciBERT: 68.93 ± 0.19",
      "Mean of 5 runs as printed; span-level F1 for NER per the caption."),
    R("Bibliography linking of GROBID parses reaches an accuracy of 0.96 on authors.", False,
      0.10, "confirmed", "table_cell", S2, 6,
      "Table 6 (Accuracy of paper clustering and bibliography linking), row 'Bib. linking "
      "(GROBID)', column Authors: 0.96", "Only in the table."),
    R("A GROBID-parsed S2ORC paper has on average 45.2 inline citation spans in its body text.",
      True, 0.17, "confirmed", "table_cell", S2, 5,
      "Table 4, row 'Inline cite spans (body)', column GROBID: 45.2; caption: values are "
      "averaged over all open access papers", "Only in the table."),
    # --- differences and averages of cells ------------------------------------------------
    R("On biomedical papers the neural linking model improves Bag of Concepts F1 over the "
      "baseline by 31.6 points.", True, 0.26, "confirmed", "cell_arithmetic", LG, 6,
      "Table 4, column Bio: Neural 85.8, Baseline 54.2", "85.8 - 54.2 = 31.6."),
    R("On computer science papers the hybrid approach yields 1278 more than the statistical "
      "approach.", False, 0.08, "confirmed", "cell_arithmetic", LG, 4,
      "Table 2, column CS / yield: Hybrid 1990, Statistical 712", "1990 - 712 = 1278."),
    R("The off-the-shelf approach loses 19.9 points of precision from computer science to "
      "biomedical papers.", True, 0.15, "confirmed", "cell_arithmetic", LG, 4,
      "Table 2, row 'Off-the-shelf': CS prec. 97.4, Bio prec. 77.5",
      "97.4 - 77.5 = 19.9 (different libraries per domain, TagMe and MetaMap Lite, as the "
      "text says; the claim is about the approach's rows)."),
    R("S2ORC-SciBERT beats SciBERT by 1.80 F1 on SciERC relation extraction.", True, 0.22,
      "confirmed", "cell_arithmetic", S2, 6,
      "Table 5, row CS / SciERC / REL: SciBERT 79.97, S2ORC-SciBERT 81.77 ± 1.64",
      "81.77 - 79.97 = 1.80."),
    R("On ACL-ARC, S2ORC-SciBERT trails SciBERT by 2.53 macro-F1.", False, 0.12, "confirmed",
      "cell_arithmetic", S2, 6,
      "Table 5, row CS / ACL-ARC / CLS: SciBERT 70.98, S2ORC-SciBERT 68.45 ± 2.47; caption: "
      "macro-F1 for text classification (CLS)", "70.98 - 68.45 = 2.53."),
    R("Averaged over the CS and biomedical datasets, the neural linking model scores 85.2 Bag "
      "of Concepts F1.", True, 0.19, "confirmed", "cell_arithmetic", LG, 6,
      "Table 4, row 'Neural': CS 84.6, Bio 85.8", "(84.6 + 85.8) / 2 = 85.2."),
    # --- paraphrases ----------------------------------------------------------------------
    R("In both CS and biomedicine, the statistical entity extraction approach has the highest "
      "precision but the lowest yield.", True, 0.33, "confirmed", "paraphrase", LG, 4,
      "§4.1: 'In both domains, the statistical approach gives the highest precision and the "
      "lowest yield.'", "Same statement in other words."),
    R("Yield is reported instead of recall because comprehensive annotation does not scale.",
      True, 0.18, "confirmed", "paraphrase", LG, 4,
      "§4.1: 'We report ‘yield’ in lieu of ‘recall’ due to the difficulty of doing a scalable "
      "comprehensive annotation.'", "Same statement in other words."),
    R("The MetaMap Lite library used for biomedical papers suffered a large drop in precision.",
      False, 0.14, "confirmed", "paraphrase", LG, 4,
      "§4.1: 'the MetaMap Lite off-the-shelf library we used for the biomedical domain "
      "suffered a huge loss in precision'", "Same statement in other words."),
    R("Metadata extracted from LaTeX sources is of lower quality than metadata extracted from "
      "PDFs.", True, 0.20, "confirmed", "paraphrase", S2, 3,
      "§2.2: 'the quality of metadata extracted from LATEX documents is worse than those "
      "extracted from PDF'", "Same statement in other words."),
    R("S2ORC-SciBERT was pretrained from scratch on a single TPU v3-8 for one week.", True,
      0.28, "confirmed", "paraphrase", S2, 7,
      "§5: 'S2ORC-SciBERT is pretrained from scratch using the original BERT code and default "
      "BERT-Base configurations on a single TPU v3-8 for one week.'", "Same statement."),
    R("S2ORC keeps only English-language papers that have an abstract or full text.", True,
      0.16, "confirmed", "paraphrase", S2, 2,
      "Footnote 8: 'a curated subset of the papers in the Semantic Scholar literature graph "
      "... that focuses only on English-language papers with abstracts or full text "
      "available'", "Same statement in other words."),
    # --- wrong numbers ----------------------------------------------------------------------
    R("The literature graph contains 0.6M entity nodes.", True, 0.17, "contradicted",
      "wrong_number", LG, 2,
      "§2.1 Entities: 'Our literature graph has 0.4M nodes of this type.'",
      "The paper gives 0.4M entity nodes."),
    R("S2ORC's publisher-provided abstract coverage is 93.4%.", True, 0.23, "contradicted",
      "wrong_number", S2, 4,
      "§3: 'Our publisher-provided abstract coverage is 90.4%, or 73.4M papers.' (Table 3: "
      "Papers w/ publisher abstract 73.4M (90.4%))", "The paper gives 90.4%."),
    R("An ensemble of 15 entity extraction models improves the results by a further 2.1 F1 "
      "points.", True, 0.25, "contradicted", "wrong_number", LG, 5,
      "§4.2 Results: 'creating an ensemble of 15 models further improves the results by 1.1 "
      "F1 points' (Table 3: 54.1 -> 55.2)", "The paper gives 1.1."),
    R("S2ORC-SciBERT uses a cased WordPiece vocabulary of 35k tokens.", False, 0.07,
      "contradicted", "wrong_number", S2, 7,
      "§5 Vocab: 'we construct a cased WordPiece ... vocabulary of size 31k'",
      "The paper gives 31k."),
    # --- transposed digits ------------------------------------------------------------------
    R("ScienceParse was tested on a held-out set of about 45K PubMed Central documents.", True,
      0.21, "contradicted", "transposed_digits", LG, 4,
      "§3 Results: 'a held-out set from PubMed Central, consisting of about 54K documents'",
      "54K, not 45K."),
    R("S2ORC includes LaTeX parses for 5.1M papers from arXiv.", True, 0.19, "contradicted",
      "transposed_digits", S2, 3,
      "§2.2: 'We process 1.5M papers from LATEX source derived from arXiv, all of which are "
      "included as part of S2ORC.' (Table 3: Papers w/ LaTeX full text 1.5M)", "1.5M, not 5.1M."),
    R("The literature graph holds 273M entity mentions.", True, 0.12, "contradicted",
      "transposed_digits", LG, 2,
      "§2.1 Entity mentions: 'We describe how we populate the 237M mentions in the literature "
      "graph'", "237M, not 273M."),
    # --- a neighbouring row or column -------------------------------------------------------
    R("The language filter removed 80.0M paper clusters from S2ORC.", True, 0.30,
      "contradicted", "neighbour_cell", S2, 4,
      "Table 2, row 'Not English': 15.2M; 80.0M is the row above ('< 100 chars of text')",
      "The language filter removed 15.2M clusters."),
    R("ScienceParse reaches an F1 of 89.4 on bibliography titles.", True, 0.18,
      "contradicted", "neighbour_cell", LG, 3,
      "Table 1, row 'bibliography titles': Precision 89.3, Recall 89.4, F1 89.3",
      "89.4 is the recall cell; F1 is 89.3 (0.1 apart, beyond half a unit of the last digit)."),
    R("The off-the-shelf approach has a yield of 1206 on computer science papers.", False, 0.09,
      "contradicted", "neighbour_cell", LG, 4,
      "Table 2, row 'Off-the-shelf': CS yield 873, Bio yield 1206",
      "1206 is the biomedical column; CS yield is 873."),
    R("S2ORC-SciBERT scores 90.80 on GENIA dependency parsing UAS.", True, 0.24,
      "contradicted", "neighbour_cell", S2, 6,
      "Table 5, GENIA rows, column S2ORC-SciBERT: DEP (LAS) 90.80 ± 0.19, DEP (UAS) 92.31 ± "
      "0.18", "90.80 is the LAS row; UAS is 92.31."),
    # --- direction flips --------------------------------------------------------------------
    R("S2ORC-SciBERT outperforms SciBERT on the ACL-ARC citation intent task.", True, 0.26,
      "contradicted", "direction_flip", S2, 6,
      "Table 5, row ACL-ARC / CLS: SciBERT 70.98, S2ORC-SciBERT 68.45 ± 2.47",
      "S2ORC-SciBERT is lower on ACL-ARC."),
    R("Adding language-model embeddings lowers entity extraction F1 on SemEval-2017 task 10.",
      False, 0.11, "contradicted", "direction_flip", LG, 5,
      "Table 3: Without LM 49.9, With LM 54.1; §4.2: 'a large improvement of 4.2 F1 points'",
      "LM embeddings raise F1."),
    R("GROBID outperforms ScienceParse for title and author extraction.", True, 0.20,
      "contradicted", "direction_flip", S2, 3,
      "Footnote 11: 'Our evaluations suggest SCIENCEPARSE outperforms GROBID for title and "
      "author extraction.'", "The comparison is stated the other way round."),
    # --- negations in other words -----------------------------------------------------------
    R("On computer science papers the TagMe library gave poor precision, far below the "
      "statistical models.", True, 0.15, "contradicted", "negation", LG, 4,
      "§4.1: 'The TagMe off-the-shelf library used for the CS domain gives surprisingly good "
      "results, with precision within 1 point from the statistical models.'",
      "The paper says the opposite: good results, within 1 point (Table 2: 97.4 vs 98.4)."),
    R("Pooling the outputs of the three approaches brings no gain in yield over the best "
      "single approach.", True, 0.22, "contradicted", "negation", LG, 4,
      "§4.1: 'we decided to pool their outputs in our deployed system, which gives "
      "significantly higher yield than any individual approach'", "The paper states a gain."),
    # --- wrong counts -----------------------------------------------------------------------
    R("ScienceParse adds five numeric case features to the representation of each token.",
      True, 0.13, "contradicted", "wrong_count", LG, 3,
      "§3: 'we add seven numeric features to the input representation of each token'",
      "Seven, not five."),
    R("The deployed system uses four instances of the entity extraction model.", False, 0.10,
      "contradicted", "wrong_count", LG, 5,
      "§4.2 Model instances: 'In the deployed system, we use three instances of the entity "
      "extraction model'", "Three, not four."),
    R("S2ORC-SciBERT fine-tuning searches over three maximum learning rates.", True, 0.12,
      "contradicted", "wrong_count", S2, 7,
      "§5: 'We fine-tune for 1 to 4 epochs with a maximum learning rate of 1e-5, 2e-5, 3e-5, "
      "or 5e-5.'", "Four learning rates are searched."),
    # --- shared names and numbers, unstated relation ----------------------------------------
    R("The 76% success rate of its labeling process is what limits ScienceParse to a title F1 of "
      "85.5.", True, 0.24, "unverified", "unsupported_relation", LG, 3,
      "§3: 76% labeling success; Table 1: title F1 85.5. No sentence links the two.",
      "Both numbers are printed, but the paper never says one causes the other."),
    R("S2ORC-SciBERT outperforms SciBERT because its pretraining corpus is nearly five times "
      "larger.", True, 0.29, "unverified", "unsupported_relation", S2, 7,
      "§5: 'nearly five times larger than the corpus for SciBERT'; 'outperforms SciBERT on "
      "many tasks despite including a large percentage of data outside ...'",
      "The paper gives no cause for the results; the causal link is the report's own."),
    R("Of the 12M author nodes in the literature graph, 0.4M are linked to entity nodes.",
      True, 0.14, "unverified", "unsupported_relation", LG, 2,
      "§2.1: 12M author nodes, 0.4M entity nodes; authors are linked to papers by authorship "
      "edges, never to entities.", "Two counts of the paper in a relation it never states."),
    R("Paper clustering reaches 0.93 title accuracy because publisher-provided metadata is "
      "preferred.", False, 0.11, "unverified", "unsupported_relation", S2, 6,
      "Table 6: Paper clustering, Title 0.93; §2.3 prefers publisher-provided metadata. No "
      "causal link is stated.", "The paper never explains the 0.93 by that preference."),
    R("Expanding its rules raised the hybrid approach's CS precision from 91.5 to 92.1.", True,
      0.18, "unverified", "unsupported_relation", LG, 4,
      "Table 2: Hybrid CS prec. 91.5, Hybrid Bio prec. 92.1; no experiment expands rules.",
      "92.1 is the biomedical precision; the paper reports no such change."),
    # --- truncated --------------------------------------------------------------------------
    R(cut("Among the post-processing quality filters applied to S2ORC paper clusters, the filter "
          "that drops papers not written in English removes 15.2M clusters."), True, 0.27,
      "unverified", "truncated", S2, 4,
      "Table 2, row 'Not English': 15.2M",
      "Cut before the number: what the filter removed is not printed, so the claim cannot be "
      "judged."),
    R(cut("Evaluated on about 54K held-out documents from PubMed Central, ScienceParse extracts "
          "paper titles with an F1 of 85.5 and authors with an F1 of 92.1."), True, 0.20,
      "unverified", "truncated", LG, 3,
      "Table 1: title F1 85.5, authors F1 92.1; §3 Results: 'about 54K documents'",
      "The part before the cut (title F1 85.5, 54K documents) is right, but the author score "
      "is cut off, so the claim as a whole cannot be judged."),
    R(cut("The literature graph paper reports that ScienceParse reaches an F1 of 95.5 on paper "
          "titles, while the F1 on bibliography years reaches 98.0 in Table 1."), True, 0.26,
      "contradicted", "truncated", LG, 3,
      "Table 1, row 'title', column F1: 85.5",
      "The part that survives the cut already states a wrong title F1 (95.5 for 85.5), so the "
      "claim is false whatever followed."),
)

REPORT = LabelledReport(
    file="01_literature_graph.txt",
    title="From a Literature Graph to an Open Research Corpus: Metadata and Entity Extraction "
          "at Semantic Scholar",
    date="March 3, 2027",
    examines="Construction of the Literature Graph in Semantic Scholar; S2ORC: The Semantic "
             "Scholar Open Research Corpus",
    research_question="How reliably are metadata, entities and full text extracted from "
                      "scientific PDFs at the scale of Semantic Scholar",
    references=(LG, S2),
    abstract="Semantic Scholar organises the scientific literature into a graph of papers, "
             "authors, entities and their relations, and S2ORC releases a large corpus built "
             "from it. We review how metadata, citations, entities and full text are "
             "extracted from PDFs for both, and how well each step works.",
    rows=ROWS,
    quality_score=8.2,
)
