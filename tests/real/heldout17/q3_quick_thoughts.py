"""Held-out-17 report 3 (PDF): Logeswaran and Lee, An Efficient Framework for Learning
Sentence Representations (ICLR 2018, arXiv 1803.02893v1, one column, 16 pages). Table 1
(page 6) compares unsupervised sentence representations over MR CR SUBJ MPQA TREC, MSRP
(Acc, F1) and SICK (r, rho, MSE), with a dimension and a training-time column and three
sections in which the row labels combine-cnn, combine-QT and MC-QT each recur; Tables 2 and 3
(page 7) supervised methods and an ensemble; Table 4 (page 8) COCO image-caption retrieval,
Image Annotation and Image Search side by side; Table 8 (page 14) STS14 Pearson scores;
Table 9 (page 16) embedding size, training time and mean accuracy. Natural claims: cells of
the recurring rows (BookCorpus only or BookCorpus + UMBC), the neighbouring row's cell,
differences of cells, setup numbers of page 5, counts, reversed comparisons, N/A and dashes,
columns the table lacks. Labelled from the page images (110 dpi, Table 1 zoomed at 200 dpi)
and `pdftotext -layout` (to copy digits) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

QT = "1803.02893"  # Logeswaran and Lee; ICLR 2018

T1 = ("Table 1 (page 6; columns Dim, Training time (h), MR CR SUBJ MPQA TREC, MSRP (Acc) (F1), "
      "SICK r rho MSE): GloVe BoW 300 - 78.1 80.4 91.9 87.8 85.2 72.5 81.1 0.764 0.687 0.425; "
      "section 'Trained from scratch on BookCorpus data': SDAE 2400 192 67.6 74.0 89.3 81.3 "
      "77.6 76.4 83.4 N/A N/A N/A; FastSent <500 2* 71.8 78.4 88.7 81.5 76.8 72.2 80.3 N/A; "
      "ParagraphVec <500 4* 61.5 68.6 76.4 78.1 55.8 73.6 81.9 N/A; uni-skip 2400 336 75.5 79.3 "
      "92.1 86.9 91.4 73.0 81.9 0.848 0.778 0.287; bi-skip 2400 336 73.9 77.9 92.5 83.3 89.4 "
      "71.2 81.2 0.841 0.770 0.300; combine-skip 4800 336+ 76.5 80.1 93.6 87.1 92.2 73.0 82.0 "
      "0.858 0.792 0.269; combine-cnn 4800 - 77.2 80.9 93.1 89.1 91.8 75.5 82.6 0.853 0.789 "
      "0.279; uni-QT 2400 11 77.2 82.8 92.4 87.2 90.6 74.7 82.7 0.844 0.778 0.293; bi-QT 2400 9 "
      "77.0 83.5 92.3 87.5 89.4 74.8 82.9 0.855 0.787 0.274; combine-QT 4800 11+ 78.2 84.4 93.3 "
      "88.0 90.8 76.2 83.5 0.860 0.796 0.267; section 'Trained on BookCorpus, pre-trained word "
      "vectors are used': combine-cnn 4800 - 77.8 82.1 93.6 89.4 92.6 76.5 83.8 0.862 0.798 "
      "0.267; MC-QT 4800 11 80.4 85.2 93.9 89.4 92.8 76.9 84.0 0.868 0.801 0.256; section "
      "'Trained on (BookCorpus + UMBC) data': combine-QT 4800 28 81.3 84.5 94.6 89.5 92.4 75.9 "
      "83.3 0.871 0.807 0.247; MC-QT 4800 28 82.4 86.0 94.8 90.2 92.4 76.9 84.0 0.874 0.811 "
      "0.243")
T23 = ("Table 2 (page 7; columns MR CR SUBJ MPQA SST TREC MSRP (Acc F1) SICK): CaptionRep 61.9 "
       "69.3 77.4 70.8 - 72.2 - - -; DictRep 76.7 78.7 90.7 87.2 - 81.0 68.4 76.8 -; NMT "
       "En-to-Fr 64.7 70.1 84.9 81.5 - 82.8 - - -; InferSent 81.1 86.3 92.4 90.2 84.6 88.2 76.2 "
       "83.1 0.884; MC-QT 82.4 86.0 94.8 90.2 87.6 92.4 76.9 84.0 0.874. Table 3 (page 7): "
       "Ensemble 82.7 86.7 95.5 90.3 88.2 93.4 78.5 85.1 0.881; task specific: AdaSent 83.1 "
       "86.3 95.5 93.3 - 92.4 - - -; CNN 81.5 85.0 93.4 89.6 88.1 93.6 - - -; TF-KLD ... 80.4 "
       "85.9 -; DT-LSTM ... 0.868. Text: Our multichannel model trained on the (BookCorpus + "
       "UMBC) data outperforms InferSent in most of the tasks, with most significant margins "
       "in the SST and TREC tasks.")
T4 = ("Table 4 (page 8; COCO Retrieval; Image Annotation R@1 R@5 R@10 Med r, Image Search R@1 "
      "R@5 R@10 Med r): Combine-skip 33.8 67.7 82.1 3 | 25.9 60.0 74.6 4; Combine-cnn 34.4 - - "
      "3 | 26.6 - - 4; MC-QT 37.1 72.0 84.7 2 | 27.9 63.3 78.3 3; DVSA 38.4 69.6 80.5 1 | 27.4 "
      "60.2 74.8 3; GMM+HGLMM 39.4 67.9 80.9 2 | 25.1 59.8 76.6 4; m-RNN 41.0 73.0 83.5 2 | 29.0 "
      "42.2 77.0 3; Order 46.7 88.9 - 2 | 37.9 85.9 - 2. Text (page 8): the ensemble model ... "
      "outperforming them in 3 out of the 8 tasks. The training, validation and test sets "
      "respectively consist of 113,287, 5000, 5000 images, each annotated with 5 captions.")
DATA = ("Section 4.2-4.3 (page 5): the 7000 novels of the BookCorpus dataset ... about 45M "
        "ordered sentences ... the UMBC corpus ... has 129M sentences ... case-sensitive "
        "vocabularies of sizes 50k and 100k for the two datasets respectively. A context size "
        "of 3 was used ... a batch size of 400 and learning rate of 5e-4 with the Adam "
        "optimizer ... Word embeddings are initialized from U[-0.1, 0.1].")
EFF = ("Pages 6-7: UMBC data ... We observe strict improvements on a majority of the tasks "
       "compared to our BookCorpus models. ... Our RNN based implementation ... fits within 3GB "
       "of GPU memory.")
T8 = ("Table 8 (page 14; STS14 Pearson; News Forum WordNet Tweets Images Headlines Overall): "
      "SDAE 0.04 0.13 0.24 0.42 0.38 0.36 0.15; Skip-Thoughts 0.45 0.12 0.35 0.36 0.62 0.36 "
      "0.39; QT (RNN) 0.48 0.15 0.53 0.62 0.53 0.48 0.49; BoW Models: CBOW 0.61 0.44 0.69 0.75 "
      "0.73 0.59 0.65; Skipgram 0.59 0.42 0.70 0.74 0.67 0.58 0.63; FastSent 0.59 0.36 0.70 "
      "0.66 0.78 0.59 0.64; Siamese CBOW 0.59 0.41 0.61 0.73 0.65 0.64 0.62; QT (BoW) 0.62 0.37 "
      "0.76 0.67 0.76 0.60 0.65. Text: Training this model on the BookCorpus dataset takes 2 "
      "hours on a Titan X GPU.")
T9 = ("Table 9 (page 16; MC-QT trained on BookCorpus; Embedding size, Training time (h), "
      "Performance = mean accuracy over MSRP, TREC, MR, CR, SUBJ, MPQA): 1600 4 84.57; 2400 4.7 "
      "85.12; 3200 6 85.74; 4000 7.15 86.09; 4800 8.5 86.43; 5600 10.15 86.72. Text: The "
      "4800-dimensional Skip-thought model and Combine-CNN model achieve mean accuracies of "
      "83.75 and 85.33 respectively.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, QT, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, QT, page, ev, why)


def U(text, page, ev, why, cat="unsupported_relation"):
    return Row(text, True, 0.18, "unverified", cat, QT, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("Trained on BookCorpus with pre-trained word vectors, MC-QT reaches 80.4 on MR.",
      "table_cell", 6, T1),
    C("uni-QT trains in 11 hours and bi-QT in 9 hours.", "table_cell", 6, T1),
    C("Trained from scratch on BookCorpus, combine-QT reaches 84.4 on CR.", "table_cell", 6, T1),
    C("The denoising autoencoder SDAE reaches 76.4 accuracy on MSRP.", "table_cell", 6, T1),
    C("A GloVe bag-of-words baseline obtains 85.2 on TREC.", "table_cell", 6, T1),
    C("uni-skip reaches a SICK Pearson r of 0.848.", "table_cell", 6, T1),
    C("Trained on BookCorpus plus UMBC, MC-QT reaches 90.2 on MPQA.", "table_cell", 6, T1),
    C("With BookCorpus and UMBC data, combine-QT obtains 94.6 on SUBJ.", "table_cell", 6, T1),
    C("Trained on BookCorpus and UMBC, MC-QT brings the SICK MSE down to 0.243.", "table_cell",
      6, T1),
    C("The skip-thought models (uni-skip, bi-skip) take 336 hours to train.", "table_cell", 6,
      T1),
    C("Adding the UMBC data lifts MC-QT on MR by 2.0 points.", "cell_arithmetic", 6, T1,
      "82.4 - 80.4 = 2.0."),
    C("bi-QT beats bi-skip by 5.6 points on CR.", "cell_arithmetic", 6, T1,
      "83.5 - 77.9 = 5.6."),
    C("InferSent reaches 84.6 on SST.", "table_cell", 7, T23),
    C("On TREC, MC-QT beats InferSent by 4.2 points.", "cell_arithmetic", 7, T23,
      "92.4 - 88.2 = 4.2."),
    C("DictRep scores 68.4 and 76.8 on MSRP.", "table_cell", 7, T23),
    C("The QT ensemble reaches 95.5 on SUBJ.", "table_cell", 7, T23),
    C("Kim's task-specific CNN reaches 93.6 on TREC.", "table_cell", 7, T23),
    C("On COCO image annotation, MC-QT reaches an R@1 of 37.1 and an R@10 of 84.7.",
      "table_cell", 8, T4),
    C("Order embeddings reach an R@5 of 85.9 for image search.", "table_cell", 8, T4),
    C("The COCO split has 113,287 training images and 5000 each for validation and test.",
      "text_number", 8, T4),
    C("The ensemble outperforms the best task-specific methods in 3 of the 8 tasks.",
      "text_number", 8, T4),
    C("BookCorpus consists of 7000 novels with about 45M ordered sentences.", "text_number", 5,
      DATA),
    C("UMBC has 129M sentences.", "text_number", 5, DATA),
    C("Training uses a batch size of 400 and a learning rate of 5e-4 with Adam.", "text_number",
      5, DATA),
    C("Word embeddings are initialized uniformly from [-0.1, 0.1].", "text_number", 5, DATA),
    C("The vocabularies have 50k words for BookCorpus and 100k for UMBC.", "paraphrase", 5, DATA),
    C("The RNN implementation fits within 3GB of GPU memory.", "text_number", 7, EFF),
    C("On STS14, the RNN-based QT encoder reaches an overall Pearson score of 0.49.",
      "table_cell", 14, T8),
    C("QT (BoW) reaches 0.62 on the STS14 News subset.", "table_cell", 14, T8),
    C("The 4800-dimensional skip-thought model reaches a mean accuracy of 83.75.",
      "text_number", 16, T9),
    C("A 3200-dimensional MC-QT trains in 6 hours and reaches a mean accuracy of 85.74.",
      "table_cell", 16, T9),
    C("Going from 1600 to 5600 dimensions raises MC-QT's mean accuracy by 2.15 points.",
      "cell_arithmetic", 16, T9, "86.72 - 84.57 = 2.15."),
    C("The BoW encoder trains on BookCorpus in 2 hours on a Titan X GPU.", "text_number", 14,
      T8),
    # --- contradicted ------------------------------------------------------------------------
    X("Trained on BookCorpus alone with pre-trained word vectors, MC-QT reaches 82.4 on MR.",
      "neighbour_cell", 6, T1, "80.4; 82.4 is MC-QT trained on BookCorpus + UMBC."),
    X("Trained from scratch on BookCorpus, combine-QT reaches 84.5 on CR.", "neighbour_cell", 6,
      T1, "84.4; 84.5 is combine-QT trained on BookCorpus + UMBC."),
    X("bi-QT trains in 11 hours.", "neighbour_cell", 6, T1, "9; 11 is uni-QT's."),
    X("InferSent reaches 0.874 on SICK.", "neighbour_cell", 7, T23,
      "0.884; 0.874 is MC-QT's, the row below."),
    X("For COCO image search, MC-QT reaches an R@1 of 37.1.", "neighbour_cell", 8, T4,
      "27.9; 37.1 is its image annotation R@1."),
    X("Training uses a batch size of 40.", "wrong_number", 5, DATA, "400."),
    X("UMBC has 192M sentences.", "transposed_digits", 5, DATA, "129M."),
    X("The ensemble outperforms the best task-specific methods in 5 of the 8 tasks.",
      "wrong_count", 8, T4, "3 out of the 8."),
    X("FastSent takes 4 hours to train.", "neighbour_cell", 6, T1,
      "2* (2h); 4* is ParagraphVec's, the row below."),
    X("InferSent outperforms MC-QT on most of the tasks.", "direction_flip", 7, T23,
      "MC-QT outperforms InferSent in most of the tasks."),
    X("A 4800-dimensional MC-QT takes 10.15 hours to train.", "neighbour_cell", 16, T9,
      "8.5; 10.15 is the 5600-dimensional model's."),
    X("QT (BoW) reaches an overall STS14 Pearson score of 0.63.", "neighbour_cell", 14, T8,
      "0.65; 0.63 is Skipgram's, in the same block of BoW models."),
    X("Adding the UMBC data brought no improvement on any task over the BookCorpus models.",
      "negation", 6, EFF, "strict improvements on a majority of the tasks."),
    X("On TREC, MC-QT beats InferSent by 3.2 points.", "cell_arithmetic", 7, T23,
      "92.4 - 88.2 = 4.2."),
    # --- unverified --------------------------------------------------------------------------
    U("Trained on BookCorpus alone, MC-QT reaches 87.6 on SST.", 6, f"{T1}. {T23}",
      "Table 1 has no SST column; Table 2's 87.6 is the model trained on BookCorpus + UMBC."),
    U("uni-QT reaches 85.0 on SST.", 6, T1, "No SST figure is given for uni-QT."),
    U("combine-cnn takes 200 hours to train.", 6, T1,
      "combine-cnn's training time is a dash."),
    U("FastSent reaches a SICK Pearson r of 0.764.", 6, T1,
      "FastSent's SICK cells are N/A; 0.764 is GloVe BoW's."),
    U("On Flickr30k image annotation, MC-QT reaches an R@1 of 37.1.", 8, T4,
      "Table 4 is COCO only; no Flickr30k result is reported."),
    U("Combine-cnn reaches an R@5 of 67.7 for image annotation.", 8, T4,
      "Combine-cnn's R@5 is a dash; 67.7 is Combine-skip's."),
    U("With a context size of 5, MC-QT reaches 80.4 on MR.", 5, f"{DATA}. {T1}",
      "A context size of 3 was used; no run with 5 is reported."),
    U("The 2400-dimensional MC-QT trained on BookCorpus and UMBC reaches a mean accuracy of "
      "85.12.", 16, T9, "Table 9's models were trained on BookCorpus only."),
    U("Order embeddings reach an R@10 of 90.2 for image annotation.", 8, T4,
      "Order's R@10 cells are dashes."),
    U(cut("Trained on the pooled BookCorpus and UMBC data with pre-trained GloVe vectors and a "
          "context size of three, the multichannel model reaches 94.8 on SUBJ."), 6, T1,
      "Cut before the numbers: what the model reaches is not printed (the part before the cut "
      "is right).", cat="truncated"),
)

REPORT = LabelledReport(
    file="03_quick_thoughts.pdf",
    title="Quick Thoughts: Learning Sentence Representations by Classifying Contexts",
    date="2027-08-16",
    examines="sentence encoders trained to pick the context sentence among contrastive "
             "candidates, against skip-thoughts and supervised representations",
    research_question="Can a classification objective replace the decoder of skip-thought "
                      "vectors and train faster?",
    references=(QT,),
    rows=ROWS,
    quality_score=7.4,
)
