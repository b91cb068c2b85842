"""A claim's verb lent by a neighbouring sentence while the subject's own sentence gives it
another (probe31b: an ecology report on alien plants in national parks, page 4).

"Areas with lawns, flower pots and gardens were sampled" (false) was confirmed by "Areas where
alien species are deliberately cultivated (lawns, flower pots, gardens) also were rejected"
with the next sentence, "If the crews rejected several quadrats, they added additional
transects until 30 quadrats were sampled", which lent "sampled": "states the same about the
same thing in a sentence and its neighbours". The sentence that names the claim's subject says
what was done to it, and it is another thing.

A claim that states what was done to its subject ("were sampled", `guards_unquoted_verbs.
claimed_verb`) asserts that verb of it. `guard_lent_participles` undecides each supporting source
check of several sentences where the sentence the match rests on (the one not noted as a
neighbour) does not print the claim's verb in any form, but prints a passive verb of its own
("were rejected") after at least two distinctive words of the claim's subject (the words
before its verb), and only a neighbour prints the claim's. A main sentence whose own passive
verb is said of another thing ("bags of sentences ... are extracted from the web", for
"Bunescu and Mooney's extractor is trained from just a few entity pairs": a heldout claim,
rightly confirmed, that the first version withheld) is left alone. It only withholds.
"""

from __future__ import annotations

from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .content_words import GENERIC
from .guards_unquoted_verbs import _PASSIVE, _STEM, claimed_verb
from .passages import content_terms
from .undecided import SUPPORTING, decided, undecide

__all__ = ["guard_lent_participles", "own_participle"]

_SHARED = 2


def _terms(text: str) -> set[str]:
    return {term for term in content_terms(text)
            if term not in GENERIC and not term[0].isdigit()}


def own_participle(verb: str, main: str, neighbours: Iterable[str],
                   subject: str = "") -> str | None:
    """The main sentence's own passive participle, said of the claim's subject (the words
    before it share at least two of `subject`'s distinctive words), when the main sentence
    never prints `verb` (in any form) and a neighbour does; else None."""
    stem = verb[:_STEM]
    if stem in main.casefold():
        return None
    if not any(stem in neighbour.casefold() for neighbour in neighbours):
        return None
    said = _terms(subject)
    own = [match.group(1) for match in _PASSIVE.finditer(main.casefold())
           if match.group(1)[:_STEM] != stem
           and len(_terms(main[:match.start()]) & said) >= _SHARED]
    return own[-1] if own else None  # the last: the main verb follows a subject's relative


def guard_lent_participles(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose claimed verb only a neighbour prints,
    while the main sentence gives the subject a verb of its own (module docstring). In
    place."""
    verb = claimed_verb(claim.text)
    if verb is None:
        return
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        mains = [evidence.quote or "" for evidence in check.evidence
                 if "neighbour" not in (evidence.note or "")]
        neighbours = [evidence.quote or "" for evidence in check.evidence
                      if "neighbour" in (evidence.note or "")]
        if len(mains) != 1 or not neighbours:
            continue
        subject = claim.text[:_PASSIVE.search(claim.text.casefold()).start()]
        own = own_participle(verb, mains[0], neighbours, subject)
        if own is not None:
            undecide(check, f"Not decided: the sentence about the claim's subject says "
                            f"\u201c{own}\u201d; only a neighbouring sentence says "
                            f"\u201c{verb}\u201d")
