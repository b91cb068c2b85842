"""Precision guard: a claim that names its number's measure with a modifier ("the threshold
voltages are 73.6 mV", "the macro F1 is 70.2", "its training loss was 0.3") is contradicted only
by a sentence that names that kind of measure too.

A unit or a bare noun says what sort of quantity a number is, not which one: a paper about a
circuit prints many voltages in mV (gate, drain, threshold, supply), a paper about a model
many F1 scores (micro, macro, per class) and many losses (training, validation). The number
matcher pairs numbers by the noun or unit printed with them, so "the threshold voltages are
73.6 mV" met "the drain were put to ... 50 mV" and was contradicted, though the sentence is
about the bias the transistors were measured at. The general fact: the words a claim puts
before its measure's head noun ("threshold" in "threshold voltages") select one quantity among
those of that unit; a sentence that never uses such a word may be giving another one, so it
cannot contradict the claim. The claim is set aside (unverified), never confirmed by this.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome
from verify_claims.extract.quantities import parse_quantities

from .of_verbs import OF_VERBS
from .passages import content_terms
from .undecided import decided, undecide

# A word of the measure's name: letters, digits, hyphens ("top-1", "F1").
_WORD = re.compile(r"[^\W_][\w\-]*")
# What joins a measure's name to its number: "the threshold voltages are 73.6 mV".
_CONNECTORS = frozenset(("is", "are", "was", "were", "of", "=", "reaches", "reached", "at"))
_HEDGES = frozenset(("about", "around", "roughly", "approximately", "nearly", "almost", "only",
                     "just", "exactly"))
# Words that end a measure's name going left (determiners, prepositions, pronouns).
_STOPS = frozenset((
    "the", "a", "an", "its", "their", "our", "his", "her", "this", "that", "these", "those",
    "of", "for", "in", "on", "at", "with", "by", "from", "to", "and", "or", "while", "whereas",
    "when", "where", "which", "whose", "each", "every", "both", "all", "respectively"))


def measure_modifiers(claim: str, start: int) -> tuple[str, ...]:
    """The words that modify the measure named right before the number starting at `start` in
    `claim` ("In the relaxed case, the threshold voltages are 73.6 mV" → ("threshold",)): the
    words between a determiner or preposition and the head noun that comes
    before the connector. Empty when the claim names no measure there or names it bare."""
    words = [(m.group(), m.start()) for m in _WORD.finditer(claim, 0, start)]
    tail = claim[words[-1][1] + len(words[-1][0]):start] if words else ""
    if not words or any(mark in tail for mark in ",;:()"):
        return ()
    if words[-1][0].casefold() in _HEDGES:
        words.pop()
    if len(words) < 3 or words[-1][0].casefold() not in _CONNECTORS:
        return ()
    words.pop()
    head = words.pop()
    if head[0].casefold() in _STOPS or head[0].casefold() in OF_VERBS:
        return ()  # "consists of 5452 questions": no measure name before "of" (of_verbs.py)
    modifiers: list[str] = []
    for word, position in reversed(words[-3:]):
        between = claim[position + len(word):head[1]]
        # A name ("S2ORC", "BERT's") is whose measure it is, not which kind: it ends the
        # modifiers, as a determiner does.
        if word.casefold() in _STOPS or any(mark in between for mark in ",;:()'’") \
                or not word.islower() or claim[position - 1:position] in ("'", "’"):
            break
        modifiers.insert(0, word)
        head = (word, position)
    return tuple(word for word in modifiers if not word[0].isdigit())


def _claimed_starts(claim: Claim, printed: str) -> list[int]:
    quantities = claim.quantities or parse_quantities(claim.text)
    return [quantity.span[0] for quantity in quantities
            if claim.text[quantity.span[0]:quantity.span[1]].lstrip("+-\u2212") ==
            printed.lstrip("+-\u2212")]


def unnamed_modifier(claim: Claim, sentence: str, printed: str) -> str | None:
    """A word modifying the measure of the claim's number printed `printed` that `sentence`
    never uses, or None."""
    terms = set(content_terms(sentence))
    for start in _claimed_starts(claim, printed):
        for word in measure_modifiers(claim.text, start):
            if any(term not in terms for term in content_terms(word)):
                return word
    return None


def guard_unnamed_modifiers(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide every contradicting source check whose sentence never uses a word that
    modifies the measure of a claimed number it disagrees with (module docstring). In
    place."""
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        sentence = next((evidence for evidence in check.evidence if evidence.quote
                         and not (evidence.note or "").startswith("neighbour")), None)
        if sentence is None:
            continue
        clashing = [pair.claimed for pair in sentence.numbers if not pair.agree]
        for printed in clashing:
            term = unnamed_modifier(claim, sentence.quote, printed)
            if term is not None:
                undecide(check, f"Not contradicted: the claim's measure is a '{term}' one, "
                                "which the passage never names; its number may measure "
                                "another quantity of that kind")
                break
