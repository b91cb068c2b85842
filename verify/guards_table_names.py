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

- a *setting*: a name that one table prints in its caption while another table with the same
  rows (two or more row labels in common) does not ("GROTOAP2", "DocBank"): the paper
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
from functools import lru_cache

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper, Table

from .cells_read import tables_named
from .label_text import caption_text
from .paper_memo import per_paper
from .undecided import DECIDING, decided, undecide

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-\u2010\u2011.]*[A-Za-z0-9]")
_ALNUM = re.compile(r"[^0-9a-z]+")


def _plain(text: str) -> str:
    """`text` without case, spaces or punctuation: "BERT-Base" and "BERT BASE" are "bertbase"."""
    return _ALNUM.sub("", text.casefold())


@lru_cache(maxsize=8192)
def claim_names(text: str) -> tuple[str, ...]:
    """The tokens of `text` that name something: three letters or more, with two capitals or
    with letters and digits ("DocBank", "GROTOAP2", "S2-VL", "I-VILA"); not a plain word with an
    initial capital, nor a measure like "F1". Remembered by text: the guards ask it of the
    same claims, captions and labels for every claim and paper."""
    found: list[str] = []
    for token in _TOKEN.findall(text):
        letters = sum(char.isalpha() for char in token)
        if letters < 3:
            continue
        capitals = sum(char.isupper() for char in token)
        digits = any(char.isdigit() for char in token)
        if (capitals >= 2 or (digits and capitals >= 1)) and token not in found:
            found.append(token)
    return tuple(found)


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

        def parallel(first: int, plain: str) -> bool:
            # a name of table `first` that another table with two or more of its row labels
            # does not print in its caption or header
            return any(second != first and plain not in heads[second]
                       and len(rows[first] & rows[second]) >= 2
                       for second in range(len(paper.tables)))

        self.settings: set[str] = {plain for first, table in enumerate(paper.tables)
                                   for name in claim_names(table.caption or "")
                                   if parallel(first, plain := _plain(name))}
        # A caption that is only a short name ("Table 2: Tweet Matching."), of a table with two
        # or more row labels of another table whose caption and header lack it: a setting
        # named in plain words (read32, round 32; `caption_settings`).
        self.titles: set[str] = {title for first, table in enumerate(paper.tables)
                                 if (title := _caption_title(table.caption or ""))
                                 and parallel(first, title)}
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
    """The names (plain) one table prints in its caption and another table with two or more of
    the same row labels does not print in its caption or header: the settings (datasets) the
    paper reports the same rows under. A column header's name ("MAE") is a measure more often
    than a setting, so only captions name settings."""
    return per_paper(paper, "table names", _Names).settings


def _caption_title(caption: str) -> str | None:
    """The caption's text without its label, plain, when it is a short name of two to four
    words ("Tweet Matching.", "Sentence Completion."); else None."""
    text = caption_text(caption).strip().rstrip(".")
    words = text.split()
    if not 2 <= len(words) <= 4 or not all(word[:1].isalpha() for word in words):
        return None
    plain = _plain(text)
    return plain if len(plain) >= 8 else None


def caption_settings(paper: Paper) -> set[str]:
    """The short captions (plain) that tell apart tables with the same rows: Hu et al.
    (arXiv:1503.03244, page 7) print the same systems in "Table 1: Sentence Completion." and
    "Table 2: Tweet Matching.", and a claim about "uRAE+MLP ... on tweet matching", a row only
    Table 1 has, was contradicted by Table 1's cell (read32, round 32)."""
    return per_paper(paper, "table names", _Names).titles


def _title_verdict(claim: Claim, check: Check, paper: Paper, titles: set[str]) -> str | None:
    """Why a decisive table check may not decide: the claim names one table's short caption,
    which its cells' tables do not print, and they print another such caption."""
    said, printed = _plain(claim.text), _plain(_table_evidence(check, paper))
    named = next((title for title in sorted(titles) if title in said and title not in printed),
                 None)
    other = next((title for title in sorted(titles) if title in printed and title not in said),
                 None)
    if named is None or other is None:
        return None
    return (f"The claim names a table's caption (\u201c{named}\u201d) that the cells it read do "
            f"not print; they are printed under another one (\u201c{other}\u201d)")


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


