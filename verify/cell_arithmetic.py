"""Differences and means of table cells that a claim names by their headers (issue 11).

"S2ORC-SciBERT beats SciBERT by 1.80 F1 on relation extraction" names two rows and one
column of a table whose row labels the entity tagger does not know; the table check
(table_check.py) computes such differences only for gazetteer names. Here the two cells are
found the way cell_check.py finds one: by the header words the claim says.

A difference confirms the claim only when all of this holds:

- the two cells share one header path (the same column, or the same row) that the claim's
  words single out in the table, and differ on the other axis, where the claim's words single
  out exactly two paths (`Picker`): a third named row makes the claim ambiguous;
- the cells' headers and the caption together account for the claim's content
  (content.account, the whole-content rule; the direction words are what the arithmetic
  checks, and an average column is not one of the cells averaged);
- the claim says which way the difference goes ("beats", "trails", "0.5 points above", "A
  leads B by d", "adds d points over B", a signed number): "A beats B by d" is A - B = d,
  with A the path the claim names first (by the words the two paths do not share); "from
  A to B ... lifts/lowers by d" is B - A;
- the claimed number agrees with the difference of the printed cells, statcheck style: the
  interval of the claimed value (its printed precision) overlaps the interval of the
  difference of the two rounded cells. Numbers the tables print as headers ("from a
  threshold of 0.00 to 0.65") name rows and are not the difference; a metric's cut-off
  ("recall@3") is part of its name.

"The gap between A and B is d" says a size and no direction: |A - B| may confirm it, never
contradict. Where the claim's words, read one by one, single out no pair, the pair it names
phrase by phrase (cell_phrases.py: "authors ... than bibliography venues") is read instead.

A difference contradicts the claim only when the claim names exactly one pair of cells in
the whole paper (two tables with the same pair of headers decide nothing), points at no other
row or column, words the number as a difference (`_stated_as_difference`: not a level beside
a comparison), in absolute terms (a percentage or a ratio may be relative), and the pair's
headers hold nearly all the claim says (`_sure`): then a flipped direction or another size is
wrong. The same holds for "averaged over X and Y, M scores 85.2": the mean of the cells the
claim names, confirmed within printed precision, contradicted when it is the only group named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from verify_claims.claims import Check, CheckKind, Claim, MatchedPart, Outcome, Paper, Quantity

from .added_rows import added_row_order
from .cell_check import (
    CellPassage,
    cell_candidates,
    cell_passages,
    claim_terms,
    table_name,
    with_abbreviations,
)
from .cell_kinds import cells_evidence, pair_support
from .cell_means import check_line_means, line_mean, mean_holds
from .cell_phrases import phrase_groups, phrase_only
from .cell_picker import Picker
from .cell_relative import check_relative, says_relative
from .change_subjects import subject_on_both
from .claimed_levels import COMPARED_AFTER, metric_cutoff
from .content import Accounting, account, claim_parts
from .definitions import glossary
from .guards_margins import unaccounted_labels
from .header_vocabulary import header_words, path_words
from .header_words import ClaimWords, claim_words_of
from .listed_means import listed, one_per_item, told_apart
from .order_words import (
    FROM_TO,
    GAP_DOWN,
    GAP_UP,
    JUDGING,
    ORDERING,
    cells_lower_is_better,
    lower_is_better,
    stated_order,
)
from .passages import PassageIndex
from .repeated_pairs import MAX_AGREEING, repeated_order

_GAP_WORDS = frozenset(("difference", "gap", "margin", "lead", "gain", "gains", "drop", "drops",
                        "loss", "loses", "lose", "lost", "costs", "cost", "improvement",
                        "adds", "add", "added", "trails", "lags", "deficit", "advantage"))
# "A leads B by d", "adds d points over B": the first-named is ahead ("leads to" is a cause).
# The verbs in lower case: a capitalised "Add" or "Lead" inside a claim is a name ("On Add
# Highway, MaxEnt ICE lowers ...", arXiv:1103.5254 Table 1), not "A adds 2 points over B".
_LEADS = re.compile(r"\b(?-i:leads?|adds?|added)\b(?!\s+to\b)|\b(?:margin|lead|advantage|edge|gain)"
                    r"\b[^.;]{0,40}?\bover\b", re.I)
# "The gap between A and B is d": a size without a direction, |A - B| (confirms only).
_BETWEEN = re.compile(r"\b(?:difference|gap|margin)\s+between\b", re.I)
_AVERAGE = frozenset(("average", "averaged", "averages", "mean"))
_AGGREGATE = frozenset(("avg", "average", "mean", "overall", "all"))
MAX_PAIRS = 5_000
"""Cell pairs weighed per claim at most."""


def _direction(claim: Claim, quantity: Quantity, words: list[str]) -> int | None:
    """+1 when the claim says the first-named thing is larger, -1 smaller, None when unsaid
    or said both ways."""
    ups = any(word in GAP_UP for word in words) or quantity.sign == 1 \
        or bool(_LEADS.search(claim.text))
    downs = any(word in GAP_DOWN for word in words) or quantity.sign == -1
    if claim.direction == "increase":
        ups = True
    elif claim.direction == "decrease":
        downs = True
    if ups == downs:
        return None
    return 1 if ups else -1


def _first_mention(path: tuple[str, ...], other: tuple[str, ...],
                   words: ClaimWords, caption: str | None = None) -> int | None:
    """Where in the claim a word of the header path that the other path lacks is first said
    ("CS" of "CS / prec." against "Bio / prec."); None: nowhere."""
    shared = set(path_words(other))
    positions = [position for word in path_words(path)
                 if word not in shared
                 and (position := words.mention(word, caption)) is not None]
    return min(positions) if positions else None


def _from_to(text: str, first: int, second: int) -> bool:
    """The two cells are said as "from A to B" (a change from A's cell to B's): "from" a few
    words before the first, "to" between them, a few words before the second."""
    before = text[max(0, first - 40):first]
    between = text[first:second]
    opening = re.search(r"\bfrom\b((?:\W+\w+){0,4}?)\W*$", before, re.I)
    closing = re.search(r"\bto\b((?:\W+\w+){0,3}?)\W*$", between, re.I)
    return opening is not None and closing is not None


def _groups(passages: list[CellPassage], index: PassageIndex, words: ClaimWords,
            picker: Picker) -> dict[tuple[int, int, tuple[str, ...]],
                                    dict[tuple[str, ...], CellPassage]]:
    """Cells by table, shared axis and its path: {(table, axis, path): {other path: cell}},
    every path singled out by the claim's words."""
    groups: dict[tuple[int, int, tuple[str, ...]], dict[tuple[str, ...], CellPassage]] = {}
    for passage in cell_candidates(passages, index, words):
        if passage.listed:
            continue  # which of its numbers is which is not known
        # Whether each axis's path is singled out (the picker remembers each answer, whichever
        # axis is the shared one); the columns are not asked of a row the claim does not pick.
        if not (picker.single(passage.number, 0, passage.paths[0])
                and picker.single(passage.number, 1, passage.paths[1])):
            continue
        for axis in (0, 1):
            other = passage.paths[1 - axis]
            groups.setdefault((passage.number, axis, passage.paths[axis]), {})[other] = passage
    return groups


