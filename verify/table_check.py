"""The table check: look claimed numbers up in a paper's tables and redo their arithmetic.

Many claims in a synthesis report state a number that no sentence of the cited paper prints:
"QNLI improves TyDiQA by 3.4 points" when the results table has 66.3 for the baseline and 69.7
for QNLI. This check finds the cells a claim speaks about and recomputes what it says, in the
way statcheck recomputes test statistics: every printed number stands for the interval of true
values that round to it, and a claim is consistent with a table when the two intervals meet.

What a claim can say about a table (one reading per claimed number)
    cell        a value for (row entity, column entity): "MNLI reaches 69.7 on TyDiQA", or a
                row entity and a column picked by the number's unit ("392,702 training
                examples" reads the column headed "training examples" or "Train size").
    difference  a change against the baseline row: "QNLI improves TyDiQA by 3.4 points" is
                QNLI x TyDiQA minus baseline x TyDiQA; or a cell of a gain/delta column
                ("score gain over XLM-R Large") when the table prints differences itself.
    average     "MNLI improves the average by 1.6 points": the row's Avg column minus the
                baseline's, or, without an Avg column, the mean of the row's numeric cells minus
                the baseline's mean (the explanation says which).
    count       "nine intermediate tasks" against a table that lists them: the rows under a
                first-column header that names the counted thing ("Intermediate task"), the
                baseline row left out; or a row named by those words ("English intermediate
                tasks") with a column headed by the unit ("number of tasks"), as cards have.
    direction   a claim without numbers ("HellaSwag hurts XNLI") against the sign of the
                difference, when the rounding leaves no doubt about it; clause by clause
                ("hurts XNLI but helps PAWS-X"), negated clauses left to the sentence check.

Tolerance: a value printed with d decimals stands for [v - 0.5*10^-d, v + 0.5*10^-d); a
difference of two cells is uncertain by the sum of their half-widths (two cells printed to one
decimal: +-0.1), a mean by the mean of them. All arithmetic is in `Decimal` on the printed
digits, so 69.7 - 66.3 is exactly 3.4. A claimed increase where the table shows a drop (or
the reverse) is reported as a sign flip. A cell printed as a fraction (0.809) is read on the
percent scale when the claim states a percentage (80.9%).

Names: the claim's parsed entities (canonical names and printed text) are matched to row labels
and column headers after case, punctuation and footnote marks are dropped; "(baseline)"-style
parentheticals are ignored; a name may be the start of a label or the reverse ("TyDiQA" and
"TyDiQA-GoldP", "XLM-R Large" and "XLM-R (baseline)"), except where the rest is a one- or
two-letter variant ("PAWS" is not "PAWS-X"); failing that, rapidfuzz's ratio with a cut-off of
90 catches spelling variants. Each table is also read transposed, so a table whose columns are
the intermediate tasks (with a "Baseline" column) works like one whose rows are.

Being wrong is worse than saying nothing, so a table decides only when its reading is unique:
a name that fits two rows equally, two candidate rows or columns, or an entity of the claim that
the table never mentions (a claim about German read against a table of averages) gives no
reading. A number is supported when a reading agrees; contradicted when every reading disagrees
and all readings found the same value (tables that disagree with each other decide nothing). A
number next to a direction word that is wrong as a change but right as the cell itself ("beats
the baseline with 80.9") is left undecided, as is a number the report cut off unless the table's
number starts with its digits. `check_tables` returns None when no table speaks to the claim,
so that the caller relies on the sentence check; a `no_evidence` check when tables speak to it
but cannot decide (an empty cell, tables that disagree).

Keyword cues (the only text this module reads itself; everything else comes from the claim's
entities and quantities, and the tables' labels): in tables, a row label with "baseline" (or
"None", "no intermediate task") is the baseline row, a column headed Avg/Average/Mean the
average, one headed by gain/improvement/delta/Δ a difference. In claims, "average/avg/mean"
asks for the average; "baseline" names the baseline row; "over/than/outperforms/beats/
compared/versus" marks the baseline as the thing compared against; "to"/"at" right before a
number makes a directional number a level ("rises to 88.1"), "from" makes it the baseline's
level ("from 86.4 to 88.1").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from rapidfuzz import fuzz, process

from verify_claims.claims import (
    Cell,
    Check,
    CheckKind,
    Claim,
    Entity,
    Evidence,
    MatchedPart,
    Outcome,
    Paper,
    Quantity,
    Table,
)

from .content import account, claim_parts, passage_terms
from .passages import PassageIndex, index_of

__all__ = ["FUZZY_CUTOFF", "check_tables"]

FUZZY_CUTOFF = 90
"""rapidfuzz ratio (0-100) a label must reach to match a name it does not equal."""

MINUS = "\u2212"

# Words of labels and claims that carry meaning here (see the module docstring).
_AVERAGE_WORDS = frozenset({"average", "averages", "averaged", "avg", "mean"})
_DELTA_WORDS = frozenset({"gain", "gains", "improvement", "improvements", "delta", "diff",
                          "difference", "change"})
_BASELINE_LABELS = frozenset({"none", "nointermediatetask", "nointermediate"})
_COMPARISON = re.compile(r"\b(?:over|than|outperform\w*|beat\w*|compared|versus|vs)\b", re.I)
_LEVEL_BEFORE = frozenset({"to", "at"})
# Counted units a table column may be headed by, with the header words that also mean them.
_UNIT_HEADERS = {
    "examples": {"example", "size", "train", "instance", "sample"},
    "pairs": {"pair", "example", "size", "train"},
    "questions": {"question", "example", "size", "train"},
    "sentences": {"sentence", "example", "size", "train"},
    "documents": {"document", "size"},
    "tasks": {"task"},
    "languages": {"language", "lang"},
    "parameters": {"parameter", "param"},
    "layers": {"layer"},
    "epochs": {"epoch"},
}
# Units a table can count by listing rows, and words that say a table lists only some.
_LISTED_UNITS = frozenset({"tasks", "datasets", "languages", "models", "benchmarks"})
_PARTIAL_LIST = frozenset({"selected", "selection", "subset", "some", "excerpt",
                           "representative", "partial"})
_FILLERS = frozenset({"different", "distinct", "separate", "unique", "additional", "other",
                      "such", "the", "of"})


# ---------------------------------------------------------------------------------------------
# Printed numbers


@dataclass(frozen=True)
class _Printed:
    """A number as printed: its value and the half-width of the interval it stands for."""

    value: Decimal
    half: Decimal
    decimals: int




def _half(decimals: int) -> Decimal:
    return Decimal(5).scaleb(-(decimals + 1))


def _decimal(value: float) -> Decimal | None:
    """The float's shortest repr as a Decimal: 69.7 stays exactly 69.7."""
    return Decimal(repr(float(value))) if math.isfinite(value) else None


