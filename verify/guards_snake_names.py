"""A passage about one function of a program is no evidence for a claim about another of the
same family (round 25, probe25a).

Software papers name their commands and functions in snake case, many sharing a head word:
"codeml_setup" and "codeml_reader", "make_database", "reciprocal_groups" (Webb et al., VESPA,
PeerJ Comput. Sci. 2017). The index reads such a name as one term of its first five letters
("codem"), so "The codeml_setup function took approximately 6 h for the large dataset" (false:
45 min) was confirmed by "The second exception was the 'codeml reader' function which took
approximately 6 h", the sentence after the one about codeml_setup.

`guard_snake_names` sets aside each deciding check when the claim names such an identifier
(two words or more joined by underscores), the paper prints it, and none of the check's quotes
prints it (with its underscores, or its words spaced), while they print its head word: the
evidence speaks of a sibling function, and neither confirms nor contradicts the claim. It names
no paper, program or number, and only undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper

from .paper_memo import sentences_and_cells
from .undecided import DECIDING, undecide

__all__ = ["guard_snake_names", "snake_names"]

_SNAKE = re.compile(r"(?<![\w\-])([A-Za-z][A-Za-z0-9]*)(?:_[A-Za-z0-9]+)+(?![\w\-])")


def _prints(text: str, name: str) -> bool:
    """Whether `text` prints `name`, its underscores as underscores or spaces."""
    words = [re.escape(word) for word in name.split("_")]
    return re.search(r"(?<![\w\-])" + r"[_\s]".join(words) + r"(?![\w\-])", text,
                     re.IGNORECASE) is not None


def snake_names(claim_text: str, paper: Paper) -> list[tuple[str, str]]:
    """(identifier, head word) for each snake-case identifier of the claim the paper prints."""
    found = [(match.group(), match.group(1)) for match in _SNAKE.finditer(claim_text)]
    if not found:
        return []
    text = sentences_and_cells(paper)
    return [(name, head) for name, head in found if _prints(text, name)]


def guard_snake_names(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each deciding check whose quotes print the head word of a snake-case
    identifier the claim names but not the identifier (module docstring). In place."""
    if "_" not in claim.text:
        return
    deciding = [check for check in checks if check.decisive and check.outcome in DECIDING]
    names = snake_names(claim.text, paper) if deciding else []
    for check in deciding if names else []:
        quotes = [evidence.quote or "" for evidence in check.evidence]
        for name, head in names:
            if any(_prints(quote, name) for quote in quotes):
                continue
            if any(re.search(rf"(?<![\w\-]){re.escape(head)}", quote, re.IGNORECASE)
                   for quote in quotes):
                undecide(check, f"The claim names \u201c{name}\u201d; the evidence speaks of "
                                f"another \u201c{head}\u201d, not of it", joint=": ")
                break
