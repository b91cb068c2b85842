"""A rate of one thing is no evidence about a rate of another: samples per second are not
batches per second.

"QANet processes 259 samples per second in inference" (true: QANet, arXiv:1804.09541, Table 4,
"Inference speed 259 samples/s") was contradicted by Table 8's "Inference × QANet: 3.2", whose
caption says "The processing speed is measured by batches/second". The cell's labels and
caption hold the claim's words ("QANet", "inference", "speed" is not even needed), and a rate's
counted noun was no word the checks weighed.

The general fact: a rate names what it counts per unit of time ("samples/s", "sentences per
second", "batches/second"). When the claim gives a rate of one thing and the evidence
(a passage, or a cell's labels and caption) states rates of other things only, the evidence
measures something else; its number neither supports nor contradicts the claim's
(`guard_rate_units`). Evidence that states no rate is left alone: a column "Speed" under a
caption that says nothing of its unit is for the other guards.

A ratio read the other way round is another measure too (round 20, own probe of Murphy,
Talukdar and Mitchell, "Learning Effective and Interpretable Semantic Models using Non-Negative
Sparse Embedding", COLING 2012, Table 1, page 10): its rows "Average number of words per
dimension" and "Average number of dimensions per word" hold the same words, and "NNSE300 has
an average of 3418.5 dimensions per word" was confirmed by the words-per-dimension cell, as
"As k increases, NNSE uses a smaller number of dimensions per word" was by "as k increases,
the average number of words per dimension decreases". When the claim counts A per B and the
evidence counts B per A and never A per B, the evidence measures something else
(`guard_turned_ratios`).

A rate per one period is no evidence about a rate per another (round 22, own probe of Berardi
et al., "Mining Generalized Association Rules on Biomedical Literature", page 1): "Medline has
been growing with more than 10,000 abstracts per day since 2002" (false: "per week") was
confirmed by the sentence's 10,000, the period being no word the checks weighed. When the
claim gives a rate per a period of time ("per day", "a week", "each year", "/h") and the
evidence states rates per other periods only, the evidence measures something else
(`guard_rate_periods`).

It names no paper, system or number; it only undecides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .passages import content_terms
from .undecided import DECIDING, decided, evidence_text, undecide

# "<thing> per second", "<thing>/s", "<things>/second", "<things> a second".
_RATE = re.compile(
    r"\b(samples?|batch(?:es)?|sentences?|tokens?|words?|examples?|images?|quer(?:y|ies)|"
    r"documents?|steps?|frames?|characters?|pages?|instances?|sequences?)\s*"
    r"(?:/\s*s(?:ec(?:ond)?s?)?\b|per\s+(?:second|sec|s)\b|a\s+second\b)", re.IGNORECASE)


def _singular(noun: str) -> str:
    noun = noun.casefold()
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("ches"):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") else noun


def _listed(nouns: set[str]) -> str:
    return " and ".join(noun[:-1] + "ies" if noun.endswith("y") else
                        noun + "es" if noun.endswith("ch") else noun + "s"
                        for noun in sorted(nouns))


def rated(text: str) -> set[str]:
    """What `text` gives rates of, singular ("sample" for "259 samples/s")."""
    return {_singular(match[1]) for match in _RATE.finditer(text)}


def guard_rate_units(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive check whose evidence states rates of other things only than the
    claim's rate (module docstring). In place."""
    mine = rated(claim.text)
    if not mine:
        return

    def why(evidence: str) -> str | None:
        theirs = rated(evidence)
        return (f"Not decided: the claim counts {_listed(mine)} per second, the evidence "
                f"{_listed(theirs)} per second") if theirs and not theirs & mine else None

    _undecide_by_evidence_text(checks, why)


def _undecide_by_evidence_text(checks: Iterable[Check], why: Callable[[str], str | None]
                               ) -> None:
    """Undecide each decisive source or table check for which `why` of all its evidence
    prints (`evidence_text`) gives a reason. In place: both guards of this module."""
    for kind in (CheckKind.source, CheckKind.table):
        for check in list(decided(checks, kind, DECIDING)):
            reason = why(evidence_text(check))
            if reason:
                undecide(check, reason)


# "per day", "a week", "each year", "every month", "/h": the period a rate is counted in.
_PERIOD = re.compile(r"(?:\b(?:per|a|an|each|every)\s+|/\s*)(second|sec|minute|min|hour|hr|h|"
                     r"day|week|month|year|yr|decade|century)s?\b", re.IGNORECASE)
_PERIOD_NAMES = {"sec": "second", "min": "minute", "hr": "hour", "h": "hour", "yr": "year"}
_PERIOD_WORDS = ("second", "sec", "minute", "min", "hour", "hr", "/h", "day", "week", "month",
                 "year", "yr", "decade", "centur")


