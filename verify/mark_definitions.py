"""The marks a caption defines: "* indicates models trained with external data", "† denotes
our reimplementation", "∗: results on the test set".

Three guards read these definitions (`guards_marked_rows`, `guards_lost_marks`,
`guards_cell_marks`), and each had its own pattern. They had drifted: one did not know the
math asterisk "∗", one not "§" or "¶", and all three ran a definition on to the sentence's end,
so "† means the sequence-based models, ‡ means the GCN-based models" (jpcs-2188-012011, Table 1)
gave "†" the words "GCN-based models" too, and "‡" no definition at all. A definition ends at
the next mark's definition; every guard reads the same ones.
"""

from __future__ import annotations

import re

# Marks a caption defines, as printed after a number or a row label: * ∗ † ‡ § ¶.
MARKS = "*\u2217\u2020\u2021\u00a7\u00b6"
_VERB = r"(?:indicates|denotes|marks|means)"
_MARK = rf"[{MARKS}]{{1,3}}"
_NEXT = rf"{_MARK}\s*(?:{_VERB}|:|=)"
_DEFINED = {
    colon: re.compile(rf"(?<![\w{MARKS}])({_MARK})\s*(?:{_VERB}{'|:|=' if colon else ''})\s+"
                      rf"((?:(?!{_NEXT})[^.;]){{3,200}})", re.IGNORECASE)
    for colon in (False, True)}


def mark_definitions(caption: str, *, colon: bool = False) -> list[tuple[str, str]]:
    """(mark, definition) for each mark the caption defines, in order. With `colon`, "*: ..."
    and "* = ..." count as definitions too (a row mark's legend)."""
    return [(match[1], match[2].strip(" ,")) for match in _DEFINED[colon].finditer(caption)]
