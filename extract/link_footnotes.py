"""A footnote that is only a web address ends a table's region.

A table floated to the foot of a page is set right under the page's footnotes; a footnote that
gives a link is one long word, "2code.google.com/p/word2vec/source/browse/trunk/questions-
phrases.txt" (Mikolov et al. 2013, arXiv:1310.4546, page 6, over Table 3). It is not prose (one
word) and sat within a line's gap of the header, so the region reader took it as the table's
first header line: every column was named by the link ("2code.google.com/... Method"). A line
that is a single word holding a web address, an optional footnote mark before it, is no line
of a table (a table of links prints each beside the name it belongs to).
"""

from __future__ import annotations

import re

_LINK = re.compile(r"^[\d*\u2020\u2021]?(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}[\w-]*/\S*$")


def lone_link(words: list[str]) -> bool:
    """Is a line of the words `words` one web address alone (a footnote's link), its raised
    footnote mark a word of its own or not?"""
    if len(words) == 2 and words[0].isdigit() and len(words[0]) <= 2:
        words = words[1:]
    return len(words) == 1 and bool(_LINK.match(words[0]))
