"""Held-out-20 report 3 (plain text, bare headings): claims over both available papers, AutoNER
(arXiv 1809.03599) and Li and Hovy's coherence model (ACL D14-1218), in the way a synthesis mixes
them: cells and sentences restated, claims the report generator cut at 120 characters, and
claims that join the two papers' names and numbers in relations neither states (one paper's
setting given to the other, a number of one corpus given to another). Labelled from the page
images (110 dpi) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut
from t1_autoner import AN, DATA, GAP, GOLD, T1, T2, T3, T4, TRAIN
from t2_coherence import DATA as LH_DATA
from t2_coherence import LH, READ, TUNE
from t2_coherence import T1 as LH_T1
from t2_coherence import T2 as LH_T2
from t2_coherence import TRAIN as LH_TRAIN


def C(text, cat, paper, page, ev, why="As printed."):
    return Row(text, True, 0.25, "confirmed", cat, paper, page, ev, why)


def U(text, paper, page, ev, why):
    return Row(text, True, 0.16, "unverified", "unsupported_relation", paper, page, ev, why)


def T(text, paper, page, ev, why):
    return Row(cut(text), True, 0.2, "unverified", "truncated", paper, page, ev, why)


ROWS = (
    C("On NCBI-Disease, Dictionary Match reaches 90.59 precision but only 56.15 recall.",
      "table_cell", AN, 7, T2),
    C("AutoNER's LaptopReview recall is 59.79.", "table_cell", AN, 7, T3),
    C("On LaptopReview, the challenge winner reaches 74.55 F1.", "table_cell", AN, 7, T3),
    C("With the original dictionary, AutoNER obtains 69.96 precision on LaptopReview.",
      "table_cell", AN, 8, T4),
    C("Entity grid averages 0.888 on sentence ordering.", "table_cell", LH, 7, LH_T1),
    C("The graph approach and S&O both reach 0.786 on readability assessment.", "table_cell",
      LH, 8, LH_T2),
    C("The BC5CDR and NCBI-Disease experiments use 200-dimension word vectors pre-trained on "
      "PubMed and PMC.", "text_number", AN, 6, TRAIN),
    C("AutoNER's momentum is set to 0.9.", "text_number", AN, 6, TRAIN),
    C("For sentence ordering, at most 20 random permutations were generated per test article.",
      "text_number", LH, 6, LH_DATA),
    C("Both Britannica versions contain 107 articles.", "text_number", LH, 7, READ),
    C("Optimal performance of the coherence model is achieved with a batch size between 20 and "
      "30.", "text_number", LH, 5, LH_TRAIN),
    C("Tailoring the dictionary raises AutoNER's NCBI-Disease precision by 24.16 points.",
      "cell_arithmetic", AN, 8, T4, "77.30 - 53.14 = 24.16."),
    C("The recursive and recurrent networks average 0.9075 on sentence ordering.",
      "cell_arithmetic", LH, 7, LH_T1, "(0.920 + 0.895) / 2 = 0.9075."),
    C("On BC5CDR, the supervised benchmark stays ahead of every distantly supervised method.",
      "paraphrase", AN, 7, T2, "86.96 is above every other BC5CDR F1 (84.8, 84.23, 84.21, "
      "82.11, 71.98)."),
    C("The coherence model's parameters are tuned by 10-fold cross-validation on the training "
      "data, with 90 documents for training in each fold.", "paraphrase", LH, 6, TUNE),
    C("Readability experiments use five-fold cross-validation, as in earlier work.",
      "paraphrase", LH, 8, READ),
    C("AutoNER needs no human effort beyond the dictionary, while the supervised benchmark uses "
      "gold annotations.", "paraphrase", AN, 7, T2),
    C("A supervised model needs at least 300 annotated BC5CDR articles to match AutoNER's F1.",
      "paraphrase", AN, 8, GOLD),
    T("The AutoNER paper reports that on the BC5CDR dataset its F1 score is only 2.16% away from "
      "the supervised benchmark, which uses gold annotations.", AN, 7, GAP,
      "Cut after the number it reports; the whole claim cannot be judged."),
    T("On the NCBI-Disease dataset, using the tailored dictionary boosts AutoNER's precision "
      "from 53.14% to 77.30% with an acceptable recall loss from 63.54% to 58.54%.", AN, 7,
      T4, "Cut mid-number; the recall loss is lost."),
    T("Li and Hovy report that on the Earthquake corpus, the recursive network reaches 0.976 "
      "accuracy while the graph-based approach only reaches 0.635.", LH, 7, LH_T1,
      "Cut before the graph approach's number."),
    T("In the readability assessment experiments of Li and Hovy, deep learning approaches are "
      "nearly comparable to the combination of entity and S&O features, which reaches 0.888.",
      LH, 8, READ, "Cut before what the approaches are compared to."),
    T("AutoNER's training uses stochastic gradient descent with momentum, a batch size of 10, a "
      "momentum of 0.9 and an initial learning rate of 0.05 that is shrunk by 40%.", AN, 6,
      TRAIN, "Cut in the list of settings."),
    T("The coherence model of Li and Hovy was tuned on a window size L from {3, 5, 7} and a "
      "regularization parameter Q from nine values between 0.01 and 5.0.", LH, 6, TUNE,
      "Cut before the grid of Q."),
    U("AutoNER's NCBI-Disease F1 of 75.52 was obtained with a window size of 3.", AN, 7,
      T2 + " " + TUNE, "Window sizes belong to Li and Hovy's coherence model; AutoNER states "
      "none."),
    U("The coherence model is trained with dropout of 0.5.", LH, 5,
      LH_TRAIN + " " + TRAIN, "Dropout 0.5 is AutoNER's; Li and Hovy state no dropout."),
    U("The recurrent coherence network uses gradient clipping of 5.0.", LH, 5,
      LH_TRAIN + " " + TRAIN, "Gradient clipping is AutoNER's setting."),
    U("AutoNER's learning rate of 0.05 was tuned by 10-fold cross-validation.", AN, 6,
      TRAIN + " " + TUNE, "AutoNER's settings come from 'the analysis conducted in the "
      "development set'; 10-fold cross-validation is Li and Hovy's."),
    U("The 99 earthquake test articles were annotated for coherence by two linguists.", LH, 6,
      LH_DATA, "The test articles are original Associated Press reports and their "
      "permutations; no annotation or annotators are mentioned."),
    U("AutoNER's LaptopReview model is trained for 3,845 iterations.", AN, 6,
      T1 + " " + TRAIN, "3,845 is the number of raw sentences; no iteration count is given."),
    C("BC5CDR comes from the BioCreative V Chemical and Disease Mention Recognition task.",
      "paraphrase", AN, 6, DATA),
)

REPORT = LabelledReport(
    file="03_dictionaries_and_coherence_bare.txt",
    title="Learning Without Annotation: Dictionaries and Sentence Order",
    date="October 8, 2027",
    examines="Learning Named Entity Tagger using Domain-Specific Dictionary; A Model of "
             "Coherence Based on Distributed Sentence Representation",
    research_question="What supervision signal can replace hand annotation for tagging and "
                      "coherence",
    references=(AN, LH),
    abstract="Annotation is costly for both entity tagging and coherence. We contrast a tagger "
             "trained from dictionaries with a coherence model trained from the order of "
             "sentences in articles, and how each is tuned and evaluated.",
    rows=ROWS,
)
