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
from .memo import Memo
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
    clauses = _prefixed_clauses(sentence)
    if not clauses:
        return None
    read = _claim_words(claim_text)
    if not read:
        return None
    said, bare, stems = read
    for words, candidates in clauses:
        for word, splits in candidates:
            stem = next((negated for rest, terms in splits
                         if (negated := _negated_rest(rest, terms, bare, stems))), None)
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


_ClaimWords = tuple[frozenset[str], frozenset[str], dict[str, str]] | tuple[()]
_CLAIM_WORDS: Memo[str, _ClaimWords] = Memo(4096)


def _claim_words(claim_text: str) -> _ClaimWords:
    """What `prefixed_denial` reads of the claim alone: its words (folded), those a prefix may
    negate (`_STEM` letters or more), and their stems' terms, each with its word; () when
    the claim prints a negation or no such word (then no sentence denies it by a prefix).
    Remembered per claim text (round 37): the source check asks it of every candidate
    sentence of every cited paper, six or seven a claim, and only the sentence's clauses
    differ. Read-only: the sets and the mapping are shared by those calls."""
    def read() -> _ClaimWords:
        if _NEGATED.search(claim_text):
            return ()
        said = frozenset(_WORD.findall(claim_text.casefold()))
        bare = frozenset(word for word in said if len(word) >= _STEM and word.isalpha())
        if not bare:
            return ()
        return said, bare, {term: word for word in bare for term in content_terms(word)}

    return _CLAIM_WORDS.get(claim_text, read)


_Candidates = tuple[tuple[str, tuple[tuple[str, tuple[str, ...] | None], ...]], ...]
_CLAUSES: Memo[str, tuple[tuple[tuple[str, ...], _Candidates], ...]] = Memo(8192)


def _prefixed_clauses(sentence: str) -> tuple[tuple[tuple[str, ...], _Candidates], ...]:
    """The clauses of `sentence` that print a word a prefix may negate: each clause's words,
    and those words in order, each with its splits in `_PREFIXES` order (`_splits`).
    Remembered per sentence: the same sentences are read against many claims, and only the
    claim's words decide which of these words negate one of them (`_negated_rest`)."""
    def read() -> tuple[tuple[tuple[str, ...], _Candidates], ...]:
        found = []
        for clause in _CLAUSE.split(sentence.casefold()):
            if not clause:
                continue
            words = tuple(_WORD.findall(clause))
            candidates = tuple((word, splits) for word in words if (splits := _splits(word)))
            if candidates:
                found.append((words, candidates))
        return tuple(found)

    return _CLAUSES.get(sentence, read)


def _splits(word: str) -> tuple[tuple[str, tuple[str, ...] | None], ...]:
    """The ways `word` may be a prefix and a negated word, in `_PREFIXES` order: (the rest,
    None) after "un-" or "non-", which negate the rest itself; (the rest, the content terms
    of its other forms) after a Latin prefix ("in-", "im-", "ir-", "il-"), which needs a long
    word that takes it and may negate another form of the claim's word ("independent" for
    "depends"), but only an adjective or adverb (the terms are empty for any other word)."""
    splits: list[tuple[str, tuple[str, ...] | None]] = []
    for prefix in _PREFIXES:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        if prefix not in _LATIN:
            splits.append((rest, None))
        elif len(rest) >= _LATIN_STEM and rest[0] in _LATIN[prefix]:
            splits.append((rest, tuple(content_terms(rest)) if _ADJECTIVE.search(rest)
                           else ()))
    return tuple(splits)


def _negated_rest(rest: str, terms: tuple[str, ...] | None, bare: frozenset[str],
                  stems: dict[str, str]) -> str | None:
    """The claim word (of `bare`) that a split of `_splits` negates, or None: the rest itself,
    or, after a Latin prefix, the claim word one of its other forms' terms stems from."""
    if rest in bare:
        return rest
    if terms is None:
        return None
    return next((stems[term] for term in terms if term in stems), None)
