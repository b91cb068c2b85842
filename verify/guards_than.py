"""Precision guard: the thing after "than" must be the second cell a comparison reads.

"runtime (hours) (pubmed) has a higher 10 than initial # topics/word (news)" was confirmed by
smola10's Table 2 cells runtime (hours) × pubmed and runtime (hours) × news: the claim's
second argument is the row "initial # topics/word" of Table 3, but the cell lookup accounts
for the claim's words over both cells and the caption together, and Table 2's caption speaks
of topics and words. The mutation benchmark's "order" claims found it (seeds 1 and 2).

The general fact: in "A is higher than B", B is what the second of the two compared cells is
about. A table check that compares two cells without a number of the claim (its evidence the
two cells, first-named first; a stated difference pins its pair down itself) supports or
contradicts a comparison only when every content word the claim says after "than"
(up to the next clause or a phrase of place such as "on X") is printed in the second cell's
own headers or in its table's caption, and every name of its first side (before its verb or
comparative, a leading "On X," aside) in the first cell's (`guard_than_argument`). And when
both cells print a coined name of the claim while another coined name of the claim is printed
by neither, the cells compare one side with itself ("CRF-CD-IO (Unsupervised) scores lower
than MaxEnt-CD (Supervised)" against the MaxEnt-CD cells of two settings, roark13 Table 6).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .coined_names import whole_coined
from .passages import content_terms
from .undecided import DECIDING, decided, undecide

# What follows "than" up to a clause break or a phrase of place or condition.
_AFTER_THAN = re.compile(
    r"\bthan\s+(?:that\s+of\s+|those\s+of\s+|the\s+)?(?P<argument>.+?)"
    r"(?=\s*(?:[,.;:]\s|[,.;:]?$)|\s+(?:on|in|at|for|by|with|across|under|over|when|while|"
    r"among|and|but|according|as|after|before|using|from|to|of)\b)", re.IGNORECASE)
_IGNORED = frozenset(("table", "one", "other", "it", "that"))


# A leading phrase of place or condition ("On WCN AM, "), then the first side, up to its verb
# or the comparative.
_LEADING = re.compile(r"^\s*(?:on|in|for|at|with|across|under|over|among)\b[^,]{0,80},\s*",
                      re.IGNORECASE)
_FIRST = re.compile(
    r"^(?P<argument>.+?)\s+(?:is|are|was|were|has|have|had|scores?|reach(?:es)?|achieves?|"
    r"gets?|yields?|obtains?|performs?|shows?|gives?|(?:higher|lower|larger|smaller|greater|"
    r"better|worse|more|less|fewer)\b)", re.IGNORECASE)


def first_argument(text: str) -> list[str]:
    """The terms of the names (words with a capital) of the claim's first side, before its
    verb or comparative, when the claim compares with "than"; [] otherwise."""
    if not _AFTER_THAN.search(text):
        return []
    match = _FIRST.match(text[_LEADING.match(text).end() if _LEADING.match(text) else 0:])
    if match is None:
        return []
    # Only its names: a plain word before the verb may be the claim's own frame ("GROBID
    # parses link on average ... more").
    names = " ".join(word for word in match.group("argument").split()
                     if any(letter.isupper() for letter in word))
    return [term for term in content_terms(re.sub(r"['\u2019]s\b", "", names))
            if term not in _IGNORED and not term[0].isdigit() and len(term) > 1]


def second_argument(text: str) -> list[str]:
    """The content terms of what the claim compares with, after "than"; [] when it has no
    "than"."""
    match = _AFTER_THAN.search(text)
    if match is None:
        return []
    return [term for term in content_terms(match.group("argument"))
            if term not in _IGNORED and not term[0].isdigit()]


def one_side_named_twice(claim: str, first: str, second: str) -> bool:
    """Whether both cells (their headers `first`, `second`) print a coined name of the claim
    while another coined name of the claim is printed by neither: the claim tells its two
    sides apart by names the cells do not ("CRF-CD-IO (Unsupervised) scores lower than
    MaxEnt-CD (Supervised)" read from two MaxEnt-CD cells)."""
    one, other = _paths(first), _paths(second)
    if len(one) != 2 or len(other) != 2:
        return False
    # The axis the two cells differ on is the one that names the sides; the other (the
    # column both are in, "WCN / AM") names what is compared.
    apart = [axis for axis in (0, 1) if one[axis] != other[axis]]
    if len(apart) != 1:
        return False
    firsts, seconds = set(whole_coined(one[apart[0]])), set(whole_coined(other[apart[0]]))
    printed = set(whole_coined(first)) | set(whole_coined(second))
    names = whole_coined(claim)
    return any(name in firsts and name in seconds for name in names) \
        and any(name not in printed for name in names)


def _printed_glued(term: str, claim: str, held: str) -> bool:
    """Whether a claim word of `term` is printed in `held` with its hyphens and spaces left
    out or put in: "BERT-Base" is the header "BERTBASE" (round 32: "On MRPC, BERT-Base scores
    higher than BERT-Large" stayed unverified), "Bi-GRU" is "BiGRU"."""
    tokens = {re.sub(r"[\W_]+", "", token) for token in _TOKEN.findall(held.casefold())}
    return any(term in content_terms(word) and len(glued) >= 4 and glued in tokens
               for word in _TOKEN.findall(claim)
               if (glued := re.sub(r"[\W_]+", "", word.casefold())))


# A printed name with its inner hyphens and dots: "BERT-Base", "S2ORC-SciBERT", "BERTBASE".
_TOKEN = re.compile(r"[^\s,;:()/\u00d7]+")


def _paths(location: str) -> list[str]:
    """A cell's row and column header paths from its evidence location ("Table 6, Supervised
    / MaxEnt-CD × WCN / AM")."""
    headers = re.sub(r"^\s*Table\s+\S+?,\s*", "", location)
    return headers.split(" \u00d7 ")


def guard_than_argument(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each table check comparing two cells whose second cell's headers do not print
    what the claim says after "than", or whose cells both print the name of one side of the
    claim (module docstring). In place."""
    first, wanted = first_argument(claim.text), second_argument(claim.text)
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        if len(check.evidence) != 2 or any(evidence.claimed is not None
                                           for evidence in check.evidence):
            continue  # not the two cells of a comparison
        if any(part.part == "value" and part.claim != claim.text[:len(part.claim)]
               for part in check.matched):
            continue  # a difference or ratio the claim states pins the pair down itself
        if one_side_named_twice(claim.text, *(evidence.location or ""
                                              for evidence in check.evidence)):
            undecide(check, "Not decided: the two cells print the same name of one side of "
                            "the comparison, and not the other side's")
            continue
        # Each cell's headers, and its table's caption (which names what all its cells are:
        # "approaches", "parses").
        texts = [" ".join(filter(None, [evidence.location, evidence.quote, evidence.note]))
                 for evidence in check.evidence]
        held = [set(content_terms(text)) for text in texts]
        missing = [term for side, terms in enumerate((first, wanted))
                   for term in terms if term not in held[side]
                   and not _printed_glued(term, claim.text, texts[side])]
        if missing:
            undecide(check, "Not decided: the two sides the claim compares are not what the "
                            f"two cells' headers name (\u201c{missing[0]}\u2026\u201d)")
