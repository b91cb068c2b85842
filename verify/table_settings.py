"""A table cell that disputes only the setting a claimed result is given for decides nothing.

"With 1k SST training examples, USE_T reaches 84.85" (Universal Sentence Encoder,
arXiv:1803.11175) names a result, 84.85 (Table 3's SST 1k column), under a setting, 1k training
examples. Table 1 prints SST's training set size, 67,349, and the claim was contradicted by it:
"1k" read as the count of SST's training examples. No table cell was read for the result. The
claim's setting is not a statement that SST has 1k training examples, only the scene of the
result (the converse of setting_mismatch.py, where the text's sentence gives the result under
another setting).

`setting_disputed` finds that reading: every claimed number a cell contradicts is printed after
"with" in the claim ("with 1k ...", "with only 0.1 ..."), and a claimed result (a percentage or
a number with decimals, setting_mismatch._score) that is no such setting was read in no cell.
The table then decides nothing; a claim whose result was read in a cell is decided as before.
"""

from __future__ import annotations

from verify_claims.claims import Quantity

from .setting_mismatch import _after_with, _score

__all__ = ["EXPLANATION", "setting_disputed"]

EXPLANATION = ("the only number a cell disputes is the setting (\u201cwith ...\u201d) the "
               "claim's result is given for, and no cell was read for that result")


def setting_disputed(claim_text: str, disputed: list[Quantity], unread: list[Quantity]) -> bool:
    """True when every disputed number is a "with N ..." setting of the claim and a claimed
    result that is no setting was read in no cell (module docstring)."""
    return bool(disputed) and all(_after_with(claim_text, quantity) for quantity in disputed) \
        and any(_score(quantity) and not _after_with(claim_text, quantity)
                for quantity in unread)
