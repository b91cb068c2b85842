"""A number a sentence ties to a coined name the claim never says is about another thing.

Papers name their systems, models and data sets with coined words: capitals inside a word or
with digits ("FCN", "SegNet", "XYLayoutLM", "GSM8K", "T5"). The entity gazetteer knows few of
them, so a sentence's number is often bound to no name at all, and a claim about one system
was contradicted by the number a sentence gives for another: "Trained on Vaihingen and tested
on Potsdam, SegNet with G-pooling reaches 25.64 mIoU" against "... FCN with G-pooling is able
to achieve 23.02% mIoU", arXiv:1912.10667 (SegNet is named in the next sentence, which the
passage holds).

The general fact: the subject of a number is the last name said before it in its clause. When
that clause of the sentence names coined words before the number, and the claim names coined
words of its own but none of those, the sentence's number is about another system, and it
contradicts nothing (`other_subject`). A claim that names no coined word ("training uses a
learning rate of 1e-5") speaks of no other system, and a part of a hyphenated name
("SciBERT" of "S2ORC-SciBERT") is said by it. It is a guard only: a coined name both texts
share never makes a number contradict on its own.

A hyphenated name is also said by its parts printed joined: papers set a model's size as small
capitals run into its name ("BERTBASE contains 110M parameters and BERTLARGE contains 340M
parameters", Devlin et al., arXiv:1810.04805, page 8), and a claim writes "BERT-Base". Read as
two systems, the sentence's 110M was set aside for "BERT-Base has 340M parameters", which it
contradicts (`joined`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify_claims.claims import Quantity

# A coined word: two capitals or more (one may follow a hyphen), or a capital with a digit.
_COINED = re.compile(r"(?<![\w\-])(?=[\w\-]*[A-Z][\w\-]*[A-Z0-9])(?=[\w\-]*[a-z]|[A-Z0-9\-]+)"
                     r"[A-Za-z][\w\-]*[A-Za-z0-9](?![\w\-])")
# Where a clause starts, looking back from a number.
_CLAUSE = re.compile(r"[,;:()]|\b(?:and|but|while|whereas|which|that)\b")
# Coined words that name measures and units, not systems: a metric is no subject.
MEASURES = frozenset(("iou", "miou", "auc", "roc", "bleu", "rouge", "meteor", "f1", "map",
                       "em", "pa", "acc", "ppl", "wer", "cer", "ter", "las", "uas", "mrr",
                       "ndcg", "gb", "mb", "kb", "gpu", "gpus", "tpu", "cpu", "ms"))


@lru_cache(maxsize=8192)
def coined(text: str) -> frozenset[str]:
    """The coined words of `text`, case-folded, measures left out."""
    found = set()
    for match in _COINED.finditer(text):
        word = match.group().casefold()
        found.add(word)
        found.update(part for part in word.split("-") if len(part) >= 2)  # "S2ORC-SciBERT"
    return frozenset(word for word in found if word.rstrip("s") not in MEASURES
                     and word not in MEASURES and not re.search(r"\d{2,}$", word))


def whole_coined(text: str) -> list[str]:
    """The coined words of `text` as printed whole ("CRF-CD-IO", not its parts), case-folded,
    in order, measures left out."""
    found = []
    for match in _COINED.finditer(text):
        word = match.group().casefold()
        if word not in found and word.rstrip("s") not in MEASURES and word not in MEASURES:
            found.append(word)
    return found


def _subjects(text: str, start: int) -> frozenset[str]:
    """The coined words of the clause that ends at `start`."""
    before = text[:start]
    cuts = [match.end() for match in _CLAUSE.finditer(before)]
    clause = before[cuts[-1]:] if cuts else before
    return coined(clause)


def other_subject(claim_text: str, sentence_text: str, found: Quantity) -> bool:
    """Whether the sentence ties `found` to coined names none of which the claim says (module
    docstring)."""
    subjects = _subjects(sentence_text, found.span[0])
    claimed = coined(claim_text)
    return bool(subjects) and bool(claimed) and not subjects & joined(claimed)


def joined(names: frozenset[str]) -> frozenset[str]:
    """`names` with each hyphenated one also printed joined: "bert-base" as "bertbase"."""
    return names | {name.replace("-", "") for name in names if "-" in name}
