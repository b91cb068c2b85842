""""Consists of 5452 questions": a verb before "of" names no measure of the number.

"The TREC training set consists of 5542 labelled questions" (false: 5452, arXiv:1404.2188,
page 8, "The training dataset consists of 5452 labelled questions") stayed unverified: the
guard that asks a contradicting sentence to name the kind of measure a claim names before its
number (verify/guards_measures.py: "the threshold voltages are 73.6 mV") read "of" as the
word joining a measure to its number, "consists" as the measure's head noun and "training set"
as its modifiers, and the sentence says "training dataset", not "set".

The general fact: "of" joins a measure's name to its number ("an accuracy of 93.0") only when
a noun stands before it. Verbs that take "of" ("consists of", "comprises of", "is composed
of", "is made up of") say what a whole is made of: the counted noun is after the number
("5452 labelled questions"), and there is no measure name before it to ask for.
"""

from __future__ import annotations

OF_VERBS = frozenset((
    "consist", "consists", "consisted", "consisting", "comprise", "comprises", "comprised",
    "comprising", "compose", "composed", "up"))  # "made up of"
