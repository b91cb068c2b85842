"""Greek letters are printed as symbols in papers and spelled out in reports, or the other way.

A paper writes "0.89 Kendall's τ", "Fleiss κ", "α = 0.5"; a report that retells it writes
"Kendall's tau", "Fleiss kappa", "alpha". The five-letter index terms keep "τ" and "tau"
apart, so the claim's word is missing from the very sentence it copies. Which letter is which
is read from the Unicode character names ("GREEK SMALL LETTER TAU"), not from a list of our
own: a passage's terms gain the name of each Greek letter it prints, and the letter of each
Greek letter's name it spells.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .passages import content_terms

_PREFIXES = ("GREEK SMALL LETTER ", "GREEK CAPITAL LETTER ")


def _greek_letters() -> dict[str, str]:
    """Each Greek letter (small and capital, no accented or archaic forms) and its name."""
    letters = {}
    for code in range(0x0391, 0x03CA):
        char = chr(code)
        name = unicodedata.name(char, "")
        for prefix in _PREFIXES:
            rest = name[len(prefix):]
            if name.startswith(prefix) and rest.isalpha():
                letters[char] = rest.casefold()
    return letters


_LETTER_NAMES = _greek_letters()
_LETTERS_OF = {}
for _char, _name in _LETTER_NAMES.items():
    _LETTERS_OF.setdefault(_name, _char.casefold())
_SYMBOL = re.compile("[" + "".join(_LETTER_NAMES) + "]")
_NAME = re.compile(r"\b(?:" + "|".join(sorted(_LETTERS_OF, key=len, reverse=True)) + r")\b",
                   re.I)


@lru_cache(maxsize=16384)
def symbol_terms(text: str) -> frozenset[str]:
    """The index terms of the other spelling of each Greek letter in `text`: "τ" → "tau",
    "tau" → "τ"."""
    terms: set[str] = set()
    for char in _SYMBOL.findall(text):
        terms.update(content_terms(_LETTER_NAMES[char]))
    for name in _NAME.findall(text):
        terms.add(_LETTERS_OF[name.casefold()])
    return frozenset(terms)


def spelled_letters(word: str) -> str:
    """`word` with each Greek letter in it spelled by its name ("π-turn" → "pi-turn")."""
    return _SYMBOL.sub(lambda found: _LETTER_NAMES[found[0]], word) if _SYMBOL.search(word) \
        else word
