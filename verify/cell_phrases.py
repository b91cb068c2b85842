"""The two rows (or columns) a comparison names, read phrase by phrase.

"bibliography authors exceeds title by 11.5 on F1" compares two rows of a table whose rows
are "title", "authors", "bibliography titles", "bibliography authors", ...: a claim names each
thing it compares with one phrase of its own. Read word by word (cell_check.Picker), the
claim says every word of four rows ("bibliography" of one phrase and "title" of the other
make up "bibliography titles"), so no row is singled out and no pair of cells is found; and
"authors is higher than bibliography venues" picks the row "bibliography authors" out of
words of two phrases, while the claim compares the row "authors".

The general facts used here:

- a path is named as one phrase when the claim says every one of its header words inside
  one window of as many words as the path has, plus one ("LAS (Test Set)", "test-set LAS",
  "bibliography venues"); words in parentheses qualify a label and may go unsaid
  ("SPECTER" for "SPECTER (Ours)");
- a phrase inside a longer one names the longer path ("bibliography authors" names that
  row, not the row "authors" whose one word it holds);
- a comparison names exactly two such paths on one axis of a table, whose phrases do not
  overlap, and no other path of that axis holds a word the claim says outside those phrases
  (a third thing the claim may point at), and no path of the axis holds every word of both
  (a combination: "adding HMM-T to PL" may name the row "PL+ HMM-T", not the difference
  of the rows "HMM-T" and "PL").

`phrase_groups` gives these pairs in the shape of `cell_arithmetic._groups` (table, shared
axis, shared path -> the two cells), with the shared path singled out as for any cell
(`Picker.single`) and by the claim's words outside the two phrases; a claim word that is
itself a header word of the paper's tables names that header only ("Citeomatic" does not say
a column "CITE" by beginning with it). cell_arithmetic uses the reading where the word-by-
word one finds no pair (both confirm and contradict then, `phrase_only` standing for
`Picker.only`, as it does where both readings find the same pair), and lets it confirm,
never contradict, where the two readings find other pairs (two tables with the pair's
headers, read word by word, decide nothing).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from .cell_check import CellPassage, Picker
from .header_vocabulary import HeaderWord, header_words
from .header_words import ClaimWords

# Marks that join two names into one configuration ("PL+ HMM-T", "BERT & CRF").
_JOINED = re.compile(r"[+&/]")
# Words that stand between two things compared, never inside the name of one.
_APART = frozenset(("than", "over", "vs", "versus", "against", "and", "to", "from"))
_PARENTHESES = re.compile(r"\([^()]*\)")

Groups = dict[tuple[int, int, tuple[str, ...]], dict[tuple[str, ...], CellPassage]]


def phrase_positions(path: tuple[str, ...], words: ClaimWords, caption: str | None,
                     apart: frozenset[str] = frozenset()) -> frozenset[int] | None:
    """The claim words that say every header word of a path inside one window of as many
    words as it says, plus one; None when some word is unsaid or the words are said apart.
    Words in parentheses may go unsaid: they qualify a label ("SPECTER (Ours)", "Inline
    cite spans (body)"), and a claim that drops them still names the line unless another
    line has the same words outside parentheses (then both are read, and no pair is). A
    word of `apart` (a comparison's "than", "exceeds") ends a phrase: "title exceeds
    bibliography authors" does not say "bibliography titles"."""
    required = header_words(_PARENTHESES.sub(" ", " ".join(path)))
    found: list[frozenset[int]] = []
    for word in required:
        positions = words.names(word, caption=caption)
        if positions is None:
            return None
        if positions:  # a header said by no word in particular (a count) weighs nothing
            found.append(positions)
    if not found:
        return None
    found += [positions for word in header_words(" ".join(path)) if word not in required
              and (positions := words.names(word, caption=caption))]
    width = len(found) + 1
    said = set().union(*found)
    for start in sorted(said):
        window = set(range(start, start + width))
        if all(positions & window for positions in found) and not any(
                position not in said and position < len(words.words)
                and words.words[position] in apart
                for position in range(start, max(said & window) + 1)):
            return frozenset(position for positions in found for position in positions
                             if position in window)
    return None


def named_pair(paths: Mapping[tuple[str, ...], frozenset[HeaderWord]], words: ClaimWords,
               caption: str | None, apart: frozenset[str] = frozenset()) -> Named | None:
    """The two paths of one table axis that the claim names as phrases (module docstring),
    first-named first, with the claim words outside their phrases that say a word of another
    path of the axis (the caller allows those only where they name the shared path), and
    where each is named; None when the claim names fewer or more paths as phrases, or a line
    combines the two ("adding HMM-T to PL" may name the line "PL+ HMM-T")."""
    phrased = {path: positions for path in paths
               if (positions := phrase_positions(path, words, caption, apart | _APART))
               is not None}
    kept = {path: positions for path, positions in phrased.items()
            if not any(other != path and positions < theirs
                       for other, theirs in phrased.items())}
    if len(kept) != 2:
        return None
    (one, ones), (two, twos) = sorted(kept.items(), key=lambda item: min(item[1]))
    if ones & twos:
        return None
    covered = ones | twos
    stray: set[int] = set()
    for other, path_words in paths.items():
        if other in kept:
            continue
        if _combines(other, one, two):
            return None  # "PL+ HMM-T": a line that combines the two things compared
        for word in path_words:
            stray |= (words.names(word, caption=caption) or frozenset()) - covered
    return Named(one, two, frozenset(stray), min(ones), min(twos))


class Named(NamedTuple):
    """Two paths a claim compares (first-named first) and what `named_pair` found of them."""

    first: tuple[str, ...]
    second: tuple[str, ...]
    stray: frozenset[int]
    first_at: int  # the claim word where each is named
    second_at: int


def phrase_groups(passages: list[CellPassage], words: ClaimWords, picker: Picker,
                  apart: frozenset[str] = frozenset()
                  ) -> tuple[Groups, dict[tuple[int, int, tuple[str, ...]], int]]:
    """Each pair of cells the claim names by phrases on one axis, along a path of the other
    axis that its words single out: {(table, shared axis, shared path): {path: cell}}; and
    where in the claim text each compared path's phrase begins, {(table, compared axis,
    path): offset} (the order of the comparison: "PL+ HMM-T is higher than PL" says "PL"
    first inside "PL+", but its phrase comes second)."""
    places: dict[tuple[int, int, tuple[str, ...]], int] = {}
    layout = _phrase_layout(passages)
    words = _Exact(words, layout.printed)  # type: ignore[assignment]
    groups: Groups = {}
    for number, cells in layout.by_table.items():
        caption = cells[0].table.caption
        for axis in (0, 1):  # the axis of the two compared paths
            paths, others = layout.paths[number, axis], layout.paths[number, 1 - axis]
            named = named_pair(paths, words, caption, apart)
            if named is None:
                continue
            pair, stray = (named.first, named.second), named.stray
            places[(number, axis, named.first)] = words.starts[named.first_at]
            places[(number, axis, named.second)] = words.starts[named.second_at]
            phrases = _said(pair[0], words, caption) | _said(pair[1], words, caption)
            shared = {passage.paths[1 - axis] for passage in cells if passage.paths[axis] in pair
                      and picker.single(number, 1 - axis, passage.paths[1 - axis])
                      and _single_outside(passage.paths[1 - axis], others, phrases, words,
                                          caption)}
            for path in shared:
                # A word of a third path of the compared axis is allowed only where it
                # names the shared path ("average" of a row "Avg. Prec." and a column
                # "Average"): elsewhere the claim may point at that third thing.
                if not stray <= _said(path, words, caption):
                    continue
                found = {passage.paths[axis]: passage for passage in cells
                         if passage.paths[1 - axis] == path and passage.paths[axis] in pair}
                if len(found) == 2:
                    groups[(number, 1 - axis, path)] = found
    return groups, places


def _said(path: tuple[str, ...], words: ClaimWords, caption: str | None) -> frozenset[int]:
    """The claim words that say a header word of the path."""
    found: set[int] = set()
    for word in header_words(" ".join(path)):
        found |= words.names(word, caption=caption) or frozenset()
    return frozenset(found)


def _combines(path: tuple[str, ...], one: tuple[str, ...], two: tuple[str, ...]) -> bool:
    """The path holds every header word of both others: it names their combination."""
    def plain(labels: tuple[str, ...]) -> set[str]:
        return {word.word for word in header_words(_JOINED.sub(" ", " ".join(labels)))}
    return plain(one) | plain(two) <= plain(path)


def phrase_only(cells: tuple[CellPassage, ...], passages: list[CellPassage],
                words: ClaimWords) -> bool:
    """No path of the cells' table but their own holds a header word that the claim says by
    a word the cells' own paths do not account for, on either axis: a claim word that names
    a cell's row ("Citeomatic") is not also a pointer at a column it begins ("Cite"), since
    one word of a claim names one thing. The counterpart of `Picker.only` for pairs read
    phrase by phrase."""
    number, caption = cells[0].number, cells[0].table.caption
    own = {(axis, cell.paths[axis]) for cell in cells for axis in (0, 1)}
    covered: set[int] = set()
    for _, path in own:
        covered |= _said(path, words, caption)
    for passage in passages:
        if passage.number != number:
            continue
        for axis in (0, 1):
            path = passage.paths[axis]
            if (axis, path) not in own and not _said(path, words, caption) <= covered:
                return False
    return True


def _single_outside(path: tuple[str, ...],
                    paths: Mapping[tuple[str, ...], frozenset[HeaderWord]],
                    phrases: frozenset[int], words: ClaimWords, caption: str | None) -> bool:
    """The claim's words outside the two compared phrases single out the shared path: some
    of its header words are said there, and no other path of its axis (`paths`: each with
    its header words) holds them all. A word of a compared phrase ("Citeomatic") does not
    also name a shared column it begins ("Cite")."""
    said = {word.word for word in paths[path]
            if (words.names(word, caption=caption) or frozenset()) - phrases}
    return bool(said) and not any(
        other != path and said <= {word.word for word in others}
        for other, others in paths.items())


class _Exact:
    """The claim's words, where a word that is itself a header word of the paper's tables
    names only that header: "Citeomatic", a row of one table, does not also say a column
    "CITE" of another by beginning with it (one word of a claim names one thing)."""

    def __init__(self, words: ClaimWords, printed: frozenset[str]) -> None:
        self._words = words
        self.words = words.words
        self.starts = words.starts
        self._exact = {position: word for position, word in enumerate(words.words)
                       if _plain(word) in printed}

    def names(self, header: HeaderWord, caption: str | None = None) -> frozenset[int] | None:
        found = self._words.names(header, caption=caption)
        if not found:
            return found
        kept = frozenset(position for position in found if position not in self._exact
                         or _plain(self._exact[position]) == _plain(header.word))
        return kept or None


def _plain(word: str) -> str:
    return word.casefold().rstrip("s")


class _PhraseLayout(NamedTuple):
    """What `phrase_groups` reads of a paper's cells whatever the claim: the cells that can
    be compared (one number each) by table; per table and axis, each path of those cells
    with its header words, in the cells' order; and every header word the paper's cells
    print, as `_Exact` compares them."""

    by_table: dict[int, list[CellPassage]]
    paths: dict[tuple[int, int], dict[tuple[str, ...], frozenset[HeaderWord]]]
    printed: frozenset[str]


_PHRASE_LAYOUTS: dict[int, tuple[list[CellPassage], _PhraseLayout]] = {}
_PHRASE_LAYOUTS_SIZE = 64


def _phrase_layout(passages: list[CellPassage]) -> _PhraseLayout:
    """`_PhraseLayout` of a paper's cell passages, built once per list (one per paper index,
    `cell_check.cell_passages`) instead of once per claim and paper: it depends on the cells
    alone. The cache holds the list, so its id stays its own while cached."""
    cached = _PHRASE_LAYOUTS.get(id(passages))
    if cached is not None and cached[0] is passages:
        return cached[1]
    by_table: dict[int, list[CellPassage]] = {}
    for passage in passages:
        if not passage.listed and passage.value is not None:
            by_table.setdefault(passage.number, []).append(passage)
    paths = {(number, axis): {passage.paths[axis]: frozenset(header_words(
                 " ".join(passage.paths[axis]))) for passage in cells}
             for number, cells in by_table.items() for axis in (0, 1)}
    printed = frozenset(_plain(word.word) for passage in passages for path in passage.paths
                        for word in header_words(" ".join(path)))
    layout = _PhraseLayout(by_table, paths, printed)
    if len(_PHRASE_LAYOUTS) >= _PHRASE_LAYOUTS_SIZE:
        _PHRASE_LAYOUTS.pop(next(iter(_PHRASE_LAYOUTS)))
    _PHRASE_LAYOUTS[id(passages)] = (passages, layout)
    return layout
