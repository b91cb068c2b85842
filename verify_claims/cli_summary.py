"""The summary an audit prints at its end (verify_claims/cli.py).

A rich table in a terminal; in a file or a CI log, one plain line per report with every column
(a table cut at 80 columns would lose columns there). Kept apart from the audit commands
because it is presentation only, tested on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.markup import escape

from .cli_app import console

if TYPE_CHECKING:
    from rich.table import Table

    from verify_claims.claims import Problem, Report

__all__ = ["COLUMNS", "PLAIN", "SUMMARY_ROWS", "print_summary", "summary", "summary_lines",
           "summary_table"]

SUMMARY_ROWS = 40  # reports listed in the terminal; the HTML overview lists them all
COLUMNS = ("report", "claims", "cut", "✓", "×", "confirmed", "contradicted", "unverified",
           "disagree")
# The same columns in plain lines (CI logs): words instead of the marks.
PLAIN = ("claims", "cut", "marked ✓", "marked ×", "confirmed", "contradicted", "unverified",
         "disagree")


def summary(reports: Iterable[Report]) -> tuple[list[tuple[str, list[int]]], int, list[Problem]]:
    """The summary rows (report name and its counts, for the first SUMMARY_ROWS reports), how
    many reports were left out, and the reports' own problems, from one pass over the reports
    (each is read back from disk, so it is walked once)."""
    from verify_claims.reports.summary import count_claims

    rows: list[tuple[str, list[int]]] = []
    problems: list[Problem] = []
    left_out = 0
    for report in reports:
        problems += report.problems
        if len(rows) == SUMMARY_ROWS:
            left_out += 1
            continue
        counts = count_claims(report.claims)
        rows.append((report.file, [
            counts.claims, counts.truncated, counts.marked_true, counts.marked_false,
            counts.confirmed, counts.contradicted, counts.unverified, counts.disagreements]))
    return rows, left_out, problems


def _left_out_line(left_out: int) -> str:
    return f"… and {left_out:,} more reports (index.html lists them all)"


def summary_table(rows: list[tuple[str, list[int]]], left_out: int) -> Table:
    """The summary as a rich table, for a terminal."""
    from rich.table import Table

    table = Table(title="Audit", show_lines=False)
    for column in COLUMNS:
        if column == "report":
            table.add_column(column, overflow="fold", min_width=24)
        else:
            table.add_column(column, justify="right")
    for name, values in rows:
        table.add_row(escape(name), *map(str, values))
    if left_out:
        table.caption = _left_out_line(left_out)
    return table


def summary_lines(rows: list[tuple[str, list[int]]], left_out: int) -> list[str]:
    """The summary as plain lines, one per report with every column, for a log (a table cut
    at 80 columns would lose columns there)."""
    lines = [f"{name}: " + ", ".join(f"{value} {label}" for value, label in zip(
        values, PLAIN, strict=True)) for name, values in rows]
    if left_out:
        lines.append(_left_out_line(left_out))
    return lines


def print_summary(rows: list[tuple[str, list[int]]], left_out: int) -> None:
    if console.is_terminal:
        console.print(summary_table(rows, left_out))
    else:
        for line in summary_lines(rows, left_out):
            console.print(line, markup=False, highlight=False, soft_wrap=True)
