"""Blind report 1 (Markdown): Karpukhin et al., Dense Passage Retrieval for Open-Domain Question
Answering (arXiv 2004.04906v3, EMNLP 2020, two columns), its Tables 1-4 and 6 and the numbers
of its text. Claims written the way language-model syntheses go right and wrong: cells and
sentences as printed, differences and averages of cells, a cell of the next row or column, a
number of the neighbouring sentence, swapped digits, flipped directions, negations in other
words, wrong counts, true names and numbers in a relation the paper never states, cut claims.
Labelled from the page images (tables zoomed at 200 dpi) and `pdftotext -layout` (to copy
quotes and check digits) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

DP = "2004.04906"  # Karpukhin, Oguz, Min, Lewis, Wu, Edunov, Chen, Yih 2020 (arXiv v3)

R = Row
T1 = ("Table 1 (number of questions in each QA dataset; rows Natural Questions, TriviaQA, "
      "WebQuestions, CuratedTREC, SQuAD; columns Train (two: original examples, questions used "
      "for training DPR after filtering), Dev, Test)")
T2 = ("Table 2 (top-20 and top-100 retrieval accuracy on test sets; rows None/BM25, "
      "Single/DPR, Single/BM25 + DPR, Multi/DPR, Multi/BM25 + DPR; columns Top-20 and Top-100 "
      "x NQ, TriviaQA, WQ, TREC, SQuAD)")
T3 = ("Table 3 (training schemes, top-k retrieval accuracy on Natural Questions dev; rows Type, "
      "#N, IB; columns Top-5, Top-20, Top-100)")
T4 = ("Table 4 (end-to-end QA exact match; rows Training x Model; columns NQ, TriviaQA, WQ, "
      "TREC, SQuAD)")
T6 = ("Table 6 (retrieval top-k accuracy on the NQ development set with different similarity "
      "and loss functions; rows DP/NLL, DP/Triplet, L2/NLL, L2/Triplet; columns Top-1, Top-5, "
      "Top-20, Top-100)")
ROWS = (
    # --- confirmed ----------------------------------------------------------------------------
    R("In the open Natural Questions setting, DPR beats BM25 by a wide margin in top-5 "
      "accuracy, 65.2% against 42.9%.", True, 0.34, "confirmed", "text_number", DP, 2,
      "§1: 'It not only outperforms BM25 by a large margin (65.2% vs. 42.9% in Top-5 "
      "accuracy), but also ... in the open Natural Questions setting'", "As printed."),
    R("The English Wikipedia dump is split into disjoint 100-word blocks, which gives "
      "21,015,324 passages.", True, 0.31, "confirmed", "text_number", DP, 4,
      "§4.1: 'We then split each article into multiple, disjoint text blocks of 100 words as "
      "passages ... which results in 21,015,324 passages in the end.'", "As printed."),
    R("With a FAISS in-memory index, DPR processes 995.0 questions per second, returning the "
      "top 100 passages for each question.", True, 0.29, "confirmed", "text_number", DP, 7,
      "§5.4: 'DPR can be made incredibly efficient, processing 995.0 questions per second, "
      "returning top 100 passages per question.'", "As printed."),
    R("Building the FAISS index over the 21 million passage vectors takes 8.5 hours on a "
      "single server.", True, 0.22, "confirmed", "text_number", DP, 7,
      "§5.4: 'building the FAISS index on 21-million vectors on a single server takes 8.5 "
      "hours.'", "As printed."),
    R("Using only k = 10 retrieved passages costs the reader little on NQ: 40.8 exact match "
      "against 41.5.", True, 0.26, "confirmed", "text_number", DP, 8,
      "§6.2: 'k = 10 leads to only marginal loss in exact match accuracy (40.8 vs. 41.5 EM on "
      "NQ)'", "As printed."),
    R("Training the retriever and reader jointly on Natural Questions obtains 39.8 EM.", True,
      0.2, "confirmed", "text_number", DP, 8,
      "§6.2: 'we run an ablation on Natural Questions where the retriever and reader are "
      "jointly trained ... This approach obtains a score of 39.8 EM'", "As printed."),
    R("In the multi-dataset setting, BM25 + DPR reaches a top-100 retrieval accuracy of 94.1 "
      "on TREC.", True, 0.27, "confirmed", "table_cell", DP, 5,
      f"{T2}: Multi, BM25 + DPR, Top-100, TREC: 94.1 (bold)", "As printed in the cell."),
    R("Trained on a single dataset, BM25 + DPR gets the best top-20 accuracy on SQuAD of all "
      "retrievers in the comparison, 71.5.", True, 0.24, "confirmed", "table_cell", DP, 5,
      f"{T2}: Top-20 SQuAD column: BM25 68.8, Single DPR 63.2, Single BM25 + DPR 71.5 (bold), "
      "Multi DPR 51.6, Multi BM25 + DPR 66.2", "71.5 is the column's highest value."),
    R("Of the 79,168 original Natural Questions training examples, 58,880 questions were kept "
      "for training DPR.", True, 0.3, "confirmed", "table_cell", DP, 4,
      f"{T1}: Natural Questions, Train: 79,168 and 58,880; caption: 'the original training "
      "examples in the dataset and the actual questions used for training DPR after "
      "filtering'", "Both cells as printed, with the caption's meaning of the two columns."),
    R("TriviaQA has 8,837 development and 11,313 test questions.", True, 0.16, "confirmed",
      "table_cell", DP, 4, f"{T1}: TriviaQA, Dev: 8,837, Test: 11,313", "As printed."),
    R("CuratedTREC contributes 694 test questions.", True, 0.18, "confirmed", "table_cell", DP,
      4, f"{T1}: CuratedTREC, Test: 694", "As printed."),
    R("With the end-to-end reader, the multi-dataset BM25+DPR system reaches 50.6 exact match "
      "on TREC.", True, 0.25, "confirmed", "table_cell", DP, 8,
      f"{T4}: Multi, BM25+DPR, TREC: 50.6 (bold)", "As printed."),
    R("With dot-product similarity, the NLL loss gives a top-1 accuracy of 44.9 on the NQ "
      "development set, against 41.6 with the triplet loss.", True, 0.19, "confirmed",
      "table_cell", DP, 12, f"{T6}: DP/NLL Top-1 44.9; DP/Triplet Top-1 41.6", "As printed."),
    R("Multi-dataset training raises DPR's top-20 test accuracy on TREC by 9.3 points over "
      "single-dataset training.", True, 0.23, "confirmed", "cell_arithmetic", DP, 5,
      f"{T2}: Top-20 TREC: Single DPR 79.8, Multi DPR 89.1", "89.1 - 79.8 = 9.3."),
    R("Adding one BM25 hard negative to in-batch training with 31 gold negatives lifts top-5 "
      "accuracy on the NQ development set by 12.9 points.", True, 0.21, "confirmed",
      "cell_arithmetic", DP, 6,
      f"{T3}: Gold, 31, IB: Top-5 52.1; G.+BM25(1), 31+32, IB: Top-5 65.0",
      "65.0 - 52.1 = 12.9."),
    R("Averaged over the five test sets, BM25's top-20 retrieval accuracy is 64.14%.", True,
      0.17, "confirmed", "cell_arithmetic", DP, 5,
      f"{T2}: None, BM25, Top-20: NQ 59.1, TriviaQA 66.9, WQ 55.0, TREC 70.9, SQuAD 68.8",
      "(59.1 + 66.9 + 55.0 + 70.9 + 68.8) / 5 = 320.7 / 5 = 64.14."),
    R("A dense retriever trained on just 1,000 Natural Questions examples is already better "
      "than BM25.", True, 0.32, "confirmed", "paraphrase", DP, 6,
      "§5.2 Sample efficiency: 'a dense passage retriever trained using only 1,000 examples "
      "already outperforms BM25.'", "The same statement in other words."),
    R("Questions and passages are encoded by two independent BERT-base (uncased) networks "
      "whose [CLS] representation gives 768-dimensional vectors.", True, 0.28, "confirmed",
      "paraphrase", DP, 3,
      "§3.1 Encoders: 'we use two independent BERT (Devlin et al., 2019) networks (base, "
      "uncased) and take the representation at the [CLS] token as the output, so d = 768.'",
      "The same statement in other words."),
    R("When trained on Natural Questions alone and applied directly to WebQuestions and TREC, "
      "DPR still clearly beats BM25 in top-20 accuracy (69.9 and 86.3 against 55.0 and 70.9).",
      True, 0.26, "confirmed", "paraphrase", DP, 6,
      "§5.2 Cross-dataset generalization: 'we train DPR on Natural Questions only and test it "
      "directly on the smaller WebQuestions and CuratedTREC datasets ... (69.9/86.3 vs. "
      "75.0/89.1 for WebQuestions and TREC, respectively), while still greatly outperforming "
      "the BM25 baseline (55.0/70.9).'", "The paper's statement and numbers, reworded."),
    # --- contradicted ---------------------------------------------------------------------------
    R("Trained on a single dataset, DPR reaches 79.4% top-20 accuracy on the Natural Questions "
      "test set.", True, 0.3, "contradicted", "neighbour_cell", DP, 5,
      f"{T2}: Single, DPR, Top-20, NQ: 78.4 (79.4 is Multi DPR on NQ, and Single DPR on "
      "TriviaQA)", "The single-dataset DPR cell for NQ is 78.4; 79.4 belongs to the next row "
      "block and to the next column."),
    R("In end-to-end QA, single-dataset DPR scores 34.6 exact match on TREC.", True, 0.22,
      "contradicted", "neighbour_cell", DP, 8,
      f"{T4}: Single, DPR: WQ 34.6, TREC 25.9", "TREC is 25.9; 34.6 is the WQ cell beside it."),
    R("BM25 reaches 86.8% top-20 retrieval accuracy on the SQuAD test set.", True, 0.18,
      "contradicted", "transposed_digits", DP, 5, f"{T2}: None, BM25, Top-20, SQuAD: 68.8",
      "68.8 with its digits swapped."),
    R("BM25 running on Lucene processes 27.3 questions per second per CPU thread.", True, 0.2,
      "contradicted", "transposed_digits", DP, 7,
      "§5.4: 'BM25/Lucene (implemented in Java, using file index) processes 23.7 questions per "
      "second per CPU thread.'", "23.7 with two digits swapped."),
    R("After filtering, 2,447 WebQuestions questions were used to train DPR.", False, 0.15,
      "contradicted", "transposed_digits", DP, 4,
      f"{T1}: WebQuestions, Train: 3,417 (original), 2,474 (used for training DPR)",
      "2,474 with its last two digits swapped."),
    R("Computing the dense embeddings of the 21 million passages takes roughly 8.5 hours on "
      "8 GPUs.", True, 0.24, "contradicted", "wrong_number", DP, 7,
      "§5.4: 'Computing dense embeddings on 21-million passages is resource intensive, but can "
      "be easily parallelized, taking roughly 8.8 hours on 8 GPUs. However, building the FAISS "
      "index on 21-million vectors on a single server takes 8.5 hours.'",
      "The embeddings take 8.8 hours; 8.5 hours is the index build of the next sentence."),
    R("ORQA reaches 36.3% end-to-end accuracy in the open Natural Questions setting.", True,
      0.21, "contradicted", "wrong_number", DP, 2,
      "§1: 'a substantial improvement on the end-to-end QA accuracy compared to ORQA (41.5% "
      "vs. 33.3%) in the open Natural Questions setting'; Table 4: ORQA NQ 33.3",
      "ORQA's figure is 33.3%."),
    R("As on the other datasets, DPR also beats BM25 on SQuAD in top-20 retrieval "
      "accuracy.", True, 0.19, "contradicted", "direction_flip", DP, 5,
      "§5.1: 'With the exception of SQuAD, DPR performs consistently better than BM25 on all "
      f"datasets.'; {T2}: Top-20 SQuAD: BM25 68.8, Single DPR 63.2",
      "On SQuAD BM25 is better (68.8 against 63.2)."),
    R("On the smaller WebQuestions and TREC datasets, multi-dataset training puts the "
      "end-to-end system at a clear disadvantage.", True, 0.23, "contradicted",
      "direction_flip", DP, 8,
      "§6.2: 'Conversely, on smaller datasets like WQ and TREC, the multi-dataset setting has "
      "a clear advantage.'", "The paper states the opposite direction."),
    R("Cosine similarity is superior to Euclidean L2 distance as DPR's similarity function.",
      True, 0.17, "contradicted", "direction_flip", DP, 6,
      "§5.2 Similarity and loss: 'We test these alternatives and find that L2 performs "
      "comparable to dot product, and both of them are superior to cosine.'",
      "L2 is superior to cosine, not the reverse."),
    R("Adding a second BM25 hard negative per question improves retrieval further and "
      "substantially.", True, 0.22, "contradicted", "negation", DP, 6,
      "§5.2: 'We find that adding a single BM25 negative passage improves the result "
      "substantially while adding two does not help further.'",
      "The paper says the second one does not help."),
    R("In the standard 1-of-N setting, the choice between random, BM25 and gold negatives "
      "strongly affects top-20 accuracy.", True, 0.2, "contradicted", "negation", DP, 6,
      "§5.2: 'We find that the choice of negatives - random, BM25 or gold passages (positive "
      "passages from other questions) - does not impact the top-k accuracy much in this "
      "setting when k ≥ 20.'", "The paper says it does not matter much for k ≥ 20."),
    R("DPR is evaluated on four open-domain QA datasets.", True, 0.25, "contradicted",
      "wrong_count", DP, 4,
      "§4.2: 'We use the same five QA datasets and training/dev/testing splitting method as "
      "in previous work'; Table 1 lists five", "Five datasets, not four."),
    R("The DPR-based models set a new state of the art on all five QA datasets.", True, 0.27,
      "contradicted", "wrong_count", DP, 8,
      "§6.2: 'Overall, our DPR-based models outperform the previous state-of-the-art results "
      "on four out of the five datasets'", "Four of the five, not all five."),
    R("Multi-dataset training lifts DPR's end-to-end exact match on WebQuestions by 9.8 "
      "points over single-dataset training.", True, 0.16, "contradicted", "cell_arithmetic", DP,
      8, f"{T4}: WQ: Single DPR 34.6, Multi DPR 42.4", "42.4 - 34.6 = 7.8, not 9.8."),
    # --- unverified ---------------------------------------------------------------------------
    R("On a single CPU thread, DPR answers questions about 42 times faster than BM25.", True,
      0.18, "unverified", "unsupported_relation", DP, 7,
      "§5.4: DPR 995.0 questions per second with a FAISS in-memory index on a server with "
      "Intel Xeon CPU E5-2698 v4 and 512GB memory; BM25/Lucene 23.7 questions per second per "
      "CPU thread", "The paper gives DPR's speed on the whole server, never per thread, and "
      "states no ratio; the per-thread comparison is not in the paper."),
    R("The FAISS index stores 512 neighbors per node, which the authors credit for DPR's gain "
      "over BM25 on TriviaQA.", True, 0.13, "unverified", "unsupported_relation", DP, 7,
      "Footnote 10: 'we used HNSW index type on CPU, neighbors to store per node = 512'",
      "The setting is printed, but the paper never links it to accuracy on TriviaQA."),
    R("The weight λ = 1.1 of the BM25 + DPR combination was tuned on the SQuAD development "
      "set.", False, 0.12, "unverified", "unsupported_relation", DP, 5,
      "§5: 'We used λ = 1.1 based on the retrieval accuracy in the development set.'",
      "The paper does not say which development set."),
    R("In-batch training with 127 gold negatives needs twice the GPU memory of training with "
      "31 gold negatives.", True, 0.11, "unverified", "unsupported_relation", DP, 6,
      f"{T3}: Gold 31 and Gold 127 rows (accuracies only)",
      "The paper reports no memory figures for these settings."),
    R("Most of DPR's top-20 gains over BM25 come from questions whose answers are rare "
      "entities.", True, 0.15, "unverified", "unsupported_relation", DP, 5,
      f"{T2} and §5.1 compare top-20 accuracy per dataset only; §5.3 and Appendix C discuss "
      "two examples", "The paper never breaks the gains down by kind of answer."),
    R(cut("Table 2 shows that on the TriviaQA test set the single-dataset DPR retriever "
          "reaches a top-20 accuracy of 79.4 while the multi-dataset one reaches 78.8."), True,
      0.22, "unverified", "truncated", DP, 5,
      f"{T2}: Top-20 TriviaQA: Single DPR 79.4, Multi DPR 78.8",
      "The part before the cut is right, but the claim is cut off mid-word, so as a whole it "
      "cannot be judged."),
    R(cut("According to Table 3, in-batch training with 127 gold negatives reaches a top-5 "
          "accuracy of 58.5 on the Natural Questions development set."), True, 0.2,
      "contradicted", "truncated", DP, 6, f"{T3}: Gold, 127, IB: Top-5 55.8",
      "The part before the cut already states a wrong number (58.5 for 55.8), so the claim "
      "is false whatever followed."),
)

REPORT = LabelledReport(
    file="01_dense_passage_retrieval.md",
    title="Dense Retrieval for Open-Domain Question Answering: A Close Reading",
    date="2027-03-04",
    examines="dual-encoder dense passage retrieval against BM25 for open-domain QA",
    research_question="How much does a dense dual-encoder retriever improve passage retrieval "
                      "and end-to-end QA over sparse retrieval?",
    references=(DP,),
    rows=ROWS,
    quality_score=7.4,
)
