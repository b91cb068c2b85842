"""A share is a share of what its clause says: "45 per cent of Americans work night shifts" is not
met by 45 per cent of Americans doing something else (probe28b, round 28).

"Presser (1995) reported that approximately 45 per cent of Americans work night shifts" (the
paper never says so) was confirmed by "As early as 1991, Presser (1995, cited in Grosswald,
2002) reported that approximately 45 per cent of Americans are employed under some kind of
shift work conditions" (Wilson et al., Shift work interventions for reduced work-family
conflict, Employee Relations 29(2) 2007, page 163): the number, its unit, the source and the
counted people agree, and "night" is printed in the sentence before ("shift work that includes
night work"), so the passage with its neighbours held every word of the claim. What a
percentage measures is the clause after its "of": the people counted and what they do. A
sentence that gives the same share of the same people doing something else gives another
number.

`guard_share_predicates` undecides each confirming source check when the claim gives a share
("N %", "N per cent", "N percent" followed by "of"), the check's quote prints that number as a
share too, and the check matched a word of the claim's share clause (from "of" to the next
comma, semicolon, bracket, conjunction or the end) to a word its quote never prints: the
word was found in a neighbouring sentence, which gives no share. A word of the clause the check
matched nowhere is left to the match's weighing (a first version that asked the quote to print
every word of the clause withheld four right confirmations of the corpora of record: "54% of
summary bigrams are present in the source document" against "... present in the source").
It names no paper, field or number; it only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .undecided import SUPPORTING, decided, undecide

_SHARE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)\s+of\s+", re.I)
# Where a share's clause ends.
_CLAUSE_END = re.compile(r"[,;:()\[\]]|\s(?:and|but|while|whereas|compared|than|versus|vs)\s"
                         r"|[.!?](?:\s|$)")


def share_clauses(text: str) -> list[tuple[str, str]]:
    """(number, clause) for each share `text` gives: the clause after its "of"."""
    found = []
    for share in _SHARE.finditer(text):
        rest = text[share.end():]
        end = _CLAUSE_END.search(rest)
        found.append((share.group(1), rest[:end.start()] if end else rest))
    return found


def borrowed_share_word(claim_text: str, check: Check) -> str | None:
    """A word of a share clause of the claim that `check` matched to a word its quotes never
    print (a neighbour's), when a quote prints the share's number as a share; else None."""
    quotes = [evidence.quote or "" for evidence in check.evidence]
    for number, clause in share_clauses(claim_text):
        share = re.compile(rf"(?<![\d.]){re.escape(number)}\s*(?:%|per\s*cent\b|percent\b)",
                           re.I)
        if not any(share.search(quote) for quote in quotes):
            continue
        words = {word.casefold() for word in re.findall(r"[\w\-]+", clause)}
        for part in check.matched:
            if part.part not in ("word", "measure") or part.claim.casefold() not in words:
                continue
            printed = re.compile(rf"(?<![\w-]){re.escape(part.source)}(?![\w-])", re.I)
            if not any(printed.search(quote) for quote in quotes):
                return part.claim
    return None


def guard_share_predicates(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each confirming source check that found a word of the claim's share clause
    only beside the sentence giving the share (module docstring). In place."""
    if "%" not in claim.text and "cent" not in claim.text.casefold():
        return
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        word = borrowed_share_word(claim.text, check)
        if word:
            undecide(check, f"The sentence giving the share never says \u201c{word}\u201d, "
                            "which the claim's share is of; a neighbour does")
