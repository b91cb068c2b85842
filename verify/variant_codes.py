"""Short lower-case codes that tables glue to a name after a hyphen for its settings, said by
the words they stand for: "MNLI-m" / "MNLI matched", "MNLI-mm" / "MNLI mismatched".

Benchmark tables print the settings of one data set as a code of one to three lower-case
letters after its name ("MNLI-m", "MNLI-mm" in GLUE tables; "-c"/"-u" for cased and uncased
models), and prose spells the setting out after the name ("84.6 on MNLI matched"). A header
word's hyphenated parts are said by claim words in a row (`ClaimWords._names`), and a code
of one letter was said by no claim word but itself, so the cell check found no cell for
"MNLI matched" and could neither confirm nor contradict it (red team 6, arXiv:1810.04805
Table 1).

A code says a claim word when it is that word's initials (`code_of`): its first letter, and
for a word that opens with a prefix of opposition ("mis-", "un-", "non-", "dis-"), the
prefix's first letter and then the stem's ("mm" of "mismatched", "uc" of "uncased"). So "m"
is said by "matched" and never by "mismatched", whose code is "mm", and "mm" never by
"matched": a claim about one setting never names its sibling's column. Only words that name
a setting read so: a participle ("matched", "filtered", "translated"), not any noun of the
same first letter ("MNLI models" names no "MNLI-m" column); and only a code printed in lower
case after a name with capitals or letters ("MNLI-m", not the metric "ROUGE-L", whose parts
the claim prints as they are).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .header_vocabulary import HeaderWord
    from .header_words import ClaimWords

_PREFIXES = ("mis", "non", "dis", "un")
"""Prefixes of opposition whose first letter a setting's code keeps ("mm" of "mismatched")."""
_CODE = re.compile(r"[a-z]{1,3}")
_SETTING = re.compile(r"[a-z]{3,}(?:ed|ing)")
"""A claim word that names a setting: a participle of at least five letters."""


def code_of(claimed: str) -> str:
    """The initials a table's code gives the setting word `claimed`: "m" of "matched", "mm" of
    "mismatched", "uc" of "uncased"."""
    for prefix in _PREFIXES:
        if claimed.startswith(prefix) and len(claimed) - len(prefix) >= 4:
            return prefix[0] + claimed[len(prefix)]
    return claimed[:1]


def says_code(code: str, claimed: str) -> bool:
    """Whether the claim word `claimed` (lower case) says `code`, the lower-case part after a
    hyphen of a header word ("m" of "mnli-m"), by the rule of the module docstring."""
    return bool(_CODE.fullmatch(code)) and bool(_SETTING.fullmatch(claimed)) \
        and code_of(claimed) == code


def coded(word: str) -> bool:
    """A header word (lower case) that ends in a setting's code after a hyphen ("mnli-m")."""
    name, _, code = word.rpartition("-")
    return bool(name) and bool(_CODE.fullmatch(code))


def names_sibling_code(words: ClaimWords, own: Iterable[HeaderWord],
                       others: Iterable[Iterable[HeaderWord]], caption: str | None) -> bool:
    """Whether the claim names, by a code, a header of another path on the cell's axis that the
    cell's own path (`own`) lacks: "84.6 on both MNLI matched and mismatched" says "mm" as
    well as the cell's "m". The accounting weighs the unaccounted "mismatched" as one word of
    several and let the "MNLI-m" cell confirm the claim alone, though it speaks of the
    "MNLI-mm" column too (83.4): a cell decides nothing for a claim that names its sibling."""
    mine: set[int] = set()
    bases = set()  # the names the cell's own codes follow ("mnli" of "mnli-m")
    for word in own:
        mine |= words.names(word, caption=caption) or set()
        if coded(word.word):
            bases.add(word.word.rpartition("-")[0])
    if not bases:
        return False  # no setting code of the cell's own ("#Feats" beside "test-ep")
    for path in others:
        for word in path:
            if not coded(word.word) or word.word.rpartition("-")[0] not in bases:
                continue
            said = words.names(word, caption=caption)
            if said and not said <= mine:
                return True
            # The code's word said apart from the name, in a claim that says the name ("on
            # both MNLI matched and mismatched": the name is said once, for both settings);
            # not any participle of the code's letter ("masked LM perplexity" beside a table's
            # "MNLI-m" column).
            name, _, code = word.word.rpartition("-")
            if name in words.words and any(
                    says_code(code, claimed) for position, claimed in enumerate(words.words)
                    if position not in mine):
                return True
    return False


_NEGATING_PIECES = frozenset(("no", "not", "non", "without", "none", "anti", "un"))
_PIECE = re.compile(r"[a-z]{3,}")


def spaced_pieces(words: Sequence[str], printed: Sequence[str]) -> list[tuple[str, int]]:
    """The pieces of the claim's hyphenated common words, each with its word's position: a
    claim hyphenates a compound that a table prints spaced, "text-line indicators" for the
    column "Text Line G(L)", "line-level H-VILA" for the row "H-VILA(Text Line)". Each piece
    says the header word it is (`says_piece`); the claim word's prefix already said the first
    ("text" of "text-line"), and "line" was said by no word, so the claim named "Text Line"
    no more than "Text Block" and no cell of either decided it.

    Only a word printed in lower case (a name such as "BERT-Base" or "English-German" is a
    name, its parts no header words of their own), whose pieces are all words of three
    letters or more, and none a negation ("non-English" says no "English")."""
    found = []
    for index, (word, shown) in enumerate(zip(words, printed, strict=True)):
        if "-" not in word or shown[1:] != shown[1:].lower():
            continue
        pieces = word.split("-")
        if len(pieces) < 2 or not all(_PIECE.fullmatch(piece) for piece in pieces) \
                or pieces[0] in _NEGATING_PIECES:
            continue
        found += [(piece, index) for piece in pieces]
    return found


def says_piece(header: str, piece: str) -> bool:
    """A piece of a hyphenated claim word says the header word it is, plural aside."""
    return len(header) >= 3 and (piece == header or piece.rstrip("s") == header.rstrip("s"))


_BETWEEN = frozenset(("s", "with", "the", "a", "an", "its"))
"""Words a claim may put between a system's name and its variant's acronym ("Grobid's CRF",
"Grobid with the CRF model")."""


def glued_acronyms(words: Sequence[str], printed: Sequence[str]) -> dict[str, frozenset[int]]:
    """Header words a claim says as a name and a variant's acronym apart: "GrobidCRF" and
    "GROBIDCRF" (arXiv:2023.emnlp-demo.45's Tables 2 and 3, the CRF and neural variants of
    Grobid printed as one word) by "Grobid's CRF model" or "Grobid with the CRF model". The
    table glues the acronym to the name; the claim says the name and the acronym, a few
    function words apart, the acronym in capitals as printed. No other reading of the
    module said "grobidcrf" at all (a header word is said by one claim word, or by its parts
    after a hyphen), so the cell's passage lacked "CRF" and decided nothing.

    Returns each glued form (lower case) with the positions of the two words that say it."""
    found: dict[str, frozenset[int]] = {}
    for second, shown in enumerate(printed):
        if not (2 <= len(shown) <= 5 and shown.isupper() and shown.isalpha()):
            continue
        for first in range(max(0, second - 4), second):
            if len(words[first]) >= 3 and words[first].isalpha() \
                    and all(word in _BETWEEN for word in words[first + 1:second]):
                found[words[first] + words[second]] = frozenset((first, second))
    return found
