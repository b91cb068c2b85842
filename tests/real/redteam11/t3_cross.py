"""Red-team-11 report 3 (Markdown): the two papers of reports 1 and 2 again, with the attacks
the first two batches' fixes invite. Paragraph Vector (arXiv 1405.4053): the introduction's
"more than 16%" (sentiment) and "about 30%" (text classification), Figure 1's three context
words, the paragraph vector shared within a paragraph and the word matrix across paragraphs
(page 3), PV-DBOW storing only the softmax weights (page 4), IMDB's 75,000 training documents,
Dahl et al.'s 1.5% and Wang and Manning's 2%, the 10-th word, the 10% barrier (page 6), and
cells of one table claimed for another (the retrieval Bag-of-words for IMDB). Faruqui and Dyer
(E14-1049): WS-353's two fragments, MTurk-287's crowdsourcing, the alignment corpora (pages
4-5), cells shared by two columns (64.5, 44), dimensions of Mono and Multi rows, the patterns
of SVD, RNN and SG vectors across language pairs and vector lengths (pages 7-9), the t-SNE
clusters (page 6), differences of cells. Labelled from the page images (110 dpi) before any
verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row
from t1_doc2vec import OBS, PV, SST, SSTP, T1, T2, T3
from t2_multilingual import FD, NEURAL, QUAL, SETUP
from t2_multilingual import T1 as FT1
from t2_multilingual import T2 as FT2

INTRO = ("Section 1 (page 2): on sentiment analysis task, we achieve new state-of-the-art "
         "results, better than complex methods, yielding a relative improvement of more than 16% "
         "in terms of error rate. On a text classification task, our method convincingly beats "
         "bag-of-words models, giving a relative improvement of about 30%. Figure 1 caption: "
         "Context of three words (\"the,\" \"cat,\" and \"sat\") is used to predict the fourth "
         "word (\"on\").")
PVDM = ("Section 2.2 (page 3): The paragraph vector is shared across all contexts generated from "
        "the same paragraph but not across paragraphs. The word vector matrix W, however, is "
        "shared across paragraphs. Section 2.3 (page 4): We only need to store the softmax "
        "weights as opposed to both softmax weights and word vectors in the previous model.")
IMDBR = ("Page 6: We learn the word vectors and paragraph vectors using 75,000 training documents "
         "(25,000 labeled and 50,000 unlabeled instances) ... To predict the 10-th word, we "
         "concatenate the paragraph vectors and word vectors ... The combination of two models "
         "[Dahl et al.'s RBM with bag-of-words] yields an improvement approximately 1.5% in terms "
         "of error rates ... NBSVM on bigram features works the best and yields a considerable "
         "improvement of 2% in terms of the error rate. The method described in this paper is the "
         "only approach that goes significantly beyond the barrier of 10% error rate.")
BENCH2 = ("Section 4.1 (page 4): This data was further divided into two fragments by Agirre et al. "
          "(2009) who claimed that similarity (WS-SIM) and relatedness (WS-REL) are two different "
          "kinds of relations ... The fourth benchmark is the MTurk-287 dataset ... different "
          "from the above two benchmarks in that it has been constructed by crowdsourcing the "
          "human similarity ratings using Amazon Mechanical Turk. Section 3 (page 4): We also "
          "remove the top 100 most frequent words (mostly stop words) from the column features.")
ALIGN = ("Sections 5.1-5.2 (page 5): We got these word alignment counts using cdec from the "
         "parallel news commentary corpora (WMT 2006-10) combined with the Europarl corpus ... "
         "where k in 10%, 20%, ... 100% and tune the performance on WS-353 task.")
PATTERN = ("Pages 7-9: SVD vectors are the easiest and fastest to obtain as compared to the other "
           "two vector types ... SVD vectors improve performance upon the increase of the number "
           "of dimensions and tend to saturate towards the end. For all the three language pairs "
           "the SVD vectors show uniform pattern of performance ... This is not true for the RNN "
           "vectors whose curves are significantly different for every language pair. SG vectors "
           "show a uniform pattern across different language pairs.")


def C(text, cat, page, ev, why="As printed.", paper=PV):
    return Row(text, True, 0.27, "confirmed", cat, paper, page, ev, why)


def X(text, cat, page, ev, why, paper=PV):
    return Row(text, True, 0.26, "contradicted", cat, paper, page, ev, why)


def U(text, page, ev, why, paper=PV):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", paper, page, ev, why)


# Third batch (labelled from the page images before it ran).
ROWS = (
    # --- Paragraph Vector ----------------------------------------------------------------------
    C("On sentiment analysis, Paragraph Vector yields a relative improvement of more than 16% in "
      "error rate.", "text_number", 2, INTRO),
    X("On a text classification task, Paragraph Vector gives a relative improvement of about 16% "
      "over bag-of-words models.", "wrong_number", 2, INTRO,
      "About 30%; 16% is the sentiment analysis improvement."),
    X("In the word vector framework of Figure 1, a context of four words is used to predict the "
      "fifth word.", "wrong_count", 2, INTRO, "Three words predict the fourth."),
    X("In PV-DM, the paragraph vector is shared across paragraphs.", "negation", 3, PVDM,
      "Shared across the contexts of one paragraph but not across paragraphs; W is shared."),
    C("In PV-DM, the word vector matrix W is shared across paragraphs.", "paraphrase", 3, PVDM),
    X("PV-DBOW needs to store both the softmax weights and the word vectors.", "negation", 4,
      PVDM, "Only the softmax weights, as opposed to both in PV-DM."),
    X("On IMDB, the word and paragraph vectors are learned from 100,000 training documents.",
      "wrong_number", 6, IMDBR, "75,000 training documents; 100,000 is all reviews."),
    C("On IMDB, the word and paragraph vectors are learned from 75,000 training documents, "
      "25,000 of them labeled.", "text_number", 6, IMDBR),
    X("Combining Dahl et al.'s Restricted Boltzmann Machines model with bag-of-words yields an "
      "improvement of about 2% in error rate.", "wrong_number", 6, IMDBR,
      "Approximately 1.5%; 2% is NBSVM's."),
    C("NBSVM on bigram features yields an improvement of 2% in error rate.", "text_number", 6,
      IMDBR),
    X("On IMDB, Paragraph Vector concatenates the paragraph and word vectors to predict the 8-th "
      "word.", "wrong_number", 6, IMDBR + " " + SSTP, "The 10-th word; the 8-th is SST's."),
    X("Paragraph Vector is the only approach in Table 2 with an IMDB error rate below 10%.",
      "unsupported_relation", 6, T2 + " " + IMDBR,
      "NBSVM-bi (8.78%) is below 10% too; the paper says 'significantly beyond'."),
    C("The SST dataset has 11855 sentences from Rotten Tomatoes.", "text_number", 4, SST),
    X("The SST dataset has 239,232 labeled sentences.", "wrong_number", 4, SST,
      "239,232 labeled phrases; 11855 sentences."),
    X("In PV-DM, the learned representations have 400 dimensions for words and 100 for "
      "paragraphs.", "wrong_number", 5, SSTP, "400 for both words and paragraphs."),
    C("On SST, both PV-DBOW and PV-DM learn 400-dimensional vector representations.",
      "text_number", 5, SSTP),
    C("On IMDB, Paragraph Vector's error rate is 3.35 points below that of WRRBM + BoW (bnc).",
      "cell_arithmetic", 6, T2, "10.77 - 7.42 = 3.35."),
    X("On IMDB, Paragraph Vector's error rate is 3.42 points below NBSVM-uni's.",
      "cell_arithmetic", 6, T2, "11.71 - 7.42 = 4.29."),
    X("On the retrieval task, Paragraph Vector's error rate is 2.45 points below Weighted "
      "Bag-of-bigrams'.", "cell_arithmetic", 7, T3, "5.67 - 3.82 = 1.85."),
    X("Bag-of-words has an error rate of 8.10% on IMDB.", "neighbour_cell", 6, T2 + " " + T3,
      "IMDB's BoW rows print 12.20% and 11.77%; 8.10% is the retrieval task's."),
    X("Vector Averaging has an error rate of 19.9% on the information retrieval task.",
      "neighbour_cell", 7, T3 + " " + T1,
      "10.25%; 19.9% is Word Vector Averaging on SST (coarse-grained)."),
    U("Word Vector Averaging has an error rate of 67.3% on IMDB.", 6, T1 + " " + T2,
      "67.3% is its fine-grained SST error; IMDB's table has no such row."),
    U("Paragraph Vector reaches an error rate of 7.42% on the IMDB validation set.", 6, T2,
      "Table 2 reports the test set; no validation error is given."),
    U("With PV-DM alone, Paragraph Vector's retrieval error rate is 3.82%.", 7, T3 + " " + OBS,
      "3.82% is Paragraph Vector as used throughout (the combination); PV-DM alone is "
      "reported only for IMDB."),
    # --- Faruqui and Dyer ------------------------------------------------------------------------
    C("WS-353 was divided into two fragments, WS-SIM and WS-REL.", "text_number", 4, BENCH2,
      paper=FD),
    X("WS-353 was divided into three fragments.", "wrong_count", 4, BENCH2, "Two fragments.",
      paper=FD),
    C("The MTurk-287 similarity ratings were crowdsourced on Amazon Mechanical Turk.",
      "paraphrase", 4, BENCH2, paper=FD),
    X("The RG-65 similarity ratings were crowdsourced on Amazon Mechanical Turk.",
      "unsupported_relation", 4, BENCH2,
      "MTurk-287 differs from the other two benchmarks in being crowdsourced.", paper=FD),
    X("The word alignment counts come from the Europarl corpus alone.", "unsupported_relation",
      5, ALIGN, "News commentary corpora combined with Europarl.", paper=FD),
    C("The top 100 most frequent words are removed from the column features.", "text_number", 4,
      BENCH2, paper=FD),
    X("The top 10 most frequent words are removed from the column features.", "wrong_number", 4,
      BENCH2, "100; 10 is the frequency threshold.", paper=FD),
    X("The semantic relation dataset contains 10675 word pairs.", "wrong_number", 4,
      SETUP + " " + NEURAL, "8869; 10675 is the syntactic dataset's.", paper=FD),
    C("For the LSA vectors, k ranges from 10% to 100% and is tuned on WS-353.", "text_number",
      5, ALIGN, paper=FD),
    X("For the LSA vectors, k is tuned on RG-65.", "unsupported_relation", 5, ALIGN,
      "Tuned on WS-353.", paper=FD),
    X("The De-En vectors reach a WS-REL correlation of 65.7.", "neighbour_cell", 6, FT1,
      "64.6; 65.7 is Fr-En's.", paper=FD),
    X("The Es-En vectors reach 64.5 on WS-SIM.", "neighbour_cell", 6, FT1,
      "71.6; 64.5 is Es-En's WS-REL and the Average row's WS-SIM.", paper=FD),
    C("Table 1's Average row gives a WS-SIM correlation of 64.5.", "table_cell", 6, FT1,
      paper=FD),
    X("The average SYN-REL accuracy of the three language pairs is 44.", "neighbour_cell", 6,
      FT1, "44.7; 44 is the SEM-REL average.", paper=FD),
    X("Multilingual RNN vectors reach 43.8 on MC-30.", "neighbour_cell", 8, FT2,
      "46.5; 43.8 is MTurk.", paper=FD),
    C("Monolingual RNN vectors reach 47.7 on MC-30.", "table_cell", 8, FT2, paper=FD),
    X("Monolingual SVD vectors reach a WS-SIM correlation of 65.3.", "neighbour_cell", 8, FT2,
      "45.5; 65.3 is the multilingual SVD's.", paper=FD),
    C("The multilingual SG vectors have 48 dimensions.", "table_cell", 8, FT2, paper=FD),
    X("The monolingual SG vectors have 48 dimensions.", "neighbour_cell", 8, FT2,
      "80; 48 is the multilingual row's.", paper=FD),
    X("SVD vectors improve performance as the number of dimensions decreases.",
      "direction_flip", 9, PATTERN, "Upon the increase of the number of dimensions.",
      paper=FD),
    C("SVD vectors are the easiest and fastest to obtain of the three vector types.",
      "paraphrase", 7, PATTERN, paper=FD),
    X("RNN vectors show a uniform pattern of performance across language pairs.", "negation",
      9, PATTERN, "Not true for the RNN vectors, whose curves differ for every pair.",
      paper=FD),
    C("SG vectors show a uniform pattern across different language pairs.", "paraphrase", 9,
      PATTERN, paper=FD),
    X("The multilingual SG vectors are projected with k = 80%.", "wrong_number", 7, NEURAL,
      "k = 60% for the multilingual neural vectors; 80% is the LSA vectors'.", paper=FD),
    X("Multilingual correlation improves MTurk-287 by 4.3 points for every language pair.",
      "cell_arithmetic", 6, FT1, "Fr-En +4.3, but De-En and Es-En +2.4 (53.6 - 51.2).",
      paper=FD),
    C("The Fr-En vectors improve MTurk-287 by 4.3 points over the monolingual English vectors.",
      "cell_arithmetic", 6, FT1, "55.5 - 51.2 = 4.3.", paper=FD),
    C("The Es-En vectors' SEM-REL accuracy is 0.3 points above that of the De-En and Fr-En "
      "vectors.", "cell_arithmetic", 6, FT1, "44.2 - 43.9 = 0.3.", paper=FD),
    X("In the CCA-projected representation, antonyms and synonyms of 'beautiful' share one "
      "cluster.", "wrong_count", 6, QUAL, "Each in their own cluster.", paper=FD),
    U("The monolingual English LSA vectors have 640 dimensions because of a memory limit.", 5,
      SETUP, "No reason is given for the length (section 5.5 varies it).", paper=FD),
    U("The multilingual vectors reach 74.4 on WS-SIM with a co-occurrence window of 5 words.",
      6, FT1, "The window length is not given.", paper=FD),
)

REPORT = LabelledReport(
    file="03_paragraph_and_multilingual_vectors.md",
    title="Paragraph Vectors and Multilingual Word Vectors: A Second Look",
    date="2027-11-06",
    examines="Paragraph Vector on SST, IMDB and retrieval; CCA-projected word vectors",
    research_question="Which settings and results of the two methods hold up on rereading?",
    references=(PV, FD),
    rows=ROWS,
    quality_score=6.9,
)
