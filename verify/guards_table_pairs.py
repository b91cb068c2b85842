"""Which cell goes with which of the claim's names, found by the second probe of the ninth blind
corpus (tests/real/heldout9, round 10).

- "A and B yield x and y, respectively" gives x to A and y to B. "Common Crawl's CSV and Excel
  files yield 143,012 and 90,667 tables, respectively" was confirmed by the Excel cell (143,012)
  and the CSV cell (90,667): each number was found, but under the other name. A table check that
  finds the k-th number of such a claim in a cell labelled with another name of its list, and
  not the k-th, supports nothing (`guard_respective_cells`).
- A name the claim gives that the table prints as a row label must label the cells that support
  the claim: "GitHub yields 627,208,299 tables in total" was confirmed by the cell "Total /
  Total x Tables" (the sum over both sources), the caption ("across GitHub and Common Crawl")
  covering "GitHub" for the cell check. When the supporting cells' table prints a claimed name
  as a row label at some depth of its row-label paths and every cell found holds another label
  there ("Total" where "GitHub" stands), the cells are another row's
  (`guard_row_names_elsewhere`). A name printed only in other tables, or inside the cell's own
  label ("LayoutLM" in "LayoutLMBASE"), is left alone, and so is a row named by a change to
  another ("− abstract", "w/o hints": an ablation of the model the table names).

None names a paper, a system or a number; each reads only what the paper prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .guard_triggers import TABLE_SUPPORTING, acts
from .guards_respectively import RESPECTIVELY, name_lists, number_lists
from .undecided import SUPPORTING, decided, undecide

# How a table check quotes a cell: "Row / Sub-row × Column: value", or "Table 2: Row × Column =
# value".
_CELL_QUOTE = re.compile(r"^(?:(?:Table|Tab\.)\s*[^:]{1,12}:\s*(?P<labels2>.*?)\s*=\s*"
                         r"(?P<value2>[^=]+)|(?P<labels>.*):\s*(?P<value>[^:]+))$")
_WORD = re.compile(r"[A-Za-z][\w\-]*")


def _digits(text: str) -> str:
    return re.sub(r"[^\d.]", "", text).strip(".")


def _label_words(labels: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(labels)}


def _cells(check: Check) -> list[tuple[set[str], str]]:
    """The label words and the printed value of each cell a table check quotes."""
    found = []
    for evidence in check.evidence:
        parsed = cell_quote(evidence.quote or "")
        if parsed:
            found.append((_label_words(parsed[0]), parsed[1]))
    return found


def cell_quote(quote: str) -> tuple[str, str] | None:
    """(labels, value) of a table check's quote of one cell; None for any other quote (the
    one reading of the quote's two shapes, which guards_ratio_comparands reads too)."""
    match = _CELL_QUOTE.match(quote)
    if match is None:
        return None
    if match.group("labels2") is not None:
        return match.group("labels2"), match.group("value2")
    return match.group("labels"), match.group("value")


def swapped_cell(claim_text: str, cells: list[tuple[set[str], str]]) -> tuple[str, str] | None:
    """(number, name) when a cell prints the claim's k-th "respectively" number under another
    name of the claim's paired list and not under the k-th; else None."""
    if not RESPECTIVELY.search(claim_text):
        return None
    for names in name_lists(claim_text):
        for values in number_lists(claim_text):
            if len(names) != len(values) or len(names) < 2:
                continue
            words = [name.strip(".,;:()'\"").casefold() for name in names]
            for index, value in enumerate(values):
                for labels, printed in cells:
                    if _digits(printed) != _digits(value) or words[index] in labels:
                        continue
                    other = next((word for k, word in enumerate(words)
                                  if k != index and word in labels), None)
                    if other is not None:
                        return value, other
    return None


