"""Smoke scale: a tiny model, a tokenizer and data sets made in the process, in the Hub's schemas.

Nothing here is downloaded. `ensure_smoke_model` builds a random-init XLM-R (hidden 64, two
layers, two heads) and a BPE tokenizer trained on the smoke corpus with the `tokenizers`
library and XLM-R's special tokens, saved to a folder that `from_pretrained` reads exactly as
it reads `FacebookAI/xlm-roberta-large`. (BPE rather than XLM-R's Unigram: the `tokenizers`
Unigram trainer keeps only pieces of two or three letters on a corpus this small.)
`write_smoke_data` writes every catalogue task's splits as parquet files laid out like local
copies of the Hub data sets (see `data.py`), with the same columns, types and label names, so
the smoke chain runs the loaders, families and metrics that paper scale runs.

The synthetic world: English sentences from a small grammar ("the old cat sees alice near
paris .") with gold POS and NER tags, and for every other language the same sentences under
a deterministic letter cipher (a permutation of the alphabet, written in a script of its own).
Sentences are parallel across languages, so translation pairs (BUCC, Tatoeba) exist, and the
ciphered words share no sub-words with English, so nothing transfers from English to another
language unless training puts it there. That is what the two controls measure:

- NLI labels (MNLI, XNLI, ANLI, SNLI) are set by a cue word in the hypothesis ("indeed" ->
  entailment, "perhaps" -> neutral, "never" -> contradiction).
- `planted` is a single-sentence task whose class is set by the same cue words, in every
  language: an encoder trained on it already maps the ciphered cues like the English ones, so
  English XNLI fine-tuning transfers zero-shot.
- `null` has the same sentences ending in one of three marker words, labelled by the marker: a
  structure of the same shape, in every language, that tells nothing about the cue words.
"""

from __future__ import annotations

import json
import random
import shutil
import string
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from datasets import Dataset

from .tasks import (
    NLI_LABELS,
    PANX_TAGS,
    TASKS,
    TATOEBA_CODES,
    TYDIQA_NAMES,
    UPOS_TAGS,
    Source,
)

SMOKE_MODEL = "smoke:xlm-r-tiny"
# Languages the smoke files cover: English plus three ciphers (the tasks' smoke defaults).
SMOKE_LANGUAGES = ("en", "de", "fr", "ru")
SPECIAL_TOKENS = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]  # XLM-R's ids 0..3, then <mask>
DATA_VERSION = 1  # bump when the generator changes, so old smoke folders are rebuilt

# --- The English lexicon, by part of speech ------------------------------------------------------

PEOPLE = ["alice", "bruno", "chen", "dara", "emil", "farah", "goran", "hana", "ivan", "juno"]
PLACES = ["paris", "lima", "oslo", "cairo", "delhi", "quito", "rome", "seoul"]
ORGS = ["acme", "globex", "initech", "hooli", "vandelay", "umbrella"]
NOUNS = ["cat", "dog", "book", "river", "house", "car", "tree", "bird", "apple", "stone",
         "garden", "letter"]
VERBS = ["sees", "likes", "finds", "buys", "takes", "visits"]
ADJECTIVES = ["red", "big", "old", "small", "green", "quiet"]
CUES = {"entailment": ["indeed"], "neutral": ["maybe"], "contradiction": ["never"]}
MARKERS = ["north", "south", "east"]  # the null control's classes


# Each synthetic language writes in its own script, so no two languages share a character (only
# spaces and punctuation), as English and Greek do not: nothing is shared by accident.
SCRIPTS = {"de": 0x3B1, "fr": 0x561, "ru": 0x430, "fi": 0x10D0}  # Greek, Armenian, Cyrillic, ...
_OTHER_SCRIPTS = (0x5D0, 0x10D0, 0x3B1, 0x561, 0x430)  # Hebrew first; then shared, permuted


