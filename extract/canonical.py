"""Group the same claim across reports under one `canonical_id`, so it is checked once.

The seeds print most claims in several reports, sometimes cut at different points ("... as it
curren" vs "... as it currently achieves state-of-t") or with a citation inserted. Two claims are
the same when

1. their texts align closely over the part both reports printed: a cut-off text is compared
   only up to where the other one's content reaches (`cut_similarity` >= `THRESHOLD`), and
2. the numbers and the task/dataset/model names inside that common part are identical, so
   "SQuAD ... 8.2 points" never merges with the otherwise identical "MNLI ... 7.5 points".

Candidates: distinct normalised texts are blocked by the first task/dataset/model name they
print (a cut keeps a claim's beginning, so copies share it), and within a block by their first
complete number (same claims print the same numbers, so "8.2" never meets "7.5"); a text with no
complete number is compared with the whole of its name block. Within a block, vectorised
`rapidfuzz.process.cdist` passes with a lenient ratio cut-off pick the pairs worth examining.
Without the number blocks, a corpus of many reports on one topic made this quadratic (20,000
claims under eight task names: 62 s; with them: see benchmarks/scale.py).
Those pass a cheap test on their numbers and names before the exact alignment. Groups are the
connected components of the accepted pairs. (A claim cut inside its first name lands in
another block and is not grouped; that costs a re-check, never a wrong merge.) The canonical
id hashes the group's representative text (its longest complete member), so it does not depend
on report order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from verify_claims.claims import Claim, digest, normalise

THRESHOLD = 0.85  # alignment similarity over the common part, 0..1
PREFILTER = 75  # fuzz.ratio (0..100) a pair needs to be examined at all; a cut copy with a
# citation inserted scores about 80


def _common_ends(a: str, b: str) -> tuple[int, int, int]:
    """Length of the longest common subsequence, and where the last matched character of each
    string ends."""
    matched = 0
    a_end = b_end = 0
    for block in Indel.opcodes(a, b):
        if block.tag == "equal":
            matched += block.src_end - block.src_start
            a_end, b_end = block.src_end, block.dest_end
    return matched, a_end, b_end


def cut_similarity(a: str, b: str, a_cut: bool, b_cut: bool) -> tuple[float, int, int]:
    """Similarity of two texts over the part both printed, and the end of that part in each.

    When `b` was cut off, `a`'s text beyond its last character matched in `b` is content `b`
    never printed, so it does not count against the pair (and the other way round)."""
    matched, a_end, b_end = _common_ends(a, b)
    a_len = a_end if b_cut else len(a)
    b_len = b_end if a_cut else len(b)
    if a_len + b_len == 0:
        return 0.0, 0, 0
    return 2 * matched / (a_len + b_len), a_len, b_len


@dataclass(frozen=True, slots=True)
class GroupKey:
    """What grouping reads of a claim, and nothing more: a few hundred bytes where the full
    record takes kilobytes, so that a corpus of 100,000 claims is grouped without holding the
    records (the pipeline spools those to disk and keeps these)."""

    id: str
    text: str
    truncated: bool
    numbers: tuple[tuple[float, int], ...]  # (value, end) of each quantity printed whole
    names: tuple[tuple[str, int, int], ...]  # (name, start, end) of each named entity

    @classmethod
    def of(cls, claim: Claim) -> GroupKey:
        """Citation years are not quantities; a number that runs into the cut (it may have
        lost digits) is left out."""
        return cls(claim.id, claim.text, claim.truncated,
                   tuple((q.value, q.span[1]) for q in claim.quantities if not q.cut_off),
                   tuple((e.name, e.span[0], e.span[1]) for e in claim.entities))


def _numbers(key: GroupKey, end: int) -> list[float]:
    """Values of the whole numbers printed before `end`."""
    return [value for value, stop in key.numbers if stop <= end]


def _names(key: GroupKey, end: int) -> list[str]:
    return sorted({name for name, _, stop in key.names if stop <= end})


def _prefix(a: list, b: list) -> bool:
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return longer[: len(shorter)] == shorter


def _compatible(a: GroupKey, b: GroupKey) -> bool:
    """A necessary condition for `same_claim` that needs no alignment: complete claims print
    the same numbers and names; when one was cut, its numbers are a prefix of the other's and
    its names a subset."""
    numbers_a, numbers_b = _numbers(a, len(a.text)), _numbers(b, len(b.text))
    names_a, names_b = set(_names(a, len(a.text))), set(_names(b, len(b.text)))
    if not (a.truncated or b.truncated):
        return numbers_a == numbers_b and names_a == names_b
    return _prefix(numbers_a, numbers_b) and (names_a <= names_b or names_b <= names_a)


def same_claim(a: GroupKey, b: GroupKey) -> bool:
    """The full test: close alignment, and equal numbers and names over the common part.

    Texts are only lower-cased, which keeps their length, so the spans of quantities and
    entities still index them."""
    score, end_a, end_b = cut_similarity(a.text.lower(), b.text.lower(), a.truncated,
                                          b.truncated)
    if score < THRESHOLD:
        return False
    return _numbers(a, end_a) == _numbers(b, end_b) and _names(a, end_a) == _names(b, end_b)


def _block_key(key: GroupKey) -> str | None:
    """The first name a claim prints: every copy of a claim, however cut, shares it."""
    return min(key.names, key=lambda name: name[1])[0] if key.names else None


def _number_key(key: GroupKey) -> float | None:
    """The first number a claim prints whole; None when it has none (or only a cut one)."""
    numbers = _numbers(key, len(key.text))
    return numbers[0] if numbers else None


def _candidates(texts: Sequence[str], left: Sequence[int],
                right: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Pairs (i, j), i from `left` and j from `right`, whose texts are similar enough to be
    examined; each unordered pair once when `left` is `right`."""
    if not left or not right or (left is right and len(left) < 2):
        return
    scores = process.cdist([texts[i] for i in left], [texts[j] for j in right],
                           scorer=fuzz.ratio, dtype=np.uint8, score_cutoff=PREFILTER, workers=-1)
    rows, cols = np.nonzero(np.triu(scores, k=1) if left is right else scores)
    for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
        yield left[row], right[col]


