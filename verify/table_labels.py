"""Printed numbers and names matched to table labels, for the table check (table_check.py).

A printed number stands for the interval of values that round to it (`_Printed`); a claim's
entity is matched to row labels and column headers by normalised tokens, a leading part of the
label, or rapidfuzz's ratio (`_Labels`); see table_check.py's docstring for the rules.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from rapidfuzz import fuzz, process

from verify_claims.claims import (
    Cell,
    Entity,
    Quantity,
)

FUZZY_CUTOFF = 90
"""rapidfuzz ratio (0-100) a label must reach to match a name it does not equal."""

MINUS = "\u2212"


# ---------------------------------------------------------------------------------------------
# Printed numbers


@dataclass(frozen=True)
class _Printed:
    """A number as printed: its value and the half-width of the interval it stands for."""

    value: Decimal
    half: Decimal
    decimals: int




def _half(decimals: int) -> Decimal:
    return Decimal(5).scaleb(-(decimals + 1))


def _decimal(value: float) -> Decimal | None:
    """The float's shortest repr as a Decimal: 69.7 stays exactly 69.7."""
    return Decimal(repr(float(value))) if math.isfinite(value) else None


def _printed_cell(cell: Cell | None) -> _Printed | None:
    """The number in a cell with its printed precision, as extract read it ("87.0†" -> 87.0 to
    1 decimal, "393k" -> 393000 to the thousand), or None for text, dashes and empty cells."""
    if cell is None or cell.value is None or cell.decimals is None:
        return None
    value = _decimal(cell.value)
    if value is None:
        return None
    return _Printed(value, _half(cell.decimals), cell.decimals)


def _printed_claim(quantity: Quantity) -> _Printed | None:
    value = _decimal(quantity.value)
    if value is None:
        return None
    return _Printed(value, _half(quantity.decimals), quantity.decimals)


def _fmt(value: Decimal, decimals: int | None = None) -> str:
    """A number as a person would print it: fixed decimals, thousands grouped, a real minus."""
    if decimals is not None:
        # A number with more digits than the context holds is printed as it is.
        with suppress(InvalidOperation):
            value = value.quantize(Decimal(1).scaleb(-max(decimals, 0)))
    text = f"{value:,f}" if abs(value) >= 10000 else f"{value:f}"
    return text.replace("-", MINUS)


# ---------------------------------------------------------------------------------------------
# Names


_MARKS = str.maketrans({mark: " " for mark in "\u2020\u2021*\u00a7\u00b6"})
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_TOKEN = re.compile(r"[^\W_]+\+*|\+")


def _tokens(text: str) -> list[str]:
    """Lower-case words and numbers of a name; "+" is kept ("ANLI+" is not "ANLI")."""
    text = unicodedata.normalize("NFKC", text).translate(_MARKS).casefold()
    return _TOKEN.findall(text)


def _stem(word: str) -> str:
    """A plural cut to its singular, enough for the nouns tables are headed by."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _prefixes(tokens: list[str]) -> Iterable[str]:
    """Keys of the leading parts of a name whose rest is more than a one- or two-letter variant
    suffix: "tydi qa goldp" gives "tydi", "tydiqa"; "paws x" gives nothing."""
    for cut in range(1, len(tokens)):
        rest = tokens[cut:]
        if len(rest) == 1 and len(rest[0]) <= 2 and rest[0].isalpha():
            continue
        key = "".join(tokens[:cut])
        if len(key) >= 2:
            yield key


def _variant_bases(core: list[str]) -> frozenset[str]:
    """The keys of a name (its tokens without a bracketed note) that a one- or two-letter
    variant suffix follows: "mnli" of "MNLI-m". A prefix of the name as printed with its note
    is no prefix of the name when the note alone makes the rest long: "MNLI-m (Acc)" read
    whole gave "mnli" as a prefix (its rest "m acc" is no short variant), so "MNLI" named
    the dev-set column "MNLI-m (Acc)" of arXiv:1810.04805's Table 5 and contradicted
    "BERT-Base reaches 83.4 on MNLI", true of its mismatched test set (Table 1)."""
    return frozenset("".join(core[:cut]) for cut in range(1, len(core))
                     if len(core) - cut == 1 and len(core[-1]) <= 2 and core[-1].isalpha())


def _forms(text: str) -> list[list[str]]:
    """Token lists a name is matched by: as printed and without parentheticals."""
    full = _tokens(text)
    core = _tokens(_PARENTHESES.sub(" ", text))
    return [full] if core == full or not core else [full, core]


@lru_cache(maxsize=4096)
def _name_forms(name: str, text: str) -> tuple[tuple[str, ...], ...]:
    """`_forms` of an entity's canonical name and printed text (entities recur across claims,
    so this is cached)."""
    return tuple(dict.fromkeys(tuple(tokens) for form in dict.fromkeys((name, text))
                               for tokens in _forms(form)))


@dataclass
class _Match:
    index: int | None = None
    ambiguous: bool = False


class _Labels:
    """Row labels (or column headers) indexed for matching names to them."""

    def __init__(self, labels: list[str]) -> None:
        self.exact: dict[str, set[int]] = {}
        self.prefix: dict[str, set[int]] = {}
        self.keys: list[str] = []
        self._found: dict[tuple[str, str], _Match] = {}
        for index, label in enumerate(labels):
            forms = _forms(label)
            self.keys.append("".join(forms[-1]))
            variants = _variant_bases(forms[-1])
            for tokens in forms:
                if tokens:
                    self.exact.setdefault("".join(tokens), set()).add(index)
                for key in _prefixes(tokens):
                    if key not in variants:
                        self.prefix.setdefault(key, set()).add(index)

    def find(self, entity: Entity) -> _Match:
        """The one label that fits the entity best, or whether several fit equally."""
        key = (entity.name, entity.text)
        if key not in self._found:
            self._found[key] = self._find(_name_forms(*key))
        return self._found[key]

    def _find(self, forms: tuple[tuple[str, ...], ...]) -> _Match:
        keys = {"".join(tokens) for tokens in forms} - {""}
        exact = set().union(*(self.exact.get(key, set()) for key in keys))
        if exact:
            return _only(exact)
        near = set().union(*(self.prefix.get(key, set()) for key in keys))
        near |= {index for tokens in forms for key in _prefixes(list(tokens))
                 for index in self.exact.get(key, set())}
        if near:
            return _only(near)
        best: set[int] = set()
        best_score = 0.0
        for key in keys:
            if len(key) < 5:
                continue
            digits = re.sub(r"\D", "", key)
            for _, score, index in process.extract(key, self.keys, scorer=fuzz.ratio,
                                                   score_cutoff=FUZZY_CUTOFF, limit=None):
                if re.sub(r"\D", "", self.keys[index]) != digits or len(self.keys[index]) < 5:
                    continue
                if score > best_score:
                    best, best_score = {index}, score
                elif score == best_score:
                    best.add(index)
        return _only(best) if best else _Match()


def _only(indexes: set[int]) -> _Match:
    return _Match(index=next(iter(indexes))) if len(indexes) == 1 else _Match(ambiguous=True)


