"""Whether a claim picks a table cell out by the header words it says (`Picker`): the cell
check (cell_check.py), the cell arithmetic and the cell means ask it of every candidate cell.
Split from cell_check.py, which builds the cells' passages it reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cell_paths import superseded
from .header_vocabulary import HeaderWord, header_words, negating
from .header_words import ClaimWords
from .metric_headers import header_groups, metric_words, qualifier
from .name_abbreviations import without_name_abbreviations
from .plain_rows import plain_beside_variant
from .unsaid_restriction import leaf_words, narrower_other, other_than_share, other_year
from .variant_codes import coded, names_sibling_code

if TYPE_CHECKING:
    from .cell_check import CellPassage as _CellPassage


class Picker:
    """Whether the claim picks a cell out of its table although it leaves some of the cell's
    header words unsaid ("SPECTER (Ours)", "Kim et al. (2003)", a group header such as "User
    activity prediction" above "Co-View"): on each axis, the header words the claim says must
    single out the cell's header path, i.e. no other path of the table holds them all.
    "Hybrid" × "prec." does not pick the cell under "Bio / prec." when the table also has
    "CS / prec.", nor does "PubMed" pick the row "PubMed + ngram block" next to the row
    "PubMed": both fit what the claim says. Decided once per table, axis and path for one
    claim."""

    def __init__(self, passages: list[_CellPassage], words: ClaimWords) -> None:
        self._words = words
        self._captions, self._paths = _layout(passages)
        self._done: dict[tuple[int, int, tuple[str, ...], bool], bool] = {}
        self._coded: dict[tuple[int, int], dict[tuple[str, ...], frozenset[HeaderWord]]] = {}
        self._leaves: dict[int, frozenset[str]] = {}

    def __call__(self, passage: _CellPassage) -> bool:
        """The claim picks the cell on both axes, of nested paths the one it leaves least
        unsaid (`_nested`): enough to weigh the cell's passage and to confirm by its
        number, not to contradict (`decides`), since a claim may shorten the longer path."""
        rows, columns = passage.paths  # the two axes, asked in order as `all` would
        return self.single(passage.number, 0, rows, nested=True) \
            and self.single(passage.number, 1, columns, nested=True)

    def decides(self, passage: _CellPassage) -> bool:
        """The claim picks the cell on both axes: each path singled out by the claim's words,
        or the only path of its axis (a table of one value column)."""
        return all(self.single(passage.number, axis, path)
                   or len(self._paths.get((passage.number, axis), {})) == 1
                   for axis, path in enumerate(passage.paths))

    def only(self, *passages: _CellPassage) -> bool:
        """No other path of the cells' table holds a header word the claim says that the
        cells' own paths lack: the claim points at no other row or column ("S2ORC" of a row
        "S2ORC (PDF-parse)" while the cell is in the row "PubMed Central (OA)"; "the CS and
        biomedical datasets" while the cell is in the column "CS" only). Several cells (a
        pair to subtract, a group to average) are taken together."""
        number = passages[0].number
        caption = passages[0].table.caption
        for axis in (0, 1):
            paths = self._paths.get((number, axis), {})
            own = {passage.paths[axis] for passage in passages}
            mine: set[int] = set()
            for path in own:
                for word in paths.get(path, frozenset()):
                    mine |= self._words.names(word, caption=caption) or set()
            for other, words in paths.items():
                if other not in own:  # "Rep." of "Iran, Islamic Rep. Of" (name_abbreviations)
                    words = without_name_abbreviations(
                        {word for word in words
                         if self._words.names(word, caption=caption) is not None}, words)
                if other not in own and not superseded(
                        other, paths, lambda word: self._words.names(word, caption=caption)) \
                        and any(
                        (said := self._words.names(word, caption=caption)) is not None
                        and not said <= mine for word in words):
                    return False
        return True

    @property
    def words(self) -> ClaimWords:
        """The claim's words the picker reads."""
        return self._words

    def said_words(self, table: int, axis: int, path: tuple[str, ...],
                   caption: str | None) -> set[HeaderWord]:
        """The header words of a path that the claim says."""
        return {word for word in self.path_words(table, axis, path)
                if self._words.named(word, caption)}

    def axis_paths(self, table: int,
                   axis: int) -> dict[tuple[str, ...], frozenset[HeaderWord]]:
        """Every header path of a table's axis, with its header words."""
        return self._paths.get((table, axis), {})

    def path_words(self, table: int, axis: int, path: tuple[str, ...]) -> frozenset[HeaderWord]:
        return self._paths.get((table, axis), {}).get(path, frozenset())

    def names_sibling_code(self, passage: _CellPassage) -> bool:
        """The claim names, by a setting's code, another path of the cell's table that the
        cell's own lacks ("MNLI-mm" beside the cell's "MNLI-m": verify/variant_codes.py).
        Only the paths with a coded header word are asked, found once per table and axis."""
        caption = self._captions.get(passage.number)
        for axis, path in enumerate(passage.paths):
            key = (passage.number, axis)
            coded_paths = self._coded.get(key)
            if coded_paths is None:
                coded_paths = self._coded[key] = {
                    other: words for other, words in self._paths.get(key, {}).items()
                    if any(coded(word.word) for word in words)}
            others = [words for other, words in coded_paths.items() if other != path]
            if others and names_sibling_code(self._words, self.path_words(*key, path),
                                             others, caption):
                return True
        return False

    def single(self, table: int, axis: int, path: tuple[str, ...],
               nested: bool = False) -> bool:
        key = (table, axis, path, nested)
        done = self._done.get(key)
        if done is not None:  # (every value kept is a bool, never None)
            return done
        paths = self._paths.get((table, axis), {})
        words = paths.get(path, frozenset())
        caption = self._captions.get(table)  # looked up once, not once per word
        named = self._words.named
        said = {word for word in words if named(word, caption)}
        said = without_name_abbreviations(said, words)  # "Rep." of "Iran, Islamic Rep. Of"
        # A negating word ("Not English", "− abstract") the claim does not say turns the
        # path into the opposite of what the claim says: never picked unsaid.
        # A negation alone singles out only a path it makes up wholly ("None" hints).
        # A metric's qualifier ("oov" of "R_oov") is never left unsaid either: the claim's
        # "recall" is then another measure than the cell's (verify/metric_headers.py).
        done = self._done[key] = bool(said) and (any(not negating(word) for word in said)
                                                 or all(negating(word) for word in words)) \
            and not any(
            negating(word) and word not in said for word in words) and not any(
            qualifier(word) and word not in said for word in words) and not any(
            said <= others and not (nested and self._nested(said, words, others, table, axis))
            and not other_year(path, other, self._words.text)
            and not other_than_share(path, other, self._words.text)
            and not (axis == 0 and plain_beside_variant(path, other, self._words.text))
            for other, others in paths.items() if other != path) \
            and not superseded(path, paths, lambda word: self._words.names(word, caption=caption))
        return done

    def _nested(self, said: set[HeaderWord], words: frozenset[HeaderWord],
                others: frozenset[HeaderWord], table: int, axis: int = 1) -> bool:
        """Another path holds every word the claim says of this one, and more that it does
        not say: "+ng" against "+id,ng,shape" in the same group of rows, for "with rule
        n-gram features". Of nested paths the claim says equally, it names the one it leaves
        least unsaid: the other's unsaid words are this one's and more."""
        caption = self._captions.get(table)
        if {word for word in others if self._words.named(word, caption)} != said:
            return False
        return words - said < others - said or (axis == 0 and narrower_other(
            words - said, others - said, self._leaf_words(table)))

    def _leaf_words(self, table: int) -> frozenset[str]:
        """The words of the table's row labels, the last level of each row path
        (`unsaid_restriction.narrower_other`)."""
        found = self._leaves.get(table)
        if found is None:
            found = self._leaves[table] = leaf_words(self._paths.get((table, 0), {}))
        return found


