"""The table check: look claimed numbers up in a paper's tables and redo their arithmetic.

Many claims in a synthesis report state a number that no sentence of the cited paper prints:
"QNLI improves TyDiQA by 3.4 points" when the results table has 66.3 for the baseline and 69.7
for QNLI. This check finds the cells a claim speaks about and recomputes what it says, in the
way statcheck recomputes test statistics: every printed number stands for the interval of true
values that round to it, and a claim is consistent with a table when the two intervals meet.

What a claim can say about a table (one reading per claimed number)
    cell        a value for (row entity, column entity): "MNLI reaches 69.7 on TyDiQA", or a
                row entity and a column picked by the number's unit ("392,702 training
                examples" reads the column headed "training examples" or "Train size").
    difference  a change against the baseline row: "QNLI improves TyDiQA by 3.4 points" is
                QNLI x TyDiQA minus baseline x TyDiQA; or a cell of a gain/delta column
                ("score gain over XLM-R Large") when the table prints differences itself.
    average     "MNLI improves the average by 1.6 points": the row's Avg column minus the
                baseline's, or, without an Avg column, the mean of the row's numeric cells minus
                the baseline's mean (the explanation says which).
    count       "nine intermediate tasks" against a table that lists them: the rows under a
                first-column header that names the counted thing ("Intermediate task"), the
                baseline row left out; or a row named by those words ("English intermediate
                tasks") with a column headed by the unit ("number of tasks"), as cards have.
    direction   a claim without numbers ("HellaSwag hurts XNLI") against the sign of the
                difference, when the rounding leaves no doubt about it; clause by clause
                ("hurts XNLI but helps PAWS-X"), negated clauses left to the sentence check.

Tolerance: a value printed with d decimals stands for [v - 0.5*10^-d, v + 0.5*10^-d); a
difference of two cells is uncertain by the sum of their half-widths (two cells printed to one
decimal: +-0.1), a mean by the mean of them. All arithmetic is in `Decimal` on the printed
digits, so 69.7 - 66.3 is exactly 3.4. A claimed increase where the table shows a drop (or
the reverse) is reported as a sign flip. A cell printed as a fraction (0.809) is read on the
percent scale when the claim states a percentage (80.9%).

Names: the claim's parsed entities (canonical names and printed text) are matched to row labels
and column headers after case, punctuation and footnote marks are dropped; "(baseline)"-style
parentheticals are ignored; a name may be the start of a label or the reverse ("TyDiQA" and
"TyDiQA-GoldP", "XLM-R Large" and "XLM-R (baseline)"), except where the rest is a one- or
two-letter variant ("PAWS" is not "PAWS-X"); failing that, rapidfuzz's ratio with a cut-off of
90 catches spelling variants. Each table is also read transposed, so a table whose columns are
the intermediate tasks (with a "Baseline" column) works like one whose rows are.

Being wrong is worse than saying nothing, so a table decides only when its reading is unique:
a name that fits two rows equally, two candidate rows or columns, or an entity of the claim that
the table never mentions (a claim about German read against a table of averages) gives no
reading. A number is supported when a reading agrees; contradicted when every reading disagrees
and all readings found the same value (tables that disagree with each other decide nothing). A
number next to a direction word that is wrong as a change but right as the cell itself ("beats
the baseline with 80.9") is left undecided, as is a number the report cut off unless the table's
number starts with its digits. `check_tables` returns None when no table speaks to the claim,
so that the caller relies on the sentence check; a `no_evidence` check when tables speak to it
but cannot decide (an empty cell, tables that disagree).

Keyword cues (the only text this module reads itself; everything else comes from the claim's
entities and quantities, and the tables' labels): in tables, a row label with "baseline" (or
"None", "no intermediate task") is the baseline row, a column headed Avg/Average/Mean the
average, one headed by gain/improvement/delta/Δ a difference. In claims, "average/avg/mean"
asks for the average; "baseline" names the baseline row; "over/than/outperforms/beats/
compared/versus" marks the baseline as the thing compared against; "to"/"at" right before a
number makes a directional number a level ("rises to 88.1"), "from" makes it the baseline's
level ("from 86.4 to 88.1").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from verify_claims.claims import (
    Check,
    CheckKind,
    Claim,
    Entity,
    Evidence,
    MatchedPart,
    Outcome,
    Paper,
    Quantity,
)

from .content import account, claim_parts, passage_terms
from .listed_means import listed
from .memo import Memo
from .passages import index_of
from .row_mate_columns import row_mate_columns
from .table_labels import FUZZY_CUTOFF, _fmt, _printed_claim, _stem, _tokens
from .table_readings import (
    _LISTED_UNITS,
    _UNIT_HEADERS,
    _Ask,
    _ask_view,
    _count_readings,
    _Reading,
)
from .table_settings import EXPLANATION as SETTING_DISPUTED
from .table_settings import setting_disputed
from .table_views import _AVERAGE_WORDS, _Index, _index
from .unnamed_measures import row_measure, unnamed_measure

__all__ = ["FUZZY_CUTOFF", "check_tables"]

# Words of claims that carry meaning here (see the module docstring).
_COMPARISON = re.compile(r"\b(?:over|than|outperform\w*|beat\w*|compared|versus|vs)\b", re.I)
_LEVEL_BEFORE = frozenset({"to", "at"})

# An average over a counted set of runs: "averaged over five runs", "the mean across 3 seeds".
_AVERAGED_OVER = re.compile(r"\b(?:averag\w*|mean)\s+(?:[a-z]+\s+){0,2}?(?:over|across)\s+"
                            r"(?:the\s+|all\s+)?$", re.IGNORECASE)
_REPEATS = re.compile(r"\s*(?:(?:random|different|independent)\s+)?(?:runs?|seeds?|trials?|"
                      r"folds?|restarts?|initiali[sz]ations?|repetitions?|replicates?)\b",
                      re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Judging a reading


@dataclass
class _Verdict:
    outcome: Outcome | None  # None: this reading cannot decide
    explanation: str
    reading: _Reading
    claimed: float | None


def _says(ask: _Ask) -> str:
    """What the claim says, in words: "an increase of 3.4", "69.7"."""
    if ask.kind == "direction":
        return "an increase" if ask.sign == 1 else "a decrease"
    quantity = ask.quantity
    assert quantity is not None
    if ask.kind == "difference":
        change = "an increase" if (ask.sign or 1) > 0 else "a decrease"
        return f"{change} of {quantity.text}"
    return quantity.text


def _as_percent(ask: _Ask, reading: _Reading) -> _Reading:
    """A table of fractions (0.453) read against a claimed percentage (45.3%): the same
    number on another scale, not a contradiction."""
    quantity, found = ask.quantity, reading.found
    if (quantity is None or quantity.unit not in ("%", "percentage points") or found is None
            or reading.exact or abs(found) > 1 or quantity.value <= 1):
        return reading
    return replace(reading, found=found * 100, tolerance=reading.tolerance * 100,
                   arithmetic=f"{reading.arithmetic} (a fraction: {_fmt(found * 100)}%)")


def _judge(ask: _Ask, reading: _Reading) -> _Verdict:
    reading = _as_percent(ask, reading)
    found = reading.found
    if found is None:
        return _Verdict(None, f"{reading.arithmetic}.", reading, None)
    says = f"the claim says {_says(ask)}"
    low, high = found - reading.tolerance, found + reading.tolerance
    band = ""
    if reading.tolerance and (reading.difference or reading.tolerance < Decimal("0.5")):
        places = -reading.tolerance.normalize().as_tuple().exponent  # type: ignore[operator]
        band = f" (rounding allows {_fmt(low, places)} to {_fmt(high, places)})"
    if ask.kind == "direction":
        side = ask.sign or 1
        if low * side > 0:
            return _Verdict(Outcome.supported, f"{reading.arithmetic}{band}; {says}.", reading,
                            None)
        if high * side < 0:
            return _Verdict(Outcome.contradicted,
                            f"{reading.arithmetic}{band}, the opposite direction; {says}.",
                            reading, None)
        return _Verdict(None, f"{reading.arithmetic}{band}: too small to tell the direction.",
                        reading, None)
    assert ask.claimed is not None and ask.quantity is not None
    sign = (ask.sign or 1) if reading.difference else 1
    value = ask.claimed.value * sign
    if ask.quantity.cut_off:
        # The report cut the number off: its printed digits are a prefix of the real ones.
        digits = re.sub(r"[^\d.]", "", ask.quantity.text).rstrip(".")
        shown = re.sub(r"[^\d.]", "", _fmt(abs(found)))
        agrees = len(digits.replace(".", "")) >= 2 and shown.startswith(digits) and (
            found * sign >= 0)
        if agrees:
            return _Verdict(Outcome.supported,
                            f"{reading.arithmetic}; the claim, cut off by the report, starts "
                            f"with {ask.quantity.text} (a prefix of {_fmt(found)}).", reading,
                            float(value))
        return _Verdict(None, f"{reading.arithmetic}; the claim's number was cut off by the "
                              f"report, so it cannot be compared.", reading, float(value))
    if reading.exact:
        if value == found:
            return _Verdict(Outcome.supported, f"{reading.arithmetic}; {says}.", reading,
                            float(value))
        return _Verdict(Outcome.contradicted, f"{reading.arithmetic}; {says}.", reading,
                        float(value))
    claim_low, claim_high = value - ask.claimed.half, value + ask.claimed.half
    if claim_low < high and low < claim_high:
        return _Verdict(Outcome.supported, f"{reading.arithmetic}{band}; {says} "
                                           f"(within rounding).", reading, float(value))
    if reading.difference and (high <= 0 < value or value < 0 <= low):
        why = "a drop" if high <= 0 else "a rise"
        return _Verdict(Outcome.contradicted,
                        f"{reading.arithmetic}, {why}{band}; {says} (sign flip).", reading,
                        float(value))
    return _Verdict(Outcome.contradicted, f"{reading.arithmetic}{band}; {says}, which the "
                                          f"rounding of the printed numbers does not allow.",
                    reading, float(value))


# ---------------------------------------------------------------------------------------------
# The check


def _context(claim: Claim, quantity: Quantity | None) -> list[Entity]:
    """The entities a number is about: those of its clause, else all of the claim's."""
    by_name: dict[str, Entity] = {}
    for entity in claim.entities:
        by_name.setdefault(entity.name, entity)
    names = quantity.attaches_to if quantity is not None else []
    chosen = [by_name[name] for name in names if name in by_name]
    return chosen or list(by_name.values())


