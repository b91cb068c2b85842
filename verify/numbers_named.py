"""Several numbers of a claim read from several cells: each number must be the one the claim
prints next to its own cell's name.

The one-cell lookup (verify/cell_check.py) finds, for each number of a claim, some cell whose
headers and caption account for the whole claim. With two numbers and two names ("The
Precision is 98.0 for bibliography years and 89.3 for title") each number can be found in a
cell of the wrong name ("bibliography titles" holds 89.3, not "title"), two numbers in one cell
("+shape reaches 51 and default 51"), or the numbers swapped between the names: the mutation
benchmark's pair claims confirmed all three. The general fact: a claim ties each number to
the name printed nearest to it. So when the numbers come from several cells, or two equal
numbers from one, the cells decide only when

- every label telling the cells apart (the labels of a cell's row and column that not all of
  them share) is printed in the claim, whole (a citation mark aside; a word cut short with a
  full stop, "Cov.", stands for the words it begins; a count header "#Feats" or "No. of
  teams" is named by its noun, "12 default features", "35 teams");
- the label nearest to each number, of those no nearer number took, is its own cell's;
- the claim prints no other row or column label of the table, which no cell read carries
  ("runtime (hours) (news) 74.7" read from the "initial # topics/word" row).

Claims that name their cells in a strict pattern are read by verify/cell_pairs.py instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from verify_claims.claims.models import Quantity

from .label_text import label_name, label_pattern

Paths = tuple[Sequence[str], Sequence[str]]


# A count header: "#Feats", "# of teams", "No. of submissions", "Number of papers", "Num.
# tokens". A claim names it by its noun ("12 features", "35 teams and 88 submissions").
_COUNT_HEADER = re.compile(r"(?:#|No\.|Num\.?|Number)\s*(?:of\s+)?([^\W\d_]{4,})",
                           re.IGNORECASE)


def _spans(name: str, text: str) -> list[tuple[int, int]]:
    count = _COUNT_HEADER.fullmatch(name.strip())
    if count:  # a count header, named by the first four letters of its noun
        return [match.span() for match in re.finditer(
            rf"(?<![\w\-]){re.escape(count.group(1)[:4])}\w*", text, re.IGNORECASE)]
    return [match.span() for match in label_pattern(name, shortened=True).finditer(text)]


def _distance(span: tuple[int, int], quantity: Quantity) -> int:
    start, end = quantity.span
    return start - span[1] if span[1] <= start else span[0] - end if span[0] >= end else 0


# A label that is a bare number ("768", "12", "0.1", "15%"): a setting a row prints.
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?%?")


def _number_spans(label: str, text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the claim prints the bare-number label `label` as a number of its own (not
    inside "0.768", "1,024" or "12-layer"'s neighbour "3.12"), outside the claimed numbers'
    spans `taken`."""
    if not _BARE_NUMBER.fullmatch(label):
        return []
    pattern = rf"(?<![\w.,+\-]){re.escape(label)}(?![\w+\-]|[.,]\d)"
    return [match.span() for match in re.finditer(pattern, text)
            if not any(start < match.end() and match.start() < end for start, end in taken)]


def settings_named(text: str, supported: Sequence[tuple[Quantity, Paths]],
                   telling: Sequence[set[str]]) -> bool:
    """Whether the claim ties each number to its own cell where the cells are told apart only
    by numbers (`telling`: each cell's labels that not all of them share).

    Rows of an ablation print settings for names ("12 / 768 / 12", "12 / 1024 / 16" in
    arXiv:1810.04805 Table 6, read so by extract/setting_columns.py), and a claim names such a
    row by its settings: "the 12-layer model with hidden size 1024 reaches 84.4 on MNLI-m,
    against 85.7 for the 12-layer model with hidden size 768" gives 84.4 to the 1024 row,
    whose cell holds 85.7. Read as "no name to find", its two numbers, each in some cell,
    confirmed the swapped claim (found probing round 14). So when the claim prints a telling
    number of every cell, each claimed number must take, as its nearest such setting (one no
    nearer claimed number took), one of its own cell's; a claim that prints those of some
    cells only names the others by nothing and decides nothing. A claim that prints none
    ("(1)", "(3)" marks) is read as before: nothing to tell the cells apart by."""
    taken = [quantity.span for quantity, _ in supported]
    spans = [{label: places for label in found if (places := _number_spans(label, text, taken))}
             for found in telling]
    if not any(spans):
        return True
    if not all(spans):
        return False
    distances = sorted((min(_distance(span, quantity) for span in places), number, label)
                       for number, (quantity, _) in enumerate(supported)
                       for found in spans for label, places in found.items())
    chosen: dict[int, str] = {}
    for _, number, label in distances:
        if number not in chosen and label not in chosen.values():
            chosen[number] = label
    return all(chosen.get(number) in found for number, found in enumerate(spans))


def numbers_named(text: str, supported: Sequence[tuple[Quantity, Paths]],
                  table_labels: Iterable[str]) -> bool:
    """Whether the claim `text` names each supported number's cell (module docstring):
    always for one number, or several in one cell with different values."""
    cells = {tuple(map(tuple, paths)) for _, paths in supported}
    values = [quantity.value for quantity, _ in supported]
    if len(cells) == 1 and len(set(values)) == len(values):
        return True
    if len(cells) < len(supported) and len(set(values)) < len(values):
        return False  # two equal numbers of the claim read from one cell
    every = [{label.strip() for path in paths for label in path} for _, paths in supported]
    telling = [found - set.intersection(*every) for found in every]
    if all(not {label_name(label) for label in found} - {""} for found in telling):
        # cells told apart only by numbers: settings the claim may print ("hidden size
        # 1024"), or marks it does not ("(1)", "(3)")
        return settings_named(text, supported, telling)
    labels = [{label_name(label) for label in found} - {""} for found in every]
    shared = set.intersection(*labels)
    own = [found - shared for found in labels]
    if any(not found for found in own):
        return False
    spans = {name: _spans(name, text) for found in own for name in found}
    if any(not places for places in spans.values()):
        return False
    # Each number takes the nearest label no nearer number took ("the runtime with 100
    # computers was 12.5 hours": "computers" is 100's, so "runtime" is 12.5's).
    distances = sorted((min(_distance(span, quantity) for span in spans[name]), number, name)
                       for number, (quantity, _) in enumerate(supported) for name in spans)
    taken: dict[int, str] = {}
    for _, number, name in distances:
        if number not in taken and name not in taken.values():
            taken[number] = name
    if any(taken.get(number) not in found for number, found in enumerate(own)):
        return False
    carried = {name for found in labels for name in found}
    printed = {label_name(label) for label in table_labels} - {""} - carried
    inside = [span for name in carried for span in _spans(name, text)]
    for name in printed:
        for start, end in _spans(name, text):
            if not any(s <= start and end <= e for s, e in inside):
                return False  # another row's or column's label, printed whole
    return True
