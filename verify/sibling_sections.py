"""A passage in one subsection does not speak of its sibling's subject (red team 2, round 7).

Papers give each task, dataset or experiment of a part its own subsection: "6.1 Machine
Translation", "6.2 Model Variations", "6.3 English Constituency Parsing" (arXiv:1706.03762).
The parsing subsection's "We used a beam size of 21" confirmed "The Transformer used a beam
size of 21 for translation": "translation" is a word of the paper's title and abstract, so the
matcher took it as said, but the paper's own headings place it in another subsection.

The general fact, read from the paper's numbered headings: when the claim names a word of a
sibling subsection's heading (same parent, another number) that neither the matched passage's
heading nor the passage itself prints, and names no word of the passage's own heading, the
passage speaks of the other subsection's subject, not the claim's. Names (capitalised in the
claim: a system a paper discusses in every section) do not place a claim in a section.

Words are compared by stem, their inflection left out (held out 7, round 8): "90.4% of the
control messages NG-Scope decodes are correct" names §5.1 "Decoding Accuracy", where the
passage is, though "decodes" and "decoding" differ in their sixth letter; read by their first
six letters, the claim seemed to name no word of its own section, only the "control" of §5.4
"Congestion control using NG-Scope", and the passage that says it was set aside.

A heading of one short word names its subject too (probe of MapReduce, OSDI 2004, round 20):
"5.2 Grep" and "5.3 Sort" measure two programs on one cluster, and "The sort input rate peaks
at over 30 GB/s" was confirmed by §5.2's "peaks at over 30 GB/s when 1764 workers have been
assigned", since words of four letters were not read at all. A one-word title of three or four
letters is now read whole (`heading_words`); short words of longer titles ("with", "data")
still are not, and a claim's short words meet only such one-word titles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .paper_memo import per_paper
from .undecided import DECIDING, decided, undecide

_HEADING = re.compile(r"^\s*(\d+(?:\.\d+)+)\.?\s+(.+)$")
_WORD = re.compile(r"[A-Za-z]{5,}")
# A short word, and a heading that is one word: "5.2 Grep", "5.3 Sort" (round 20).
_SHORT = re.compile(r"\b[A-Za-z]{3,4}\b")
_ONE_WORD = re.compile(r"^[A-Za-z]{3,4}$")
# Inflectional endings, longest first; a stem keeps at least four letters ("uses" stays).
_ENDINGS = ("ings", "ing", "ed", "es", "s", "e")


def stem(word: str) -> str:
    """A word without its inflection, cut to six letters: "decodes", "decoded" and "decoding"
    are all "decod"; "translation" and "translate" are "transl"."""
    word = word.casefold()
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    return word[:6]


def _short_names(text: str, lower: bool = False) -> frozenset[str]:
    """The short words of `text` as the names of one-word headings are kept: marked "=", so
    that they meet a one-word heading's name only, never a longer heading word's stem."""
    return frozenset(f"={word.casefold()}" for word in _SHORT.findall(text)
                     if not lower or word.islower())


def _words(text: str) -> frozenset[str]:
    return frozenset(stem(word) for word in _WORD.findall(text)) | _short_names(text)


def _lower_words(text: str) -> frozenset[str]:
    return (frozenset(stem(word) for word in _WORD.findall(text) if word.islower())
            | _short_names(text, lower=True))


def heading_words(title: str) -> frozenset[str]:
    """The words a heading's title names its subject by: its words of five letters or more,
    and a one-word title whatever its length ("Grep", "Sort": a program, a task, a data set
    named by a short word). Short words of longer titles ("with", "from", "data") are left out:
    they name no subject."""
    title = title.strip()
    words = frozenset(stem(word) for word in _WORD.findall(title))
    if _ONE_WORD.match(title):
        words |= {f"={title.casefold()}"}
    return words


@lru_cache(maxsize=64)
def _headings(sections: tuple[str, ...]) -> dict[str, tuple[str, frozenset[str]]]:
    """Each numbered subsection heading: its parent number and its words."""
    found = {}
    for section in sections:
        match = _HEADING.match(section)
        if match:
            number = match.group(1)
            found[section] = (number.rsplit(".", 1)[0], heading_words(match.group(2)))
    return found


def sibling_word(claim_text: str, section: str, quote: str,
                 headings: dict[str, tuple[str, frozenset[str]]]) -> str | None:
    """The sibling heading whose word the claim names while the passage's heading and the
    passage do not."""
    section = next((heading for heading in headings
                    if section == heading or section.startswith(f"{heading},")), None)
    if section is None:
        return None
    parent, own = headings[section]
    if _words(claim_text) & own:
        return None
    said = _lower_words(claim_text) - _words(quote)
    for other, (other_parent, words) in headings.items():
        if other != section and other_parent == parent and said & (words - own):
            return other
    return None


def guard_sibling_sections(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive source check whose passage lies in a subsection other than the
    one whose heading the claim names (module docstring). In place."""
    headings = per_paper(paper, "headings", lambda read: _headings(
        tuple(section.title for section in read.sections)))
    if not headings:
        return
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        for evidence in check.evidence:
            other = sibling_word(claim.text, evidence.location or "", evidence.quote, headings)
            if other is not None:
                undecide(check, f"The claim names the subject of section {other}; the passage "
                                f"is in section {evidence.location}")
                break