def _word_before(text: str, start: int) -> str:
    """The last word of letters before `start` with only non-word characters after it (what
    `([^\\W\\d_]+)\\W*$` finds), read backwards from `start`: the regex tried every start
    position of the claim, once per number."""
    end = len(text[:start])  # where the slice `text[:start]` ends, for any `start`
    while end > 0 and not _is_word_char(text[end - 1]):
        end -= 1
    begin = end
    while begin > 0 and _is_letter(text[begin - 1]):
        begin -= 1
    return text[begin:end].casefold()


def _is_word_char(char: str) -> bool:
    return char == "_" or char.isalnum()  # the re module's \w


def _is_letter(char: str) -> bool:
    return char != "_" and char.isalnum() and not char.isdecimal()  # [^\W\d_]


_ASKS: Memo[tuple[str, bool], tuple[tuple[_Ask, ...], tuple[str, ...]]] = Memo(4096)


def _asks(claim: Claim) -> tuple[list[_Ask], list[str]]:
    """`_new_asks`, once per distinct claim text (and cut): a claim citing several papers is
    asked of each one's tables, and its numbers, names and clauses follow from its text. The
    asks are read, never changed; the lists are the caller's own."""
    def make() -> tuple[tuple[_Ask, ...], tuple[str, ...]]:
        asks, skipped = _new_asks(claim)
        return tuple(asks), tuple(skipped)

    cached = _ASKS.get((claim.text, claim.truncated), make)
    return list(cached[0]), list(cached[1])


