"""Round 34: a claim giving two measures of one subject, or one measure in two settings, is read
as two claims (verify/measure_pairs.py).

Beltagy et al., SciBERT (EMNLP 2019, the PDF of tests/real/redteam3), Table 1 (page 3):
finetuned SciBERT scores 91.99 UAS and 90.43 LAS on GENIA, frozen SciBERT 90.36 LAS. "On GENIA,
finetuned SciBERT reaches a UAS of 91.99 and a LAS of 90.43" (labelled confirmed) stayed
unverified: no cell holds both numbers, and the other measure was always unaccounted.

Cui et al., Attention-over-Attention (ACL 2017, the PDF of tests/real/redteam7), Table 1 (page
5): CBTest NE has 2,000 validation and 2,500 test queries. Hu et al., ARC (NIPS 2014, the PDF
of tests/real/redteam10), Table 3 (page 8): SENMLP reaches 68.4% accuracy and 79.5 F1 on
paraphrase identification.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from probe_verdicts import verify_on
from test_source_check import make_claim

from verify_claims.claims import Paper, Status
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import measure_pairs, reference_checks
from verify_claims.verify.measure_pairs import measure_parts

REAL = Path(__file__).parent / "real"
SCIBERT = REAL / "redteam3" / "sources" / "1903.10676.pdf"
AOA = REAL / "redteam7" / "sources" / "1607.04423.pdf"
ARC = REAL / "redteam10" / "sources" / "1503.03244.pdf"
GENIA = "On GENIA, finetuned SciBERT reaches a UAS of {} and a {} of {}."


@cache
def _paper(path: Path) -> Paper:
    return parse_paper(read_document(path))


def _status(text: str, path: Path = SCIBERT) -> tuple[Status, str]:
    claim = verify_on({path.stem: _paper(path)}, path.stem, [text])[0]
    return claim.status, " ".join(check.explanation for check in claim.checks)


@pytest.mark.parametrize(("text", "path", "expected"), [
    (GENIA.format("91.99", "LAS", "90.43"), SCIBERT, Status.confirmed),
    # the LAS of frozen SciBERT; then a UAS no cell prints
    (GENIA.format("91.99", "LAS", "90.36"), SCIBERT, Status.contradicted),
    (GENIA.format("93.99", "LAS", "90.43"), SCIBERT, Status.contradicted),
    # a measure the table does not print: one part unverified decides nothing, whether the
    # other part is right or wrong
    (GENIA.format("91.99", "BLEU", "90.43"), SCIBERT, Status.unverified),
    (GENIA.format("93.99", "BLEU", "12.0"), SCIBERT, Status.unverified),
    ("CBTest NE has 2,000 validation and 2,500 test queries.", AOA, Status.confirmed),
    ("CBTest NE has 2,500 validation and 2,000 test queries.", AOA, Status.contradicted),
    ("SENMLP reaches 68.4% accuracy and 79.7 F1 on paraphrase identification.", ARC,
     Status.contradicted),
    ("On paraphrase identification, ARC-II reaches 69.9% accuracy and 80.91 F1.", ARC,
     Status.confirmed),
    # one measure in two settings, the second number lent the first's measure
    ("The hidden layer has 384 units for CBTest NE and 256 for CNN News.", AOA,
     Status.confirmed),
    ("On CBTest NE, the single AoA Reader with re-ranking reaches 79.6 on validation and 74.0 "
     "on test.", AOA, Status.confirmed),
    # the test score printed nowhere: the part is unverified, and so is the claim
    ("On CBTest NE, the single AoA Reader with re-ranking reaches 79.6 on validation and 79.0 "
     "on test.", AOA, Status.unverified),
])
def test_two_measures_are_read_one_at_a_time(text, path, expected, monkeypatch):
    status, why = _status(text, path)
    assert status == expected, why
    if expected != Status.unverified:
        assert "two measures, read one at a time" in why
        # planted: without the two readings, the claim is left unverified again
        monkeypatch.setattr(reference_checks, "_measures", lambda *args: [])
        status, why = _status(text, path)
        assert status == Status.unverified, why


# Wieting et al. (ICLR 2016, the PDF of tests/real/redteam9), Table 1: the STS tasks of 2012 to
# 2015, each with its teams and submissions; 2012 had 35 teams, 2013 89 submissions.
STS_PDF = REAL / "redteam9" / "sources" / "1511.08198.pdf"


def test_two_parts_decided_about_two_rows_decide_nothing(monkeypatch):
    # each part is true of some STS (35 teams in 2012, 89 submissions in 2013); the whole claim
    # is true of none
    text = "STS had 35 teams and 89 submissions."
    status, why = _status(text, STS_PDF)
    assert status == Status.unverified, why
    # planted: any two deciding checks taken as one subject's, and the claim is confirmed
    monkeypatch.setattr(measure_pairs, "one_subject", lambda *args: True)
    status, why = _status(text, STS_PDF)
    assert status == Status.confirmed, why


@pytest.mark.parametrize(("text", "parts"), [
    ("On the SQuAD dev set, QANet reaches 73.6 EM and 82.7 F1.",
     ("On the SQuAD dev set, QANet reaches 73.6 EM.",
      "On the SQuAD dev set, QANet reaches 82.7 F1.")),
    ("QANet reaches 76.2 EM and 84.6 F1 on the SQuAD test set.",
     ("QANet reaches 76.2 EM on the SQuAD test set.",
      "QANet reaches 84.6 F1 on the SQuAD test set.")),
    ("CBTest NE has 2,000 validation and 2,500 test queries.",
     ("CBTest NE has 2,000 validation queries.", "CBTest NE has 2,500 test queries.")),
    # a plural first measure shares no noun with the second
    ("The NYT test set holds 172,448 sentences and 1,950 relational facts.",
     ("The NYT test set holds 172,448 sentences.",
      "The NYT test set holds 1,950 relational facts.")),
    ("The system scored a Rouge-2 of 30.0 and a BERTScore of 38.0 against the edits.",
     ("The system scored a Rouge-2 of 30.0 against the edits.",
      "The system scored a BERTScore of 38.0 against the edits.")),
    ("BERT-Base reaches 84.6% accuracy on MNLI matched and 83.4% on MNLI mismatched.",
     ("BERT-Base reaches 84.6% accuracy on MNLI matched.",
      "BERT-Base reaches 83.4% accuracy on MNLI mismatched.")),
    ("The optimal window size is 15 for dbow and 5 for dmpv.",
     ("The optimal window size is 15 for dbow.", "The optimal window size is 5 for dmpv.")),
    # not two measures of one subject
    ("Models with between 5 and 10 layers work.", None),
    ("A reaches 73.6 EM and B reaches 82.7 F1.", None),
    ("A and B reach 73.6 EM and 82.7 EM, respectively.", None),
    ("The corpus has 8544 training, 2210 test and 1101 validation sentences.", None),
    ("QANet reaches 73.6 EM and F1 of 82.7.", None),
    ("It rose to 5 in 2019 and 7 in 2020, respectively.", None),
    ("The corpus has 10 texts, 5 on news and 7 on law.", None),
])
def test_measure_parts(text, parts):
    found = measure_parts(make_claim(text))
    assert (None if found is None else tuple(part.text for part in found)) == parts


_MEASURES = ["EM", "F1", "accuracy", "BLEU", "UAS", "recall"]
_HEADS = ["On the dev set, QANet reaches", "Our model scores", "The baseline has"]
_TAILS = ["", " on SQuAD", " in the test split"]


@given(st.sampled_from(_HEADS), st.sampled_from(_TAILS),
       st.tuples(st.sampled_from(_MEASURES), st.sampled_from(_MEASURES)).filter(
           lambda pair: pair[0] != pair[1]),
       st.decimals(min_value=1, max_value=99, places=1),
       st.decimals(min_value=1, max_value=99, places=2), st.booleans())
@settings(max_examples=60, deadline=None)
def test_each_part_keeps_one_number_and_everything_else(head, tail, measures, first, second,
                                                        of_form):
    """Each part holds its own number and measure, the other part's neither, and the claim's
    shared words; a "respectively" makes it no pair of measures."""
    one, two = measures
    if of_form:
        text = f"{head} a {one} of {first} and a {two} of {second}{tail}."
    else:
        text = f"{head} {first} {one} and {second} {two}{tail}."
    parts = measure_parts(make_claim(text))
    assert parts is not None
    for part, mine, theirs in zip(parts, [(first, one), (second, two)],
                                  [(second, two), (first, one)], strict=True):
        words = part.text.rstrip(".").split(" ")
        assert str(mine[0]) in words and mine[1] in words
        assert str(theirs[0]) not in words and theirs[1] not in words
        assert part.text.startswith(head) and part.text.endswith(f"{tail}.")
        assert [quantity.value for quantity in part.quantities] == [float(mine[0])]
    assert measure_parts(make_claim(text[:-1] + ", respectively.")) is None
