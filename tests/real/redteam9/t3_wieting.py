"""Red-team-9 report 3 (Markdown): Wieting, Bansal, Gimpel, Livescu, Towards Universal
Paraphrastic Sentence Embeddings (ICLR 2016, arXiv 1511.08198v3, one column, 19 pages).
Table 1 (page 5) teams and submissions of six SemEval tasks; Table 2 (page 7) Pearson's r of 13
columns (three official-score columns 50% / 75% / Max, PP, proj., DAN, RNN, iRNN, two LSTMs
"(no o.g.)" / "(o.g.)", ST, GloVe, PSL) over 22 datasets with five averages, four "headline"
and three "OnWN" rows, and a misprinted "608"; Table 3 (page 8) Spearman's rho on PPDB tasks
with "(oracle)" and "(test)" columns; Table 4 (page 8) PARAGRAM-PHRASE XXL against the
official columns; Tables 5 and 6 (pages 9-10) supervised results with a "w/ universal
regularization" column and dimensions 300 / 1200 / 2400 against uni-skip / bi-skip with
dashes; Table 7 (page 11) Pearson's r by maximum length. Adversarial claims: the other LSTM
column, the neighbouring year, the Max column for the model's, oracle for test, the text's
16.5 / 17.1 / 12.8 swapped, 20 tasks for 22 datasets, epochs of one run for another,
directions and negations in other words, Pearson read as Spearman, fine-grained for binary.
Labelled from the page images (90-150 dpi) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

WIE = "1511.08198"  # Wieting et al., paraphrastic sentence embeddings (ICLR 2016)

T1 = ("Table 1 (page 5; numbers of teams and submissions in the STS tasks; columns No. of teams, "
      "No. of submissions): 2012 STS 35 88; 2013 STS 34 89; 2014 STS 15 38; 2015 STS 29 74; "
      "2014 SICK 17 66; 2015 Twitter 19 26")
T2 = ("Table 2 (page 7; Results on SemEval textual similarity datasets (Pearson's r x 100); "
      "columns 50%, 75%, Max, PP, proj., DAN, RNN, iRNN, LSTM (no o.g.), LSTM (o.g.), ST, "
      "GloVe, PSL): MSRpar 51.5 57.6 73.4 42.6 43.7 40.3 18.6 43.4 16.1 9.3 16.8 47.7 41.6; "
      "MSRvid 75.5 80.3 88.0 74.5 74.0 70.0 66.5 73.4 71.3 71.3 41.7 63.9 60.0; SMT-news 40.1 "
      "45.4 60.9 58.4 62.8 60.0 51.3 58.1 60.8 51.0 30.8 49.6 57.0; STS 2013 Average 45.3 51.4 "
      "65.3 55.8 56.8 54.2 44.7 56.7 45.2 41.5 24.8 42.3 46.4; STS 2014 Average 64.7 71.4 76.7 "
      "70.9 71.3 69.5 57.7 70.9 59.8 51.5 31.4 54.2 59.5; 2014 SICK 71.4 79.9 82.8 71.6 71.6 "
      "70.7 61.2 71.2 63.9 59.0 49.8 65.9 66.4; 2015 Twitter 49.9 52.5 61.9 52.9 52.8 53.7 45.1 "
      "52.9 47.6 36.1 24.7 30.3 36.3. The highest score in each row is in boldface (omitting "
      "the official task score columns).")
T3 = ("Table 3 (page 8; Results on the PPDB tasks (Spearman's rho x 100); columns Pavlick et "
      "al. (oracle), Pavlick et al. (test), Annotated-PPDB (test)): iRNN 60.3 60.0 53.9; LSTM "
      "(no o.g.) 61.6 61.3 53.4; skip-thought 39.3 39.3 31.9")
T4 = ("Table 4 (page 8; Pearson's r x 100 for PARAGRAM-PHRASE XXL; columns 50%, 75%, Max, "
      "PARAGRAM-PHRASE-XXL): SMT-news 40.1 45.4 60.9 63.3; STS 2015 Average 70.2 75.8 80.2 "
      "77.0; 2014 SICK* 71.4 79.9 82.8 72.7")
T5 = ("Table 5 (page 9; supervised training; first row Pearson's r x 100, the last two "
      "accuracy; columns word averaging, proj., DAN, RNN, LSTM (no o.g.), LSTM (o.g.), w/ "
      "universal regularization): similarity (SICK) 86.40 85.93 85.96 73.13 85.45 83.41 86.84; "
      "entailment (SICK) 84.6 84.0 84.5 76.4 83.2 82.0 85.3; binary sentiment (SST) 83.0 83.0 "
      "83.4 86.5 86.6 89.2 86.9. Page 10: we only show results for the best performing models "
      "on each task (word averaging for similarity/entailment, LSTM with output gate for "
      "sentiment) ... regularizing to our universal parameters significantly improves results "
      "for the similarity and entailment tasks ... but harms the LSTM's performance on the "
      "sentiment classification task.")
T6 = ("Table 6 (page 10; sentence representations fixed to PARAGRAM-PHRASE; columns "
      "PARAGRAM-PHRASE 300, 1200, 2400, skip-thought uni-skip, bi-skip): similarity (SICK) "
      "82.15 82.85 84.94 84.77 84.05; entailment (SICK) 80.2 80.1 83.1 - -; binary sentiment "
      "(SST) 79.7 78.8 79.4 - -. Page 11: the sentiment task does not benefit from higher "
      "dimensional representations.")
T7 = ("Table 7 (page 11; Pearson's r x 100 by maximum number of tokens over all 20 SemEval STS "
      "datasets; columns PARAGRAM-PHRASE, LSTM (no o.g.), LSTM (o.g.), PARAGRAM-SL999): <=4 "
      "72.7 63.4 58.8 66.3. Text: we took all 12,108 pairs from the 20 SemEval STS tasks ... "
      "while the LSTM models do perform better on the shortest text pairs, they are still "
      "outperformed, at all lengths, by the PARAGRAM-PHRASE model ... 0.7535, 0.7572, 0.7565, "
      "and 0.7463 for PARAGRAM-PHRASE, projection, LSTM (o.g.), and LSTM (no o.g.).")
INTRO = ("Section 1 (page 2): we find that the LSTM performs well on the in-domain task, but "
         "performs much worse on the out-of-domain tasks ... beating the best LSTM model by "
         "16.5 Pearson's r on average ... Our average Pearson's r over all 22 SemEval datasets "
         "is 17.1 points higher than averaging GloVe vectors and 12.8 points higher than "
         "averaging PARAGRAM-SL999 vectors ... The LSTM now performs best, achieving 89.2% on "
         "the coarse-grained sentiment classification task.")
XXL = ("Section 4.2-4.3 (page 7): Removing the output gate improves performance on 18 of the 22 "
       "datasets. The LSTM without output gate also performs reasonably well compared to our "
       "strong PARAGRAM-SL999 addition baseline, beating it on 12 of the 22 datasets ... we used "
       "all of PPDB XL and trained for 10 epochs, then trained our final model for 10 epochs on "
       "the entire phrase section of PPDB XXL, consisting of 9,123,575 unique phrase pairs.")
SOTA = ("Section 4.4 (page 10): Recent strong results on the SICK similarity task include 86.86 "
        "using a convolutional neural network (He et al., 2015) and 86.76 using a tree-LSTM "
        "(Tai et al., 2015).")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, WIE, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, WIE, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", WIE, page, ev, why)


# Third batch (labelled from the page images before it ran).
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The 2012 STS task had 35 teams and 88 submissions.", "table_cell", 5, T1),
    C("The 2015 Twitter task received 26 submissions from 19 teams.", "table_cell", 5, T1),
    C("On MSRvid, the PP model scores 74.5 Pearson's r.", "table_cell", 7, T2),
    C("The projection model reaches 71.3 on the STS 2014 average.", "table_cell", 7, T2),
    C("On the 2015 Twitter dataset, the DAN scores 53.7.", "table_cell", 7, T2),
    C("The LSTM with output gate scores 9.3 on MSRpar.", "table_cell", 7, T2,
      "LSTM (o.g.) x MSRpar = 9.3."),
    C("Averaged GloVe vectors score 47.7 on MSRpar, the highest score of that row among the "
      "models.", "table_cell", 7, T2, "Bold 47.7; the official columns are omitted."),
    C("PARAGRAM-PHRASE XXL reaches 63.3 on SMT-news.", "table_cell", 8, T4),
    C("PARAGRAM-PHRASE XXL scores 77.0 on the STS 2015 average, against a shared-task maximum "
      "of 80.2.", "table_cell", 8, T4),
    C("iRNN reaches 53.9 on the Annotated-PPDB test set.", "table_cell", 8, T3),
    C("The LSTM without output gate reaches 61.6 on the Pavlick et al. oracle.", "table_cell",
      8, T3),
    C("In supervised training, word averaging reaches 86.40 on SICK similarity.", "table_cell",
      9, T5),
    C("The LSTM with output gate reaches 89.2% accuracy on binary SST sentiment.",
      "table_cell", 9, T5),
    C("Regularizing to the universal parameters raises SICK entailment accuracy from 84.6 to "
      "85.3.", "table_cell", 9, T5,
      "Word averaging's entailment 84.6; w/ universal regularization 85.3."),
    C("With 2400 dimensions, PARAGRAM-PHRASE reaches 84.94 on SICK similarity, above bi-skip's "
      "84.05.", "table_cell", 10, T6),
    C("The word averaging models beat the best LSTM model by 16.5 Pearson's r on average.",
      "text_number", 2, INTRO),
    C("The average Pearson's r over all 22 SemEval datasets is 17.1 points higher than "
      "averaging GloVe vectors.", "text_number", 2, INTRO),
    C("PARAGRAM-PHRASE XXL is trained on 9,123,575 unique phrase pairs.", "text_number", 7,
      XXL),
    C("Removing the output gate improves performance on 18 of the 22 datasets.",
      "text_number", 7, XXL),
    C("The LSTM without output gate beats the PARAGRAM-SL999 addition baseline on 12 of the "
      "22 datasets.", "text_number", 7, XXL),
    C("Recent strong results on the SICK similarity task include 86.86 with a convolutional "
      "neural network.", "text_number", 10, SOTA),
    C("The length analysis uses 12,108 pairs from 20 SemEval STS tasks.", "text_number", 11,
      T7),
    C("For sentence pairs of at most 4 tokens, PARAGRAM-PHRASE reaches 72.7 against 63.4 for "
      "the LSTM without output gate.", "table_cell", 11, T7),
    C("On the training data, the average cosine difference is 0.7535 for PARAGRAM-PHRASE and "
      "0.7463 for the LSTM without output gate.", "text_number", 11, T7),
    C("On the STS 2013 average, the projection model is 11.6 points above the LSTM without "
      "output gate.", "cell_arithmetic", 7, T2, "56.8 - 45.2 = 11.6."),
    C("Regularizing to universal parameters adds 0.44 to word averaging's SICK similarity "
      "score.", "cell_arithmetic", 9, T5, "86.84 - 86.40 = 0.44."),
    C("Regularizing to the universal parameters hurts the LSTM's performance on sentiment "
      "classification.", "paraphrase", 10, T5),
    C("The sentiment task gains nothing from higher dimensional representations.",
      "paraphrase", 11, T6),
    # --- contradicted ------------------------------------------------------------------------
    X("The 2012 STS task had 34 teams.", "neighbour_cell", 5, T1, "35; 34 is 2013 STS."),
    X("The 2014 SICK task received 38 submissions.", "neighbour_cell", 5, T1,
      "66; 38 is 2014 STS."),
    X("On MSRvid, the PP model scores 74.0.", "neighbour_cell", 7, T2,
      "74.5; 74.0 is proj."),
    X("The LSTM without output gate scores 9.3 on MSRpar.", "neighbour_cell", 7, T2,
      "16.1; 9.3 is LSTM (o.g.)."),
    X("PARAGRAM-PHRASE XXL reaches 60.9 on SMT-news.", "neighbour_cell", 8, T4,
      "63.3; 60.9 is the Max column."),
    X("iRNN reaches 53.9 on the Pavlick et al. test set.", "neighbour_cell", 8, T3,
      "60.0; 53.9 is Annotated-PPDB (test)."),
    X("Skip-thought scores 39.3 on the Annotated-PPDB test set.", "neighbour_cell", 8, T3,
      "31.9; 39.3 is both Pavlick et al. columns."),
    X("The LSTM with output gate reaches 89.2% accuracy on SICK entailment.",
      "neighbour_cell", 9, T5, "82.0; 89.2 is binary sentiment."),
    X("The word averaging models beat the best LSTM model by 12.8 Pearson's r on average.",
      "wrong_number", 2, INTRO, "16.5; 12.8 is the margin over averaged PARAGRAM-SL999."),
    X("Removing the output gate improves performance on 12 of the 22 datasets.",
      "wrong_count", 7, XXL, "18 of 22; 12 is the count against PARAGRAM-SL999."),
    X("PARAGRAM-PHRASE XXL is trained for 20 epochs on the phrase section of PPDB XXL.",
      "wrong_number", 7, XXL, "10 epochs."),
    X("The LSTM without output gate outperforms PARAGRAM-PHRASE at all sentence lengths.",
      "direction_flip", 11, T7, "The LSTMs are outperformed at all lengths."),
    X("Regularizing to the universal parameters improves the LSTM's sentiment "
      "classification.", "direction_flip", 10, T5, "It harms it (89.2 to 86.9)."),
    X("With 2400 dimensions, PARAGRAM-PHRASE trails bi-skip on SICK similarity.",
      "direction_flip", 10, T6, "84.94 > 84.05."),
    X("On the STS 2013 average, the projection model is 12.6 points above the LSTM without "
      "output gate.", "cell_arithmetic", 7, T2, "56.8 - 45.2 = 11.6."),
    X("For sentence pairs of at most 4 tokens, the LSTM without output gate reaches 58.8.",
      "neighbour_cell", 11, T7, "63.4; 58.8 is LSTM (o.g.)."),
    X("The LSTM performs well on the out-of-domain tasks but much worse on the in-domain task.",
      "direction_flip", 2, INTRO, "The reverse: well in-domain, much worse out-of-domain."),
    X("The sentiment task benefits from higher dimensional representations.", "negation", 11,
      T6, "'the sentiment task does not benefit from higher dimensional representations'."),
    X("The length analysis uses 12,108 pairs from 22 SemEval STS tasks.", "wrong_count", 11,
      T7, "20 tasks; 22 is the number of datasets of Table 2."),
    # --- unverified --------------------------------------------------------------------------
    U("PARAGRAM-PHRASE XXL reaches 72.7 Spearman's rho on the 2014 SICK task.", 8, T4,
      "Table 4 gives Pearson's r; Spearman's rho is not reported for it."),
    U("On MSRpar, the PP model scores 42.6 after 20 epochs of training.", 7, T2,
      "The epochs of the Table 2 models are not stated."),
    U("The LSTM with output gate reaches 89.2% on fine-grained SST sentiment classification.",
      9, T5, "The task is binary (coarse-grained); fine-grained is not reported."),
    U("Uni-skip reaches 83.1 on SICK entailment.", 10, T6,
      "Uni-skip's entailment cell is a dash; 83.1 is PARAGRAM-PHRASE 2400's."),
    U("The projection model reaches 71.3 on the STS 2014 average when initialized with GloVe "
      "vectors.", 7, T2, "The projection model's initialization is not stated as GloVe."),
)

REPORT = LabelledReport(
    file="03_paraphrastic_embeddings.md",
    title="Paraphrase-Trained Sentence Embeddings Across Domains",
    date="2027-09-03",
    examines="word averaging against recurrent encoders trained on PPDB",
    research_question="Do simple averaging models transfer better than LSTMs?",
    references=(WIE,),
    rows=ROWS,
    quality_score=7.1,
)