def _new_asks(claim: Claim) -> tuple[list[_Ask], list[str]]:
    """What the claim asks of the tables, one ask per number (or, for a claim without numbers,
    per clause that states a direction), and what it states that no table can check here
    (approximate and negated numbers, negated clauses), to be named in the explanation."""
    lowered = claim.text.casefold()
    words = set(re.findall(r"[^\W\d_]+", lowered))
    cues = {"average": bool(_AVERAGE_WORDS & words), "baseline_cue": "baseline" in words,
            "comparison": bool(_COMPARISON.search(claim.text))}
    asks: list[_Ask] = []
    skipped: list[str] = []
    counted = [quantity for quantity in claim.quantities
               if _AVERAGED_OVER.search(claim.text[:quantity.span[0]])
               and _REPEATS.match(claim.text[quantity.span[1]:])]
    if counted:
        # "92.22% F1 averaged over five runs": each cell already is the mean over the runs;
        # five counts them, and no mean of the row's columns is the claim's average. A table
        # cannot count the runs, so it is asked nothing (the sentence check may say it).
        return [], [quantity.text for quantity in claim.quantities]
    for quantity in claim.quantities:
        claimed = _printed_claim(quantity)
        if quantity.approximate or quantity.negated or claimed is None:
            skipped.append(quantity.text)  # "about 5", "does not improve by 2"
            continue
        before = _word_before(claim.text, quantity.span[0])
        kind = "value"
        if before == "from":
            kind = "from"
        elif quantity.sign is not None and before not in _LEVEL_BEFORE:
            kind = "difference"
        asks.append(_Ask(kind, quantity, claimed, quantity.sign if kind == "difference" else None,
                         _context(claim, quantity), **cues, label=quantity.text))
    if claim.quantities:
        return asks, skipped
    # A claim without numbers: each clause that states a direction, about its own entities
    # ("HellaSwag hurts XNLI but helps TyDiQA" is two claims).
    clauses = [(clause.span, clause.direction, clause.negated) for clause in claim.clauses] \
        or [((0, len(claim.text)), claim.direction, claim.negated)]
    for (start, end), direction, negated in clauses:
        text = claim.text[start:end].strip(" ,;:.")
        if direction is None:
            continue
        if negated:
            skipped.append(text)
            continue
        inside = [e for e in claim.entities if start <= e.span[0] and e.span[1] <= end]
        outside = [e for e in claim.entities if e not in inside]
        context = inside if claim.clauses else _context(claim, None)
        asks.append(_Ask("direction", None, None, 1 if direction == "increase" else -1,
                         context, **cues, label=text, subjects=outside))
    return asks, skipped


