"""Numbers a sentence gives to named things one by one ("35.9% for DANs, 34.8% for DRecNNs"),
and counts of items against shares (probes of heldout16, round 16).

- "The DAN predicts positive sentiment 34.8% of the time" was confirmed by "... compared to
  positive sentiment (35.9% for DANs, 34.8% for DRecNNs)": the sentence names the DAN and
  prints 34.8%, but gives that number to the DRecNN. When a sentence lists two or more
  "<number> for <name>" pairs, each number is its name's; a claimed number whose names there
  are all absent from the claim, while the claim says another name of the list, is that other
  name's number, and the sentence does not support the claim (`other_owner`). The pairs are
  read by `guards_for_phrases.number_phrases`, the one reader of "<number> for <phrase>", so a
  phrase that holds for several things ("0.05 for both our model and the cbow baseline") owns
  nothing here either.
- "48 of the negation sentences are positive" was contradicted by 60.9%, a share of the time a
  model predicts negative sentiment, in a sentence that shares the claim's words. A number the
  claim gives as a count of items ("48 of the ...", "48 out of ...") is no percentage; a
  percentage is no count of them, so it contradicts nothing (`count_against_share`).
- The reverse (probe36b, JAMA Neurology 2024, cerebellar infarcts): "Mortality at discharge was
  10% in surgically managed patients and 15% in medically managed patients" was contradicted by
  "Mortality at discharge was not significantly different ... (7 [10%] vs 11 [15%]; ...)": the
  claim's 10% was set against the 7, a count whose share the passage prints right after it in
  brackets. A count printed with its own bracketed percentage ("7 [10%]", "7 (10%)") is no
  share, so it contradicts no claimed percentage (`share_against_count`).

Neither names a paper, a system or a number; each reads the claim and the passage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .guards_for_phrases import SHARED, number_phrases
from .undecided import supporting_sources, undecide, undecide_by_evidence

_ARTICLES = frozenset({"the", "a", "an", "our", "their", "its"})


def _stem(name: str) -> str:
    name = name.casefold()
    return name[:-1] if len(name) > 3 and name.endswith("s") else name


def _pairs(quote: str) -> list[tuple[float, str]]:
    """Each "<number> for <name>" pair of `quote`, read by `guards_for_phrases.for_phrase` (the
    one reader of such phrases) and named by the phrase's first word after an article. A phrase
    that holds for several things ("for both our model and the cbow baseline") names no one
    owner and is left out."""
    pairs = []
    for number, span in number_phrases(quote):
        if span is None:
            continue
        words = [word for word in re.findall(r"[A-Za-z][\w\-]*[A-Za-z0-9]|[A-Za-z]",
                                             quote[span[0]:span[1]])
                 if word.casefold() not in _ARTICLES]
        if not words or words[0].casefold() in SHARED:
            continue
        try:
            value = float(number.rstrip("%kKmMbB").replace(",", "").replace("\u2212", "-"))
        except ValueError:
            continue
        pairs.append((value, words[0]))
    return pairs


def other_owner(claim_text: str, quote: str, value: float) -> tuple[str, str] | None:
    """The name `quote` gives `value` to ("34.8% for DRecNNs") and the other name of its list
    the claim says instead, when the quote lists two or more "<number> for <name>" pairs with
    distinct names and the claim does not say the value's own name; else None."""
    pairs = _pairs(quote)
    if len({_stem(name) for _, name in pairs}) < 2:
        return None
    said = {_stem(word) for word in re.findall(r"[A-Za-z][\w\-]*[A-Za-z0-9]", claim_text)}
    owners = {_stem(name) for number, name in pairs if abs(number - value) < 1e-9}
    if not owners or owners & said:
        return None
    others = [name for _, name in pairs if _stem(name) in said and _stem(name) not in owners]
    if not others:
        return None
    owner = next(name for number, name in pairs if _stem(name) in owners)
    return owner, others[0]


def count_against_share(claim_text: str, claimed: str, found: str) -> bool:
    """Whether the claim gives `claimed` as a count of items ("48 of the ...") and the passage's
    `found` is a percentage."""
    if "%" in claimed or "%" not in found:
        return False
    number = re.escape(claimed.strip())
    return re.search(rf"(?<![\d.,]){number}\s+(?:of|out\s+of)\s+(?:the|these|those|all|its|"
                     rf"their|them)\b", claim_text, re.IGNORECASE) is not None


def share_against_count(claimed: str, found: str, quote: str) -> bool:
    """Whether the claim's `claimed` is a percentage and the passage's `found` a bare number
    that `quote` prints as a count followed by its own share in brackets ("7 [10%]")."""
    if "%" not in claimed or "%" in found:
        return False
    number = re.escape(found.strip())
    return re.search(rf"(?<![\d.,]){number}\s*[(\[]\s*\d{{1,3}}(?:\.\d+)?\s*%\s*[)\]]",
                     quote) is not None


def guard_number_owners(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose agreeing number the passage gives to another
    name of a "<number> for <name>" list than the claim's, and each contradicting one whose
    disagreeing number is a percentage against the claim's count of items, or a count printed
    with its own bracketed share against the claim's percentage. In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            pairs = [pair for pair in evidence.numbers if pair.agree]
            hit = next((found for pair in pairs
                        if (found := other_owner(claim.text, evidence.quote,
                                                 pair.found_value))), None)
            if hit is not None:
                undecide(check, f"The passage gives the number to \u201c{hit[0]}\u201d, not to "
                                f"\u201c{hit[1]}\u201d, which the claim names")
                break

    def against_kind(evidence) -> str | None:
        disagreeing = [pair for pair in evidence.numbers if not pair.agree]
        pair = next((pair for pair in disagreeing
                     if count_against_share(claim.text, pair.claimed, pair.found)), None)
        if pair is not None:
            return (f"The claim's {pair.claimed} counts items; the passage's {pair.found} is a "
                    "percentage, no count of them")
        pair = next((pair for pair in disagreeing
                     if share_against_count(pair.claimed, pair.found, evidence.quote)), None)
        if pair is not None:
            return (f"The claim's {pair.claimed} is a share; the passage's {pair.found} is a "
                    "count printed with its own share")
        return None

    undecide_by_evidence(checks, CheckKind.source, (Outcome.contradicted,), against_kind)
