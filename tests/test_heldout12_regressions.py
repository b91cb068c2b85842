"""Wrong verdicts the twelfth blind corpus (tests/real/heldout12: natural claims about three new
papers, round 13) showed, each fixed by a general rule and pinned here on the real page. Its
first run gave three; a probe of the same papers (variants of its true claims, labelled from
the pages before running: `PROBES` below) found two more:

- arXiv:2403.09629 p.9: "Goyal et al. found that pause-token fine-tuning improves GSM8K
  performance" confirmed by "... pause token fine-tuning also provides minor gains over the base
  model on CommonsenseQA ...; on GSM8K, Goyal et al. (2023) found that pause token fine-tuning
  harms performance": the sentence's statement is its first clause's, an increase, while the
  clause naming GSM8K says the other way (`direction_sides.direction_elsewhere`);
- arXiv:2010.12537 p.3: "TUTA's pre-training data include 50.8 million tables from the WDC web
  table corpus" contradicted by "... the WDC WebTable Corpus [25], meanwhile, build a ...
  spreadsheet corpus including 115 million tables": the number is the spreadsheet corpus's
  (`number_owners.other_head`);
- arXiv:2210.03629 p.6: "Prompted ReAct performs worst of the four methods ..." contradicted by
  "... outperforming all 540B prompting methods": "540B" is PaLM-540B, not a count of methods
  (`number_owners.names_model`);
- probe, arXiv:2210.03629 p.8: "ReAct-IM's best trial reaches 71% overall success on ALFWorld"
  (false: 53) confirmed by "the best ReAct trial achieves an average success rate of 71%";
  probe, arXiv:2010.12537 p.8: "TUTA-explicit reaches 88.1% average macro-F1" (false: 87.8)
  confirmed by Table 4's row "TUTA" (`guards_hyphen_variants.guard_hyphen_variants`).
"""

from __future__ import annotations

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status
from verify_claims.verify import direction_sides, guard_chain, number_owners, sentence_reading
from verify_claims.verify.guards_hyphen_variants import hyphen_variants

