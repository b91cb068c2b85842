"""The bare "Value(s)" header of a table of settings is no word a claim must say.

Papers list their settings in two-column tables: "Description | Values" with rows "dropout rate
| 0.5", "feature maps | 100" (Zhang & Wallace, arXiv:1510.03820, Table 2 "Baseline
configuration"), "Hyperparameter | Value". A claim says the setting and its number ("The
baseline configuration uses a dropout rate of 0.5"), never the word "values", and the cell check
(verify/cell_check.py) asks a claim to say every word of a cell's headers before it reads the
cell alone, so no such claim was decided. A column header that is nothing but "Value(s)" or
"Setting(s)" is left out of the words a claim must say (`unsaid_headers`); it stays in the
cell's passage, and the row's words (the setting's name) must still be said.
"""

from __future__ import annotations

import re

# The one column header of a table of settings: "Description | Values", "Parameter | Value".
_VALUE_HEADER = re.compile(r"(?i)^\s*(?:values?|settings?)\s*$")


def unsaid_headers(columns: list[str]) -> list[str]:
    """The column headers a claim must say, without the bare "Value(s)" of a table of settings
    ("dropout rate | 0.5" under "Values": "the dropout rate is 0.5" says all it needs)."""
    return [column for column in columns if not _VALUE_HEADER.match(column)]
