"""Does a claim say what a recipe re-measures? The one matching rule, shared by two stages.

`reproduce` uses it to find the recipes for a claim (`verify-claims reproduce --claim ID`) and
`verify` uses it to find the stored results that speak to a claim. Both only hold `claims/`
types (a `Claim` and the `ClaimBinding`s a recipe or a `RunResult` carries), so the rule lives
here and neither stage imports the other.

A claim binds to a `ClaimBinding` when all of these hold:

1. **Source.** The claim cites the binding's source: the same arXiv id, any version unless the
   binding names one ("arXiv:2005.13013" binds a claim citing 2005.13013v1 or v2). A source
   that is not an arXiv id (a DOI, a URL, a control recipe's name) must equal the reference's
   key.
2. **Topic.** Every task, data set or benchmark the claim names appears in the binding's text:
   a claim that also speaks of TyDiQA ("TyDiQA improves, whereas XNLI does not ...") is not
   re-measured by a recipe about XNLI alone, even though their wording overlaps.
3. **Wording.** The texts are close: rapidfuzz's `token_set_ratio` on normalised text is at
   least `TEXT_THRESHOLD`. Token-set similarity scores a claim that repeats part of the
   statement ("... on SQuAD yields 8.2 points" against the statement about SQuAD, MNLI and
   HellaSwag) by the shared words, so paraphrases that only drop words still bind. For a
   claim the report generator cut off (`Claim.truncated`, the seeds cut at 120 characters)
   the half-printed last word is dropped before comparing.
4. **Number.** For a numeric binding, one of the claim's quantities measures the binding's
   quantity: the same unit when both say one, about the same entity: the quantity's
   `bound_to` (an aligned list "SQuAD, MNLI, and HellaSwag ... 8.2, 7.5, and 7.0" binds 7.5
   to MNLI), else its `attaches_to`. The number itself may differ from the paper's: the
   reproduction judges the number the claim prints (`printed_value`).
5. **Direction.** A binding with a direction ("increase") needs a claim that states it, not
   negated; a claim without a stated direction binds only when it was cut off (the verb may
   be in the lost part). A binding with neither value nor direction stands for a claim of
   *no effect* ("XNLI does not see benefits"): it binds claims that are negated or state no
   direction.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz

from .arxiv import parse_arxiv_id
from .ids import normalise
from .models import Claim, Quantity, Reference
from .results import ClaimBinding

TEXT_THRESHOLD = 75.0
"""Least token-set similarity (0-100) of claim and binding texts: halfway between what the
five seeds show, where every claim that restates a bundled recipe's statement scores 86 or
more and the closest claim that passes the other four rules without saying the same thing
scores 62.5 (tests/test_recipes.py checks both margins)."""

# Entity labels that say what a claim is about. Models, metrics and languages are left out:
# a claim may add "with XLM-R Large" or "in English" without changing what it measures.
TOPIC_LABELS = frozenset({"TASK", "DATASET", "BENCHMARK"})


def cites_source(claim: Claim, source: str) -> bool:
    """True when one of the claim's references is the binding's source (rule 1)."""
    parsed = parse_arxiv_id(source)
    if parsed is None:
        wanted = normalise(source)
        return any(normalise(reference.key) == wanted for reference in claim.references)
    arxiv_id, version = parsed
    return any(_same_paper(reference, arxiv_id, version) for reference in claim.references)


def _same_paper(reference: Reference, arxiv_id: str, version: int | None) -> bool:
    if reference.kind != "arxiv" or reference.arxiv_id != arxiv_id:
        return False
    return version is None or reference.version == version


def topic_covered(claim: Claim, binding: ClaimBinding) -> bool:
    """True when every task/data set/benchmark the claim names is in the binding's text (2)."""
    text = normalise(binding.text)
    return all(normalise(entity.name) in text or normalise(entity.text) in text
               for entity in claim.entities if entity.label in TOPIC_LABELS)


def comparable_text(claim: Claim) -> str:
    """The claim's normalised text, without the half-printed last word of a cut claim."""
    text = normalise(claim.text)
    if claim.truncated and " " in text:
        text = text.rsplit(" ", 1)[0]
    return text


def text_similarity(claim: Claim, binding: ClaimBinding) -> float:
    """Token-set similarity (0-100) of the claim and the binding's statement (rule 3)."""
    return fuzz.token_set_ratio(comparable_text(claim), normalise(binding.text))


def same_quantity(quantity: Quantity, binding: ClaimBinding) -> bool:
    """True when `quantity` measures what the binding measures: its unit and its entity,
    whatever number it prints (rule 4). A claim that prints another number than the paper
    for the same thing ("MNLI improves by 7.9") is bound all the same: re-measuring it is
    how the audit finds that the number is wrong."""
    if binding.value is None:
        return False
    if binding.unit and quantity.unit and not quantity.cut_off \
            and normalise(binding.unit) != normalise(quantity.unit):
        return False
    if binding.bound_to is None:
        return True
    wanted = normalise(binding.bound_to)
    if quantity.bound_to is not None:
        return normalise(quantity.bound_to) == wanted
    return any(normalise(name) == wanted for name in quantity.attaches_to)


def prints_value(quantity: Quantity, binding: ClaimBinding) -> bool:
    """True when `quantity` measures the binding's quantity and prints its value."""
    if not same_quantity(quantity, binding):
        return False
    low, high = quantity.interval
    return low <= binding.value < high or abs(quantity.value - binding.value) < 1e-9  # type: ignore[operator]


def printed_value(claim: Claim, bindings: Iterable[ClaimBinding]) -> float | None:
    """The number the claim prints for the quantity one of `bindings` re-measures (None when
    it prints none, or only a number cut off by the report)."""
    for binding in bindings:
        for quantity in claim.quantities:
            if same_quantity(quantity, binding) and not quantity.cut_off:
                return quantity.value
    return None


def direction_agrees(claim: Claim, binding: ClaimBinding) -> bool:
    """True when the claim states the binding's direction, or no effect for a binding of no
    effect (rule 5). Numeric bindings without a direction leave it to the number."""
    if binding.direction is not None:
        if claim.direction is None:
            return claim.truncated
        return claim.direction == binding.direction and not claim.negated
    if binding.value is None:  # a claim of no effect
        return claim.negated or claim.direction is None
    return True


def binds(claim: Claim, binding: ClaimBinding) -> bool:
    """True when `claim` says what `binding` describes (all five rules of the module)."""
    if not cites_source(claim, binding.source):
        return False
    if not topic_covered(claim, binding) or not direction_agrees(claim, binding):
        return False
    if binding.value is not None \
            and not any(same_quantity(quantity, binding) for quantity in claim.quantities):
        return False
    return text_similarity(claim, binding) >= TEXT_THRESHOLD


def binds_any(claim: Claim, bindings: Iterable[ClaimBinding]) -> bool:
    """True when the claim binds to at least one of `bindings` (a recipe's or a result's)."""
    return any(binds(claim, binding) for binding in bindings)
