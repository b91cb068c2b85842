"""A negation said by a privative word is a negation: "incapable of supporting" says what
"could not support" says (probe31b: an ecology report on alien plants in national parks).

"Quadrats were rejected if more than 50 percent of their cover could not support plant life"
(true) was contradicted by "Randomly placed quadrats were rejected if more than 50 percent of
the cover was incapable of supporting plant life": "The claim negates what the paper asserts".
The polarity reader counts negation words ("not", "no", "never", "cannot"), and the sentence
prints none; but it negates the same predicate by a privative word, a negating prefix on an
adjective ("incapable", "unable", "impossible", "unsuitable", "nonviable") or a verb or adjective
of lack ("lacks", "fails to", "devoid of", "absent"). Read as unnegated, it seemed to assert what
the claim denies.

`guard_privative_words` undecides each source check contradicted on negation (its evidence noted
"contradiction: negation") where the side read as unnegated (the quote, when the claim is read
as negated; else the claim) prints a privative word in a clause (up to a comma, semicolon,
colon or bracket) that shares at least two distinctive words with the other side, a word the
other side does not print too (both printing "non-projective" name a kind of parser; a
heldout claim stays contradicted so). It only withholds: whether the two then agree is left
unread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .content_words import GENERIC
from .passages import content_terms
from .undecided import decided, undecide

__all__ = ["guard_privative_words", "privative_clause"]

_CLAUSE = re.compile(r"[,;:()\[\]]")
_WORD = re.compile(r"[a-z][a-z\-]*")
# a negating prefix on an adjective: "un-" and "non-" before a participle or an adjective of
# ability or quality ("unable", "unchanged", "nonviable"; not "united", "universal"); the Latin
# "in-", "im-", "ir-", "il-" only before the adjectives that take it as a negation, named
# ("incapable", "impossible", "insufficient"; never "important", "incident", "invasive")
_UN = re.compile(r"^(?:un|non-?)(?=[a-z]{5,}$)[a-z]*(?:able|ible|ed|ful|ive|ent|ant|ous)$")
_LATIN = re.compile(r"^(?:in|im|ir|il)(capable|possible|sufficient|adequate|appropriate|"
                    r"effective|active|accessible|feasible|visible|compatible|consistent|"
                    r"correct|complete|valid|applicable|eligible|significant|dependent|"
                    r"sensitive|measurable|regular|relevant|reversible|responsive|mobile|"
                    r"frequent|legal|logical|mature|perfect|permeable|practical|precise)$")
_LACK = frozenset(("lack", "lacks", "lacked", "lacking", "fail", "fails", "failed", "failing",
                   "devoid", "absent", "unable"))
_SHARED_AT_LEAST = 2


def _privative(word: str) -> bool:
    return word in _LACK or bool(_UN.match(word)) or bool(_LATIN.match(word))


def privative_clause(text: str, other: str) -> str | None:
    """The first privative word of a clause of `text` that shares at least two distinctive
    words with `other`, or None."""
    others = {term for term in content_terms(other)
              if term not in GENERIC and not term[0].isdigit()}
    printed = set(_WORD.findall(other.casefold()))
    for clause in _CLAUSE.split(text.casefold()):
        words = _WORD.findall(clause)
        # a privative word both sides print names a kind ("non-projective parsing"), it
        # negates neither
        found = next((word for word in words if _privative(word) and word not in printed),
                     None)
        if found is None:
            continue
        shared = {term for term in content_terms(clause) if term in others}
        if len(shared) >= _SHARED_AT_LEAST:
            return found
    return None


def guard_privative_words(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each source check contradicted on a negation that the unnegated side says by a
    privative word (module docstring). In place."""
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        for evidence in check.evidence:
            if "negation" not in (evidence.note or ""):
                continue
            quote = evidence.quote or ""
            unnegated, other = (quote, claim.text) if claim.negated else (claim.text, quote)
            word = privative_clause(unnegated, other)
            if word is not None:
                undecide(check, f"Not decided: \u201c{word}\u201d negates by itself what the "
                                "other side negates by a negation word")
                break
