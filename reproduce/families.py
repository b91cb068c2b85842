"""Task families: how a task's examples become model inputs, which head trains it, how it scores.

Each family reads the columns `data.to_canonical` produces and uses the `transformers` head,
collator and `Trainer.predict` for what they do; what is written here is only what no library
call does: aligning word tags to sub-tokens, mapping answer characters to token spans (with a
document stride) and back, and mean-pooling a middle layer for retrieval.

    family           head                                  metric
    classification   AutoModelForSequenceClassification    accuracy
    tagging          AutoModelForTokenClassification       seqeval F1 (label on first sub-token)
    qa               AutoModelForQuestionAnswering         SQuAD EM and F1 -> (EM + F1) / 2
    multiple_choice  AutoModelForMultipleChoice            accuracy
    retrieval        none (no training)                    Tatoeba accuracy / BUCC margin F1
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import torch
from datasets import Dataset
from transformers import (
    AutoModelForMultipleChoice,
    AutoModelForQuestionAnswering,
    AutoModelForSequenceClassification,
    AutoModelForTokenClassification,
    DataCollatorForMultipleChoice,
    DataCollatorForTokenClassification,
    DataCollatorWithPadding,
    PreTrainedModel,
    PreTrainedTokenizerBase,
    Trainer,
    TrainingArguments,
)

from . import metrics
from .recipe import Hyperparameters
from .tasks import TaskSpec

HEADS = {
    "classification": AutoModelForSequenceClassification,
    "tagging": AutoModelForTokenClassification,
    "qa": AutoModelForQuestionAnswering,
    "multiple_choice": AutoModelForMultipleChoice,
}
MAX_ANSWER_TOKENS = 30  # longest answer span considered (the SQuAD scripts' default)
N_BEST = 20  # start and end candidates per feature
REFERENCE_LAYERS = 24  # retrieval_layer is given for XLM-R Large's 24 layers


def load_model(spec: TaskSpec, model_path: str | Path) -> PreTrainedModel:
    """The task's head on the pre-trained encoder at `model_path` (the head starts random)."""
    if spec.family not in HEADS:
        raise ValueError(f"task {spec.name} ({spec.family}) has no trained head")
    labels: dict[str, Any] = {}
    if spec.family in ("classification", "tagging"):
        labels = {"num_labels": len(spec.labels), "id2label": dict(enumerate(spec.labels)),
                  "label2id": {name: i for i, name in enumerate(spec.labels)}}
    return HEADS[spec.family].from_pretrained(str(model_path), **labels)


def collator(spec: TaskSpec, tokenizer: PreTrainedTokenizerBase,
             pad_to_multiple_of: int | None = None) -> Any:
    """Dynamic padding: each batch is padded to its longest row (rounded up to a multiple of
    `pad_to_multiple_of`, 8 on a GPU for tensor-core shapes), never to max_length."""
    if spec.family == "tagging":
        return DataCollatorForTokenClassification(tokenizer,
                                                  pad_to_multiple_of=pad_to_multiple_of)
    if spec.family == "multiple_choice":
        return DataCollatorForMultipleChoice(tokenizer, pad_to_multiple_of=pad_to_multiple_of)
    return DataCollatorWithPadding(tokenizer, pad_to_multiple_of=pad_to_multiple_of)


def in_order(args: TrainingArguments) -> TrainingArguments:
    """`args` for prediction: no length grouping. transformers 5 applies the grouped sampler
    to evaluation too, which would reorder the predictions against the gold labels."""
    if getattr(args, "train_sampling_strategy", "random") == "group_by_length":
        return dataclasses.replace(args, train_sampling_strategy="random")
    if getattr(args, "group_by_length", False):
        return dataclasses.replace(args, group_by_length=False)
    return args


# --- Encoding ------------------------------------------------------------------------------------

def encode(spec: TaskSpec, dataset: Dataset, tokenizer: PreTrainedTokenizerBase,
           hp: Hyperparameters, train: bool) -> Dataset:
    """Model inputs for the task's canonical rows (training features carry their labels).

    QA evaluation features also keep `example_id` and `offset_mapping` (None outside the
    context) to map predicted spans back to text; `Trainer` drops them before the model.
    """
    encoders = {"classification": _encode_classification, "tagging": _encode_tagging,
                "qa": _encode_qa_train if train else _encode_qa_eval,
                "multiple_choice": _encode_multiple_choice}
    return dataset.map(encoders[spec.family], batched=True,
                       fn_kwargs={"tokenizer": tokenizer, "hp": hp},
                       remove_columns=dataset.column_names,
                       desc=f"{spec.name}: tokenize")


def _encode_classification(batch: dict[str, list], tokenizer: PreTrainedTokenizerBase,
                           hp: Hyperparameters) -> dict[str, list]:
    pairs = any(text is not None for text in batch["text_b"])
    texts = (batch["text_a"], batch["text_b"]) if pairs else (batch["text_a"],)
    encoded = tokenizer(*texts, truncation=True, max_length=hp.max_length)
    encoded["labels"] = batch["label"]
    return encoded


