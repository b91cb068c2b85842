"""Evidence that never prints the setting or the variant the claim names, where the paper's
tables tell settings and variants apart (red team 4, round 9).

The fourth red-team corpus (tests/real/redteam4) asks about a paper set in two columns whose
results tables repeat the same systems under several datasets (two breakdown tables on one page
with the same rows, told apart only by the dataset in their captions) and whose rows pair each
base model with its variants ("BERTBASE", "BERTBASE + I-VILA(Text Line)"). Its running text
restates the cells as lists of relative changes ("+1.13%, +1.90%, and +1.29% ... across the
three benchmark datasets"). Its first run confirmed or contradicted six claims from evidence that
prints nothing of the dataset or the variant the claim is about:

- the token count of the DocBank table contradicted "References account for 2,340,796 tokens in
  GROTOAP2", GROTOAP2 being the caption of the other table with the same rows;
- a cell that the reader filed under another table's caption contradicted "With text blocks,
  I-VILA lifts DistilBERT to 91.70 Macro F1 on DocBank": neither its labels nor its caption say
  DocBank or I-VILA;
- "Adding text-line I-VILA to BERT-Base ... from 89.66 to 89.57" and "Text-line I-VILA lifts
  BERT-Base from 87.24 to 90.25 Macro F1 on DocBank" were contradicted by the base model's cell,
  whose row has no "I-VILA";
- a passage whose list of three reductions names no dataset confirmed "I-VILA reduces ... by
  32.1% on DocBank" (32.1% is the first dataset's), and a passage naming no dataset confirmed
  the comparison "On GROTOAP2, the simple group classifier has a lower Macro F1 than LayoutLM".

Two kinds of names decide which cell a claim is about, and the paper's own tables show which
names are of those kinds:

- a *setting*: a name that one table prints in its caption or header while another table with
  the same rows (two or more row labels in common) does not ("GROTOAP2", "DocBank"): the paper
  reports the same systems under each such name, so evidence that prints none of the claim's
  setting may be another setting's (`parallel_settings`);
- a *variant*: a name that a row label adds to another row label of the same table ("I-VILA" in
  "BERTBASE + I-VILA(Text Line)" beside "BERTBASE"): a cell whose labels lack it is the base
  row's, not the variant's (`variant_names`).

A table check decides only if the cells it read, their labels, captions and headers print each
such name of the claim; a source check, only if its passage prints the claim's settings (a
sentence names a variant in many ways, but the dataset a number is for it must say). Names are
compared without case, spaces or punctuation ("BERT-Base" is "BERTBASE"), and a name printed
inside a longer one counts ("LayoutLM" in "LayoutLMBASE").

None of it names a paper, a system or a number; each reads only what the paper prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper, Table

from .cells_read import tables_named
from .paper_memo import per_paper
from .undecided import DECIDING, undecide

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-\u2010\u2011.]*[A-Za-z0-9]")
_ALNUM = re.compile(r"[^0-9a-z]+")


def _plain(text: str) -> str:
    """`text` without case, spaces or punctuation: "BERT-Base" and "BERT BASE" are "bertbase"."""
    return _ALNUM.sub("", text.casefold())


def claim_names(text: str) -> list[str]:
    """The tokens of `text` that name something: three letters or more, with two capitals or
    with letters and digits ("DocBank", "GROTOAP2", "S2-VL", "I-VILA"); not a plain word with an
    initial capital, nor a measure like "F1"."""
    found: list[str] = []
    for token in _TOKEN.findall(text):
        letters = sum(char.isalpha() for char in token)
        if letters < 3:
            continue
        capitals = sum(char.isupper() for char in token)
        digits = any(char.isdigit() for char in token)
        if (capitals >= 2 or (digits and capitals >= 1)) and token not in found:
            found.append(token)
    return found


def _row_labels(table: Table) -> list[str]:
    """Each row's label as printed: its cells' row headers, else its first cell."""
    labels = []
    for row in table.rows:
        headers = next((cell.row_headers for cell in row if cell.row_headers), None)
        label = " ".join(headers) if headers else (row[0].text if row else "")
        if label.strip():
            labels.append(label)
    return labels


def _head(table: Table) -> str:
    return _plain(" ".join([table.caption or "", *table.header]))


def _everything(table: Table) -> str:
    """The table's caption, header and labels, plain."""
    parts = [table.caption or "", *table.header, *_row_labels(table)]
    for row in table.rows:
        for cell in row:
            parts += cell.column_headers or []
    return _plain(" ".join(parts))


class _Names:
    """The settings and variants a paper's tables print (`parallel_settings`,
    `variant_names`), plain, built once per paper."""

    def __init__(self, paper: Paper) -> None:
        rows = [{_plain(label) for label in _row_labels(table)} for table in paper.tables]
        heads = [_head(table) for table in paper.tables]
        self.settings: set[str] = set()
        for first, table in enumerate(paper.tables):
            for name in claim_names(" ".join([table.caption or "", *table.header])):
                plain = _plain(name)
                if any(second != first and plain not in heads[second]
                       and len(rows[first] & rows[second]) >= 2
                       for second in range(len(paper.tables))):
                    self.settings.add(plain)
        self.variants: set[str] = set()
        for table in paper.tables:
            labels = [_plain(label) for label in _row_labels(table)]
            for label, plain_label in zip(_row_labels(table), labels, strict=True):
                bases = [base for base in labels if base and base != plain_label
                         and plain_label.startswith(base)]
                for name in claim_names(label):
                    plain = _plain(name)
                    if any(plain not in base for base in bases):
                        self.variants.add(plain)


def parallel_settings(paper: Paper) -> set[str]:
    """The names (plain) one table prints in its caption or header and another table with two
    or more of the same row labels does not: the settings the paper reports the same rows
    under."""
    return per_paper(paper, "table names", _Names).settings


def variant_names(paper: Paper) -> set[str]:
    """The names (plain) a row label adds to another row label of its table: "I-VILA" of
    "BERTBASE + I-VILA(Text Line)" beside "BERTBASE"."""
    return per_paper(paper, "table names", _Names).variants


def unprinted_name(claim_text: str, evidence_text: str, names: set[str]) -> str | None:
    """The first name of the claim among `names` (plain) that `evidence_text` does not print;
    None when the evidence prints each."""
    printed = _plain(evidence_text)
    for name in claim_names(claim_text):
        plain = _plain(name)
        if plain in names and plain not in printed:
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
    """Undecide each decisive table check whose cells, labels and captions do not print a
    setting or a variant the claim names, and each decisive source check whose passage does
    not print a setting the claim names: the cell or passage may be another setting's or the
    base row's. In place."""
    if not paper.tables or not claim_names(claim.text):
        return
    settings, variants = parallel_settings(paper), variant_names(paper)
    if not settings and not variants:
        return
    for check in list(checks):
        if not (check.decisive and check.outcome in DECIDING
                and check.kind in (CheckKind.table, CheckKind.source)):
            continue
        if check.kind == CheckKind.table:
            name = unprinted_name(claim.text, _table_evidence(check, paper), settings | variants)
            where = "the cells it read, their labels and captions do"
        else:
            passage = " ".join(item.quote or "" for item in check.evidence)
            name = unprinted_name(claim.text, passage, settings) if passage.strip() else None
            where = "the passage does"
        if name is not None:
            kind = "setting" if _plain(name) in settings else "variant"
            undecide(check, f"The claim is about \u201c{name}\u201d, a {kind} the paper's "
                            f"tables tell apart, which {where} not print: the evidence may be "
                            f"another {kind}'s")
