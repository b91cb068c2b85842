"""Bounds on text that echoes input: a message quotes what it refused, never all of it.

Error messages quote the value they reject (`{value!r}`), and a message about a source is
copied into every claim that cites it. Unbounded, a reference card of 8 KB whose YAML aliases
expand to gigabytes, or a 1 MB `arxiv_id`, became a message of that size in every claim
(13 GB of memory, a 1.1 GB claims.jsonl). Every value a message quotes goes through
`short_repr`, and every message that may carry input through `shorten`, so that what one
bad file costs is bounded whatever it holds.
"""

from __future__ import annotations

import reprlib
from collections.abc import Iterable

MAX_QUOTED = 80
"""Characters of a value quoted in a message: enough to recognise it in the file."""
MAX_MESSAGE = 1_000
"""Characters of one message (a file's name and problem, a check's explanation)."""
MAX_LISTED = 10
"""Problems or items a message lists before saying how many more there are."""

# reprlib stops at a bound while it walks a value, so that quoting a list of a million items
# (or one that aliases itself) never builds its whole repr first.
_REPR = reprlib.Repr()
_REPR.maxlevel = 3
_REPR.maxstring = _REPR.maxother = _REPR.maxlong = MAX_QUOTED
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = 6


def shorten(text: str, limit: int = MAX_MESSAGE) -> str:
    """`text` itself when it has at most `limit` characters, else its start, an ellipsis and
    how long it was: "abc… (1,048,576 characters)". The result never exceeds `limit` by more
    than the length note (about 30 characters)."""
    if len(text) <= limit:
        return text
    return f"{text[:max(0, limit - 1)]}… ({len(text):,} characters)"


def short_repr(value: object, limit: int = MAX_QUOTED) -> str:
    """`repr(value)` within about `limit` characters: a long string is cut with an ellipsis
    and its length, a long number keeps its first digits and says how many it has, a large
    container lists its first items."""
    if isinstance(value, str):
        if len(value) <= limit:
            return repr(value)
        return f"{value[:limit]!r}… ({len(value):,} characters)"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 3 * limit:
        # str() of a huge int is itself quadratic (and refused past 4,300 digits).
        return f"an integer of about {int(value.bit_length() * 0.30103):,} digits"
    try:
        return shorten(_REPR.repr(value), limit)
    except Exception:  # a value whose repr fails is still named by its type
        return f"<{type(value).__name__}>"


def listed(items: Iterable[str], limit: int = MAX_LISTED, separator: str = "; ") -> str:
    """The first `limit` items joined by `separator`, then "(and N more)" when there are more.
    `items` may be a generator: it is read to the end only to count."""
    shown: list[str] = []
    more = 0
    for item in items:
        if len(shown) < limit:
            shown.append(item)
        else:
            more += 1
    text = separator.join(shown)
    return f"{text}{separator}(and {more:,} more)" if more else text
