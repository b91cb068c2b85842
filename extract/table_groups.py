"""Tables whose body is cut into groups, each with a header row of its own.

A table that reports several data sets or settings side by side often stacks one block per
group, each opened by a label on a line of its own ("Europarl (ep)") and by a header row that
names that group's columns ("train-ep  dev-ep  test-ep"), set over the same physical columns as
the first group's. A header row then holds for the rows below it up to the next group's header,
not for the whole table; read as one grid, the later header rows become text rows glued onto
row labels and every value takes the first group's column names.

Here such a region is cut at every header row inside the body (a line without numbers whose
cells stand one over each value column of the row below, none in the row-label column); each
group is read as a grid of its own (`grid_cells.build_grid`), its group label (the lone line
above its header row) put first in every row-header path, and the groups' rows are aligned on
the columns of the widest group, so that a value's position still names its physical column.
The table-level header keeps a column's name only when every group gives it the same one:
per-cell header paths carry the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from verify_claims.claims import Cell

from .aligned_values import split_aligned_values
from .cell_values import make_cell, parse_cell
from .grid_cells import Grid, build_grid
from .grid_headers import assign_column
from .grid_lines import Line, Segment, segments
from .relabelled_blocks import header_count, relabelled_starts

if TYPE_CHECKING:
    from .pdfwords import Rule

MIN_GROUP_HEADER_SHARE = 0.6  # header cells per value of the row below, at least


def _numbers(line: list[Segment]) -> int:
    """How many cells of the line are numbers (a dash or sign standing for none is not)."""
    return sum(parse_cell(segment.text)[0] is not None for segment in line)


def _numeric(line: list[Segment]) -> bool:
    """Does a cell of the line hold digits and no letters ("433 (115)")?"""
    return any(any(c.isdigit() for c in segment.text) and not any(c.isalpha()
                                                                   for c in segment.text)
               for segment in line)


def _group_header_rows(segmented: list[list[Segment]], label_right: float) -> list[int]:
    """Indexes of header rows inside the body: a line with no values and two or more cells,
    none of them in the row-label column (left of `label_right`), followed by a row of values
    with about one value under each of its cells (a label centred over a run of columns, such
    as "Test Set" over seven languages, has far fewer cells than the values below it)."""
    first_value = next((n for n, line in enumerate(segmented) if _numbers(line)), None)
    if first_value is None:
        return []
    found = []
    for index in range(first_value + 1, len(segmented) - 1):
        line, below = segmented[index], segmented[index + 1]
        if (len(line) >= 2 and not _numeric(line) and _numbers(below) >= 2
                and all(segment.x0 >= label_right for segment in line)
                and len(line) >= MIN_GROUP_HEADER_SHARE * _numbers(below)):
            found.append(index)
    return found


def _is_group_label(line: list[Segment], left: float, size: float) -> bool:
    """A lone cell at the table's left edge: the name of the group below it."""
    return len(line) == 1 and not line[0].value and line[0].x0 - left < size


def grouped_grid(lines: list[Line], rules: list[Rule],
                 walls: list[float] | None = None) -> Grid | None:
    """The grid of a region whose body is cut into groups by header rows of their own; None
    when the region has no such header row inside its body (read it as one grid then)."""
    if len(lines) < 4:
        return None
    segmented = [segments(line, rules) for line in lines]
    split_aligned_values(lines, segmented)  # a value set close to its label (aligned_values.py)
    left = min(line.x0 for line in lines)
    # The row labels end where the body's first value starts, or where the labels of the
    # rows of values end, if sooner: a header cell centred over a column of right-aligned
    # values starts left of them (arXiv:2203.00130 Table 2's "QA − SD" over "-1.141").
    first_values = [s.x0 for line in segmented for s in line if _numbers([s])]
    if not first_values:
        return None
    label_ends = [line[0].x1 for line in segmented
                  if len(line) >= 2 and _numbers(line[1:]) and not _numbers(line[:1])]
    label_right = min(first_values) - 1
    if label_ends and max(label_ends) + 1 < label_right:
        label_right = max(label_ends) + 1
    relabelled = _relabelled_grid(lines, segmented, rules, walls)
    if relabelled is not None:
        return relabelled
    inner = _group_header_rows(segmented, label_right)
    if not inner:
        return _restated_header_grid(lines, segmented, rules, walls)
    size = lines[0].size
    starts: list[tuple[int, str | None]] = []
    for index in inner:
        above = index - 1
        if _is_group_label(segmented[above], left, size) and not _numbers(segmented[above]):
            starts.append((above, segmented[above][0].text))
        else:
            starts.append((index, None))
    # The first group: its label is a lone first line over a header row like the later ones.
    first_label = (segmented[0][0].text if len(lines) > 1
                   and _is_group_label(segmented[0], left, size) and starts[0][1] is not None
                   else None)
    chunks = [(1 if first_label else 0, starts[0][0], first_label)]
    for k, (start, label) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        chunks.append((start + (label is not None), end, label))
    grids: list[tuple[Grid, str | None]] = []
    for start, end, label in chunks:
        grid = _block_grid(lines, start, end, rules, walls)
        if grid is None:
            return None
        grids.append((grid, label))
    return _merge(grids)