def _pairs(claim: Claim, groups, words: ClaimWords, parts, index: PassageIndex,
           terms_of: Sequence[str | None], places: dict | None = None):
    """Each pair of cells the claim names (two paths on one axis, one shared), in the order
    the claim names them, whose headers and caption account for the claim: (first, second,
    accounting, whether it is said "from first to second"). `places`: where each compared
    path is named, when known (cell_phrases), else its first mention."""
    weighed = 0
    for (_, axis, _), cells in groups.items():
        if len(cells) != 2:
            continue  # the claim names one, or three or more, of the paths: no pair
        weighed += 1
        if weighed > MAX_PAIRS:
            break
        one, two = cells.values()
        caption = one.table.caption
        positions = [places.get((one.number, 1 - axis, one.paths[1 - axis])),
                     places.get((two.number, 1 - axis, two.paths[1 - axis]))] \
            if places is not None else \
            [_first_mention(one.paths[1 - axis], two.paths[1 - axis], words, caption),
             _first_mention(two.paths[1 - axis], one.paths[1 - axis], words, caption)]
        if None in positions or positions[0] == positions[1]:
            continue
        first, second = (one, two) if positions[0] < positions[1] else (two, one)
        if first.value is None or second.value is None:
            continue
        if _argument_on_shared_path(parts, one.paths[axis], one.paths[1 - axis],
                                    two.paths[1 - axis], words, terms_of, caption):
            continue
        if subject_on_both(words, first, second):
            continue  # "I-VILA lifts BERT-Base" within the I-VILA row (change_subjects.py)
        terms = with_abbreviations(first, words, terms_of) \
            | with_abbreviations(second, words, terms_of)
        accounting = account(parts, terms, index, relation=False)
        if accounting.confirms:
            yield first, second, accounting, _from_to(claim.text, min(positions),
                                                      max(positions))


