"""Header words a claim says through an abbreviation the paper defines.

"The CHD death rate among Asian/Pacific Islanders was 77.1 per 100,000" names the column
"Coronary heart disease / Rate" of Keenan and Shaw's Table 1 (MMWR Supplement 60, 2011; round
29): the paper defines "coronary heart disease (CHD)", and every table heads its columns with the
long form. The claim's words were read against the header word by word, and "coronary",
"heart" and "disease" are no word of the claim, so the cell was taken to be about more than the
claim says, and the claims about the tables' CHD columns went undecided (a transposed rate of
Texas among them).

The general fact: a claim that prints a short form the paper defines ("CHD") says every word of
its long form ("coronary heart disease") where a header prints that long form whole
(`defined_header_words`). Only definitions the paper itself gives count (`definitions.glossary`,
the table's own caption first), and only the long form printed whole in the cell's headers: a
header "Heart" alone is not "CHD".
"""

from __future__ import annotations

import re

__all__ = ["defined_header_words"]


def defined_header_words(words, caption: str | None, paths: tuple[tuple[str, ...], ...]
                         ) -> frozenset[str]:
    """The header words (lower case) of a cell with these header `paths` that the claim's
    `words` (a `ClaimWords`) say through a short form the paper defines (module docstring)."""
    glossary = getattr(words, "glossary", None)
    if glossary is None or not words.acronyms:
        return frozenset()
    links = glossary.links(caption)
    headers = " ".join(label for path in paths for label in path).casefold()
    found: set[str] = set()
    for acronym, _ in words.acronyms:
        for definition in links.get(acronym.casefold(), ()):
            long = definition.long.casefold()
            if re.search(rf"(?<!\w){re.escape(long)}(?!\w)", headers):
                found |= set(re.findall(r"[^\W\d_]+", long))
    return frozenset(found)
