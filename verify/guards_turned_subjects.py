"""A claim's word that a sentence says only of another subject, after a contrast turn ("this
system is supervised ..., whereas our methods are completely unsupervised"; red team 10,
round 19).

"DLS is an unsupervised system" was confirmed by "Note, however, that this system is
supervised and highly customised to the task, whereas our methods are completely
unsupervised" with the sentence before it, which names DLS (Lau and Baldwin,
arXiv:1607.05368, page 4). The sentence's statement is its first clause's, about DLS; the
claim's "unsupervised" is in the clause after "whereas", whose subject is "our methods".

Papers set two subjects against each other in one sentence: "X is A, whereas (while, but) Y is
B". The general rule: when a supporting passage turns at a comma or semicolon followed by
whereas, while or but, the clause after the turn opens with its own subject (the words before
its first verb: "our methods are"), the claim names no word of that subject, and a word of the
claim is printed in that clause and nowhere else in the passage, while the clause before the
turn prints its kin ("supervised" for "unsupervised": the property set against the other
subject), the claim's word is said of the other subject: the check decides nothing
(`turned_subject`). A claim that names the second
subject ("our methods are unsupervised") is left alone, and so is a claim with numbers (their
binding decides whose they are).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

_TURN = re.compile(r"[,;]\s*(?:whereas|while|but)\s+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w\-]*")
_VERB = frozenset({"is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "can",
                   "could", "will", "would", "may", "might", "remains", "remain", "performs",
                   "perform", "shows", "show", "uses", "use", "requires", "require"})
_DETERMINER = frozenset({"the", "our", "their", "its", "this", "these", "those", "a", "an",
                         "his", "her", "other", "all", "both", "we", "they", "it"})
_STOP = frozenset({"that", "with", "from", "into", "than", "which", "when", "also", "very",
                   "more", "most", "less", "only", "much"})


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)}


def _subject(clause: str) -> set[str] | None:
    """The words before the clause's first verb (its subject), articles and pronouns left
    out; None when no verb opens it within six words."""
    words = _WORD.findall(clause)[:7]
    for at, word in enumerate(words):
        if word.casefold() in _VERB:
            subject = {w.casefold() for w in words[:at] if w.casefold() not in _DETERMINER}
            return subject or None
    return None


def _kin(word: str, words: set[str]) -> bool:
    """Whether `words` hold a kin of `word`: one that contains the other, five letters or more
    ("supervised" in "unsupervised"), the same property said the other way of the first
    subject."""
    return any(other != word and min(len(other), len(word)) >= 5
               and (other in word or word in other) for other in words)


def turned_subject(claim_text: str, quotes: list[str]) -> str | None:
    """The claim's word that the passage `quotes` prints only after a contrast turn whose
    subject the claim does not name; else None."""
    claim_words = _words(claim_text)
    claim_content = [word for word in claim_words if len(word) >= 4 and word not in _STOP]
    for number, quote in enumerate(quotes):
        turn = _TURN.search(quote)
        if turn is None:
            continue
        after = quote[turn.end():]
        subject = _subject(after)
        if subject is None or subject & claim_words:
            continue
        elsewhere = _words(quote[:turn.start()]) | set().union(
            *(_words(other) for i, other in enumerate(quotes) if i != number))
        found, before = _words(after), _words(quote[:turn.start()])
        word = next((word for word in claim_content
                     if word in found and word not in elsewhere and _kin(word, before)), None)
        if word is not None:
            return word
    return None


def guard_turned_subjects(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check, for a claim without numbers, that prints a word
    of the claim only after a contrast turn to a subject the claim does not name. In place."""
    if claim.quantities:
        return
    for check in list(supporting_sources(checks)):
        word = turned_subject(claim.text, [evidence.quote for evidence in check.evidence])
        if word is not None:
            undecide(check, f"The passage says \u201c{word}\u201d only after a turn (whereas, "
                            f"while, but) to another subject than the claim's")
