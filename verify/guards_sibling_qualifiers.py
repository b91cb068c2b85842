"""A passage that names the claim's noun without the claim's qualifier, beside a sibling's
(probe26b, round 26).

On Bastien et al. (PLoS ONE 13(3): e0194893, 2018; page 10), "The period of elongation growth
oscillations differed significantly between straight and tilted coleoptiles" (false: the
elongation oscillations' periods did not differ, p = 0.88) was confirmed by "Between
coleoptiles from the straight and tilted groups there were significant differences in
oscillation period", the sentence after "Oscillation patterns were also present in kymographs
of curvature variation". The paper speaks of two kinds of oscillation, "oscillations in
elongation growth" and "oscillations in curvature variation"; the sentence says the bare
"oscillation", and its neighbour says which: curvature's. The match weighed "elongation" and
"growth", words the paper uses everywhere, as cheap.

The general fact: when the claim qualifies a noun the passage says ("elongation growth
oscillations", "oscillations in elongation growth"), the paper qualifies that noun so
elsewhere (the qualifier tells its kinds apart), the passage never says the qualifier, no
neighbouring sentence says it alone, and the passage or a neighbour that does not say it
says another rare word the paper qualifies the same noun with ("curvature"), which the claim
never says, the passage speaks of the sibling kind: its support decides nothing
(`guard_sibling_qualifiers`). A neighbour that names both kinds tells neither (the next
sentence, "To uncover if oscillations in elongation growth and curvature variation were
somehow related ...", lent the claim its "elongation growth"). Only claims without numbers are read:
a first version also withheld a right "On test-crawl10, tuning all sparse features on
dev-crawl improves over the 12 default features by 2.41 BLEU" (heldout), whose numbers tie it
to its passage. It names no paper or word; it only undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper

from .content import specificity
from .guards_neighbour_subjects import supporting_positions
from .paper_memo import per_paper
from .passages import content_terms
from .undecided import undecide

_TOKEN = re.compile(r"[A-Za-z][A-Za-z\-]*|\d[\d.,]*|[^\sA-Za-z\d]")
_RUN = 2  # qualifier words read before a noun, or after its "in"/"of"
_LINKS = frozenset(("in", "of"))
_RARE = 0.5
"""How rare (`content.specificity`) a qualifier must be to tell kinds apart: "curvature",
"elongation", not "different" or "other"."""


def _stem(token: str) -> str | None:
    terms = content_terms(token) if token[:1].isalpha() else []
    return terms[0] if len(terms) == 1 else None


def _qualified(text: str) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """Each content noun of `text` with the lower-case content words that qualify it: up to
    `_RUN` of them right before it ("elongation growth oscillations"), or right after its
    "in"/"of" ("oscillations in elongation growth"); each word as (stem, printed)."""
    tokens = _TOKEN.findall(text)
    stems = [_stem(token) for token in tokens]
    found = []
    for i, stem in enumerate(stems):
        if stem is None:
            continue
        before = []
        j = i - 1
        while j >= 0 and len(before) < _RUN and stems[j] and tokens[j].islower():
            before.append((stems[j], tokens[j]))
            j -= 1
        after = []
        if i + 1 < len(tokens) and tokens[i + 1].lower() in _LINKS:
            j = i + 2
            if j < len(tokens) and tokens[j].lower() == "the":
                j += 1
            while j < len(tokens) and len(after) < _RUN and stems[j] and tokens[j].islower():
                after.append((stems[j], tokens[j]))
                j += 1
        if before:
            found.append((stem, tuple(reversed(before))))
        if after:
            found.append((stem, tuple(after)))
    return found


def _paper_qualifiers(paper: Paper) -> dict[str, dict[str, str]]:
    """Each noun stem of the paper with every word that qualifies it somewhere (stem to the
    word as printed)."""
    kinds: dict[str, dict[str, str]] = {}
    for sentence in paper.sentences:
        for head, words in _qualified(sentence.text):
            kinds.setdefault(head, {}).update(words)
    return kinds


def _sibling(claim: Claim, paper: Paper, at: int) -> tuple[str, str] | None:
    """(the claim's qualifier, the sibling word) when the sentence at `at` speaks of the
    claim's qualified noun's sibling kind (module docstring); else None. A neighbour that
    says the claim's qualifier alone may be what the bare noun means; one that says it with a
    sibling ("oscillations in elongation growth and curvature variation") tells neither."""
    sentences = paper.sentences
    own = set(content_terms(sentences[at].text))
    neighbours = [set(content_terms(sentences[other].text)) for other in (at - 1, at + 1)
                  if 0 <= other < len(sentences)
                  and sentences[other].section == sentences[at].section]
    claimed = set(content_terms(claim.text))
    kinds = None
    for head, pairs in _qualified(claim.text):
        words = {stem for stem, _ in pairs}
        if head not in own or own & words or head in words:
            continue
        if kinds is None:
            kinds = per_paper(paper, "noun qualifiers", _paper_qualifiers)
        known = kinds.get(head, {})
        if not words & set(known) or max(specificity(word) for _, word in pairs) < _RARE:
            continue  # the paper never tells kinds of the noun apart by the claim's words
        others = {stem for stem in set(known) - claimed - {head}
                  if specificity(known[stem]) >= _RARE}
        if any(terms & words and not terms & others for terms in neighbours):
            continue  # a neighbour says the claim's kind alone
        told = own.union(*(terms for terms in neighbours if not terms & words))
        if siblings := sorted(others & told):
            return " ".join(word for _, word in pairs), known[siblings[0]]
    return None


def guard_sibling_qualifiers(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting source check whose sentence says the claim's qualified noun
    bare while it and its neighbours name a sibling qualifier of it (module docstring), for
    a claim without numbers (what a passage "states the same" about)."""
    if claim.quantities:
        return  # a number's owner is weighed by the number guards (a first version withheld
        # a right "tuning all sparse features ... by 2.41 BLEU" of heldout)
    for check, quoted in supporting_positions(checks, paper):
        for at in quoted:
            if told := _sibling(claim, paper, at):
                undecide(check, f"Not decided: the passage and its neighbours never say the "
                                f"claim's \u201c{told[0]}\u201d, and they speak of the "
                                f"\u201c{told[1]}\u201d kind, which the claim does not name")
                break
