"""Table cells found by their headers: whole-content matching for numbers only a table prints.

The table check (table_check.py) finds rows and columns by the claim's tagged entities, which
names from outside the gazetteer ("ScienceParse", "bibliography venues", "Bio prec.") never
are. This check reads each numeric cell as a passage of its own (issue 11): the table's
caption, the cell's row headers and column headers (the per-cell header paths the PDF reader
gives, else the row label and the column header). A cell decides a claimed number only when
the claim says the cell's header words (verify/header_words.py: truncations, contractions,
acronyms, "Cite"/"citation", "R@10"/"recall@10", header numbers...), or says enough of them to
single out its row and its column (cell_picker.py), and the passage accounts for every part of
the claim (verify/content.py): its names, its measure, its conditions. Then

- supported: every claimed number is printed by an accounted cell (within printed precision;
  "45%" and "0.45" are one number), or names a header ("at a threshold of 0.60"), or counts
  what an aggregate cell sums up ("averaged over the four relations" under "Average" with
  four other columns);
- contradicted: the accounted cells print one and the same number (one cell, or a headline
  result repeated in several tables), the claim picks it out on both axes or says nearly all
  it says, it points at no other row or column (`Picker.only`), and its one claimed number
  is another: a number from the neighbouring row or column of the claim's own cell;
- otherwise nothing: a neighbouring cell's headers do not account for the claim, so its
  number confirms nothing, and cells of different numbers contradict nothing.

A cell may print more than one number (`cell_numbers`): "52.2M (64.3%)" is a count and its
share, read by the claimed number's kind (a percentage against the share); "0.31,0.59" lists
one value per part of what its header names, and decides nothing, since which is which the
headers do not say; "81.24 (80.69, 81.56)" is a mean with its range over replicated runs (the
mean is the value), and contradicts only by a number another cell of its table prints.
Changes ("improves by 2.3 points", "0.5 points above") are differences of
cells (cell_arithmetic.py): numbers with a sign, after "by" in a claim that words a change, or
before "points higher/above/more" are no levels here; "falls to 68.1" is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from verify_claims.claims import (
    Cell,
    Check,
    Claim,
    Outcome,
    Paper,
    Quantity,
    Table,
)
from verify_claims.extract.cell_values import parse_cell
from verify_claims.extract.table_numbers import arabic, roman_value

from .category_labels import category_words
from .cell_decisions import decide as _decide
from .cell_dominance import most_specific
from .cell_kinds import (
    _evidence,
    _name,
    count_header,
    fractional,
    prints_claimed,
)
from .cell_picker import Picker
from .cell_ranges import SPREAD as _SPREAD
from .cell_units import unit_kind_cells
from .change_columns import change_amounts, names_change, unsigned
from .cited_labels import uncited
from .claimed_levels import claim_levels
from .column_notes import column_notes
from .content import ClaimParts, account, passage_terms
from .dataset_scope import caption_elsewhere
from .defined_headers import defined_header_words
from .guards_count_headers import count_paired_otherwise
from .guards_versioned_names import other_version, versioned_names
from .header_vocabulary import WORD, HeaderWord, header_words, path_words, special_header
from .header_words import ClaimWords
from .label_headers import label_headers
from .metric_headers import header_groups, metric_words, other_metric
from .other_cells import labels_other_cells, names_variant, other_split, reported_elsewhere
from .passages import PassageIndex, content_terms
from .printed_cell_units import printed_unit_cells, printed_unit_passages
from .row_mate_columns import lends_metric, row_mate_headers
from .row_mate_contradictions import may_read_row_mates, row_mate_contradiction, rows_of
from .share_cells import without_counts
from .spread_cells import mean_with_spread
from .standin_topics import lent_elsewhere
from .stub_headers import stub_header
from .unnamed_measures import row_measure, unnamed_measure
from .value_columns import unsaid_headers
from .wording import spells_out

_WORD = WORD
MAX_CELLS = 20_000
"""Cells read per paper at most (a paper of 300 tables is read up to this many)."""
_BRACKETED = re.compile(r"^(?P<main>[^()]+?)\s*\(\s*(?P<second>[^()]+?)\s*\)$")
_LISTED = re.compile(r"^\s*[^,;\s]+(?:\s*[,;]\s*[^,;\s]+)+\s*$")
# A claim that ranks its cell ("the best in that column", "the highest of the four") is
# accounted for by the cell's headers without those words: whether the cell is that extreme
# among its row's or column's peers is read from the table (guards_table_superlatives.py).
RANKING = re.compile(r"\b(?:best|worst|highest|lowest)\b", re.IGNORECASE)
_RANKING_WORDS = "best worst highest lowest column columns row rows"
RANKING_TERMS = frozenset(passage_terms(_RANKING_WORDS)) | frozenset(content_terms(_RANKING_WORDS))
@dataclass(frozen=True)
class _CellPassage:
    table: Table
    number: int  # of the table in the paper
    cell: Cell
    headers: str  # row headers, then column headers, as printed
    own: tuple[HeaderWord, ...]  # the cell's own header words and numbers
    terms: frozenset[str]
    words: tuple[HeaderWord, ...]  # header and caption words, for abbreviations
    paths: tuple[tuple[str, ...], tuple[str, ...]]  # the row and column header paths
    numbers: tuple[Quantity, ...]  # what the cell prints: its value, a share in brackets
    listed: bool  # several numbers of one kind ("0.31,0.59"): which is which is not said
    row: int = -1  # the row's place in the table: two rows may print one label

    @property
    def value(self) -> float | None:
        """The cell's main number (the one before any bracket)."""
        return self.numbers[0].value if self.numbers else None

    @property
    def decimals(self) -> int | None:
        return self.numbers[0].decimals if self.numbers else None


