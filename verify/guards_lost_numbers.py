"""Precision guard: a passage that has lost a number decides no claim's number.

Round 21, own probe of Chang and Zakhor, "Disk-Based Storage for Scalable Video" (IEEE TCSVT,
1997): its inline equations are set as pictures, so the text layer holds "By adding this
pessimistic seek time to the worst-case rotation time of 11 ms for a full disk revolution, we
obtain the worst case total seek time estimate ms." where the page prints "T_s = 21 ms". "The
worst-case total seek time estimate is 21 ms" (true) was contradicted by the 11 left in the
sentence, and the same claim with 11 (false) was confirmed by it.

The general fact: a unit of measure right after a word ("estimate ms", "to be Kb/s") is the
trace of a number the text layer dropped: an equation drawn as a picture, a symbol in a font
without a text map. Such a sentence no longer shows which of its numbers is which, and the one
lost may be the claim's. `guard_lost_numbers` sets aside each decisive source check of a claim
that gives a number when one of its passages holds such a trace. A unit after a preposition or
a bracket ("times in ms", "(ms)") names the unit of something else and is no trace.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence

from .undecided import DECIDING, undecide_by_evidence

# Units of measure a number stands before; upper and lower case as printed.
_UNITS = (r"ms|\u00b5s|ns|[KkMG]b/s|[KkMG]B/s|[kKMGT]B|[kMG]?Hz|dB|mm|cm|km|kg|kW|mW|GFLOPS|"
          r"TFLOPS|FLOPs")
# Words after which a unit names what is measured rather than a value ("in ms", "per MB").
_NAMING = frozenset(("in", "of", "per", "and", "or", "to", "as", "by", "from", "than", "the",
                     "a", "an", "into", "with", "for", "at", "on", "vs", "versus"))
_TRACE = re.compile(rf"\b(?P<before>[A-Za-z][A-Za-z-]*)\s+(?P<unit>{_UNITS})(?=[\s.,;:)]|$)")


def lost_number(text: str) -> str | None:
    """The unit of `text` printed right after a word, where a number was dropped ("estimate
    ms." gives "ms"); None when every unit follows a number, a preposition or a bracket."""
    return next((match["unit"] for match in _TRACE.finditer(text)
                 if match["before"].casefold() not in _NAMING), None)


def guard_lost_numbers(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source check of a claim with a number whose passage lost a
    number (module docstring). In place."""
    if not claim.quantities:
        return

    def why(evidence: Evidence) -> str | None:
        unit = lost_number(evidence.quote or "")
        return None if unit is None else (
            f"Not decided: the passage has lost a number before \u201c{unit}\u201d (an "
            "equation or symbol the PDF does not print as text), which may be the claim's")

    undecide_by_evidence(checks, CheckKind.source, DECIDING, why)
