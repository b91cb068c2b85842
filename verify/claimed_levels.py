"""Which numbers of a claim are levels a table cell can print, and what a cell lookup asks.

A claim's number is a level ("scores 84.2", "falls to 68.1") or the amount of a change
("improves by 2.3 points", "+1.2", "0.5 points above", "adds 16.22 points to", "costs 10.5 EM
points"). A cell prints levels, so only levels are asked of one cell (cell_check.py); changes
are differences of two cells (cell_arithmetic.py), or the value of a cell whose column names
the change (change_columns.py). Split out of cell_check.py, which asks with them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from verify_claims.claims import Claim, Paper, Quantity

from .bit_widths import width_settings
from .content import ClaimParts, claim_parts
from .definitions import glossary
from .header_compounds import setting_numbers
from .header_words import ClaimWords
from .number_context import CHANGE_VERBS as _CHANGE_VERBS

_COMPARED_AFTER = re.compile(
    r"^\s*(?:%|percent(?:age)?\s+points?|points?|pp|times|x)?\s*"
    # "SciBERT's 60.91 is below B's 70.98": a level the sentence compares, not a difference;
    # read as one, it was left out and the claim's other number alone was looked up
    r"(?:(?!(?:is|was|are|were|remains|stays|remained|stayed)\s)\w+\s+)?"
    r"(?:above|below|higher|lower|more|less|fewer|better|worse|ahead|behind|greater|"
    r"smaller|larger)\b", re.I)
# Verbs whose object is the amount of a change, said right before the number ("the calculator
# adds 16.22 points to the accuracy", "loses 2.1 F1"): never a level the table prints.
# "Removing X costs 10.5 EM points": the amount of a drop in a score, which the ablated row's
# own cell (57.2) neither confirms nor contradicts (heldout17, arXiv:1611.01603 Table 1b). Only
# before points or a percentage: "training costs 20 hours" is a level.
_COST_VERB = re.compile(r"\bcost(?:s|ing)?\s+(?:(?:about|around|nearly|almost|roughly|over)\s+)?"
                        r"[+\-\u2212]?$", re.I)
_SCORE_POINTS = re.compile(r"^\s*(?:%|pp\b|(?:[A-Za-z][\w\-]*\s+)?(?:percentage\s+)?points?\b)")
_AMOUNT_VERB = re.compile(r"\b(?:add(?:s|ed|ing)?|gain(?:s|ed|ing)?|los(?:e|es|t|ing)|"
                          r"shed(?:s|ding)?|shav(?:e|es|ed|ing)|trim(?:s|med|ming)?)\s+"
                          r"(?:(?:a|an|another|some|about|around|over|nearly|almost|roughly)\s+)?"
                          r"[+\-\u2212]?$", re.I)


def _comparable(claim: Claim, quantity: Quantity) -> bool:
    """A level the claim states (`_comparable_at`, remembered per claim text and number: the
    cell readers ask it of each claim's numbers for every paper the claim cites)."""
    return _comparable_at(claim.text, quantity.span, quantity.text, quantity.sign,
                          quantity.unit, quantity.cut_off, quantity.approximate)


@lru_cache(maxsize=16384)
def _comparable_at(text: str, span: tuple[int, int], printed: str, sign: int | None,
                   unit: str | None, cut_off: bool, approximate: bool) -> bool:
    """A level the claim states: not a change ("improves by 2.3", "+1.2"), not cut, not
    approximate. "by" marks a change only in a claim that words one ("used by 15% of the
    papers" is a level); a number after "to" or "at" is the level reached ("falls to 68.1");
    the cut-off of a metric ("recall@10") is part of its name."""
    start = span[0]
    before = text[max(0, start - 4):start].casefold()
    if text[max(0, start - 1):start] == "@" or cut_off or approximate or unit == "year":
        return False  # "@": a metric's cut-off (`metric_cutoff`)
    printed_sign = printed[:1] in "+-\u2212"
    word_before = text[:start].split()[-1:] or [""]
    level = word_before[0].casefold() in ("to", "at") and not printed_sign
    if sign is not None and not level:
        return False
    if before.endswith("by ") and _CHANGE_VERBS.search(text[:start]):
        return False
    if _AMOUNT_VERB.search(text[:start]):
        return False  # "adds 16.22 points to", "gains 3.1": the amount of a change
    if _COST_VERB.search(text[:start]) and (
            _SCORE_POINTS.match(text[span[1]:])
            or _SCORE_POINTS.match(printed[len(printed.split()[0]):])):
        return False  # "costs 10.5 EM points": a drop, not the ablated row's score (heldout17)
    if _COMPARED_AFTER.match(text[span[1]:]):
        return False  # "0.5 points above that of SIF", "0.25 more often than": a difference
    return not before.endswith(("of +", "of -"))


def metric_cutoff(claim: Claim, quantity: Quantity) -> bool:
    """The number is a metric's cut-off ("recall@10", "P@1"): part of the metric's name."""
    return claim.text[max(0, quantity.span[0] - 1):quantity.span[0]] == "@"


def claim_levels(claim: Claim, paper: Paper, amounts: Sequence[Quantity] = ()
                 ) -> tuple[list[Quantity], ClaimParts, ClaimWords] | None:
    """What a cell lookup asks with: the levels the claim states (`_comparable`), with the
    change `amounts` asked of a column of such amounts (verify/change_columns.py), its parts
    and its words as header words read them; None when a table cannot answer it (no tables,
    a cut claim, no level, no content words)."""
    if not paper.tables or claim.truncated:
        return None
    quantities = [quantity for quantity in claim.quantities
                  if _comparable(claim, quantity) or quantity in amounts]
    settings = setting_numbers(claim.text, quantities, paper)  # "at rank 100": a row's name
    settings |= width_settings(claim.text, quantities, paper)  # "4-bit": "W4A4" (bit_widths.py)
    quantities = [quantity for position, quantity in enumerate(quantities)
                  if position not in settings]
    parts = claim_parts(claim)
    if not quantities or not parts.parts:
        return None
    words = ClaimWords(claim.text, [(quantity.value, quantity.span[0])
                                    for quantity in quantities], glossary(paper))
    return quantities, parts, words


# Shared with cell_arithmetic.py, which tells a difference from a level the same way.
COMPARED_AFTER = _COMPARED_AFTER