def periods(text: str) -> set[str]:
    """The periods `text` gives rates per ("day" of "10,000 abstracts per day")."""
    lowered = text.casefold()
    if not any(word in lowered for word in _PERIOD_WORDS):
        return set()  # cheap bail-out: most claims and passages name no period
    return {_PERIOD_NAMES.get(match[1].casefold(), match[1].casefold())
            for match in _PERIOD.finditer(text)}


def guard_rate_periods(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive check whose evidence states rates per other periods only than
    the claim's (module docstring). In place."""
    mine = periods(claim.text)
    if not mine:
        return

    def why(evidence: str) -> str | None:
        theirs = periods(evidence)
        return (f"Not decided: the claim gives a rate per {' and '.join(sorted(mine))}, the "
                f"evidence per {' and '.join(sorted(theirs))}") \
            if theirs and not theirs & mine else None

    _undecide_by_evidence_text(checks, why)


# "per 100,000 population", "per 1,000 live births", "per 1 million": the base of a rate.
_BASE = re.compile(r"\bper\s+(\d{1,3}(?:[,\u2009 ]\d{3})+|\d+)(?:\s+(thousand|million))?\b",
                   re.IGNORECASE)
_SCALES = {"thousand": 1_000, "million": 1_000_000}


def bases(text: str) -> set[int]:
    """The bases `text` gives rates per (100000 of "77.1 deaths per 100,000 population")."""
    if "per" not in text.casefold():
        return set()
    return {int(re.sub(r"\D", "", match[1])) * _SCALES.get((match[2] or "").casefold(), 1)
            for match in _BASE.finditer(text)}


def _paper_bases(paper: Paper) -> frozenset[int]:
    """Every base the paper gives rates per, in its sentences, captions and cells; once per
    paper object."""
    found = _PAPER_BASES.get(id(paper))
    if found is None or found[0] is not paper:
        texts = [sentence.text for sentence in paper.sentences] + [
            f"{table.caption or ''} {' '.join(cell.text for row in table.rows for cell in row)}"
            for table in paper.tables]
        found = (paper, frozenset().union(*(bases(text) for text in texts)))
        if len(_PAPER_BASES) >= 64:
            _PAPER_BASES.pop(next(iter(_PAPER_BASES)))
        _PAPER_BASES[id(paper)] = found
    return found[1]


_PAPER_BASES: dict[int, tuple[Paper, frozenset[int]]] = {}


def guard_rate_bases(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive check whose evidence states rates per other bases only than the
    claim's ("50 deaths per 10,000" is not read from "50 deaths per 100,000"), or states none
    in a paper that never gives a rate per the claim's base (a table's "Rate" column, whose
    base a footnote or the text gives). A rate's base is no amount of the claim
    (`extract/quantities.py` reads none), so it is compared here. In place."""
    mine = bases(claim.text)
    if not mine:
        return

    def why(evidence: str) -> str | None:
        theirs = bases(evidence)
        listed = " and ".join(map(str, sorted(mine)))
        if theirs:
            return (f"Not decided: the claim gives a rate per {listed}, the evidence per "
                    f"{' and '.join(map(str, sorted(theirs)))}") if not theirs & mine else None
        return None if mine & _paper_bases(paper) else (
            f"Not decided: the claim gives a rate per {listed}, and the paper gives no rate "
            f"per {listed}")

    _undecide_by_evidence_text(checks, why)


_PER = re.compile(r"\b([A-Za-z][\w-]*)\s+per\s+([A-Za-z][\w-]*)")


def ratios(text: str) -> set[tuple[str, str]]:
    """The (counted, unit) index-term pairs of the "A per B" phrases of `text`."""
    pairs = set()
    for match in _PER.finditer(text):
        if content_terms(match[1]) and content_terms(match[2]):  # words, not "is per"
            pairs.add((_singular(match[1]), _singular(match[2])))
    return pairs


def guard_turned_ratios(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive check whose evidence counts B per A, and never A per B, where
    the claim counts A per B (module docstring). In place."""
    mine = ratios(claim.text)
    if not mine:
        return

    def why(evidence: str) -> str | None:
        theirs = ratios(evidence)
        turned = next(((a, b) for a, b in mine if (b, a) in theirs and (a, b) not in theirs),
                      None)
        return None if turned is None else (f"Not decided: the claim counts \u201c{turned[0]}"
                                            f"\u201d per \u201c{turned[1]}\u201d, the evidence "
                                            f"the other way round")

    _undecide_by_evidence_text(checks, why)
