"""Evidence about another of the things a paper names side by side (red team 2, round 7).

A paper often reports one measure for several things that share a name and differ in one part:
language pairs ("English-to-German", "English-to-French"), editions of a test set
("newstest2013", "newstest2014", "WMT 2014"), variants of a model named by the word before it
("the base models", "the big models"), the two sides of a comparison ("fewer samples (403)
than Multi-LexSum does (4,500)"), and the columns of a table row. A number found for one of
them is no evidence about another: it neither confirms nor contradicts. The first run of the
second red-team corpus (tests/real/redteam2) confirmed "the big models were trained for
100,000 steps" from the sentence about the base models, "28.4 BLEU on newstest2013" from a
table of newstest2014, and contradicted "41.0 BLEU on WMT 2014 English-to-French" with a cell
of an English-to-German development-set table. Each guard below reads what the paper itself
prints (its compounds, its modifier-head pairs, its "than", its table's column labels); none
names a paper's systems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper, Table

from .cell_check import _headers
from .cells_read import read_cells
from .clause_numbers import guard_clause_numbers
from .guard_triggers import (
    SOURCE_DECIDING,
    SOURCE_SUPPORTING,
    TABLE_CONTRADICTED,
    TABLE_DECIDING,
    acts,
)
from .paper_memo import per_paper
from .restated_values import guard_restated_values
from .sibling_sections import guard_sibling_sections
from .undecided import DECIDING, decided, evidence_text, printed_numbers, undecide

# --------------------------------------------------------------------------------------------
# Compounds: a name and the part that tells its variants apart


_HYPHENED = re.compile(r"(?<![\w-])([A-Za-z][A-Za-z]*)((?:-[A-Za-z0-9]+)+)(?![\w-])")
_FUSED = re.compile(r"(?<![\w-])([a-zA-Z]{3,})((?:19|20)\d\d)(?![\w-])")
_DATED = re.compile(r"(?<![\w-])([A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{2,})[\s\-']+((?:19|20)\d\d)"
                    r"(?![\w-])")


@lru_cache(maxsize=8192)
def compounds(text: str) -> frozenset[tuple[str, str]]:
    """The (name, variant) pairs `text` prints: a hyphenated compound whose first part is a
    name (capitalised) or whose variant holds a digit ("English-to-French", "LED-4096",
    "BERT-base"), a word fused with a year ("newstest2013") and a capitalised name followed by a
    year ("WMT 2014", "SemEval-2017"). Lower-cased, hyphens kept inside the variant."""
    found = set()
    for match in _HYPHENED.finditer(text):
        name, variant = match.group(1), match.group(2)[1:]
        if name[0].isupper() or any(char.isdigit() for char in variant):
            found.add((name.casefold(), variant.casefold()))
    for pattern in (_FUSED, _DATED):
        for match in pattern.finditer(text):
            found.add((match.group(1).casefold(), match.group(2)))
    return frozenset(found)


def other_variant(claim_text: str, evidence_text: str) -> tuple[str, str] | None:
    """A compound of the claim that the evidence does not print while it prints another
    variant of the same name: (the claim's, the evidence's), printed as name-variant."""
    said = compounds(evidence_text)
    for name, variant in sorted(compounds(claim_text)):
        if (name, variant) in said:
            continue
        others = sorted(other for other_name, other in said
                        if other_name == name and other != variant)
        if others:
            return f"{name}-{variant}", f"{name}-{others[0]}"
    return None


def guard_other_variants(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive check whose passage or cell (with its caption) names another
    variant of a compound the claim names, and not the claim's: "newstest2014" is another
    test set than "newstest2013", "English-to-German" another task than "English-to-French".
    In place."""
    if not compounds(claim.text):
        return
    for kind in (CheckKind.source, CheckKind.table):
        for check in list(decided(checks, kind, DECIDING)):
            pair = other_variant(claim.text, evidence_text(check))
            if pair is not None:
                undecide(check, f"The claim speaks of {pair[0]}; the passage it matched speaks "
                                f"of {pair[1]}, another variant of that name")