def _encode_tagging(batch: dict[str, list], tokenizer: PreTrainedTokenizerBase,
                    hp: Hyperparameters) -> dict[str, list]:
    """Each word's tag goes on its first sub-token; the others get -100 (ignored by the loss)."""
    encoded = tokenizer(batch["tokens"], is_split_into_words=True, truncation=True,
                        max_length=hp.max_length)
    labels = []
    for i, tags in enumerate(batch["tags"]):
        row, previous = [], None
        for word in encoded.word_ids(i):
            row.append(-100 if word is None or word == previous else tags[word])
            previous = word
        labels.append(row)
    encoded["labels"] = labels
    return encoded


def _qa_windows(batch: dict[str, list], tokenizer: PreTrainedTokenizerBase,
                hp: Hyperparameters) -> Any:
    """Question + context windows of qa_max_length tokens, overlapping by doc_stride."""
    return tokenizer(batch["question"], batch["context"], truncation="only_second",
                     max_length=hp.qa_max_length, stride=hp.doc_stride,
                     return_overflowing_tokens=True, return_offsets_mapping=True)


def _encode_qa_train(batch: dict[str, list], tokenizer: PreTrainedTokenizerBase,
                     hp: Hyperparameters) -> dict[str, list]:
    """Start/end token of the first gold answer in each window; 0 (<s>) when the window does
    not hold it or the question has no answer (SQuAD v2)."""
    encoded = _qa_windows(batch, tokenizer, hp)
    starts, ends = [], []
    for i, offsets in enumerate(encoded["offset_mapping"]):
        answers = batch["answers"][encoded["overflow_to_sample_mapping"][i]]
        sequence = encoded.sequence_ids(i)
        context = [t for t, s in enumerate(sequence) if s == 1]
        start_token = end_token = 0
        if answers["answer_start"] and context:
            start_char = answers["answer_start"][0]
            end_char = start_char + len(answers["text"][0])
            first, last = context[0], context[-1]
            if offsets[first][0] <= start_char and offsets[last][1] >= end_char:
                start_token = next(t for t in context if offsets[t][1] > start_char)
                end_token = next(t for t in reversed(context) if offsets[t][0] < end_char)
        starts.append(start_token)
        ends.append(end_token)
    encoded["start_positions"] = starts
    encoded["end_positions"] = ends
    encoded.pop("offset_mapping")
    encoded.pop("overflow_to_sample_mapping")
    return encoded


def _encode_qa_eval(batch: dict[str, list], tokenizer: PreTrainedTokenizerBase,
                    hp: Hyperparameters) -> dict[str, list]:
    encoded = _qa_windows(batch, tokenizer, hp)
    samples = encoded.pop("overflow_to_sample_mapping")
    encoded["example_id"] = [batch["id"][sample] for sample in samples]
    encoded["offset_mapping"] = [
        [offset if sequence == 1 else None
         for offset, sequence in zip(offsets, encoded.sequence_ids(i), strict=True)]
        for i, offsets in enumerate(encoded["offset_mapping"])]
    return encoded


def _encode_multiple_choice(batch: dict[str, list], tokenizer: PreTrainedTokenizerBase,
                            hp: Hyperparameters) -> dict[str, list]:
    """Each (context, choice) pair is one sequence; the collator stacks an example's choices."""
    sizes = [len(choices) for choices in batch["choices"]]
    firsts = [context for context, n in zip(batch["context"], sizes, strict=True)
              for _ in range(n)]
    seconds = [choice for choices in batch["choices"] for choice in choices]
    flat = tokenizer(firsts, seconds, truncation=True, max_length=hp.max_length)
    encoded: dict[str, list] = {key: [] for key in flat}
    position = 0
    for n in sizes:
        for key, values in flat.items():
            encoded[key].append(values[position:position + n])
        position += n
    encoded["labels"] = batch["label"]
    return encoded


# --- Scoring -------------------------------------------------------------------------------------

def evaluate(spec: TaskSpec, model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase,
             dataset: Dataset, hp: Hyperparameters, args: TrainingArguments,
             language: str = "en") -> dict[str, float]:
    """The task's metric on canonical rows: {"score": ..., and the parts it is made of}.

    `score` is what XTREME averages: accuracy, F1, or (EM + F1) / 2 for QA.
    """
    if spec.family == "retrieval":
        return evaluate_retrieval(spec, model, tokenizer, dataset, hp)
    features = encode(spec, dataset, tokenizer, hp, train=False)
    trainer = Trainer(model=model, args=in_order(args), data_collator=collator(spec, tokenizer),
                      processing_class=tokenizer)
    output = trainer.predict(features)
    if spec.family in ("classification", "multiple_choice"):
        predicted = np.asarray(output.predictions).argmax(-1)
        return {"score": metrics.accuracy(predicted, dataset["label"])}
    if spec.family == "tagging":
        gold, predicted = _tag_sequences(spec, output.predictions, output.label_ids)
        return {"score": metrics.seqeval_f1(gold, predicted)}
    start_logits, end_logits = output.predictions[:2]
    answers = _best_spans(dataset, features, start_logits, end_logits,
                          allow_empty=spec.unanswerable)
    references = {row["id"]: row["answers"]["text"] for row in dataset}
    scores = metrics.squad_scores(answers, references, language)
    return {"score": (scores["exact_match"] + scores["f1"]) / 2, **scores}


