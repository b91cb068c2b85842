"""The metric abbreviations of evaluation tables' headers, read as the metrics they stand for.

Tables print a metric short ("P", "R", "F1", "R-1", "R-L", "BS", "PPL"), often with a subscript
that says which of its variants ("R-1 with subscript f1", read by the PDF reader as "R-1f1": the
F-measure of ROUGE-1); claims spell the metric out ("a ROUGE-1 of 53.73", "a BERTScore of
27.84", "a precision of 81.2"). The cell check (verify/cell_check.py) asks a claim to say every
word of a cell's headers, so such a cell decided nothing, however true the claim: arXiv:2206.10883
Table 3 heads its columns "R-1f1 R-2f1 R-Lf1 BSf1" under "D → L", "D → S", "D → T"; the
S2-VL table of the PaperMage demo paper heads "P R F1" under "Full" and "Grobid Subset".

Precision first. A short form is a metric only where the table itself shows it is one: it is the
last header of its column (or row) path, and another leaf of the same axis (under its group,
or another one: readers lose groups) is another metric of its set. "P" beside "R" and/or "F1"
is precision; a "P" alone may be a p-value or a count of pages, an "R" alone a correlation, so
a lone one is read as no metric (`_demoted`): a claim's "precision" or "recall" is then not
said by it. "R-1" beside "R-L" or "BLEU" is ROUGE-1, "BS" beside them BERTScore; "R1 R2 R3
R4" alone are rounds or raters, and "BS" alone a batch size (`_telling`). A full name
("ROUGE-1", "BERTScore") needs no sibling. A subscript "f1" (or "f") says the
F-measure, which is what an unqualified "ROUGE-1" reports: the claim need not say it, and its
"F1" is said by it; a subscript "p" or "r" (precision, recall of the metric) must be said by
the claim, so "ROUGE-1" alone is not accounted for by an "R-1r" column. A metric never says
another: a claim's "recall" is not said by the "P" column beside the "R" one (that cell is then
not the claim's, and does not confirm its number).

A one-letter metric may carry a subscript that says which of the items it counts ("R_oov",
the recall of out-of-vocabulary words, beside "F" under each data set: Wang et al., Unsupervised
Learning Helps Supervised Neural Word Segmentation, AAAI 2019, Table 7; the PDF reader joins it
into "Roov"). Such a qualifier (`_QUALIFIERS`) is read like a metric's subscript "p" or "r": the
letter is the metric, and the qualifier a word the claim must say ("OOV recall"), which the cell
picker never leaves unsaid (`qualifier`): "a recall of 63.7", "an in-vocabulary recall of
63.7" are not the claims of the "R_oov" cell, however alone it is among the recall columns.

Metrics printed under a name of their own that a claim says otherwise ("PPL" / "perplexity",
"F-measure" / "F1", "BERT-Score" / "BERTScore") are synonyms (verify/metric_synonyms.py), read
wherever a header word is compared with a claim word (verify/header_vocabulary.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from verify_claims.claims import Table

from .header_vocabulary import HeaderWord, header_words
from .header_words import ClaimWords
from .metric_synonyms import F1_NAMES, SYNONYM_OF

# A header leaf that abbreviates a metric of one of these sets, with its set and whether it
# needs a sibling of its set (a short form) to be read as a metric.
_ONE_LETTER = {"p": "precision", "r": "recall", "f": "f1", "f1": "f1"}
# Other spellings; a one letter in lower case is none ("p" a p-value, "r" a correlation, "f"
# a fraction), and "Prec.", "Rec." are left to truncation ("REC" also heads a recommendation
# task).
_PRF_WORDS = {"precision": "precision", "recall": "recall", "pr": "precision", "re": "recall",
              **{word: "f1" for word in F1_NAMES}}
_SUBSCRIPT = r"(?:\s*(?P<sub>f1?|f-1|p|r))?"
_ROUGE = re.compile(r"(?P<name>r|rouge)-?(?P<n>[1-4]|l|su4|lsum|w)" + _SUBSCRIPT, re.I)
_BERTSCORE = re.compile(r"(?P<name>bs|bertscore|bert-score)" + _SUBSCRIPT, re.I)
_GENERATION = frozenset(("bleu", "meteor", "chrf", "cider", "ter", "bleurt", "sacrebleu"))
_SUBSCRIPTS = {"f": "f1", "f1": "f1", "f-1": "f1", "p": "precision", "r": "recall"}


# Subscripts of a one-letter metric that say which items it counts ("R_oov", "R_iv" of word
# segmentation, "F_macro"): a word the claim must say, as a subscript "p" or "r" is.
_QUALIFIERS = frozenset(("oov", "iv"))
_QUALIFIED = re.compile(r"(?P<letter>[PRF]|F1)\s?(?P<sub>[a-z]+)")
_UNIT = re.compile(r"\s*[(\[]\s*%\s*[)\]]\s*$")
_SPACED = re.compile(r"[A-Za-z](?: [a-z0-9])+")


def qualifier(word: HeaderWord) -> bool:
    """A header word read as the qualifier of a one-letter metric ("oov" of "R_oov"): the
    items the metric counts, which the claim must say (module docstring)."""
    return word.word in _QUALIFIERS and word.number is None


def _leaf_text(leaf: str) -> str:
    """A leaf as its abbreviation: its unit in brackets left out ("Pr (%)"), a subscript the
    PDF reader set apart put back ("P r" of "Pr"), a final full stop left out."""
    text = _UNIT.sub("", " ".join(leaf.split())).rstrip(".")
    return text.replace(" ", "") if _SPACED.fullmatch(text) else text


@lru_cache(maxsize=4096)
def reading(leaf: str) -> tuple[str, str | None, str, bool] | None:
    """What a header leaf abbreviates: (metric, subscript metric or None, set, short), `short`
    when only a sibling of its set makes it a metric; None when it is no metric abbreviation."""
    text = _leaf_text(leaf)
    if text in ("P", "R", "F", "F1"):  # printed in capitals, the convention of P/R/F tables
        return _ONE_LETTER[text.casefold()], None, "prf", True
    qualified = _QUALIFIED.fullmatch(text)
    if qualified and qualified["sub"] in _QUALIFIERS:  # "Roov": recall of OOV words
        return _ONE_LETTER[qualified["letter"].casefold()], qualified["sub"], "prf", True
    folded = text.casefold()
    if folded in _PRF_WORDS:  # "Pr", "Re" are short forms too ("Re" of "re-ranked")
        return _PRF_WORDS[folded], None, "prf", folded in ("pr", "re")
    for pattern, family in ((_ROUGE, "generation"), (_BERTSCORE, "generation")):
        found = pattern.fullmatch(text)
        if found:
            if pattern is _ROUGE:
                metric = f"rouge-{found['n'].casefold()}"
                short = found["name"].casefold() == "r"
            else:
                metric, short = "bertscore", found["name"].casefold() == "bs"
            sub = found["sub"]
            return metric, _SUBSCRIPTS[sub.casefold()] if sub else None, family, short
    if folded in _GENERATION:
        return folded, None, "generation", False
    return None


_AXIS = ("\x00",)
"""The key of every leaf of the axis in `siblings_by_group`'s answer (no header prints it)."""


