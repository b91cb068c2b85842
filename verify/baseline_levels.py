"""Whose starting level "from X" is (probe 15).

The table check reads "going from 88.67 to 89.59" as the baseline row's level and the 89.59 as
the subject's ("MNLI raises XNLI from 69.7 to 70.2": 69.7 is the baseline's). "Collobert et
al. (2011) gain 0.92 F1 on CoNLL 2003 NER from gazetteers, going from 88.67 to 89.59" (true,
Table 3 of Peters et al. 2017, arXiv:1705.00108) was contradicted by the cell "Our baseline
without LM" of Table 1, a table in which Collobert et al. have no row: the table's baseline is
the baseline of the table's own rows, not of a subject it does not hold. A "from" level is
read from a table's baseline row only when the claim names another row of that table (the
subject that changed) or says "baseline" itself (`from_rows`).
"""

from __future__ import annotations


def from_rows(named: set[int], base: int | None, baseline_cue: bool) -> set[int]:
    """The rows a claim's "from X" is read from in one view: the baseline row `base`, when
    the claim names (`named`) a row of the view besides it or says "baseline"; else none."""
    if base is None or not (named - {base} or baseline_cue):
        return set()
    return {base}
