"""Two measures of one subject in one claim: "QANet reaches 73.6 EM and 82.7 F1 on the SQuAD
dev set", "finetuned SciBERT reaches a UAS of 91.99 and a LAS of 90.43".

Reports give a result with its two scores joined by "and". Papers print each score in a cell
of its own (an EM column beside an F1 column, a UAS row above a LAS row) or in two clauses,
so no one passage or cell holds the whole claim: the other score's number and measure are
always unaccounted, and 13 such claims of the development corpora stayed unverified (round 34).

Such a claim is two statements that share everything but their number and measure. Each is
written out as a claim of its own (`measure_parts`: "QANet reaches 73.6 EM on the SQuAD dev
set." and "QANet reaches 82.7 F1 on the SQuAD dev set.") and checked like any claim, every
guard included (verify/reference_checks.py). The whole claim is decided only when both parts
are (`joined_check`):
- both confirmed: confirmed, with the evidence of each part;
- one contradicted and the other decided: contradicted. A claim asserts both scores, so one
  false score makes it false; the other part being decided too shows that the subject and
  setting were found, so the contradiction is about the thing the claim speaks of.
One part left unverified decides nothing, whatever the other says. Nor do two parts decided
about different things (`one_subject`): "STS had 35 teams and 89 submissions" has its 35 in
the 2012 row of the paper's table and its 89 in the 2013 row, each part a true statement of
some STS, the whole one of none. The two deciding cells must share a row or a column of one
table (the subject's row, or the measure's column when a table sets subjects as columns), and
two deciding passages a sentence; a part decided by a cell and the other by a sentence tie
nothing together, and decide nothing.

Only two measures joined by "and", each a number with its measure printed right after it
("73.6 EM", "69.9% accuracy", "2,000 validation ... queries") or a measure of a number ("a UAS
of 91.99"), and no other number between them: a list of three, "x and y, respectively",
"between 5 and 10" or a second subject ("A reaches x and B reaches y") is left alone. One
measure in two settings reads the same way, the second number lent the first's measure: "84.6%
accuracy on MNLI matched and 83.4% on MNLI mismatched" is "84.6% accuracy on MNLI matched" and
"83.4% accuracy on MNLI mismatched"; "384 units for CBTest NE and 256 for CNN News" (five more
claims of the development corpora).
"""

from __future__ import annotations

import re

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper, Status, status_of
from verify_claims.claims.status import CONTRADICTING, SUPPORTING
from verify_claims.extract.entities import tag_entities
from verify_claims.extract.polarity import polarity_fields
from verify_claims.extract.quantities import parse_quantities

from .cells_read import evidence_cells

_NUMBER = r"-?\d[\d,]*(?:\.\d+)?%?"
# A measure's words: one to three words, none of them a word that starts a phrase of its own.
_STOPS = frozenset({
    "and", "or", "but", "on", "in", "at", "for", "with", "without", "over", "under", "than",
    "of", "by", "to", "from", "when", "while", "whereas", "after", "before", "respectively",
    "the", "a", "an", "its", "their", "each", "both", "per", "across", "against", "vs",
    "versus", "compared", "which", "that", "as", "is", "are", "was", "were"})
_WORD = r"(?:[A-Za-z][\w\-@]*|F1|[A-Z]+-?\d+)"
_MEASURE = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
# "73.6 EM and 82.7 F1", "69.9% accuracy and 80.91 F1", "2,000 validation and 2,500 test"
_AFTER = re.compile(
    rf"(?<![\w.,])(?P<n1>{_NUMBER})\s*(?P<m1>{_MEASURE})\s+and\s+"
    rf"(?P<n2>{_NUMBER})\s*(?P<m2>{_MEASURE})(?P<rest>(?:[\s,.;:].*)?)$", re.DOTALL)
# "a UAS of 91.99 and a LAS of 90.43"
_OF = re.compile(
    rf"(?<![\w-])(?P<a1>an?|the)\s+(?P<m1>{_MEASURE})\s+of\s+(?P<n1>{_NUMBER})\s+and\s+"
    rf"(?P<a2>an?|the)\s+(?P<m2>{_MEASURE})\s+of\s+(?P<n2>{_NUMBER})(?P<rest>(?:[\s,.;:].*)?)$",
    re.DOTALL | re.IGNORECASE)
# "79.6 on validation and 74.0 on test", "384 units for CBTest NE and 256 for CNN News"
_SETTING_WORD = r"(?:on|in|for|at|under)"
_SETTINGS = re.compile(
    rf"(?<![\w.,])(?P<n1>{_NUMBER})(?P<m1>(?:\s*{_MEASURE})?)\s+(?P<p1>{_SETTING_WORD})\s+"
    rf"(?P<x1>[^,;]+?),?\s+and\s+(?P<n2>{_NUMBER})\s+(?P<p2>{_SETTING_WORD})\s+"
    rf"(?P<x2>[^,;]+?)\s*\.?$", re.DOTALL)
# A list's earlier item just before the pair: "8544 training, 2210 test and 1101 validation".
_LISTED = re.compile(r"\d[\d.,]*%?(?:\s+[A-Za-z][\w\-]*){0,3}\s*,\s*$")
# Words that make the "and" something else than two measures of one subject.
_OTHER_READINGS = re.compile(r"\b(?:respectively|between|both|each)\b", re.IGNORECASE)


def _measure(words: str) -> str | None:
    """The measure's words up to the first stop word, or None when it starts with one."""
    kept = []
    for word in words.split():
        if word.casefold() in _STOPS:
            break
        kept.append(word)
    return " ".join(kept) or None


def _texts(text: str) -> tuple[str, str] | None:
    """The two one-measure claims of `text` (module docstring), or None."""
    if _OTHER_READINGS.search(text):
        return None
    for form in (_measures_after, _measures_of, _settings):
        found = form(text)
        if found is not None:
            return found
    return None


