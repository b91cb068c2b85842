"""Red-team-9 report 4 (text with bare headings): claims over the three papers of the corpus
(Cer et al. arXiv 1803.11175v2, Adi et al. arXiv 1608.04207v3, Wieting et al. arXiv
1511.08198v3), written after the first three batches had run, on what they left untried:
averages of cells (right and wrong), direction verbs ("lags behind", "trails", "exceeds"),
two-subject claims with the subjects' numbers swapped, footnote and caption-mark conditions
(a footnote's tokenizer, a "*" row whose official columns include primary runs only), the
repeated row names of Wieting et al.'s Table 2 (three "OnWN" and four "headline" rows told
apart by their year group) and its misprinted "608", and p-value grids. Labelled from the
page images (110-200 dpi) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

USE = "1803.11175"  # Cer et al., Universal Sentence Encoder (2018)
ADI = "1608.04207"  # Adi et al., auxiliary prediction tasks (ICLR 2017)
WIE = "1511.08198"  # Wieting et al., paraphrastic sentence embeddings (ICLR 2016)

USE_T2 = ("Table 2 (page 4; accuracy; columns MR, CR, SUBJ, MPQA, TREC, SST): USE_D 74.45 80.97 "
          "92.65 85.38 91.19 77.62; DAN (w2v w.e.) 74.75 75.24 90.80 81.25 85.69 80.24; DAN "
          "(lrn w.e.) 75.97 76.91 89.49 80.93 93.88 81.52; CNN (lrn w.e.) 76.39 79.39 91.18 "
          "82.20 95.82 84.90")
USE_FN = ("Footnote 5 (page 3): We find that using a similarity based on angular distance "
          "performs better on average than raw cosine similarity.")
ADI_T1 = ("Table 1 (page 8; skip-thought accuracy; columns Length, Word content, Word order): "
          "Original 82.1% 79.7% 81.1%; Permuted 68.2% 76.4% 76.5%")
ADI_PV = ("Table 2 (page 12; p-values for ED vs. CBOW; columns Length, Word content, Word "
          "order): 100 1.77e-147 0.0 1.83e-296. Table 3 (ED models): 500 vs. 750 3.64e-175 "
          "4.46e-65 0.11. Table 4 (page 13; CBOW models): 750 vs. 1000 4.44e-32 0.3 0.08")
WIE_T2 = ("Table 2 (page 7; Pearson's r x 100; columns 50%, 75%, Max, PP, proj., DAN, RNN, "
          "iRNN, LSTM (no o.g.), LSTM (o.g.), ST, GloVe, PSL): STS 2012 group: OnWN 608 65.9 "
          "72.7 70.6 70.1 65.9 63.1 70.1 65.2 56.4 29.7 55.1 63.0; STS 2012 Average 54.5 59.5 "
          "70.3 58.7 60.0 ...; STS 2013 group: OnWN 52.8 64.8 84.3 67.7 68.0 64.1 54.6 69.4 68.5 "
          "50.4 10.0 49.0 48.0; STS 2013 Average ... 55.8 ...; STS 2014 group: headline 67.1 "
          "75.4 78.4 69.7 70.8 69.2 57.5 70.2 57.5 50.9 37.8 59.5 65.3; OnWN 78.0 81.1 87.5 78.8 "
          "79.5 75.7 67.7 78.8 76.9 61.7 23.3 58.4 61.1; STS 2014 Average 64.7 71.4 76.7 70.9 "
          "71.3 69.5 57.7 70.9 59.8 51.5 ...; STS 2015 group: headline 74.2 80.8 84.2 74.8 75.2 "
          "73.5 65.3 75.1 64.0 56.6 ...; STS 2015 Average 70.2 75.8 80.2 75.8 74.8 72.7 57.2 "
          "75.6 63.9 56.0 ...")
WIE_T4 = ("Table 4 (page 8; columns 50%, 75%, Max, PARAGRAM-PHRASE-XXL): OnWN (2012) 60.8 65.9 "
          "72.7 70.4; SMT-news 40.1 45.4 60.9 63.3; 2014 SICK* 71.4 79.9 82.8 72.7. Caption: * "
          "For the 2014 SICK task, the median, 75th percentile, and maximum include only the "
          "primary runs as the full set of results was not available. Text (page 7): We also "
          "report the median, 75th percentile, and maximum score.")
WIE_FN = ("Footnote 10 (page 7): we pre-processed the training data with the tokenizer from "
          "Stanford CoreNLP rather than the included NLTK tokenizer. We found that doing so "
          "significantly improves the performance of the skip-thought vectors. Footnote 12: we "
          "searched over {10^-6, 10^-7, 10^-8}, and tuned over MIX and MAX sampling. Table 2: ST "
          "x MSRvid 41.7.")


def C(text, cat, paper, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, paper, page, ev, why)


def X(text, cat, paper, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, paper, page, ev, why)


def U(text, paper, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", paper, page, ev, why)


# Fourth batch (labelled from the page images before it ran).
ROWS = (
    # --- Universal Sentence Encoder -----------------------------------------------------------
    C("USE_D averages 77.71 over MR and CR.", "cell_arithmetic", USE, 4, USE_T2,
      "(74.45 + 80.97) / 2 = 77.71."),
    X("USE_D averages 78.71 over MR and CR.", "cell_arithmetic", USE, 4, USE_T2,
      "(74.45 + 80.97) / 2 = 77.71."),
    C("On MR, the DAN baseline with learned word embeddings lags behind the CNN baseline with "
      "learned word embeddings.", "table_cell", USE, 4, USE_T2, "MR: 75.97 < 76.39."),
    X("On TREC, the DAN baseline with learned word embeddings lags behind the DAN baseline "
      "with word2vec embeddings.", "direction_flip", USE, 4, USE_T2, "TREC: 93.88 > 85.69."),
    C("On TREC, the DAN with word2vec embeddings scores 85.69, against 93.88 for the DAN with "
      "learned word embeddings.", "table_cell", USE, 4, USE_T2),
    X("On TREC, the DAN with word2vec embeddings scores 93.88, against 85.69 for the DAN with "
      "learned word embeddings.", "neighbour_cell", USE, 4, USE_T2,
      "The two numbers are swapped: w2v 85.69, lrn 93.88."),
    C("A similarity based on angular distance performs better on average than raw cosine "
      "similarity.", "paraphrase", USE, 3, USE_FN),
    U("A similarity based on angular distance beats raw cosine similarity by 2 points on "
      "average.", USE, 3, USE_FN, "The footnote gives no number."),
    # --- Adi et al. ---------------------------------------------------------------------------
    C("For ED models, the p-value of 500 vs. 750 dimensions on the word order task is 0.11.",
      "table_cell", ADI, 12, ADI_PV),
    X("For ED models, the p-value of 500 vs. 750 dimensions on the length task is 0.11.",
      "neighbour_cell", ADI, 12, ADI_PV, "3.64e-175; 0.11 is the word order column."),
    X("For CBOW models, the p-value of 750 vs. 1000 dimensions on word content is 0.08.",
      "neighbour_cell", ADI, 13, ADI_PV, "0.3; 0.08 is the word order column."),
    C("Averaged over the three tasks, skip-thought reaches 81.0% on the original sentences.",
      "cell_arithmetic", ADI, 8, ADI_T1, "(82.1 + 79.7 + 81.1) / 3 = 80.97."),
    X("Averaged over the three tasks, skip-thought reaches 74.7% on the permuted sentences.",
      "cell_arithmetic", ADI, 8, ADI_T1, "(68.2 + 76.4 + 76.5) / 3 = 73.7."),
    C("On permuted sentences, skip-thought's length prediction trails its word order "
      "prediction.", "table_cell", ADI, 8, ADI_T1, "68.2 < 76.5."),
    X("On the original sentences, skip-thought's word content accuracy exceeds its length "
      "accuracy.", "direction_flip", ADI, 8, ADI_T1, "79.7 < 82.1."),
    # --- Wieting et al. ------------------------------------------------------------------------
    X("For the 2014 SICK task, the median, 75th percentile and maximum of Table 4 include all "
      "submitted runs.", "unsupported_relation", WIE, 8, WIE_T4,
      "The caption's mark: they include only the primary runs."),
    C("The median score of the shared-task systems on the 2012 OnWN dataset is 60.8.",
      "table_cell", WIE, 8, WIE_T4,
      "Table 4's 50% column prints 60.8 (Table 2 misprints it as 608)."),
    X("The median score of the shared-task systems on the 2012 OnWN dataset is 65.9.",
      "neighbour_cell", WIE, 8, WIE_T4, "60.8; 65.9 is the 75th percentile."),
    C("On the 2013 OnWN dataset, iRNN reaches 69.4.", "table_cell", WIE, 7, WIE_T2),
    X("On the 2014 OnWN dataset, iRNN reaches 69.4.", "neighbour_cell", WIE, 7, WIE_T2,
      "78.8; 69.4 is the 2013 OnWN row."),
    C("On the 2014 headline dataset, the projection model scores 70.8.", "table_cell", WIE, 7,
      WIE_T2),
    X("On the 2015 headline dataset, the projection model scores 70.8.", "neighbour_cell",
      WIE, 7, WIE_T2, "75.2; 70.8 is the 2014 headline row."),
    C("The mean of PP's STS 2012, 2013, 2014 and 2015 averages is 65.3.", "cell_arithmetic",
      WIE, 7, WIE_T2, "(58.7 + 55.8 + 70.9 + 75.8) / 4 = 65.3."),
    X("The PP model lags behind the LSTM without output gate on the STS 2015 average.",
      "direction_flip", WIE, 7, WIE_T2, "75.8 > 63.9."),
    C("The LSTM with output gate trails the LSTM without output gate on the STS 2014 average.",
      "table_cell", WIE, 7, WIE_T2, "51.5 < 59.8."),
    U("Skip-thought vectors score 41.7 on MSRvid with the NLTK tokenizer.", WIE, 7, WIE_FN,
      "The footnote: the data were tokenized with Stanford CoreNLP, not NLTK; no NLTK score "
      "is given."),
    C("The skip-thought baseline is run on training data pre-processed with the Stanford "
      "CoreNLP tokenizer.", "paraphrase", WIE, 7, WIE_FN),
    U("PARAGRAM-PHRASE XXL reaches 63.3 on SMT-news with MIX sampling.", WIE, 8, WIE_FN,
      "MIX and MAX were tuned over; which one the final model used is not stated."),
)

REPORT = LabelledReport(
    file="04_sentence_embeddings_cross.txt",
    title="Three Studies of General-Purpose Sentence Embeddings",
    date="2027-09-04",
    examines="transfer, probing and paraphrase training of sentence embeddings",
    research_question="What do general-purpose sentence embeddings encode and transfer?",
    references=(USE, ADI, WIE),
    rows=ROWS,
    quality_score=6.6,
)
