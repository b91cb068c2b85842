"""A claim word that names, through the paper's definitions, another row of the table
(probe of roark13, round 14).

"Adapting both the acoustic and language models brings the 1-best WER down to 25.6%" was
contradicted by the cell "LM adaptation × 1-best", 28.3 (Prud'hommeaux and Roark 2013, Table
3, whose rows are "Baseline", "AM adaptation", "LM adaptation", "AM+LM adaptation"; the
paper defines "acoustic model (AM)" and "language model (LM)"). The claim means the AM+LM row,
which prints 25.6. "language models" reached the LM row through the definition; "acoustic",
said once in a coordination ("the acoustic and language models"), reached nothing, and a word
the paper uses often weighs little in what a passage may lack.

The general fact: a word of the long form of a short form that labels the table's lines
("acoustic" of "acoustic model", AM) is how a claim names those lines, however common the
word is in the paper. When the cell a decisive table check read is not labelled by that
short form, and the word is no word of the long forms the cell's own labels stand for, the
claim may mean another line, and the check decides nothing (`guard_unsaid_defined_labels`).
Words shared by several long forms ("model") name none of them.

It names no paper, table or label; it reads the claim, the cells read and the paper's
definitions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper, Table

from .cells_read import Labelled, labelled_cells, read_cells
from .definitions import glossary, pieces
from .label_text import caption_text
from .undecided import DECIDING, decided, undecide


def _words(text: str) -> set[str]:
    """Lower-case words, hyphenated ones whole ("s-rnn" is no "rnn"), "+" apart ("AM+LM"
    gives "am" and "lm"), a plural "s" dropped."""
    return {word[:-1] if len(word) > 3 and word.endswith("s") else word
            for word in re.findall(r"[a-z][a-z0-9\-]*[a-z0-9]|[a-z]", text.casefold())}


def guard_unsaid_defined_labels(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose cells lack a short form of their table's
    labels that a claim word names through its long form (module docstring). In place."""
    claimed = _words(claim.text)
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        read: dict[int, tuple[Table, list[Labelled]]] = {}
        for evidence in check.evidence:  # all the cells the check read, by table
            for table, found in read_cells(paper, evidence.location or "", evidence.quote or ""):
                read.setdefault(id(table), (table, []))[1].append(found)
        for table, cells in read.values():
            why = _named_elsewhere(claimed, table, cells, paper)
            if why:
                undecide(check, why)
                break


def _named_elsewhere(claimed: set[str], table: Table, cells: list[Labelled],
                     paper: Paper) -> str | None:
    """Why the claim names, through a definition, a label the cells read lack; None if not."""
    links = glossary(paper).links(table.caption)
    if not links:
        return None
    labels = {word for cell in labelled_cells(table)
              for word in _words(" ".join(cell.rows + cell.columns))}
    longs = {short: {piece for definition in links[short]
                     for piece in _words(" ".join(pieces(definition.long)))}
             for short in labels if short in links}
    own_words = _words(" ".join([caption_text(table.caption)] + [
        label for cell in cells for label in cell.rows + cell.columns]))
    own = set().union(*(longs[short] for short in longs if short in own_words))
    for short, words in longs.items():
        if short in own_words:
            continue
        shared = set().union(*(other for name, other in longs.items() if name != short))
        named = (words - shared - own - own_words) & claimed
        if named:
            return (f"Not decided: the claim's “{sorted(named)[0]}” names "
                    f"“{links[short][0].short}”, a label of other lines of the table, not "
                    f"of the cells read")
    return None