def _view_readings(ask: _Ask, index: _Index) -> list[_Reading]:
    return [reading for view in index.views for reading in _ask_view(ask, view)]


def _in_count_column(reading: _Reading, quantity: Quantity) -> bool:
    """A single cell under a header that names the counted unit ("tasks", "Languages")."""
    wanted = _UNIT_HEADERS.get(quantity.unit or "", set())
    return reading.column is not None and not reading.difference \
        and bool(wanted & {_stem(token) for token in _tokens(reading.column)})


def _readings(ask: _Ask, claim: Claim, index: _Index) -> list[_Reading]:
    """Every reading of the paper's tables for one ask, each set of cells once (a cell is found
    in both views of its table)."""
    counted = ask.kind == "value" and ask.quantity is not None \
        and ask.quantity.unit in _LISTED_UNITS
    # A count of listed things ("four target tasks") is read from a list or a count column
    # only, never from whatever cell the claim's names point at (an average, a score).
    found = _view_readings(ask, index)
    if counted:
        found = [reading for reading in found if _in_count_column(reading, ask.quantity)]
    elif not found and ask.quantity is not None and len(ask.context) < len(claim.entities):
        # The number's clause names no row ("HellaSwag hurts transfer: XNLI drops by 0.8"):
        # try the claim's entities as a whole.
        found = _view_readings(replace(ask, context=_context(claim, None)), index)
    if ask.quantity is not None and ask.kind == "value":
        found += _count_readings(claim, ask.quantity, index)
    readings: list[_Reading] = []
    seen: set[tuple[int, frozenset[tuple[int, int]], bool]] = set()
    for reading in found:
        key = (reading.source.number, reading.cells, reading.difference)
        if key not in seen:
            seen.add(key)
            readings.append(reading)
    if any(reading.computed_mean for reading in readings) and any(
            not reading.computed_mean for reading in readings):
        # A table's own average speaks for the paper; a mean computed here from another table
        # (per-language scores of one task) is only a fallback.
        readings = [reading for reading in readings if not reading.computed_mean]
    return readings


