"""How the guards read a neighbouring sentence quoted because it lends the deciding sentence
claim words (issue 11, evidence honesty; `claims.Lending`).

A source check that decides from one sentence may take words the sentence lacks from its
neighbours (verify/neighbours.py): they are quoted after the sentence as its lenders, with the
words each lends, for claims with numbers too since round 36 (before, a number sentence's
lenders lent unseen: "The infidelity caused by lower-order expansion ... is about 2 x 10^-4"
was confirmed by the number sentence of the ion-crystal paper, whose neighbour lent "caused"
and "expansion"). A lender is not the claim's statement, but the guards read every quote of a
check as the claim's statement: when number sentences' lenders were first quoted (round 35), a
lender that lends one word ("train", "prediction") tripped guards that look in every quote for
what the claim says, and 3 right verdicts were lost for 1 gained.

So while the guards run (`lenders_read_for_lent_words`), a lender of the passage's words of a
claim with numbers is not shown to them (`READING` "hidden"): they read the number's own
sentence, as before lenders were quoted, and the lender is back in its place after them, for
the report ("words lent by the neighbouring sentence"). Reading it for its lent words alone
("words") was measured in round 36: on the corpora of record it gained one right
verdict and lost one, which a section guard lost when it asked the lender alone for the
claim's "baseline" (red team 7: "The skipgram baseline processes 145k words per second per
thread"; verify/sibling_sections.py); with that guard skipping lenders it gained one and lost
none, but two right verdicts of the blind corpora were lost. The lenders of claims without
numbers have always been read whole, and read whole they stay (`READING_WITHOUT_NUMBERS`):
reading them as their lent words lost one blind right verdict.

Which words a lender may lend at all is the source check's business, not this view's: a
neighbour that speaks of the other end of a setting lends nothing (`neighbours.opposed_kind`,
round 35), and the guards that ask the number's own sentence to name which thing or place it
is about read the first quote alone (`undecided.undecide_by_sentence`: probe35b's correlated
names, other places, substituted names). A lender of the claimed numbers
(verify/lent_numbers.py) states one of the claim's numbers itself: it is part of the statement
the claim joins, and is read whole.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from verify_claims.claims import Check, Claim, Evidence

READING = "hidden"
"""How the guards read a lender of the passage's words for a claim with numbers: "hidden" (not
at all), "words" (only the words it lends) or "whole" (its full quote, as the claim's
statement); a switch for the tests and the measures (module docstring)."""
READING_WITHOUT_NUMBERS = "whole"
"""The same for a claim without numbers, whose lenders the guards have always read whole."""


def lent_words(evidence: Evidence) -> str:
    """What a guard reads of a lender: the words it lends, as the claim prints them."""
    assert evidence.lent is not None
    return " ".join(evidence.lent.words)


def _passage_lender(evidence: Evidence) -> bool:
    return evidence.lent is not None and evidence.lent.rule == "passage"


@contextmanager
def lenders_read_for_lent_words(claim: Claim, checks: Sequence[Check]) -> Iterator[None]:
    """While the block runs, each passage lender of `checks` is read as `READING` says (for a
    claim without numbers, `READING_WITHOUT_NUMBERS`); after it, every lender is whole again,
    in its place after the sentences."""
    reading = READING if claim.quantities else READING_WITHOUT_NUMBERS
    if reading == "whole":
        yield
        return
    saved: list[tuple[Evidence, str]] = []
    hidden: list[tuple[Check, list[Evidence]]] = []
    for check in checks:
        lenders = [evidence for evidence in check.evidence if _passage_lender(evidence)]
        if not lenders:
            continue
        if reading == "hidden":
            hidden.append((check, lenders))
            check.evidence = [evidence for evidence in check.evidence
                              if not _passage_lender(evidence)]
            continue
        for evidence in lenders:
            saved.append((evidence, evidence.quote))
            evidence.quote = lent_words(evidence)
    try:
        yield
    finally:
        for evidence, quote in saved:
            evidence.quote = quote
        for check, lenders in hidden:
            check.evidence = [*check.evidence, *lenders]
