"""Source resolution: order, versions, the content-addressed cache, the arXiv client (a fake:
no test reaches the network), failures that become `missing`, and path tricks in ids."""

from __future__ import annotations

import hashlib
import json
import socket
from datetime import datetime, timezone
from pathlib import Path

import pytest
from fpdf import FPDF

from verify_claims.claims import Reference
from verify_claims.verify.sources import (
    SourceCache,
    SourceError,
    SourceResolver,
    default_cache_dir,
    file_stem,
    parse_acl_source_name,
    parse_source_name,
)

PAPER = "2101.00001"  # fictional: no bundled card exists for it

CARD = """\
metadata: {{version: 1}}
paper: {{arxiv_id: "{id}", version: {version}, title: T, authors: [A], year: 2021}}
statements:
  - {{id: s, text: A fact., location: abstract, provenance: "arXiv:{id}v{version} abstract"}}
"""


@pytest.fixture(autouse=True)
def no_network_at_all(monkeypatch):
    """Stricter than conftest: not even loopback. Any connection attempt fails the test."""
    def refuse(self, address):
        raise AssertionError(f"a test tried to connect to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)


def pdf_bytes(text: str) -> bytes:
    """The same bytes for the same text: a fixed creation date (fpdf2 stamps the current time,
    which made a comparison fail whenever the clock ticked between two calls)."""
    pdf = FPDF()
    pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text=text)
    return bytes(pdf.output())


def ref(arxiv_id: str, version: int | None = None) -> Reference:
    raw = f"arXiv:{arxiv_id}" + (f"v{version}" if version else "")
    return Reference(raw=raw, kind="arxiv", arxiv_id=arxiv_id, version=version)


def put(folder: Path, name: str, text: str = "A fact.") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if name.endswith(".pdf"):
        path.write_bytes(pdf_bytes(text))
    elif name.endswith(".card.yaml"):
        arxiv_id, version = name[: -len(".card.yaml")].rsplit("v", 1)
        path.write_text(CARD.format(id=arxiv_id, version=version), encoding="utf-8")
    else:
        path.write_text(text, encoding="utf-8")
    return path


class FakeArxiv:
    """Stands in for `arxiv.Client`: answers from a table of versions and records queries.
    It returns real `arxiv.Result` objects, so the attributes read are the library's."""

    def __init__(self, versions: dict[str, int], error: Exception | None = None,
                 answer: str | None = None) -> None:
        self.arxiv = pytest.importorskip("arxiv")
        self.versions = versions
        self.error = error
        self.answer = answer  # force this entry id in every answer
        self.queries: list[list[str]] = []

    def results(self, search):
        self.queries.append(list(search.id_list))
        if self.error is not None:
            raise self.error
        (query,) = search.id_list
        arxiv_id, _, version = query.partition("v")
        latest = self.versions.get(arxiv_id)
        if latest is None or (version and int(version) > latest):
            return iter([])
        entry = self.answer or f"{arxiv_id}v{version or latest}"
        link = self.arxiv.Result.Link(f"http://arxiv.org/pdf/{entry}", title="pdf")
        return iter([self.arxiv.Result(entry_id=f"http://arxiv.org/abs/{entry}", links=[link])])


class FakeFetch:
    """Stands in for the HTTP download of a PDF URL."""

    def __init__(self, payload: bytes | None = None, error: Exception | None = None) -> None:
        self.payload = payload
        self.error = error
        self.urls: list[str] = []

    def __call__(self, url: str) -> bytes:
        self.urls.append(url)
        if self.error is not None:
            raise self.error
        return self.payload if self.payload is not None else pdf_bytes(f"content of {url}")


@pytest.fixture
def dirs(tmp_path):
    """An empty sources folder, cache and cards folder per test."""
    folders = {name: tmp_path / name for name in ("sources", "cache", "cards")}
    folders["sources"].mkdir()
    folders["cards"].mkdir()
    return folders