@dataclass
class _Decision:
    outcome: Outcome | None
    verdicts: list[_Verdict]
    note: str = ""


def _decide(ask: _Ask, readings: list[_Reading]) -> _Decision:
    """Supported when any reading agrees; contradicted when every reading with a number
    disagrees and they all found the same number; else undecided."""
    verdicts = [_judge(ask, reading) for reading in readings]
    supported = [v for v in verdicts if v.outcome == Outcome.supported]
    if supported:
        return _Decision(Outcome.supported, supported[:1])
    numbered = [v for v in verdicts if v.reading.found is not None]
    found = {v.reading.found for v in numbered}
    if numbered and len(found) == 1 and all(v.outcome == Outcome.contradicted for v in numbered):
        return _Decision(Outcome.contradicted, numbered[:1])
    if len(found) > 1:
        shown = "; ".join(v.explanation.rstrip(".") for v in numbered)
        return _Decision(None, [], f"the tables disagree with each other ({shown}).")
    return _Decision(None, [], " ".join(v.explanation for v in verdicts))


def _level_instead(ask: _Ask, claim: Claim, index: _Index, decision: _Decision) -> _Decision:
    """A number next to a direction word is read as a change, but "MNLI beats the baseline
    with 80.9 on XNLI" states a level. When the number is wrong as a change but right as the
    cell itself, the claim is not contradicted: the check cannot tell which was meant."""
    level = replace(ask, kind="value", sign=None)
    readings = _readings(level, claim, index)
    if readings and _decide(level, readings).outcome == Outcome.supported:
        return _Decision(None, [], f"{ask.quantity.text if ask.quantity else ''} matches a "
                                   f"cell of the table but not the change it seems to state.")
    return decision


def _evidence(verdict: _Verdict, source: str) -> Evidence:
    reading = verdict.reading
    return Evidence(source=source, quote=reading.quote, page=reading.source.page,
                    location=reading.location, claimed=verdict.claimed,
                    found=float(reading.found) if reading.found is not None else None,
                    note=(f"rounding tolerance \u00b1{_fmt(reading.tolerance)}"
                          if reading.tolerance else "exact count" if reading.exact else None))


def _cell_passage(reading: _Reading) -> str:
    """The words that say what the cells of a reading are: the table's caption, the row label
    and column header of each cell, and the per-cell row and column header paths when the
    reader gives them (issue 11: a table cell with its row headers, column headers and
    caption)."""
    table = reading.source.table
    texts = [table.caption or "", reading.source.name]
    for row, col in reading.cells:  # col counts the columns after the row label
        cells = table.rows[row] if 0 <= row < len(table.rows) else []
        if cells:
            texts.append(cells[0].text)
        if 0 <= col + 1 < len(table.header):
            texts.append(table.header[col + 1])
        cell = cells[col + 1] if 0 <= col + 1 < len(cells) else None
        for name in ("row_headers", "column_headers"):
            texts += [str(header) for header in getattr(cell, name, None) or []]
    # A label the PDF split ("XQuA D") was matched by the table check as one word; so here too.
    texts += [text.replace(" ", "") for text in texts[2:] if " " in text]
    return " ".join(texts)