def cipher(language: str) -> Callable[[str], str]:
    """The word mapping of one synthetic language: English is itself, any other language a
    permutation of the 26 letters written in a script of its own (seeded by its code)."""
    if language == "en":
        return lambda word: word
    base = SCRIPTS.get(language, _OTHER_SCRIPTS[zlib.crc32(language.encode()) % 5])
    order = list(range(26))
    random.Random(f"cipher-{language}").shuffle(order)
    table = {ord(letter): chr(base + order[i])
             for i, letter in enumerate(string.ascii_lowercase)}
    return lambda word: word.translate(table)


def _sentence(rng: random.Random) -> list[tuple[str, str, str]]:
    """(word, UPOS, NER) triples of one English sentence."""
    subject = rng.choice([
        [(rng.choice(PEOPLE), "PROPN", "B-PER")],
        [(rng.choice(PEOPLE), "PROPN", "B-PER"), (rng.choice(PEOPLE), "PROPN", "I-PER")],
        [("the", "DET", "O"), (rng.choice(ADJECTIVES), "ADJ", "O"), (rng.choice(NOUNS), "NOUN",
                                                                      "O")],
    ])
    verb = [(rng.choice(VERBS), "VERB", "O")]
    obj = rng.choice([
        [("a", "DET", "O"), (rng.choice(NOUNS), "NOUN", "O")],
        [(rng.choice(ORGS), "PROPN", "B-ORG")],
        [(rng.choice(PEOPLE), "PROPN", "B-PER")],
    ])
    place = [("near", "ADP", "O"), (rng.choice(PLACES), "PROPN", "B-LOC")]
    return subject + verb + obj + (place if rng.random() < 0.7 else []) + [(".", "PUNCT", "O")]


def _words(triples: list[tuple[str, str, str]], language: str) -> list[str]:
    mapped = cipher(language)
    return [mapped(word) for word, _, _ in triples]


def _text(words: Iterable[str]) -> str:
    return " ".join(words)


# --- One generator per Hub data set; each returns the rows of one split --------------------------

def _nli_rows(rng: random.Random, n: int, language: str = "en") -> list[dict[str, Any]]:
    rows = []
    for i in range(n):
        premise = _sentence(rng)
        label = i % 3  # balanced: a constant guess scores exactly chance
        hypothesis = _sentence(rng)[:-1] + [(rng.choice(CUES[NLI_LABELS[label]]), "ADV", "O"),
                                            (".", "PUNCT", "O")]
        rows.append({"premise": _text(_words(premise, language)),
                     "hypothesis": _text(_words(hypothesis, language)), "label": label})
    return rows