def resolver(dirs, **options) -> SourceResolver:
    options.setdefault("offline", True)
    return SourceResolver(dirs["sources"], cache_dir=dirs["cache"], cards_dir=dirs["cards"],
                          **options)


# -- names --------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "parsed"), [
    ("2005.13013v2.pdf", ("2005.13013", 2, "pdf")),
    ("2005.13013v2.txt", ("2005.13013", 2, "txt")),
    ("2005.13013v10.md", ("2005.13013", 10, "md")),
    ("2005.13013v2.card.yaml", ("2005.13013", 2, "card")),
    ("2005.13013.pdf", ("2005.13013", None, "pdf")),
    ("hep-th_9901001v1.pdf", ("hep-th/9901001", 1, "pdf")),
    ("0704.0001v1.PDF", ("0704.0001", 1, "pdf")),
    ("2005.13013v2.pdf.txt", None),
    ("arXiv:2005.13013v2.pdf", None),
    ("2005.13013v2.tex", None),
    ("notes.txt", None),
    ("2013.13013v2.pdf", None),  # month 13
    ("..pdf", None),
])
def test_parse_source_name(name, parsed):
    assert parse_source_name(name) == parsed


def test_file_stem_round_trips_and_refuses_non_ids():
    assert file_stem("hep-th/9901001", 3) == "hep-th_9901001v3"
    assert file_stem("2005.13013", None) == "2005.13013"
    for bad in ("../../etc/passwd", "/etc/passwd", "2005.13013\x00", "2005.13013v2", "", "..",
                "hep-th/../../x", "2005.13013/../x"):
        with pytest.raises(ValueError, match="not an arXiv identifier"):
            file_stem(bad, 1)
    with pytest.raises(ValueError, match="not an arXiv version"):
        file_stem("2005.13013", 0)


def test_default_cache_dir_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "verify-claims"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "verify-claims"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "verify-claims"


# -- order ----------------------------------------------------------------------------------

def test_order_sources_dir_then_cards_then_cache(dirs):
    in_sources = put(dirs["sources"], f"{PAPER}v1.txt")
    in_cards = put(dirs["cards"], f"{PAPER}v1.card.yaml")
    cached = SourceCache(dirs["cache"]).put(PAPER, 1, pdf_bytes("cached"))

    first = resolver(dirs).resolve(ref(PAPER, 1))
    assert (first.status, first.source.path, first.source.origin) == \
        ("found", in_sources, "sources-dir")
    assert {file.origin for file in first.others} == {"bundled-card", "cache"}

    in_sources.unlink()
    second = resolver(dirs).resolve(ref(PAPER, 1))
    assert (second.source.path, second.source.origin, second.source.kind) == \
        (in_cards, "bundled-card", "card")

    in_cards.unlink()
    third = resolver(dirs).resolve(ref(PAPER, 1))
    assert (third.source.path, third.source.origin, third.source.kind) == \
        (cached.path, "cache", "pdf")


def test_full_text_preferred_to_a_card_in_the_same_place(dirs):
    for name in ("v1.card.yaml", "v1.md", "v1.txt", "v1.pdf"):
        put(dirs["sources"], PAPER + name)
    kinds = []
    for _ in range(4):
        chosen = resolver(dirs).resolve(ref(PAPER, 1)).source
        kinds.append(chosen.kind)
        chosen.path.unlink()
    assert kinds == ["pdf", "txt", "md", "card"]


def test_shipped_card_answers_offline(tmp_path):
    found = SourceResolver(None, cache_dir=tmp_path, offline=True).resolve(ref("2005.13013", 2))
    assert (found.status, found.source.origin, found.source.kind) == ("found", "bundled-card",
                                                                      "card")
    assert found.source.path.name == "2005.13013v2.card.yaml" and found.source.path.is_file()


