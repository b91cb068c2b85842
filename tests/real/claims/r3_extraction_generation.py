"""Report 3 (PDF): phrase generation in distributional semantics (P14-1059), assessing sparse
extractions with language models (P07-1088) and the ReVerb Open IE system (D11-1142)."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

DB = "P14-1059"  # Dinu and Baroni 2014, How to make words with vectors
RE = "P07-1088"  # Downey et al. 2007, Sparse Information Extraction (REALM)
RV = "D11-1142"  # Fader et al. 2011, Identifying Relations for Open Information Extraction

R = Row
ROWS = (
    # --- exact numbers from sentences -------------------------------------------------------
    R("Both the cbow and the count vectors are built from 2.8 billion tokens of ukWaC, Wikipedia "
      "and the BNC.", True, 0.23, "confirmed", "text_number", DB, 4,
      "§4: 'For both types of vectors we use 2.8 billion tokens as input (ukWaC + Wikipedia + "
      "BNC).'", "As printed."),
    R("On the MEN word similarity data set, cbow vectors reach a Spearman correlation of 0.80.",
      True, 0.20, "confirmed", "text_number", DB, 4,
      "§4: 'cbow significantly outperforms count (0.80 vs. 0.72 Spearman correlations with "
      "human judgments)'", "As printed."),
    R("The AN-NPN paraphrase data set introduced by Dinu and Baroni contains 192 pairs.", False,
      0.12, "confirmed", "text_number", DB, 6,
      "§5.2: 'We introduce a dataset containing 192 AN-NPN pairs'", "As printed."),
    R("Generation confidence separates NPN-paraphrasable adjective-noun phrases from the others "
      "with an AUC of 0.71.", True, 0.17, "confirmed", "text_number", DB, 8,
      "§7: 'We assign an AN to the NPN-paraphrasable class if the mean confidence ... is above "
      "a certain threshold. We plot the ROC curve in Figure 1. We obtain a significant AUC of "
      "0.71.'", "As printed."),
    R("REALM reduces extraction error by 39% on average compared with previous work.", True,
      0.34, "confirmed", "text_number", RE, 1,
      "Abstract: 'Our experiments show that REALM reduces extraction error by 39%, on average, "
      "when compared with previous work.'", "As printed."),
    R("After preprocessing, the REALM corpus contains 214,787 unique tokens.", True, 0.14,
      "confirmed", "text_number", RE, 6,
      "§3.1: 'This preprocessing resulted in a corpus containing about sixty-five million "
      "total tokens, and 214,787 unique tokens.'", "As printed."),
    R("The REALM test sets contain a total of 361 extractions.", False, 0.10, "confirmed",
      "text_number", RE, 6, "§3.1: 'These test sets contained a total of 361 extractions.'",
      "As printed."),
    R("ReVerb's relation dictionary holds about 1.7 million distinct normalized relation "
      "phrases.", True, 0.22, "confirmed", "text_number", RV, 6,
      "§4.1: 'This results in a set of approximately 1.7 million distinct normalized relation "
      "phrases'", "As printed."),
    R("The two human judges in the ReVerb evaluation agreed on 86% of the extractions.", True,
      0.19, "confirmed", "text_number", RV, 7,
      "§5: 'The judges reached agreement on 86% of the extractions, with an agreement score of "
      "κ = 0.68.'", "As printed."),
    R("On 100,000 sentences, ReVerb ran in 16 minutes while WOEparse needed 11 hours.", True,
      0.26, "confirmed", "text_number", RV, 9,
      "§5.1: 'we ran each extractor on a set of 100, 000 sentences ... The processing times "
      "were 16 minutes for REVERB, 21 minutes for TEXTRUNNER, 21 minutes for WOEpos, and 11 "
      "hours for WOEparse.'", "As printed."),
    # --- numbers found only in table cells ----------------------------------------------
    R("For the Headquartered relation, HMM-T reaches an area under the precision/recall curve "
      "of 0.734.", True, 0.21, "confirmed", "table_cell", RE, 6,
      "Table 1 (Type Checking Performance), row Headquartered, column HMM-T: 0.734",
      "Only in the table."),
    R("Averaged over the four relations, REALM reaches an area under the precision/recall curve "
      "of 0.851.", True, 0.28, "confirmed", "table_cell", RE, 7,
      "Table 2, row REALM, column Average: 0.851 (39%)",
      "Only in the table; the text gives the 39%."),
    R("The pattern-learning baseline PL scores 0.651 on the Headquartered relation.", False,
      0.09, "confirmed", "table_cell", RE, 7, "Table 2, row PL, column Headquartered: 0.651",
      "Only in the table."),
    R("With count vectors, composing an adjective-noun phrase and returning the closest noun "
      "gives a median rank of 171 on the AN-N set.", True, 0.16, "confirmed", "table_cell", DB,
      5, "Table 1 (Median rank on the AN-N set), row Input A◦N / Output N, column count: 171",
      "Only in the table."),
    R("In English-to-Italian phrase translation with cbow vectors, the Italian noun is "
      "retrieved with an accuracy of 0.59.", True, 0.18, "confirmed", "table_cell", DB, 7,
      "Table 6, row A◦N(En) -> A,N (It), column cbow: 0.31,0.59 (adjective, noun)",
      "The second value of the cell is the noun's accuracy."),
    R("At a confidence threshold of 0.60, English-to-Italian AN translation reaches an accuracy "
      "of 0.31 at 32% coverage.", True, 0.20, "confirmed", "table_cell", DB, 8,
      "Table 9, row Thr. 0.60, columns En→It Accuracy 0.31, Cov. 32%", "Only in the table."),
    R("N-ary relations account for 16% of ReVerb's incorrect extractions.", False, 0.11,
      "confirmed", "table_cell", RV, 9,
      "Table 5 (REVERB - Incorrect Extractions): '16% N-ary relation'",
      "The percentage is only in the table."),
    R("In 23% of the extractions ReVerb missed, the relation had been filtered out by the "
      "lexical constraint.", True, 0.15, "confirmed", "table_cell", RV, 9,
      "Table 6 (REVERB - Missed Extractions): '23% Relation filtered out by lexical "
      "constraint'", "Only in the table."),
    # --- differences and averages of cells ------------------------------------------------
    R("On type checking, HMM-T's average area under the curve exceeds that of N-GRAMS by "
      "0.137.", True, 0.19, "confirmed", "cell_arithmetic", RE, 6,
      "Table 1, row Average: HMM-T 0.849, N-GRAMS 0.712", "0.849 - 0.712 = 0.137."),
    R("REALM improves the area under the curve of TextRunner's ranking on Headquartered by "
      "0.100.", True, 0.24, "confirmed", "cell_arithmetic", RE, 7,
      "Table 2, column Headquartered: REALM 0.810, TEXTRUNNER 0.710", "0.810 - 0.710 = 0.100."),
    R("On the Founded relation, REALM's area under the curve is 0.148 above that of PL.", False,
      0.12, "confirmed", "cell_arithmetic", RE, 7,
      "Table 2, column Founded: REALM 0.781, PL 0.633", "0.781 - 0.633 = 0.148."),
    R("Raising the confidence threshold from 0.00 to 0.65 lifts Italian-to-English translation "
      "accuracy by 0.20.", True, 0.21, "confirmed", "cell_arithmetic", DB, 8,
      "Table 9, column It→En Accuracy: Thr. 0.00 -> 0.32, Thr. 0.65 -> 0.52",
      "0.52 - 0.32 = 0.20."),
    R("Decomposing observed adjective-noun phrases with cbow vectors retrieves the noun 0.25 "
      "more often than the adjective.", True, 0.14, "confirmed", "cell_arithmetic", DB, 5,
      "Table 2, row A.N -> A, N, column cbow: 0.36,0.61 (adjective, noun)",
      "0.61 - 0.36 = 0.25."),
    R("Among ReVerb's missed extractions, wrong arguments are 44 percentage points more common "
      "than POS or chunking errors.", False, 0.08, "confirmed", "cell_arithmetic", RV, 9,
      "Table 6: 52% Could not identify correct arguments; 8% POS/chunking error",
      "52 - 8 = 44."),
    # --- paraphrases ----------------------------------------------------------------------
    R("Decomposing composed phrase vectors is easier than decomposing corpus-observed ones.",
      True, 0.25, "confirmed", "paraphrase", DB, 5,
      "§5.1: 'Decomposing composed rather than observed phrase representations is easier, "
      "which is to be expected given that composed representations are obtained with a "
      "simpler, linear model.'", "Same statement in other words."),
    R("Generating the preposition is clearly the more difficult part of NPN paraphrase "
      "generation.", True, 0.20, "confirmed", "paraphrase", DB, 6,
      "§5.2: 'Preposition generation is clearly a more difficult task. This is due at least in "
      "part to their highly ambiguous and broad semantics'", "Same statement in other words."),
    R("REALM needs no hand-tagged seed examples, which lets it scale to open information "
      "extraction.", True, 0.27, "confirmed", "paraphrase", RE, 1,
      "§1: 'Notably, REALM does not require any hand-tagged seeds, which enables it to scale "
      "to Open IE'", "Same statement."),
    R("When two relation arguments appear in the same sentence, most of the time at least three "
      "words separate them.", False, 0.13, "confirmed", "paraphrase", RE, 3,
      "§2.1: 'when relation arguments appear together in a sentence, 75% of the time the "
      "arguments are separated by at least three words'", "'Most of the time' for 75%."),
    R("ReVerb needs labeled data only to learn the confidence scores of its extractions.", True,
      0.22, "confirmed", "paraphrase", RV, 6,
      "§4.2: 'REVERB uses a specified model of relations for extraction, and requires labeled "
      "data only for assigning confidence scores to its extractions.'", "Same statement."),
    R("Most incorrect ReVerb extractions stem from argument extraction errors rather than wrong "
      "relation phrases.", True, 0.18, "confirmed", "paraphrase", RV, 9,
      "Table 5 caption: 'The majority of the incorrect extractions returned by REVERB are due "
      "to errors in argument extraction.'; §5.2: 65% have a correct relation phrase and "
      "incorrect arguments", "Same statement."),
    # --- wrong numbers ----------------------------------------------------------------------
    R("The cbow vectors of Dinu and Baroni have 500 dimensions.", True, 0.16, "contradicted",
      "wrong_number", DB, 4,
      "§4: 'We use the word2vec software to build vectors of size 300'; the count space is "
      "also reduced 'to 300 dimensions'", "300, not 500."),
    R("The Italian vectors were trained on 2.6 billion tokens from itWaC.", True, 0.11,
      "contradicted", "wrong_number", DB, 4,
      "§4: 'The Italian language vectors ... were trained on 1.6 billion tokens from itWaC.'",
      "1.6 billion, not 2.6."),
    R("On MEN, the count vectors reach a Spearman correlation of 0.76.", False, 0.09,
      "contradicted", "wrong_number", DB, 4, "§4: '(0.80 vs. 0.72 Spearman correlations)'",
      "count reaches 0.72."),
    R("HMM-T reduces type-checking error by 36% on average relative to N-GRAMS.", True, 0.22,
      "contradicted", "wrong_number", RE, 6,
      "§3.2: 'HMM-T reduces error (measured in missing area under the precision/recall curve) "
      "by 46%' (Table 1 caption: 'by 46% on average')", "46%, not 36%."),
    R("ReVerb's confidence function was trained on 2,000 manually labelled sentences from the "
      "Web and Wikipedia.", True, 0.13, "contradicted", "wrong_number", RV, 6,
      "§4.2: 'We trained the confidence function by manually labeling the extractions from a "
      "set of 1, 000 sentences from the Web and Wikipedia'", "1,000, not 2,000."),
    # --- transposed digits ------------------------------------------------------------------
    R("At scale, ReVerb's extractions found only once had a precision of 0.57.", True, 0.17,
      "contradicted", "transposed_digits", RV, 10,
      "§5.3: 'REVERB's frequency 1 extractions had a precision of 0.75'", "0.75, not 0.57."),
    R("The AN-N paraphrasing test set of Dinu et al. contains 260 adjective-noun phrases.",
      True, 0.12, "contradicted", "transposed_digits", DB, 4,
      "§4: 'The dataset contains 620 ANs, each paired with a single-noun paraphrase'",
      "620, not 260."),
    R("REALM was tested on 316 extractions in total.", False, 0.10, "contradicted",
      "transposed_digits", RE, 6, "§3.1: 'These test sets contained a total of 361 "
      "extractions.'", "361, not 316."),
    # --- a neighbouring row or column -------------------------------------------------------
    R("HMM-T reaches an area under the curve of 0.827 on the Headquartered relation.", True,
      0.20, "contradicted", "neighbour_cell", RE, 6,
      "Table 1, column HMM-T: Founded 0.827, Headquartered 0.734",
      "0.827 is the Founded row; Headquartered is 0.734."),
    R("REALM's area under the curve on the Merged relation is 0.900.", True, 0.23,
      "contradicted", "neighbour_cell", RE, 7,
      "Table 2, column Merged: PL+HMM-T 0.900, REALM 0.908 (38%)",
      "0.900 is the PL+HMM-T row; REALM's is 0.908 (0.008 apart, beyond print precision)."),
    R("With count vectors, Italian-to-English translation retrieves the English noun with an "
      "accuracy of 0.54.", False, 0.11, "contradicted", "neighbour_cell", DB, 7,
      "Table 6, column count: A◦N(En) -> A,N(It) 0.24,0.54; A◦N(It) -> A,N(En) 0.28,0.48",
      "0.54 is the English-to-Italian row; It→En noun accuracy is 0.48."),
    R("At a confidence threshold of 0.55, Italian-to-English translation accuracy is 0.45.",
      True, 0.15, "contradicted", "neighbour_cell", DB, 8,
      "Table 9, column It→En Accuracy: Thr. 0.55 -> 0.40, Thr. 0.60 -> 0.45",
      "0.45 is the next row; at 0.55 it is 0.40."),
    # --- direction flips --------------------------------------------------------------------
    R("N-GRAMS beats HMM-T at type checking the arguments of the Merged relation.", True, 0.14,
      "contradicted", "direction_flip", RE, 6,
      "Table 1, row Merged: HMM-T 0.920, N-GRAMS 0.854; caption: 'HMM-T outperforms N-GRAMS "
      "for all relations'", "HMM-T is higher."),
    R("Count vectors outperform cbow vectors on MEN word similarity.", True, 0.19,
      "contradicted", "direction_flip", DB, 4,
      "§4: 'cbow significantly outperforms count (0.80 vs. 0.72 ...)'", "The reverse holds."),
    R("The lexical constraint lowers ReVerb's area under the precision-recall curve.", False,
      0.12, "contradicted", "direction_flip", RV, 8,
      "§5.1: 'The lexical constraint provides a significant boost in performance, with REVERB "
      "achieving an AUC 23% higher than REVERB¬lex.'", "The constraint raises the AUC."),
    # --- negations in other words -----------------------------------------------------------
    R("REALM fails to improve on TextRunner's ranking for the Headquartered relation.", True,
      0.16, "contradicted", "negation", RE, 7,
      "§3.3: 'REALM outperforms the TEXTRUNNER and PL baselines for all relations'; Table 2, "
      "Headquartered: REALM 0.810 vs TEXTRUNNER 0.710", "The paper states an improvement."),
    R("Retrained on ReVerb's own output, TextRunner-R manages to learn ReVerb's model of "
      "relations.", True, 0.21, "contradicted", "negation", RV, 7,
      "§4.3: 'we demonstrate that TEXTRUNNER itself cannot learn REVERB's model even when "
      "re-trained using the output of REVERB as labeled training data'",
      "The paper says it cannot."),
    R("With training on observed phrases, preposition generation in the NPN task stays at "
      "chance level.", False, 0.10, "contradicted", "negation", DB, 6,
      "§5.2: 'For observed phrase vector training, accuracy and rank are well above chance for "
      "all constituents (random accuracy 0.00005 for nouns and 0.04 for prepositions ...)'",
      "Well above chance for all constituents, prepositions included (0.08 vs 0.04 for cbow, "
      "0.17 for count)."),
    # --- wrong counts -----------------------------------------------------------------------
    R("REALM is evaluated on five relations extracted by TextRunner.", True, 0.18,
      "contradicted", "wrong_count", RE, 6,
      "§3.1: 'We evaluated performance on four relations: Conquered, Founded, Headquartered, "
      "and Merged.'", "Four relations."),
    R("The HMM-T type checker uses a state space of 40 states.", True, 0.13, "contradicted",
      "wrong_count", RE, 5,
      "§2.2: 'HMM-T uses a relatively small state space of T = 20 states'", "20 states."),
    R("The AN-NPN paraphrase data set covers 12 different prepositions.", False, 0.11,
      "contradicted", "wrong_count", DB, 6,
      "§5.2: 'The data set contains the following 14 prepositions: after, against, at, before, "
      "between, by, for, from, in, on, per, under, with, without.'", "14 prepositions."),
    # --- shared names and numbers, unstated relation ----------------------------------------
    R("Because it was trained on 2.8 billion tokens, cbow outperforms count on MEN.", True,
      0.24, "unverified", "unsupported_relation", DB, 4,
      "§4: both spaces use the same 2.8 billion tokens; cbow beats count on MEN (0.80 vs "
      "0.72). No cause is given.", "The corpus size cannot explain a difference between two "
      "spaces built from it, and the paper offers no cause."),
    R("ReVerb's 86% inter-judge agreement explains why more than 30% of its extractions reach "
      "precision 0.8.", True, 0.20, "unverified", "unsupported_relation", RV, 7,
      "§5: judges agree on 86%; §5.1: 'more than 30% of REVERB's extractions are at precision "
      "0.8 or higher'. No link is stated.", "Two numbers of the paper in a relation it never "
      "states."),
    R("REALM's REL-GRAMS component was manually tuned on the Headquartered relation.", True,
      0.15, "unverified", "unsupported_relation", RE, 7,
      "§3.3: 'The algorithm and parameter settings for PL were those manually tuned for the "
      "Headquartered relation in previous work'", "The tuning statement is about PL; the paper "
      "says nothing of tuning REL-GRAMS on Headquartered."),
    R("Dinu and Baroni's generation method beats the model of Socher et al. on the AN-N "
      "paraphrase set.", True, 0.17, "unverified", "unsupported_relation", DB, 5,
      "§2 discusses Socher et al. (2011) as related work; §4/§5.1 compare only with the "
      "methods tested by Dinu et al. (2013). No result of Socher et al.'s model is reported.",
      "The paper reports no such comparison."),
    R("Pairing REALM's HMM-T with ReVerb's lexical constraint raises Open IE precision by 39%.",
      False, 0.09, "unverified", "unsupported_relation", RE, 7,
      "REALM's 39% is its average error reduction (Table 2); neither paper combines HMM-T with "
      "ReVerb's lexical constraint.", "No cited paper reports such a combination."),
    # --- truncated --------------------------------------------------------------------------
    R(cut("Dinu and Baroni train their composition and decomposition functions on the 50K most "
          "frequent word-word-phrase tuples of each phrase type."), True, 0.25, "unverified",
      "truncated", DB, 4,
      "§4: 'The training data sets consist of the 50K most frequent ⟨u, v, p⟩ tuples for each "
      "phrase type'", "The visible part matches, but the claim is cut mid-phrase; as a whole "
      "it cannot be judged."),
    R(cut("When assessing sparse extractions from TextRunner, the REALM system reaches an "
          "average area under the precision/recall curve of 0.851."), True, 0.22, "unverified",
      "truncated", RE, 7, "Table 2, row REALM, column Average: 0.851",
      "Cut before the number the claim reports."),
    R(cut("The lexical constraint of ReVerb keeps only the relation phrases that take at least "
          "20 distinct argument pairs in a corpus of 500 million Web sentences."), False, 0.13,
      "unverified", "truncated", RV, 6,
      "§4.1: 'We set D to be the set of all relation phrases that take at least k distinct "
      "argument pairs ... a value of k = 20'; the corpus has 500 million Web sentences",
      "Cut mid-word before the corpus size; it cannot be judged as a whole."),
    R(cut("For the Merged relation, the REALM system reaches an area under the precision/recall "
          "curve of 0.980, a 38% reduction in error over the strongest baseline."), True, 0.27,
      "contradicted", "truncated", RE, 7,
      "Table 2, row REALM, column Merged: 0.908 (38%)",
      "The part before the cut already gives a wrong value (0.980 for 0.908)."),
)

REPORT = LabelledReport(
    file="03_extraction_generation.pdf",
    title="Assessing Extractions and Generating Phrases: Unsupervised Signals in Open IE and "
          "Distributional Semantics",
    date="March 9, 2027",
    examines="How to make words with vectors: Phrase generation in distributional semantics; "
             "Sparse Information Extraction: Unsupervised Language Models to the Rescue; "
             "Identifying Relations for Open Information Extraction",
    research_question="How far can unsupervised corpus statistics assess extracted relations "
                      "and generate phrases without hand-labelled data",
    references=(DB, RE, RV),
    abstract="Unsupervised corpus statistics can stand in for labelled data in several "
             "tasks. We review language models that assess sparse extractions, syntactic and "
             "lexical constraints for open relation extraction, and functions that generate "
             "phrases from distributional vectors.",
    rows=ROWS,
    quality_score=7.9,
)
