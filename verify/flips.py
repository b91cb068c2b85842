"""When a sentence that reads the other way is about the claim's very statement.

A flip (a negation, a judgement read the other way) contradicts a claim only with the same
subject, the arguments in the same order and the same measure (verify/source_check.py). Two
facts of how papers are written are read here:

- a comparison is stated by a connective as often as by a comparative word: "SPECTER's 0.41
  compared with SciBERT's 0.19, a clear improvement", "an improvement in agreement over Likert
  ratings" (`compares`); its two arguments keep their order around the connective
  (`comparison_arguments`, `compared_in_order`);
- a paper names a task or a tool once and then speaks of it without its name: the section's
  first sentence, or the sentence introducing the figure or table the sentence refers to,
  lends the name (`lent_names`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .comparisons import comparison_argument
from .content import Accounting, ClaimParts, part_found, passage_terms
from .passages import PassageIndex, content_terms
from .word_forms import without_bounds
from .wording import DOWN, UP, relation_tokens
from .wording import plain as _plain

# "A's 0.41 compared with B's 0.19, a clear improvement": a comparison stated by two numbers
# and a connective rather than by a comparative word.
_COMPARED = re.compile(r"\b(?:compared|relative)\s+(?:with|to|against)\b|\bversus\b|\bvs\.?\s",
                       re.I)
# "brings no improvement in agreement over Likert ratings": a gain over something compares.
_GAIN_OVER = re.compile(r"\b(?:improvements?|gains?|boosts?|advantages?)\b(?:\s+[\w-]+){0,4}?"
                        r"\s+over\b", re.I)


def compares(text: str, comparative: bool) -> bool:
    """Whether a text compares two things: a comparative word (`comparative`: "better",
    "than"), "compared with", "relative to", "versus" between the two, or a gain over one of
    them."""
    return comparative or _connective(text)


@lru_cache(maxsize=65536)
def _connective(text: str) -> bool:
    """Memoised: each candidate sentence is read for every claim it is a candidate of. A bound
    ("higher than about 0.7") compares nothing (verify/word_forms.py)."""
    text = without_bounds(text)
    return _COMPARED.search(text) is not None or _GAIN_OVER.search(text) is not None


_CONNECTIVE = re.compile(r"\b(?:(?:compared|relative)\s+(?:with|to|against)|versus|vs\.?|than"
                         r"|over)(?=\s)", re.I)


def comparison_arguments(parts: ClaimParts, text: str) -> tuple[set[str], set[str]] | None:
    """The two arguments of the claim's comparison, each by the words that tell it from the
    other: those of its comparative ("A is no better than B"), or of a gain over something
    ("A brings no improvement in X over B"). None when the claim compares nothing."""
    if parts.comparison is not None:
        left, right, _ = parts.comparison
        left = parts.wide_left or left
    else:
        match = _GAIN_OVER.search(text)
        if match is None:
            return None
        left = comparison_argument(text[:match.start()], left=True, wide=True)
        right = comparison_argument(text[match.end():], left=False)
    named = {part.term for part in parts.parts if part.named or part.role == "subject"}
    own_left, own_right = set(left) - set(right), set(right) - set(left)
    if own_left & named and own_right & named:
        own_left, own_right = own_left & named, own_right & named
    if not own_left or not own_right:
        return None
    return {_plain(term) for term in own_left}, {_plain(term) for term in own_right}


def compared_in_order(arguments: tuple[set[str], set[str]], text: str) -> bool:
    """Whether `text` compares the claim's two `arguments` (`comparison_arguments`) in the claim's
    order around a connective ("compared with", "than", "over", "versus"): of each argument's
    words the text prints, at least one and all on its side, none on the other ("SPECTER ...
    0.41 compared with SciBERT's 0.19" for "SPECTER ... better than SciBERT"). The arguments
    are told apart by their names (words printed with capitals inside) where both have one."""
    first, second = arguments
    for match in _CONNECTIVE.finditer(text):
        before = {_plain(term) for term in content_terms(text[:match.start()])}
        after = {_plain(term) for term in content_terms(text[match.end():])}
        said_first, said_second = first & (before | after), second & (before | after)
        if said_first and said_second and said_first <= before and said_second <= after \
                and not said_first & after and not said_second & before:
            return True
    return False


_REFERENCE = re.compile(r"\b(?:Figure|Fig\.|Table)\s*(\d+)", re.I)
_NAME = re.compile(r"(?<![\w\-])[A-Za-z][\w\-]*[A-Z][\w\-]*")
_SECTION_REACH = 40


def lent_names(parts: ClaimParts, found: Accounting, index: PassageIndex,
                number: int) -> frozenset[str]:
    """The terms of the claim's names (and of the words printed with them) that the passage
    lacks but that the sentence's context states for it: a paper names a task or a tool once
    and then speaks of it without its name.
    Two places state it: the first sentence of the section ("We continue by testing ... on
    the task of generating NPN paraphrases" for the rest of the section), and a sentence of
    the same section that refers to the same figure or table ("Figure 2 shows t-SNE
    projections" for "the values corresponding to Figure 2"). Never when the sentence itself
    names a thing the claim does not (mixed case or capitals: "MetaMap", "BERT"): it may then
    speak of another task or tool than the one its context named."""
    sentence = index.sentences[number]
    known = {_plain(part.term) for part in parts.parts}
    for match in _NAME.finditer(sentence.text):
        terms = content_terms(match.group().rstrip("s’'"))
        if terms and not {_plain(term) for term in terms} <= known:
            return frozenset()
    sentences = index.sentences
    first = number
    while first > max(0, number - _SECTION_REACH) \
            and sentences[first - 1].section == sentence.section:
        first -= 1
    lenders = [sentences[first].text] if first != number else []
    references = set(_REFERENCE.findall(sentence.text))
    if references:
        lenders += [other.text for other in sentences[first:number]
                    if set(_REFERENCE.findall(other.text)) & references]
    if not lenders:
        return frozenset()
    terms = passage_terms(" ".join(lenders))
    if not any((part.role == "subject" or part.named) and part_found(part, terms)
               for part in found.missing):
        return frozenset()
    # The context that names the thing speaks of it in its own words ("the task of generating
    # NPN paraphrases" for "the NPN task"): the claim's words it holds are lent with the name.
    return frozenset(part.term for part in parts.parts
                     if part.role != "relation" and part_found(part, terms))


@lru_cache(maxsize=16384)
def both_directions(text: str) -> bool:
    """Whether a sentence states both directions ("the F-score improves more than 13%, and it
    is only 3.4% worse than with the manual transcripts"): papers set a gain beside a
    remaining gap in one sentence, so a claim of either direction may be what it says, and
    the direction its statement is read by (its first direction word) contradicts neither.
    A bound ("higher than about 0.7") states no direction. Memoised (bounded): a candidate
    sentence is read against every claim it is a candidate of, and this follows from its text
    alone."""
    tokens = relation_tokens(without_bounds(text))
    return UP in tokens and DOWN in tokens
