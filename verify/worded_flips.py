"""Contradictions told by wording alone, for the source check: a comparative of one dimension
said the other way (verify/comparative_antonyms.py), a condition the paper makes necessary
said not to be needed (verify/condition_flips.py), another place in a ranking
(verify/rank_flips.py), and a sentence copied with one change
(verify/verbatim_flips.py, which marks readings itself). One entry point and one explanation
keep the source check's hooks small."""

from __future__ import annotations

from collections.abc import Callable

from verify_claims.claims import Claim, Sentence

from .comparative_antonyms import comparison_flip
from .condition_flips import condition_flip
from .content import Accounting, ClaimParts
from .passages import PassageIndex
from .rank_flips import rank_flip
from .verbatim_flips import copy_explanation


def worded_flip(claim: Claim, parts: ClaimParts | None, sentence: Sentence,
                passage: Callable[[], frozenset[str]], index: PassageIndex | None
                ) -> tuple[Accounting, str] | None:
    """The passage's accounting and the reason ("comparison", "condition", "rank") when the
    sentence says the opposite of the claim in other words; else None. `passage` gives the
    passage's terms; each flip asks for them only once its cheap tests have passed, so that
    most candidate sentences never build them (the source check builds them lazily)."""
    found = comparison_flip(claim, parts, sentence, passage, index)
    if found is not None:
        return found, "comparison"
    found = condition_flip(claim, parts, sentence, passage, index)
    if found is not None:
        return found, "condition"
    found = rank_flip(claim, parts, sentence, passage, index)
    if found is not None:
        return found, "rank"
    return None


def flip_explanation(source: str, reason: str, sentence: str) -> str | None:
    """The explanation of a contradiction of this module's kinds, else None."""
    if reason.startswith("copied"):
        return copy_explanation(source, reason, sentence)
    if reason == "condition":
        return (f"{source} says it holds only under the condition the claim says it does "
                f"without: \u201c{sentence}\u201d")
    if reason == "rank":
        return f"{source} gives another place in the ranking: \u201c{sentence}\u201d"
    return None
