"""Table cells found by their headers: whole-content matching for numbers only a table prints.

The table check (table_check.py) finds rows and columns by the claim's tagged entities, which
names from outside the gazetteer ("ScienceParse", "bibliography venues", "Bio prec.") never
are. This check reads each numeric cell as a passage of its own (issue 11): the table's
caption, the cell's row headers and column headers (the per-cell header paths the PDF reader
gives, else the row label and the column header). A cell decides a claimed number only when
that passage accounts for every part of the claim (verify/content.py): its names, its
measure, its conditions. Then

- supported: an accounted cell prints the claimed number (within printed precision);
- contradicted: exactly one cell of the paper accounts for the claim, and it prints another
  number (a claim whose row and column are found with a different value);
- otherwise nothing: a number from the neighbouring row is no confirmation, since that row's
  headers do not account for the claim, and no contradiction either.

Headers are often abbreviated ("Bio prec.", "Avg."), so a header word that starts a claim
word ("prec." of "precision", "Bio" of "biomedical", three letters or more) accounts for it.
Changes ("improves by 2.3 points") are differences of cells, which this check does not
compute: numbers with a sign or after "by" are left to the table check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from verify_claims.claims import (
    Cell,
    Check,
    CheckKind,
    Claim,
    Evidence,
    MatchedPart,
    Outcome,
    Paper,
    Quantity,
    Table,
)

from .content import account, claim_parts, passage_terms
from .number_match import values_agree
from .passages import PassageIndex, content_terms

_WORD = re.compile(r"[^\W\d_][\w+\-]*\.?")
MAX_CELLS = 20_000
"""Cells read per paper at most (a paper of 300 tables is read up to this many)."""


@dataclass(frozen=True)
class _CellPassage:
    table: Table
    number: int  # of the table in the paper
    cell: Cell
    headers: str  # row headers, then column headers, as printed
    own: tuple[tuple[str, bool], ...]  # the cell's own header words (lower case, no final
    # full stop; stop words and symbols left out), each with whether it is printed in capitals
    terms: frozenset[str]
    words: tuple[str, ...]  # header and caption words, lower case, for abbreviations
    paths: tuple[tuple[str, ...], tuple[str, ...]]  # the row and column header paths


def _headers(table: Table, row: list[Cell], column: int) -> tuple[list[str], list[str]]:
    cell = row[column]
    rows = list(getattr(cell, "row_headers", None) or ([row[0].text] if row else []))
    columns = list(getattr(cell, "column_headers", None)
                   or ([table.header[column]] if column < len(table.header) else []))
    return rows, columns


class _Passages(list):
    """The cell passages of one paper (a list, in table, row and column order) and what every
    claim asks of them, derived once per paper rather than once per claim (speed only: each
    is a pure function of the passages, see `_table_paths` and `candidates`)."""

    table_paths: dict[tuple[int, int], dict[tuple[str, ...], frozenset[str]]] | None = None
    by_word: dict[tuple[str, bool], list[int]] | None = None  # own header word -> positions
    bare: list[int] | None = None  # positions of the passages without own header words


def _passages(paper: Paper, index: PassageIndex) -> list[_CellPassage]:
    """Every numeric cell of the paper with its passage, built once per index."""
    key = ("cell_check", -1)
    cached = index.prepared.get(key)
    if isinstance(cached, list):
        return cached
    passages: list[_CellPassage] = _Passages()
    for number, table in enumerate(paper.tables):
        for row in table.rows:
            for column, cell in enumerate(row):
                if cell.value is None or column == 0 or len(passages) >= MAX_CELLS:
                    continue
                rows, columns = _headers(table, row, column)
                text = " ".join([table.caption or "", *rows, *columns])
                passages.append(_CellPassage(
                    table, number, cell, " × ".join(filter(None, [" / ".join(rows),
                                                                  " / ".join(columns)])),
                    _own_words(" ".join([*rows, *columns])),
                    passage_terms(text), tuple(word.casefold() for word in _WORD.findall(text)),
                    (tuple(rows), tuple(columns))))
    index.prepared[key] = passages
    return passages


def _as_quantity(cell: Cell) -> Quantity:
    return Quantity(text=cell.text, value=float(cell.value or 0.0), decimals=cell.decimals or 0,
                    span=(0, len(cell.text)))


def _abbreviated(term_text: str, words: tuple[str, ...]) -> bool:
    word = term_text.casefold()
    return any(len(header.rstrip(".")) >= 3 and word.startswith(header.rstrip("."))
               and header.rstrip(".") != word for header in words)


@lru_cache(maxsize=65536)
def _own_words(text: str) -> tuple[tuple[str, bool], ...]:
    # Memoised (a pure function of the text): every claim asks for the words of every header
    # path of the paper's tables.
    words = []
    for header in _WORD.findall(text):
        word = header.rstrip(".").casefold()
        if word and content_terms(word):
            words.append((word, header.rstrip(".").isupper()))
    return tuple(dict.fromkeys(words))


def _named_by(claim_words: list[str], claim_set: frozenset[str], word: str,
              upper: bool) -> bool:
    """Whether a header word is said by the claim: the same word (plural aside), its start
    ("prec." of "precision", "Bio" of "biomedical"), or its initials ("CS" of "computer
    science")."""
    if word in claim_set or word.rstrip("s") in claim_set:
        return True
    for index, claimed in enumerate(claim_words):
        if claimed.rstrip("s") == word.rstrip("s") or (len(word) >= 2 and claimed.startswith(word)):
            return True
        if upper and 2 <= len(word) <= 5:
            initials = "".join(w[0] for w in claim_words[index:index + len(word)])
            if initials == word:
                return True
    return False


def _comparable(claim: Claim, quantity: Quantity) -> bool:
    """A level the claim states (not a change, not cut, not approximate)."""
    before = claim.text[max(0, quantity.span[0] - 4):quantity.span[0]].casefold()
    return quantity.sign is None and not quantity.cut_off and not quantity.approximate \
        and not before.endswith(("by ", "of +", "of -")) and quantity.unit != "year"


def check_cells(claim: Claim, paper: Paper, source: str, index: PassageIndex) -> Check | None:
    """The cells of `paper` whose headers and caption account for `claim` (module docstring);
    None when no cell does."""
    if not paper.tables or claim.truncated:
        return None
    quantities = [quantity for quantity in claim.quantities if _comparable(claim, quantity)]
    parts = claim_parts(claim)
    if not quantities or not parts.parts:
        return None
    claim_words = [word.rstrip(".").casefold() for word in _WORD.findall(claim.text)]
    claim_set = frozenset(claim_words) | frozenset(word.rstrip("s") for word in claim_words)
    accounted: list[tuple[_CellPassage, object]] = []
    said = said_memo(claim_words)  # header word -> named by the claim, memoised

    def named(word: tuple[str, bool]) -> bool:
        if word not in said:
            said[word] = _named_by(claim_words, claim_set, *word)
        return said[word]

    passages = _passages(paper, index)
    picked = _Picker(passages, named)
    for passage in candidates(passages, named, bare=True):
        if not all(named(word) for word in passage.own) and not picked(passage):
            continue  # the cell is also about something the claim does not say ("Bio")
        terms = set(passage.terms)
        terms |= {part.term for part in parts.parts if part.role != "relation"
                  and part.term not in terms and _abbreviated(part.text, passage.words)}
        accounting = account(parts, frozenset(terms), index, relation=False)
        if accounting.confirms:
            accounted.append((passage, accounting))
    if not accounted:
        return None
    supported, contradicted = [], []
    for quantity in quantities:
        agreeing = [(passage, accounting) for passage, accounting in accounted
                    if values_agree(quantity, _as_quantity(passage.cell))]
        if agreeing:
            supported.append((quantity, *agreeing[0]))
        elif len(accounted) == 1 and accounted[0][1].contradicts and len(quantities) == 1:
            # Only a claim with one number can be contradicted by one cell: with several
            # ("averaged over the four relations ... 0.851"), which number the cell is about is
            # not known, and a count of the claim's nouns is no cell value at all.
            contradicted.append((quantity, *accounted[0]))
    if contradicted:
        quantity, passage, _ = contradicted[0]
        return Check(kind=CheckKind.table, outcome=Outcome.contradicted,
                     explanation=(f"{_name(passage)} gives {passage.cell.text} for "
                                  f"{passage.headers}, the only cell whose headers and caption "
                                  f"speak of everything the claim does; the claim says "
                                  f"{quantity.text}."),
                     evidence=[_evidence(passage, source, quantity)],
                     matched=_matched(passage, quantity, contradicted[0][2]))
    if supported and len(supported) == len(quantities):
        evidence = [_evidence(passage, source, quantity) for quantity, passage, _ in supported]
        matched = [part for quantity, passage, accounting in supported
                   for part in _matched(passage, quantity, accounting)]
        cells = "; ".join(f"{_name(passage)} gives {passage.cell.text} for {passage.headers}"
                          for _, passage, _ in supported)
        return Check(kind=CheckKind.table, outcome=Outcome.supported,
                     explanation=f"{cells}, as the claim says; the cell's headers and caption "
                                 "speak of everything the claim does.",
                     evidence=evidence, matched=matched)
    return None


class _Picker:
    """Whether the claim picks a cell out of its table although it leaves some of the cell's
    header words unsaid ("SPECTER (Ours)", "Kim et al. (2003)", a group header such as "User
    activity prediction" above "Co-View"): on each axis, the header words the claim says must
    single out the cell's header path, i.e. no other path of the table holds them all.
    "Hybrid" × "prec." does not pick the cell under "Bio / prec." when the table also has
    "CS / prec.", nor does "PubMed" pick the row "PubMed + ngram block" next to the row
    "PubMed": both fit what the claim says. Decided once per table, axis and path for one
    claim."""

    def __init__(self, passages: list[_CellPassage], named) -> None:
        self._named = named
        self._paths = _table_paths(passages)
        self._done: dict[tuple[int, int, tuple[str, ...]], bool] = {}

    def __call__(self, passage: _CellPassage) -> bool:
        return all(self.single(passage.number, axis, path)
                   for axis, path in enumerate(passage.paths))

    def single(self, table: int, axis: int, path: tuple[str, ...]) -> bool:
        key = (table, axis, path)
        if key not in self._done:
            paths = self._paths.get((table, axis), {})
            said = {word for word, upper in _own_words(" ".join(path))
                    if self._named((word, upper))}
            self._done[key] = bool(said) and not any(
                said <= words for other, words in paths.items() if other != path)
        return self._done[key]


def _table_paths(passages: list[_CellPassage]
                 ) -> dict[tuple[int, int], dict[tuple[str, ...], frozenset[str]]]:
    """Per table and axis, each header path with its own header words: what `_Picker` weighs
    the claim's words against, the same for every claim (kept on a `_Passages`)."""
    cached = getattr(passages, "table_paths", None)
    if cached is not None:
        return cached
    table_paths: dict[tuple[int, int], dict[tuple[str, ...], frozenset[str]]] = {}
    for passage in passages:
        for axis, path in enumerate(passage.paths):
            paths = table_paths.setdefault((passage.number, axis), {})
            if path not in paths:
                paths[path] = frozenset(word for word, _ in _own_words(" ".join(path)))
    if isinstance(passages, _Passages):
        passages.table_paths = table_paths
    return table_paths


def candidates(passages: list[_CellPassage], named, bare: bool) -> list[_CellPassage]:
    """The passages, in order, that hold an own header word the claim names (`named`), and
    with `bare` those without own header words: the only ones a claim can pick. A cell all of
    whose own words are named holds a named word unless it has none, and a cell `_Picker`
    picks holds a named word on each axis (its own words are those of its two paths), so
    skipping the rest changes no result; it spares a claim the scan of every cell of a paper
    of many tables. The inverted index from header word to cells is built once per paper."""
    if not isinstance(passages, _Passages):
        return [passage for passage in passages
                if (bare and not passage.own) or any(named(word) for word in passage.own)]
    if passages.by_word is None or passages.bare is None:
        by_word: dict[tuple[str, bool], list[int]] = {}
        for position, passage in enumerate(passages):
            for word in passage.own:
                by_word.setdefault(word, []).append(position)
        passages.by_word = by_word
        passages.bare = [position for position, passage in enumerate(passages)
                         if not passage.own]
    positions = set(passages.bare) if bare else set()
    for word, held in passages.by_word.items():
        if named(word):
            positions.update(held)
    return [passages[position] for position in sorted(positions)]


_SAID: dict[tuple[str, ...], dict[tuple[str, bool], bool]] = {}
_SAID_SIZE = 4096


def said_memo(claim_words: list[str]) -> dict[tuple[str, bool], bool]:
    """The memo of `_named_by` answers (header word -> named) for a claim of these words,
    shared by the cell and the cell-difference checks of every paper the claim cites. Keyed by
    the words themselves (the claim's set of words follows from them), so that two claims
    share answers only when `_named_by` cannot tell them apart."""
    key = tuple(claim_words)
    memo = _SAID.get(key)
    if memo is None:
        if len(_SAID) >= _SAID_SIZE:
            _SAID.pop(next(iter(_SAID)))
        memo = _SAID[key] = {}
    return memo


def _name(passage: _CellPassage) -> str:
    caption = passage.table.caption or ""
    match = re.match(r"\s*(Table\s+\w+)", caption, re.I)
    return match.group(1) if match else f"Table {passage.number + 1}"


def _evidence(passage: _CellPassage, source: str, quantity: Quantity) -> Evidence:
    pages = passage.table.pages
    return Evidence(source=source, quote=f"{passage.headers}: {passage.cell.text}",
                    page=pages[0] if pages else None,
                    location=f"{_name(passage)}, {passage.headers}",
                    claimed=quantity.value, found=passage.cell.value,
                    note=f"caption: {passage.table.caption}" if passage.table.caption else None)


def _matched(passage: _CellPassage, quantity: Quantity, accounting) -> list[MatchedPart]:
    parts = [MatchedPart(part=part.role, claim=part.text, source=passage.headers)
             for part in accounting.matched]
    return parts + [MatchedPart(part="value", claim=quantity.text, source=passage.cell.text)]


# Shared with cell_arithmetic.py, which finds two cells the same way.
CellPassage = _CellPassage
Picker = _Picker
abbreviated = _abbreviated
cell_evidence = _evidence
cell_passages = _passages
named_by = _named_by
own_words = _own_words
table_name = _name
