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
