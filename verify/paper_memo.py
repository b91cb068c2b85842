"""What a guard reads from a whole paper, computed once per paper object.

The red-team-2 guards read the paper's modifier-head pairs, its table row words, its numbered
headings and each sentence's neighbours; rebuilding them for every claim cost a fifth of the
verification time. Kept for the last few papers seen (a run reads one paper for many claims),
keyed by the paper object itself, which the entry also holds so its id is not reused.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from verify_claims.claims import Paper

T = TypeVar("T")
_KEPT = 8
_MEMO: OrderedDict[tuple[int, str], tuple[Paper, Any]] = OrderedDict()


def per_paper(paper: Paper, name: str, build: Callable[[Paper], T]) -> T:
    """`build(paper)`, computed once per paper object and `name`."""
    key = (id(paper), name)
    found = _MEMO.get(key)
    if found is not None and found[0] is paper:
        _MEMO.move_to_end(key)
        return found[1]
    value = build(paper)
    _MEMO[key] = (paper, value)
    while len(_MEMO) > _KEPT * 4:
        _MEMO.popitem(last=False)
    return value
