"""What adding a component does, read from the table row that adds it to its base.

Papers report an ablation or an extension as a pair of rows of one table: the base system
("LayoutLM-BASE") and the same system with something added, printed as the base's label
joined to the addition ("LayoutLM-BASE + Sentence Breaks", "BERT-BASE + I-VILA(Text Line)",
"PL w/ HMM-T"; VILA, arXiv:2106.00676, Tables 7 and 8). A synthesis retells the pair as a
change: "Adding sentence breaks lowers LayoutLM's Macro F1 on DocBank", "Adding text-line
I-VILA to BERT-Base raises its correspondence F1". The comparison reader of the cell
arithmetic (cell_arithmetic._order) looks for two paths the claim names apart, and here the
claim names the added row by every word of the base row too: no pair was found, and the
claim stayed unverified whichever way it said the change went (red team 4, direction flips).

The general fact read here: the words before the claim's one change verb name what is added;
the row whose label is another row's label followed by "+", "w/" or "with" and an addition is
the base row with that addition. `added_row_order` reads a claim as the order of those two
cells when all of this holds:

- the claim has no number, no negation or removal ("not", "without", "removing", "w/o"), no
  comparison with a third thing ("than"), and exactly one change verb (`_VERBS`: "raises",
  "lowers", "improves", "hurts", ...); the words before it (the cause) say every word of the
  addition, and the claim says the base's first word ("LayoutLM" for "LayoutLM-BASE");
- one column of the table is named by the claim's words after the verb, the most specific one
  (every word of its header said, no other column as specific);
- every content word of the claim is a word of the two rows, that column or the caption
  (whole-content matching: "on DocBank" must be the caption's table);
- an evaluative verb ("improves", "hurts") is read only where the cells measure nothing for
  which lower is better (order_words.cells_lower_is_better); a literal one ("raises",
  "lowers") compares the printed numbers;
- the difference exceeds the printed rounding, and every table of the paper that prints such
  a pair (a result repeated in a summary and a breakdown table) orders it the same way.

Then the claim is confirmed when the added row's cell moves the claim's way from the base
row's, contradicted when it moves the other way. It names no paper, system or number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from verify_claims.claims import Check, CheckKind, Claim, MatchedPart, Outcome

from .cell_kinds import cells_evidence
from .order_words import cells_lower_is_better

if TYPE_CHECKING:
    from .cell_check import CellPassage

# The change verbs, inflected, and the direction each states; True marks the evaluative ones.
_VERBS: dict[str, tuple[int, bool]] = {
    **{verb: (1, False) for verb in ("raises", "raised", "increases", "increased", "lifts",
                                     "lifted", "boosts", "boosted")},
    **{verb: (-1, False) for verb in ("lowers", "lowered", "reduces", "reduced", "decreases",
                                      "decreased", "cuts")},
    **{verb: (1, True) for verb in ("improves", "improved", "helps", "helped")},
    **{verb: (-1, True) for verb in ("hurts", "degrades", "degraded", "worsens", "worsened")},
}
_VERB = re.compile(r"\b(?:" + "|".join(_VERBS) + r")\b", re.I)
# A claim that removes, denies or compares with a third thing is not a plain addition.
_OTHER = re.compile(r"\b(?:not|no|never|without|remov\w*|ablat\w*|drop\w*|w/o|than|fail\w*|"
                    r"instead|rather|respectively|both|all|each|every)\b|n't\b", re.I)
_JOINER = re.compile(r"\s*(?:\+|w/|with\b)\s*", re.I)
_TOKEN = re.compile(r"[a-z0-9]+")
# Words of the claim that neither name a row or column nor must be printed by the table.
_FUNCTION = frozenset((
    "a", "an", "the", "to", "of", "on", "in", "for", "at", "by", "its", "their", "it", "s",
    "and", "into", "adding", "add", "adds", "added", "using", "use", "with", "also", "further",
    "score", "scores", "performance"))
MAX_MATCHES = 3


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold().replace("\u2019", "'").replace("'s", " "))


def _found(word: str, printed: set[str], backward: bool = False) -> bool:
    """A claim word among printed header words, exactly, inside one ("LayoutLM" and "Base" of
    "LayoutLMBASE", a subscript printed glued) or by a shared stem of five letters ("breaks" /
    "break", "regularizing" / "regularization")."""
    if backward:  # a printed label word said by its start ("LayoutLMBASE" by "LayoutLM")
        return word in printed or any(len(other) >= 4 and word.startswith(other)
                                      for other in printed)
    return word in printed or (len(word) >= 4 and any(
        word in other or (len(word) >= 5 and other[:5] == word[:5])
        for other in printed))


def _addition(base: str, label: str) -> str | None:
    """What `label` adds to the row label `base` ("Sentence Breaks" for "LayoutLM-BASE +
    Sentence Breaks" under "LayoutLM-BASE"), or None."""
    if len(label) <= len(base) or label[:len(base)].casefold() != base.casefold():
        return None
    joined = _JOINER.match(label, len(base))
    if joined is None or joined.start() != len(base):
        return None
    added = label[joined.end():].strip()
    return added or None


def _half(decimals: int | None) -> float:
    return 0.5 * 10 ** -(decimals or 0)


def added_row_order(claim: Claim, source: str, passages: Sequence[CellPassage]
                    ) -> Check | None:
    """The order of the base row's and the added row's cells the claim names (module
    docstring); None when the claim is not read so."""
    text = claim.text
    if claim.quantities or claim.negated or claim.truncated or not _VERB.search(text):
        return None  # cheap tests first: most claims have no change verb
    verbs = list(_VERB.finditer(text))
    if len(verbs) != 1 or _OTHER.search(text):
        return None
    verb = verbs[0]
    direction, evaluative = _VERBS[verb.group().casefold()]
    cause = set(_tokens(text[:verb.start()]))
    after = set(_tokens(text[verb.end():]))
    said = cause | after
    content = [word for word in _tokens(text) if word not in _FUNCTION
               and word != verb.group().casefold()]
    matches: list[tuple[CellPassage, CellPassage]] = []
    by_table: dict[int, list[CellPassage]] = {}
    for passage in passages:
        if not passage.listed and passage.value is not None and passage.paths[0]:
            by_table.setdefault(passage.number, []).append(passage)
    for cells in by_table.values():
        labels = {passage.paths[0] for passage in cells}
        pairs = []
        for added_path in labels:
            for base_path in labels:
                if added_path[:-1] != base_path[:-1]:
                    continue
                addition = _addition(base_path[-1], added_path[-1])
                if addition is None:
                    continue
                wanted = _tokens(addition)
                base = _tokens(base_path[-1])
                if wanted and base and set(wanted) <= cause and _found(base[0], said, True):
                    pairs.append((base_path, added_path))
        if len(pairs) != 1:
            continue  # none, or the claim's words fit several additions: no reading
        base_path, added_path = pairs[0]
        columns = {passage.paths[1] for passage in cells if passage.paths[0] == base_path}
        named = [column for column in columns
                 if (words := set(_tokens(" ".join(column)))) and words <= after]
        if not named:
            continue
        most = max(len(set(_tokens(" ".join(column)))) for column in named)
        named = [column for column in named if len(set(_tokens(" ".join(column)))) == most]
        if len(named) != 1:
            continue
        column = named[0]
        base_cell = next((c for c in cells if c.paths == (base_path, column)), None)
        added_cell = next((c for c in cells if c.paths == (added_path, column)), None)
        if base_cell is None or added_cell is None:
            continue
        printed = set(_tokens(" ".join(base_path + added_path + column)
                              + " " + (base_cell.table.caption or "")))
        if not all(_found(word, printed) for word in content):
            continue  # a word of the claim the pair and its caption do not account for
        matches.append((base_cell, added_cell))
    if not matches or len(matches) > MAX_MATCHES:
        return None
    signs = set()
    for base_cell, added_cell in matches:
        if evaluative and cells_lower_is_better(base_cell.table.caption,
                                                (base_cell.headers, added_cell.headers)):
            return None
        assert base_cell.value is not None and added_cell.value is not None
        gap = added_cell.value - base_cell.value
        if abs(gap) <= _half(base_cell.decimals) + _half(added_cell.decimals):
            return None  # the rounding leaves the order in doubt
        signs.add(1 if gap > 0 else -1)
    if len(signs) != 1:
        return None
    base_cell, added_cell = matches[0]
    holds = signs.pop() == direction
    cells = (f"{base_cell.cell.text} for {base_cell.headers} and {added_cell.cell.text} for "
             f"{added_cell.headers}")
    moved = "rises" if added_cell.value > base_cell.value else "falls"  # type: ignore[operator]
    return Check(kind=CheckKind.table,
                 outcome=Outcome.supported if holds else Outcome.contradicted,
                 explanation=(f"The table gives {cells}: with the addition the cell {moved}, "
                              f"{'as' if holds else 'not as'} the claim says."),
                 evidence=cells_evidence((base_cell, added_cell), source, None),
                 matched=[MatchedPart(part="value", claim=text[:60],
                                      source=f"{base_cell.cell.text} to {added_cell.cell.text}")])
