"""Table numbers printed in Roman numerals ("TABLE IV", IEEE and APS styles) and their Arabic
value, so that "Table IV" and "Table 4" name the same table wherever a claim, a passage or a
caption is compared with a table's label."""

from __future__ import annotations

import re

# I .. XX: the tables a paper numbers; a longer numeral is more likely a word or a code.
ROMAN = re.compile(r"^(?=[IVX])(X{0,2})(IX|IV|V?I{0,3})$")
_VALUES = {"I": 1, "V": 5, "X": 10}
# "Table IV", "Tab. 3", "TABLE II", "Table A1": the number a reference or caption gives.
_REFERENCE = re.compile(r"\b(?:Table|TABLE|Tab\.)\s*([A-Z]?\d+[a-z]?|[IVX]{1,5})\b(?![a-z])")


def roman_value(text: str) -> int | None:
    """The value of an upper-case Roman numeral from I to XX, else None."""
    if not text or not ROMAN.match(text):
        return None
    total = 0
    for number, letter in enumerate(text):
        value = _VALUES[letter]
        following = _VALUES[text[number + 1]] if number + 1 < len(text) else 0
        total += -value if value < following else value
    return total if 1 <= total <= 20 else None


def arabic(number: str) -> str:
    """A table number as Arabic digits ("IV" -> "4"); any other number unchanged."""
    value = roman_value(number)
    return str(value) if value is not None else number


def table_numbers(text: str) -> list[str]:
    """The table numbers `text` names ("Table IV and Table 2" -> ["4", "2"]), Arabic."""
    return [arabic(match[1]) for match in _REFERENCE.finditer(text)]


__all__ = ["ROMAN", "arabic", "roman_value", "table_numbers"]
