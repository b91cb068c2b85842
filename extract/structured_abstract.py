"""A structured abstract and an unheaded introduction before a paper's first heading.

Medical and other journals print a structured abstract: paragraphs led by fixed labels
("Background:", "Purpose:", "Data Sources:", "Study Selection:", "Data Extraction:", "Data
Synthesis:", "Limitations:", "Conclusions:"), under no "Abstract" heading; the introduction
follows, also without a heading, and the first heading comes on the next page ("METHODS":
Bravata et al., Ann Intern Med 2004, pp. 910-911). The parser leaves out everything before a
paper's first heading (title, authors), and `unlabelled_abstract` takes only a plain paragraph
of prose for an abstract, so the whole first page was never read: the abstract's headline
figures ("Only 3 systems have had both sensitivity and specificity evaluated") and the
introduction stayed unverifiable.

The general fact: three or more lines of the front matter that open with a structured
abstract's labels, on the first two pages, are an abstract; it starts at the first label. Where
a rule across the page closes the abstract's band (`band_rules`), the running text below it,
up to the first heading, is the introduction. Without such a rule the abstract's end is not
known: it is read only when the first heading follows it directly (at most `MAX_TAIL` lines
after the last label), and no introduction is made, or when it fills the rest of its page and
the first heading lies on a later page (`_page_end`): the text from the next page on is then the
introduction. JAMA's labels are capitals with no colon (`_CAPITAL_LABEL`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .headings import INLINE_ABSTRACT, heading_title, section_kind

__all__ = ["with_structured_abstract"]

MIN_LABELS = 3
MAX_PAGE = 2
MAX_TAIL = 15
"""Lines after the last label that may still be its paragraph when no rule ends the band."""
MIN_INTRODUCTION = 3
"""Lines of running text below the rule that make an introduction."""
_LABELS = (r"Background|Context|Importance|Objectives?|Purpose|Aims?|Design|Setting|"
           r"Settings?|Participants|Patients|Interventions?|Methods?|Measurements|"
           r"Main Outcome Measures?|Outcomes?|Results|Findings|Data Sources|Study Selection|"
           r"Data Extraction|Data Synthesis|Evidence Acquisition|Evidence Synthesis|"
           r"Limitations?|Conclusions?|Conclusions and Relevance|Interpretation|Exposures?|"
           r"Design, Setting, and Participants|Main Outcomes and Measures")
_LABEL = re.compile(rf"^(?P<label>{_LABELS})\s*:\s+\S")
# JAMA journals print the labels in capitals with no colon, the paragraph going on after a
# space: "IMPORTANCE According to ...", "DESIGN, SETTING, AND PARTICIPANTS In this ...",
# "RESULTS Of 531 included patients ..." (Won et al., JAMA Neurology 2024, p. 384; probe36b:
# the abstract and the introduction after it were never read). The label is one of the same
# names, in capitals, followed by a capital or a digit.
_CAPITAL_LABEL = re.compile(rf"^(?P<label>{_LABELS.upper()})\s+(?=[A-Z0-9(])")


def _label(line: str) -> str | None:
    """The structured abstract's label that opens `line`, in title case, or None."""
    match = _LABEL.match(line) or _CAPITAL_LABEL.match(line)
    return match["label"].title() if match else None


def _first_heading(lines: list[tuple[int, str]], title_lines: Collection[str]) -> int | None:
    """Where the first heading is, or None when the paper heads its abstract itself (or has no
    heading at all)."""
    for position, (_, line) in enumerate(lines):
        if line in title_lines:
            continue
        if INLINE_ABSTRACT.match(line):
            return None
        heading = heading_title(line)
        if heading:
            return None if section_kind(heading) == "abstract" else position
    return None


def with_structured_abstract(lines: list[tuple[int, str]], title_lines: Collection[str],
                             band_starts: Collection[int] = ()) -> list[tuple[int, str]]:
    """`lines` with an "Abstract" heading before a structured abstract of the front matter, and
    an "Introduction" heading before the running text that a page-wide rule sets below it
    (module docstring); `lines` unchanged when there is none. `band_starts` are the positions
    of the lines that open a band below such a rule."""
    if not any(":" in line or _CAPITAL_LABEL.match(line) for _, line in lines[:200]):
        return lines  # cheap test: no label at all
    first = _first_heading(lines, title_lines)
    if first is None:
        return lines
    labels = [position for position in range(first)
              if lines[position][0] <= MAX_PAGE and _label(lines[position][1])]
    if len({_label(lines[position][1]) for position in labels}) < MIN_LABELS:
        return lines
    start, last = labels[0], labels[-1]
    end = next((position for position in sorted(band_starts) if last < position < first),
               None)
    if end is None:
        end = _page_end(lines, last, first)
    if end is None:
        if first - last > MAX_TAIL:
            return lines
        return [*lines[:start], (lines[start][0], "Abstract"), *lines[start:]]
    introduction = [] if first - end < MIN_INTRODUCTION else [(lines[end][0], "Introduction")]
    return [*lines[:start], (lines[start][0], "Abstract"), *lines[start:end], *introduction,
            *lines[end:]]


def _page_end(lines: list[tuple[int, str]], last: int, first: int) -> int | None:
    """Where an abstract ends that fills the rest of its page: the first line of the next page,
    when the last label's paragraph runs at most `MAX_TAIL` lines to its page's end and the
    first heading lies on a later page. A JAMA article's structured abstract fills its first
    page in a box of its own, with no rule across the page, and its unheaded introduction
    opens the next (Won et al., JAMA Neurology 2024, pp. 384-385; probe36b); else None."""
    page = lines[last][0]
    end = next((position for position in range(last, first) if lines[position][0] != page),
               None)
    if end is None or end - last > MAX_TAIL or lines[first][0] == page:
        return None
    return end
