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
after the last label), and no introduction is made.
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
_LABEL = re.compile(
    r"^(?P<label>Background|Context|Importance|Objectives?|Purpose|Aims?|Design|Setting|"
    r"Settings?|Participants|Patients|Interventions?|Methods?|Measurements|"
    r"Main Outcome Measures?|Outcomes?|Results|Findings|Data Sources|Study Selection|"
    r"Data Extraction|Data Synthesis|Evidence Acquisition|Evidence Synthesis|"
    r"Limitations?|Conclusions?|Conclusions and Relevance|Interpretation)\s*:\s+\S")


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
    if not any(":" in line for _, line in lines[:200]):
        return lines  # cheap test: no label at all
    first = _first_heading(lines, title_lines)
    if first is None:
        return lines
    labels = [position for position in range(first)
              if lines[position][0] <= MAX_PAGE and _LABEL.match(lines[position][1])]
    if len({_LABEL.match(lines[position][1])["label"] for position in labels}) < MIN_LABELS:
        return lines
    start, last = labels[0], labels[-1]
    end = next((position for position in sorted(band_starts) if last < position < first),
               None)
    if end is None:
        if first - last > MAX_TAIL:
            return lines
        return [*lines[:start], (lines[start][0], "Abstract"), *lines[start:]]
    introduction = [] if first - end < MIN_INTRODUCTION else [(lines[end][0], "Introduction")]
    return [*lines[:start], (lines[start][0], "Abstract"), *lines[start:end], *introduction,
            *lines[end:]]
