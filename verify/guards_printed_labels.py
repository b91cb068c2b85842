"""Precision guard: a table check decides nothing when a name or label the claim says is not
printed in the cells' headers or caption.

Cells are found by the claim's words, compared by five-letter stems, and a check may leave one
word of the claim unaccounted. Two kinds of word are names that must be printed whole:

- a coined name ("CRF-CD-IO") when the evidence prints another coined name of the same stem
  ("CRF-CD-BIO"): the stem "crf-c" of both is all the lookup compares,
  and "MaxEnt-CD (Supervised) scores higher than CRF-CD-IO (Unsupervised) on WCN AM" was
  contradicted by the cells Supervised / MaxEnt-CD and Unsupervised / MaxEnt-CD of roark13's
  Table 6, which compare MaxEnt-CD with itself;
- a label with digits that is no quantity of the claim ("1m", "200k", "v2", "top-5"): the
  claim's condition, which the quantity parser leaves out of what the claim asserts, so
  "runtime (hours) (news) scores lower than runtime (hours) (pubmed) on 1m" was confirmed by
  smola10's Table 2 (another experiment, which has no column "1m").

Both were found by the mutation benchmark's "order" claims. The general fact: a decisive table
check holds only when each digit label of the claim, and each coined name of the claim for
which the evidence prints a near name, is printed in the headers, quote or caption of its
evidence (`guard_printed_labels`); a coined name is printed when the evidence prints it whole
(case aside). A coined name the evidence does not print at all ("S2ORC", "SPECTER": the paper
or its system, which a table's headers seldom repeat) is left to the cell lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Quantity

from .coined_names import whole_coined
from .glued_sizes import PRINTED_SIZES, glued_size
from .header_contractions import ORDINAL
from .passages import STEM_LENGTH
from .undecided import DECIDING, decided, undecide

# A label that starts with digits and goes on with letters: "1m", "200k", "2-way", "10-fold"
# (a name that starts with letters, "GPT-2", is a coined name; "F1" or "top-5" a measure).
_DIGIT_LABEL = re.compile(r"(?<![\w.\-])\d+[\-]?[^\W\d_][\w\-]*(?![\w\-]|\.\d)")


_ORDINAL = ORDINAL  # "20th" printed as its number (verify/header_contractions.py)

_SETTING = re.compile(r"\b(?:on|at|for|with|under|in)\s+$", re.IGNORECASE)


def _dashes(text: str) -> str:
    """Hyphens and en dashes alike ("SSK–SIL" is one name, however it is typeset); the
    claim's spans keep their places (one character for one)."""
    return re.sub(r"[\u2010\u2011\u2012\u2013]", "-", text)


def _printed(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", text) is not None


def unprinted_labels(claim: Claim, evidence_text: str,
                     compared: Iterable[Quantity] = ()) -> list[str]:
    """The coined names and digit labels of the claim that `evidence_text` does not print
    (module docstring), in the claim's order. Digit labels include the claim's bare numbers
    after "on", "at", "for" ... that the check did not compare with a value (`compared`):
    those name the setting compared ("on 200k", "on 1"), not a value ("1-best" is a label
    of its own)."""
    dashed = _dashes(evidence_text)
    shown = dashed.casefold()
    text = _dashes(claim.text)
    quantities = [quantity.span for quantity in claim.quantities]
    labels = [quantity.text.casefold() for quantity in claim.quantities
              if quantity not in compared and quantity.unit is None
              # a bare number after "on", "at" ... names a setting ("on 1", "On 200k,")
              and _SETTING.search(text, 0, quantity.span[0])
              and text[quantity.span[1]:quantity.span[1] + 1] not in "-\u2010\u2011"
              and not _printed(f"{quantity.value:g}", shown)
              and not _printed(f"{quantity.value:g}".removeprefix("0"), shown)]
    for match in _DIGIT_LABEL.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in quantities):
            continue  # a number the claim asserts ("3-layer", "12.5%") is checked as one
        labels.append(match.group().casefold())
    # as printed; an ordinal ("the 20th percentile") as its number ("Percentile / 20")
    labels = [label for label in labels if not _printed(label, shown)
              and not ((ordinal := _ORDINAL.fullmatch(label)) and _printed(ordinal[1], shown))]
    printed = whole_coined(dashed)
    glued = {name.casefold() for name in _GLUED.findall(dashed)}
    return labels + [word for word in whole_coined(text) if word not in labels
                     and not _printed(word, shown) and _near_name(word, printed, glued)]


_GLUED = re.compile(r"\b[\w\-]{3,}?(?:" + "|".join(PRINTED_SIZES) + r")\b")
"""A name printed with its size glued on in capitals ("LayoutLMv2BASE")."""


def _near_name(word: str, printed: list[str],
               glued: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether the evidence prints another coined name with the same five-letter stem, which
    is neither a part of `word` nor has it as a part ("CRF-CD-BIO" for "CRF-CD-IO"; not
    "GROBID" for "GROBID-parsed")."""
    parts = set(word.split("-"))
    return any(other[:STEM_LENGTH] == word[:STEM_LENGTH] and _bare(other) != _bare(word)
               and other not in parts and word not in set(other.split("-"))
               # a longer name that goes on from this one ("X-7B-Instruct" for "X-7B") is a
               # variant, which verify/guards_alternatives.py reads
               and not other.startswith(word + "-") and not word.startswith(other + "-")
               # the same name with a size glued on by small capitals ("LayoutLMv2BASE")
               and not (other in glued and glued_size(other, word.casefold()))
               for other in printed)


def _bare(name: str) -> str:
    """A name without hyphens or plural "s": "GROBIDparsed" (a lost line-end hyphen) is
    "GROBID-parsed"."""
    return name.replace("-", "").removesuffix("s")


def compared(claim: Claim, check: Check) -> list[Quantity]:
    """The claim's quantities that `check` compared with a value: an evidence's claimed value,
    or a matched value part."""
    claimed = {evidence.claimed for evidence in check.evidence if evidence.claimed is not None}
    matched = {part.claim for part in check.matched if part.part == "value"}
    return [quantity for quantity in claim.quantities
            if quantity.value in claimed or quantity.text in matched]


def _evidence_text(check: Check) -> str:
    return " ".join(" ".join(filter(None, [evidence.location, evidence.quote, evidence.note]))
                    for evidence in check.evidence)


def guard_printed_labels(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive table check whose evidence does not print a coined name or a
    digit label of the claim (module docstring). In place."""
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        missing = unprinted_labels(claim, _evidence_text(check), compared(claim, check))
        if missing:
            verb = "confirmed" if check.outcome != Outcome.contradicted else "contradicted"
            undecide(check, f"Not {verb}: the claim says \u201c{missing[0]}\u201d, which the "
                            "cells' headers and caption do not print")
