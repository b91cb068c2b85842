"""Column-header paths of a table region: which header cell heads which columns.

Split from grid_cells.py along its seam: grid_cells.py cuts a region into lines, cells and
columns; this module decides, for the header lines above the body, which columns each header
cell spans (its cmidrule, its neighbours' territories, where it is centred) and which stacked
cells are one wrapped label, so that each value's column path is the one printed over it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .flush_headers import flush_column
from .walled_headers import walled_off

if TYPE_CHECKING:
    from .grid_lines import Segment
    from .pdfwords import Rule


def assign_column(segment: Segment, columns: list[tuple[float, float]]) -> int:
    """The column a segment overlaps most, or failing any overlap the one nearest its middle."""
    best = max(range(len(columns)),
               key=lambda c: min(segment.x1, columns[c][1]) - max(segment.x0, columns[c][0]))
    if min(segment.x1, columns[best][1]) - max(segment.x0, columns[best][0]) > 0:
        return best
    return min(range(len(columns)),
               key=lambda c: abs(segment.center - (columns[c][0] + columns[c][1]) / 2))


def split_at_columns(segment: Segment, columns: list[tuple[float, float]]) -> list[Segment]:
    """`segment` cut into one header cell per column when its words start at the left edges
    of two or more columns and none reaches into the next one.

    Small capitals set two cells a word space apart: ELMo's Table 1 (arXiv:1802.05365, page
    5) prints "BASELINE" under "OUR" and again under "ELMO +", 3 pt apart, and the two were
    read as one cell "BASELINE BASELINE" over the whole value block, so every column's path
    ended in it and "Our baseline" was no column of the table. Each group of words starting
    within 1.5 pt of a column's left edge, and ending before the next column starts, is that
    column's cell; a cell that spans its columns (a group label centred over them) has no
    word set at a second column's edge, and stays whole."""
    words = segment.words
    if len(words) < 2 or segment.value:
        return [segment]
    starts = {c: a for c, (a, _) in enumerate(columns)}
    groups: list[tuple[int, list]] = []
    for word in words:
        column = next((c for c, a in starts.items() if abs(word.x0 - a) <= 1.5), None)
        if column is not None and (not groups or column > groups[-1][0]):
            groups.append((column, [word]))
        elif groups:
            groups[-1][1].append(word)
        else:
            return [segment]
    if len(groups) < 2:
        return [segment]
    for column, group in groups:
        following = columns[column + 1][0] if column + 1 < len(columns) else None
        if following is not None and max(word.x1 for word in group) >= following - 1:
            return [segment]
    return [replace(segment, text=_joined(group),
                    x0=min(word.x0 for word in group), x1=max(word.x1 for word in group),
                    words=list(group)) for _, group in groups]


def _split_under_heads(segment: Segment, above: list[list[Segment]],
                       columns: list[tuple[float, float]]) -> list[Segment]:
    """`segment` cut at column edges (`split_at_columns`) only when each piece's column is
    headed, on a line above, by a cell of its own that reaches no other piece's column:
    headers nest downwards, so a lower cell never spans columns that cells above it part
    ("OUR" / "ELMO +" over "BASELINE BASELINE"). A cell over columns that nothing above parts
    ("CNN News" over "Valid" and "Test", its words by chance at their left edges) stays
    whole."""
    parts = split_at_columns(segment, columns)
    if len(parts) < 2:
        return parts
    spans = [[c for c, (a, b) in enumerate(columns) if min(part.x1, b) > max(part.x0, a)]
             for part in parts]
    for own, span in enumerate(spans):
        others = {c for k, other in enumerate(spans) if k != own for c in other}
        if not any(min(cell.x1, columns[c][1]) > max(cell.x0, columns[c][0])
                   and not any(min(cell.x1, columns[o][1]) > max(cell.x0, columns[o][0])
                               for o in others)
                   for line in above for cell in line for c in span):
            return [segment]
    return parts


def _joined(words: list) -> str:
    """Words as a line prints them: a space between two, none between touching ones (small
    capitals set as words of two sizes)."""
    text = words[0].text
    for previous, word in zip(words, words[1:], strict=False):
        text += ("" if word.x0 - previous.x1 < 0.08 * max(word.size, 1.0) else " ") + word.text
    return text


