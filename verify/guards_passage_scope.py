"""What a passage speaks of, read more narrowly than the source check reads it (the ninth blind
corpus, tests/real/heldout9, round 10).

Its first run decided three claims from passages that do not say what the claim says, each a
general fact about how papers print things:

- Numbers printed with spaces between groups of three digits ("17 029 languages", "1 256 683
  parameters", the style of many papers and of SI) are one number each. The lexer reads each
  group on its own, so "The classes include 17 Uralic languages" was confirmed by "it can at
  most represent 17 029 languages", the 17 being the head of seventeen thousand and
  twenty-nine. A number matched only to a group of such a run is a piece of another number,
  unless the claim prints the same run (`guard_spaced_digit_groups`).
- A claim's negation may stand in a clause the passage does not speak of: "X has the same
  languages in its training and test sets, so unknown languages never have to be predicted"
  was contradicted as a negation of "X has exactly the same languages in the training set as
  in the test set", whose words match the first clause only; the "never" belongs to the
  second, about which that sentence says nothing. A negation flip decides only when most
  content words of the claim's negated clause are in the passage (`guard_negated_clauses`).
- Found by the first probe: a negation word that hedges or adds denies nothing: "as Flower and
  Hayes puts, it needs 'juggle all the special demands of written English'" was read as negated
  because the sentence calls composition "equally (if not more) cognitively demanding", and
  "Flower and Hayes say text composition needs to juggle all the special demands of written
  English" was contradicted as a negation flip. A passage whose every negation word stands in
  "if not", "not only", "whether or not", "not least", "not just" or "not merely" contradicts
  no claim as a negation (`guard_hedged_negations`).
- Found by the fourth probe: "About a third of exec_id values are unique by content" was
  contradicted as a negation flip of "content_hashes are 30.5% the size of exec_id values,
  indicating that most tables are not globally unique by content". A denial of "most" (or
  "all", "many") and an assertion of a share ("a third", "some", "30%") can both hold
  (`guard_quantified_negations`).
- A sentence's number may be of the whole of which the claim names a part: "SQLite files on
  GitHub hold 14,919,675 tables" was contradicted by the abstract's "a compilation of 627
  million tables", while a table cell prints 14,919,675 under "GitHub" and "SQLite", words the
  claim says and the sentence does not. A passage's contradiction yields to a cell that prints
  the claimed number under labels holding a word the claim says and the passage lacks, or a
  name the claim says (found by the first probe: "GitHub holds 396,055,027 tables" was
  contradicted by "GitTables ... hosted on GitHub, containing 1 million tables", whose number
  is another name's, while the GitHub Total cell prints 396,055,027)
  (`guard_cells_named_by_claim`).

None names a paper, a system or a number; each reads only what the paper prints.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper

from .cells_read import Labelled, labelled_cells, numbers
from .guard_triggers import SOURCE_CONTRADICTED, SOURCE_DECIDING, acts
from .guards_dense_tables import _words
from .paper_memo import per_paper
from .passages import content_terms
from .undecided import DECIDING, decided, undecide

# --------------------------------------------------------------------------------------------
# Digits grouped by spaces

# A run of digit groups joined by a space (or a thin or no-break space): a head of one to three
# digits, then groups of exactly three, not glued to other digits, a decimal point or a comma.
_SPACE = "[ \u00a0\u2009\u202f]"
_RUN = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:{_SPACE}\d{{3}})+(?![\d]|[.,]\d)")


def _runs(text: str) -> list[tuple[int, int, str]]:
    """The spaced digit runs of `text`: (start, end, digits without spaces)."""
    return [(match.start(), match.end(), re.sub(r"\D", "", match.group()))
            for match in _RUN.finditer(text)]


def spaced_piece(claim_text: str, quote: str, found: str) -> str | None:
    """The spaced run of `quote` that every printing of `found` is a group of ("17 029" for
    "17"), when the claim does not print that run's digits as one number; else None."""
    digits = re.sub(r"[,\s\u00a0\u2009\u202f]", "", found)
    if not digits.isdigit():
        return None
    runs = _runs(quote)
    if not runs:
        return None
    pattern = re.compile(rf"(?<![\d.,]){re.escape(found)}(?![\d]|[.,]\d)")
    places = [match.start() for match in pattern.finditer(quote)]
    if not places:
        return None
    inside = []
    for place in places:
        run = next((r for r in runs if r[0] <= place < r[1]), None)
        if run is None or quote[run[0]:run[1]] == found:
            return None  # printed on its own somewhere, or as the whole run
        inside.append(run)
    claimed = {re.sub(r"\D", "", match.group()) for match in _RUN.finditer(claim_text)}
    claimed |= {term for term in content_terms(claim_text) if term.isdigit()}
    for run in inside:
        if run[2] not in claimed:
            return quote[run[0]:run[1]]
    return None


