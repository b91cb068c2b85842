"""A small deterministic slice of the metamorphic benchmark (benchmarks/mutations.py): 60
claims about two real papers (P07-1088, fader11), made from their gold files so that each
claim's status class is known (true claims must never be contradicted, mutated ones never
confirmed). A precision bug anywhere in the verify stage (a negation, a direction word or a
neighbouring cell ignored) makes it fail. The full benchmark is run by hand, not here."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_modules import load_script

ROOT = Path(__file__).resolve().parents[1]


mutations = load_script("mutations_benchmark", ROOT / "benchmarks" / "mutations.py")


@pytest.fixture(scope="module")
def verified():
    return mutations.run(quick=True)


def test_the_slice_is_deterministic_and_covers_true_and_false_claims(verified):
    made, _ = verified
    assert len(made) == 2 * mutations.QUICK_CLAIMS
    papers = mutations.parse_papers(list(mutations.QUICK_PAPERS))
    again = [item for stem in mutations.QUICK_PAPERS for item in mutations.generate(
        mutations.load_gold(stem, papers[stem]), 0, mutations.QUICK_CLAIMS)]
    assert again == made
    kinds = {item.kind for item in made}
    assert any(mutations.KINDS[kind] for kind in kinds)
    assert len([kind for kind in kinds if not mutations.KINDS[kind]]) >= 3


def test_no_wrong_decisive_verdict_on_the_slice(verified):
    made, claims = verified
    text, wrong = mutations.report(made, claims)
    assert wrong == 0, text
    # The slice decides claims at all: a verifier that decided nothing would pass vacuously.
    right = [mutations.is_right(item, claim) for item, claim in zip(made, claims, strict=True)]
    assert sum(right) >= 30


def verify_texts(paper: str, *texts: str) -> list:
    """`texts` as claims citing `paper` (a stem of tests/real/papers), through the whole verify
    stage: the claims, in order, with their statuses (tests of single guards on real PDFs)."""
    return mutations.verify_texts(mutations.parse_papers([paper])[paper], *texts, stem=paper)
