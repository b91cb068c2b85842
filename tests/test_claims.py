"""The record types: JSON round trips, stable ids, the verdict rule and the committed schema."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify_claims.claims import (
    Check,
    CheckKind,
    Claim,
    Entity,
    Evidence,
    JsonlError,
    Location,
    Outcome,
    Quantity,
    Reference,
    Report,
    Status,
    claim_id,
    normalise,
    read_jsonl,
    status_of,
    write_jsonl,
)
from verify_claims.claims.json_schema import SCHEMAS, committed_schema, schema_text


def make_claim(text: str = "MNLI improves XNLI by 7.5 points.", **fields) -> Claim:
    identifier = claim_id("r.txt", text)
    values = dict(
        id=identifier, canonical_id=identifier, report="r.txt",
        location=Location(file="r.txt", page=2, line=14, span=(3, 40)), text=text,
        report_mark=True, report_confidence=0.27,
        quantities=[Quantity(text="7.5", value=7.5, decimals=1, unit="points", sign=1,
                             span=(27, 30), attaches_to=["MNLI", "XNLI"], bound_to="MNLI")],
        entities=[Entity(label="TASK", name="MNLI", text="MNLI", span=(0, 4))],
        references=[Reference(raw="arXiv:2005.13013v2", kind="arxiv", arxiv_id="2005.13013",
                              version=2)],
        checks=[Check(kind=CheckKind.source, outcome=Outcome.supported, explanation="same number",
                      evidence=[Evidence(source="arXiv:2005.13013v2", quote="…7.5…", page=4,
                                         score=97.5, claimed=7.5, found=7.5)])],
    )
    values.update(fields)
    return Claim(**values)


def test_claim_survives_a_json_round_trip(tmp_path):
    claim = make_claim(text="Odd ‘quotes’ — and <script>alert(1)</script> \u00e9\u0301")
    report = Report(file="r.txt", path="/x/r.txt", format="text", claims=[claim])
    assert Report.model_validate_json(report.model_dump_json()) == report
    write_jsonl(tmp_path / "c.jsonl", [claim, claim])
    assert list(read_jsonl(tmp_path / "c.jsonl", Claim)) == [claim, claim]


def test_a_bad_jsonl_line_names_file_and_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(make_claim().model_dump_json() + "\n" + '{"id": 3}\n', encoding="utf-8")
    with pytest.raises(JsonlError, match=r"c\.jsonl:2"):
        list(read_jsonl(path, Claim))


def test_unknown_fields_are_rejected():
    data = json.loads(make_claim().model_dump_json())
    data["statsu"] = "confirmed"
    with pytest.raises(ValueError):
        Claim.model_validate(data)


def test_ids_are_stable_under_spacing_quotes_and_case_but_not_report():
    a = claim_id("a.txt", "SQuAD  yields “8.2” points")
    assert a == claim_id("a.txt", "squad yields \"8.2\"\npoints ")
    assert a != claim_id("b.txt", "SQuAD yields \"8.2\" points")
    assert a != claim_id("a.txt", "SQuAD yields \"8.3\" points")


@given(st.text())
def test_normalise_is_idempotent(text):
    assert normalise(normalise(text)) == normalise(text)


@pytest.mark.parametrize(
    ("outcomes", "expected"),
    [
        ([], Status.unverified),
        ([Outcome.no_evidence, Outcome.source_missing], Status.unverified),
        ([Outcome.supported], Status.confirmed),
        ([Outcome.confirmed, Outcome.not_run], Status.confirmed),
        ([Outcome.supported, Outcome.contradicted], Status.contradicted),
        ([Outcome.inconclusive], Status.unverified),
    ],
)
def test_status_follows_the_design_rule(outcomes, expected):
    checks = [Check(kind=CheckKind.source, outcome=outcome) for outcome in outcomes]
    assert status_of(checks) == expected


def test_non_decisive_checks_do_not_decide():
    check = Check(kind=CheckKind.reproduction, outcome=Outcome.contradicted, decisive=False)
    assert status_of([check]) == Status.unverified


def test_mark_disagreement():
    assert make_claim(status=Status.contradicted, report_mark=True).mark_disagrees
    assert not make_claim(status=Status.confirmed, report_mark=True).mark_disagrees
    assert make_claim(status=Status.confirmed, report_mark=False).mark_disagrees
    assert not make_claim(status=Status.unverified, report_mark=False).mark_disagrees


def test_quantity_interval_follows_printed_precision():
    assert Quantity(text="2.0", value=2.0, decimals=1, span=(0, 3)).interval == \
        pytest.approx((1.95, 2.05))
    assert Quantity(text="392,702", value=392702, span=(0, 7)).interval == (392701.5, 392702.5)


def test_reference_keys():
    assert Reference(raw="x", kind="arxiv", arxiv_id="2005.13013", version=2).key == \
        "arXiv:2005.13013v2"
    assert Reference(raw="x", kind="arxiv", arxiv_id="hep-th/9901001").key == \
        "arXiv:hep-th/9901001"
    assert Reference(raw="x", kind="doi", doi="10.1/abc").key == "doi:10.1/abc"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_is_up_to_date(name):
    """Fails when a model changed without `make schema`."""
    assert committed_schema(name) == schema_text(SCHEMAS[name])


def test_attach_check_replaces_its_kind_and_redecides():
    from verify_claims.claims import attach_check

    claim = make_claim()  # carries a supported source check
    claim.status = status_of(claim.checks)
    assert claim.status == Status.confirmed
    attach_check(claim, Check(kind=CheckKind.reproduction, outcome=Outcome.contradicted))
    assert claim.status == Status.contradicted and len(claim.checks) == 2
    attach_check(claim, Check(kind=CheckKind.reproduction, outcome=Outcome.not_run,
                              decisive=False))
    assert claim.status == Status.confirmed
    assert [c.kind for c in claim.checks] == [CheckKind.source, CheckKind.reproduction]


def test_records_share_one_set_of_field_names_and_assignment_stays_local():
    """Issue 14: pydantic's per-instance set of given fields was half of a claim's memory;
    records of a class share one full set, so assigning a field changes no other record."""
    first = make_claim()
    second = Claim.model_validate_json(make_claim("Other 1.0.").model_dump_json())
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    assert first.location.__pydantic_fields_set__ is second.location.__pydantic_fields_set__
    assert first.model_fields_set == set(Claim.model_fields)
    before = second.model_dump_json()
    first.status = Status.confirmed
    first.canonical_id = "k0"
    assert second.model_dump_json() == before
    assert first.status is Status.confirmed and first.canonical_id == "k0"
    copy = first.model_copy(update={"checks": []})
    assert copy.__pydantic_fields_set__ is not first.__pydantic_fields_set__  # a copy of its own
