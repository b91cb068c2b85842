"""The measure a results table leaves unnamed: the one measure its paper's prose reports.

Papers often print a results table without naming its measure: the header lists the data sets
and splits, the rows the systems, the caption says "Results on the CNN news, CBTest NE and CN
datasets" (Cui et al. 2016, arXiv:1607.04423, Table 2) or "Performance of one-hot vector CNN",
and the measure is said once in the prose ("Test accuracy against the length of the
document"). A claim that names it ("The AoA Reader reaches 74.4% test accuracy on CNN News")
found the cell, but the cell's row, column and caption did not speak of "accuracy", so it
decided nothing, however true the claim.

Precision first. The prose's measure is lent to such a table (`unnamed_measure`) only when
- the table's caption calls it results or performance, and its caption, header and row labels
  name no measure of any family (nor a quantity that is not a score: time, size, counts);
- the paper's sentences name measures of exactly one family (accuracy, F1, precision, recall,
  correlation, exact match, BLEU, ROUGE, perplexity, AUC, error rates, ranking measures): a
  paper that reports accuracy for some data sets and Macro-F1 for others (Lai et al. 2015)
  lends none, for which measure a cell holds is then not known.
The lent words only account for the claim's measure word; the row, column and number are
matched as before. Computed once per paper and table (cached on the passage index).

A paper that reports one measure for some data sets and another for others often says which
is which, once: "The performance metric varies across tasks \u2013 accuracy for SNLI and
SST-5; F1 for SQuAD, SRL and NER; average F1 for Coref" (ELMo, arXiv:1802.05365, Table 1's
caption), and its development tables (Tables 2, 3, 7: "Development set performance for
SQuAD, SNLI and SRL") name no measure. `row_measure` lends a row's measure to such a table's
cells of that row only: the row's label must be named, in a "<measure> for/on <names>" list
of the paper, with measures of exactly one family (a name given accuracy in one sentence and F1
in another gets none), and the table must name no measure itself (as above). A claim naming
another family's measure for the row ("SNLI development F1") is still not accounted for.
"""

from __future__ import annotations

import re

from verify_claims.claims import Table

from .passages import PassageIndex

_FAMILIES = {
    "accuracy": "accuracy", "accuracies": "accuracy", "acc": "accuracy",
    "f1": "f1", "f-1": "f1", "f-score": "f1", "f-measure": "f1", "f1-score": "f1",
    "macro-f1": "f1", "micro-f1": "f1", "fscore": "f1", "f-scores": "f1",
    "precision": "precision", "recall": "recall",
    "spearman": "correlation", "pearson": "correlation", "correlation": "correlation",
    "correlations": "correlation", "kendall": "correlation",
    "em": "exact match", "exact": "exact match",
    "bleu": "bleu", "meteor": "bleu", "chrf": "bleu", "ter": "bleu",
    "rouge": "rouge", "rouge-1": "rouge", "rouge-2": "rouge", "rouge-l": "rouge",
    "perplexity": "perplexity", "perplexities": "perplexity", "ppl": "perplexity",
    "auc": "auc", "roc": "auc",
    "wer": "error", "cer": "error", "mae": "error", "rmse": "error", "mse": "error",
    "map": "ranking", "mrr": "ranking", "ndcg": "ranking", "hits": "ranking",
}
# Words of a caption or header that say the cells are no scores, or are scores of another
# kind than a measure the prose may name.
_NOT_SCORES = frozenset((
    "time", "times", "speed", "size", "sizes", "length", "lengths", "number", "numbers",
    "count", "counts", "parameters", "params", "memory", "statistics", "seconds", "hours",
    "error", "errors", "loss", "gain", "gains", "improvement", "improvements", "difference",
    "differences", "rank", "ranks", "ranking", "score", "scores", "rate", "rates", "ratio",
))
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-@]*")
_AT_K = re.compile(r"(?i)^(?:p|r|hits|precision|recall)@\d+$")
_RESULTS = re.compile(r"\b(?:results?|performances?|ablations?)\b", re.IGNORECASE)
_ERROR_RATE = re.compile(r"\berror\s+rates?\b", re.IGNORECASE)