def _block_grid(lines: list[Line], start: int, end: int, rules: list[Rule],
                walls: list[float] | None, header_lines: int | None = None) -> Grid | None:
    """The grid of one block of a region, lines `start` to `end`, with the rules between the
    line above it and the line below it; None when it holds no columns."""
    part = lines[start:end]
    size = lines[0].size
    top = part[0].top - 1.2 * size
    bottom = lines[end].top - 1 if end < len(lines) else part[-1].bottom + 1.2 * size
    own_rules = [rule for rule in rules if top <= rule.top <= bottom]
    grid = build_grid(part, own_rules, walls=walls, header_lines=header_lines)
    return grid if grid is not None and grid.columns else None


def _restated_rows(segmented: list[list[Segment]]) -> list[int]:
    """Indexes of body lines that restate the first line's stub label: the first line opens
    with a label and has cells over two or more columns ("computers 1 2 5 10 20 41"), and a
    later line opens with the same label over cells of its own ("computers 1 2 5 10 20 50
    100"). Stacked sub-tables repeat their header line, stub label included, over each block;
    a data row never prints the header's stub label as its own row label."""
    first = segmented[0] if segmented else []
    if len(first) < 3 or first[0].value or parse_cell(first[0].text)[0] is not None:
        return []
    def texts(line: list[Segment]) -> list[str]:
        return [" ".join(segment.text.split()).casefold() for segment in line]

    stub, names = texts(first)[0], set(texts(first)[1:])
    # The restated line names mostly the same columns ("1 2 5 10 20" again): a data row that
    # happens to share the stub's word ("System" over "baseline this this") does not.
    return [index for index in range(2, len(segmented))
            if len(segmented[index]) >= 3 and texts(segmented[index])[0] == stub
            and segmented[index][0].x0 - first[0].x0 < 2
            and 2 * len(names & set(texts(segmented[index])[1:]))
            >= len(segmented[index]) - 1]


def _restated_header_grid(lines: list[Line], segmented: list[list[Segment]],
                          rules: list[Rule], walls: list[float] | None) -> Grid | None:
    """The grid of a region of stacked blocks, each under a header line that restates the
    first one's stub label (`_restated_rows`): each block read with that line as its header,
    so that its values take their own block's column names; None without such lines."""
    restated = _restated_rows(segmented)
    if not restated:
        return None
    grids: list[tuple[Grid, str | None]] = []
    for start, end in zip([0, *restated], [*restated, len(lines)], strict=True):
        grid = _block_grid(lines, start, end, rules, walls, header_lines=1)
        if grid is None:
            return None
        grids.append((grid, None))
    return _merge(grids)


def _relabelled_grid(lines: list[Line], segmented: list[list[Segment]], rules: list[Rule],
                     walls: list[float] | None) -> Grid | None:
    """The grid of a region of stacked blocks whose header lines restate the first block's
    column names under a corner label of their own (relabelled_blocks.py): each block read
    over its own header lines, its corner label first in its rows' header paths; None
    without such blocks."""
    starts = relabelled_starts(segmented)
    if not starts:
        return None
    grids: list[tuple[Grid, str | None]] = []
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        count = header_count(segmented, start, end)
        if not count or count == end - start:
            return None
        grid = _block_grid(lines, start, end, rules, walls, header_lines=count)
        if grid is None:
            return None
        grids.append((grid, " ".join(segmented[start][0].text.split())))
    return _merge(grids)


def _merge(grids: list[tuple[Grid, str | None]]) -> Grid:
    """One grid of the groups' rows, on the columns of the widest group; each row-header path
    opens with its group's label."""
    master = max((grid for grid, _ in grids), key=lambda g: len(g.columns)).columns
    width = len(master)
    rows: list[list[Cell]] = []
    names: list[set[str]] = [set() for _ in range(width)]
    for grid, label in grids:
        home = [assign_column(Segment("", a, b), master) for a, b in grid.columns]
        if len(set(home)) < len(home):
            home = list(range(len(grid.columns)))  # no clear alignment: keep the order
        for column, path in zip(home, grid.header_lines, strict=False):
            names[column].add(" ".join(path))
        for row in grid.rows:
            path = ([label] if label else []) + list(row[0].row_headers if row else [])
            placed: list[Cell | None] = [None] * width
            for cell, column in zip(row, home, strict=False):
                if column < width:
                    placed[column] = cell.model_copy(update={"row_headers": path})
            for column in range(width):
                if placed[column] is None:
                    empty = make_cell("")
                    empty.row_headers = path
                    empty.column_headers = []
                    placed[column] = empty
            rows.append([cell for cell in placed if cell is not None])
    header = [next(iter(found)) if len(found) == 1 else "" for found in names]
    header_lines = [[text] if text else [] for text in header]
    return Grid(header=header, rows=rows, header_lines=header_lines, columns=master)
