"""Round 21 (src21): papers cited by DOI can be sources (verify/doi_names.py, sources_map.py).

A report citing a VLDB, OSDI, JMLR or AAAI paper by DOI used to get "source missing" even with
the PDF in --sources. Now a file named by the DOI ("/" written %2F, any case) or listed in the
folder's sources.yaml answers it. The end-to-end tests run the CLI, offline, on real PDFs of
tests/real/papers cited by their DOIs in small reports written here:

- TrustRank (Gyöngyi, Garcia-Molina, Pedersen, VLDB 2004, printed pages 576-587),
  DOI 10.1016/B978-012088469-8.50052-8 (upper-case "B": the case test);
- MapReduce (Dean and Ghemawat), through sources.yaml under the DOI everyone cites for it,
  10.1145/1327452.1327492 (the CACM 2008 article; the file is the OSDI 2004 print, and the
  claims below are about its Section 5, "Performance").

The claims and their labels are those probe20b and probe20c labelled from the page images
(tests/test_probe20b_regressions.py, test_probe20c_regressions.py), so each verdict is known.
No network: every run is --offline.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from verify_claims.claims import Reference
from verify_claims.claims.run import FIX_DOI
from verify_claims.cli import app
from verify_claims.verify import doi_names
from verify_claims.verify.cards import CardError, load_card
from verify_claims.verify.doi_names import (
    canonical_doi,
    doi_file_stem,
    doi_from_stem,
    parse_doi_source_name,
)
from verify_claims.verify.sources import SUFFIXES, SourceResolver
from verify_claims.verify.sources_map import SOURCES_MAP, map_key, read_sources_map

PAPERS = Path(__file__).resolve().parent / "real" / "papers"
TRUSTRANK = PAPERS / "trustrank_vldb04.pdf"
MAPREDUCE = PAPERS / "mapreduce_osdi04.pdf"
TRUSTRANK_DOI = "10.1016/B978-012088469-8.50052-8"
MAPREDUCE_DOI = "10.1145/1327452.1327492"
runner = CliRunner()

# (claim, status labelled from the page) -- probe20c's labels (TrustRank, Section 5).
TRUSTRANK_CLAIMS = [
    ("The several billion pages were grouped into 31,003,946 sites.", "confirmed"),
    ("The several billion pages were grouped into 31,009,346 sites.", "contradicted"),
    ("The list of sites was segmented into 20 buckets by PageRank.", "confirmed"),
]
# probe20b's labels (MapReduce, Sections 5.1-5.3).
MAPREDUCE_CLAIMS = [
    ("All of the programs were executed on a cluster of approximately 1800 machines.",
     "confirmed"),
    ("All of the programs were executed on a cluster of approximately 1080 machines.",
     "contradicted"),
    ("The three-character pattern occurs in 92,337 records.", "confirmed"),
    ("The sort partitions the sorted output into 1000 files.", "contradicted"),
]


def _suffixes() -> dict[str, str]:
    return dict(SUFFIXES)


def report(folder: Path, name: str, claims: list[tuple[str, str]], cite: str) -> Path:
    """A small synthesis report in the seed Markdown format, every claim marked ✓, citing one
    paper by `cite` in its reference list."""
    rows = "\n".join(f"| {text} | ✓ | 0.30 |" for text, _ in claims)
    path = folder / name
    path.write_text(f"# A synthesis\n\nAssignee Research\n\n2026-12-05\n\n## 1 Introduction\n\n"
                    f"This report checks one paper.\n\n## 2 Extracted Claims\n\n"
                    f"| Claim | Verified | Confidence |\n|---|---|---|\n{rows}\n\n"
                    f"## References\n\n- <{cite}>\n", encoding="utf-8")
    return path


def audit(inputs: Path, sources_dir: Path, out: Path, *extra: str) -> tuple[dict, list[dict]]:
    result = runner.invoke(app, ["audit", str(inputs), "--sources", str(sources_dir),
                                 "--offline", "--quiet", "--out", str(out), *extra])
    assert result.exit_code == 0, result.output
    document = json.loads((out / "audit.json").read_text("utf-8"))
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text("utf-8").splitlines()
              if line.strip()]
    return document, claims


def statuses(claims: list[dict]) -> dict[str, str]:
    return {claim["text"].strip(): claim["status"] for claim in claims}


# -- the file-name scheme ------------------------------------------------------------------

@pytest.mark.parametrize(("doi", "stem"), [
    (MAPREDUCE_DOI, "10.1145%2F1327452.1327492"),
    (TRUSTRANK_DOI, "10.1016%2FB978-012088469-8.50052-8"),
    ("10.1007/978-3-540-74958-5_14", "10.1007%2F978-3-540-74958-5_14"),  # "_" stays "_"
    ("10.1016/S0140-6736(20)30183-5", "10.1016%2FS0140-6736(20)30183-5"),
    ("10.1093/nar/gkh123", "10.1093%2Fnar%2Fgkh123"),  # every "/" of the suffix too
    ("10.1002/1521-3773:41", "10.1002%2F1521-3773%3A41"),  # ":" is no file-name character
])
def test_a_doi_names_its_file_and_the_name_gives_the_doi_back_in_any_case(doi, stem):
    assert doi_file_stem(doi) == stem
    for written in (stem, stem.lower(), stem.upper(), stem.swapcase()):
        assert doi_from_stem(written) == doi.lower()
        assert parse_doi_source_name(written + ".pdf", _suffixes()) == (doi.lower(), "pdf")
    assert parse_doi_source_name(stem + ".card.yaml", _suffixes()) == (doi.lower(), "card")
    assert parse_doi_source_name(stem + ".TXT", _suffixes()) == (doi.lower(), "txt")


@pytest.mark.parametrize("name", [
    "10.1145_1327452.1327492.pdf",  # the arXiv convention is ambiguous for DOIs: not read
    "10.1145%2F1327452.1327492",  # no suffix
    "doi%3A10.1145%2F1327452.1327492.pdf",  # a prefix is not part of the name
    "10.1145%252F1327452.1327492.pdf",  # an encoded "%" (no DOI holds one)
    "10.1145%2F..%2F..%2Fetc%2Fpasswd.pdf",
    "10.1145%2F.pdf",  # nothing after the slash
    "10.1145%2Fa%2F%2Fb.pdf",  # an empty part
    "10.1145%2Fa%2F.pdf",
    "10.1145%2Fa:b.pdf",  # ":" must be written %3A
    "10.1145%2Fa%20b.pdf",  # a space, encoded or not
    "10.1145%2Fa b.pdf",
    "10.1145%2F\u212aelvin.pdf",  # the Kelvin sign, which case-insensitive [a-z] takes
    "10.1145%2Fx\x00.pdf",
    "10.12%2Fx.pdf",  # a registrant code of four digits at least
    "/10.1145%2Fx.pdf",
    "../10.1145%2Fx.pdf",
])
def test_names_that_are_not_exactly_a_doi_are_not_sources(name):
    assert parse_doi_source_name(name, _suffixes()) is None


@pytest.mark.parametrize("text", [
    "10.1145/\u212aelvin",  # the Kelvin sign lower-cases to an ASCII "k"
    "10.1145/\u017fort",  # the long s, which upper-cases to "S"
    "10.\uff11\uff11\uff11\uff11/x",  # fullwidth digits
    "10.1145/a b", "10.1145/a..b", "10.1145/a//b", "10.1145/a/", "10.1145/", " 10.1145/a",
    "10.1145/" + "a" * 300, None, 10.1145,
])
def test_only_ascii_dois_of_crossref_s_characters_are_canonical(text):
    assert canonical_doi(text) is None


def test_a_name_longer_than_a_file_name_may_be_is_no_source():
    doi = "10.1145/" + "a/" * 90 + "b"  # 189 characters; its name would be 369
    assert canonical_doi(doi) == doi
    with pytest.raises(ValueError, match="too long to name a file"):
        doi_file_stem(doi)
    assert doi_from_stem(doi.replace("/", "%2F")) is None
    assert "list it in sources.yaml" in doi_names.doi_name_hint(doi)


# Crossref's DOI characters, in both cases, and the path tricks a hostile name would use.
_DOI_CHARS = st.sampled_from(list("-._;()/:") + [chr(c) for c in range(ord("a"), ord("z") + 1)]
                             + [chr(c) for c in range(ord("A"), ord("Z") + 1)] + list("0123456789"))
_TRICKS = st.sampled_from(["..", "/", "%2F", "%2f", "%3A", "%25", "%2E", "\x00", "\\", "~", ":",
                           "10.1145", "10.1145%2F", ".", "_", "pdf", ".pdf", "\u212a", " "])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(registrant=st.from_regex(r"\A[0-9]{4,9}\Z"), suffix=st.text(_DOI_CHARS, min_size=1,
                                                                   max_size=40))
def test_every_doi_round_trips_through_a_safe_file_name(registrant, suffix):
    doi = f"10.{registrant}/{suffix}"
    canonical = canonical_doi(doi)
    if canonical is None:  # refused: ".." or an empty part between slashes, never else
        assert ".." in doi or "//" in doi or doi.endswith("/")
        with pytest.raises(ValueError):
            doi_file_stem(doi)
        return
    assert canonical == doi.lower() and canonical_doi(doi.upper()) == canonical
    stem = doi_file_stem(doi)
    assert "/" not in stem and ":" not in stem and "\x00" not in stem and ".." not in stem
    assert stem not in (".", "..") and not stem.startswith("/")
    for written in (stem, stem.swapcase()):
        assert doi_from_stem(written) == canonical


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.one_of(st.text(max_size=60),
                      st.lists(st.one_of(_TRICKS, st.text(_DOI_CHARS, max_size=6)),
                               max_size=12).map("".join)),
       suffix=st.sampled_from(["", ".pdf", ".txt", ".md", ".card.yaml", ".PDF"]))
def test_any_name_read_as_a_doi_is_a_plain_file_inside_the_folder(name, suffix, tmp_path_factory):
    parsed = parse_doi_source_name(name + suffix, _suffixes())
    if parsed is None:
        return
    doi, _kind = parsed
    full = name + suffix
    assert full.isascii() and "\x00" not in full and "/" not in full and "\\" not in full
    assert ".." not in doi and canonical_doi(doi) == doi
    assert full.lower().startswith(doi_file_stem(doi).lower())  # exactly the scheme's name
    folder = "/srv/sources"
    assert os.path.dirname(os.path.normpath(os.path.join(folder, full))) == folder


# -- the resolver ----------------------------------------------------------------------------

def doi_reference(doi: str) -> Reference:
    return Reference(raw=f"https://doi.org/{doi}", kind="doi", doi=doi,
                     url=f"https://doi.org/{doi}")


def test_a_file_named_by_doi_answers_the_citation_whatever_the_case(tmp_path):
    (tmp_path / (doi_file_stem(TRUSTRANK_DOI).lower() + ".pdf")).write_bytes(b"%PDF-1.4\n")
    resolver = SourceResolver(sources_dir=tmp_path, offline=True, cache_dir=tmp_path / "c")
    for cited in (TRUSTRANK_DOI, TRUSTRANK_DOI.lower(), TRUSTRANK_DOI.upper()):
        answer = resolver.resolve(doi_reference(cited))
        assert answer.found, answer.message
        assert answer.source.path.name == "10.1016%2fb978-012088469-8.50052-8.pdf"


def test_a_missing_doi_names_the_file_to_make(tmp_path):
    resolver = SourceResolver(sources_dir=tmp_path, offline=True, cache_dir=tmp_path / "c")
    answer = resolver.resolve(doi_reference(TRUSTRANK_DOI))
    assert not answer.found
    assert "name the file 10.1016%2FB978-012088469-8.50052-8.pdf" in answer.message
    assert "sources.yaml" in answer.message


def test_full_text_is_preferred_to_a_card_and_a_doi_card_loads(tmp_path):
    stem = doi_file_stem(MAPREDUCE_DOI)
    card = tmp_path / f"{stem}.card.yaml"
    card.write_text(f"""metadata:
  version: 1
