"""Other printed forms of a claim's words, which a passage of an unseen paper may use instead.

A report paraphrases its paper, and the same thing is printed in several forms that the
index's five-letter stems keep apart (issue 11, recall on papers the rules never saw):

- Derivations of a short verb root: "parser", "parsing", "parse" and "parsed" are one word
  for the matching ("the parser's score" for "we could reach ... in parsing"), as are "run"
  and "running" (`derived_terms`). Only forms English uses (`wordfreq`) are generated, so a
  root does not meet an unrelated word through a made-up spelling.
- Compounds are printed hyphenated, as two words or joined by a slash: a claim's "full-data"
  is the paper's "full data set", its "MapReduce" the paper's "Map/Reduce"
  (`compound_found`, `slash_joined`).
- A number after a comparative with "than" is a bound, not a comparison of two things: "a
  threshold higher than about 0.7" compares no system with another (`without_bounds`), so a
  sentence holding one is read as a plain statement.
- A frame noun after the thing it frames adds nothing a passage must print: "the
  non-projective parsing step" is the non-projective parsing (`frames`).
- A short noun in "-y" and its plural in "-ies" ("query" / "queries") are one word, which the
  five-letter stems keep apart (`y_plural`, read by table headers: verify/header_words.py).
- "One" that stands for a noun already said ("the maximum spanning tree approach rather than
  the transition-based one") is a pronoun, not a count: a passage need not print it
  (`pronoun`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from .passages import content_terms
from .wording import plain

# A verb's inflections and its agent noun: what is stripped to find its root, and what is put
# back to generate the forms the paper may print.
_SUFFIXES = ("ers", "er", "ings", "ing", "ed", "es", "s", "e")
_ENDINGS = ("", "e", "s", "es", "er", "ers", "ing", "ed")
_MIN_ROOT = 3
_COMMON = 2.0
"""Zipf frequency from which a generated spelling is a word English uses (wordfreq)."""


@lru_cache(maxsize=65536)
def derived_terms(word: str) -> frozenset[str]:
    """The index terms of the derivations of a lower-case word's root that English uses:
    "parser" → terms of "parse", "parsing", "parsed", "parses"; "running" → "run", "runs".
    Only a word of letters (no hyphen, no digit) is derived."""
    if not word.isalpha() or len(word) < 4:
        return frozenset()
    roots = {word}
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_ROOT:
            root = word[:-len(suffix)]
            roots.add(root)
            if len(root) >= 4 and root[-1] == root[-2] and root[-1] not in "aeiouls":
                roots.add(root[:-1])  # "running" → "run", "tagged" → "tag"
    spellings = {root + ending for root in roots for ending in _ENDINGS}
    spellings |= {root + root[-1] + ending for root in roots if len(root) == 3
                  for ending in ("ing", "ed", "er", "ers")}  # "run" → "running"
    terms = set()
    for spelling in spellings - {word}:
        if zipf_frequency(spelling, "en") >= _COMMON:
            terms |= {plain(term) for term in content_terms(spelling)}
    return frozenset(terms)


_PIECES = re.compile(r"[-/]")


def compound_found(text: str, terms: frozenset[str]) -> bool:
    """Whether a hyphenated claim word ("full-data", "score-improvement") is found as its
    words printed apart in a passage of `terms`: every piece (a content word) is there."""
    pieces = [piece for piece in _PIECES.split(text.casefold()) if piece]
    if len(pieces) < 2:
        return False
    found = [content_terms(piece) for piece in pieces]
    return all(found) and all(plain(term[0]) in terms or term[0] in terms for term in found)


_SLASHED = re.compile(r"\b[^\W\d_]{2,}(?:/[^\W\d_]{2,})+\b")


def slash_joined(text: str) -> frozenset[str]:
    """The terms of the words a text joins with a slash, written as one ("Map/Reduce" →
    "mapreduce"): a compound name printed both ways."""
    return frozenset(plain(term) for match in _SLASHED.findall(text)
                     for term in content_terms(match.replace("/", "")))


_BOUND_COMPARISON = re.compile(
    r"\b(?:more|less|fewer|greater|larger|smaller|higher|lower|bigger|longer|shorter)"
    r"\s+than\s+(?:(?:about|around|approximately|roughly|nearly|almost)\s+)?[-+\u2212]?\d",
    re.I)


def without_bounds(text: str) -> str:
    """`text` with the comparatives that bound a number ("higher than about 0.7", "more than
    280M") blanked (same length): they limit a value and compare no two things."""
    return _BOUND_COMPARISON.sub(lambda match: " " * (len(match.group()) - 1)
                                 + match.group()[-1], text)


# Nouns that name a part of a procedure or of a system: after a content word they frame it
# ("the parsing step", "the labeling stage", "the extraction component") and a paraphrase
# adds or drops them at will.
FRAME_NOUNS = frozenset(content_terms("step steps stage stages phase phases component "
                                      "components module modules"))


def frames(term: str, previous: str | None) -> bool:
    """Whether claim term `term` is a frame noun after content word `previous`."""
    return previous is not None and term in FRAME_NOUNS and not previous[0].isdigit()


_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "each", "every", "any", "another",
                          "which", "same"))
_AFTER_PRONOUN = re.compile(r"\s*(?:[.,;:)!?]|$|(?:is|are|was|were|has|had|does|did|than|rather|"
                            r"instead|and|or|but|in|on|for|with|that|which)\b)", re.I)


def pronoun(text: str, match: re.Match[str]) -> bool:
    """Whether the word "one" at `match` in `text` is the pronoun that stands for a noun
    already said: a determiner within the three words before it ("the transition-based one",
    "a simpler one") and no noun after it (punctuation, the end, a verb or a conjunction
    follows). "One of several", "more than one sense" and "one task" are counts."""
    if match.group().casefold() != "one" or not _AFTER_PRONOUN.match(text, match.end()):
        return False
    before = re.findall(r"[^\W\d_][\w\-]*", text[:match.start()].casefold())[-3:]
    return any(word in _DETERMINERS for word in before)


def y_plural(word: str) -> str | None:
    """The other number of a lower-case noun in "-y" / "-ies": "queries" → "query", "query" →
    "queries"; None for any other word.

    The plural rules elsewhere drop a final "s" ("task" / "tasks"), and the index cuts words to
    five letters, which keeps a short "-y" noun apart from its plural: "query" / "queri(es)",
    "study" / "studi(es)", "entry" / "entri(es)". A table's row "# Query" was then not said by
    "380,298 queries" (arXiv:1607.04423 Table 1), nor a header "Entries" by "entry". Only a
    stem of three letters or more is read ("ties" is no plural of "t")."""
    if not word.isalpha():
        return None
    if word.endswith("ies") and len(word) >= 6:
        return word[:-3] + "y"
    if word.endswith("y") and len(word) >= 4 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return None