def _whole_content(claim: Claim, paper: Paper, index: _Index,
                   decided: list[tuple[Outcome, _Verdict]]) -> tuple[
                       list[tuple[Outcome, _Verdict]], list[str], list[str]]:
    """Keep the verdicts whose cells, with their headers and caption, account for every name
    the claim asserts (its numbers and direction are judged by the arithmetic); return them,
    notes on the others, and the parts those lacked."""
    if index.passages is None:
        index.passages = index_of(paper)
    parts = claim_parts(claim)
    kept, notes, missing = [], [], []
    readings = [verdict.reading for _, verdict in decided]
    for outcome, verdict in decided:
        # "84.1 EM and 90.9 F1": each cell of the row is said by its own measure's name.
        lent = row_mate_columns(verdict.reading, readings)
        # A results table that names no measure reports the one its paper's prose names.
        measure = unnamed_measure(verdict.reading.source.table, index.passages)
        if not measure and outcome == Outcome.supported:
            # The measure the paper gives the row supports a cell that prints the claim's
            # number; it never contradicts: a claim of another number may speak of the same
            # rows in another table (a test set where this one is the development set).
            measure = row_measure(verdict.reading.source.table,
                                  sorted({row for row, _ in verdict.reading.cells}),
                                  index.passages)
        terms = passage_terms(f"{_cell_passage(verdict.reading)} {lent} {measure}")
        accounting = account(parts, terms, index.passages, relation=False)
        # The row and column were found by the claim's names and the number's unit; what is
        # left to require is that no other name of the claim is missing from the cell's
        # headers and caption (a claim about BERT is not answered by a row of RoBERTa's).
        names = [part for part in accounting.missing + accounting.unseen
                 if part.role == "subject" or part.named]
        averaged = _averaged_elsewhere(claim, verdict.reading, accounting)
        if averaged is not None:
            notes.append(averaged)
            continue
        if not names:
            kept.append((outcome, verdict))
            continue
        missing += [part.text for part in names]
        listed = ", ".join(f"\u201c{part.text}\u201d" for part in names)
        notes.append(f"{verdict.reading.location} gives {verdict.reading.arithmetic}, but its "
                     f"row, column and caption do not speak of {listed}.")
    return kept, notes, list(dict.fromkeys(missing))


def _says_label(text: str, label: str) -> bool:
    """Whether `text` prints a table label whole (case aside)."""
    label = label.strip()
    return bool(label) and re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text,
                                     re.I) is not None


def _averaged_elsewhere(claim: Claim, reading: _Reading, accounting) -> str | None:
    """Why an average read for the claim is not the one it states; None when it may be.

    An average is found by little: the word "average" and one name, a row or a column, so the
    Avg cell or the mean over a row's columns that answers it may be another average than the
    claim's ("the average F1 of bibliography years and venues" is no cell of a row "Avg. of 15
    models", "Neural and Baseline have a mean CS" no mean of Baseline over CS and Bio). For a
    claim that lists the things it averages, such a reading decides only when its cells,
    headers and caption account for the whole claim; a mean over columns decides only when the
    claim names all of them or none; an Avg line the claim
    names beside another line is one of the things it averages, not its average ("Without LM
    and Avg. of 15 models with LM have a mean F1 of ..."; mutation benchmark, "mean" kind)."""
    if not reading.averaged:
        return None
    said = [label for label in reading.over if _says_label(claim.text, label)]
    if said and len(said) < len(reading.over):
        return (f"{reading.location} gives {reading.arithmetic}, but the claim names "
                f"“{said[0]}” alone of the columns averaged, so it states another "
                "average.")
    if reading.beside and _says_label(claim.text, reading.beside[0]):
        other = next((label for label in reading.beside[1:] if _says_label(claim.text, label)),
                     None)
        if other is not None:
            return (f"{reading.location} gives {reading.arithmetic}, but the claim names "
                    f"“{reading.beside[0]}” beside “{other}”, as things "
                    "it averages, not as the average.")
    if listed(claim.text) and not accounting.confirms:
        lacking = ", ".join(f"“{part.text}”"
                            for part in (accounting.missing + accounting.unseen)[:3])
        return (f"{reading.location} gives {reading.arithmetic}, an average found by a few "
                f"names only, and its cells and caption do not speak of {lacking or 'the claim'}.")
    return None


