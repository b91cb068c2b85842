"""A name taken for the paper's topic only from its first sentences, which another table prints
in its caption or headers, is no topic of this table's cells (round 34, probe34a).

The content accounting (content.py) finds a claim's name "at no cost" when it is the paper's
topic (`passage_windows.topic_terms`): the words of its title and abstract, or, for a paper
read without either, of its first eight sentences. Those first sentences may be a setup
paragraph naming every data set and measure the paper uses in turn. Pages 4-8 and 23-24 of Yin
et al.'s politeness study (arXiv:2402.14531) open with "We use CNN/Dailymail ... for English
and XL-Sum ... for Chinese and Japanese ... We calculate BERTScore, ROUGE-L ...": so
"CNN/Dailymail" and "ROUGE-L" became topics, and "Swallow-70B reached a ROUGE-L of 22.1 on
CNN/Dailymail at politeness level 8" (Swallow-70B is not in the CNN/Dailymail table) was
contradicted by Table 21's 54.41, "Gender bias in Japanese", row 8 x Swallow-70B: a cell
whose caption and headers say neither name.

The general fact: a name the paper prints in one table's caption or headers tells that table
apart from the others; it is no implicit topic of a table that never prints it. So a claim's
name found only as a topic, which neither the paper's title nor its abstract says (the
stand-in first sentences are no statement of what the paper is about), while another table
prints it and the cell's own table does not, leaves the cell unaccounted (`lent_elsewhere`).
A name of the title or the abstract stays the paper's topic. Only withholds.
"""

from __future__ import annotations

from collections.abc import Iterable

from verify_claims.claims import Table

from .content import Part, _plain
from .passage_windows import own_subject_terms, passage_terms
from .passages import PassageIndex

enabled = True
"""Whether the rule runs (round 34; a planted-bug test switches it off)."""


def _table_terms(table: Table) -> frozenset[str]:
    """The terms of `table`'s caption, column headers and cells' header paths."""
    labels = [table.caption or "", *table.header]
    for row in table.rows:
        for cell in row:
            labels.extend(cell.row_headers)
            labels.extend(cell.column_headers)
    return passage_terms(" ".join(dict.fromkeys(label for label in labels if label)))


def _terms_by_table(index: PassageIndex) -> list[tuple[Table, frozenset[str]]]:
    """Each table of the paper with its terms, once per index."""
    key = ("standin_topic_tables", -1)
    found = index.prepared.get(key)
    if not isinstance(found, list):
        found = index.prepared[key] = [(table, _table_terms(table))
                                       for table in index.paper.tables]
    return found


def lent_elsewhere(matched: Iterable[Part], table: Table, index: PassageIndex) -> Part | None:
    """The first of the `matched` parts found only as the paper's topic, said by neither its
    title nor its abstract, that another table prints in its caption or headers and `table`
    does not; None when there is none (module docstring)."""
    if not enabled:
        return None
    topical = [part for part in matched if part.topic]
    if not topical:
        return None
    own = own_subject_terms(index)
    tables = _terms_by_table(index)
    here = next((terms for other, terms in tables if other is table), None)
    if here is None:
        here = _table_terms(table)
    for part in topical:
        term = _plain(part.term)
        if term in own or term in here:
            continue
        if any(term in terms for other, terms in tables if other is not table):
            return part
    return None
