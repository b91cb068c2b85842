"""A quantization table's "W4A4" column is said by a claim's "4-bit".

Quantization papers head their columns by the bit widths of weights and activations, "W4A4",
"W5A5" (Fan et al., CVPR 2024, "Data-Free Quantization via Pseudo-label Filtering", Tables
1-4: "W-bit/A-bit represent the bits number of weights and activations after quantization"),
and write of the same runs in their text as "4-bit" and "5-bit" ("92.47% (4-bit), 88.04%
(3-bit) on CIFAR-10"). A report does the same: "On CIFAR-10, the proposed method reaches 92.47%
top-1 accuracy with 4-bit ResNet-20" (Table 1, Ours x W4A4). No word of the claim said "W4A4",
so no cell was picked, and every claim of the paper's results stayed unverified (round 36,
probe36a).

So a header "W<n>A<n>" (weights and activations of one width) is said by the claim's "<n>-bit"
or "<n> bits" when that is the only bit width the claim speaks of: "4-bit weights and 8-bit
activations" says neither "W4A4" nor "W8A8", and a header of two widths ("W4A8") is said only
as printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from verify_claims.claims import Paper, Quantity

__all__ = ["bit_width_words", "said_widths", "width_settings"]

bit_widths_said = True
"""Whether "<n>-bit" says a "W<n>A<n>" header (a planted-bug test switches it off)."""

_HEADER = re.compile(r"w(\d{1,2})a(\d{1,2})")
_SAID = re.compile(r"(?<![\w.])(\d{1,2})(?:-|\s)bits?\b", re.IGNORECASE)


def bit_width_words(text: str, starts: Sequence[int]) -> dict[int, frozenset[int]]:
    """Each bit width the claim `text` says ("4-bit", "3 bits"), with the positions of its
    words ("bit"; the claim's words begin at `starts`)."""
    if "bit" not in text.casefold():
        return {}
    found: dict[int, set[int]] = {}
    for match in _SAID.finditer(text):
        found.setdefault(int(match[1]), set()).update(
            index for index, start in enumerate(starts)
            if match.start() <= start < match.end())
    return {width: frozenset(words) for width, words in found.items() if words}


def said_widths(header: str, widths: dict[int, frozenset[int]]) -> frozenset[int] | None:
    """The claim words that say the header word `header` ("w4a4", lower case) as a bit width
    (`bit_width_words`), or None (module docstring)."""
    if not widths or not bit_widths_said:
        return None
    match = _HEADER.fullmatch(header)
    if match is None or match[1] != match[2] or set(widths) != {int(match[1])}:
        return None
    return widths[int(match[1])]


def _printed_widths(paper: Paper) -> frozenset[int]:
    """The widths of the "W<n>A<n>" headers of the paper's tables."""
    found = set()
    for table in paper.tables:
        for text in table.header:
            for match in _PRINTED.finditer(text):
                if match[1] == match[2]:
                    found.add(int(match[1]))
    return frozenset(found)


_PRINTED = re.compile(r"(?<![^\W\d_])W(\d{1,2})\s*/?\s*A(\d{1,2})(?!\d)")


def width_settings(text: str, quantities: Sequence[Quantity], paper: Paper) -> set[int]:
    """The positions (in `quantities`) of the claim's numbers that are bit widths ("4" of
    "4-bit") of a "W<n>A<n>" header the paper prints: the name of a column, not a level a
    cell prints."""
    if not bit_widths_said or "bit" not in text.casefold():
        return set()
    printed = _printed_widths(paper)
    if not printed:
        return set()
    return {position for position, quantity in enumerate(quantities)
            if quantity.value in printed
            and re.match(r"(?:-|\s)bits?\b", text[quantity.span[1]:], re.IGNORECASE)}
