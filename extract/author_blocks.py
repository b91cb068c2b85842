"""Authors whose blocks are set side by side: the second block is byline, not running text.

A paper with two or three authors from the same place often sets their blocks side by side
under the title: "Razvan C. Bunescu / Department of Computer Sciences / University of Texas at
Austin / ..." and, to its right, "Raymond J. Mooney / Department of Computer Sciences / ...".
The reading order puts the first block between the title and the abstract (the byline,
`paper._byline`) and the second one wherever its column falls, in the middle of the
introduction. Read there, its name is lost to the byline (a report's "Bunescu and Mooney's
extractor" then names an author the paper never prints as its own), and its lines run into a
sentence of the text ("Austin, TX 78712 mooney@cs.utexas.edu Although not all of the
sentences ...").

Such a block is recognised by what it repeats: two or more consecutive lines of the byline's
page that the byline prints too (the shared affiliation), the line before them (a name: two
to five capitalised words or initials, no digit) and an e-mail line after them. Its name joins
the byline and its lines leave the running text.
"""

from __future__ import annotations

import re

_NAME_WORD = re.compile(r"(?:[A-Z][\w'\u2019\-]*\.?|[A-Z]\.)$")
_MIN_LINE = 8


def _name_like(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 5 and not any(char.isdigit() for char in line) \
        and all(_NAME_WORD.match(word) or word in ("and", "&") for word in words)


def author_blocks(lines: list[tuple[int, str]], byline: str | None
                  ) -> tuple[list[tuple[int, str]], list[str]]:
    """`lines` without the author blocks set beside the byline's first one, and the names
    those blocks give (in reading order). Unchanged lines and no name when there is none."""
    if not byline or not lines:
        return lines, []
    page = lines[0][0]

    def repeated(index: int) -> bool:
        number, text = lines[index]
        return number == page and len(text) >= _MIN_LINE and text in byline \
            and not _name_like(text)

    dropped: set[int] = set()
    names: list[str] = []
    index = 0
    while index < len(lines) and lines[index][0] == page:
        if not repeated(index) or index == 0 or (index - 1) in dropped:
            index += 1
            continue
        end = index
        while end < len(lines) and repeated(end):
            end += 1
        name = lines[index - 1][1]
        if end - index >= 2 and lines[index - 1][0] == page and _name_like(name) \
                and name not in byline:
            block = range(index - 1, end + (end < len(lines) and "@" in lines[end][1]))
            dropped.update(block)
            names.append(name)
        index = end
    if not names:
        return lines, []
    return [line for number, line in enumerate(lines) if number not in dropped], names
