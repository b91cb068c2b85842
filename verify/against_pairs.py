"""Two-subject claims: "OpenAI GPT reaches 45.4 on CoLA, against 60.5 for BERT-Large".

Synthesis reports often set a result beside another: "A scores x on D, against y for B". The
whole claim never matched one passage or one cell, since no cell holds both A's and B's words,
and the words "against 60.5 for BERT-Large" were left unaccounted: 25 such claims of the
development corpora (every one true) stayed unverified.

Such a claim is two statements about one measure: "A scores x on D" and "B scores y on D". The
first is checked as a claim of its own (`main_claim`), through the table checks and every
guard. When a table cell decides it, the second is read from the same table and the same
column: the one row, other than the first cell's, whose labels say every word of "B"
(`paired_check`). The claim is confirmed when both cells print the claim's numbers, and
contradicted when the first part is contradicted or B's cell prints another number. No such
row, or two of them, and nothing is decided.

The other subject may also be set beside by a position word: "A scores x on D, (slightly)
above B's y", "..., below the y of B" (`_BESIDE`), read the same way when the two claimed
numbers stand in the order the word says; round 22 (tab22) found six such true claims of the
development corpora unverified, their words "above"/"below" and B's name unaccounted.

Only the table route reads the second subject: a passage that gives A's number seldom gives
B's in the same words, and a cell's column says which measure both share.
"""

from __future__ import annotations

import re

from verify_claims.claims import Check, CheckKind, Claim, Evidence, Outcome, Paper, Quantity

from .cells_read import Labelled, labelled_cells, numbers, read_cells, table_name
from .number_values import within_rounding
from .side_names import loosely_named, words_of

# "<main, with a number>, against": the first statement, then the word that sets the other
# subject beside it (the three forms below).
_LEAD = r"^(?P<main>.*\d.*?),\s+(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+"
# "<main>, against 60.5 for BERT-Large": the other subject's value and name.
_AGAINST = re.compile(
    _LEAD
    + r"(?P<value>\d[\d,]*(?:\.\d+)?)\s*(?:%|ms|s|hours?|points?|seconds?)?\s+for\s+"
      r"(?P<side>[^,;()]+?)\s*\.?$", re.IGNORECASE)
# Two more ways of setting the other subject beside, read only loosely (side_names.py): "...,
# against a previous state of the art of 76.68" and "..., against 74.80 without transfer".
_AGAINST_OF = re.compile(
    _LEAD
    + r"(?P<side>(?:a|an|the)\s+[^,;()\d]+?)\s+of\s+"
      r"(?P<value>\d[\d,]*(?:\.\d+)?)\s*%?\s*\.?$", re.IGNORECASE)
_AGAINST_WITHOUT = re.compile(
    _LEAD
    + r"(?P<value>\d[\d,]*(?:\.\d+)?)\s*%?\s+(?P<side>without\s+[^,;()\d]+?)\s*\.?$",
    re.IGNORECASE)
# Words of the other subject that no label needs to print ("for LayoutLM alone").
_ARTICLES = frozenset({"the", "a", "an", "alone", "only"})
_SIZES = ("base", "large", "small")


# "<main, with a number>, (just) above LayoutLM's 91.06" and "..., below the 40.46 of B": the
# other subject's value set beside the first by a position word, after a comma or a verb of
# staying ("the Transformer's 91.3 F1 stays below the 91.7 of Dyer et al. (2016)", red team 2,
# round 35; the other subject may keep its year). Only when the two claimed numbers stand in
# the order the word says (`_ordered`): "62.3, above cbow's 66.8" is no reading of two cells
# that this route can confirm.
_BESIDE = re.compile(
    r"^(?P<main>.*?(?P<first>\d[\d,]*(?:\.\d+)?)%?(?:\s+[A-Za-z][\w\-]*){0,3})"
    r"(?:,\s+|\s+(?:stays?|stayed|remains?|remained|lies|lay|sits|sat|falls?|fell)\s+)"
    r"(?:just\s+|slightly\s+|well\s+|far\s+)?"
    r"(?P<word>above|below|ahead\s+of|behind)\s+(?:"
    r"(?P<owner>[A-Za-z][^,;()]*?)['\u2019]s\s+(?P<value>\d[\d,]*(?:\.\d+)?)%?|"
    r"the\s+(?P<value2>\d[\d,]*(?:\.\d+)?)%?\s+(?:of|for)\s+"
    r"(?P<side>[^,;()]+?(?:\s*\(\d{4}[a-z]?\))?))\s*\.?$",
    re.IGNORECASE)
