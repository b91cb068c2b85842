"""Held-out-14 report 1 (Markdown): Conneau, Kiela, Schwenk, Barrault, Bordes, Supervised
Learning of Universal Sentence Representations from Natural Language Inference Data (EMNLP 2017,
arXiv 1705.02364v5, two columns). Table 3 (page 6) crosses seven encoders with their size, SNLI
dev/test accuracy and micro/macro transfer scores; Table 4 (page 7) crosses 24 models in four
groups with ten transfer tasks, MRPC and STS14 cells holding two numbers ("76.2/83.1",
".70/.67"), "-" for tasks not reported; Table 5 (page 8) gives COCO caption and image retrieval
recalls. Natural claims as a synthesis report states them, labelled from the page images (110
dpi, tables at 220 dpi) and `pdftotext -layout` (to copy digits) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

IS = "1705.02364"  # Conneau et al., InferSent; EMNLP 2017

T3 = ("Table 3 (sentence encoders on SNLI and aggregated transfer tasks; columns dim, NLI dev, "
      "NLI test, Transfer micro, Transfer macro): LSTM 2048 81.9 80.7 79.5 78.6; GRU 4096 82.4 "
      "81.8 81.7 80.9; BiGRU-last 4096 81.3 80.9 82.9 81.7; BiLSTM-Mean 4096 79.0 78.2 83.1 "
      "81.7; Inner-attention 4096 82.3 82.5 82.1 81.0; HConvNet 4096 83.7 83.4 82.0 80.9; "
      "BiLSTM-Max 4096 85.0 84.5 85.2 83.7")
T4 = ("Table 4 (transfer test results; columns MR, CR, SUBJ, MPQA, SST, TREC, MRPC acc/F1, "
      "SICK-R, SICK-E, STS14 Pearson/Spearman)")
SNLI = f"{T4}: BiLSTM-Max (on SNLI) 79.9 84.6 92.1 89.8 83.3 88.7 75.1/82.3 0.885 86.3 .68/.65"
ALL = f"{T4}: BiLSTM-Max (on AllNLI) 81.1 86.3 92.4 90.2 84.6 88.2 76.2/83.1 0.884 86.3 .70/.67"
ST = (f"{T4}: SkipThought 76.5 80.1 93.6 87.1 82.0 92.2 73.0/82.0 0.858 82.3 .29/.35; "
      "SkipThought-LN 79.4 83.1 93.7 89.3 82.9 88.4 - 0.858 79.5 .44/.45")
BOW = (f"{T4}: word2vec BOW 77.7 79.8 90.9 88.3 79.7 83.6 72.5/81.4 0.803 78.7 .65/.64; "
       "fastText BOW 78.3 81.0 92.4 87.8 81.9 84.8 73.9/82.0 0.815 78.3 .63/.62; GloVe BOW "
       "78.7 78.5 91.6 87.6 79.8 83.6 72.1/80.9 0.800 78.6 .54/.56; GloVe Positional Encoding "
       "78.3 77.4 91.1 87.1 80.6 83.3 72.5/81.2 0.799 77.9 .51/.54; BiLSTM-Max (untrained) 77.5 "
       "81.3 89.6 88.7 80.7 85.8 73.2/81.6 0.860 83.4 .39/.48")
ADA = f"{T4}: AdaSent 83.1 86.3 95.5 93.3 - 92.4 - - - -"
T5 = ("Table 5 (COCO retrieval; caption retrieval R@1 R@5 R@10 Med r, image retrieval R@1 R@5 "
      "R@10 Med r): Order-embeddings 46.7 - 88.9 2 / 37.9 - 85.9 2; SkipThought + VGG19 (82k) "
      "33.8 67.7 82.1 3 / 25.9 60.0 74.6 4; SkipThought + ResNet101 (113k) 37.9 72.2 84.3 2 / "
      "30.6 66.2 81.0 3; BiLSTM-Max (on SNLI) + ResNet101 (113k) 42.4 76.1 87.0 2 / 33.2 69.7 "
      "83.6 3; BiLSTM-Max (on AllNLI) + ResNet101 (113k) 42.6 75.3 87.3 2 / 33.9 69.7 83.8 3")
SICK = ("Section 5.2, Domain adaptation on SICK tasks (page 8): 'We obtain a pearson score of "
        "0.885 on SICK-R while (Tai et al., 2015) obtained 0.868, and we obtain 86.3% test "
        "accuracy on SICK-E while previous best hand-engineered models (Lai and Hockenmaier, "
        "2014) obtained 84.5%.'")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.31, "confirmed", cat, IS, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.28, "contradicted", cat, IS, page, ev, why)


def U(text, page, ev, why, cat="unsupported_relation"):
    return Row(text, True, 0.2, "unverified", cat, IS, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("Trained on SNLI, the BiLSTM-Max encoder reaches 79.9 on MR and 84.6 on CR in transfer.",
      "table_cell", 7, SNLI),
    C("With AllNLI training, BiLSTM-Max scores 86.3 on CR, the same as the supervised AdaSent.",
      "table_cell", 7, f"{ALL}; {ADA}", "Both CR cells are 86.3."),
    C("SkipThought-LN scores 93.7 on SUBJ, above the 92.1 of BiLSTM-Max trained on SNLI.",
      "table_cell", 7, f"{ST}; {SNLI}"),
    C("On MRPC, the AllNLI-trained BiLSTM-Max reaches 76.2% accuracy and an F1 of 83.1.",
      "table_cell", 7, ALL, "The MRPC cell prints accuracy/F1, 76.2/83.1."),
    C("On STS14, BiLSTM-Max trained on SNLI obtains Pearson/Spearman correlations of .68/.65.",
      "table_cell", 7, SNLI),
    C("In the architecture comparison, BiLSTM-Max with 4096 dimensions reaches 85.0 on the SNLI "
      "dev set and 84.5 on test.", "table_cell", 6, T3),
    C("Mean pooling gives the lowest SNLI test accuracy of the seven encoders, 78.2.",
      "table_cell", 6, T3, "78.2 is the smallest NLI test cell (the others 80.7 to 84.5)."),
    C("The hierarchical ConvNet reaches 83.4 SNLI test accuracy but only 80.9 macro transfer "
      "score.", "table_cell", 6, T3),
    C("The plain LSTM encoder uses 2048-dimensional embeddings, while the other six encoders use "
      "4096.", "table_cell", 6, T3),
    C("On COCO, the SNLI-trained encoder with ResNet-101 features pushes caption retrieval R@1 "
      "from 37.9 to 42.4.", "text_number", 9, "Section 5.2, Image-caption retrieval results "
      "(pages 8-9): 'Our approach pushes the results even further, from 37.9 to 42.4 on caption "
      f"retrieval'; {T5}"),
    C("Image retrieval R@10 reaches 83.8 when the encoder is trained on AllNLI.", "table_cell", 8,
      T5),
    C("Order-embeddings retrieve captions with an R@1 of 46.7, higher than any pre-trained "
      "sentence representation in the COCO comparison.", "table_cell", 8, T5,
      "46.7 against at most 42.6 for the pre-trained rows."),
    C("The NLI-trained encoder obtains a Pearson score of 0.885 on SICK-R, against 0.868 for the "
      "Tree-LSTM of Tai et al.", "text_number", 8, SICK),
    C("On SICK-E the encoder obtains 86.3% test accuracy, while the best hand-engineered system "
      "obtained 84.5%.", "text_number", 8, SICK),
    C("SNLI contains 570k human-generated English sentence pairs.", "text_number", 2,
      "Section 3.1 (page 2): 'The SNLI dataset consists of 570k human-generated English "
      "sentence pairs'"),
    C("MultiNLI adds 433K sentence pairs from ten distinct genres.", "text_number", 9,
      "Section 5.2, MultiGenre NLI (page 9): 'With 433K sentence pairs, MultiNLI improves upon "
      "SNLI in its coverage: it contains ten distinct genres'"),
    C("The SNLI encoders are trained with SGD at a learning rate of 0.1 and mini-batches of 64.",
      "text_number", 4, "Section 3.3 (page 4): 'we use SGD with a learning rate of 0.1 and a "
      "weight decay of 0.99 ... We use mini-batches of size 64'"),
    C("Trained on SST, the encoder obtained 83.4 on MR, a result left out of the transfer table "
      "for fairness.", "text_number", 7, "Table 4 caption (page 7): '(*) Our model trained on "
      "SST obtained 83.4 for MR and 86.0 for SST ..., which we do not put in the tables for fair "
      "comparison with transfer methods.'"),
    C("With Adam instead of SGD, BiLSTM-Max converged in half as many epochs on SNLI but "
      "transferred worse.", "paraphrase", 6, "Section 5.1 (page 6): 'when training with Adam "
      "instead of SGD, we observed that the BiLSTM-max converged faster on SNLI (5 epochs "
      "instead of 10), but obtained worse results on the transfer tasks'"),
    C("The encoder trains in under a day on one GPU, whereas the best SkipThought-LN network "
      "trained for a month.", "paraphrase", 8, "Section 5.2 (page 8): 'We train our model in "
      "less than a day on a single GPU compared to the best SkipThought-LN network trained for "
      "a month.'"),
    C("Higher SNLI accuracy does not necessarily mean better transfer, as inner-attention versus "
      "BiLSTM-Mean shows.", "paraphrase", 6, "Section 5.1 (page 6): 'better performance on the "
      "training task does not necessarily translate in better results on the transfer tasks "
      "like when comparing inner-attention and BiLSTM-Mean'"),
    C("Moving from SNLI to AllNLI training adds 1.2 points on MR, from 79.9 to 81.1.",
      "cell_arithmetic", 7, f"{SNLI}; {ALL}", "81.1 - 79.9 = 1.2."),
    C("Max pooling beats mean pooling by 6.3 points of SNLI test accuracy (84.5 against 78.2).",
      "cell_arithmetic", 6, T3, "84.5 - 78.2 = 6.3."),
    C("SkipThought's caption R@1 improves by 4.1 points when moving from VGG19 to ResNet-101 "
      "features.", "cell_arithmetic", 8, T5, "37.9 - 33.8 = 4.1 (also 'going from 33.8 to "
      "37.9' in the text)."),
    C("GloVe bag-of-words reaches 78.7 on MR, the best MR score among the unordered "
      "unsupervised models.", "table_cell", 7, BOW, "78.7 is the highest MR cell of the group "
      "(printed in bold)."),
    C("fastText BOW reaches 81.9 on SST.", "table_cell", 7, BOW),
    # --- contradicted ------------------------------------------------------------------------
    X("BiLSTM-Max trained on SNLI reaches 88.2 on TREC.", "neighbour_cell", 7, f"{SNLI}; {ALL}",
      "Its TREC cell is 88.7; 88.2 is the AllNLI row's."),
    X("SkipThought-LN scores 82.3 on SICK-E.", "neighbour_cell", 7, ST,
      "SkipThought-LN's SICK-E is 79.5; 82.3 is SkipThought's, the row above."),
    X("In the architecture comparison, the GRU encoder reaches 81.7 SNLI test accuracy.",
      "neighbour_cell", 6, T3, "GRU's NLI test cell is 81.8; 81.7 is its micro transfer "
      "score."),
    X("Trained on AllNLI, the encoder reaches an image retrieval R@1 of 33.2.", "neighbour_cell",
      8, T5, "AllNLI's image R@1 is 33.9; 33.2 is the SNLI row's."),
    X("On MPQA, the AllNLI-trained BiLSTM-Max scores 92.0.", "transposed_digits", 7, ALL,
      "The MPQA cell is 90.2."),
    X("BiLSTM-Max reaches a macro transfer score of 87.3 in the architecture comparison.",
      "transposed_digits", 6, T3, "Its macro cell is 83.7."),
    X("Trained on SNLI, BiLSTM-Max falls behind SkipThought-LN on CR.", "direction_flip", 7,
      f"{SNLI}; {ST}; Section 5.2 (page 8): 'it also performs better than SkipThought-LN on "
      "MR, CR and MPQA'", "84.6 against 83.1: it is ahead."),
    X("Adding MultiNLI to the training data lowers the encoder's SST accuracy.",
      "direction_flip", 7, f"{SNLI}; {ALL}", "SST rises from 83.3 (SNLI) to 84.6 (AllNLI)."),
    X("The study compares five different sentence encoder architectures.", "wrong_count", 3,
      "Section 3.2 (page 3): 'We compare 7 different architectures'; Table 3 lists seven.",
      "Seven, not five."),
    X("The classification benchmarks of the evaluation comprise eight tasks.", "wrong_count", 5,
      "Table 1 (page 5): MR, CR, SUBJ, MPQA, TREC, SST", "Table 1 lists six classification "
      "tasks."),
    X("SkipThought was trained on 64 billion sentences, against 570k for the NLI encoder.",
      "wrong_number", 8, "Section 5.2 (page 8): 'With much less data (570k compared to 64M "
      "sentences)'", "64 million, not 64 billion."),
    X("The NLI encoder does not outperform the released SkipThought vectors on SICK-R.",
      "negation", 8, f"Section 5.2 (page 8): 'Our BiLSTM-max trained on SNLI performs much "
      f"better than released SkipThought vectors on MR, CR, MPQA, SST, MRPC-accuracy, SICK-R, "
      f"SICK-E and STS14'; {SNLI}; {ST}", "It does: 0.885 against 0.858."),
    X("Training on AllNLI brings no overall gain over the model trained on SNLI alone.",
      "negation", 9, "Section 5.2, MultiGenre NLI (page 9): 'We observe a significant boost in "
      "performance overall compared to the model trained only on SLNI.'",
      "The paper reports a significant overall boost."),
    X("AllNLI training improves the STS14 Pearson correlation by 0.05 over SNLI training.",
      "cell_arithmetic", 7, f"{SNLI}; {ALL}", ".70 - .68 = .02, not .05."),
    X("On STS14, the AllNLI encoder reaches a Pearson score of 0.75, on par with "
      "paragram-phrase embeddings.", "wrong_number", 9, "Section 5.2 (page 9): 'On semantic "
      "textual similarity STS14, we are also competitive with PPDB based paragram-phrase "
      "embeddings with a pearson score of 0.70.'", "0.70, not 0.75."),
    # --- unverified --------------------------------------------------------------------------
    U("BiLSTM-Max reaches 88.7 on TREC because max pooling picks out the question word.", 7,
      SNLI, "The cell is right; the paper gives no such reason."),
    U("Trained on MultiNLI alone, BiLSTM-Max reaches 84.0 on SST.", 7, f"{SNLI}; {ALL}",
      "Only SNLI and SNLI+MultiNLI (AllNLI) training are reported."),
    U("A 2048-dimensional BiLSTM-Max reaches 84.5 on SNLI test.", 6, T3,
      "84.5 is the 4096-dimensional BiLSTM-Max; smaller sizes appear only in Figure 5, as "
      "transfer scores, without SNLI test accuracy."),
    U("With ResNet-152 features, the SNLI encoder reaches an image retrieval R@1 of 33.2.", 8,
      T5, "Only VGG19 and ResNet-101 features are used; 33.2 is with ResNet-101."),
    U("SkipThought-LN reaches 73.0% accuracy on MRPC.", 7, ST, "SkipThought-LN's MRPC cell is "
      "'-' (not reported); 73.0 is SkipThought's."),
    U("GloVe positional encoding reaches 0.799 on SICK-R because word order helps relatedness.",
      7, BOW, "The cell is right; the paper never ties it to word order."),
    U("The SNLI-trained BiLSTM-Max reaches 79.0 on five-class SST fine-grained sentiment.", 5,
      f"Table 1 (page 5): SST, 70k, sentiment (movies), C = 2; {SNLI}",
      "Only the binary SST task is evaluated."),
    U(cut("On the SICK entailment task, the SNLI-trained BiLSTM-Max encoder reaches 86.3% "
          "accuracy, which is 1.8 points above the previous best hand-engineered system."), 8,
      SICK, "Cut before the system the margin is measured against; it cannot be judged whole.",
      "truncated"),
    U(cut("Among the models trained on unordered sentences, the untrained BiLSTM-Max gets the "
          "best SICK-R score, 0.860, ahead of fastText BOW at 0.815."), 7, BOW,
      "Cut before the score of the model it is compared with; it cannot be judged whole.",
      "truncated"),
)

REPORT = LabelledReport(
    file="01_infersent_transfer.md",
    title="Supervised Sentence Encoders: Transfer from Natural Language Inference",
    date="2027-06-02",
    examines="sentence encoders trained on NLI data and evaluated on transfer tasks",
    research_question="Do sentence representations trained on SNLI transfer better than "
                      "unsupervised ones?",
    references=(IS,),
    rows=ROWS,
    quality_score=7.3,
)