# --------------------------------------------------------------------------------------------
# Table rows whose columns the reader could not name


def _numeric_columns(table: Table) -> int:
    """How many columns of the table hold a number in some row."""
    return len({column for row in table.rows for column, cell in enumerate(row)
                if cell.value is not None})


def unnamed_column(paper: Paper, check: Check, values: list[float]) -> str | None:
    """The table of a cell the check read that has no column label while the table prints
    numbers in more than one column, or whose column label heads another number of the same
    row: which of them is the claim's measure is not known. A contradiction stands when no
    cell of the row under that label holds a number of the claim (`values`)."""
    for evidence in check.evidence:
        for table, found in read_cells(paper, evidence.location or "", evidence.quote):
            columns, cell = found.columns, found.cell
            if any(label.strip() for label in columns):
                same = _same_label(table, cell, columns)
                if len(same) > 1 and (check.outcome != Outcome.contradicted or any(
                        abs(other - value) < 1e-9 for other in same for value in values)):
                    return table.label or "a table"
                continue
            if _numeric_columns(table) > 1:
                return table.label or "a table"
    return None


def _same_label(table: Table, cell, columns: list[str]) -> list[float]:
    """The numbers of the cell's row under the cell's column labels: more than one when the
    labels head several columns of the row (three differences and three p-values, the three
    p columns all headed "p", each the p-value of the difference left of it)."""
    row = next((row for row in table.rows if any(other is cell for other in row)), [])
    return [other.value for column, other in enumerate(row)
            if other.value is not None and _headers(table, row, column)[1] == columns]


def _repeated(table: Table, columns: list[str]) -> bool:
    """Whether the column labels head more than one number of some row of the table."""
    return any(len(_same_label(table, row[column], columns)) > 1
               for row in table.rows for column in range(len(row)))


