"""A name the sentence before has just said, and nothing since has replaced, is the sentence's.

"SQuAD contains 23,215 passages and 107,785 questions" (true) stayed unverified on "In total,
there are 23,215 passages and 107,785 questions" (arXiv:1608.07905, page 6): the sentence
does not name SQuAD, which every decision asks of a sentence (its required names). The
sentence before it does ("Passages in SQuAD come from 536 articles from Wikipedia ... each
passage has around 5 questions associated with it"), and papers describe a data set or a
system over a few sentences, naming it once.

The general fact: a required name the sentence lacks is its subject still when one of the two
sentences before it, in the same section, names it, and no sentence from that one to this one
(both included) names another thing of the same kind (another entity of the same label: a
second data set, a second system). Then the paragraph is about that thing alone and the
sentence is read as naming it (`named_just_before`). A paragraph that names two data sets
("We use SST and TREC. ... The training set has 5452 questions") lends neither.
"""

from __future__ import annotations

from .passages import PassageIndex

__all__ = ["REACH", "named_just_before"]

REACH = 2  # how many sentences back a name may be lent from


def named_just_before(name: str, index: PassageIndex, number: int) -> bool:
    """Whether `name` is lent to sentence `number` by one of the `REACH` sentences before it
    in its section, with no other name of its kind in between (module docstring)."""
    sentences = index.sentences
    section = sentences[number].section
    for earlier in range(number - 1, max(number - REACH, 0) - 1, -1):
        if sentences[earlier].section != section:
            return False
        labels = {entity.name: entity.label for entity in sentences[earlier].entities}
        if name not in labels:
            continue
        kind = labels[name]
        return not any(entity.label == kind and entity.name != name
                       for between in range(earlier, number + 1)
                       for entity in sentences[between].entities)
    return False
