"""Wrong verdicts the fourteenth blind corpus (tests/real/heldout14: natural claims about three
new two-column papers, round 15) and a probe of its papers showed, each fixed by a general rule
and pinned here on the real page.

The corpus's first run (accuracy 0.308; 9 confirmed, 8 contradicted) gave four wrong decisive
verdicts:

- arXiv:1609.06038 p.7: "The 300D NTI-SLSTM-LSTM reaches a training accuracy of 88.6" (false:
  88.5; 88.6 is the btree-LSTM's and HIM's) confirmed by Table 1 read as one flattened passage
  ("(13) 300D NTI-SLSTM-LSTM (...) 3.2M 88.5 87.3 (14) ... (15) 300D btree-LSTM encoders (...)
  2.0M 88.6 87.6") (`guards_flattened_rows.guard_flattened_rows`);
- arXiv:1603.01354 p.6: "The BLSTM baseline reaches 91.57 F1 on the NER test set" (false: its
  dev F1) confirmed by Table 3's cell BLSTM × NER / Dev / F1, the caption naming "both the
  development and test sets" (`guards_header_splits.guard_header_splits`);
- arXiv:1603.01354 p.2: "The CRF model's gain on out-of-both-vocabulary entities is what lifts
  its overall NER F1 to 91.21" (a cause the paper never gives) confirmed by the introduction's
  "91.21% F1 for NER" (`guards_cause_phrases.guard_cause_phrases`);
- arXiv:1603.01354 p.7: "On the OOEV subset of the POS dev set, dropout raises accuracy to
  91.05" (unverifiable) contradicted by Table 8's token count 659, a table whose caption says it
  lists numbers of tokens and entities (`guards_counted_cells.guard_counted_cells`).

`PROBES` below (44 adversarial claims against the same papers: the wrong row, column or
split, swapped systems, another model size; labelled from the pages before they ran, not part
of the corpus) gave three more:

- arXiv:1705.02364 p.8: "With ResNet-101 features, SkipThought's image retrieval R@1 is 25.9"
  (false: 30.6) confirmed by "going from 33.8 to 37.9 ..., and from 25.9 to 30.6 on image
  retrieval R@1" (`guards_change_starts.guard_change_starts`);
- arXiv:1705.02364 p.5: "SkipThought's STS14 Pearson correlation is .44" (false: .29) confirmed
  by "We report Pearson correlation.", a passage without the number the parser never read
  (`guards_bare_decimals.guard_bare_decimals`);
- arXiv:1603.01354 p.6: "BLSTM-CNN reaches 93.07 F1 on the NER test set" (false: its dev F1),
  the header-split fault above.

With the rules, none of the probes gets a wrong decisive verdict.
"""

from __future__ import annotations

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status
from verify_claims.verify import guard_chain