_SHARE = re.compile(r"^\(\d{1,3}(?:\.\d+)?\)$")

def _headers(table: Table, row: list[Cell], column: int) -> tuple[list[str], list[str]]:
    cell = row[column]
    rows = list(getattr(cell, "row_headers", None) or ([row[0].text] if row else []))
    columns = list(getattr(cell, "column_headers", None)
                   or ([table.header[column]] if column < len(table.header) else []))
    return rows, columns


def _number(text: str) -> Quantity | None:
    value, decimals = parse_cell(text)
    if value is None:
        return None
    unit = "%" if text.strip().rstrip("*\u2020\u2021").endswith("%") else None
    return Quantity(text=text.strip(), value=value, decimals=decimals or 0, unit=unit,
                    span=(0, len(text)))


def cell_numbers(cell: Cell) -> tuple[tuple[Quantity, ...], bool]:
    """The numbers a cell prints, and whether they are a list of one kind.

    A cell prints one number ("69.7"), a number with a second one in brackets ("52.2M
    (64.3%)": the share of the total; "0.851 (39%)": the error reduction), or a list
    ("0.31,0.59", listing one value per part of what the header names). The first number is
    the cell's value; a list's numbers are never told apart here."""
    if cell.value is not None and "(" not in cell.text:  # "52.2M (64.3%)": both, below
        text = cell.text.strip()
        unit = "%" if text.rstrip("*\u2020\u2021").endswith("%") else None
        return (Quantity(text=text, value=float(cell.value), decimals=cell.decimals or 0,
                         unit=unit, span=(0, len(cell.text))),), False
    text = " ".join(cell.text.split())
    if cell.value is not None and _SHARE.match(text):
        # "(9.6)" under "(%)": a share printed in brackets (extract/bracketed_percents.py)
        return (Quantity(text=text, value=float(cell.value), decimals=cell.decimals or 0,
                         unit="%", span=(0, len(cell.text))),), False
    mean = mean_with_spread(text)
    if mean is not None:  # "27.4, SD = 1.9": the mean, its spread aside (spread_cells.py)
        number = _number(mean)
        return ((number,) if number is not None else ()), False
    bracketed = _BRACKETED.match(text)
    if bracketed:
        main, second = _number(bracketed["main"]), _number(bracketed["second"])
        if main is not None and second is not None:
            return (main, second), False
        if main is not None and second is None and _SPREAD.match(bracketed["second"]):
            return (main,), False  # "81.24 (80.69, 81.56)": a mean and its range
        return ((main,), False) if main is not None and second is None \
            and not re.search(r"\d", bracketed["second"]) else ((), False)
    if _LISTED.match(text):
        numbers = [_number(piece) for piece in re.split(r"\s*[,;]\s*", text.strip())]
        if len(numbers) >= 2 and all(number is not None for number in numbers):
            return tuple(numbers), True  # type: ignore[arg-type]
    return (), False


