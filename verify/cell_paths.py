"""Which of two header paths a claim names when it says words of both: the wholly said one.

A table's rows (or columns) often share words: "Semantic Labeled" and "Macro (F1)" under
"Test Set"; "LAS" and "Semantic Labeled" under "Development Set". A claim names a cell's row
by saying its header words, but it also says words of the measure that the headers leave
implicit: "the semantic labeled F1 on the German test set" says "F1", which the row
"Macro (F1)" prints and the row "Semantic Labeled" does not. Read word by word, the claim
then singles out both rows, so the cell check finds two cells and decides nothing (a
neighbouring value goes uncontradicted), and a difference between two rows finds four cells
instead of a pair.

The general fact used here: a claim that says every word of one path, and more of that
path's own words than it says of another's, names the first. The other path, of which the
claim leaves a word unsaid ("Macro"), is one the claim does not fully account for, and such
a path must never decide. A path is superseded (`superseded`) when another path of the same
table and axis

- is wholly said by the claim (every header word named, none of them negating), and
- holds more claim-said words that the first path lacks than the first path holds
  claim-said words that it lacks, and the claim says those of the first path inside the
  phrase that names the other ("semantic labeled F1": "F1" is said as part of the name of
  the row "Semantic Labeled"; in "Osprey beats Lynx with the reranker", "Osprey" is a
  name of its own),

while the first path leaves at least one of its own words unsaid. A nested pair ("BERT" and
"BERT large", claim "BERT large") is not superseded: the claim says "large", which only the
longer path holds, and says nothing the shorter holds alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .header_vocabulary import HeaderWord, negating

Names = Callable[[HeaderWord], "frozenset[int] | None"]


def superseded(path: tuple[str, ...], paths: Mapping[tuple[str, ...], frozenset[HeaderWord]],
               names: Names) -> bool:
    """Whether another path of the same table and axis (`paths`: each path with its header
    words) is the one the claim names instead of `path` (module docstring); `names` gives the
    claim words that say a header word (with the table's caption in force), None when none
    do. A word said by no claim word in particular (a count header such as "Size", said by
    any number) counts as said but weighs nothing in the comparison."""
    words = paths.get(path, frozenset())
    said = {word for word in words if names(word) is not None}
    if not said or said == set(words):
        return False  # the path is wholly said (or not at all): nothing to supersede it
    for other, others in paths.items():
        if other == path or not others or any(negating(word) for word in others):
            continue
        found = [names(word) for word in others]
        if any(positions is None for positions in found):
            continue
        # Said words only the other path holds, then only this one (each by a claim word).
        theirs = [positions for word, positions in zip(others, found, strict=True)
                  if positions and word not in words]
        mine = [positions for word in said - others if (positions := names(word))]
        if len(theirs) > len(mine) and _within(mine, theirs):
            return True
    return False


def _within(mine: list[frozenset[int]], theirs: list[frozenset[int]]) -> bool:
    """The claim says this path's own words inside the phrase that names the other path (at
    most one word beyond its ends): "semantic labeled F1" is one name, whose "F1" points at
    no other row. A word said elsewhere in the claim ("Osprey beats Lynx with the
    reranker") names a path of its own."""
    said = set().union(*theirs)
    low, high = min(said) - 1, max(said) + 1
    return all(low <= position <= high for positions in mine for position in positions)
