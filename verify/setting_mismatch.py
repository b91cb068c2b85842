"""A setting the claim names differently is another run, not a wrong result.

"Transferring from PTB to Genia gives a tagging accuracy of 92% with 0.1 labels" against "we
can obtain an tagging accuracy of 83%+ with zero labels and 92% with only 0.001 labels when
transferring from PTB to Genia" (Yang et al., arXiv:1703.06345, page 7) was contradicted: 0.1
labels against 0.001 labels, a different count. The claim's result, 92%, is the paper's; what
differs is the setting it is claimed for ("with 0.1 labels"), and the paper never says what
0.1 labels give (a figure shows it). The claim is unverified, not false.

The general fact (the converse of setting_numbers.py, where the result disagrees and the
setting is unprinted): a number printed after "with" on both sides ("with 0.1 labels", "with
only 0.001 labels") sets the scene of the result; when it is the number that disagrees while
another claimed number, of another kind and a result (a percentage or a number with decimals),
agrees with the sentence, the sentence reports the
claim's result under another setting. `other_setting` finds that reading; it decides nothing.
"""

from __future__ import annotations

import re

from verify_claims.claims import Quantity

from .number_match import _Pair
from .setting_numbers import _kind

__all__ = ["EXPLANATION", "other_setting"]

EXPLANATION = ("the number that differs is the setting (\u201cwith ...\u201d) the claim's "
               "result is given for; the passage gives that result under another setting")

_WITH = re.compile(r"\bwith\s+(?:only\s+|just\s+)?$", re.IGNORECASE)


def _after_with(text: str, quantity: Quantity) -> bool:
    span = getattr(quantity, "span", None)
    return span is not None and _WITH.search(text[max(0, span[0] - 16):span[0]]) is not None


def other_setting(claim_text: str, disputed: _Pair, pairs: list[_Pair],
                  sentence_text: str) -> bool:
    """True when the disputed number is a "with N ..." setting on both sides and another
    claimed number of another kind agrees (module docstring)."""
    if disputed.found is None or not _after_with(claim_text, disputed.claimed) \
            or not _after_with(sentence_text, disputed.found):
        return False
    kind = _kind(claim_text, disputed.claimed)
    return any(pair is not disputed and pair.state == "agree" and _score(pair.claimed)
               and _kind(claim_text, pair.claimed) != kind for pair in pairs)


def _score(quantity: Quantity) -> bool:
    """A result, as papers print one: a percentage or a number with decimals ("92%", "84.6"),
    not a count ("two bidirectional LSTMs with 300 hidden units" states a setup, not a result
    under a setting: probe 15's claim about arXiv:1705.00108 stays contradicted)."""
    return quantity.unit == "%" or bool(quantity.decimals)
