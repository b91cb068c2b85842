"""Round 36 (lender36): a neighbouring sentence that lends a number sentence claim words is shown
as a lender (`claims.Lending`), and the guards do not read it as the claim's statement
(verify/lender_views.py), on the real PDFs of tests/real/papers.

- Ion crystals (Sci. Rep. 2015), page 4: "Lastly, we estimate the infidelity caused by
  higher-order expansion in the Lamb-Dicke parameter. The infidelity is ... 2x10^-4". The claim
  "The infidelity caused by higher-order expansion ... is about 2 x 10^-4" is confirmed by the
  number sentence, whose neighbour lends "caused", "higher-order" and "expansion": until this
  round that neighbour was neither quoted nor marked.
- Hu et al., Appl. Environ. Microbiol. 77 (2011), page 4: "The crenarchaeal amoA gene abundance
  reached a maximum of 2.44 x 10^4 copies per ng of DNA in the euphotic zone" (the sentence
  says "in the upper mesopelagic zones") is withheld by `guards_other_places`; with that guard
  off, the evidence now shows that "euphotic" came from a neighbouring sentence ("MGI dominated
  ... below the euphotic zone"), not from the sentence that prints the number.
"""

from __future__ import annotations

from functools import cache

from probe_verdicts import real_paper, verify_on

from verify_claims.claims import (
    Check,
    CheckKind,
    Claim,
    Evidence,
    Lending,
    Outcome,
    Paper,
    Report,
    Status,
    evidence_pieces,
)
from verify_claims.reports.html import render_audit
from verify_claims.verify import guard_chain, lender_views, sentence_reading

ION, CREN = "ion_crystal_srep15", "crenarchaeota_aem11"
TRUE = ("The infidelity caused by higher-order expansion in the Lamb-Dicke parameter is about "
        "2 \u00d7 10^-4.")
LENDER = "Lastly, we estimate the infidelity caused by higher-order expansion"


@cache
def _papers() -> dict[str, Paper]:
    return {stem: real_paper(stem) for stem in (ION, CREN)}


def _claim(stem: str, text: str) -> Claim:
    return verify_on(_papers(), stem, [text])[0]


def _source(claim: Claim) -> Check:
    return next(check for check in claim.checks if check.kind == CheckKind.source
                and check.outcome == Outcome.supported)


def test_a_number_sentences_lender_is_quoted_with_the_words_it_lends(monkeypatch):
    claim = _claim(ION, TRUE)
    assert claim.status == Status.confirmed
    sentence, *lenders = _source(claim).evidence
    assert sentence.lent is None and "2" in sentence.quote  # the deciding sentence, first
    (lender,) = [evidence for evidence in lenders if evidence.quote.startswith(LENDER)]
    assert lender.lent is not None and lender.lent.rule == "passage"
    assert {"caused", "expansion"} <= set(lender.lent.words)
    assert all(word.casefold() in lender.quote.casefold() for word in lender.lent.words)
    # Planted bug: a number sentence's lenders are not recorded (before round 36).
    monkeypatch.setattr(sentence_reading, "SHOW_NUMBER_LENDERS", False)
    claim = _claim(ION, TRUE + " ")
    assert claim.status == Status.confirmed
    assert [evidence.lent for evidence in _source(claim).evidence] == [None]


def _quotes_the_guards_read(monkeypatch, text: str) -> list[str]:
    seen: list[str] = []
    original = guard_chain.guard_opposed_wording

    def spy(claim, checks):
        seen.extend(evidence.quote for check in checks for evidence in check.evidence)
        return original(claim, checks)

    monkeypatch.setattr(guard_chain, "guard_opposed_wording", spy)
    claim = _claim(ION, text)
    assert claim.status == Status.confirmed
    # whatever the guards read, the evidence shown is the lender's whole sentence again
    assert any(evidence.quote.startswith(LENDER) for evidence in _source(claim).evidence)
    return seen


def test_the_guards_do_not_read_a_number_claims_lender_as_its_statement(monkeypatch):
    seen = _quotes_the_guards_read(monkeypatch, TRUE)
    assert seen and not any(quote.startswith(LENDER) for quote in seen)
    # Planted bug: the guards read the lender whole, as the claim's statement.
    monkeypatch.setattr(lender_views, "READING", "whole")
    seen = _quotes_the_guards_read(monkeypatch, TRUE + " ")
    assert any(quote.startswith(LENDER) for quote in seen)


