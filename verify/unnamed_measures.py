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
_RESULTS = re.compile(r"\b(?:results?|performances?)\b", re.IGNORECASE)
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
