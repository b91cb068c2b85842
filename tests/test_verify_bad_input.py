"""Bad input to the verifier (issue 11): huge claims, claims of numbers only, a paper with 300
tables or with no text, one claim citing 40 papers. Each ends in bounded time with a clear
verdict or reason, never a crash."""

from __future__ import annotations

import time
from pathlib import Path

from verify_claims.claims import (
    Cell,
    Claim,
    Location,
    Outcome,
    Paper,
    Reference,
    Sentence,
    Status,
    Table,
)
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.paper import enrich_paper, parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify.cell_check import check_cells
from verify_claims.verify.engine import verify_claims
from verify_claims.verify.passages import PassageIndex
from verify_claims.verify.source_check import check_source
from verify_claims.verify.sources import SourceFile, SourceResolver
from verify_claims.verify.table_check import check_tables

SENTENCES = [
    "The Kestrel parser reaches 91.2 F1 on the forum corpus.",
    "Kestrel removes 41.3M duplicate records before training.",
    "Training takes 12 hours on one machine.",
]


def paper(sentences=SENTENCES, tables=()) -> Paper:
    return enrich_paper(Paper(file="kestrel.txt", source_id="ACL:W99-0001", title="Kestrel",
                              sentences=[Sentence(text=text, page=1, section="Results")
                                         for text in sentences], tables=list(tables)))


def claim(text: str, *references: Reference) -> Claim:
    return build_claim("report.txt", text, Location(file="report.txt", line=1),
                       references=list(references))


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def test_a_claim_of_five_thousand_characters_is_read_in_bounded_time_and_not_confirmed():
    text = ("The Kestrel parser reaches 91.2 F1 on the forum corpus, while Heron triples its "
            "speed on newswire " * 60)[:5000] + "."
    source = paper()
    result, seconds = timed(check_source, claim(text), source, "ACL:W99-0001",
                            PassageIndex(source))
    assert seconds < 5
    assert result.outcome != Outcome.supported  # its other words are not all in one passage
    assert result.explanation


def test_a_claim_of_numbers_only_is_never_decided():
    source = paper(SENTENCES + ["91.2 41.3 12 7.5"])
    for text in ("91.2 41.3 12", "91.2", "12 12 12 12 12 12"):
        result = check_source(claim(text), source, "ACL:W99-0001", PassageIndex(source))
        assert result.outcome == Outcome.no_evidence, text
        assert result.explanation


def test_a_paper_with_no_text_gives_a_reason():
    empty = Paper(file="empty.pdf", sentences=[], tables=[])
    result = check_source(claim("Kestrel reaches 91.2 F1."), empty, "ACL:W99-0001")
    assert result.outcome == Outcome.no_evidence and "No passage" in result.explanation
    assert check_tables(claim("Kestrel reaches 91.2 F1."), empty, "ACL:W99-0001") is None


def test_a_paper_with_300_tables_is_checked_in_bounded_time():
    tables = [Table(caption=f"Table {number}: results of run {number}.",
                    header=["System", "F1", "Recall"],
                    rows=[[Cell(text=f"System {row}"), Cell(text=f"{50 + row}.{number % 10}",
                                                            value=50 + row + (number % 10) / 10,
                                                            decimals=1),
                           Cell(text="60.0", value=60.0, decimals=1)] for row in range(8)])
              for number in range(300)]
    source = paper(tables=tables)
    result, seconds = timed(check_tables, claim("MNLI reaches 53.4 F1 on XNLI."), source,
                            "ACL:W99-0001")
    assert seconds < 10
    assert result is None or result.outcome in (Outcome.no_evidence, Outcome.supported,
                                                Outcome.contradicted)
    index = PassageIndex(source)
    cells, seconds = timed(check_cells, claim("The system reaches 53.4 F1 on every run."),
                           source, "ACL:W99-0001", index)
    assert seconds < 10
    assert cells is None or cells.outcome in (Outcome.supported, Outcome.contradicted)


def test_one_claim_citing_forty_papers_gets_one_clear_status(tmp_path):
    folder = tmp_path / "sources"
    folder.mkdir()
    references = []
    for number in range(40):
        acl_id = f"W99-{1000 + number}"
        (folder / f"{acl_id}.txt").write_text(
            f"Paper {number} studies something else entirely. It reports 7.{number % 10} "
            "points on an unrelated task.", encoding="utf-8")
        references.append(Reference(raw=f"https://aclanthology.org/{acl_id}.pdf", kind="acl",
                                    acl_id=acl_id))
    references.append(Reference(raw="https://aclanthology.org/W99-2000.pdf", kind="acl",
                                acl_id="W99-2000"))  # not in --sources
    item = claim("The Kestrel parser reaches 91.2 F1 on the forum corpus.", *references)
    resolver = SourceResolver(folder, cache_dir=tmp_path / "cache", offline=True)

    def load(file: SourceFile) -> Paper:
        return parse_paper(read_document(Path(file.path)))

    _, seconds = timed(verify_claims, [item], resolver, load)
    assert seconds < 60
    assert item.status == Status.unverified
    assert len(item.checks) == 41
    missing = [check for check in item.checks if check.outcome == Outcome.source_missing]
    assert len(missing) == 1 and "not found in --sources" in missing[0].explanation
