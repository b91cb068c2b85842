"""Shared-number claims for benchmarks/mutations.py: a result sentence with one of its scores
replaced by another score the paper prints in a table.

The worst verdict the mission names is "confirmed" on a shared number: the claim's number is in
the paper, said of something else. The "sentence number" kind never draws a value the paper
prints anywhere (such a value might be the same quantity under another name), so it cannot
find this failure. This kind draws exactly such values, where the truth is still plain:

  sentence shared number  a gold sentence with one number that has decimals ("84.06", "0.41")
                          replaced by a different value with as many decimals that a table cell
                          of the paper prints and the sentence does not: never confirmed.

A sentence's score with decimals is one measurement; a table cell's value with as many decimals
is another measurement (another row, column or table), so the sentence with the cell's value
states a result the paper does not report for what the sentence names. Values that only differ
in sign, and sentences that print the cell's value already, are skipped.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

SHARED_CAP = 12  # per paper


def shared_number_claims(rng: random.Random, sentences: Sequence[str], cells: Sequence,
                         spots: Callable[[str], list[re.Match[str]]]
                         ) -> list[tuple[str, str, str]]:
    """(kind, text, origin): "sentence shared number" claims of the gold `sentences`, drawing
    values from the gold `cells` (module docstring)."""
    by_decimals: dict[int, list[str]] = {}
    for cell in cells:
        if cell.value is None or not cell.decimals:
            continue
        shown = f"{cell.value:.{cell.decimals}f}"
        by_decimals.setdefault(cell.decimals, [])
        if shown not in by_decimals[cell.decimals]:
            by_decimals[cell.decimals].append(shown)
    made: list[tuple[str, str, str]] = []
    for sentence in sentences:
        printed = {match.group(0).replace(",", "") for match in spots(sentence)}
        options = []
        for match in spots(sentence):
            whole = match.group(0)
            if "." not in whole or "," in whole:
                continue
            decimals = len(whole.split(".")[1])
            value = float(whole)
            for shown in by_decimals.get(decimals, []):
                if shown in printed or abs(float(shown)) == abs(value):
                    continue
                options.append((match, shown))
        if not options:
            continue
        match, shown = rng.choice(options)
        made.append(("sentence shared number",
                     sentence[:match.start()] + shown + sentence[match.end():], sentence))
    rng.shuffle(made)
    return made[:SHARED_CAP]
