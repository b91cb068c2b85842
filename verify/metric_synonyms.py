"""Two names of one metric that a table and a claim may print: "PPL" and "perplexity",
"F-measure" and "F1", "BERT-Score" and "BERTScore", "ROUGE1" and "ROUGE-1". A header word is
said by a claim word that names the same metric otherwise (verify/header_vocabulary.py); which
abbreviations of a table's headers are metrics at all, verify/metric_headers.py reads.
"""

from __future__ import annotations

F1_NAMES = frozenset(("f1", "f-1", "f-score", "f-scores", "f1-score", "f1-scores", "f-measure",
                      "f-measures", "fscore", "f1-measure"))
_SYNONYMS: tuple[frozenset[str], ...] = (
    F1_NAMES,
    frozenset(("ppl", "perplexity", "perplexities")),
    frozenset(("bertscore", "bert-score", "bertscores")),
    frozenset(("rouge-1", "rouge1")),
    frozenset(("rouge-2", "rouge2")),
    frozenset(("rouge-l", "rougel")),
)
SYNONYM_OF = {word: group for group in _SYNONYMS for word in group}


def same_metric(header: str, claimed: str) -> bool:
    """Whether a header word and a claim word are two names of one metric ("PPL" and
    "perplexity", "F-measure" and "F1")."""
    group = SYNONYM_OF.get(header)
    return group is not None and claimed in group and claimed != header


