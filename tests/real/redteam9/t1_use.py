"""Red-team-9 report 1 (Markdown): Cer et al., Universal Sentence Encoder (arXiv 1803.11175v2,
two columns, 7 pages). Table 1 (page 3) gives train / dev / test sizes of seven transfer sets
with dashes; Table 2 (page 4) crosses 14 models (four row groups, "USE_D", "USE_T", "+DAN",
"+CNN", "(w2v w.e.)", "(lrn w.e.)") with six accuracy columns and one STS Bench column printing
"dev / test" Pearson pairs with an "(r)" mark; Table 3 (page 5) the same models on SST with
seven training sizes (1k to 67.3k); Table 4 (page 6) WEAT effect sizes d and p-values for
GloVe and the DAN encoder. Adversarial claims: the neighbouring row or column, dev for test,
the wrong model of a pair, Pearson read as Spearman, SST sizes swapped, GloVe's cell given to
the encoder, directions and negations in other words, differences of cells. Labelled from the
page images (110 dpi; Table 4 at 200 dpi) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

USE = "1803.11175"  # Cer et al., Universal Sentence Encoder (2018)

T1 = ("Table 1 (page 3; Transfer task evaluation sets; columns Dataset, Train, Dev, Test): SST "
      "67,349 872 1,821; STS Bench 5,749 1,500 1,379; TREC 5,452 - 500; MR - - 10,662; CR - - "
      "3,775; SUBJ - - 10,000; MPQA - - 10,606")
T2 = ("Table 2 (page 4; Model performance on transfer tasks; accuracy except STS Bench, Pearson "
      "correlation; columns MR, CR, SUBJ, MPQA, TREC, SST, STS Bench (dev / test)): Sentence & "
      "Word Embedding Transfer Learning: USE_D+DAN (w2v w.e.) 77.11 81.71 93.12 87.01 94.72 "
      "82.14 -; USE_D+CNN (w2v w.e.) 78.20 82.04 93.24 85.87 97.67 85.29 -; USE_T+DAN (w2v "
      "w.e.) 81.32 86.66 93.90 88.14 95.51 86.62 -; USE_T+CNN (w2v w.e.) 81.18 87.45 93.58 "
      "87.32 98.07 86.69 -; Sentence Embedding Transfer Learning: USE_D 74.45 80.97 92.65 85.38 "
      "91.19 77.62 0.763 / 0.719 (r); USE_T 81.44 87.43 93.87 86.98 92.51 85.38 0.814 / 0.782 "
      "(r); USE_D+DAN (lrn w.e.) 77.57 81.93 92.91 85.97 95.86 83.41 -; USE_D+CNN (lrn w.e.) "
      "78.49 81.49 92.99 85.53 97.71 85.27 -; USE_T+DAN (lrn w.e.) 81.36 86.08 93.66 87.14 "
      "96.60 86.24 -; USE_T+CNN (lrn w.e.) 81.59 86.45 93.36 86.85 97.44 87.21 -; Word "
      "Embedding Transfer Learning: DAN (w2v w.e.) 74.75 75.24 90.80 81.25 85.69 80.24 -; CNN "
      "(w2v w.e.) 75.10 80.18 90.84 81.38 97.32 83.74 -; Baselines with No Transfer Learning: "
      "DAN (lrn w.e.) 75.97 76.91 89.49 80.93 93.88 81.52 -; CNN (lrn w.e.) 76.39 79.39 91.18 "
      "82.20 95.82 84.90 -")
T3 = ("Table 3 (page 5; Task performance on SST for varying amounts of training data; SST "
      "67.3k is the full training set; columns SST 1k, 2k, 4k, 8k, 16k, 32k, 67.3k): USE_D "
      "77.47 76.38 77.39 79.02 78.38 77.79 77.62; USE_T 84.85 84.25 85.18 85.63 85.83 85.59 "
      "85.38; CNN (lrn w.e.) 67.98 71.81 74.90 79.14 81.04 82.72 84.90; DNN (w2v w.e.) 66.34 "
      "69.67 73.03 77.42 78.29 79.81 80.24. Caption: Using only 1,000 examples for training, "
      "transfer learning from USE_T is able to obtain performance that rivals many of the other "
      "models trained on the full 67.3 thousand example training set.")
T4 = ("Table 4 (page 6; WEAT for GloVe and the Universal Encoder; effect size Cohen's d, "
      "1-tailed p; columns GloVe d, p, Uni. Enc. (DAN) d, p): Male vs. female names / Career vs "
      "family 1.81 10^-3 0.0248 0.48; Math vs. arts / Male vs. female terms 1.06 0.018 0.588 "
      "0.12; Mental vs. physical disease / Temporary vs permanent 1.38 10^-2 1.60 0.0027; "
      "Flowers vs. insects / Pleasant vs. Unpleasant 1.50 10^-7 1.38 10^-7; Instruments vs. "
      "Weapons 1.53 10^-7 1.44 10^-7")
ENC = ("Section 3.1 (page 2): The encoder takes as input a lowercased PTB tokenized string and "
       "outputs a 512 dimensional vector as the sentence embedding. Section 3.2: ... the DAN "
       "encoder takes as input a lowercased PTB tokenized string and outputs a 512 dimensional "
       "sentence embedding.")
DATA = ("Section 3.3 (page 3): The sources are Wikipedia, web news, web question-answer pages "
        "and discussion forums. We augment unsupervised learning with training on supervised "
        "data from the Stanford Natural Language Inference (SNLI) corpus ... we observe that "
        "training to SNLI improves transfer performance.")
EXP = ("Section 6 (page 4): Training repeats ten times for each transfer task model with "
       "different randomly initialized weights and we report evaluation results by averaging "
       "across runs.")
RES = ("Section 8 (page 5): The transformer model time complexity is O(n^2) in sentence length, "
       "while the DAN model is O(n) ... The transformer model space complexity also scales "
       "quadratically, O(n^2), in sentence length, while the DAN model space complexity is "
       "constant in the length of the sentence.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, USE, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, USE, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", USE, page, ev, why)


# First batch (labelled from the page images before it ran).
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("USE_T reaches 81.44 accuracy on MR.", "table_cell", 4, T2),
    C("USE_D scores 0.763 Pearson correlation on the STS Benchmark dev set and 0.719 on its "
      "test set.", "table_cell", 4, T2),
    C("USE_T+CNN (w2v w.e.) reaches 98.07 on TREC.", "table_cell", 4, T2),
    C("With learned word embeddings, USE_T+CNN reaches 87.21 on SST.", "table_cell", 4, T2),
    C("The DAN baseline with word2vec embeddings scores 74.75 on MR.", "table_cell", 4, T2),
    C("The CNN baseline without any transfer learning reaches 95.82 on TREC.", "table_cell", 4,
      T2, "CNN (lrn w.e.), Baselines with No Transfer Learning, TREC 95.82."),
    C("USE_T scores 93.87 on SUBJ, against 92.65 for USE_D.", "table_cell", 4, T2),
    C("On MPQA, USE_T+DAN (w2v w.e.) reaches 88.14.", "table_cell", 4, T2),
    C("The SST training set has 67,349 examples.", "table_cell", 3, T1),
    C("The STS Benchmark has 1,379 test pairs.", "table_cell", 3, T1),
    C("TREC has 5,452 training examples and 500 test examples.", "table_cell", 3, T1),
    C("The MPQA evaluation set has 10,606 test samples.", "table_cell", 3, T1),
    C("USE_T outperforms USE_D on MR by 6.99 points.", "cell_arithmetic", 4, T2,
      "81.44 - 74.45 = 6.99."),
    C("On the STS Benchmark test set, USE_T's Pearson correlation is 0.063 higher than "
      "USE_D's.", "cell_arithmetic", 4, T2, "0.782 - 0.719 = 0.063."),
    C("Both encoders output a 512 dimensional sentence embedding.", "text_number", 2, ENC),
    C("Training repeats ten times for each transfer task model with different randomly "
      "initialized weights.", "text_number", 4, EXP),
    C("The transformer encoder's time complexity is quadratic in sentence length, while the "
      "DAN's is linear.", "paraphrase", 5, RES),
    C("Using only 1,000 training examples, transfer learning from USE_T rivals many models "
      "trained on the full 67.3 thousand example SST training set.", "text_number", 5, T3),
    C("With 1k SST training examples, USE_T reaches 84.85.", "table_cell", 5, T3),
    C("The CNN baseline with learned word embeddings reaches 67.98 with 1k SST training "
      "examples.", "table_cell", 5, T3),
    C("The unsupervised training data are drawn from Wikipedia, web news, web question-answer "
      "pages and discussion forums.", "paraphrase", 3, DATA),
    C("On the flowers vs. insects WEAT test, GloVe has an effect size of 1.50 and the DAN "
      "universal encoder 1.38.", "table_cell", 6, T4),
    # --- contradicted ------------------------------------------------------------------------
    X("USE_T reaches 81.32 on MR.", "neighbour_cell", 4, T2,
      "USE_T's MR cell is 81.44; 81.32 is USE_T+DAN (w2v w.e.)'s."),
    X("USE_D scores 80.97 on MR.", "neighbour_cell", 4, T2,
      "USE_D's MR cell is 74.45; 80.97 is its CR cell."),
    X("USE_D reaches 0.782 Pearson correlation on the STS Benchmark test set.",
      "neighbour_cell", 4, T2, "USE_D's test Pearson is 0.719; 0.782 is USE_T's."),
    X("USE_T's Pearson correlation on the STS Benchmark test set is 0.814.", "neighbour_cell",
      4, T2, "0.814 is the dev value; test is 0.782."),
    X("The STS Benchmark has 1,500 test pairs.", "neighbour_cell", 3, T1,
      "1,500 is the dev size; test is 1,379."),
    X("The SST test set has 872 examples.", "neighbour_cell", 3, T1,
      "872 is SST's dev size; test is 1,821."),
    X("USE_D outperforms USE_T on CR.", "direction_flip", 4, T2,
      "CR: USE_D 80.97 < USE_T 87.43."),
    X("On TREC, the CNN baseline with learned word embeddings trails the DAN baseline with "
      "learned word embeddings.", "direction_flip", 4, T2,
      "TREC: CNN (lrn w.e.) 95.82 > DAN (lrn w.e.) 93.88."),
    X("USE_T outperforms USE_D on SUBJ by 2.22 points.", "cell_arithmetic", 4, T2,
      "93.87 - 92.65 = 1.22."),
    X("The encoders output 300 dimensional sentence embeddings.", "wrong_number", 2, ENC,
      "512 dimensional."),
    X("Training on SNLI does not improve transfer performance.", "negation", 3, DATA,
      "'we observe that training to SNLI improves transfer performance'."),
    X("The DAN model's memory usage grows quadratically with sentence length.",
      "direction_flip", 5, RES, "The DAN space complexity is constant in sentence length."),
    X("Training repeats five times for each transfer task model.", "wrong_count", 4, EXP,
      "Ten times."),
    X("With 1k SST training examples, USE_D reaches 84.85.", "neighbour_cell", 5, T3,
      "USE_D's 1k cell is 77.47; 84.85 is USE_T's."),
    X("With the full SST training set, USE_T reaches 85.63.", "neighbour_cell", 5, T3,
      "The full set is SST 67.3k: 85.38; 85.63 is the 8k cell."),
    X("For male vs. female names with career vs family, the DAN universal encoder has an "
      "effect size of 1.81.", "neighbour_cell", 6, T4,
      "1.81 is GloVe's d; the encoder's is 0.0248."),
    # --- unverified --------------------------------------------------------------------------
    U("USE_T reaches 0.782 Spearman correlation on the STS Benchmark test set.", 4, T2,
      "The table reports Pearson correlation (r); Spearman is not reported."),
    U("USE_T+CNN (w2v w.e.) reaches 0.85 Pearson correlation on the STS Benchmark.", 4, T2,
      "That row has a dash in the STS Bench column."),
    U("USE_T reaches 81.44 on MR with a batch size of 128.", 4, T2,
      "No batch size is reported for the transfer models."),
    U("The transformer encoder has 6 attention layers.", 2, ENC,
      "The number of layers is not given."),
    U("USE_D reaches 77.62 on SST after fine-tuning the encoder.", 4, T2,
      "The paper does not say the encoder is fine-tuned for Table 2."),
    U("On MR, USE_T outperforms InferSent.", 4, T2, "InferSent is not in the tables."),
    U("USE_T is 3 times slower than USE_D on GPU for short sentences.", 5, RES,
      "Figure 2 only; no ratio is stated."),
)

REPORT = LabelledReport(
    file="01_universal_encoder.md",
    title="Sentence-Level Transfer with the Universal Sentence Encoder",
    date="2027-09-01",
    examines="transformer and DAN sentence encoders for transfer tasks",
    research_question="Do sentence embeddings transfer better than word embeddings?",
    references=(USE,),
    rows=ROWS,
    quality_score=7.0,
)