def _printed_cell(cell: Cell | None) -> _Printed | None:
    """The number in a cell with its printed precision, as extract read it ("87.0†" -> 87.0 to
    1 decimal, "393k" -> 393000 to the thousand), or None for text, dashes and empty cells."""
    if cell is None or cell.value is None or cell.decimals is None:
        return None
    value = _decimal(cell.value)
    if value is None:
        return None
    return _Printed(value, _half(cell.decimals), cell.decimals)


def _printed_claim(quantity: Quantity) -> _Printed | None:
    value = _decimal(quantity.value)
    if value is None:
        return None
    return _Printed(value, _half(quantity.decimals), quantity.decimals)


def _fmt(value: Decimal, decimals: int | None = None) -> str:
    """A number as a person would print it: fixed decimals, thousands grouped, a real minus."""
    if decimals is not None:
        # A number with more digits than the context holds is printed as it is.
        with suppress(InvalidOperation):
            value = value.quantize(Decimal(1).scaleb(-max(decimals, 0)))
    text = f"{value:,f}" if abs(value) >= 10000 else f"{value:f}"
    return text.replace("-", MINUS)


# ---------------------------------------------------------------------------------------------
# Names


_MARKS = str.maketrans({mark: " " for mark in "\u2020\u2021*\u00a7\u00b6"})
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_TOKEN = re.compile(r"[^\W_]+\+*|\+")


def _tokens(text: str) -> list[str]:
    """Lower-case words and numbers of a name; "+" is kept ("ANLI+" is not "ANLI")."""
    text = unicodedata.normalize("NFKC", text).translate(_MARKS).casefold()
    return _TOKEN.findall(text)


def _stem(word: str) -> str:
    """A plural cut to its singular, enough for the nouns tables are headed by."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _prefixes(tokens: list[str]) -> Iterable[str]:
    """Keys of the leading parts of a name whose rest is more than a one- or two-letter variant
    suffix: "tydi qa goldp" gives "tydi", "tydiqa"; "paws x" gives nothing."""
    for cut in range(1, len(tokens)):
        rest = tokens[cut:]
        if len(rest) == 1 and len(rest[0]) <= 2 and rest[0].isalpha():
            continue
        key = "".join(tokens[:cut])
        if len(key) >= 2:
            yield key


def _forms(text: str) -> list[list[str]]:
    """Token lists a name is matched by: as printed and without parentheticals."""
    full = _tokens(text)
    core = _tokens(_PARENTHESES.sub(" ", text))
    return [full] if core == full or not core else [full, core]


@lru_cache(maxsize=4096)
def _name_forms(name: str, text: str) -> tuple[tuple[str, ...], ...]:
    """`_forms` of an entity's canonical name and printed text (entities recur across claims,
    so this is cached)."""
    return tuple(dict.fromkeys(tuple(tokens) for form in dict.fromkeys((name, text))
                               for tokens in _forms(form)))


@dataclass
class _Match:
    index: int | None = None
    ambiguous: bool = False


class _Labels:
    """Row labels (or column headers) indexed for matching names to them."""

    def __init__(self, labels: list[str]) -> None:
        self.exact: dict[str, set[int]] = {}
        self.prefix: dict[str, set[int]] = {}
        self.keys: list[str] = []
        self._found: dict[tuple[str, str], _Match] = {}
        for index, label in enumerate(labels):
            forms = _forms(label)
            self.keys.append("".join(forms[-1]))
            for tokens in forms:
                if tokens:
                    self.exact.setdefault("".join(tokens), set()).add(index)
                for key in _prefixes(tokens):
                    self.prefix.setdefault(key, set()).add(index)

    def find(self, entity: Entity) -> _Match:
        """The one label that fits the entity best, or whether several fit equally."""
        key = (entity.name, entity.text)
        if key not in self._found:
            self._found[key] = self._find(_name_forms(*key))
        return self._found[key]

    def _find(self, forms: tuple[tuple[str, ...], ...]) -> _Match:
        keys = {"".join(tokens) for tokens in forms} - {""}
        exact = set().union(*(self.exact.get(key, set()) for key in keys))
        if exact:
            return _only(exact)
        near = set().union(*(self.prefix.get(key, set()) for key in keys))
        near |= {index for tokens in forms for key in _prefixes(list(tokens))
                 for index in self.exact.get(key, set())}
        if near:
            return _only(near)
        best: set[int] = set()
        best_score = 0.0
        for key in keys:
            if len(key) < 5:
                continue
            digits = re.sub(r"\D", "", key)
            for _, score, index in process.extract(key, self.keys, scorer=fuzz.ratio,
                                                   score_cutoff=FUZZY_CUTOFF, limit=None):
                if re.sub(r"\D", "", self.keys[index]) != digits or len(self.keys[index]) < 5:
                    continue
                if score > best_score:
                    best, best_score = {index}, score
                elif score == best_score:
                    best.add(index)
        return _only(best) if best else _Match()


def _only(indexes: set[int]) -> _Match:
    return _Match(index=next(iter(indexes))) if len(indexes) == 1 else _Match(ambiguous=True)


# ---------------------------------------------------------------------------------------------
# Tables, read both ways


_TABLE_NAME = re.compile(r"^\s*((?:Table|Tab\.)\s+[A-Z]?\d+[a-z]?)", re.I)


def _table_name(table: Table, number: int) -> str:
    """ "Table 2" from the caption; failing that the caption itself, or the table's place."""
    caption = " ".join((table.caption or "").split())
    match = _TABLE_NAME.match(caption)
    if match:
        return match[1]
    if caption:
        return caption if len(caption) <= 60 else caption[:57] + "..."
    return f"table {number + 1} (no caption)"