_HIGHER = ("above", "ahead")


def _ordered(first: str, second: str, word: str) -> bool:
    """Whether the first number is above the second for "above"/"ahead of" and below it for
    "below"/"behind"."""
    one, two = float(first.replace(",", "")), float(second.replace(",", ""))
    return one > two if word.casefold().startswith(_HIGHER) else one < two


def against_parts(text: str) -> tuple[str, str] | None:
    """(the claim's first statement, the other subject's name) of a two-subject claim, or
    None."""
    match = _AGAINST.match(text.strip())
    if match is not None:
        return match["main"], match["side"]
    beside = _BESIDE.match(text.strip())
    if beside is None:
        loose = loose_parts(text)
        return (loose[0], loose[1]) if loose is not None else None
    value = beside["value"] or beside["value2"]
    if not _ordered(beside["first"], value, beside["word"]):
        return None
    main = re.sub(r"\s+and$", "", beside["main"])  # "A scores 62.3 F1 and stays below ..."
    return main, (beside["owner"] or beside["side"]).strip()


def loose_parts(text: str) -> tuple[str, str] | None:
    """(first statement, other subject) of "..., against a previous state of the art of
    76.68" or "..., against 74.80 without transfer": forms whose other subject is only ever
    named loosely (side_names.py), so that they only ever confirm; None for other claims."""
    for form in (_AGAINST_OF, _AGAINST_WITHOUT):
        match = form.match(text.strip())
        if match is not None:
            return match["main"], match["side"]
    return None


def main_claim(claim: Claim, main: str) -> Claim:
    """The claim's first statement as a claim of its own: its text, and the numbers, names and
    clauses printed in it."""
    end = len(main)
    return claim.model_copy(update={
        "text": main + ".",
        "quantities": [quantity for quantity in claim.quantities if quantity.span[1] <= end],
        "entities": [entity for entity in claim.entities if entity.span[1] <= end],
        "clauses": [clause for clause in claim.clauses if clause.span[1] <= end],
        "checks": []})


def _tokens(text: str) -> list[str]:
    return [token for token in re.findall(r"[a-z0-9]+", text.casefold())
            if token not in _ARTICLES]


def _names(side: list[str], labels: str) -> bool:
    """Whether labels say every word of the side: each word a label word, or a run of words
    printed as one ("BERT-Large" for "BERTLARGE"), a name printed with its size glued on
    ("LayoutLM" for "LayoutLMBASE"), or a label word with an ending ("finetuned" for
    "Finetune")."""
    printed = set(_tokens(labels))
    printed |= {token[:-len(size)] for token in printed for size in _SIZES
                if token.endswith(size) and len(token) > len(size) + 2}
    printed |= {token + ending for token in printed if len(token) >= 4  # "Finetune": finetuned
                for ending in ("s", "d", "ed", "es")}
    covered: set[int] = set()
    for start in range(len(side)):
        for stop in range(start + 1, len(side) + 1):
            if "".join(side[start:stop]) in printed:
                covered.update(range(start, stop))
    return len(covered) == len(side)


def _one_apart(mine: list[str], theirs: list[str]) -> bool:
    """Header paths that differ in one label only: the cell beside, not one of another group
    ("Walking / ERD" beside "Walking / S-RNN", not "Eating / ERD")."""
    return len(mine) == len(theirs) and sum(a != b for a, b in zip(mine, theirs, strict=True)) == 1


def _exact(side: list[str], labels: list[str]) -> bool:
    """Whether the inner label is the side's words and nothing more, a citation or a glued
    size aside ("LayoutLM" for "LayoutLMBASE" and "ERD" for "ERD [14]", not "LayoutLM" for
    "LayoutLMBASE + I-VILA")."""
    if not labels:
        return False
    label = "".join(_tokens(re.sub(r"\[\d+(?:,\s*\d+)*\]", " ", labels[-1])))
    said = "".join(side)
    return label == said or any(label == said + size for size in _SIZES)


