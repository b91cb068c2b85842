"""The task catalogue: every intermediate and target task a recipe can name, with its real schema.

A `TaskSpec` says which family trains and scores the task, where its English training data and
its per-language evaluation data live on the Hugging Face Hub (id, config, split), which columns
hold what, and the label order. The schemas below are those of the Hub data sets themselves
(their dataset cards' `dataset_info`), so that the smoke data written by `smoke.py` in the same
schema goes through exactly the code that reads the real data.

Two things matter most and are easy to get wrong:

- Label orders. GLUE MNLI, SNLI and ANLI store an integer ClassLabel in the order
  (entailment, neutral, contradiction); XTREME's XNLI stores the label *name* as a string in
  `gold_label`; PAWS-X stores "0"/"1" as strings; HellaSwag stores "0".."3" as strings; CSQA a
  letter. `Source.label_values` maps a raw value to its index in `TaskSpec.labels`, so every task
  ends up with integer labels in one documented order, and a classifier head is reused from an
  intermediate task only when the label *names* match (see `runner.transfer_head`).
- Where target training data comes from. XTREME trains XNLI on MNLI, XQuAD and MLQA on SQuAD
  v1.1, and TyDiQA-GoldP on its own English training set; only the evaluation data is in
  `google/xtreme`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from verify_claims.claims.languages import LANGUAGE_NAMES

from .labels import NLI_LABELS, PANX_TAGS, UPOS_TAGS

if TYPE_CHECKING:
    from datasets import Features

Family = Literal["classification", "tagging", "qa", "multiple_choice", "retrieval"]
Metric = Literal["accuracy", "seqeval_f1", "squad", "tatoeba_accuracy", "bucc_f1"]



# --- Hub schemas (reproduce/hub_schemas.py, built on first use) ---------------------------------

class Schema(str):
    """The name of a data set's Hub schema in `hub_schemas`; `features()` builds it (importing
    `datasets` then, not when the catalogue is imported: see hub_schemas)."""

    def features(self) -> Features:
        from . import hub_schemas

        return getattr(hub_schemas, self)


GLUE_MNLI = Schema("GLUE_MNLI")
GLUE_QQP = Schema("GLUE_QQP")
SQUAD = Schema("SQUAD")
HELLASWAG = Schema("HELLASWAG")
COSMOS_QA = Schema("COSMOS_QA")
COMMONSENSE_QA = Schema("COMMONSENSE_QA")
ANLI = Schema("ANLI")
SNLI = Schema("SNLI")
XTREME_XNLI = Schema("XTREME_XNLI")
XTREME_PAWSX = Schema("XTREME_PAWSX")
XTREME_UDPOS = Schema("XTREME_UDPOS")
XTREME_PANX = Schema("XTREME_PANX")
XTREME_XQUAD = Schema("XTREME_XQUAD")
XTREME_QA = Schema("XTREME_QA")
XTREME_PAIRS = Schema("XTREME_PAIRS")
# The synthetic control tasks (smoke scale only): single sentences in several languages.
SYNTHETIC = Schema("SYNTHETIC")


# --- XTREME language lists (Hu et al. 2020) and the codes the Hub configs use -------------------

XNLI_LANGS = ("ar", "bg", "de", "el", "en", "es", "fr", "hi", "ru", "sw", "th", "tr", "ur", "vi",
              "zh")
PAWSX_LANGS = ("de", "en", "es", "fr", "ja", "ko", "zh")
UDPOS_NAMES = {code: LANGUAGE_NAMES[code] for code in (
    "af", "ar", "eu", "bg", "nl", "en", "et", "fi", "fr", "de", "el", "he", "hi", "hu", "id", "it",
    "ja", "kk", "ko", "zh", "mr", "fa", "pt", "ru", "es", "tl", "ta", "te", "th", "tr", "ur", "vi",
    "yo")}
PANX_LANGS = ("af", "ar", "bg", "bn", "de", "el", "en", "es", "et", "eu", "fa", "fi", "fr", "he",
              "hi", "hu", "id", "it", "ja", "jv", "ka", "kk", "ko", "ml", "mr", "ms", "my", "nl",
              "pt", "ru", "sw", "ta", "te", "th", "tl", "tr", "ur", "vi", "yo", "zh")
XQUAD_LANGS = ("ar", "de", "el", "en", "es", "hi", "ru", "th", "tr", "vi", "zh")
MLQA_LANGS = ("ar", "de", "en", "es", "hi", "vi", "zh")
TYDIQA_NAMES = {"ar": "arabic", "bn": "bengali", "en": "english", "fi": "finnish",
                "id": "indonesian", "ko": "korean", "ru": "russian", "sw": "swahili",
                "te": "telugu"}
BUCC_LANGS = ("de", "fr", "ru", "zh")
TATOEBA_CODES = {
    "af": "afr", "ar": "ara", "bg": "bul", "bn": "ben", "de": "deu", "el": "ell", "es": "spa",
    "et": "est", "eu": "eus", "fa": "pes", "fi": "fin", "fr": "fra", "he": "heb", "hi": "hin",
    "hu": "hun", "id": "ind", "it": "ita", "ja": "jpn", "jv": "jav", "ka": "kat", "kk": "kaz",
    "ko": "kor", "ml": "mal", "mr": "mar", "nl": "nld", "pt": "por", "ru": "rus", "sw": "swh",
    "ta": "tam", "te": "tel", "th": "tha", "tl": "tgl", "tr": "tur", "ur": "urd", "vi": "vie",
    "zh": "cmn",
}


@dataclass(frozen=True)
class Source:
    """One split of one Hub data set, and how to read it.

    `config` may hold `{lang}`, replaced by `config_codes[lang]` (or `lang` itself when the map
    is empty): `PAWS-X.{lang}`, `udpos.{lang}` with English names, `tatoeba.{lang}` with ISO
    639-3 codes. `fields` maps a family's roles (text_a, label, tokens, context, ...) to
    columns; a dotted name reads inside a struct column (`choices.text`), and a tuple names
    several columns (a context made of two texts, one column per answer choice). Data sets that hold
    all languages in one config say how to pick one: `language_column` (XNLI) or
    `language_id_prefix` (TyDiQA ids start with `english-`, `arabic-`, ...).
    """

    hub_id: str
    config: str | None
    split: str
    schema: Schema  # the name of its Hub features (`features`)
    fields: dict[str, str | tuple[str, ...]]
    label_values: tuple[str, ...] | None = None  # raw label values in TaskSpec.labels order
    config_codes: dict[str, str] = field(default_factory=dict)
    language_column: str | None = None
    language_id_prefix: dict[str, str] = field(default_factory=dict)
    # Data sets whose Hub repository still ships a loading script: read the Hub's own parquet
    # conversion (revision refs/convert/parquet) instead, since recent `datasets` refuse scripts.
    parquet_conversion: bool = False
    # Languages whose config lacks this split, and the split XTREME scores them on instead
    # (udpos.Kazakh/Tagalog/Thai/Yoruba have no validation split: test, as XTREME and jiant).
    split_instead: dict[str, str] = field(default_factory=dict)
    # What to download when the Hub cannot serve the data set (no parquet conversion).
    download_hint: str | None = None

    def config_for(self, language: str | None) -> str | None:
        if self.config is None or "{lang}" not in self.config:
            return self.config
        if language is None:
            raise ValueError(f"{self.hub_id} config {self.config} needs a language")
        code = self.config_codes.get(language, language) if self.config_codes else language
        return self.config.replace("{lang}", code)

    @property
    def features(self) -> Features:
        """The data set's Hub features (imports `datasets` on first use)."""
        return self.schema.features()

    def with_split(self, split: str) -> Source:
        return replace(self, split=split)

    def for_language(self, language: str | None) -> Source:
        """The source actually read for `language`: another split where its config lacks this
        one (see `split_instead`, which applies to the validation split only)."""
        if language is not None and self.split == "validation" and language in self.split_instead:
            return self.with_split(self.split_instead[language])
        return self


