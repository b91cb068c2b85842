"""Round 23 (rec23): claims read from table cells printed without a leading zero, and the three
guards their reading needed.

Lau and Baldwin, An Empirical Evaluation of doc2vec (arXiv:1607.05368, tests/real/redteam10's
source) prints its AUC and Pearson cells as ".97". Reports copy them so, and the quantity reader
skipped a decimal without its leading zero (`extract/quantity_numbers._NUMBER`, group "bare"):
"dbow reaches an AUC of .97 on the android subforum" had no number, so no table was asked.
Read, three claims got a wrong verdict, each by a gap that a "0.97" claim falls through as well
(`verify/guards_unprinted_splits.py`):

- a claim of the development split confirmed by a table that names no split
  (`guard_unprinted_dev_split`);
- "The minimum learning rate is .025" confirmed by "α = .025 and αmin = .0001"
  (`guard_symbol_values`);
- a Table 6 claim (.90) contradicted by Table 5's cell of another run (.80)
  (`guard_better_printed_cell`);

and one by a hyphenated "with" phrase met by one of its parts ("with the combine-skip model"
against the label "skip-thought": `guards_with_phrases.unsaid_compounds`).

Each rule has a planted-bug test: the rule switched off, the wrong verdict comes back.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from probe_verdicts import verify_on

from verify_claims.claims import Check, CheckKind, Evidence, Location, NumberPair, Outcome, Status
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import guard_chain, guards_unprinted_splits, guards_with_phrases

DOC2VEC = "1607.05368"
SOURCES = Path(__file__).resolve().parent / "real" / "redteam10" / "sources"


@cache
def _paper():
    return parse_paper(read_document(SOURCES / f"{DOC2VEC}.pdf"))


def _verified(*texts: str):
    return verify_on({DOC2VEC: _paper()}, DOC2VEC, texts)


def _claim(text: str):
    return build_claim("r.md", text, Location(file="r.md", line=1))


def test_a_decimal_without_its_leading_zero_is_a_number():
    for text, value in ((("dbow reaches an AUC of .97 on android."), 0.97),
                        ("Pearson's r is .86 (p < .05).", 0.86)):
        claim = _claim(text)
        assert claim.quantities and claim.quantities[0].value == value
        assert claim.quantities[0].decimals == 2
    # never after a word or a number, nor a dotted section number
    for text in ("Version v.2 is out.", "See 1.2.3 and end.5 there.", "Section .3.1 holds."):
        assert not _claim(text).quantities, text


def test_cells_printed_without_a_leading_zero_are_read():
    right, wrong, neighbour = _verified(
        "dbow reaches an AUC of .97 on the android subforum.",
        "dbow reaches an AUC of .96 on the android subforum.",  # .96 is dmpv's
        "DLS reaches a Pearson's r of .86 on the images domain.")
    assert right.status == Status.confirmed
    assert wrong.status == Status.contradicted
    assert neighbour.status == Status.confirmed


DEV = "dbow reaches an AUC of .94 on the tex development partition."
COMBINE = "skip-thought reaches .57 AUC on android with the combine-skip model."
TABLE6 = "With pre-trained WIKI embeddings, dbow reaches .90 AUC on english."
# The same claim without a "with" phrase (which `guards_with_phrases` also reads).
TABLE6_PLAIN = "dbow initialised from pre-trained WIKI word embeddings reaches .90 AUC on english."


def test_the_exposed_claims_are_not_decided_wrongly():
    dev, combine, table6, plain = _verified(DEV, COMBINE, TABLE6, TABLE6_PLAIN)
    assert dev.status == Status.unverified  # Table 1 reports test pairs
    assert combine.status == Status.unverified  # the skip-thought variant is never said
    assert table6.status != Status.contradicted  # true: Table 6's dbow + WIKI
    assert plain.status != Status.contradicted


def test_planted_dev_split_guard_off_confirms_a_dev_claim(monkeypatch):
    monkeypatch.setattr(guards_unprinted_splits, "_DEV", guards_unprinted_splits.re.compile(
        "(?!x)x"))
    (dev,) = _verified(DEV)
    assert dev.status == Status.confirmed


def test_planted_compound_guard_off_confirms_an_unsaid_variant(monkeypatch):
    monkeypatch.setattr(guards_with_phrases, "unsaid_compounds", lambda *args: None)
    (combine,) = _verified(COMBINE)
    assert combine.status == Status.confirmed


def test_planted_better_cell_guard_off_contradicts_a_table6_claim(monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_better_printed_cell", lambda *args: None)
    (table6,) = _verified(TABLE6_PLAIN)
    assert table6.status == Status.contradicted


QUOTE = ("Note that we did not tune the initial and minimum learning rates (\u03b1 and \u03b1min, "
         "respectively), and use the the following values for all experiments: \u03b1 = .025 "
         "and \u03b1min = .0001.")


def _supported() -> Check:
    pair = NumberPair(claimed=".025", found=".025", claimed_value=0.025, found_value=0.025,
                      agree=True)
    return Check(kind=CheckKind.source, outcome=Outcome.supported, decisive=True,
                 explanation="arXiv:1607.05368 gives .025 in a matching passage.",
                 evidence=[Evidence(source="arXiv:1607.05368", quote=QUOTE, page=5,
                                    claimed=0.025, found=0.025, numbers=[pair])])


def test_a_number_given_to_a_symbol_beside_others_decides_nothing():
    check = _supported()
    guards_unprinted_splits.guard_symbol_values(_claim("The minimum learning rate is .025."),
                                                [check])
    assert not check.decisive and "symbol" in check.explanation
    # the claim that prints the symbol is read by it
    named = _supported()
    guards_unprinted_splits.guard_symbol_values(_claim("The learning rate \u03b1 = .025."),
                                                [named])
    assert named.decisive


@pytest.mark.parametrize("text", ["The minimum learning rate is .025."])
def test_planted_symbol_guard_off_keeps_the_support(monkeypatch, text):
    monkeypatch.setattr(guards_unprinted_splits, "_ASSIGNED",
                        guards_unprinted_splits.re.compile("(?!x)x"))
    check = _supported()
    guards_unprinted_splits.guard_symbol_values(_claim(text), [check])
    assert check.decisive and check.outcome == Outcome.supported


# --- Subscripted names: "USE_T" as a report writes it, "USE T" as the PDF prints it ---------
# Cer et al., Universal Sentence Encoder (arXiv:1803.11175, tests/real/redteam9's source),
# Table 2: rows "USE T" and "USE D" (subscripts). `verify/subscript_names.py` gives a passage
# the term "use_t"; `header_words._Claim` reads the claim's "USE_T" as the header's two words.

USE = "1803.11175"


@cache
def _use_paper():
    return parse_paper(read_document(Path(__file__).resolve().parent / "real" / "redteam9"
                                     / "sources" / f"{USE}.pdf"))


def _use(*texts: str):
    return verify_on({USE: _use_paper()}, USE, texts)


USE_TEXTS = ("On MR, USE_T reaches 81.44.",  # true
             "On MR, USE_D reaches 81.44.",  # false: 74.45 (81.44 is USE_T's)
             "USE_T outperforms USE_D on MR by 6.99 points.")  # true: 81.44 - 74.45


def test_subscripted_names_read_their_rows():
    right, neighbour, difference = _use(*USE_TEXTS)
    assert right.status == Status.confirmed
    assert neighbour.status == Status.contradicted
    assert difference.status == Status.confirmed


def test_subscript_terms():
    from verify_claims.verify.subscript_names import subscript_terms
    assert "use_t" in subscript_terms("Sentence Embedding Transfer Learning / USE T")
    assert "use_d" not in subscript_terms("USE T")
    assert subscript_terms("") == frozenset()


def test_planted_subscript_terms_off_leaves_them_unread(monkeypatch):
    from verify_claims.verify import passage_windows
    monkeypatch.setattr(passage_windows, "subscript_terms", lambda words: frozenset())
    passage_windows.passage_terms.cache_clear() if hasattr(
        passage_windows.passage_terms, "cache_clear") else None
    right, neighbour, difference = verify_on({USE: parse_paper(read_document(
        Path(__file__).resolve().parent / "real" / "redteam9" / "sources" / f"{USE}.pdf"))},
        USE, USE_TEXTS)
    assert right.status == Status.unverified
    assert neighbour.status == Status.unverified


LEARNED = "With learned word embeddings, USE_T+CNN reaches 87.21 on SST."  # true: (lrn w.e.)


def test_a_bracketed_sibling_row_does_not_contradict():
    (learned,) = _use(LEARNED)
    assert learned.status != Status.contradicted


def test_planted_bracketed_sibling_guard_off_contradicts(monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_bracketed_siblings", lambda *args: None)
    (learned,) = _use(LEARNED)
    assert learned.status == Status.contradicted


def test_differences_and_means_of_cells_printed_without_a_leading_zero():
    # guards_bare_decimals asked the evidence to print ".06"; a computed difference is printed
    # by no cell. The parser reads the number now, so it is checked as a value.
    difference, mean, other = _verified(
        "On the english subforum, dmpv's AUC is .06 above dbow's.",  # .90 - .84
        "Averaged over the five STS domains, dbow reaches a Pearson's r of .724.",
        "On the english subforum, dmpv's AUC is .16 above dbow's.")  # false: .06
    assert difference.status == Status.confirmed
    assert mean.status == Status.confirmed
    assert other.status != Status.confirmed


def test_a_bare_decimal_the_parser_leaves_unread_is_still_asked():
    from verify_claims.verify.guards_bare_decimals import guard_bare_decimals
    claim = _claim("Pearson's r is .70/.67 on STS.")
    check = Check(kind=CheckKind.source, outcome=Outcome.supported, decisive=True,
                  explanation="x", evidence=[Evidence(source="s", quote="r is 0.70 on STS")])
    guard_bare_decimals(claim, [check])
    assert not check.decisive
