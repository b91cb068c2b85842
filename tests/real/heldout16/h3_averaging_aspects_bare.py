"""Blind report 3 (plain text, bare headings): Iyyer et al.'s deep averaging networks
(P15-1162) and Wang et al.'s attention-based LSTMs for aspect-level sentiment (D16-1058).
Labelled from the page images (`pdftoppm -r 110`, tables zoomed at 200 dpi) and
`pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

DA = "P15-1162"  # Iyyer, Manjunatha, Boyd-Graber and Daume III, ACL 2015, pages 1681-1691
WA = "D16-1058"  # Wang, Huang, Zhao and Zhu, EMNLP 2016, pages 606-615

D1 = "Table 1 (DANs achieve comparable sentiment accuracies ...)"
D2 = "Table 2 (quiz bowl: The DAN achieves slightly lower accuracies than ... QANTA ...)"
A1 = "Table 1 (Aspects distribution per sentiment class)"
A2 = "Table 2 (Accuracy on aspect level polarity classification about restaurants)"
A3 = "Table 3 (Accuracy on aspect term polarity classification about restaurants)"
A4 = "Table 4 (Accuracy on aspect term polarity classification about laptops)"
R = Row
ROWS = (
    # --- numbers printed in sentences ------------------------------------------------------
    R("Faced with a negation, the DAN predicts negative sentiment 60.9% of the time and the "
      "DRecNN 55.4% of the time.", True, 0.24, "confirmed", "text_number", DA, 7,
      "§5.2: 'both the DAN and the DRecNN have an overwhelming tendency to predict negative "
      "sentiment (60.9% and 55.4% of the time for the DAN and DRecNN respectively) when they "
      "see a negation'", "As printed."),
    R("The fine-grained SST split has 8,544 training, 1,101 development and 2,210 test "
      "sentences.", True, 0.20, "confirmed", "text_number", DA, 5,
      "Footnote 6: 'Our fine-grained SST split is {train: 8,544, dev: 1,101, test: 2,210}'",
      "As printed."),
    R("The quiz bowl training set contains 14,219 sentences over 3,761 questions.", False,
      0.17, "confirmed", "text_number", DA, 6,
      "Footnote 8: 'The training set contains 14,219 sentences over 3,761 questions.'",
      "As printed."),
    R("Wang et al. train with a momentum of 0.9.", True, 0.15, "confirmed", "text_number", WA,
      6, "§4: '... and a momentum of 0.9 ...'", "As printed."),
    # --- numbers printed only in table cells ------------------------------------------------
    R("QANTA needs 314 seconds of training time on quiz bowl.", True, 0.19, "confirmed",
      "table_cell", DA, 6, f"{D2}, row QANTA, column Time(s): 314", "Only in the table."),
    R("TreeLSTM holds the best fine-grained SST score, 50.6.", True, 0.27, "confirmed",
      "table_cell", DA, 4, f"{D1}, column SST fine: TreeLSTM 50.6 (bold, the column's highest)",
      "Only in the table."),
    R("NBSVM-bi scores 91.2 on IMDB.", True, 0.16, "confirmed", "table_cell", DA, 4,
      f"{D1}, row NBSVM-bi, column IMDB: 91.2", "Only in the table."),
    R("The anecdotes/miscellaneous aspect has 357 neutral training instances.", True, 0.18,
      "confirmed", "table_cell", WA, 6, f"{A1}, row An., column Neural / Train: 357",
      "Only in the table (the paper's header misspells Neutral as 'Neural')."),
    R("On laptop aspect terms, ATAE-LSTM gets 87.6 in the binary setting.", True, 0.23,
      "confirmed", "table_cell", WA, 7, f"{A4}, row ATAE-LSTM, column Pos./Neg.: 87.6",
      "Only in the table."),
    R("TD-LSTM reaches 89.1 on binary aspect-level classification of restaurant reviews.",
      False, 0.14, "confirmed", "table_cell", WA, 6, f"{A2}, row TD-LSTM, column Pos./Neg.: "
      "89.1", "Only in the table."),
    # --- differences and averages of cells ----------------------------------------------------
    R("Wikipedia data moves QANTA's full-question accuracy by only 0.2 points.", True, 0.21,
      "confirmed", "cell_arithmetic", DA, 6, f"{D2}, column Full: QANTA-WIKI 73.9, QANTA 73.7",
      "73.9 - 73.7 = 0.2."),
    R("Random initialization costs the DAN 3.0 points on RT.", True, 0.18, "confirmed",
      "cell_arithmetic", DA, 4, f"{D1}, column RT: DAN 80.3, DAN-RAND 77.3",
      "80.3 - 77.3 = 3.0."),
    R("The food aspect has 402 test instances across the three polarities.", True, 0.16,
      "confirmed", "cell_arithmetic", WA, 6,
      f"{A1}, row Fo., Test columns: Positive 302, Negative 69, Neural 31",
      "302 + 69 + 31 = 402."),
    R("In the binary restaurant aspect task, ATAE-LSTM is 0.7 points better than TC-LSTM.",
      True, 0.20, "confirmed", "cell_arithmetic", WA, 6,
      f"{A2}, column Pos./Neg.: ATAE-LSTM 89.9, TC-LSTM 89.2", "89.9 - 89.2 = 0.7."),
    # --- statements in other words ------------------------------------------------------------
    R("Because the DAN treats not and n't as strong negative cues, it cannot handle double "
      "negatives such as \"this movie was not bad\".", True, 0.26, "confirmed", "paraphrase",
      DA, 8, "§5.2: 'The tokens not and n't are strongly predictive of negative sentiment. "
      "While this simplified \"negation\" works for many sentences in the datasets we "
      "consider, it prevents the DAN from reasoning about double negatives, as in \"this movie "
      "was not bad\".'", "Same statement."),
    R("On quiz bowl, the DAN converges much faster than QANTA.", True, 0.22, "confirmed",
      "paraphrase", DA, 6, "§4.2.1: 'continuing the trend observed in the sentiment "
      "experiments, DAN converges much faster than QANTA.'", "Same statement."),
    R("In SemEval 2014 Task 4, only the restaurant data carries aspect-specific polarities.",
      True, 0.19, "confirmed", "paraphrase", WA, 6,
      "§4.2: 'In the dataset of SemEval 2014 Task 4, there is only restaurants data that has "
      "aspect-specific polarities.'", "Same statement."),
    # --- a different number for the same measure ------------------------------------------
    R("The balanced lexicon data was split into 3,000 training and 2,000 test words.", True,
      0.17, "contradicted", "wrong_number", DA, 8,
      "§5.3: 'We balance and split the dataset into 3,000 training words and 1,000 test "
      "words.'", "1,000 test words, not 2,000."),
    R("AdaGrad's initial learning rate was set to 0.1.", True, 0.20, "contradicted",
      "wrong_number", WA, 6, "§4: 'initial learning rate of 0.01 for AdaGrad'",
      "0.01, not 0.1."),
    # --- digits swapped -------------------------------------------------------------------
    R("QANTA-WIKI's training time is 1,468 seconds.", True, 0.15, "contradicted",
      "transposed_digits", DA, 6, f"{D2}, row QANTA-WIKI, column Time(s): 1,648",
      "1,648 with two digits swapped."),
    R("The test set has 675 positive aspect instances in total.", True, 0.18, "contradicted",
      "transposed_digits", WA, 6, f"{A1}, row Total, column Positive / Test: 657",
      "657 with its last two digits swapped."),
    # --- the value of a neighbouring row or column ----------------------------------------
    R("DAN-WIKI reaches 75.5 on full quiz bowl questions.", True, 0.22, "contradicted",
      "neighbour_cell", DA, 6, f"{D2}, row DAN-WIKI: Full 77.1 (75.5 is its Pos 2 column)",
      "The value of the neighbouring column."),
    R("AE-LSTM scores 75.6 on three-way restaurant aspect terms.", True, 0.19, "contradicted",
      "neighbour_cell", WA, 7, f"{A3}, column Three-way: AE-LSTM 76.6 (75.6 is TD-LSTM)",
      "The value of the neighbouring row."),
    # --- the opposite direction -----------------------------------------------------------
    R("On quiz bowl, the DAN takes longer to converge than QANTA.", True, 0.16,
      "contradicted", "direction_flip", DA, 6,
      "§4.2.1: 'DAN converges much faster than QANTA.'; Table 2, Time(s): DAN 18, QANTA 314",
      "The opposite direction."),
    R("For laptop aspect terms, the plain LSTM outperforms TD-LSTM.", True, 0.20,
      "contradicted", "direction_flip", WA, 7, f"{A4}, column Three-way: LSTM 66.5 < TD-LSTM "
      "68.1", "The opposite direction."),
    # --- the paper's statement denied in other words --------------------------------------
    R("On the quiz bowl task, word dropout makes no difference to accuracy.", True, 0.18,
      "contradicted", "negation", DA, 6,
      "Figure 2 caption: 'Randomly dropping out 30% of words from the vector average is "
      "optimal for the quiz bowl task, yielding a gain in absolute accuracy of almost 3%'",
      "Denies the gain."),
    R("In the example praising the cuisine \"for not just its superb cuisine\", ATAE-LSTM is "
      "misled by the negation word and gets the polarity wrong.", True, 0.17, "contradicted",
      "negation", WA, 8,
      "§4.4: 'there is a negation word not. Our model can obtain correct polarity, not "
      "affected by the negation word'", "Denies the correct prediction."),
    # --- wrong counts ---------------------------------------------------------------------
    R("Table 3 of Iyyer et al. shows five real sentences from the negation subset and four "
      "synthetic ones.", True, 0.15, "contradicted", "wrong_count", DA, 8,
      "§5.2: 'we show six sentences from the negation subset and four synthetic sentences in "
      "Table 3'", "Six real sentences, not five."),
    R("Wang et al. compare against two baselines, LSTM and TD-LSTM.", True, 0.19,
      "contradicted", "wrong_count", WA, 7,
      "§4.3: 'We compare our model with several baselines, including LSTM, TD-LSTM, and "
      "TC-LSTM.'", "Three baselines, not two."),
    # --- names and numbers in a relation the paper never states ---------------------------
    R("IR-WIKI's 77.5 on full questions comes from matching question words to Wikipedia page "
      "titles.", True, 0.18, "unverified", "unsupported_relation", DA, 6,
      f"{D2}, row IR-WIKI, column Full: 77.5; the paper never explains how IR-WIKI reaches it.",
      "An explanation the paper never gives."),
    R("DAN-RAND trails the DAN on RT because its random embeddings overfit the small training "
      "set.", True, 0.16, "unverified", "unsupported_relation", DA, 4,
      f"{D1}, column RT: DAN-RAND 77.3, DAN 80.3; §5.3 speaks of slower convergence to a worse "
      "solution, never of overfitting.", "A cause the paper never states."),
    R("LSTM and TD-LSTM have no binary laptop scores because they could not be trained without "
      "neutral examples.", True, 0.14, "unverified", "unsupported_relation", WA, 7,
      f"{A4}, rows LSTM and TD-LSTM, column Pos./Neg.: '-'; no reason is given.",
      "A cause the paper never states."),
    R("Most of the 92 negation sentences were taken from the SST test set.", True, 0.14,
      "unverified", "unsupported_relation", DA, 7,
      "§5.2: the sentences come 'from the dev and test sets of the SST'; footnote 9 gives 48 "
      "positive and 44 negative, but no split between dev and test.",
      "A breakdown the paper never gives."),
    # --- cut off mid-sentence ---------------------------------------------------------------
    R(cut("Quiz bowl is a trivia competition in which players answer four-to-six sentence "
          "questions about entities such as authors, battles or events."), True, 0.18,
      "unverified", "truncated", DA, 5,
      "§4.2: 'Quiz bowl is a trivia competition in which players are asked four-to-six "
      "sentence questions about entities (e.g., authors, battles, or events).'",
      "Cut mid-sentence; the surviving part is right but the claim cannot be judged whole."),
    R(cut("Iyyer et al. report that a DAN epoch on the fine-grained SST takes 136 seconds, "
          "against 431 seconds for the DRecNN and 2,452 for CNN-MC."), True, 0.20,
      "unverified", "truncated", DA, 4,
      f"{D1}, column Time (s): DAN 136, DRecNN 431, CNN-MC 2,452",
      "Cut before the last number; the surviving part is right but the claim cannot be judged "
      "whole."),
    R(cut("According to Wang et al., AT-LSTM reaches 83.9 three-way accuracy on the restaurant "
          "aspects, just below the 84.0 of ATAE-LSTM with aspect embedding."), True, 0.21,
      "contradicted", "truncated", WA, 6, f"{A2}, row AT-LSTM, column Three-way: 83.1",
      "The part before the cut already gives a wrong number (83.9 for 83.1)."),
)

REPORT = LabelledReport(
    file="03_averaging_aspects_bare.txt",
    title="Cheap Composition and Aspect Attention for Sentiment",
    date="April 16, 2027",
    examines="Deep Unordered Composition Rivals Syntactic Methods for Text Classification; "
             "Attention-based LSTM for Aspect-level Sentiment Classification",
    research_question="How much of sentiment classification survives without word order, and "
                      "how much an aspect-aware attention adds",
    references=(DA, WA),
    abstract="Sentiment classifiers differ in how much structure they read: a deep averaging "
             "network ignores word order, an attention-based LSTM reads the sentence in order "
             "and weighs it by aspect. We review both, with their accuracies, data and errors.",
    rows=ROWS,
)
