"""Whom a number is said against: "N× faster than X", and "A beats B (x vs. y)" read from cells
(probe38a, round 38: Girshick, Fast R-CNN, ICCV 2015, arXiv:1504.08083).

- "Fast R-CNN trains VGG16 only 3x faster than R-CNN" (false: 9x) was confirmed by "The
  resulting method can train a very deep detection network (VGG16 [20]) 9× faster than R-CNN
  [9] and 3× faster than SPPnet [11]" (page 1): the sentence prints 3× and names R-CNN, but
  gives the 3× to SPPnet (as does the abstract's "Compared to SPPnet, Fast R-CNN trains VGG16
  3× faster", which confirmed it). A number followed by a comparative and "than" ("3× faster
  than SPPnet", "20% more than the baseline") is said against what follows "than"; one
  followed by a bare comparative, against the sentence's one "compared to X" phrase. When the claim
  says its number against one thing and the passage prints that number only against things
  that share no word with it, the passage's number is another comparison's, and a supporting
  source check on it decides nothing (`other_comparand`). Both comparands must hold a name (a
  capital letter): "about 10% higher than the second best method" may describe the claim's
  "than FR3D" (the round 26 RNA motif probe, a right confirmation kept).
- "Post-hoc SVMs outperform softmax for FRCN model M (59.2 vs. 58.7 mAP)" (false: softmax
  59.2, SVM 58.7) was confirmed by Table 8's cell "FRCN [ours] / SVM × M" = 58.7. A claim that
  sets one side against another with a verb or "than" and then prints "(x vs. y)" gives x to
  the first side and y to the second. A table check that finds y under a label naming a word
  only the first side says (and no word only the second says), or x under one of the second
  side's, reads the claim's number under the other side (`crossed_versus_cell`).

Both only withhold; neither names a paper, a system or a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .guards_table_pairs import cell_quote
from .undecided import SUPPORTING, decided, supporting_sources, undecide

__all__ = ["crossed_versus_cell", "guard_ratio_comparands", "other_comparand"]

ratio_comparands_guarded = True
"""Whether the two rules withhold (a planted-bug test switches them off)."""

_NUMBER = r"(?<![\w.])(?P<number>\d[\d,]*(?:\.\d+)?)"
_COMPARATIVE = (r"(?:faster|slower|higher|lower|larger|smaller|greater|more|less|fewer|better|"
                r"worse|longer|shorter|bigger|cheaper)")
# "3× faster than SPPnet [11]": the number, a unit of ratio or share, up to two words, the
# comparative and "than", then what it is said against up to a clause break, a conjunction,
# a citation or a phrase of place.
_RATIO_THAN = re.compile(
    _NUMBER + r"\s*(?:[×x%]|times|-?fold|percentage points?|points?)?\s+(?:\w+\s+){0,2}?"
    + _COMPARATIVE + r"\s+than\s+(?P<against>[^,;:.()\[\]]+?)"
    r"(?=\s*(?:[,;:()\[\]]|\.(?:\s|$)|$)|\s+(?:and|but|while|whereas|on|in|at|for|with|when|"
    r"using|as|by|at)\b)", re.IGNORECASE)
# "3× faster" with no "than": said against the sentence's "Compared to SPPnet," if it has one.
_BARE_RATIO = re.compile(_NUMBER + r"\s*(?:[×x%]|times|-?fold)?\s+(?:\w+\s+){0,2}?" + _COMPARATIVE
                         + r"\b(?!\s+than\b)", re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:compared (?:to|with)|relative to|in comparison (?:to|with))\s+"
                       r"(?P<against>[^,;:.()\[\]]+)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w\-]*")
_STOP = frozenset(["the", "a", "an", "of", "that", "those", "this", "these", "its", "their",
                   "our", "we", "it"])


def _words(text: str) -> set[str]:
    """Casefolded words, a plural "s" dropped ("SVMs" = "SVM")."""
    found = set()
    for word in _WORD.findall(text):
        word = word.casefold()
        if word in _STOP:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        found.add(word)
    return found


def _named(text: str) -> bool:
    """Whether a comparand holds a name (a word with a capital letter: "SPPnet", "R-CNN"); a
    description ("the second best method") may stand for the claim's name."""
    return any(any(char.isupper() for char in word) for word in _WORD.findall(text))


def _same(a: str, b: str) -> bool:
    return float(a.replace(",", "")) == float(b.replace(",", ""))


