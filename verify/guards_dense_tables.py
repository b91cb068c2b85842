"""Evidence read from dense results tables that belongs to another group, cell or setting
(red team 3, round 8).

The third red-team corpus (tests/real/redteam3) asks about papers whose results tables stack
groups of rows and columns: spanning headers over repeated sub-columns ("Turns", "Lane change",
"All maneuvers", each over "Pr (%)", "Re (%)" and a time), the same dataset under two settings
("Frozen", "Finetune"), and tables of "name score ± interval" that the reader may take as running
text. Its first run confirmed or contradicted four claims from the wrong place, each a general
fact about such tables:

- A spanning header printed as one short word over the middle of its group ("Turns" over three
  columns) reaches only the column under it: the group's other columns come out with their
  sub-header alone ("Pr (%)") while the same sub-header of every other group keeps its group.
  Which group that cell is in, nothing the reader kept says, so a claim about "all maneuvers"
  was confirmed by the turns' precision (`guard_lost_group_headers`).
- A claim may restrict its number to a setting the paper never names ("On highway exits, ...
  82.2% precision"): words the paper does not print are no part of any passage or header, so
  the checks overlook them, and a cell of another setting confirmed the claim. When the
  claim's opening setting ("On X," "For X,") has no content word the paper prints, nothing in
  the paper speaks of it (`guard_unspoken_settings`).
- A cell that contradicts a claim must be the claim's cell: when another cell of the paper
  prints the claimed number under a header word the claim says and the contradicting cell's
  labels and caption do not ("Frozen" BERT-Base embeddings score 84.06 on NCBI-disease; Table
  2's BioBERT cell, 89.36, says nothing of frozen embeddings), the claim may well be about
  that other cell with one name wrong, which is no contradiction of either
  (`guard_claimed_number_elsewhere`).
- A table of "name score" entries read as one passage ("Nanonets OCR S 64.5 ± 1.1 Jun 2025
  MonkeyOCR Pro 3B 75.8 ± 1.0* ...") gives each number to the names printed just before it:
  "dots.OCR scores 75.8" was confirmed by that passage (its "OCR" matched), though 75.8
  follows MonkeyOCR's name and dots.OCR is not in it. In a passage that prints several
  numbers right after names, a claimed number printed after none of the claim's names is
  another name's (`guard_listed_owners`).
- Found by the probes after those fixes: "Chandra OCR 0.1.0 scores 83.1 ± 1.1" was confirmed by
  83.1 of its row and the "± 1.1" of another row's interval. A claimed value with its interval
  is confirmed only where the two are printed together (`guard_unprinted_intervals`).

None names a paper, a system or a number; each reads only what the paper prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper

from .cells_read import Labelled, labelled_cells, numbers, read_cells
from .guard_triggers import SOURCE_SUPPORTING, TABLE_CONTRADICTED, TABLE_DECIDING, acts
from .paper_memo import per_paper
from .undecided import DECIDING, SUPPORTING, decided, printed_numbers, undecide

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
# Words that say nothing of what a header or a setting names.
_STOP = frozenset((
    "the", "and", "for", "with", "its", "their", "our", "this", "that", "these", "those", "from",
    "into", "over", "under", "than", "then", "when", "while", "where", "which", "who", "what",
    "all", "any", "each", "every", "both", "some", "other", "such", "same", "more", "most",
    "less", "least", "only", "also", "not", "are", "was", "were", "has", "have", "had", "been",
    "being", "its", "per", "via", "after", "before", "about", "between", "among", "across",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "score",
    "scores", "scored", "reach", "reaches", "reached", "gives", "give", "gave", "get", "gets",
    "achieve", "achieves", "achieved", "obtain", "obtains", "obtained", "report", "reports",
    "reported", "result", "results", "table", "tables", "value", "values", "number"))


@lru_cache(maxsize=16384)
def _words(text: str) -> frozenset[str]:
    """The content words of `text`, lower-cased, a plural's "s" dropped. Remembered: the
    guards ask it of the same claims, captions and labels for every check."""
    found = set()
    for word in _WORD.findall(text):
        word = word.casefold()
        if len(word) < 3 or word in _STOP:
            continue
        found.add(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
    return frozenset(found)


# --------------------------------------------------------------------------------------------
# A spanning header the reader lost for some columns of its group


def lost_group(found: Labelled, row_cells: list[Labelled]) -> str | None:
    """The group labels the cell's sub-header carries elsewhere in its row while the cell has
    none of them: the cell's column path is a proper tail of two or more other columns' paths
    of the same row, each under another group label. Printed, or None."""
    path = [label.strip() for label in found.columns]
    if not path:
        return None
    groups = set()
    for other in row_cells:
        if other.cell is found.cell:
            continue
        theirs = [label.strip() for label in other.columns]
        if len(theirs) > len(path) and theirs[-len(path):] == path:
            groups.add(" / ".join(theirs[:-len(path)]))
    if len(groups) < 2:
        return None
    return ", ".join(f"\u201c{group}\u201d" for group in sorted(groups))


def _rows_of(paper: Paper) -> dict[int, list[Labelled]]:
    """Each labelled cell's row-mates, by the cell's id, built once per paper."""
    rows: dict[int, list[Labelled]] = {}
    for table in paper.tables:
        cells = labelled_cells(table)
        for row in table.rows:
            mine = [found for found in cells if any(found.cell is cell for cell in row)]
            for found in mine:
                rows[id(found.cell)] = mine
    return rows


def guard_lost_group_headers(checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check that read a cell whose sub-header sits, in the same
    row, under two or more group labels (spanning headers) while the cell's column carries
    none: the reader lost the cell's group, so which group's measure the cell gives is not
    known. In place."""
    if not paper.tables:
        return
    rows = per_paper(paper, "dense rows", _rows_of)
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        for evidence in check.evidence:
            for _, found in read_cells(paper, evidence.location or "", evidence.quote):
                groups = lost_group(found, rows.get(id(found.cell), []))
                if groups is not None:
                    undecide(check, f"The cell's column \u201c{found.column}\u201d is printed "
                                    f"under the group headers {groups} elsewhere in its row, "
                                    "but the reader kept no group for this one, so which "
                                    "group it belongs to is not known")
                    break
            if not check.decisive:
                break


