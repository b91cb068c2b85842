"""A dotted initialism of the claim ("U.S.") that the passage writes out ("the United
States"; probe29b, issue 11).

"The overall U.S. response rate without substitute schools was 76.6 percent" (true: NCES's
"Highlights from PIRLS 2011", round 29, page A-5: "The overall response rate for the United
States, 76.6 percent without substitute schools, meets this requirement") stayed unverified:
"U.S." is read as two names of one letter, "U" and "S", and no passage "speaks of" them,
though the same report writes "U.S." and "the United States" for one country from sentence to
sentence. The undotted acronym ("MLM") is already found where the passage spells it out
(`content._expand_acronyms`); the dotted one split into letters was not.

The claim's words keep the letters in order (`ClaimParts.words`: "u", "s"). A run of two to
five one-letter words there whose letters are names of the claim still missing is found in a
passage that prints consecutive capitalised words with those initials ("United States",
"United Kingdom"), a function word allowed between ("Bank of America" is not, its initials are
"BoA").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["expand_dotted"]


def _runs(words: Sequence[str]) -> list[str]:
    """The runs of two to five consecutive one-letter words, as their letters."""
    runs, current = [], ""
    for word in (*words, ""):
        if len(word) == 1 and word.isalpha():
            current += word
            continue
        if 2 <= len(current) <= 5:
            runs.append(current)
        current = ""
    return runs


def _written_out(letters: str) -> re.Pattern[str]:
    return re.compile(r"\b" + r"\s+".join(rf"{letter.upper()}[a-z]+" for letter in letters)
                      + r"\b")


def expand_dotted(result: Any, words: Sequence[str], sentences: Sequence[Any]) -> None:
    """Mark found the one-letter name parts of a dotted initialism that a passage writes out
    (module docstring). In place, on an `Accounting`."""
    if not sentences or not (result.missing or result.unseen):
        return
    for letters in _runs(words):
        pattern = _written_out(letters)
        if not any(pattern.search(sentence.text) for sentence in sentences):
            continue
        for bucket in (result.missing, result.unseen):
            for part in list(bucket):
                if len(part.text) == 1 and part.text.isupper() \
                        and part.text.casefold() in letters:
                    bucket.remove(part)
                    result.matched.append(part)