def other_comparand(claim_text: str, quote: str) -> tuple[str, str, str] | None:
    """(number, the claim's comparand, the passage's) when the claim says a number against one
    thing and `quote` prints it only against things sharing no word with it; else None."""
    for claimed in _RATIO_THAN.finditer(claim_text):
        ours = _words(claimed["against"])
        if not ours:
            continue
        theirs = [found["against"] for found in _RATIO_THAN.finditer(quote)
                  if _same(found["number"], claimed["number"])]
        compared = [found["against"] for found in _COMPARED.finditer(quote)]
        if len(compared) == 1:
            theirs += [compared[0] for found in _BARE_RATIO.finditer(quote)
                       if _same(found["number"], claimed["number"])]
        if theirs and _named(claimed["against"]) and all(
                _named(against) and not _words(against) & ours for against in theirs):
            return claimed["number"], claimed["against"].strip(), theirs[0].strip()
    return None


# "(59.2 vs. 58.7 mAP)", "59.2 vs. 58.7".
_VERSUS = re.compile(r"(?<![\d.])(?P<x>\d+(?:\.\d+)?)\s*%?\s*(?:vs\.?|versus)\s*"
                     r"(?P<y>\d+(?:\.\d+)?)(?![\d.]*\d)", re.IGNORECASE)
# The verb or comparative that sets the first side against the second.
_AGAINST = re.compile(r"\b(?:outperform(?:s|ed)?|beat(?:s)?|exceed(?:s|ed)?|surpass(?:es|ed)?|"
                      r"trail(?:s|ed)?|underperform(?:s|ed)?|than)\b", re.IGNORECASE)
# Where the second side ends: a phrase of place or condition, or the bracket.
_SECOND_END = re.compile(r"\s+(?:for|on|in|at|with|across|under|when|using|by)\b|[(,;:]",
                         re.IGNORECASE)


def _sides(claim_text: str) -> tuple[set[str], set[str], str, str] | None:
    """(words only the first side says, words only the second says, x, y) of a claim
    "A <verb> B ... (x vs. y)"; None for any other claim."""
    versus = _VERSUS.search(claim_text)
    if versus is None:
        return None
    verbs = list(_AGAINST.finditer(claim_text, 0, versus.start()))
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    end = _SECOND_END.search(claim_text, verb.end())
    stop = min(end.start() if end else versus.start(), versus.start())
    first, second = _words(claim_text[:verb.start()]), _words(claim_text[verb.end():stop])
    if not first - second or not second - first:
        return None
    return first - second, second - first, versus["x"], versus["y"]


def _cells(check: Check) -> list[tuple[set[str], str]]:
    """Each quoted cell's label words (this module's `_words`) and printed value."""
    return [(_words(labels), value.strip()) for evidence in check.evidence
            if (parsed := cell_quote((evidence.quote or "").strip())) is not None
            for labels, value in (parsed,)]


def _value(printed: str) -> float | None:
    found = re.search(r"\d+(?:\.\d+)?", printed.replace(",", ""))
    return float(found.group()) if found else None


def crossed_versus_cell(claim_text: str, cells: list[tuple[set[str], str]]
                        ) -> tuple[str, str] | None:
    """(number, label word) when a cell prints the claim's "x vs. y" number under a word only
    the other side of the claim says; else None."""
    sides = _sides(claim_text)
    if sides is None:
        return None
    first, second, x, y = sides
    for own, other, number in ((first, second, x), (second, first, y)):
        for labels, printed in cells:
            if _value(printed) != float(number):
                continue
            if labels & other and not labels & own:
                return number, sorted(labels & other)[0]
    return None


def guard_ratio_comparands(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide supporting source checks whose passage says the claimed ratio against another
    thing, and supporting table checks that read a "vs." number under the other side's label
    (module docstring). In place."""
    if not ratio_comparands_guarded:
        return
    if _RATIO_THAN.search(claim.text):
        for check in list(supporting_sources(checks)):
            for evidence in check.evidence:
                if evidence.quote and (found := other_comparand(claim.text, evidence.quote)):
                    undecide(check, f"Not confirmed: the passage says {found[0]} against "
                                    f"\u201c{found[2]}\u201d, the claim against "
                                    f"\u201c{found[1]}\u201d")
                    break
    if _VERSUS.search(claim.text):
        for check in list(decided(checks, CheckKind.table, SUPPORTING)):
            found = crossed_versus_cell(claim.text, _cells(check))
            if found is not None:
                undecide(check, f"The claim gives its \u201cvs.\u201d numbers to its sides in "
                                f"order; {found[0]} is printed under \u201c{found[1]}\u201d, "
                                "a word of the other side")
