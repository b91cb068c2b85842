"""Numbers a passage lists each after its own label and an equals sign (probe28a, round 28).

"The central staining ICC was 0.59" (false: 0.71) was confirmed by "They showed that in the
absence of a standardized staining and scoring methodology, interlaboratory reproducibility was
moderate (central staining intraclass correlation coefficient (ICC) = 0.71, local staining ICC =
0.59) [7]" (Faragalla et al., Ki67 in Breast Cancer Assay, Curr. Oncol. 2023, page 4): the
passage holds every word of the claim and its number, but the number is the local staining's.
The clause readers (verify/clause_numbers.py) end no clause inside parentheses, where such lists
stand, and the labelled-list readers of verify/guards_labelled_numbers.py read slash lists and
"<number> in <name>" lists.

The general fact: a list of two or more "<label> = <number>" items (separated by commas,
semicolons or "and") gives each number to its own label. When the label of the claim's number
holds a word the claim does not say ("local"), while another item's label, which shares a word
with it (the kind both are of: "staining"), holds a word the claim says and the first label
does not ("central"), the claim speaks of that other item: the passage does not give the claim's
number for what the claim names (`equated_owner`). Labels are words of three letters or more
(symbols such as "n = 30, p = 0.01" are not read), a short parenthetical without digits ("(ICC)")
is read as part of its label. It only withholds a support; it names no paper, label or number.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify_claims.claims import Claim

__all__ = ["equated_owner"]

_NUMBER = r"[-\u2212]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)"
_EQUALS = re.compile(rf"\s*[=\u2248]\s*({_NUMBER})\s*%?")
_NUMBER_RE = re.compile(rf"(?<![\w.]){_NUMBER}")
# An abbreviation in parentheses inside a label: "coefficient (ICC) = 0.71".
_SHORT_PAREN = re.compile(r"\s*\([A-Za-z][^()\d=]{0,20}\)")
# Where an item's label starts: after a separator or after the previous item's number.
_SEPARATOR = re.compile(r"[,;:(\[]|\band\b|\bor\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{2,}")
_STOP = frozenset(("the", "and", "for", "with", "was", "were", "are", "its", "their", "from",
                   "that", "this", "which", "had", "has", "have", "been", "than", "into"))
_MOST_WORDS = 6


def _value(text: str) -> float | None:
    try:
        return float(text.replace("\u2212", "-").replace(",", ""))
    except ValueError:
        return None


def _words(text: str) -> frozenset[str]:
    words = (word.casefold() for word in _WORD.findall(text))
    return frozenset(word[:-1] if len(word) > 3 and word.endswith("s") else word
                     for word in words if word not in _STOP)


@lru_cache(maxsize=8192)
def _items(quote: str) -> tuple[tuple[frozenset[str], str, float], ...]:
    """The quote's "<label> = <number>" items: (the label's words, the label, the value)."""
    if "=" not in quote and "\u2248" not in quote:
        return ()
    text = _SHORT_PAREN.sub(" ", quote)
    items, start = [], 0
    for match in _EQUALS.finditer(text):
        before = text[start:match.start()]
        cuts = list(_SEPARATOR.finditer(before))
        label = before[cuts[-1].end():] if cuts else before
        label = " ".join(label.split()[-_MOST_WORDS:])
        number = _value(match.group(1))
        words = _words(label)
        if number is not None and words and not _NUMBER_RE.search(label):
            items.append((words, label.strip(), number))
        start = match.end()
    return tuple(items)


def equated_owner(claim: Claim, quote: str) -> tuple[str, str] | None:
    """The label a "<label> = <number>" list gives the claim's number to and the other label of
    that list the claim speaks of (module docstring), else None. The claim's numbers are its
    parsed quantities, negative where printed with a minus (a "drop of 5" is 5)."""
    items = _items(quote)
    if len(items) < 2 or len({words for words, _, _ in items}) < 2:
        return None
    said = _words(claim.text)
    for value in (-quantity.value if quantity.text.lstrip()[:1] in "-\u2212" else quantity.value
                  for quantity in claim.quantities):
        for words, label, number in items:
            if abs(number - value) > 1e-9 * max(1.0, abs(value)) or not words - said:
                continue
            for other_words, other, other_number in items:
                if other_words == words or abs(other_number - value) <= 1e-9 * max(1.0, abs(value)):
                    continue
                if other_words & words and (other_words - words) & said:
                    return label, other
    return None
