"""Round 35: the two wrong confirmations benchmarks/mutation_probes.py still found after round
34, each withheld by a general rule, on the real PDFs of tests/real/papers.

- Vos et al., a PRBA-based instrument for the cornea (IMTC 1996), page 3: "From these figures it
  can be concluded that red and magenta are indistinguishable." The mutant "Red and magenta
  could be distinguished in the colour experiments" was confirmed by the next two sentences
  ("red/ magenta ... closely resemble a grey tint ... providing the best distinction"), while
  the sentence that states it, set aside for its prefixed denial, scored higher
  (`closer_denials.DENIALS` now holds the prefixed denial).
- Ion crystals (Sci. Rep. 2015), page 4: "Lastly, we estimate the infidelity caused by
  higher-order expansion in the Lamb-Dicke parameter. The infidelity is ... 2x10^-4". The
  mutant "... caused by lower-order expansion ..." was confirmed by the number sentence, whose
  neighbour lent it every other word (`neighbours.opposed_kind`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from probe_verdicts import real_paper, status_of

from verify_claims.claims import Paper, Status
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import (
    against_pairs,
    closer_denials,
    guards_substituted_names,
    sentence_reading,
)
from verify_claims.verify.against_pairs import against_parts
from verify_claims.verify.neighbours import kind_compounds, opposed_kind

PRBA, ION = "prba_cornea_imtc96", "ion_crystal_srep15"


@cache
def _papers() -> dict[str, Paper]:
    return {stem: real_paper(stem) for stem in (PRBA, ION)}


def test_a_closer_sentence_denying_by_its_prefix_outweighs_looser_support(monkeypatch):
    papers = _papers()
    mutant = "Red and magenta could be distinguished in the colour experiments."
    status, why = status_of(papers, PRBA, mutant)
    assert status == Status.unverified, why
    assert "prefix" in why
    # Planted bug: the prefixed denial is no denial that outweighs looser support.
    monkeypatch.setattr(closer_denials, "DENIALS", frozenset(
        (closer_denials.UNREAD_NEGATION, closer_denials.NEGATED_CLAUSE)))
    status, why = status_of(papers, PRBA, mutant)
    assert status == Status.confirmed, why


def test_a_neighbour_lending_the_opposite_kind_confirms_nothing(monkeypatch):
    papers = _papers()
    true = ("The infidelity caused by higher-order expansion in the Lamb-Dicke parameter is "
            "about 2 × 10^-4.")
    mutant = true.replace("higher-order", "lower-order")
    status, why = status_of(papers, ION, true)
    assert status == Status.confirmed, why
    status, why = status_of(papers, ION, mutant)
    assert status == Status.unverified, why
    assert "opposite kind" in why
    # Planted bug: the lending neighbour's kind is not read.
    monkeypatch.setattr(sentence_reading, "opposed_kind", lambda *args: None)
    status, why = status_of(papers, ION, mutant)
    assert status == Status.confirmed, why


def test_opposed_kind_reads_compounds_of_the_two_ends_of_a_setting():
    claim = "The lower-order terms cost 2 points."
    assert kind_compounds(claim) == {("lower", "order")}
    assert opposed_kind(claim, ["the higher-order terms cost 2 points"]) == (
        "lower-order", "higher-order")
    assert opposed_kind(claim, ["the higher order terms"]) == ("lower-order", "higher-order")
    # a text printing both kinds compares them; one printing the claim's kind is the claim's
    assert opposed_kind(claim, ["higher-order and lower-order terms"]) is None
    assert opposed_kind(claim, ["lower-order terms cost 2 points"]) is None
    # a compound of no setting ("Lamb-Dicke", "fine-tuned" of no pair) names no kind
    assert kind_compounds("the Lamb-Dicke parameter, well-known") == set()


_ENDS = st.sampled_from(["high", "low", "short", "long", "large", "small", "early", "late"])
_NOUNS = st.sampled_from(["order", "term", "range", "scale", "level", "resource"])


@given(_ENDS, _NOUNS, st.text(alphabet="abcdefghij ,.", max_size=40))
def test_a_text_printing_the_claims_own_kind_never_opposes_it(end, noun, filler):
    claim = f"The {end}-{noun} setting reaches 4.2."
    assert opposed_kind(claim, [f"{filler} the {end}-{noun} setting {filler}"]) is None
    assert kind_compounds(claim) == {(end, noun)}


ATTENTION = Path(__file__).parent / "real" / "redteam2" / "sources" / "1706.03762.pdf"


@cache
def _attention() -> dict[str, Paper]:
    return {"attention": parse_paper(read_document(ATTENTION))}


def test_a_value_that_stays_below_another_subjects_is_read_from_both_cells(monkeypatch):
    """Red team 2: "the Transformer's 91.3 F1 stays below the 91.7 of Dyer et al. (2016)"
    (Table 4, WSJ only) set the other subject's value beside the first by a verb of staying,
    not a comma, and named it with its year: the claim stayed unverified."""
    papers = _attention()
    true = ("Trained on WSJ only, the Transformer's 91.3 F1 stays below the 91.7 of Dyer et al. "
            "(2016).")
    status, why = status_of(papers, "attention", true)
    assert status == Status.confirmed, why
    status, why = status_of(papers, "attention", true.replace("91.7", "92.7"))
    assert status == Status.contradicted, why
    # the numbers in the other order are no reading of "below"
    status, why = status_of(papers, "attention", true.replace("91.7", "90.7"))
    assert status == Status.unverified, why
    # Planted bug: only a comma sets the other subject beside the first.
    monkeypatch.setattr(against_pairs, "_BESIDE", re.compile(
        against_pairs._BESIDE.pattern.replace("|\\s+(?:stays?|", "|\\s+(?:nevermatch|"),
        re.IGNORECASE))
    status, why = status_of(papers, "attention", true)
    assert status == Status.unverified, why


@given(st.integers(10, 900), st.integers(10, 900),
       st.sampled_from(["stays", "remains", "lies", "falls", ","]))
def test_against_parts_reads_a_staying_verb_in_the_order_of_the_numbers(one, two, verb):
    first, second = one / 10, two / 10
    joiner = "," if verb == "," else f" {verb}"
    text = f"Model A reaches {first} F1{joiner} below the {second} of Model B (2016)."
    parts = against_parts(text)
    if first < second:
        assert parts == (f"Model A reaches {first} F1", "Model B (2016)")
    else:
        assert parts is None


@pytest.mark.parametrize(("claim", "sentence"), [
    ("The ELMo model reaches an F1 of 91.2 on the test set.",
     "The proposed model reaches an F1 of 91.2 on the test set."),
    ("ELMo model reaches an F1 of 91.2 on the test set.",
     "Our model reaches an F1 of 91.2 on the test set."),
])
def test_a_name_put_in_place_of_a_reference_is_no_other_subject(claim, sentence, monkeypatch):
    """guards_substituted_names (probe35b) read a report's name put in place of the paper's
    reference to its own subject ("our", "the proposed") as another subject, and withheld a
    right verdict of a blind corpus (heldout8: 45 -> 44 right; only its sum was read)."""
    assert guards_substituted_names.substituted_name(claim, sentence) is None
    # Planted bug: a reference is a word like any other.
    monkeypatch.setattr(guards_substituted_names, "_refers", lambda word: False)
    assert guards_substituted_names.substituted_name(claim, sentence) == (
        "ELMo", sentence.split()[0 if sentence.startswith("Our") else 1])
