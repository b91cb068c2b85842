"""Why a cell that prints the claimed number did not decide the claim: a note, never a verdict.

When no check decides a claim, its explanation used to be the sentence check's alone: "No
passage of arXiv:1004.4820 speaks to the claim". That is misleading when a table prints the
claimed number, in a cell the claim's words reach, but the cell's row, column and caption do
not hold all the claim says ("With 100 computers, the news collection took 12.5 hours" against
Table 2's "runtime (hours) × news = 12.5": nothing there says "collection" or "took"). Issue 11
asks an unverified claim to name the part that was not found; this note does it for tables:
"Table 2 prints 12.5 for runtime (hours) × news, the claim's number, but its row, column and
caption do not speak of “collection” and “took”". The reader can then judge the paraphrase
themself, while the tool stays undecided (precision first: the words a cell lacks are exactly
what could make it another figure).

The note is a `no_evidence` table check, so it decides nothing (`claims.status_of`), and is
made only when no table check spoke to the claim at all, and only for a cell printed no more
precisely than the claim's number ("15 sentences" is not pointed at a cell of 15.39).
"""

from __future__ import annotations

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper, Quantity

from .cell_check import _claim_terms, _passages, candidates
from .cell_kinds import _agree, _comparable_numbers, _header_number, _name
from .claimed_levels import claim_levels
from .content import account, describe
from .metric_headers import metric_terms, other_metric
from .passages import PassageIndex


def unaccounted_cell(claim: Claim, paper: Paper, index: PassageIndex) -> Check | None:
    """A note on the cell that prints a claimed number and holds the most of the claim, with
    the claim's words it lacks (module docstring); None when no cell the claim's words reach
    prints one of its numbers."""
    asked = claim_levels(claim, paper)
    if asked is None:
        return None
    quantities, parts, words = asked
    # A cheap look at each cell's values first: most cells a claim's words reach print
    # nothing near its numbers (the exact rounding rules run only on those that do).
    near = [(low - abs(low) * 1e-9 - 1e-9, high + abs(high) * 1e-9 + 1e-9)
            for quantity in quantities for low, high in _intervals(quantity)]
    best = None
    for passage in candidates(_passages(paper, index), index, words):
        if passage.listed or not any(low <= abs(number.value) <= high
                                     for number in passage.numbers for low, high in near):
            continue
        printed = next((quantity for quantity in quantities
                        if not _header_number(quantity, passage)
                        and any(_agree(quantity, number) and number.decimals <= quantity.decimals
                                for number in _comparable_numbers(quantity, passage))), None)
        if printed is None:
            continue
        # With the claim's metric words that the cell's metric headers say ("precision" of
        # a "P" beside "R", "ROUGE-1" of "R-1f1"), so the note does not name them as lacking;
        # other abbreviations stay listed ("text-line" against a header "Text Block").
        terms = passage.terms | metric_terms(passage.words, words, _claim_terms(words),
                                             passage.table.caption)
        accounting = account(parts, terms, index, relation=False)
        lacking = describe(accounting)
        metric = other_metric(passage.own, passage.words, passage.paths, words,
                              passage.table.caption)
        if metric and not lacking:
            lacking = f"“{metric}” (its header is another metric)"
        if lacking and (best is None or accounting.missing_share < best[0].missing_share):
            best = (accounting, passage, lacking, printed)
    if best is None:
        return None
    accounting, passage, lacking, printed = best
    return Check(kind=CheckKind.table, outcome=Outcome.no_evidence, decisive=False,
                 explanation=f"{_name(passage)} prints {passage.cell.text} for "
                             f"{passage.headers}, as the claim's {printed.text}, but its row, "
                             f"column and caption do not speak of {lacking}: not decided.",
                 missing=accounting.lacking())


def _intervals(quantity: Quantity) -> list[tuple[float, float]]:
    """Where a cell's value must lie to be the claimed number: its printed-precision interval,
    and a share read on the other scale ("45%" for "0.45", "0.45" for "45%"), by magnitude, a
    little wider than `cell_kinds._agree` allows: a pre-filter only."""
    low, high = sorted(abs(bound) for bound in quantity.interval)
    if quantity.value - 0.5 * 10 ** (-quantity.decimals) <= 0:
        low = 0.0  # an interval around zero holds magnitudes from zero up
    found = [(low, high)]
    if quantity.unit == "%":
        found.append((low / 100, high / 100))
    if abs(quantity.value) <= 1:
        found.append((low * 100, high * 100))
    return found
