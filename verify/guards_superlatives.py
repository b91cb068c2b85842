"""Precision guard: a claim that ranks something first is not confirmed by a comparison of two.

"Average has the highest COARSE in Table 3" was confirmed by "FINE annotations have lower
standard deviation (and thus higher agreement) ... than COARSE annotations (7.8 vs 14.0
average)" (2023.eacl-main.121): the direction reader takes "highest" as "higher", the passage
holds "average", "COARSE" and "higher", and the neighbouring sentence holds "Table 3". The
mutation benchmark's "rank wrong" claims found it.

The general fact: a superlative ("the highest", "the best", "the lowest") says that one thing
is above every other of its kind, which a comparison of two things does not state. A source
check supports a claim with a superlative only when its passage states a rank as well (a
superlative of its own, "than all / any other ...", "state of the art", "ranked first"); a
table check that compares two cells supports no superlative claim that has no number of its
own (`guard_superlatives`). A claim with a number and a superlative ("the best F1, 80.0") is
left to the table check of its number, as before.

A second, looser rule covers rank words that are also quantifiers or loose ranks ("most",
"least", "best-performing", "state of the art"): "Frozen SciBERT has the best average score"
was confirmed by a sentence about finetuning that ranks nothing (red team 3, arXiv:1903.10676
Section 5.1). Since "most papers" can state a share, a passage that prints a number the claim
states accounts for it; only a passage with no rank word and no number the claim states fails
to support the rank (`guard_unranked_support`, run with the passage guards of
verify/guards_passages.py). Both rules read one lexicon of rank words (`_RANK_WORDS`).

A third rule reads the place a superlative is given with: "It is also the second most accurate
real-time method in terms of error rate" confirmed "The proposed method is the most accurate
real-time method in terms of error rate" (round 21, Kowalczuk et al., IEEE 2013, page 5): the
passage holds every word of the claim, and the ordinal that makes it another rank is one word
the matcher weighs lightly. A superlative's place is first unless an ordinal stands before it
("second best", "third-highest", "2nd most accurate"); a passage that gives the claim's
superlative another place supports nothing (`guard_ranked_places`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence

from .ordinal_nouns import other_ordinal
from .undecided import SUPPORTING, decided, undecide, undecide_by_evidence

# Rank words both rules read; the strict rule adds the extremes, the loose one the words that
# also quantify ("most papers") or rank loosely.
_RANK_WORDS = ("best|worst|highest|lowest|largest|smallest|greatest|strongest|weakest|fastest|"
               "slowest|top")
_EXTREMES = "fewest|longest|shortest|maximum|minimum|maximal|minimal|optimal"
_LOOSE_RANKS = r"most|least|\w+est-performing"
_SUPERLATIVES = f"{_RANK_WORDS}|{_EXTREMES}"
SUPERLATIVE = re.compile(rf"\b(?:{_SUPERLATIVES})\b", re.IGNORECASE)
_RANKING = re.compile(rf"\b(?:{_RANK_WORDS}|{_LOOSE_RANKS})\b|state[- ]of[- ]the[- ]art|\bSOTA\b",
                      re.IGNORECASE)
_RANKED = re.compile(
    rf"\b(?:{_SUPERLATIVES})\b|\b(?:than|over|outperform\w*|beat\w*|surpass\w*)\s+(?:all|any|"
    r"every|each)\b|\bstate[\s-]of[\s-]the[\s-]art\b|\bsota\b|\b(?:rank\w*|plac\w*)\s+"
    r"(?:first|1st)\b|\bfirst\s+place\b|\bbest[\s-]performing\b", re.IGNORECASE)


_ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
             "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
             "ninth": 9, "9th": 9, "tenth": 10, "10th": 10}
# A superlative with the place before it, if any: "second most accurate", "third-highest"; or
# with a count, which gives it to a group in no order: "the three most common comorbidities are
# depression (24%), diabetes mellitus (15%) and chronic renal disease (10%)" (WHO 2022, page 5)
# says of diabetes that it is among the three, not that it is the most common (round 28).
_GROUP = "two|three|four|five|six|seven|eight|nine|ten|[2-9]|10"
_PLACED = re.compile(rf"\b(?:(?:(?P<place>{'|'.join(_ORDINALS)})|(?P<group>{_GROUP}))[\s-]+)?"
                     rf"(?P<word>(?:most|least)\s+\w+|{_SUPERLATIVES})\b", re.IGNORECASE)
_IN_A_GROUP = 0  # the place of a superlative given to a group ("the three most common")


def _places(text: str) -> dict[str, set[int]]:
    """Each superlative of `text` ("most accurate", "highest") with the places it is given
    (`_IN_A_GROUP` for a superlative given to a counted group)."""
    found: dict[str, set[int]] = {}
    for match in _PLACED.finditer(text):
        word = " ".join(match["word"].casefold().split())
        place = _IN_A_GROUP if match["group"] else \
            _ORDINALS.get((match["place"] or "").casefold(), 1)
        found.setdefault(word, set()).add(place)
    return found


def guard_ranked_places(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage gives a superlative of the claim
    only another place than the claim does (module docstring). In place."""
    _guard_ordinals(claim, checks)
    said = _places(claim.text)
    if not said:
        return

    def why(evidence: Evidence) -> str | None:
        given = _places(evidence.quote or "")
        other = next((word for word, places in said.items()
                      if given.get(word) and not places & given[word]), None)
        if other is None:
            return None
        if given[other] == {_IN_A_GROUP}:
            return (f"Not confirmed: the passage gives \u201c{other}\u201d to a group, in no "
                    "order, not to one thing")
        return (f"Not confirmed: the passage gives \u201c{other}\u201d another place than the "
                "claim does")

    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, why)


