"""A sentence that opens on a chemical's lower-case prefix ("l-asparaginase of P. polymorpha").

The sentence splitter's early cuts are undone where the next "sentence" opens in lower case
(paper._sentence_spans): "et al. (2020) show", "e.g. the ..." are no new sentences. But a
chemical's name opens on a one-letter prefix set in small capitals and read in lower case
("l-asparaginase", "d-glucose", "n-hexane"), and a sentence may open with it: "... the yeasts
Pichia polymorpha and Candida utilis, for this enzyme production. l-asparaginase of P.
polymorpha showed a kM value of 13.7 mM" was read as one sentence, and "The enzyme produced by
C. utilis has a kM value of 13.7 mM" (false: 77 µM) was confirmed by it (Cachumba et al.,
Braz. J. Microbiol. 2016; round 27, probe27b).

Such a start opens a sentence when the text before it ends a sentence on a word of three
letters or more (not an abbreviation the parser knows, "approx.", "resp."; "e.g." and "al." are
shorter), maybe followed by its reference numbers, and the start is one lower-case letter, a
hyphen and a word of three letters or more.
"""

from __future__ import annotations

import re

_PREFIXED = re.compile(r"^[a-z]-[A-Za-z]{3,}")
_ENDED = re.compile(r"[A-Za-z]{3,}[.!?][\"')\]\u201d\u2019]*[\d,\u2013\-]*\s*$")


def opens_sentence(previous: str, text: str, abbreviation: re.Pattern[str]) -> bool:
    """Does `text`, cut by the sentence splitter after `previous` and opening in lower case,
    open a sentence of its own (module docstring)? `abbreviation` matches the end of a text
    that stops on an abbreviation."""
    return bool(_PREFIXED.match(text)) and bool(_ENDED.search(previous)) \
        and not abbreviation.search(previous)