def siblings_by_group(paths: Iterable[Sequence[str]]) -> dict[tuple[str, ...], frozenset[str]]:
    """The leaves of a table's header paths on one axis, by the path above them, and all of
    them under `_AXIS`."""
    found: dict[tuple[str, ...], set[str]] = {_AXIS: set()}
    for path in paths:
        if path:
            leaf = " ".join(path[-1].split())
            found.setdefault(tuple(path[:-1]), set()).add(leaf)
            found[_AXIS].add(leaf)
    return {group: frozenset(leaves) for group, leaves in found.items()}


def metric_leaf(path: Sequence[str], groups: dict[tuple[str, ...], frozenset[str]]
                ) -> tuple[str, str | None] | None:
    """The metric (and its subscript) that the last header of `path` stands for, when the
    table shows it is one (module docstring): a full name, or a short form beside another
    metric of its set. Beside it anywhere on its axis, not only under its own group: a
    reader that loses a column's group ("Pr (%)" of "Turns" read under none) would otherwise
    leave that one cell unread, and a claim about it would be contradicted by the only
    precision cell left, of another group."""
    if not path:
        return None
    leaf = " ".join(path[-1].split())
    read = reading(leaf)
    if read is None:
        return None
    metric, sub, family, short = read
    if not short:
        return metric, sub
    others = [other for sibling in groups.get(_AXIS, ()) if sibling != leaf
              and (other := reading(sibling)) is not None and other[2] == family
              and other[0] != metric]
    if not others or (family == "generation"
                      and not _telling(read) and not any(map(_telling, others))):
        return None
    return metric, sub


