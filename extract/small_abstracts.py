"""An abstract set in small print is running text, not small print (round 25, probe25a).

Alam et al. (Dhaka Univ. J. Pharm. Sci. 8(1), 2009, page 1) set the abstract in 8 pt under a
10 pt body, opened inline ("ABSTRACT: Lupeol (1), epilupeol (2) and β-sitosterol (3) were
isolated ..."). Every line under 0.88 of the body size is marked small print
(line_kinds.mark_footnotes), so the whole abstract was dropped: its LC50 values, and "All of
the partitionates showed insensitivity to microbial growth", were never read.

`keep_small_abstract` gives a run of small lines back to the running text when its first line
opens with an inline abstract label (headings.INLINE_ABSTRACT, "Abstract:" or "ABSTRACT."),
on one of the first two pages: the run goes on over small lines of that size (or footnote
lines: the abstract's end may sit at the foot of a column's full-width band), and ends at a
"Keywords" line or at a line of another size or kind.
"""

from __future__ import annotations

import re

from .headings import INLINE_ABSTRACT
from .page_lines import Line

# The abstract's last lines may sit low enough on the page to be read as the foot of the
# column's footnotes ("2.17 µg/ml, 2.77 µg/ml and 2.46 µg/ml, respectively. ...").
_SMALL_KINDS = frozenset(("small", "footnote"))
_KEYWORDS = re.compile(r"^\s*(?:key\s*words?|index\s+terms)\b", re.IGNORECASE)


def keep_small_abstract(lines: list[Line], page_number: int) -> None:
    """Mark back as running text the small lines of an inline-labelled abstract (module
    docstring). In place."""
    if page_number > 2:
        return
    opening = next((at for at, line in enumerate(lines)
                    if line.kind == "small" and INLINE_ABSTRACT.match(line.text)), None)
    if opening is None:
        return
    size = lines[opening].size
    for line in lines[opening:]:
        if line.kind not in _SMALL_KINDS or abs(line.size - size) > 0.5 \
                or _KEYWORDS.match(line.text):
            break
        line.kind = "text"