def test_sources_dir_beats_the_shipped_card(tmp_path):
    pdf = put(tmp_path / "sources", "2005.13013v2.pdf")
    found = SourceResolver(tmp_path / "sources", cache_dir=tmp_path / "cache",
                           offline=True).resolve(ref("2005.13013", 2))
    assert found.source.path == pdf
    assert [(f.origin, f.kind) for f in found.others] == [("bundled-card", "card")]


def test_old_style_ids_are_found_by_their_underscore_name(dirs):
    path = put(dirs["sources"], "hep-th_9901001v1.pdf")
    found = resolver(dirs).resolve(ref("hep-th/9901001", 1))
    assert found.source.path == path


def test_sources_must_be_a_folder(tmp_path):
    with pytest.raises(SourceError, match="not a folder"):
        SourceResolver(tmp_path / "nowhere")


def test_non_arxiv_references_are_missing(dirs):
    doi = Reference(raw="doi:10.1/x", kind="doi", doi="10.1/x")  # a registrant has 4+ digits
    answer = resolver(dirs).resolve(doi)
    assert answer.status == "missing" and "not a DOI the tool can look up" in answer.message
    doi = Reference(raw="doi:10.1234/x", kind="doi", doi="10.1234/x")  # not in --sources
    answer = resolver(dirs).resolve(doi)
    assert answer.status == "missing" and "name the file 10.1234%2Fx.pdf" in answer.message
    url = Reference(raw="https://example.org/paper", kind="url", url="https://example.org/paper")
    answer = resolver(dirs).resolve(url)
    assert answer.status == "missing" and "only arXiv, ACL Anthology and DOI" in answer.message


# -- versions -------------------------------------------------------------------------------

def test_versioned_citation_gets_exactly_that_version(dirs):
    v1 = put(dirs["sources"], f"{PAPER}v1.txt")
    put(dirs["sources"], f"{PAPER}v2.txt")
    put(dirs["sources"], f"{PAPER}.txt")
    found = resolver(dirs).resolve(ref(PAPER, 1))
    assert found.source.path == v1 and found.version == 1
    assert found.other_versions == [2]


def test_unversioned_citation_gets_the_latest_and_lists_the_others(dirs):
    put(dirs["sources"], f"{PAPER}v1.txt")
    put(dirs["sources"], f"{PAPER}v3.md")
    put(dirs["cards"], f"{PAPER}v2.card.yaml")
    found = resolver(dirs).resolve(ref(PAPER))
    assert (found.version, found.source.kind) == (3, "md")
    assert found.other_versions == [1, 2]
    assert found.message == (f"arXiv:{PAPER}: latest available v3, {PAPER}v3.md from --sources "
                             "(not checked for a newer version: offline)")


def test_latest_version_may_come_from_the_cache(dirs):
    put(dirs["sources"], f"{PAPER}v1.txt")
    cached = SourceCache(dirs["cache"]).put(PAPER, 2, pdf_bytes("v2"))
    found = resolver(dirs).resolve(ref(PAPER))
    assert (found.source.path, found.version, found.source.origin) == (cached.path, 2, "cache")


def test_file_without_version_only_for_unversioned_citations(dirs):
    plain = put(dirs["sources"], f"{PAPER}.pdf")
    found = resolver(dirs).resolve(ref(PAPER))
    assert (found.source.path, found.version) == (plain, None)
    assert "version unknown" in found.message
    assert resolver(dirs).resolve(ref(PAPER, 1)).status == "missing"
    put(dirs["sources"], f"{PAPER}v1.txt")
    assert resolver(dirs).resolve(ref(PAPER)).version == 1


# -- missing --------------------------------------------------------------------------------

def test_missing_message_says_where_it_looked(dirs):
    answer = resolver(dirs).resolve(ref(PAPER, 2))
    assert answer.status == "missing" and answer.source is None
    assert answer.message == (f"arXiv:{PAPER}v2 not in --sources {dirs['sources']}, not in the "
                              f"bundled cards, not in cache {dirs['cache']}, offline")


