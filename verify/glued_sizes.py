"""A model's size printed in small capitals, which a PDF's text glues to the name: "BERTBASE",
"LayoutLMv2BASE". Claims say it hyphenated ("BERT-Base"), spaced, or leave the size out; the
readers that compare a passage's or a header's words with the claim's one by one need both
readings (issue 11, rounds 9 and 13).
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

_SIZES = ("base", "large", "small")
PRINTED_SIZES = tuple(size.upper() for size in _SIZES)
_WORDLIKE = 1.5
"""Zipf frequency (wordfreq) from which a glued form is an English word ("database"), not a
name with its size glued on ("BERTBASE")."""


@lru_cache(maxsize=8192)
def glued_size(word: str, claimed: str) -> bool:
    """A model's size printed in small capitals after its name ("BERT BASE",
    "LayoutLMv2 BASE") comes out of the PDF glued to it: "bertbase". The claim says it
    hyphenated ("BERT-Base") or leaves the size out ("LayoutLMv2"); a table printing two sizes
    of one name then has two rows that the claim's name fits, and the picker of the cell check
    decides nothing between them. A glued form that is itself an English word ("database") is
    no name and size."""
    size = next((size for size in _SIZES if word.endswith(size)), None)
    if size is None or len(word) - len(size) < 3 or zipf_frequency(word, "en") >= _WORDLIKE:
        return False
    return claimed == word[:-len(size)] or ("-" in claimed and claimed.replace("-", "") == word)


# A name glued to its small-capitals size, as a PDF's text gives it: "BERTLARGE".
_GLUED = re.compile(r"\b([A-Za-z][\w-]{2,}?)(" + "|".join(PRINTED_SIZES) + r")\b")


def _unglued(match: re.Match[str]) -> str:
    name, size = match.groups()
    return f"{name}-{size}" if glued_size(match.group().casefold(), name.casefold()) \
        else match.group()


@lru_cache(maxsize=16384)
def unglued_sizes(text: str) -> str:
    """`text` with each name glued to its size in small capitals ("BERTLARGE") hyphenated
    ("BERT-LARGE"), as a claim most often says them ("BERT-Large"): for the readers that
    compare a passage's words with the claim's one by one (`glued_size`)."""
    return _GLUED.sub(_unglued, text) if any(size in text for size in PRINTED_SIZES) else text
