"""Words a claim takes from the paper's title, while the sentence names its subject "these X"
(probe38b, round 38: Ussher et al., Physical activity for smoking cessation in pregnancy:
randomised controlled trial, BMJ 2015;350:h2145, page 3).

The trial's methods cite a Cochrane review of psychosocial interventions and quote its pooled
results: "When pooled together, these interventions produced the following relative risks for
intervention versus control: low birth weight 0.82 (...), preterm birth 0.82 (...), and
increased mean birth weight 41 g (18 to 63 g)." Two claims were decided by it:

- "The physical activity intervention increased mean birth weight by 41 g" (false: the trial's
  birth weights were similar, -14.50 g) was CONFIRMED;
- "Mean birth weight in the control group exceeded that in the physical activity group by
  14.4 g" (true: Table 6, 3146.8 g against 3132.4 g) was CONTRADICTED ("gives 41").

The content accounting (content.py) reads every passage within the paper's title, so the
claims' "physical activity" was accounted for by "Physical activity for smoking cessation in
pregnancy", though neither the sentence nor its neighbours says it. The title stands in for a
sentence's subject when the sentence speaks of the paper's own topic; a sentence that names
its subject with a plural demonstrative ("these interventions", "those trials") speaks of what
earlier sentences named, here the interventions of the review's trials.

The rule (`title_only_words`): a decisive source check whose sentence names a subject "these
<word>" or "those <word>", says nothing of the paper's own work (no "we", "our", "this study",
...), and leaves a content word of the claim to the paper's title alone (in neither the
sentence, its neighbours in its section, nor the section title) decides nothing. It only
withholds, a support or a contradiction alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .guards_neighbour_subjects import _positions
from .paper_memo import per_paper
from .passage_windows import _title_terms, passage_terms, section_neighbours
from .passages import PassageIndex, content_terms
from .undecided import DECIDING, decided, undecide
from .wording import plain

__all__ = ["guard_demonstrative_subjects", "title_only_words"]

enabled = True
"""Whether the rule runs (a planted-bug test switches it off)."""

_DEMONSTRATIVE = re.compile(r"\b(?:these|those)\s+(?!are\b|were\b|include\b)[a-z][a-z-]{2,}",
                            re.IGNORECASE)
_OWN = re.compile(r"\b(?:we|our|us|here|herein|present|proposed)\b|\bthis\s+(?:work|study|"
                  r"paper|article|trial|research|report)\b", re.IGNORECASE)


def title_only_words(claim_text: str, index: PassageIndex, at: int) -> list[str]:
    """The claim's content words that sentence `at`'s passage holds only by the paper's title
    (not in the sentence, its section neighbours or its section title), when the sentence names
    its subject "these/those <word>" and says nothing of the paper's own work; else []."""
    sentence = index.sentences[at]
    if not _DEMONSTRATIVE.search(sentence.text) or _OWN.search(sentence.text):
        return []
    title = _title_terms(index)
    if not title:
        return []
    texts = [sentence.text, sentence.section or ""]
    texts += [index.sentences[other].text for other in section_neighbours(index, at)]
    said = frozenset().union(*map(passage_terms, texts))
    words = []
    for term in content_terms(claim_text):
        term = plain(term)
        if not term[0].isdigit() and term in title and term not in said and term not in words:
            words.append(term)
    return words


def guard_demonstrative_subjects(claim: Claim, checks: Iterable[Check], paper: Paper,
                                 index: PassageIndex) -> None:
    """Undecide each deciding source check whose sentence names its subject "these X" while
    the claim's words come from the paper's title alone (module docstring). In place."""
    if not enabled:
        return
    positions = None
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        if positions is None:
            positions = per_paper(paper, "sentence positions", _positions)
        quote = check.evidence[0].quote if check.evidence else None
        at = positions.get(quote or "")
        if at is None or at >= len(index.sentences) or index.sentences[at].text != quote:
            continue
        words = title_only_words(claim.text, index, at)
        if words:
            undecide(check, f"Not decided: the sentence speaks of \u201c"
                            f"{_DEMONSTRATIVE.search(quote).group(0)}\u201d named before it, "
                            f"and the claim's \u201c{' '.join(words)}\u201d is only the paper's "
                            f"title's")
