"""Settings joined with "+" in one label are read one by one.

"Match-LSTM with Bi-Ans-Ptr reaches 64.1 exact match on the SQuAD test set without search"
(unverified: the paper has no Bi-Ans-Ptr run without search, arXiv:1608.07905, Table 2, page
6) was contradicted by the cell "Match-LSTM with Bi-Ans-Ptr (Boundary+Search+b) × Exact Match
/ Test: 64.7". A claim "without" a condition is not decided by a cell printed with it
(verify/guards_absence.py), but the header reader keeps "Boundary+Search+b" as one word, and
"search" never said that word: the run with search was read as the claim's run without it.

The general fact: tables name a combination of components or settings by joining them with
"+" and no spaces ("Boundary+Search+b", "BiLSTM+CRF", "CNN+LSTM+Attention"); each part is a
condition of the row as much as "+ Search" on its own would be. `unjoined` spaces the parts of
such a label apart, for the readers that ask whether a label names one condition.
"""

from __future__ import annotations

import re

_JOINED = re.compile(r"(?<=[^\W_])\+(?=[^\W\d_])")


def unjoined(label: str) -> str:
    """`label` with each "+" that joins two words replaced by a space ("Boundary+Search+b" ->
    "Boundary Search b"); a "+" before a number or a space ("+ LM", "+1.2") is kept."""
    return _JOINED.sub(" ", label)
