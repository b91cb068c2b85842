"""A cell's value with its range in brackets: "81.24 (80.69, 81.56)".

Papers that replicate their runs print each cell as the mean with the lowest and highest run
("Each cell reports the mean (min, max) of summary performance measures calculated over
multiple runs of 10-fold cross-validation", Zhang & Wallace, arXiv:1510.03820, Table 3), or
with a confidence interval. The cell check (verify/cell_check.py) read such a cell as no number
at all, so no claim about it was decided; its value is the number before the bracket.

Its words may still fail to tell its measure from the claim's: "The average length of Subj is
45" was contradicted by "Subj × max,all (1-max)" of Table 19, an accuracy of "93.20 (93.00,
93.36)". So such a cell contradicts a claim only by a number another cell of its table prints
with the same decimals (`prints_range`, read where cell_check contradicts): the claim then took
a neighbouring cell's number, the error a table makes easy.
"""

from __future__ import annotations

import re

SPREAD = re.compile(r"^[+\-\u2212]?\d*\.?\d+%?\s*[,;\u2013]\s*[+\-\u2212]?\d*\.?\d+%?$"
                    r"|^\d*\.?\d+-\d*\.?\d+$")
"""The range or interval printed after a cell's value: "80.69, 81.56", "91.25,91.94", and
an interval joined by a plain hyphen, "1.4-5.0": JAMA prints odds ratios so, "2.6 (1.4-5.0)"
(Won et al., JAMA Neurology 2024, Table; probe36b: no odds ratio of the table was read)."""
_BRACKETED = re.compile(r"^(?P<main>[^()]+?)\s*\(\s*(?P<second>[^()]+?)\s*\)$")


def prints_range(text: str) -> bool:
    """Whether a cell's text is a value with its range in brackets."""
    bracketed = _BRACKETED.match(" ".join(text.split()))
    return bracketed is not None and SPREAD.match(bracketed["second"]) is not None