_Paths = dict[tuple[int, int], dict[tuple[str, ...], frozenset[HeaderWord]]]
_LAYOUTS: dict[int, tuple[list[_CellPassage], dict[int, str | None], _Paths]] = {}
_LAYOUTS_SIZE = 64


def _layout(passages: list[_CellPassage]) -> tuple[dict[int, str | None], _Paths]:
    """Each table's caption and header paths on both axes with their words, built once per
    list of passages (one per paper index; the cache holds the list, so its id stays its
    own)."""
    cached = _LAYOUTS.get(id(passages))
    if cached is not None and cached[0] is passages:
        return cached[1], cached[2]
    captions: dict[int, str | None] = {}
    paths: _Paths = {}
    for passage in passages:
        captions[passage.number] = passage.table.caption
        for axis, path in enumerate(passage.paths):
            found = paths.setdefault((passage.number, axis), {})
            if path not in found:  # its metric abbreviations read as the cell's own words
                found[path] = frozenset(metric_words(
                    header_words(" ".join(path)), (path,),
                    (header_groups(passage.table)[axis],))[0])
    if len(_LAYOUTS) >= _LAYOUTS_SIZE:
        _LAYOUTS.pop(next(iter(_LAYOUTS)))
    _LAYOUTS[id(passages)] = (passages, captions, paths)
    return captions, paths
