"""The pipeline's own wiring: a paper passed to the audit is checked against its own tables."""

from __future__ import annotations

import dataclasses

import pytest

from synth.paper import EXAMPLE_RESULT_SENTENCES, example_spec, render_paper_pdf
from verify_claims.claims import Status
from verify_claims.pipeline import run_audit

WRONG = "XNLI accuracy drops by 0.8 points"


@pytest.fixture(scope="module")
def audited_paper(tmp_path_factory):
    """The example paper, with one result sentence that its own Table 2 does not support."""
    assert any(WRONG in sentence for sentence in EXAMPLE_RESULT_SENTENCES)
    spec = example_spec()
    sections = [(title, [p.replace(WRONG, "XNLI accuracy drops by 1.8 points")
                         if isinstance(p, str) else p for p in paragraphs])
                for title, paragraphs in spec.sections]
    folder = tmp_path_factory.mktemp("paper")
    render_paper_pdf(dataclasses.replace(spec, sections=sections), folder / "paper.pdf")
    return run_audit([folder / "paper.pdf"], out=folder / "audit", offline=True)


def test_a_paper_is_audited_against_its_own_tables(audited_paper):
    (report,) = audited_paper.reports
    assert report.kind == "paper"
    by_status = {claim.text: claim.status for claim in report.claims}
    wrong = next(text for text in by_status if "1.8 points" in text and "XNLI" in text)
    assert by_status[wrong] == Status.contradicted
    (check,) = [c for c in next(c for c in report.claims if c.text == wrong).checks]
    assert check.kind == "table" and "78.4 − 79.2 = −0.8" in check.explanation
    assert check.evidence and check.evidence[0].source == "paper.pdf (its own tables)"
    confirmed = [text for text, status in by_status.items() if status == Status.confirmed]
    assert len(confirmed) >= 4
