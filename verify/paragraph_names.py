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

Only the claim's subject is lent: its first name, printed before any of its numbers ("SQuAD
contains 23,215 passages"). A name later in the claim stands where the sentence prints its own
words: "C-PHRASE uses data three times the size of English Wikipedia" (false) was confirmed
by "Also, C-PHRASE uses data three times the size of the Toronto book corpus" (arXiv:1703.02507)
with "Wikipedia" lent from the sentence before; the sentence's own object says otherwise
(`claim_subject`).
"""

from __future__ import annotations

from verify_claims.claims import Claim

from .passages import PassageIndex

__all__ = ["REACH", "claim_subject", "named_just_before", "spells_out"]

REACH = 2  # how many sentences back a name may be lent from


def claim_subject(name: str, claim: Claim) -> bool:
    """Whether `name` is the claim's subject: its first entity, printed before its first
    number."""
    entities = sorted(claim.entities, key=lambda entity: entity.span)
    if not entities or entities[0].name != name:
        return False
    starts = [quantity.span[0] for quantity in claim.quantities]
    return not starts or entities[0].span[1] <= min(starts)


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
                       and not spells_out(entity.name, name)
                       for between in range(earlier, number + 1)
                       for entity in sentences[between].entities)
    return False


def spells_out(words: str, acronym: str) -> bool:
    """Whether `words` are (part of) the spelled-out form of `acronym`: their initials stand
    in it, in order ("natural language inference" in "SNLI", which the paper defines as "the
    Stanford Natural Language Inference (SNLI) dataset"). Such a name is the acronym's own,
    no other thing of its kind (round 19, arXiv:1705.09207, page 6: "After removing sentences
    with unknown labels, we obtained 549,367 pairs for training" follows that definition)."""
    initials = "".join(word[0] for word in words.replace("-", " ").split() if word)
    return len(initials) >= 2 and acronym.isupper() and initials.upper() in acronym.upper()
