"""A count of a modified noun ("three highway layers") is not met by the same number counting
the bare noun ("three layers of representations").

"The context insensitive type representation uses three highway layers." (false: two highway
layers, ELMo, arXiv 1802.05365, page 4) was confirmed by "As a result, the biLM provides three
layers of representations for each input token" two sentences later: the matcher met "three"
and the head noun "layers", and the passage also holds "highway" (in "followed by two highway
layers"), so every word of the claim was found. Papers count several kinds of one thing
(layers of a network and layers of representation, highway and LSTM layers, training and test
examples); the words before the counted noun say which kind. When the claim's counted noun
carries such a modifier and the passage's number counts the same head noun without it, the
two numbers may count different things, and the agreement confirms nothing.

`guard_count_modifiers` undecides each confirming source check whose agreeing counts are all
of that kind: the claim's count has a modifier before its head noun (`compound_counts.counted_noun`:
"highway layers"), a common word the quoted sentence never prints (a name, "677k S2ORC
papers", says whose things are counted; "100 runs of the MIRA implementation" says the kind
later), and every place the passage prints the agreeing number it counts the head alone, or
with other words, and not by reference ("12M nodes of this type"). Whole numbers only (never
a percentage or points). It names no paper or number; it only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from verify_claims.claims import Check, CheckKind, Claim, Quantity

from .compound_counts import counted_noun, is_count
from .content import measure_of
from .number_context import measure_after
from .passages import content_terms
from .undecided import SUPPORTING, decided, undecide

__all__ = ["bare_heads", "guard_count_modifiers"]


def _printed(quote: str, number: str) -> Iterable[tuple[int, int]]:
    """Where `number` is printed in `quote` as a whole token."""
    pattern = r"(?<![\w.,])" + re.escape(number) + r"(?![\w]|[.,]\d)"
    for match in re.finditer(pattern, quote, re.IGNORECASE):
        yield match.span()


def counted_places(claim_text: str, claimed: Quantity, quote: str, found: str
                   ) -> tuple[set[str], str, Iterator[tuple[int, list[str]]]] | None:
    """The modifiers (names aside) and head noun of the claim's count of a modified noun
    ("highway layers"), and, read lazily, the end of each place `quote` prints `found` with the
    noun counted there; None when the claim counts no modified noun, the quote says its kind
    somewhere, or the quote does not print `found`. The shared reading of `bare_heads` and
    `guards_count_kinds.other_kind`."""
    noun = counted_noun(claim_text, claimed, measure_after(claim_text, claimed))
    if len(noun) < 2:
        return None
    modifiers, head = set(noun[:-1]) - _named_terms(claim_text), noun[-1]
    if not modifiers or modifiers & set(content_terms(quote)):
        return None  # a name ("677k S2ORC papers"), or the kind said elsewhere in the sentence
    places = list(_printed(quote, found))
    if not places:
        return None
    nouns = ((end, measure_of(quote, claimed.model_copy(
        update={"span": (start, end), "unit": None, "text": found}))) for start, end in places)
    return modifiers, head, nouns


def bare_heads(claim_text: str, claimed: Quantity, quote: str, found: str) -> bool:
    """Whether the claim counts a modified noun (two terms, "highway layers") and the quote
    prints `found` only before the same head noun without the modifier ("three layers of
    representations")."""
    read = counted_places(claim_text, claimed, quote, found)
    if read is None:
        return False
    modifiers, head, nouns = read
    # Not another noun, none, the whole modified noun, or "of this type".
    return all(there and head in there and not modifiers <= set(there)
               and not _REFERRED.match(quote, end) for end, there in nouns)


# A counted noun whose kind the passage gives by reference: "12M nodes of this type".
_REFERRED = re.compile(r"\s+[^\W\d_][\w\-]*\s+of\s+(?:this|that|these|those|such|each)\b",
                       re.IGNORECASE)
_NAME = re.compile(r"\b\w*(?:[A-Z]\w*[A-Z0-9]|[0-9])\w*\b|(?<![.:]\s)(?<!^)\b[A-Z][a-z]+\b")


def _named_terms(text: str) -> set[str]:
    """The terms of the names in `text` (a word with a capital inside it or a digit, "S2ORC",
    "MIRA", or a capitalised word inside a sentence): a modifier that names whose things are
    counted, not which kind."""
    return {term for match in _NAME.finditer(text) for term in content_terms(match.group())}


def guard_count_modifiers(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each confirming source check whose agreeing counts all count the claim's head
    noun without its modifier (module docstring). In place."""
    counts = {quantity.text: quantity for quantity in claim.quantities if is_count(quantity)}
    if not counts:
        return
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        for evidence in check.evidence:
            pairs = [pair for pair in evidence.numbers if pair.agree and pair.claimed in counts]
            if pairs and all(bare_heads(claim.text, counts[pair.claimed], evidence.quote,
                                        pair.found) for pair in pairs):
                undecide(check, f"Not decided: the passage's {pairs[0].found} counts "
                                "another kind of thing than the claim's, without the word "
                                "the claim puts before it")
                break