def _passages(paper: Paper, index: PassageIndex) -> list[_CellPassage]:
    """Every numeric cell of the paper with its passage, built once per index."""
    key = ("cell_check", -1)
    cached = index.prepared.get(key)
    if isinstance(cached, list):
        return cached
    passages: list[_CellPassage] = []
    notes = column_notes(paper)  # what the text says a column holds
    for number, table in enumerate(paper.tables):
        groups = header_groups(table)
        for place, row in enumerate(table.rows):
            for column, cell in enumerate(row):
                if column == 0 or len(passages) >= MAX_CELLS:
                    continue
                numbers, listed = cell_numbers(cell)
                if not numbers:
                    continue
                rows, columns = _headers(table, row, column)
                text = " ".join([table.caption or "", *rows, *columns,
                                 *notes.get((number, column), ()),
                                 stub_header(table, columns),
                                 label_headers(table, row, rows),  # "T (°C)" of an "80"
                                 unnamed_measure(table, index)])  # the prose's one measure
                # A row's citation is no word the claim must say (verify/cited_labels.py).
                own, said = metric_words(path_words([*map(uncited, rows),
                                                     *unsaid_headers(columns)]),
                                         (tuple(rows), tuple(columns)), groups)
                passages.append(_CellPassage(
                    table, number, cell, " × ".join(filter(None, [" / ".join(rows),
                                                                  " / ".join(columns)])),
                    own, passage_terms(text),
                    tuple(dict.fromkeys(own + said + header_words(table.caption or ""))),
                    (tuple(rows), tuple(columns)), numbers, listed, place))
    index.prepared[key] = passages
    return passages


def candidates(passages: list[_CellPassage], index: PassageIndex,
               words: ClaimWords) -> list[_CellPassage]:
    """The cells the claim can pick: those with a header word the claim says, or with no
    header words at all. Found through an index from header word to cells, built once per
    paper, so that a claim reads only the cells its words reach, not every cell."""
    key = ("cell_vocabulary", -1)
    vocabulary = index.prepared.get(key)
    if not isinstance(vocabulary, tuple):
        by_word: dict[HeaderWord, list[int]] = {}
        bare = []
        for number, passage in enumerate(passages):
            if not passage.own:
                bare.append(number)
            for word in passage.own:
                by_word.setdefault(word, []).append(number)
        # The words by first letter, and those a claim may say otherwise
        # (`ClaimWords.may_name`): a claim asks only about the letters its words start with.
        by_letter: dict[str, list[HeaderWord]] = {}
        special: list[HeaderWord] = []
        for word in by_word:
            if special_header(word):
                special.append(word)
            else:
                by_letter.setdefault(word.word[:1], []).append(word)
        vocabulary = index.prepared[key] = (by_word, bare, by_letter, special)
    by_word, bare, by_letter, special = vocabulary
    reached = set(bare)
    asked = [word for letter in words.letters for word in by_letter.get(letter, ())]
    for word in asked + special:
        if words.named(word):
            reached.update(by_word[word])
        elif words.glossary is not None and word.number is not None:
            # A label ("4") named through its own table's caption ("4 (IterSelSGD)").
            reached.update(number for number in by_word[word]
                           if words.named(word, passages[number].table.caption))
    return [passages[number] for number in sorted(reached)]


def check_cells(claim: Claim, paper: Paper, source: str, index: PassageIndex) -> Check | None:
    """The cells of `paper` whose headers and caption account for `claim` (module docstring);
    None when no cell does. A claim no level of which decides is asked again with the amounts
    of the change it states, of the columns whose headers name that change ("a total flow
    reduction of 57%" of a "Total flow reduction (%)" column: verify/change_columns.py)."""
    levels = claim_levels(claim, paper)
    found = _check_asked(claim, paper, source, index, levels)
    if (found is None or found.outcome == Outcome.no_evidence) and levels is not None \
            and len(levels[0]) > 1 and _row_mates_may_read(claim, paper, index, levels[0]):
        # Several numbers, one of them wrong: its cell's header is lent to the row's other
        # cells by the row mate printing it, which a wrong number never is; read the rows
        # again with every mate lending, for a contradiction only (row_mate_contradictions.py).
        found = _check_asked(claim, paper, source, index, levels, mates=True) or found
    amounts = change_amounts(claim) if found is None else []
    if amounts and _change_cells(paper, index, amounts[0].sign):
        found = _check_asked(claim, paper, source, index,
                             claim_levels(claim, paper, amounts), amounts[0].sign)
    return found


