"""A supporting sentence that prints another name where the claim prints its own.

"The WorldExpo dataset [27] contains a larger number of people (approximately 50 on average,
which is double that of UCSD)" (arXiv:1804.07821) confirmed "The WorldExpo dataset contains
approximately 50 people per image, double that of UCF": the number and most names agree, and
a passage need not hold every name of a claim with numbers. But the sentence says "double that
of" of UCSD, and the claim says it of UCF: the same words framing a different name.

The general fact: when a claim's coined name (a word with capitals inside or digits, the
names papers give their systems and datasets: verify/coined_names.py) is missing from the
sentence, and the sentence prints the two words that precede it in the claim followed by a
coined name the claim does not say, the sentence states the claim's frame of another thing,
and its support decides nothing (`guard_swapped_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .coined_names import _COINED, coined
from .undecided import supporting_sources, undecide

_WORD = re.compile(r"[A-Za-z][\w\-]*")


def _one(name: str) -> str:
    """A name without case or a plural "s": "PDFs" is "PDF" ("pdf")."""
    name = name.casefold()
    return name[:-1] if len(name) > 2 and name.endswith("s") else name


def _plain(names: frozenset[str]) -> set[str]:
    return {_one(name) for name in names}


def swapped_name(claim_text: str, sentence_text: str) -> tuple[str, str] | None:
    """(the claim's name, the sentence's name in its place), or None (module docstring)."""
    claimed, printed = _plain(coined(claim_text)), _plain(coined(sentence_text))
    for match in _COINED.finditer(claim_text):
        name = match.group()
        if _one(name) in printed:
            continue
        frame = _WORD.findall(claim_text[:match.start()])[-2:]
        if len(frame) < 2:
            continue
        pattern = re.compile(r"(?<![\w\-])" + r"\s+".join(map(re.escape, frame))
                             + r"\s+(?:the\s+)?([A-Za-z][\w\-]*)", re.IGNORECASE)
        for found in pattern.finditer(sentence_text):
            other = found.group(1)
            if coined(other) and _one(other) not in claimed:
                return name, other
    return None


def guard_swapped_names(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose sentence frames another coined name the
    way the claim frames its own (module docstring). In place."""
    if not _COINED.search(claim.text):
        return
    for check in supporting_sources(checks):
        for evidence in check.evidence:
            swapped = swapped_name(claim.text, evidence.quote)
            if swapped is not None:
                undecide(check, f"Not confirmed: the passage says '{swapped[1]}' where the "
                                f"claim says '{swapped[0]}'")
                break
