"""A level reached by a change, confirmed by the one cell that prints the level (probe, round 14).

"Adding venues raises the average to 79.9" was confirmed by the cell "+ venue × Avg." of
SPECTER's ablation table, 79.9 (2020.acl-main.207, Table 2). The number is right and the
change is not: the full model's row above prints 80.0, so adding venues lowered the average.
A claim that a change brings a measure *to* a number says two things, the level (one cell)
and the direction from where it started (another cell, whose number the claim does not give),
and the cell check reads only the first. "Adding venues lowers the average to 79.9" was
confirmed just the same.

The general fact: the direction needs the cell the change started from, and tables print it
in four layouts (`_start`): a variant's label that opens with its model's ("BERT-frozen" and
"BERT-frozen+ INLP (rank 100)"); twin rows "with X" and "without X" ("AMDCN (with perspective
information)"); a row that calls itself the baseline ("Baseline" above "AM adaptation",
roark13's Table 3); an ablation table whose rows bear the marks of variants ("+ venue", "−
abstract", "No hard negatives", "LTR & No NSP", "Start w/ BERT-Large") under a first row, the
full model, that bears none. The confirmation stands when the two cells differ in the claimed
direction; otherwise (the other direction, the same number, no start to read, or an
evaluative word such as "improves" on a measure for which lower is better) the check decides
nothing (`guard_level_changes`). It never contradicts: which row a change starts from is read
here from the table's layout, and a contradiction is left to the checks that read both cells
from the claim's own words ("from 80.0 to 79.9").

It names no paper, system or number; it reads only the claim and the table as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper, Quantity, Table

from .cells_read import Labelled, labelled_cells, numbers, read_cells
from .label_text import caption_text
from .number_values import within_rounding
from .order_words import cells_lower_is_better
from .undecided import SUPPORTING, decided, undecide

# "... to 79.9" after a change verb; not a bound ("up to"), a likeness ("close to") or a
# comparison ("compared to 80.0").
_TO_LEVEL = re.compile(r"(?<!\bup )(?<!\bclose )(?<!\bcompared )(?<!\brelative )(?<!\bsimilar )"
                       r"(?<!\bequal )(?<!\bnext )\bto\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?$",
                       re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+[-+\u2212]?\d", re.IGNORECASE)
# A mark that a row label is a variant of a model: an added or removed part, another start.
_MARK = re.compile(r"(?:^|(?<=[\s&(]))(?:[+\-\u2212\u2013]\s*\S|w/o\b|w/(?!\w)|without\b|no\b"
                   r"|with\b|minus\b|only\b|start(?:ing)?\s+(?:w/(?!\w)|with\b|from\b))",
                   re.IGNORECASE)
# What follows a model's name in a variant's label: "BERT-frozen+ INLP", "AMDCN (with ...)".
_AFTER_BASE = re.compile(r"\s*(?:[+\-\u2212\u2013&/(]|with\b|w/)", re.IGNORECASE)
# A row that names itself the start of the others: "Baseline" above "AM adaptation".
_BASELINE = frozenset(("baseline", "base", "none", "original", "vanilla", "default"))
_EVALUATIVE = re.compile(r"\b(?:improv|worsen|degrad|boost|help|hurt|harm|benefit|outperform"
                         r"|underperform|better|worse)\w*", re.IGNORECASE)


def _levels(claim: Claim) -> list[Quantity]:
    """The claim's numbers that a change is said to reach ("raises the average to 79.9")."""
    if claim.direction is None or _FROM.search(claim.text):
        return []
    return [quantity for quantity in claim.quantities
            if _TO_LEVEL.search(claim.text[:quantity.span[0]][-40:])]


def _start(table: Table, found: Labelled) -> tuple[str, float] | None:
    """The row `found`'s row changes from, with its number in `found`'s column (module
    docstring): the row whose label opens `found`'s and is followed by a mark of a variant
    ("BERT-frozen" for "BERT-frozen+ INLP (rank 100)"; the longest such); else the row whose
    label is `found`'s with "with" and "without" swapped; else the table's one row labelled
    "Baseline" (or "Base", "None", "Original", "Vanilla", "Default"); else, when `found`'s
    label bears a mark of a variant ("+ venue", "LTR & No NSP") and the table's first row is
    its only row without one, that first row. None when there is none, or it prints no
    single number."""
    cells = labelled_cells(table)
    labels = list(dict.fromkeys(cell.row for cell in cells))
    mine = found.row
    bases = [label for label in labels if label != mine and mine.startswith(label)
             and _AFTER_BASE.match(mine, len(label))]
    swapped = re.sub(r"\b(with|without)\b",
                     lambda word: "without" if word.group(1).lower() == "with" else "with",
                     mine, flags=re.IGNORECASE)
    plain = [label for label in labels if not _MARK.search(label)]
    baselines = [label for label in labels if label.casefold().strip(" :*") in _BASELINE]
    if bases:
        start = max(bases, key=len)
    elif swapped != mine and swapped in labels:
        start = swapped
    elif len(baselines) == 1 and baselines[0] != mine:
        start = baselines[0]
    elif _MARK.search(mine) and plain == labels[:1]:
        start = labels[0]
    else:
        return None
    printed = [numbers(cell.cell) for cell in cells
               if cell.row == start and cell.columns == found.columns]
    if len(printed) != 1 or len(printed[0]) != 1:
        return None
    return start, printed[0][0]


def guard_level_changes(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting table check whose cell gives the level a claimed change
    reaches, unless the row it changes from reads the claimed way (module docstring). In
    place."""
    levels = _levels(claim)
    if not levels:
        return
    rising = claim.direction == "increase"
    for check in list(decided(checks, CheckKind.table, SUPPORTING)):
        for evidence in check.evidence:
            why = None
            for table, found in read_cells(paper, evidence.location or "", evidence.quote or ""):
                printed = numbers(found.cell)
                level = next((quantity for quantity in levels
                              if any(within_rounding(quantity, value) for value in printed)),
                             None)
                if level is None or len(printed) != 1:
                    continue
                start = _start(table, found)
                said = "rose" if rising else "fell"
                if start is None:
                    why = (f"Not decided: the claim says the measure {said} to {level.text}; "
                           f"the table prints that level, but no row it changed from")
                elif _EVALUATIVE.search(claim.text) and cells_lower_is_better(
                        caption_text(table.caption), found.columns):
                    why = (f"Not decided: the claim says the measure {said} to {level.text}, "
                           f"and for this measure lower is better")
                elif (printed[0] > start[1]) != rising or printed[0] == start[1]:
                    why = (f"Not decided: the claim says the measure {said} to {level.text}, "
                           f"but the row it changes from, {start[0]}, prints {start[1]:g}")
                if why:
                    break
            if why:
                undecide(check, why)
                break