def claimed_run(quote: str, claimed: float, found: str) -> str | None:
    """The spaced run of `quote` whose digits are the claimed number's, when `found` is only a
    group of it ("42 200" for a claimed "42,200" read against its "200"); else None. The
    claim then prints the run as one number, which `spaced_piece` lets pass, and its number
    was read against a piece of itself (round 21, Chang and Zakhor, IEEE TCSVT 1997: "we
    measure the raw read rate to be 42 200 Kb/s" contradicted "42,200 Kb/s" with 200)."""
    if not float(claimed).is_integer() or claimed < 1000:
        return None  # a spaced run has two groups or more
    digits, found = str(int(claimed)), found.strip()
    if not found or re.sub(r"\D", "", found) == digits:
        return None
    return next((quote[start:end] for start, end, run in _runs(quote)
                 if run == digits and found in quote[start:end].split()), None)


def guard_spaced_digit_groups(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decided source check that matched a claimed number to a group of a
    spaced digit run ("17" of "17 029") the claim does not print, or the claim's own number to
    a group of the run that prints it ("200" of "42 200" for "42,200"): the group is a piece
    of a number. In place."""
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        for evidence in check.evidence:
            piece = next((run for pair in evidence.numbers
                          if (run := spaced_piece(claim.text, evidence.quote, pair.found)
                              or claimed_run(evidence.quote, pair.claimed_value, pair.found))),
                         None)
            if piece is not None:
                undecide(check, f"The passage's number is \u201c{piece}\u201d, printed with "
                                "spaces between groups of digits; the number matched is only "
                                "a group of it")
                break


# --------------------------------------------------------------------------------------------
# A negation in a clause the passage does not speak of

_NEGATION = re.compile(r"\b(?:not|never|no|none|neither|nor|cannot|without)\b|n't\b",
                       re.IGNORECASE)
# Where a clause ends: punctuation, or a conjunction that opens another clause.
_CLAUSE = re.compile(r"[,;:()\[\]\u2014]|\b(?:so|and|but|while|whereas|which|because|since"
                     r"|although|though|hence|thus)\b", re.IGNORECASE)
_NEGATION_TERMS = frozenset(content_terms("not never no none neither nor cannot without"))


def _clause(text: str, position: int) -> str:
    start = max((match.end() for match in _CLAUSE.finditer(text, 0, position)), default=0)
    end = next((match.start() for match in _CLAUSE.finditer(text, position)), len(text))
    return text[start:end]


def _spoken(clause: str, quoted: set[str]) -> bool | None:
    """Whether at least half of the clause's content words are in the passage; None for a
    clause too short to tell."""
    terms = [term for term in content_terms(clause)
             if term not in _NEGATION_TERMS and not term.isdigit()]
    if len(terms) < 2:
        return None
    return 2 * sum(term in quoted for term in terms) >= len(terms)


def unspoken_negated_clause(claim_text: str, quote: str) -> str | None:
    """The claim's clause holding its negation, when the passage speaks of another clause of
    the claim (at least half of its content words are in `quote`) and not of the negated one
    (fewer than half); else None. A claim of one clause is left alone: then the negation is
    all it says."""
    quoted = set(content_terms(quote))
    negations = list(_NEGATION.finditer(claim_text))
    if not negations:
        return None
    negated = {_clause(claim_text, match.start()) for match in negations}
    bounds = [0, *sorted({m.start() for m in _CLAUSE.finditer(claim_text)}), len(claim_text)]
    others = [claim_text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    others = [clause for clause in others
              if clause.strip() and not any(clause.strip() in n or n.strip() in clause
                                            for n in negated)]
    if not any(_spoken(clause, quoted) for clause in others):
        return None
    for clause in negated:
        if _spoken(clause, quoted) is not False:
            return None
    return next(iter(negated)).strip().rstrip(".")


def guard_negated_clauses(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each source contradiction read as a negation flip when the claim's negation
    stands in a clause whose words the passage mostly lacks. In place."""
    if not claim.negated:
        return

    def why(quote: str) -> str | None:
        clause = unspoken_negated_clause(claim.text, quote)
        return None if clause is None else (f"The claim's negation is in \u201c{clause}\u201d, "
                                            "a clause the passage does not speak of")
    _set_aside_negation_flips(checks, why)


def _set_aside_negation_flips(checks: Iterable[Check],
                              why: Callable[[str], str | None]) -> None:
    """Undecide each source contradiction read as a negation flip for which `why` (of the
    passage's quote) gives a reason. In place."""
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        for evidence in check.evidence:
            if "negation" not in (evidence.note or "") and "negates" not in check.explanation:
                continue
            reason = why(evidence.quote)
            if reason is not None:
                undecide(check, reason)
                break


# --------------------------------------------------------------------------------------------
# A negation word that negates nothing: "equally (if not more)", "not only ... but also"

# Phrases whose "not" adds or hedges rather than denies: "equally, if not more, demanding"
# asserts at least as much; "not only A but also B" asserts A; "whether or not" asserts
# neither way; "not least" and "not just" add.
_HEDGES = re.compile(r"\bif\s+not\b|\bnot\s+only\b|\bwhether\s+or\s+not\b|\bor\s+not\b"
                     r"|\bnot\s+least\b|\bnot\s+just\b|\bnot\s+merely\b", re.IGNORECASE)


def only_hedged_negations(quote: str) -> bool:
    """Whether `quote` has negation words and every one stands in a hedge or an addition
    ("if not more", "not only"), so that the passage denies nothing."""
    negations = [match.start() for match in _NEGATION.finditer(quote)]
    if not negations:
        return False
    hedges = [(match.start(), match.end()) for match in _HEDGES.finditer(quote)]
    return all(any(start <= place < end for start, end in hedges) for place in negations)


def guard_hedged_negations(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each source contradiction read as a negation flip of a claim that negates
    nothing when the passage's every negation word is a hedge or an addition ("if not more",
    "not only"): the passage asserts what it seems to deny. In place."""
    if claim.negated:
        return
    _set_aside_negation_flips(checks, lambda quote: (
        "The passage's only negation words hedge or add (\u201cif not more\u201d, \u201cnot "
        "only\u201d); it denies nothing") if only_hedged_negations(quote) else None)


# --------------------------------------------------------------------------------------------
# "Most ... are not" against a share of them (the fourth probe)

_QUANTIFIED = re.compile(r"\b(?:most|all|every|each|many|the\s+majority\s+of)\b[^,;:.]*?"
                         r"(?:\bnot\b|n't\b|\bno\b|\bnever\b)", re.IGNORECASE)
_SHARE = re.compile(r"\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|some|few|minority)\b"
                    r"|\d\s?%|\bpercent\b", re.IGNORECASE)


def quantified_denial(claim_text: str, quote: str) -> bool:
    """Whether the passage denies something of "most" (or "all", "many") while the claim
    asserts it of a share ("a third", "some", "30%"): the two can both hold."""
    return bool(_QUANTIFIED.search(quote)) and bool(_SHARE.search(claim_text))


def guard_quantified_negations(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each source contradiction read as a negation flip when the passage denies of
    most (or all, many) what the claim asserts of a share. In place."""
    if claim.negated:
        return
    _set_aside_negation_flips(checks, lambda quote: (
        "The passage denies it of most (or all); the claim asserts it of a share, and both "
        "can hold") if quantified_denial(claim.text, quote) else None)


# --------------------------------------------------------------------------------------------
# A passage's number of the whole; a cell of the part the claim names


_UNIT_VALUE = re.compile(r"^\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*[A-Za-z%\u00b5]{1,4}\s*$")


def _printed_numbers(cell) -> tuple[float, ...]:
    """The cell's numbers, or the number of a value printed with its unit ("1.30 TiB")."""
    found = numbers(cell)
    if found:
        return found
    match = _UNIT_VALUE.match(cell.text or "")
    return (float(match.group(1).replace(",", "") + (match.group(2) or "")),) if match else ()


def _every_labelled(paper: Paper) -> list[Labelled]:
    """Every value cell with its labels, those printed with a unit ("1.30 TiB") too."""
    found = [cell for table in paper.tables for cell in labelled_cells(table)]
    seen = {id(cell.cell) for cell in found}
    for table in paper.tables:
        for row in table.rows:
            for cell in row[1:]:
                if id(cell) not in seen and cell.row_headers and _printed_numbers(cell):
                    found.append(Labelled(list(cell.row_headers), list(cell.column_headers),
                                          cell))
    return found


def _names(text: str, capitalised: bool = True) -> set[str]:
    """The words of `text` that are names: with a capital or digit after their first letter
    ("GitHub", "SQLite", "CLD-2", "SegNet"), and with `capitalised`, also capitalised inside
    the sentence. Without it, the coined names of a header, which is capitalised as every
    header is ("Total", "Bytes")."""
    found = set()
    for index, match in enumerate(re.finditer(r"[A-Za-z][\w\-]*", text)):
        word = match.group()
        if any(char.isupper() or char.isdigit() for char in word[1:]) \
                or (capitalised and index > 0 and word[0].isupper()):
            found |= _words(word)
    return found


def cell_named_by_claim(claim_text: str, quote: str, value: float,
                        cells: Iterable[Labelled]) -> Labelled | None:
    """A cell printing `value` whose row or column labels hold a content word of the claim
    that `quote` lacks, or a name the claim says."""
    said, quoted, names = _words(claim_text), _words(quote), _names(claim_text)
    for found in cells:
        if not any(abs(number - value) < 1e-9 for number in _printed_numbers(found.cell)):
            continue
        labels = " ".join([*found.rows, *found.columns])
        # Another subject's cell: its labels name what the claim does not ("SegNet"), and the
        # passage names what the claim does and the labels lack ("FCN"): the passage speaks
        # of the claim's subject, the cell of another (arXiv:1912.10667 Table 4).
        own = _words(labels)
        if _names(labels, capitalised=False) - names and (names - own) & quoted:
            continue
        shared = own & said
        if shared - quoted or shared & names:
            return found
    return None


def guard_cells_named_by_claim(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each source contradiction of a claimed number that a table cell prints under
    labels naming what the claim says and the passage does not: the passage's number is of
    something else (often the whole of which the claim names a part). In place."""
    if not paper.tables:
        return
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        for evidence in check.evidence:
            # A number the passage gives otherwise, not a sign or a direction read the other
            # way ("falls from 66.3 to 65.8" against "improves from 66.3 to 65.8").
            values = [pair.claimed_value for pair in evidence.numbers
                      if not pair.agree and abs(pair.claimed_value - pair.found_value) > 1e-9
                      and abs(pair.claimed_value + pair.found_value) > 1e-9]
            cells = per_paper(paper, "passage scope cells", _every_labelled)
            found = next((cell for value in values
                          if (cell := cell_named_by_claim(claim.text, evidence.quote, value,
                                                          cells))), None)
            if found is not None:
                undecide(check, "A table cell prints the claimed number under "
                                f"\u201c{' / '.join(found.rows + found.columns)}\u201d, which "
                                "names what the claim says and the passage does not")
                break


def guard_passage_scope(claim: Claim, checks: list[Check], paper: Paper) -> None:
    """The module's guards, in order (module docstring). In place."""
    if acts(checks, SOURCE_DECIDING):
        guard_spaced_digit_groups(claim, checks)
    guard_negated_clauses(claim, checks)
    guard_hedged_negations(claim, checks)
    guard_quantified_negations(claim, checks)
    if acts(checks, SOURCE_CONTRADICTED):
        guard_cells_named_by_claim(claim, checks, paper)
