"""Stable identifiers.

A claim id is a hash of its normalised text and its report's name, which is the report's path
relative to the common root of the audit's inputs (`a/report.txt`): re-running the audit on the
same files gives the same ids, on any machine, two same-named reports in different folders get
different ones, and a re-wrapped claim (different whitespace, curly quotes) keeps its id.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
                         "\u2014": "-", "\u2212": "-"})


def normalise(text: str) -> str:
    """Case-folded NFKC text with unified quotes and dashes and collapsed whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).translate(_DASHES)
    return _SPACE.sub(" ", text).strip().casefold()


def scrub(text: str) -> str:
    """`text` with each lone UTF-16 surrogate replaced by U+FFFD (a pair becomes its character).

    Lone surrogates come from a file name that is not UTF-8 (Python keeps its bytes that way)
    or from a PDF's broken character map, and no UTF-8 output (JSON, HTML, a hash) can hold
    one: left in, a single such file name made the whole run fail when writing."""
    if text.isascii():
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def digest(*parts: str, length: int = 16) -> str:
    """A short hex SHA-256 of the parts, separated so that ("ab", "c") != ("a", "bc")."""
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part.encode("utf-8"))
        hasher.update(b"\x1f")
    return hasher.hexdigest()[:length]


def claim_id(report: str, text: str, occurrence: int = 1) -> str:
    """The id of a claim: its report's name (the path relative to the inputs' root) plus its
    normalised text; `occurrence` counts a text the report prints more than once (the first
    occurrence's id is the plain one)."""
    if occurrence == 1:
        return "c" + digest(report, normalise(text))
    return "c" + digest(report, normalise(text), str(occurrence))
