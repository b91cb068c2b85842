"""A word negated by its prefix denies what the claim says with the bare word: "unknown" for
"known", "unproven" for "proven", "nonlinear" for "linear".

"SQRT-SUM is known to be in NP" (false) was confirmed by "SQRT-SUM is known to be in PSPACE,
but its containment even in NP is unknown and has been a long-standing open problem"
(Benedikt, Kharlamov, Olteanu and Senellart, Probabilistic XML via Markov Chains, VLDB 2010,
page 4; probe23b): the sentence prints every word of the claim, "known" among them (said of
PSPACE), and no "not", so neither the polarity reader nor the negation rules
(verify/unread_negations.py) saw that it denies the claim of NP.

English negates many adjectives and participles by a prefix ("un-", "non-"). When a clause of
the sentence (up to a comma, semicolon, colon, bracket or a turn such as "but" or "whereas")
prints the prefixed form of a word the claim says bare, and that clause also prints another
distinctive word of the claim's clause that holds the bare word, the clause says of that thing
the opposite of the claim's word: the sentence decides nothing (`prefixed_denial`; withheld,
not read as a contradiction: the prefix may also name a kind, "unsupervised" models beside
"supervised" ones). A claim that prints the prefixed word itself, or a negation, is left to the
other rules.
"""

from __future__ import annotations

import re

from .content_words import GENERIC
from .passages import content_terms

__all__ = ["EXPLANATION", "prefixed_denial"]

EXPLANATION = ("it negates a word of the claim by its prefix (\u201cunknown\u201d for "
               "\u201cknown\u201d)")

_PREFIXES = ("un", "non-", "non", "in", "im", "ir", "il")
# "in-" and its assimilated forms negate long words only, before the letters they take:
# "infrequently", "independent", "impossible", "irrelevant", "illegal" (round 28, WHO 2022:
# "occurs infrequently in heterosexual couples" confirmed "occurs frequently"), never "inside",
# "income" or "instance" read as "side", "come" or "stance".
_LATIN = {"in": "acdefghjknoqstuvwy", "im": "bmp", "ir": "r", "il": "l"}
_LATIN_STEM = 6
# Another form of the claim's word counts only for an adjective or adverb ("independent" for
# "depends"), not a noun ("information" is no "format").
_ADJECTIVE = re.compile(r"(?:ent|ant|ible|able|ly|ive|al|ate|ous|ar|ic|ed)$")
_STEM = 4  # the least letters the bare word has ("known", "clear", "linear")
_WORD = re.compile(r"[a-z][a-z\-]*")
_CLAUSE = re.compile(r"[,;:()]|\b(?:but|whereas|while|although|though|however)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no|cannot|without)\b|n['\u2019]t\b", re.I)


def prefixed_denial(claim_text: str, sentence: str) -> tuple[str, str] | None:
    """(the claim's bare word, the sentence's prefixed word) when a clause of the sentence
    prints the prefixed form of a claim word together with another distinctive word of the
    claim's clause that says the word ("known ... in NP" against "in NP is unknown"; not
    "known to be in PSPACE, but ... in NP ... open"), while the claim prints neither the
    prefixed form nor a negation; else None."""
    lowered = sentence.casefold()
    if not any(prefix in lowered for prefix in _PREFIXES):
        return None
    if _NEGATED.search(claim_text):
        return None
    said = set(_WORD.findall(claim_text.casefold()))
    bare = {word for word in said if len(word) >= _STEM and word.isalpha()}
    if not bare:
        return None
    stems = {term: word for word in bare for term in content_terms(word)}
    for clause in _CLAUSE.split(lowered):
        if not clause:
            continue
        words = _WORD.findall(clause)
        for word in words:
            stem = next((negated for prefix in _PREFIXES
                         if (negated := _negated_word(prefix, word, bare, stems))), None)
            if stem is None or word in said:
                continue
            others = {term for own in _CLAUSE.split(claim_text)
                      if own and stem in _WORD.findall(own.casefold())
                      for term in content_terms(own)
                      if term not in GENERIC and not term[0].isdigit()
                      and term not in content_terms(stem)}
            rest = set(content_terms(" ".join(other for other in words if other != word)))
            if others & rest:
                return stem, word
    return None


def _negated_word(prefix: str, word: str, bare: set[str], stems: dict[str, str]) -> str | None:
    """The claim word (of `bare`) that `word` negates by `prefix`, or None. A Latin prefix
    ("in-", "im-", "ir-", "il-") needs a long word that takes it, and may negate another form
    of the claim's word ("independent" for "depends", through `stems`); "un-" and "non-" the
    word itself."""
    if not word.startswith(prefix):
        return None
    rest = word[len(prefix):]
    if prefix not in _LATIN:
        return rest if rest in bare else None
    if len(rest) < _LATIN_STEM or rest[0] not in _LATIN[prefix]:
        return None
    if rest in bare:
        return rest
    if not _ADJECTIVE.search(rest):
        return None
    return next((stems[term] for term in content_terms(rest) if term in stems), None)