def _argument_on_shared_path(parts, shared: tuple[str, ...], own: tuple[str, ...],
                             other: tuple[str, ...], words: ClaimWords,
                             terms_of: Sequence[str | None], caption: str | None) -> bool:
    """"A beats B" names B (or A) by a header of the path both cells share, and by none of
    the paths that tell them apart: "X beats the MIRA baseline on test-nc" is not the
    difference of two columns of the row MIRA. Then the pair is not what the claim compares."""
    if parts.comparison is None:
        return False
    shared_words = set(path_words(shared))
    apart = set(path_words(own)) ^ set(path_words(other))
    for argument in parts.comparison[:2]:
        positions = {position for position, term in enumerate(terms_of)
                     if term is not None and term in argument}
        on_shared = any((said := words.names(word, caption=caption)) and said & positions
                        for word in shared_words)
        on_apart = any((said := words.names(word, caption=caption)) and said & positions
                       for word in apart)
        if on_shared and not on_apart:
            return True
    return False


def _header_numbers(passages: list[CellPassage], index: PassageIndex) -> frozenset[float]:
    """The numbers the paper's tables print as headers, once per index."""
    key = ("cell_header_numbers", -1)
    cached = index.prepared.get(key)
    if not isinstance(cached, frozenset):
        cached = frozenset(word.number for passage in passages for word in passage.own
                           if word.number is not None)
        index.prepared[key] = cached
    return cached


def _aggregate(path: tuple[str, ...]) -> bool:
    return any(word.word in _AGGREGATE for word in header_words(" ".join(path)))


def _half(decimals: int | None) -> float:
    return 0.5 * 10.0 ** -(decimals or 0)


def _agrees(claimed: Quantity, difference: float, first: CellPassage,
            second: CellPassage) -> bool:
    """Statcheck: the claimed interval overlaps the difference of the two printed intervals
    (a small epsilon for binary floating point)."""
    spread = _half(first.decimals) + _half(second.decimals)
    low, high = difference - spread, difference + spread
    claim_low = abs(claimed.value) - _half(claimed.decimals)
    claim_high = abs(claimed.value) + _half(claimed.decimals)
    return claim_low <= high + 1e-9 and low - 1e-9 <= claim_high


def _not_points(quantity: Quantity, pairs: list) -> bool:
    """A percentage claimed between cells one of which lies beyond 100 is no difference in
    percentage points: shares lie within 0-100, so it is relative to a cell ("reduces the MAE
    of MCNN by 86.78%" is not 377.60 - 290.82, arXiv:1804.07821 Table 1)."""
    return quantity.unit == "%" and any(abs(cell.value or 0) > 100 for first, second, _, _
                                        in pairs for cell in (first, second))


