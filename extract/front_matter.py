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

import re
from collections.abc import Callable

__all__ = ["FRONT_PAGES", "later_section", "opens_mid_text", "past_front_matter"]

FRONT_PAGES = 2
"""The most pages a paper's front matter (title page and abstract) takes."""


def past_front_matter(page: int) -> bool:
    """Whether a line on `page` (numbered from 1) is past any front matter."""
    return page > FRONT_PAGES


later_sections = True
"""Whether page 1's first heading, numbered past the opening section, lets page 1 open an
excerpt (`opens_mid_text`; a planted-bug test switches it off)."""

_LATER_SECTION = re.compile(r"(?:[2-9]|[1-9]\d)\.?\s|\d{1,2}(?:\.\d{1,2})+\.?\s")
"""A heading numbered past a paper's opening section: "4 Results", "2. Method", "4.3 ...",
"1.2 ..." (a subsection comes after its section's opening lines); never "1 Introduction"."""


def later_section(heading: str) -> bool:
    """Whether `heading` is numbered past a paper's opening section (`_LATER_SECTION`)."""
    return bool(_LATER_SECTION.match(heading))


_MID_SENTENCE = re.compile(r"[a-z]{2,}(?: [^\s:/@]+){4,}")
"""A line of running prose that opens in lower case ("where Y denotes the set of responding
original-sample"): five words or more, none a stamp's ("arXiv:", "doi:", a URL, an address)."""

OPENING_LINES = 3
"""How many of page 1's first lines are looked at: a running head or two may come first."""


def opens_mid_text(lines: list[tuple[int, str]], title_lines: list[str],
                   is_heading: Callable[[str], object]) -> bool:
    """Whether the document opens in the middle of running text: one of page 1's first lines
    continues a sentence begun before it, in lower case, and page 1 has no heading at all.
    Such a document is an excerpt (pages A-5 to A-10 of NCES's "Highlights from PIRLS 2011",
    round 29: page 1 opens "where Y denotes the set of responding original-sample schools"),
    with no title page: its first page is body text, not the front matter left out before the
    first heading (which came on page 2 there, so every sentence of page 1 was dropped). A
    title page has its heading ("Abstract", "1 Introduction") on page 1, and the second line
    of a wrapped title may open in lower case ("for Large-Scale Discriminative Training").

    An excerpt cut from a paper's middle may also print a heading on page 1: one numbered past
    the opening section ("4.3 Influence of RLHF and SFT" halfway down page 1 of pages 4-8 of
    Yin et al.'s politeness study, round 34: the setup above it, under no heading, was read as
    front matter and dropped). A title page's first heading is never a later section, so page 1
    opening mid-sentence with its first heading a later one (`later_section`) is an excerpt
    too."""
    if not lines or lines[0][0] != 1:
        return False
    first = next((heading for page, line in lines if page == 1 and line not in title_lines
                  and (heading := is_heading(line))), None)
    if first is not None and not (later_sections and later_section(str(first))):
        return False
    opening = [line for page, line in lines if page == 1 and line][:OPENING_LINES]
    return any(_MID_SENTENCE.fullmatch(line) and line not in title_lines for line in opening)
