"""Round 33: a share stated in words must be printed by the evidence that confirms the claim.

Cohan et al., SPECTER (ACL 2020, the PDF of tests/real/claims), footnote 15 (page 8): "We also
experimented with further task-specific fine-tuning of our SPECTER on the end tasks but we did
not observe additional improvements". "Fine-tuning SPECTER further on the end tasks brought no
additional improvement" (labelled confirmed, a paraphrase) decided nothing once the footnote
was read: the "but" was taken for a turn between two subjects (contrast_sides.py,
contrast_directions.py), where the second side only gives the outcome of what the authors tried
(`contrast_sides.trial_outcome`).

Lo et al., papermage (EMNLP 2023 demo, the PDF of tests/real/tables), Table 2 (page 5): RoBERTa
scores 83.2 macro F1 on the Grobid subset, trained on the full data. "Trained on a tenth of the
data, the RoBERTa variant reaches a macro F1 of 83.2 on the Grobid subset" (labelled unverified:
no such run) was confirmed by that cell once the paper's footnotes were read: its missing words
fell from 0.303 to 0.298 of its weight, under the table check's 0.3. Word weights are now read
from the body alone, but the same claim without "variant" ("Trained on a tenth of the data,
RoBERTa reaches ...") and "On a quarter of the data, RoBERTa scores 83.2 ..." are confirmed by
the cell unless the share is asked for (`verify/guards_fraction_words.py`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from probe_verdicts import verify_on

from verify_claims.claims import Paper, Status
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import (
    contrast_directions,
    contrast_sides,
    guard_chain,
    guards_fraction_words,
)
from verify_claims.verify.guards_fraction_words import unprinted_fraction

SPECTER = Path(__file__).parent / "real" / "claims" / "sources" / "2020.acl-main.207.pdf"
PAPERMAGE = Path(__file__).parent / "real" / "tables" / "sources" / "2023.emnlp-demo.45.pdf"
TENTH = ("Trained on a tenth of the data, the RoBERTa variant reaches a macro F1 of 83.2 on the "
         "Grobid subset.")


@cache
def _paper(path: Path = PAPERMAGE) -> Paper:
    return parse_paper(read_document(path))


def _status(text: str, path: Path = PAPERMAGE) -> tuple[Status, str]:
    claim = verify_on({path.stem: _paper(path)}, path.stem, [text])[0]
    return claim.status, " ".join(check.explanation for check in claim.checks)


FINE_TUNING = "Fine-tuning SPECTER further on the end tasks brought no additional improvement."


def test_a_tried_option_and_its_outcome_are_no_two_subjects(monkeypatch):
    status, why = _status(FINE_TUNING, SPECTER)
    assert status == Status.confirmed, why
    # the opposite is not confirmed
    status, why = _status("Further fine-tuning SPECTER on the end tasks brought additional "
                          "improvements.", SPECTER)
    assert status != Status.confirmed, why
    # planted: the outcome read as another subject's turn again
    monkeypatch.setattr(contrast_sides, "trial_outcome", lambda *args: False)
    monkeypatch.setattr(contrast_directions, "trial_outcome", lambda *args: False)
    status, why = _status(FINE_TUNING, SPECTER)
    assert status == Status.unverified, why


@pytest.mark.parametrize(("text", "expected"), [
    ("We also experimented with X but we did not observe additional improvements.", True),
    ("We tried other losses, but they underperformed the L2 loss.", True),
    ("We also tried averaging, but this resulted in a slight decrease.", True),
    # two subjects: the turn is a contrast
    ("A and B helped, but C did not.", False),
    ("We experimented with A, but B did not help.", False),
    ("A helps X, while we did not test B.", False),
])
def test_trial_outcome(text, expected):
    turn = next(index for index in range(len(text))
                if text[index:].lstrip(" ,").startswith(("but", "while")))
    assert contrast_sides.trial_outcome(text, turn) is expected


@pytest.mark.parametrize("text", [
    TENTH,
    "Trained on a tenth of the data, RoBERTa reaches a macro F1 of 83.2 on the Grobid subset.",
    "On a quarter of the data, RoBERTa scores 83.2 F1 on the Grobid subset.",
])
def test_a_share_in_words_the_cell_does_not_state_confirms_nothing(text, monkeypatch):
    status, why = _status(text)
    assert status == Status.unverified, why
    # the same cell, no share claimed: confirmed as before
    status, why = _status("The RoBERTa variant reaches a macro F1 of 83.2 on the Grobid subset.")
    assert status == Status.confirmed, why


@pytest.mark.parametrize("text", [
    "Trained on a tenth of the data, RoBERTa reaches a macro F1 of 83.2 on the Grobid subset.",
    "On a quarter of the data, RoBERTa scores 83.2 F1 on the Grobid subset.",
])
def test_planted_shares_in_words_unread(text, monkeypatch):
    status, why = _status(text)
    assert "The claim states a share" in why, why
    monkeypatch.setattr(guard_chain, "guard_fraction_words", lambda *args: None)
    status, why = _status(text)
    assert status == Status.confirmed, why


@pytest.mark.parametrize(("claim", "printed", "expected"), [
    ("trained on a tenth of the data", "83.2 on the full data", "a tenth"),
    ("trained on a tenth of the data", "trained on 10% of the data", None),
    ("trained on a tenth of the data", "one tenth of the training set", None),
    ("two-thirds of the errors are recall errors", "66.7% of the errors", None),
    ("two thirds of the errors", "a third of the errors", "two thirds"),
    ("half of the runs fail", "50 percent of runs", None),
    ("half of the runs fail", "in half the runs", None),
    ("a quarter of the samples", ".25 of samples", None),
    ("a quarter of the samples", "1/4 of samples", None),
    ("a quarter of the samples", "25.3% of samples", "a quarter"),
    ("the first half", "anything", None),  # no share of something
])
def test_unprinted_fraction(claim, printed, expected):
    assert unprinted_fraction(claim, printed) == expected


@given(st.sampled_from(sorted(guards_fraction_words._DENOMINATORS)),
       st.sampled_from(["a", "one", "two", "three"]), st.text(max_size=40))
def test_a_share_printed_as_its_percentage_is_accounted(part, count, noise):
    """Property: whatever else the evidence prints, the share's own percentage accounts for
    it, and the claim's own words always do."""
    claim = f"{count} {part} of the items"
    denominator = guards_fraction_words._DENOMINATORS[part]
    number = guards_fraction_words._COUNTS[count]
    percent = f"{100 * number / denominator:.1f}".rstrip("0").rstrip(".")
    assert unprinted_fraction(claim, f"{noise} {percent}% of the items") is None
    assert unprinted_fraction(claim, f"{noise} {claim}") is None


