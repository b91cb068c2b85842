"""A claim about "Section III" is not met by the part of a passage that speaks of "Section
IV" (probe31a: Vos et al., IMTC 1996).

"Section III describes the reconstruction of the corneal surface" (false: "In Section III
some experimental aspects of the stimulus are presented ...; Section IV describes the
reconstruction of the corneal surface") was confirmed: the passage prints the claim's words
and its "Section III", but the words belong to Section IV's clause. A passage that lists
numbered items of one kind (sections, tables, figures, chapters, equations) says each thing
of the item it is printed after.

`guard_label_numerals` cuts each quote of a supporting source check at every label of the
claim's kind ("Section", "Table", "Fig."/"Figure", "Chapter", "Eq."/"Equation", "Appendix",
with a roman or arabic numeral or a letter); when the part that shares most of the claim's
content words follows a label with another numeral than the claim's, the check is undecided.
A quote that prints no other numeral of that kind is left alone. It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

__all__ = ["guard_label_numerals"]

_KINDS = {"section": "section", "sec.": "section", "table": "table", "tab.": "table",
          "fig.": "figure", "figure": "figure", "chapter": "chapter", "eq.": "equation",
          "equation": "equation", "appendix": "appendix"}
_LABEL = re.compile(r"\b(Sections?|Sec\.|Tables?|Tab\.|Figs?\.|Figures?|Chapters?|Eq\.|"
                    r"Equations?|Appendix)\s*([IVXLC]{1,6}|\d{1,3}[a-z]?|[A-Z])\b")
_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = frozenset(["the", "and", "for", "with", "that", "this", "are", "was", "were", "our",
                   "its", "their", "from", "into", "which", "some"])


def _kind(word: str) -> str:
    word = word.casefold()
    return _KINDS.get(word) or _KINDS.get(word.rstrip("s")) or _KINDS.get(
        word.rstrip("s.") + ".", "")


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)} - _STOP


def _parts(quote: str, kind: str) -> list[tuple[str, str]]:
    """The quote cut at each label of `kind`: (numeral, the text up to the next label or the
    end of its sentence)."""
    labels = [match for match in _LABEL.finditer(quote) if _kind(match[1]) == kind]
    parts = []
    for at, match in enumerate(labels):
        end = labels[at + 1].start() if at + 1 < len(labels) else len(quote)
        text = quote[match.end():end]
        stop = re.search(r"[.;](?:\s|$)", text)
        parts.append((match[2], text[:stop.start()] if stop else text))
    return parts


def guard_label_numerals(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose quote gives the claim's words to another
    numbered item of the claim's kind (module docstring). In place."""
    labels = [(kind, match[2]) for match in _LABEL.finditer(claim.text)
              if (kind := _kind(match[1]))]
    if len(labels) != 1:
        return
    kind, numeral = labels[0]
    wanted = _words(_LABEL.sub(" ", claim.text))
    if not wanted:
        return
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            parts = _parts(evidence.quote or "", kind)
            if not any(other != numeral for other, _ in parts):
                continue
            best = max(parts, key=lambda part: len(wanted & _words(part[1])))
            if best[0] != numeral and len(wanted & _words(best[1])) > max(
                    (len(wanted & _words(text)) for other, text in parts if other == numeral),
                    default=0):
                undecide(check, f"Not decided: the passage says it of {kind} {best[0]}, not "
                                f"of the claim's {numeral}")
                break