@dataclass
class _Source:
    """One table of the paper and what every reading of it needs."""

    number: int
    table: Table
    name: str
    words: str  # " token token ... " of caption, header and row labels, for `mentions`
    _mentioned: dict[tuple[str, str], bool] = field(default_factory=dict)
    _printed: dict[tuple[int, int], _Printed | None] = field(default_factory=dict)

    @property
    def page(self) -> int | None:
        return self.table.pages[0] if self.table.pages else None

    def printed(self, row: int, col: int) -> _Printed | None:
        """The number in cell `col` (after the label) of row `row`, parsed once."""
        key = (row, col)
        if key not in self._printed:
            cells = self.table.rows[row]
            self._printed[key] = _printed_cell(cells[col + 1] if col + 1 < len(cells) else None)
        return self._printed[key]

    def mentions(self, entity: Entity) -> bool:
        """Whether the caption, header or row labels name the entity anywhere."""
        key = (entity.name, entity.text)
        if key not in self._mentioned:
            self._mentioned[key] = any(f" {' '.join(tokens)} " in self.words
                                       for tokens in _name_forms(*key) if tokens)
        return self._mentioned[key]


@dataclass
class _View:
    """A table seen with entities as rows: as printed, or transposed."""

    source: _Source
    transposed: bool
    row_labels: list[str]
    col_labels: list[str]
    rows: _Labels
    cols: _Labels
    baseline: int | None
    average: int | None
    deltas: list[int]
    row_stems: list[list[str]]  # the row labels' tokens, plurals cut
    col_stems: list[set[str]]  # the column headers' tokens, plurals cut

    def cell(self, row: int, col: int) -> Cell | None:
        r, c = (col, row) if self.transposed else (row, col)
        cells = self.source.table.rows[r]
        return cells[c + 1] if c + 1 < len(cells) else None

    def printed(self, row: int, col: int) -> _Printed | None:
        return self.source.printed(*((col, row) if self.transposed else (row, col)))

    def where(self, row: int, col: int) -> str:
        """ "row MNLI, column TyDiQA" in the table's printed orientation."""
        r, c = self.row_labels[row], self.col_labels[col]
        if self.transposed:
            r, c = c, r
        return f"row {r}, column {c}"

    def numeric_columns(self) -> list[int]:
        """Columns of measurements: with a number somewhere, and not an average or a delta."""
        return [col for col in range(len(self.col_labels))
                if col != self.average and col not in self.deltas
                and any(self.printed(row, col) for row in range(len(self.row_labels)))]


def _unique(indexes: list[int]) -> int | None:
    return indexes[0] if len(indexes) == 1 else None


def _views(source: _Source) -> list[_View]:
    table = source.table
    width = max([len(table.header), *(len(row) for row in table.rows)], default=0)
    if width < 2 or not table.rows:
        return []
    header = [*table.header, *[""] * (width - len(table.header))]
    labels = [row[0].text if row else "" for row in table.rows]
    views = []
    for transposed in (False, True):
        row_labels, col_labels = (header[1:], labels) if transposed else (labels, header[1:])
        row_tokens = [_tokens(label) for label in row_labels]
        col_tokens = [_tokens(label) for label in col_labels]
        views.append(_View(
            source=source, transposed=transposed, row_labels=row_labels, col_labels=col_labels,
            rows=_Labels(row_labels), cols=_Labels(col_labels),
            baseline=_unique([i for i, tokens in enumerate(row_tokens)
                              if "baseline" in tokens or "".join(tokens) in _BASELINE_LABELS]),
            average=_unique([i for i, tokens in enumerate(col_tokens)
                             if _AVERAGE_WORDS & set(tokens) and not _DELTA_WORDS & set(tokens)]),
            deltas=[i for i, (label, tokens) in enumerate(zip(col_labels, col_tokens,
                                                               strict=True))
                    if _DELTA_WORDS & set(tokens) or "\u0394" in label or "\u2206" in label],
            row_stems=[[_stem(token) for token in tokens] for tokens in row_tokens],
            col_stems=[{_stem(token) for token in tokens} for tokens in col_tokens],
        ))
    return views


@dataclass
class _Index:
    paper: Paper
    tables: tuple[int, ...]  # ids of the paper's tables when indexed, to notice a change
    sources: list[_Source]
    views: list[_View]
    passages: PassageIndex | None = None  # built on first need, for the weights of words


_CACHE: dict[int, _Index] = {}
_CACHE_SIZE = 64


def _index(paper: Paper) -> _Index:
    """Views of a paper's tables, built once per paper object: a report cites the same paper
    for many claims. The cache holds the paper itself, so its id is not reused while cached;
    a paper whose list of tables changed is indexed again."""
    cached = _CACHE.get(id(paper))
    tables = tuple(map(id, paper.tables))
    if cached is not None and cached.paper is paper and cached.tables == tables:
        return cached
    sources = []
    for number, table in enumerate(paper.tables):
        words = [*_tokens(table.caption or ""), *(t for h in table.header for t in _tokens(h))]
        words += [t for row in table.rows if row for t in _tokens(row[0].text)]
        sources.append(_Source(number, table, _table_name(table, number),
                               " " + " ".join(words) + " "))
    index = _Index(paper, tables, sources, [view for source in sources for view in _views(source)])
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[id(paper)] = index
    return index


# ---------------------------------------------------------------------------------------------
# Readings: what a table says about one claimed number


@dataclass
class _Reading:
    source: _Source
    cells: frozenset[tuple[int, int]]  # (row, column) in the printed orientation, for dedup
    found: Decimal | None  # None: the cells the claim needs are empty
    tolerance: Decimal
    quote: str
    location: str
    arithmetic: str  # "69.7 − 66.3 = 3.4" or "69.7"
    difference: bool = False
    exact: bool = False  # counts compare as integers
    computed_mean: bool = False  # an average this check computed (the table has no Avg column)
    column: str | None = None  # the printed column header of a single-cell reading