IS, ES, MH = "1705.02364", "1609.06038", "1603.01354"
WRONG = {  # claim -> (paper, the wrong verdict it got, the words of the rule's explanation)
    "The 300D NTI-SLSTM-LSTM reaches a training accuracy of 88.6.":
        (ES, Status.confirmed, "another row of the flattened table"),
    "The BLSTM baseline reaches 91.57 F1 on the NER test set.":
        (MH, Status.confirmed, "name another data split"),
    "The CRF model's gain on out-of-both-vocabulary entities is what lifts its overall NER F1 "
    "to 91.21.": (MH, Status.confirmed, "gives a cause"),
    # Since round 23 (bare decimals read, rec23) two of these are withheld first by a later
    # guard: Table 9's own 91.05 (guard_better_printed_cell), and .44 given to "ST"
    # (guard_for_phrases); both switched off with the rule below.
    "On the OOEV subset of the POS dev set, dropout raises accuracy to 91.05.":
        (MH, Status.contradicted, "prints the claimed"),
    # found by the probe
    "With ResNet-101 features, SkipThought's image retrieval R@1 is 25.9.":
        (IS, Status.confirmed, "where a change starts"),
    "SkipThought's STS14 Pearson correlation is .44.":
        (IS, Status.confirmed, "for \u201cST\u201d, which the claim does not name"),
    "BLSTM-CNN reaches 93.07 F1 on the NER test set.":
        (MH, Status.confirmed, "name another data split"),
}
RULES = {
    "The 300D NTI-SLSTM-LSTM reaches a training accuracy of 88.6.": "guard_flattened_rows",
    "The BLSTM baseline reaches 91.57 F1 on the NER test set.": "guard_header_splits",
    "The CRF model's gain on out-of-both-vocabulary entities is what lifts its overall NER F1 "
    "to 91.21.": "guard_cause_phrases",
    "On the OOEV subset of the POS dev set, dropout raises accuracy to 91.05.":
        "guard_counted_cells",
    "With ResNet-101 features, SkipThought's image retrieval R@1 is 25.9.":
        "guard_change_starts",
    "SkipThought's STS14 Pearson correlation is .44.": "guard_bare_decimals",
    "BLSTM-CNN reaches 93.07 F1 on the NER test set.": "guard_header_splits",
}
# Adversarial claims against the corpus's papers, labelled from the pages before they ran: none
# may get a wrong decisive verdict against its own paper.
PROBES = {
    IS: (("BiLSTM-Max trained on AllNLI reaches 88.7 on TREC.", "contradicted"),
         ("SkipThought reaches 92.2 on TREC.", "confirmed"),
         ("SkipThought-LN reaches 92.2 on TREC.", "contradicted"),
         ("On SICK-R, SkipThought-LN scores 0.858.", "confirmed"),
         ("GloVe BOW scores 0.815 on SICK-R.", "contradicted"),
         ("fastText BOW reaches 78.3 on MR.", "confirmed"),
         ("In the architecture comparison, inner-attention reaches 82.5 on the SNLI dev set.",
          "contradicted"),
         ("HConvNet reaches 83.7 on the SNLI test set.", "contradicted"),
         ("HConvNet reaches 83.7 on the SNLI dev set.", "confirmed"),
         ("BiLSTM-Max reaches a micro transfer score of 83.7.", "contradicted"),
         ("A 4096-dimensional GRU gets 81.8 on SNLI test.", "confirmed"),
         ("A 2048-dimensional GRU gets 81.8 on SNLI test.", "unverified"),
         ("Caption retrieval R@5 for the AllNLI encoder is 76.1.", "contradicted"),
         ("With VGG19 features, SkipThought's image retrieval R@1 is 25.9.", "confirmed"),
         ("With ResNet-101 features, SkipThought's image retrieval R@1 is 25.9.",
          "contradicted"),
         ("The median caption rank of the AllNLI encoder is 2.", "confirmed"),
         ("On MRPC, the SNLI-trained BiLSTM-Max reaches an F1 of 83.1.", "contradicted"),
         ("On STS14, SkipThought-LN reaches a Pearson correlation of .44.", "confirmed"),
         ("SkipThought's STS14 Pearson correlation is .44.", "contradicted"),
         ("The untrained BiLSTM-Max scores 88.7 on MPQA.", "confirmed")),
    ES: (("The 300D SPINN-PI encoders have 3.7M parameters.", "confirmed"),
         ("The 300D LSTM encoders have 3.7M parameters.", "contradicted"),
         ("The 100D LSTM with attention reaches 85.3 training accuracy.", "confirmed"),
         ("The 100D LSTM with attention reaches 85.3 on SNLI test.", "contradicted"),
         ("ESIM without the P-based attention reaches 91.6 training accuracy.", "confirmed"),
         ("ESIM without the H-based attention reaches 91.6 training accuracy.", "contradicted"),
         ("The syn.tree model alone reaches 92.9 training accuracy.", "confirmed"),
         ("ESIM + tree reaches 88.2 on test.", "confirmed"),
         ("The 450D LSTMN with deep attention fusion reaches 86.8 on SNLI test.",
          "contradicted"),
         ("Intra-sentence attention on top of the decomposable attention model reaches 86.8 on "
          "test.", "confirmed"),
         ("The 600D ESIM reaches 88.0% on SNLI's training set.", "contradicted"),
         ("HIM reaches 93.5 on SNLI test.", "contradicted")),
    MH: (("BLSTM-CNN reaches 93.07 F1 on the NER dev set.", "confirmed"),
         ("BLSTM-CNN reaches 93.07 F1 on the NER test set.", "contradicted"),
         ("The BRNN baseline reaches 96.56 POS accuracy on the test set.", "contradicted"),
         ("Without dropout, POS dev accuracy is 97.06.", "confirmed"),
         ("With dropout, POS dev accuracy is 97.06.", "contradicted"),
         ("On the NER test set, the OOTV entities number 1,597.", "confirmed"),
         ("On the NER dev set, the OOTV entities number 1,597.", "contradicted"),
         ("The CoNLL-2003 dev set has 3,466 sentences.", "confirmed"),
         ("The CoNLL-2003 test set has 3,466 sentences.", "contradicted"),
         ("On OOBV POS dev words, LSTM-CNN reaches 82.71 accuracy.", "contradicted"),
         ("The full model's NER test recall is 91.06.", "confirmed"),
         ("The BLSTM-CNN-CRF model reaches 91.21 F1 on the NER dev set.", "contradicted")),
}
DECISIVE = (Status.confirmed.value, Status.contradicted.value)


