"""A bounded memo of results that follow from a key alone (most often a claim's text and
whether it was cut): a claim citing several papers is prepared once, not once per paper.

The oldest entry is forgotten first once `size` entries are held, so a long audit's memory
stays bounded; a forgotten entry is simply computed again.

The entries live in an `OrderedDict`, not a plain dict: forgetting the oldest entry of a dict
(`d.pop(next(iter(d)))`) leaves a deleted slot at the front of its entry table, which every
later `iter` walks past until the table is rebuilt, so a memo that is full and keeps taking
new keys spent time growing with its size on each insertion (a 16,384-entry memo: 14 times
slower than `popitem(last=False)`, `benchmarks/verify.py` round 21).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """`get(key, make)`: the value kept for `key`, else `make()`, kept."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._values: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K, make: Callable[[], V]) -> V:
        found = self._values.get(key)
        if found is None:
            if len(self._values) >= self.size:
                self._values.popitem(last=False)
            found = self._values[key] = make()
        return found

    def peek(self, key: K) -> V | None:
        """The value kept for `key`, without computing it (for tests)."""
        return self._values.get(key)