def _territories(line: list[Segment], columns: list[tuple[float, float]], labels: int,
                 walls: list[float]) -> dict[int, tuple[float, float]]:
    """For the header cells of an upper line over the value columns (index in `line` ->
    x-range): the columns between two neighbouring spanning cells split at the one vertical
    rule between them (`walls`, x positions), or else at the midpoint of the gap; the outer
    cells reach as far out as in."""
    start = columns[labels][0] if labels < len(columns) else columns[0][0]
    cells = [(index, segment) for index, segment in enumerate(line) if segment.x1 > start]
    if len(cells) < 2:
        return {}
    bounds = []
    for k in range(len(cells) - 1):
        between = [x for x in walls if cells[k][1].x1 < x < cells[k + 1][1].x0]
        bounds.append(between[0] if len(between) == 1
                      else (cells[k][1].x1 + cells[k + 1][1].x0) / 2)
    result: dict[int, tuple[float, float]] = {}
    for k, (index, segment) in enumerate(cells):
        right = bounds[k] if k < len(bounds) else None
        left = bounds[k - 1] if k else None
        if left is None and right is not None:
            left = segment.center - (right - segment.center)
        if right is None and left is not None:
            right = segment.center + (segment.center - left)
        if left is not None and right is not None:
            result[index] = (left, right)
    return result


