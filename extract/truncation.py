"""Recognise claims that the report generator cut off at its length limit.

The synthesis-report generator prints each claim cut to about 120 characters, wherever the
limit falls: mid-word ("...almost every intermediate tra"), mid-number ("...an average
improvement of 5.4", which may have been 5.45) or between words ("...does not see benefits
from intermediate"). In the five seeds every cut claim is 119 to 121 characters long (the
generator's count and ours differ by a character or so, e.g. where it strips a trailing space
after cutting), and none ends like a finished sentence. Complete claims of the same length end
in sentence-final punctuation, possibly followed by a closing bracket or quote.

So a claim is `truncated` exactly when its length is within `CUT_TOLERANCE` of `CUT_LENGTH`
and it does not end like a sentence. A short fragment ("The methodology follows a three phase
op") is incomplete for some other reason and deliberately not flagged here: `truncated` means
"cut by the length limit", which tells the quantity parser that the last number may have lost
digits.
"""

from __future__ import annotations

import unicodedata

CUT_LENGTH = 120
"""The generator's cut-off, in characters (Unicode code points) of the printed claim."""

CUT_TOLERANCE = 1
"""How far a cut claim's length may be from `CUT_LENGTH`: the seeds show 119, 120 and 121."""

# Sentence-final punctuation, then any closing brackets or quotes: "...points.", "...(2020).",
# "...benchmark)", "...“too.”". A lone closing bracket counts too: a claim that ends with a
# citation "(Phang et al., 2020)" is finished.
_SENTENCE_END = (".", "!", "?", "\u2026")
_CLOSING = ")]}\"'\u2019\u201d\u00bb"
_BRACKETS = ")]}"


def ends_like_sentence(text: str) -> bool:
    """True when `text` ends with sentence-final punctuation or a closing bracket, either
    followed by any closing brackets and quotes. Read from the end, not by a regular
    expression searched from the start, which took time quadratic in a run of closing quotes."""
    text = text.rstrip()
    body = text.rstrip(_CLOSING)
    closing = text[len(body):]
    return body.endswith(_SENTENCE_END) or any(bracket in closing for bracket in _BRACKETS)


def is_truncated(text: str) -> bool:
    """True when `text` looks cut off by the generator's length limit (see module docstring)."""
    text = unicodedata.normalize("NFC", text).strip()
    if abs(len(text) - CUT_LENGTH) > CUT_TOLERANCE:
        return False
    return not ends_like_sentence(text)