def _change_cells(paper: Paper, index: PassageIndex, sign: int) -> bool:
    """Whether some cell of the paper is one that `_check_asked` reads a change of `sign`
    from: its column headers name such a change and it prints no sign. Without one, asking
    with the claim's change amounts passes over every cell it reaches and finds nothing, so
    `check_cells` does not ask (once per paper and direction; round 35: a fiftieth of the
    verification time of benchmarks/verify.py, whose papers head no column with a change)."""
    key = ("change_cells", sign)
    found = index.prepared.get(key)
    if not isinstance(found, bool):
        found = index.prepared[key] = any(
            names_change(passage.paths[1], sign) and unsigned(passage.cell.text)
            for passage in _passages(paper, index))
    return found


def _row_mates_may_read(claim: Claim, paper: Paper, index: PassageIndex,
                        quantities: list[Quantity]) -> bool:
    """Whether reading the rows again with every mate lending can find anything: only when a
    row the claim names by its label prints one of its numbers (`may_read_row_mates`); the
    rows of the paper's cells are grouped once per index."""
    passages = _passages(paper, index)
    key = ("cell_rows", -1)
    rows = index.prepared.get(key)
    if not isinstance(rows, dict):
        rows = index.prepared[key] = rows_of(passages)
    return may_read_row_mates(quantities, passages, claim.text, rows)


