"""Tag task, dataset, model, metric, benchmark and language names in claim text.

The names come from the gazetteer (extract/data/gazetteer.jsonl plus any files named in
VERIFY_CLAIMS_GAZETTEER), matched by the EntityRuler of the shared pipeline (extract/nlp.py).
Each hit becomes an `Entity` whose `name` is the pattern's id, the canonical spelling the
other stages compare ("TyDi QA-GoldP" and "TyDiQA" are both "TyDiQA").

Two clean-ups happen here rather than in the gazetteer:

- spaCy keeps a single capital letter and a full stop together ("XLM-R." at the end of a
  sentence is the tokens "XLM", "-", "R."), so the gazetteer matches "R." too; the full stop is
  trimmed from the entity's text and span here.
- A user's trained pipeline (VERIFY_CLAIMS_SPACY_MODEL) brings its own labels (ORG, PERSON...);
  only the six labels a claim record knows are kept.
- spaCy's tokenizer takes time quadratic in the length of a run of punctuation it splits off
  a word: 16,000 "(" or "$" in a row took over a minute. A run of non-space characters longer
  than `LONGEST_WORD` is no gazetteer name (nor part of one), so it is blanked before tagging.
  Blanking keeps the text's length, so every span still points into the text as given.
- spaCy cannot store a lone UTF-16 surrogate (a Hypothesis example, "\\ud800", raised
  UnicodeEncodeError): each becomes U+FFFD before tagging, again at the same length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import get_args

from spacy.language import Language
from spacy.tokens import Doc

from verify_claims.claims import Entity

from .nlp import get_pipeline

LABELS: frozenset[str] = frozenset(get_args(Entity.model_fields["label"].annotation))

LONGEST_WORD = 200
"""Runs of non-space characters longer than this are blanked before tagging (see above)."""
_LONG_RUN = re.compile(rf"\S{{{LONGEST_WORD + 1},}}")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _for_spacy(text: str) -> str:
    """`text` as spaCy can take it, at the same length (so spans still index `text`): long
    runs blanked (see above), and each UTF-16 surrogate code point, which spaCy's string store
    cannot encode, replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", _LONG_RUN.sub(lambda run: " " * len(run.group()), text))


def tag_entities(text: str, nlp: Language | None = None) -> list[Entity]:
    """The gazetteer names in `text`, in order of appearance, with character spans.

    `nlp` defaults to the shared pipeline; passing another one (built with extra gazetteer
    files) is how tests and callers use a different name list without touching the cache."""
    pipeline = nlp if nlp is not None else get_pipeline()
    return entities_of_doc(pipeline(_for_spacy(text)))


def tag_entities_many(texts: Iterable[str], nlp: Language | None = None) -> list[list[Entity]]:
    """`tag_entities` for many texts, through spaCy's `pipe`. With the default rule-based
    pipeline this is no faster than a loop; a trained pipeline (VERIFY_CLAIMS_SPACY_MODEL)
    gains from the batching."""
    pipeline = nlp if nlp is not None else get_pipeline()
    return [entities_of_doc(doc) for doc in pipeline.pipe(map(_for_spacy, texts))]


def entity_names(text: str, nlp: Language | None = None) -> list[str]:
    """The distinct canonical names in `text`, in order of first appearance."""
    return list(dict.fromkeys(entity.name for entity in tag_entities(text, nlp)))


def entities_of_doc(doc: Doc) -> list[Entity]:
    entities = []
    for span in doc.ents:
        if span.label_ not in LABELS:
            continue
        name = span.ent_id_ or span.text
        start, end = span.start_char, span.end_char
        surface = span.text
        if surface.endswith(".") and not name.endswith(".") and len(surface) > 1:
            surface, end = surface[:-1], end - 1
        entities.append(Entity(label=span.label_, name=name, text=surface, span=(start, end)))
    return entities
