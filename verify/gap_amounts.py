"""A number followed by a word that sets two things apart ("1.1 F1 behind Iacobacci et al.",
"0.5 points above the baseline", "2 BLEU short of the ensemble", "3 points higher than X") is
the size of the gap between them, not a level of either.

Read as a level, the gap met the level a paper prints for the same measure and decided the
claim: "The biLM's top layer is 1.1 F1 behind Iacobacci et al. (2016) on WSD." (true: 70.1 -
69.0, ELMo, arXiv 1802.05365, page 7) was contradicted by "the biLM top layer representations
have F1 of 69.0" (page 8), as if 1.1 were claimed as the top layer's F1. "by 1.1" already
reads as a change's size (`number_context.claimed_amount`); a gap word after the number says
the same in another order.

At most two words (a measure, "F1", "BLEU points") stand between the number and the gap
word, with no preposition among them ("85.8 on SQuAD above ..." is a level placed in a
scope), no participle ("Buckets 17 through 20 contained more than 13 million sites": a verb
starts the number's clause) and no punctuation ("92.2 F1, better than" is a level, then a
comparison); and "more than" followed by a number bounds that number, not this one.
"""

from __future__ import annotations

import re

from verify_claims.claims import Quantity

# The gap words: alone ("behind", "below", "above"), or with the word that names the other
# side ("ahead of", "short of", "higher than").
_GAP_AFTER = re.compile(
    r"(?:\s+(?!(?:on|in|for|at|of|with|from|to|by|over|under|across|and|or)\b)"
    r"(?![^\W\d_][\w\-]*(?:ed|ing)\b)[^\W\d_][\w\-]*){0,2}?"
    r"\s+(?:behind|below|above|ahead\s+of|short\s+of|shy\s+of"
    r"|(?:higher|lower|better|worse|more|less|fewer|greater|smaller|larger)\s+than"
    r"(?!\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+)?[-+\u2212]?\.?\d))\b",
    re.IGNORECASE)


def gap_after(text: str, quantity: Quantity) -> bool:
    """Whether the number `quantity` of `text` is the size of a gap: a gap word follows it,
    past at most two words of its measure ("1.1 F1 behind", "0.5 points above")."""
    return _GAP_AFTER.match(text, quantity.span[1]) is not None