def other_setting(claim_text: str, evidence_text: str, settings: set[str]) -> str | None:
    """A setting (plain, of `settings`) that the evidence prints and the claim does not: the
    evidence says it is about another setting. None when there is none."""
    said = _plain(claim_text)
    printed = {_plain(name) for name in claim_names(evidence_text)}
    printed |= {setting for setting in settings if setting in _plain(evidence_text)}
    return next((setting for setting in sorted(printed & settings) if setting not in said),
                None)


# A comma before three digits is a thousands separator, no list's ("549,367 pairs"; round 19,
# arXiv:1705.09207, page 6).
_NUMBER = r"[-+\u2212]?\d+(?:,\d{3}(?!\d))*(?:\.\d+)?\s*%?"
_LIST = re.compile(rf"{_NUMBER}(?:\s*(?:,\s*(?:and\s+)?|and\s+){_NUMBER})+")
_CLAIM_NUMBER = re.compile(r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?")


def listed_number(claim_text: str, passage: str) -> bool:
    """Whether the passage prints a number of the claim as an item of a list of numbers
    ("reduced by 32.1%, 21.7%, and 21.7%", "-3.60% and -0.73%")."""
    return bool(listed_clauses(claim_text, passage))


_CLAUSE_END = re.compile(r"(?<!\d)\.(?!\d)|[;()]")  # a clause ends (not at a decimal point)


def listed_clauses(claim_text: str, passage: str) -> list[str]:
    """The clauses of the passage that print a number of the claim as an item of a list of
    numbers."""
    claimed = set(_CLAIM_NUMBER.findall(claim_text))
    return [clause for clause in _CLAUSE_END.split(passage)
            if any(claimed & set(_CLAIM_NUMBER.findall(match.group(0)))
                   for match in _LIST.finditer(clause) if _listed(match.group(0)))]


def _listed(match: str) -> bool:
    """Whether a `_LIST` match holds two numbers or more (a thousands separator is none)."""
    return len(_CLAIM_NUMBER.findall(match)) >= 2


_CHANGE_AFTER = re.compile(
    r"^(?:\s*(?:,\s*(?:and\s+)?|and\s+)[-+\u2212]?\d+(?:\.\d+)?\s*%?)*\s+(?:[\w-]+\s+){0,3}"
    r"(?:reduction|improvement|gain|increase|decrease|drop|speed-?up|boost)s?\b", re.IGNORECASE)


def printed_as_change(passage: str, found: str) -> bool:
    """Whether the passage prints `found` as a change: a number (or a list of numbers) followed,
    within three words, by "reduction", "improvement", "gain" ... ("68.85% and 80.17% inference
    time reduction")."""
    number = re.escape(found.strip().lstrip("+-\u2212"))
    return any(_CHANGE_AFTER.match(passage[match.end():])
               for match in re.finditer(rf"(?<![\w.]){number}(?!\d)", passage))


_OPENING = re.compile(r"^\s*(?:On|For|In|Under|Across|At)\s+(?:the\s+)?([^,;:]{2,60}),")


def opening_setting(claim_text: str, settings: set[str]) -> str | None:
    """The setting (of `settings`, plain) that opens the claim ("On GROTOAP2, ..."), or None."""
    match = _OPENING.match(claim_text)
    if match is None:
        return None
    return next((name for name in claim_names(match.group(1)) if _plain(name) in settings),
                None)


def _table_evidence(check: Check, paper: Paper) -> str:
    """What a table check read: its evidence lines (which carry the cells' row and column
    labels) with the caption and header of each table they name."""
    parts = []
    for evidence in check.evidence:
        parts += [evidence.location or "", evidence.quote or ""]
        for table in tables_named(paper, evidence.location or ""):
            parts += [table.caption or "", *table.header]
    return " ".join(parts)


def _table_verdict(claim: Claim, check: Check, paper: Paper, settings: set[str],
                   variants: set[str]) -> str | None:
    """Why a decisive table check may not decide: a variant of the claim its cells do not
    print, or a setting of the claim they do not print while they print another."""
    evidence = _table_evidence(check, paper)
    variant = unprinted_name(claim.text, evidence, variants)
    if variant is not None:
        return (f"The claim is about \u201c{variant}\u201d, a variant that the paper's tables "
                "add to other rows' labels, and the cells it read, their labels and captions do "
                "not print it: they are the base row's, not the variant's")
    setting = unprinted_name(claim.text, evidence, settings)
    other = other_setting(claim.text, evidence, settings) if setting is not None else None
    if setting is not None and other is not None:
        return (f"The claim is about \u201c{setting}\u201d, a setting the paper's tables tell "
                f"apart, and the cells it read are printed for another one (\u201c{other}"
                "\u201d), not for it")
    return None


def _source_verdict(claim: Claim, check: Check, settings: set[str]) -> str | None:
    """Why a decisive source check may not decide: the passage gives the claimed number as one
    item of a list of numbers while it does not print the claim's setting, or names another
    setting in the list's clause; or it contradicts a level of a setting it does not name with
    a change; or the claim opens with a setting the passage does not print."""
    passage = " ".join(item.quote or "" for item in check.evidence)
    if not passage.strip():
        return None
    setting = unprinted_name(claim.text, passage, settings)
    if setting is None:
        other = next((found for clause in listed_clauses(claim.text, passage)
                      if (found := other_setting(claim.text, clause, settings)) is not None),
                     None)
        if other is not None:
            return (f"The passage prints the claimed number as one item of a list of numbers "
                    f"and names, in the same clause, \u201c{other}\u201d, a setting the paper's "
                    "tables tell apart that the claim does not: the item may be that setting's")
        return None
    if listed_number(claim.text, passage):
        return (f"The claim gives its number for \u201c{setting}\u201d, a setting the paper's "
                "tables tell apart, and the passage prints it as one item of a list of numbers "
                "without naming that setting: which item is whose it does not say")
    if check.outcome == Outcome.contradicted and any(
            printed_as_change(passage, pair.found) for item in check.evidence
            for pair in item.numbers):
        return (f"The claim is about \u201c{setting}\u201d, a setting the paper's tables tell "
                "apart, which the passage does not name, and the passage's number is a change "
                "(a reduction or a gain), not the level the claim gives")
    if opening_setting(claim.text, settings) == setting:
        return (f"The claim is about \u201c{setting}\u201d, a setting the paper's tables tell "
                "apart, and the passage does not name it: what it says may be another "
                "setting's")
    return None


def guard_unprinted_table_names(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose cells, labels and captions do not print a
    variant the claim names, or print another setting than the one it names; and each decisive
    source check whose passage does not name the claim's setting while it lists the claimed
    number among unnamed ones or the claim opens with that setting. In place."""
    if not paper.tables:
        return
    titles = caption_settings(paper)
    if titles:
        for check in list(decided(checks, CheckKind.table, DECIDING)):
            why = _title_verdict(claim, check, paper, titles)
            if why is not None:
                undecide(check, why)
    if not claim_names(claim.text):
        return
    settings, variants = parallel_settings(paper), variant_names(paper)
    if not settings and not variants:
        return
    for check in list(checks):
        if not (check.decisive and check.outcome in DECIDING):
            continue
        why = None
        if check.kind == CheckKind.table:
            why = _table_verdict(claim, check, paper, settings, variants)
        elif check.kind == CheckKind.source:
            why = _source_verdict(claim, check, settings)
        if why is not None:
            undecide(check, why)
