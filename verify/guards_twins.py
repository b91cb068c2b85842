"""Precision guard: a claim that names two numbered groups of one table is about neither cell alone.

Dense results tables repeat their labels under numbered groups: dyer12's Table 2 prints the same
feature sets ("+shape", "+id,ng,shape") and training sets under the algorithms "2", "3" and "4",
whose numbers its caption defines ("algorithms 1 (SGD), 2 (MixSGD), ..."). "According to Table
2 (BLEU-4 results for algorithms 1 (SGD), 2 (MixSGD),), the test-nc of +shape (3, train-nc) is
27.91" was confirmed by the cell of algorithm 2, which prints 27.91, while the claim's row is
algorithm 3's, which prints 28.31: the claim prints "2" too (in the caption it copies), so both
cells had every header word said, and the cell lookup took the one that agrees. The mutation
benchmark's "cell other group" kind (benchmarks/mutation_groups.py) found it.

The general fact: a header number ("2", "3") is said by any number the claim prints, so a claim
that prints the labels of two numbered groups names two cells that repeat the same labels under
them, and a single value it gives belongs to one of them, which its words do not say. A supporting
table check whose cell has such a twin, printing a value no number of the claim gives, decides
nothing (`guard_named_twins`). Twins told apart by words are left alone: a claim names a base
row beside its variant on purpose ("Without the abstract, SPECTER's average falls to 68.1" says
"SPECTER" and "− abstract", and means the ablation row), and the cell check already weighs
words. A claim that gives both values ("27.91 with algorithm 2 and 28.31 with algorithm 3")
keeps its support: each number then has its cell.
"""

from __future__ import annotations

from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cell_check import cell_numbers
from .cells_read import Labelled, labelled_cells, read_cells
from .claimed_levels import claim_levels
from .header_vocabulary import HeaderWord, header_words
from .header_words import ClaimWords
from .number_values import values_agree
from .undecided import SUPPORTING, decided, undecide


def _said(path: list[str], words: ClaimWords, caption: str | None) -> bool:
    """Whether the claim says every header word of a header path (and it has some)."""
    found = header_words(" ".join(path))
    return bool(found) and all(words.named(word, caption) for word in found)


def _apart_by_number(mine: list[str], twin: list[str], known: set[HeaderWord],
                     words: ClaimWords, caption: str | None) -> bool:
    """Whether the twin's path `twin` repeats a label of the found cell's path `mine` under
    another number: the header words that the check's cells lack (`known`) are all numbers,
    each of which the claim prints, and the two paths share a word that is no number. Paths
    that are only numbers ("4" and "10" over the rows) are left alone: there the claim's
    number is itself what picks the row, and another number of the claim ("10 runs") names
    no row."""
    theirs = header_words(" ".join(twin))
    only = [word for word in theirs if word not in known]
    shared = set(theirs) & set(header_words(" ".join(mine)))
    return bool(only) and any(word.number is None for word in shared) and all(
        word.number is not None and words.named(word, caption) for word in only)


def named_twin(claim: Claim, found: Labelled, cells: list[Labelled], evidence: list[Labelled],
               words: ClaimWords, caption: str | None) -> Labelled | None:
    """Another cell of the table that differs from `found` on one axis only, by header
    numbers that the claim prints and the check's cells (`evidence`) lack, whose header words
    the claim says as wholly as it says `found`'s, and whose value no number of the claim
    gives; None when there is none."""
    if not (_said(found.rows, words, caption) and _said(found.columns, words, caption)):
        return None
    known = {word for cell in evidence for path in (cell.rows, cell.columns)
             for word in header_words(" ".join(path))}
    for other in cells:
        if any(other.cell is cell.cell for cell in evidence):
            continue
        same_rows, same_columns = other.rows == found.rows, other.columns == found.columns
        if same_rows == same_columns:
            continue  # the same cell read twice, or a cell on another row and column
        apart, mine = (other.columns, found.columns) if same_rows else (other.rows, found.rows)
        if not _said(apart, words, caption) \
                or not _apart_by_number(mine, apart, known, words, caption):
            continue
        if any(values_agree(quantity, value) for quantity in claim.quantities
               for value in cell_numbers(other.cell)[0]):
            continue  # the claim gives the twin's value too: each number has its cell
        return other
    return None


def guard_named_twins(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting table check whose cell has a twin the claim names as wholly
    (module docstring). In place."""
    supporting = list(decided(checks, CheckKind.table, SUPPORTING))
    if not supporting:
        return
    asked = claim_levels(claim, paper)
    if asked is None:
        return
    words = asked[2]
    for check in supporting:
        read = [(evidence, read_cells(paper, evidence.location or "", evidence.quote))
                for evidence in check.evidence]
        cells = [found for _, pairs in read for _, found in pairs]
        for evidence, pairs in read:
            if evidence.claimed is None:
                continue  # cells that give a figure together (a difference, a mean)
            for table, found in pairs:
                twin = named_twin(claim, found, labelled_cells(table), cells, words,
                                  table.caption)
                if twin is not None:
                    undecide(check, "The claim prints the numbered labels of two cells, "
                                    f"\u201c{' / '.join(found.rows)} \u00d7 "
                                    f"{' / '.join(found.columns)}\u201d and \u201c"
                                    f"{' / '.join(twin.rows)} \u00d7 "
                                    f"{' / '.join(twin.columns)}\u201d ({twin.cell.text}), so "
                                    "which one its number is about is not known")
                    break
            if not check.decisive:
                break