def check_cell_differences(claim: Claim, paper: Paper, source: str,
                           index: PassageIndex) -> Check | None:
    """A confirmation of a claimed difference between two cells the claim names (module
    docstring); None otherwise."""
    if not paper.tables or claim.truncated:
        return None
    line_mean = check_line_means(claim, paper, source, index)  # "averaged over the 7 ..."
    if line_mean is not None:
        return line_mean
    quantities = [quantity for quantity in claim.quantities
                  if not quantity.cut_off and not quantity.approximate
                  and not metric_cutoff(claim, quantity)]
    said = set(claim_words_of(claim.text))
    # A number worded as the difference ("by 4 points") is no header, whatever the tables print
    # as headers ("4" of an n-gram column): round 32, "sisg outperforms sg by 4 points".
    if not claim.quantities or (quantities and all(
            _names_header(quantity, paper, index) and not _stated_as_difference(claim, quantity)
            for quantity in quantities)):
        return _order(claim, paper, source, index, quantities)
    if not quantities or (claim.direction is None and not said & (GAP_UP | GAP_DOWN | _AVERAGE)
                          and not _LEADS.search(claim.text) and not _BETWEEN.search(claim.text)
                          and not any(quantity.sign for quantity in quantities)):
        return None  # no direction and no average: no difference or mean is claimed
    passages = cell_passages(paper, index)
    headers: list[Quantity] = []
    if len(quantities) > 1:
        # Numbers the tables print as headers ("from a threshold of 0.00 to 0.65") name the
        # rows; the one left is the difference.
        printed = _header_numbers(passages, index)
        headers = [quantity for quantity in quantities
                   if any(abs(quantity.value - number) < 1e-9 for number in printed)]
        quantities = [quantity for quantity in quantities if quantity not in headers]
    if len(quantities) != 1 or not quantities[0].value:
        return None
    quantity = quantities[0]
    words = ClaimWords(claim.text, [(header.value, header.span[0]) for header in headers],
                       glossary(paper))
    claim_words = words.words
    direction = _direction(claim, quantity, claim_words)
    between = direction is None and quantity.sign is None and bool(_BETWEEN.search(claim.text))
    if between:
        direction = 1  # the size |A - B| is compared (below); nothing is contradicted
    parts = claim_parts(claim)
    averaged = direction is None and quantity.sign is None \
        and any(word in _AVERAGE for word in claim_words)
    if (direction is None and not averaged) or not parts.parts:
        return None
    terms_of = claim_terms(words)
    picker = Picker(passages, words)
    groups = _groups(passages, index, words, picker)
    if averaged:
        # "averaged" names the operation recomputed here, not a word the headers must hold,
        # and a column printing the average is not one of the cells averaged.
        parts = replace(parts, parts=tuple(part for part in parts.parts
                                           if part.text.casefold() not in _AVERAGE))
        groups = {key: {path: cell for path, cell in cells.items() if not _aggregate(path)}
                  for key, cells in groups.items()}
        return _average(claim, quantity, parts, groups, index, source, words, terms_of,
                        picker)
    # The direction words ("beats", "above", "trails") are what the arithmetic checks.
    parts = replace(parts, parts=tuple(part for part in parts.parts
                                       if part.text.casefold() not in GAP_UP | GAP_DOWN))
    candidates: list[tuple[CellPassage, CellPassage, float, Accounting]] = []
    unsure = False
    for first, second, accounting, change in _pairs(claim, groups, words, parts, index,
                                                    terms_of):
        # "A beats B by d": d = A - B; "from A to B ... lifts by d": d = B - A.
        difference = (first.value - second.value) * direction * (-1 if change else 1)
        candidates.append((first, second, abs(difference) if between else difference,
                           accounting))
        # A "from ... to" not read as the pair's order leaves the order unsure.
        unsure |= not change and bool(FROM_TO.search(claim.text))
    found = [candidate for candidate in candidates if candidate[2] > 0
             and _agrees(quantity, candidate[2], candidate[0], candidate[1])]
    # The pairs the claim names phrase by phrase (cell_phrases): the reading that decides
    # where the word-by-word one finds no pair, and that confirms, never contradicts, where
    # that one finds other pairs ("authors ... than bibliography venues" read word by word picks
    # the row "bibliography authors"; read by phrases, the row "authors").
    by_phrases, places = phrase_groups(passages, words, picker, GAP_UP | GAP_DOWN)
    phrased = [(first, second, (abs if between else float)(
                   (first.value - second.value) * direction * (-1 if change else 1)), accounting)
               for first, second, accounting, change in _pairs(
                   claim, by_phrases, words, parts, index, terms_of, places)]
    unsure |= between
    agreeing = [candidate for candidate in phrased if candidate[2] > 0
                and _agrees(quantity, candidate[2], candidate[0], candidate[1])]
    by_phrase = bool(phrased) and not candidates
    if by_phrase:
        candidates, found = phrased, agreeing
    elif phrased and {_cells(candidate) for candidate in phrased} \
            != {_cells(candidate) for candidate in candidates}:
        unsure = True
        found = found or agreeing
    else:
        by_phrase = bool(phrased)  # both readings name the same pairs
    if _judged_on_lower_better(_verbs(words), claim.text, candidates + phrased):
        return None
    if says_relative(claim.text, quantity) or _not_points(quantity, candidates + phrased):
        # A share of the base, never points (cell_relative)
        return check_relative(claim, quantity, [(one, two) for one, two, _, _ in (
            candidates + phrased if unsure else candidates)], direction, source)
    if len(found) == 1:
        first, second, _, _ = found[0]
        return pair_support(first, second, quantity, source,
                            f"a difference of {quantity.text.lstrip('+-')}",
                            f"{first.cell.text} − {second.cell.text}")
    if found or len(candidates) != 1 or unsure or not _may_contradict(claim, quantity) \
            or not _stated_as_difference(claim, quantity):
        return None  # several pairs fit, or none was found for sure: nothing is decided
    first, second, difference, accounting = candidates[0]
    if not _sure(accounting) or not (picker.only(first, second) or (
            by_phrase and phrase_only((first, second), passages, words))):
        return None
    cells = (f"{table_name(first)} gives {first.cell.text} for {first.headers} and "
             f"{second.cell.text} for {second.headers}")
    said = "the other way" if difference < 0 and _agrees(quantity, -difference, first, second) \
        else f"by {_fmt(abs(difference), first, second)}"
    return Check(kind=CheckKind.table, outcome=Outcome.contradicted,
                 explanation=(f"{cells}, the only cells whose headers the claim names: they "
                              f"differ {said}, not by {quantity.text.lstrip('+-')} in the "
                              "direction the claim says."),
                 evidence=cells_evidence((first, second), source, quantity),
                 matched=[MatchedPart(part="value", claim=quantity.text,
                                      source=f"{first.cell.text} − {second.cell.text}")])