def _representative(group: Sequence[GroupKey]) -> GroupKey:
    return max(group, key=lambda key: (not key.truncated, len(key.text), key.id))


def canonical_ids(keys: Iterable[GroupKey]) -> dict[str, str]:
    """Claim id -> canonical id, for the claims whose grouping keys are given.

    (Claims that share an id share their text, so they always land in the same group.)"""
    by_text: dict[str, list[GroupKey]] = defaultdict(list)
    for key in keys:
        by_text[normalise(key.text)].append(key)
    texts = list(by_text)
    parent = list(range(len(texts)))

    def find(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    blocks: dict[str | None, dict[float | None, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, text in enumerate(texts):
        first = by_text[text][0]
        blocks[_block_key(first)][_number_key(first)].append(index)

    def examine(pairs: Iterable[tuple[int, int]]) -> None:
        for i, j in pairs:
            a, b = by_text[texts[i]][0], by_text[texts[j]][0]
            if find(i) != find(j) and _compatible(a, b) and same_claim(a, b):
                parent[find(i)] = find(j)

    for by_number in blocks.values():
        unnumbered = by_number.pop(None, [])
        examine(_candidates(texts, unnumbered, unnumbered))
        for members in by_number.values():
            examine(_candidates(texts, members, members))
            examine(_candidates(texts, members, unnumbered))

    groups: dict[int, list[GroupKey]] = defaultdict(list)
    for index, text in enumerate(texts):
        groups[find(index)].extend(by_text[text])
    result: dict[str, str] = {}
    for members in groups.values():
        canonical = "k" + digest(normalise(_representative(members).text))
        result.update((key.id, canonical) for key in members)
    return result


def assign_canonical_ids(claims: Sequence[Claim]) -> dict[str, list[Claim]]:
    """Set `canonical_id` on every claim (in place) and return the groups by canonical id."""
    ids = canonical_ids(GroupKey.of(claim) for claim in claims)
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        claim.canonical_id = ids[claim.id]
        groups[claim.canonical_id].append(claim)
    return dict(groups)
