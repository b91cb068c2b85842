"""Precision guard: a sentence that names a thing only in an exception phrase ("with the
exception of X", "except for X", "apart from X", "other than X", "excluding X") says nothing
in favour of a claim about X.

An exception phrase takes X out of what the rest of the sentence states: "With the exception
of SQuAD, DPR performs consistently better than BM25 on all datasets" says DPR is better on
every dataset but SQuAD, and so, if anything, not on SQuAD. A claim that DPR beats BM25 on
SQuAD shares every content word with that sentence (the excepted name included), so wording
and name matching find it a near-perfect paraphrase. The general fact: when every mention of a
claim's word in the quoted sentence lies inside an exception phrase, the sentence's statement
is about the other things, not about that word's; it never supports the claim. It is set aside
(unverified), not turned into a contradiction: "X is the exception" also fits a claim that
says X behaves differently, and deciding which is the other checks' business. A claim that
itself excepts the word ("except on SQuAD") is left alone: then both say the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .passages import content_terms
from .undecided import supporting_sources, undecide

# The phrase and what it excepts: up to the end of its clause (a comma, semicolon, colon,
# bracket or full stop), at most eight words.
# A list of excepted items ("except “Entailment”, “High Overlap”, and “Long Sentence”") runs
# past its commas when "and" or "or" closes it (probe of DR-BiLSTM, 1802.05577, round 14: the
# first item alone was read, and "the single model beats ESIM on long sentences" was confirmed
# by the sentence that excepts "Long Sentence"); without the closing word, a comma ends the
# span ("except for SQuAD, DPR performs better").
_ITEM = r"(?:[^\s,;:.()\[\]]+\s*){1,4}"
_EXCEPTION = re.compile(
    r"\b(?:with\s+the\s+exceptions?\s+of|except(?:\s+for|\s+on|\s+in)?|apart\s+from"
    r"|other\s+than|excluding|save\s+for|barring)\s+(?P<span>(?:[^\s,;:.()\[\]]+\s*){1,8}"
    rf"(?:(?:,\s*{_ITEM})*,?\s*\b(?:and|or)\s+{_ITEM})?)",
    re.I)
# Words of an exception span that name nothing ("the case of", "a few").
_FRAME = frozenset(content_terms("case cases one ones few some all other others dataset "
                                 "datasets task tasks"))


def excepted_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The content terms `text` names inside exception phrases, and those it names outside
    them."""
    inside: set[str] = set()
    outside_text = text
    for match in _EXCEPTION.finditer(text):
        inside.update(term for term in content_terms(match.group("span"))
                      if term not in _FRAME and not term[0].isdigit())
        outside_text = outside_text.replace(match.group(0), " ")
    return frozenset(inside), frozenset(content_terms(outside_text))


def only_excepted(claim: str, sentence: str) -> str | None:
    """A word of `claim` that `sentence` names only inside an exception phrase, which the
    claim does not except itself; None when there is none."""
    inside, outside = excepted_terms(sentence)
    if not inside:
        return None
    claim_inside, claim_outside = excepted_terms(claim)
    for term in sorted(inside - outside):
        if term in claim_outside and term not in claim_inside:
            return term
    return None


def guard_excepted_subjects(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide every supporting source check whose quoted sentence names a word of `claim`
    only in an exception phrase (module docstring). The neighbouring sentences quoted beside
    it are not read: the exception is the sentence's own. In place."""
    for check in list(supporting_sources(checks)):
        sentences = [evidence.quote for evidence in check.evidence
                     if evidence.quote and not (evidence.note or "").startswith("neighbour")]
        for sentence in sentences[:1]:
            term = only_excepted(claim.text, sentence)
            if term is not None:
                undecide(check, f"Not confirmed: the passage names '{term}' only as an "
                                f"exception to what it states")
                break
