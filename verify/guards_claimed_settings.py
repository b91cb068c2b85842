"""A claim's setting, printed as a word and a number ("rank-5", "4-layer", "k=10"), that the
table cell deciding it never prints (issue 11, round 12).

R-LACE (arXiv:2201.12091) reports its WEAT results (Table 1) for one projection only, labelled
"RLACE", and its classification results (Table 2) for "RLACE (rank 1)" and "RLACE (rank 100)".
Once Table 1 was read whole and "R-LACE" named "RLACE", "A rank-5 R-LACE projection lowers the
math-art WEAT d to 0.41" and "A rank-100 R-LACE projection lowers the science-art WEAT d to
0.73" were contradicted by Table 1's cells (0.80, 0.77). The paper never reports those ranks
for WEAT: the claims are unverifiable, and a cell of another setting contradicts nothing. The
claim's "rank-5" is no value the cell must give (it is part of a compound word, not a
quantity), and "rank" weighs little in a paper that says it on every page, so the cell's
accounting let it go unsaid.

A setting is a word joined to a number by a hyphen or "=" ("rank-100", "4-layer", "k=10"):
a decisive table check whose cell, headers and caption do not print it (in any of the ways
`header_compounds.says_setting` reads: "rank 100", "(rank 100)", "100-rank"), nor as a label
of its own (BERT's Table 6 labels its rows "3", "6", "12" under "#L": "6-layer" is said by
the row "6"), decides nothing.
It names no paper, setting or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, CheckKind, Claim

from .header_compounds import says_setting
from .undecided import DECIDING, decided, evidence_text, undecide

# "rank-100", "rank=5", "k=10", "4-layer", "10-fold": a word and a number, joined.
_SETTING = re.compile(r"(?<![\w.\-])(?:(?P<word>[A-Za-z]{1,12})\s*[-=]\s*(?P<number>\d+)"
                      r"|(?P<number2>\d+)-(?P<word2>[A-Za-z]{3,12}))(?![\w.]|-\w)")


@lru_cache(maxsize=16384)
def claimed_settings(text: str) -> tuple[tuple[str, str], ...]:
    """The settings the claim prints: (as printed, as `says_setting` asks for them, "rank
    100"). A word of one or two letters counts only before "=" ("k=10"), so that names with a
    version ("GPT-4", "T5-3B") are not read as settings."""
    found = []
    for match in _SETTING.finditer(text):
        word = match.group("word") or match.group("word2")
        number = match.group("number") or match.group("number2")
        if match.group("word") and len(word) < 3 and "=" not in match.group():
            continue
        if match.group("word") and any(char.isupper() for char in word[1:]):
            continue  # "GPT-4", "BERT-3": a name and its version
        found.append((match.group(), f"{word.casefold()} {number}"))
    return tuple(found)


def guard_unheld_settings(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive table check whose evidence does not print a setting the claim
    states (module docstring). In place."""
    settings = claimed_settings(claim.text)
    if not settings:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        text = evidence_text(check)
        labels = {label.strip() for evidence in check.evidence if evidence.location
                  for label in re.split(r"\s[\u00d7/]\s|,\s", evidence.location)}
        for printed, word in settings:
            if says_setting(word, text) is None and word.rpartition(" ")[2] not in labels:
                undecide(check, f"The claim states the setting \u201c{printed}\u201d, which the "
                                "cell's row, column and caption do not print")
                break
