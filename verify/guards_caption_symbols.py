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
_WORD = re.compile(r"[a-z]{3,}")
_STOP = frozenset(("the", "and", "for", "per", "with", "number", "numbers", "average",
                   "maximum", "minimum", "mean", "total", "count", "of", "all", "each"))


def _words(text: str) -> set[str]:
    """Content words, lower-cased, a plural "s" dropped."""
    return {word[:-1] if len(word) > 3 and word.endswith("s") else word
            for word in _WORD.findall(text.casefold()) if word not in _STOP}


def symbol_meanings(caption: str, table: Table) -> dict[str, set[str]]:
    """The symbols the caption defines that are tokens of the table's column headers, each with
    the content words of its definition less the words every definition shares."""
    headers = {token for label in table.header for token in label.split()}
    meanings: dict[str, set[str]] = {}
    for match in _DEFINITION.finditer(caption):
        symbol = match.group("symbol")
        if symbol in headers and (not symbol.isalpha() or len(symbol) <= 3):
            meanings.setdefault(symbol, set()).update(_words(match.group("meaning")))
    if len(meanings) < 2:
        return {}
    shared = set.intersection(*meanings.values())
    return {symbol: words - shared for symbol, words in meanings.items()}


def other_symbol_word(claim_text: str, caption: str, table: Table,
                      found: Labelled) -> tuple[str, str] | None:
    """A claim word that the caption gives only to a symbol heading other columns than the
    cell's, with that symbol, when the claim says no word of the cell's own symbols; else
    None."""
    meanings = symbol_meanings(caption, table)
    if not meanings:
        return None
    tokens = {token for label in found.columns for token in label.split()}
    own = [symbol for symbol in meanings if symbol in tokens]
    if not own:
        return None
    claim = _words(claim_text)
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
                f"stands for, a symbol of other columns than the cell's "
                f"(\u201c{found.column}\u201d)")

    undecide_by_cells(checks, paper, why)