def _verbs(words: ClaimWords) -> list[str]:
    """The claim's words less those printed capitalised after its first: "Add" of the game
    "Add Highway" is a name, not the judging verb "adds" (arXiv:1103.5254 Table 1)."""
    return [word for position, (word, printed) in enumerate(zip(words.words, words.printed,
                                                                 strict=True))
            if position == 0 or not printed[:1].isupper()]


def _judged_on_lower_better(said: Sequence[str], text: str, candidates) -> bool:
    """The claim words its difference as a judgement ("improves by", "outperforms by",
    "leads by") of a measure for which lower is better (an error rate, a time, a rank), named
    by the claim or by a pair's caption title or headers: "AM+LM adaptation improves the word
    error rate by 21.6 points" means the rate fell by 21.6, so the sign of the difference
    says nothing of the direction, and the pair decides nothing either way."""
    if not set(said) & JUDGING:
        return False
    return lower_is_better(text) or any(
        cells_lower_is_better(first.table.caption, (first.headers, second.headers))
        for first, second, _, _ in candidates)


def _cells(candidate) -> frozenset[int]:
    """The pair of cells of a candidate difference, in either order."""
    return frozenset((id(candidate[0]), id(candidate[1])))


def _may_contradict(claim: Claim, quantity: Quantity, average: bool = False) -> bool:
    """A claimed difference a pair of cells can contradict: an absolute one (a percentage or
    a ratio may be relative to the first cell; a mean is a level, its percentage is not)."""
    if quantity.unit in ("times", "x", "fold") or (quantity.unit == "%" and not average):
        return False
    return not re.search(r"\b(?:relative|relatively|fold|times)\b", claim.text, re.I)


