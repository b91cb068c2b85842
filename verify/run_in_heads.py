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
no dataset, so nothing told the claim's subject from the paragraph's.

The general fact: a short sentence of one to five words, without digits, opening with a
capital and ending with a full stop ("Yelp reviews.") heads the sentences after it in its
section, up to the next such head (at most `REACH` sentences). When the claim names something
in capitals (a word with a capital letter other than its first word, or its first word when
that has a capital inside: "DBPedia") that neither the sentence nor its head prints, and the
head names something in capitals that the claim does not print, the sentence speaks of the
head's subject, not the claim's: it decides nothing (`other_head`). A sentence that prints the
claim's name, or a head that does, is read as before.

Narrowed to names of one kind: the head's name and the claim's must both label rows (or both
columns) of one table of the paper, on different lines ("Yelp Review Full", "Yahoo! Answers",
"Amazon Review Polarity" of Table 3). A heading of the paper's own ("Main results.",
"Implementation details.") names nothing a table lists beside the claim's subject, and round 15
found that reading such headings as names withholds right verdicts (guards_other_systems.py).
"""

from __future__ import annotations

import re

from verify_claims.claims import Paper, Sentence

from .paper_memo import per_paper

__all__ = ["EXPLANATION", "other_head"]

EXPLANATION = "it belongs to a paragraph headed by another subject (its run-in head)"

REACH = 8
_WORD = re.compile(r"[A-Za-z][\w\-']*")


def _is_head(text: str) -> bool:
    text = text.strip()
    if not text.endswith(".") or any(char.isdigit() for char in text):
        return False
    words = _WORD.findall(text)
    return 1 <= len(words) <= 5 and words[0][0].isupper() \
        and len(text) <= 60 and len(words) == len(text.split())


def _capitalised(text: str, first: bool) -> set[str]:
    """The words of `text` printed with a capital (its first word only when `first`, or when
    it has a capital inside), folded."""
    words = _WORD.findall(text)
    found = set()
    for position, word in enumerate(words):
        inner = any(char.isupper() for char in word[1:])
        if (word[0].isupper() and (position > 0 or first)) or inner:
            found.add(word.casefold())
    return found


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)}


def _head(sentences: list[Sentence], number: int) -> Sentence | None:
    sentence = sentences[number]
    for position in range(number - 1, max(-1, number - 1 - REACH), -1):
        before = sentences[position]
        if before.section != sentence.section:
            return None
        if _is_head(before.text):
            return before
    return None


def _label_groups(paper: Paper) -> list[list[frozenset[str]]]:
    """Per table, the words of each row label, and of each column header: the names a table
    lists side by side."""
    groups: list[list[frozenset[str]]] = []
    for table in paper.tables:
        rows = {frozenset(_words(" ".join([*row[0].row_headers, row[0].text])))
                for row in table.rows if row}
        columns = {frozenset(_words(" ".join(cell.column_headers)))
                   for row in table.rows for cell in row[1:] if cell.column_headers}
        groups.extend(group for group in ([*rows], [*columns]) if len(group) >= 2)
    return groups


def _one_kind(paper: Paper, claimed: set[str], named: set[str]) -> bool:
    """Whether some table lists a name of `claimed` and one of `named` on different lines."""
    for group in per_paper(paper, "run_in_head_labels", _label_groups):
        mine = [label for label in group if label & claimed and not label & named]
        theirs = [label for label in group if label & named and not label & claimed]
        if mine and theirs:
            return True
    return False


def other_head(claim_text: str, paper: Paper, sentences: list[Sentence], number: int) -> bool:
    """True when the sentence at `number` sits under a run-in head that names another subject
    of the claim's kind, and the claim's name is printed neither by the sentence nor by its
    head (module docstring)."""
    sentence = sentences[number]
    if _is_head(sentence.text):
        return False
    claimed = _capitalised(claim_text, first=False)
    if not claimed or claimed & _words(sentence.text):
        return False
    head = _head(sentences, number)
    if head is None:
        return False
    if claimed & _words(head.text):
        return False
    named = _capitalised(head.text, first=True)
    return bool(named) and not named & _words(claim_text) and _one_kind(paper, claimed, named)