def guard_respective_cells(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting table check that finds a "respectively" number of the claim
    under another name of its list. In place."""
    for check in list(decided(checks, CheckKind.table, SUPPORTING)):
        found = swapped_cell(claim.text, _cells(check))
        if found is not None:
            undecide(check, f"The claim pairs its numbers with its names in order; "
                            f"{found[0]} is printed under \u201c{found[1]}\u201d, another name "
                            "of its list")


def _table_of(paper: Paper, check: Check):
    """The table a table check quotes (by the number in its evidence's location or caption
    note), or None when the evidence names none or several."""
    numbers = set()
    for evidence in check.evidence:
        text = f"{evidence.location or ''} {evidence.note or ''}"
        numbers |= set(re.findall(r"\bTable\s+([A-Z]?\d+[a-z]?)\b", text))
    if len(numbers) != 1:
        return None
    number = numbers.pop()
    tables = [table for table in paper.tables
              if re.match(rf"\s*(?:Table|Tab\.)\s*{re.escape(number)}\b", table.caption or "")]
    return tables[0] if len(tables) == 1 else None


@lru_cache(maxsize=8192)
def _claimed_names(text: str) -> frozenset[str]:
    """Words of the claim that are names: capitalised inside the sentence, or with a capital
    or digit after their first letter ("GitHub", "SQLite"). Remembered by text."""
    found = set()
    for index, match in enumerate(re.finditer(r"(?<![\w\-])[A-Za-z][\w\-]*", text)):
        word = re.sub(r"['\u2019]s$", "", match.group())
        if len(word) < 2:
            continue  # a letter of a size ("7B") or a symbol names nothing
        if any(char.isupper() or char.isdigit() for char in word[1:]) \
                or (index > 0 and word[:1].isupper()):
            found.add(word.casefold())
    return frozenset(found)


def _related(name: str, words: set[str]) -> bool:
    """Whether a label word is the name or begins with it, or the name begins with it
    ("LayoutLM" and "LayoutLMBASE")."""
    return any(word.startswith(name) or name.startswith(word) for word in words if word)


# A row label that names a change to another row ("− abstract", "+ venue", "w/o hints"): an
# ablation of the model the table names, not a sibling of it.
_CHANGE = re.compile(r"^\s*(?:[+\-\u2212\u2013]|w/o?\b|with(?:out)?\b|no\b|minus\b|plus\b)",
                     re.IGNORECASE)


def sibling_row_label(names: set[str], table, paths: list[list[str]]) -> str | None:
    """A name of the claim that `table` prints as a whole row label at some depth ("GitHub"
    over a block of rows) while every cell found (`paths`, their row-label paths) holds
    another label at that depth; else None. A name that is only a word of a longer label
    ("GitHub" of "GitHub issues") names no row of its own: the claim may use it as the
    caption or the text does, for the whole table."""
    for name in sorted(names):
        depths = set()
        for row in table.rows:
            for cell in row:
                for depth, label in enumerate(cell.row_headers):
                    if _label_words(label) == {name}:
                        depths.add(depth)
        if not depths:
            continue
        for depth in depths:
            if paths and all(len(path) > depth and not _CHANGE.match(path[depth])
                             and not _related(name, _label_words(path[depth]))
                             and not _related(name, set().union(*map(_label_words, path)))
                             for path in paths):
                return name
    return None


def guard_row_names_elsewhere(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting table check whose cells hold, where the claim's name is a
    row label of the same table, another label of that depth. In place."""
    supporting = list(decided(checks, CheckKind.table, SUPPORTING))
    if not supporting or not paper.tables:
        return
    names = _claimed_names(claim.text)
    if not names:
        return
    for check in supporting:
        table = _table_of(paper, check)
        if table is None:
            continue
        paths = []
        for evidence in check.evidence:
            parsed = cell_quote(evidence.quote or "")
            if parsed:
                rows = parsed[0].split(" \u00d7 ")[0]
                paths.append([label.strip() for label in rows.split(" / ")])
        found = sibling_row_label(names, table, paths)
        if found is not None:
            undecide(check, f"The claim names \u201c{found}\u201d, a row label of this table; "
                            "the cells found sit under another label at its place")


def guard_table_pairs(claim: Claim, checks: list[Check], paper: Paper) -> None:
    """The module's guards, in order (module docstring). In place."""
    if acts(checks, TABLE_SUPPORTING):
        guard_respective_cells(claim, checks)
    if acts(checks, TABLE_SUPPORTING):
        guard_row_names_elsewhere(claim, checks, paper)