def _check_asked(claim: Claim, paper: Paper, source: str, index: PassageIndex,
                 asked: tuple[list[Quantity], ClaimParts, ClaimWords] | None,
                 change: int | None = None, mates: bool = False,
                 by_version: bool = True) -> Check | None:
    """`check_cells` asking with `asked` (`claim_levels`); with a `change` direction, of the
    cells alone whose column headers name such a change and which print no sign. With
    `mates`, every cell of a row lends its column headers to the others, and only a
    contradiction through one wrong number of a row (row_mate_contradictions.py) is kept.
    `by_version` leaves out the cells of another version of the claim's versioned name; when
    no other cell is accounted, they are read after all, for the guard's explanation
    (guards_versioned_names.py: "the evidence is about SQuAD 1.1, another version")."""
    if asked is None:
        return None
    quantities, parts, words = asked
    terms_of = _claim_terms(words)
    accounted: list[tuple[_CellPassage, object]] = []
    passages = _passages(paper, index)
    # A column printing another unit than the claim's is no column the claim points at.
    picked = Picker(printed_unit_passages(passages, claim.text, quantities), words)
    loose: set[int] = set()  # cells picked only as the least unsaid of nested paths
    fractions = all(fractional(quantity) for quantity in quantities)
    # A claim that cites a table by its number speaks of that table's cells, never of
    # another's; none decides it when the paper's reading has no table of that number.
    tables = named_tables(claim.text)
    ranked = RANKING_TERMS if RANKING.search(claim.text) else frozenset()
    versioned = by_version and cells_by_version and bool(versioned_names(claim.text))
    other_versions = False
    reached = list(candidates(passages, index, words))
    # The cells printing the claim's numbers, when it gives several ("84.1 EM and 90.9 F1"),
    # by table and row: only a cell's row mates can lend it their headers, and reading every
    # reached cell against every number cost a tenth of the check's time (benchmarks/verify.py).
    # A row is its place in its table, not its label: "1 epoch Skip-gram" heads three rows of
    # word2vec's Table 5, told apart only by their settings' cells (1301.3781, round 19), and
    # one row's "600" under "Dimensionality" lent its header to all three.
    printing: dict[tuple[int, int], list[_CellPassage]] = {}
    for passage in reached:
        if tables and not tables & table_labels(passage):
            continue
        if change is not None and not (names_change(passage.paths[1], change)
                                       and unsigned(passage.cell.text)):
            continue  # a change's amount is no level of a column of levels
        if not any(part.strip() for part in passage.paths[1]) \
                and passage.number in labelled_tables(passages, index):
            continue  # a value under no column header, in a table that heads its columns
        caption = passage.table.caption
        if versioned and other_version(claim.text, f"{caption or ''} {passage.headers}"):
            # "on SQuAD 2.0" is no cell of "Table 2: SQuAD 1.1 results" when Table 3 prints
            # SQuAD 2.0's under the same labels (BERT, arXiv:1810.04805; the guard of the same
            # name, guards_versioned_names.py, set such a cell's verdict aside; left out here,
            # the claim's own version's cell decides it).
            other_versions = True
            continue
        if count_paired_otherwise(passage.own, words, caption):
            continue  # "nodes" read as "Size" where the caption pairs it with "edges"
        if fractions and count_header(passage):
            continue  # "26.07" is no count: not a cell of "#Features" (cell_kinds.py)
        unnamed = [word for word in passage.own if not words.named(word, caption)]
        if unnamed and not _said_otherwise(unnamed, words, caption, passage.paths):
            if not picked(passage):
                continue  # the cell is also about something the claim does not say ("Bio")
            strict = picked.single(passage.number, 0, passage.paths[0]) \
                and picked.single(passage.number, 1, passage.paths[1])
        else:
            strict = True
        terms = _with_abbreviations(passage, words, terms_of) | ranked
        row = (passage.number, passage.row)
        if len(quantities) > 1 and row not in printing:
            printing[row] = [other for other in reached
                             if (other.number, other.row) == row
                             and (mates or prints_claimed(quantities, other))]
        lent = row_mate_headers(passage, printing.get(row, []))
        if lent:
            terms = terms | passage_terms(lent)  # each measure said by its own cell
        accounting = account(parts, terms, index, relation=False)
        printed = prints_claimed(quantities, passage)
        if not accounting.confirms and printed and (
                measure := row_measure(passage.table, [passage.row], index)):
            # The measure the paper gives the row ("F1 for SQuAD, SRL and NER") accounts for
            # the claim's measure word at a cell that prints the claim's number; never at one
            # that prints another: the claim may speak of the same rows in another table (a
            # test set where this one is the development set), so it contradicts nothing.
            terms = terms | passage_terms(measure)
            accounting = account(parts, terms, index, relation=False)
        if not accounting.confirms or labels_other_cells(parts, passage, passages, index, terms):
            continue
        if lent_elsewhere(accounting.matched, passage.table, index) is not None:
            continue  # a first sentence's name another table prints (standin_topics.py)
        if printed and names_variant(parts, claim.text, passage, passages, index):
            # "The ConvS2S ensemble scores 40.46" names the row "ConvS2S Ensemble", not the
            # row "ConvS2S" that prints 40.46 (other_cells.py). Only a cell that would confirm
            # is put aside: one that disagrees stays, and keeps the choice open.
            continue
        if any(part.topic for part in accounting.matched) \
                and caption_elsewhere(caption, claim.text):
            continue  # the claim's dataset, unsaid but in the abstract; the caption's another
        metric = other_metric(passage.own, passage.words, passage.paths, words, caption)
        if metric and not lends_metric(metric, lent):
            continue  # "recall" against the "P" beside "R" (verify/metric_headers.py)
        if picked.names_sibling_code(passage):
            continue  # "MNLI matched and mismatched" of the "MNLI-m" cell (variant_codes.py)
        around = f"{caption or ''} {passage.headers}"  # what the caption and headers say
        if not other_split(claim.text, around) and not reported_elsewhere(claim.text, around):
            accounted.append((passage, accounting))
            if not strict:
                loose.add(id(passage))
    if not accounted:
        return _check_asked(claim, paper, source, index, asked, change, mates, False) \
            if other_versions else None
    # A cell the claim names wholly outranks one of another table it names in part
    # (verify/cell_dominance.py).
    accounted = most_specific(accounted, words)
    # "4.8 hours" is not read from a "documents/hour" cell (verify/cell_units.py).
    accounted = unit_kind_cells(accounted, claim.text, quantities)
    # "58 C" is not read from a cell printed "550 U mg" (verify/printed_cell_units.py).
    accounted = printed_unit_cells(accounted, claim.text, quantities)
    # A count of 23,316 is no reading of a claimed 13.3% (verify/share_cells.py).
    accounted = without_counts(accounted, quantities)
    if not accounted:
        return None
    if mates:
        found = row_mate_contradiction(quantities, accounted, passages, claim.text, source)
        return found if found is not None and not loose else None
    shortened = any(id(passage) in loose for passage, _ in accounted)
    return _decide(quantities, accounted, picked, source, passages, claim.text, shortened)


