"""The micro prefix as a report types it: "um", "uM", "ug" for "µm", "µM", "µg".

"The average maximum velocity across cell-free areas was 5.43 um/s" (true: "5.43 µm/s",
Charles, Intercellular Calcium Waves in Glia, GLIA 24:39-49, 1998, page 2; round 23's own probe)
stayed unverified: the measure after the claim's number ("um/s") was not the passage's
("µm/s"), so the number was no evidence. Plain-text writing spells the micro sign (U+00B5, or
the Greek mu U+03BC it case-folds to) as the letter "u", as SI allows where the sign cannot be
typed. A micro sign or mu that opens a unit (a letter follows it) is read as "u" wherever a
unit or a word is compared (`ascii_micro`); a mu standing alone ("µ = 0.5", a symbol) is left.
"""

from __future__ import annotations

import re

_MICRO = re.compile("[\u00b5\u03bc\u039c](?=[A-Za-z])")


def ascii_micro(text: str) -> str:
    """`text` with a micro sign or mu that opens a unit spelled "u" ("µm/s" -> "um/s")."""
    if "\u00b5" not in text and "\u03bc" not in text and "\u039c" not in text:
        return text
    return _MICRO.sub("u", text)
