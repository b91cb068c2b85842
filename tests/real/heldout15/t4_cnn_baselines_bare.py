"""Held-out-15 report 4 (text, bare headings): cites only papers that have no copy in sources/,
Kim's Convolutional Neural Networks for Sentence Classification (EMNLP 2014, arXiv 1408.5882)
and Zhang, Zhao and LeCun's Character-level Convolutional Networks for Text Classification
(NIPS 2015, arXiv 1509.01626). Whatever the papers say, every claim must stay unverified because
its sources are missing; nothing another report's paper prints may decide them (fastText's
Tables 1 and 2, cited only by report 1, print char-CNN's 87.2, 62.0 and 5d)."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

KIM = "1408.5882"  # Kim 2014; no copy in sources/
CHAR = "1509.01626"  # Zhang, Zhao, LeCun 2015; no copy in sources/

WHY = "The only cited papers have no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = "No source available: the cited PDFs are not in tests/real/heldout15/sources/."


def missing(text: str, mark: bool, confidence: float, paper: str, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, mark, confidence, "unverified", "source_missing", paper, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("The CNN-static model reaches 81.0% accuracy on the MR movie reviews.", True, 0.33,
            KIM, "can confirm it."),
    missing("CNN-multichannel reaches 88.1% on the binary SST-2 task.", True, 0.3, KIM,
            "can confirm it."),
    missing("The convolutional sentence classifier uses filter windows of 3, 4 and 5 with 100 "
            "feature maps each.", True, 0.27, KIM, "can confirm the filter settings."),
    missing("Training uses a dropout rate of 0.5 and an l2 norm constraint of 3.", True, 0.25, KIM,
            "can confirm the regularisation."),
    missing("The pre-trained word2vec vectors were trained on 100 billion words of Google News.",
            False, 0.2, KIM, "can confirm the corpus size."),
    missing("The character-level ConvNet reaches 62.0% accuracy on Yelp Full.", True, 0.31, CHAR,
            "decides it; fastText's Table 1, cited only by another report, prints 62.0 for "
            "char-CNN."),
    missing("The character-level ConvNet reaches 87.2% on AG News.", True, 0.29, CHAR,
            "decides it; fastText's Table 1, cited only by another report, prints 87.2."),
    missing("An epoch of the large character-level ConvNet on Amazon Polarity takes 5 days.", True,
            0.24, CHAR, "decides it; fastText's Table 2, cited only by another report, prints "
            "5d."),
    missing("The character-level models read an alphabet of 70 characters.", True, 0.22, CHAR,
            "can confirm the alphabet size."),
    missing("Eight large-scale text classification datasets were built for the character-level "
            "study.", False, 0.18, CHAR, "can confirm the count."),
)

REPORT = LabelledReport(
    file="04_cnn_baselines_bare.txt",
    title="Convolutional Baselines for Sentence and Document Classification",
    date="2027-07-10",
    examines="word- and character-level convolutional text classifiers",
    research_question="How strong are simple convolutional baselines for text classification?",
    references=(KIM, CHAR),
    rows=ROWS,
    quality_score=6.4,
)