def header_paths(header: list[list[Segment]], tops: list[tuple[float, float]],
                  columns: list[tuple[float, float]], rules: list[Rule],
                  labels: int = 0, walls: list[float] | None = None) -> list[list[str]]:
    """Column-header path per column. A header cell covers the columns it overlaps; one in an
    upper line over fewer columns spans those under its cmidrule, or else those between it
    and its neighbours' territories (`_territories`), or those it is centred over. Stacked
    cells of one column with no rule between are one wrapped cell."""
    entries: list[list[tuple[str, int, int]]] = [[] for _ in columns]  # text, span, line
    # Columns that already hold a cell of their own from a line above: a cell further down
    # cannot be their parent (a one-line label such as "BERT" is set vertically centred
    # beside two-line ones such as "Self-" / "TER", on a line of its own between theirs).
    labelled_above: set[int] = set()
    placed: list[list[tuple[Segment, list[int]]]] = [[] for _ in header]
    header = [[part for segment in line
               for part in _split_under_heads(segment, header[:number], columns)]
              for number, line in enumerate(header)]
    # A cell boxed off from every column heads one the grid does not hold (walled_headers.py).
    header = [[segment for segment in line
               if not walled_off(segment, line, columns, walls or [])] for line in header]
    for number, line in enumerate(header):
        claimed: set[int] = set()
        plans: list[tuple[Segment, list[int]]] = []
        for segment in line:
            over = [c for c, (a, b) in enumerate(columns)
                    if min(segment.x1, b + 1) - max(segment.x0, a - 1) > 0]
            plans.append((segment, over or [assign_column(segment, columns)]))
            claimed.update(over)
        last = number == len(header) - 1
        if len(header) == 1 and len(line) == 1 and (
                line[0].x1 - line[0].x0 >= 0.5 * (max(b for _, b in columns)
                                                  - min(a for a, _ in columns))):
            # A lone title over the whole table heads every column.
            for column in range(len(columns)):
                entries[column].append((line[0].text, len(columns), number))
            continue
        territory = {} if last else _territories(line, columns, labels, walls or [])
        for index, (segment, over) in enumerate(plans):
            cover = over
            if not last:
                # The next header line under this cell (a vertically centred cell of another
                # column can sit on a line of its own in between).
                below = next((k for k in range(number + 1, len(header))
                              if any(min(s.x1, segment.x1) > max(s.x0, segment.x0)
                                     for s in header[k])), None)
                below_top = tops[below][0] if below is not None else tops[number][1] + 6
                under = [rule for rule in rules
                         if tops[number][1] - 1 <= rule.top <= below_top + 1
                         and rule.x0 - 2 <= segment.center <= rule.x1 + 2
                         and not any(other is not segment and min(other.x1, rule.x1)
                                     > max(other.x0, rule.x0) for other in line)]
                if under:
                    rule = min(under, key=lambda r: r.x1 - r.x0)
                    cover = [c for c, (a, b) in enumerate(columns)
                             if rule.x0 - 2 <= (a + b) / 2 <= rule.x1 + 2] or over
                elif (flush := flush_column(segment, header[number + 1], columns,
                                            labels)) is not None:
                    cover = [flush]  # a wrapped label flush right over its figures
                elif index in territory:
                    left, right = territory[index]
                    cover = [c for c, (a, b) in enumerate(columns)
                             if c >= labels and left <= (a + b) / 2 <= right] or over
                    if any(c in labelled_above for c in cover if c not in over) or (
                            below is not None and any(
                                left <= other.center <= right
                                for k in range(number + 1, below) for other in header[k])):
                        # The upper part of a wrapped cell ("Self-" over "TER"), with
                        # its neighbours' one-line labels set on a line between: no parent.
                        cover = over
                elif _heads_value_block(segment, line, header[number + 1:], columns, labels):
                    cover = list(range(labels, len(columns)))
                elif len(over) <= 1:
                    cover = _centred_span(segment, over[0], columns, claimed - set(over))
            for column in cover:
                entries[column].append((segment.text, len(cover), number))
            placed[number].append((segment, cover))
        labelled_above.update(column for column, column_entries in enumerate(entries)
                              if any(span == 1 for _, span, _ in column_entries))
    wrapped = _wrapped_spanning_cells(placed, entries, tops, rules, columns)
    # A header whose every cell heads one column (no cell spans others, so no line groups
    # the ones under it) is a row of wrapped cells however many of them wrap: "% Area" /
    # "planted", "Mean" / "annual" / "rainfall" / "(mm)" side by side (Lane et al. 2005,
    # Table 1), where the lower lines hold about as many cells as the top one. A lower piece
    # with digits ("392k" under "MNLI-(m/mm)", a size) is a level of its own.
    ungrouped = _ungrouped(header, entries)
    paths: list[list[str]] = []
    for column, column_entries in enumerate(entries):
        path: list[str] = []
        previous: tuple[str, int, int] | None = None
        opened = 0  # the header line the last path element started on
        for text, span, number in column_entries:
            if previous and (column, number) in wrapped and previous[2] == number - 1:
                path[-1] = (path[-1] + text if path[-1].endswith(("-", "_"))
                            else f"{path[-1]} {text}")
                previous = (text, span, number)
                continue
            # A cell wrapped over two lines: the lower line holds much less than the upper one.
            # A hyphen-ended upper part may skip a line that holds only other columns' cells.
            # A cell wrapped over three lines ("Sum" / "of" / "rows") is measured against the
            # line it started on: its second and third lines hold one word each.
            if (previous and span == 1 and previous[1] == 1
                    and (number == previous[2] + 1
                         or (number > previous[2] and path[-1].endswith(("-", "_"))))
                    and (2 * len(header[number]) <= len(header[opened])
                         or path[-1].endswith(("-", "_"))
                         or (ungrouped and not any(ch.isdigit() for ch in text)))
                    and not _rule_between(rules, tops[previous[2]][1], tops[number][0],
                                          columns)):
                path[-1] = (path[-1] + text if path[-1].endswith(("-", "_"))
                            else f"{path[-1]} {text}")
            else:
                path.append(text)
                opened = number
            previous = (text, span, number)
        paths.append(path)
    return _boxed_unheaded(paths, columns, walls or [])


def _boxed_unheaded(paths: list[list[str]], columns: list[tuple[float, float]],
                    walls: list[float]) -> list[list[str]]:
    """`paths` with an unheaded column given the header of the column left of it, when
    vertical rules box the two together: one rule left of the headed column (or none, the
    table's first column), one right of the unheaded column, none between them.

    ELMo's Table 1 (arXiv:1802.05365, page 5) rules "PREVIOUS SOTA" off from "TASK" and from
    "OUR BASELINE", and prints under it two columns: the citation ("Liu et al. (2017)") and its
    score (84.4). The header is set over the citation only, so the scores had no column
    header and "the previous state of the art ... 84.4" found no cell. The rules say which
    columns a header cell heads; a column with no header of its own, inside the same box, is
    the headed one's. A column between two headed ones, or with no rule closing the box
    on its right, keeps no header (its header may have been lost, not shared)."""
    result = [list(path) for path in paths]
    for column in range(1, len(columns)):
        left, right = columns[column - 1], columns[column]
        if result[column] or not paths[column - 1]:
            continue
        if any(left[1] < wall < right[0] for wall in walls):
            continue
        opened = column - 1 == 0 or any(columns[column - 2][1] < wall < left[0]
                                        for wall in walls)
        following = columns[column + 1][0] if column + 1 < len(columns) else None
        closed = following is not None and any(right[1] < wall < following for wall in walls)
        if opened and closed:
            result[column] = list(paths[column - 1])
    return result


