"""Where a paper's front matter ends when its first heading comes late (probe21b, issue 11).

The parser leaves out everything before a paper's first heading: the title, the authors and
their addresses, which no claim is about (`paper._sections_and_passages`). That holds when the
first heading ("Abstract", "1 Introduction") is on the first page or the next. A magazine
article prints its sections under unnumbered headings in the running text's font and size
("Domain Adaptation", "Empirical Results": Soderland et al., Adapting Open Information
Extraction to Domain-Specific Relations, AI Magazine 2010), which no heading rule can tell
from a short line of prose; the first heading the parser knew was "Related Work" on page 9 of
10 (a numbered line of prose, "20. While not perfect, ...", on page 7 happened to open a
section first), and eight pages of results were never read: every claim about them stayed
undecided.

Front matter is a title page's matter: the title, the authors, their addresses and an
abstract take a page or two, never more. So running text after `FRONT_PAGES` pages is the
body, heading or none.
"""

from __future__ import annotations

__all__ = ["FRONT_PAGES", "past_front_matter"]

FRONT_PAGES = 2
"""The most pages a paper's front matter (title page and abstract) takes."""


def past_front_matter(page: int) -> bool:
    """Whether a line on `page` (numbered from 1) is past any front matter."""
    return page > FRONT_PAGES
