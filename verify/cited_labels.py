"""A row label's citation is no part of the name it gives: "GA Reader (Dhingra et al., 2016)".

Results tables name the systems they compare with the paper that reported each: "EpiReader
(Trischler et al., 2016)", "ClassifyLDA-EM (Hingmire et al. 2013)", "Labeled-LDA (Li, Sun, and
Zhang 2008)". A claim names the system ("EpiReader reaches 73.4% validation accuracy on CNN
News"), seldom its authors, and the cell check (verify/cell_check.py) asks a claim to say every
word a cell's headers print before it reads the cell alone, so the authors' names kept such a
row from every claim that did not cite them (Cui et al. 2016, arXiv:1607.04423, Table 2, red
team 7). The words a claim must say of a row label are read without its bracketed author-year
citation (`uncited`); the citation stays in the cell's passage, so a claim that does name the
authors ("Kadlec et al. (2016) report ...") is still accounted for there.

Only a bracket that ends in a year and holds a capitalised word is a citation: "(ours)",
"(w/o LM)", "(Ensemble)", "(2,3,4)" and "(300d)" stay part of the label. A label that opens
with its citation is named by it ("(Wang et al., 2017) (Single)", Ghaeini et al. 2018,
arXiv:1802.05577, Table 2) and keeps it: without it, "(Single)" alone would be read as the
row of every single model.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CITATION = re.compile(r"\s*[(\[][^()\[\]]*?[A-Z][^()\[\]]*?\b(?:19|20)\d\d[a-z]?\s*[)\]]")


@lru_cache(maxsize=16384)
def uncited(label: str) -> str:
    """`label` without its author-year citations ("AS Reader (Kadlec et al., 2016)" ->
    "AS Reader"); the label itself when it is nothing but a citation."""
    if "(" not in label and "[" not in label or _CITATION.match(label):
        return label  # a row named by its citation ("(Wang et al., 2017) (Single)") keeps it
    return _CITATION.sub("", label).strip() or label

