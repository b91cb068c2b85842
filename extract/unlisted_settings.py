"""Blank setting cells that the caption says hold a named row's values.

An ablation table prints a base configuration in full and, for each variation, only the
settings it changes; its caption says what a blank means. The Transformer's Table 3 (Vaswani
et al. 2017): "Unlisted values are identical to those of the base model." Read as a table
whose outer labels are printed once per block, every blank setting was carried down from the
row above, so the rows (B) read h = 32 (the last row of (A)) where the paper means the base
model's 8, and the "big" row took "positional embedding instead of sinusoids" from row (E).
A claim about 32 heads would then have been checked against the wrong rows.

When the caption names the row that unlisted values repeat ("the base model", "the baseline",
"the first row"), and a row of the table carries that name in its first column, each blank
setting cell (a row-label column other than the first, which names the rows) takes that row's
printed value instead. A caption that names no row of the table changes nothing: the usual
filling of labels printed once per block applies.
"""

from __future__ import annotations

import re

# "Unlisted values are identical to those of the base model", "Blank entries are the same as
# the baseline", "Settings not shown are as in the first row", "Empty cells: same as default".
_UNLISTED = re.compile(
    r"\b(?:unlisted|unspecified|unmentioned|omitted|unchanged|blank|empty|missing"
    r"|(?:values|entries|cells|settings|parameters|hyper-?parameters) not (?:listed|shown|given))"
    r"\b[^.;]{0,40}?\b(?:identical to|the same as|same as|equal to|as in|as for|as)\s+"
    r"(?:those|that|the values?|the settings?)?\s*(?:of|in|for)?\s*(?:the\s+)?"
    r"(?P<name>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)",
    re.IGNORECASE)

_FIRST_ROW = {"first row", "top row", "first line"}

switched_on = True
"""Whether blank settings take the named row's values (a planted-bug test switches it off)."""


def named_row(caption: str | None) -> str | None:
    """The name of the row whose values a caption says blank cells repeat, lower-cased ("base
    model", "baseline", "first row"); None when the caption says no such thing."""
    if not caption or not switched_on:
        return None
    found = _UNLISTED.search(caption)
    return found.group("name").lower() if found else None


def row_named(name: str, first_labels: list[str]) -> int | None:
    """The index of the row the name points at: the row whose first-column label is the name or
    its first word ("base" for "base model"), or the first row for "first row"; None when no
    single row carries it."""
    if name in _FIRST_ROW:
        return 0 if first_labels else None
    words = name.split()
    wanted = {name, words[0]}
    hits = [i for i, label in enumerate(first_labels) if label.strip().lower() in wanted]
    return hits[0] if len(hits) == 1 else None


def fill_from_named_row(rows_labels: list[list[str]], labels: int, caption: str | None) -> bool:
    """Give every blank setting cell (row-label columns 2 .. `labels`, each row's last `labels`
    names) the named row's printed value, in place, before blanks are carried down. Returns
    whether the caption named a row of the table (then nothing is left blank to carry)."""
    name = named_row(caption)
    if name is None or labels < 2 or not rows_labels:
        return False
    own = [names[len(names) - labels:] for names in rows_labels]
    base = row_named(name, [names[0] for names in own])
    if base is None:
        return False
    for names in rows_labels:
        offset = len(names) - labels
        for column in range(1, labels):
            if not names[offset + column] and own[base][column]:
                names[offset + column] = own[base][column]
    return True