def test_missing_version_mentions_the_versions_that_exist(dirs):
    put(dirs["sources"], f"{PAPER}v1.pdf")
    answer = resolver(dirs).resolve(ref(PAPER, 2))
    assert answer.status == "missing"
    assert answer.message.endswith(f"offline; v1 is available ({PAPER}v1.pdf from --sources)")
    assert [file.version for file in answer.others] == [1]


def test_missing_without_sources_folder(tmp_path):
    answer = SourceResolver(None, cache_dir=tmp_path, cards_dir=tmp_path,
                            offline=True).resolve(ref(PAPER))
    assert answer.status == "missing"
    assert "(no --sources folder given), offline" in answer.message


# -- offline --------------------------------------------------------------------------------

def test_offline_never_calls_the_client(dirs):
    client, fetch = FakeArxiv({PAPER: 2}), FakeFetch()
    put(dirs["sources"], f"{PAPER}v1.txt")
    answers = [resolver(dirs, client=client, fetch=fetch).resolve(reference)
               for reference in (ref(PAPER), ref(PAPER, 2), ref("2101.00002"))]
    assert [answer.status for answer in answers] == ["found", "missing", "missing"]
    assert client.queries == [] and fetch.urls == []
    assert not dirs["cache"].exists()


# -- the arXiv client and the cache ---------------------------------------------------------

def test_download_into_cache_then_cache_hit(dirs):
    client, fetch = FakeArxiv({PAPER: 2}), FakeFetch()
    first = resolver(dirs, offline=False, client=client, fetch=fetch).resolve(ref(PAPER, 1))
    assert (first.status, first.source.origin, first.version) == ("found", "arxiv", 1)
    assert client.queries == [[f"{PAPER}v1"]]
    assert fetch.urls == [f"http://arxiv.org/pdf/{PAPER}v1"]
    data = first.source.path.read_bytes()
    assert data == pdf_bytes(f"content of http://arxiv.org/pdf/{PAPER}v1")
    assert first.source.path.name == hashlib.sha256(data).hexdigest() + ".pdf"
    assert first.source.path.is_relative_to(dirs["cache"])

    again_client = FakeArxiv({PAPER: 2})
    second = resolver(dirs, offline=False, client=again_client,
                      fetch=FakeFetch()).resolve(ref(PAPER, 1))
    assert (second.source.origin, second.source.path) == ("cache", first.source.path)
    assert again_client.queries == []


def test_unversioned_online_downloads_a_newer_version(dirs):
    put(dirs["sources"], f"{PAPER}v1.txt")
    client, fetch = FakeArxiv({PAPER: 2}), FakeFetch()
    found = resolver(dirs, offline=False, client=client, fetch=fetch).resolve(ref(PAPER))
    assert (found.version, found.source.origin) == (2, "arxiv")
    assert found.other_versions == [1]
    assert client.queries == [[PAPER], [f"{PAPER}v2"]]


def test_unversioned_online_keeps_local_copy_of_the_latest(dirs):
    local = put(dirs["sources"], f"{PAPER}v2.txt")
    client, fetch = FakeArxiv({PAPER: 2}), FakeFetch()
    found = resolver(dirs, offline=False, client=client, fetch=fetch).resolve(ref(PAPER))
    assert found.source.path == local and fetch.urls == []
    assert "not checked" not in found.message


def test_answers_are_remembered_within_a_run(dirs):
    client = FakeArxiv({PAPER: 1})
    sources = resolver(dirs, offline=False, client=client, fetch=FakeFetch())
    assert sources.resolve(ref(PAPER)) is sources.resolve(ref(PAPER))
    assert len(client.queries) == 2  # latest version, then the download


