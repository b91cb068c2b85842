"""The setting a value is given to: "the batch size is 32", "the maximum answer length is set
to 30".

Papers state their hyper-parameters one to a clause, the setting's name right before its value.
`measure_before` (verify/number_context.py) read the noun before a number as its measure, but
it skipped these: "set to" is no connector it knew, and the head of the name is often a
generic word ("size", "length", "rate") that names no measure alone ("a size of 5"). So "The
maximum answer length is set to 40" against the paper's "The maximum answer length is set to
30." and "The batch size is 64" against "... the batch size is 32, training steps are ..."
(Yu et al., QANet, arXiv:1804.09541, page 7) stayed undecided: neither number had a measure,
and two bare numbers are never compared.

The setting's measure is its head with the word before it, as one term ("batch size",
"answer length"): "the maximum context length is set to 400" is another setting than the
answer length, and "window size" than "batch size". A head with no noun before it names no
setting ("is set to 30" alone, "the size is 3") and gets none here.

Two different settings are no evidence either way, agreeing values included
(`other_setting`): "The maximum answer length is set to 400" was confirmed by "The maximum
context length is set to 400" (the same page), because an agreeing number was never asked for
its measure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from verify_claims.claims import Quantity

from .content_words import GENERIC
from .passages import content_terms

__all__ = ["other_setting", "setting_measure"]

_SETTING = re.compile(
    r"\b([^\W\d_][\w\-]*)\s+([^\W\d_][\w\-]*)(?:\s+of\s+[\w\-]+)?(?:\s+[^\W\d_])?\s+"
    r"(?:(?:is|was|are|were)\s+(?:(?:initially|then|also|empirically)\s+)?"
    r"(?:(?:set|fixed)(?:\s+(?:to|at))?|equal\s+to)|(?:is|was|are|were))"
    r"\s*$", re.I)
"""A setting's name and its verb right before the value. The name may carry what it is of and a
symbol ("the learning rate of t-SNE is initially set to 100", "the number of gradient descent
iterations T was set 1000": t-SNE, JMLR 2008, page 10, where "The learning rate of t-SNE is
initially set to 1000" was confirmed by the iterations' 1000, round 20)."""
_HEADS = frozenset(content_terms(
    "size length rate dimension dimensionality width depth number threshold ratio steps epochs "
    "temperature margin iterations"))
"""Heads of a setting's name that need the word before them ("batch size", "word dimension")."""
_NOT_MODIFIER = frozenset(("the", "a", "an", "its", "our", "their", "this", "that", "each",
                           "and", "or", "of", "to", "for", "in", "on", "with", "which", "where"))


def setting_measure(text: str, quantity: Quantity,
                    names: Sequence[tuple[int, int]] = ()) -> tuple[str, ...] | None:
    """The setting a number is the value of, as one term (module docstring), or None when the
    words before it are no setting's name given a value (nor when a word of it lies in one of
    the spans `names`, which name a system or data set)."""
    found = _named_before(_SETTING, text, quantity.span[0])
    if found is None or any(low < found[1] and found[0] < high for low, high in names):
        return None
    modifier, head = found[2].casefold(), found[3].casefold()
    if modifier in _NOT_MODIFIER or modifier in GENERIC:
        return None
    heads, modifiers = content_terms(head), content_terms(modifier)
    if not heads or not modifiers or heads[-1] not in _HEADS:
        return None
    return (f"{modifiers[-1]} {heads[-1]}",)


@lru_cache(maxsize=65536)
def _named_before(pattern: re.Pattern[str], text: str,
                  end: int) -> tuple[int, int, str, str] | None:
    """Where `pattern` (`_SETTING`) ends right before `end` in `text`: the start of its
    modifier, the end of its head, and the two words; None without one. Remembered per text
    and place: the pattern is tried at every position before the number (a scan of the
    sentence), and the number sides of a sentence's numbers are read again for each claim.
    The pattern is part of the key, so a test that swaps it is not answered from memory."""
    found = pattern.search(text, 0, end)
    return None if found is None else (found.start(1), found.end(2), found.group(1),
                                       found.group(2))


def other_setting(claimed: tuple[str, ...], found: tuple[str, ...]) -> bool:
    """Whether two numbers are the values of two different settings (`setting_measure`'s
    terms, the only measures that hold a space): "answer length" and "context length"."""
    return len(claimed) == len(found) == 1 and " " in claimed[0] and " " in found[0] \
        and claimed[0] != found[0]