@dataclass
class _Ask:
    """What one claimed number (or a claim's bare direction) asks of the tables."""

    kind: str  # "value", "from" (the baseline's level), "difference", "direction"
    quantity: Quantity | None
    claimed: _Printed | None
    sign: int | None  # of a difference or direction
    context: list[Entity]
    average: bool
    baseline_cue: bool
    comparison: bool
    label: str = ""  # the number or clause as printed, to name it when nothing decides it
    # Names of the claim's other clauses, rows only: the subject a clause leaves out ("HellaSwag
    # hurts XNLI but helps TyDiQA": the second clause is about HellaSwag too).
    subjects: list[Entity] = field(default_factory=list)


def _cell_reading(view: _View, row: int, col: int) -> _Reading:
    printed = view.printed(row, col)
    text = _text(view.cell(row, col))
    r, c = view.row_labels[row], view.col_labels[col]
    name = view.source.name
    return _Reading(
        source=view.source, cells=_cells(view, (row, col)),
        found=printed.value if printed else None,
        tolerance=printed.half if printed else Decimal(0),
        quote=f"{name}: {_pair(view, r, c)} = {text}",
        location=f"{name}, {view.where(row, col)}",
        arithmetic=f"{name} gives {_pair(view, r, c)} = {text}",
        column=r if view.transposed else c)


def _pair(view: _View, row_label: str, col_label: str) -> str:
    first, second = (col_label, row_label) if view.transposed else (row_label, col_label)
    return f"{first} \u00d7 {second}"


def _cells(view: _View, *pairs: tuple[int, int]) -> frozenset[tuple[int, int]]:
    return frozenset((c, r) if view.transposed else (r, c) for r, c in pairs)


def _difference_reading(view: _View, row: int, base: int, col: int) -> _Reading:
    name = view.source.name
    a, b = view.printed(row, col), view.printed(base, col)
    quote = "; ".join(f"{name}: {_pair(view, view.row_labels[r], view.col_labels[col])} = "
                      f"{_text(view.cell(r, col))}" for r in (row, base))
    reading = _Reading(source=view.source, cells=_cells(view, (row, col), (base, col)),
                       found=None, tolerance=Decimal(0), quote=quote,
                       location=f"{name}, {view.where(row, col)}", arithmetic="",
                       difference=True)
    if a is None or b is None:
        empty = view.row_labels[row if a is None else base]
        reading.arithmetic = f"{name} has no number for {_pair(view, empty, view.col_labels[col])}"
        return reading
    decimals = max(a.decimals, b.decimals)
    reading.found = a.value - b.value
    reading.tolerance = a.half + b.half
    reading.arithmetic = (f"{view.row_labels[row]} \u2212 {view.row_labels[base]} on "
                          f"{view.col_labels[col]}: {_fmt(a.value, a.decimals)} \u2212 "
                          f"{_fmt(b.value, b.decimals)} = {_fmt(reading.found, decimals)}")
    return reading


def _mean(view: _View, row: int, cols: list[int]) -> _Printed | None:
    """The mean of a row's cells in `cols`, uncertain by the mean of their half-widths; None
    when a cell is empty (a mean over fewer cells is not the paper's average)."""
    printed = [view.printed(row, col) for col in cols]
    values = [p for p in printed if p is not None]
    if not cols or len(values) < len(cols):
        return None
    return _Printed(sum((p.value for p in values), Decimal(0)) / len(values),
                    sum((p.half for p in values), Decimal(0)) / len(values),
                    max(p.decimals for p in values) + 1)


def _average_reading(view: _View, row: int, base: int | None) -> _Reading | None:
    """The row's average (minus the baseline's when `base` is given): the Avg column if the
    table has one, else the mean of the measurement columns."""
    if view.average is not None:
        if base is None:
            return _cell_reading(view, row, view.average)
        return _difference_reading(view, row, base, view.average)
    cols = view.numeric_columns()
    if len(cols) < 2:
        return None
    name = view.source.name
    rows = [row] if base is None else [row, base]
    listed = ", ".join(view.col_labels[col] for col in cols)
    axis = ("rows", "columns") if view.transposed else ("columns", "rows")
    reading = _Reading(
        source=view.source, cells=_cells(view, *((r, c) for r in rows for c in cols)),
        found=None, tolerance=Decimal(0),
        quote="; ".join(f"{name}: {view.row_labels[r]} over {listed} = "
                        + ", ".join(_text(view.cell(r, c)) for c in cols) for r in rows),
        location=f"{name}, {axis[1]} " + " and ".join(view.row_labels[r] for r in rows)
                 + f", mean of {axis[0]} {listed}",
        arithmetic="", difference=base is not None, computed_mean=True)
    means = [_mean(view, r, cols) for r in rows]
    if None in means:
        reading.arithmetic = (f"{name} has no Avg column, and "
                              + " or ".join(view.row_labels[r] for r in rows)
                              + " has empty cells, so its mean is unknown")
        return reading
    known = [mean for mean in means if mean is not None]
    decimals = max(mean.decimals for mean in known)
    reading.found = known[0].value - (known[1].value if len(known) == 2 else 0)
    reading.tolerance = sum((mean.half for mean in known), Decimal(0))
    shown = f" {MINUS} ".join(_fmt(mean.value, decimals) for mean in known)
    if len(known) == 2:
        shown += f" = {_fmt(reading.found, decimals)}"
    what = "mean" if base is None else "difference of the means"
    reading.arithmetic = (f"{what} over the {len(cols)} numeric {axis[0]} of {name} ({listed};"
                          f" no Avg column): {shown}")
    return reading


def _text(cell: Cell | None) -> str:
    return cell.text if cell is not None and cell.text else "(empty)"


def _unit_columns(view: _View, row: int, unit: str | None) -> list[int]:
    """Columns headed by the claimed number's unit ("training examples", "Train size")."""
    wanted = _UNIT_HEADERS.get(unit or "")
    if not wanted:
        return []
    return [col for col, stems in enumerate(view.col_stems)
            if wanted & stems and view.printed(row, col) is not None]


