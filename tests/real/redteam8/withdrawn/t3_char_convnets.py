"""Red-team-8 report 3 (Markdown): Zhang, Zhao, LeCun, Character-level Convolutional Networks for
Text Classification (NIPS 2015, arXiv 1509.01626v3, one column). Tables 1 and 2 (page 3) give
the layers of a large and a small ConvNet (kernel and pool per layer, "N/A" where a layer does
not pool); Table 3 (page 5) the classes, train and test samples and epoch sizes of eight
datasets (two Yelp and two Amazon rows, "Full" and "Polarity"); Table 4 (page 6) testing errors
of 22 models on the eight datasets, dashes where Sogou has no thesaurus, rows named by
abbreviations ("Lg. Lk. Conv. Th."); the datasets' counts are in run-in paragraphs whose bold
subject ("Yelp reviews.", "Amazon reviews.") the sentences do not repeat ("The full dataset
has 130,000 training samples"). Adversarial claims: the other Yelp or Amazon row, the large
model's cell for the small one, the thesaurus row for the plain one, the neighbouring column,
one paragraph's counts given to another dataset, a dash read as a value, counts and
hyperparameters swapped, judgements of the discussion reversed. Labelled from the page images
(110 dpi) and `pdftotext -layout` (to copy digits) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

CC = "1509.01626"  # Zhang, Zhao, LeCun; NIPS 2015

T12 = ("Tables 1 and 2 (page 3): convolutional layers 1-6, Large Feature 1024, Small Feature "
       "256, Kernel 7 7 3 3 3 3, Pool 3 3 N/A N/A N/A 3; fully-connected layers 7-8, Output "
       "Units Large 2048, Output Units Small 1024; layer 9 depends on the problem. Text: We "
       "designed 2 ConvNets - one large and one small. They are both 9 layers deep with 6 "
       "convolutional layers and 3 fully-connected layers ... The input have number of features "
       "equal to 70 ... the input feature length is 1014 ... 2 dropout modules ... dropout "
       "probability of 0.5 ... The mean and standard deviation used for initializing the large "
       "model is (0, 0.02) and small model (0, 0.05).")
T3 = ("Table 3 (page 5; Statistics of our large-scale datasets; columns Classes, Train Samples, "
      "Test Samples, Epoch Size): AG's News 4 120,000 7,600 5,000; Sogou News 5 450,000 60,000 "
      "5,000; DBPedia 14 560,000 70,000 5,000; Yelp Review Polarity 2 560,000 38,000 5,000; "
      "Yelp Review Full 5 650,000 50,000 5,000; Yahoo! Answers 10 1,400,000 60,000 10,000; "
      "Amazon Review Full 5 3,000,000 650,000 30,000; Amazon Review Polarity 2 3,600,000 "
      "400,000 30,000")
T4 = ("Table 4 (page 6; Testing errors of all the models, in percentage; columns AG, Sogou, "
      "DBP., Yelp P., Yelp F., Yah. A., Amz. F., Amz. P.): BoW 11.19 7.15 3.39 7.76 42.01 31.11 "
      "45.36 9.60; BoW TFIDF 10.36 6.55 2.63 6.34 40.14 28.96 44.74 9.00; ngrams 7.96 2.92 1.37 "
      "4.36 43.74 31.53 45.73 7.98; ngrams TFIDF 7.64 2.81 1.31 4.56 45.20 31.49 47.56 8.46; "
      "Bag-of-means 16.91 10.79 9.55 12.67 47.46 39.45 55.87 18.39; LSTM 13.94 4.82 1.45 5.26 "
      "41.83 29.16 40.57 6.10; Lg. w2v Conv. 9.92 4.39 1.42 4.60 40.16 31.97 44.40 5.88; Sm. "
      "w2v Conv. 11.35 4.54 1.71 5.56 42.13 31.50 42.59 6.00; Lg. w2v Conv. Th. 9.91 - 1.37 "
      "4.63 39.58 31.23 43.75 5.80; Sm. w2v Conv. Th. 10.88 - 1.53 5.36 41.09 29.86 42.50 5.63; "
      "Lg. Lk. Conv. 8.55 4.95 1.72 4.89 40.52 29.06 45.95 5.84; Sm. Lk. Conv. 10.87 4.93 1.85 "
      "5.54 41.41 30.02 43.66 5.85; Lg. Lk. Conv. Th. 8.93 - 1.58 5.03 40.52 28.84 42.39 5.52; "
      "Sm. Lk. Conv. Th. 9.12 - 1.77 5.37 41.17 28.92 43.19 5.51; Lg. Full Conv. 9.85 8.80 1.66 "
      "5.25 38.40 29.90 40.89 5.78; Sm. Full Conv. 11.59 8.95 1.89 5.67 38.82 30.01 40.88 5.78; "
      "Lg. Full Conv. Th. 9.51 - 1.55 4.88 38.04 29.58 40.54 5.51; Sm. Full Conv. Th. 10.89 - "
      "1.69 5.42 37.95 29.90 40.53 5.66; Lg. Conv. 12.82 4.88 1.73 5.89 39.62 29.55 41.31 5.51; "
      "Sm. Conv. 15.65 8.65 1.98 6.53 40.84 29.84 40.53 5.50; Lg. Conv. Th. 13.39 - 1.60 5.82 "
      "39.30 28.80 40.45 4.93; Sm. Conv. Th. 14.80 - 1.85 6.49 40.16 29.84 40.43 5.67")
DATA = ("Section 4 (pages 5-6), run-in paragraphs: AG's news corpus. It contains 496,835 "
        "categorized news articles from more than 2000 news sources ... The number of training "
        "samples for each class is 30,000 and testing 1900. Sogou news corpus. ... containing in "
        "total 2,909,551 news articles ... The number of training samples selected for each "
        "class is 90,000 and testing 12,000. DBPedia ontology dataset. ... we randomly choose "
        "40,000 training samples and 5,000 testing samples. Yelp reviews. ... This dataset "
        "contains 1,569,264 samples that have review texts ... The full dataset has 130,000 "
        "training samples and 10,000 testing samples in each star, and the polarity dataset has "
        "280,000 training samples and 19,000 test samples in each polarity. Yahoo! Answers "
        "dataset. ... The corpus contains 4,483,032 questions and their answers ... Each class "
        "contains 140,000 training samples and 5,000 testing samples. Amazon reviews. ... spans "
        "18 years with 34,686,770 reviews from 6,643,669 users on 2,441,053 products ... The full "
        "dataset contains 600,000 training samples and 130,000 testing samples in each class, "
        "whereas the polarity dataset contains 1,800,000 training samples and 200,000 testing "
        "samples in each polarity sentiment.")
BASE = ("Sections 2.2-3.2 (pages 2-5): SGD with a minibatch of size 128, using momentum 0.9 and "
        "initial step size 0.01 which is halved every 3 epoches for 10 times ... p = 0.5 and q = "
        "0.5 ... selecting 50,000 most frequent words ... the 500,000 most frequent n-grams (up "
        "to 5-grams) ... all the words that appeared more than 5 times ... The dimension of the "
        "embedding is 300 ... The number of means is 5000 ... [LSTM] The output dimension is "
        "512 ... the gradient norm is limited to 5.")
DISC = ("Section 5 (pages 7-8): n-grams TFIDF remain strong candidates for dataset of size up to "
        "several hundreds of thousands ... character-level ConvNets work better for less curated "
        "user-generated texts ... For million-scale datasets, it seems that not making such "
        "distinction usually works better ... This dichotomy in task semantics does not seem to "
        "play a role in deciding which method is better ... the bag-of-means model performs "
        "worse in every case. Acknowledgement: the donation of 2 Tesla K40 GPUs.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, CC, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, CC, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", CC, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The large lookup-table ConvNet with thesaurus has a 28.84% test error on Yahoo! "
      "Answers.", "table_cell", 6, T4, "Lg. Lk. Conv. Th. under Yah. A."),
    C("On AG's News, ngrams TFIDF has a testing error of 7.64%.", "table_cell", 6, T4),
    C("The LSTM has a 13.94% testing error on AG's News.", "table_cell", 6, T4),
    C("Sm. Full Conv. Th. has a 37.95% testing error on Yelp Review Full.", "table_cell", 6, T4),
    C("Lg. Conv. Th. has a 4.93% testing error on Amazon Review Polarity.", "table_cell", 6, T4),
    C("Bag-of-means has a 55.87% testing error on Amazon Review Full.", "table_cell", 6, T4),
    C("On DBPedia, ngrams TFIDF has a 1.31% error against 1.37% for plain ngrams.",
      "table_cell", 6, T4),
    C("On Sogou News, Sm. Full Conv. has a testing error of 8.95%.", "table_cell", 6, T4),
    C("BoW TFIDF has a 28.96% testing error on Yahoo! Answers.", "table_cell", 6, T4),
    C("On Yelp Review Polarity, Lg. Conv. has a 5.89% testing error.", "table_cell", 6, T4),
    C("On Amazon Review Polarity, Lg. Conv. Th. has a testing error 0.58 points lower than Lg. "
      "Conv.", "cell_arithmetic", 6, T4, "5.51 - 4.93 = 0.58."),
    C("Yahoo! Answers has 1,400,000 training samples and 60,000 test samples.", "table_cell", 5,
      T3),
    C("Amazon Review Polarity has 3,600,000 training samples.", "table_cell", 5, T3),
    C("DBPedia has 14 classes and 70,000 test samples.", "table_cell", 5, T3),
    C("The epoch size of Amazon Review Full is 30,000 minibatches.", "table_cell", 5, T3),
    C("Yelp Review Full has 650,000 training samples.", "table_cell", 5, T3),
    C("The AG's corpus contains 496,835 categorized news articles from more than 2000 news "
      "sources.", "text_number", 5, DATA),
    C("The Sogou news corpus contains 2,909,551 news articles in total.", "text_number", 5, DATA),
    C("Each Yahoo! Answers class contains 140,000 training samples and 5,000 testing samples.",
      "text_number", 6, DATA),
    C("The Yelp reviews dataset contains 1,569,264 samples that have review texts.",
      "text_number", 6, DATA),
    C("The Amazon review dataset spans 18 years with 34,686,770 reviews.", "text_number", 6,
      DATA),
    C("The Amazon polarity dataset contains 1,800,000 training samples in each polarity "
      "sentiment.", "text_number", 6, DATA),
    C("The full Yelp dataset has 130,000 training samples in each star.", "text_number", 6, DATA,
      "The Yelp paragraph: 'The full dataset has 130,000 training samples ... in each star'."),
    C("The Yelp polarity dataset has 19,000 test samples in each polarity.", "text_number", 6,
      DATA),
    C("Both ConvNets are 9 layers deep with 6 convolutional layers and 3 fully-connected "
      "layers.", "text_number", 3, T12),
    C("The input feature length is 1014.", "text_number", 3, T12),
    C("The input has 70 features due to the character quantization method.", "text_number", 3,
      T12),
    C("The convolutional layers of the large ConvNet have 1024 features, against 256 for the "
      "small one.", "table_cell", 3, T12),
    C("The fully-connected layers of the large model have 2048 output units.", "table_cell", 3,
      T12),
    C("The small model's weights are initialized with a standard deviation of 0.05.",
      "text_number", 3, T12),
    C("The thesaurus augmentation is reported with p = 0.5 and q = 0.5.", "text_number", 4,
      BASE),
    C("The bag-of-words model selects the 50,000 most frequent words from the training subset.",
      "text_number", 4, BASE),
    C("The bag-of-ngrams models select the 500,000 most frequent n-grams, up to 5-grams.",
      "text_number", 4, BASE),
    C("The bag-of-means model uses 5000 means.", "text_number", 4, BASE),
    C("The LSTM's output dimension is 512.", "text_number", 5, BASE),
    C("SGD uses a minibatch of size 128 and momentum 0.9.", "text_number", 2, BASE),
    C("The initial step size of 0.01 is halved every 3 epochs for 10 times.", "text_number", 2,
      BASE),
    C("For million-scale datasets, not distinguishing upper-case from lower-case letters "
      "usually works better.", "paraphrase", 7, DISC),
    C("n-grams TFIDF remains a strong candidate for datasets of up to several hundreds of "
      "thousands of samples.", "paraphrase", 7, DISC),
    # --- contradicted ------------------------------------------------------------------------
    X("The large lookup-table ConvNet with thesaurus has a 28.92% test error on Yahoo! "
      "Answers.", "neighbour_cell", 6, T4, "28.84; 28.92 is the small one's."),
    X("The LSTM has a 4.82% testing error on AG's News.", "neighbour_cell", 6, T4,
      "13.94; 4.82 is its Sogou cell."),
    X("Lg. Full Conv. Th. has a 37.95% testing error on Yelp Review Full.", "neighbour_cell", 6,
      T4, "38.04; 37.95 is Sm. Full Conv. Th.'s."),
    X("Lg. Conv. Th. has a 4.93% testing error on Amazon Review Full.", "neighbour_cell", 6, T4,
      "40.45; 4.93 is its Amz. P. cell."),
    X("Bag-of-means has a 47.46% testing error on Amazon Review Full.", "neighbour_cell", 6, T4,
      "55.87; 47.46 is its Yelp F. cell."),
    X("On Sogou News, Sm. Full Conv. has a testing error of 8.80%.", "neighbour_cell", 6, T4,
      "8.95; 8.80 is Lg. Full Conv.'s."),
    X("BoW TFIDF has a 31.11% testing error on Yahoo! Answers.", "neighbour_cell", 6, T4,
      "28.96; 31.11 is BoW's."),
    X("On DBPedia, ngrams TFIDF has a higher testing error than plain ngrams.",
      "direction_flip", 6, T4, "1.31 < 1.37."),
    X("On Amazon Review Polarity, Lg. Conv. Th. has a testing error 0.85 points lower than Lg. "
      "Conv.", "cell_arithmetic", 6, T4, "0.58."),
    X("On Yelp Review Polarity, Lg. Conv. has a 4.88% testing error.", "neighbour_cell", 6, T4,
      "5.89; 4.88 is its Sogou cell."),
    X("Yelp Review Polarity has 650,000 training samples.", "neighbour_cell", 5, T3,
      "560,000; 650,000 is Yelp Review Full's."),
    X("Amazon Review Full has 400,000 test samples.", "neighbour_cell", 5, T3,
      "650,000; 400,000 is Amazon Review Polarity's."),
    X("Sogou News has 4 classes.", "wrong_count", 5, T3, "5; 4 is AG's News's."),
    X("The epoch size of Yahoo! Answers is 5,000 minibatches.", "neighbour_cell", 5, T3,
      "10,000."),
    X("AG's News has 120,000 training samples and 60,000 test samples.", "neighbour_cell", 5,
      T3, "7,600 test samples; 60,000 is Sogou's and Yahoo's."),
    X("The full Yelp dataset has 600,000 training samples in each star.", "wrong_number", 6,
      DATA, "130,000; 600,000 is Amazon's full dataset's."),
    X("The Sogou news corpus contains 496,835 news articles.", "wrong_number", 5, DATA,
      "2,909,551; 496,835 is AG's."),
    X("Each DBpedia class has 40,000 training samples and 12,000 testing samples.",
      "wrong_number", 6, DATA, "5,000; 12,000 is Sogou's."),
    X("The Amazon review dataset spans 15 years.", "wrong_number", 6, DATA, "18 years."),
    X("The full Amazon dataset has 130,000 training samples in each class.", "wrong_number", 6,
      DATA, "600,000 training and 130,000 testing; 130,000 training is Yelp's."),
    X("The Amazon polarity dataset has 280,000 training samples in each polarity.",
      "wrong_number", 6, DATA, "1,800,000; 280,000 is Yelp's."),
    X("Both ConvNets are 9 layers deep with 5 convolutional layers and 4 fully-connected "
      "layers.", "wrong_count", 3, T12, "6 and 3."),
    X("The input feature length is 1024.", "wrong_number", 3, T12,
      "1014; 1024 is the large model's feature count."),
    X("The third convolutional layer has a kernel size of 7.", "neighbour_cell", 3, T12, "3."),
    X("The fully-connected layers of the small model have 2048 output units.",
      "neighbour_cell", 3, T12, "1024; 2048 is the large model's."),
    X("The large model's weights are initialized with a standard deviation of 0.05.",
      "wrong_number", 3, T12, "0.02; 0.05 is the small model's."),
    X("The bag-of-words model selects the 500,000 most frequent words from the training "
      "subset.", "wrong_number", 4, BASE, "50,000; 500,000 is the n-gram models'."),
    X("The bag-of-means model considers words that appear more than 10 times.", "wrong_number",
      4, BASE, "More than 5 times."),
    X("The LSTM's output dimension is 300.", "wrong_number", 5, BASE,
      "512; 300 is the word2vec embedding size."),
    X("The dropout modules have a dropout probability of 0.2.", "wrong_number", 3, T12, "0.5."),
    X("The initial step size of 0.01 is halved every 5 epochs.", "wrong_number", 2, BASE,
      "Every 3 epochs."),
    X("The bag-of-means model performs better than the other models in every case.",
      "direction_flip", 8, DISC, "It performs worse in every case."),
    X("The semantics of the tasks play a role in deciding which method is better.", "negation",
      8, DISC, "It does not seem to play a role."),
    X("The research used 4 Tesla K40 GPUs donated by NVIDIA.", "wrong_count", 8, DISC, "2."),
    # --- unverified --------------------------------------------------------------------------
    U("Lg. Conv. Th. has a 4.88% testing error on Sogou News.", 6, T4,
      "Sogou has no thesaurus results (dash); 4.88 is Lg. Conv.'s."),
    U("The LSTM with thesaurus augmentation has a 5.26% error on Yelp Review Polarity.", 6, T4,
      "No LSTM thesaurus row; 5.26 is the plain LSTM's."),
    U("On AG's News, Lg. Conv. has a 12.82% validation error.", 6, T4,
      "Table 4 gives testing errors."),
    U("Sm. w2v Conv. Th. has a 4.54% testing error on Sogou News.", 6, T4,
      "Dash; 4.54 is Sm. w2v Conv.'s."),
    U("The Yelp reviews come from 6,643,669 users.", 6, DATA,
      "6,643,669 is the Amazon paragraph's number of users; Yelp's is not given."),
    U("The Yahoo! Answers corpus contains 4,483,032 questions from 2,441,053 users.", 6, DATA,
      "2,441,053 is Amazon's number of products; Yahoo's users are not given."),
    U("The LSTM uses a dropout probability of 0.5.", 5, BASE,
      "0.5 is the ConvNets' dropout; the LSTM's is not given."),
    U("The small ConvNet trains in 3 days on a Tesla K40 GPU.", 8, DISC,
      "No training time is reported."),
    U("Character-level ConvNets work better than word-based models on the well-curated "
      "Yahoo! Answers texts.", 7, DISC,
      "The paper says they work better for less curated texts; Yahoo is not compared so."),
    U("The AG's News epoch size of 5,000 minibatches is reached with a minibatch of 256.", 5, T3,
      "The minibatch is 128; no epoch is given for 256."),
    U("An ensemble of the large ConvNets reaches a 4.93% error on Amazon Review Polarity.", 6,
      T4, "No ensemble is reported."),
    U("On Sogou News, the large lookup-table ConvNet with thesaurus has a 4.95% error.", 6, T4,
      "Dash under Sogou for thesaurus rows; 4.95 is Lg. Lk. Conv.'s."),
)

# Fourth batch (labelled from the page images before it ran; first run after the fixes).
ROWS = ROWS + (
    C("Each AG's News class has 30,000 training samples and 1900 testing samples.",
      "text_number", 5, DATA),
    C("Each Sogou News class has 90,000 training samples and 12,000 testing samples.",
      "text_number", 5, DATA),
    C("The Yahoo! Answers corpus contains 4,483,032 questions and their answers.",
      "text_number", 6, DATA),
    C("From each of the 14 DBpedia ontology classes, 40,000 training samples and 5,000 testing "
      "samples are chosen.", "text_number", 6, DATA),
    C("The Amazon reviews come from 6,643,669 users on 2,441,053 products.", "text_number", 6,
      DATA),
    X("With thesaurus augmentation, Lg. Conv. has a 12.82% testing error on AG's News.",
      "neighbour_cell", 6, T4, "Lg. Conv. Th.: 13.39; 12.82 is Lg. Conv.'s."),
    X("With thesaurus augmentation, Lg. w2v Conv. has a 9.92% testing error on AG's News.",
      "neighbour_cell", 6, T4, "Lg. w2v Conv. Th.: 9.91; 9.92 is the plain row's."),
    X("The Sogou News dataset has 5 classes and 90,000 test samples.", "wrong_number", 5, T3,
      "60,000 test samples; 90,000 is the training count per class."),
    X("The DBPedia dataset has 14 classes and 560,000 test samples.", "neighbour_cell", 5, T3,
      "70,000; 560,000 is its train count."),
    X("Yahoo! Answers has 10 classes with 1,400,000 training samples in each class.",
      "wrong_number", 6, DATA, "140,000 per class; 1,400,000 is the total."),
    X("Character-level ConvNets start to do better than traditional methods from several "
      "hundreds of thousands of samples.", "wrong_number", 7, DISC,
      "Only from several millions."),
    X("The Yelp reviews dataset contains 34,686,770 samples.", "wrong_number", 6, DATA,
      "1,569,264; 34,686,770 is the Amazon reviews'."),
    X("The Amazon review dataset contains 1,569,264 samples that have review texts.",
      "wrong_number", 6, DATA, "34,686,770 reviews; 1,569,264 is Yelp's."),
    U("The LSTM has a 13.94% testing error on AG's News with thesaurus augmentation.", 6, T4,
      "No LSTM thesaurus row; 13.94 is the plain LSTM's."),
    U("The large ConvNets take 2 days to train on AG's News.", 6, T4,
      "No training time is reported."),
    U("Sm. Conv. has a 15.65% validation error on AG's News.", 6, T4,
      "Table 4 gives testing errors."),
    U("An AG's News epoch of 5,000 minibatches uses minibatches of 256 samples.", 5, T3,
      "The minibatch size is 128."),
    U("The Yelp reviews were collected over 18 years.", 6, DATA,
      "18 years is the Amazon dataset's span; Yelp's is not given."),
    U("Bag-of-means has a 16.91% testing error on AG's News with 10000 means.", 6, T4,
      "The number of means is 5000."),
)

REPORT = LabelledReport(
    file="03_char_convnets.md",
    title="Character-level ConvNets for Large-scale Text Classification",
    date="2027-08-03",
    examines="character-level convolutional networks against word-based and n-gram models",
    research_question="Can text be classified from characters alone at scale?",
    references=(CC,),
    rows=ROWS,
    quality_score=7.0,
)
