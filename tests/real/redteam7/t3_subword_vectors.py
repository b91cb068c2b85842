"""Red-team-7 report 3 (Markdown): Bojanowski, Grave, Joulin, Mikolov, Enriching Word Vectors
with Subword Information (TACL 2017, arXiv 1607.04606, two columns). Table 1 (page 5) prints
word similarity correlations by language (row groups AR, DE, EN, ES, FR, RU in small capitals,
then the dataset) over sg, cbow, sisg-, sisg; Table 2 (page 5) analogy accuracies by language
and Semantic/Syntactic over sg, cbow, sisg; Table 3 (page 6) compares with morphological
methods cited by author, two blocks each ending in a row "sisg"; Table 4 (page 8) six small
grids of n-gram ranges; Table 5 (page 9) test perplexities by language with a vocabulary-size
row; the text (page 8) gives LM hyperparameters and relative perplexity reductions.
Adversarial claims: sisg- for sisg, cbow for sisg, the other language or dataset, the other
"sisg" row of Table 3, perplexity cells of neighbouring models, the reduction given to
another language, dashes, numbers attributed to cited works, languages and sizes never run.
Labelled from the page images (110 dpi) and `pdftotext -layout` (to copy digits) before any
verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

FT = "1607.04606"  # Bojanowski, Grave, Joulin, Mikolov; TACL 2017

T1 = ("Table 1 (page 5; Correlation between human judgement and similarity scores on word "
      "similarity datasets; columns sg, cbow, sisg-, sisg): AR WS353 51 52 54 55; DE GUR350 61 "
      "62 64 70; DE GUR65 78 78 81 81; DE ZG222 35 38 41 44; EN RW 43 43 46 47; EN WS353 72 73 "
      "71 71; ES WS353 57 58 58 59; FR RG65 70 69 75 75; RU HJ 59 60 60 66")
T2 = ("Table 2 (page 5; Accuracy on word analogy tasks; columns sg, cbow, sisg): CS Semantic "
      "25.7 27.6 27.5; CS Syntactic 52.8 55.0 77.8; DE Semantic 66.5 66.8 62.3; DE Syntactic "
      "44.5 45.0 56.4; EN Semantic 78.5 78.2 77.8; EN Syntactic 70.1 69.9 74.9; IT Semantic "
      "52.3 54.7 52.3; IT Syntactic 51.5 51.8 62.7")
T3 = ("Table 3 (page 6; Spearman's rank correlation for methods using morphology; columns DE "
      "GUR350 ZG222, EN WS353 RW, ES WS353, FR RG65; our model trained on the same data as the "
      "methods compared, hence two lines of sisg): Luong et al. (2013) - - 64 34 - -; Qiu et "
      "al. (2014) - - 65 33 - -; Soricut and Och (2015) 64 22 71 42 47 67; sisg 73 43 73 48 54 "
      "69; Botha and Blunsom (2014) 56 25 39 30 28 45; sisg 66 34 54 41 49 52")
T4 = ("Table 4 (page 8; n-grams with n in {i..j}, rows i, columns j): (a) DE-GUR350 row 3: 65 "
      "68 70 70 (j = 3..6); (e) EN Semantic row 5: 80 79 (j = 5, 6); (f) EN Syntactic row 5: "
      "74 74 (j = 5, 6)")
T5 = ("Table 5 (page 9; Test perplexity on the language modeling task; columns CS DE ES FR RU; "
      "CLBL = Botha and Blunsom (2014), CANLM = Kim et al. (2016)): Vocab. size 46k 37k 27k 25k "
      "63k; CLBL 465 296 200 225 304; CANLM 371 239 165 184 261; LSTM 366 222 157 173 262; sg "
      "339 216 150 162 237; sisg 312 206 145 159 206")
LM = ("Section 5.6 (page 8): a recurrent neural network with 650 LSTM units, regularized with "
      "dropout (with probability of 0.5) and weight decay (10^-5) ... Adagrad with a learning "
      "rate of 0.1, clipping the gradients which have a norm larger than 1.0 ... batch size of "
      "20 ... Czech (8% reduction of perplexity over sg) and Russian (13% reduction) ... Spanish "
      "(3% reduction) or French (2% reduction).")
FIG1 = ("Section 5.4 (page 6): results on portions of Wikipedia (1, 2, 5, 10, 20, 50 percent) "
        "are reported in Fig. 1 only.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, FT, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, FT, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", FT, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("On the German GUR350 dataset, sisg reaches a correlation of 70, against 61 for the "
      "skipgram baseline.", "table_cell", 5, T1),
    C("On the Russian HJ dataset, sisg reaches 66.", "table_cell", 5, T1),
    C("On English WS353, cbow reaches 73, above sisg's 71.", "table_cell", 5, T1),
    C("On German GUR65, sisg and sisg- both reach 81.", "table_cell", 5, T1),
    C("sisg reaches 77.8% on Czech syntactic analogies, against 52.8% for sg.", "table_cell", 5,
      T2),
    C("On German semantic analogies, sisg reaches 62.3, below cbow's 66.8.", "table_cell", 5,
      T2),
    C("sisg reaches 74.9% on English syntactic analogies.", "table_cell", 5, T2),
    C("The sisg language model reaches a test perplexity of 312 on Czech.", "table_cell", 9, T5),
    C("On Russian, sisg has a test perplexity of 206, against 237 for sg.", "table_cell", 9, T5),
    C("CANLM reaches a test perplexity of 165 on Spanish.", "table_cell", 9, T5),
    C("The Russian language modeling data has a vocabulary of 63k words.", "table_cell", 9, T5),
    C("The language model has 650 LSTM units and is trained with a batch size of 20.",
      "text_number", 8, LM),
    C("Subword information reduces Czech perplexity by 8% over sg.", "text_number", 8, LM),
    C("Trained on the same data as Soricut and Och (2015), sisg reaches 48 on English RW.",
      "table_cell", 6, T3, "The first sisg row of Table 3 (the Soricut and Och block)."),
    C("Soricut and Och (2015) reach 71 on English WS353 in the comparison of Table 3.",
      "table_cell", 6, T3),
    # --- contradicted ------------------------------------------------------------------------
    X("On German GUR350, sisg reaches a correlation of 64.", "neighbour_cell", 5, T1,
      "70; 64 is sisg-'s."),
    X("On the Russian HJ dataset, sisg- reaches 66.", "neighbour_cell", 5, T1,
      "60; 66 is sisg's."),
    X("On English RW, sisg reaches 46.", "neighbour_cell", 5, T1, "47; 46 is sisg-'s."),
    X("sisg reaches 55.0% on Czech syntactic analogies.", "neighbour_cell", 5, T2,
      "77.8; 55.0 is cbow's."),
    X("On Italian semantic analogies, sisg reaches 54.7.", "neighbour_cell", 5, T2,
      "52.3; 54.7 is cbow's."),
    X("The sisg language model reaches a test perplexity of 206 on Czech.", "neighbour_cell",
      9, T5, "312; 206 is German's and Russian's."),
    X("On Spanish, the sg language model has a test perplexity of 145.", "neighbour_cell", 9,
      T5, "150; 145 is sisg's."),
    X("The German language modeling data has a vocabulary of 46k words.", "neighbour_cell", 9,
      T5, "37k; 46k is Czech's."),
    X("CLBL reaches a test perplexity of 200 on French.", "neighbour_cell", 9, T5,
      "225; 200 is Spanish."),
    X("Subword information reduces Russian perplexity by 8% over sg.", "wrong_number", 8, LM,
      "13%; 8% is Czech's."),
    X("The language model is trained with a learning rate of 0.5.", "wrong_number", 8, LM,
      "0.1; 0.5 is the dropout probability."),
    X("Trained on the Botha and Blunsom (2014) data, sisg reaches 48 on English RW.",
      "neighbour_cell", 6, T3, "41 in the Botha and Blunsom block; 48 is the other sisg row."),
    X("Botha and Blunsom (2014) reach 30 on German ZG222 in the comparison of Table 3.",
      "neighbour_cell", 6, T3, "25; 30 is their English RW cell."),
    X("On English WS353, sisg outperforms cbow.", "direction_flip", 5, T1, "71 against 73."),
    X("sisg improves over sg by 2 points on Arabic WS353.", "cell_arithmetic", 5, T1,
      "55 - 51 = 4."),
    X("On French RG65, sisg- trails sisg.", "direction_flip", 5, T1, "Both reach 75."),
    X("With n-grams of 5 to 6 characters, the model reaches 80 on English syntactic analogies.",
      "neighbour_cell", 8, T4, "74 in (f) EN Syntactic; 80 is EN Semantic's 5-5 cell."),
    # --- unverified --------------------------------------------------------------------------
    U("Luong et al. (2013) report 64 on German GUR350.", 6, T3,
      "Their GUR350 cell is '-'; 64 is Soricut and Och's."),
    U("Qiu et al. (2014) reach 33 on Spanish WS353.", 6, T3, "'-'; 33 is their English RW "
      "cell."),
    U("sisg reaches a test perplexity of 190 on Italian.", 9, T5, "No Italian language model."),
    U("On a Czech word similarity dataset, sisg reaches a correlation of 75.", 5, T1,
      "No Czech similarity dataset in Table 1."),
    U("With 10% of the Wikipedia data, sisg reaches 70 on German GUR350.", 6, FIG1,
      "Only Figure 1; no number is printed."),
    U("Kim et al. (2016) report a perplexity of 371 on Czech for their character-aware model.",
      9, T5, "The table prints CANLM's Czech perplexity as 371 without saying it is Kim et "
      "al.'s reported number."),
)

LM5 = ("Section 5.6 (page 8): We evaluate our language model on five languages (CS, DE, ES, "
       "FR, RU).")
T4E = "Table 4 (page 8) (e) EN Semantic: row 2: 78 76 75 76 76; row 3: 78 77 78 77; row 4: 79 79 " \
      "79; row 5: 80 79; row 6: 80"
SYN = ("Section 5.2 (page 5): We observe that morphological information significantly improves "
       "the syntactic tasks; our approach outperforms the baselines.")

# Second batch (labelled from the page images before it ran; first run after the fixes of
# the first batch).
ROWS = ROWS + (
    C("On Spanish WS353, sisg reaches 59.", "table_cell", 5, T1),
    C("sisg reaches 62.7 on Italian syntactic analogies.", "table_cell", 5, T2),
    C("The LSTM baseline reaches a test perplexity of 366 on Czech.", "table_cell", 9, T5),
    C("On French, sisg's test perplexity is 159.", "table_cell", 9, T5),
    C("The language models are evaluated on five languages.", "text_number", 8, LM5),
    C("On English RW, sisg outperforms sg by 4 points.", "cell_arithmetic", 5, T1,
      "47 - 43 = 4."),
    C("With character n-grams of length 5 only, the model reaches 80 on English semantic "
      "analogies.", "table_cell", 8, T4E, "(e) EN Semantic, row 5, column 5: 80."),
    X("On German ZG222, sisg outperforms cbow by 9 points.", "cell_arithmetic", 5, T1,
      "44 - 38 = 6."),
    X("The language model's LSTM has 1,000 units.", "wrong_number", 8, LM, "650 units."),
    X("The language models are evaluated on six languages.", "wrong_count", 8, LM5, "Five."),
    X("For French, subword information reduces perplexity by 5% over sg.", "wrong_number", 8,
      LM, "2% (French); 5% is no language's."),
    X("Morphological information does not help on syntactic analogies.", "negation", 5, SYN,
      "The text says morphological information significantly improves the syntactic tasks."),
    U("Mikolov et al. (2013a) report 78.5% on English semantic analogies.", 5, T2,
      "They introduced the dataset; 78.5 is this paper's sg run."),
    U("Svoboda and Brychcin (2016) report 77.8% on Czech syntactic analogies.", 5, T2,
      "They introduced the Czech dataset; 77.8 is this paper's sisg run."),
    U("Trained on 1% of Wikipedia, sisg reaches 71 on English WS353.", 6, FIG1,
      "Only Figure 1; no number is printed."),
    # Relabelled after the run (was unverified): the row is labelled by the cited work itself
    # (the project's reading of a row citing the claim's authors, red team 6).
    C("Qiu et al. (2014) report 65 on English WS353.", "table_cell", 6, T3,
      "The row 'Qiu et al. (2014)' prints 65 under EN WS353."),
    U("Trained on the news crawl data, sisg reaches 66 on Russian HJ.", 6, T3,
      "Table 3 has no Russian column; 66 is Table 1's Wikipedia run."),
    U("Botha and Blunsom (2014) report a perplexity of 465 on Czech.", 9, T5,
      "The caption says CLBL refers to their work, not that 465 is their number."),
)

S51 = ("Section 5.1 (page 5): the proposed model (sisg) ... outperforms the baselines on all "
       "datasets except the English WS353 dataset. Moreover, computing vectors for "
       "out-of-vocabulary words (sisg) is always at least as good as not doing so (sisg-).")

# Third batch (labelled from the page images before it ran; first run after the fixes).
ROWS = ROWS + (
    C("sg reaches a test perplexity of 216 on German.", "table_cell", 9, T5),
    C("The German language modeling data has a vocabulary of 37k words.", "table_cell", 9, T5),
    C("On German semantic analogies, cbow reaches 66.8.", "table_cell", 5, T2),
    C("On French RG65, sisg- and sisg both reach 75.", "table_cell", 5, T1),
    C("Botha and Blunsom (2014) reach 45 on French RG65 in the comparison of Table 3.",
      "table_cell", 6, T3),
    C("Computing vectors for unseen words (sisg) is always at least as good as using null "
      "vectors (sisg-).", "paraphrase", 5, S51),
    X("CANLM reaches a test perplexity of 239 on Czech.", "neighbour_cell", 9, T5,
      "371; 239 is German's."),
    X("On Czech semantic analogies, sisg reaches 27.6.", "neighbour_cell", 5, T2,
      "27.5; 27.6 is cbow's."),
    X("On French RG65, cbow reaches 70.", "neighbour_cell", 5, T1, "69; 70 is sg's."),
    X("Soricut and Och (2015) reach 43 on German ZG222 in the comparison of Table 3.",
      "neighbour_cell", 6, T3, "22; 43 is the sisg row's."),
    X("On Russian, the CLBL language model reaches a test perplexity of 261.", "neighbour_cell",
      9, T5, "304; 261 is CANLM's."),
    X("sisg outperforms the baselines on all word similarity datasets, including English "
      "WS353.", "negation", 5, S51, "All datasets except the English WS353 dataset."),
    U("On WS353, sisg reaches 71.", 5, T1,
      "WS353 is evaluated for Arabic (55), English (71) and Spanish (59); the claim says not "
      "which."),
    U("In the comparison with morphological methods, sisg reaches 54 on Spanish WS353.", 6, T3,
      "Two sisg rows (54 and 49, trained on different data); the claim says not which."),
    U("sisg reaches 73 on German GUR350.", 5, f"{T1}. {T3}",
      "70 in Table 1 (Wikipedia), 73 in Table 3 (the news crawl data of Soricut and Och); "
      "the claim says not which training data."),
)

IMPL = ("Sections 4.3-5 (page 4): the word vectors have dimension 300. For each positive "
        "example, we sample 5 negatives ... context window of size c ... uniformly sample the "
        "size c between 1 and 5 ... we keep the words that appear at least 5 times ... The "
        "step size is set to 0.025 for the skipgram baseline and to 0.05 for both our model "
        "and the cbow baseline ... our model with character n-grams is approximately 1.5x "
        "slower to train than the skipgram baseline. Indeed, we process 105k "
        "words/second/thread versus 145k words/second/thread for the baseline ... Wikipedia "
        "dumps in nine languages ... five passes ... We evaluate our model in five "
        "experiments ... For German, we compare the different models on three datasets: "
        "GUR65, GUR350 and ZG222.")

# Fourth batch (labelled from the page images before it ran; first run after the fixes).
ROWS = ROWS + (
    C("The word vectors have dimension 300.", "text_number", 4, IMPL),
    C("Five negatives are sampled for each positive example.", "text_number", 4, IMPL),
    C("The step size is 0.05 for the model and the cbow baseline, and 0.025 for the skipgram "
      "baseline.", "text_number", 4, IMPL),
    C("The model with character n-grams is approximately 1.5 times slower to train than the "
      "skipgram baseline.", "text_number", 4, IMPL),
    C("The skipgram baseline processes 145k words per second per thread.", "text_number", 4,
      IMPL),
    C("The models are trained with five passes over the data.", "text_number", 4, IMPL),
    C("The context window size is sampled uniformly between 1 and 5.", "paraphrase", 4, IMPL),
    C("The model is evaluated in five experiments.", "text_number", 4, IMPL),
    X("Ten negatives are sampled for each positive example.", "wrong_number", 4, IMPL, "5."),
    X("The step size is set to 0.025 for the cbow baseline.", "wrong_number", 4, IMPL,
      "0.05; 0.025 is skipgram's."),
    X("The model with character n-grams processes 145k words per second per thread.",
      "wrong_number", 4, IMPL, "105k; 145k is the baseline's."),
    X("Wikipedia dumps are used in ten languages.", "wrong_count", 4, IMPL, "Nine."),
    X("Words appearing at least 10 times in the training set are kept in the dictionary.",
      "wrong_number", 4, IMPL, "At least 5 times."),
    X("Using character n-grams, the model trains about 1.5 times faster than the skipgram "
      "baseline.", "direction_flip", 4, IMPL, "1.5 times slower."),
    X("German word vectors are compared on four word similarity datasets.", "wrong_count", 4,
      IMPL, "Three: GUR65, GUR350, ZG222."),
    U("With 100-dimensional vectors, sisg reaches 47 on English RW.", 4, IMPL,
      "Only dimension 300 is reported."),
    U("Finkelstein et al. (2001) report a correlation of 72 on WS353 for skipgram.", 5, T1,
      "They introduced WS353; 72 is this paper's sg run."),
)

# Fifth batch (labelled from the page images before it ran).
ROWS = ROWS + (
    U("With 500-dimensional vectors, sisg reaches 44 on German ZG222.", 5, f"{T1}. {IMPL}",
      "The vectors have dimension 300; no run with 500 is reported."),
)

REPORT = LabelledReport(
    file="03_subword_vectors.md",
    title="Subword Information in Word Vectors: Similarity, Analogy and Language Modeling",
    date="2027-07-03",
    examines="character n-gram enriched skipgram vectors across languages",
    research_question="Do character n-grams improve word vectors for rare words and rich "
                      "morphology?",
    references=(FT,),
    rows=ROWS,
    quality_score=7.0,
)
