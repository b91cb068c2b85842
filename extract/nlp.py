"""The shared spaCy pipeline: a blank English tokenizer, a rule-based sentencizer and an
EntityRuler loaded with the gazetteer of task, dataset, model and metric names.

Trained pipelines cannot be assumed (they are a separate download), so everything here is
rule-based. A user who has a trained pipeline installed can set VERIFY_CLAIMS_SPACY_MODEL to
its name; the gazetteer ruler is then added in front of its own NER.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

GAZETTEER_ENV = "VERIFY_CLAIMS_GAZETTEER"
MODEL_ENV = "VERIFY_CLAIMS_SPACY_MODEL"


def gazetteer_paths() -> list[Path]:
    """The bundled gazetteer, then any extra JSONL files named in VERIFY_CLAIMS_GAZETTEER
    (separated by the OS path separator)."""
    bundled = Path(str(resources.files("verify_claims.extract").joinpath("data/gazetteer.jsonl")))
    extra = [Path(p) for p in os.environ.get(GAZETTEER_ENV, "").split(os.pathsep) if p]
    return [bundled, *extra]


def load_patterns(paths: list[Path]) -> list[dict]:
    """EntityRuler patterns from JSONL files: one {"label", "pattern", "id"} object per line."""
    patterns: list[dict] = []
    for path in paths:
        with open(path, encoding="utf-8") as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip() and not line.lstrip().startswith("//"):
                    try:
                        patterns.append(json.loads(line))
                    except json.JSONDecodeError as error:
                        raise ValueError(f"{path}:{number}: invalid gazetteer line: {error}") \
                            from None
    return patterns


@lru_cache(maxsize=4)
def get_pipeline(extra_gazetteers: tuple[str, ...] = ()) -> Language:
    """Build (once per process) the pipeline used for sentences and entity tagging."""
    model = os.environ.get(MODEL_ENV)
    nlp = spacy.load(model) if model else spacy.blank("en")
    if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names \
            and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER",
                                                 "overwrite_ents": True}, **before)
    ruler.add_patterns(load_patterns(gazetteer_paths() + [Path(p) for p in extra_gazetteers]))
    return nlp
