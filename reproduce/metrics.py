"""The metrics of the XTREME tasks, all on a 0-100 scale.

- Extractive QA: SQuAD exact match and token F1 after the standard answer normalisation
  (lower case, no punctuation, no articles, single spaces), the best over the gold answers.
  MLQA's evaluation removes each language's articles and splits Chinese into characters; the
  `language` argument does the same.
- Tagging: seqeval's entity F1, as XTREME and jiant compute it for both NER and POS.
- Retrieval: Tatoeba accuracy (nearest neighbour by cosine, other language -> English) and
  BUCC F1 of pairs mined with ratio-margin scoring (Artetxe & Schwenk 2019) over k nearest
  neighbours in both directions, kept above a threshold.
"""

from __future__ import annotations

import re
import string
import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from seqeval.metrics import f1_score as _seqeval_f1

# Articles removed before comparing answers, per language (MLQA's evaluation; SQuAD: English).
ARTICLES = {
    "en": r"\b(a|an|the)\b",
    "es": r"\b(un|una|unos|unas|el|la|los|las)\b",
    "de": r"\b(ein|eine|einen|einem|eines|einer|der|die|das|des|dem|den)\b",
    "vi": r"\b(của|là|cái|chiếc|những)\b",
    "ar": r"\sال^|ال",
}
_PUNCTUATION = set(string.punctuation)


def normalize_answer(text: str, language: str = "en") -> str:
    """Lower case, drop punctuation (any Unicode P* character) and articles, squeeze spaces."""
    text = text.lower()
    text = "".join(ch for ch in text
                   if ch not in _PUNCTUATION and not unicodedata.category(ch).startswith("P"))
    if language in ARTICLES:
        text = re.sub(ARTICLES[language], " ", text)
    return " ".join(text.split())


def _answer_tokens(text: str, language: str) -> list[str]:
    normalized = normalize_answer(text, language)
    if language != "zh":
        return normalized.split()
    # Chinese has no spaces: each CJK character is a token, other runs stay whole.
    return re.findall(r"[\u4e00-\u9fff]|[^\s\u4e00-\u9fff]+", normalized)


def exact_match(prediction: str, gold: str, language: str = "en") -> float:
    return float(normalize_answer(prediction, language) == normalize_answer(gold, language))


def token_f1(prediction: str, gold: str, language: str = "en") -> float:
    predicted = _answer_tokens(prediction, language)
    expected = _answer_tokens(gold, language)
    if not predicted or not expected:  # unanswerable: right only when both are empty
        return float(predicted == expected)
    common = sum((Counter(predicted) & Counter(expected)).values())
    if common == 0:
        return 0.0
    precision = common / len(predicted)
    recall = common / len(expected)
    return 2 * precision * recall / (precision + recall)


def squad_scores(predictions: Mapping[str, str], references: Mapping[str, Sequence[str]],
                 language: str = "en") -> dict[str, float]:
    """Exact match and F1 in percent, each the best over an example's gold answers.

    An example whose gold list is empty is unanswerable (SQuAD v2): its gold is "".
    Every reference must have a prediction; a missing one counts as the empty answer.
    """
    if not references:
        raise ValueError("squad_scores needs at least one reference")
    em = f1 = 0.0
    for key, golds in references.items():
        prediction = predictions.get(key, "")
        golds = list(golds) or [""]
        em += max(exact_match(prediction, gold, language) for gold in golds)
        f1 += max(token_f1(prediction, gold, language) for gold in golds)
    return {"exact_match": 100 * em / len(references), "f1": 100 * f1 / len(references)}


def accuracy(predictions: Iterable[int], labels: Iterable[int]) -> float:
    predicted, gold = np.asarray(list(predictions)), np.asarray(list(labels))
    if predicted.shape != gold.shape or gold.size == 0:
        raise ValueError(f"accuracy needs equal, non-empty lists ({predicted.size}, {gold.size})")
    return float(100 * (predicted == gold).mean())


