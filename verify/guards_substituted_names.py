"""A claim that words a sentence's subject as the sentence does but for one coded name put in
place of the sentence's own word speaks of another thing (probe35b, round 35: Hu et al., Appl.
Environ. Microbiol. 77 (2011), pages 3-4).

"MGI 16S rRNA gene abundances ranged from 1.41 x 10^2 to 3.72 x 10^4 copies per ng of DNA"
(false: the MGI gene ranged from 3.3 x 10^1 to 1.38 x 10^4) was confirmed by "Archaeal 16S
rRNA gene abundances ranged from 1.41 x 10^2 to 3.72 x 10^4 copies ng DNA-1": every word and
number of the claim is there but "MGI", which the next sentence lends the passage ("Depth
profiles of MGI 16S rRNA gene abundance ranging from ..."). The two texts say the same of two
things: the archaea, and their marine group I.

The rule (`substituted_name`): the words of the claim before its first number, against the
words of the sentence before the same number, differ by one word replaced, and the claim's
word there is a name written as a code (capitals after its first letter or a digit beside a
letter: "MGI", "amoA", "T5") that the sentence does not print, while the sentence's word is one
the claim does not say. Then the sentence states its number of another subject, and a
supporting source check on it decides nothing. Words the sentence prints before the claim's
first word (a leading "In total," or "The") are no difference, nor is a sentence word that
refers to its subject ("Our model reaches ..." for "ELMo reaches ...": `_refers`). It only
withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from verify_claims.claims import Check, Claim

from .guards_correlated_names import codes
from .passages import _STOP_WORDS
from .undecided import undecide_by_sentence

__all__ = ["guard_substituted_names", "substituted_name"]

_TOKEN = re.compile(r"[A-Za-z0-9]+")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?!\w|\.\d)")


def _words_before(text: str, number: str) -> list[str] | None:
    """The word tokens of `text` before its first printing of `number` (None: not printed)."""
    match = re.search(rf"(?<![\w.]){re.escape(number)}(?!\w|\.\d)", text)
    return _TOKEN.findall(text[:match.start()]) if match else None


def substituted_name(claim_text: str, sentence: str) -> tuple[str, str] | None:
    """(the claim's coded name, the sentence's word in its place) when the two texts' words
    before the claim's first number differ by that one replacement (module docstring)."""
    first = _NUMBER.search(claim_text)
    if first is None:
        return None
    mine = _words_before(claim_text, first.group())
    theirs = _words_before(sentence, first.group())
    if not mine or not theirs or len(mine) < 3:
        return None
    lowered_mine = [word.casefold() for word in mine]
    lowered_theirs = [word.casefold() for word in theirs]
    changes = [op for op in SequenceMatcher(None, lowered_mine, lowered_theirs,
                                            autojunk=False).get_opcodes() if op[0] != "equal"]
    # Words the sentence prints before the claim's first word are no difference.
    if changes and changes[0][0] == "insert" and changes[0][1] == 0:
        changes = changes[1:]
    if len(changes) != 1 or changes[0][0] != "replace":
        return None
    _, start, end, other_start, other_end = changes[0]
    if end - start != 1 or other_end - other_start != 1:
        return None
    name, word = mine[start], theirs[other_start]
    coded = codes(claim_text)
    said = {token.casefold() for token in _TOKEN.findall(claim_text)}
    printed = {token.casefold() for token in _TOKEN.findall(sentence)}
    if name not in coded or name.casefold() in printed or word.casefold() in said \
            or not word.isalpha() or _refers(word):
        return None
    return name, word


# Words by which a sentence refers to the thing a report names: "Our model reaches 91.2" is
# "ELMo reaches 91.2" in a report, the name put in place of the reference, no other thing.
_REFERRING = frozenset(("proposed", "new", "novel", "resulting", "final", "full", "same",
                        "above", "former", "latter", "present", "current"))


def _refers(word: str) -> bool:
    """Whether the sentence's `word` refers to its subject rather than naming it: a function
    word ("our", "this", "the") or a word of reference ("proposed", "resulting")."""
    lowered = word.casefold()
    return lowered in _STOP_WORDS or lowered in _REFERRING


def guard_substituted_names(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose sentence (its first quote) words the
    claim's subject with another word where the claim has a coded name (module docstring).
    In place."""
    def why(quote: str) -> str | None:
        found = substituted_name(claim.text, quote)
        return None if found is None else (
            f"The sentence says \u201c{found[1]}\u201d where the claim says "
            f"\u201c{found[0]}\u201d, with every other word of the subject the same: it is "
            "about another thing")

    undecide_by_sentence(checks, why)
