"""A run the claim describes with a "with ..." phrase that the deciding cell never prints.

"The iRNN reaches 60.3 on the Pavlick et al. oracle with MAX sampling" (unverified: Wieting et
al., arXiv:1511.08198, tuned over MIX and MAX sampling and never says which the iRNN used) was
confirmed by Table 3's "iRNN x Pavlick et al. (oracle)" cell, 60.3, and so was "... with random
sampling": the table check requires the claim's names of its cell (iRNN, Pavlick et al.,
oracle) and lets plain words go, and "MAX" was met by the caption's "the max Spearman's rho".
A "with" phrase states the setting the result was obtained under (a sampling scheme, an
optimizer, a tokenizer, a number of layers); a cell that prints nothing of it is a result of
the paper's run, whatever its setting was.

`guard_with_phrases` reads the claim's "with" and "using" phrases (to the next comma, clause
word, direction verb or number; "compared with", "along with", "in line with", "consistent with" and
"with respect to" are comparisons, not settings), and undecides each decisive table check none
of whose cells print every content word of such a phrase in their row and column labels or
caption (in the paper's five-letter terms, hyphens dropped; generic words and numbers left
out, a number being checked as a value of its own). It names no paper or word; it only
undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper
from verify_claims.claims.vocabulary import DECREASE_WORDS, INCREASE_WORDS

from .cells_read import evidence_cells
from .content_words import GENERIC
from .label_text import caption_text
from .passages import content_terms
from .undecided import DECIDING, decided, undecide

__all__ = ["guard_with_phrases", "with_phrases"]

_PHRASE = re.compile(
    r"(?<![\w-])(?<!compared )(?<!comparable )(?<!along )(?<!together )(?<!line )"
    r"(?<!consistent )(?<!par )(?<!tied )(?<!combined )(?<!coupled )(?<!contrast )"
    r"(?:with|using)\s+(?!respect\b)([^,;:()]+)", re.IGNORECASE)
_ENDS = ("and but while whereas which that than against on in at for from to reaches reach "
         "scores score achieves achieve gives give is are was were has have")
_END = re.compile(r"\s(?:" + "|".join(sorted(set(_ENDS.split()) | INCREASE_WORDS
                                               | DECREASE_WORDS)) + r")\s|\d", re.IGNORECASE)


def _terms(text: str) -> frozenset[str]:
    """Content terms with hyphens dropped first: "n-gram" is "ngram", "re-ranking" is
    "Reranking"."""
    return frozenset(content_terms(text.replace("-", "")))


def with_phrases(text: str) -> list[frozenset[str]]:
    """The content terms of each "with"/"using" phrase of the claim (module docstring)."""
    phrases = []
    for match in _PHRASE.finditer(text):
        phrase = match.group(1)
        end = _END.search(" " + phrase + " ")
        if end is not None:
            phrase = phrase[:max(0, end.start() - 1)]
        terms = frozenset(term for term in _terms(phrase)
                          if not term[0].isdigit() and term not in GENERIC)
        if terms:
            phrases.append(terms)
    return phrases


def guard_with_phrases(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check none of whose cells' labels and caption print every
    content word of a "with" phrase of the claim (module docstring). In place."""
    phrases = with_phrases(claim.text)
    if not phrases:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        read = [(table, found) for evidence in check.evidence
                for table, found in evidence_cells(paper, evidence.location or "",
                                                   evidence.quote or "")]
        if not read:
            continue
        printed = _terms(" ".join(
            " ".join([caption_text(table.caption), *found.rows, *found.columns])
            for table, found in read))
        unsaid = next((phrase for phrase in phrases if not phrase <= printed), None)
        if unsaid is not None:
            cells = "; ".join(f"{found.row} \u00d7 {found.column}" for _, found in read)
            undecide(check, "Not decided: the claim's \u201cwith\u201d phrase names a setting "
                            f"({', '.join(sorted(unsaid - printed))}) that the labels of the "
                            f"cells read ({cells}) and their caption do not print")
