"""Name swaps: a true claim about one row (or column) of a table, said of its neighbour.

The first failure issue 11 lists is "a number from the wrong row": "the language filter
removed 41.3M records" confirmed by the 41.3M the next row prints for another filter. The
other mutation kinds change a claim's number, verb, negation or qualifiers; none keeps the
number and changes whom it is said of, which is how a report gets a table wrong most often
(a method's score given to the method above it, a data set's to the next column).

`swapped_name` turns a true probe claim into such a mutant: it finds a row label (or an inner
column header) of one of the paper's tables that the claim prints as a whole word, and whose
own cells print one of the claim's numbers; it puts in its place another label of the same
table and axis, whose cells print none of the claim's numbers, not even rounded to the
claim's precision ("8.0" and "7.69" both say a claim's "8"). The mutant says the number of
one row of the other, so it is false unless the paper says it elsewhere (the benchmark lists
every confirmed mutant with its evidence, to be judged).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from functools import cache

from mutation_sentences import number_tokens

from verify_claims.claims import Paper

# Labels that name no one row ("Avg", "Model") are not swapped.
_GENERIC = frozenset({
    "all", "avg", "average", "mean", "total", "model", "models", "method", "methods", "ours",
    "baseline", "baselines", "base", "none", "other", "others", "overall", "sum", "median",
    "best", "worst", "full", "small", "large", "dev", "test", "train", "yes", "no"})


def usable(label: str) -> bool:
    """A label that names one thing: 2 to 40 characters, a capital letter or a digit among
    letters (names of methods, models, data sets: "BERT", "CIFAR-10", "ResNet-20"), a word of
    three letters or two capitals (a unit header such as "U mg" names nothing: swapped in for
    "pH" it made "an initial U mg of 6.3"), and no generic word."""
    label = label.strip()
    return (2 <= len(label) <= 40 and re.search(r"[A-Za-z]{3}|[A-Z]{2}", label) is not None
            and any(c.isupper() or c.isdigit() for c in label)
            and label.casefold() not in _GENERIC and not re.search(r"[()\[\]{}]", label))


def label_groups(paper: Paper) -> list[dict[str, list[str]]]:
    """For each table, its row labels and, apart, its inner column headers: label -> the
    texts of that row's (or column's) value cells."""
    groups: list[dict[str, list[str]]] = []
    for table in paper.tables:
        rows: dict[str, list[str]] = {}
        columns: dict[str, list[str]] = {}
        for row in table.rows:
            if not row:
                continue
            label = row[0].text.strip()
            values = [cell.text for cell in row[1:] if cell.value is not None]
            if usable(label) and values:
                rows.setdefault(label, []).extend(values)
            for cell in row[1:]:
                header = (cell.column_headers or [""])[-1].strip()
                if cell.value is not None and usable(header):
                    columns.setdefault(header, []).append(cell.text)
        groups.extend(group for group in (rows, columns) if len(group) >= 2)
    return groups


@cache
def _word(label: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(label)}(?![\w-])")


def _agrees(printed: str, claimed: str) -> bool:
    """Whether a printed number says the claimed one at the claim's precision ("8.0" and
    "7.69" both say "8"; "8.4" does not)."""
    decimals = len(claimed.partition(".")[2])
    return round(float(printed), decimals) == float(claimed)


def _prints(texts: Iterable[str], numbers: set[str]) -> bool:
    """Whether some text prints a number that says one of `numbers` (`_agrees`): a swap to a
    row that prints the claim's number rounded is no false claim."""
    return any(_agrees(printed, claimed) for text in texts for printed in number_tokens(text)
               for claimed in numbers)


def swapped_name(rng: random.Random, text: str, groups: list[dict[str, list[str]]]
                 ) -> str | None:
    """The claim with one table label replaced by another of the same table and axis (module
    docstring); None when the claim names no label whose cells print its numbers."""
    choices = []
    for group in groups:
        for label, cells in group.items():
            found = _word(label).search(text)
            if not found:
                continue
            numbers = number_tokens(_word(label).sub(" ", text))
            if not numbers or not _prints(cells, numbers):
                continue
            others = [other for other, their in group.items()
                      if other != label and not _word(other).search(text)
                      and not _prints(their, numbers)]
            if others:
                choices.append((found, sorted(others)))
    if not choices:
        return None
    found, others = choices[rng.randrange(len(choices))]
    other = others[rng.randrange(len(others))]
    return text[:found.start()] + other + text[found.end():]
