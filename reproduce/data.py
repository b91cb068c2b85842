"""Reading task data: from the Hub, from local copies of it, or from the smoke files.

All three go through `load_source`, so smoke data exercises the exact code that reads the real
data. Local copies (and the smoke files) sit in a folder laid out like the Hub's own parquet
conversion:

    <data_dir>/<hub id>/<config or "default">/<split>.parquet      (or .jsonl / .json / .csv)
    <data_dir>/<hub id>/<config or "default">/<split>/*.parquet    (refs/convert/parquet layout)

e.g. `data/google/xtreme/PAWS-X.de/validation.parquet`. Parquet files written by `datasets`
keep their features (ClassLabel names included); JSON and CSV files are read with the
catalogue's features so they come back in the same schema.

At paper scale a `data_dir` may hold only some data sets: a split found there is read from
there, any other from the Hub. That is how data the Hub cannot serve is supplied: CosmosQA's
repository is a loading script with no parquet conversion (checked with `HfApi.list_repo_refs`
before reading, so the error names what to download), and BUCC's full monolingual files are
not on the Hub at all (see `bucc.py`).

`to_canonical` then maps each data set's own schema onto the few columns its family reads
(`text_a`/`text_b`/`label`, `tokens`/`tags`, `context`/`question`/`answers`, `context`/`choices`
/`label`, `source`/`target`), decoding labels into the catalogue's label order.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datasets import (
    ClassLabel,
    Dataset,
    Features,
    Sequence,
    Value,
    concatenate_datasets,
    load_dataset,
)

from .tasks import Source, TaskSpec

log = logging.getLogger(__name__)


class DataError(RuntimeError):
    """Task data that cannot be read; the message names the data set, split and the problem."""


@dataclass
class DataReader:
    """Where a run's data comes from, and the fingerprints of everything it read.

    data_dir: a folder of local copies (or the smoke files); None reads the Hub.
    cache_dir: where `datasets` keeps its Arrow cache (None: its default, ~/.cache/huggingface).
    local_only: never fall back to the Hub (smoke data: every file must be in data_dir).
    """

    data_dir: Path | None = None
    cache_dir: Path | None = None
    fingerprints: dict[str, str] = field(default_factory=dict)
    local_only: bool = False

    def load(self, source: Source, language: str | None = None,
             limit: int | None = None) -> Dataset:
        """One split of one data set in its own (Hub) schema, for one language if it has several."""
        source = source.for_language(language)
        config = source.config_for(language)
        name = f"{source.hub_id}/{config or 'default'}/{source.split}"
        files, missing = [], None
        if self.data_dir is not None:
            try:
                files = local_files(self.data_dir, source.hub_id, config, source.split)
            except DataError as error:
                if self.local_only:
                    raise
                missing = error
        if files:
            dataset = self._read_local(files, source, name)
            self.fingerprints[name] = _hash_files(files)
        else:
            dataset = self._read_hub(source, config, name, missing)
            self.fingerprints[name] = dataset._fingerprint
        dataset = _select_language(dataset, source, language, name)
        if limit is not None:
            dataset = dataset.select(range(min(limit, len(dataset))))
        return dataset

    def _read_local(self, files: list[Path], source: Source, name: str) -> Dataset:
        kind = {".json": "json", ".jsonl": "json", ".csv": "csv"}.get(files[0].suffix, "parquet")
        try:
            dataset = load_dataset(kind, data_files=[str(path) for path in files], split="train",
                                   cache_dir=_str(self.cache_dir),
                                   features=source.features if kind != "parquet" else None)
        except Exception as error:  # datasets raises many kinds; name the files either way
            raise DataError(f"{name}: cannot read {files[0]} ({error})") from error
        missing = [column for column in source.features if column not in dataset.column_names]
        if missing:
            raise DataError(f"{name}: {files[0]} lacks the column(s) {', '.join(missing)} of the "
                            f"{source.hub_id} schema")
        return dataset

    def _read_hub(self, source: Source, config: str | None, name: str,
                  missing: DataError | None = None) -> Dataset:
        local = f" (not in data_dir either: {missing})" if missing else ""
        if source.parquet_conversion and has_parquet_conversion(source.hub_id) is False:
            hint = source.download_hint or "a local copy of the data set"
            raise DataError(f"{name}: {source.hub_id} is a loading-script repository without a "
                            "parquet conversion (refs/convert/parquet), which recent `datasets` "
                            f"cannot read; download {hint}, and give that folder as the "
                            f"recipe's data_dir{local}")
        try:
            if source.parquet_conversion:
                # The repository holds a loading script; read the Hub's parquet conversion.
                pattern = (f"hf://datasets/{source.hub_id}@refs%2Fconvert%2Fparquet/"
                           f"{config or 'default'}/{source.split}/*.parquet")
                return load_dataset("parquet", data_files={source.split: pattern},
                                    split=source.split, cache_dir=_str(self.cache_dir))
            return load_dataset(source.hub_id, config, split=source.split,
                                cache_dir=_str(self.cache_dir))
        except Exception as error:
            raise DataError(f"{name}: cannot load from the Hub ({error}); offline, pass a "
                            f"data_dir holding local copies{local}") from error


def has_parquet_conversion(hub_id: str) -> bool | None:
    """Whether the Hub holds a parquet conversion (refs/convert/parquet) of data set `hub_id`,
    the only way to read a loading-script repository with recent `datasets`; None when the Hub
    cannot be asked (offline: a cached copy may still be read)."""
    from huggingface_hub import HfApi

    try:
        refs = HfApi().list_repo_refs(hub_id, repo_type="dataset")
    except Exception as error:  # offline, unknown repository, rate limit: read and see
        log.warning("%s: cannot list its revisions on the Hub (%s)", hub_id, error)
        return None
    return any(ref.name == "parquet" or ref.ref == "refs/convert/parquet"
               for ref in refs.converts)


def local_files(root: Path, hub_id: str, config: str | None, split: str) -> list[Path]:
    """The local files of one split, in either layout; DataError names the paths tried."""
    folder = Path(root) / hub_id / (config or "default")
    for suffix in (".parquet", ".jsonl", ".json", ".csv"):
        path = folder / f"{split}{suffix}"
        if path.is_file():
            return [path]
    for directory in (folder / split, folder / f"partial-{split}"):
        shards = sorted(directory.glob("*.parquet"))
        if shards:
            return shards
    raise DataError(f"{hub_id}/{config or 'default'}/{split}: no {folder / split}.parquet "
                    f"(or .jsonl, .json, .csv, or {folder / split}/*.parquet)")


def _select_language(dataset: Dataset, source: Source, language: str | None,
                     name: str) -> Dataset:
    if language is None:
        return dataset
    if source.language_column:
        return dataset.filter(lambda row: row[source.language_column] == language)
    if source.language_id_prefix:
        if language not in source.language_id_prefix:
            raise DataError(f"{name}: no language {language!r} (it has "
                            f"{', '.join(source.language_id_prefix)})")
        prefix = source.language_id_prefix[language] + "-"
        return dataset.filter(lambda row: row["id"].startswith(prefix))
    return dataset


def _hash_files(files: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return "sha256:" + digest.hexdigest()[:16]


def _str(path: Path | None) -> str | None:
    return None if path is None else str(path)


# --- From each data set's schema to its family's columns -----------------------------------------

CANONICAL: dict[str, Features] = {
    "classification": Features({"text_a": Value("string"), "text_b": Value("string"),
                                "label": Value("int64")}),
    "tagging": Features({"tokens": Sequence(Value("string")), "tags": Sequence(Value("int64"))}),
    "qa": Features({"id": Value("string"), "context": Value("string"),
                    "question": Value("string"),
                    "answers": Sequence({"text": Value("string"),
                                         "answer_start": Value("int32")})}),
    "multiple_choice": Features({"context": Value("string"),
                                 "choices": Sequence(Value("string")), "label": Value("int64")}),
    "retrieval": Features({"source": Value("string"), "target": Value("string")}),
}


def to_canonical(dataset: Dataset, source: Source, spec: TaskSpec) -> Dataset:
    """The family's columns, labels as indices into `spec.labels`; unlabelled rows dropped.

    Rows whose label is missing (SNLI's -1, HellaSwag's empty test labels) are dropped rather
    than guessed. A ClassLabel column whose names differ from the catalogue's order is an error:
    that is exactly the silent label permutation the catalogue exists to prevent.
    """
    _check_label_names(dataset, source, spec)
    convert = _CONVERTERS[spec.family]
    canonical = dataset.map(lambda row: convert(row, source), remove_columns=dataset.column_names,
                            features=CANONICAL[spec.family], desc=f"{spec.name}: to columns")
    if "label" in canonical.column_names:
        canonical = canonical.filter(lambda row: row["label"] >= 0)
    return canonical


def _check_label_names(dataset: Dataset, source: Source, spec: TaskSpec) -> None:
    """The data's own ClassLabel names (as read, not as catalogued) must be the catalogue's."""
    column = source.fields.get("label") or source.fields.get("tags")
    if not isinstance(column, str) or column not in dataset.features:
        return
    feature = dataset.features[column]
    feature = getattr(feature, "feature", feature)  # a tag sequence: the ClassLabel inside
    if isinstance(feature, ClassLabel) and tuple(feature.names) != spec.labels:
        raise DataError(f"{source.hub_id}/{source.config}: label order {feature.names} differs "
                        f"from the catalogue's {list(spec.labels)} for task {spec.name}")


def _label(raw: Any, source: Source) -> int:
    """The index of a raw label value; -1 when the row has no usable label."""
    if source.label_values is None:
        return int(raw) if raw is not None else -1
    text = str(raw)
    return source.label_values.index(text) if text in source.label_values else -1


def _get(row: dict[str, Any], column: str) -> Any:
    value: Any = row
    for part in column.split("."):
        value = value[part]
    return value


def _classification(row: dict[str, Any], source: Source) -> dict[str, Any]:
    fields = source.fields
    return {"text_a": row[fields["text_a"]],
            "text_b": row[fields["text_b"]] if "text_b" in fields else None,
            "label": _label(row[fields["label"]], source)}


def _tagging(row: dict[str, Any], source: Source) -> dict[str, Any]:
    return {"tokens": row[source.fields["tokens"]], "tags": row[source.fields["tags"]]}


def _qa(row: dict[str, Any], source: Source) -> dict[str, Any]:
    answers = row[source.fields["answers"]]
    return {"id": row[source.fields["id"]], "context": row[source.fields["context"]],
            "question": row[source.fields["question"]],
            "answers": {"text": list(answers["text"]),
                        "answer_start": list(answers["answer_start"])}}


def _multiple_choice(row: dict[str, Any], source: Source) -> dict[str, Any]:
    context = source.fields["context"]
    choices = source.fields["choices"]
    return {"context": " ".join(_get(row, c) for c in context) if isinstance(context, tuple)
            else _get(row, context),
            "choices": [_get(row, c) for c in choices] if isinstance(choices, tuple)
            else list(_get(row, choices)),
            "label": _label(row[source.fields["label"]], source)}


def _retrieval(row: dict[str, Any], source: Source) -> dict[str, Any]:
    return {"source": row[source.fields["source"]], "target": row[source.fields["target"]]}


_CONVERTERS = {"classification": _classification, "tagging": _tagging, "qa": _qa,
               "multiple_choice": _multiple_choice, "retrieval": _retrieval}


def load_task_split(loader: DataReader, spec: TaskSpec, source: Source,
                    language: str | None = None, limit: int | None = None) -> Dataset:
    """One split in the family's columns."""
    return to_canonical(loader.load(source, language, limit), source, spec)


def load_train(loader: DataReader, spec: TaskSpec, limit: int | None = None,
               language: str = "en") -> Dataset:
    """The task's training data in `language` (English: zero-shot transfer trains on it),
    its sources in the family's columns, concatenated.

    `language` picks per-language configs (`PAWS-X.en`, `udpos.English`) and the rows of
    multilingual ones (TyDiQA's `english-` ids); single-language sources ignore it.
    `limit` caps each source (smoke scale and quick runs); None reads everything.
    """
    if not spec.train:
        raise DataError(f"task {spec.name} has no training data ({spec.family} is scored "
                        "without training)")
    parts = [load_task_split(loader, spec, source, language, limit) for source in spec.train]
    return parts[0] if len(parts) == 1 else concatenate_datasets(parts)