@dataclass(frozen=True)
class TaskSpec:
    """A task as a recipe names it: its family, data, labels, languages and metric."""

    name: str
    family: Family
    role: Literal["intermediate", "target", "control"]
    train: tuple[Source, ...]  # English training data; several sources are concatenated
    evaluation: dict[str, Source]  # "validation"/"test" -> the split actually read
    metric: Metric
    labels: tuple[str, ...] = ()  # class names or tag names, in index order (empty: spans)
    languages: tuple[str, ...] = ("en",)  # XTREME evaluation languages
    smoke_languages: tuple[str, ...] = ("en",)  # the default at smoke scale (kept small)
    title: str = ""  # how papers print the name ("XNLI", "PAWS-X", ...)
    unanswerable: bool = False  # QA with questions the context does not answer (SQuAD v2)

    def eval_source(self, split: str) -> Source:
        if split not in self.evaluation:
            raise KeyError(f"task {self.name} has no {split!r} evaluation split "
                           f"(it has {', '.join(self.evaluation)})")
        return self.evaluation[split]


def _nli(hub_id: str, config: str | None, split: str, schema: Schema) -> Source:
    return Source(hub_id, config, split, schema,
                  {"text_a": "premise", "text_b": "hypothesis", "label": "label"})


MNLI_TRAIN = _nli("nyu-mll/glue", "mnli", "train", GLUE_MNLI)
SQUAD_TRAIN = Source("rajpurkar/squad", "plain_text", "train", SQUAD,
                     {"id": "id", "context": "context", "question": "question",
                      "answers": "answers"})
