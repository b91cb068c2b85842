"""How well a PDF was read (`claims.Reading`): its pages, the sentences and tables read from
them, and the share of the sentences' tokens that are words of letters.

The measure is taken on what the reader kept, not on the glyphs: a font the reader cannot
decode shows as too few sentences (glyphs read as a turned page, each its own word) or as
tokens that are not words (a bitmap font's glyph names, "/C5/D9/BT"). Counting the glyphs
dropped would miss both, since neither drops any.
"""

from __future__ import annotations

import re

from verify_claims.claims import Document, Reading, Sentence, Table

# A token that is a word: letters only (an apostrophe or hyphen inside), once the punctuation
# around it is stripped. Numbers are neither words nor noise, so they are not counted.
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_NUMBER = re.compile(r"[-\u2212+]?[\d.,]+%?")
_EDGES = "()[]{}\"'\u201c\u201d\u2018\u2019.,;:!?"


def reading_of(doc: Document, sentences: list[Sentence], tables: list[Table]) -> Reading | None:
    """The reading health of a PDF; None for text and Markdown (nothing to decode)."""
    if doc.format != "pdf":
        return None
    words = counted = 0
    for sentence in sentences:
        for token in sentence.text.split():
            token = token.strip(_EDGES)
            if not token or _NUMBER.fullmatch(token):
                continue
            counted += 1
            words += bool(_WORD.fullmatch(token))
    return Reading(pages=len(doc.pages), sentences=len(sentences), tables=len(tables),
                   words=round(words / counted, 3) if counted else 0.0)
