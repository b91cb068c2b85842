"""A claim word that labels other cells of a table says the claim is about those cells.

A table's headers are its own vocabulary: "Test Set" and "Out-of-domain data" head different
rows of one table, "dev" and "test" different columns. When a claim says a header word of the
table ("on the English out-of-domain test set") and a cell's own headers lack it, the claim
speaks of another cell, even if the word is rare enough, or the caption broad enough, for the
accounting to let it pass: the cell under "Test Set / English" is not the out-of-domain score.
The cell check (cell_check.py) then neither confirms nor contradicts through that cell."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from verify_claims.claims import Table

from .content import ClaimParts, Part, own_subject_terms, part_found, passage_terms
from .passages import PassageIndex


class _Cell(Protocol):
    table: Table
    number: int
    paths: tuple[tuple[str, ...], tuple[str, ...]]


def _path_terms(paths: tuple[tuple[str, ...], tuple[str, ...]]) -> frozenset[str]:
    return passage_terms(" ".join([*paths[0], *paths[1]]))


def _table_terms(cell: _Cell, cells: Sequence[_Cell], index: PassageIndex) -> frozenset[str]:
    """The terms of every header path of the cell's table, once per table and index."""
    key = ("other_cells", cell.number)
    cached = index.prepared.get(key)
    if isinstance(cached, frozenset):
        return cached
    paths = {other.paths for other in cells if other.number == cell.number}
    terms = frozenset().union(*(_path_terms(path) for path in paths))
    index.prepared[key] = terms
    return terms


def labels_other_cells(parts: ClaimParts, cell: _Cell, cells: Sequence[_Cell],
                       index: PassageIndex, own: frozenset[str]) -> bool:
    """Whether a subject, setting or name of the claim is a header word of the cell's table
    that the cell's own terms `own` (its header paths, the caption, and the claim words they
    abbreviate) lack. Plain words ("data" of "test data" beside an "Out-of-domain data"
    group) are left to the accounting, and so is a name that is the paper's own subject
    (title and abstract words): ablation rows ("- abstract") leave the system they ablate
    unsaid. A setting ("out-of-domain") selects cells even when the abstract says it."""
    table = _table_terms(cell, cells, index)
    subject = own_subject_terms(index)
    # A name the caption mentions ("the strongest baseline (TEXTRUNNER or PL)") is still the
    # label of its own row: only the cell's paths, and what they abbreviate, say it.
    named = _path_terms(cell.paths) | (own - passage_terms(cell.table.caption or ""))
    for part in parts.parts:
        if not part_found(part, table):
            continue
        if part.role == "condition" and not part_found(part, own):
            return True
        if (part.role == "subject" or part.named) and not part_found(part, subject) \
                and not part_found(part, named) \
                and not _table_measure(part, cell, cells, parts):
            return True
    return False


def names_variant(parts: ClaimParts, claim_text: str, cell: _Cell, cells: Sequence[_Cell],
                  index: PassageIndex) -> bool:
    """Whether the claim names a sibling of the cell's line rather than the line itself: a
    claim word the cell's headers lack sets another line of the table apart, beside the same
    line of the other axis, whose header holds every word of the cell's header and, besides,
    words the claim prints, all of them ("ConvS2S Ensemble [9]" beside "ConvS2S [9]",
    arXiv:1706.03762 Table 2; "All maneuvers / Pr" beside "Pr" for "across all maneuvers", not
    for "anticipates maneuvers"); and that sibling, with the line it crosses and the caption,
    holds every word of the claim the table holds at all. Such a claim ("the ConvS2S ensemble
    scores 40.46") names the variant, even when the word is common in the paper or its
    abstract ("including ensembles") and the accounting lets it pass for the plain line. A
    claim with words of the table that the sibling lacks speaks of more than one line ("SQLite
    and HTML ..., respectively"), and is left to the other rules."""
    table = _table_terms(cell, cells, index)
    said = [part for part in parts.parts if part_found(part, table)]
    named = _path_terms(cell.paths)
    unnamed = [part for part in said if not part_found(part, named)]
    if not unnamed:
        return False
    caption = passage_terms(cell.table.caption or "")
    printed = _words(claim_text)
    lines = _lines_beside(cell, cells, index)
    for axis in (0, 1):
        mine = passage_terms(" ".join(cell.paths[axis]))
        if not mine:
            continue
        own_words = _words(" ".join(cell.paths[axis]))
        crossing = passage_terms(" ".join(cell.paths[1 - axis])) | caption
        for other, other_words in lines.get((axis, cell.paths[1 - axis]), ()):
            if mine < other and not other & _PRIVATIVE and other_words - own_words <= printed \
                    and any(part_found(part, other) for part in unnamed) \
                    and all(part_found(each, other | crossing) for each in said):
                return True
    return False


