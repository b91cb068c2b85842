"""Round 30, the integrator's own regressions: wrong verdicts that mutating the probes' true
claims found (benchmarks/mutation_probes.py: 2,345 mutants of the 1,432 claims labelled true in
the first-contact probe files, about 47 real papers; 56 confirmed at first, 7 now, each of the
7 either a mutant that reads as nonsense or one left in the closing note).

- The mutation benchmark's one wrong verdict left after round 29, on every seed (0 to 3): the
  "sentence only" claim "Such evaluations are performed several times and the results are
  combined only with a novel aggregation function that we call the center of attention"
  (false: Smith 2007, page 3, says "combined with") was confirmed, because the passage's
  sentence before it says "f (restricted to smaller inputs) is evaluated ...": a restriction
  of another sentence was read as the claim's. A passage's word of restriction now counts only
  in its sentence that shares most of the claim's words
  (`claim_stretches.claims_sentences`, `guards_unsaid_qualifiers._restricting_text`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from planted_patterns import round31_guards_off
from probe_verdicts import real_paper, status_of

from verify_claims.claims import Status
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import (
    guard_chain,
    guards_numbers,
    guards_table_superlatives,
    guards_unsaid_negations,
    guards_unsaid_qualifiers,
)
from verify_claims.verify.claim_stretches import best_stretches, stretches
from verify_claims.verify.guards_citation_numbers import cited_only
from verify_claims.verify.guards_rounded_owners import rounded_owner
from verify_claims.verify.guards_unsaid_negations import unsaid_negation
from verify_claims.verify.guards_unsaid_qualifiers import unsaid_qualifier

SMITH = "smith07"
ONLY_WITH = ("Such evaluations are performed several times and the results are combined only "
             "with a novel aggregation function that we call the center of attention.")
AS_PRINTED = ONLY_WITH.replace("combined only with", "combined with")

_parsed = cache(real_paper)


@pytest.fixture(scope="module")
def smith():
    return {SMITH: _parsed(SMITH)}


def test_a_restriction_of_the_sentence_before_restricts_nothing_the_claim_says(smith,
                                                                                monkeypatch):
    status, why = status_of(smith, SMITH, AS_PRINTED)
    assert status == Status.confirmed, why
    status, why = status_of(smith, SMITH, ONLY_WITH)
    assert status == Status.unverified, why
    assert "only" in why
    # Planted bug: the whole passage read for a restriction, as before.
    round31_guards_off(monkeypatch)
    monkeypatch.setattr(guards_unsaid_qualifiers, "_restricting_text",
                        lambda claim_text, at, quote: quote)
    guards_unsaid_qualifiers.unsaid_qualifier.cache_clear()
    status, why = status_of(smith, SMITH, ONLY_WITH + " ")
    assert status == Status.confirmed, why
    guards_unsaid_qualifiers.unsaid_qualifier.cache_clear()


def test_the_restriction_is_read_in_the_sentence_that_says_what_the_claim_does():
    claim = "The model is trained only on English data."
    assert unsaid_qualifier(claim, "Inputs are restricted to 512 tokens. The model is trained "
                                   "on English data.") is not None
    assert unsaid_qualifier(claim, "Inputs are long. The model is trained exclusively on "
                                   "English data.") is None
    # In the stretch that says what the claim does; in another stretch, it restricts another
    # thing (withheld, even where it may be the claim's: "The model, restricted to English, ...").
    assert unsaid_qualifier(claim, "The model is trained solely on English data.") is None
    assert unsaid_qualifier(claim, "Only two runs were made, and the model is trained on "
                                   "English data.") is not None
    # An "only" before an amount says the amount is small; it restricts no scope (WHO 2022).
    assert unsaid_qualifier("Of the 58 million persons only with HCV infection, 21% had been "
                            "diagnosed.", "Only 21% of the 58 million persons with chronic HCV "
                            "infection had been diagnosed.", True) is not None
    # A privation is read anywhere in the passage.
    assert unsaid_qualifier("Members are exempt from the fee.",
                            "Members join in May. They pay no fee.") is None


# --- negations the polarity reader leaves alone (guards_unsaid_negations) ------------------

DATTA, CLARK, BRAVATA, RNA = "datta_trauma10", "clark_divvala15", "bravata_review04", \
    "rna_motif_bioinf"
NO_INTERESTS = "The authors declare that they have no competing interests."
INTERESTS = "The authors declare that they have competing interests."
CORRECT = "An output box is considered correct if the overlap score exceeds 0.80."
NOT_CORRECT = "An output box is not considered correct if the overlap score exceeds 0.80."
LIKELY = ("The authors identified the 16 government agencies most likely to fund, develop, or "
          "use bioterrorism systems.")
UNLIKELY = LIKELY.replace("most likely", "most unlikely")
BEST = "FR3D achieved the best AP on tetraloops, 0.971."
WORST = "FR3D achieved the worst AP on tetraloops, 0.971."


@pytest.fixture(scope="module")
def papers():
    return {stem: _parsed(stem) for stem in (DATTA, CLARK, BRAVATA, RNA)}


def _off(monkeypatch, name):
    monkeypatch.setattr(guard_chain, name, lambda *args: None)


def test_a_nominal_no_the_claim_drops_is_unsaid(papers, monkeypatch):
    assert status_of(papers, DATTA, NO_INTERESTS)[0] == Status.confirmed
    status, why = status_of(papers, DATTA, INTERESTS)
    assert status == Status.unverified and "\u201cno\u201d" in why, why
    _off(monkeypatch, "guard_unsaid_negations")  # planted bug
    assert status_of(papers, DATTA, INTERESTS + " ")[0] == Status.confirmed


def test_a_not_far_from_the_direction_word_is_unsaid_by_a_plain_passage(papers, monkeypatch):
    assert status_of(papers, CLARK, CORRECT)[0] == Status.confirmed
    status, why = status_of(papers, CLARK, NOT_CORRECT)
    assert status == Status.unverified and "\u201cnot\u201d" in why, why
    _off(monkeypatch, "guard_unsaid_negations")  # planted bug
    assert status_of(papers, CLARK, NOT_CORRECT + " ")[0] == Status.confirmed


def test_a_prefixed_claim_word_is_unsaid_by_its_bare_word(papers, monkeypatch):
    assert status_of(papers, BRAVATA, LIKELY)[0] == Status.confirmed
    status, why = status_of(papers, BRAVATA, UNLIKELY)
    assert status == Status.unverified and "unlikely" in why, why
    monkeypatch.setattr(guards_unsaid_negations, "_unsaid_prefix", lambda *args: None)
    guards_unsaid_negations.unsaid_negation.cache_clear()
    assert status_of(papers, BRAVATA, UNLIKELY + " ")[0] == Status.confirmed  # planted bug
    guards_unsaid_negations.unsaid_negation.cache_clear()


def test_the_worst_of_a_measure_better_when_higher_is_its_least(papers, monkeypatch):
    assert status_of(papers, RNA, BEST)[0] == Status.confirmed
    status, why = status_of(papers, RNA, WORST)
    assert status == Status.unverified, why
    assert "\u201cbest\u201d" in why and "not that among the cells" in why, why
    # Planted bug: "best" and "worst" either extreme, and no opposite superlative read.
    monkeypatch.setattr(guards_table_superlatives, "_ranked_sides", lambda text, word, sides: sides)
    monkeypatch.setattr(guards_unsaid_negations, "_opposite_superlative", lambda *args: None)
    guards_unsaid_negations.unsaid_negation.cache_clear()
    assert status_of(papers, RNA, WORST + " ")[0] == Status.confirmed
    guards_unsaid_negations.unsaid_negation.cache_clear()


def test_stretches_keep_a_negation_to_what_it_denies():
    ucf = ("We see in Figure 2 that because the UCF dataset has over 1000 people on average in "
           "each image, the shapes output by the network in the density map are not as well "
           "defined or separated as in the UCSD dataset.")
    assert unsaid_negation("UCF images contain more than 1000 people on average.", ucf) is None
    assert unsaid_negation("The shapes in the density map are well defined.", ucf) is not None
    # A claim with a negation of its own is not held to the passage's other stretches.
    assert unsaid_negation("Without ELMo, the SRL model peaks after 486 epochs.",
                           "The SRL model without ELMo peaks after 486 epochs.") is None
    # "No more than" bounds, it does not deny.
    assert unsaid_negation("Each page holds at most 5 figures of the paper.",
                           "Each page holds no more than 5 figures of the paper.") is None
    assert [part.strip() for part in stretches("A, B (C) and D")] == ["A", "B", "C", "D"]
    assert best_stretches("the overlap score exceeds 0.80",
                          "If the overlap score exceeds 0.80, we consider it correct") == \
        ["If the overlap score exceeds 0.80"]


# --- "only" in a table and in another stretch (guards_unsaid_qualifiers) ------------------

HPYLORI = "hpylori_anaemia"
ONLY_TETRALOOPS = "RNAMotifScan obtained an AP of 0.431 only on tetraloops."
ONLY_ASIA = "All the included studies were performed only in Asia."


def test_a_cell_restricts_nothing(papers, monkeypatch):
    assert status_of(papers, RNA, ONLY_TETRALOOPS.replace(" only", ""))[0] == Status.confirmed
    status, why = status_of(papers, RNA, ONLY_TETRALOOPS)
    assert status == Status.unverified and "only" in why, why
    # Planted bug: table checks not read for a restriction.
    monkeypatch.setattr(guards_unsaid_qualifiers, "decided", lambda *args: iter(()))
    guards_unsaid_qualifiers.unsaid_qualifier.cache_clear()
    assert status_of(papers, RNA, ONLY_TETRALOOPS + " ")[0] == Status.confirmed
    guards_unsaid_qualifiers.unsaid_qualifier.cache_clear()


def test_an_only_of_another_stretch_restricts_something_else(monkeypatch):
    hpylori = {HPYLORI: _parsed(HPYLORI)}
    assert status_of(hpylori, HPYLORI, ONLY_ASIA.replace(" only", ""))[0] == Status.confirmed
    status, why = status_of(hpylori, HPYLORI, ONLY_ASIA)
    assert status == Status.unverified and "only" in why, why
    # Planted bug: the whole sentence read ("Only eight RCTs were available, and ..."), and
    # its "only" before an amount taken for a restriction of scope (either rule alone keeps
    # the claim unverified; so does round 31's, switched off too).
    round31_guards_off(monkeypatch)
    monkeypatch.setattr(guards_unsaid_qualifiers, "_restricting_text",
                        lambda claim_text, at, quote: guards_unsaid_qualifiers.claims_sentences(
                            claim_text, quote))
    monkeypatch.setattr(guards_unsaid_qualifiers, "_restricts", lambda text, amounts=False:
                        guards_unsaid_qualifiers._RESTRICTED.search(text) is not None)
    guards_unsaid_qualifiers.unsaid_qualifier.cache_clear()
    assert status_of(hpylori, HPYLORI, ONLY_ASIA + " ")[0] == Status.confirmed
    guards_unsaid_qualifiers.unsaid_qualifier.cache_clear()


# --- numbers: a change no cell bears out, a reference, a rough agreement ------------------

TRACEMONKEY, MMWR, BMB = "tracemonkey_pldi09", "mmwr_chd_stroke11", "bmb_review15"
HIGHER = ("The 25.47x speedup of bitops-3bit-bits-in-byte is {} higher than the 25.20x of "
          "bitops-bitwise-and.")
CVD = "In 2006, cardiovascular disease was responsible for {}% of all deaths in the United States."
TURNER = ("About {}% of individuals with Turner syndrome will have a structural abnormality of "
          "the second X chromosome.")
VILA = Path(__file__).resolve().parent / "real" / "redteam4" / "sources" / "2106.00676.pdf"
DOCBANK = "Text-line I-VILA lifts BERT-Base from {} to 90.25 Macro F1 on DocBank."


def test_a_change_no_cell_bears_out_confirms_nothing(monkeypatch):
    papers = {TRACEMONKEY: _parsed(TRACEMONKEY)}
    for amount in ("0.35", "0.27"):  # the cells read print neither, nor 25.20
        status, why = status_of(papers, TRACEMONKEY, HIGHER.format(amount))
        assert status == Status.unverified and amount in why, why
    monkeypatch.setattr(guards_numbers, "_change_amounts", lambda *args: set())  # planted
    assert status_of(papers, TRACEMONKEY, HIGHER.format("0.35"))[0] == Status.confirmed


def test_a_start_value_is_its_columns(monkeypatch):
    vila = {"vila": parse_paper(read_document(VILA))}
    assert status_of(vila, "vila", DOCBANK.format("87.24"))[0] == Status.confirmed
    status, why = status_of(vila, "vila", DOCBANK.format("85.24"))
    assert status == Status.unverified and "85.24" in why, why
    monkeypatch.setattr(guards_numbers, "_change_amounts", lambda *args: set())  # planted
    assert status_of(vila, "vila", DOCBANK.format("85.24") + " ")[0] == Status.confirmed


def test_a_reference_number_in_brackets_is_no_amount(monkeypatch):
    papers = {MMWR: _parsed(MMWR)}
    assert status_of(papers, MMWR, CVD.format("31.7"))[0] == Status.confirmed
    status, why = status_of(papers, MMWR, CVD.format("22.2"))
    assert status == Status.unverified and "references" in why, why
    _off(monkeypatch, "guard_citation_numbers")  # planted bug
    assert status_of(papers, MMWR, CVD.format("22.2") + " ")[0] == Status.confirmed
    assert cited_only("22.2%", "22", "used in treatment (21,22).")
    assert not cited_only("22", "22", "used in treatment (21,22).")  # as printed: others judge
    assert not cited_only("22.2%", "22", "in 22 states (21,22).")
    assert not cited_only("22.2%", "22", "a share of 22 (n = 40).")


def test_a_rough_agreement_with_another_things_number_confirms_nothing(monkeypatch):
    papers = {BMB: _parsed(BMB)}
    assert status_of(papers, BMB, TURNER.format("40"))[0] == Status.confirmed
    status, why = status_of(papers, BMB, TURNER.format("52"))
    assert status == Status.unverified and "40%" in why, why
    _off(monkeypatch, "guard_rounded_owners")  # planted bug
    assert status_of(papers, BMB, TURNER.format("52") + " ")[0] == Status.confirmed
    quote = "Only ~50% of TS individuals have a 45, X karyotype and 40% will have a structural " \
            "abnormality of the second X chromosome."
    assert rounded_owner(TURNER.format("52"), "52%", "50%", quote) == "40%"
    assert rounded_owner(TURNER.format("50"), "50%", "50%", quote) is None
    # A number with its unit word (Head Start Impact Study: "about 42 percent ... assigned to
    # the Head Start group" against "about 60 percent ... to the Head Start group, and about 40
    # percent was assigned to the control group").
    sample = ("As indicated above, about 60 percent of the sample was assigned to the Head Start "
              "group, and about 40 percent was assigned to the control group.")
    claim = "About 42 percent of the sample was assigned to the Head Start group."
    assert rounded_owner(claim, "42 percent", "40 percent", sample) == "60"


def test_the_later_numbers_of_a_plural_labels_list_are_labels():
    from verify_claims.extract.quantities import parse_quantities

    def amounts(text):
        return [quantity.text for quantity in parse_quantities(text, [])]

    assert amounts("Corollaries 1 and 2 cannot be improved upon by any estimator.") == []
    assert amounts("Tables 3, 4 and 7 show 12 runs.") == ["12"]
    assert amounts("In Table 2, 5 and 6 points") == ["5", "6 points"]
    assert amounts("We ran 3 and 4 layers.") == ["3", "4"]
