"""A claim cut where its passage goes on to the value it asserts (round 26, probe26a).

"The centre of the sphere was positioned at a distance" (Solis et al., Tympanic membrane
contour measurement with two source positions in digital holographic interferometry, Biomed.
Opt. Express 2012, page 5) was confirmed by "The centre of the sphere was positioned at a
distance Z = 300 mm from the CCD sensor ...", and "When searching ribose zippers in 2QBE, LS-RSMR
returns" (Shen et al., RNA 2013, page 5) by "... LS-RSMR returns 399 candidates": every word of
the claim is in the passage, in order, but the claim stops on a noun ("a distance") or a verb
("returns") none of the words lists of `guards_cut_ends` hold. What tells that it is cut is the
passage: right where the claim's last words stop, the passage prints the number they are about,
which the claim never says. A claim that does not end like a sentence, whose last three words
the passage prints followed at once (a symbol's name and "=" at most between) by a number the
claim does not print, stopped before its value (`cut_before_value`); its support decides
nothing, as a flagged cut claim's does. It only withholds.
"""

from __future__ import annotations

import re

from verify_claims.extract.truncation import ends_like_sentence

_WORD = re.compile(r"[A-Za-z0-9][\w\-/]*")
# After the claim's last words: an optional symbol with "=" (", Z = ") or an opening
# parenthesis, then a number.
# A bound's sign may stand before the number: "approval of abemaciclib with Ki67 \u226520%"
# (probe28a, Faragalla et al., Curr. Oncol. 2023, page 3: the claim "Health Canada's approval of
# abemaciclib with Ki67" was confirmed by that sentence).
_VALUE = re.compile(r"\s*(?:[,:(]\s*)?(?:[A-Za-z]\w{0,2}\s*[=\u2248~]\s*)?"
                    r"[(~\u2248\u2265\u2264<>]?\s*"
                    r"([-\u2212+]?\d[\d,]*(?:\.\d+)?)")
_TAIL = 3
# A claim that stops on a number is `guards_cut_ends.uncounted_end`'s; one that stops on a name
# with digits ("... with Ki67") is this rule's (probe28a).
_ENDS_NUMBER = re.compile(r"(?<![A-Za-z\d])\d[\d,]*(?:\.\d+)?$")


def cut_before_value(claim_text: str, quote: str) -> str | None:
    """The number `quote` prints right after the last words of `claim_text` when the claim
    stops there without ending like a sentence and never prints that number; else None."""
    text = claim_text.strip()
    if not text or ends_like_sentence(text) or _ENDS_NUMBER.search(text):
        return None
    words = _WORD.findall(text)
    if len(words) < _TAIL:
        return None
    tail = r"\W+".join(re.escape(word) for word in words[-_TAIL:])
    for found in re.finditer(rf"(?<![\w-]){tail}(?![\w-])", quote, re.IGNORECASE):
        value = _VALUE.match(quote, found.end())
        if value is None:
            continue
        number = value.group(1).replace("\u2212", "-").lstrip("+-").replace(",", "")
        printed = {word.replace(",", "") for word in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}
        if number not in printed:
            return value.group(1)
    return None