def _words(text: str) -> frozenset[str]:
    """The words of `text`, folded and without a plural "s": what a claim must print of a
    sibling's header ("all" of "All maneuvers" is no index term, but it sets the line apart);
    bracketed citations ("[9]") and pointers to where a figure comes from ("Estimated from
    Fig. 4", Lane et al. 2005 Table 5) aside."""
    text = _POINTER.sub(" ", re.sub(r"\[[^\]]*\]", " ", text.casefold()))
    return frozenset(word[:-1] if len(word) > 3 and word.endswith("s") else word
                     for word in re.findall(r"[^\W\d_]+", text))


_POINTER = re.compile(r"\b(?:(?:from|in|see|cf)\.?\s+)?(?:fig(?:ure)?s?|tables?|eqs?|equations?|"
                      r"sec(?:tion)?s?)\.?\s*\(?\d+[a-z]?\)?")


_PRIVATIVE = passage_terms("without minus") | frozenset(("w", "o", "no"))
"""Terms of a sibling that is the cell's line with something taken away ("AMDCN (without
perspective information)" beside "AMDCN (with perspective information)"): the claim's
"without" may be said of another subject of the claim ("ties [18] without perspective
information"), so such a sibling is no variant the claim names (red team, arXiv:1804.07821)."""


_Lines = dict[tuple[int, tuple[str, ...]], list[tuple[frozenset[str], frozenset[str]]]]


def _lines_beside(cell: _Cell, cells: Sequence[_Cell], index: PassageIndex) -> _Lines:
    """The header terms and words of each line of the cell's table, by (axis, the path of the
    other axis they cross): {(0, column path): [(terms, words) of each row path under it],
    ...}. Once per table and index."""
    key = ("other_cells_lines", cell.number)
    cached = index.prepared.get(key)
    if isinstance(cached, dict):
        return cached
    lines: _Lines = {}
    for other in {other.paths for other in cells if other.number == cell.number}:
        for axis in (0, 1):
            terms = passage_terms(" ".join(other[axis]))
            if terms:
                lines.setdefault((axis, other[1 - axis]), []).append(
                    (terms, _words(" ".join(other[axis]))))
    index.prepared[key] = lines
    return lines


_AGGREGATES = frozenset(passage_terms("macro micro average avg mean overall weighted total"))


def _table_measure(part: Part, cell: _Cell, cells: Sequence[_Cell], parts: ClaimParts) -> bool:
    """Whether `part` is the measure of the whole table rather than the label of other cells:
    the caption says it ("Prediction F1 breakdown for all models") and every header path of
    the table that holds it qualifies it with an aggregate word the claim does not say ("Macro
    F1", "Avg. F1" beside one column per class). A per-class score is that measure too, so
    "F1 on authors" speaks of the cell under "Author", not of the "Macro F1" column."""
    if not part_found(part, passage_terms(cell.table.caption or "")):
        return False
    said = {term for other in parts.parts for term in passage_terms(other.text)}
    if not _AGGREGATES.isdisjoint(said):
        return False
    holding = [path for path in {other.paths for other in cells if other.number == cell.number}
               if part_found(part, _path_terms(path))]
    return bool(holding) and all(not _AGGREGATES.isdisjoint(_path_terms(path))
                                 for path in holding)


_SPLIT = re.compile(r"\b(train(?:ing)?|dev(?:elopment)?|validation|val|test(?:ing)?|held-out)\s+"
                    r"(?:sets?|splits?|subjects?|data|folds?|partitions?|portions?)\b",
                    re.IGNORECASE)
_SPLITS = {"train": "train", "training": "train", "dev": "dev", "development": "dev",
           "validation": "dev", "val": "dev", "held-out": "dev", "test": "test",
           "testing": "test"}


@lru_cache(maxsize=16384)
def splits(text: str) -> frozenset[str]:
    """The data splits a text names with their noun ("the test subject", "validation set"),
    as "train", "dev" or "test". Remembered per text: the split guards ask it of the claim
    and of every passage and header a check quotes, claim after claim."""
    return frozenset(_SPLITS[match[1].casefold()] for match in _SPLIT.finditer(text))


# A caption names a split by what its numbers are ("GLUE Test results", "SWAG Dev and Test
# accuracies"), a header by the split's name alone or with its measure ("Dev", "Test F1",
# "Dev Set"): arXiv:1810.04805 prints its splits only so, and "BERT-Base reaches 93.5% on SST-2
# on the dev set" was confirmed by Table 1's test score (red team 6).
_PRINTED_SPLIT = re.compile(r"\b(train(?:ing)?|dev(?:elopment)?|validation|val|test(?:ing)?|"
                            r"held-out)\s+(?:results?|scores?|accurac(?:y|ies)|performance)\b",
                            re.IGNORECASE)
