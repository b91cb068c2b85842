"""A claim that denies what it states, read by the cells as if it asserted it (probe 14).

The cell readers (verify/cell_check.py, verify/cell_pairs.py and the other readers of table
cells) match a claim's names and numbers with a cell's labels and value; its negation words
are left out of that match, since a cell has no polarity to compare them with
(`content.account(..., relation=False)`). So "On UCF, AMDCN's MAE is not 290.82" was
confirmed by the cell that prints 290.82, "On UCF, MCNN does not reach an MAE of 290.82" (true:
MCNN's cell holds 377.60) was contradicted by it, and "On UCF, AMDCN never reaches an MAE of
290.82, against 377.60 for MCNN" was confirmed by the two cells of the pair reading
(arXiv:1804.07821 Table 1, found probing round 14). A denial of a number, of a pairing or of
an order ("290.82 is not below 377.60") turns the cells' answer round, or says something the
cells do not answer at all ("it is not true that ..."): which, the cell readers cannot tell.

So a decisive table check of a claim whose statement is negated (claim.negated, a negated
clause or a negated number, as extract/polarity.py reads them: "not", "n't", "never",
"cannot", "fails to", "neither ... nor", "no gain") decides nothing, unless every negation
word of the claim is printed in the check's evidence (a row "No NSP", a column "w/o LM", a
label "not pretrained"; "no", "without" and "w/o" print one absence: "papers without
authors" names the row "No authors"): then the word names the cell and denies nothing. The
table check of verify/table_check.py already skips negated numbers and negated clauses; the
passage checks read negation by polarity and are left alone. The guard names no paper, table
or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import CheckKind, Claim

from .undecided import DECIDING, decided, undecide

# The words of a denial, as extract/polarity.py reads them.
_NEGATION = re.compile(r"\b(?:not|never|cannot|neither|nor|none|no|without|fail(?:s|ed|ing)?)\b"
                       r"|n't\b", re.IGNORECASE)


def negation_words(claim: Claim) -> set[str]:
    """The negation words of a claim whose statement (or one of its clauses or numbers) is
    negated; empty when nothing of it is."""
    if not (claim.negated or any(clause.negated for clause in claim.clauses)
            or any(quantity.negated for quantity in claim.quantities)):
        return set()
    return {match.group().casefold() for match in _NEGATION.finditer(claim.text)}


# A label that names a setting by its absence prints one of these ("No authors", "w/o LM",
# "Without NSP"); a claim says it with any other ("papers without authors").
_ABSENCE = ("no", "without", "w/o")


def _printed(word: str, text: str) -> bool:
    if word == "n't":
        return "n't" in text.casefold()
    return any(re.search(rf"(?<![\w\-]){re.escape(each)}(?![\w\-])", text, re.IGNORECASE)
               for each in (_ABSENCE if word in _ABSENCE else (word,)))


def guard_negated_cells(claim: Claim, checks: Iterable) -> None:
    """Undecide each decisive table check of a claim that denies what it states, unless the
    check's evidence prints each of its negation words (module docstring). In place."""
    words = negation_words(claim)
    if not words:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        # the cells' own labels and values, not their captions: a caption's "not" speaks of
        # the other columns ("participants who remained or did not remain dementia-free",
        # round 34: "... did not have a mean MMSE score of 27.4" was confirmed by the
        # dementia-free column's 27.4)
        printed = " ".join(evidence.quote or "" for evidence in check.evidence)
        unprinted = sorted(word for word in words if not _printed(word, printed))
        if unprinted:
            undecide(check, f"The claim denies what it states (\u201c{unprinted[0]}\u201d), and "
                            "a table's cells give numbers, not whether a denial of them holds",
                     joint=": ")