def _ask_view(ask: _Ask, view: _View) -> list[_Reading]:
    """The readings of one view for one claimed number: none when the view does not speak
    to it or cannot tell which cells the claim means (a name fitting several rows, several
    candidate rows or columns)."""
    row_of: dict[str, int] = {}
    col_of: dict[str, int] = {}
    for entity in ask.context:
        row, col = view.rows.find(entity), view.cols.find(entity)
        if row.index is None and col.index is None:
            if row.ambiguous or col.ambiguous:
                return []
            if entity.label != "METRIC" and not view.source.mentions(entity):
                return []  # the table is not about this entity
            continue
        if row.index is not None:
            row_of[entity.name] = row.index
        if col.index is not None:
            col_of[entity.name] = col.index
    base = view.baseline
    rows = set(row_of.values())
    if ask.kind == "from":
        rows = {base} if base is not None else set()
    elif ask.kind == "value":
        if len(rows) > 1 and base in rows and ask.comparison:
            rows.discard(base)  # "MNLI reaches 80.9 over the XLM-R baseline"
        if not rows and ask.baseline_cue and base is not None:
            rows = {base}
    else:  # a difference or a direction: the subject is the one row that is not the baseline
        rows.discard(base)
        if not rows:
            subjects = {view.rows.find(entity).index for entity in ask.subjects}
            rows = subjects - {None, base}
    # A number an aligned list binds to one name ("SQuAD, MNLI and HellaSwag ... 8.2, 7.5 and
    # 7.0") is about that name: its row or its column.
    bound = ask.quantity.bound_to if ask.quantity and ask.kind != "from" else None
    if bound is not None:
        if row_of.get(bound) in rows:
            rows = {row_of[bound]}
        elif bound not in col_of:
            return []
    if len(rows) != 1:
        return []  # no row, or several the claim might mean
    row = rows.pop()
    cols = {col for name, col in col_of.items() if row_of.get(name) != row or ask.kind == "from"}
    if bound in col_of and row_of.get(bound) != row:
        cols &= {col_of[bound]}
    if len(cols) > 1:
        return []
    col = next(iter(cols), None)
    if ask.kind in ("value", "from"):
        if col is not None:
            return [_cell_reading(view, row, col)]
        unit = ask.quantity.unit if ask.quantity else None
        by_unit = _unit_columns(view, row, unit)
        if len(by_unit) == 1:
            return [_cell_reading(view, row, by_unit[0])]
        if ask.average and not by_unit:
            reading = _average_reading(view, row, None)
            return [reading] if reading else []
        return []
    readings = []
    if base is not None:
        if col is not None:
            readings.append(_difference_reading(view, row, base, col))
        elif ask.average:
            reading = _average_reading(view, row, base)
            readings += [reading] if reading else []
    if col is None and view.deltas:
        deltas = [c for c in view.deltas if view.printed(row, c) is not None]
        if ask.average and len(deltas) > 1:
            deltas = [c for c in deltas if _AVERAGE_WORDS & set(_tokens(view.col_labels[c]))]
        if len(deltas) == 1:
            reading = _cell_reading(view, row, deltas[0])
            reading.difference = True
            readings.append(reading)
    return readings


# ---------------------------------------------------------------------------------------------
# Counts: a table that lists the things a claim counts


def _counted_phrase(claim: Claim, quantity: Quantity) -> list[str] | None:
    """The words between a count and its unit noun ("nine English intermediate tasks" ->
    ["intermediate"]; names of languages and fillers left out), or None when no word within
    five is the unit noun standing on its own. A unit inside a hyphenated compound is a
    modifier, not the counted thing: "4 intermediate-task datasets" counts datasets."""
    stem = _stem((quantity.unit or "").casefold())
    words = [word.strip(".,;:()[]\"'").casefold()
             for word in claim.text[quantity.span[1]:].split()[:5]]
    names = {token for entity in claim.entities if entity.label == "LANGUAGE"
             for token in _tokens(entity.text)}
    for position, word in enumerate(words):
        if not word.isalpha():
            if "-" in word:
                continue
            return None
        if _stem(word) == stem:
            parts = [part for before in words[:position] for part in before.split("-")]
            return [part for part in parts if part not in _FILLERS and part not in names]
    return None


def _count_readings(claim: Claim, quantity: Quantity, index: _Index) -> list[_Reading]:
    """Readings of a count of things named by words, not entities ("nine intermediate tasks"):

    - a row whose label ends with those words and a column headed by the unit (a card's row
      "English intermediate tasks", column "number of tasks");
    - a table that lists them: its first-column header names the counted thing ("Intermediate
      task"), or is the unit itself ("Dataset") under a caption that names it
      ("Intermediate-task datasets"). Baseline and average rows are not counted, and a caption
      that says the list is partial ("selected", "subset") rules the table out."""
    modifiers = _counted_phrase(claim, quantity)
    if not modifiers:
        return []
    stem = _stem(quantity.unit or "")
    phrase = [*(_stem(word) for word in modifiers), stem]
    wanted = set(phrase)
    readings = []
    for view in index.views:
        # The label ends with the counted phrase: "English intermediate tasks" names
        # intermediate tasks, "multi-task intermediate training" does not.
        rows = [row for row, stems in enumerate(view.row_stems) if stems[-len(phrase):] == phrase]
        cols = _unit_columns(view, rows[0], quantity.unit) if len(rows) == 1 else []
        if len(cols) == 1:
            readings.append(_cell_reading(view, rows[0], cols[0]))
    if quantity.unit not in _LISTED_UNITS:
        return readings
    for source in index.sources:
        table = source.table
        corner = table.header[0] if table.header else ""
        described = {_stem(token) for token in _tokens(corner)}
        caption = {_stem(token) for token in _tokens(table.caption or "")}
        if described == {stem}:  # a bare "Dataset" column: the caption says which datasets
            described |= caption
        if not wanted <= described or _PARTIAL_LIST & caption:
            continue
        labels = [row[0].text for row in table.rows if row and row[0].text.strip()]
        counted = [label for label in dict.fromkeys(labels)
                   if not {"baseline", *_AVERAGE_WORDS, "total"} & set(_tokens(label))
                   and "".join(_tokens(label)) not in _BASELINE_LABELS]
        if not counted:
            continue
        left_out = len(labels) - len(counted)
        listed = ", ".join(counted)
        thing = " ".join([*modifiers, quantity.unit or ""])
        readings.append(_Reading(
            source=source, cells=frozenset((row, 0) for row in range(len(table.rows))),
            found=Decimal(len(counted)), tolerance=Decimal(0), exact=True,
            quote=f"{source.name} lists under {corner!r}: {listed}",
            location=f"{source.name}, column {corner}",
            arithmetic=f"{source.name} lists {len(counted)} {thing} ({listed}"
                       + (f"; {left_out} baseline or summary row(s) not counted" if left_out
                          else "") + ")"))
    return readings


