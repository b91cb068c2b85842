"""Held-out-9 report 1 (Markdown): Thoma, The WiLI benchmark dataset for written language
identification (arXiv 1801.07779v1, two columns, 12 pages). Dense tables: Table I (VarDial 2014
best accuracies by language group), Table III (metric, minimum coverage, characters, accuracy,
time per prediction; four rows of the city block distance at other coverages), Table IV (four
tools by eight measures), Table V (CLD-2's per-language precision, recall and F1 in two
side-by-side halves) and Tables VI-VII (the same three measures for the character distribution
(IDO) metric, for the same language codes, closing with a MEAN row). Natural claims of a
machine-written synthesis: cells and sentences as printed, paraphrases, a language's cell under
the other classifier, the neighbouring metric or coverage row, the neighbouring tool column,
directions flipped, counts of the neighbouring clause, and settings the paper never ran.
Labelled from the page images (200 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

WI = "1801.07779"  # Thoma, arXiv 1801.07779v1 (stamp in the left margin of page 1)

R = Row
T1 = ("Table I (VarDial 2014 DSL results; columns Group, Best accuracy, (Team); rows A-F)")
T3 = ("Table III (columns Metric, Min Coverage θ, Characters, Accuracy, Time per prediction; "
      "rows Canberra, Cosine, Chebyshev, Correlation, Squared Euclidean, Braycurtis at 80 %, "
      "City block distance at 80 %, 100 %, 75 %, 50 %)")
T4 = ("Table IV (columns TextCat, CLD-2, langdetect, langid; rows Languages in WiLI-2018, "
      "Languages not in WiLI-2018, Speed for 10^6 elements, †Mean Precision, †Mean Recall, "
      "†Mean F1, WiLI-2018 accuracy, Unknown prediction accuracy)")
T5 = "Table V (CLD-2 on WiLI-2018; columns Lang, Prec, Recall, F1, twice side by side)"
T6 = ("Table VI (character distribution, IDO metric, on WiLI-2018; columns Lang, Prec, Recall, "
      "F1, twice side by side)")
T7 = "Table VII (IDO metric, continued; same columns; last row MEAN)"

ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("WiLI-2018 contains 1000 paragraphs for each of its 235 languages, 235 000 paragraphs in "
      "total.", True, 0.31, "confirmed", "text_number", WI, 1,
      "It contains 1000 paragraphs of 235 languages, totaling in 235 000 paragraphs.",
      "As printed (abstract)."),
    R("Every WiLI-2018 paragraph has at least 140 Unicode code points, and the mean paragraph "
      "length averaged over all languages is 371 characters.", True, 0.28, "confirmed",
      "text_number", WI, 3,
      "While the minimum paragraph length is guaranteed to be 140 ... the mean paragraph length "
      "averaged over all languages is 371 characters", "As printed (pages 2-3)."),
    R("The longest paragraph in WiLI-2018 is 195 402 Unicode code points long.", True, 0.25,
      "confirmed", "text_number", WI, 3,
      "the longest paragraph is 195 402 Unicode code points long.", "As printed."),
    R("Of the 235 classes, 122 are Indo-European languages and 22 are Austronesian languages.",
      True, 0.27, "confirmed", "text_number", WI, 2,
      "Those classes include 122 Indo-European languages, 22 Austronesian languages, 17 Turkic "
      "languages, 14 Uralic languages", "As printed (Section V)."),
    R("In the VarDial 2014 shared task, the best system separated Indonesian from Malaysian with "
      "99.55% accuracy.", True, 0.26, "confirmed", "table_cell", WI, 2,
      f"{T1}: B Indonesian vs Malaysian 99.55 % (NRC-CNRC)", "As printed."),
    R("The hardest VarDial 2014 group was American versus British English, where the best "
      "accuracy, by UMich, was 63.94%.", True, 0.24, "confirmed", "table_cell", WI, 2,
      f"{T1}: F American vs British English 63.94 % (UMich); the other groups 90.95-100 %",
      "As printed; the lowest best accuracy of the six groups."),
    R("TweetLID has 14 992 tweets for training and 19 993 tweets for testing.", True, 0.23,
      "confirmed", "text_number", WI, 2,
      "It contains 14 992 Tweets for training and 19 993 Tweets for testing.", "As printed."),
    R("The tf-idf MLP baseline reaches a test set accuracy of 88.30% after 23 minutes of "
      "training.", True, 0.3, "confirmed", "text_number", WI, 5,
      "This model achieves a test set accuracy of 88.30 % with 23 min of training.",
      "As printed."),
    R("The MLP classifier has one hidden layer of 512 neurons and 1 256 683 parameters.", True,
      0.26, "confirmed", "text_number", WI, 5,
      "A multilayer Perceptron with one hidden layer of 512 neurons ... This network has "
      "1 256 683 parameters.", "As printed."),
    R("With the city block distance and 80% minimum coverage, the character-distribution "
      "classifier reaches 78.96% accuracy at 9.05 ms per prediction.", True, 0.28, "confirmed",
      "table_cell", WI, 5, f"{T3}: City block distance, 80 %, 2069, 78.96 %, 9.05 ms",
      "As printed (bold)."),
    R("Raising the coverage to 100% lifts the city block accuracy to 79.67%, at 30.26 ms per "
      "prediction.", True, 0.25, "confirmed", "table_cell", WI, 5,
      f"{T3}: City block distance, 100 %, 10 366, 79.67 %, 30.26 ms", "As printed."),
    R("The Canberra distance performs worst of the compared metrics, at 7.81% accuracy.", True,
      0.24, "confirmed", "table_cell", WI, 5,
      f"{T3}: Canberra distance 7.81 %; every other row 56.12 % or more",
      "As printed; the lowest accuracy in the table."),
    R("CLD-2 processes a million elements in 38 s, far faster than langid's 1858 s.", True,
      0.27, "confirmed", "table_cell", WI, 6,
      f"{T4}: Speed for 10^6 elements: CLD-2 38 s, langid 1858 s", "As printed."),
    R("On the test set reduced to its own languages, langdetect reaches a mean F1 of 96%.",
      True, 0.25, "confirmed", "table_cell", WI, 6,
      f"{T4}: †Mean F1, langdetect 96 %; † the test set reduced to the classifier's languages",
      "As printed."),
    R("CLD-2 supports 90 of the WiLI-2018 languages and 10 languages outside it.", True, 0.24,
      "confirmed", "table_cell", WI, 6,
      f"{T4}: CLD-2: Languages in WiLI-2018 90, Languages not in WiLI-2018 10", "As printed."),
    R("CLD-2 confuses Swedish with Bokmål 28 out of 500 times.", True, 0.22, "confirmed",
      "text_number", WI, 6, "Swedish is confused 28 out of 500 times with Bokmål",
      "As printed."),
    R("For Standard Chinese, langdetect has a recall of only 51%.", True, 0.23, "confirmed",
      "text_number", WI, 7, "For Standard Chinese, it has a recall of only 51 %.",
      "As printed (it = langdetect)."),
    R("Under CLD-2, English has a precision of just 0.07 but a recall of 0.98.", True, 0.26,
      "confirmed", "table_cell", WI, 10, f"{T5}: eng 0.07 0.98 0.14", "As printed."),
    R("With the IDO metric, Tibetan (bod) reaches a precision, recall and F1 of 1.00.", True,
      0.22, "confirmed", "table_cell", WI, 10, f"{T6}: bod 1.00 1.00 1.00",
      "As printed; bod is the ISO 639 code of Tibetan."),
    R("The IDO classifier's mean precision, recall and F1 over all languages are 0.81, 0.78 and "
      "0.78.", True, 0.27, "confirmed", "table_cell", WI, 11, f"{T7}: MEAN 0.81 0.78 0.78",
      "As printed."),
    R("CLD-2 scores an F1 of 0.95 on Korean (kor).", True, 0.21, "confirmed", "table_cell", WI,
      10, f"{T5}: kor 0.93 0.98 0.95", "As printed."),
    R("For Italian (ita), the IDO metric more than doubles CLD-2's F1, from 0.22 to 0.54.", True,
      0.22, "confirmed", "cell_arithmetic", WI, 11,
      f"{T5}: ita F1 0.22; {T7}: ita F1 0.54", "0.54 > 2 x 0.22 = 0.44."),
    R("CLD-2's F1 on German (deu) is 0.29, against 0.62 with the IDO metric.", True, 0.23,
      "confirmed", "table_cell", WI, 10, f"{T5}: deu 0.17 0.97 0.29; {T6}: deu 0.53 0.74 0.62",
      "As printed."),
    R("Korean is among the nine languages whose 99% character set holds at least 150 "
      "characters, with 1158 characters.", True, 0.2, "confirmed", "text_number", WI, 3,
      "There are only 9 languages in the dataset for which C0.99 contains at least 150 "
      "characters: ... Korean (1158 characters)", "As printed."),
    R("WiLI-2018 has exactly the same languages in its training and test sets, so unknown "
      "languages never have to be predicted.", True, 0.21, "confirmed", "paraphrase", WI, 1,
      "WiLI-2018 has exactly the same languages in the training set as in the test set. So it "
      "is not necessary to predict unknown languages.", "Paraphrase."),
    R("Foreign-language quotes followed by their translation can leave WiLI-2018 paragraphs "
      "assigned to the wrong language, because of how the paragraphs were extracted.", True,
      0.19, "confirmed", "paraphrase", WI, 4,
      "(E4) Quotes: ... the original quote is often followed by a translated version. Due to "
      "the way how the paragraphs are extracted for WiLI-2018, this leads to paragraphs being "
      "assigned to the wrong language.", "Paraphrase."),
    R("CLD-2's WiLI-2018 accuracy of 36% is 14 points above langdetect's.", True, 0.22,
      "confirmed", "cell_arithmetic", WI, 6,
      f"{T4}: WiLI-2018 accuracy: CLD-2 36 %, langdetect 22 %", "36 - 22 = 14."),
    R("Under the IDO metric, Serbian (srp) has a recall of only 0.12.", True, 0.2, "confirmed",
      "table_cell", WI, 10, f"{T6}: srp 0.30 0.12 0.17", "As printed."),
    # --- contradicted ------------------------------------------------------------------------
    R("The mean paragraph length of WiLI-2018, averaged over all languages, is 317 characters.",
      True, 0.24, "contradicted", "transposed_digits", WI, 3,
      "the mean paragraph length averaged over all languages is 371 characters",
      "371, not 317."),
    R("The best VarDial 2014 accuracy on Brazilian versus European Portuguese was 93.60%.", True,
      0.23, "contradicted", "neighbour_cell", WI, 2,
      f"{T1}: D Brazilian vs European Portuguese 95.60 %; A Bosnian vs Croatian vs Serbian "
      "93.60 %", "95.60 %; 93.60 % is group A's."),
    R("With 75% minimum coverage, the city block distance reaches 79.67% accuracy.", True, 0.24,
      "contradicted", "neighbour_cell", WI, 5,
      f"{T3}: City block distance 75 %: 78.48 %; 100 %: 79.67 %",
      "78.48 % at 75 %; 79.67 % is the 100 % row."),
    R("The cosine distance reaches 76.27% accuracy with 80% coverage.", True, 0.22,
      "contradicted", "neighbour_cell", WI, 5,
      f"{T3}: Cosine distance 76.25 %; Squared Euclidean 76.27 %",
      "76.25 %; 76.27 % is the squared Euclidean row."),
    R("The squared Euclidean distance is slower per prediction than the cosine distance.", True,
      0.21, "contradicted", "direction_flip", WI, 5,
      f"{T3}: Time per prediction: Squared Euclidean 8.67 ms, Cosine distance 15.88 ms",
      "8.67 ms is faster than 15.88 ms."),
    R("The MLP baseline was trained for 30 epochs with a mini-batch size of 32.", True, 0.23,
      "contradicted", "wrong_number", WI, 5,
      "The model is trained for 20 epochs with a mini-batch size of 32.", "20 epochs."),
    R("langid reaches a WiLI-2018 accuracy of 22%.", True, 0.24, "contradicted",
      "neighbour_cell", WI, 6,
      f"{T4}: WiLI-2018 accuracy: langid 36 %, langdetect 22 %",
      "36 %; 22 % is langdetect's."),
    R("TextCat's mean recall on its reduced test set is 38%.", True, 0.22, "contradicted",
      "neighbour_cell", WI, 6, f"{T4}: TextCat: †Mean Recall 42 %, †Mean F1 38 %",
      "42 %; 38 % is the F1 row."),
    R("Under CLD-2, German (deu) has a precision of 0.53.", True, 0.23, "contradicted",
      "neighbour_cell", WI, 10, f"{T5}: deu 0.17 0.97 0.29; {T6}: deu 0.53 0.74 0.62",
      "0.17 under CLD-2; 0.53 is the IDO metric's."),
    R("With the IDO metric, English (eng) reaches a recall of 0.98.", True, 0.22,
      "contradicted", "neighbour_cell", WI, 10,
      f"{T6}: eng 0.20 0.78 0.31; {T5}: eng 0.07 0.98 0.14",
      "0.78 with IDO; 0.98 is CLD-2's recall."),
    R("CLD-2 achieves a higher F1 than the IDO metric on Spanish (spa).", True, 0.21,
      "contradicted", "direction_flip", WI, 10, f"{T5}: spa F1 0.29; {T6}: spa F1 0.46",
      "0.29 < 0.46: lower, not higher."),
    R("On the reduced test set of its 55 languages, langdetect never predicted an unknown "
      "language.", True, 0.2, "contradicted", "negation", WI, 7,
      "In the reduced dataset that contained only the 55 languages supported by langdetect, "
      "only two samples were predicted to be unknown languages.", "Two samples were."),
    R("The WiLI-2018 classes include 17 Uralic languages.", True, 0.22, "contradicted",
      "wrong_count", WI, 2, "17 Turkic languages, 14 Uralic languages",
      "14 Uralic; 17 is the Turkic count."),
    R("The Python binding of CLD-2 predicted 110 different languages at least once on "
      "WiLI-2018.", True, 0.21, "contradicted", "wrong_number", WI, 6,
      "The Python binding, however, only predicted 100 languages at least once for WiLI-2018.",
      "100."),
    R("Raising the city block coverage from 80% to 100% adds 1.71 points of accuracy.", True,
      0.2, "contradicted", "cell_arithmetic", WI, 5,
      f"{T3}: City block distance 80 %: 78.96 %; 100 %: 79.67 %", "79.67 - 78.96 = 0.71."),
    R("Under CLD-2, Chinese (zho) has a recall of 0.40.", True, 0.21, "contradicted",
      "neighbour_cell", WI, 10, f"{T5}: zho 0.40 0.46 0.43",
      "Recall 0.46; 0.40 is the precision."),
    R("The MLP's character tf-idf features, kept when they occur at least 100 times in "
      "training, number 2281.", True, 0.2, "contradicted", "transposed_digits", WI, 5,
      "Character-based term frequency-inverse document frequency (tf-idf) features with a "
      "minimum absolute occurrence of 100 times in the training dataset are used. The resulting "
      "2218 features are L2 normalized.", "2218, not 2281."),
    # --- unverified --------------------------------------------------------------------------
    R("The tf-idf MLP was trained on a GPU in 23 minutes.", True, 0.19, "unverified",
      "unsupported_relation", WI, 5,
      "This model achieves a test set accuracy of 88.30 % with 23 min of training.",
      "The hardware is never named."),
    R("langid reaches 36% accuracy on WiLI-2018 because it was trained on Wikipedia data.", True,
      0.18, "unverified", "unsupported_relation", WI, 7,
      f"{T4}: langid 36 %; 'It supports 97 languages which it trained with data from "
      "JRC-Acquis, ClueWeb 09, Wikipedia, Reuters RCV2 and Debian i18n'",
      "Both facts are printed; the causal link is not."),
    R("Paragraphs from the English Wikipedia have a mean length of 371 characters in "
      "WiLI-2018.", True, 0.2, "unverified", "unsupported_relation", WI, 3,
      "the mean paragraph length averaged over all languages is 371 characters; Figure 2 "
      "(mean paragraph length per language, bars without values)",
      "371 is the mean over all languages; English's own mean is not printed."),
    R("Recurrent neural networks reach over 90% accuracy on WiLI-2018.", True, 0.17,
      "unverified", "unsupported_relation", WI, 7,
      "Future work with WiLI-2018 includes the evaluation of RNNs and Markov Models",
      "RNNs were not evaluated."),
    R(cut("Under the character distribution (IDO) metric, the language with the lowest F1 "
          "among all those listed in Tables VI and VII is Avar (ava), at 0.08."), True, 0.18,
      "unverified", "truncated", WI, 10, f"{T6}: ava 0.27 0.04 0.08",
      "Cut before the language and its number."),
    R(cut("Of the four language identification tools compared on the test sets reduced to "
          "their own languages, the highest mean precision is langdetect's 97%."), True, 0.17,
      "unverified", "truncated", WI, 6, f"{T4}: †Mean Precision 48 %, 96 %, 97 %, 93 %",
      "Cut before the tool and its number."),
    R("The Xerox Language Identifier Web Service reaches 95% accuracy on WiLI-2018.", True,
      0.16, "unverified", "unsupported_relation", WI, 7,
      "The Xerox Language Identifier Web Service is able to detect 80 languages",
      "Only its language count is given; it was not evaluated."),
    R("CLD-2's 38 s for a million elements was measured on a single CPU core.", True, 0.16,
      "unverified", "unsupported_relation", WI, 6,
      f"{T4}: Speed for 10^6 elements, CLD-2 38 s", "The hardware is never described."),
)

REPORT = LabelledReport(
    file="01_written_language_identification.md",
    title="Benchmarking Written Language Identification on WiLI-2018",
    date="2027-04-02",
    examines="datasets and tools for identifying the language of short written texts",
    research_question="How well do off-the-shelf language identifiers and simple baselines "
                      "cover the 235 languages of WiLI-2018?",
    references=(WI,),
    rows=ROWS,
    quality_score=7.3,
)