def _telling(read: tuple[str, str | None, str, bool]) -> bool:
    """A leaf that tells a group of generation metrics (itself or a sibling): a full name
    ("BLEU", "ROUGE-2"), or ROUGE-L in short ("R-L", "RL"), which nothing but ROUGE's longest
    common subsequence is called. "R1 R2 R3 R4" also heads rounds, regions or raters, and
    "BS" a batch size."""
    return not read[3] or read[0] == "rouge-l"


def _demoted(word: HeaderWord) -> bool:
    """A one-letter capital header of the P/R/F convention ("P", "R", "F")."""
    return word.upper and word.word in ("p", "r", "f")


Groups = dict[tuple[str, ...], frozenset[str]]
_GROUPS: dict[int, tuple[Table, tuple[Groups, Groups]]] = {}


def header_groups(table: Table) -> tuple[Groups, Groups]:
    """The leaves of the table's row and column header paths by the path above them (every
    value cell's paths, as the cell check reads them: its own header paths, else the row's
    first cell and the table's header), built once per table and kept (the table is held,
    so its id stays its own)."""
    kept = _GROUPS.get(id(table))
    if kept is not None and kept[0] is table:
        return kept[1]
    found: tuple[list, list] = ([], [])
    for row in table.rows:
        for column in range(1, len(row)):
            cell = row[column]
            found[0].append(getattr(cell, "row_headers", None) or [row[0].text])
            found[1].append(getattr(cell, "column_headers", None) or (
                [table.header[column]] if column < len(table.header) else []))
    groups = siblings_by_group(found[0]), siblings_by_group(found[1])
    if len(_GROUPS) >= 256:
        _GROUPS.pop(next(iter(_GROUPS)))
    _GROUPS[id(table)] = (table, groups)
    return groups


def metric_words(words: Iterable[HeaderWord], paths: Sequence[tuple[str, ...]],
                 groups: Sequence[Groups]) -> tuple[tuple[HeaderWord, ...],
                                                    tuple[HeaderWord, ...]]:
    """The header words of a cell's `paths` (one per axis, with the groups of that axis) with
    their metric abbreviations read (module docstring): a path's last header that the table
    shows to be a metric ("R-1f1" beside "R-2f1") as the metric ("rouge-1"); its subscript
    "p" or "r" as a word the claim must say ("precision", "recall"); a one-letter "P", "R" or
    "F" that is no such metric as a plain letter, which "precision" does not say. Also the
    words a claim may say beside them without having to: a subscript "f1"."""
    removed: set[HeaderWord] = set()
    found: list[HeaderWord] = []
    said: list[HeaderWord] = []
    for path, group in zip(paths, groups, strict=True):
        read = metric_leaf(path, group)
        if read is None:
            continue
        metric, sub = read
        removed.update(header_words(path[-1]))
        found.append(HeaderWord(metric))
        if sub == "f1" and metric != "f1":
            said.append(HeaderWord(sub))
        elif sub is not None:
            found.append(HeaderWord(sub))
    kept = [HeaderWord(word.word, capital=True) if _demoted(word) else word
            for word in words if word not in removed]
    return tuple(dict.fromkeys(kept + found)), tuple(said)