# ---------------------------------------------------------------------------------------------
# Judging a reading


@dataclass
class _Verdict:
    outcome: Outcome | None  # None: this reading cannot decide
    explanation: str
    reading: _Reading
    claimed: float | None


def _says(ask: _Ask) -> str:
    """What the claim says, in words: "an increase of 3.4", "69.7"."""
    if ask.kind == "direction":
        return "an increase" if ask.sign == 1 else "a decrease"
    quantity = ask.quantity
    assert quantity is not None
    if ask.kind == "difference":
        change = "an increase" if (ask.sign or 1) > 0 else "a decrease"
        return f"{change} of {quantity.text}"
    return quantity.text


def _as_percent(ask: _Ask, reading: _Reading) -> _Reading:
    """A table of fractions (0.453) read against a claimed percentage (45.3%): the same
    number on another scale, not a contradiction."""
    quantity, found = ask.quantity, reading.found
    if (quantity is None or quantity.unit not in ("%", "percentage points") or found is None
            or reading.exact or abs(found) > 1 or quantity.value <= 1):
        return reading
    return replace(reading, found=found * 100, tolerance=reading.tolerance * 100,
                   arithmetic=f"{reading.arithmetic} (a fraction: {_fmt(found * 100)}%)")


def _judge(ask: _Ask, reading: _Reading) -> _Verdict:
    reading = _as_percent(ask, reading)
    found = reading.found
    if found is None:
        return _Verdict(None, f"{reading.arithmetic}.", reading, None)
    says = f"the claim says {_says(ask)}"
    low, high = found - reading.tolerance, found + reading.tolerance
    band = ""
    if reading.tolerance and (reading.difference or reading.tolerance < Decimal("0.5")):
        places = -reading.tolerance.normalize().as_tuple().exponent  # type: ignore[operator]
        band = f" (rounding allows {_fmt(low, places)} to {_fmt(high, places)})"
    if ask.kind == "direction":
        side = ask.sign or 1
        if low * side > 0:
            return _Verdict(Outcome.supported, f"{reading.arithmetic}{band}; {says}.", reading,
                            None)
        if high * side < 0:
            return _Verdict(Outcome.contradicted,
                            f"{reading.arithmetic}{band}, the opposite direction; {says}.",
                            reading, None)
        return _Verdict(None, f"{reading.arithmetic}{band}: too small to tell the direction.",
                        reading, None)
    assert ask.claimed is not None and ask.quantity is not None
    sign = (ask.sign or 1) if reading.difference else 1
    value = ask.claimed.value * sign
    if ask.quantity.cut_off:
        # The report cut the number off: its printed digits are a prefix of the real ones.
        digits = re.sub(r"[^\d.]", "", ask.quantity.text).rstrip(".")
        shown = re.sub(r"[^\d.]", "", _fmt(abs(found)))
        agrees = len(digits.replace(".", "")) >= 2 and shown.startswith(digits) and (
            found * sign >= 0)
        if agrees:
            return _Verdict(Outcome.supported,
                            f"{reading.arithmetic}; the claim, cut off by the report, starts "
                            f"with {ask.quantity.text} (a prefix of {_fmt(found)}).", reading,
                            float(value))
        return _Verdict(None, f"{reading.arithmetic}; the claim's number was cut off by the "
                              f"report, so it cannot be compared.", reading, float(value))
    if reading.exact:
        if value == found:
            return _Verdict(Outcome.supported, f"{reading.arithmetic}; {says}.", reading,
                            float(value))
        return _Verdict(Outcome.contradicted, f"{reading.arithmetic}; {says}.", reading,
                        float(value))
    claim_low, claim_high = value - ask.claimed.half, value + ask.claimed.half
    if claim_low < high and low < claim_high:
        return _Verdict(Outcome.supported, f"{reading.arithmetic}{band}; {says} "
                                           f"(within rounding).", reading, float(value))
    if reading.difference and (high <= 0 < value or value < 0 <= low):
        why = "a drop" if high <= 0 else "a rise"
        return _Verdict(Outcome.contradicted,
                        f"{reading.arithmetic}, {why}{band}; {says} (sign flip).", reading,
                        float(value))
    return _Verdict(Outcome.contradicted, f"{reading.arithmetic}{band}; {says}, which the "
                                          f"rounding of the printed numbers does not allow.",
                    reading, float(value))


# ---------------------------------------------------------------------------------------------
# The check


def _context(claim: Claim, quantity: Quantity | None) -> list[Entity]:
    """The entities a number is about: those of its clause, else all of the claim's."""
    by_name: dict[str, Entity] = {}
    for entity in claim.entities:
        by_name.setdefault(entity.name, entity)
    names = quantity.attaches_to if quantity is not None else []
    chosen = [by_name[name] for name in names if name in by_name]
    return chosen or list(by_name.values())


def _word_before(text: str, start: int) -> str:
    """The last word of letters before `start` with only non-word characters after it (what
    `([^\\W\\d_]+)\\W*$` finds), read backwards from `start`: the regex tried every start
    position of the claim, once per number."""
    end = len(text[:start])  # where the slice `text[:start]` ends, for any `start`
    while end > 0 and not _is_word_char(text[end - 1]):
        end -= 1
    begin = end
    while begin > 0 and _is_letter(text[begin - 1]):
        begin -= 1
    return text[begin:end].casefold()


