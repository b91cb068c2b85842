"""What the paper's text says a table column holds: "The number of sentences in every bag is
shown in the last column of Tables 2 & 3."

A column header is short ("Size"), and the paper often says in a sentence what it means. A
claim then uses the sentence's words ("the training bag contains 1375 sentences"), which
neither the header nor the caption prints. Such a sentence names the column by its position
and the table by its number, in two general forms:

- "<what> is/are shown/given/listed/reported in the <position> column of Table(s) N [& M]";
- "The <position> column of/in Table(s) N [& M] shows/gives/lists/reports <what>";

with <position> "first", "second", ..., "last" (the first column is the row labels' one, so
"first" is the table's column 0). The words of <what> are added to the passage of every cell
of that column (cell_check.py), as the caption's are: a description the paper gives of the
column, not a name. A note about what a column prints "between parentheses" or "in brackets"
describes the second number of its cells, not their value, and is left out.
"""

from __future__ import annotations

import re

from verify_claims.claims import Paper

_POSITIONS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5,
              "last": -1, "rightmost": -1, "leftmost": 0}
_TABLES = r"Tables?\s+(?P<tables>\d+(?:\s*(?:&|and|,)\s*\d+)*)"
_POSITION = r"(?P<position>first|second|third|fourth|fifth|sixth|last|rightmost|leftmost)"
_SHOWN_IN = re.compile(
    r"(?P<what>[^.;:]{3,90}?)\s+(?:is|are)\s+(?:shown|given|listed|reported|printed)\s+in\s+"
    r"the\s+" + _POSITION + r"\s+column\s+(?:of|in)\s+" + _TABLES, re.I)
_COLUMN_SHOWS = re.compile(
    r"\bthe\s+" + _POSITION + r"\s+column\s+(?:of|in)\s+" + _TABLES
    + r"\s+(?:shows|gives|lists|reports|holds|contains)\s+(?P<what>[^.;]{3,90})", re.I)
_SECOND_NUMBER = re.compile(r"parenthes|bracket", re.I)
_MEMO: dict[int, tuple[Paper, dict[tuple[int, int], tuple[str, ...]]]] = {}


def column_notes(paper: Paper) -> dict[tuple[int, int], tuple[str, ...]]:
    """{(table number in the paper, column index): the texts that say what it holds}, read
    once per paper object."""
    cached = _MEMO.get(id(paper))
    if cached is not None and cached[0] is paper:
        return cached[1]
    numbers = {}
    for position, table in enumerate(paper.tables):
        match = re.match(r"\s*Table\s+(\d+)", table.label or table.caption or "", re.I)
        if match:
            numbers.setdefault(int(match[1]), position)
    notes: dict[tuple[int, int], list[str]] = {}
    for sentence in paper.sentences:
        if "column" not in sentence.text or _SECOND_NUMBER.search(sentence.text):
            continue
        for pattern in (_SHOWN_IN, _COLUMN_SHOWS):
            for match in pattern.finditer(sentence.text):
                where = _POSITIONS[match["position"].casefold()]
                for printed in re.findall(r"\d+", match["tables"]):
                    table = numbers.get(int(printed))
                    if table is None or not paper.tables[table].header:
                        continue
                    width = len(paper.tables[table].header)
                    column = where if where >= 0 else width + where
                    notes.setdefault((table, column), []).append(match["what"].strip())
    found = {key: tuple(dict.fromkeys(texts)) for key, texts in notes.items()}
    if len(_MEMO) >= 64:
        _MEMO.pop(next(iter(_MEMO)))
    _MEMO[id(paper)] = (paper, found)
    return found