def _stated_as_difference(claim: Claim, quantity: Quantity) -> bool:
    """The number is worded as a difference, not a level that merely shares the claim with
    a comparison ("scores 80.0, above SciBERT"): signed, after "by", before "points
    higher/above/more", or after a word for a gap ("costs", "loses", "a margin of")."""
    start, end = quantity.span
    if claim.text[start:start + 1] in "+-\u2212" or COMPARED_AFTER.match(claim.text[end:]):
        return True
    before = claim.text[max(0, start - 40):start].casefold().split()
    return bool(before) and (before[-1] == "by" or any(
        word.strip(",;:") in _GAP_WORDS for word in before[-3:]))


def _sure(accounting: Accounting) -> bool:
    """The cells' headers and caption hold nearly all the claim says: the strict accounting
    of a contradiction (a contradiction is worse when wrong than a confirmation). A looser
    bar let "SSK-T1 outperforms the bag-of-words MIL baseline" pick the SSK-MIL column by its
    "MIL" and contradict, with "bag-of-words" and "baseline" unaccounted for."""
    return accounting.contradicts


def _fmt(value: float, *printed: CellPassage | Quantity) -> str:
    """The value with as many decimals as the most precise of the printed numbers."""
    decimals = max([item.decimals or 0 for item in printed] + [0])
    return f"{value:.{decimals}f}"


def _average(claim: Claim, quantity: Quantity, parts, groups, index: PassageIndex,
             source: str, words: ClaimWords, terms_of: Sequence[str | None],
             picker: Picker) -> Check | None:
    """"Averaged over X and Y, M scores 85.2": the mean of the cells the claim names on one
    axis (two or more, each singled out by its words) along the one path it names on the
    other, within printed precision (the mean of the cells' half-units). Only one such group
    may fit. When only one group is named at all and its mean is another number, the claim
    is contradicted."""
    candidates = []
    items = listed(claim.text)  # "of A, B and C": the mean of three cells, one per item
    for cells in list(groups.values())[:MAX_PAIRS]:
        passages = list(cells.values())
        if len(passages) < 2 or any(passage.value is None for passage in passages):
            continue
        terms: frozenset[str] = frozenset()
        for passage in passages:
            terms |= with_abbreviations(passage, words, terms_of)
        accounting = account(parts, terms, index, relation=False)
        if accounting.confirms and told_apart(passages, words) \
                and (not items or one_per_item(passages, items)):
            candidates.append((passages, accounting))
    found = []
    for passages, _ in candidates:
        if mean_holds(passages, abs(quantity.value), quantity.decimals):
            found.append(passages)
    if len(found) == 1:
        passages = found[0]
        cells = ", ".join(f"{passage.cell.text} for {passage.headers}" for passage in passages)
        return Check(kind=CheckKind.table, outcome=Outcome.supported,
                     explanation=(f"{table_name(passages[0])} gives {cells}: their mean is "
                                  f"{quantity.text} within printed precision; the cells' "
                                  "headers and caption speak of everything the claim does."),
                     evidence=cells_evidence(passages, source, quantity),
                     matched=[MatchedPart(part="value", claim=quantity.text,
                                          source=" + ".join(p.cell.text for p in passages))])
    if found or len(candidates) != 1 or not _may_contradict(claim, quantity, average=True):
        return None
    passages, accounting = candidates[0]
    if not _sure(accounting) or not picker.only(*passages):
        return None
    mean, _ = line_mean(passages)
    cells = ", ".join(f"{passage.cell.text} for {passage.headers}" for passage in passages)
    return Check(kind=CheckKind.table, outcome=Outcome.contradicted,
                 explanation=(f"{table_name(passages[0])} gives {cells}, the only cells whose "
                              f"headers the claim names: their mean is "
                              f"{_fmt(mean, passages[0], quantity)}, not {quantity.text}."),
                 evidence=cells_evidence(passages, source, quantity),
                 matched=[MatchedPart(part="value", claim=quantity.text,
                                      source=" + ".join(p.cell.text for p in passages))])


