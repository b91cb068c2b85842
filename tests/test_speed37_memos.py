"""Round 37's speed memos answer what the plain readings answer (issue 11's speed bar).

- `number_values._number`: a number's `_Number` (interval, printed digits, hedge, cut) is
  remembered per `_number_key` instead of being made again for each comparison (the cell
  checks compare every claimed number with many cells' numbers).
- `prefixed_negations._claim_words`: what `prefixed_denial` reads of the claim alone is
  remembered per claim text instead of being read again for each candidate sentence.

Each memo is checked against the plain reading on constructed numbers and texts, a key that
forgets a field the reading uses is caught (the planted keys below), and verifying real
papers' claims with the memos on and with them switched off gives the same checks.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from probe_verdicts import verify_on

from verify_claims.claims import Paper, Quantity
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import number_values, prefixed_negations

REAL = Path(__file__).parent / "real"
QANET = REAL / "redteam8" / "sources" / "1804.09541.pdf"
STS = REAL / "redteam9" / "sources" / "1511.08198.pdf"
HYDROLOGY = REAL / "papers" / "lane_hydrology05.pdf"


def _quantity(text: str, value: float, decimals: int, approximate: bool = False,
              cut_off: bool = False, unit: str | None = None) -> Quantity:
    return Quantity(text=text, value=value, decimals=decimals, approximate=approximate,
                    cut_off=cut_off, unit=unit, span=(0, len(text)))


def _plain_agree(claimed: Quantity, found: Quantity) -> bool:
    return number_values._agree(number_values._new_number(claimed),
                                number_values._new_number(found))


# Claimed numbers equal but for one field of `_number_key`, and a number the two answer
# differently (the plain reading): the memo must tell each pair apart.
TWINS = {
    "cut_off": (_quantity("5.4", 5.4, 1), _quantity("5.4", 5.4, 1, cut_off=True),
                _quantity("5.47", 5.47, 2)),
    "approximate": (_quantity("50", 50.0, 0), _quantity("50", 50.0, 0, approximate=True),
                    _quantity("53.0", 53.0, 1)),
    "decimals": (_quantity("5.5", 5.5, 1), _quantity("5.5", 5.5, 0), _quantity("5.9", 5.9, 1)),
    "value": (_quantity("5.4", 5.4, 1), _quantity("5.4", 5.9, 1), _quantity("5.9", 5.9, 1)),
    "text": (_quantity("547", 5.47, 2, cut_off=True), _quantity("5.4", 5.47, 2, cut_off=True),
             _quantity("5.47", 5.47, 2)),
}


def _memo_agrees_as_plain() -> bool:
    """Whether `values_agree`, with a fresh memo, answers each twin as the plain reading does,
    asked one twin after the other (the second finds the first's entry if their keys meet)."""
    number_values._NUMBERS.clear()
    for first, second, found in TWINS.values():
        assert _plain_agree(first, found) != _plain_agree(second, found)  # the twins differ
        for claimed in (first, second):
            if number_values.values_agree(claimed, found) != _plain_agree(claimed, found):
                return False
    return True


def test_the_number_memo_tells_apart_numbers_differing_in_one_field():
    assert _memo_agrees_as_plain()


@pytest.mark.parametrize("forgotten", list(TWINS))
def test_a_key_forgetting_a_field_is_caught(monkeypatch, forgotten):
    """Planted: a key without one of the fields `_new_number` reads."""
    fields = ["text", "value", "decimals", "approximate", "cut_off"]
    kept = [field for field in fields if field != forgotten]
    monkeypatch.setattr(number_values, "_number_key",
                        lambda quantity: tuple(getattr(quantity, field) for field in kept))
    assert not _memo_agrees_as_plain()
    number_values._NUMBERS.clear()


_TEXTS = st.sampled_from(["5", "5.0", "5.4", "5.45", "-5.4", "0.0", "-0.0", "54", "1,104",
                          "1,104,934", "nine", "0.54"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_TEXTS, st.sampled_from([5.0, 5.4, 5.45, -5.4, 0.0, -0.0, 54.0, 1104.0,
                                                   1104934.0, 9.0, 0.54]),
                          st.integers(0, 3), st.booleans(), st.booleans()),
                min_size=2, max_size=6))
def test_the_number_memo_answers_as_the_plain_reading(fields):
    quantities = [_quantity(*field) for field in fields]
    for claimed in quantities:
        for found in quantities:
            assert number_values.values_agree(claimed, found) == _plain_agree(claimed, found)
            assert number_values._number(claimed) == number_values._new_number(claimed)


def _plain_claim_words(claim_text: str):
    """`prefixed_negations._claim_words` as `prefixed_denial` read it inline before round 37."""
    if prefixed_negations._NEGATED.search(claim_text):
        return ()
    said = set(prefixed_negations._WORD.findall(claim_text.casefold()))
    bare = {word for word in said if len(word) >= prefixed_negations._STEM and word.isalpha()}
    if not bare:
        return ()
    return said, bare, {term: word for word in bare
                        for term in prefixed_negations.content_terms(word)}


@pytest.mark.parametrize("text", [
    "SQRT-SUM is known to be in NP", "The model is not linear", "It is in NP",
    "The effect depends on the dose and the model is linear",
    "Intermediate training on MNLI improves XNLI accuracy in German by 1.3 points."])
def test_the_claim_words_are_the_plain_ones(text):
    assert prefixed_negations._claim_words(text) == _plain_claim_words(text)
    assert prefixed_negations._claim_words(text) == _plain_claim_words(text)  # remembered


CLAIMS = {
    QANET: ["BiDAF scores 34.3 F1 on AddSent and 45.2 on AddOneSent.",
            "BiDAF scores 34.3 F1 on AddSent and 45.7 on AddOneSent.",
            "QANet scores 45.2 F1 on AddSent and 55.7 on AddOneSent.",
            "Match-LSTM reaches 27.3 on AddSent and 39.0 on AddOneSent.",
            "The model reaches 82.7 F1 and 73.6 EM on the development set.",
            "The model reaches about 83 F1 on the development set.",
            "QANet trains 3 to 13 times faster than the RNN models."],
    STS: ["The 2012 STS task had 35 teams and 89 submissions.",
          "The 2012 STS task had 35 teams and 88 submissions.",
          "The 2014 STS task had 15 teams and 38 submissions.",
          "The similarity of the pairs is unknown in 2012."],
    HYDROLOGY: ["Afforestation gave a total flow reduction of 57% for Cathedral Peak 2.",
                "Afforestation gave a total flow reduction of 75% for Cathedral Peak 2.",
                "The flow reduction is independent of the catchment."],
}


@cache
def _paper(path: Path) -> Paper:
    return parse_paper(read_document(path))


def _verdicts(path: Path) -> list[str]:
    claims = verify_on({path.stem: _paper(path)}, path.stem, CLAIMS[path])
    return [claim.model_dump_json(include={"status", "checks"}) for claim in claims]


@pytest.mark.parametrize("path", list(CLAIMS), ids=lambda path: path.stem)
def test_real_papers_get_the_same_checks_with_the_memos_off(monkeypatch, path):
    number_values._NUMBERS.clear()
    remembered = _verdicts(path)
    monkeypatch.setattr(number_values, "_number", number_values._new_number)
    monkeypatch.setattr(prefixed_negations, "_claim_words", _plain_claim_words)
    assert _verdicts(path) == remembered