@pytest.fixture(scope="module")
def flattened_es():
    """arXiv:1609.06038 as the reader read it before round 16: Table 1, which spans both
    columns, lost (its long row labels run up to the gutter, and the left side was taken for
    prose; extract/gutter_rows.py now reads them as rows), its rows one flattened passage.
    The flattened-rows rule was found on that reading and is pinned on it."""
    from conftest import ROUND15_SOURCES, _read_real

    from verify_claims.extract import grid_tables

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grid_tables, "row_across_gutter", lambda *args: False)
        paper, _ = _read_real(ES, ROUND15_SOURCES)
    return paper


def _verify(round15_paper, stem: str, claims, flattened=None):
    paper = flattened if flattened is not None and stem == ES else round15_paper(stem)[0]
    made = [mutations.Made(text=text, kind="test", paper=stem, origin=text) for text in claims]
    return mutations.verify(made, {stem: paper})


def _explained(claim) -> str:
    return " ".join(check.explanation for check in claim.checks)


@pytest.mark.parametrize("text", list(WRONG))
def test_the_wrong_verdicts_are_gone_and_say_why(round15_paper, flattened_es, monkeypatch,
                                                 text):
    stem, _, why = WRONG[text]
    # probe33a's coarser cells (round 33) withhold the OOEV claim too, earlier and in its own
    # words ("Table 8 prints fewer decimals"): off, so each rule here says why.
    monkeypatch.setattr(guard_chain, "guard_coarse_cells", lambda *args: None)
    verdict = _verify(round15_paper, stem, [text], flattened_es)[0]
    assert verdict.status == Status.unverified, _explained(verdict)
    assert why in _explained(verdict)


@pytest.mark.parametrize("text", list(WRONG))
def test_each_rule_is_what_keeps_the_wrong_verdict_away(round15_paper, flattened_es,
                                                        monkeypatch, text):
    """With the rule disabled, the page gives the wrong verdict again: the test above pins the
    rule, not some other reading."""
    stem, wrong, _ = WRONG[text]
    monkeypatch.setattr(guard_chain, RULES[text], lambda *args: None)
    # Round 15's guard of labels of other tables (guards_headed_elsewhere.py) also keeps one
    # of these contradictions away; it is switched off with the rule.
    monkeypatch.setattr(guard_chain, "guard_headed_elsewhere", lambda *args: None)
    monkeypatch.setattr(guard_chain, "guard_better_printed_cell", lambda *args: None)
    monkeypatch.setattr(guard_chain, "guard_for_phrases", lambda *args: None)
    monkeypatch.setattr(guard_chain, "guard_coarse_cells", lambda *args: None)  # round 33
    assert _verify(round15_paper, stem, [text], flattened_es)[0].status == wrong


