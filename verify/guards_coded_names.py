"""A number read where the paper gives it to another coded name than the claim's (probe24c,
round 24: Douglas et al., Clin Sci 2014).

Chemistry, biology and engineering papers name their compounds, mutants and variants by codes
of letters and digits ("RXP407", "33RE", "Y369F", "ResNet50"). Two compounds measured side by
side get one column each in a table ("RXP407 Ki (nM)", "33RE Ki (nM)") and one parenthesis
each in a sentence ("compound 33RE (Ki = 10 395 nM) as well as RXP407 (Ki = 60 826 nM)"). The
claim "RXP407 bound the Y369F mutant with a Ki of 120 nM" (the paper never measured it: "n.d.")
was contradicted twice: by the 33RE column's 404.4 in the Y369F row of Table 4, and by "The
active site mutants Y369F and R381E showed a marked decreased affinity for compound 33RE
(Ki = 404.4 ...)", whose neighbour sentence names RXP407.

The general fact: a coded name the claim gives and the evidence does not, where the evidence
gives another coded name the claim does not, is a claim about another thing than the
evidence. In a table, the claim's code heads another column of the same table than the cell
read, and the cell's column is headed by a code the claim never says
(`guard_other_coded_columns`); in a sentence, the claim's code is missing from the sentence
that prints the number, and the sentence prints a code the claim does not say that the paper
prints beside the claim's code elsewhere (a sibling: compared with it, listed with it)
(`guard_other_coded_sentences`). Either check decides nothing. And a table that prints a
claim's code nowhere (not in its caption, labels or cells), while the paper's text does, holds
no cell of the claim's thing: its contradiction ("60,826 nM" for RXP407 against Table 2's
"I/σ (I)" row of crystallographic statistics) decides nothing (`guard_other_coded_columns`).
Only an unhyphenated code counts there, and only when the table prints it in no spelling
("Rank-1" is the table's "rank 1"; "ROUGE-1" its "R-1"). A code is a word of three or more
characters holding letters and digits both ("S2ORC-SciBERT" holds "S2ORC": a part is no
other code); a claim that gives every code its evidence gives is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper

from .cells_read import cells_by_table, evidence_cells
from .paper_memo import per_paper
from .undecided import DECIDING, decided, undecide

_CODE = re.compile(r"(?<![\w-])(?=[\w-]*[0-9])(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]*[A-Za-z0-9]")


# Digits with a lower-case ending are an ordinal, a decade or an amount, no code: "10th",
# "1990s", "5mg"; "33RE" and "RXP407" are codes.
_NUMBER_WORD = re.compile(r"[0-9]+(?:\.[0-9]+)?[a-z]+")


def codes(text: str) -> set[str]:
    """The coded names of `text` (module docstring), folded, hyphens kept ("s2orc-scibert")."""
    return {match.group().casefold() for match in _CODE.finditer(text)
            if len(match.group().replace("-", "")) >= 3
            and not _NUMBER_WORD.fullmatch(match.group())}


def _parts(code: str) -> set[str]:
    """A code, its hyphen-joined form and its hyphenated parts: "s2orc-scibert" holds
    "s2orc", "scibert" and "s2orcscibert"; "resnet-50" holds "resnet50"."""
    return {code, code.replace("-", ""), *code.split("-")}


def _siblings(paper: Paper) -> dict[str, frozenset[str]]:
    """Each code of the paper with the codes printed in a sentence with it; once per paper."""
    def build(paper: Paper) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        for sentence in paper.sentences:
            printed = codes(sentence.text)
            for code in printed:
                found.setdefault(code, set()).update(printed - {code})
        return {code: frozenset(others) for code, others in found.items()}
    return per_paper(paper, "coded siblings", build)


def guard_other_coded_sentences(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive source check whose sentence lacks a code of the claim and
    prints a sibling code the claim does not say (module docstring). In place."""
    mine = codes(claim.text)
    if not mine:
        return
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        for evidence in check.evidence:
            printed = codes(evidence.quote or "")
            missing = {code for code in mine - printed if not _parts(code) & printed}
            others = {code for code in printed - mine
                      if not any(code in _parts(claimed) or claimed in _parts(code)
                                 for claimed in mine)}
            if not missing or not others:
                continue
            siblings = _siblings(paper)
            pair = next(((code, other) for code in sorted(missing) for other in sorted(others)
                         if other in siblings.get(code, ())), None)
            if pair is not None:
                undecide(check, f"Not decided: the sentence that prints the number speaks of "
                                f"“{pair[1]}”, not of the claim's “{pair[0]}”, which the paper "
                                f"names beside it")
                break


def guard_other_coded_columns(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each contradicting table check whose cell's column is headed by a code the
    claim does not say, while a code of the claim heads another column of the same table
    (module docstring). In place."""
    mine = codes(claim.text)
    if not mine:
        return
    for check in list(decided(checks, CheckKind.table, (Outcome.contradicted,))):
        for evidence in check.evidence:
            read = evidence_cells(paper, evidence.location or "", evidence.quote or "")
            found = next(((table, cell, code) for table, cell in read
                          if (code := _heading_elsewhere(mine, table, cell, paper))), None)
            if found is not None:
                _, cell, code = found
                undecide(check, f"Not contradicted: the claim's “{code}” heads another column "
                                f"of the table than the cell read "
                                f"({' / '.join(cell.columns)})")
                break
            unprinted = next((code for table, _ in read for code in sorted(mine)
                              if "-" not in code and code in _text_codes(paper)
                              and code not in _table_text(table, paper)), None)
            if unprinted is not None:
                undecide(check, f"Not contradicted: the claim's “{unprinted}” is printed "
                                f"nowhere in the table of the cell read")
                break


def _heading_elsewhere(mine: set[str], table, cell, paper: Paper) -> str | None:
    """A code of the claim that heads another column of `table` than `cell`'s, when a code
    the claim does not say heads `cell`'s column; else None."""
    def joined(text: str) -> set[str]:
        return {code.replace("-", "") for code in codes(text)}
    mine = {code.replace("-", "") for code in mine}
    own = joined(" ".join(cell.columns))
    if not own or own & mine:
        return None
    headed = set()
    for other in cells_by_table(paper).get(id(table), ()):
        if tuple(other.columns) != tuple(cell.columns):
            headed |= joined(" ".join(other.columns))
    headed |= joined(" ".join(header for header in table.header if header)) - own
    return next(iter(sorted((headed - own) & mine)), None)


def _table_text(table, paper: Paper) -> str:
    """All `table` prints (caption, header, labels, cells), folded, letters and digits only:
    "rank 1" and "Rank-1" both hold "rank1"."""
    def build(paper: Paper) -> dict[int, str]:
        found = {}
        for each in paper.tables:
            texts = [each.caption or "", *(header for header in each.header if header)]
            for row in each.rows:
                for cell in row:
                    texts += [cell.text, *cell.row_headers, *cell.column_headers]
            found[id(each)] = re.sub(r"[\W_]+", "", " ".join(texts).casefold())
        return found
    return per_paper(paper, "table text", build).get(id(table), "")


def _text_codes(paper: Paper) -> frozenset[str]:
    """The codes the paper's sentences print."""
    return frozenset(_siblings(paper))