def _tag_sequences(spec: TaskSpec, logits: np.ndarray,
                   label_ids: np.ndarray) -> tuple[list[list[str]], list[list[str]]]:
    """Gold and predicted tag names at each word's first sub-token."""
    predicted_ids = np.asarray(logits).argmax(-1)
    gold, predicted = [], []
    for row_labels, row_predictions in zip(label_ids, predicted_ids, strict=True):
        keep = row_labels != -100
        gold.append([spec.labels[i] for i in row_labels[keep]])
        predicted.append([spec.labels[i] for i in row_predictions[keep]])
    return gold, predicted


def _best_spans(dataset: Dataset, features: Dataset, start_logits: np.ndarray,
                end_logits: np.ndarray, allow_empty: bool) -> dict[str, str]:
    """Each example's best answer text over its windows: the highest start + end logit among
    spans inside the context, ending after they start, at most MAX_ANSWER_TOKENS long.

    With `allow_empty` (SQuAD v2) the answer is "" when <s>'s start + end beats every span.
    """
    windows: dict[str, list[int]] = defaultdict(list)
    for index, example_id in enumerate(features["example_id"]):
        windows[example_id].append(index)
    offsets_of = features["offset_mapping"]
    answers = {}
    for row in dataset:
        best_text, best_score = "", -np.inf
        null_score = np.inf
        for index in windows[row["id"]]:
            offsets = offsets_of[index]
            starts, ends = start_logits[index], end_logits[index]
            null_score = min(null_score, starts[0] + ends[0])
            for s in np.argsort(starts[:len(offsets)])[::-1][:N_BEST]:
                for e in np.argsort(ends[:len(offsets)])[::-1][:N_BEST]:
                    if offsets[s] is None or offsets[e] is None or not \
                            0 <= e - s < MAX_ANSWER_TOKENS:
                        continue
                    score = starts[s] + ends[e]
                    if score > best_score:
                        best_score = score
                        best_text = row["context"][offsets[s][0]:offsets[e][1]]
        answers[row["id"]] = "" if allow_empty and null_score > best_score else best_text
    return answers


# --- Retrieval -----------------------------------------------------------------------------------

def retrieval_layer(num_layers: int, layer: int) -> int:
    """The hidden layer to pool: `layer` is given for 24 layers (14 of XLM-R Large, as in
    XTREME), so a model of another depth uses the same relative depth (7 of 12, 1 of 2)."""
    if num_layers == REFERENCE_LAYERS:
        return layer
    return min(num_layers, max(1, round(layer * num_layers / REFERENCE_LAYERS)))


@torch.no_grad()
def embed(model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase, sentences: list[str],
          hp: Hyperparameters) -> np.ndarray:
    """Mean over tokens (padding excluded) of one middle layer's hidden states.

    No library call returns a middle layer mean-pooled, hence this short inference loop.
    """
    encoder = model.base_model
    layer = retrieval_layer(model.config.num_hidden_layers, hp.retrieval_layer)
    device = next(encoder.parameters()).device
    was_training = encoder.training
    encoder.eval()
    pooled = []
    for start in range(0, len(sentences), hp.batch_size * 8):
        batch = tokenizer(sentences[start:start + hp.batch_size * 8], padding=True,
                          truncation=True, max_length=hp.max_length,
                          return_tensors="pt").to(device)
        hidden = encoder(**batch, output_hidden_states=True).hidden_states[layer]
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled.append(((hidden * mask).sum(1) / mask.sum(1)).float().cpu().numpy())
    encoder.train(was_training)
    return np.concatenate(pooled)


def evaluate_retrieval(spec: TaskSpec, model: PreTrainedModel,
                       tokenizer: PreTrainedTokenizerBase, dataset: Dataset,
                       hp: Hyperparameters) -> dict[str, float]:
    """Tatoeba: accuracy of finding each sentence's English translation. BUCC: F1 of the
    translation pairs mined by margin among the split's distinct sentences."""
    if spec.metric == "tatoeba_accuracy":
        source = embed(model, tokenizer, dataset["source"], hp)
        target = embed(model, tokenizer, dataset["target"], hp)
        return {"score": metrics.tatoeba_accuracy(source, target)}
    sources = list(dict.fromkeys(dataset["source"]))
    targets = list(dict.fromkeys(dataset["target"]))
    source_index = {sentence: i for i, sentence in enumerate(sources)}
    target_index = {sentence: i for i, sentence in enumerate(targets)}
    gold = {(source_index[s], target_index[t])
            for s, t in zip(dataset["source"], dataset["target"], strict=True)}
    f1, threshold = metrics.bucc_f1(embed(model, tokenizer, sources, hp),
                                    embed(model, tokenizer, targets, hp), gold)
    return {"score": f1, "threshold": threshold}
