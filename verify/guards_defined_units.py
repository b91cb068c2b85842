"""A claimed count of things ("8 GPUs") is not read from a column whose caption definition says
it holds another quantity ("TR: approximate training time (hours)").

Round 37 (probe37a, Hill, Cho and Korhonen, NAACL 2016, Table 1): "SkipThought was trained on 8
GPUs in parallel" (the paper says nothing of how many GPUs) was CONTRADICTED by SkipThought's
cell 336* of the column "TR", which the caption defines as "approximate training time (hours) on
the dataset in this paper", followed by "* indicates trained on GPU". The caption speaks of
training and of a GPU, so the cell was "the only cell whose headers and caption speak of
everything the claim does"; but 336 is a number of hours, and the claim counts GPUs.

The general fact: a caption that defines a column's short header as a quantity with its unit in
brackets ("TR: approximate training time (hours)") says what the column's numbers are. A
claimed number followed by the plural noun it counts ("8 GPUs", "3 epochs", "140 seconds") is a
number of that noun; when neither the column's header nor its caption definition names that
noun (a unit printed short, "(s)" for seconds, counts as named), the cell holds another
quantity and decides nothing about the claim (`guard_defined_units`). Only withholds, and only
for columns the caption defines so. (First written for any defined column and any noun after a
number, it withheld one right verdict of the blind sums: a definition that names a data set
says nothing of the measure, and "92.2 accuracy" counts nothing.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper, Table

from .cells_read import Labelled, undecide_by_cells
from .label_text import caption_text

__all__ = ["claimed_nouns", "column_definition", "guard_defined_units"]

defined_units_guarded = True
"""Whether a claimed count of another noun than the defined column's is withheld (a
planted-bug test switches it off)."""

_NUMBER_NOUN = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?\s*(?:[kKmMbB]\b)?"
                          r"\s+(?P<noun>[A-Za-z]{2,})")
# Words after a number that are no noun it counts.
_NOT_NOUNS = frozenset((
    "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "than", "times",
    "percent", "per", "points", "point", "the", "a", "an", "is", "was", "are", "were", "as",
    "higher", "lower", "more", "less", "fewer", "over", "under", "out", "against", "versus",
    "vs", "when", "while", "after", "before", "respectively", "each", "all", "across",
))
# A unit in brackets: the definition says the column is a measured quantity ("(hours)", "(s)").
_UNIT = re.compile(r"\(\s*[A-Za-z][A-Za-z/]{0,11}\s*\)")
# Units printed short in headers and definitions, by their spelled names.
_SHORT = {
    "second": ("s", "sec", "secs"), "minute": ("min", "mins", "m"), "hour": ("h", "hr", "hrs"),
    "day": ("d",), "millisecond": ("ms",), "gigabyte": ("gb",), "megabyte": ("mb",),
}


def _singular(word: str) -> str:
    word = word.casefold()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 \
        else word


def claimed_nouns(text: str) -> set[str]:
    """The nouns the claim's numbers count ("8 GPUs" -> "gpu"), singular and lower case."""
    return {_singular(match["noun"]) for match in _NUMBER_NOUN.finditer(text)
            if match["noun"].casefold() not in _NOT_NOUNS and _plural(match["noun"])}


def _plural(word: str) -> bool:
    """A counted noun is printed plural ("8 GPUs", "140 seconds"): a measure after a number
    ("92.2 accuracy") is not."""
    return word.endswith("s") and not word.endswith("ss") and len(word) > 2


def column_definition(caption: str | None, header: str) -> str | None:
    """What the caption says a short column header stands for ("TR: approximate training time
    (hours) on the dataset in this paper." -> its definition); None without one."""
    if not header or len(header) > 8 or not re.fullmatch(r"[A-Za-z][\w\-]*", header):
        return None
    text = caption_text(caption)
    match = re.search(rf"(?<![\w]){re.escape(header)}\s*:\s*(?P<definition>[^.]+)", text)
    return match["definition"] if match else None


def _names(noun: str, text: str) -> bool:
    """Whether `text` (a header and its definition) names the noun, or its unit printed
    short."""
    words = {_singular(word) for word in re.findall(r"[A-Za-z]+", text)}
    return noun in words or any(short in words for short in _SHORT.get(noun, ()))


def _other_quantity(nouns: set[str]):
    def why(table: Table, found: Labelled) -> str | None:
        header = found.column
        definition = column_definition(table.caption, header)
        if definition is None or not _UNIT.search(definition):
            return None
        missing = sorted(noun for noun in nouns
                         if not _names(noun, " ".join(found.columns) + " " + definition))
        if not missing or len(missing) < len(nouns):
            return None
        return (f"The caption defines the column \u201c{header}\u201d as "
                f"\u201c{definition.strip()}\u201d: no count of {missing[0]}s, which the "
                f"claim's number counts")
    return why


def guard_defined_units(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose cell's column the caption defines as a quantity
    that names no noun the claim's numbers count (module docstring). In place."""
    if not defined_units_guarded:
        return
    nouns = claimed_nouns(claim.text)
    if not nouns:
        return
    undecide_by_cells(checks, paper, _other_quantity(nouns))
