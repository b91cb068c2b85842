"""A claim word that a caption gives, through its definitions of the header's symbols, to
another column than the cell's (probes of heldout16, round 16).

Tables of data statistics abbreviate their column headers and define the abbreviations in the
caption: "#s denotes the number of sentences (average and maximum per document), #w denotes the
number of words (average and maximum per document)" over columns "average #s", "max #s",
"average #w", "max #w". A claim about the maximum number of words per document was confirmed by
the "max #s" cell: "maximum" and "words" are both in the caption, so the cell check found every
word of the claim around the cell, though "words" is what the caption says of the other symbol.

The general fact: when a caption defines two or more symbols that head columns of its table
("X denotes ...", "X stands for ...", "X refers to ...", "X indicates ...", "X is ..."), a claim
word that is in the definition of another column's symbol and in none of the cell's own names
that column, not the cell's; a table check that read the cell decides nothing
(`other_symbol_word`, `guard_caption_symbols`).

Captions define such symbols in brackets too, and tables print them as row labels: Wang et al.
(Unsupervised Learning Helps Supervised Neural Word Segmentation, AAAI 2019, Table 3) head
their rows "Train / #s", "Train / #w", "Dev / #s", ... under the caption "Statistics of the
dataset, number of sentences (#s) and words (#w)", and "The AS development set contains 545k
sentences" (545k are its words) was confirmed by the "Dev / #w" cell (round 35, probe35a). A
bracketed symbol after the words it abbreviates ("sentences (#s)", back to a comma, "and",
"or", "of" or the caption's start) is defined as "#s denotes ..." is (`_bracketed`), and the
symbols of the row labels are read as those of the column labels are.

It names no paper, table or number; it reads the claim, the cell's labels and the caption.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper, Table

from .cells_read import Labelled, undecide_by_cells
from .label_text import caption_text

# "#s denotes the number of sentences (...)": a short symbol, a defining verb, its definition up
# to the next comma, semicolon or full stop outside brackets.
_DEFINITION = re.compile(
    r"(?:^|[\s,;:(])(?P<symbol>[^\s,;:()]{1,5})\s+(?:denotes|denote|stands\s+for|refers\s+to|"
    r"indicates|is)\s+(?P<meaning>(?:[^,;.()]|\([^()]*\))+)")
# "number of sentences (#s) and words (#w)": a symbol in brackets after the words it stands
# for, back to the previous comma, semicolon, "and", "or", "of" or bracket.
_BRACKETED = re.compile(
    r"(?P<meaning>[^,;:()]+?)\s*\((?P<symbol>[^\s,;:()]{1,5})\)")
_MEANING_START = re.compile(r".*(?:\b(?:and|or|of)\s+)", re.S)
_WORD = re.compile(r"[a-z]{3,}")
_STOP = frozenset(("the", "and", "for", "per", "with", "number", "numbers", "average",
                   "maximum", "minimum", "mean", "total", "count", "of", "all", "each"))


def _words(text: str) -> set[str]:
    """Content words, lower-cased, a plural "s" dropped."""
    return {word[:-1] if len(word) > 3 and word.endswith("s") else word
            for word in _WORD.findall(text.casefold()) if word not in _STOP}


def symbol_meanings(caption: str, table: Table) -> dict[str, set[str]]:
    """The symbols the caption defines that are tokens of the table's column headers (or, for
    a bracketed symbol, its row labels), each with the content words of its definition less
    the words every definition shares."""
    headers = {token for label in table.header for token in label.split()}
    rows = {token for row in table.rows if row
            for label in [row[0].text, *row[0].row_headers] for token in label.split()}
    meanings: dict[str, set[str]] = {}
    for match in _DEFINITION.finditer(caption):
        symbol = match.group("symbol")
        if symbol in headers and (not symbol.isalpha() or len(symbol) <= 3):
            meanings.setdefault(symbol, set()).update(_words(match.group("meaning")))
    for symbol, meaning in _bracketed(caption):  # "sentences (#s)": of columns or rows
        if symbol in headers | rows:
            meanings.setdefault(symbol, set()).update(_words(meaning))
    if len(meanings) < 2:
        return {}
    shared = set.intersection(*meanings.values())
    return {symbol: words - shared for symbol, words in meanings.items()}


def _bracketed(caption: str) -> list[tuple[str, str]]:
    """The symbols a caption defines in brackets after their words, each with those words
    ("#s", "sentences" of "number of sentences (#s) and words (#w)"). Only symbols that are no
    word: a bracket holding a word is a second name, read by verify/definitions.py."""
    found = []
    for match in _BRACKETED.finditer(caption):
        symbol = match.group("symbol")
        if symbol.isalpha():
            continue
        found.append((symbol, _MEANING_START.sub("", match.group("meaning"))))
    return found


def other_symbol_word(claim_text: str, caption: str, table: Table,
                      found: Labelled) -> tuple[str, str] | None:
    """A claim word that the caption gives only to a symbol heading other columns than the
    cell's, with that symbol, when the claim says no word of the cell's own symbols; else
    None."""
    meanings = symbol_meanings(caption, table)
    if not meanings:
        return None
    tokens = {token for label in [*found.columns, *found.rows] for token in label.split()}
    own = [symbol for symbol in meanings if symbol in tokens]
    if not own:
        return None
    # a claim word the cell's own labels print names the cell ("USE" of "USE D")
    claim = _words(claim_text) - _words(" ".join([*found.rows, *found.columns]))
    own_words = set().union(*(meanings[symbol] for symbol in own))
    if claim & own_words:
        return None
    for symbol, words in meanings.items():
        if symbol in own:
            continue
        if hit := sorted((claim & words) - own_words):
            return hit[0], symbol
    return None


def guard_caption_symbols(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each deciding table check whose cell's column symbol the caption defines while
    the claim says a word the caption gives to another column's symbol (module docstring). In
    place."""

    def why(table: Table, found: Labelled) -> str | None:
        hit = other_symbol_word(claim.text, caption_text(table.caption), table, found)
        if hit is None:
            return None
        return (f"The claim's \u201c{hit[0]}\u201d is what the caption says \u201c{hit[1]}\u201d "
                f"stands for, a symbol of other rows or columns than the cell's "
                f"(\u201c{' / '.join([*found.rows, *found.columns])}\u201d)")

    undecide_by_cells(checks, paper, why)
