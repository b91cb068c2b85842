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
share too, and a content word of the claim's share clause (from "of" to the next comma,
semicolon, bracket, conjunction or the end) is printed nowhere in that quote (stems compared,
as the source check compares them). A paraphrase in other words is left undecided, never
contradicted. It names no paper, field or number; it only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .passages import content_terms
from .undecided import SUPPORTING, undecide_by_evidence

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


def unsaid_share_word(claim_text: str, quote: str) -> str | None:
    """A content word of a share clause of the claim that `quote` never prints, when `quote`
    prints the share's number as a share; else None."""
    quoted = None
    for number, clause in share_clauses(claim_text):
        if not re.search(rf"(?<![\d.]){re.escape(number)}\s*(?:%|per\s*cent\b|percent\b)",
                         quote, re.I):
            continue
        if quoted is None:
            quoted = set(content_terms(quote))
        words = re.findall(r"[A-Za-z][A-Za-z\-]+", clause)
        for word in words:
            terms = [term for term in content_terms(word) if not term[0].isdigit()]
            if terms and not all(term in quoted for term in terms):
                return word
    return None


def guard_share_predicates(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each confirming source check whose quote gives the claim's share without a word
    of the share's clause (module docstring). In place."""
    if "%" not in claim.text and "cent" not in claim.text.casefold():
        return
    undecide_by_evidence(list(checks), CheckKind.source, SUPPORTING, lambda evidence: (
        f"The passage gives the share but never says \u201c{word}\u201d, which the claim's "
        "share is of") if (word := unsaid_share_word(claim.text, evidence.quote or ""))
        else None)