@pytest.mark.parametrize(("client", "fetch", "words"), [
    (lambda: FakeArxiv({}, error=ConnectionError("Name or service not known")), FakeFetch,
     "arXiv: ConnectionError: Name or service not known"),
    (lambda: FakeArxiv({PAPER: 2}), lambda: FakeFetch(error=TimeoutError("timed out")),
     f"arXiv: downloading http://arxiv.org/pdf/{PAPER}v1: TimeoutError: timed out"),
    (lambda: FakeArxiv({PAPER: 2}), lambda: FakeFetch(payload=b"<html>busy</html>"),
     "did not return a PDF"),
    (lambda: FakeArxiv({}), FakeFetch, f"arXiv: no record of {PAPER}v1"),
    (lambda: FakeArxiv({PAPER: 2}, answer=f"{PAPER}v2"), FakeFetch,
     f"asked for {PAPER}v1, got 'http://arxiv.org/abs/{PAPER}v2'"),
])
def test_arxiv_failures_are_missing_not_crashes(dirs, client, fetch, words):
    answer = resolver(dirs, offline=False, client=client(), fetch=fetch()).resolve(ref(PAPER, 1))
    assert answer.status == "missing"
    assert words in answer.message
    assert answer.message.startswith(f"arXiv:{PAPER}v1 not in --sources")
    assert not (dirs["cache"] / "index").exists()


def test_network_failure_falls_back_to_the_local_latest(dirs):
    local = put(dirs["sources"], f"{PAPER}v1.txt")
    client = FakeArxiv({}, error=OSError("Network is unreachable"))
    found = resolver(dirs, offline=False, client=client, fetch=FakeFetch()).resolve(ref(PAPER))
    assert (found.status, found.source.path) == ("found", local)
    assert found.message.endswith("(not checked for a newer version: arXiv: OSError: "
                                  "Network is unreachable)")


def test_unwritable_cache_is_missing(dirs):
    dirs["cache"].write_text("a file where the cache folder should be")
    answer = resolver(dirs, offline=False, client=FakeArxiv({PAPER: 1}),
                      fetch=FakeFetch()).resolve(ref(PAPER, 1))
    assert answer.status == "missing" and "cannot write the cache" in answer.message


# -- the cache is content-addressed and checks what it holds --------------------------------

def test_same_content_is_stored_once(tmp_path):
    cache = SourceCache(tmp_path)
    one = cache.put(PAPER, 1, pdf_bytes("same"))
    two = cache.put(PAPER, 2, pdf_bytes("same"))
    assert one.path == two.path and len(list((tmp_path / "blobs").rglob("*.pdf"))) == 1
    assert [f.version for f in cache.files(PAPER)] == [1, 2]
    assert cache.files("2101.00002") == []


def test_altered_blob_is_ignored_and_fetched_again(dirs):
    stored = SourceCache(dirs["cache"]).put(PAPER, 1, pdf_bytes("original"))
    stored.path.write_bytes(pdf_bytes("tampered"))
    fetch = FakeFetch()
    found = resolver(dirs, offline=False, client=FakeArxiv({PAPER: 1}),
                     fetch=fetch).resolve(ref(PAPER, 1))
    assert found.source.origin == "arxiv" and len(fetch.urls) == 1


@pytest.mark.parametrize("entry", [
    {"sha256": "../../../../etc/passwd", "kind": "pdf"},
    {"sha256": "0" * 64, "kind": "../x"},
    {"kind": "pdf"},
    ["not", "a", "mapping"],
])
def test_malformed_index_entries_are_ignored(tmp_path, entry):
    index = tmp_path / "index" / f"{PAPER}v1.json"
    index.parent.mkdir()
    index.write_text(json.dumps(entry))
    assert SourceCache(tmp_path).get(PAPER, 1) is None
    assert SourceCache(tmp_path).files(PAPER) == []


# -- path tricks in identifiers ---------------------------------------------------------------

