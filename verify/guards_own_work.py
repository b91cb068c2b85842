"""A claim about the paper's own work is not confirmed by a sentence about the works it cites
(round 26, probe26a).

"Fringe projection was used to measure the TM contour in this work" (Solis et al., Tympanic
membrane contour measurement ..., Biomed. Opt. Express 2012; false: the paper uses digital
holographic interferometry) was confirmed by "Several works have been devoted to TM shape
measurements by means of optical methods, but the most of them use moiré interferometry and
fringe projection with a phase shifting method [17-21]": the sentence says it of the works it
cites. `past_work` reads a clause opened by "previous work" and the like; this sentence's
subject is "several works", and the claim's words sit in the clause after "but".

A claim that says it speaks of the paper's own work ("in this work", "in this study", "here",
"we", "the authors") is not decided by a passage that cites others (a bracketed reference
number, "[17-21]") and says nothing of its own ("we", "our", "this work", "here", ...)
(`cited_not_own`). It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .undecided import SUPPORTING, undecide_by_evidence

_OWN_WORK = r"(?:work|study|paper|article|research|report|investigation|experiment)"
_CLAIM_OWN = re.compile(
    rf"\b(?:in|by|of|for)\s+(?:this|the\s+present|our)\s+{_OWN_WORK}\b"
    rf"|\b(?:this|the\s+present)\s+{_OWN_WORK}\s+(?:used|uses|applied|applies|employed|"
    rf"employs|measured|measures)\b|\bthe\s+authors\b|\bwe\b", re.IGNORECASE)
_PASSAGE_OWN = re.compile(
    rf"\b(?:we|our|us|ours|here|herein|present|proposed)\b|\bthis\s+{_OWN_WORK}\b",
    re.IGNORECASE)
_CITATION = re.compile(r"\[\d{1,3}(?:\s*[-\u2013,]\s*\d{1,3})*\]")

EXPLANATION = ("Not confirmed: the claim speaks of the paper's own work, and the passage of the "
               "works it cites ({cited})")


def cited_not_own(claim_text: str, quote: str) -> str | None:
    """The citation of `quote` when the claim says it is about the paper's own work and the
    passage cites other works without a word of its own (module docstring); else None."""
    if not _CLAIM_OWN.search(claim_text):
        return None
    cited = _CITATION.search(quote)
    if cited is None or _PASSAGE_OWN.search(quote):
        return None
    return cited[0]


def guard_own_work(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage speaks of cited works when the
    claim speaks of the paper's own (module docstring). In place."""
    if not _CLAIM_OWN.search(claim.text):
        return
    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, lambda evidence: (
        EXPLANATION.format(cited=cited)
        if (cited := cited_not_own(claim.text, evidence.quote or "")) else None))
