"""A claim that names another block of the table than the one its deciding cell sits in.

Results tables stack one block of rows per data set, each named by an outer label in the first
column (Fan et al., CVPR 2024, "Data-Free Quantization via Pseudo-label Filtering", Table 1:
"CIFAR-10 For ResNet-20 (FP:94.03)" over eleven methods, then "CIFAR-100 For ResNet-20
(FP:70.33)" over the same eleven). "On CIFAR-100, the W3A3 accuracy of HAST is 88.34%" (88.34
is HAST's CIFAR-10 cell; 55.67 on CIFAR-100) was CONFIRMED by the CIFAR-10 cell (round 36,
probe36a): the caption says "on CIFAR-10, CIFAR-100" and the abstract names both data sets,
so the accounting let the claim's "CIFAR-100" pass for the cell, whose own label says
"CIFAR-10".

So a decisive table check is undecided when the claim prints a coded name (a digit, or a
capital after the first letter; hyphenated as printed: "CIFAR-100" is not "CIFAR-10") that the
outer row label of another block of the same table prints and none of the deciding cell's own
labels print. Only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import cells_by_table, cells_of_check
from .undecided import DECIDING, decided, undecide

__all__ = ["guard_other_blocks"]

other_blocks_guarded = True
"""Whether a claim naming another block's label undecides the check (a planted-bug test
switches it off)."""

_TOKEN = re.compile(r"[^\W_][\w\-]*[^\W_]", re.UNICODE)


def _tokens(text: str) -> set[str]:
    """Words of two characters or more with a letter, as printed, in lower case."""
    return {token.casefold() for token in _TOKEN.findall(text)
            if any(char.isalpha() for char in token)}


def _names(text: str) -> set[str]:
    """The coded names among `text`'s words ("CIFAR-100", "ImageNet", "Cifar100"): a digit,
    or a capital after the first letter. Plain words ("For", "Test") are left to the
    accounting."""
    return {token.casefold() for token in _TOKEN.findall(text)
            if any(char.isalpha() for char in token)
            and (any(char.isdigit() for char in token)
                 or any(char.isupper() for char in token[1:]))}


def _other_block_word(claim_words: set[str], table_cells, rows: list[str]) -> str | None:
    """A claim word that the outer label of another block prints and the cell's own row and
    column labels (`rows` and the caller's) do not: None when there is none."""
    if len(rows) < 2:
        return None
    outer = rows[0].strip()
    others = {found.rows[0].strip() for found in table_cells
              if len(found.rows) >= 2 and found.rows[0].strip() not in ("", outer)}
    if not others:
        return None
    own = _tokens(" ".join(rows))
    for label in sorted(others):
        words = (_names(label) & claim_words) - own
        if words:
            return sorted(words)[0]
    return None


def guard_other_blocks(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose cell sits in another block than the one the
    claim names (module docstring). In place."""
    if not other_blocks_guarded:
        return
    claim_words = _tokens(claim.text)
    by_table = None
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        for table, found in cells_of_check(check, paper):
            if by_table is None:
                by_table = cells_by_table(paper)
            word = _other_block_word(claim_words, by_table.get(id(table), []), found.rows)
            if word is not None and word not in _tokens(" ".join(found.columns)):
                undecide(check, f"Not decided: the claim's \u201c{word}\u201d is printed by "
                                "the label of another block of rows of the table, not by the "
                                f"cell's own ({' / '.join(found.rows)})")
                break