def _is_word_char(char: str) -> bool:
    return char == "_" or char.isalnum()  # the re module's \w


def _is_letter(char: str) -> bool:
    return char != "_" and char.isalnum() and not char.isdecimal()  # [^\W\d_]


_ASKS: dict[tuple[str, bool], tuple[tuple[_Ask, ...], tuple[str, ...]]] = {}
_ASKS_SIZE = 4096


def _asks(claim: Claim) -> tuple[list[_Ask], list[str]]:
    """`_new_asks`, once per distinct claim text (and cut): a claim citing several papers is
    asked of each one's tables, and its numbers, names and clauses follow from its text. The
    asks are read, never changed; the lists are the caller's own."""
    key = (claim.text, claim.truncated)
    cached = _ASKS.get(key)
    if cached is None:
        if len(_ASKS) >= _ASKS_SIZE:
            _ASKS.pop(next(iter(_ASKS)))
        asks, skipped = _new_asks(claim)
        cached = _ASKS[key] = (tuple(asks), tuple(skipped))
    return list(cached[0]), list(cached[1])


def _new_asks(claim: Claim) -> tuple[list[_Ask], list[str]]:
    """What the claim asks of the tables, one ask per number (or, for a claim without numbers,
    per clause that states a direction), and what it states that no table can check here
    (approximate and negated numbers, negated clauses), to be named in the explanation."""
    lowered = claim.text.casefold()
    words = set(re.findall(r"[^\W\d_]+", lowered))
    cues = {"average": bool(_AVERAGE_WORDS & words), "baseline_cue": "baseline" in words,
            "comparison": bool(_COMPARISON.search(claim.text))}
    asks: list[_Ask] = []
    skipped: list[str] = []
    for quantity in claim.quantities:
        claimed = _printed_claim(quantity)
        if quantity.approximate or quantity.negated or claimed is None:
            skipped.append(quantity.text)  # "about 5", "does not improve by 2"
            continue
        before = _word_before(claim.text, quantity.span[0])
        kind = "value"
        if before == "from":
            kind = "from"
        elif quantity.sign is not None and before not in _LEVEL_BEFORE:
            kind = "difference"
        asks.append(_Ask(kind, quantity, claimed, quantity.sign if kind == "difference" else None,
                         _context(claim, quantity), **cues, label=quantity.text))
    if claim.quantities:
        return asks, skipped
    # A claim without numbers: each clause that states a direction, about its own entities
    # ("HellaSwag hurts XNLI but helps TyDiQA" is two claims).
    clauses = [(clause.span, clause.direction, clause.negated) for clause in claim.clauses] \
        or [((0, len(claim.text)), claim.direction, claim.negated)]
    for (start, end), direction, negated in clauses:
        text = claim.text[start:end].strip(" ,;:.")
        if direction is None:
            continue
        if negated:
            skipped.append(text)
            continue
        inside = [e for e in claim.entities if start <= e.span[0] and e.span[1] <= end]
        outside = [e for e in claim.entities if e not in inside]
        context = inside if claim.clauses else _context(claim, None)
        asks.append(_Ask("direction", None, None, 1 if direction == "increase" else -1,
                         context, **cues, label=text, subjects=outside))
    return asks, skipped


def _view_readings(ask: _Ask, index: _Index) -> list[_Reading]:
    return [reading for view in index.views for reading in _ask_view(ask, view)]


def _in_count_column(reading: _Reading, quantity: Quantity) -> bool:
    """A single cell under a header that names the counted unit ("tasks", "Languages")."""
    wanted = _UNIT_HEADERS.get(quantity.unit or "", set())
    return reading.column is not None and not reading.difference \
        and bool(wanted & {_stem(token) for token in _tokens(reading.column)})


def _readings(ask: _Ask, claim: Claim, index: _Index) -> list[_Reading]:
    """Every reading of the paper's tables for one ask, each set of cells once (a cell is found
    in both views of its table)."""
    counted = ask.kind == "value" and ask.quantity is not None \
        and ask.quantity.unit in _LISTED_UNITS
    # A count of listed things ("four target tasks") is read from a list or a count column
    # only, never from whatever cell the claim's names point at (an average, a score).
    found = _view_readings(ask, index)
    if counted:
        found = [reading for reading in found if _in_count_column(reading, ask.quantity)]
    elif not found and ask.quantity is not None and len(ask.context) < len(claim.entities):
        # The number's clause names no row ("HellaSwag hurts transfer: XNLI drops by 0.8"):
        # try the claim's entities as a whole.
        found = _view_readings(replace(ask, context=_context(claim, None)), index)
    if ask.quantity is not None and ask.kind == "value":
        found += _count_readings(claim, ask.quantity, index)
    readings: list[_Reading] = []
    seen: set[tuple[int, frozenset[tuple[int, int]], bool]] = set()
    for reading in found:
        key = (reading.source.number, reading.cells, reading.difference)
        if key not in seen:
            seen.add(key)
            readings.append(reading)
    if any(reading.computed_mean for reading in readings) and any(
            not reading.computed_mean for reading in readings):
        # A table's own average speaks for the paper; a mean computed here from another table
        # (per-language scores of one task) is only a fallback.
        readings = [reading for reading in readings if not reading.computed_mean]
    return readings


@dataclass
class _Decision:
    outcome: Outcome | None
    verdicts: list[_Verdict]
    note: str = ""


def _decide(ask: _Ask, readings: list[_Reading]) -> _Decision:
    """Supported when any reading agrees; contradicted when every reading with a number
    disagrees and they all found the same number; else undecided."""
    verdicts = [_judge(ask, reading) for reading in readings]
    supported = [v for v in verdicts if v.outcome == Outcome.supported]
    if supported:
        return _Decision(Outcome.supported, supported[:1])
    numbered = [v for v in verdicts if v.reading.found is not None]
    found = {v.reading.found for v in numbered}
    if numbered and len(found) == 1 and all(v.outcome == Outcome.contradicted for v in numbered):
        return _Decision(Outcome.contradicted, numbered[:1])
    if len(found) > 1:
        shown = "; ".join(v.explanation.rstrip(".") for v in numbered)
        return _Decision(None, [], f"the tables disagree with each other ({shown}).")
    return _Decision(None, [], " ".join(v.explanation for v in verdicts))


