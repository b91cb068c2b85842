"""A list of what the authors tried is not what they used.

"The auxiliary task classifiers are optimized with Adam" (false: "We optimize the
log-likelihood using AdaGrad") was confirmed by "We tried different learning rates (0.1, 0.01,
0.001), dropout rates (0.1, 0.3, 0.5, 0.8) and different optimization techniques (AdaGrad,
AdaDelta and Adam)" (Adi et al., arXiv:1608.04207, page 11): the sentence holds "Adam" and
"optimization", and says nothing against the claim, but it lists the options searched, of
which the paper used one.

`tried_option` finds those readings: the sentence says it tried, explored, experimented with,
varied or considered things (a trial verb), a word of the claim is an item of a list in
parentheses or brackets after that verb in the same sentence part ("(AdaGrad, AdaDelta and
Adam)"; an item with a digit or "=", "(L=6, H=1024, A=16)", is a setting, no option), and the
claim itself says nothing of trying. Such a sentence decides nothing for the claim: the
setting used is told elsewhere, or not at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .content_words import GENERIC
from .passages import content_terms

__all__ = ["EXPLANATION", "tried_option"]

EXPLANATION = "it lists options the authors tried, not the one they used"

_TRIAL = re.compile(r"\b(?:tried|try|trying|experiment(?:ed|s)?\s+with|experienc(?:ed|e)\s+with"
                    r"|explored?|exploring|varied|vary|varying|considered|searched|grid[- ]search"
                    r"|tuned\s+over|chose\s+from|selected\s+from)\b", re.IGNORECASE)
_GROUP = re.compile(r"[(\[]([^()\[\]]*[,;][^()\[\]]*)[)\]]")
_ITEM = re.compile(r"\s*(?:,|;|\band\b|\bor\b)\s*")


@lru_cache(maxsize=16384)
def _trial(text: str) -> bool:
    """Whether `text` prints a trial verb. Remembered per text: every claim asks it of each
    sentence it reads, and the pattern's many alternatives made it the reading's costliest
    search."""
    return _TRIAL.search(text) is not None


@lru_cache(maxsize=4096)
def _items(text: str) -> frozenset[str]:
    """The terms of the word items of the lists in parentheses or brackets that follow a trial
    verb in the same sentence part (no full stop or semicolon between): "(AdaGrad, AdaDelta
    and Adam)", not "(L=6, H=1024, A=16)", whose items are settings with numbers."""
    terms: set[str] = set()
    for group in _GROUP.finditer(text):
        trials = list(_TRIAL.finditer(text, 0, group.start()))
        if not trials or re.search(r"[.;]\s", text[trials[-1].end():group.start()]):
            continue
        for item in _ITEM.split(group.group(1)):
            if re.search(r"[\d=]", item):
                continue
            terms.update(term for term in content_terms(item)
                         if len(term) >= 3 and term not in GENERIC)
    return frozenset(terms)


def tried_option(claim_text: str, sentence_text: str) -> bool:
    """True when the sentence lists options tried and a word of the claim, which tells of no
    trial, is one of them (module docstring)."""
    if not _trial(sentence_text) or _trial(claim_text):
        return False
    claim = {term for term in content_terms(claim_text)
             if not term[0].isdigit() and term not in GENERIC}
    return bool(claim & _items(sentence_text))