# Claim words that name a metric: a cell under another metric's header is not the claim's.
_CLAIMED_METRICS = frozenset((
    "precision", "precisions", "recall", "recalls", "accuracy", "accuracies", "bleu",
    "meteor", "perplexity", "perplexities", "ppl", "bertscore", "bert-score", "rouge",
    "rouge-1", "rouge-2", "rouge-l", "rouge1", "rouge2", "rougel", "mae", "rmse", "mse", "auc",
    "em", "ter", "chrf", "cider", "bleurt")) | F1_NAMES
_PRF_READ = frozenset(("precision", "recall", "f1"))
_PRF_CLAIMED = frozenset(("precision", "precisions", "recall", "recalls")) | F1_NAMES
_READ_METRICS = frozenset(("precision", "recall", "f1", "bertscore", "bleu", "meteor", "chrf",
                           "cider", "ter", "bleurt", "sacrebleu", "rouge-1", "rouge-2",
                           "rouge-3", "rouge-4", "rouge-l", "rouge-su4", "rouge-lsum",
                           "rouge-w"))


def other_metric(own: Sequence[HeaderWord], words: Sequence[HeaderWord],
                 paths: Sequence[Sequence[str]], claim: ClaimWords,
                 caption: str | None) -> str | None:
    """A metric the claim names ("recall") that a cell read as another metric ("P" beside
    "R", "R-1f1") does not say: the claim is about the cell beside it, or about a variant the
    table does not print (ROUGE-1 recall against an F1 column), so the cell neither confirms
    nor contradicts its number. Its headers must say the metric: a caption that lists the
    table's metrics ("The table shows average precision, recall and time-to-maneuver") says
    which metrics the table holds, not which this cell is; it may only add a precision or
    recall to a generation metric ("ROUGE recall"). The claim word as printed; None when the
    cell's headers are no metric read, or say every metric it names. A header that reads
    as precision, recall or F1 counts here even without a sibling of its set ("Re (%)" whose
    group the reader lost): read so, it can only keep a cell from deciding."""
    read = {found[0] for path in paths
            if path and (found := reading(path[-1])) and found[2] == "prf"} \
        | ({word.word for word in own} & _READ_METRICS)
    if not read:
        return None
    captioned = set(header_words(caption or "")) - set(own)
    headed: set[int] = set()
    qualified: set[int] = set()
    for word in words:
        found = claim.names(word, short=word in own, caption=caption) or set()
        (qualified if word in captioned else headed).update(found)
    generation = not read & _PRF_READ
    return next((printed.rstrip(".") for position, (claimed, printed) in enumerate(
        zip(claim.words, claim.printed, strict=True))
        if claimed in _CLAIMED_METRICS and position not in headed
        and not (generation and position in qualified and claimed in _PRF_CLAIMED)), None)


def metric_terms(words: Sequence[HeaderWord], claim: ClaimWords,
                 terms_of: Sequence[str | None], caption: str | None) -> frozenset[str]:
    """The index terms of the claim words that a cell's metric words say ("precision" of the
    "P" read as precision, "perplexity" of "PPL"): for the note on an undecided cell, which
    lists only the words its headers do not say (verify/cell_notes.py)."""
    found: set[str] = set()
    for word in words:
        if word.word in _READ_METRICS or word.word in SYNONYM_OF:
            found.update(term for position in claim.names(word, caption=caption) or ()
                         if (term := terms_of[position]))
    return frozenset(found)