def _said_otherwise(unnamed: list[HeaderWord], words: ClaimWords, caption: str | None,
                    paths: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the claim says each of a cell's `unnamed` header words another way: "CHD" says
    "Coronary heart disease" (defined_headers.py), "Black" its group label "Race"
    (category_labels.py). Asked only of the cells some header word of which the claim does not
    name, which most cells it reaches are not."""
    said = defined_header_words(words, caption, paths) | category_words(paths)
    return all(word.word in said for word in unnamed)


cells_by_version = True
"""Whether a cell whose caption and headers give the claim's versioned name only in another
version is left out of the cells the claim reads (a planted-bug test switches it off)."""


@lru_cache(maxsize=4096)
def named_tables(text: str) -> frozenset[str]:
    """The tables a claim names by number ("According to Table 3, ..."), as "table 3"; a
    Roman numeral names the same table as its Arabic value ("Table IV" is "table 4").
    Remembered per claim text: the cell readers and two guards ask it per paper."""
    return frozenset({f"table {number}" for number in re.findall(r"\bTable\s+(\d+)", text)} \
        | {f"table {arabic(number)}"
           for number in re.findall(r"\bTable\s+([IVX]{1,5})\b(?![a-z])", text)
           if roman_value(number) is not None})


def table_labels(passage: _CellPassage) -> set[str]:
    """The labels a cell's table is printed under: every "Table N:" of its caption (two tables
    set side by side may be read as one region under both captions); a table the reader
    labelled with a Roman numeral ("Table IV", an IEEE caption) by its Arabic value too."""
    caption = passage.table.caption or ""
    label = passage.table.label or ""
    roman = re.fullmatch(r"Table ([IVX]{1,5})", label)
    return {f"table {number}" for number in re.findall(r"\bTable\s+(\d+)\s*[:.]", caption)} \
        or ({f"table {arabic(roman[1])}"} if roman and roman_value(roman[1]) else set()) \
        or {_name(passage).casefold()}


def labelled_tables(passages: list[_CellPassage], index: PassageIndex) -> frozenset[int]:
    """The tables (by number) some of whose cells have column headers, once per paper. A value
    the reader found under no column header in such a table sits in a column whose heading it
    could not place (a row of numbers heading the columns, read as a body row): which column
    it is, nothing says, so words of the caption cannot stand in for its heading."""
    key = ("labelled_tables", -1)
    found = index.prepared.get(key)
    if not isinstance(found, frozenset):
        found = index.prepared[key] = frozenset(
            passage.number for passage in passages
            if any(part.strip() for part in passage.paths[1]))
    return found


def _claim_terms(words: ClaimWords) -> tuple[str | None, ...]:
    """The index term of each claim word (None for a stop word), once per claim text: the
    cell check and the cell arithmetic of every cited paper ask for them."""
    terms = words.memo.get("terms")
    if terms is None:
        terms = words.memo["terms"] = tuple(
            found[0] if (found := content_terms(word.split("@")[0])) else None
            for word in words.words)
    return terms  # type: ignore[return-value]


def _with_abbreviations(passage: _CellPassage, words: ClaimWords,
                        terms_of: Sequence[str | None]) -> frozenset[str]:
    """The passage's terms, with the terms of the claim words its header and caption words
    abbreviate ("prec." for "precision", "NER" for "named entity recognition")."""
    extra: set[str] = set()
    own = set(passage.own)
    for word in passage.words:
        positions = words.names(word, short=word in own, caption=passage.table.caption)
        if positions:
            extra |= {term for position in positions if (term := terms_of[position])}
    for acronym, term in words.acronyms:
        # The reverse: an acronym of the claim ("AUC") that the caption or a header spells
        # out ("Area Under Precision-Recall Curve").
        if term not in passage.terms and spells_out(
                acronym, f"{passage.table.caption or ''} {passage.headers}"):
            extra.add(term)
    return passage.terms | extra if extra - passage.terms else passage.terms


# Shared with cell_arithmetic.py, which finds two cells the same way.
cell_candidates = candidates
CellPassage = _CellPassage
cell_evidence = _evidence
cell_passages = _passages
claim_terms = _claim_terms
with_abbreviations = _with_abbreviations
table_name = _name