def _families(text: str) -> set[str]:
    found = {_FAMILIES[word.casefold()] for word in _WORD.findall(text)
             if word.casefold() in _FAMILIES}
    if any(_AT_K.match(word) for word in _WORD.findall(text)):
        found.add("ranking")
    if _ERROR_RATE.search(text):
        found.add("error")
    return found


def paper_measure(index: PassageIndex) -> str | None:
    """The one measure family the paper's sentences name, or None (none, or several)."""
    key = ("unnamed_measure", -1)
    cached = index.prepared.get(key)
    if cached is None:
        families: set[str] = set()
        for sentence in index.sentences:
            families |= _families(sentence.text)
            if len(families) > 1:
                break
        cached = next(iter(families)) if len(families) == 1 else ""
        index.prepared[key] = cached
    return cached or None


def _names_nothing_measured(table: Table) -> bool:
    """The table's caption calls it results and its caption, header and row labels name no
    measure and no quantity that is not a score."""
    caption = table.caption or ""
    if not _RESULTS.search(caption):
        return False
    texts = [caption, *table.header, *(row[0].text for row in table.rows if row)]
    for row in table.rows:
        for cell in row[1:]:
            texts += cell.column_headers + cell.row_headers
    text = " ".join(texts)
    if _families(text):
        return False
    return not any(word.casefold() in _NOT_SCORES for word in _WORD.findall(text))


def unnamed_measure(table: Table, index: PassageIndex) -> str:
    """The measure words the prose lends to `table`'s cells (module docstring), or ""."""
    key = ("unnamed_measure", id(table))
    cached = index.prepared.get(key)
    if isinstance(cached, str):
        return cached
    family = paper_measure(index)
    lent = ""
    if family is not None and _names_nothing_measured(table):
        lent = " ".join(word for word, name in _FAMILIES.items() if name == family)
    index.prepared[key] = lent
    return lent


# "accuracy for SNLI and SST-5", "F1 on SQuAD, SRL and NER": a measure, then the names it is
# reported for, up to a word that is no name.
_MEASURE_FOR = re.compile(
    r"\b([A-Za-z][\w\-@]*)\s+(?:for|on)\s+"
    r"((?:[A-Z][\w\-.]*\d*|\d[\w\-]*[A-Z][\w\-]*)"
    r"(?:\s*,\s*(?:and\s+)?[A-Z][\w\-.]*|\s+and\s+[A-Z][\w\-.]*)*)")
_NAME = re.compile(r"[A-Z][\w\-.]*")


def _row_families(index: PassageIndex) -> dict[str, set[str]]:
    """Each name the paper's sentences (and table captions) give a measure for, with the
    families of the measures given it."""
    key = ("row_measures", -1)
    cached = index.prepared.get(key)
    if isinstance(cached, dict):
        return cached
    texts = [sentence.text for sentence in index.sentences]
    texts += [table.caption or "" for table in index.paper.tables]
    found: dict[str, set[str]] = {}
    for text in texts:
        for match in _MEASURE_FOR.finditer(text):
            family = _FAMILIES.get(match.group(1).casefold())
            if family is None:
                continue
            for name in _NAME.findall(match.group(2)):
                found.setdefault(name.rstrip(".").casefold(), set()).add(family)
    index.prepared[key] = found
    return found


def row_measure(table: Table, rows: list[int], index: PassageIndex) -> str:
    """The measure words the paper gives the rows `rows` of `table` (module docstring), or ""
    when the table names a measure, or a row has no one measure, or the rows differ."""
    if not rows or not _names_nothing_measured(table):
        return ""
    families = _row_families(index)
    given: set[str] = set()
    for row in rows:
        cells = table.rows[row] if 0 <= row < len(table.rows) else []
        label = cells[0].text.strip().casefold() if cells else ""
        own = families.get(label, set())
        if len(own) != 1:
            return ""
        given |= own
    if len(given) != 1:
        return ""
    family = next(iter(given))
    return " ".join(word for word, name in _FAMILIES.items() if name == family)