def _guard_ordinals(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage gives a noun of the claim another
    ordinal ("first report" for "second report", round 25, `ordinal_nouns`). In place."""
    def why(evidence: Evidence) -> str | None:
        other = other_ordinal(claim.text, evidence.quote or "")
        return None if other is None else (f"Not confirmed: the passage says \u201c{other[1]}"
                                           f"\u201d where the claim says \u201c{other[0]}\u201d")

    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, why)


# "max" and "min" abbreviate "maximum" and "minimum": "up to a max of 0.8" (olmOCR 2, AI2 report
# of October 2025, page 6; round 34, probe34b) states the maximum a claim's "a maximum of 0.8"
# says. Only of the claim's own number: "max" is also an operation ("max pooling") and "min" a
# unit of time ("5 min"), and "starts at a maximum of 0.1" is not what "starting at 0.1 ... up
# to a max of 0.8" says.
_EXTREME_OF = re.compile(r"\b(?P<word>max|min)imum\s+of\s+(?P<number>\d[\d,]*(?:\.\d+)?)\b",
                         re.IGNORECASE)


def abbreviated_extreme(claim_text: str, quote: str) -> bool:
    """Whether `quote` gives the claim's "maximum of N" (or "minimum of N") as "max of N" ("min
    of N"), the same N (the comment above)."""
    for said in _EXTREME_OF.finditer(claim_text):
        number = re.escape(said["number"])
        if re.search(rf"\b{said['word']}\.?\s+of\s+{number}(?!\.?\d)", quote,
                     re.IGNORECASE):
            return True
    return False


def guard_superlatives(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide the supporting checks that do not state the rank a superlative claim gives
    (module docstring). In place."""
    said = SUPERLATIVE.search(claim.text)
    if said is None:
        return
    word = said.group().casefold()
    for check in list(decided(checks, CheckKind.source)):
        if not any(_RANKED.search(evidence.quote or "")
                   or abbreviated_extreme(claim.text, evidence.quote or "")
                   for evidence in check.evidence):
            undecide(check, f"Not confirmed: the claim says \u201c{word}\u201d, and the "
                            "passage ranks nothing; it compares")
    if claim.quantities:
        return
    for check in list(decided(checks, CheckKind.table)):
        undecide(check, f"Not confirmed: the claim says \u201c{word}\u201d, and two cells "
                        "compared show no rank over the whole table")


def guard_unranked_support(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check of a claim that ranks something ("the best
    average score") when none of its passages ranks anything or prints a number the claim
    states (the looser rule of the module docstring). In place."""
    if not _RANKING.search(claim.text):
        return
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        if any(_RANKING.search(evidence.quote) or evidence.numbers
               or evidence.found is not None for evidence in check.evidence):
            continue
        undecide(check, "The claim ranks what it speaks of, and no passage ranks anything")
