"""A header line of years over a table's column groups ("2007" over one block of columns, "2009"
over the next), read as header, not as the table's first row of numbers.

The grid reader (grid_cells.build_grid) ends a table's header at its first line holding a
number, and then looks for the rule under the header only above that line. A survey's report
that prints the same columns for two survey years heads each block with its year alone on the
top line (CDC, MMWR Suppl. 60, 2011, Inadequate and Unhealthy Housing, Tables 1 and 2: "2007"
and "2009", then "Inadequate housing units", then "Total occupied / housing units  No.  (%)
Unadjusted OR  (95% CI)"): the header was cut to nothing, the year line read as a row of
values and every heading under it as rows of text, so that no cell had a column path and none
of the 132 cells of each table could be read against a claim.

A line is such a header line when every cell it holds is a year (a four-digit whole number from
1900 to 2099, no decimals, no separators) and the line right under it holds no number at all
(it goes on with header words). A table whose rows are years prints each year beside its
values, never a line of years over a line of words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .grid_lines import Segment

_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _years_only(line: list[Segment]) -> bool:
    return bool(line) and all(_YEAR.match(segment.text.strip()) for segment in line)


def year_header_line(segmented: list[list[Segment]], index: int, number) -> bool:
    """Is line `index` a line of years heading column groups (module docstring)? `number`
    tells a segment holding a number (grid_lines._number)."""
    return (_years_only(segmented[index]) and index + 1 < len(segmented)
            and bool(segmented[index + 1])
            and not any(number(segment) for segment in segmented[index + 1]))
