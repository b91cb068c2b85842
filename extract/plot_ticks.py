"""A plot's tick labels and legend, read as lines of running text, are no prose.

A figure drawn as vector graphics (MATLAB's plots in Agarwal, Negahban and Wainwright, Noisy
Matrix Decomposition via Convex Relaxation, ICML 2011, pages 7 and 8; round 23's own probe)
leaves its text in the word layer: the y axis's ticks one to a line ("40", "35", ... "10"),
the x axis's on one line ("10 20 30 40 50"), the legend ("r = 10", "r = 15") and the axis
title ("Rank", "d"). The reader joined them to the prose around: "Error versus rank 40 35 30
25 20 15 10" became a sentence, and "... can be recovered 0.11 0.1 ... r = 10 r = 15 0.03 d from
the noisy sum" another, whose numbers were read as the paper's (the claim "In Figure 2 the
authors fix d = 100 and r = 15", false, found its 15 among the ticks).

Prose never sets three numbers alone on three lines in a row. Such a run of number-only lines
is a plot's axis (`without_plot_text`); the short lines inside it and the one right after it
(a legend entry, an axis title: a few characters, no full stop, no heading) belong to the plot
too, and so does a line of three or more bare numbers in even steps (an x axis). They are left
out, and the prose they interrupted reads on ("can be recovered" / "from the noisy sum").
"""

from __future__ import annotations

import re

from .headings import heading_title

_NUMBER = r"[\-\u2212]?(?:\d+(?:\.\d*)?|\.\d+)"
_NUMBERS_ONLY = re.compile(rf"{_NUMBER}(?:\s+{_NUMBER})*")
_SHORT = 12  # the most characters of a legend entry or axis title kept with a run
_RUN = 3  # number-only lines in a row that make an axis


def _values(line: str) -> list[float] | None:
    text = line.strip().replace("\u2212", "-")
    if not _NUMBERS_ONLY.fullmatch(text):
        return None
    return [float(piece) for piece in text.split()]


def _even_steps(values: list[float]) -> bool:
    """Three or more numbers in equal, non-zero steps ("10 20 30 40 50", "100 200 300")."""
    if len(values) < 3:
        return False
    steps = [after - before for before, after in zip(values, values[1:], strict=False)]
    return steps[0] != 0 and all(abs(step - steps[0]) <= 1e-9 * max(1.0, abs(steps[0]))
                                 for step in steps)


def _short(line: str) -> bool:
    """A legend entry or an axis title: a few characters, no full stop, no heading."""
    text = line.strip()
    return len(text) <= _SHORT and "." not in text and not heading_title(text)


def plot_lines(lines: list[tuple[int, str]]) -> set[int]:
    """Indexes of the lines that are a plot's text (module docstring)."""
    found: set[int] = set()
    index = 0
    while index < len(lines):
        page = lines[index][0]
        end, numeric, last = index, 0, index
        while end < len(lines) and lines[end][0] == page:
            values = _values(lines[end][1])
            if values is not None:
                numeric, last = numeric + 1, end
            elif not _short(lines[end][1]):
                break
            end += 1
        if numeric >= _RUN:
            end = min(end, last + 2)  # one axis title after the last tick line, no more
            found.update(range(index, end))
            index = end
            continue
        values = _values(lines[index][1])
        if values is not None and _even_steps(values):
            found.add(index)
        index += 1
    return found


def without_plot_text(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`lines` without a plot's tick labels, legend and axis titles."""
    dropped = plot_lines(lines)
    if not dropped:
        return lines
    return [line for index, line in enumerate(lines) if index not in dropped]
