"""Two parts of a claim that a deciding passage does not give, found by the probes of the tenth
blind corpus (tests/real/heldout10, round 11).

- The predicate of a copula: "The effect of Bose-Einstein statistics on the CMB is large" was
  supported by "We show that the effect of the Bose-Einstein statistics is small albeit
  perceptible" (arXiv:0908.0054, abstract), and "Adapting task formats to masked language
  modeling objectives is straightforward" by a sentence about adapting the format of downstream
  tasks to the pretraining objective "(e.g., Masked Language Modeling)" that says nothing of how
  easy it is (arXiv:2107.07170, page 2; the paper says it "is not straightforward"). The match
  weighs the subject's many words against the one word the claim asserts of it. When a claim
  ends in "is/are/was/were ... ADJECTIVE", that adjective is what it asserts; a passage that
  does not print it does not support the claim (`guard_unsaid_predicates`).
- A power of ten whose exponent the text layer lost: "The scalar field dark matter mass is
  assumed to be about 10^-22 eV" was contradicted by "The mass of this Scalar Field is assumed
  ultra light (∼ 10 eV)": the page prints 10 with a superscript -22 that the reader did not keep
  on the line. A claimed number written as a power of ten ("10^-22", "10^{5}", "×10^-27")
  contradicted by a printed 10 (or by the claimed mantissa) is most likely that number without
  its exponent: no contradiction (`guard_lost_exponents`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .passages import content_terms
from .undecided import decided, undecide, undecide_unquoted

# "is large", "are not straightforward", "was relatively small", "remains very high": the
# adjective a claim ends on after a copula and optional degree words.
_DEGREE = (r"(?:(?:very|quite|rather|relatively|fairly|highly|extremely|not|also|still|"
           r"generally|often|usually|always|never|too|so|more|less|most|least|much)\s+)*")
_PREDICATE = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?|remained|seems?|"
                        r"seemed|appears?|appeared|becomes?|became)\s+" + _DEGREE +
                        r"([a-z][a-z-]{2,})\s*[.!]?\s*$", re.IGNORECASE)
# Words after a copula that are no adjective the claim asserts: participles of a passive
# ("is used", "were trained") and determiners, whose verb the match already weighs.
_NOT_ADJECTIVE = re.compile(r"(?:ed|en|ing)$|^(?:the|a|an|one|two|three|available|possible)$",
                            re.IGNORECASE)


def claimed_predicate(text: str) -> str | None:
    """The adjective a claim ends on after a copula ("... is large." -> "large"); None when it
    ends otherwise, or on a participle ("... were trained.")."""
    match = _PREDICATE.search(text.strip())
    if match is None or _NOT_ADJECTIVE.search(match.group(1)):
        return None
    return match.group(1)


def guard_unsaid_predicates(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check none of whose quotes prints the adjective the
    claim asserts after a copula (module docstring). In place."""
    if claim.quantities:
        return  # a number is what such a claim asserts; its checks weigh the number
    predicate = claimed_predicate(claim.text)
    if predicate is None:
        return
    stem = content_terms(predicate)
    if not stem:
        return
    undecide_unquoted(checks, [stem[0]], lambda quote, term: term in content_terms(quote),
                      lambda _: f"The passage does not say that it is \u201c{predicate}\u201d, "
                                "what the claim asserts")


# "10^-22", "10^{-27}", "10−22" is not a power (the claim is the report's, not the PDF's),
# "1.1x10^-27", "3 × 10^5", "2e-5".
_POWER = re.compile(r"(?:(\d+(?:\.\d+)?)\s*[x\u00d7*]\s*)?10\s*\^\s*\{?\s*[-+\u2212]?\d+\}?"
                    r"|(\d+(?:\.\d+)?)[eE][-+]?\d+")


def _powers(text: str) -> list[float]:
    """The numbers a power of ten of `text` leaves when its exponent is lost: 10, and the
    mantissa when one is printed ("1.1x10^-27" -> 1.1)."""
    found: list[float] = []
    for match in _POWER.finditer(text):
        mantissa = match.group(1) or match.group(2)
        found.append(10.0)
        if mantissa is not None:
            found.append(float(mantissa))
    return found


def guard_lost_exponents(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradiction whose contradicting number is 10 or the mantissa of a power
    of ten the claim prints (module docstring). In place."""
    bases = _powers(claim.text)
    if not bases:
        return
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))) + \
            list(decided(checks, CheckKind.table, (Outcome.contradicted,))):
        found = [pair.found_value for evidence in check.evidence for pair in evidence.numbers
                 if not pair.agree]
        found += [evidence.found for evidence in check.evidence if evidence.found is not None]
        if any(abs(value - base) < 1e-9 for value in found for base in bases):
            undecide(check, "The page prints the base of a power of ten the claim gives, whose "
                            "exponent a superscript the text layer did not keep may carry")


def guard_predicates(claim: Claim, checks: list[Check]) -> None:
    """Both guards of this module, in order. In place."""
    guard_unsaid_predicates(claim, checks)
    guard_lost_exponents(claim, checks)
