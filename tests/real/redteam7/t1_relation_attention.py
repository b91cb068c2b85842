"""Red-team-7 report 1 (Markdown): Lin, Shen, Liu, Luan, Sun, Neural Relation Extraction with
Selective Attention over Instances (ACL 2016, Anthology P16-1200, two columns). Table 1 (page 6)
lists parameter settings whose values recur elsewhere (3, 5, 50, 230, 0.5); Table 2 (page 8)
crosses six models (CNN/PCNN with ONE, +AVE, +ATT, the variant rows printed "+AVE", "+ATT"
under their encoder) with three test settings (One, Two, All) over P@100, P@200, P@300 and
Mean; many cells repeat (76.2, 73.3, 60.8, 66.9). The dataset counts are in the text (page 5).
Adversarial claims: the neighbouring setting's or row's cell, numbers of the dataset text
swapped between sentences, entity pairs and facts, comparisons reversed, a setting the text
gives to another claim, numbers attributed to cited works, a figure-only claim. Labelled from
the page images (110 dpi) and `pdftotext -layout` (to copy digits) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

RE = "P16-1200"  # Lin, Shen, Liu, Luan, Sun; ACL 2016

T2 = ("Table 2 (page 8; P@N for relation extraction in the entity pairs with different number "
      "of sentences; header rows Test Settings One / Two / All over P@N(%) 100 200 300 Mean): "
      "CNN+ONE 68.3 60.7 53.8 60.9 | 70.3 62.7 55.8 62.9 | 67.3 64.7 58.1 63.4; +AVE 75.2 67.2 "
      "58.8 67.1 | 68.3 63.2 60.5 64.0 | 64.4 60.2 60.1 60.4; +ATT 76.2 65.2 60.8 67.4 | 76.2 "
      "65.7 62.1 68.0 | 76.2 68.6 59.8 68.2; PCNN+ONE 73.3 64.8 56.8 65.0 | 70.3 67.2 63.1 66.9 "
      "| 72.3 69.7 64.1 68.7; +AVE 71.3 63.7 57.8 64.3 | 73.3 65.2 62.1 66.9 | 73.3 66.7 62.8 "
      "67.6; +ATT 73.3 69.2 60.8 67.8 | 77.2 71.6 66.1 71.6 | 76.2 73.1 67.4 72.2")
T1 = ("Table 1 (page 6, Parameter settings): Window size l 3; Sentence embedding size d^c 230; "
      "Word dimension d^a 50; Position dimension d^b 5; Batch size B 160; Learning rate 0.01; "
      "Dropout probability p 0.5. Section 4.2: we keep the words which appear more than 100 "
      "times in the corpus as vocabulary ... we set the iteration number over all the training "
      "data as 25.")
DATA = ("Section 4.1 (page 5): There are 53 possible relationships including a special relation "
        "NA ... The training data contains 522,611 sentences, 281,270 entity pairs and 18,252 "
        "relational facts. The testing set contains 172,448 sentences, 96,678 entity pairs and "
        "1,950 relational facts.")
S44 = ("Section 4.4 (page 7): In the original testing data set, there are 74,857 entity pairs "
       "that correspond to only one sentence ... (2) For both CNN and PCNN, the AVE method is "
       "comparable to the ATT method in the One test setting ... (3) CNN+AVE and CNN+ATT have 5% "
       "to 8% improvements compared to CNN+ONE in the ONE test setting ... (4) For both CNN and "
       "PCNN, the ATT method outperforms other two baselines over 5% and 9% in the Two and All "
       "test settings.")
FIG4 = ("Figure 4 (page 7): precision/recall curves of Mintz, MultiR, MIML, CNN+ATT, PCNN+ATT; "
        "no numbers are printed for them.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, RE, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, RE, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", RE, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("PCNN+ATT reaches a P@100 of 77.2 in the Two test setting.", "table_cell", 8, T2),
    C("With all sentences of each entity pair, PCNN+ATT has a mean P@N of 72.2.", "table_cell",
      8, T2, "The All setting uses all sentences; its Mean column prints 72.2."),
    C("CNN+ATT reaches a P@300 of 60.8 in the One test setting.", "table_cell", 8, T2),
    C("In the One setting, CNN+AVE averages 67.1 P@N, against 60.9 for CNN+ONE.", "table_cell",
      8, T2),
    C("PCNN+ONE's mean P@N in the All setting is 68.7.", "table_cell", 8, T2),
    C("In the All setting, PCNN+ATT's P@200 is 73.1, 4.5 points above CNN+ATT's 68.6.",
      "cell_arithmetic", 8, T2, "73.1 - 68.6 = 4.5."),
    C("In the Two setting, PCNN+ONE and PCNN+AVE have the same mean P@N, 66.9.", "table_cell",
      8, T2),
    C("CNN+ATT reaches the same P@100, 76.2, in all three test settings.", "table_cell", 8, T2,
      "76.2 under One, Two and All."),
    C("The training data contains 522,611 sentences and 281,270 entity pairs.", "text_number",
      5, DATA),
    C("The NYT test set holds 172,448 sentences and 1,950 relational facts.", "text_number", 5,
      DATA),
    C("The dataset has 53 possible relations, including the special relation NA.",
      "text_number", 5, DATA),
    C("The sentence embedding size is set to 230.", "table_cell", 6, T1),
    C("The dropout probability is 0.5 and the batch size is 160.", "table_cell", 6, T1),
    C("The learning rate for SGD is 0.01.", "table_cell", 6, T1),
    C("The iteration number over all the training data is 25.", "text_number", 6, T1),
    C("Only words appearing more than 100 times in the NYT corpus are kept in the vocabulary.",
      "paraphrase", 6, T1),
    C("The original test data has 74,857 entity pairs with only one sentence.", "text_number",
      7, S44),
    C("CNN+AVE and CNN+ATT improve on CNN+ONE by 5% to 8% in the One test setting.",
      "paraphrase", 7, S44),
    C("In the Two and All test settings, the ATT method outperforms the two other baselines by "
      "over 5% and 9%.", "text_number", 7, S44),
    # --- contradicted ------------------------------------------------------------------------
    X("PCNN+ATT reaches a P@100 of 76.2 in the Two test setting.", "neighbour_cell", 8, T2,
      "77.2 under Two; 76.2 is its All cell."),
    X("CNN+ATT's mean P@N in the All setting is 67.4.", "neighbour_cell", 8, T2,
      "68.2; 67.4 is its One mean."),
    X("PCNN+AVE reaches a P@200 of 65.2 in the All setting.", "neighbour_cell", 8, T2,
      "66.7; 65.2 is its Two cell."),
    X("CNN+ONE reaches a P@300 of 55.8 in the One test setting.", "neighbour_cell", 8, T2,
      "53.8; 55.8 is its Two cell."),
    X("PCNN+ATT's P@100 in the One setting is 76.2.", "neighbour_cell", 8, T2,
      "73.3; 76.2 is CNN+ATT's."),
    X("In the Two setting, CNN+AVE reaches a P@100 of 75.2.", "neighbour_cell", 8, T2,
      "68.3; 75.2 is its One cell."),
    X("In the All setting, CNN+AVE's mean P@N of 60.4 is above CNN+ONE's 63.4.",
      "direction_flip", 8, T2, "60.4 is below 63.4."),
    X("In the One setting, PCNN+ATT's P@300 of 60.8 is below CNN+ATT's.", "direction_flip", 8,
      T2, "Both print 60.8."),
    X("The training data contains 18,252 entity pairs.", "wrong_number", 5, DATA,
      "281,270 entity pairs; 18,252 is the number of relational facts."),
    X("The test set contains 96,678 sentences.", "wrong_number", 5, DATA,
      "172,448 sentences; 96,678 is the number of entity pairs."),
    X("The testing set contains 53 relational facts.", "wrong_number", 5, DATA,
      "1,950 relational facts; 53 is the number of relations."),
    X("The dataset has 52 possible relations including NA.", "wrong_count", 5, DATA, "53."),
    X("The word dimension is 230.", "neighbour_cell", 6, T1, "50; 230 is the sentence "
      "embedding size."),
    X("The position dimension is 50.", "neighbour_cell", 6, T1, "5; 50 is the word dimension."),
    X("The convolution window size is 5.", "neighbour_cell", 6, T1,
      "3; 5 is the position dimension."),
    X("Words appearing more than 50 times in the corpus are kept as vocabulary.", "wrong_number",
      6, T1, "100."),
    X("The ATT method outperforms the two other baselines by over 5% and 9% in the One test "
      "setting.", "negation", 7, S44,
      "The text gives these margins to the Two and All settings and says AVE is comparable to "
      "ATT in the One setting."),
    # --- unverified --------------------------------------------------------------------------
    U("Zeng et al. (2015) report a P@100 of 73.3 for PCNN+ONE.", 8, T2,
      "Table 2 prints the authors' own runs; no number of Zeng et al. is given."),
    U("Mintz et al. (2009) reach a precision of 0.5 at a recall of 0.1.", 7, FIG4,
      "Only the curve of Figure 4; no number is printed."),
    U("PCNN+ATT reaches a P@500 of 60.8 in the One setting.", 8, T2, "No P@500 is reported."),
    U("On the development set, PCNN+ATT's mean P@N is 72.2.", 8, T2,
      "Table 2 is the held-out test evaluation; no development score is given."),
    U("PCNN+ATT reaches a P@100 of 77.2 in the Three test setting.", 8, T2,
      "No Three setting; 77.2 is the Two setting's."),
    U("Riedel et al. (2010) report 522,611 training sentences.", 5, DATA,
      "The paper gives the count itself; it does not say Riedel et al. report it."),
    U("MIML reaches a mean P@N of 67.4.", 8, T2, "MIML is not in Table 2; 67.4 is CNN+ATT's "
      "One mean."),
    U("Without dropout, PCNN+ATT's mean P@N in the All setting falls to 70.1.", 8, T2,
      "No run without dropout is reported."),
)

FEAT = ("Section 4.5 (page 7): we select the following three feature-based methods for "
        "comparison through held-out evaluation: Mintz ... MultiR ... MIML.")

# Second batch (labelled from the page images before it ran; first run after the fixes of
# the first batch).
ROWS = ROWS + (
    C("PCNN+AVE's P@100 in the Two setting is 73.3.", "table_cell", 8, T2),
    C("CNN+ONE reaches a mean P@N of 62.9 in the Two setting.", "table_cell", 8, T2),
    C("PCNN+ATT's P@300 in the All setting is 67.4.", "table_cell", 8, T2),
    C("In the Two setting, CNN+ATT's mean P@N is 68.0.", "table_cell", 8, T2),
    C("The models are compared with three feature-based methods: Mintz, MultiR and MIML.",
      "paraphrase", 7, FEAT),
    X("In the Two setting, PCNN+ATT's P@300 is 62.1.", "neighbour_cell", 8, T2,
      "66.1; 62.1 is CNN+ATT's and PCNN+AVE's."),
    X("Table 2 compares eight models.", "wrong_count", 8, T2,
      "Six: CNN and PCNN, each with ONE, AVE and ATT."),
    X("The models are compared with four feature-based methods.", "wrong_count", 7, FEAT,
      "Three: Mintz, MultiR, MIML."),
    X("For CNN, the ATT method does not achieve the best performance in the Two test setting.",
      "negation", 7, S44,
      "The text says ATT achieves the best performance in all test settings (68.0 mean)."),
    U("Hoffmann et al. (2011) report 18,252 relational facts in the training data.", 5, DATA,
      "The paper gives the count; it says only that Hoffmann et al. used the dataset."),
    U("PCNN+ATT reaches a mean P@N of 72.2 on the Wikipedia-aligned dataset.", 8, T2,
      "The dataset aligns Freebase with the New York Times; no Wikipedia data."),
    U("With a window size of 5, CNN+ATT's mean P@N in the One setting is 67.4.", 8, T2,
      "The window size used is 3; no run with 5 is reported."),
    U("With pre-trained GloVe embeddings, PCNN+ATT reaches a P@100 of 77.2 in the Two "
      "setting.", 8, T2, "The embeddings are trained with word2vec; no GloVe run."),
    U("MultiR reaches a precision of 0.7 at a recall of 0.05.", 7, FIG4,
      "Only the curve of Figure 4."),
    U("Zeng et al. (2015) report a mean P@N of 65.0 for PCNN+ONE in the One setting.", 8, T2,
      "Table 2 prints the authors' own runs."),
    U("Surdeanu et al. (2012) report a P@100 of 73.3 for MIML.", 8, T2,
      "MIML has no P@N in Table 2; 73.3 is PCNN+ONE's and PCNN+ATT's."),
    U("With a batch size of 40, PCNN+ATT's mean P@N in the All setting rises to 74.0.", 8, T2,
      "Only batch size 160 is reported."),
    U("On entity pairs with exactly three sentences, CNN+AVE reaches a mean P@N of 67.1.", 8,
      T2, "The settings are One, Two and All; 67.1 is the One setting's."),
)

# Third batch (labelled from the page images before it ran; first run after the fixes).
ROWS = ROWS + (
    C("In the One setting, PCNN+ATT reaches a P@200 of 69.2.", "table_cell", 8, T2),
    C("In the All setting, CNN+AVE has a P@300 of 60.1.", "table_cell", 8, T2),
    C("PCNN+ONE's mean P@N in the One setting is 65.0.", "table_cell", 8, T2),
    C("PCNN+AVE's mean P@N in the All setting is 67.6.", "table_cell", 8, T2),
    C("In the All setting, PCNN+ATT's mean P@N exceeds CNN+ATT's by 4.0 points.",
      "cell_arithmetic", 8, T2, "72.2 - 68.2 = 4.0."),
    X("In the One setting, PCNN+ATT reaches a P@200 of 60.8.", "neighbour_cell", 8, T2,
      "69.2; 60.8 is its P@300."),
    X("In the All setting, CNN+AVE has a P@300 of 60.2.", "neighbour_cell", 8, T2,
      "60.1; 60.2 is its P@200."),
    X("PCNN+ONE's mean P@N in the One setting is 64.8.", "neighbour_cell", 8, T2,
      "65.0; 64.8 is its P@200."),
    X("CNN+ATT's P@100 in the Two setting is 65.7.", "neighbour_cell", 8, T2,
      "76.2; 65.7 is its P@200."),
    X("The mean P@N of PCNN+AVE in the All setting is 66.7.", "neighbour_cell", 8, T2,
      "67.6; 66.7 is its P@200."),
    X("In the One setting, CNN+AVE's P@100 is below CNN+ONE's.", "direction_flip", 8, T2,
      "75.2 against 68.3."),
    X("In the All setting, PCNN+ATT's mean P@N exceeds CNN+ATT's by 3.0 points.",
      "cell_arithmetic", 8, T2, "72.2 - 68.2 = 4.0."),
    U("PCNN+ATT's P@100 in the One setting is 73.3 on the development set.", 8, T2,
      "Held-out test evaluation only."),
    U("Mintz reaches a P@100 of 53.8.", 8, T2, "Mintz is not in Table 2; 53.8 is CNN+ONE's "
      "One P@300."),
)

YEARS = ("Section 4.1 (page 5): It aligns the the sentences from the corpus of the years "
         "2005-2006 and regards them as training instances. And the testing instances are the "
         "aligned sentences from 2007.")
GRID = ("Section 4.2.2 (page 6): we tune our models using three-fold validation on the "
        "training set ... learning rate for SGD among {0.1, 0.01, 0.001, 0.0001}, the sliding "
        "window size l in {1, 2, 3, ..., 8}, the sentence embedding size n in {50, 60, ..., "
        "300}, and the batch size B among {40, 160, 640, 1280}.")

# Fourth batch (labelled from the page images before it ran; first run after the fixes).
ROWS = ROWS + (
    C("Training instances are sentences from the years 2005-2006 and testing instances are "
      "sentences from 2007.", "text_number", 5, YEARS),
    C("The learning rate is selected among 0.1, 0.01, 0.001 and 0.0001.", "text_number", 6,
      GRID),
    C("The sliding window size is searched between 1 and 8.", "paraphrase", 6, GRID),
    C("The models are tuned with three-fold validation on the training set.", "text_number", 6,
      GRID),
    C("Nearly 3/4 of the test entity pairs correspond to only one sentence.", "text_number", 7,
      S44),
    X("The testing instances are aligned sentences from 2006.", "wrong_number", 5, YEARS,
      "2007; 2005-2006 are the training years."),
    X("The batch size is selected among 40, 160, 640 and 2560.", "wrong_number", 6, GRID,
      "1280, not 2560."),
    X("The sliding window size is searched between 1 and 10.", "wrong_number", 6, GRID,
      "1 to 8."),
    X("The models are tuned with five-fold validation on the training set.", "wrong_count", 6,
      GRID, "Three-fold."),
    X("Nearly half of the test entity pairs correspond to only one sentence.", "wrong_number",
      7, S44, "Nearly 3/4."),
    U("On the development set, a learning rate of 0.01 gives a mean P@N of 72.2.", 6, GRID,
      "No development score is reported for any learning rate."),
)

REPORT = LabelledReport(
    file="01_relation_attention.md",
    title="Selective Attention for Distantly Supervised Relation Extraction",
    date="2027-07-01",
    examines="sentence-level attention over instances for distant supervision",
    research_question="Does attention over the sentences of an entity pair beat at-least-one "
                      "and averaging?",
    references=(RE,),
    rows=ROWS,
    quality_score=7.1,
)
