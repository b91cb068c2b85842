"""Decisive evidence that another place of the same paper reads otherwise (held out 8, round 9).

The eighth blind corpus (tests/real/heldout8: natural claims of machine-written syntheses) gave
four wrong verdicts on its first run, each where the checks read one place of the paper and
another place said the claim's number for the claim's own subject or setting:

- A sentence of the paper prints the claim as the claim says it ("our Selector achieves an F1
  score of 85%, outperforming GPT-4o by 5%") while a table cell read for it gives another
  number (GPT-4o's F1, 0.80: the compared system's row, since the claim names it too). Two
  readings of one paper that disagree about the very number the claim states cannot both be
  the claim's; which is, nothing tells, so neither decides (`guard_disputed_numbers`).
- A sentence gives another count of the claim's thing ("imitation learning ... using 8 NVIDIA
  H100 GPUs") while a table prints the claimed count for that thing under a setting the claim
  names and the sentence does not ("NVIDIA H100 GPU 16" in "The hyperparameters used in PPO
  training"): the sentence is about another stage of the work (`guard_claimed_count_in_table`).
- Two tables print the same rows and columns and differ by their captions ("Results on
  AutoScholarQuery test set", "Results on RealScholarQuery"): a cell of the first cannot decide
  a claim that names the second's dataset, however well its row and column match
  (`guard_sibling_captions`).
- A percentage cannot be contradicted by a cell that is no percentage: a value above 100 that
  prints no "%" under labels that speak of no percent (the average number of steps, 717, under
  rotated headers read as one garbled label) measures something else (`guard_percent_cells`).

Probes on the same papers after those fixes found more of the kind, each a general fact:

- the support side of the counts: a sentence of another stage ("imitation learning ... 8
  GPUs", "a learning rate of 1e-5") does not confirm a count or value the claim gives for the
  setting a table prints another number for ("PPO": 16 GPUs, 1e-6), the table read in
  exponent notation too (`guard_claimed_count_in_table`);
- rotated column headers read as one glued word ("Avg.StepsMovementSAtecptsion..."): a cell
  under it is read under the first of them, so a claim naming a later one ("movement steps")
  is not decided by it (`guard_glued_headers`);
- "0.95" and "95%" are one share in two scales, no contradiction (`guard_share_scales`);
- "X discovered 34% ... in easy tasks, and only 8% in challenge tasks": a later coordinated
  clause with another number holds the claim's setting, so the earlier clause's number does
  not confirm it (`guard_parallel_settings`).

None names a paper, a system or a number; each reads only what the paper prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper

from .cells_read import Labelled, labelled_cells, numbers, read_cells
from .clause_numbers import _numbers as numbers_of
from .guard_triggers import SOURCE_SUPPORTING, TABLE_DECIDING, acts
from .guards_dense_tables import _words
from .paper_memo import per_paper
from .setting_slots import own_setting
from .share_scales import printed_share
from .undecided import DECIDING, decided, undecide

_CONTRADICTED = (Outcome.contradicted,)
_NUMBER = re.compile(r"[-+\u2212]?\d+(?:,\d{3})*(?:\.\d+)?")


def _close(first: float | None, second: float | None) -> bool:
    return first is not None and second is not None \
        and abs(first - second) <= 1e-9 * max(1.0, abs(first))


def _a_change(claim: Claim, value: float) -> bool:
    """Whether the claim prints `value` as the amount of a change ("reduces inference time by
    46.59%", "+2.1"): a change is worked out between two settings, so a table's number for
    one setting is not another value of it (red team 4, VILA's introduction)."""
    for quantity in claim.quantities:
        if _close(quantity.value, value) or _close(quantity.value, -value):
            before = claim.text[:quantity.span[0]].rstrip()
            if quantity.sign is not None or re.search(r"\bby$", before, re.IGNORECASE):
                return True
    return False


def _other_name(found: _Printed, text: str) -> bool:
    """Whether a row label of the cell is a coined name (a capital inside a word:
    "DistilBERT", "LayoutLM") that `text` does not print: the cell's number is that model's or
    system's, another quantity than the claim's, so it shows no number of the claim's own
    setting (red team 4: VILA's per-model inference times against the introduction's
    "46.59% reduction" for H-VILA)."""
    for label in found.rows:
        for word in re.findall(r"[\w\-]+", label):
            if any(char.isupper() for char in word[1:]) and word.casefold() not in text.casefold():
                return True
    return False


def _rounded_alike(first: float, second: float) -> bool:
    """Two numbers within half a percent of each other: one quantity printed at two
    precisions, not two readings of it."""
    return abs(first - second) <= 0.005 * max(abs(first), abs(second), 1e-12)


def _value(text: str) -> float | None:
    """The number a printed pair member gives ("85%", "1,000"), or None."""
    match = _NUMBER.search(text)
    if match is None:
        return None
    try:
        return float(match.group().replace(",", "").replace("\u2212", "-"))
    except ValueError:
        return None


def _prints_as_claimed(check: Check, value: float) -> bool:
    """Whether a supporting source check's passage prints `value` as the claim does."""
    for evidence in check.evidence:
        if _close(evidence.claimed, value) and _close(evidence.found, value):
            return True
        for pair in evidence.numbers:
            claimed, found = _value(pair.claimed), _value(pair.found)
            if _close(claimed, value) and _close(found, value):
                return True
    return False


# --------------------------------------------------------------------------------------------
# A sentence prints the claimed number, a cell gives another


def guard_disputed_numbers(checks: Iterable[Check]) -> None:
    """When a table check contradicts the claim's number while a source check supports the
    claim with a passage printing that very number as claimed, undecide both: the paper says
    the claim in words and a cell read for it says otherwise, so the cell may be another
    subject's and the passage may be about another thing; neither reading can decide. In
    place."""
    checks = list(checks)
    supporting = list(decided(checks, CheckKind.source))
    if not supporting:
        return
    for table in list(decided(checks, CheckKind.table, _CONTRADICTED)):
        values = [evidence.claimed for evidence in table.evidence if evidence.claimed is not None]
        backing = [source for source in supporting if source.decisive
                   and any(_prints_as_claimed(source, value) for value in values)]
        if not backing:
            continue
        undecide(table, "A passage of the paper prints the claimed number as the claim states "
                        "it, while this cell gives another: the two readings disagree, so "
                        "neither decides")
        for source in backing:
            if source.decisive:
                undecide(source, "A table cell read for the claim gives another number than "
                                 "this passage: the two readings disagree, so neither decides")


# --------------------------------------------------------------------------------------------
# A sentence's count of the claim's thing, a table's count under the claim's setting


# Words that name no setting: how a thing was used or shown, not which stage it belongs to.
_PLAIN = frozenset(("use", "used", "using", "uses", "usage", "based", "show", "shown", "shows",
                    "different", "given", "total", "list", "listed"))


@lru_cache(maxsize=16384)
def _stems(text: str) -> frozenset[str]:
    """The content words of `text` (`_words`), cut to five letters so that inflections meet
    ("training", "trained"), less the plain verbs of `_PLAIN`. Remembered by text."""
    return frozenset(word[:5] for word in _words(text) if word not in _PLAIN)


@dataclass(frozen=True)
class _Printed:
    """A cell as the counts-in-table guard reads it: its table's caption, its labels and the
    numbers it prints."""

    caption: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: tuple[float, ...]
    # Read once per paper (`_every_printed`), not once per claim: each label's stems and the
    # caption's.
    things: tuple[frozenset[str], ...] = ()
    setting: frozenset[str] = frozenset()
    share: bool = False  # the cell prints a percentage ("7.42%")


def _printed(caption: str, rows: tuple[str, ...], columns: tuple[str, ...],
             values: tuple[float, ...], share: bool = False) -> _Printed:
    return _Printed(caption, rows, columns, values,
                    tuple(frozenset(_stems(label)) for label in [*rows, *columns]),
                    frozenset(_stems(caption)), share)


def _claimed_share(claim_text: str, value: float) -> bool:
    """Does the claim print `value` as a percentage ("7.42%", "12 percent")?"""
    for match in re.finditer(r"(\d+(?:,\d{3})*(?:\.\d+)?)\s*(%|percent|per cent)", claim_text):
        if _close(float(match[1].replace(",", "")), value):
            return True
    return False


# A number printed in exponent notation ("1e-6", "3.2E+4"), which cells do not read as values.
_EXPONENT = re.compile(r"^[+\-\u2212]?\d+(?:\.\d+)?[eE][+\-\u2212]?\d+$")


def _every_printed(paper: Paper) -> list[_Printed]:
    """Every labelled cell of the paper with its numbers, and the cells that print a number in
    exponent notation (a learning rate, "1e-6"), with their own headers."""
    found = []
    for table in paper.tables:
        caption = table.caption or ""
        for cell in labelled_cells(table):
            found.append(_printed(caption, tuple(cell.rows), tuple(cell.columns),
                                  numbers(cell.cell), "%" in cell.cell.text))
        for row in table.rows:
            for cell in row:
                text = cell.text.strip()
                if cell.value is None and _EXPONENT.match(text) and cell.row_headers:
                    found.append(_printed(caption, tuple(cell.row_headers),
                                          tuple(cell.column_headers),
                                          (float(text.replace("\u2212", "-")),)))
    return found


def _comparable(number: float, value: float) -> bool:
    """Two nonzero numbers of the same sign within a factor of ten: values of one setting
    ("8" and "16" GPUs, "1e-5" and "1e-6"), not a count against a score."""
    return number * value > 0 and 0.1 - 1e-9 <= abs(number / value) <= 10 + 1e-9


def count_in_table(claim: Claim, quote: str, value: float, cells: list[_Printed],
                   title: str = "", same: bool = True) -> _Printed | None:
    """A cell printing `value` (with `same` False: printing numbers, none of them `value`)
    one of whose row or column labels the claim prints whole and the passage `quote` by two
    words or more (the thing counted: "NVIDIA H100 GPU", "learning rate", "forward batch size"
    against "batch size"), in a table whose
    caption names a word of the claim that the passage does not print and the paper's `title`
    does not either (the claim's setting: "PPO" in "The hyperparameters used in PPO training")."""
    said, passage, named = _stems(claim.text), _stems(quote), _stems(title)
    for found in cells:
        # A thing named by two words or more ("batch size"): one word alone is as often the
        # claim's subject ("PubMed") or a generic header ("Papers") as its measure. (Asked
        # first: it rules out most cells, and costs two set operations.)
        if not any(thing <= said and len(thing & passage) >= 2 for thing in found.things):
            continue
        printed = found.values
        # a share may be printed as a fraction or a percentage ("0.38" for "38%")
        if not printed or any(_close(number * scale, value) for number in printed
                              for scale in (1, 100, 0.01)) != same:
            continue
        if not same and not any(_comparable(number, value) for number in printed):
            continue  # another kind of number (sentences against BLEU points)
        if not same and found.share and not _claimed_share(claim.text, value):
            # a percentage against a count: "7.42%" (Paragraph Vector's IMDB error rate) is
            # no other number of "one hidden layer of 50 units" (read32, round 32)
            continue
        if not same and any(_rounded_alike(number * scale, value) for number in printed
                            for scale in (1, 100, 0.01)):
            continue  # the claimed number at another precision ("7.30" for "7.3"): no other
        if not same and (_other_name(found, claim.text) or _a_change(claim, value)):
            continue  # another model's cell ("DistilBERT / Text Line"), or a change claimed
        if (found.setting & said) - passage - named:
            return found
    return None


def _things_by_word(paper: Paper) -> dict[str, list[tuple[int, frozenset[str]]]]:
    """The labels of two words or more of `_every_printed`'s cells (those `count_in_table`
    can take for the thing counted), each filed under one of its words: (cell position,
    label stems)."""
    found: dict[str, list[tuple[int, frozenset[str]]]] = {}
    for position, cell in enumerate(per_paper(paper, "printed cells with captions",
                                              _every_printed)):
        for thing in cell.things:
            if len(thing) >= 2:
                found.setdefault(min(thing), []).append((position, thing))
    return found


def _named_cells(claim: Claim, paper: Paper) -> list[_Printed]:
    """The cells, in the paper's order, one of whose labels of two words or more the claim
    prints whole: the only ones `count_in_table` can return. Found through the labels filed
    under the claim's words, rather than by reading every cell of the paper for every claim
    (most claims name no such label; a paper prints hundreds of cells)."""
    said = _stems(claim.text)
    things = per_paper(paper, "printed cell labels by word", _things_by_word)
    positions = sorted({position for word in said for position, thing in things.get(word, ())
                        if thing <= said})
    if not positions:
        return []
    cells = per_paper(paper, "printed cells with captions", _every_printed)
    return [cells[position] for position in positions]


def guard_claimed_count_in_table(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each source contradiction of a claimed number when a table of the paper
    prints that number for the thing the claim and the sentence both name, under a setting
    (a caption word) the claim names and the sentence does not: the sentence speaks of
    another stage or setting. Likewise each source support when such a table prints another
    number for that thing and none prints the claimed one: the claim's setting has a number
    of its own (found by the probes after the first run: "The learning rate used in PPO
    training was 1e-5" confirmed by the imitation-learning sentence's 1e-5, while the PPO
    hyperparameters print 1e-6). In place."""
    if not paper.tables:
        return
    if not any(decided(checks, CheckKind.source, DECIDING)):
        return  # the guard reads only the source checks that decide
    cells = _named_cells(claim, paper)
    if not cells:
        return
    title = paper.title or ""
    for check in list(decided(checks, CheckKind.source)):
        for evidence in check.evidence:
            value = evidence.claimed
            if value is None or count_in_table(claim, evidence.quote, value, cells, title):
                continue
            found = count_in_table(claim, evidence.quote, value, cells, title, same=False)
            if found is not None:
                undecide(check, "A table prints another number for "
                                f"\u201c{' / '.join(found.rows + found.columns)}\u201d under "
                                "a setting the claim names and this sentence does not, so the "
                                "sentence may speak of another setting")
                break
    for check in list(decided(checks, CheckKind.source, _CONTRADICTED)):
        for evidence in check.evidence:
            values = [evidence.claimed] if evidence.claimed is not None else []
            values += [value for pair in evidence.numbers
                       if (value := _value(pair.claimed)) is not None]
            found = next((cell for value in values
                          if (cell := count_in_table(claim, evidence.quote, value, cells,
                                                     title))), None)
            if found is not None:
                undecide(check, "A table prints the claimed number for "
                                f"\u201c{' / '.join(found.rows + found.columns)}\u201d under a "
                                "setting the claim names and this sentence does not, so the "
                                "sentence may speak of another setting")
                break


# --------------------------------------------------------------------------------------------
# Two tables of the same rows and columns, told apart by their captions

_NAME = re.compile(r"\b[A-Za-z]*[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*\b")


def _claim_names(claim: Claim) -> set[str]:
    """The claim's words printed with a capital letter after the first one's place (names:
    "RealScholarQuery", "ImageNet"), as `_words` gives them."""
    found = set()
    for match in _NAME.finditer(claim.text):
        if match.start() == 0 and not any(char.isupper() for char in match.group()[1:]):
            continue  # the sentence's first word, capitalised as every first word is
        found |= _words(match.group())
    return found


def sibling_caption_names(claim: Claim, table_caption: str, found: Labelled,
                          paper: Paper) -> str | None:
    """A name of the claim printed in the caption of another table that has a cell with the
    same row and column labels as `found`, and not in `found`'s own caption or labels: the
    claim is about that other table. The caption, or None."""
    names = _claim_names(claim)
    own = _words(table_caption) | _words(" ".join([*found.rows, *found.columns]))
    wanted = names - own
    if not wanted:
        return None
    for table in paper.tables:
        caption = table.caption or ""
        if caption == table_caption or not wanted & _words(caption):
            continue
        if any(other.rows == found.rows and other.columns == found.columns
               for other in labelled_cells(table)):
            return caption
    return None


def guard_sibling_captions(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check every cell of which has a twin (same row and column
    labels) in another table whose caption prints a name the claim says and the cell's own
    caption and labels do not. A check that also read a cell of the table the claim names
    stands. In place."""
    if len(paper.tables) < 2:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        found = [sibling_caption_names(claim, table.caption or "", cell, paper)
                 for evidence in check.evidence
                 for table, cell in read_cells(paper, evidence.location or "", evidence.quote)]
        if found and all(caption is not None for caption in found):
            undecide(check, f"Another table with the same row and column, "
                            f"\u201c{found[0][:80]}\u201d, names what the claim names and "
                            "this table's caption does not")


# --------------------------------------------------------------------------------------------
# A percentage against a cell that is no percentage

_PERCENT_WORDS = re.compile(r"%|percent|\bpct\b|\brate\b|\bratio\b", re.IGNORECASE)


def guard_percent_cells(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each table contradiction of a claimed percentage by a cell whose value is
    above 100 and that prints no "%" under labels that speak of no percent: a count or an
    amount, not the claim's share. In place."""
    percents = [quantity.value for quantity in claim.quantities if quantity.unit == "%"]
    if not percents or not paper.tables:
        return
    for check in list(decided(checks, CheckKind.table, _CONTRADICTED)):
        for evidence in check.evidence:
            if evidence.claimed is None or not any(_close(evidence.claimed, value)
                                                   for value in percents):
                continue
            if evidence.found is None or abs(evidence.found) <= 100:
                continue
            cells = read_cells(paper, evidence.location or "", evidence.quote)
            labels = " ".join(" ".join([*found.rows, *found.columns, found.cell.text])
                              for _, found in cells)
            if not cells or _PERCENT_WORDS.search(labels):
                continue
            undecide(check, f"The cell's value, {evidence.found:g}, is above 100 and printed "
                            "as no percentage, so it measures something else than the "
                            "claim's percentage")
            break


# --------------------------------------------------------------------------------------------
# Probes after the first run: a glued header, a share in two scales, a parallel clause

# Case changes inside one token: "StepsMovement", "SAtecptsion" (letters of rotated headers
# printed on top of each other and read as one word).
_HUMP = re.compile(r"[a-z][A-Z]")


def glued_label(labels: Iterable[str]) -> str | None:
    """A label holding a token of 24 characters or more with four case changes or more inside
    it: several rotated headers read as one garbled word. The token, or None."""
    for label in labels:
        for token in label.split():
            if len(token) >= 24 and len(_HUMP.findall(token)) >= 4:
                return token
    return None


def later_glued_words(claim_text: str, token: str) -> set[str]:
    """The claim's words (four letters or more) printed in `token` only after its first piece
    (the token cut at its first case change): the headers glued after the cell's own."""
    cut = _HUMP.search(token)
    first, rest = (token[:cut.start() + 1], token[cut.start() + 1:]) if cut else (token, "")
    said = {word.casefold() for word in _LONG.findall(claim_text)}
    return {word for word in said
            if word in rest.casefold() and word not in first.casefold()}


def guard_glued_headers(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check that read a cell under a glued header
    (`glued_label`) when the claim says a word of the headers glued after the first one: the
    cell is read under the first, and which of the others the claim's word names, nothing
    tells ("628 movement steps" against the average steps, 717). In place."""
    if not paper.tables:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        for evidence in check.evidence:
            for _, found in read_cells(paper, evidence.location or "", evidence.quote):
                token = glued_label([*found.rows, *found.columns])
                if token is not None and later_glued_words(claim.text, token):
                    undecide(check, f"The cell's header \u201c{token[:40]}\u201d is several "
                                    "headers read as one, and the claim names one of the later "
                                    "ones, so which column the cell is under is not known")
                    break
            if not check.decisive:
                break


def guard_share_scales(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradiction whose found number is the claimed one in the other scale
    of a share: a fraction of 1 against a percentage ("0.95" against "95%"), or the reverse.
    The two print the same share; a percentage the prose rounded, cut or hedged ("around 96%"
    for a table's 0.957) prints it too (verify/share_scales.py). In place."""
    percents = {quantity.value for quantity in claim.quantities if quantity.unit == "%"}
    for kind in (CheckKind.source, CheckKind.table):
        for check in list(decided(checks, kind, _CONTRADICTED)):
            for evidence in check.evidence:
                claimed, found = evidence.claimed, evidence.found
                if claimed is None or found is None:
                    continue
                fraction = 0 < abs(claimed) <= 1 and _close(claimed * 100, found)
                percentage = any(_close(claimed, value) for value in percents) \
                    and 0 < abs(found) <= 1 and _close(found * 100, claimed)
                if fraction or percentage or printed_share(claim, evidence):
                    undecide(check, f"The paper's {found:g} is the claimed {claimed:g} in the "
                                    "other scale of a share (a fraction against a "
                                    "percentage)")
                    break


# Coordinated clauses only: a comma alone also opens a relative clause ("23K papers, where each
# paper is assigned one of 11 classes"), which is no parallel of the one before.
_CLAUSES = re.compile(r"\s*(?:;|,?\s*\b(?:and|while|whereas|but)\b)\s*")
_LONG = re.compile(r"[A-Za-z]{4,}")


def _clause_numbers(text: str) -> set[str]:
    """The numbers a clause prints, its references to figures, tables and sections and its
    numbered citations left out (clause_numbers._numbers): "cells of the exocrine pancreas
    should be positive (Figure 2)" gives no number of its own, and withheld "fewer than 1% of
    hepatocytes should be positive" (true; Faragalla et al., Curr. Oncol. 2023, page 5,
    probe28a) as a parallel clause's."""
    return set(numbers_of(text))


def _clause_stems(text: str) -> set[str]:
    return {word.casefold()[:5] for word in _LONG.findall(text)}


def parallel_setting(claim_text: str, sentence: str) -> str | None:
    """A later clause of `sentence` that prints another number, shares a word with the one
    clause printing the claim's number, and holds a word of the claim that clause lacks (the
    claim's setting is the other clause's: "34% ... in easy tasks, and only 8% in challenge
    tasks" for a claim of 34% in challenge tasks). Printed, or None."""
    claimed = _clause_numbers(claim_text)
    said = _clause_stems(claim_text)
    clauses = [clause for clause in _CLAUSES.split(sentence) if _clause_numbers(clause)]
    own = [clause for clause in clauses if _clause_numbers(clause) & claimed]
    if len(own) != 1:
        return None
    mine = _clause_stems(own[0])
    # Only a later clause: an earlier one holds the subject the later, elliptical one shares
    # ("X discovered 34% in easy tasks, and only 8% in challenge tasks").
    for clause in clauses[clauses.index(own[0]) + 1:]:
        if _clause_numbers(clause) & claimed:
            continue
        theirs = _clause_stems(clause)
        if theirs & mine and (theirs & said) - mine \
                and not own_setting(claim_text, own[0], clause):  # verify/setting_slots.py
            return clause
    return None


def guard_parallel_settings(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose sentence gives the claimed number in one
    clause while a parallel clause, with another number, holds the claim's distinguishing
    word. In place."""
    for check in list(decided(checks, CheckKind.source)):
        for evidence in check.evidence:
            other = parallel_setting(claim.text, evidence.quote)
            if other is not None:
                undecide(check, f"The sentence gives another number in the parallel clause "
                                f"\u201c{other}\u201d, which names what the claim does")
                break


def guard_other_readings(claim: Claim, checks: list[Check], paper: Paper) -> None:
    """The guards of this module, in order; the disputed-numbers one last, on what the others
    left decisive. In place."""
    if acts(checks, TABLE_DECIDING):
        guard_sibling_captions(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):
        guard_glued_headers(claim, checks, paper)
    guard_percent_cells(claim, checks, paper)
    guard_share_scales(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):
        guard_parallel_settings(claim, checks)
    guard_claimed_count_in_table(claim, checks, paper)
    guard_disputed_numbers(checks)