_HEADER_SPLIT = re.compile(r"(Train(?:ing)?|Dev(?:elopment)?|Validation|Val|Test(?:ing)?|"
                           r"Held-out)(?:\s+(?:Sets?|Splits?|F1|EM|Acc(?:uracy)?|Results?|"
                           r"Scores?))*", re.IGNORECASE)
_HEADER_PIECES = re.compile(r"\s+(?:/|\u00d7)\s+")


def printed_splits(text: str) -> frozenset[str]:
    """The data splits a cell's caption and headers (`text`, "caption rows × columns", the
    header paths joined by " / ") name: with a split noun (`splits`), as what the numbers are
    ("Test results", "Dev accuracies"), or as a header piece of its own ("Dev", "Test F1")."""
    named = {_SPLITS[match[1].casefold()] for match in _PRINTED_SPLIT.finditer(text)}
    for piece in _HEADER_PIECES.split(text):
        match = _HEADER_SPLIT.fullmatch(piece.strip())
        if match:
            named.add(_SPLITS[match[1].casefold()])
    return splits(text) | named


def claimed_splits(text: str) -> frozenset[str]:
    """The data splits a claim names: with a split noun (`splits`), or as what its number is
    ("BERT-Base's dev accuracy", "the test score"), the way captions name them
    (`_PRINTED_SPLIT`). Read with the noun only, "dev accuracy on MNLI matched is 84.6" named
    no split, and Table 1's test cell (caption "GLUE Test results") confirmed it
    (arXiv:1810.04805; the dev number is Table 5's 84.4)."""
    return splits(text) | frozenset(_SPLITS[match[1].casefold()]
                                    for match in _PRINTED_SPLIT.finditer(text))


def other_split(claim_text: str, cell_text: str) -> bool:
    """The claim names a data split ("the validation subject") and the cell's caption and
    headers name only others ("averaged over ... on the test subject", "GLUE Test results", a
    column "Test"): the cell is another split's number, no evidence either way about the
    claim's."""
    claimed = claimed_splits(claim_text)
    printed = printed_splits(cell_text)
    return bool(claimed) and bool(printed) and claimed.isdisjoint(printed)


# Authors named as authors: "X et al." (a year in brackets may follow), or "X and Y (2019)";
# "BERT and RoBERTa show ..." names two models, not who reported what.
REPORTED_BY = re.compile(
    r"\b[A-Z][\w\-]+(?:\s+et\s+al\.?(?:\s+\(\d{4}[a-z]?\))?|\s+and\s+[A-Z][\w\-]+\s+\(\d{4}[a-z]?\))"
    r",?\s+"
    r"(?:originally\s+|first\s+)?(?:report(?:s|ed)?|found|finds?|observed?|observes|show(?:s|ed)?|"
    r"measured?|obtain(?:s|ed)?|achieved?)\b")
# Where a caption says its numbers are others' ("as reported in the SWAG paper", "results
# reported in [14]"). Not "F1 scores are reported for QQP" (which measure a column gives) nor
# "the reported Dev and Test scores are averaged over 5 restarts" (the paper's own runs):
# read as others' numbers, arXiv:1810.04805's Table 1 confirmed "Radford et al. report an RTE
# accuracy of 56.0 for OpenAI GPT" from its GLUE-server scores (red team 6).
_SAYS_REPORTED = re.compile(r"\breport(?:s|ed)\s+(?:in|by)\b|\bas\s+reported\b|\btaken from\b|"
                            r"\bas published\b|\bfrom (?:the|their) (?:original )?paper",
                            re.IGNORECASE)


def reported_elsewhere(claim_text: str, cell_text: str) -> bool:
    """The claim gives the number as what other authors reported ("Fragkiadaki et al. report
    an 80 ms error of 1.30"), and the cell's caption and headers neither say their numbers are
    reported ones nor cite those authors by name ("ELMo (Peters et al., 2018a)" is their row):
    the paper's own measurement (a reproduction of their method) is no evidence of what they
    reported, either way."""
    named = REPORTED_BY.search(claim_text)
    if not named or _SAYS_REPORTED.search(cell_text):
        return False
    author = re.match(r"[A-Z][\w\-]+", named[0])
    return not (author and re.search(rf"\b{re.escape(author[0])}\s+(?:et\s+al|and\b)",
                                     cell_text))

