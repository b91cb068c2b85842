"""Held-out-20 report 1 (Markdown): Shang, Liu, Gu, Ren, Ren and Han, Learning Named Entity
Tagger using Domain-Specific Dictionary (AutoNER; arXiv 1809.03599v1, two columns, 11 pages).
Table 1 (page 6) gives the three datasets' domains, dictionaries and raw sentence counts; Table 2
(page 7) crosses six methods (two SwellShark rows told apart by their human effort) with
precision, recall and F1 on BC5CDR and NCBI-Disease; Table 3 (page 7) five methods on
LaptopReview; Table 4 (page 8) three dictionary variants of AutoNER with a "Not Applicable"
span. The text gives dataset sizes, training settings, the 2.16% gap, the ablation's precision
and recall moves and the gold-supervision comparison (Figure 4). Claims of every kind: cells as
printed, differences, the neighbouring cell, digits swapped, directions and negations in other
words, wrong counts, settings the paper never states. Labelled from the page images (110 dpi)
before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

AN = "1809.03599"  # Shang et al., AutoNER (EMNLP 2018)

T1 = ("Table 1 (page 6; Dataset Overview; columns BC5CDR, NCBI-Disease, LaptopReview): Domain "
      "Biomedical, Biomedical, Technical Review; Entity Types Disease, Chemical; Disease; "
      "AspectTerm; Dictionary MeSH + CTD; MeSH + CTD; Computer Terms; Raw Sent. # 20,217 7,286 "
      "3,845")
T2 = ("Table 2 (page 7; [Biomedical Domain] NER Performance Comparison; columns Human Effort "
      "other than Dictionary, BC5CDR Pre Rec F1, NCBI-Disease Pre Rec F1): Supervised Benchmark "
      "(Gold Annotations) 88.84 85.16 86.96 86.11 85.49 85.80; SwellShark (Regex Design + "
      "Special Case Tuning) 86.11 82.39 84.21 81.6 80.1 80.8; SwellShark (Regex Design) 84.98 "
      "83.49 84.23 64.7 69.7 67.1; Dictionary Match (None) 93.93 58.35 71.98 90.59 56.15 69.32; "
      "Fuzzy-LSTM-CRF (None) 88.27 76.75 82.11 79.85 67.71 73.28; AutoNER (None) 88.96 81.00 "
      "84.8 79.42 71.98 75.52")
T3 = ("Table 3 (page 7; [Technical Review Domain] NER Performance Comparison; the supervised "
      "benchmark refers to the challenge winner; columns LaptopReview Pre Rec F1): Supervised "
      "Benchmark 84.80 66.51 74.55; Distant-LSTM-CRF 74.03 31.59 53.93; Dictionary Match 90.68 "
      "44.65 59.84; Fuzzy-LSTM-CRF 85.08 47.09 60.63; AutoNER 72.27 59.79 65.44")
T4 = ("Table 4 (page 8; Ablation Experiments for Dictionary Refinement; columns BC5CDR Pre Rec "
      "F1, NCBI-Disease Pre Rec F1, LaptopReview Pre Rec F1): AutoNER w/ Original Dict 82.79 "
      "70.40 76.09 53.14 63.54 57.87 69.96 49.85 58.21; AutoNER w/ Tailored Dict 84.57 70.22 "
      "76.73 77.30 58.54 66.63 Not Applicable; AutoNER w/ Tailored Dict & Phrases 88.96 81.00 "
      "84.8 79.42 71.98 75.52 72.27 59.79 65.44")
DATA = ("Section 5.1 (page 6): 'BC5CDR ... has 1,500 articles containing 15,935 Chemical and "
        "12,852 Disease mentions.' 'NCBI-Disease ... contains 793 abstracts and 6,881 Disease "
        "mentions.' 'LaptopReview ... consists of 3,845 review sentences and 3,012 AspectTerm "
        "mentions.' 'randomly select 20% from the training set as the development set.' 'The "
        "dictionary contains 322,882 Chemical and Disease entity surfaces. For the laptop review "
        "dataset, the dictionary has 13,457 computer terms'")
TRAIN = ("Section 5.1 (page 6): 'We use the micro-averaged F1 score ... The reported scores are "
         "the mean across five different runs.' 'we conduct optimization with the stochastic "
         "gradient descent with momentum. We set the batch size and the momentum to 10 and 0.9. "
         "The learning rate is initially set to 0.05 and will be shrunk by 40% if there is no "
         "better development F1 in the recent 5 rounds. Dropout of a ratio 0.5 is applied in our "
         "model. ... we use gradient clipping of 5.0.' 'we use the pre-trained 200-dimension "
         "word vectors ... For the laptop review dataset, we use the GloVe 100-dimension "
         "pre-trained word vectors'")
GAP = ("Section 5.3 (page 7): 'on the BC5CDR dataset, its F1 score is only 2.16% away from the "
       "supervised benchmark.' 'Fuzzy-LSTM-CRF does have some improvements over the Dictionary "
       "Match, but it is always worse than AutoNER.' 'AutoNER beats Distant-LSTM-CRF, which is "
       "the previous state-of-the-art distantly supervised model on the LaptopReview dataset.'")
ABL = ("Section 5.4 (page 7): 'using the tailored dictionary always achieves better F1 scores "
       "than using the original dictionary. ... on the NCBI-Disease dataset, it significantly "
       "boosts the precision from 53.14% to 77.30% with an acceptable recall loss from 63.54% to "
       "58.54%. Moreover, incorporating unknown-typed high-quality phrases in the dictionary "
       "enhances every score of AutoNER models significantly, especially the recall.'")
GOLD = ("Section 5.6 (page 8): 'when there are only 50 annotated articles available, the test "
        "F1 score drops substantially to 74.29%. To achieve a similar test F1 score (e.g., "
        "83.91%) as our AutoNER models (i.e., 84.8%), the supervised benchmark model requires at "
        "least 300 annotated articles.' 'when the supervised benchmark is trained with all "
        "annotations, it achieves the performance better than AutoNER.'")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, AN, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.24, "contradicted", cat, AN, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", AN, page, ev, why)


ROWS = (
    # Cells as printed.
    C("AutoNER reaches an F1 of 84.8 on BC5CDR.", "table_cell", 7, T2),
    C("On NCBI-Disease, AutoNER obtains 79.42 precision and 71.98 recall.", "table_cell", 7, T2),
    C("Dictionary Match reaches a precision of 93.93 on BC5CDR.", "table_cell", 7, T2),
    C("Fuzzy-LSTM-CRF achieves an F1 score of 73.28 on NCBI-Disease.", "table_cell", 7, T2),
    C("On LaptopReview, AutoNER reaches 65.44 F1.", "table_cell", 7, T3),
    C("Distant-LSTM-CRF has a recall of only 31.59 on LaptopReview.", "table_cell", 7, T3),
    C("SwellShark with regex design alone reaches 84.23 F1 on BC5CDR.", "table_cell", 7, T2),
    C("The supervised benchmark reaches 85.80 F1 on NCBI-Disease.", "table_cell", 7, T2),
    C("With the original dictionary, AutoNER reaches 57.87 F1 on NCBI-Disease.", "table_cell",
      8, T4),
    C("AutoNER with the tailored dictionary obtains 76.73 F1 on BC5CDR.", "table_cell", 8, T4),
    C("The BC5CDR raw corpus has 20,217 sentences.", "table_cell", 6, T1),
    C("Both biomedical datasets use a dictionary combining MeSH and CTD.", "paraphrase", 6, T1),
    X("The NCBI-Disease raw corpus has 3,845 sentences.", "neighbour_cell", 6, T1,
      "7,286; 3,845 is LaptopReview's."),
    # Numbers of the text.
    C("BC5CDR has 1,500 articles containing 15,935 Chemical and 12,852 Disease mentions.",
      "text_number", 6, DATA),
    C("NCBI-Disease contains 793 abstracts and 6,881 Disease mentions.", "text_number", 6, DATA),
    C("The biomedical dictionary contains 322,882 Chemical and Disease entity surfaces.",
      "text_number", 6, DATA),
    C("The laptop review dictionary has 13,457 computer terms.", "text_number", 6, DATA),
    C("The learning rate is initially set to 0.05.", "text_number", 6, TRAIN),
    C("AutoNER applies dropout with a ratio of 0.5 and gradient clipping of 5.0.", "text_number",
      6, TRAIN),
    C("With only 50 annotated articles, the supervised benchmark's test F1 drops to 74.29%.",
      "text_number", 8, GOLD),
    # Differences and averages of cells.
    C("On BC5CDR, AutoNER's F1 is 2.16 points below the supervised benchmark.",
      "cell_arithmetic", 7, T2, "86.96 - 84.8 = 2.16 (the text also says 2.16%)."),
    C("On LaptopReview, AutoNER improves F1 over Distant-LSTM-CRF by 11.51 points.",
      "cell_arithmetic", 7, T3, "65.44 - 53.93 = 11.51."),
    C("Tailoring the dictionary raises AutoNER's NCBI-Disease F1 by 8.76 points.",
      "cell_arithmetic", 8, T4, "66.63 - 57.87 = 8.76."),
    X("On NCBI-Disease, AutoNER's F1 is 3.24 points above Fuzzy-LSTM-CRF.", "cell_arithmetic",
      7, T2, "75.52 - 73.28 = 2.24, not 3.24."),
    X("Adding high-quality phrases improves AutoNER's BC5CDR recall by 11.78 points over the "
      "tailored dictionary alone.", "cell_arithmetic", 8, T4, "81.00 - 70.22 = 10.78."),
    # Paraphrases.
    C("Fuzzy-LSTM-CRF improves on Dictionary Match but is always worse than AutoNER.",
      "paraphrase", 7, GAP),
    C("AutoNER beats Distant-LSTM-CRF, the previous state-of-the-art distantly supervised model "
      "on LaptopReview.", "paraphrase", 7, GAP),
    C("The reported scores are averages over five different runs.", "paraphrase", 6, TRAIN),
    C("A fifth of the LaptopReview training set is randomly held out as the development set.",
      "paraphrase", 6, DATA, "'randomly select 20% from the training set as the development "
      "set'."),
    C("Optimization uses stochastic gradient descent with momentum.", "paraphrase", 6, TRAIN),
    # Wrong numbers, transposed digits, neighbouring cells.
    X("The batch size is set to 32.", "wrong_number", 6, TRAIN, "The batch size is 10."),
    X("The laptop review experiments use 300-dimension GloVe vectors.", "wrong_number", 6, TRAIN,
      "GloVe 100-dimension."),
    X("The learning rate is shrunk by 50% when the development F1 does not improve for 5 "
      "rounds.", "wrong_number", 6, TRAIN, "Shrunk by 40%."),
    X("LaptopReview consists of 3,845 review sentences and 3,021 AspectTerm mentions.",
      "transposed_digits", 6, DATA, "3,012 mentions."),
    X("AutoNER's precision on LaptopReview is 72.72.", "transposed_digits", 7, T3,
      "72.27."),
    X("The supervised benchmark reaches 86.69 F1 on BC5CDR.", "transposed_digits", 7, T2,
      "86.96."),
    X("AutoNER reaches a recall of 71.98 on BC5CDR.", "neighbour_cell", 7, T2,
      "BC5CDR recall is 81.00; 71.98 is NCBI-Disease's."),
    X("Dictionary Match reaches 90.59 precision on BC5CDR.", "neighbour_cell", 7, T2,
      "93.93 on BC5CDR; 90.59 is NCBI-Disease's."),
    X("Fuzzy-LSTM-CRF reaches 47.09 precision on LaptopReview.", "neighbour_cell", 7, T3,
      "Precision 85.08; 47.09 is its recall."),
    X("SwellShark with special case tuning reaches 67.1 F1 on NCBI-Disease.", "neighbour_cell",
      7, T2, "80.8; 67.1 is the regex-design-only row."),
    X("With the original dictionary, AutoNER reaches 70.22 recall on BC5CDR.", "neighbour_cell",
      8, T4, "70.40; 70.22 is the tailored dictionary's."),
    # Directions and negations.
    X("Tailoring the dictionary lowers AutoNER's precision on NCBI-Disease.", "direction_flip",
      7, ABL, "It boosts precision from 53.14% to 77.30%."),
    X("On LaptopReview, Dictionary Match has a lower precision than AutoNER.", "direction_flip",
      7, T3, "90.68 > 72.27."),
    X("With all annotations, AutoNER outperforms the supervised benchmark.", "direction_flip", 8,
      GOLD, "The supervised benchmark trained on all annotations is better."),
    X("On NCBI-Disease, Fuzzy-LSTM-CRF reaches a higher F1 than AutoNER.", "direction_flip", 7,
      T2, "73.28 < 75.52."),
    X("Adding unknown-typed phrases to the dictionary leaves AutoNER's recall unchanged.",
      "negation", 7, ABL, "It enhances every score, especially the recall."),
    X("The tailored dictionary does not always give better F1 than the original dictionary.",
      "negation", 7, ABL, "'always achieves better F1 scores'."),
    X("Early stopping on the development set is not used.", "negation", 6,
      TRAIN + " 'Furthermore, we employ the early stopping in the development set.'",
      "Early stopping is employed."),
    # Counts.
    X("AutoNER is evaluated on four benchmark datasets.", "wrong_count", 6,
      "Section 5 (page 6): 'We conduct experiments on three benchmark datasets'",
      "Three."),
    X("The paper proposes three neural architectures for learning from dictionaries.",
      "wrong_count", 9, "Section 7 (page 9): 'We design two neural architectures, "
      "Fuzzy-LSTM-CRF ... and AutoNER'", "Two."),
    # Names and numbers of the paper in relations it never states.
    U("AutoNER reaches 84.8 F1 on BC5CDR with a batch size of 32.", 7, T2 + " " + TRAIN,
      "The cell is right; the batch size is 10, and no run with 32 is reported."),
    U("The supervised benchmark on LaptopReview uses the 100-dimension GloVe vectors.", 7,
      T3 + " " + TRAIN, "The benchmark is the challenge winner; its embeddings are not said."),
    U("Dictionary Match reaches 59.84 F1 on LaptopReview after tailoring the dictionary.", 7,
      T3 + " " + T4, "Tailoring is not applicable to LaptopReview; nothing says the Dictionary "
      "Match row used it."),
    U("Fuzzy-LSTM-CRF is trained for 50 epochs.", 6, TRAIN, "No epoch count is given."),
    U("AutoNER reaches 75.52 F1 on NCBI-Disease using the 100-dimension GloVe vectors.", 7,
      T2 + " " + TRAIN, "The biomedical sets use 200-dimension vectors from Pyysalo et al.; "
      "no GloVe run is reported there."),
)

REPORT = LabelledReport(
    file="01_dictionary_ner.md",
    title="Named Entity Tagging from Domain Dictionaries Alone",
    date="2027-10-04",
    examines="Learning Named Entity Tagger using Domain-Specific Dictionary",
    research_question="How close can a tagger trained only on a domain dictionary come to a "
                      "supervised one",
    references=(AN,),
    abstract="Distant supervision from dictionaries promises named entity taggers without "
             "annotation. We review a fuzzy CRF and a Tie or Break tagger, their results on "
             "biomedical and laptop review data, and how refining the dictionary helps.",
    rows=ROWS,
)