def _other_cell(table_cells: list[Labelled], found: Labelled, side: list[str]
                ) -> Labelled | None:
    """The one cell beside `found` that names the side: in its column, a row one label apart
    whose labels (with the column's) name it, or in its row, a column one label apart whose
    labels (with the row's) do. When several do, the one whose inner label is the side's
    words exactly; otherwise none, and none either when `found`'s own labels name the side
    and no such exact label tells them apart."""
    rows, columns = " ".join(found.rows), " ".join(found.columns)
    beside = [(cell, cell.rows) for cell in table_cells
              if cell.columns == found.columns and _one_apart(found.rows, cell.rows)
              and _names(side, " ".join(cell.rows) + " " + columns)]
    beside += [(cell, cell.columns) for cell in table_cells
               if cell.rows == found.rows and _one_apart(found.columns, cell.columns)
               and _names(side, " ".join(cell.columns) + " " + rows)]
    exact = [cell for cell, labels in beside if _exact(side, labels)]
    if len(exact) == 1:
        return exact[0]
    if _names(side, rows) or _names(side, columns):
        return None
    return beside[0][0] if len(beside) == 1 else None


def _loose_cell(table_cells: list[Labelled], found: Labelled, side: str) -> Labelled | None:
    """The one cell of `found`'s row or column whose own labels (those `found`'s path lacks)
    the side names loosely (verify/side_names.py): in its column, a row of other labels ("sg"
    beside "sisg"); in its row, a column of other labels ("SOTA" beside "SciBERT /
    Finetune"). None when none or several are, or when the side also names `found`'s own
    labels (it may be the first cell's subject)."""
    printed = {word for cell in table_cells for label in (*cell.rows, *cell.columns)
               for word in words_of(label)}
    named = []
    for cell in table_cells:
        for mine, theirs, same in ((found.rows, cell.rows, cell.columns == found.columns),
                                   (found.columns, cell.columns, cell.rows == found.rows)):
            if not same or mine == theirs:
                continue
            own = [label for label in mine if label not in theirs]
            other = [label for label in theirs if label not in mine]
            if own and loosely_named(side, " ".join(own), printed):
                return None  # the side may be the first cell's own subject
            if other and loosely_named(side, " ".join(other), printed):
                named.append(cell)
    return named[0] if len(named) == 1 else None


def _side_quantity(claim: Claim, main: str) -> Quantity | None:
    after = [quantity for quantity in claim.quantities if quantity.span[0] >= len(main)]
    return after[0] if len(after) == 1 else None


def paired_check(claim: Claim, main: str, side: str, first: Check, paper: Paper
                 ) -> Check | None:
    """The table check of the whole claim from the decided check of its first statement and
    the other subject's cell (module docstring); None when the table does not name that
    subject in one row of the first cell's column."""
    if first.kind != CheckKind.table or not first.decisive \
            or first.outcome not in (Outcome.supported, Outcome.contradicted):
        return None
    value = _side_quantity(claim, main)
    read = [pair for evidence in first.evidence
            for pair in read_cells(paper, evidence.location or "", evidence.quote or "")]
    if value is None or len(read) != 1:
        return None
    table, found = read[0]
    cells = labelled_cells(table)
    strict = loose_parts(claim.text) is None
    other = _other_cell(cells, found, _tokens(side)) if strict else None
    loose = other is None
    if loose:
        # A label the side shortens ("sg" for "the skipgram baseline"): confirms only.
        other = _loose_cell(cells, found, side) if first.outcome == Outcome.supported else None
    if other is None:
        return None
    printed = numbers(other.cell)
    agrees = any(within_rounding(value, number) for number in printed)
    if loose and not agrees:
        return None  # the side may mean another cell than the one loosely named
    name = table_name(table, paper.tables.index(table))
    evidence = first.evidence[0].model_copy(deep=True)
    second = Evidence(source=evidence.source, quote=f"{' / '.join(other.rows)} × "
                      f"{' / '.join(other.columns)}: {other.cell.text}", page=evidence.page,
                      location=f"{name}, {other.row} × {other.column}", claimed=value.value,
                      found=printed[0] if printed else None)
    if first.outcome == Outcome.supported and agrees:
        return Check(kind=CheckKind.table, outcome=Outcome.supported,
                     explanation=f"{first.explanation} {name} gives {other.cell.text} for "
                                 f"{other.row} × {other.column}, as the claim says of "
                                 f"{side}.", evidence=[evidence, second], matched=first.matched)
    if first.outcome == Outcome.supported and len(printed) != 1:
        return None
    why = (first.explanation if first.outcome == Outcome.contradicted else
           f"{name} gives {other.cell.text} for {other.row} × {other.column}; the claim says "
           f"{value.text} for {side}.")
    return Check(kind=CheckKind.table, outcome=Outcome.contradicted, explanation=why,
                 evidence=[evidence, second], matched=first.matched)
