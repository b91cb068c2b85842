"""A passage about a model is no support for a claim about that model's hyphenated variant.

Papers name an ablation or a variant of their system by the system's name and a coined suffix
joined by a hyphen: "ReAct" and "ReAct-IM" (arXiv:2210.03629: ReAct prompted with Inner
Monologue-style thoughts), "CoT" and "CoT-SC", "TUTA" and "TUTA-explicit" (arXiv:2010.12537).
A claim about the variant ("ReAct-IM's best trial reaches 71% overall success on ALFWorld",
false: 53) was confirmed by "On ALFWorld, the best ReAct trial achieves an average success rate
of 71%": the name matcher found "ReAct" in "ReAct-IM", and the passage's number is the base
system's. "TUTA-explicit reaches 88.1% average macro-F1" (false: 87.8 in the ablation table)
was confirmed by the cell of the row "TUTA" of the main results table.

`guard_hyphen_variants` sets aside each deciding check (a passage or a cell) when the claim
names such a variant ("X-Y": a coined base, with two capitals or a capital and a digit, and a
suffix of two characters or more: "ReAct-IM", "CoT-SC", "TUTA-explicit"), the paper prints that
variant's name as printed, and none of the check's quotes prints it, while they print the base
name: the evidence speaks of the base system, not of the claim's variant, and neither confirms
nor contradicts it. The guard only ever undecides; it names no paper, system or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper

from .coined_names import coined
from .guards_snake_names import guard_snake_names
from .paper_memo import sentences_and_cells
from .undecided import DECIDING, undecide

__all__ = ["guard_hyphen_variants", "hyphen_variants"]

# "ReAct-IM", "CoT-SC", "TUTA-explicit": a base (coined, `coined`) and a suffix of two or more.
_VARIANT = re.compile(r"(?<![\w\-])([A-Za-z][A-Za-z0-9]{2,})-([A-Za-z0-9]{2,})(?![\w\-])")


def _prints(text: str, name: str) -> bool:
    return re.search(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text) is not None


def hyphen_variants(claim_text: str, paper: Paper) -> list[tuple[str, str]]:
    """(variant, base) for each hyphenated variant name of the claim that the paper prints."""
    text = sentences_and_cells(paper)
    return [(match.group(), match.group(1)) for match in _VARIANT.finditer(claim_text)
            if coined(match.group(1)) and _prints(text, match.group())]


def guard_hyphen_variants(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each deciding check whose quotes print the base name of a variant the claim
    names but not the variant (module docstring), or the head word of a snake-case identifier
    but not the identifier (round 25, `guards_snake_names`). In place."""
    guard_snake_names(claim, checks, paper)
    variants = None
    for check in [check for check in checks if check.decisive and check.outcome in DECIDING]:
        if variants is None:
            variants = hyphen_variants(claim.text, paper)
        if not variants:
            return
        quotes = [evidence.quote for evidence in check.evidence]
        for variant, base in variants:
            if any(_prints(quote, variant) for quote in quotes):
                continue
            if any(_prints(quote, base) for quote in quotes):
                undecide(check, f"The claim names \u201c{variant}\u201d, a variant the paper "
                                f"names apart, and the evidence speaks only of \u201c{base}\u201d",
                         joint=": ")
                break
