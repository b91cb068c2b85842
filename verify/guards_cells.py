"""Precision guards between a claim and the cells of a table: a cell decides a claim only when no
cell beside it is named by the claim more exactly; a sentence's other number does not overrule
the cell the claim names exactly.

The table checks find a claim's cell by the words its headers share with the claim, so a row
whose label shares a word with the claim's ("bibliography titles" for "title", "Linked bib.
entries" for "Bibliography entries", "With LM" for "Without LM", column "(3)" for "(1)") can
be read as the claim's when its value is the one the claim states, and a claim that states a
neighbouring cell's value was confirmed (benchmarks/mutations.py found these on real tables).

The general fact: a claim that prints a row (column) label of the table word for word speaks
of that row (column). When the cell that decided a check has a row (column) label the claim
does not print, while another cell of the same column (row) has a label the claim prints
whole and holds another value, the check read the wrong cell: it decides nothing, provided the two
labels can be taken for each other (they share a word, or differ only in their numbers) and the
cell read has a label word the
claim does not use in any form (a claim that paraphrases the cell's label, "linked
bibliography entries" for "Linked bib. entries", speaks of it). Labels are
matched whole, case aside, with no letter, digit, '+' or '-' on either side ("LM" is not
printed in "AM+LM", "With LM" not in "Without LM").

The second fact: when the claim prints a cell's row and column labels whole and states the
number that cell holds, the claim says what the table says. A sentence of the same paper that
gives another number for words the claim shares ("65% of the incorrect extractions" against
the cell "Could not identify correct arguments × REVERB - Missed Extractions: 52%", "an error
rate 23% lower" against "HMM-T × Average: 0.787", "4.2 F1 points" against "authors × F1: 92.1")
speaks of another quantity; its number contradicts nothing, and neither does a negation or
direction read from the claim's words when they are the table's own labels (a row "None",
2023.eacl-main.121 Table 5) (`guard_text_against_cell`).

The third: a difference claim ("A scores 2.4 higher than B on Recall") is contradicted only
when no pair of cells the claim could mean gives its number. Row labels repeat under group
labels ("+id" under "2, train-nc" and "3, train-nc"; "authors" beside "bibliography
authors"), and a table check that read another pair than the one the claim means finds
another difference. When two cells of one column whose inner row labels and inner column label
the claim prints whole differ by the claimed number (within its printed precision) in the
order the claim says (the row it names first above the other for "higher", "exceeds"), in any
table of the paper, a contradiction by a difference is not decided
(`guard_difference_readings`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from verify_claims.claims import Cell, Check, CheckKind, Claim, Outcome, Paper, Table
from verify_claims.claims.vocabulary import DECREASE_WORDS, INCREASE_WORDS

from .cells_read import Labelled, labelled_cells, numbers, read_cells
from .label_text import label_pattern, printed
from .undecided import DECIDING, decided, undecide


def _label_words(label: str) -> list[tuple[str, bool]]:
    """The label's words, lower case, each with whether it may be matched by its start (a
    word of five letters or more, or an abbreviation: "bib.")."""
    words = []
    for word in label.split():
        parts = [part.lower() for part in re.split(r"[\W_]+", word) if part]
        for number, part in enumerate(parts):
            abbreviated = number == len(parts) - 1 and word.endswith(".")
            words.append((part, len(part) >= 5 or abbreviated))
    return words


def _has_word(text_words: set[str], word: str, by_start: bool) -> bool:
    if not by_start:
        return word in text_words
    start = word[:5]
    return any(other.startswith(start) or (len(other) >= 3 and word.startswith(other))
               for other in text_words)


def _confusable(own: str, rival: str, claim: str) -> bool:
    """`own` can be taken for `rival` and the claim does not speak of `own`: the labels differ
    only in their numbers ("(1)", "(3)"); or they share a word and `own` has a word the claim
    does not use in any form, a word of the claim's being read whole ("LM" is not used in
    "AM+LM"); or the claim uses no word of `own` at all, even by its first letters ("Avg.
    Prec." for a claim about "TEXTRUNNER ... Average")."""
    if re.sub(r"\d+", "0", own) == re.sub(r"\d+", "0", rival):
        return True
    claim_words = {re.sub(r"[^\w]", "", word).lower() for word in claim.split()}
    rival_words = {word for word, _ in _label_words(rival)}
    own_words = _label_words(own)
    shares = any(_has_word(rival_words, word, by_start) for word, by_start in own_words)
    lacks = any(not _has_word(claim_words, word, by_start) for word, by_start in own_words)
    unused = bool(own_words) and not any(_has_word(claim_words, word, True)
                                         for word, _ in own_words)
    return (shares and lacks) or unused


def closer_cell(claim: str, table: Table, cell: Cell,
                read: Sequence[Cell] = ()) -> Labelled | None:
    """A cell of the same column (row) as `cell` whose inner row (column) label `claim`
    prints whole while it does not print `cell`'s (but inside the other label: "+id" inside
    "+id,ng,shape"), whose label can be taken for `cell`'s (`_confusable`), and that holds
    another value; never one of the cells the check `read` (a comparison reads both of its
    cells, and the claim names the other one)."""
    cells = labelled_cells(table)
    found = next((found for found in cells if found.cell is cell), None)
    if found is None:
        return None
    for axis, other_axis in (("rows", "columns"), ("columns", "rows")):
        own = getattr(found, axis)
        for rival in cells:
            label = getattr(rival, axis)[-1].strip()
            if all(rival.cell is not other for other in read) \
                    and getattr(rival, other_axis) == getattr(found, other_axis) \
                    and getattr(rival, axis) != own \
                    and not set(numbers(rival.cell)) & set(numbers(cell)) \
                    and printed(label, claim) \
                    and own[-1].strip() not in _first_places({own[-1].strip(), label}, claim) \
                    and _confusable(own[-1], label, claim):
                return rival
    return None


def guard_closer_cells(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check of `claim` whose cell has a closer-named rival
    (module docstring). In place."""
    for check in decided(checks, CheckKind.table, DECIDING):
        located = [(table, found, evidence) for evidence in check.evidence
                   for table, found in read_cells(paper, evidence.location or "",
                                                  evidence.quote)[:1]]
        read = [found.cell for _, found, _ in located]
        for table, found, evidence in located:
            rival = closer_cell(claim.text, table, found.cell, read)
            if rival is None:
                continue
            undecide(check, f"Not decided: the claim names {' / '.join(rival.rows)} × "
                            f"{' / '.join(rival.columns)} ({rival.cell.text}) more exactly "
                            f"than the cell read, {evidence.quote}")
            break


def _exact_support(claim: Claim, check: Check, paper: Paper) -> bool:
    """A decisive supporting table check whose cell's row and column labels the claim prints
    whole."""
    if check.kind != CheckKind.table or not check.decisive \
            or check.outcome not in (Outcome.supported, Outcome.confirmed):
        return False
    for evidence in check.evidence:
        for _, found in read_cells(paper, evidence.location or "", evidence.quote)[:1]:
            if printed(found.row, claim.text) and printed(found.column, claim.text):
                return True
    return False


def guard_text_against_cell(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide a source check that contradicts `claim` (by a number, or by a negation read
    from a row label such as "None") when a table check finds the claim's number in the cell
    the claim names exactly (module docstring). In place."""
    checks = list(checks)
    if not any(_exact_support(claim, check, paper) for check in checks):
        return
    for check in decided(checks, CheckKind.source, (Outcome.contradicted,)):
        undecide(check, "Not decided: the table cell the claim names holds the claim's "
                        "number, so the passage speaks of another thing", joint=": ")


def _claimed_sign(text: str) -> int | None:
    """+1 when the claim says its first-named row is above the other ("higher", "exceeds"),
    -1 when below ("lower", "below"), None when it says neither or both."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    up = bool(words & (INCREASE_WORDS | {"above", "more"}))
    down = bool(words & (DECREASE_WORDS | {"below", "less", "fewer"}))
    return None if up == down else (1 if up else -1)


def _first_places(labels: set[str], text: str) -> dict[str, int]:
    """Where each label is first printed in `text`, not counting a place inside a longer
    label printed there ("+id" inside "+id,ng,shape")."""
    spans = {label: [match.span() for match in label_pattern(label).finditer(text)]
             for label in labels if label}
    places = {}
    for label, found in spans.items():
        inside = [(start, end) for other, its in spans.items() if len(other) > len(label)
                  for start, end in its]
        free = [start for start, end in found
                if not any(s <= start and end <= e for s, e in inside)]
        if free:
            places[label] = free[0]
    return places


def _difference_read(claim: Claim, paper: Paper) -> bool:
    """Two cells of one column, in any table, whose inner row labels and inner column label the
    claim prints whole, differ by one of the claim's numbers within its printed precision, in
    the order the claim says (the row it names first above the other for "higher")."""
    wanted = [(abs(q.value), 0.5 * 10.0 ** -q.decimals + 1e-9) for q in claim.quantities]
    sign = _claimed_sign(claim.text)
    if not wanted or sign is None:
        return False
    for table in paper.tables:
        columns: dict[tuple[str, ...], list[Labelled]] = {}
        for found in labelled_cells(table):
            if printed(found.column, claim.text) and printed(found.row, claim.text):
                columns.setdefault(tuple(found.columns), []).append(found)
        for cells in columns.values():
            at = _first_places({found.row for found in cells}, claim.text)
            for first in cells:
                for second in cells:
                    if first.rows[-1] == second.rows[-1] \
                            or first.cell.value is None or second.cell.value is None:
                        continue
                    first_at = at.get(first.row)
                    second_at = at.get(second.row)
                    if first_at is None or second_at is None or first_at >= second_at:
                        continue
                    gap = sign * (first.cell.value - second.cell.value)
                    if any(abs(gap - value) <= slack for value, slack in wanted):
                        return True
    return False


def guard_difference_readings(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide a table check that contradicts `claim` by a difference of two cells when
    another pair of cells the claim names gives the claimed difference (module docstring)."""
    for check in decided(checks, CheckKind.table, (Outcome.contradicted,)):
        if len(check.evidence) < 2:
            continue
        if _difference_read(claim, paper):
            undecide(check, "Not decided: another pair of cells the claim names gives its "
                            "difference", joint=": ")
