"""Setting a decided check aside, the one way every guard does it.

A guard (verify/guards_*.py) that finds a decisive check unsafe turns it into no evidence and
keeps, after its reason, what the check had matched: a reader of the audit sees both what was
found and why it decides nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from verify_claims.claims import Check, CheckKind, Evidence, Outcome

WHAT_MATCHED = "; what matched: "


def undecide(check: Check, why: str, joint: str = WHAT_MATCHED) -> None:
    """Make `check` decide nothing, its explanation `why`, then `joint`, then the old one."""
    check.outcome, check.decisive = Outcome.no_evidence, False
    check.explanation = f"{why}{joint}{check.explanation}"


def evidence_text(check: Check) -> str:
    """All a check's evidence prints, as one text: each quote, location and note (a table
    cell's note holds its caption), the text a guard searches for what the claim names."""
    return " ".join(" ".join(filter(None, (evidence.quote, evidence.location, evidence.note)))
                    for evidence in check.evidence)


SUPPORTING = (Outcome.supported, Outcome.confirmed)
DECIDING = (Outcome.supported, Outcome.confirmed, Outcome.contradicted)


def decided(checks: Iterable[Check], kind: CheckKind,
            outcomes: tuple[Outcome, ...] = SUPPORTING) -> Iterator[Check]:
    """The decisive checks of `kind` whose outcome is one of `outcomes`: what a guard looks
    at before it sets one aside (evidence that decides nothing is never a guard's)."""
    for check in checks:
        if check.kind == kind and check.decisive and check.outcome in outcomes:
            yield check


def supporting_sources(checks: Iterable[Check]) -> Iterator[Check]:
    """The decisive source checks that support the claim: the ones a sentence guard may set
    aside."""
    return decided(checks, CheckKind.source)


def printed_numbers(evidence: Evidence) -> list[str]:
    """The numbers an evidence line printed as the paper prints them: each number pair's found
    side, or the one value it found (a table cell's), as text. What a guard looks up in the
    quote to read the words around the number."""
    founds = [pair.found for pair in evidence.numbers]
    if founds:
        return founds
    return [f"{evidence.found:g}"] if evidence.found is not None else []


def undecide_unquoted(checks: Iterable[Check], wanted: Iterable[str],
                      prints: Callable[[str, str], bool], why: Callable[[str], str]) -> None:
    """Undecide each supporting source check none of whose quotes prints one of `wanted`
    (`prints(quote, item)`), saying `why(item)` of the first missing item. In place: the
    shape of the guards that ask a passage to print what the claim names (a sign, an item's
    label)."""
    wanted = list(wanted)
    for check in list(supporting_sources(checks)):
        quotes = [evidence.quote for evidence in check.evidence]
        missing = [item for item in wanted if not any(prints(quote, item) for quote in quotes)]
        if missing:
            undecide(check, why(missing[0]), joint=": ")


def undecide_by_sentence(checks: Iterable[Check], why: Callable[[str], str | None]) -> None:
    """Undecide each supporting source check with the reason `why` gives for its own sentence
    (its first quote; the neighbours quoted after it only lent words). In place: the shape of
    the guards that read what the number's own sentence names (round 35: correlated names,
    other places, substituted names)."""
    for check in list(supporting_sources(checks)):
        quote = check.evidence[0].quote if check.evidence else None
        if quote and (reason := why(quote)):
            undecide(check, reason)


def undecide_by_evidence(checks: Iterable[Check], kind: CheckKind, outcomes: tuple[Outcome, ...],
                         why: Callable[[Evidence], str | None]) -> None:
    """Undecide each check of `kind` decided with one of `outcomes` with the first reason
    `why` gives for one of its evidence lines, in order. In place: the shape of the guards
    that judge a check by each passage it quotes (`cells_read.undecide_by_cells` is the same
    for the cells a table check read)."""
    for check in list(decided(checks, kind, outcomes)):
        reason = next((reason for evidence in check.evidence if (reason := why(evidence))), None)
        if reason:
            undecide(check, reason)
