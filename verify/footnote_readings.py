"""A footnote decides a claim only when it says nearly all of the claim itself.

A footnote is read apart from the sentence its mark stands in (extract/footnotes.py), and that
sentence is what names its subject: "Hyper-parameter values for WIKI (AP-NEWS): vector size =
300 (300), window size = 5 (5), ..." is footnote 11 of Lau and Baldwin's doc2vec evaluation
(2016), marked after skip-gram; footnote 9 gives dbow's, window size 15. "The dbow model trained
on WIKI uses a window size of 5" shares WIKI, "window size" and 5 with footnote 11, and lacked
only "dbow", "model" and "trained": 0.22 of its weight, under the 0.3 a body sentence may lack,
whose neighbours and section name what it leaves implicit. A footnote has no such context, so
its readings are held to what a contradiction asks of any passage (`MAX_MISSING_CONTRADICT`:
a name a synthesis report adds, such as the model, must be printed there), in both directions.
"""

from __future__ import annotations

from verify_claims.claims import Outcome
from verify_claims.extract.footnotes import in_footnote

from .content import MAX_MISSING_CONTRADICT, ClaimParts, account
from .passage_windows import window_terms
from .passages import PassageIndex
from .sentence_reading import _Reading

EXPLANATION = ("it is a footnote, read apart from the sentence that names what it is about, "
               "and it does not print all the claim says")


def footnote_unheld(reading: _Reading, parts: ClaimParts, index: PassageIndex,
                    number: int) -> bool:
    """Whether `reading`, of sentence `number`, decides from a footnote that lacks more of the
    claim than a contradiction may (module docstring)."""
    if reading.outcome is None or not in_footnote(reading.sentence.section):
        return False
    found = account(parts, window_terms(index, number), index, [reading.sentence],
                    relation=reading.outcome == Outcome.supported)
    return found.missing_share > MAX_MISSING_CONTRADICT or bool(found.unseen)