# --------------------------------------------------------------------------------------------
# Which of two cells is larger: claims without a number


def _order_gap(pair, picker: Picker, headers: Sequence[Quantity], evaluative: bool,
               direction: int) -> float | None:
    """The first cell's lead over the second in the claim's direction, when the pair alone
    would decide the claim's order (its headers hold nearly all the claim says, the claim
    points at no other line, no number is left unchecked, the measure is not judged the other
    way, the rounding leaves no doubt); else None."""
    first, second, accounting, _ = pair
    if not _sure(accounting) or not picker.only(first, second):
        return None
    if unaccounted_labels(headers, (first, second)):
        return None  # a number the pair does not print: a margin or setting left unchecked
    if evaluative and cells_lower_is_better(first.table.caption,
                                            (first.headers, second.headers)):
        return None
    gap = (first.value - second.value) * direction
    if abs(gap) <= _half(first.decimals) + _half(second.decimals):
        return None  # the rounding leaves the order in doubt
    return gap


def _names_header(quantity: Quantity, paper: Paper, index: PassageIndex) -> bool:
    """The number is printed as a header of the paper's tables ("the first five units")."""
    return any(abs(quantity.value - number) < 1e-9
               for number in _header_numbers(cell_passages(paper, index), index))


def _order(claim: Claim, paper: Paper, source: str, index: PassageIndex,
           headers: Sequence[Quantity] = ()) -> Check | None:
    """"A outperforms B on X", "Gold hints increased the time compared with no hints": which
    of the two cells the claim names is the larger, when it names exactly one pair in the
    paper (as for a contradicted difference). Literal words ("higher", "increased") compare
    the printed numbers; evaluative ones ("outperforms", "hurts") only where the pair's
    headers and caption name no measure for which lower is better (error, time, rank, ...).
    A denied, passive or "from ... to" claim is left alone, as is an order the printed
    precision cannot tell."""
    words = ClaimWords(claim.text, [(header.value, header.span[0]) for header in headers],
                       glossary(paper))
    stated = stated_order(set(words.words), claim.text)
    if stated is None:
        return None  # no direction, both kinds, or said both ways
    direction, evaluative = stated
    parts = claim_parts(claim)
    parts = replace(parts, parts=tuple(
        part for part in parts.parts if part.role != "relation" and part.text.casefold()
        not in ORDERING))
    if not parts.parts:
        return None
    passages = cell_passages(paper, index)
    picker = Picker(passages, words)
    groups = _groups(passages, index, words, picker)
    pairs = list(_pairs(claim, groups, words, parts, index, claim_terms(words)))
    if not pairs:
        # "Adding X to B lowers M": the row "B + X" against the row "B" (added_rows.py)
        return added_row_order(claim, source, passages)
    if len(pairs) > MAX_AGREEING:
        return None
    # Several pairs decide only when each would decide alone and all the same way: a result
    # printed twice (a summary table and a breakdown table) is one fact (repeated_pairs.py).
    gaps = [_order_gap(pair, picker, headers, evaluative, direction) for pair in pairs]
    if None in gaps or not repeated_order(gaps):
        return None
    first, second, _, _ = pairs[0]
    gap = gaps[0]
    assert gap is not None
    outcome = Outcome.supported if gap > 0 else Outcome.contradicted
    cells = (f"{table_name(first)} gives {first.cell.text} for {first.headers} and "
             f"{second.cell.text} for {second.headers}")
    larger = "larger" if first.value > second.value else "smaller"
    return Check(kind=CheckKind.table, outcome=outcome,
                 explanation=(f"{cells}, the only cells whose headers the claim names: the "
                              f"first is the {larger}, {'as' if gap > 0 else 'not as'} the "
                              "claim says."),
                 evidence=cells_evidence((first, second), source, None),
                 matched=[MatchedPart(part="value", claim=claim.text[:60],
                                      source=f"{first.cell.text} vs {second.cell.text}")])
