"""A number spelled and hyphenated into one word ("five-fold", "three-fold") is the number.

The claim's words are read one token at a time, and a token of letters joined by a hyphen is
one word (verify/content_words.py `_TOKEN`). A spelled number alone ("six seeds") is already
left to the source check, which compares it as a value; but "five-fold validation" made the
single word "five-fold", which the paper, saying "three-fold validation", never uses: the
word blocked the contradiction the numbers carry (5x against 3x, red team 7's "The models are
tuned with five-fold validation on the training set", Lin et al., ACL P16-1200, page 6).

A token is such a number only when all of it lies inside the span of one of the claim's
quantities and its first piece is a spelled number, so the quantity parser read the whole
word as that number ("five-fold" → 5x). A compound whose other piece names a thing
("three-layer network", parsed as 3 with more after it) keeps its word.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["spelled_number_word"]


def spelled_number_word(lowered: str, start: int, end: int,
                        numbers: Sequence[tuple[int, int]], spelled: frozenset[str]) -> bool:
    """Whether the token `lowered` at [start, end) of the claim's text is a spelled number
    written as one hyphenated word that a quantity of the claim spans whole."""
    if "-" not in lowered:
        return False
    head = lowered.split("-", 1)[0]
    if head not in spelled:
        return False
    return any(low <= start and end <= high for low, high in numbers)
