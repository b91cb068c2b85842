"""Precision guard: a sentence that names a thing only in an exception phrase ("with the
exception of X", "except for X", "apart from X", "other than X", "excluding X", "unlike X")
says nothing in favour of a claim about X.

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

A contrast phrase sets its thing aside the same way (heldout21, round 21): "On WSD, the biLM's
first layer is better than its top layer." (false: 69.0 against 67.4, ELMo, arXiv 1802.05365,
page 7) was confirmed by "However, unlike WSD, accuracies using the first biLM layer are
higher than the top layer" (page 8), which says the first layer is better for POS tagging,
unlike WSD. "unlike X", "in contrast to X", "as opposed to X" and "contrary to X" are read as
exception phrases (`_CONTRAST`, whose span ends at the first comma).

The converse, for contradictions (red team 11, round 20): a direction said of "almost all"
items contradicts no claim about one item the sentence does not name (`guard_hedged_wholes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .passages import content_terms
from .undecided import decided, supporting_sources, undecide

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
# A contrast phrase and what it sets aside, up to the end of its clause: "unlike WSD, ..." (no
# list runs past a comma here: "Unlike some of the previous approaches, it is general and
# applicable" sets aside the approaches, not "applicable").
_CONTRAST = re.compile(r"\b(?:unlike|in\s+contrast\s+to|as\s+opposed\s+to|contrary\s+to)\s+"
                       r"(?P<span>(?:[^\s,;:.()\[\]]+\s*){1,8})", re.I)
# Words of an exception span that name nothing ("the case of", "a few").
_FRAME = frozenset(content_terms("case cases one ones few some all other others dataset "
                                 "datasets task tasks"))


def excepted_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The content terms `text` names inside exception phrases, and those it names outside
    them."""
    inside: set[str] = set()
    outside_text = text
    for match in [*_EXCEPTION.finditer(text), *_CONTRAST.finditer(text)]:
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


# --------------------------------------------------------------------------------------------
# A direction said of "almost all" items (red team 11, round 20): "For RNN vectors on MC-30,
# the small drop with multilingual context is not statistically significant" (true) was
# contradicted by "For the RNN vectors the performance improves upon inclusion of multilingual
# context for almost all tasks except for SYN-REL ..." (Faruqui and Dyer, E14-1049, page 7),
# whose next sentence names MC-30's drop. "Almost all", "nearly all", "most" and "the majority
# of" leave exceptions unnamed: such a statement holds for no one item the sentence does not
# name, and contradicts no claim about it (`hedged_whole`).

_HEDGED = re.compile(r"\b(?:almost|nearly|virtually)\s+(?:all|every)\b|\bmost\s+(?:of\s+the\s+)?"
                     r"(?:tasks|datasets|cases|languages|settings|benchmarks|experiments)\b|"
                     r"\bthe\s+majority\s+of\b", re.IGNORECASE)
_ITEM_NAME = re.compile(r"\b[A-Za-z][\w]*(?:-[\w]+)+\b|\b[A-Z][A-Za-z]*\d[\w]*\b")


def hedged_whole(claim_text: str, sentence: str) -> str | None:
    """A name of the claim ("MC-30": hyphenated, or capitalised with a digit) that `sentence`
    does not print, when `sentence` states its direction for "almost all" (or "most") items;
    else None."""
    if _HEDGED.search(sentence) is None:
        return None
    folded = sentence.casefold()
    return next((name for name in _ITEM_NAME.findall(claim_text)
                 if name.casefold() not in folded), None)


def guard_hedged_wholes(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide every contradicting source check whose sentence says its direction of "almost
    all" items and does not name the claim's item (`hedged_whole`). In place."""
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        quotes = [evidence.quote for evidence in check.evidence
                  if evidence.quote and not (evidence.note or "").startswith("neighbour")]
        name = next((found for quote in quotes[:1]
                     if (found := hedged_whole(claim.text, quote))), None)
        if name is not None:
            undecide(check, f"The passage states its direction for almost all items, not for "
                            f"\u201c{name}\u201d, which it does not name")

