"""BUCC 2018 bitext mining as XTREME scores it, from the full monolingual files.

The `bucc18.*` configs of `google/xtreme` hold only the gold pairs (validation: the sample
set's, test: the training set's). Mining among gold sentences alone is far easier than the
task, so a score computed that way (`families.evaluate_retrieval`) is marked not comparable
with the paper. XTREME's protocol (Hu et al. 2020, after Artetxe & Schwenk 2019) mines among
*all* sentences of both monolingual files, tunes the margin threshold on the sample set and
scores F1 on the training set (the BUCC test gold is not public). It needs the shared task's
files, which are not on the Hub: download `bucc2018-{lang}-en.sample-gold.tar.bz2` and
`bucc2018-{lang}-en.training-gold.tar.bz2` from the BUCC 2018 shared task page
(comparable.limsi.fr/bucc2018) and unpack them into the recipe's data_dir, giving

    <data_dir>/bucc2018/de-en/de-en.sample.de     "<id>\\t<sentence>" per line
    <data_dir>/bucc2018/de-en/de-en.sample.en
    <data_dir>/bucc2018/de-en/de-en.sample.gold   "<de id>\\t<en id>" per line
    <data_dir>/bucc2018/de-en/de-en.training.{de,en,gold}

Mining uses k nearest neighbours computed in blocks (torch matmuls, on the GPU when there is
one), since the training files hold about 400,000 sentences a side: the full similarity
matrix would not fit in memory. Each sentence's candidates are its k neighbours by cosine,
scored by ratio margin; both directions propose, and pairs are taken best first, each sentence
once (LASER's "max" mining). Duplicate sentences are mined once, and a mined pair is correct
when any of the ids holding those texts form a gold pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from .metrics import f1_at_threshold, tune_threshold

BUCC_FOLDER = "bucc2018"
SPLITS = ("sample", "training")  # tune on the first, score on the second
NOT_COMPARABLE = ("BUCC mined among the gold pairs only (google/xtreme's bucc18 configs), not "
                  "among the full monolingual files as XTREME does: F1 is inflated")


class BuccError(ValueError):
    """BUCC files that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Corpus:
    """One BUCC split of one language pair: distinct sentences per side and the gold pairs as
    indices into them."""

    sources: list[str]  # distinct sentences of the other language
    targets: list[str]  # distinct English sentences
    gold: set[tuple[int, int]]


def folder(data_dir: Path | str | None, language: str) -> Path | None:
    """The folder of the full files of `language`-en when data_dir holds both splits whole."""
    if data_dir is None:
        return None
    path = Path(data_dir) / BUCC_FOLDER / f"{language}-en"
    needed = [path / f"{language}-en.{split}.{part}" for split in SPLITS
              for part in (language, "en", "gold")]
    return path if all(file.is_file() for file in needed) else None


def _read_sentences(path: Path) -> dict[str, str]:
    sentences = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\n")
            if not line:
                continue
            key, tab, text = line.partition("\t")
            if not tab:
                raise BuccError(f"{path}: line {number} is not '<id>\\t<sentence>'")
            sentences[key] = text
    return sentences


def read_corpus(path: Path, language: str, split: str) -> Corpus:
    """Read `{language}-en.{split}.*` from `path` (see the module docstring for the layout)."""
    stem = path / f"{language}-en.{split}"
    by_id_source = _read_sentences(stem.with_name(stem.name + f".{language}"))
    by_id_target = _read_sentences(stem.with_name(stem.name + ".en"))
    sources = list(dict.fromkeys(by_id_source.values()))
    targets = list(dict.fromkeys(by_id_target.values()))
    source_index = {text: i for i, text in enumerate(sources)}
    target_index = {text: i for i, text in enumerate(targets)}
    gold_file = stem.with_name(stem.name + ".gold")
    gold = set()
    for number, line in enumerate(gold_file.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] not in by_id_source or parts[1] not in by_id_target:
            raise BuccError(f"{gold_file}: line {number} is not a pair of ids found in the "
                            f"{language} and en files")
        gold.add((source_index[by_id_source[parts[0]]], target_index[by_id_target[parts[1]]]))
    if not gold:
        raise BuccError(f"{gold_file}: no gold pairs")
    return Corpus(sources, targets, gold)