ISCA = Path(__file__).parent / "real" / "papers" / "isca_speech_courses.pdf"
SWAPPED = "Versions with Greek L1 and Japanese L2 are in preparation."


def test_a_passage_with_two_of_the_claims_words_swapped_confirms_nothing(monkeypatch):
    """Footnote 2 of the ISCA speech-courses paper: "Versions with Japanese L1 and Greek L2 are
    in preparation" (probe27a labels the swapped claim false)."""
    status, why = _status(SWAPPED, ISCA)
    assert status != Status.confirmed, why
    status, why = _status("Versions with Japanese L1 and Greek L2 are in preparation.", ISCA)
    assert status == Status.confirmed, why
    monkeypatch.setattr(guard_chain, "guard_swapped_tokens", lambda *args: None)
    status, why = _status(SWAPPED, ISCA)
    assert status == Status.confirmed, why


@pytest.mark.parametrize(("claim", "quote", "expected"), [
    ("Greek L1 and Japanese L2", "Versions with Japanese L1 and Greek L2 are ready.",
     ("greek", "japanese")),
    ("A beats B on X", "we find that B beats A on X", ("a", "b")),
    ("Greek L1 and Japanese L2", "Versions with Greek L1 and Japanese L2 are ready.", None),
    ("Greek L1 and Japanese L2", "Greek L2 and Japanese L1", ("l1", "l2")),
    ("A and B", "B and A", None),  # too short to say anything
])
def test_swapped_pair(claim, quote, expected):
    from verify_claims.verify.guards_swapped_tokens import swapped_pair
    assert swapped_pair(claim, quote) == expected
