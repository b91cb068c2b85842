"""The other subject of a two-subject claim named by a shortened label: "..., against 61 for the
skipgram baseline" of the column "sg", "..., against 93.88 for the DAN with learned word
embeddings" of the row "DAN (lrn w.e.)", "..., against 1.63 for the original embeddings" of
the row "Original".

verify/against_pairs.py reads "A scores x on D, against y for B" as its first statement,
decided like any claim, and B's cell beside the first one. B's cell is the one whose labels say
every word of B (`against_pairs._names`): a table that shortens its labels ("sg" for skipgram,
"lrn w.e." for learned word embeddings; arXiv:1607.04606 Table 1, arXiv:1803.11175 Table 2)
or a claim that adds a common noun ("the original embeddings" of the row "Original",
arXiv:2201.12091 Table 1) left B's cell unfound, and three true claims of the development
corpora unverified, their first statement confirmed (round 38).

Here B names a cell's label loosely (`loosely_named`) when every word of the label is said by
B: the same word, a contraction whose letters B's word spells in order from its first letter
("sg" in "skipgram", "lrn" in "learned", "w2v" in "word2vec"), or a run of initials of B's
words in a row ("w.e." for "word embeddings", "SOTA" for "state of the art"); and B says at
most one word more, neither a negation nor a word any label of the table prints (such a word
points at another cell); a negation of B ("without", "w/o", "no") names only a negation of
the label ("without transfer" the column "No Transfer", arXiv:1703.06345 Table 2).

Precision first, so the looser reading only ever confirms: the caller
(`against_pairs.paired_check`) takes a cell found this way only when exactly one cell of the
first cell's row or column is so named by its own labels, the first cell's own labels are
not, and the cell prints B's number; a cell that prints another number contradicts nothing,
since B may mean another cell. Two forms are read this loosely only ("..., against a previous
state of the art of 76.68": the column "SOTA" of arXiv:1903.10676 Table 1; "..., against
74.80 without transfer"), never by every word of B's labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words of B no label needs to print.
_STOP = frozenset({"the", "a", "an", "of", "with", "by", "on", "in", "for", "alone", "only"})
# Words that turn B's meaning around: never left unsaid.
_NEGATIONS = frozenset({"without", "no", "not", "non"})
_NO = "no"
_MAX_EXTRA = 1


def _negations(text: str) -> list[str]:
    """The words of `text`, each negation ("without", "no", "w/o", "non", "not") as "no": a
    side "without transfer" names the column "No Transfer" (arXiv:1703.06345 Table 2)."""
    text = re.sub(r"\bw/o\b", " without ", text, flags=re.IGNORECASE)
    return [_NO if word in _NEGATIONS else word for word in words_of(text)]


def words_of(text: str) -> list[str]:
    """The lower-case word tokens of a text (letters and digits)."""
    return re.findall(r"[a-z0-9]+", text.casefold())


def _contraction(short: str, word: str) -> bool:
    """Whether `short` (two letters or more, not the whole word) is `word` with letters left
    out: the same first letter, the rest in order ("sg" of "skipgram", "lrn" of "learned")."""
    if len(short) < 2 or len(short) >= len(word) or short[0] != word[0] \
            or not short[0].isalpha():
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


def _cover(label: list[str], side: list[str]) -> set[int] | None:
    """The positions of `side` that say the `label` words, each label word (or run of
    one-letter words, "w.e.") said once in the label's order; None when some label word is
    not said."""
    used: set[int] = set()
    position = 0
    while position < len(label):
        word = label[position]
        run = 1
        if len(word) == 1:  # "w.e.": initials, read as one run
            while position + run < len(label) and len(label[position + run]) == 1:
                run += 1
        initials = "".join(label[position:position + run]) if run > 1 else word
        found = _said_at(word, initials, side, used)
        if found is None:
            return None
        used |= found
        position += run if len(found) == len(initials) and run > 1 else 1
    return used


def _said_at(word: str, initials: str, side: list[str], used: set[int]) -> set[int] | None:
    """Where the side says one label word: the word itself, a contraction of one of its
    words, or (for `initials` of two letters or more) the initials of as many words in a
    row."""
    free = [index for index in range(len(side)) if index not in used]
    # A stop word of the side says a label word only inside a run of initials ("state of the
    # art" for "SOTA"): "for a baseline" names no row "A".
    words = [index for index in free if side[index] not in _STOP]
    for index in words:
        if side[index] == word:
            return {index}
    if len(initials) >= 2:
        for start in free:
            span = list(range(start, start + len(initials)))
            if span[-1] < len(side) and not used & set(span) \
                    and "".join(side[index][0] for index in span) == initials:
                return set(span)
    for index in words:
        if _contraction(word, side[index]):
            return {index}
    return None


def loosely_named(side: str, label: str, printed: Iterable[str]) -> bool:
    """Whether the other subject `side` names the cell label `label` loosely (module
    docstring), `printed` being every word of the table's labels."""
    label_words = _negations(re.sub(r"\[\d+(?:,\s*\d+)*\]", " ", label))
    if not label_words:
        return False
    side_words = _negations(side)
    used = _cover(label_words, side_words)
    if used is None:
        return False
    printed = set(printed)
    extra = [word for index, word in enumerate(side_words)
             if index not in used and word not in _STOP]
    return len(extra) <= _MAX_EXTRA and not printed & set(extra) and _NO not in extra