QA_FIELDS = {"id": "id", "context": "context", "question": "question", "answers": "answers"}


def _xtreme(config: str, split: str, schema: Schema, fields: dict[str, str],
            **kwargs) -> Source:
    return Source("google/xtreme", config, split, schema, fields, **kwargs)


def _both(source: Source, test_split: str | None = "test") -> dict[str, Source]:
    """validation and test sources; data sets without a public test use validation for both."""
    return {"validation": source, "test": source.with_split(test_split or source.split)}


_XNLI = _xtreme("XNLI", "validation", XTREME_XNLI,
                {"text_a": "sentence1", "text_b": "sentence2", "label": "gold_label"},
                label_values=NLI_LABELS, language_column="language")
_PAWSX = _xtreme("PAWS-X.{lang}", "validation", XTREME_PAWSX,
                 {"text_a": "sentence1", "text_b": "sentence2", "label": "label"},
                 label_values=("0", "1"))
# google/xtreme's udpos configs without a validation split (Kazakh has train and test, the
# others test only): XTREME and jiant score them on test, and so does the runner.
UDPOS_TEST_ONLY = ("kk", "tl", "th", "yo")
_UDPOS = _xtreme("udpos.{lang}", "validation", XTREME_UDPOS,
                 {"tokens": "tokens", "tags": "pos_tags"}, config_codes=UDPOS_NAMES,
                 split_instead={lang: "test" for lang in UDPOS_TEST_ONLY})
_PANX = _xtreme("PAN-X.{lang}", "validation", XTREME_PANX, {"tokens": "tokens", "tags": "ner_tags"})
_XQUAD = _xtreme("XQuAD.{lang}", "validation", XTREME_XQUAD, QA_FIELDS)
_MLQA = _xtreme("MLQA.{lang}", "validation", XTREME_QA, QA_FIELDS,
                config_codes={lang: f"{lang}.{lang}" for lang in MLQA_LANGS})
