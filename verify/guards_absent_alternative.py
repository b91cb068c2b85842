"""A passage that names the other alternatives of a list, never the claim's (round 26:
Alam et al. 2009, Phoenix paludosa, Bangladesh J. Pharmacol.).

The abstract says "Lupeol (1), epilupeol (2) and β-sitosterol (3) were isolated from the
n-hexane and the carbon tetrachloride soluble fraction of a methanol extract ..." and, a
sentence later, "The n-hexane, carbon tetrachloride and chloroform soluble materials ... were
subjected to antimicrobial screening". "Lupeol, epilupeol and beta-sitosterol were isolated from
the chloroform fraction" (false) was confirmed by the first sentence at 0.72: every word of the
claim but "chloroform" is there, and "chloroform" is a word the paper uses, so the rare-word
rule let it go unsaid.

The general fact: a paper that prints "A, B and C" (or "A, B or C") names alternatives of one
kind, each item one or two words (the last word stands for it: "carbon tetrachloride" is
"tetrachloride"). When a claim names exactly one item of such a list, and a decisive source
passage prints none of the claim's item but prints another item of the same list, the passage
speaks of the other alternative, and it decides nothing either way
(`guard_absent_alternative`). It names no paper or word; it only withholds. A claim that names
two items of the list (a comparison of two alternatives) is left to the other guards, and so is
a claim with a number: which alternative a number is of is read where it is printed
(`guards_listed_alternatives`), and a blind corpus lost a right confirmation of a number to
this rule's first version, which read only the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .guards_listed_alternatives import _NOT_ALTERNATIVES
from .paper_memo import per_paper, sentence_triples
from .undecided import DECIDING, decided, undecide

__all__ = ["guard_absent_alternative", "item_lists"]

# An item before a comma may be two words ("carbon tetrachloride"), its last word standing for
# it; the item after "and"/"or" is read as one word, since nothing ends it ("and chloroform
# soluble materials").
_WORD_ITEM = r"([a-z][a-z\-]{2,}[a-z])"
_ITEM = rf"(?:[a-z][\w\-]* )?{_WORD_ITEM}"
_LIST = re.compile(rf"(?<![\w\-]){_ITEM}, {_ITEM},? (?:and|or) {_WORD_ITEM}(?![\w\-])")
_WORD = re.compile(r"[a-z][a-z\-]*[a-z]")
# Words that end a phrase rather than name a thing: a list of them is no list of alternatives.
_NOT_ITEMS = _NOT_ALTERNATIVES | frozenset(
    ["other", "others", "etc", "one", "two", "three", "four", "five", "six", "seven", "eight",
     "nine", "ten", "first", "second", "third", "respectively", "which", "where", "when",
     "whose", "into", "over", "under", "between", "among", "used", "using", "based", "well",
     "them", "they", "there", "here"])


def _lists(paper: Paper) -> list[frozenset[str]]:
    return sentence_triples(paper, _LIST, _NOT_ITEMS, fold=True)


def item_lists(paper: Paper) -> list[frozenset[str]]:
    """The lists of three alternatives the paper prints ("n-hexane, carbon tetrachloride and
    chloroform"), each as the set of its items' last words, once per paper."""
    return per_paper(paper, "item_lists", _lists)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _prints(words: set[str], item: str) -> bool:
    """Whether a text of `words` prints `item`, singular or plural."""
    return bool({item, item + "s", item + "es", item.removesuffix("s")} & words)


def guard_absent_alternative(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive source check whose passages print another item of a list the
    claim names one item of, and never the claim's item (module docstring). In place."""
    if claim.quantities:
        return
    lists = item_lists(paper)
    if not lists:
        return
    claim_words = _words(claim.text)
    named = [(items, mine) for items in lists
             if len(mine := [item for item in items if _prints(claim_words, item)]) == 1]
    if not named:
        return
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        passage = _words(" ".join(evidence.quote or "" for evidence in check.evidence))
        for items, (mine,) in named:
            if _prints(passage, mine):
                continue
            others = sorted(item for item in items - {mine} if _prints(passage, item))
            if others:
                undecide(check, f"Not decided: the passage names {others[0]!r}, another of "
                                f"the alternatives the paper lists with {mine!r}, and never "
                                f"{mine!r}")
                break