@pytest.mark.parametrize(("arxiv_id", "version"), [
    ("../../etc/passwd", None),
    ("/etc/passwd", 1),
    ("2005.13013\x00", 2),
    ("2005.13013/../../../x", None),
    ("hep-th/../../x", 1),
    ("..", None),
    ("", None),
    (None, None),
    ("2005.13013v2", None),  # the version belongs in `version`
    ("2005.13013", 0),
    ("2005.13013", -1),
])
def test_path_tricks_are_rejected_before_any_path_is_built(dirs, arxiv_id, version):
    client = FakeArxiv({"2005.13013": 2})
    reference = Reference(raw="x", kind="arxiv", arxiv_id=arxiv_id, version=version)
    answer = resolver(dirs, offline=False, client=client, fetch=FakeFetch()).resolve(reference)
    assert answer.status == "missing" and "not a valid arXiv identifier" in answer.message
    assert client.queries == [] and not dirs["cache"].exists()


def test_cache_refuses_to_store_under_a_bad_id(tmp_path):
    with pytest.raises(ValueError, match="not an arXiv identifier"):
        SourceCache(tmp_path / "cache").put("../../escape", 1, b"%PDF-1.4")
    assert not (tmp_path / "cache").exists() and not (tmp_path / "escape").exists()


def test_files_with_tricky_names_in_sources_are_ignored(dirs):
    put(dirs["sources"], f"..{PAPER}v1.pdf")
    put(dirs["sources"], f"{PAPER}v1.pdf.txt")
    (dirs["sources"] / f"{PAPER}v1.md").mkdir()  # a folder, not a file
    answer = resolver(dirs).resolve(ref(PAPER, 1))
    assert answer.status == "missing" and answer.others == []


# -- ACL Anthology papers ------------------------------------------------------------------

def _acl(acl_id: str) -> Reference:
    return Reference(raw=f"https://aclanthology.org/{acl_id}.pdf", kind="acl", acl_id=acl_id)


@pytest.mark.parametrize("acl_id", ["N18-3011", "2020.acl-main.207"])
def test_acl_paper_is_read_from_sources(dirs, acl_id):
    put(dirs["sources"], f"{acl_id}.txt")
    pdf = put(dirs["sources"], f"{acl_id}.pdf")
    client, fetch = FakeArxiv({}, error=OSError("no network in tests")), FakeFetch()
    answer = resolver(dirs, offline=False, client=client, fetch=fetch).resolve(_acl(acl_id))
    assert answer.found and answer.source.path == pdf and answer.source.kind == "pdf"
    assert [file.kind for file in answer.others] == ["txt"]
    assert client.queries == [] and fetch.urls == []


def test_acl_paper_absent_is_missing_and_never_downloaded(dirs):
    put(dirs["sources"], "N18-3012.pdf")
    client, fetch = FakeArxiv({}), FakeFetch()
    answer = resolver(dirs, offline=False, client=client, fetch=fetch).resolve(_acl("N18-3011"))
    assert answer.status == "missing"
    assert "not found in --sources" in answer.message and "N18-3011" in answer.message
    assert client.queries == [] and fetch.urls == []


@pytest.mark.parametrize("acl_id", ["../N18-3011", "N18-3011/../../x", "N18-3011\x00", ""])
def test_acl_path_tricks_are_refused(dirs, acl_id):
    put(dirs["sources"], "N18-3011.pdf")
    answer = resolver(dirs).resolve(_acl(acl_id))
    assert answer.status == "missing" and "not a valid ACL Anthology identifier" in answer.message


@pytest.mark.parametrize(("name", "parsed"), [
    ("N18-3011.pdf", ("N18-3011", "pdf")), ("2020.acl-main.207.txt", ("2020.acl-main.207", "txt")),
    ("N18-3011.pdf.txt", None), ("n18-3011.pdf", None), ("2005.13013v2.pdf", None),
    ("N18-3011.card.yaml", None),
])
def test_parse_acl_source_name(name, parsed):
    assert parse_acl_source_name(name) == parsed
