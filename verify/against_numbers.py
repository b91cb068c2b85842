""""x, against y for B": the word that sets a second number beside the first asserts nothing.

A claim that gives two numbers side by side words it "Participants scored 3.67 with Paper Plain
against 3.50 with the PDF reader" or "olmOCR 2 scores 82.4, against 68.2 for the first olmOCR
release". There "against" says only that the second number is set beside the first, as "and"
or "compared to" would: each number is checked against its own passage or cell. Demanded as a
content word, it was what no passage or cell prints in that sense (Paper Plain's page 25 says
"compared to"; a table's row, column and caption never say "against"), and such claims were
left undecided whatever their numbers (benchmarks/misses.py, round 16: 15 claims of the corpora
of record lacked "against" in the cell their number was printed in).

Which number belongs to which side is what keeps this safe: a passage that gives the claim's two
numbers to each other's names is set aside (verify/guards_crossed_numbers.py), and a table cell
is read by the names beside its number (verify/numbers_named.py). Only "against" right before
a number, with names on both sides, is read so: "robust against noise" and "defends against
attacks" keep it as a word, and so does "keeps 85.09%, against 85.12% without it".
"""

from __future__ import annotations

import re

# "against 68.2", "against -0.3", "against 1,134,890", "against .44": a number follows.
_BEFORE_NUMBER = re.compile(r"\s*[-+\u2212]?(?:\d|\.\d)")


# A word printed with a capital (a name: "PDF", "Paper Plain", "BERT-Base").
_NAME = re.compile(r"\b[A-Za-z][\w\-]*[A-Z][\w\-]*\b|\b[A-Z][\w\-]*")


def sets_number_beside(word: str, text: str, end: int) -> bool:
    """Whether `word` (the token ending at `end` of the claim `text`) is "against" right
    before a number, with a name on each side of it (the first word of the claim aside): the
    claim sets that number beside another, for other names, and the word asserts nothing a
    passage must print. Without names on both sides, nothing tells whose each number is
    (verify/guards_crossed_numbers.py reads the names), and "against" stays a word."""
    if word.casefold() != "against" or _BEFORE_NUMBER.match(text, end) is None:
        return False
    before = [found for found in _NAME.finditer(text, 0, end - len(word)) if found.start() > 0]
    return bool(before) and _NAME.search(text, end) is not None
