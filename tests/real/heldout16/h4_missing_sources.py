"""Blind report 4 (plain text with `#` headings): cites only Tang, Qin and Liu's gated recurrent
document model (D15-1167, EMNLP 2015) and Pontiki et al.'s SemEval-2014 Task 4 overview
(S14-2004), neither of which has a copy in sources/. Every claim must stay unverified because
its only sources are missing, whatever it says, even where a paper cited by another report
prints the same numbers (Yang et al.'s Table 2 reprints Tang et al.'s scores; Wang et al.'s
Table 1 counts the SemEval aspects)."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

TA = "D15-1167"  # Tang, Qin and Liu, EMNLP 2015, pages 1422-1432
PO = "S14-2004"  # Pontiki, Galanis, Pavlopoulos, Papageorgiou, Androutsopoulos, Manandhar

WHY = "The only cited papers have no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = "No source available: the cited papers are not in tests/real/heldout16/sources/."


def missing(text: str, mark: bool, confidence: float, paper: str, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, mark, confidence, "unverified", "source_missing", paper, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("Tang et al. compose sentence vectors with a CNN or an LSTM and then combine them "
            "into a document vector with a gated recurrent neural network.", True, 0.27, TA,
            "can confirm the architecture (Yang et al. describe it the same way)."),
    missing("The LSTM-GRNN model reaches 65.1 accuracy on Yelp 2013.", True, 0.31, TA,
            "can confirm the score (Yang et al.'s Table 2 reprints it)."),
    missing("Conv-GRNN scores 42.5 on the IMDB reviews.", True, 0.22, TA,
            "can confirm the score (reprinted by Yang et al.)."),
    missing("A majority-class baseline gets only 17.9 on IMDB.", False, 0.16, TA,
            "can confirm the baseline (reprinted by Yang et al.)."),
    missing("SVM with bigram features reaches 62.4 on Yelp 2015.", True, 0.19, TA,
            "can confirm the score (reprinted by Yang et al.)."),
    missing("The document models are evaluated on Yelp 2013, 2014 and 2015 and on IMDB.", True,
            0.24, TA, "can confirm the four data sets."),
    missing("SemEval-2014 Task 4 covers restaurant and laptop reviews.", True, 0.28, PO,
            "can confirm the two domains (Wang et al. say the same of the data)."),
    missing("The restaurant reviews are annotated with five aspect categories: food, price, "
            "service, ambience and anecdotes/miscellaneous.", True, 0.23, PO,
            "can confirm the categories (Wang et al.'s Table 1 lists them)."),
    missing("Aspect term polarities are positive, negative, neutral or conflict.", False, 0.15,
            PO, "can confirm the label set."),
    missing("The restaurant training data holds 2179 positive aspect-category instances.",
            True, 0.18, PO, "can confirm the count (Wang et al.'s Table 1 prints it)."),
)

REPORT = LabelledReport(
    file="04_missing_sources.txt",
    title="Benchmarks Behind Neural Sentiment Classification",
    date="April 23, 2027",
    examines="Document Modeling with Gated Recurrent Neural Network for Sentiment "
             "Classification; SemEval-2014 Task 4: Aspect Based Sentiment Analysis",
    research_question="Which benchmarks and baselines later neural sentiment classifiers were "
                      "measured against",
    references=(TA, PO),
    abstract="Later sentiment models report their gains against a few shared benchmarks and "
             "baselines. We review a gated recurrent document model for review ratings and the "
             "shared task that defined aspect-based sentiment analysis.",
    rows=ROWS,
)