paper:
  doi: "{MAPREDUCE_DOI}"
  title: "MapReduce: Simplified Data Processing on Large Clusters"
  authors: [Jeffrey Dean, Sanjay Ghemawat]
  year: 2004
statements:
  - id: cluster
    text: The programs were executed on a cluster of approximately 1800 machines.
    location: Section 5.1
    provenance: the OSDI 2004 paper, page 8
""", encoding="utf-8")
    loaded = load_card(card)
    assert loaded.source_id == f"doi:{MAPREDUCE_DOI}" and loaded.file_name == card.name
    resolver = SourceResolver(sources_dir=tmp_path, offline=True, cache_dir=tmp_path / "c")
    assert resolver.resolve(doi_reference(MAPREDUCE_DOI)).source.kind == "card"
    (tmp_path / f"{stem}.txt").write_text("MapReduce.", encoding="utf-8")
    resolver = SourceResolver(sources_dir=tmp_path, offline=True, cache_dir=tmp_path / "c")
    answer = resolver.resolve(doi_reference(MAPREDUCE_DOI))
    assert answer.source.kind == "txt" and [f.kind for f in answer.others] == ["card"]
    renamed = tmp_path / "10.1145%2F1.card.yaml"
    renamed.write_bytes(card.read_bytes())
    with pytest.raises(CardError, match="must be named 10.1145%2F1327452.1327492.card.yaml"):
        load_card(renamed)


def test_a_doi_file_that_links_out_of_the_folder_is_not_read(tmp_path):
    folder, elsewhere = tmp_path / "sources", tmp_path / "elsewhere"
    folder.mkdir()
    elsewhere.mkdir()
    (elsewhere / "secret.txt").write_text("secret", encoding="utf-8")
    (folder / f"{doi_file_stem(MAPREDUCE_DOI)}.txt").symlink_to(elsewhere / "secret.txt")
    resolver = SourceResolver(sources_dir=folder, offline=True, cache_dir=tmp_path / "c")
    assert not resolver.resolve(doi_reference(MAPREDUCE_DOI)).found
    assert [Path(link.path).name for link in resolver.skipped_links] == [
        "10.1145%2F1327452.1327492.txt"]
    following = SourceResolver(sources_dir=folder, offline=True, cache_dir=tmp_path / "c",
                               follow_links=True)
    assert following.resolve(doi_reference(MAPREDUCE_DOI)).found


def test_an_acl_file_that_links_out_of_the_folder_is_not_read_either(tmp_path):
    folder, elsewhere = tmp_path / "sources", tmp_path / "elsewhere"
    folder.mkdir()
    elsewhere.mkdir()
    (elsewhere / "secret.txt").write_text("secret", encoding="utf-8")
    (folder / "P07-1088.txt").symlink_to(elsewhere / "secret.txt")
    resolver = SourceResolver(sources_dir=folder, offline=True, cache_dir=tmp_path / "c")
    reference = Reference(raw="https://aclanthology.org/P07-1088.pdf", kind="acl",
                          acl_id="P07-1088")
    assert not resolver.resolve(reference).found
    assert [Path(link.path).name for link in resolver.skipped_links] == ["P07-1088.txt"]


# -- sources.yaml ----------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "parsed"), [
    ("doi:10.1145/1327452.1327492", ("doi", MAPREDUCE_DOI, None)),
    ("DOI:10.1016/B978-012088469-8.50052-8", ("doi", TRUSTRANK_DOI.lower(), None)),
    ("arXiv:2005.13013v2", ("arxiv", "2005.13013", 2)),
    ("arxiv:hep-th/9901001", ("arxiv", "hep-th/9901001", None)),
    ("ACL:P07-1088", ("acl", "P07-1088", None)),
])
def test_map_keys_are_the_papers_as_the_audit_names_them(key, parsed):
    assert map_key(key) == parsed


@pytest.mark.parametrize("key", ["10.1145/1327452.1327492", "2005.13013v2", "P07-1088",
                                 "doi:10.1145/../etc", "arXiv:2005.13013v2.pdf",
                                 "arXiv:https://arxiv.org/abs/2005.13013", "ACL:p07-1088",
                                 2005.13013, None, "doi:"])
def test_other_map_keys_are_refused_with_a_reason(key):
    assert isinstance(map_key(key), str)


def test_a_malformed_map_skips_what_it_cannot_use_names_each_and_keeps_the_rest(tmp_path):
    folder = tmp_path / "sources"
    (folder / "papers").mkdir(parents=True)
    (folder / "papers" / "mapreduce.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "notes.txt").write_text("notes", encoding="utf-8")
    outside_file = tmp_path / "secret.txt"
    outside_file.write_text("secret", encoding="utf-8")
    (folder / "link.txt").symlink_to(outside_file)
    (folder / SOURCES_MAP).write_text(
        "doi:10.1145/1327452.1327492: papers/mapreduce.pdf\n"
        "DOI:10.1145/1327452.1327492: notes.txt\n"  # the same paper again (any case)
        "2005.13013: notes.txt\n"  # YAML reads a number
        "arXiv:2005.13013v2: missing.pdf\n"
        "ACL:P07-1088: notes.docx\n"
        "doi:10.1234/abc: ../secret.txt\n"
        "doi:10.1234/xyz: /etc/passwd\n"
        "doi:10.1234/def: link.txt\n"
        "ACL:N18-3011: notes.txt\n", encoding="utf-8")
    listed = read_sources_map(folder)
    assert [(e.family, e.ident, e.path.name) for e in listed.entries] == [
        ("doi", MAPREDUCE_DOI, "mapreduce.pdf"), ("acl", "N18-3011", "notes.txt")]
    problems = " | ".join(listed.problems)
    for said in ("'DOI:10.1145/1327452.1327492': the same paper", "'2005.13013': YAML read",
                 "'arXiv:2005.13013v2': no file 'missing.pdf'", "'ACL:P07-1088': not a .pdf"):
        assert said in problems
    assert len(listed.problems) == 4
    assert sorted(Path(link.path).name for link in listed.skipped) == [
        "link.txt", "passwd", "secret.txt"]
    assert sum("sources.yaml" in link.reason for link in listed.skipped) == 2
    # --follow-links reads the link; never the entries that name a path outside
    following = read_sources_map(folder, follow_links=True)
    assert [e.ident for e in following.entries] == [MAPREDUCE_DOI, "10.1234/def", "N18-3011"]
    assert len(following.skipped) == 2


@pytest.mark.parametrize("text", ["doi:10.1/x: [unclosed\n", "- a list\n- not a map\n",
                                  "a: 1\na: 2\n"])
def test_a_map_that_cannot_be_read_says_so_once_and_the_run_goes_on(tmp_path, text):
    (tmp_path / SOURCES_MAP).write_text(text, encoding="utf-8")
    listed = read_sources_map(tmp_path)
    assert listed.entries == [] and len(listed.problems) == 1
    assert "none of its entries is used" in listed.problems[0]
    SourceResolver(sources_dir=tmp_path, offline=True, cache_dir=tmp_path / "c")  # no raise


def test_a_map_that_links_out_of_the_folder_is_not_read(tmp_path):
    folder = tmp_path / "sources"
    folder.mkdir()
    (tmp_path / "map.yaml").write_text("doi:10.1/x: a.pdf\n", encoding="utf-8")
    (folder / SOURCES_MAP).symlink_to(tmp_path / "map.yaml")
    listed = read_sources_map(folder)
    assert listed.entries == [] and [Path(link.path).name for link in listed.skipped] == [
        SOURCES_MAP]


# -- end to end, through the CLI, on the real papers -----------------------------------------

def test_cli_confirms_and_contradicts_claims_of_a_paper_cited_by_doi(tmp_path):
    reports, folder = tmp_path / "reports", tmp_path / "sources"
    reports.mkdir()
    folder.mkdir()
    # The file is named in lower case; the report cites the DOI with its upper-case "B".
    shutil.copy(TRUSTRANK, folder / (doi_file_stem(TRUSTRANK_DOI).lower() + ".pdf"))
    report(reports, "trustrank.md", TRUSTRANK_CLAIMS, f"https://doi.org/{TRUSTRANK_DOI}")
    document, claims = audit(reports, folder, tmp_path / "audit")
    assert statuses(claims) == {text: label for text, label in TRUSTRANK_CLAIMS}
    (entry,) = document["reports"]
    assert entry["sources"]["headline"] == "1 of 1 cited paper found"
    evidence = [item for claim in claims for check in claim["checks"]
                for item in check.get("evidence") or []]
    assert evidence and {item["source"] for item in evidence} == {f"doi:{TRUSTRANK_DOI}"}


def test_cli_reads_a_paper_listed_in_sources_yaml_and_names_what_it_skipped(tmp_path):
    reports, folder = tmp_path / "reports", tmp_path / "sources"
    reports.mkdir()
    (folder / "papers").mkdir(parents=True)
    shutil.copy(MAPREDUCE, folder / "papers" / "mapreduce.pdf")
    (folder / SOURCES_MAP).write_text(f"doi:{MAPREDUCE_DOI}: papers/mapreduce.pdf\n"
                                      "doi:10.1234/x: ../../etc/passwd\n"
                                      "arXiv:2005.1301: papers/mapreduce.pdf\n",
                                      encoding="utf-8")
    report(reports, "mapreduce.md", MAPREDUCE_CLAIMS, f"https://doi.org/{MAPREDUCE_DOI}")
    document, claims = audit(reports, folder, tmp_path / "audit")
    assert statuses(claims) == {text: label for text, label in MAPREDUCE_CLAIMS}
    (entry,) = document["reports"]
    (paper,) = entry["sources"]["papers"]
    assert paper["found"] and "mapreduce.pdf from --sources (listed in sources.yaml)" in \
        paper["detail"]
    problems = " ".join(problem["message"] for problem in document["problems"])
    assert "entry 'arXiv:2005.1301': not an arXiv identifier" in problems
    assert "leads outside the folder" in problems
    assert [PurePosixPath(link["path"]).name for link in document["links"]["skipped"]] == [
        "passwd"]


def test_cli_without_the_paper_says_how_to_name_it(tmp_path):
    reports, folder = tmp_path / "reports", tmp_path / "sources"
    reports.mkdir()
    folder.mkdir()
    report(reports, "mapreduce.md", MAPREDUCE_CLAIMS, f"https://doi.org/{MAPREDUCE_DOI}")
    document, claims = audit(reports, folder, tmp_path / "audit")
    assert set(statuses(claims).values()) == {"unverified"}
    (entry,) = document["reports"]
    (paper,) = entry["sources"]["papers"]
    assert not paper["found"] and "name the file 10.1145%2F1327452.1327492.pdf" in \
        paper["detail"]
    assert entry["sources"]["fixes"] == [FIX_DOI]


def test_planted_bug_without_case_folding_the_upper_case_citation_is_missing(tmp_path,
                                                                             monkeypatch):
    """Switch the one case fold off: the report's "B978" no longer finds "b978...pdf", and
    the end-to-end test's verdicts turn unverified."""
    monkeypatch.setattr(doi_names, "_fold", lambda doi: doi)
    reports, folder = tmp_path / "reports", tmp_path / "sources"
    reports.mkdir()
    folder.mkdir()
    shutil.copy(TRUSTRANK, folder / (doi_file_stem(TRUSTRANK_DOI).lower() + ".pdf"))
    report(reports, "trustrank.md", TRUSTRANK_CLAIMS, f"https://doi.org/{TRUSTRANK_DOI}")
    _, claims = audit(reports, folder, tmp_path / "audit")
    assert set(statuses(claims).values()) == {"unverified"}
    resolver = SourceResolver(sources_dir=folder, offline=True, cache_dir=tmp_path / "c")
    assert not resolver.resolve(doi_reference(TRUSTRANK_DOI)).found
