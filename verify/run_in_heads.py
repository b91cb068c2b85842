"""A run-in paragraph speaks of its head's subject.

Zhang et al. (arXiv:1509.01626, pages 5-6) describe their datasets in run-in paragraphs, each
opened by a bold head the reader keeps as a sentence of its own ("Yelp reviews.", "Amazon
reviews.", "DBPedia ontology dataset."); the sentences under it never repeat the name: "The full
dataset has 130,000 training samples and 10,000 testing samples in each star, and the polarity
dataset has 280,000 training samples ..." is Yelp's. The claim "Each Yahoo! Answers class
contains 140,000 training samples and 5,000 testing samples" (true: the Yahoo! paragraph says
so) was contradicted by that Yelp sentence, and "The Yelp polarity dataset has 19,000 test
samples in each polarity" (true) by the Amazon paragraph's "the polarity dataset contains
1,800,000 training samples and 200,000 testing samples in each polarity": the sentence names
no dataset, so nothing told the claim's subject from the paragraph's. Yang et al.'s HAN paper
(N16-1174, page 4) runs its datasets in with their names as the first words of a sentence
("IMDB reviews are obtained from (Diao et al., 2014). The ratings range from 1 to 10."), and
round 16 found "the ratings range from 1 to 10" confirming a claim about Yelp's ratings.

The general fact: a paragraph's head is the nearest sentence before it in its section that is
either a short head of its own (one to five words, no digits, a capital first, a full stop
last: "Yelp reviews.", at most `REACH` sentences back) or opens with a name a table of the paper
lists ("IMDB reviews are obtained ...", at most `OPENING_REACH` sentences back, and only when no
sentence between them prints the claim's name: red team 2's "One exception is BookSum [35] ...
However, it has far fewer samples (403) than Multi-LexSum does (4,500)" speaks of BookSum,
whatever name opened the paragraph before). The names are the first words of the row labels of
one table (or of its column headers) that the paper's sentences print only as names (with a
capital inside a sentence, never in lower case): "Yelp", "IMDB", "Yahoo", "Amazon" of a table
of datasets, not "Speedup" (QANet's column header, and "the speedup comparison" in its text).
When the claim prints one of those names (with a capital) that the sentence does not, and the
head prints another name of the same list but not the claim's, the sentence speaks of the
head's subject: it decides nothing (`other_head`). A sentence that prints the claim's name, a
head that does, or a head naming nothing the claim's table lists beside it ("Main results.",
"Implementation details.": round 15 found reading such headings as names withholds right
verdicts, guards_other_systems.py) leaves the sentence read as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify_claims.claims import Paper, Sentence

from .paper_memo import per_paper
from .proper_names import proper_words

__all__ = ["EXPLANATION", "other_head"]

EXPLANATION = "it belongs to a paragraph headed by another subject (its run-in head)"

REACH = 8
OPENING_REACH = 3
_WORD = re.compile(r"[A-Za-z][\w\-']*")
# First words of row labels that name no subject of their own.
_NO_NAME = frozenset(("the", "our", "ours", "a", "an", "all", "base", "baseline", "average",
                      "mean", "total", "model", "models", "method", "methods", "dataset",
                      "datasets", "we", "this", "with", "without", "no", "full", "small",
                      "large", "best", "human"))


def _is_head(text: str) -> bool:
    text = text.strip()
    # Length first: nearly every sentence is longer than a head, and this runs for each
    # candidate sentence and the few before it.
    if len(text) > 60 or not text.endswith(".") or any(char.isdigit() for char in text):
        return False
    words = _WORD.findall(text)
    return 1 <= len(words) <= 5 and words[0][0].isupper() \
        and len(text) <= 60 and len(words) == len(text.split())


@lru_cache(maxsize=16384)
def _words(text: str) -> frozenset[str]:
    """The text's words, folded. Remembered per text: each claim asks it of every sentence it
    reads and of the few before each."""
    return frozenset(word.casefold() for word in _WORD.findall(text))


def _first(text: str) -> str:
    found = _WORD.search(text)
    return found.group().casefold() if found else ""


def _name_groups(paper: Paper) -> list[frozenset[str]]:
    """Per table, the first words of its row labels, and of its column headers, that the
    paper's text prints only as names: the names a table lists side by side (two or more)."""
    proper = proper_words(paper.sentences)
    groups: list[frozenset[str]] = []
    for table in paper.tables:
        rows = {_first(row[0].text) for row in table.rows if row}
        columns = {_first(" ".join(cell.column_headers))
                   for row in table.rows for cell in row[1:] if cell.column_headers}
        for group in (rows, columns):
            names = frozenset(name for name in group
                              if len(name) > 1 and name not in _NO_NAME and name in proper)
            if len(names) >= 2:
                groups.append(names)
    return groups


@lru_cache(maxsize=4096)
def _capitalised(text: str) -> frozenset[str]:
    """The text's capitalised words, folded (remembered per claim text)."""
    return frozenset(word.casefold() for word in _WORD.findall(text) if word[0].isupper())


def _head(sentences: list[Sentence], number: int, names: frozenset[str],
          claimed: set[str]) -> Sentence | None:
    """The sentence heading the one at `number`: the nearest short head within `REACH`, or a
    sentence opening with one of `names` within `OPENING_REACH` when no sentence between them
    prints a `claimed` name (a paragraph that went on to the claim's subject, "One exception is
    BookSum ... However, it has far fewer samples", is not the opening name's any more)."""
    section = sentences[number].section
    mentioned = False
    for position in range(number - 1, max(-1, number - 1 - REACH), -1):
        before = sentences[position]
        if before.section != section:
            return None
        if _is_head(before.text):
            return before
        if not mentioned and position >= number - OPENING_REACH \
                and _first(before.text) in names and before.text.lstrip()[:1].isupper():
            return before
        mentioned = mentioned or bool(claimed & _words(before.text))
    return None


def other_head(claim_text: str, paper: Paper, sentences: list[Sentence], number: int) -> bool:
    """True when the sentence at `number` sits under a run-in head that names another subject
    of a list the claim's name is on, and neither it nor its head prints the claim's name
    (module docstring)."""
    sentence = sentences[number]
    if _is_head(sentence.text):
        return False
    capitals = _capitalised(claim_text)
    if not capitals:
        return False
    printed = _words(sentence.text)
    for names in per_paper(paper, "run_in_head_names", _name_groups):
        claimed = capitals & names
        if not claimed or claimed & printed:
            continue
        head = _head(sentences, number, names, claimed)
        if head is None:
            continue
        heading = _words(head.text)
        if not claimed & heading and (names & heading) - claimed:
            return True
    return False