QS, TU, RE = "2403.09629", "2010.12537", "2210.03629"
WRONG = {  # claim -> (paper, the wrong verdict it got, the words of the rule's explanation)
    "Goyal et al. found that pause-token fine-tuning improves GSM8K performance.":
        (QS, Status.confirmed, "clause that says the other way"),
    "TUTA's pre-training data include 50.8 million tables from the WDC web table corpus.":
        (TU, Status.contradicted, "of another corpus than the claim's WDC"),
    "Prompted ReAct performs worst of the four methods with PaLM-8B and 62B, but becomes the "
    "best once fine-tuned on 3,000 examples.": (RE, Status.contradicted, None),
    "ReAct-IM's best trial reaches 71% overall success on ALFWorld.":
        (RE, Status.confirmed, "a variant the paper names apart"),
    "TUTA-explicit reaches 88.1% average macro-F1.":
        (TU, Status.confirmed, "a variant the paper names apart"),
}
# Variants of the corpus's true claims (a neighbouring cell, a flipped direction, a subject
# swapped), labelled from the pages before they ran: none may get a wrong decisive verdict.
PROBES = {
    TU: (("On WebSheet, TAPAS-large obtains a macro-F1 of 86.6%.", "contradicted"),
         ("TUTA reaches 90.2% macro-F1 on CIUS.", "contradicted"),
         ("RNN-C+S reaches 97.2% macro-F1 on SAUS.", "contradicted"),
         ("TaBERT-large scores 50.0% macro-F1 on SAUS.", "contradicted"),
         ("Removing the MLM objective has the biggest impact, with an accuracy drop of 1.3%.",
          "contradicted"),
         ("Without tree-based attention, TUTA-base averages 85.3% macro-F1.", "contradicted"),
         ("TUTA's pre-training data include 2.62 million WikiTable tables.", "confirmed"),
         ("TaBERT's pre-training uses 25.3 million WDC tables.", "confirmed"),
         ("TUTA's pre-training data include 25.3 million tables from the WDC web table corpus.",
          "contradicted"),
         ("TUTA-base achieves 82.0% averaged macro-F1, higher than TAPAS.", "contradicted"),
         ("TUTA-explicit reaches 88.1% average macro-F1.", "contradicted"),
         ("TUTA without the CLC objective averages 86.8% macro-F1.", "confirmed"),
         ("TAPAS-large reaches 84.6% F1 on Index cells in WebSheet.", "contradicted"),
         ("WebSheet has 221 labeled tables.", "contradicted"),
         ("Hierarchical tables make up 93.7% of WebSheet.", "contradicted"),
         ("TUTA-implicit reaches 87.8% average macro-F1.", "contradicted"),
         ("The spreadsheet corpus built for TUTA includes 115 million tables.", "confirmed"),
         ("TUTA's WikiTable pre-training data hold 1.3 million tables.", "contradicted")),
    RE: (("Chain-of-thought outperforms ReAct on Fever.", "contradicted"),
         ("On Fever, ReAct reaches 56.3% accuracy.", "contradicted"),
         ("CoT-SC reaches 60.4% accuracy on Fever.", "confirmed"),
         ("ReAct-IM's best trial reaches 71% overall success on ALFWorld.", "contradicted"),
         ("Act reaches an average WebShop score of 66.6.", "contradicted"),
         ("IL+RL reaches a 28.7% success rate on WebShop.", "confirmed"),
         ("The best Act trial succeeds on 88% of ALFWorld Pick tasks.", "confirmed"),
         ("Hallucination accounts for 56% of ReAct's failures on HotpotQA.", "contradicted"),
         ("Prompted Act performs worst of the four methods with PaLM-8B and 62B.",
          "contradicted"),
         ("CoT reaches 33.4 EM on HotpotQA.", "contradicted"),
         ("BUTLER reaches 22% overall success on ALFWorld.", "contradicted"),
         ("ReAct's false positive rate in the success mode is 6%.", "confirmed"),
         ("Reasoning errors make up 16% of ReAct's failures on HotpotQA.", "contradicted"),
         ("The IL method was trained with 10,587 human annotated trajectories.",
          "contradicted"),
         ("ReAct-IM outperforms ReAct on the Clean tasks of ALFWorld.", "confirmed"),
         ("Averaged over trials, ReAct reaches 48% overall success on ALFWorld.",
          "contradicted"),
         ("Averaged over trials, ReAct-IM reaches 48% overall success on ALFWorld.",
          "confirmed")),
    QS: (("Pause-token fine-tuning harms GSM8K performance, Goyal et al. found.", "confirmed"),
         ("Goyal et al. found that pause-token fine-tuning improves CommonsenseQA.",
          "confirmed"),
         ("Goyal et al. found that pause-token fine-tuning harms CommonsenseQA performance.",
          "contradicted"),
         ("Training with Quiet-STaR on C4 lifts GSM8K from 5.9% to 10.9%.", "contradicted"),
         ("On GSM8K, Quiet-STaR improves performance by 10.9% compared to the base language "
          "model.", "contradicted"),
         ("Predicting more than one token ahead helped by 3.1% on GSM8K and 0.3% on "
          "CommonsenseQA.", "contradicted"),
         ("On C4, Quiet-STaR improves CommonsenseQA from 36.3% to 47.2%.", "contradicted"),
         ("Quiet-STaR's GSM8K accuracy rises from 5.9% to 8.1% when trained on OpenWebMath.",
          "contradicted"),
         ("On CommonsenseQA, pause-token fine-tuning improved accuracy from 36.3% to 47.2%.",
          "contradicted"),
         ("Goyal et al. found that pause-token fine-tuning improved CommonsenseQA from 26.9% "
          "to 28.8%.", "confirmed"),
         ("On GSM8K, pause-token fine-tuning improves performance, while on CommonsenseQA it "
          "harms it.", "contradicted"),
         ("Pause-token fine-tuning provides minor gains over the base model on CommonsenseQA.",
          "confirmed")),
}
DECISIVE = (Status.confirmed.value, Status.contradicted.value)


def _verify(round13_paper, stem: str, claims):
    paper, _ = round13_paper(stem)
    made = [mutations.Made(text=text, kind="test", paper=stem, origin=text) for text in claims]
    return mutations.verify(made, {stem: paper})


def _explained(claim) -> str:
    return " ".join(check.explanation for check in claim.checks)


@pytest.mark.parametrize("text", list(WRONG))
def test_the_wrong_verdicts_are_gone_and_say_why(round13_paper, text):
    stem, wrong, why = WRONG[text]
    verdict = _verify(round13_paper, stem, [text])[0]
    assert verdict.status == Status.unverified, _explained(verdict)
    if why is not None:
        assert why in _explained(verdict)