def _ungrouped(header: list[list[Segment]], entries: list[list[tuple[str, int, int]]]) -> bool:
    """Does every cell of a header of several lines head one column only?"""
    return len(header) > 1 and all(span == 1 for column_entries in entries
                                   for _, span, _ in column_entries)


def _wrapped_spanning_cells(placed: list[list[tuple[Segment, list[int]]]],
                            entries: list[list[tuple[str, int, int]]],
                            tops: list[tuple[float, float]], rules: list[Rule],
                            columns: list[tuple[float, float]]) -> set[tuple[int, int]]:
    """(column, line) pairs whose header text continues the line above: a cell centred right
    over a wider one ("Trigger Identification" over "+ Classification (%)") with no rule
    between is the upper line of one wrapped spanning cell, since a parent header never spans
    fewer columns than a child under it. The upper part is spread over the lower part's
    columns in `entries`."""
    wrapped: set[tuple[int, int]] = set()
    for number in range(1, len(placed)):
        if _rule_between(rules, tops[number - 1][1], tops[number][0], columns):
            continue
        for segment, cover in placed[number]:
            for upper, upper_cover in placed[number - 1]:
                if not (set(upper_cover) < set(cover)
                        and abs(upper.center - segment.center) <= 3):
                    continue
                for column in cover:
                    kept = [e for e in entries[column]
                            if not (e[2] == number - 1 and e[0] == upper.text)]
                    kept.append((upper.text, len(cover), number - 1))
                    entries[column] = sorted(kept, key=lambda e: e[2])
                    wrapped.add((column, number))
    return wrapped


def _rule_between(rules: list[Rule], top: float, bottom: float,
                  columns: list[tuple[float, float]]) -> bool:
    return any(top - 1 <= rule.top <= bottom + 1 for rule in rules)


def _centred_span(segment: Segment, base: int, columns: list[tuple[float, float]],
                  taken: set[int]) -> list[int]:
    """The run of free columns around `base` whose middle is nearest the segment's middle."""
    best = [base]
    best_score = abs((columns[base][0] + columns[base][1]) / 2 - segment.center)
    for first in range(base, -1, -1):
        if first != base and first in taken:
            break
        for last in range(base, len(columns)):
            if last != base and last in taken:
                break
            if first == last == base:
                continue
            middle = (columns[first][0] + columns[last][1]) / 2
            score = abs(middle - segment.center) + 1 * (last - first)
            if score < best_score - 0.5:
                best, best_score = list(range(first, last + 1)), score
    return best


def _heads_value_block(segment: Segment, line: list[Segment], below: list[list[Segment]],
                       columns: list[tuple[float, float]], labels: int) -> bool:
    """Is `segment`, the only header cell of its line over the value columns, a label over all
    of them ("Dev Set" over MNLI-m, QNLI, MRPC, SST-2 and SQuAD in arXiv:1810.04805 Table 5)?
    It is when it stands centred over the run of value columns and the lines below it give
    every value column a header of its own. Over an odd number of columns such a label stands
    right over the middle one, and `_centred_span` weighs a narrow span as better: the label
    had headed that one column only, and the other columns had lost it. The line right below
    must name each value column on its own."""
    if labels >= len(columns) or len(columns) - labels < 2:
        return False
    start, end = columns[labels][0], columns[-1][1]
    if segment.x0 < start - 2 or any(other is not segment and other.x1 > start
                                     for other in line):
        return False
    if abs(segment.center - (start + end) / 2) > max(3.0, 0.04 * (end - start)):
        return False
    if not below:
        return False
    # The next line names each value column on its own: a cell there spanning two columns
    # would be the rest of a wrapped spanning label ("Trigger Identification" over
    # "+ Classification (%)"), which `_wrapped_spanning_cells` joins.
    spans = [[c for c, (a, b) in enumerate(columns[labels:])
              if min(other.x1, b + 1) > max(other.x0, a - 1)] for other in below[0]]
    return all(len(span) <= 1 for span in spans) \
        and len({c for span in spans for c in span}) == len(columns) - labels