def test_read_whole_table_1_contradicts_the_training_accuracy_by_its_cell(round15_paper):
    """Round 16: Table 1 of arXiv:1609.06038 is read as a table (extract/gutter_rows.py), and
    the claim is contradicted by its own row's training accuracy, 88.5."""
    text = "The 300D NTI-SLSTM-LSTM reaches a training accuracy of 88.6."
    verdict = _verify(round15_paper, ES, [text])[0]
    assert verdict.status == Status.contradicted
    assert "88.5" in _explained(verdict)


@pytest.mark.parametrize("stem", sorted(PROBES))
def test_the_probes_get_no_wrong_decisive_verdict(round15_paper, stem):
    texts = [text for text, _ in PROBES[stem]]
    for (text, gold), verdict in zip(PROBES[stem], _verify(round15_paper, stem, texts),
                                     strict=True):
        if verdict.status.value in DECISIVE:
            assert verdict.status.value == gold, (text, _explained(verdict))


def test_the_rules_read_only_what_the_texts_print():
    from verify_claims.verify.guards_bare_decimals import bare_decimals
    from verify_claims.verify.guards_cause_phrases import cause_phrase
    from verify_claims.verify.guards_change_starts import change_start
    from verify_claims.verify.guards_counted_cells import counts_table
    from verify_claims.verify.guards_flattened_rows import claim_names, other_row
    from verify_claims.verify.guards_header_splits import header_splits

    assert header_splits(["BLSTM"], ["NER", "Dev", "F1"]) == {"dev"}
    assert header_splits(["BLSTM"], ["NER", "F1"]) == frozenset()
    assert counts_table("Table 8: Statistics of the partition on each corpus.")
    assert counts_table("Table 2: It lists the number of tokens of each subset.")
    assert not counts_table("Table 2: BLEU-4 results. @ indicates the optimal number of epochs.")
    assert cause_phrase("The gain is what lifts its F1 to 91.21.") == "is what lifts"
    assert cause_phrase("Its accuracy is owed to its size.") == "owed to"
    assert cause_phrase("Those results are what remained.") is None
    assert cause_phrase("The model is what we use.") is None
    flattened = ("Model Train Test (1) A-Net (X et al., 2015) 1.0M 80.1 70.2 (2) B-Net (Y et al., "
                 "2016) 2.0M 81.1 71.2 (3) C-Net (Z et al., 2016) 3.0M 82.1 72.2 (4) D-Net "
                 "4.0M 83.1 73.2 (5) E-Net 5.0M 84.1 74.2")
    assert claim_names("The 300D NTI-SLSTM-LSTM reaches 88.6.") == {"nti-slstm-lstm"}
    assert other_row("C-Net reaches 83.1 on train.", flattened, "83.1") == "c-net"
    assert other_row("D-Net reaches 83.1 on train.", flattened, "83.1") is None
    assert other_row("C-Net reaches 83.1 on train.", "A-Net 80.1 70.2 and C-Net 83.1",
                     "83.1") is None  # prose, no flattened table
    passage = "going from 33.8 to 37.9 for caption retrieval, and from 25.9 to 30.6 on images"
    assert change_start("With ResNet, the image R@1 is 25.9.", passage, "25.9") == \
        "from 25.9 to 30.6"
    assert change_start("With ResNet, the image R@1 rose from 25.9.", passage, "25.9") is None
    assert change_start("The image R@1 goes 25.9 to 30.6.", passage, "25.9") is None
    assert change_start("With ResNet, the image R@1 is 30.6.", passage, "30.6") is None
    assert bare_decimals("Pearson .70/.67, Spearman 0.5") == ["70", "67"]
