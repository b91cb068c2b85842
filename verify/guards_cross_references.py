"""A claim's "figure", "table" or "equation" matched only by a passage's cross-reference
("Figure 4 shows ...") (red team 4, probes).

Breakdown tables of document-layout papers have classes named like the parts of a paper:
Figure, Table, Equation, Section, Caption. The third probe of the fourth red-team corpus
(tests/real/redteam4, VILA, arXiv:2106.00676) claimed "Text-line I-VILA lowers LayoutLM's
DocBank figure F1" (false: 76.56 to 90.78), and a passage about H-VILA being worse than
LayoutLM confirmed it, its "figure" matched by "Figure 4 shows an example of the VILA model
predictions", a pointer to another part of the paper. A word followed by its number ("Figure
4", "Table 3", "Eq. 2", "Section 6.1") names a place in the paper, not the thing the claim
speaks of; a passage that prints the claim's word only so says nothing of that thing, and
confirms nothing (`only_cross_reference`). A claim that itself points to a figure or table
("as Figure 4 shows") is left alone.

It names no paper, system or number; it reads only what the claim and passage print.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

_WORDS = {"figure": r"(?:figures?|figs?\.)", "table": r"(?:tables?|tabs?\.)",
          "equation": r"(?:equations?|eqs?\.)", "section": r"(?:sections?|secs?\.)",
          "algorithm": r"(?:algorithms?|algs?\.)"}
_REFERENCE = r"\s*\(?\d+(?:\.\d+)*[a-z]?\)?"
# Per word: the word printed at all, and printed as a pointer ("Figure 4"), compiled once.
_PATTERNS = {word: (re.compile(rf"\b{pattern}(?![A-Za-z])", re.IGNORECASE),
                    re.compile(rf"\b{pattern}(?![A-Za-z]){_REFERENCE}\b", re.IGNORECASE))
             for word, pattern in _WORDS.items()}


def only_cross_reference(claim_text: str, passage: str) -> str | None:
    """The word of the claim ("figure") that the passage prints only as a cross-reference
    ("Figure 4"), the claim printing it as a word of its own; else None."""
    for word, (said, pointer) in _PATTERNS.items():
        in_claim = len(said.findall(claim_text))
        if not in_claim or len(pointer.findall(claim_text)):
            continue
        printed = len(said.findall(passage))
        if printed and printed == len(pointer.findall(passage)):
            return word
    return None


def guard_cross_references(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage prints a word of the claim (figure,
    table, equation, section, algorithm) only as a pointer to a numbered part of the paper.
    In place."""
    for check in list(supporting_sources(checks)):
        passage = " ".join(evidence.quote or "" for evidence in check.evidence)
        word = only_cross_reference(claim.text, passage)
        if word is not None:
            undecide(check, f"The claim speaks of a {word}, and the passage prints the word only "
                            f"as a pointer to a numbered {word} of the paper, not of that thing")
