"""Two-letter language codes (ISO 639-1) and the English names prose gives them.

Translation tables head their columns with a pair of codes ("EN-DE", "En→De") and reports
name the direction in words ("English-to-German", "from English to German"). A code is said
by the name it stands for; prefixes alone say only some ("en" of "English", "fr" of "French"),
never "de" of "German" or "zh" of "Chinese", so the names are listed here. The list is the
ISO standard's, a fact of the world rather than of one paper; a pair is read as languages
only when both of its codes are on it (`language_pair`), and always in its order: "EN-DE"
(English to German) is not "DE-EN".
"""

from __future__ import annotations

import re

NAMES = {
    "ar": "arabic", "bg": "bulgarian", "ca": "catalan", "cs": "czech", "da": "danish",
    "de": "german", "el": "greek", "en": "english", "es": "spanish", "et": "estonian",
    "eu": "basque", "fa": "persian", "fi": "finnish", "fr": "french", "gu": "gujarati",
    "he": "hebrew", "hi": "hindi", "hu": "hungarian", "id": "indonesian", "it": "italian",
    "ja": "japanese", "kk": "kazakh", "km": "khmer", "ko": "korean", "lt": "lithuanian",
    "lv": "latvian", "ne": "nepali", "nl": "dutch", "pl": "polish", "ps": "pashto",
    "pt": "portuguese", "ro": "romanian", "ru": "russian", "si": "sinhala", "sv": "swedish",
    "sw": "swahili", "ta": "tamil", "th": "thai", "tr": "turkish", "uk": "ukrainian",
    "ur": "urdu", "vi": "vietnamese", "zh": "chinese",
}
"""ISO 639-1 code -> the language's English name, lower case."""

_PAIR = re.compile(r"([a-z]{2})-([a-z]{2})")


def language_pair(word: str) -> tuple[str, str] | None:
    """The two codes of a header word printed as a pair of language codes joined by a hyphen
    ("en-de", as header words fold it), source first; None for any other word."""
    match = _PAIR.fullmatch(word)
    if match is None or match[1] == match[2] or not {match[1], match[2]} <= NAMES.keys():
        return None
    return match[1], match[2]


def says_language(code: str, word: str) -> bool:
    """Whether the claim word `word` (lower case) names the language of `code`: its name
    ("german" for "de") or, as before, a word the code starts ("en" of "english")."""
    name = NAMES.get(code)
    return word.startswith(code) or (name is not None and word.startswith(name))
