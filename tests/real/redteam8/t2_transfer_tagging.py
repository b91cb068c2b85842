"""Red-team-8 report 2 (text with bare headings): Yang, Salakhutdinov, Cohen, Transfer Learning
for Sequence Tagging with Hierarchical Recurrent Networks (ICLR 2017, arXiv 1703.06345v1, one
column). Table 1 (page 7) gives training, dev and test token counts of eight benchmarks (two
named "Twitter", two "CoNLL 2002" told apart by language, a dash for CoNLL 2000's dev set);
Table 2 (page 7) crosses source, target with its labelling rate after a slash ("Genia/0.001"),
model (T-A, T-B, T-C) and setting (dom, app, ling and their combinations) with Transfer, No
Transfer and Delta columns, five rows sharing the target Genia/0.001 and the No Transfer value
83.26; Table 3 (page 8) compares the model with and without transfer against eight cited
systems on five benchmarks, with dashes. Adversarial claims: the dev count for the test count,
the other Twitter or CoNLL 2002 row, the other architecture's row of the same source and target,
the labelling rate the table does not print, w/o for w/, a cited system's cell for the model's,
the text's numbers given to the other dataset or labelling rate, the order of the architectures
reversed, counts. Labelled from the page images (110 dpi) and `pdftotext -layout` (to copy
digits) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

TL = "1703.06345"  # Yang, Salakhutdinov, Cohen; ICLR 2017

T1 = ("Table 1 (page 7; Dataset statistics; columns Benchmark, Task, Language, # Training "
      "Tokens, # Dev Tokens, # Test Tokens): PTB 2003 POS Tagging English 912,344 131,768 "
      "129,654; CoNLL 2000 Chunking English 211,727 - 47,377; CoNLL 2003 NER English 204,567 "
      "51,578 46,666; CoNLL 2002 NER Dutch 202,931 37,761 68,994; CoNLL 2002 NER Spanish "
      "207,484 51,645 52,098; Genia POS Tagging English 400,658 50,525 49,761; Twitter POS "
      "Tagging English 12,196 1,362 1,627; Twitter NER English 36,936 4,612 4,921")
T2 = ("Table 2 (page 7; Improvements with transfer learning under multiple low-resource "
      "settings (%); the numbers following the slashes are labeling rates; columns Source, "
      "Target, Model, Setting, Transfer, No Transfer, Delta): PTB Twitter/0.1 T-A dom 83.65 "
      "74.80 8.85; CoNLL03 Twitter/0.1 T-A dom 43.24 34.65 8.59; PTB CoNLL03/0.01 T-B app "
      "74.92 68.64 6.28; PTB CoNLL00/0.01 T-B app 86.73 83.49 3.24; CoNLL03 PTB/0.001 T-B app "
      "87.47 84.16 3.31; Spanish CoNLL03/0.01 T-C ling 72.61 68.64 3.97; CoNLL03 Spanish/0.01 "
      "T-C ling 60.43 59.84 0.59; PTB Genia/0.001 T-A dom 92.62 83.26 9.36; CoNLL03 "
      "Genia/0.001 T-B dom&app 87.47 83.26 4.21; Spanish Genia/0.001 T-C dom&app&ling 84.39 "
      "83.26 1.13; PTB Genia/0.001 T-B dom 89.77 83.26 6.51; PTB Genia/0.001 T-C dom 84.65 "
      "83.26 1.39")
T3 = ("Table 3 (page 8; Comparison with state-of-the-art results (%); columns CoNLL 2000, "
      "CoNLL 2003, Spanish, Dutch, PTB 2003): Collobert et al. (2011) 94.32 89.59 - - 97.29; "
      "Passos et al. (2014) - 90.90 - - -; Luo et al. (2015) - 91.2 - - -; Huang et al. (2015) "
      "94.46 90.10 - - 97.55; Gillick et al. (2015) - 86.50 82.95 82.84 -; Ling et al. (2015) - "
      "- - - 97.78; Lample et al. (2016) - 90.94 85.75 81.74 -; Ma & Hovy (2016) - 91.21 - - "
      "97.55; Ours w/o transfer 94.66 91.20 84.69 85.00 97.55; Ours w/ transfer 95.41 91.26 "
      "85.77 85.19 97.55")
SET = ("Section 4.2 (page 7): we set the character embedding dimension at 25, the word "
       "embedding dimension at 50 for English and 64 for Spanish, the dimension of hidden states "
       "of the character-level GRUs at 80, the dimension of hidden states of the word-level GRUs "
       "at 300, and the initial learning rate at 0.01 ... We vary the labeling rate of the target "
       "task at 0.001, 0.01, 0.1 and 1.0 ... a labeling rate of 0.001 results in around 900 "
       "training tokens on PTB POS tagging.")
RES = ("Section 4.2 (pages 7-8): the improvement by transfer learning is more substantial when "
       "the labeling rate is lower ... we can obtain an tagging accuracy of 83%+ with zero "
       "labels and 92% with only 0.001 labels when transferring from PTB to Genia ... the "
       "improvements with 0.1 labels are more than 8% for both datasets [Twitter POS tagging "
       "and NER] ... the improvements with 0.1 labels are 6% and 3% on CoNLL 2000 chunking and "
       "CoNLL 2003 NER respectively when transferring from PTB POS tagging ... the improvements "
       "by different architectures are in the following order: T-A > T-B > T-C.")
SOTA = ("Section 4.3 (pages 8-9): For Spanish and Dutch, we use the 64-dimensional Polyglot "
        "embeddings ... our transfer learning approach achieves new state-of-the-art results on "
        "all the considered benchmark datasets except PTB POS tagging ... our base model (w/o "
        "transfer) performs competitively compared to the state-of-the-art systems. Section 5 "
        "(page 9): We design three neural network architectures for the settings of "
        "cross-domain, cross-application, and cross-lingual transfer.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, TL, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, TL, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", TL, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The PTB 2003 POS tagging benchmark has 912,344 training tokens.", "table_cell", 7, T1),
    C("The CoNLL 2002 Dutch NER test set has 68,994 tokens.", "table_cell", 7, T1),
    C("Genia has 50,525 dev tokens.", "table_cell", 7, T1),
    C("The Twitter NER benchmark has 36,936 training tokens.", "table_cell", 7, T1),
    C("Transferring from PTB to Twitter/0.1 with T-A reaches 83.65, against 74.80 without "
      "transfer.", "table_cell", 7, T2),
    C("Cross-lingual transfer from CoNLL03 to Spanish/0.01 improves by only 0.59.",
      "table_cell", 7, T2),
    C("With T-A, transfer from PTB to Genia/0.001 gains 9.36 points.", "table_cell", 7, T2),
    C("Transfer from PTB to CoNLL00/0.01 with T-B reaches 86.73.", "table_cell", 7, T2),
    C("Without transfer, the model scores 83.26 on Genia/0.001.", "table_cell", 7, T2),
    C("Transfer from CoNLL03 to PTB/0.001 gives 87.47 against 84.16, a gain of 3.31.",
      "table_cell", 7, T2),
    C("Transfer from Spanish to CoNLL03/0.01 with T-C improves by 3.97.", "table_cell", 7, T2),
    C("With transfer, the model reaches 95.41 F1 on CoNLL 2000.", "table_cell", 8, T3),
    C("Without transfer, the model scores 85.00 on Dutch NER.", "table_cell", 8, T3),
    C("Ling et al. (2015) report 97.78 on PTB 2003.", "table_cell", 8, T3,
      "The row cites Ling et al. (2015); its PTB 2003 cell prints 97.78."),
    C("Lample et al. (2016) reach 85.75 on Spanish NER.", "table_cell", 8, T3),
    C("With transfer, the model scores 91.26 on CoNLL 2003, 0.06 above the model without "
      "transfer.", "cell_arithmetic", 8, T3, "91.26 - 91.20 = 0.06."),
    C("On Spanish NER, transfer improves the model from 84.69 to 85.77.", "table_cell", 8, T3),
    C("The character embedding dimension is 25.", "text_number", 7, SET),
    C("The word embedding dimension is 50 for English and 64 for Spanish.", "text_number", 7,
      SET),
    C("The hidden states of the character-level GRUs have 80 dimensions.", "text_number", 7,
      SET),
    C("The word-level GRUs have 300-dimensional hidden states.", "paraphrase", 7, SET),
    C("The labeling rate of the target task is varied over 0.001, 0.01, 0.1 and 1.0.",
      "text_number", 7, SET),
    C("A labeling rate of 0.001 results in around 900 training tokens on PTB POS tagging.",
      "text_number", 7, SET),
    C("Transferring from PTB to Genia gives a tagging accuracy of 92% with only 0.001 labels.",
      "text_number", 7, RES),
    C("With 0.1 labels, transfer from PTB POS tagging improves CoNLL 2000 chunking by 6%.",
      "text_number", 8, RES),
    C("The improvements by the architectures follow the order T-A > T-B > T-C.", "paraphrase",
      8, RES),
    C("For Spanish and Dutch, 64-dimensional Polyglot embeddings are used.", "text_number", 8,
      SOTA),
    C("The transfer approach achieves new state-of-the-art results on all the considered "
      "benchmarks except PTB POS tagging.", "paraphrase", 8, SOTA),
    C("Huang et al. (2015) report 94.46 on CoNLL 2000.", "table_cell", 8, T3,
      "The row cites Huang et al. (2015)."),
    C("Collobert et al. (2011) reach 89.59 on CoNLL 2003.", "table_cell", 8, T3),
    # --- contradicted ------------------------------------------------------------------------
    X("The PTB 2003 POS tagging benchmark has 131,768 training tokens.", "neighbour_cell", 7,
      T1, "912,344; 131,768 is its dev count."),
    X("The CoNLL 2002 Spanish NER test set has 51,645 tokens.", "neighbour_cell", 7, T1,
      "52,098; 51,645 is its dev count."),
    X("Genia has 49,761 dev tokens.", "neighbour_cell", 7, T1, "50,525; 49,761 is its test count."),
    X("The Twitter POS tagging benchmark has 36,936 training tokens.", "neighbour_cell", 7, T1,
      "12,196; 36,936 is Twitter NER's."),
    X("Transferring from CoNLL03 to Twitter/0.1 with T-A reaches 83.65.", "neighbour_cell", 7,
      T2, "43.24; 83.65 is the PTB source's."),
    X("Transfer from PTB to Genia/0.001 with T-B in the dom setting reaches 92.62.",
      "neighbour_cell", 7, T2, "89.77; 92.62 is T-A's."),
    X("Transfer from PTB to Genia/0.001 with T-C gains 1.13 points.", "neighbour_cell", 7, T2,
      "1.39; 1.13 is the Spanish source's (dom&app&ling)."),
    X("Transfer from PTB to CoNLL03/0.01 with T-B gains 3.24 points.", "neighbour_cell", 7, T2,
      "6.28; 3.24 is the CoNLL00 target's."),
    X("With transfer, the model reaches 94.66 F1 on CoNLL 2000.", "neighbour_cell", 8, T3,
      "95.41; 94.66 is w/o transfer."),
    X("With transfer, the model scores 85.00 on Dutch NER.", "neighbour_cell", 8, T3,
      "85.19; 85.00 is w/o transfer."),
    X("Ma & Hovy (2016) report 91.26 on CoNLL 2003.", "neighbour_cell", 8, T3,
      "91.21; 91.26 is Ours w/ transfer."),
    X("On Dutch NER, Lample et al. (2016) outperform the model with transfer.",
      "direction_flip", 8, T3, "81.74 < 85.19."),
    X("With transfer, the model outperforms Ling et al. (2015) on PTB 2003.", "direction_flip",
      8, T3, "97.55 < 97.78."),
    X("With transfer, the model scores 91.26 on CoNLL 2003, 0.16 above the model without "
      "transfer.", "cell_arithmetic", 8, T3, "0.06."),
    X("The character embedding dimension is 50.", "wrong_number", 7, SET, "25."),
    X("The word embedding dimension for Spanish is 50.", "wrong_number", 7, SET,
      "64; 50 is English's."),
    X("The hidden states of the character-level GRUs have 300 dimensions.", "wrong_number", 7,
      SET, "80; 300 is the word-level GRUs'."),
    X("A labeling rate of 0.01 results in around 900 training tokens on PTB POS tagging.",
      "wrong_number", 7, SET, "0.001."),
    X("Transferring from PTB to Genia gives a tagging accuracy of 92% with zero labels.",
      "wrong_number", 7, RES, "83%+ with zero labels; 92% with 0.001."),
    X("With 0.1 labels, transfer from PTB POS tagging improves CoNLL 2003 NER by 6%.",
      "wrong_number", 8, RES, "3%; 6% is CoNLL 2000 chunking's."),
    X("The improvements by the architectures follow the order T-C > T-B > T-A.",
      "direction_flip", 8, RES, "T-A > T-B > T-C."),
    X("The base model without transfer performs poorly compared to the state-of-the-art "
      "systems.", "negation", 9, SOTA, "It performs competitively."),
    X("The improvement by transfer learning is more substantial when the labeling rate is "
      "higher.", "direction_flip", 7, RES, "When it is lower."),
    X("The paper designs four neural network architectures for cross-domain, "
      "cross-application, and cross-lingual transfer.", "wrong_count", 9, SOTA, "Three."),
    X("On Spanish NER, transfer improves the model from 84.69 to 85.75.", "neighbour_cell", 8,
      T3, "85.77; 85.75 is Lample et al.'s."),
    X("Huang et al. (2015) report 91.2 on CoNLL 2003.", "neighbour_cell", 8, T3,
      "90.10; 91.2 is Luo et al.'s."),
    X("The Twitter POS tagging dev set has 1,627 tokens.", "neighbour_cell", 7, T1,
      "1,362; 1,627 is its test count."),
    X("Gillick et al. (2015) reach 82.95 on Dutch NER.", "neighbour_cell", 8, T3,
      "82.84; 82.95 is their Spanish cell."),
    # --- unverified --------------------------------------------------------------------------
    U("Transfer from PTB to Genia with T-A at a labeling rate of 0.1 reaches 92.62.", 7, T2,
      "Table 2 prints Genia/0.001 only; other rates are in Figure 2."),
    U("The CoNLL 2000 chunking benchmark has 47,377 dev tokens.", 7, T1,
      "Its dev column prints a dash; 47,377 is its test count."),
    U("Passos et al. (2014) report 90.90 on Spanish NER.", 8, T3,
      "Dash under Spanish; 90.90 is their CoNLL 2003 cell."),
    U("Without transfer, the model reaches 97.55 on PTB 2003 with GloVe embeddings.", 8, SOTA,
      "The embeddings chosen per task are not reported."),
    U("Transfer from PTB to Twitter/0.1 with T-B gains 8.85 points.", 7, T2,
      "Only T-A is reported for that pair; 8.85 is T-A's."),
    U("On Twitter NER with 0.01 labels, transfer improves results by more than 8%.", 7, RES,
      "The text gives more than 8% for 0.1 labels."),
    U("Cross-lingual transfer from CoNLL03 to Dutch/0.01 gains 0.59 points.", 7, T2,
      "No Dutch target in Table 2; 0.59 is Spanish/0.01's."),
    U("With T-A, transfer from CoNLL03 to Genia/0.001 reaches 87.47.", 7, T2,
      "CoNLL03 to Genia is reported with T-B (dom&app) only."),
    U("An ensemble of the transfer models reaches 91.26 on CoNLL 2003.", 8, T3,
      "No ensemble is reported."),
    U("Transferring from PTB to Genia gives a tagging accuracy of 92% with 0.1 labels.", 7, RES,
      "92% is said for 0.001 labels; 0.1 is not given."),
    U("With GloVe embeddings, the model reaches 91.26 on CoNLL 2003.", 8, SOTA,
      "Which embedding gave the cell is not reported."),
)

# Fourth batch (labelled from the page images before it ran; first run after the fixes).
ROWS = ROWS + (
    C("With 0.1 labels, transfer from CoNLL03 with T-A improves Twitter NER by 8.59 points.",
      "table_cell", 7, T2, "CoNLL03 Twitter/0.1 T-A dom: Delta 8.59."),
    X("The Dutch NER model uses 50-dimensional SENNA embeddings.", "wrong_number", 8, SOTA,
      "Spanish and Dutch use the 64-dimensional Polyglot embeddings."),
    X("The Twitter POS tagger uses 64-dimensional word embeddings.", "wrong_number", 7, SET,
      "Twitter is English: 50; 64 is Spanish's."),
    X("The initial learning rate for AdaGrad is fixed at 0.001.", "wrong_number", 8, SOTA,
      "Fixed at 0.01."),
    U("On CoNLL 2003, the model with transfer reaches 91.26 F1 on the development set.", 8, T3,
      "Table 3 does not say dev; the development set is used for tuning."),
    U("Transfer from PTB to Twitter/0.01 with T-A reaches 83.65.", 7, T2,
      "Table 2 prints Twitter/0.1; 0.01 is not reported."),
    U("Without transfer, Twitter/0.1 POS tagging scores 74.80 with T-B.", 7, T2,
      "No T-B row for Twitter; the No Transfer column has no architecture."),
    U("Collobert et al. (2011) report 97.29 on PTB 2003 with SENNA embeddings.", 8, T3,
      "Which embeddings the cited row used is not stated."),
    U("Transfer from Spanish to CoNLL03/0.01 with T-B improves by 3.97.", 7, T2,
      "That pair is reported with T-C only."),
    U("T-A transfer from PTB to Genia/0.001 takes 3 hours to train.", 7, T2,
      "No training time is reported."),
    U("Lample et al. (2016) report 85.75 on Spanish NER with 64-dimensional Polyglot "
      "embeddings.", 8, T3, "The cited system's embeddings are not stated."),
    U("Without transfer, the model reaches 91.20 on CoNLL 2003 with a learning rate of 0.001.",
      8, T3, "The learning rate is 0.01; no result is given for 0.001."),
)

# Fifth batch (labelled from the page images before it ran).
ROWS = ROWS + (
    U("With transfer, the model reaches 95.41 on CoNLL 2000 with 0.1 labels.", 8, T3,
      "Table 3 gives no labelling rate; 0.1 labels are Figure 2's."),
)

REPORT = LabelledReport(
    file="02_transfer_tagging.txt",
    title="Hierarchical Recurrent Networks for Transfer in Sequence Tagging",
    date="2027-08-02",
    examines="cross-domain, cross-application and cross-lingual transfer for taggers",
    research_question="How much does parameter sharing help low-resource sequence tagging?",
    references=(TL,),
    rows=ROWS,
    quality_score=6.8,
)
