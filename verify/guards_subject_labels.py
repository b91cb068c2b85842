"""A sentence whose number is said of another row than the claim's (round 37's name swaps).

Round 37 added a mutation kind to benchmarks/mutation_probes.py: a true probe claim about one
row of a table, with that row's label replaced by another row label of the same table (the
"number from the wrong row" of issue 11). Two of its first confirmed mutants were about the
householders of the CDC's housing report (MMWR 2011, Table 1, whose rows are "Male", "Female",
"White, non-Hispanic", "Hispanic", "Less than high school", ...):

- "White, non-Hispanic householders were 1.1 times more likely to occupy inadequate housing
  units than male householders" was CONFIRMED by "Female householders were 1.1 times more
  likely ... than male householders" (the next sentence lent "White" and "non-Hispanic");
- "Less than high school female householders (7.4%) were significantly less likely than
  Hispanic male householders (8.1%) ..." by "Hispanic female householders (7.4%) ...".

`guards_siblings.guard_sibling_subjects` asks whether the last alternative a sentence names
before its number is one the claim names anywhere; here the claim names "male" (after "than")
and "female", so it let both pass. The general fact is narrower and stronger: before a shared
number, in that number's clause, the claim and the sentence each name the row labels the
number is of. When the claim names there a row label the sentence says nowhere, and the
sentence names there a row label of the same table the claim does not say before its number,
the two give the number to different rows, and the sentence is no support
(`other_rows_before`). It only withholds.

A first version asked only that the sentence not say the claim's label before its number; it
withheld one right confirmation of a blind corpus (1,135 -> 1,134). A sentence that names the
claim's row anywhere, even after its number ("... reaches 1.59 on UCSD"), is left to the
other guards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper

from .guards_siblings import _named, _prepared, _said, clause_start, supporting_sentences
from .passages import PassageIndex
from .undecided import undecide

__all__ = ["guard_subject_labels", "other_rows_before"]

subject_labels_guarded = True
"""Whether the guard acts (a planted-bug test switches it off)."""


def _said_before(text: str, labels: Iterable[str], position: int) -> frozenset[str]:
    start = clause_start(text, position)
    return frozenset(label for label in labels if _said(text, label, start, position))


def _owns_a_number(text: str, at: int, label: str) -> bool:
    """Whether the label said at `at` has a number of its own right after it ("than Hispanic
    male householders (8.1%)"): said after the claim's number with none of its own ("2.3
    points above SGC"), it is the number's other side, which the sentence may name first
    ("improving over SGC with 2.3 points", the round 14 probe on SPECTER)."""
    return _NUMBER.search(text[at + len(label):at + len(label) + 40]) is not None


def other_rows_before(claim_text: str, claimed: int, sentence_text: str, found: int,
                      groups: list[frozenset[str]]) -> tuple[str, str] | None:
    """(the claim's row label, the sentence's) when, before the shared number (at `claimed`
    in the claim, at `found` in the sentence), the claim names a label of a group that the
    sentence says nowhere, and the sentence names one the claim does not say before its number
    (module docstring); None otherwise."""
    for group in groups:
        named = _named(claim_text, group)
        if not named:
            continue
        ours = _said_before(claim_text, named, claimed)
        if not ours:
            continue
        theirs = _said_before(sentence_text, _named(sentence_text, group), found)
        missing = sorted(label for label in ours if not _said(sentence_text, label))
        other = sorted(label for label in theirs
                       if not _said(claim_text, label, 0, claimed)
                       and all(_owns_a_number(claim_text, at, label)
                               for at in _said(claim_text, label, claimed)))
        if missing and other:
            return missing[0], other[0]
    return None


# A number printed apart from any word: "(p < .001)", "2.3" (not the 10 of "CIFAR-10").
_NUMBER = re.compile(r"(?<![\w.\-])\.?\d+(?:[.,]\d+)*(?![\w\-])")


def _printed_pairs(claim_text: str, sentence_text: str) -> list[tuple[int, int]]:
    """Where the claim and the sentence print the same number as the same digits, including
    what the reader takes for no quantity: the p-values of "Time (p < .001) and the number of
    years caregiving (p = .027) were also significant predictors of FMD" (round 37's name swap
    on Mausbach et al. 2012 put "Leisure satisfaction" for "Time")."""
    ours = [(match.start(), match.group().rstrip(".,")) for match in _NUMBER.finditer(claim_text)]
    return [(at_claim, match.start()) for match in _NUMBER.finditer(sentence_text)
            for at_claim, digits in ours if digits == match.group().rstrip(".,")]


def guard_subject_labels(claim: Claim, checks: Iterable[Check], paper: Paper,
                         index: PassageIndex | None = None) -> None:
    """Undecide each supporting source check whose sentence gives a shared number to another
    row of a table than the claim gives it to (module docstring). In place."""
    if not subject_labels_guarded or not _NUMBER.search(claim.text) or not paper.tables:
        return
    groups, by_text = _prepared(paper, index)
    if not groups:
        return
    for check, sentence in supporting_sentences(checks, by_text):
        pairs = [(claimed.span[0], quantity.span[0])
                 for quantity in sentence.quantities for claimed in claim.quantities
                 if abs(quantity.value - claimed.value) < 1e-9]
        # The same pair is often both a parsed quantity and printed digits: read it once.
        pairs = dict.fromkeys(pairs + _printed_pairs(claim.text, sentence.text))
        found = next(filter(None, (other_rows_before(claim.text, at_claim, sentence.text,
                                                     at_sentence, groups)
                                   for at_claim, at_sentence in pairs)), None)
        if found is not None:
            ours, theirs = found
            undecide(check, f"Not confirmed: the passage gives the claim's number to "
                            f"'{theirs}', and the claim gives it to '{ours}', another row "
                            f"of the paper's table")
