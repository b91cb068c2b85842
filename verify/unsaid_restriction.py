"""Of two row paths a claim names equally, the one whose unsaid words only name the rows'
category, not the one that restricts them to a subgroup.

A survey table prints its groups of rows under category names and repeats them by subgroup:
"Race/Ethnicity / Black, non-Hispanic", then, under "Sex, by race/ethnicity", "Male / Black,
non-Hispanic" and "Female / Black, non-Hispanic" (CDC, MMWR Suppl. 60, 2011, Inadequate and
Unhealthy Housing, Tables 1 to 3; round 29, probe29a). "9.6% of non-Hispanic black
householders" says the words of all three rows and none beyond; each leaves words unsaid
("race", "ethnicity" of one, "male" of another), so the picker (cell_picker.py), which takes
of nested paths the one whose unsaid words are a subset of the other's, took none, and no
claim about a group of the report's tables was read.

A path's unsaid words that print a row label of the same table ("Male" is the row "Sex /
Male") restrict the claim to that subgroup, which the claim does not; unsaid words that are
no row label anywhere ("Race/Ethnicity" heads rows only) name what the claim's words are
values of. So of two paths the claim says equally, the one whose unsaid words hold no row
label's word, against one whose unsaid words do, is the one it names: of words only, never
of numbers (BERT's Table 6 names its rows by settings, "3 / 768 / 12" and "6 / 768 / 3";
read by numbers, "the 3-layer model" picked the row of 3 attention heads). Used only for
picking a cell to confirm by its number (`Picker.__call__`, nested paths), never to contradict.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .header_vocabulary import header_words

if TYPE_CHECKING:
    from .header_vocabulary import HeaderWord


def leaf_words(paths: dict[tuple[str, ...], frozenset[HeaderWord]]) -> frozenset[str]:
    """The words of the last level of each row path of a table."""
    return frozenset(word.word for path in paths if path
                     for word in header_words(path[-1]))


def narrower_other(unsaid: frozenset[HeaderWord], other_unsaid: frozenset[HeaderWord],
                   leaves: frozenset[str]) -> bool:
    """Does the other path restrict the claim to a subgroup (its unsaid words print a row
    label) while this one's unsaid words name no row (module docstring)?"""
    if any(word.number is not None or any(ch.isdigit() for ch in word.word)
           for word in (*unsaid, *other_unsaid)):
        return False  # labels that are numbers ("6 / 768 / 3") name settings, not groups
    return bool(unsaid) and not any(word.word in leaves for word in unsaid) \
        and any(word.word in leaves for word in other_unsaid)


_YEAR = re.compile(r"^(?:19|20)\d\d$")
_CLAIM_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")


def _years(path: tuple[str, ...]) -> frozenset[str]:
    return frozenset(level.strip() for level in path if _YEAR.match(level.strip()))


def other_year(path: tuple[str, ...], other: tuple[str, ...], text: str) -> bool:
    """Is `other` a path of another year than the one the claim names of `path`? A table that
    prints the same columns for two survey years heads each block with its year alone ("2007"
    / "Inadequate housing units" / "(%)" beside "2009" / ...; the housing report's Tables 1 and
    2). Header words leave years out (a claim rarely says the year of a benchmark's name), so
    the two paths held the same words and no claim picked either. A claim that says the year
    heading `path` and not the one heading `other` names `path`, not `other`."""
    own, theirs = _years(path), _years(other)
    if not own or not theirs or own == theirs:
        return False
    said = frozenset(_CLAIM_YEAR.findall(text))
    return own <= said and not theirs <= said


_PERCENT_LEVEL = re.compile(r"^\(?\s*%\s*\)?$")
_CLAIM_PERCENT = re.compile(r"\d\s*%|\d\s+per\s*cent\b|\bpercent(?:age)?\b|\bshare\b", re.I)


def other_than_share(path: tuple[str, ...], other: tuple[str, ...], text: str) -> bool:
    """Is `other` the sibling of another kind, count or share, than the column `path` that the
    claim names? "No." and "(%)" under one group label ("Inadequate housing units", the
    housing report's tables) hold the same header words (neither "No." nor "%" is a word a
    claim says), so "9.6% of ... householders" picked neither, nor did "1,320 householders".
    A claim that states a percentage names the column whose own last level is "%" or "(%)",
    not a sibling under the same group labels whose own levels ("No.", "Unadjusted / odds
    ratio") are not; a claim that states none names the sibling that is not the "(%)"
    column."""
    if not path or not other:
        return False
    share = bool(_CLAIM_PERCENT.search(text))
    if share:
        own, theirs = path, other
    else:
        own, theirs = other, path
    group = len(own) - 1
    return len(theirs) > group and own[:-1] == theirs[:group] \
        and bool(_PERCENT_LEVEL.match(own[-1].strip())) \
        and not any(_PERCENT_LEVEL.match(level.strip()) for level in theirs[group:])
