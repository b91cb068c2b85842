"""Rows of a table region's grid with their row-header paths (see grid_cells.py).

Split from grid_cells.py, which cuts a region into cells and columns: this module turns the
cells of the body into rows whose every cell carries its row-header path, outer -> inner. A
group label on a line of its own heads the rows below it up to the next one; a line of several
group labels, each centred over its own run of columns ("Test Set" over seven languages beside
"Out-of-domain data" over three), heads each run separately (`group_spans`); an outer label
printed once for a block of rows fills the block.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from verify_claims.claims import Cell

from .cell_values import make_cell
from .unlisted_settings import fill_from_named_row
from .wrapped_row_names import wrapped_name_lines

if TYPE_CHECKING:
    from .grid_lines import Line, Segment
    from .pdfwords import Rule

Spans = list[tuple[str, int, int]]  # group label, first and last column it heads
MAX_SPANNING_LABELS = 5


@dataclass
class Grid:
    header: list[str]
    rows: list[list[Cell]]
    header_lines: list[list[str]]
    columns: list[tuple[float, float]]


def group_spans(line: list[Segment], columns: list[tuple[float, float]]) -> Spans:
    """For a body line of two or more labels and no number: the run of columns each label is
    centred over, the runs cutting the columns (row-label column included) into consecutive
    parts in the labels' order. Empty when the labels cannot be so placed: each must lie
    within its run, and no run may be empty."""
    count = len(line)
    if not 2 <= count <= MAX_SPANNING_LABELS or count > len(columns):
        return []
    best: tuple[float, Spans] | None = None
    for cuts in combinations(range(1, len(columns)), count - 1):
        bounds = [0, *cuts, len(columns)]
        score = 0.0
        spans: Spans = []
        for segment, first, stop in zip(line, bounds, bounds[1:], strict=False):
            left, right = columns[first][0], columns[stop - 1][1]
            if segment.x0 < left - 3 or segment.x1 > right + 3:
                break
            score += abs((left + right) / 2 - segment.center)
            spans.append((segment.text, first, stop - 1))
        else:
            if best is None or score < best[0]:
                best = (score, spans)
    return best[1] if best else []


def rows_of(cells: list[dict[int, Segment]], body_lines: list[Line], labels: int,
            paths: list[list[str]], full_rules: list[Rule], width: int,
            spanning: dict[int, Spans] | None = None, inner: list[int] = (),
            caption: str | None = None) -> Grid:
    """Rows of Cells with their row-header paths: group labels on a line of their own head the
    rows below (each over the columns it spans, when a line holds several: `spanning`, body
    row index -> spans); outer labels printed once for a block of rows (between rules) fill
    the block. A sub-table's row-label column (`inner`, see `side_labels`) stands in for
    the first table's label of the same header in the paths of the cells to its right. A
    caption saying blank settings repeat a named row ("Unlisted values are identical to those
    of the base model") fills them from that row instead (unlisted_settings.py)."""
    rows_labels: list[list[str]] = []
    rows_values: list[dict[int, Segment]] = []
    row_lines: list[Line] = []
    row_spans: list[Spans] = []
    group: str | None = None
    spans: Spans = []
    origins: list[int | None] = []  # per row: the body line of the group label it carries
    origin: int | None = None
    row_cells: list[dict[int, Segment]] = []
    centred = False  # the group label is a multirow label of an outer column (its block only)
    # Lines that wrap a row's name, in a table that wraps names (wrapped_row_names.py).
    wrapped = wrapped_name_lines(cells, body_lines, labels, full_rules) if labels else {}
    for number, (row, line) in enumerate(zip(cells, body_lines, strict=True)):
        if spanning and number in spanning:
            group, spans, origin, centred = None, spanning[number], None, False
            continue
        values = {c: s for c, s in row.items() if c >= labels}
        names = [row[c].text if c in row else "" for c in range(labels)]
        if not values and labels:
            text = " ".join(name for name in names if name)
            if not text:
                continue
            if number in wrapped and rows_labels:  # a row's name wrapped under it
                previous = rows_labels[-1]
                at = len(previous) - labels + wrapped[number]
                previous[at] = f"{previous[at]} {text}".strip()
                continue
            if rows_values and text[:1].islower():
                previous = rows_labels[-1]
                deepest = max((i for i, name in enumerate(previous) if name), default=0)
                previous[deepest] = f"{previous[deepest]} {text}".strip()
            else:
                group, spans, origin = text, [], number
                centred = (bool(row_cells) and 0 in row_cells[-1] and number + 1 < len(cells)
                           and 0 in cells[number + 1]
                           and centred_outer_label(body_lines, number, row_lines, full_rules))
                if centred:
                    _label_rows_above(text, number, rows_labels, origins, row_lines,
                                      body_lines, full_rules, labels)
            continue
        if not values and not labels:
            continue
        if centred and row_lines and _ruled(row_lines[-1], line, full_rules):
            group, origin, centred = None, None, False  # past the block it is centred on
        rows_labels.append(([group] if group else []) + names if group is not None else names)
        origins.append(origin)
        row_cells.append(row)
        rows_values.append(values)
        row_lines.append(line)
        row_spans.append(spans)
    fill_from_named_row(rows_labels, labels, caption)
    # Outer row-header columns printed once per block (multirow or "printed once") fill down.
    offset_rows = [len(names) - labels for names in rows_labels]
    if labels > 1 and rows_labels:
        blocks: list[list[int]] = [[0]]
        for index in range(1, len(rows_labels)):
            between = any(row_lines[index - 1].bottom <= rule.top <= row_lines[index].top
                          for rule in full_rules)
            if between:
                blocks.append([index])
            else:
                blocks[-1].append(index)
        for column in range(labels - 1):
            carried = ""
            for block in blocks:
                printed = [rows_labels[i][offset_rows[i] + column] for i in block
                           if rows_labels[i][offset_rows[i] + column]]
                # A group label hyphenated over two rows ("Un-" / "supervised") is one label.
                if len(printed) == 2 and printed[0].endswith("-") and printed[1][:1].islower():
                    printed = [printed[0][:-1] + printed[1]]
                if len(printed) == 1:
                    carried = printed[0]
                    for i in block:
                        rows_labels[i][offset_rows[i] + column] = carried
                    continue
                for i in block:
                    name = rows_labels[i][offset_rows[i] + column]
                    if name:
                        carried = name
                    else:
                        rows_labels[i][offset_rows[i] + column] = carried
    rows: list[list[Cell]] = []
    for names, values, over in zip(rows_labels, rows_values, row_spans, strict=True):
        row: list[Cell] = []
        own = names[len(names) - labels:] if labels else []
        for column in range(width):
            outer = [(text, first, last) for text, first, last in over
                     if first <= column <= last][:1]
            titled = bool(outer) and retitles(paths, outer[0][1], outer[0][2], labels)
            path = ([] if titled else [text for text, _, _ in outer]) \
                + _own_names(names, values, labels, paths, inner, column)
            columns_path = [outer[0][0], *paths[column][1:]] if titled and column >= labels \
                else paths[column]
            if column < labels:
                row.append(Cell(text=own[column], row_headers=path,
                                column_headers=columns_path))
                continue
            segment = values.get(column)
            cell = make_cell(segment.text if segment else "")
            cell.row_headers = path
            cell.column_headers = columns_path
            cell.flags = segment.flags if segment else []
            row.append(cell)
        rows.append(row)
    header = [" ".join(path) for path in paths]
    return Grid(header=header, rows=rows, header_lines=paths, columns=[])


def _ruled(upper: Line, lower: Line, full_rules: list[Rule]) -> bool:
    return any(upper.bottom <= rule.top <= lower.top for rule in full_rules)


def centred_outer_label(body_lines: list[Line], number: int, row_lines: list[Line],
                        full_rules: list[Rule]) -> bool:
    """Is the lone label on body line `number` a multirow label of an outer label column that
    the columns were not cut for (printed in too few rows to make a column of its own, so that
    it shares a column with the rows' own labels: the caller checks that)? LaTeX's
    \\multirow centres such a label vertically on its block of rows, so over an even number of
    rows it stands on a baseline of its own between two rows, with no space of its own around
    it, and left of both rows' own labels. It names the rows of its block on both sides of it
    (up to the rules that bound the block), not only those below, as a group label on a line of
    its own with a line's space around it does."""
    if not row_lines or number + 1 >= len(body_lines):
        return False
    upper, label, lower = row_lines[-1], body_lines[number], body_lines[number + 1]
    middle = (label.top + label.bottom) / 2
    return (lower.top - upper.bottom < 0.8 * label.size
            and upper.bottom - 1 <= middle <= lower.top + 1
            and label.x1 < min(upper.x0, lower.x0)
            and not _ruled(upper, lower, full_rules))


straddled_rows_labelled = True
"""Whether a centred label takes the row right above it, which it overlaps, from an earlier
label (round 33; a planted-bug test switches it off)."""


def _label_rows_above(text: str, number: int, rows_labels: list[list[str]],
                      origins: list[int | None], row_lines: list[Line],
                      body_lines: list[Line], full_rules: list[Rule], labels: int) -> None:
    """Give a centred outer label (`centred_outer_label`) to the rows above it in its block:
    back to the rule above the block, stopping at a row that already carries a label set inside
    the block. The row right above, which the label overlaps, is always its own.

    Round 33 (Rahimi et al. 2019, Table 3: "Unsup", "IdentChar" and "Sup", each centred on its
    two rows "crawl" and "wiki", no rule between the blocks): the row right above "IdentChar"
    carried "Unsup" from the block above, so it kept it, and "IdentChar / crawl" (43) was
    read as "Unsup / crawl". A label set between two rows and overlapping both is theirs:
    rows are set a line apart, so one line cannot straddle rows of two blocks."""
    label = body_lines[number]
    for index in range(len(rows_labels) - 1, -1, -1):
        if index < len(rows_labels) - 1 and _ruled(row_lines[index], row_lines[index + 1],
                                                   full_rules):
            break
        came = origins[index]
        straddled = index == len(rows_labels) - 1 and label.top < row_lines[index].bottom \
            and straddled_rows_labelled
        if came is not None and not straddled \
                and not _ruled(body_lines[came], row_lines[index], full_rules):
            break
        names = rows_labels[index][len(rows_labels[index]) - labels:] if labels else []
        rows_labels[index] = [text, *names]
        origins[index] = number


def retitles(paths: list[list[str]], first: int, last: int, labels: int) -> bool:
    """Whether a label on a body line of its own, over columns `first` to `last`, re-titles
    a group of columns for the rows below instead of heading a group of rows: the value
    columns under it are exactly the ones one top-level column title spans ("Potsdam (P)" over
    "mIoU PA", and below the first block "Vaihingen (V)" over the same two; a first label's
    span also reaches over the row-label columns to its left). A stacked table prints each
    block's data set over the columns it fills; its cells are that data set's, not the first
    block's with a row label added."""
    values = [c for c in range(first, last + 1) if c >= labels]
    if not values:
        return False
    title = paths[values[0]][:1]
    run = [c for c in range(len(paths)) if len(paths[c]) >= 2 and paths[c][:1] == title]
    return bool(title) and run == values and run == list(range(run[0], run[-1] + 1))


def _own_names(names: list[str], values: dict[int, Segment], labels: int,
               paths: list[list[str]], inner: list[int], column: int) -> list[str]:
    """The row's labels as they hold for `column`: right of a sub-table's label column, that
    column's label replaces the first table's label under the same header."""
    left = [k for k in inner if k < column and k in values]
    if left:
        k = left[-1]
        names = list(names)
        same = next(j for j in range(labels) if paths[j] == paths[k])
        names[len(names) - labels + same] = values[k].text
    return [name for name in names if name]


def merge_multirow_labels(cells: list[dict[int, Segment]], body_lines: list[Line],
                          full_rules: list[Rule]) -> None:
    """A first-column label set vertically centred over an even number of rows (LaTeX's
    \\multirow over two rows) stands on a baseline of its own between two rows, overlapping
    both: it joins the row below, whose first cell is empty, so that the block's rows carry
    it. A group label on a line of its own has a line's height of space around it instead."""
    for index in range(1, len(cells) - 1):
        row, above, below = cells[index], cells[index - 1], cells[index + 1]
        if set(row) != {0} or 0 in above or 0 in below or not above or not below:
            continue
        upper, lower = body_lines[index - 1], body_lines[index + 1]
        size = body_lines[index].size
        middle = (body_lines[index].top + body_lines[index].bottom) / 2
        if (lower.top - upper.bottom < 0.8 * size and upper.bottom - 1 <= middle <= lower.top + 1
                and not any(upper.bottom <= rule.top <= lower.top for rule in full_rules)):
            below[0] = row.pop(0)


def printed_once_per_block(cells: list[dict[int, Segment]], body_lines: list[Line],
                           full_rules: list[Rule]) -> bool:
    """Is the first column filled in exactly one row of each block of rows between rules, and
    are some blocks longer than one row? Such a column labels its block even when it holds
    numbers (an algorithm's number printed once for the rows run with it)."""
    rows = [n for n, row in enumerate(cells) if row]
    if len(rows) < 3:
        return False
    blocks: list[list[int]] = [[rows[0]]]
    for previous, index in zip(rows, rows[1:], strict=False):
        if any(body_lines[previous].bottom <= rule.top <= body_lines[index].top
               for rule in full_rules):
            blocks.append([index])
        else:
            blocks[-1].append(index)
    return (len(blocks) >= 2 and any(len(block) >= 2 for block in blocks)
            and all(sum(0 in cells[i] for i in block) == 1 for block in blocks))


def side_labels(cells: list[dict[int, Segment]], labels: int, width: int,
                paths: list[list[str]], texts: list[float]) -> list[int]:
    """Row-label columns of a sub-table set to the right of the first (two tables side by side
    sharing rows): a column of text right of value columns whose header repeats the header of
    one of the first table's row-label columns ("Tuning set" on both sides). `texts`: each
    column's share of cells that are numbers."""
    found = []
    for column in range(labels + 1, width):
        filled = sum(column in row for row in cells)
        if (texts[column] < 0.5 and filled * 2 >= len(cells) and paths[column]
                and any(paths[column] == paths[j] for j in range(labels))):
            found.append(column)
    return found


ruled_blocks_open = True
"""Whether only the first line of a ruled block takes the lines under it (round 37; a
planted-bug test switches it off)."""


def join_ruled_cell_lines(cells: list[dict[int, Segment]], body: list[list[Segment]],
                          body_lines: list[Line], full_rules: list[Rule]) -> None:
    """In a grid ruled on every side (vertical walls, and a rule under each row), the lines
    between two rules are one row: a cell printed over two lines ("1/1.54" over "=0.65") is
    one cell. Read line by line, the lower halves became a row of their own with no label,
    and the label's row lost half of every cell. A line joins the one above when no rule
    separates them, it holds values only (a row label in any column, such as the inner
    labels under a multirow one, keeps it a row), and each of its cells lies under a cell of
    the line above; only in a table whose rows the rules separate (at least two ruled gaps),
    so a booktabs table's unlabelled continuation rows (memory figures under "Training")
    keep their own rows. The line above must open its ruled block: a cell printed over two
    lines starts right under a rule. The Transformer's Table 3 (round 37) rules only between
    blocks of variations, and in block (C) the line "256 ... 32 32 5.75 24.5 28", which
    carries the block's centred label "(C)", had taken the line under it ("1024 ... 128 128
    4.66 26.0 168"), so two variations were read as one row of paired values. Changes the
    three lists in place."""
    ruled = [_ruled(upper, lower, full_rules)
             for upper, lower in zip(body_lines, body_lines[1:], strict=False)]
    if sum(ruled) < 2:
        return
    number = 1
    while number < len(cells):
        upper, row = cells[number - 1], cells[number]
        if (ruled[number - 1] or not row or 0 in row or 0 not in upper
                or (number >= 2 and not ruled[number - 2] and ruled_blocks_open)
                or not set(row) <= set(upper)
                or not all(_digits_only(segment.text) for segment in row.values())):
            number += 1
            continue
        for column, segment in row.items():
            above = upper[column]
            upper[column] = type(above)(f"{above.text} {segment.text}", above.x0,
                                        max(above.x1, segment.x1),
                                        above.flags + segment.flags,
                                        above.value or segment.value,
                                        above.words + segment.words)
        body_lines[number - 1] = type(body_lines[number - 1])(
            body_lines[number - 1].words + body_lines[number].words,
            body_lines[number - 1].top, body_lines[number].bottom)
        del cells[number], body[number], body_lines[number], ruled[number - 1]


def _digits_only(text: str) -> bool:
    """Digits and signs without letters ("=0.65", "0.2/1.54"): a value, never a row label."""
    return any(c.isdigit() for c in text) and not any(c.isalpha() for c in text)
