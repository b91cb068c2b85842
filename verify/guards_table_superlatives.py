"""A claim that ranks its number first, confirmed by a cell that is not first among its peers
(red team 4, probes).

"A claim with a number and a superlative ("the best F1, 80.0") is left to the table check of its
number" (verify/guards_superlatives.py), and the table check reads the number alone: the
eleventh probe of the fourth red-team corpus (tests/real/redteam4, VILA, arXiv:2106.00676)
claimed "DocBank's figure class is its largest, with 932,150 tokens", and Table 8's "# Tokens
in Class × Figure: 932150" confirmed it, though the paragraph class holds 20,630,188 in the same
row.

The general fact: a number said to be the largest (highest, greatest, ...) of its kind is the
greatest of the cells it is compared with; the smallest (lowest, fewest, ...) the least; the best
or worst either one, as a table may rank by an error; but of a measure better when higher (AP,
accuracy, F1, ...), and no error named, the best is the greatest and the worst the least
(round 30). The cells it is compared with are its
peers in the table: the cells of its row, and those of its column, printed with the same number
of decimals (a count beside F1 scores is no peer of theirs), or in its column printing a
percentage as it does. A supporting table check of a claim
with such a word, whose cell has two peers or more in its row or its column and is the extreme
the word asks for in neither, decides nothing (`not_first`).

It names no paper, system or number; it reads only the table as the reader gave it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Cell, Check, CheckKind, Claim, Paper, Quantity, Table

from .guards_inner_headers import _cells
from .number_values import within_rounding
from .undecided import SUPPORTING, decided, undecide

# "maximum" and "minimum" are left out: they name measures ("a maximum degree of 943").
_MOST = re.compile(r"\b(?:largest|highest|greatest|biggest)\b", re.IGNORECASE)
_LEAST = re.compile(r"\b(?:smallest|lowest|fewest)\b", re.IGNORECASE)
_EITHER = re.compile(r"\b(?:best|worst)\b", re.IGNORECASE)
# Measures better when higher, and when lower (round 30: "FR3D achieved the worst AP on
# tetraloops, 0.971" was confirmed by the row's greatest AP, RNA motif search, Table 1).
_HIGHER_BETTER = re.compile(r"\b(?:m?AP|accuracy|accuracies|F1|F-(?:score|measure)|precision|"
                            r"recall|BLEU|ROUGE(?:-\w+)?|AUC|MRR|NDCG|exact match)\b")
_LOWER_BETTER = re.compile(r"\b(?:errors?|loss(?:es)?|perplexity|WER|CER|latency|time|runtime|"
                           r"distance|rank)\b", re.IGNORECASE)


def _peers(table: Table, cell: Cell) -> list[list[float]]:
    """The values of the cell's row peers and column peers (same decimals, the cell's own value
    included), each group with two others or more."""
    groups = []
    for row in table.rows:
        if any(other is cell for other in row):
            column = next(i for i, other in enumerate(row) if other is cell)
            groups.append([other.value for other in row if other.value is not None
                           and other.decimals == cell.decimals])
            groups.append([other[column].value for other in table.rows if len(other) > column
                           and other[column].value is not None
                           and (other[column].decimals == cell.decimals
                                or _shares(other[column], cell))])
    return [group for group in groups if len(group) >= 3]


def _shares(one: Cell, other: Cell) -> bool:
    """Two cells of one column that both print a percentage: peers whatever their decimals
    (ELMo's relative increases, arXiv:1802.05365 Table 1, print "24.9%" over "21%": "NER has
    the largest relative increase, 21%" was confirmed, its cell the only one of no decimals,
    so it had no peers)."""
    return one.text.strip().endswith("%") and other.text.strip().endswith("%")


def _ranked_sides(claim_text: str, word: str, sides: tuple[str, ...]) -> tuple[str, ...]:
    """The extremes `word` may ask for: "best" and "worst" of a measure that is better when
    higher (an AP, an accuracy, an F1), named by the claim with no measure that is better
    when lower, ask for the greatest and the least; of anything else, for either."""
    if len(sides) == 1 or not _HIGHER_BETTER.search(claim_text) \
            or _LOWER_BETTER.search(claim_text):
        return sides
    return ("max",) if word.casefold() == "best" else ("min",)


def not_first(claim_text: str, table: Table, cell: Cell) -> str | None:
    """The claim's ranking word when `cell` is not the extreme it asks for among any group of
    its peers (two others or more); None otherwise, or when it has no such peers."""
    if cell.value is None:
        return None
    wants = []
    for pattern, sides in ((_MOST, ("max",)), (_LEAST, ("min",)), (_EITHER, ("max", "min"))):
        match = pattern.search(claim_text)
        if match:
            wants.append((match.group(0), _ranked_sides(claim_text, match.group(0), sides)))
    if len(wants) != 1:
        return None  # no ranking word, or several: which one is this cell's is not read
    word, sides = wants[0]
    groups = _peers(table, cell)
    if not groups:
        return None
    for group in groups:
        if ("max" in sides and cell.value >= max(group)) or \
                ("min" in sides and cell.value <= min(group)):
            return None
    return word


def _prints(cell: Cell, claimed: Quantity) -> bool:
    """Whether the cell prints the claimed value (within the claim's rounding)."""
    return cell.value is not None and within_rounding(claimed, cell.value)


def guard_table_superlatives(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting table check of a claim of one number (in digits) with a ranking
    word whose cell prints that number and is not the extreme the word asks for among its row
    or column peers. A claim of several numbers, or a difference of cells ("its largest gain,
    6.96"), is left alone: which number the word ranks is not read. In place."""
    # The claim's one number in digits; spelled counts beside it ("of the four base models")
    # name the group ranked, not a second value.
    printed = [quantity for quantity in claim.quantities
               if any(char.isdigit() for char in quantity.text)]
    if not paper.tables or len(printed) != 1:
        return
    claimed = printed[0]
    for check in list(decided(checks, CheckKind.table, SUPPORTING)):
        for evidence in check.evidence:
            for table, cell in _cells(paper, evidence.location or "", evidence.quote or ""):
                if not _prints(cell, claimed):
                    continue
                word = not_first(claim.text, table, cell)
                if word is not None:
                    undecide(check, f"The claim calls its number the {word}, and the cell "
                                    f"{cell.text} is not that among the cells of its row or "
                                    "column")
                    break
            if not check.decisive:
                break