_TYDIQA = _xtreme("tydiqa", "validation", XTREME_QA, QA_FIELDS, language_id_prefix=TYDIQA_NAMES)
_PAIRS = {"source": "source_sentence", "target": "target_sentence"}
_BUCC = _xtreme("bucc18.{lang}", "validation", XTREME_PAIRS, _PAIRS)
_TATOEBA = _xtreme("tatoeba.{lang}", "validation", XTREME_PAIRS, _PAIRS,
                   config_codes=TATOEBA_CODES)

_HELLASWAG = Source("Rowan/hellaswag", None, "train", HELLASWAG,
                    {"context": "ctx", "choices": "endings", "label": "label"},
                    label_values=("0", "1", "2", "3"), parquet_conversion=True)
_COSMOS = Source("allenai/cosmos_qa", None, "train", COSMOS_QA,
                 {"context": ("context", "question"),
                  "choices": ("answer0", "answer1", "answer2", "answer3"), "label": "label"},
                 parquet_conversion=True,
                 download_hint="train.csv and valid.csv from https://github.com/wilburOne/"
                               "cosmosqa/tree/master/data (the files the repository's loading "
                               "script reads), saved as <data_dir>/allenai/cosmos_qa/default/"
                               "train.csv and validation.csv")
_CSQA = Source("tau/commonsense_qa", None, "train", COMMONSENSE_QA,
               {"context": "question", "choices": "choices.text", "label": "answerKey"},
               label_values=("A", "B", "C", "D", "E"))
_ANLI = Source("facebook/anli", "plain_text", "train_r1", ANLI,
               {"text_a": "premise", "text_b": "hypothesis", "label": "label"})
_SNLI = _nli("stanfordnlp/snli", "plain_text", "train", SNLI)
_QQP = Source("nyu-mll/glue", "qqp", "train", GLUE_QQP,
              {"text_a": "question1", "text_b": "question2", "label": "label"})
_SYNTHETIC = {"text_a": "sentence", "label": "label"}

