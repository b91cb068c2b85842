"""Three guards that the claims of tables printed without leading zeros (".97") exposed once
their numbers were read (round 23, rec23; `extract/quantity_numbers.py` reads ".97" now).

Red team 10 wrote its doc2vec claims (Lau and Baldwin, arXiv:1607.05368) as the paper prints
its AUC and Pearson cells, ".97", and the quantity reader skipped a decimal without its leading
zero, so those claims were never checked against a table at all. Read, three of them were
decided wrongly, each by a gap a "0.97" claim falls through as well:

- "dbow reaches an AUC of .94 on the tex development partition" (unverified: Table 1 reports the
  test pairs) was confirmed by Table 1's "tex × doc2vec dbow" cell, whose labels and caption
  name no split at all. `unsaid_splits` sets a cell aside only when the paper never prints the
  claim's split word; this paper speaks of its development partitions (for tuning) elsewhere.
  A claim that names the development (validation) split asks for a number the paper reports
  for that split; a table that names no split reports the paper's results, the test ones
  (`guard_unprinted_dev_split`). A claim of the test split is not asked for it: a results
  table is the test split unless it says otherwise.
- "The minimum learning rate is .025" (false: .025 is the initial rate) was confirmed by "the
  initial and minimum learning rates (α and αmin, respectively) ... α = .025 and αmin =
  .0001": the sentence gives its numbers to symbols, and which of the claim's things each
  symbol stands for is not read (`guard_symbol_values`).
- "With pre-trained WIKI embeddings, dbow reaches .90 AUC on english" (true: Table 6, "dbow +
  WIKI") was contradicted by Table 5's "english × dbow WIKI" cell, .80 (dbow trained on WIKI):
  Table 6 names no metric, so its cell, which prints the claimed .90, was not the one whose
  labels account for the whole claim. A cell of another table that prints the claimed number
  and whose labels and caption hold more of the claim's words than the contradicting cell's
  may be the one the claim means (`guard_better_printed_cell`).

Each only undecides; none names a paper, table or word of one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper

from .cells_read import cells_by_table, cells_of_check
from .content_words import GENERIC
from .label_text import caption_text
from .passages import content_terms
from .undecided import DECIDING, decided, supporting_sources, undecide

# The marked splits: a claim of the test split is the default reading of a results table.
_DEV = re.compile(r"(?<![\w-])(?:dev(?:elopment)?|validation|valid)(?![\w-])", re.IGNORECASE)
# Any split, as a label or caption prints it ("Dev", "Test", "valid.", "held-out", "eval").
# Not a test of statistics: "(test of equal proportions, p < .05)" under Table 5 of
# arXiv:1710.00519 named no split, and it let the table's SQuAD-AnSS cell confirm "Sentence-Rank
# reaches 86.00 p@1 on the SQuAD-AnSS dev set" once the table was read (read32, round 32).
_ANY_SPLIT = re.compile(r"(?<![a-z])(?:dev|train|(?<!significance )(?<!statistical )"
                        r"(?<!t-)test(?!s? of\b)|valid|held[- ]?out|eval)", re.IGNORECASE)


def guard_unprinted_dev_split(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check of a claim naming the development (validation)
    split whose cells' labels and caption name no split at all (module docstring). In place."""
    word = _DEV.search(claim.text)
    if word is None:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        read = cells_of_check(check, paper)
        if not read:
            continue
        printed = " ".join(" ".join([caption_text(table.caption), table.label or "",
                                     *found.rows, *found.columns]) for table, found in read)
        if _ANY_SPLIT.search(printed) is None:
            cells = "; ".join(f"{found.row} \u00d7 {found.column}" for _, found in read)
            undecide(check, f"Not decided: the claim speaks of the \u201c{word.group()}\u201d "
                            f"split, and the cells read ({cells}) and their caption name no "
                            "split: a results table reports the test split")


# "α = .025", "lr=0.1", "αmin = .0001": a symbol (a letter or two, a Greek letter, with a
# subscript glued on) given a number.
_ASSIGNED = re.compile(r"(?<![\w])([A-Za-z\u0370-\u03ff][\w\u0370-\u03ff]{0,7})\s*=\s*"
                       r"([-\u2212]?(?:\d[\d,]*(?:\.\d+)?|\.\d+))")


def _same(printed: str, value: float | None) -> bool:
    try:
        number = float(printed.replace(",", "").replace("\u2212", "-"))
    except ValueError:
        return False
    return value is not None and abs(number - value) <= 1e-9 * max(1.0, abs(value))


def guard_symbol_values(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose quote gives the claimed number to a symbol
    ("α = .025") beside another symbol given another number, when the claim does not print
    that symbol (module docstring). In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            quote = evidence.quote or ""
            assigned = _ASSIGNED.findall(quote)
            if len({symbol for symbol, _ in assigned}) < 2:
                continue
            claimed = [pair.claimed_value for pair in evidence.numbers if pair.agree]
            owner = next((symbol for symbol, value in assigned
                          if any(_same(value, number) for number in claimed)), None)
            if owner is None or re.search(rf"(?<!\w){re.escape(owner)}(?!\w)", claim.text):
                continue
            # Only a variant of the same symbol ("α" beside "αmin") leaves open which one the
            # claim means; "μ = 3.67, σ = 0.5" gives a mean beside its spread (tab16's pin).
            if not any(other != owner and (other.startswith(owner) or owner.startswith(other))
                       for other, _ in assigned):
                continue
            undecide(check, f"Not decided: the passage gives the claimed number to the symbol "
                            f"\u201c{owner}\u201d beside other symbols given other numbers, and "
                            "which of the claim's things each symbol is, is not read")
            break


_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def _keys(text: str) -> set[str]:
    """The content words of a text by their first four letters (generic words left out)."""
    return {word[:4].casefold() for word in _WORD.findall(text)
            if (terms := content_terms(word)) and terms[0] not in GENERIC}


def guard_better_printed_cell(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each table contradiction read from cells of one table when a cell of another
    table prints the claimed number and its labels and caption hold more of the claim's words
    than the contradicting cells' do (module docstring). In place."""
    claimed = [quantity for quantity in claim.quantities if quantity.value is not None]
    if not claimed:
        return
    words = _keys(re.sub(r"\d[\d.,]*|\.\d+", " ", claim.text))
    for check in list(decided(checks, CheckKind.table, (Outcome.contradicted,))):
        read = cells_of_check(check, paper)
        if not read or len({id(table) for table, _ in read}) != 1:
            continue
        table = read[0][0]
        held = words & _keys(" ".join(" ".join([caption_text(table.caption), *found.rows,
                                                          *found.columns]) for _, found in read))
        every = cells_by_table(paper)
        for other in paper.tables:
            if other is table:
                continue
            caption = caption_text(other.caption)
            better = next((found for found in every.get(id(other), [])
                           if found.cell.value is not None
                           and any(found.cell.text.strip().lstrip("+") == quantity.text
                                   for quantity in claimed)
                           and len(words & _keys(" ".join([caption, *found.rows,
                                                           *found.columns]))) > len(held)), None)
            if better is not None:
                undecide(check, f"Not decided: {other.label or 'another table'} prints the "
                                f"claimed {better.cell.text.strip()} for {better.row} \u00d7 "
                                f"{better.column}, whose labels and caption hold more of the "
                                "claim's words than the contradicting cell's")
                break