def _glue_mnli(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    return [{**row, "idx": i} for i, row in enumerate(_nli_rows(rng, n))]


def _anli(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    return [{"uid": f"{split}-{i}", **row, "reason": ""} for i, row in
            enumerate(_nli_rows(rng, n))]


def _snli(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    rows = _nli_rows(rng, n)
    for row in rows[::10]:  # SNLI marks pairs without a gold label with -1
        row["label"] = -1
    return rows


def _xnli(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    return [{"language": lang, "sentence1": row["premise"], "sentence2": row["hypothesis"],
             "gold_label": NLI_LABELS[row["label"]]}
            for lang in SMOKE_LANGUAGES for row in _nli_rows(random.Random(f"xnli-{split}"), n,
                                                             lang)]


def _pair_rows(rng: random.Random, n: int, language: str) -> list[tuple[str, str, int]]:
    """Paraphrase pairs: the same sentence with another determiner (1) or roles swapped (0)."""
    rows = []
    for _ in range(n):
        first = [rng.choice(PEOPLE), rng.choice(VERBS), rng.choice(PEOPLE), "."]
        if rng.random() < 0.5:
            second, label = ["so", *first], 1
        else:
            second, label = [first[2], first[1], first[0], "."], 0
        rows.append((_text(_words([(w, "", "") for w in first], language)),
                     _text(_words([(w, "", "") for w in second], language)), label))
    return rows


def _qqp(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    return [{"question1": a, "question2": b, "label": label, "idx": i}
            for i, (a, b, label) in enumerate(_pair_rows(rng, n, "en"))]


def _pawsx(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    return [{"sentence1": a, "sentence2": b, "label": str(label)}
            for a, b, label in _pair_rows(random.Random(f"pawsx-{split}"), n, language)]


def _udpos(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    rows = []
    for _ in range(n):
        triples = _sentence(random.Random(rng.random()))
        rows.append({"tokens": _words(triples, language),
                     "pos_tags": [UPOS_TAGS.index(pos) for _, pos, _ in triples]})
    return rows


def _panx(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    rows = []
    for _ in range(n):
        triples = _sentence(random.Random(rng.random()))
        rows.append({"tokens": _words(triples, language),
                     "ner_tags": [PANX_TAGS.index(ner) for _, _, ner in triples],
                     "langs": [language] * len(triples)})
    return rows


def _qa_rows(rng: random.Random, n: int, language: str, prefix: str,
             unanswerable: float = 0.0) -> list[dict[str, Any]]:
    """Two-sentence contexts; "where is P ?" is answered by the place in P's sentence."""
    mapped = cipher(language)
    rows = []
    for i in range(n):
        people = rng.sample(PEOPLE, 3)
        places = rng.sample(PLACES, 2)
        sentences = [[people[k], rng.choice(VERBS), "a", rng.choice(NOUNS), "near", places[k],
                      "."] for k in range(2)]
        context = _text(mapped(w) for sentence in sentences for w in sentence)
        if rng.random() < unanswerable:
            question, answers = [mapped("where"), mapped("is"), mapped(people[2]), "?"], []
        else:
            k = rng.randrange(2)
            question = [mapped("where"), mapped("is"), mapped(people[k]), "?"]
            before = _text(mapped(w) for sentence in sentences[:k] for w in sentence)
            start = len(before) + (1 if before else 0) + len(_text(
                mapped(w) for w in sentences[k][:5])) + 1
            answers = [(mapped(places[k]), start)]
        rows.append({"id": f"{prefix}-{i}", "title": "smoke", "context": context,
                     "question": _text(question),
                     "answers": {"text": [a for a, _ in answers],
                                 "answer_start": [s for _, s in answers]}})
    return rows


def _squad(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    return _qa_rows(rng, n, "en", f"squad-{split}")


def _squad_v2(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    return _qa_rows(rng, n, "en", f"squad2-{split}", unanswerable=0.3)


def _xquad(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    rows = _qa_rows(random.Random(f"xquad-{split}"), n, language, f"xquad-{language}")
    return [{key: row[key] for key in ("id", "context", "question", "answers")} for row in rows]


def _mlqa(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    return _qa_rows(random.Random(f"mlqa-{split}"), n, language, f"mlqa-{language}")


def _tydiqa(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    rows = []
    for lang in (("en",) if split == "train" else ("en", "ru", "fi")):
        for row in _qa_rows(random.Random(f"tydiqa-{split}-{lang}"), n, lang, "x"):
            row["id"] = f"{TYDIQA_NAMES[lang]}-{row['id'][2:]}-0"
            rows.append(row)
    return rows


def _pairs(rng: random.Random, n: int, split: str, language: str,
           source_code: str) -> list[dict[str, Any]]:
    """Translation pairs: each English sentence and its ciphered twin, row by row."""
    rows = []
    for _ in range(n):
        triples = _sentence(random.Random(rng.random()))
        rows.append({"source_sentence": _text(_words(triples, language)),
                     "target_sentence": _text(_words(triples, "en")),
                     "source_lang": source_code, "target_lang": "en"})
    return rows


def _bucc(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    return _pairs(rng, n, split, language, language)


def _tatoeba(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    return _pairs(rng, n, split, language, TATOEBA_CODES[language])


def _multiple_choice(rng: random.Random, n: int) -> list[tuple[str, list[str], int]]:
    """A context about a thing; the right ending names the same thing (adjective and noun),
    the distractors other things."""
    rows = []
    for _ in range(n):
        person = rng.choice(PEOPLE)
        things = [(adjective, noun) for adjective, noun in
                  zip(rng.sample(ADJECTIVES, 4), rng.sample(NOUNS, 4), strict=True)]
        label = rng.randrange(4)
        adjective, noun = things[label]
        context = f"{person} {rng.choice(VERBS)} the {adjective} {noun} ."
        rows.append((context, [f"then {person} keeps the {a} {x} ." for a, x in things], label))
    return rows


def _hellaswag(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    rows = []
    for i, (context, endings, label) in enumerate(_multiple_choice(rng, n)):
        head, _, tail = context.partition(" ")
        rows.append({"ind": i, "activity_label": "smoke", "ctx_a": head, "ctx_b": tail,
                     "ctx": context, "endings": endings, "source_id": f"smoke-{i}",
                     "split": split, "split_type": "indomain", "label": str(label)})
    return rows


def _cosmos(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    return [{"id": f"cosmos-{i}", "context": context, "question": "what happens next ?",
             **{f"answer{k}": endings[k] for k in range(4)}, "label": label}
            for i, (context, endings, label) in enumerate(_multiple_choice(rng, n))]


def _csqa(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
    rows = []
    for i, (context, endings, label) in enumerate(_multiple_choice(rng, n)):
        choices = [*endings, "then nothing happens ."]
        rows.append({"id": f"csqa-{i}", "question": context, "question_concept": "smoke",
                     "choices": {"label": list("ABCDE"), "text": choices},
                     "answerKey": "ABCDE"[label]})
    return rows


def _control(planted: bool) -> Callable[..., list[dict[str, Any]]]:
    """Rows of a control task, in every smoke language. Planted: the sentence ends with an NLI
    cue word and its class is the cue's. Null: it ends with a marker word ("north", "south",
    "east") and its class is the marker's, a structure of the same shape that tells nothing
    about the cues."""
    def rows(rng: random.Random, n: int, split: str, language: str) -> list[dict[str, Any]]:
        out = []
        for lang in SMOKE_LANGUAGES:
            for i in range(n):
                label = i % 3
                word = CUES[NLI_LABELS[label]][0] if planted else MARKERS[label]
                words = _sentence(rng)[:-1] + [(word, "ADV", "O"), (".", "PUNCT", "O")]
                out.append({"sentence": _text(_words(words, lang)), "language": lang,
                            "label": label})
        return out
    return rows


# (hub id, config pattern) -> (generator, per-language?, {split: rows per language})
_TRAIN, _EVAL = 240, 90
GENERATORS: dict[tuple[str, str | None], tuple[Callable[..., list[dict[str, Any]]], bool,
                                               dict[str, int]]] = {
    # MNLI trains the XNLI target: twice the data, so a baseline learns its cues every seed.
    ("nyu-mll/glue", "mnli"): (_glue_mnli, False, {"train": 2 * _TRAIN,
                                                   "validation_matched": _EVAL}),
    ("nyu-mll/glue", "qqp"): (_qqp, False, {"train": _TRAIN, "validation": _EVAL}),
    ("rajpurkar/squad", "plain_text"): (_squad, False, {"train": _TRAIN, "validation": _EVAL}),
    ("rajpurkar/squad_v2", "squad_v2"): (_squad_v2, False, {"train": _TRAIN,
                                                            "validation": _EVAL}),
    ("Rowan/hellaswag", None): (_hellaswag, False, {"train": _TRAIN, "validation": _EVAL}),
    ("allenai/cosmos_qa", None): (_cosmos, False, {"train": _TRAIN, "validation": _EVAL}),
    ("tau/commonsense_qa", None): (_csqa, False, {"train": _TRAIN, "validation": _EVAL}),
    ("facebook/anli", "plain_text"): (_anli, False, {
        f"{kind}_r{r}": (_TRAIN // 3 if kind == "train" else _EVAL)
        for kind in ("train", "dev", "test") for r in (1, 2, 3)}),
    ("stanfordnlp/snli", "plain_text"): (_snli, False, {"train": _TRAIN, "validation": _EVAL}),
    ("google/xtreme", "XNLI"): (_xnli, False, {"validation": _EVAL, "test": _EVAL}),
    ("google/xtreme", "PAWS-X.{lang}"): (_pawsx, True, {"train": _TRAIN, "validation": _EVAL,
                                                        "test": _EVAL}),
    ("google/xtreme", "udpos.{lang}"): (_udpos, True, {"train": _TRAIN, "validation": _EVAL,
                                                       "test": _EVAL}),
    ("google/xtreme", "PAN-X.{lang}"): (_panx, True, {"train": _TRAIN, "validation": _EVAL,
                                                      "test": _EVAL}),
    ("google/xtreme", "XQuAD.{lang}"): (_xquad, True, {"validation": _EVAL}),
    ("google/xtreme", "MLQA.{lang}"): (_mlqa, True, {"validation": _EVAL, "test": _EVAL}),
    ("google/xtreme", "tydiqa"): (_tydiqa, False, {"train": _TRAIN, "validation": _EVAL // 2}),
    ("google/xtreme", "bucc18.{lang}"): (_bucc, True, {"validation": _EVAL, "test": _EVAL}),
    ("google/xtreme", "tatoeba.{lang}"): (_tatoeba, True, {"validation": _EVAL}),
    ("synthetic/planted", None): (_control(True), False, {"train": _TRAIN // 2,
                                                          "validation": _EVAL // 2}),
    ("synthetic/null", None): (_control(False), False, {"train": _TRAIN // 2,
                                                        "validation": _EVAL // 2}),
}


def _sources() -> dict[tuple[str, str | None], Source]:
    """One Source per Hub data set of the catalogue (for its features and config codes)."""
    found: dict[tuple[str, str | None], Source] = {}
    for spec in TASKS.values():
        for source in (*spec.train, *spec.evaluation.values()):
            found.setdefault((source.hub_id, source.config), source)
    return found


def _languages_of(source: Source, spec_languages: dict[tuple[str, str | None], set[str]],
                  ) -> list[str]:
    languages = spec_languages.get((source.hub_id, source.config), set())
    return sorted(lang for lang in languages if lang in SMOKE_LANGUAGES)


def write_smoke_data(root: Path) -> Path:
    """Write every catalogue data set's smoke splits under `root` (idempotent); returns root.

    Each file is written with the data set's Hub features, so ClassLabel names and nested
    answer structs round-trip. Per-language configs are written for the smoke languages a
    task can be evaluated in (English training configs included).
    """
    root = Path(root)
    stamp = root / "smoke-data.json"
    if stamp.is_file():
        try:
            version = json.loads(stamp.read_text(encoding="utf-8")).get("version")
        except (OSError, ValueError, AttributeError):
            version = "unreadable"
        if version == DATA_VERSION:
            return root
        # Never delete a folder: it may be a user's, with a stamp copied into it.
        raise ValueError(f"{root} holds smoke data of version {version}, not "
                         f"{DATA_VERSION}; it is left untouched (delete it yourself, or use "
                         "another folder)")
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise ValueError(f"{root} exists and holds no smoke data; smoke data is written only "
                         "into a new or empty folder")
    languages: dict[tuple[str, str | None], set[str]] = {}
    for spec in TASKS.values():
        for source in spec.train:
            languages.setdefault((source.hub_id, source.config), set()).add("en")
        for source in spec.evaluation.values():
            languages.setdefault((source.hub_id, source.config), set()).update(
                lang for lang in spec.languages)
    with _building(root) as folder:
        for (hub_id, config), source in _sources().items():
            generate, per_language, splits = GENERATORS[(hub_id, config)]
            for language in (_languages_of(source, languages) if per_language else [None]):
                if language is not None and source.config_codes and \
                        language not in source.config_codes:
                    continue
                config_name = source.config_for(language) if language else config
                for split, n in splits.items():
                    rng = random.Random(f"{hub_id}/{config_name}/{split}")
                    rows = generate(rng, n, split, language or "en")
                    path = folder / hub_id / (config_name or "default") / f"{split}.parquet"
                    path.parent.mkdir(parents=True, exist_ok=True)
                    table = Dataset.from_list(rows, features=source.features).data.table
                    pq.write_table(table, path)  # the schema metadata carries the features
        (folder / "smoke-data.json").write_text(json.dumps({"version": DATA_VERSION}))
    return root


@contextmanager
def _building(target: Path) -> Iterator[Path]:
    """Build a folder under a temporary name and move it into place when complete, so that
    parallel runs (a sweep on one machine) never read a half-written one. An existing target
    is kept; only the temporary folder made here is ever deleted."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        yield temporary
        # POSIX rename replaces an empty folder and fails on a full one (another run moved its
        # identical copy in first): nothing that was there is lost either way.
        with suppress(OSError):
            temporary.rename(target)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def smoke_corpus() -> list[str]:
    """The tokenizer's training text: sentences of the smoke world in every smoke language,
    words as frequent as in the data (so frequent words become single pieces, rare ones split,
    as with a real SentencePiece model), plus every other word the generators use."""
    rng = random.Random("corpus")
    extra = ["so", "then", "keeps", "nothing", "happens", "what", "next", "where", "is", "?",
             *MARKERS]
    lines = []
    for language in SMOKE_LANGUAGES:
        mapped = cipher(language)
        for _ in range(300):
            cue = rng.choice([cue for cues in CUES.values() for cue in cues] + MARKERS)
            lines.append(_text(_words(_sentence(rng), language)) + " " + mapped(cue))
        lines.append(" ".join(mapped(word) for word in extra + NOUNS + ADJECTIVES))
    return lines


def ensure_smoke_model(name: str, root: Path) -> Path:
    """The folder of smoke model `name` ("smoke:xlm-r-tiny"), built once and reused.

    The weights are random but fixed (seed 0), like a published checkpoint: every run and
    seed of a recipe starts from the same "pre-trained" model.
    """
    size = name.removeprefix("smoke:")
    if size not in SMOKE_MODELS:
        raise ValueError(f"unknown smoke model {name!r}; known: "
                         f"{', '.join('smoke:' + key for key in SMOKE_MODELS)}")
    target = Path(root) / size
    if (target / "config.json").is_file() and (target / "tokenizer.json").is_file():
        return target
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast, XLMRobertaConfig, XLMRobertaModel

    # XLM-R's layout around a small BPE model: words split on spaces and marked with "▁",
    # <s> A </s></s> B </s> for pairs, special tokens at XLM-R's ids (<s> 0, <pad> 1, </s> 2).
    bpe = Tokenizer(models.BPE(unk_token="<unk>"))
    bpe.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.WhitespaceSplit(), pre_tokenizers.Metaspace()])
    bpe.decoder = decoders.Metaspace()
    bpe.train_from_iterator(smoke_corpus(), trainers.BpeTrainer(
        vocab_size=SMOKE_MODELS[size]["vocab_size"], special_tokens=SPECIAL_TOKENS,
        show_progress=False))
    bpe.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", 0), ("</s>", 2)])
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe, bos_token="<s>", eos_token="</s>", sep_token="</s>",
        cls_token="<s>", unk_token="<unk>", pad_token="<pad>", mask_token="<mask>",
        model_max_length=SMOKE_MODELS[size]["max_position_embeddings"] - 2)
    torch.manual_seed(0)
    settings = {key: value for key, value in SMOKE_MODELS[size].items() if key != "vocab_size"}
    config = XLMRobertaConfig(vocab_size=len(tokenizer), pad_token_id=tokenizer.pad_token_id,
                              bos_token_id=tokenizer.bos_token_id,
                              eos_token_id=tokenizer.eos_token_id, **settings)
    with _building(target) as folder:
        XLMRobertaModel(config).save_pretrained(folder)
        tokenizer.save_pretrained(folder)
    return target


# Tiny XLM-R shapes; max_position_embeddings leaves room for XLM-R's position offset (pad + 1).
SMOKE_MODELS: dict[str, dict[str, Any]] = {
    "xlm-r-tiny": {"vocab_size": 500, "hidden_size": 64, "num_hidden_layers": 2,
                   "num_attention_heads": 2, "intermediate_size": 128,
                   "max_position_embeddings": 130, "type_vocab_size": 1},
}


def resolve_model(name: str, root: Path) -> str:
    """A model argument for `from_pretrained`: smoke models are built under `root` first."""
    return str(ensure_smoke_model(name, root)) if name.startswith("smoke:") else name

