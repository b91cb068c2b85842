"""Claims that stop before they say what they assert: a report's cell cut at any length.

`extract/truncation.py` flags the claims a generator cut at its 120-character limit, and a cut
claim is never confirmed (verify/reference_checks.py). Reports cut claims at other lengths too
(a cell that overflows, a sentence the writer did not finish), and a claim given to the
verifier on its own carries no flag. Two such claims were confirmed in the probes of round 22:

- "The performance ratio for the makespan is" (Dutot et al., Bi-criteria Algorithm for
  Scheduling Jobs on Cluster Platforms, SPAA 2004, page 7) by "The performance ratio for the
  makespan is almost always below 2, and is 1.9 on average": every word of the claim is there,
  but the claim says nothing of the ratio. A sentence does not end on a copula, an article, a
  preposition or a conjunction (`DANGLING`); a claim that does, without a full stop, lost what
  it asserts (`dangling_end`). Its support decides nothing, as a flagged cut claim's does.
- "The dataset contains bounding boxes for 458" (Clark and Divvala, Looking Beyond Text, 2015,
  page 5) by "In total we acquired bounding boxes for 458 figures and 190 tables": the claim
  stops on its number, before the noun that says what 458 counts. A claim that ends on a bare
  number (no unit, no full stop), read against a passage whose number counts a noun the claim
  never names, does not say what the passage counts: no verdict either way
  (`uncounted_end`; "a precision of 0.957" has its measure before the number, and a claim
  that names the noun anywhere, "458 of the figures", is left alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, CheckKind, Claim, Outcome
from verify_claims.extract.truncation import ends_like_sentence

from .cut_modifiers import cut_before_noun
from .cut_values import cut_before_value
from .number_context import measure_after
from .passages import content_terms
from .quote_quantities import quote_quantities
from .undecided import DECIDING, SUPPORTING, decided, undecide, undecide_by_evidence

__all__ = ["DANGLING", "OBJECT_VERBS", "dangling_end", "guard_cut_ends", "uncounted_end"]

DANGLING = frozenset((
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "does", "do",
    "did", "will", "would", "can", "could", "may", "might", "should", "must",
    "the", "a", "an", "this", "these", "those", "its", "their", "our", "his", "her",
    "of", "for", "to", "by", "with", "from", "at", "than", "as", "between",
    "into", "about", "per", "via", "across", "within", "against", "among",
    "after", "during", "without", "toward", "towards", "upon", "despite", "including",
    "unlike", "except", "every", "using", "versus", "vs",
    "approximately", "roughly", "nearly", "almost", "around",
    "and", "or", "but", "nor", "that", "which", "whether", "while", "whereas", "because",
    "since", "although", "if", "when", "where", "who", "whose", "whom"))
"""Words no sentence ends on: what follows them is what the sentence says. Not "on", "in",
"over" or "under", which close a clause as particles ("the data it was trained on"); the words
of degree ("about", "approximately") ask for their number (probe22b: "At 4 hours prior to
sepsis, the best model only had about", Futoma et al. 2017). "After", "during", "without", "using"
and the like ask for their object too (round 25: "Each session lasted approximately one hour and
was taped with the participants' permission after" was confirmed, Tully et al. 2010; "...
in O(c + d) steps using", Kowalski et al., line-topology scheduling); a claim
that does end on "after" ("shortly after") without a full stop is left undecided, no worse."""

_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")

PARTICLES = frozenset(("on", "in", "over", "under"))
"""Prepositions that close a clause only as a particle, stranded by a relative clause ("the
data it was trained on") or after a verb ("the lights were switched on")."""

COMPARATIVES = frozenset((
    "higher", "lower", "greater", "smaller", "larger", "longer", "shorter", "faster", "slower",
    "stronger", "weaker", "better", "worse", "more", "less", "fewer", "wider", "narrower",
    "deeper", "earlier", "later", "heavier", "lighter", "bigger", "thicker", "thinner"))
"""Comparatives a particle never closes a clause after (probe26b, round 26: "AF-toxin I was
55.5% and 97.9% lower in" was confirmed by "AF-toxin I was 55.5% and 97.9% lower in mutant
strains 24.1 and 24.1.8, respectively, than in the wild type", Ruswandi et al. 2005): "lower
in" asks for where, and the claim stops before it."""

# What strands a preposition: a relative or interrogative word, or a pronoun subject of a
# clause ("the data it was trained on", "what they work on").
_STRANDING = frozenset(("that", "which", "who", "whom", "what", "where", "it", "they", "we",
                        "he", "she", "you", "i", "one"))
_LAST_TWO = re.compile(r"([A-Za-z][\w\-]*)\s+([A-Za-z]+)\W*$")


def _stranded_particle(text: str) -> str | None:
    """The particle a claim ends on when nothing strands it (round 24, Gal et al., PLDI 2009:
    "TraceMonkey is the fastest VM on" was confirmed by "TraceMonkey is the fastest VM on 9 of
    the 26 benchmarks"): the word before it is a noun or a name, no verb form ("-ed", "-en",
    "-ing", a short verb), and the claim holds no relative word or pronoun that could have
    moved its object away; else None."""
    last = _LAST_TWO.search(text[-60:])
    if last is None or last.group(2).lower() not in PARTICLES:
        return None
    before = last.group(1).lower()
    if before.endswith(("ed", "en", "ing")) or before in DANGLING or len(before) < 2:
        return None
    words = {word.lower() for word in re.findall(r"[A-Za-z]+", text)}
    if before in COMPARATIVES and not words & (_STRANDING - {"i", "one"}):
        # "lower in", "higher on": a comparison cut before its setting ("AF-toxin I" names)
        return last.group(2)
    if words & _STRANDING:
        return None
    # A name or a noun with an article or a number before it ("the fastest VM on"): a word the
    # claim printed capitalised, or one after "the"/"a"/an adjective in a noun phrase.
    if not (last.group(1)[:1].isupper() or re.search(
            rf"\b(?:the|a|an|its|their|our|this|these|each|every)\s+(?:\w+\s+){{0,2}}"
            rf"{re.escape(last.group(1))}\s+{last.group(2)}\W*$", text[-80:], re.IGNORECASE)):
        return None
    return last.group(2)


OBJECT_VERBS = frozenset((
    "took", "takes", "take", "reached", "reaches", "reach", "achieved", "achieves", "achieve",
    "gave", "gives", "give", "yielded", "yields", "yield", "obtained", "obtains", "scored",
    "scores", "contains", "contained", "comprises", "comprised", "totals", "totalled",
    "totaled", "required", "requires", "lasted", "lasts", "exceeded", "exceeds", "needed",
    "needs", "attained", "attains", "showed", "shows", "produced", "produces"))
"""Verbs that ask for their object: a claim that stops on one after its subject ("The codeML
component of the analyses took", round 25) stops before what the subject took."""

# A main verb before the claim's last word: the last word may close a relative clause whose
# object moved ("the time is what the run took").
_COMPARED = frozenset(("as", "than"))  # "faster, as the figure shows"; "than B achieves"
_MAIN_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had)\b", re.IGNORECASE)


def _stranded_verb(text: str) -> str | None:
    """The verb a claim ends on when it asks for an object (`OBJECT_VERBS`) and follows a noun
    of the subject (round 25, probe25a: "The codeML component of the analyses took" was
    confirmed by "The codeML component of the analyses took 36,180 CPU hours in total"); None
    when a pronoun, a relative word or an earlier main verb could have moved the object away
    ("the hours that it took")."""
    last = _LAST_TWO.search(text[-60:])
    if last is None or last.group(2).lower() not in OBJECT_VERBS:
        return None
    before = last.group(1).lower()
    if before in DANGLING or before in _STRANDING or len(before) < 2:
        return None
    words = {word.lower() for word in re.findall(r"[A-Za-z]+", text[:-len(last.group(0))])}
    if words & (_STRANDING | _COMPARED) or _MAIN_VERB.search(text[:-len(last.group(0))]):
        return None
    return last.group(2)


@lru_cache(maxsize=8192)
def dangling_end(text: str) -> str | None:
    """The word a claim ends on when it stops on a word of `DANGLING` without ending like a
    sentence ("... for the makespan is"), on a particle nothing strands after a noun ("...
    the fastest VM on", `_stranded_particle`) or on a verb that asks for its object ("... of
    the analyses took", `_stranded_verb`); else None."""
    text = text.strip()
    if not text or ends_like_sentence(text):
        return None
    last = _LAST_WORD.search(text[-40:])
    if last is None:
        return None
    if last.group(1).lower() not in DANGLING:
        return _stranded_particle(text) or _stranded_verb(text)
    return last.group(1)


def _bare_end(claim: Claim) -> str | None:
    """The claim's last number when the claim stops on it, without unit, noun or full stop."""
    text = claim.text.rstrip()
    if not claim.quantities or not text or ends_like_sentence(text) or not text[-1].isdigit():
        return None
    last = max(claim.quantities, key=lambda quantity: quantity.span[1])
    if last.unit is not None or text[last.span[1]:].strip():
        return None
    return last.text


def uncounted_end(claim: Claim, quote: str) -> str | None:
    """The noun `quote` counts with the claim's last number, when the claim stops on that
    number and never names the noun (module docstring); else None."""
    printed = _bare_end(claim)
    if printed is None or printed not in quote:
        return None
    claimed = set(content_terms(claim.text))
    for quantity in quote_quantities(quote):
        if quantity.text != printed:
            continue
        counted = measure_after(quote, quantity)
        if counted and not claimed & set(counted):
            return quote[quantity.span[1]:].split()[0].strip(",.;:") if \
                quote[quantity.span[1]:].split() else None
    return None


def guard_cut_ends(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide the support of a claim that ends on a dangling word, and every deciding check
    whose passage counts a noun with the number a claim stops on (module docstring). In
    place."""
    checks = list(checks)
    if word := dangling_end(claim.text):
        for check in checks:
            if check.decisive and check.outcome in (Outcome.supported, Outcome.confirmed):
                undecide(check, f"The claim stops on \u201c{word}\u201d: what it asserts is "
                                "cut off")
        return
    # A claim cut where its passage goes on to the value it asserts (verify/cut_values.py).
    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, lambda evidence: (
        f"The claim stops where the passage goes on to \u201c{value}\u201d: what it asserts "
        "is cut off") if (value := cut_before_value(claim.text, evidence.quote or "")) else None)
    # A claim cut inside its noun phrase, on a modifier (verify/cut_modifiers.py).
    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, lambda evidence: (
        f"The claim stops where the passage goes on to \u201c{noun}\u201d: the noun it "
        "speaks of is cut off") if (noun := cut_before_noun(claim.text, evidence.quote or ""))
        else None)
    if _bare_end(claim) is None:
        return
    for kind in (CheckKind.source, CheckKind.table):
        for check in list(decided(checks, kind, DECIDING)):
            noun = next((found for evidence in check.evidence
                         if (found := uncounted_end(claim, evidence.quote or ""))), None)
            if noun:
                undecide(check, f"The claim stops on its number; the passage counts "
                                f"\u201c{noun}\u201d with it, which the claim never names")