def guard_unnamed_columns(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check that read a cell whose column has no label in a
    table of several numeric columns (a spanning two-line header the reader lost): the row
    prints the claim's measure for another language pair, task or metric in the next column,
    or leaves the claim's column empty, so the number the check took may be another column's.
    In place."""
    if not paper.tables:
        return
    values = [quantity.value for quantity in claim.quantities]
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        label = unnamed_column(paper, check, values)
        if label is not None:
            undecide(check, f"{label} prints numbers in several columns that have no label "
                            "the reader could read, so which column the cell is in, and what "
                            "it measures, is not known")


# --------------------------------------------------------------------------------------------
# Variants named by the word before a head noun ("base models", "big models")


_WORD = re.compile(r"[A-Za-z][a-z]+")
_FUNCTION = frozenset((
    "a", "an", "the", "our", "their", "its", "this", "that", "these", "those", "each", "every",
    "all", "both", "any", "some", "other", "such", "same", "first", "last", "new", "and", "or",
    "of", "to", "in", "on", "for", "with", "by", "from", "as", "at", "per", "than", "is", "are",
    "was", "were", "be", "been", "we", "they", "it", "which", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "more", "most", "less", "least", "many",
    "much", "few", "since", "above", "below", "after", "before", "about", "into", "over",
    "under", "between", "not", "had", "has", "have", "can", "could", "would", "will", "did",
    "does", "also", "only", "well", "when", "while", "where", "who", "what", "how", "then"))


def _head(word: str) -> str:
    word = word.casefold()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=16384)
def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """Adjacent word pairs whose first word is lower-case (the text's first word and hyphened
    compounds read as words: "Base-model steps" holds "base model"; the head may be a name,
    "base Transformer"). Remembered: a claim and its quotes are read again for each check."""
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text[:1].lower() + text[1:], flags=re.IGNORECASE)
    words = _WORD.findall(text)
    return tuple((_head(first), _head(second))
                 for first, second in zip(words, words[1:], strict=False)
                 if first.islower() and len(first) > 2
                 and first not in _FUNCTION and second.casefold() not in _FUNCTION)


def _paper_pairs(sentences: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The modifiers the paper prints before each noun ("models": {"base", "big"}), by noun:
    a claim's noun is looked up, not every pair of the paper walked."""
    found: dict[str, set[str]] = {}
    for text in sentences:
        for modifier, head in _pairs(text):
            found.setdefault(head, set()).add(modifier)
    return {head: frozenset(modifiers) for head, modifiers in found.items()}


def _row_words(paper: Paper, whole: bool = False) -> list[frozenset[str]]:
    """The words of each table's row labels: the variants a table lists ("base", "big"); with
    `whole`, only labels that are one word each (rows named by the variant alone)."""
    found = []
    for table in paper.tables:
        labels = {label for row in table.rows if row
                  for label in (row[0].row_headers or [row[0].text])}
        words = [_WORD.findall(label) for label in labels]
        found.append(frozenset(_head(word) for parts in words for word in parts
                               if not whole or len(parts) == 1))
    return found


def other_modifier(claim_text: str, sentence: str, paper_pairs: dict[str, frozenset[str]],
                   rows: list[frozenset[str]],
                   named_rows: list[frozenset[str]] = ()) -> str | None:
    """The claim's modifier-head pair ("big models") that the paper prints, when the sentence
    prints the same head with another modifier the paper also prints ("base models") and
    never the claim's modifier, and one table lists both modifiers among its rows (they name
    variants the paper reports side by side): that other pair, printed."""
    claimed = _pairs(claim_text)
    if not claimed:
        return None
    said = {_head(word) for word in _WORD.findall(sentence)}
    for modifier, head in claimed:
        if modifier in said:
            continue
        printed = paper_pairs.get(head, frozenset())
        if modifier in printed:
            for other, other_head in _pairs(sentence):
                if other_head == head and other != modifier and other in printed \
                        and any({modifier, other} <= words for words in rows):
                    return f"{other} {head}"
        # The sentence names no variant at all, while a table's rows are named by the claim's
        # variant and another the paper prints before the same noun ("base", "big"): which
        # variant its number is about is not said.
        for other in sorted(printed):
            if other != modifier and other not in said \
                    and any({modifier, other} <= words for words in named_rows):
                return f"{head} without saying which ({modifier} or {other})"
    return None


def guard_other_modifiers(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive source check whose sentence speaks of another variant of the
    claim's subject, named by another word before the same noun, when a table of the paper
    lists both words as rows ("We trained the base models for a total of 100,000 steps" for
    "the big models were trained for 100,000 steps"; Table 3's rows "base" and "big"). In
    place."""
    rows = per_paper(paper, "row words", _row_words)
    if not rows:
        return
    named_rows = per_paper(paper, "named rows", lambda read: _row_words(read, whole=True))
    pairs = per_paper(paper, "pairs", lambda read: _paper_pairs(
        tuple(sentence.text for sentence in read.sentences)))
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        for evidence in check.evidence:
            other = other_modifier(claim.text, evidence.quote, pairs, rows, named_rows)
            if other is not None:
                undecide(check, f"The passage speaks of the {other}, not of the claim's "
                                "variant")
                break


# --------------------------------------------------------------------------------------------
# The two sides of "than"


_THAN = re.compile(r"\bthan\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][\w\-]*[A-Za-z0-9]")
_PRONOUNS = frozenset({"It", "They", "The", "This", "That", "These", "Those", "We", "Our"})


def _names_between(text: str) -> list[str]:
    return [name for name in _NAME.findall(text) if name not in _PRONOUNS]


def than_side(claim_text: str, sentence: str, found: str) -> str | None:
    """Why the number `found` of `sentence` is not the claim's: printed after "than <Name>",
    it is that name's and the claim does not name it; printed before "than <Name>", it is the
    other side's while the claim names <Name> and compares nothing itself."""
    match = _THAN.search(sentence)
    if match is None or not any(char.isdigit() for char in found) or _THAN.search(claim_text):
        return None
    spot = re.search(rf"(?<![\w.]){re.escape(found)}(?!\w)", sentence)
    if spot is None:
        return None
    position = spot.start()
    claim = claim_text.casefold()
    if position > match.end():
        between = sentence[match.end():position]
        if len(between.split()) > 6:
            return None
        names = _names_between(between)
        if names and not any(name.casefold() in claim for name in names):
            return f"{found} is said of {names[0]}, after \"than\""
        return None
    after = sentence[match.end():]
    names = _names_between(after[:80])
    if names and names[0].casefold() in claim:
        return f"{found} is said of the other side of \"than {names[0]}\""
    return None


def guard_than_sides(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive supporting source check that took a number from the other side
    of a comparison: in "it has far fewer samples (403) than Multi-LexSum does (4,500)",
    4,500 is Multi-LexSum's and 403 the other subject's. In place."""
    for check in list(decided(checks, CheckKind.source)):
        for evidence in check.evidence:
            why = next(filter(None, (than_side(claim.text, evidence.quote, found)
                                     for found in printed_numbers(evidence))), None)
            if why is not None:
                undecide(check, f"The passage compares two things: {why}")
                break


# --------------------------------------------------------------------------------------------
# A contradicting cell while another table prints the claimed number for the claim's subject


_LABEL_WORD = re.compile(r"[A-Za-z][\w\-]*")


def names_row(claim_text: str, labels: list[str]) -> bool:
    """The claim names a row: every capitalised word of its labels (the row's name) and at
    least half of all their words ("base Transformer" names "Transformer (base model)")."""
    words = [word for label in labels for word in _LABEL_WORD.findall(label)]
    said = {word.casefold() for word in _LABEL_WORD.findall(claim_text)}
    names = [word for word in words if word[0].isupper()]
    if not names or not all(word.casefold() in said for word in names):
        return False
    return 2 * sum(word.casefold() in said for word in words) >= len(words)


def printed_for_subject(claim: Claim, paper: Paper, skip: Table) -> str | None:
    """Another table that prints a number of the claim in a row the claim names."""
    values = [quantity.value for quantity in claim.quantities]
    for table in paper.tables:
        if table is skip:
            continue
        for row in table.rows:
            for cell in row:
                if cell.value is None or not any(abs(cell.value - value) < 1e-9
                                                 for value in values):
                    continue
                if names_row(claim.text, cell.row_headers or [row[0].text]):
                    return table.label or "another table"
    return None


def guard_value_elsewhere(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each table contradiction when another table prints the claimed number in a
    row the claim names: a paper reports one system in several tables (test results, then an
    ablation on the development set), and a claim that does not say which table's setting it
    means is not contradicted by the one whose setting it does not say. In place."""
    for check in list(decided(checks, CheckKind.table, (Outcome.contradicted,))):
        for evidence in check.evidence:
            tables = {id(table): table for table, _ in
                      read_cells(paper, evidence.location or "", evidence.quote)}
            for table in tables.values():
                other = printed_for_subject(claim, paper, table)
                if other is not None:
                    undecide(check, f"{other} prints the claimed number for the subject the "
                                    "claim names, in another setting of the paper")
                    return


def guard_alternatives(claim: Claim, checks: list[Check], paper: Paper) -> None:
    """The guards of this module, in place (one hook in verify/guard_chain.py)."""
    guard_other_variants(claim, checks)
    if acts(checks, TABLE_DECIDING):
        guard_unnamed_columns(claim, checks, paper)
    if acts(checks, SOURCE_DECIDING):
        guard_other_modifiers(claim, checks, paper)
    if acts(checks, SOURCE_SUPPORTING):
        guard_than_sides(claim, checks)
    if acts(checks, TABLE_CONTRADICTED):
        guard_value_elsewhere(claim, checks, paper)
    if acts(checks, SOURCE_SUPPORTING):
        guard_clause_numbers(claim, checks, paper)
    if acts(checks, SOURCE_DECIDING):
        guard_sibling_sections(claim, checks, paper)
    if acts(checks, SOURCE_SUPPORTING):
        guard_restated_values(claim, checks, paper)
