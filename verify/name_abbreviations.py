"""An abbreviation inside a name picks no row by itself ("Rep." of "Iran, Islamic Rep. Of";
probe29b, issue 11).

A dotted abbreviation in a header ("Acc.", "Avg.", "Prec.") is said by a claim word it begins
("accuracy", "average", "precision": `header_words.ClaimWords.names`). Table A-1 of NCES's
"Highlights from PIRLS 2011" (round 29) has a row "Iran, Islamic Rep. Of": its "Rep." was said
by the claim's "response" ("Sweden's weighted student response rate was 29 percent"), and,
being the only row so said, the claim was taken to pick that row, whose 99 then kept the claim
from being decided; "The weighted student response rate was 99 percent", naming no country,
was supported by that cell.

An abbreviation that stands in a name beside two capitalised words or more, none of which
the claim says ("Iran", "Islamic"), is part of that name (a Republic, not a response): it is
no word the claim says of the path, and the path is picked, if at all, by its other words
(`Picker.single`).
"""

from __future__ import annotations

from collections.abc import Iterable

from .header_vocabulary import HeaderWord

__all__ = ["without_name_abbreviations"]


def without_name_abbreviations(said: set[HeaderWord], words: Iterable[HeaderWord]
                               ) -> set[HeaderWord]:
    """`said`, a path's header words the claim says, less its dotted abbreviations when the
    path's capitalised words, two or more, are all unsaid (module docstring)."""
    if not any(word.dotted for word in said):
        return said
    names = [word for word in words if word.capital and not word.dotted and word.number is None]
    if len(names) < 2 or any(word in said for word in names):
        return said
    return {word for word in said if not word.dotted}
