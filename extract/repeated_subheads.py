"""A header line of numbers repeated under each group of columns is header, not a row.

Tables that break one measure down by a cut-off print the cut-offs as a second header line,
once under each group of columns: "Test Settings | One | Two | All" over "P@N(%) | 100 200
300 Mean | 100 200 300 Mean | 100 200 300 Mean" (Lin et al. 2016, P16-1200, Table 2). The
grid reader ends the header at the first line holding a number, so the cut-offs became a row
of the body ("P@N(%)" scoring 100), every cell of the table lost its "Mean" or "P@300"
column, and the groups "One", "Two", "All" covered only some of their columns.

`repeats_groups` knows such a line by its shape alone: its cells after the stub label are one
sequence of at least two different texts printed again and again, as many times as the header
line above holds group labels. A body row of scores repeating itself exactly, group after
group, in step with the groups above, is not something tables print.

Such a line need not have a stub label: Wang et al. (Unsupervised Learning Helps Supervised
Neural Word Segmentation, AAAI 2019, Table 7) print "F R_oov" under each of "MSR", "PKU", "AS"
and "CITYU" and nothing under "Model". Its first "F" was left out as the stub, the rest
repeated nothing, and the line became a group label "F" over every row: no cell of the table
had its measure, and no claim of an F1-score or an OOV recall reached a cell. A line of words
only, repeated whole in step with the groups above, is that header line too
(`_stubless_repeat`)."""

from __future__ import annotations

import re
from typing import Protocol


class _Texted(Protocol):
    text: str
    value: bool


def _period(texts: list[str]) -> int | None:
    """The shortest length of a block that `texts` repeats at least twice, or None."""
    for size in range(2, len(texts) // 2 + 1):
        if len(texts) % size == 0 and all(
                texts[index] == texts[index % size] for index in range(len(texts))):
            return size
    return None


def repeats_groups(line: list[_Texted], above: list[_Texted]) -> bool:
    """Is `line` a header line of sub-columns repeated under each group label of `above`?
    The stub label (a first cell without a number) is left out on both lines."""
    cells = line[1:] if line and not line[0].value else line
    groups = above[1:] if len(above) > 1 and not above[0].value else above
    if any(cell.value for cell in groups):
        return False
    return _in_step(cells, groups) or _stubless_repeat(line, groups)


def _in_step(cells: list[_Texted], groups: list[_Texted]) -> bool:
    """Whether `cells` repeat one block of at least two different texts once per group."""
    texts = [cell.text.strip() for cell in cells]
    size = _period(texts)
    if size is None or len(set(texts[:size])) < 2:
        return False
    return len(groups) == len(texts) // size


def _stubless_repeat(line: list[_Texted], groups: list[_Texted]) -> bool:
    """Whether `line`, a line of words only, repeats whole once per group (module
    docstring: "F R_oov" under each data set, no stub label)."""
    return bool(line) and not any(cell.value for cell in line) and _in_step(line, groups)


_CUTOFF_STUB = re.compile(r"^([A-Za-z]+)@([A-Za-z])\b")


def cutoff_names(line: list[_Texted]) -> dict[int, str]:
    """New texts for the cut-offs of a header line whose stub names a ranked measure by its
    cut-off letter ("P@N(%)" beside "100 200 300 Mean"): each whole number k is that measure
    at k ("P@100"), as the paper's text and claims write it, and a word beside them is said
    of the measure ("Mean P@N", the mean over the cut-offs: a claim's "mean P@N" names that
    column, not the P@100 ones). Empty when the stub names no such measure."""
    if not line:
        return {}
    stub = _CUTOFF_STUB.match(line[0].text.strip())
    if stub is None:
        return {}
    measure, letter = stub.group(1), stub.group(2)
    return {index: (f"{measure}@{text}" if text.isdigit() else f"{text} {measure}@{letter}")
            for index, cell in enumerate(line) if index and (text := cell.text.strip())}
