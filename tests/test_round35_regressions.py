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

from functools import cache

from hypothesis import given
from hypothesis import strategies as st
from probe_verdicts import real_paper, status_of

from verify_claims.claims import Paper, Status
from verify_claims.verify import closer_denials, sentence_reading
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
