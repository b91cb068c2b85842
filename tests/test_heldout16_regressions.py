"""Wrong verdicts the sixteenth blind corpus (tests/real/heldout16: natural claims about three
two-column ACL/NAACL/EMNLP papers, round 16) showed on its first run, each fixed by a general
rule and pinned here on the real page.

The corpus's claims stay blind: each test pins another claim of the same kind, written from the
same page, that got the same wrong verdict before the rule.

The first run (status accuracy 0.403; 20 confirmed, 8 contradicted) gave one wrong decisive
verdict: a claim that said something of a part of a counted set ("most of the N ...") was
confirmed by the sentence that prints N for the whole set and says nothing of any part of it.
A part of a whole given in words ("most of", "the majority of", "nearly all of", "a minority
of") is a share like "half" or "a third": a passage must print it (the word, a percentage or a
fraction) to support the claim (`guards_unsaid_parts._PART`, read by `unprinted_share`).

`PROBES`: claims against the same page, labelled from it before they ran (not part of the
corpus); none may get a wrong decisive verdict.
"""

from __future__ import annotations

import re

import pytest
from probe_verdicts import DECISIVE, explained, verify_on

from verify_claims.claims import Status
from verify_claims.verify import guards_unsaid_parts
from verify_claims.verify.guards_unsaid_parts import unprinted_share

DA = "P15-1162"  # Iyyer et al., Deep Unordered Composition ... (ACL 2015), p.7 §5.2
MAJORITY = ("The majority of the 92 sentences with a negation and a contrastive conjunction "
            "come from the test set of the SST.")
NEARLY = "Nearly all of the 92 negation sentences were drawn from the SST test set."
WRONG = {  # claim -> (paper, the wrong verdict it got, the words of the rule's explanation)
    MAJORITY: (DA, Status.confirmed, "The claim gives a share (\u201cThe majority of\u201d)"),
    NEARLY: (DA, Status.confirmed, "The claim gives a share (\u201cNearly all of\u201d)"),
}


def _no_parts(monkeypatch) -> None:
    monkeypatch.setattr(guards_unsaid_parts, "_PART", re.compile(r"(?!)"))


PROBES = {
    DA: (("The 92 sentences with a negation and a contrastive conjunction come from the dev "
          "and test sets of the SST.", "true"),
         ("Iyyer et al. collect 92 SST sentences that each contain a negation and a "
          "contrastive conjunction.", "true"),
         ("Iyyer et al. collect 29 SST sentences that each contain a negation and a "
          "contrastive conjunction.", "false"),
         ("Most of the 92 negation sentences are positive.", "true"),
         ("Most of the 92 sentences with a negation and a contrastive conjunction come from "
          "the SST dev set.", "unsaid")),
}


@pytest.mark.parametrize("text", list(WRONG))
def test_the_wrong_verdicts_are_gone_and_say_why(heldout16_paper, text):
    stem, _, why = WRONG[text]
    verdict = verify_on({stem: heldout16_paper(stem)[0]}, stem, [text])[0]
    assert verdict.status == Status.unverified, explained(verdict)
    assert why in explained(verdict)


@pytest.mark.parametrize("text", list(WRONG))
def test_each_rule_is_what_keeps_the_wrong_verdict_away(heldout16_paper, monkeypatch, text):
    """With the rule switched off, the page gives the wrong verdict again: the test above pins
    the rule, not some other reading."""
    stem, wrong, _ = WRONG[text]
    _no_parts(monkeypatch)
    assert verify_on({stem: heldout16_paper(stem)[0]}, stem, [text])[0].status == wrong


@pytest.mark.parametrize("stem", sorted(PROBES))
def test_the_probes_get_no_wrong_decisive_verdict(heldout16_paper, stem):
    texts = [text for text, _ in PROBES[stem]]
    verdicts = verify_on({stem: heldout16_paper(stem)[0]}, stem, texts)
    for (text, gold), verdict in zip(PROBES[stem], verdicts, strict=True):
        if verdict.status.value in DECISIVE:
            assert DECISIVE[verdict.status.value] == gold, (text, explained(verdict))


def test_a_part_in_words_must_be_printed():
    assert unprinted_share("Most of the 92 items are new.", ["92 items, new and old"]) == \
        "Most of"
    assert unprinted_share("The majority of errors are X.", ["the 40 errors"]) == \
        "The majority of"
    # printed as the word, or as a percentage: the passage gives the share
    assert unprinted_share("Most of the 92 items are new.", ["most of them are new"]) is None
    assert unprinted_share("The majority of errors are X.", ["59% of errors are X"]) is None
    # "most" as a superlative, not a part of a whole
    assert unprinted_share("It is the most frequent word.", ["the word"]) is None
    assert unprinted_share("About half of them.", ["fields of the records"]) == "half"
