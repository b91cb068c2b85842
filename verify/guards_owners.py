"""Whose number it is: "13% of TextRunner's output", a row "x is a proper noun" (probe of
fader11, round 14).

Two ways a number was given to the wrong owner on Fader et al. (2011, ReVerb):

- "Incoherent extractions make up about 13% of WOEparse's output" was confirmed by
  "Incoherent extractions make up approximately 13% of TextRunner's output, 15% of WOEpos's
  output, and 30% of WOEparse's output", and "More than 30% of TextRunner's extractions are
  at precision 0.8 or higher" by "more than 30% of ReVerb's extractions are at precision 0.8
  or higher, compared to virtually none for the other systems". A share written "N% of X's"
  belongs to X. When the claim writes its number so with one owner and the passage writes the
  same number (or the number it was compared with) so with another, the passage speaks of
  another thing, and the source check decides nothing (`guard_share_owners`). Names are
  compared with their spaces dropped, since small capitals split them ("T EXT R UNNER").
- "x being a proper noun has a weight of 0.16" was confirmed by the row "y is a proper noun",
  0.16, of the feature table; the row "x is a proper noun" prints 0.01. Rows whose labels
  differ in one word only are told apart by that word, however short ("x" and "y", "(1)" and
  "(2)"). When the claim says the other row's word and not the cell's, a decisive table check
  on the cell decides nothing (`guard_one_word_rows`).

A third, on S2ORC (Lo et al. 2020): "The S2ORC pretraining corpus is 82% biomedical papers"
was confirmed by "Beltagy et al. (2019) report a pretraining corpus consisting of 82%
biomedical and 18% computer science papers", the next sentence being "Our S2ORC pretraining
corpus consists of a more balanced distribution". The claim's "S2ORC", the paper's own topic,
may be missing from a passage (a paper rarely names itself), but not from one that gives
other authors' findings: that sentence is about their work. A supporting source check whose
sentence says its content is what other authors report ("X et al. report", "X and Y (2019)
found") decides nothing when the sentence lacks a coined name of the claim
(`guard_reported_by_others`).

None names a paper, system or row; all only undecide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence, Paper

from .cells_read import labelled_cells, read_cells
from .coined_names import coined
from .guards_passages import printed_at
from .other_cells import REPORTED_BY
from .undecided import DECIDING, SUPPORTING, decided, undecide, undecide_by_evidence

# "13% of TextRunner's output", "30% of R E V ERB's extractions": the owner is the name (up to
# three pieces) before the possessive.
_SHARE = re.compile(r"(\d+(?:\.\d+)?)\s*%\s+of\s+(?:the\s+)?((?:[\w\-\u00ac]+\s*){1,3}?)\s*"
                    r"['\u2019]s?\b", re.IGNORECASE)


def _owners(text: str) -> dict[str, set[str]]:
    """Each share's number ("13") -> the names it is printed as a share of, folded, spaces
    dropped."""
    found: dict[str, set[str]] = {}
    for match in _SHARE.finditer(text):
        found.setdefault(match[1], set()).add(re.sub(r"\s+", "", match[2]).casefold())
    return found


def guard_share_owners(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source check whose passage prints the claim's share "N% of X's"
    as a share of another owner (module docstring). In place."""
    mine = _owners(claim.text)
    if not mine:
        return
    def why(evidence: Evidence) -> str | None:
        theirs = _owners(evidence.quote or "")
        other = next(((number, owner) for pair in evidence.numbers
                      for number in {_bare(pair.claimed)} if number in mine
                      for owner in theirs.get(_bare(pair.found), ())
                      if owner not in mine[number]), None)
        return None if other is None else (f"Not decided: the passage gives {other[0]}% as a "
                                           f"share of another owner's ({other[1]}) than the "
                                           f"claim's")

    undecide_by_evidence(checks, CheckKind.source, DECIDING, why)


def _bare(number: str) -> str:
    """"13%" and "13 %" as the share pattern reads them: "13"."""
    found = re.match(r"\s*(\d+(?:\.\d+)?)", number or "")
    return found[1] if found else ""


_TOKEN = re.compile(r"[\w\u00ac]+|[^\w\s]")


def guard_one_word_rows(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose cell's row label differs in one word from
    another row's that the check did not read, when the claim says that row's word and not
    the cell's (module docstring). Labels of one word are alike in nothing and left alone.
    In place."""
    # The claim's words, its numbers left out ("2.5" says no row "(2)").
    said = set(_TOKEN.findall(re.sub(r"\d+(?:[.,]\d+)*", " ", claim.text.casefold())))
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        read = [(table, found) for evidence in check.evidence
                for table, found in read_cells(paper, evidence.location or "",
                                               evidence.quote or "")]
        rows = {found.row for _, found in read}
        why = next(filter(None, (_other_row(said, table, found, rows) for table, found in read)),
                   None)
        if why:
            undecide(check, why)


def _other_row(said: set[str], table, found, rows: set[str]) -> str | None:
    """Why the claim names a row one word away from `found`'s; None when it does not."""
    mine = _TOKEN.findall(found.row.casefold())
    if len(mine) < 2:
        return None
    for label in sorted({cell.row for cell in labelled_cells(table)} - rows):
        other = _TOKEN.findall(label.casefold())
        if len(other) != len(mine):
            continue
        differ = [(one, two) for one, two in zip(mine, other, strict=True) if one != two]
        if len(differ) == 1 and differ[0][1] in said and differ[0][0] not in said:
            return (f"Not decided: the claim says “{differ[0][1]}”, which tells the row "
                    f"“{label}” from the cell's row “{found.row}”")
    return None


def guard_reported_by_others(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose sentence gives, in the part that holds a
    matched number (after its last ":", ";" or bullet), other authors' findings and lacks a
    coined name of the claim (module docstring). In place."""
    names = coined(claim.text)
    if not names:
        return
    def why(evidence: Evidence) -> str | None:
        quote = evidence.quote or ""
        part = next((quote[max(quote.rfind(mark, 0, start) for mark in ":;\u2022") + 1:]
                     for pair in evidence.numbers
                     for start, _ in printed_at(quote, pair.found.rstrip("%"), percent=True)),
                    "")
        if not REPORTED_BY.search(part):
            return None
        missing = sorted(name for name in names - coined(part) if name not in part.casefold())
        return (f"Not confirmed: the passage gives what other authors report, and does not name "
                f"“{missing[0]}”") if missing else None

    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, why)