TASKS: dict[str, TaskSpec] = {spec.name: spec for spec in [
    # Intermediate tasks (Phang et al. 2020, table 1).
    TaskSpec("mnli", "classification", "intermediate", (MNLI_TRAIN,),
             {"validation": MNLI_TRAIN.with_split("validation_matched")}, "accuracy",
             NLI_LABELS, title="MNLI"),
    TaskSpec("qqp", "classification", "intermediate", (_QQP,),
             {"validation": _QQP.with_split("validation")}, "accuracy",
             ("not_duplicate", "duplicate"), title="QQP"),
    TaskSpec("squad", "qa", "intermediate", (SQUAD_TRAIN,),
             {"validation": SQUAD_TRAIN.with_split("validation")}, "squad", title="SQuAD"),
    TaskSpec("squad_v2", "qa", "intermediate",
             (Source("rajpurkar/squad_v2", "squad_v2", "train", SQUAD, QA_FIELDS),),
             {"validation": Source("rajpurkar/squad_v2", "squad_v2", "validation", SQUAD,
                                   QA_FIELDS)}, "squad", title="SQuAD v2", unanswerable=True),
    TaskSpec("hellaswag", "multiple_choice", "intermediate", (_HELLASWAG,),
             {"validation": _HELLASWAG.with_split("validation")}, "accuracy", title="HellaSwag"),
    TaskSpec("cosmosqa", "multiple_choice", "intermediate", (_COSMOS,),
             {"validation": _COSMOS.with_split("validation")}, "accuracy", title="CosmosQA"),
    TaskSpec("commonsenseqa", "multiple_choice", "intermediate", (_CSQA,),
             {"validation": _CSQA.with_split("validation")}, "accuracy",
             title="CommonsenseQA"),
    # ANLI+: the three ANLI rounds plus MNLI and SNLI (gold labels only), as in Nie et al. 2020.
    TaskSpec("anli_plus", "classification", "intermediate",
             (_ANLI, _ANLI.with_split("train_r2"), _ANLI.with_split("train_r3"), MNLI_TRAIN,
              _SNLI),
             {"validation": _ANLI.with_split("dev_r3"), "test": _ANLI.with_split("test_r3")},
             "accuracy", NLI_LABELS, title="ANLI+"),
    TaskSpec("snli", "classification", "intermediate", (_SNLI,),
             {"validation": _SNLI.with_split("validation")}, "accuracy", NLI_LABELS,
             title="SNLI"),
    # Target tasks: the nine XTREME tasks (Hu et al. 2020), trained on English, zero-shot.
    TaskSpec("xnli", "classification", "target", (MNLI_TRAIN,), _both(_XNLI), "accuracy",
             NLI_LABELS, XNLI_LANGS, ("en", "de"), title="XNLI"),
    TaskSpec("pawsx", "classification", "target", (_PAWSX.with_split("train"),), _both(_PAWSX),
             "accuracy", ("not_paraphrase", "paraphrase"), PAWSX_LANGS, ("en", "de"),
             title="PAWS-X"),
    TaskSpec("udpos", "tagging", "target", (_UDPOS.with_split("train"),), _both(_UDPOS),
             "seqeval_f1", UPOS_TAGS, tuple(UDPOS_NAMES), ("en", "de"), title="POS"),
    TaskSpec("panx", "tagging", "target", (_PANX.with_split("train"),), _both(_PANX),
             "seqeval_f1", PANX_TAGS, PANX_LANGS, ("en", "de"), title="NER"),
    TaskSpec("xquad", "qa", "target", (SQUAD_TRAIN,), _both(_XQUAD, test_split=None), "squad",
             (), XQUAD_LANGS, ("en", "de"), title="XQuAD"),
    TaskSpec("mlqa", "qa", "target", (SQUAD_TRAIN,), _both(_MLQA), "squad", (), MLQA_LANGS,
             ("en", "de"), title="MLQA"),
    TaskSpec("tydiqa", "qa", "target", (_TYDIQA.with_split("train"),),
             _both(_TYDIQA, test_split=None), "squad", (), tuple(TYDIQA_NAMES), ("en", "ru"),
             title="TyDiQA-GoldP"),
    TaskSpec("bucc", "retrieval", "target", (), _both(_BUCC), "bucc_f1", (), BUCC_LANGS,
             ("de", "fr"), title="BUCC"),
    TaskSpec("tatoeba", "retrieval", "target", (), _both(_TATOEBA, test_split=None),
             "tatoeba_accuracy", (), tuple(TATOEBA_CODES), ("de", "fr"), title="Tatoeba"),
    # Controls (smoke scale): `planted` shares the cue words the smoke XNLI labels depend on, in
    # every synthetic language; `null` has the same sentences with labels that carry nothing.
    TaskSpec("planted", "classification", "control",
             (Source("synthetic/planted", None, "train", SYNTHETIC, _SYNTHETIC),),
             {"validation": Source("synthetic/planted", None, "validation", SYNTHETIC,
                                   _SYNTHETIC)}, "accuracy", ("class_a", "class_b", "class_c"),
             title="planted transfer"),
    TaskSpec("null", "classification", "control",
             (Source("synthetic/null", None, "train", SYNTHETIC, _SYNTHETIC),),
             {"validation": Source("synthetic/null", None, "validation", SYNTHETIC,
                                   _SYNTHETIC)}, "accuracy", ("class_a", "class_b", "class_c"),
             title="null transfer"),
]}

# The XTREME score is the unweighted mean of these nine task scores.
XTREME_TASKS = ("xnli", "pawsx", "udpos", "panx", "xquad", "mlqa", "tydiqa", "bucc", "tatoeba")


class UnknownTask(KeyError):
    def __str__(self) -> str:
        return str(self.args[0])


def get_task(name: str) -> TaskSpec:
    """The catalogue entry for `name`; an unknown name lists the known ones."""
    try:
        return TASKS[name]
    except KeyError:
        raise UnknownTask(f"unknown task {name!r}; known tasks: {', '.join(sorted(TASKS))}")\
            from None
