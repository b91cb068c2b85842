"""The Hub schemas (`datasets.Features`) of the data sets the task catalogue reads, from each
data set's card.

Kept apart from `tasks.py` because building them imports `datasets` (with pyarrow and pandas,
some 2 s): the catalogue names a schema, and `tasks.Source.features` imports this module when
data is first read or written, so that listing recipes or auditing claims never does.
"""

from __future__ import annotations

from datasets import ClassLabel, Features, Sequence, Value

from .labels import NLI_LABELS, PANX_TAGS, UPOS_TAGS


def _squad_answers() -> Sequence:
    return Sequence({"text": Value("string"), "answer_start": Value("int32")})


def _xtreme_answers() -> Sequence:
    return Sequence({"answer_start": Value("int32"), "text": Value("string")})


GLUE_MNLI = Features({"premise": Value("string"), "hypothesis": Value("string"),
                      "label": ClassLabel(names=list(NLI_LABELS)), "idx": Value("int32")})
GLUE_QQP = Features({"question1": Value("string"), "question2": Value("string"),
                     "label": ClassLabel(names=["not_duplicate", "duplicate"]),
                     "idx": Value("int32")})
SQUAD = Features({"id": Value("string"), "title": Value("string"), "context": Value("string"),
                  "question": Value("string"), "answers": _squad_answers()})
HELLASWAG = Features({"ind": Value("int32"), "activity_label": Value("string"),
                      "ctx_a": Value("string"), "ctx_b": Value("string"), "ctx": Value("string"),
                      "endings": Sequence(Value("string")), "source_id": Value("string"),
                      "split": Value("string"), "split_type": Value("string"),
                      "label": Value("string")})
COSMOS_QA = Features({"id": Value("string"), "context": Value("string"),
                      "question": Value("string"), "answer0": Value("string"),
                      "answer1": Value("string"), "answer2": Value("string"),
                      "answer3": Value("string"), "label": Value("int32")})
COMMONSENSE_QA = Features({"id": Value("string"), "question": Value("string"),
                           "question_concept": Value("string"),
                           "choices": Sequence({"label": Value("string"),
                                                "text": Value("string")}),
                           "answerKey": Value("string")})
ANLI = Features({"uid": Value("string"), "premise": Value("string"),
                 "hypothesis": Value("string"), "label": ClassLabel(names=list(NLI_LABELS)),
                 "reason": Value("string")})
SNLI = Features({"premise": Value("string"), "hypothesis": Value("string"),
                 "label": ClassLabel(names=list(NLI_LABELS))})
XTREME_XNLI = Features({"language": Value("string"), "sentence1": Value("string"),
                        "sentence2": Value("string"), "gold_label": Value("string")})
XTREME_PAWSX = Features({"sentence1": Value("string"), "sentence2": Value("string"),
                         "label": Value("string")})
XTREME_UDPOS = Features({"tokens": Sequence(Value("string")),
                         "pos_tags": Sequence(ClassLabel(names=list(UPOS_TAGS)))})
XTREME_PANX = Features({"tokens": Sequence(Value("string")),
                        "ner_tags": Sequence(ClassLabel(names=list(PANX_TAGS))),
                        "langs": Sequence(Value("string"))})
XTREME_XQUAD = Features({"id": Value("string"), "context": Value("string"),
                         "question": Value("string"), "answers": _xtreme_answers()})
XTREME_QA = Features({"id": Value("string"), "title": Value("string"),
                      "context": Value("string"), "question": Value("string"),
                      "answers": _xtreme_answers()})
XTREME_PAIRS = Features({"source_sentence": Value("string"), "target_sentence": Value("string"),
                         "source_lang": Value("string"), "target_lang": Value("string")})
# The synthetic control tasks (smoke scale only): single sentences in several languages.
SYNTHETIC = Features({"sentence": Value("string"), "language": Value("string"),
                      "label": ClassLabel(names=["class_a", "class_b", "class_c"])})
