"""A passage about a sibling variant, or a denial in words the negation reader does not know
(red team 4, probes).

The ninth probe of the fourth red-team corpus (tests/real/redteam4, VILA, arXiv:2106.00676) found
two more wrong verdicts from passages:

- "With text blocks, H-VILA cuts inference time by 46.59% relative to LayoutLM" was confirmed by
  "H-VILA models with text lines brings a 46.59% reduction in inference time": the number is the
  text-line model's. The paper's own tables show that "line" and "block" name sibling variants:
  their rows differ in that one word ("H-VILA(Text Line)", "H-VILA(Text Block)"). A passage that
  prints the sibling word and not the claim's speaks of the other variant (`sibling_word`).
- "When the injected layout group is incorrect, the H-VILA method lacks the flexibility to assign
  different token categories within a group" confirmed "... H-VILA can still assign different
  token categories ..." and contradicted "... H-VILA cannot assign ...": "lacks" denies, but it
  is no negation word, so the passage was read as asserting. A passage that denies with "lack",
  "unable", "incapable" or "inability" cannot be compared by its negation with a claim that
  prints no number (`worded_denial`).

Neither names a paper, a system or a number; each reads only what the paper prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .paper_memo import per_paper
from .undecided import DECIDING, decided, undecide

_WORD = re.compile(r"[a-z]+")


def _row_labels(paper: Paper) -> list[list[str]]:
    """Each table's row labels, as lists of lower-case words."""
    tables = []
    for table in paper.tables:
        labels = []
        for row in table.rows:
            headers = next((cell.row_headers for cell in row if cell.row_headers), None)
            label = " ".join(headers) if headers else (row[0].text if row else "")
            words = _WORD.findall(label.casefold())
            if words:
                labels.append(words)
        tables.append(labels)
    return tables


def _siblings(paper: Paper) -> dict[str, set[str]]:
    """Word -> the words that take its place in another row label of the same table, the rest
    of the label the same ("line" <-> "block" of "H-VILA(Text Line)", "H-VILA(Text Block)")."""
    found: dict[str, set[str]] = {}
    for labels in _row_labels(paper):
        for first in labels:
            for second in labels:
                if len(first) != len(second) or first == second or len(first) < 2:
                    continue
                differ = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
                if len(differ) == 1 and min(len(differ[0][0]), len(differ[0][1])) >= 3:
                    found.setdefault(differ[0][0], set()).add(differ[0][1])
    return found


def _stems(text: str) -> set[str]:
    words = set(_WORD.findall(text.casefold()))
    return words | {word[:-1] for word in words if word.endswith("s")}


def sibling_word(claim_text: str, passage: str, siblings: dict[str, set[str]]) -> \
        tuple[str, str] | None:
    """(the claim's word, its sibling) when the passage prints a sibling of a word of the claim
    and not that word itself; else None."""
    said, printed = _stems(claim_text), _stems(passage)
    for word in sorted(said & set(siblings)):
        if word in printed:
            continue
        other = next((sibling for sibling in sorted(siblings[word])
                      if sibling in printed and sibling not in said), None)
        if other is not None:
            return word, other
    return None


_DENIAL = re.compile(r"\b(?:lack(?:s|ed|ing)?|unable|incapable|inability)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def worded_denial(claim_text: str, passage: str) -> str | None:
    """The word ("lacks") by which the passage denies, when the claim prints no number and no
    such word of its own (a claim that says "lacks" too is read word for word); else None."""
    if _DIGIT.search(claim_text) or _DENIAL.search(claim_text):
        return None
    match = _DENIAL.search(passage)
    return match.group(0) if match else None


def guard_worded_variants(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive source check whose passage speaks of a sibling variant of the
    claim's (supporting checks), or denies in words the negation reader does not know (a claim
    without numbers). In place."""
    siblings = per_paper(paper, "row sibling words", _siblings) if paper.tables else {}
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        passage = " ".join(evidence.quote or "" for evidence in check.evidence)
        denial = worded_denial(claim.text, passage)
        if denial is not None:
            undecide(check, f"The passage denies with \u201c{denial}\u201d, which is no negation "
                            "word, so whether it asserts or denies what the claim says is not read")
            continue
        if check.outcome == check.outcome.contradicted:
            continue
        pair = sibling_word(claim.text, passage, siblings)
        if pair is not None:
            undecide(check, f"The claim speaks of \u201c{pair[0]}\u201d and the passage of "
                            f"\u201c{pair[1]}\u201d, which the paper's tables print in its place "
                            "in another row: the passage is about the other variant")