# --------------------------------------------------------------------------------------------
# A setting the paper never names

_SETTING = re.compile(r"^\s*(?:On|For|In|Under|Across|During|At|Among)\s+(?:the\s+|a\s+|an\s+)?"
                      r"([^,;:]{3,60}),")


def paper_vocabulary(paper: Paper) -> frozenset[str]:
    """Every content word the paper prints: its sentences, captions and table cells."""
    texts = [sentence.text for sentence in paper.sentences]
    for table in paper.tables:
        texts.append(table.caption or "")
        texts += [header for header in table.header]
        for row in table.rows:
            for cell in row:
                texts.append(cell.text)
                texts += [*(cell.row_headers or []), *(cell.column_headers or [])]
    return frozenset(word for text in texts for word in _words(text))


def unspoken_setting(claim_text: str, vocabulary: frozenset[str]) -> str | None:
    """The claim's opening setting ("On highway exits," "For city streets,") when the paper
    prints none of its content words; None otherwise."""
    match = _SETTING.match(claim_text)
    if match is None:
        return None
    words = _words(match.group(1))
    if not words or words & vocabulary:
        return None
    return match.group(1).strip()


def guard_unspoken_settings(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive check of a claim whose opening setting the paper never names:
    whatever the passage or cell says, it says it of another setting. In place."""
    setting = None
    for check in checks:
        if check.decisive and check.outcome in DECIDING \
                and check.kind in (CheckKind.table, CheckKind.source):
            if setting is None:
                setting = unspoken_setting(claim.text,
                                           per_paper(paper, "vocabulary", paper_vocabulary)) or ""
            if setting:
                undecide(check, f"The claim speaks of \u201c{setting}\u201d, which the paper "
                                "never names")


# --------------------------------------------------------------------------------------------
# The claimed number printed in another cell that the claim names better


def _labels(found: Labelled) -> frozenset[str]:
    return _words(" ".join([*found.rows, *found.columns]))


def _every_labelled(paper: Paper) -> list[Labelled]:
    return [found for table in paper.tables for found in labelled_cells(table)]


def better_named_cell(claim: Claim, found: Labelled, caption: str, cells: list[Labelled],
                      values: list[float]) -> Labelled | None:
    """Another cell printing one of `values` (the claimed numbers the cell disagrees with)
    under a header word the claim says that `found`'s labels and caption lack."""
    said = _words(claim.text)
    own = _labels(found) | _words(caption)
    for other in cells:
        if other.cell is found.cell:
            continue
        if not any(abs(number - value) < 1e-9 for number in numbers(other.cell)
                   for value in values):
            continue
        if (_labels(other) & said) - own:
            return other
    return None


def guard_claimed_number_elsewhere(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each table contradiction of a claim of one number when another cell of the
    paper prints that number under a header word the claim says and the contradicting cell's
    labels and caption do not: the claim may be about that cell. In place."""
    # A claim of several numbers names several cells: the other cells' names are its own
    # words too, so another subject's cell would always seem better named.
    if not paper.tables or len(claim.quantities) != 1:
        return
    for check in list(decided(checks, CheckKind.table, (Outcome.contradicted,))):
        for evidence in check.evidence:
            values = [evidence.claimed] if evidence.claimed is not None else \
                [quantity.value for quantity in claim.quantities]
            for table, found in read_cells(paper, evidence.location or "", evidence.quote):
                if evidence.found is None or not any(
                        abs(evidence.found - number) < 1e-9 for number in numbers(found.cell)):
                    continue  # a difference or an average of cells, not the cell's level
                other = better_named_cell(claim, found, table.caption or "",
                                          per_paper(paper, "dense cells", _every_labelled),
                                          values)
                if other is not None:
                    undecide(check, f"Another cell prints the claimed number under "
                                    f"\u201c{' / '.join(other.rows + other.columns)}\u201d, "
                                    "whose labels name what the claim says and this cell's "
                                    "do not")
                    break
            if not check.decisive:
                break


# --------------------------------------------------------------------------------------------
# A passage listing names with their numbers

_TOKEN = re.compile(r"\S+")
_NUMBER = re.compile(r"^[(\[]?[-+\u2212]?\d+(?:[.,]\d+)*%?[)\],;:*]*$")
_SIZE = re.compile(r"^\d+(?:\.\d+)*[A-Za-z]{1,2}$")  # "3B", "7B": part of a model's name
_COMMON = frozenset(("the", "a", "an", "we", "our", "in", "on", "for", "with", "table",
                     "figure", "it", "this", "that", "these", "those", "and", "or", "by"))


def _bare(token: str) -> str:
    return token.strip(".,;:()[]{}\"'\u201c\u201d*")


def _name(token: str) -> str | None:
    """A token that names something: it holds a capital letter (not a number, nor a common
    word at a sentence's start), stripped of punctuation around it, case-folded."""
    word = _bare(token)
    if not word or _NUMBER.match(word) or _SIZE.match(word) \
            or not any(char.isupper() for char in word):
        return None
    if word.casefold() in _COMMON or not any(char.isalpha() for char in word):
        return None
    return word.casefold()


def _separator(token: str) -> bool:
    """A number, or what ends a listed entry's number ("\u00b1", "?*")."""
    return bool(_NUMBER.match(token)) or not any(char.isalnum() for char in token)


def owner(tokens: list[str], position: int) -> set[str] | None:
    """The names printed right before the number at `position`: the tokens back to the
    previous number (at most five), when every one of them is part of a name (a capitalised
    word, a size such as "3B"); None when a plain word stands between (a sentence, not a
    listed entry) or no name does."""
    names: set[str] = set()
    for before in reversed(tokens[max(0, position - 5):position]):
        if _separator(before):
            break
        name = _name(before)
        if name is None and not _SIZE.match(_bare(before)):
            return None
        if name is not None:
            names.add(name)
    return names or None


@lru_cache(maxsize=4096)
def _said_names(claim_text: str) -> frozenset[str]:
    """The names the claim prints (`_name` of each token), once per claim text: `listed_owner`
    asks them for each passage and number."""
    return frozenset(name for token in _TOKEN.findall(claim_text) if (name := _name(token)))


@lru_cache(maxsize=16384)
def listed_owner(claim_text: str, quote: str, found: str) -> str | None:
    """Why `found` is another name's: in a passage that lists names with their numbers (two
    or more other numbers each right after a name), the names right before `found` are none of
    the claim's."""
    tokens = _TOKEN.findall(quote)
    # Only the first token printing `found` is read (each way on from it returns), and the
    # claim's names only then: a passage that does not print `found` gives no owner.
    position = next((at for at, token in enumerate(tokens) if _bare(token) == found), None)
    if position is None:
        return None
    said = _said_names(claim_text)
    if not said:
        return None
    names = owner(tokens, position)
    if names is None or names & said:
        return None
    listed = sum(1 for index, other in enumerate(tokens)
                 if index != position and _NUMBER.match(other) and owner(tokens, index))
    if listed >= 2:
        return f"{found} follows {', '.join(sorted(names))}, not a name of the claim"
    return None


def guard_listed_owners(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage lists names with their numbers and
    prints the claimed number right after names none of which the claim says. In place."""
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        for evidence in check.evidence:
            why = next(filter(None, (listed_owner(claim.text, evidence.quote, found)
                                     for found in printed_numbers(evidence))), None)
            if why is not None:
                undecide(check, f"The passage lists names with their numbers: {why}")
                break


# --------------------------------------------------------------------------------------------
# A value with its interval ("83.1 ± 0.9")

_INTERVAL = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*\*?\s*(?:\u00b1|\+/-|\+-)\s*(\d+(?:\.\d+)?)")


def unprinted_interval(claim_text: str, quotes: list[str]) -> str | None:
    """The claim's "value ± interval" that no quote prints together (the value found in one
    row, the interval in another): printed, or None."""
    for value, interval in _INTERVAL.findall(claim_text):
        together = re.compile(rf"(?<![\w.]){re.escape(value)}\s*\*?\s*(?:\u00b1|\+/-|\+-)\s*"
                              rf"{re.escape(interval)}(?![\d])")
        if not any(together.search(quote) for quote in quotes):
            return f"{value} \u00b1 {interval}"
    return None


def guard_unprinted_intervals(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive supporting check that found a claimed "value ± interval" only
    apart: a table of scores with intervals prints each row's interval after its own score,
    and "83.1 ± 1.1" is not confirmed by 83.1 of one row and ± 1.1 of another. In place."""
    if not _INTERVAL.search(claim.text):
        return
    for kind in (CheckKind.source, CheckKind.table):
        for check in list(decided(checks, kind, SUPPORTING)):
            missing = unprinted_interval(claim.text,
                                         [evidence.quote for evidence in check.evidence])
            if missing is not None:
                undecide(check, f"No passage prints the claim's {missing} together; the "
                                "value and the interval come from different places")


def guard_dense_tables(claim: Claim, checks: list[Check], paper: Paper) -> None:
    """The guards of this module, in place (one hook in verify/guard_chain.py)."""
    if acts(checks, TABLE_DECIDING):
        guard_lost_group_headers(checks, paper)
    guard_unspoken_settings(claim, checks, paper)
    if acts(checks, TABLE_CONTRADICTED):
        guard_claimed_number_elsewhere(claim, checks, paper)
    if acts(checks, SOURCE_SUPPORTING):
        guard_listed_owners(claim, checks)
    guard_unprinted_intervals(claim, checks)
