"""A table the reader lost, read as a sentence: a run of row labels and their numbers decides
only through the row that prints the number.

When the reader loses a table its words stay in the body text, and a run of its rows reaches
the source check as one sentence. Dean and Ghemawat's Table 1 (MapReduce, OSDI 2004, page 10)
once lost its region to the caption of Figure 4 just above it (round 24), and became "Number of
jobs 29,423 Average job completion time 634 secs Machine days used 79,186 days Input data read
3,288 TB Intermediate data produced 758 TB Output data written 193 TB Average worker machines
per job 157 ... Unique map/reduce combinations 426 Figure 4 shows the significant growth ...".
Read as a sentence it gave four wrong verdicts at once: "The jobs produced 193 TB of
intermediate data" and "The average worker machines per job was 55" were confirmed (the words
of one row, the number of another), "There were 426 unique map/reduce combinations" was
contradicted by 269 (another row's number, while its own row prints 426), and "The number of
separate MapReduce instances ... grew to almost 900" was read as a decrease ("reduce" in the
labels). The flattened-table guards of verify/guards_flattened_rows.py did not see it: the
claims name no row by a name of their own.

`label_runs` finds such runs: five numbers or more in a row, each after a label of one to six
words that holds no word of a sentence (no verb of being, pronoun, article, conjunction or
preposition but "of" and "per", no punctuation): "Machine days used 79,186". `run_reason` says
why a deciding passage holding a run decides nothing:

- a number of the run agrees or disagrees with the claim only when the claim says its own
  row's label (every word of the label but its first, which may be the header or the previous
  cell's unit: "TB Output data written"); else the number is another row's;
- a number of the run contradicts nothing when the run prints the claimed number too;
- a passage with a run decides nothing by its words alone (a direction, a negation);
- a number outside the rows confirms nothing when the claim names a row that prints another.

A printed summary lost the same way reads "Label: value" (`colon_rows`, three rows or more):
Mullen and van Stokkum's JSS paper (page 7) prints R's summary of an nls fit, read as "0.1 ' ' 1
Residual standard error: 0.000999 on 2497 degrees of freedom Number of iterations till stop: 4
Achieved convergence tolerance: 0.1151 ...", and "The achieved convergence tolerance was 0.1"
(the significance codes' 0.1), "The number of iterations till stop was 2497" and "There were 4
degrees of freedom" were confirmed (round 25).

Measured on the corpora of record at base: three right confirmations came from such a run (Le
and Mikolov's Table 3 read as text, red team 11), each naming its own row; they stay. It only
undecides; it names no paper, table or number.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify_claims.claims import Evidence

from .sibling_sections import stem

__all__ = ["colon_rows", "label_runs", "run_reason"]

_CELL = re.compile(r"(?<![\w.])[-+\u2212]?\d+(?:[.,]\d+)*(?:\s?%)?(?![\w])")
_WORD = re.compile(r"[A-Za-z][\w\-'/]*")
_PIECE = re.compile(r"[A-Za-z]+")
_BREAK = re.compile(r"[,;:()\[\].!?=<>]")  # a label of a table row holds no punctuation
# Words of a sentence, never of a row label ("of" and "per" are: "Number of jobs", "per job").
_PROSE_WORDS = """
is are was were be been being has have had do does did we our us it its they their this that
these those which who whom whose the a an and or but nor than from to into with by on in at for
as while when where after before since because if then so also can could may might will would
should shall must not no shows show showed shown see reported report reports achieves achieve
reaches reach gives give about over under between among up down out only more less most least
"""
_PROSE = frozenset(_PROSE_WORDS.split())
_MIN_ROWS = 5  # rows of a run: a sentence rarely gives five numbers each after a bare label
_MAX_LABEL = 6  # words of a row's label
_LINKS = frozenset({"of", "per"})


def _value(text: str) -> float | None:
    try:
        return round(float(text.replace(",", "").replace("%", "").replace(" ", "")
                           .replace("\u2212", "-")), 6)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def label_runs(text: str) -> tuple[tuple[tuple[tuple[str, ...], float | None], ...], ...]:
    """The runs of `text` that read as a table's rows flattened into a sentence: each a tuple
    of (its label's words, its number's value), five rows or more (module docstring)."""
    runs, current, end = [], [], 0
    for cell in _CELL.finditer(text):
        between = text[end:cell.start()]
        words = _WORD.findall(between)
        if 1 <= len(words) <= _MAX_LABEL and not _BREAK.search(between) \
                and not any(word.casefold() in _PROSE for word in words):
            current.append((tuple(word.casefold() for word in words), _value(cell.group())))
        else:
            if len(current) >= _MIN_ROWS:
                runs.append(tuple(current))
            current = []
        end = cell.end()
    if len(current) >= _MIN_ROWS:
        runs.append(tuple(current))
    return tuple(runs)


# A row printed "Label: value" (R's printed summaries: "Residual standard error: 0.000999
# ... Number of iterations till stop: 4 Achieved convergence tolerance: 0.1151").
_COLON_ROW = re.compile(r"(?<![\w:])([A-Z][\w\-/]*(?:\s+[A-Za-z][\w\-/]*){0,5}):\s*"
                        r"([-+]?\d+(?:[.,]\d+)*)(?![\w.]\d)")
_COLON_ROWS = 3


@lru_cache(maxsize=4096)
def colon_rows(text: str) -> tuple[tuple[tuple[str, ...], float | None], ...]:
    """The rows "Label: value" of `text` when it prints three or more (a printed summary read
    as a sentence), each label of one to six words with no word of a sentence; else ()."""
    rows = []
    for match in _COLON_ROW.finditer(text):
        words = _WORD.findall(match.group(1))
        if not any(word.casefold() in _PROSE for word in words):
            rows.append((tuple(word.casefold() for word in words), _value(match.group(2))))
    return tuple(rows) if len(rows) >= _COLON_ROWS else ()


def _stems(words) -> set[str]:
    return {stem(piece) for word in words for piece in _PIECE.findall(word)
            if piece.casefold() not in _LINKS}


def _said(label: tuple[str, ...], claim: set[str]) -> bool:
    """Whether the claim says the row's label: each of its words but the first (the header,
    or the unit of the number before it)."""
    words = _stems(label[1:] if len(label) > 1 else label)
    return bool(words) and words <= claim


def run_reason(claim_text: str, evidence: Evidence) -> str | None:
    """Why the passage of `evidence`, holding a table's rows flattened into a sentence, decides
    nothing of the claim `claim_text`; None when it holds no such run, or every number it
    decides by is in a row whose label the claim says (module docstring)."""
    quote = evidence.quote or ""
    runs = label_runs(quote)
    rows = [row for run in runs for row in run] + list(colon_rows(quote))
    if not rows:
        return None
    # Words alone decide nothing in a run of a table's rows; "Label: value" rows may be a
    # paper's dates ("Received: 2 June 2009 Accepted: ... Published: 6 January 2010", Datta et
    # al. 2010), which a claim restates in words and numbers the pairing does not count.
    if not evidence.numbers and runs:
        return ("Not decided: the passage is a run of a table's row labels and numbers read "
                "as a sentence (a table not read as one); its words are no statement")
    said = _stems(_WORD.findall(claim_text))
    # The claim's numbers, and the passage's that agree with them: a row printing one of
    # them is the claim's own.
    held = {round(value, 6) for pair in evidence.numbers
            for value in (pair.claimed_value, pair.found_value if pair.agree else None)
            if value is not None}
    for pair in evidence.numbers:
        found, claimed = pair.found_value, pair.claimed_value
        mine = [label for label, value in rows if found is not None and value == round(found, 6)]
        if not mine:
            # A number of the passage's prose, unless the claim names a row printing another
            # ("convergence tolerance: 0.1151" for a claimed 0.1 of the significance codes).
            named = next((label for label, value in rows
                          if value not in held and set(_stems(label)) <= said), None)
            if pair.agree and named is not None:
                return (f"Not decided: the passage is a run of a table's row labels and "
                        f"numbers read as a sentence (a table not read as one), and its row "
                        f"{' '.join(named)!r}, which the claim names, prints another number")
            continue
        if not any(_said(label, said) for label in mine):
            return (f"Not decided: the passage is a run of a table's row labels and numbers "
                    f"read as a sentence (a table not read as one), and {pair.found} is in the "
                    f"row {' '.join(mine[0])!r}, which the claim does not name")
        if not pair.agree and claimed is not None \
                and any(value == round(claimed, 6) for _, value in rows):
            return (f"Not decided: the passage is a run of a table's row labels and numbers "
                    f"read as a sentence (a table not read as one), and it prints the claimed "
                    f"{pair.claimed} too")
    return None
