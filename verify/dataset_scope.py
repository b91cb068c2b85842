"""The dataset a sentence or a caption scopes its numbers to ("on the GROTOAP2 dataset", "on
the 2004 Rich Transcription benchmark"), and whether the claim names another.

A paper's title and abstract name what it is about, and `content.account` lets a claim's
subject that they name go unsaid in a passage (a paper's system is "our model" in its
tables). When the abstract names one of several datasets, that lets the claim's dataset pass
unsaid too: "On S2-VL, H-VILA reaches 83.69 Macro F1" was contradicted by the cells of a
table captioned "… on the GROTOAP2 dataset" and of one "… on the DocBank dataset" (VILA,
arXiv:2106.00676, once its two-column pages were read in column order). A caption that scopes
its table to a dataset the claim does not name says the cells are not about the claim's.
"""

from __future__ import annotations

import re

# A dataset numbers are measured on: "on the 2004 Rich Transcription benchmark", "on the WLM
# corpus"; what the dataset is called is the words before its noun.
ON_DATASET = re.compile(r"\b(?:on|in|for)\s+(?:the\s+)?((?:[\w\-]+\s+){1,5}?)(?:benchmark|"
                        r"corpus|corpora|dataset|data\s+set|treebank|test\s+suite)s?\b",
                        re.IGNORECASE)
_COMMON = frozenset(("the", "a", "an", "of", "our", "this", "that", "these", "same", "new",
                     "full", "whole", "standard", "original", "entire", "large", "small"))
_PREPOSITION = re.compile(r"\b(?:on|in|for)\s+(?:the\s+)?", re.IGNORECASE)


def named(words: str) -> frozenset[str]:
    """The words that name a dataset ("2004 rich transcription" of "the 2004 Rich
    Transcription"), folded, without articles and common adjectives."""
    return frozenset(word for word in re.findall(r"[\w\-]+", words.casefold())
                     if word not in _COMMON)


def datasets_on(text: str) -> list[str]:
    """The names of the datasets `text` measures on, each the words after the last "on",
    "in" or "for" before its noun ("for all models on the GROTOAP2 dataset": "GROTOAP2")."""
    names = []
    for match in ON_DATASET.finditer(text):
        name = _PREPOSITION.split(match[1])[-1]
        if named(name):
            names.append(" ".join(name.split()))
    return names


def caption_elsewhere(caption: str | None, claim_text: str) -> str | None:
    """The dataset `caption` scopes its table to when the claim names none of its words
    (None when the caption names no dataset, or one the claim names)."""
    said = named(claim_text)
    names = datasets_on(caption or "")
    if names and all(named(name).isdisjoint(said) for name in names):
        return names[0]
    return None
