"""Sentence mutations of the small words report writers change first (round 29): a restriction
the sentence never makes, and a word turned into its prefixed negation or back.

Round 28's prose probes (a legal review, WHO guidelines) found every wrong verdict in such a
word: a claim's "only" that the passage does not say, "infrequently" read as "frequently",
"independent of" as "depends on". The benchmark made none of these, so nothing tested the rules
that caught them (verify/guards_unsaid_qualifiers.py, verify/prefixed_negations.py) beyond the
probes' own sentences. Both kinds are false by construction and must never be confirmed:

- "sentence only": "only" set before the sentence's first phrase of place or means after its
  verb ("We train the model on Wikipedia" -> "We train the model only on Wikipedia"). The
  sentence restricts nothing there; a paper that says the restriction in another sentence
  would make the claim true, which is why a generated sentence that already says "only",
  "solely" or "exclusively" is left alone.
- "sentence prefix flip": one word of a fixed list of antonym pairs formed by a negating prefix
  ("frequently" / "infrequently", "dependent" / "independent", "likely" / "unlikely") replaced
  by the other of its pair; never inside a hyphenated compound ("semi-supervised"), and no
  pair whose negated form names a thing of its own ("unsupervised", "unseen").
"""

from __future__ import annotations

import re

# Antonyms formed by a negating prefix, both ways round (the plain word first).
PREFIX_PAIRS = (
    ("frequently", "infrequently"), ("frequent", "infrequent"), ("dependent", "independent"),
    ("consistent", "inconsistent"), ("consistently", "inconsistently"),
    ("sufficient", "insufficient"), ("accurate", "inaccurate"), ("effective", "ineffective"),
    ("complete", "incomplete"), ("correct", "incorrect"), ("correctly", "incorrectly"),
    ("possible", "impossible"), ("relevant", "irrelevant"), ("likely", "unlikely"),
    ("stable", "unstable"), ("able", "unable"), ("necessary", "unnecessary"),
    ("balanced", "unbalanced"),
)
_RESTRICTED = re.compile(r"\b(?:only|solely|exclusively|merely|just)\b", re.IGNORECASE)
# The phrase "only" goes before: a preposition of place or means, after the sentence's start.
_PHRASE = re.compile(r"(?<=\w) (on|with|from|in|using|by) (?=(?:the |a |an )?[A-Za-z])")
_FIRST_WORDS = 4  # a phrase among the first words is the sentence's frame ("In this paper")


def added_only(text: str) -> str | None:
    """The sentence with "only" before its first phrase of place or means past its first few
    words, or None when it has none or already restricts (module docstring)."""
    if _RESTRICTED.search(text):
        return None
    for match in _PHRASE.finditer(text):
        if len(text[:match.start()].split()) >= _FIRST_WORDS:
            return f"{text[:match.start()]} only {match.group(1)} {text[match.end():]}"
    return None


def prefix_flipped(text: str) -> str | None:
    """The sentence with its first word of `PREFIX_PAIRS` replaced by the other of its pair,
    the case of its first letter kept; None when it has none."""
    pairs = PREFIX_PAIRS + tuple((negated, plain) for plain, negated in PREFIX_PAIRS)
    first = None
    for old, new in pairs:
        match = re.search(rf"(?<![\w-]){old}(?![\w-])", text, re.IGNORECASE)
        if match and (first is None or match.start() < first[0].start()):
            first = (match, new)
    if first is None:
        return None
    match, new = first
    word = new[0].upper() + new[1:] if match.group()[0].isupper() else new
    return text[:match.start()] + word + text[match.end():]