def _level_instead(ask: _Ask, claim: Claim, index: _Index, decision: _Decision) -> _Decision:
    """A number next to a direction word is read as a change, but "MNLI beats the baseline
    with 80.9 on XNLI" states a level. When the number is wrong as a change but right as the
    cell itself, the claim is not contradicted: the check cannot tell which was meant."""
    level = replace(ask, kind="value", sign=None)
    readings = _readings(level, claim, index)
    if readings and _decide(level, readings).outcome == Outcome.supported:
        return _Decision(None, [], f"{ask.quantity.text if ask.quantity else ''} matches a "
                                   f"cell of the table but not the change it seems to state.")
    return decision


def _evidence(verdict: _Verdict, source: str) -> Evidence:
    reading = verdict.reading
    return Evidence(source=source, quote=reading.quote, page=reading.source.page,
                    location=reading.location, claimed=verdict.claimed,
                    found=float(reading.found) if reading.found is not None else None,
                    note=(f"rounding tolerance \u00b1{_fmt(reading.tolerance)}"
                          if reading.tolerance else "exact count" if reading.exact else None))


def _cell_passage(reading: _Reading) -> str:
    """The words that say what the cells of a reading are: the table's caption, the row label
    and column header of each cell, and the per-cell row and column header paths when the
    reader gives them (issue 11: a table cell with its row headers, column headers and
    caption)."""
    table = reading.source.table
    texts = [table.caption or "", reading.source.name]
    for row, col in reading.cells:  # col counts the columns after the row label
        cells = table.rows[row] if 0 <= row < len(table.rows) else []
        if cells:
            texts.append(cells[0].text)
        if 0 <= col + 1 < len(table.header):
            texts.append(table.header[col + 1])
        cell = cells[col + 1] if 0 <= col + 1 < len(cells) else None
        for name in ("row_headers", "column_headers"):
            texts += [str(header) for header in getattr(cell, name, None) or []]
    # A label the PDF split ("XQuA D") was matched by the table check as one word; so here too.
    texts += [text.replace(" ", "") for text in texts[2:] if " " in text]
    return " ".join(texts)


def _whole_content(claim: Claim, paper: Paper, index: _Index,
                   decided: list[tuple[Outcome, _Verdict]]) -> tuple[
                       list[tuple[Outcome, _Verdict]], list[str], list[str]]:
    """Keep the verdicts whose cells, with their headers and caption, account for every name
    the claim asserts (its numbers and direction are judged by the arithmetic); return them,
    notes on the others, and the parts those lacked."""
    if index.passages is None:
        index.passages = index_of(paper)
    parts = claim_parts(claim)
    kept, notes, missing = [], [], []
    for outcome, verdict in decided:
        terms = passage_terms(_cell_passage(verdict.reading))
        accounting = account(parts, terms, index.passages, relation=False)
        # The row and column were found by the claim's names and the number's unit; what is
        # left to require is that no other name of the claim is missing from the cell's
        # headers and caption (a claim about BERT is not answered by a row of RoBERTa's).
        names = [part for part in accounting.missing + accounting.unseen
                 if part.role == "subject" or part.named]
        if not names:
            kept.append((outcome, verdict))
            continue
        missing += [part.text for part in names]
        listed = ", ".join(f"\u201c{part.text}\u201d" for part in names)
        notes.append(f"{verdict.reading.location} gives {verdict.reading.arithmetic}, but its "
                     f"row, column and caption do not speak of {listed}.")
    return kept, notes, list(dict.fromkeys(missing))


def check_tables(claim: Claim, paper: Paper, source: str) -> Check | None:
    """Check the numbers of `claim` against the tables of `paper` (see the module docstring).

    `source` names the paper in the evidence ("arXiv:2005.13013v2" or a card file). Returns
    None when no table speaks to the claim; a `no_evidence` check when tables speak to it but
    cannot decide (an empty cell, tables that disagree, a number cut off by the report)."""
    if not paper.tables:
        return None
    index = _index(paper)
    decided: list[tuple[Outcome, _Verdict]] = []
    notes: list[str] = []
    asks, unchecked = _asks(claim)
    for ask in asks:
        readings = _readings(ask, claim, index)
        if not readings:
            # No table speaks to this number (or none unambiguously).
            unchecked.append(ask.label)
            continue
        decision = _decide(ask, readings)
        if decision.outcome == Outcome.contradicted and ask.kind == "difference":
            decision = _level_instead(ask, claim, index, decision)
        if decision.outcome is None:
            notes.append(decision.note)
        else:
            decided += [(decision.outcome, verdict) for verdict in decision.verdicts]
    missing: list[str] = []
    if decided:
        decided, lacking, missing = _whole_content(claim, paper, index, decided)
        notes += lacking
    if not decided:
        if not notes:
            return None
        return Check(kind=CheckKind.table, outcome=Outcome.no_evidence, decisive=False,
                     explanation=" ".join(notes), missing=missing)
    outcome = (Outcome.contradicted if any(o == Outcome.contradicted for o, _ in decided)
               else Outcome.supported)
    explanation = " ".join(verdict.explanation for _, verdict in decided)
    if notes:
        explanation += " Not decided: " + " ".join(notes)
    if unchecked:
        explanation += " Not checked against the tables: " + "; ".join(
            f"\u201c{text}\u201d" for text in unchecked) + "."
    matched = [MatchedPart(part="value", claim=_fmt_claimed(verdict),
                           source=verdict.reading.arithmetic) for _, verdict in decided]
    return Check(kind=CheckKind.table, outcome=outcome, decisive=True, explanation=explanation,
                 evidence=[_evidence(verdict, source) for _, verdict in decided],
                 matched=matched)


def _fmt_claimed(verdict: _Verdict) -> str:
    return "" if verdict.claimed is None else f"{verdict.claimed:g}"
