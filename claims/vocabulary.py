"""The field's direction and negation words, shared by the stages that read statements.

`extract` reads the direction and negation of claims and sentences with them
(extract/polarity.py, extract/quantities.py); `verify` matches a claim's relation against a
passage with them (verify/content.py: "improves" is found where the passage says "raises" or
"gains"). They live in `claims/` because stages only share `claims/` modules.
"""

from __future__ import annotations


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


INCREASE_WORDS = _wordset(
    "improve improves improved improving improvement improvements increase increases "
    "increased increasing gain gains gained boost boosts boosted raise raises raised "
    "outperform outperforms outperformed outperforming higher better up rise rises rose "
    "exceed exceeds exceeded surpass surpasses surpassed benefit benefits benefited "
    "benefiting beneficial help helps helped helping helpful beat beats beating superior"
)
DECREASE_WORDS = _wordset(
    "lower lowers lowered lowering decrease decreases decreased decreasing drop drops "
    "dropped dropping hurt hurts hurting degrade degrades degraded degradation reduce reduces "
    "reduced reducing reduction underperform underperforms underperformed underperforming "
    "worse worsens worsened harms harmed harmful decline declines declined fall falls fell "
    "loses lost down inferior"
)
NEGATION_WORDS = _wordset(
    "not no never neither nor without cannot none fail fails failed failing"
)