def test_read_for_its_words_a_lender_prints_only_what_it_lends(monkeypatch):
    monkeypatch.setattr(lender_views, "READING", "words")
    seen = _quotes_the_guards_read(monkeypatch, TRUE + "  ")
    assert not any(quote.startswith(LENDER) for quote in seen)
    assert any(set(quote.split()) >= {"caused", "expansion"} and len(quote) < 60
               for quote in seen)


def _check_with_lender() -> tuple[Check, Evidence]:
    lender = Evidence(source="s", quote="We train the model on data.", note="neighbouring",
                      lent=Lending(words=["train"], rule="passage"))
    check = Check(kind=CheckKind.source, outcome=Outcome.supported,
                  evidence=[Evidence(source="s", quote="It reaches 4.2 points."), lender])
    return check, lender


def test_each_reading_restores_the_lender_after_the_guards(monkeypatch):
    numbered = Claim.model_validate({
        "id": "c", "canonical_id": "c", "report": "r", "location": {"file": "r"},
        "text": "It reaches 4.2 points when trained.",
        "quantities": [{"text": "4.2", "value": 4.2, "decimals": 1, "span": [11, 14]}]})
    for reading, inside in (("words", ["It reaches 4.2 points.", "train"]),
                            ("hidden", ["It reaches 4.2 points."]),
                            ("whole", ["It reaches 4.2 points.",
                                       "We train the model on data."])):
        monkeypatch.setattr(lender_views, "READING", reading)
        check, lender = _check_with_lender()
        with lender_views.lenders_read_for_lent_words(numbered, [check]):
            assert [evidence.quote for evidence in check.evidence] == inside
        assert check.evidence[1] is lender and lender.quote == "We train the model on data."
    # a claim without numbers keeps the reading its lenders always had: whole
    monkeypatch.setattr(lender_views, "READING", "hidden")
    plain = numbered.model_copy(update={"quantities": []})
    check, _ = _check_with_lender()
    with lender_views.lenders_read_for_lent_words(plain, [check]):
        assert len(check.evidence) == 2


def test_a_lent_word_is_shown_where_a_switched_off_guard_let_it_confirm(monkeypatch):
    claim_text = ("The crenarchaeal amoA gene abundance reached a maximum of 2.44 \u00d7 10^4 "
                  "copies per ng of DNA in the euphotic zone.")
    assert _claim(CREN, claim_text).status == Status.unverified
    monkeypatch.setattr(guard_chain, "guard_other_places", lambda claim, checks: None)
    claim = _claim(CREN, claim_text + " ")
    assert claim.status == Status.confirmed  # the latent wrong confirmation of probe35b
    sentence, *lenders = _source(claim).evidence
    assert "upper mesopelagic" in sentence.quote and "euphotic" not in sentence.quote
    # the evidence now says where "euphotic" came from: a neighbour about another thing
    (lender,) = [evidence for evidence in lenders
                 if evidence.lent is not None and "euphotic" in evidence.lent.words]
    assert "below the euphotic zone" in lender.quote


def test_a_lender_is_no_piece_of_evidence_of_its_own(monkeypatch):
    check, lender = _check_with_lender()
    assert evidence_pieces([check]) == [[check.evidence[0]]]
    # Planted bug: the lender counts as a witness of its own.
    monkeypatch.setattr(lender, "lent", None)
    assert len(evidence_pieces([check])) == 2


def _page(tmp_path, claim: Claim) -> str:
    report = Report(file="ion.txt", path="ion.txt", format="text", claims=[claim])
    (_, page) = render_audit([report], tmp_path)
    return page.read_text("utf-8")


def test_the_report_shows_a_lender_as_such(tmp_path):
    claim = _claim(ION, TRUE)
    page = _page(tmp_path / "a", claim)
    assert page.count("words lent by the neighbouring sentence") == sum(
        evidence.lent is not None for check in claim.checks for evidence in check.evidence)
    assert '<span class="lent">caused</span>' in page
    assert f'<blockquote class="lender">{LENDER}' in page
    # the JSON record keeps the lender and survives a round trip
    again = Claim.model_validate_json(claim.model_dump_json())
    assert again == claim and '"rule":"passage"' in claim.model_dump_json()
    # Planted bug: the evidence loses its lending; the page shows the quote as a plain one.
    for check in claim.checks:
        for evidence in check.evidence:
            evidence.lent = None
    page = _page(tmp_path / "b", claim)
    assert "words lent by the neighbouring sentence" not in page
    assert f"<blockquote>{LENDER}" in page