def _disabled(monkeypatch, rule: str) -> None:
    if rule == "direction":
        monkeypatch.setattr(sentence_reading, "direction_elsewhere", lambda *args: False)
    elif rule == "owner":
        monkeypatch.setattr(sentence_reading, "number_owner", lambda *args: None)
        # Probe 15's subject datasets read "build a ... spreadsheet corpus including 115
        # million tables" as that corpus's number too: switched off with the rule pinned here.
        monkeypatch.setattr(guard_chain, "guard_subject_datasets", lambda *args: None)
        # Round 18's comparator numbers read "outperforming all 540B prompting methods" as
        # what 62B is compared with, which the claim names: switched off too.
        monkeypatch.setattr(sentence_reading, "comparator_number", lambda *args: False)
        # Round 20's named contradictions read the TUTA row of the paper's table printing
        # 50.8 million: a passage silent on "TUTA" contradicts nothing there. Switched off too.
        monkeypatch.setattr(guard_chain, "guard_named_contradictions", lambda *args: None)
    else:
        monkeypatch.setattr(guard_chain, "guard_hyphen_variants", lambda *args: None)


@pytest.mark.parametrize("rule,text", [
    ("direction", "Goyal et al. found that pause-token fine-tuning improves GSM8K performance."),
    ("owner", "TUTA's pre-training data include 50.8 million tables from the WDC web table "
              "corpus."),
    ("owner", "Prompted ReAct performs worst of the four methods with PaLM-8B and 62B, but "
              "becomes the best once fine-tuned on 3,000 examples."),
    ("variant", "ReAct-IM's best trial reaches 71% overall success on ALFWorld."),
    ("variant", "TUTA-explicit reaches 88.1% average macro-F1."),
])
def test_each_rule_is_what_keeps_the_wrong_verdict_away(round13_paper, monkeypatch, rule, text):
    """With the rule disabled, the page gives the wrong verdict again: the test above pins the
    rule, not some other reading."""
    stem, wrong, _ = WRONG[text]
    _disabled(monkeypatch, rule)
    assert _verify(round13_paper, stem, [text])[0].status == wrong


@pytest.mark.parametrize("stem", sorted(PROBES))
def test_the_probes_get_no_wrong_decisive_verdict(round13_paper, stem):
    texts = [text for text, _ in PROBES[stem]]
    for (text, gold), verdict in zip(PROBES[stem], _verify(round13_paper, stem, texts),
                                     strict=True):
        if verdict.status.value in DECISIVE:
            assert verdict.status.value == gold, (text, _explained(verdict))


def test_the_rules_read_only_what_the_texts_print():
    both = ("Pause token fine-tuning provides minor gains on CommonsenseQA; on GSM8K, Goyal et "
            "al. found that pause token fine-tuning harms performance.")
    assert direction_sides.direction_elsewhere("Pause tokens improve GSM8K.", "increase", both)
    assert not direction_sides.direction_elsewhere("Pause tokens improve CommonsenseQA.",
                                                   "increase", both)
    assert not direction_sides.direction_elsewhere("Pause tokens improve GSM8K.", None, both)
    sentence = ("We collect web tables from the WDC WebTable Corpus, meanwhile, build a "
                "spreadsheet corpus including 115 million tables.")
    found = next(q for q in mutations_quantities(sentence) if q.text == "115 million")
    assert number_owners.other_head("We use 50.8 million tables from the WDC corpus.", sentence,
                                    found)
    assert not number_owners.other_head("On SQuAD, the model reaches 93.2 F1.",
                                        "On SQuAD, the model reaches 91.0 F1.",
                                        next(iter(mutations_quantities(
                                            "On SQuAD, the model reaches 91.0 F1."))))


def mutations_quantities(text: str):
    from verify_claims.extract.quantities import parse_quantities
    return parse_quantities(text)


def test_hyphen_variants_are_the_papers_names(round13_paper):
    paper, _ = round13_paper(RE)
    assert hyphen_variants("ReAct-IM reaches 53% overall success.", paper) == [
        ("ReAct-IM", "ReAct")]
    assert hyphen_variants("A state-of-the-art agent reaches 53%.", paper) == []
