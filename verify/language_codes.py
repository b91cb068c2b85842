"""Two-letter language codes (ISO 639-1) and the English names prose gives them.

Translation tables head their columns with a pair of codes ("EN-DE", "En→De") and reports
name the direction in words ("English-to-German", "from English to German"). A code is said
by the name it stands for; prefixes alone say only some ("en" of "English", "fr" of "French"),
never "de" of "German" or "zh" of "Chinese", so the names are read from
claims/languages.py (the ISO standard's list, shared with the recipes). A pair is read as
languages only when both of its codes are on it (`language_pair`), and always in its order:
"EN-DE" (English to German) is not "DE-EN".
"""

from __future__ import annotations

import re

from verify_claims.claims.languages import LANGUAGE_NAMES

NAMES = {code: name.casefold() for code, name in LANGUAGE_NAMES.items()}
"""ISO 639-1 code -> the language's English name, lower case."""

_PAIR = re.compile(r"([a-z]{2})-([a-z]{2})")


def language_pair(word: str) -> tuple[str, str] | None:
    """The two codes of a header word printed as a pair of language codes joined by a hyphen
    ("en-de", as header words fold it), source first; None for any other word."""
    match = _PAIR.fullmatch(word)
    if match is None or match[1] == match[2] or not {match[1], match[2]} <= NAMES.keys():
        return None
    return match[1], match[2]


def says_language(code: str, word: str, name_only: bool = False) -> bool:
    """Whether the claim word `word` (lower case) names the language of `code`: its name
    ("german" for "de") or, unless `name_only`, a word the code starts ("en" of "english",
    as an arrow header "En→It" was read before; only beside "-to-", since "end-devices"
    would otherwise say "en-de")."""
    name = NAMES.get(code)
    return (name is not None and word.startswith(name)) \
        or (not name_only and word.startswith(code))


CODES_OF: dict[str, tuple[str, ...]] = {}
"""A language's English name, lower case -> its ISO 639-1 codes."""
for _code, _name in NAMES.items():
    CODES_OF.setdefault(_name, ())
    CODES_OF[_name] += (_code,)


def names_language_code(code: str, printed_as_name: bool, claimed: str) -> bool:
    """Whether the claim word `claimed` (lower case) says a header printed as one language
    code, "DE" or "De" (`printed_as_name`: in capitals, or with a capital first letter), by
    the language's name: "German" of the row "DE GUR350", "Czech" of the column "CS".

    Multilingual tables head a row or column per language by its code alone (arXiv:1607.04606
    Tables 1, 2 and 5: "DE", "CS", "ES" ...), and prose names the language. A code's prefix
    already said some ("ru" of "Russian", `says_language`), never "de" of "German", "cs" of
    "Czech" or "es" of "Spanish", so a claim about German data missed the cell that the
    claim about Russian data found. Only the full name says the code, and only a code printed
    as a label of its own (not "de" inside a word, which is no header word of two letters)."""
    return printed_as_name and NAMES.get(code) == claimed
