"""Held-out-19 report 5 (Markdown): cites only Hill, Cho and Korhonen, Learning Distributed
Representations of Sentences from Unlabelled Data (arXiv 1602.03483), whose PDF is on purpose
not in sources/. Whatever the paper says, every claim must stay unverified because its only
source is missing; nothing the other reports' papers print may decide them (some claims share
words and numbers with CAFE, the ByteNet and Clark and Gardner: SNLI, Adam, GloVe, 300)."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

HI = "1602.03483"  # Hill, Cho and Korhonen 2016, sentence representations; no copy in sources/

WHY = "The only cited paper has no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = "No source available: the cited PDF is not in tests/real/heldout19/sources/."


def missing(text: str, mark: bool, confidence: float, note: str) -> Row:
    return Row(text, mark, confidence, "unverified", "source_missing", HI, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("Hill et al. find that the best way to learn sentence representations depends "
            "critically on the intended application.", True, 0.3, "can confirm it."),
    missing("Deeper, more complex models are preferable when the representations feed "
            "supervised systems.", True, 0.27, "speaks to the comparison."),
    missing("Shallow log-linear models work best for representation spaces decoded with simple "
            "spatial distance metrics.", True, 0.26, "speaks to it."),
    missing("The paper introduces two new objectives, Sequential Denoising Autoencoders and "
            "FastSent.", True, 0.31, "can decide the count."),
    missing("FastSent is a sentence-level log-linear bag-of-words model.", True, 0.24,
            "can confirm it."),
    missing("FastSent trains faster than SkipThought by more than an order of magnitude.", True,
            0.19, "can decide the speed."),
    missing("SkipThought vectors perform best on the supervised evaluations.", False, 0.16,
            "can decide it."),
    missing("Sequential Denoising Autoencoders outperform FastSent on every unsupervised "
            "similarity benchmark.", True, 0.14, "can decide it."),
    missing("The models are trained on the Toronto Books Corpus of about 70 million sentences.",
            True, 0.2, "can decide the size."),
    missing("Representations learned from dictionary definitions do well on SNLI.", False, 0.13,
            "can decide it; SNLI is also in CAFE's paper, which this report does not cite."),
    missing("The supervised evaluations use a logistic regression classifier on top of frozen "
            "sentence vectors.", True, 0.18, "can decide it."),
    missing("Hill et al. use 300-dimensional GloVe word vectors as the bag-of-words baseline.",
            True, 0.17, "can decide it; 300-dimensional GloVe vectors are also in two other "
            "papers of this corpus, which this report does not cite."),
    missing("All the models are optimised with Adam at a learning rate of 0.0003.", False, 0.12,
            "can decide it; Adam at 0.0003 is printed by CAFE and the ByteNet, not cited here."),
)

REPORT = LabelledReport(
    file="05_unlabelled_sentence_representations.md",
    title="Learning Sentence Representations Without Labels",
    date="2027-10-06",
    examines="unsupervised objectives for distributed sentence representations",
    research_question="Which unsupervised objectives give the most useful sentence "
                      "representations?",
    references=(HI,),
    rows=ROWS,
    quality_score=5.9,
)