def seqeval_f1(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> float:
    """seqeval's micro F1 over chunks, in percent.

    POS tags carry no B-/I- prefix; seqeval then reads each maximal run of one tag as a chunk.
    That is how XTREME and jiant score POS, so the same call serves both tasks (seqeval warns
    about non-NE tags: silenced).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return float(100 * _seqeval_f1([list(s) for s in gold], [list(s) for s in predicted]))


# --- Retrieval -----------------------------------------------------------------------------------

def _unit(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float64)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def cosine_matrix(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    return _unit(x) @ _unit(y).T


def tatoeba_accuracy(source: np.ndarray, target: np.ndarray) -> float:
    """Percent of rows i whose nearest target (cosine) is target i."""
    if len(source) != len(target) or len(source) == 0:
        raise ValueError("tatoeba_accuracy needs aligned, non-empty source and target rows")
    nearest = cosine_matrix(source, target).argmax(axis=1)
    return float(100 * (nearest == np.arange(len(source))).mean())


def margin_scores(x: np.ndarray, y: np.ndarray, k: int = 4) -> np.ndarray:
    """Ratio margin: cos(x, y) over the mean of each side's k-nearest-neighbour similarity.

    score(x, y) = cos(x, y) / (mean_k cos(x, NN_k(x)) / 2 + mean_k cos(y, NN_k(y)) / 2)
    A pair scores high when it is closer than either sentence is to its usual neighbours, which
    discounts "hub" sentences that are close to everything.
    """
    similarity = cosine_matrix(x, y)
    k_x = min(k, similarity.shape[1])
    k_y = min(k, similarity.shape[0])
    x_neighbours = -np.sort(-similarity, axis=1)[:, :k_x].mean(axis=1)
    y_neighbours = -np.sort(-similarity, axis=0)[:k_y, :].mean(axis=0)
    return similarity / (x_neighbours[:, None] / 2 + y_neighbours[None, :] / 2)


def mine_pairs(x: np.ndarray, y: np.ndarray, k: int = 4) -> list[tuple[float, int, int]]:
    """Candidate pairs by margin, best first, each sentence used once ("max" retrieval).

    Both directions propose their best partner; candidates are taken in order of score and a
    candidate whose source or target is already paired is skipped (LASER's mining).
    """
    scores = margin_scores(x, y, k)
    forward = scores.argmax(axis=1)
    backward = scores.argmax(axis=0)
    candidates = [(float(scores[i, j]), i, int(j)) for i, j in enumerate(forward)]
    candidates += [(float(scores[i, j]), int(i), j) for j, i in enumerate(backward)]
    candidates.sort(key=lambda item: -item[0])
    used_source: set[int] = set()
    used_target: set[int] = set()
    mined = []
    for score, i, j in candidates:
        if i in used_source or j in used_target:
            continue
        used_source.add(i)
        used_target.add(j)
        mined.append((score, i, j))
    return mined


def tune_threshold(mined: Sequence[tuple[float, int, int]],
                   gold: set[tuple[int, int]]) -> tuple[float, float]:
    """(F1 in percent, threshold) of the margin threshold that maximises F1 over `mined` pairs
    (best first), as the BUCC/XTREME scripts choose it on the development set."""
    if not gold:
        raise ValueError("a BUCC F1 needs at least one gold pair")
    best_f1, best_threshold, correct = 0.0, float("inf"), 0
    for rank, (score, i, j) in enumerate(mined, start=1):
        correct += (i, j) in gold
        f1 = 2 * correct / (rank + len(gold))
        if f1 > best_f1:
            best_f1, best_threshold = f1, score
    return 100 * best_f1, best_threshold


def f1_at_threshold(mined: Sequence[tuple[float, int, int]], gold: set[tuple[int, int]],
                    threshold: float) -> float:
    """F1 (percent) of the mined pairs scoring at least `threshold`."""
    if not gold:
        raise ValueError("a BUCC F1 needs at least one gold pair")
    kept = [(i, j) for score, i, j in mined if score >= threshold]
    correct = sum(pair in gold for pair in kept)
    return 100 * 2 * correct / (len(kept) + len(gold)) if kept else 0.0


def bucc_f1(x: np.ndarray, y: np.ndarray, gold: set[tuple[int, int]], k: int = 4,
            threshold: float | None = None) -> tuple[float, float]:
    """F1 (percent) of the mined pairs scoring at least `threshold`, and the threshold used.

    threshold None picks the one that maximises F1 on these very pairs, as the BUCC/XTREME
    scripts do on the development set; pass the development threshold to score a test set.
    """
    if not gold:
        raise ValueError("bucc_f1 needs at least one gold pair")
    mined = mine_pairs(x, y, k)
    if threshold is None:
        return tune_threshold(mined, gold)
    return f1_at_threshold(mined, gold, threshold), threshold
