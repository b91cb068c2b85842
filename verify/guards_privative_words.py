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

`guard_privative_supports` is the mirror case (round 34, mutation probes): an unnegated claim
("more than 50 percent of their cover could support plant life") confirmed by a passage that
negates the same predicate by a privative word ("was incapable of supporting plant life").
The privative word must govern a word of the claim (through "of" or "to", or as a verb of lack)
or be that word with a negating prefix (`privative_predicate`); one that only describes a noun
("undisturbed vegetation") or sits in a clause about something else withholds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence, Outcome

from .content_words import GENERIC
from .passages import content_terms
from .undecided import SUPPORTING, decided, undecide, undecide_by_evidence

__all__ = ["guard_privative_supports", "guard_privative_words", "privative_clause",
           "privative_predicate"]

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


_LINKS = frozenset(("of", "to", "in", "at", "on", "the", "a", "an", "be", "been"))
_NEGATING_PREFIX = re.compile(r"^(?:non-?|un|in|im|ir|il)")


def privative_predicate(quote: str, claim_text: str) -> str | None:
    """The privative word of a clause of `quote` that shares at least two distinctive words
    with the claim and negates a word the claim states: the word it governs ("incapable of
    supporting", "fails to converge", "lacks support") or its own stem ("unstable" for
    "stable"); else None.
    A privative word in a clause about something else ("judges evaluated each extraction as
    correct or incorrect", "all the summarizers fail to generate long summaries") is none."""
    stems = {word[:5] for word in _WORD.findall(claim_text.casefold()) if len(word) >= 4}
    found = privative_clause(quote, claim_text)
    if found is None:
        return None
    for clause in _CLAUSE.split(quote.casefold()):
        words = _WORD.findall(clause)
        for at, word in enumerate(words):
            if word != found:
                continue
            # a verb of lack governs its object ("lacks support"), an adjective what follows
            # its "of" or "to" ("incapable of supporting", "unable to run"); an adjective
            # before a noun ("undisturbed vegetation") governs no word of the claim's
            after = words[at + 1:at + 4]
            linked = word in _LACK or (after[:1] and after[0] in ("of", "to"))
            governed = next((later for later in after if later not in _LINKS), "") \
                if linked else ""
            base = _NEGATING_PREFIX.sub("", word)
            if governed[:5] in stems or (base != word and base[:5] in stems):
                return word
    return None


def guard_privative_supports(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose quote negates by a privative word what the
    unnegated claim affirms (`privative_predicate`; round 34: mutation probes). "Quadrats were
    rejected if more than 50 percent of their cover could support plant life" was confirmed by
    "... was incapable of supporting plant life": no negation word on either side, so the
    polarity reader saw the same statement. In place; only withholds."""
    if claim.negated:
        return

    def why(evidence: Evidence) -> str | None:
        word = privative_predicate(evidence.quote or "", claim.text)
        return None if word is None else (
            f"Not confirmed: the passage negates by \u201c{word}\u201d what the claim affirms")

    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, why)
