"""How a claim prints a table's row or column label: whole, citation marks and notes aside.

A claim names a cell by its labels, printed whole: "LM" is not printed in "AM+LM", nor "With
LM" in "Without LM" (no letter, digit, '+' or '-' on either side), case and inner spacing aside.
Labels carry what a claim leaves out: a citation mark ("Hydra2s [18]") and a bracketed unit or
note ("runtime (hours)", which a claim prints after its number). The guards and the pair reading
all match labels this one way (verify/guards_cells.py, verify/numbers_named.py,
verify/cell_pairs.py, verify/guards_conditions.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

_CITATION = re.compile(r"\s*\[[\d,\s\u2013\-]+\]")
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def without_notes(label: str) -> str:
    """The label without its bracketed parts: "[18] (with perspective information)" -> "[18]"."""
    return _BRACKETED.sub("", label).strip()


def label_name(label: str, notes: bool = False) -> str:
    """A label as a claim prints it: without citation marks and, unless `notes`, without a
    bracketed note ("runtime (hours)"); empty for a label that is no name (a number, a
    citation, punctuation). A letter with its number ("F1", "P@100") is a measure's name:
    without it, "84.1 EM and 90.9 F1" named the EM cell and no cell of 90.9."""
    name = _CITATION.sub("", label)
    name = name.strip() if notes else without_notes(name)
    return name if re.search(r"[^\W\d_]{2}", name) or _CODE.fullmatch(name) else ""


# A measure named by one letter and its number ("F1", "R2", "P@100"): a name, as "EM" beside it.
_CODE = re.compile(r"[^\W\d_][@\-]?\d{1,3}")


def _word(word: str, shortened: bool) -> str:
    """A label word as a pattern; with `shortened`, one cut short with a full stop ("Cov.",
    "Prec.") stands for any word it begins ("coverage")."""
    if shortened and len(word) > 2 and word.endswith(".") and word[:-1].isalpha():
        return rf"{re.escape(word[:-1])}\w*\.?"
    return re.escape(word)


@lru_cache(maxsize=4096)
def label_pattern(label: str, shortened: bool = False) -> re.Pattern[str]:
    """Where `label` is printed whole (module docstring), its words apart by any spacing."""
    words = r"\s+".join(_word(word, shortened) for word in label.split())
    # Nor is a number label printed inside a longer number: the column "10" is not named by
    # the value "10.78" (nor "000" by "1,000").
    return re.compile(rf"(?<![\w+\-])(?<!\d[.,]){words}(?![\w+\-])(?![.,]\d)",
                      re.IGNORECASE)


def printed(label: str, text: str) -> bool:
    """`label` appears whole in `text`."""
    return bool(label.strip()) and bool(label_pattern(label.strip()).search(text))


# The label a caption opens with ("Table 1", "Table 1:", "Table 1."), with or without its
# punctuation (IEEE and ACM proceedings print "Table 1 Comparison of ...").
_CAPTION_LABEL = re.compile(r"^\s*(?:Table|TABLE|Tab\.)\s*[A-Z]?\d+[a-z]?\s*[:.|]?\s*")


def caption_text(caption: str | None) -> str:
    """A table's caption without the label it opens with: the label names the table, it
    says nothing of what the cells hold. Read as a word, the "Table" of "Table 1" met a
    claim's "tables" ("scores 75.8 on the tables subset", against an overall score in
    olmOCR 2's Table 1), as if the caption spoke of the claim's subset."""
    return _CAPTION_LABEL.sub("", caption or "")