def check_tables(claim: Claim, paper: Paper, source: str) -> Check | None:
    """Check the numbers of `claim` against the tables of `paper` (see the module docstring).

    `source` names the paper in the evidence ("arXiv:2005.13013v2" or a card file). Returns
    None when no table speaks to the claim; a `no_evidence` check when tables speak to it but
    cannot decide (an empty cell, tables that disagree, a number cut off by the report)."""
    if not paper.tables:
        return None
    index = _index(paper)
    decided: list[tuple[Outcome, _Verdict]] = []
    notes: list[str] = []
    asks, unchecked = _asks(claim)
    unread: list[str] = []  # numbers no table speaks to
    unread_numbers: list[Quantity] = []
    disputed: list[Quantity] = []
    for ask in asks:
        readings = _readings(ask, claim, index)
        if not readings:
            # No table speaks to this number (or none unambiguously).
            unchecked.append(ask.label)
            unread.append(ask.label)
            if ask.quantity is not None:
                unread_numbers.append(ask.quantity)
            continue
        decision = _decide(ask, readings)
        if decision.outcome == Outcome.contradicted and ask.kind == "difference":
            decision = _level_instead(ask, claim, index, decision)
        if decision.outcome == Outcome.contradicted and ask.quantity is not None:
            disputed.append(ask.quantity)
        if decision.outcome is None:
            notes.append(decision.note)
        else:
            decided += [(decision.outcome, verdict) for verdict in decision.verdicts]
    missing: list[str] = []
    if decided:
        decided, lacking, missing = _whole_content(claim, paper, index, decided)
        notes += lacking
    if not decided:
        if not notes:
            return None
        return Check(kind=CheckKind.table, outcome=Outcome.no_evidence, decisive=False,
                     explanation=" ".join(notes), missing=missing)
    outcome = (Outcome.contradicted if any(o == Outcome.contradicted for o, _ in decided)
               else Outcome.supported)
    if outcome == Outcome.contradicted and setting_disputed(claim.text, disputed,
                                                            unread_numbers):
        # "With 1k SST training examples, A reaches 84.85": 1k is the result's setting
        return Check(kind=CheckKind.table, outcome=Outcome.no_evidence, decisive=False,
                     explanation=" ".join(verdict.explanation for _, verdict in decided)
                     + f" Not decided: {SETTING_DISPUTED}.")
    quoted = " ".join(verdict.reading.quote for _, verdict in decided)
    negated = {quantity.text for quantity in claim.quantities if quantity.negated}
    unread = [label for label in unread + [label for label in unchecked if label in negated]
              if re.search(r"\d", label) and label not in quoted]
    if outcome == Outcome.supported and unread:
        # A number of the claim no cell was checked for (none found, or one read as
        # approximate or negated) may be false: "A scores 55.2, and without LM 54.1" is not
        # confirmed by A's cell alone.
        return Check(kind=CheckKind.table, outcome=Outcome.no_evidence, decisive=False,
                     explanation=" ".join(verdict.explanation for _, verdict in decided)
                     + " Not decided: no cell was found for the claim's " + "; ".join(
                         f"\u201c{text}\u201d" for text in unread) + ".", missing=unread)
    explanation = " ".join(verdict.explanation for _, verdict in decided)
    if notes:
        explanation += " Not decided: " + " ".join(notes)
    if unchecked:
        explanation += " Not checked against the tables: " + "; ".join(
            f"\u201c{text}\u201d" for text in unchecked) + "."
    matched = [MatchedPart(part="value", claim=_fmt_claimed(verdict),
                           source=verdict.reading.arithmetic) for _, verdict in decided]
    return Check(kind=CheckKind.table, outcome=outcome, decisive=True, explanation=explanation,
                 evidence=[_evidence(verdict, source) for _, verdict in decided],
                 matched=matched)


def _fmt_claimed(verdict: _Verdict) -> str:
    return "" if verdict.claimed is None else f"{verdict.claimed:g}"
