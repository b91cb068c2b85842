"""Units printed as one compound: "mV°C−1", "nA/°C", "nA/µε", "ms/step".

The noun after a number says what it measures (number_context.measure_after), and for a
physical unit the first word of that noun is a unit symbol ("mV", "nA"). A symbol glued to a
slash, a degree sign, a dot or an exponent ("mV°C−1", "nA/°C") is only the numerator of a
compound unit: a rate per degree, per strain or per step, a different measure from the bare
unit ("0.90 mV°C−1" is a temperature coefficient, "73.6 mV" a voltage; "2.59 nA/µε" a strain
sensitivity, "52.06 nA/°C" a temperature sensitivity). The general fact: units are compared
whole, so the measure of such a number is its whole printed unit.

A rate written with negative exponents instead of "per" ("2.44 x 10^4 copies ng DNA\u22121",
"5 mg L\u22121", "26.762 kg m\u22123") puts its denominator after the counted noun, apart by
spaces: the noun is "copies", and "ng DNA\u22121" says per what (probe35b: Hu et al., Appl.
Environ. Microbiol. 2011; the noun was read "copies ng", and "2.44 x 10^4 copies per ng of DNA",
the paper's own number, never met it). The words from the first one up to a word that carries
a negative exponent, three words at most, are a denominator, no part of the measured noun
(`denominator_at`).
"""

from __future__ import annotations

import re

from .micro_sign import ascii_micro

# What may follow a unit symbol inside one compound unit, with no space: a slash ("nA/°C"), a
# degree sign ("mV°C"), a product dot ("N·m"), a caret or an exponent ("s−1", "m^2", "cm2" is
# read as one word already).
_JOINED = re.compile(r"[/°·⋅^]|[\u2212\-]\d|[⁻¹²³]")
_RUN = re.compile(r"\S+")
# The denominator of a compound unit whose slash ended a printed line ("400 µg/ disc", Alam et
# al., Dhaka Univ. J. Pharm. Sci. 2009): a word right after the slash and one space.
_BROKEN = re.compile(r" ([^\W\d_][^\s/]*)")


def compound_unit(text: str, match: re.Match[str]) -> str | None:
    """The whole compound unit starting with the word `match` (a unit symbol right after a
    number; its group 1 when it has one), casefolded ("mv°c−1"), or None when nothing is
    glued to the word."""
    group = 1 if match.re.groups else 0
    if not _JOINED.match(text, match.end(group)):
        return None
    run = _RUN.match(text, match.start(group))
    if run is None:
        return None
    printed = run.group()
    if printed.endswith("/") and (rest := _BROKEN.match(text, run.end())):
        printed += rest.group(1)  # "400 µg/ disc": a line broke after the slash (round 25)
    return ascii_micro(printed.rstrip(".,;:)]").casefold())  # "µm/s" is "um/s"


_SYMBOL = re.compile(r"\s?([^\W\d_][\w]*)")


def compound_after(text: str, end: int) -> str | None:
    """The compound unit printed right after a number ending at `end` ("0.90 mV°C−1" →
    "mv°c−1"), or None when the word after it is no compound unit."""
    symbol = _SYMBOL.match(text, end)
    return compound_unit(text, symbol) if symbol else None


# Up to two words, then a word with a negative exponent glued on: "ng DNA\u22121", "L\u22121",
# "m\u22122 s\u22121".
_DENOMINATOR = re.compile(r"\s*(?:[^\W\d_][\w]*\s+){0,2}[^\W\d_][\w]*[\u2212\-][1-4](?![\w.])")


def denominator_at(text: str, start: int) -> bool:
    """Whether the words of `text` from `start` are the denominator of a rate written with a
    negative exponent ("ng DNA\u22121" after "copies"; module docstring)."""
    return _DENOMINATOR.match(text, start) is not None
