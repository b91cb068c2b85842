"""Evidence that never prints a name the claim ties its number to, while the paper's tables
print that name elsewhere (red team 4, round 9).

The fourth red-team corpus (tests/real/redteam4) asks about a paper set in two columns whose
results tables share their row and column names (the same models over three datasets, two
breakdown tables on one page that differ only in the dataset of their captions) and whose running
text restates the cells as lists of relative changes ("+1.13%, +1.90%, and +1.29% ... across the
three benchmark datasets"). Its first run confirmed or contradicted six claims from evidence that
prints nothing of one of the names the claim is about:

- a cell read under another table's caption (the reader gave one table's grid the caption of
  the table above it) contradicted "With text blocks, I-VILA lifts DistilBERT to 91.70 Macro F1
  on DocBank", though neither the cell's labels nor its caption say DocBank or I-VILA, and the
  paper prints both in the labels and captions of its other tables;
- the token count of the DocBank table contradicted "References account for 2,340,796 tokens in
  GROTOAP2" (GROTOAP2 is the other table's caption);
- a "from A to B" claim about an I-VILA row was contradicted by the base model's cell, whose
  labels lack "I-VILA";
- a passage whose list of three reductions names no dataset confirmed "I-VILA reduces ... by
  32.1% on DocBank" (32.1% is the first dataset's), and a passage that names no dataset
  confirmed a comparison "On GROTOAP2, ...".

A sentence names its subject in many ways (a pronoun, "our model", the line before in the other
column), so a passage is held only to the claim's setting, the name after "on", "for", "in" ...;
a table's cells are held to every name, since their labels are all the cell says of itself.

The rule: a name of the claim (a token that mixes capitals, or letters and digits: "DocBank",
"GROTOAP2", "I-VILA", "BERT-Base") that the paper's tables print somewhere is a name the results
depend on. Evidence decides the claim only if it prints that name: a table check in the labels of
the cells it read or in their tables' captions and headers, a source check in its passage. Names
are compared without case, spaces or punctuation ("BERT-Base" is "BERTBASE"), and a name printed
as part of a longer one counts ("LayoutLM" in "LayoutLMBASE"). A name no table prints (a word of
the running text only) asks nothing.

None of it names a paper, a system or a number; each reads only what the paper prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import tables_named
from .paper_memo import per_paper
from .undecided import DECIDING, undecide

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-\u2010\u2011.]*[A-Za-z0-9]")
_ALNUM = re.compile(r"[^0-9a-z]+")


def _plain(text: str) -> str:
    """`text` without case, spaces or punctuation: "BERT-Base" and "BERT BASE" are "bertbase"."""
    return _ALNUM.sub("", text.casefold())


def claim_names(claim_text: str) -> list[str]:
    """The tokens of the claim that name something: three letters or more, with two capitals or
    with letters and digits ("DocBank", "GROTOAP2", "S2-VL", "I-VILA"); not a plain word with an
    initial capital, nor a measure like "F1"."""
    found: list[str] = []
    for token in _TOKEN.findall(claim_text):
        letters = sum(char.isalpha() for char in token)
        if letters < 3:
            continue
        capitals = sum(char.isupper() for char in token)
        digits = any(char.isdigit() for char in token)
        if (capitals >= 2 or (digits and capitals >= 1)) and token not in found:
            found.append(token)
    return found


_SETTING = re.compile(r"\b(?:on|for|in|over|across|under|at)\s+(?:the\s+)?(\S+)", re.I)


def setting_names(claim_text: str) -> list[str]:
    """The claim's names printed right after "on", "for", "in" ... ("on DocBank", "On
    GROTOAP2,"): the dataset or setting the claim ties its numbers to."""
    after = {_plain(match.group(1)) for match in _SETTING.finditer(claim_text)}
    return [name for name in claim_names(claim_text) if _plain(name) in after]


def _table_texts(paper: Paper) -> list[str]:
    """Each table's caption, header and cell labels, plain (`_plain`)."""
    texts = []
    for table in paper.tables:
        parts = [table.caption or "", *table.header]
        for row in table.rows:
            for cell in row:
                parts += [*(cell.row_headers or []), *(cell.column_headers or [])]
                if cell.value is None:
                    parts.append(cell.text)
        texts.append(_plain(" ".join(parts)))
    return texts


def unprinted_name(claim_text: str, evidence_text: str, table_texts: list[str],
                   settings_only: bool = False) -> str | None:
    """The first name of the claim (of its settings alone with `settings_only`) that
    `evidence_text` does not print while a table of the paper does (`table_texts`, plain);
    None when the evidence prints every such name."""
    printed = _plain(evidence_text)
    names = setting_names(claim_text) if settings_only else claim_names(claim_text)
    for name in names:
        plain = _plain(name)
        if plain and plain not in printed and any(plain in text for text in table_texts):
            return name
    return None


def _table_evidence(check: Check, paper: Paper) -> str:
    """What a table check read: its evidence lines (which carry the cells' row and column
    labels) with the caption and header of each table they name."""
    parts = []
    for evidence in check.evidence:
        parts += [evidence.location or "", evidence.quote or ""]
        for table in tables_named(paper, evidence.location or ""):
            parts += [table.caption or "", *table.header]
    return " ".join(parts)


def guard_unprinted_table_names(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose cells and captions do not print a name of the
    claim that the paper's tables print elsewhere, and each decisive source check whose
    passage does not print the claim's setting ("on DocBank") so named: the cell or passage is
    about another dataset, system or variant, or does not say which. In place."""
    if not paper.tables or not claim_names(claim.text):
        return
    texts = per_paper(paper, "table name texts", _table_texts)
    for check in list(checks):
        if not (check.decisive and check.outcome in DECIDING
                and check.kind in (CheckKind.table, CheckKind.source)):
            continue
        table = check.kind == CheckKind.table
        if table:
            evidence = _table_evidence(check, paper)
        else:
            evidence = " ".join(item.quote or "" for item in check.evidence)
        if not evidence.strip():
            continue
        name = unprinted_name(claim.text, evidence, texts, settings_only=not table)
        if name is not None:
            where = "the cells it read, their labels and captions" \
                if check.kind == CheckKind.table else "the passage"
            undecide(check, f"The claim is about \u201c{name}\u201d, which the paper's tables "
                            f"print but {where} do not: the evidence may be another "
                            "dataset's, system's or variant's")
