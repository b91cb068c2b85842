"""The columns of a claims table and the values of its cells (extract/report.py).

Which header names mean the claim, mark and confidence columns; the marks (✓/×, Yes/No) and
confidences ("0.15", "15%") a cell may hold, with strict token patterns for PDF text where
cells are not delimited; and the readers of one cell. Kept apart from the table parsers
because it is the vocabulary every form of table shares and the one place a new mark or
column name is added.
"""

from __future__ import annotations

import re
import unicodedata

from verify_claims.claims.bounded import short_repr

__all__ = ["CLAIM", "COLUMN_NAMES", "CONFIDENCE", "FALSE_MARKS", "KEY_OF_NAME", "MARK", "MISSING",
           "NAME_RE", "TOKENS", "TRUE_MARKS", "parse_confidence", "parse_mark"]

CLAIM, MARK, CONFIDENCE = "claim", "mark", "confidence"
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    CLAIM: ("claim", "claims", "claim text", "statement"),
    MARK: ("verified", "verification", "supported", "mark", "verdict"),
    CONFIDENCE: ("confidence", "conf.", "conf", "confidence score"),
}
KEY_OF_NAME = {name: key for key, names in COLUMN_NAMES.items() for name in names}
_NAME = "|".join(sorted((re.escape(name) for name in KEY_OF_NAME), key=len, reverse=True))
NAME_RE = re.compile(rf"(?<!\S)(?:{_NAME})(?!\S)", re.IGNORECASE)

TRUE_MARKS = {"\u2713", "\u2714", "\u2611", "\u2705", "\u221a", "yes", "true", "y"}
FALSE_MARKS = {"\u00d7", "\u2717", "\u2718", "\u2715", "\u274c", "x", "no", "false", "n"}
MISSING = {"", "\u2014", "\u2013", "-", "n/a", "na", "none", "?"}

# Strict token patterns, used where cells are not delimited (PDF text) so that a word of a
# claim is not mistaken for a cell. "x"/"X" and "Y"/"N" are accepted only in delimited cells.
_MARK_TOKEN = (r"(?:[\u2713\u2714\u2611\u2705\u221a\u00d7\u2717\u2718\u2715\u274c]"
               r"|Yes|No|True|False)")
_CONFIDENCE_TOKEN = r"(?:\d{1,3}(?:\.\d+)?\s?%|0?\.\d+|[01](?:\.\d+)?|[\u2014\u2013-]|n/a)"
TOKENS = {MARK: _MARK_TOKEN, CONFIDENCE: _CONFIDENCE_TOKEN}


def parse_mark(cell: str) -> bool | None:
    """✓ ✔ Yes True → True; × ✗ ✘ x No False → False; empty or a dash → None.
    Raises ValueError for anything else."""
    value = unicodedata.normalize("NFC", cell).strip().casefold()
    if value in TRUE_MARKS:
        return True
    if value in FALSE_MARKS:
        return False
    if value in MISSING:
        return None
    raise ValueError(f"unreadable mark {short_repr(cell.strip())}")


def parse_confidence(cell: str) -> float | None:
    """"0.15" → 0.15, "15%" → 0.15; empty or a dash → None. Raises ValueError for text that is
    not a number or a number outside [0, 1]."""
    value = cell.strip()
    if value.casefold() in MISSING:
        return None
    percent = value.endswith("%")
    try:
        number = float(value.rstrip("%").strip())
    except ValueError:
        raise ValueError(f"unreadable confidence {short_repr(value)}") from None
    if percent:
        number /= 100
    if not 0 <= number <= 1:
        raise ValueError(f"confidence {short_repr(value)} is outside 0 to 1")
    return number