def _neighbours(x: torch.Tensor, y: torch.Tensor, k: int,
                block: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Cosine similarities and indices of each row of x's k nearest rows of y (unit rows)."""
    values, indices = [], []
    for start in range(0, len(x), block):
        similarity = x[start:start + block] @ y.T
        top = similarity.topk(min(k, len(y)), dim=1)
        values.append(top.values)
        indices.append(top.indices)
    return torch.cat(values), torch.cat(indices)


def mine(x: np.ndarray, y: np.ndarray, k: int = 4, block: int = 1024,
         device: str | None = None) -> list[tuple[float, int, int]]:
    """Candidate pairs (margin, i, j) best first, each sentence used once, over k nearest
    neighbours (the module docstring says how). Memory: one block of similarities at a time."""
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    xs = torch.nn.functional.normalize(torch.as_tensor(x, dtype=torch.float32, device=device))
    ys = torch.nn.functional.normalize(torch.as_tensor(y, dtype=torch.float32, device=device))
    forward_sim, forward_ind = _neighbours(xs, ys, k, block)
    backward_sim, backward_ind = _neighbours(ys, xs, k, block)
    x_mean, y_mean = forward_sim.mean(dim=1), backward_sim.mean(dim=1)
    # margin(x, y) = cos(x, y) / ((mean_k cos(x) + mean_k cos(y)) / 2), for each x's neighbours
    forward = forward_sim / ((x_mean[:, None] + y_mean[forward_ind]) / 2)
    backward = backward_sim / ((y_mean[:, None] + x_mean[backward_ind]) / 2)
    best_forward = forward.max(dim=1)
    best_backward = backward.max(dim=1)
    rows = torch.arange(len(xs), device=device)
    columns = torch.arange(len(ys), device=device)
    sources = torch.cat([rows, backward_ind[columns, best_backward.indices]]).tolist()
    targets = torch.cat([forward_ind[rows, best_forward.indices], columns]).tolist()
    scores = torch.cat([best_forward.values, best_backward.values]).tolist()
    order = sorted(range(len(scores)), key=lambda n: -scores[n])
    used_source: set[int] = set()
    used_target: set[int] = set()
    mined = []
    for n in order:
        i, j = sources[n], targets[n]
        if i in used_source or j in used_target:
            continue
        used_source.add(i)
        used_target.add(j)
        mined.append((scores[n], i, j))
    return mined


def score(sample: tuple[np.ndarray, np.ndarray, set[tuple[int, int]]],
          test: tuple[np.ndarray, np.ndarray, set[tuple[int, int]]],
          k: int = 4) -> dict[str, float]:
    """XTREME's BUCC score: the threshold that maximises F1 on the sample set, applied to the
    training set's mined pairs. Each argument is (source vectors, target vectors, gold)."""
    threshold = tune_threshold(mine(sample[0], sample[1], k), sample[2])[1]
    f1 = f1_at_threshold(mine(test[0], test[1], k), test[2], threshold)
    return {"score": f1, "threshold": threshold}


def evaluate_full(model: torch.nn.Module, tokenizer: object, path: Path, language: str,
                  hp: object) -> dict[str, float]:
    """The BUCC score of `model` on the full files of `language`-en under `path`."""
    from .families import embed  # the retrieval encoder's pooling, shared with Tatoeba

    splits = []
    for split in SPLITS:
        corpus = read_corpus(path, language, split)
        splits.append((embed(model, tokenizer, corpus.sources, hp),  # type: ignore[arg-type]
                       embed(model, tokenizer, corpus.targets, hp),  # type: ignore[arg-type]
                       corpus.gold))
    return score(splits[0], splits[1])
