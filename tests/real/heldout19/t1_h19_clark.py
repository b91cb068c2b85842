"""Held-out-19 report 1 (Markdown): Clark and Gardner, Simple and Effective Multi-Paragraph
Reading Comprehension (arXiv 1710.10723v2; two columns, 11 pages). Table 2 (page 6) is a
pipeline ablation on TriviaQA web (EM, F1); Table 3 (page 7) published TriviaQA results with
"All" and "Verified" column groups (EM, F1 each); Table 4 (page 8) SQuAD dev and test EM / F1
of five training methods, with dashes; the text gives the selection, sampling and
implementation settings and the document-level SQuAD figures. Labelled from the page images
(110 dpi; tables read at 110 dpi and checked against the text layer) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

CG = "1710.10723"  # Clark and Gardner, Simple and Effective Multi-Paragraph RC (2017)

T2 = ("Table 2 (page 6; Results on TriviaQA web using our pipelined method; columns Model, EM, "
      "F1): baseline (Joshi et al., 2017) 41.08 47.40; BiDAF 50.21 56.86; BiDAF + TF-IDF 53.41 "
      "59.18; BiDAF + sum 56.22 61.48; BiDAF + TF-IDF + sum 57.20 62.44; our model + TF-IDF + "
      "sum 61.10 66.04")
T3 = ("Table 3 (page 7; Published TriviaQA results; columns All EM, All F1, Verified EM, "
      "Verified F1): baseline (Joshi et al., 2017) 40.74 47.06 49.54 55.80; MEMEN* (Pan et al., "
      "2017) 43.16 46.90 49.28 55.83; Mnemonic Reader (Hu et al., 2017) 46.94 52.85 54.45 "
      "59.46; Reading Twice for NLU (Weissenborn et al., 2017a) 50.56 56.73 63.20 67.97; S-Norm "
      "(ours) 66.37 71.32 79.97 83.70; *Results on the dev set")
T4 = ("Table 4 (page 8; Results on the standard SQuAD dataset; columns Dev EM, Dev F1, Test EM, "
      "Test F1): none 71.60 80.78 72.14 81.05; sigmoid 70.28 79.05 - -; merge 71.20 80.26 - -; "
      "no-answer 71.51 80.71 - -; shared-norm 71.16 80.23 - -. Caption: Training with the "
      "proposed multi-paragraph approaches only leads to a marginal drop in performance in this "
      "setting.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.31, "confirmed", cat, CG, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.24, "contradicted", cat, CG, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.17, "unverified", "unsupported_relation", CG, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The combined system reaches 71.3 F1 on the web portion of TriviaQA, a large improvement "
      "over the 56.7 F1 of the previous best system.", "text_number", 1,
      "Abstract: 'we are able to achieve a score of 71.3 F1 on the web portion of TriviaQA, a "
      "large improvement from the 56.7 F1 of the previous best system.'"),
    C("Compared with taking the first paragraph of the document, TF-IDF selection raises the "
      "chance that the chosen paragraph contains the correct answer from 83.1% to 85.1% on "
      "TriviaQA web.", "text_number", 2,
      "§2.1: 'Relative to selecting the first paragraph in the document, this improves the "
      "chance of the selected paragraph containing the correct answer from 83.1% to 85.1% on "
      "TriviaQA web.'"),
    C("Characters are embedded into learned vectors of size 20 and passed through a "
      "convolutional network with max-pooling.", "text_number", 3,
      "§2.3: 'We also embed the characters in each word into size 20 vectors which are "
      "learned, and run a convolution neural network followed by max-pooling'"),
    C("Variational dropout is applied to the inputs of all GRUs and attention mechanisms at a "
      "rate of 0.2.", "text_number", 4,
      "§2.3 (pages 3-4): 'We dropout the input to all the GRUs, including the word embeddings, "
      "as well as the input to the attention mechanisms, at a rate of 0.2.'"),
    C("The no-answer score is produced by a two-layer network with an 80-dimensional hidden "
      "layer and ReLU activations.", "text_number", 5,
      "§3.3: 'use them as input to a two layer network with an 80 dimensional hidden layer and "
      "ReLU activations that produces z as its only output.'"),
    C("Rather than subsampling, the authors train on the full 530k question-document training "
      "pairs of TriviaQA web.", "text_number", 5,
      "§4.2: 'for TriviaQA web we do not subsample as was done by Joshi et al. (2017), instead "
      "training on the full 530k question-document training pairs.'"),
    C("TriviaQA documents are split into merged paragraphs of at most 400 tokens unless stated "
      "otherwise.", "text_number", 6,
      "§4.2: 'we merge paragraphs together as needed to get paragraphs of up to a target size. "
      "We use a maximum size of 400 unless stated otherwise.'"),
    C("For TriviaQA unfiltered, paragraphs are ranked with a linear function over five "
      "features.", "text_number", 6,
      "§4.3: 'we use a linear function with five features: the TF-IDF cosine distance, ...'"),
    C("On TriviaQA unfiltered the top 16 paragraphs are selected for each question.",
      "text_number", 6, "§4.3: 'We select the top 16 paragraphs for each question and sample "
      "pairs of paragraphs as before.'"),
    C("Training uses Adadelta with a batch size of 60 for TriviaQA and 45 for SQuAD.",
      "text_number", 6, "§4.4: 'We train the model with the Adadelta optimizer (Zeiler, 2012) "
      "with a batch size 60 for TriviaQA and 45 for SQuAD.'"),
    C("An exponential moving average of the weights with a decay rate of 0.999 is maintained "
      "and used at test time.", "text_number", 6,
      "§4.4: 'During training, we maintain an exponential moving average of the weights with a "
      "decay rate of 0.999. We use the weight averages at test time.'"),
    C("In the pipeline ablation on TriviaQA web, BiDAF + TF-IDF + sum reaches 62.44 F1.",
      "table_cell", 6, T2),
    C("The BiDAF re-implementation without TF-IDF or the sum objective obtains 50.21 EM on "
      "TriviaQA web.", "table_cell", 6, T2),
    C("Swapping BiDAF for the authors' model on top of TF-IDF and the sum objective raises EM "
      "from 57.20 to 61.10, a gain of 3.90 points.", "cell_arithmetic", 6, T2,
      "61.10 - 57.20 = 3.90."),
    C("Adding the summed objective to BiDAF improves F1 on TriviaQA web by 4.62 points.",
      "cell_arithmetic", 6, T2, "BiDAF + sum 61.48 - BiDAF 56.86 = 4.62."),
    C("On the verified TriviaQA web test set, S-Norm scores 79.97 EM.", "table_cell", 7, T3),
    C("Mnemonic Reader reaches 52.85 F1 on the full TriviaQA web test set.", "table_cell", 7,
      T3, "All F1 of Mnemonic Reader."),
    C("S-Norm's F1 on the full test set is 14.59 points higher than that of Reading Twice for "
      "NLU.", "cell_arithmetic", 7, T3, "71.32 - 56.73 = 14.59."),
    C("On standard SQuAD, the model trained without any of the multi-paragraph methods scores "
      "81.05 F1 on the test set.", "table_cell", 8, T4, "Row none, Test F1."),
    C("The no-answer variant obtains 71.51 EM on the SQuAD development set.", "table_cell", 8,
      T4),
    C("In a manual annotation of 500 SQuAD training questions, 67.4% are judged "
      "context-independent.", "text_number", 8,
      "§5.3: 'we manually label 500 random questions from the training set ... We find 67.4% "
      "of the questions to be context-independent'"),
    C("On document-level SQuAD the shared-norm approach peaks at 72.37 F1 and 64.08 EM given 15 "
      "paragraphs.", "text_number", 8,
      "§5.3: 'the shared-norm approach is able to reach a peak performance of 72.37 F1 and "
      "64.08 EM given 15 paragraphs.'"),
    C("Evaluated on the documents of Chen et al. (2017), the model achieves 59.14 EM, well above "
      "the 49.7 EM those authors report.", "text_number", 9,
      "§5.3: 'Our model achieves 59.14 EM and 67.34 F1 on this dataset, which significantly "
      "outperforms the 49.7 EM reported by Chen et al. (2017).'"),
    C("The sigmoid objective substantially lowers paragraph-level performance, above all on the "
      "TriviaQA datasets.", "paraphrase", 9,
      "§5.4: 'The sigmoid objective function reduces the paragraph-level performance "
      "considerably, especially on the TriviaQA datasets.'"),
    C("The pretrained word embeddings are kept frozen throughout training.", "paraphrase", 3,
      "§2.3: 'We do not update the word embeddings during training.'"),
    C("Models trained only on paragraphs that contain the answer can perform very poorly when "
      "they have to read several paragraphs.", "paraphrase", 9,
      "§5.4: 'We found that models that have only been trained on answer-containing paragraphs "
      "can perform very poorly in the multi-paragraph setting.'"),
    C("On document-level SQuAD, the base model's performance begins to drop once more than two "
      "paragraphs are used.", "paraphrase", 8,
      "§5.3: 'The base model starts to drop in performance once more than two paragraphs are "
      "used.'"),
    # --- contradicted ------------------------------------------------------------------------
    X("With 800-token paragraphs at test time, the shared-norm model reaches 66.04 EM and 70.89 "
      "F1 on the TriviaQA web dev set.", "transposed_digits", 7,
      "§5.1: 'allowing our model to reach 66.04 EM and 70.98 F1 on the dev set.'",
      "70.98 printed; 70.89 swaps two digits."),
    X("On the Wikipedia documents used by Chen et al. (2017), the model reaches 67.43 F1.",
      "transposed_digits", 9, "§5.3: 'Our model achieves 59.14 EM and 67.34 F1 on this "
      "dataset'", "67.34 printed."),
    X("BiDAF with TF-IDF paragraph selection reaches 61.48 F1 on TriviaQA web.",
      "neighbour_cell", 6, T2, "BiDAF + TF-IDF has 59.18 F1; 61.48 is BiDAF + sum's, the next "
      "row."),
    X("S-Norm reaches 83.70 EM on the verified TriviaQA test set.", "neighbour_cell", 7, T3,
      "Verified EM is 79.97; 83.70 is the Verified F1 column."),
    X("The sigmoid variant scores 80.26 F1 on the SQuAD development set.", "neighbour_cell", 8,
      T4, "sigmoid Dev F1 is 79.05; 80.26 is merge's, the next row."),
    X("MEMEN obtains 49.28 EM on the full TriviaQA web test set.", "neighbour_cell", 7, T3,
      "All EM of MEMEN is 43.16; 49.28 is its Verified EM."),
    X("Each character is embedded into a learned vector of size 50 before the character CNN.",
      "wrong_number", 3, "§2.3: 'embed the characters in each word into size 20 vectors'",
      "20, not 50."),
    X("For TriviaQA the GRUs use a dimensionality of 100.", "wrong_number", 6,
      "§4.4: 'On SQuAD, we use a dimensionality of size 100 for the GRUs ... We find for "
      "TriviaQA ... using a larger dimensionality of 140 for each GRU and 280 for the linear "
      "layers is beneficial.'", "140 for TriviaQA; 100 is SQuAD's."),
    X("Human annotators estimate that 82.5% of TriviaQA question-document pairs contain enough "
      "evidence to answer the question.", "wrong_number", 7,
      "§5.1: 'human annotators have estimated that only 75.4% of the question-document pairs "
      "contain sufficient evidence to answer the question'", "75.4%."),
    X("The paragraph ranker used for TriviaQA unfiltered combines seven features.",
      "wrong_count", 6, "§4.3: 'a linear function with five features'", "Five features."),
    X("The approach is evaluated on four datasets.", "wrong_count", 5,
      "§4.1: 'We evaluate our approach on three datasets: TriviaQA unfiltered ..., TriviaQA "
      "web ... and SQuAD'", "Three datasets."),
    X("For SQuAD and TriviaQA web, the top three paragraphs ranked by TF-IDF are kept for each "
      "question-document pair during training.", "wrong_count", 6,
      "§4.3: 'For SQuAD and TriviaQA web we take the top four paragraphs ranked by TF-IDF "
      "score for each question-document pair.'", "Four paragraphs."),
    X("On TriviaQA unfiltered, the base model keeps improving as more paragraphs are used.",
      "direction_flip", 7, "§5.2: 'Note the base model starts to lose performance as more "
      "paragraphs are used'; Figure 4 caption (page 8): 'the base model starts to lose "
      "performance as more paragraphs are used.'", "It loses performance."),
    X("On standard SQuAD, training with the multi-paragraph approaches yields a marginal gain in "
      "performance.", "direction_flip", 8, T4, "The caption says a marginal drop; every method's "
      "dev score is below none's."),
    X("When sampling training paragraphs, the highest-ranked paragraph containing an answer is "
      "drawn half as often as the others.", "direction_flip", 6,
      "§4.3: 'we sample the highest ranked paragraph that contains an answer twice as often as "
      "the others.'", "Twice as often."),
    X("On document-level SQuAD, the shared-norm model also loses performance when large numbers "
      "of paragraphs are used.", "negation", 8,
      "Figure 5 caption: 'the shared-norm model is the strongest, and is the only one to not "
      "lose performance as large numbers of paragraphs are used.'", "Denied by the caption."),
    X("Document frequencies for the TF-IDF paragraph selection are computed over the entire "
      "corpus.", "negation", 2,
      "§2.1: 'Document frequencies are computed using just the paragraphs within the relevant "
      "documents, not the entire corpus.'", "Denied."),
    # --- unverified --------------------------------------------------------------------------
    U("The shared-norm model reaches 71.32 F1 on TriviaQA unfiltered.", 8,
      "Table 3 (page 7): 71.32 is S-Norm's F1 on the TriviaQA web test set; TriviaQA "
      "unfiltered results are given only as curves (Figure 4).",
      "The number belongs to another dataset; no unfiltered figure is printed."),
    U("Training with the shared-norm objective takes twice as long as training with the "
      "no-answer option.", 4, "§3 describes both objectives; no training times are given.",
      "Never stated."),
    U("S-Norm's 66.37 EM on the TriviaQA test set comes from an ensemble of five models.", 7, T3,
      "The paper never says S-Norm is an ensemble."),
    U("The GloVe vectors used for word embeddings were trained on 840 billion tokens.", 6,
      "§4.4: 'The GloVe 300 dimensional word vectors released by Pennington et al. (2014) are "
      "used for word embeddings.'", "The training corpus of the vectors is not stated."),
    U("Adding the refined model to TF-IDF and the sum objective improves EM on the verified "
      "TriviaQA set by 4 points.", 6,
      "§5.1: 'Using our refined model increases the gain by another 4 points.' (Table 2, "
      "TriviaQA web; no ablation on the verified set)", "The ablation is not run on the "
      "verified set."),
    U("Re-training on 600-token paragraphs improves TriviaQA test F1 by 0.4 points.", 7,
      "§5.1: 'increasing the paragraph size to 800 at test time, and re-training the model on "
      "paragraphs of size 600, was slightly beneficial'", "No size of the benefit is given."),
    U("Document-dependent questions make up 22.6% of the TriviaQA web questions.", 8,
      "§5.3: 22.6% is the share of document-dependent questions among 500 SQuAD training "
      "questions.", "No such figure is given for TriviaQA."),
    U("On TriviaQA unfiltered, the no-answer option trails the merge approach by 2 F1 points.",
      8, "Figure 4 shows curves only; the text gives no gap.", "Never stated as a number."),
)

REPORT = LabelledReport(
    file="01_multi_paragraph_rc.md",
    title="Multi-Paragraph Reading Comprehension: Confidence Training and Pipelines",
    date="2027-10-02",
    examines="how paragraph-level reading comprehension models are adapted to whole documents",
    research_question="Which training methods let a paragraph-level reader answer questions "
                      "over many paragraphs?",
    references=(CG,),
    rows=ROWS,
    quality_score=7.1,
)
