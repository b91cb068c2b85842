"""An exponent set between two words of a table line belongs to the text around it.

"The following results use 10^-5 subsampling", a row spanning Table 1 of Mikolov et al. 2013
(arXiv:1310.4546), sets "-5" raised and small between "10" and "subsampling". The cell reader
measures the space before a word from the last word of normal size, so the exponent's width
counted as space: the line broke into two cells, the row group was named "The following results
use 10" and lost the setting it names ("subsampling"), and no claim about those rows could say
it. An exponent (a raised integer, signed or not, after a word ending in a digit) is text: the
space after it is measured from it. A footnote mark after a label ("BERT^1") is not an exponent
and keeps its width as space.
"""

from __future__ import annotations

import re

_EXPONENT = re.compile(r"[-\u2212+]?\d{1,2}")


def exponent_of(base: str, script: str) -> bool:
    """Is the raised `script` an exponent of the word `base` ("10" and "-5")?"""
    return bool(base) and base[-1].isdigit() and bool(_EXPONENT.fullmatch(script.strip()))