def _listed(text: str, start: int) -> bool:
    """Whether the pair at `start` ends a longer list ("8544 training, 2210 test and ...")."""
    return _LISTED.search(text[:start]) is not None


def _measures_after(text: str) -> tuple[str, str] | None:
    """"73.6 EM and 82.7 F1 on the dev set": each number with its measure after it."""
    after = _AFTER.search(text)
    if after is None or _listed(text, after.start()):
        return None
    first, second = _measure(after["m1"]), _measure(after["m2"])
    if first is None or second is None or first != after["m1"]:
        return None
    # m2's words past its stop word belong to the rest: "82.7 F1 on the dev set"
    rest = after["m2"][len(second):] + after["rest"]
    head = text[:after.start()]
    return (f"{head}{after['n1']} {first}{_shared_noun(first, second)}{rest}",
            f"{head}{after['n2']} {second}{rest}")


def _measures_of(text: str) -> tuple[str, str] | None:
    """"a UAS of 91.99 and a LAS of 90.43": each measure with its number after "of"."""
    of = _OF.search(text)
    if of is None or _listed(text, of.start()):
        return None
    first, second = _measure(of["m1"]), _measure(of["m2"])
    if first != of["m1"] or second != of["m2"]:
        return None
    head = text[:of.start()]
    return (f"{head}{of['a1']} {first} of {of['n1']}{of['rest']}",
            f"{head}{of['a2']} {second} of {of['n2']}{of['rest']}")


def _settings(text: str) -> tuple[str, str] | None:
    """"84.6% accuracy on MNLI matched and 83.4% on MNLI mismatched", "384 units for CBTest NE
    and 256 for CNN News": one measure in two settings, the second number lent the first's
    measure."""
    pair = _SETTINGS.search(text)
    if pair is None or _listed(text, pair.start()):
        return None
    measure = pair["m1"].strip()
    if measure and _measure(measure) != measure:
        return None
    lent = f" {measure}" if measure else ""
    head = text[:pair.start()]
    return (f"{head}{pair['n1']}{lent} {pair['p1']} {pair['x1']}.",
            f"{head}{pair['n2']}{lent} {pair['p2']} {pair['x2']}.")


def _shared_noun(first: str, second: str) -> str:
    """The noun both numbers count, when the first measure is a modifier of it: "2,000
    validation and 2,500 test queries" gives "2,000 validation queries". Only when the first
    measure is one word that is no plural ("validation", "positive", "absolute") and the second
    ends in a plural or more words; "172,448 sentences and 1,950 relational facts" shares
    nothing."""
    words = second.split()
    if len(words) < 2 or " " in first or first.casefold().endswith("s"):
        return ""
    return f" {words[-1]}"


def _part(claim: Claim, text: str) -> Claim:
    entities = tag_entities(text)
    quantities = parse_quantities(text, entities, truncated=False, bare=True)
    return claim.model_copy(update={
        "text": text, "entities": entities, "quantities": quantities, "checks": [],
        **polarity_fields(text, quantities)})


def measure_parts(claim: Claim) -> tuple[Claim, Claim] | None:
    """The claim's two one-measure statements as claims of their own, or None when it does not
    join two measures of one subject (module docstring)."""
    if claim.truncated or len(claim.quantities) < 2:
        return None
    texts = _texts(claim.text)
    if texts is None:
        return None
    parts = (_part(claim, texts[0]), _part(claim, texts[1]))
    if any(len(part.quantities) >= len(claim.quantities) for part in parts):
        return None  # a number of the claim is read in both parts: not two measures
    return parts


def one_subject(first: Check, second: Check, paper: Paper) -> bool:
    """Whether the two parts' deciding checks speak of one thing (module docstring): their
    first evidence cells share a row or a column of one table, or their passages share a
    sentence."""
    if first.kind == CheckKind.table and second.kind == CheckKind.table:
        def cells(check: Check) -> list:
            if not check.evidence:
                return []
            line = check.evidence[0]
            return evidence_cells(paper, line.location or "", line.quote or "")
        return any(one_table is other_table and (cell.rows == other.rows
                                                 or cell.columns == other.columns)
                   for one_table, cell in cells(first) for other_table, other in cells(second))
    if first.kind == CheckKind.source and second.kind == CheckKind.source:
        quotes = {evidence.quote for evidence in first.evidence if evidence.quote}
        return any(evidence.quote in quotes for evidence in second.evidence)
    return False


def joined_check(parts: tuple[Claim, Claim], checks: tuple[list[Check], list[Check]],
                 paper: Paper) -> Check | None:
    """The whole claim's check from its parts' checks (module docstring), or None when a part
    is left unverified or the two were decided about different things."""
    statuses = [status_of(found) for found in checks]
    if Status.unverified in statuses:
        return None
    deciding = [next(check for check in found if check.decisive and check.outcome in (
        CONTRADICTING if status == Status.contradicted else SUPPORTING))
        for found, status in zip(checks, statuses, strict=True)]
    if not one_subject(deciding[0], deciding[1], paper):
        return None
    said = " ".join(f"({number}) “{part.text}”: {check.explanation}"
                    for number, (part, check) in enumerate(zip(parts, deciding, strict=True),
                                                           start=1))
    outcome = Outcome.contradicted if Status.contradicted in statuses else Outcome.supported
    kind = deciding[0].kind if deciding[0].kind == deciding[1].kind else CheckKind.source
    return Check(kind=kind, outcome=outcome,
                 explanation=f"The claim gives two measures, read one at a time: {said}",
                 evidence=[evidence.model_copy(deep=True) for check in deciding
                           for evidence in check.evidence],
                 matched=[part for check in deciding for part in check.matched])
