"""Hostile input (issue 5, "Bad input"): every file of tests/hostile/files gets a clear message
naming it and its problem, and a run over all of them plus one good report still audits the good
report fully and writes the audit. tests/hostile/README.md lists what each file must produce.

"Clear" is tested on meaningful words of the message (what is wrong and what to do), never on
the exact wording.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from synth.report import ReportSpec, render_text
from verify_claims.claims import Claim, Reference, read_jsonl
from verify_claims.cli import app
from verify_claims.extract.files import extract_file
from verify_claims.extract.readers import ReadError, read_document
from verify_claims.pipeline import Audit, run_audit
from verify_claims.reproduce.registry import Registry
from verify_claims.verify.cards import CardError, load_card
from verify_claims.verify.sources import SourceResolver

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "hostile"
FILES = HOSTILE / "files"
GOOD = ROOT / "examples" / "intermediate_tasks.txt"  # 8 claims citing arXiv:2005.13013v2
runner = CliRunner()

# Files that cannot be read: each is skipped with an error naming it, with these words in it.
UNREADABLE: dict[str, tuple[str, ...]] = {
    "corrupt.pdf": ("corrupt pdf", "no pdf objects", "download it again"),
    "truncated.pdf": ("incomplete", "%%eof", "cut off"),
    "encrypted.pdf": ("encrypted", "password", "decrypt"),
    "zero-bytes.pdf": ("empty", "0 bytes"),
    "html-page-named.pdf": ("not a pdf", "web page"),
    "binary-named.txt": ("binary", "png image", "text suffix"),
    "latin1-encoded.txt": ("not utf-8", "0xe9", "line 3", "latin-1", "re-save it as utf-8"),
    "utf16-no-bom.txt": ("utf-16", "byte-order mark", "re-save the file as utf-8"),
    "nul-byte-in-reference.txt": ("nul byte", "line 40", "remove the nul bytes"),
}
# Files that are read, each with warnings holding these words (one tuple per warning).
WARNED: dict[str, list[tuple[str, ...]]] = {
    "no-claims-table.txt": [("no claims table",)],
    "missing-confidence-column.txt": [("no confidence column", "left empty")],
    "duplicated-rows.txt": [("all experiments start", "printed 2 times", "line 34", "line 37"),
                            ("392,702", "printed 2 times", "line 35", "line 38")],
    "path-tricks-in-references.txt": [
        ("'arxiv:../../etc/passwd'", "not a valid arxiv identifier", "nothing was looked up"),
        ("'arxiv:/etc/passwd'", "not a valid arxiv identifier"),
        ("'arxiv:2005.13013v2/../../../etc/passwd'", "not a valid arxiv identifier"),
        ("'arxiv:..%2f..%2fetc%2fpasswd'", "not a valid arxiv identifier"),
    ],
    "console-markup-in-claims.txt": [("unreadable mark", "[link=file:///etc/passwd]yes[/link]"),
                                     ("[/] [bold red]sharply[/bold red]", "printed 2 times")],
    "script-in-claims.md": [],
    "utf16-with-bom.txt": [],
}
CLAIM_COUNTS = {"no-claims-table.txt": 0, "missing-confidence-column.txt": 3,
                "duplicated-rows.txt": 5, "path-tricks-in-references.txt": 3,
                "console-markup-in-claims.txt": 2, "script-in-claims.md": 5,
                "utf16-with-bom.txt": 3}


def has_words(message: str, words: tuple[str, ...]) -> bool:
    folded = message.casefold()
    return all(word.casefold() in folded for word in words)


def load_generator():
    spec = importlib.util.spec_from_file_location("make_hostile", HOSTILE / "make_hostile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def statuses(claims: list[Claim]) -> list[tuple[str, str, list[str]]]:
    """What the audit concluded about each claim, comparable across runs."""
    return [(claim.text, claim.status.value, sorted(check.outcome.value for check in claim.checks))
            for claim in claims]


# ---------------------------------------------------------------------------------------------
# The corpus


def test_committed_corpus_is_what_the_generator_writes():
    """The committed files are exactly the generator's output, and every one is tested here."""
    expected = load_generator().corpus()
    on_disk = {path.relative_to(FILES).as_posix(): path.read_bytes()
               for path in FILES.rglob("*") if path.is_file()}
    assert on_disk.keys() == expected.keys()
    for name, data in expected.items():
        assert on_disk[name] == data, f"{name} differs: run python tests/hostile/make_hostile.py"
    inputs = {name for name in expected if "/" not in name}
    assert inputs == set(UNREADABLE) | set(WARNED)
    assert sum(map(len, expected.values())) < 1_000_000


def test_readme_lists_every_file():
    readme = (HOSTILE / "README.md").read_text(encoding="utf-8")
    for name in load_generator().corpus():
        assert f"`{name}`" in readme, name


# ---------------------------------------------------------------------------------------------
# One file at a time


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_unreadable_file_raises_a_clear_error(name):
    path = FILES / name
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(f"{name}: ")
    assert has_words(caught.value.problem, UNREADABLE[name]), caught.value.problem


@pytest.mark.skipif(not Path("/proc/self/mem").is_file(), reason="needs Linux /proc")
def test_a_file_the_system_cannot_read_is_a_read_error(tmp_path):
    """/proc/self/mem looks like a regular file but reading it from the start fails (EIO),
    like a file on a failing disk or a vanished network share."""
    (tmp_path / "device.txt").symlink_to("/proc/self/mem")
    with pytest.raises(ReadError) as caught:
        read_document(tmp_path / "device.txt")
    assert has_words(str(caught.value), ("device.txt", "cannot be read", "error"))


def test_nul_byte_position_is_where_the_file_has_it():
    data = (FILES / "nul-byte-in-reference.txt").read_bytes()
    assert data.count(b"\x00") == 1
    assert data[:data.index(b"\x00")].count(b"\n") + 1 == 40  # the "line 40" expected above


@pytest.mark.parametrize("name", sorted(WARNED))
def test_readable_file_is_read_with_its_warnings(name):
    report = extract_file(FILES / name)
    assert report.kind == "synthesis"
    assert len(report.claims) == CLAIM_COUNTS[name]
    assert all(problem.file == name and problem.severity == "warning"
               for problem in report.problems)
    messages = [problem.message for problem in report.problems]
    assert len(messages) == len(WARNED[name]), messages
    for words in WARNED[name]:
        assert any(has_words(message, words) for message in messages), (words, messages)


def test_missing_column_leaves_confidence_empty_but_keeps_the_marks():
    claims = extract_file(FILES / "missing-confidence-column.txt").claims
    assert [claim.report_confidence for claim in claims] == [None, None, None]
    assert [claim.report_mark for claim in claims] == [True, True, False]


def test_duplicated_rows_are_all_kept_as_claims():
    claims = extract_file(FILES / "duplicated-rows.txt").claims
    assert [claim.location.line for claim in claims] == [34, 35, 36, 37, 38]
    assert claims[0].text == claims[3].text and claims[1].text == claims[4].text


def test_utf16_with_a_byte_order_mark_is_read():
    report = extract_file(FILES / "utf16-with-bom.txt")
    assert report.title is not None and "\u00e9valuation na\u00efve" in report.title


def test_path_tricks_never_become_arxiv_references():
    report = extract_file(FILES / "path-tricks-in-references.txt")
    assert not [ref for ref in report.references if ref.kind == "arxiv"]
    # The two arxiv.org links stay plain URLs, which are never turned into file names.
    assert {ref.kind for ref in report.references} == {"url"}


# ---------------------------------------------------------------------------------------------
# The whole folder plus one good report, through the API and the CLI


@pytest.fixture(scope="module")
def no_runs(tmp_path_factory) -> Path:
    """An empty results folder: every bound recipe shows as not run, in every audit here."""
    return tmp_path_factory.mktemp("no-runs")


@pytest.fixture(scope="module")
def good_alone(tmp_path_factory, no_runs) -> Audit:
    return run_audit([GOOD], out=tmp_path_factory.mktemp("alone"), offline=True, results=no_runs)


@pytest.fixture(scope="module")
def whole_run(tmp_path_factory, no_runs) -> tuple[Audit, Path]:
    out = tmp_path_factory.mktemp("whole") / "audit"
    return run_audit([FILES, GOOD], out=out, offline=True, results=no_runs), out


def test_whole_folder_skips_each_unreadable_file_once_with_its_message(whole_run):
    audit, _ = whole_run
    errors = [problem for problem in audit.problems if problem.severity == "error"]
    by_name = {Path(problem.file).name: problem for problem in errors}
    assert len(errors) == len(by_name) and set(by_name) == set(UNREADABLE)
    for name, problem in by_name.items():
        # Named relative to the inputs' common folder (here the repository), never absolute.
        assert problem.file == (FILES / name).relative_to(ROOT).as_posix()
        assert has_words(problem.message, UNREADABLE[name]), problem.message


def test_whole_folder_reads_the_rest(whole_run, good_alone):
    audit, _ = whole_run
    counts = {Path(report.file).name: len(report.claims) for report in audit.reports}
    assert counts == {**CLAIM_COUNTS, GOOD.name: 8}
    good = next(report for report in audit.reports if report.file == "examples/" + GOOD.name)
    assert not good.problems
    # The good report is audited exactly as when it is audited alone.
    assert statuses(good.claims) == statuses(good_alone.claims)
    # Its one claim cut off by the report stays unverified (issue 11: a claim is decided only
    # on its whole content); the others are decided.
    assert {claim.status.value for claim in good.claims if not claim.truncated} \
        == {"confirmed", "contradicted"}


def test_whole_folder_writes_the_audit(whole_run):
    audit, out = whole_run
    document = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    assert {Path(problem["file"]).name for problem in document["problems"]} >= set(UNREADABLE)
    assert {Path(report["file"]).name for report in document["reports"]} \
        == set(CLAIM_COUNTS) | {GOOD.name}
    written = list(read_jsonl(out / "claims.jsonl", Claim))
    assert len(written) == len(audit.claims) == sum(CLAIM_COUNTS.values()) + 8
    index = (out / "index.html").read_text(encoding="utf-8")
    for name in UNREADABLE:
        assert name in index  # the index lists the files it skipped
    assert len(list((out / "reports").glob("*.html"))) == len(CLAIM_COUNTS) + 1


def copy_inputs(tmp_path: Path, skip: tuple[str, ...] = ()) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(FILES, folder, ignore=shutil.ignore_patterns(*skip) if skip else None)
    shutil.copy(GOOD, folder / GOOD.name)
    return folder


def test_cli_over_the_whole_folder(tmp_path, good_alone, no_runs):
    # console-markup-in-claims.txt has its own CLI test below.
    folder = copy_inputs(tmp_path, skip=("console-markup-in-claims.txt",))
    out = tmp_path / "audit"
    result = runner.invoke(app, ["audit", str(folder), "--out", str(out), "--offline",
                                 "--quiet", "--results", str(no_runs)])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())  # the console may wrap long lines
    for name, words in UNREADABLE.items():
        line = next(line for line in result.output.splitlines() if name in line)
        assert line.startswith("skipped: "), line
        assert has_words(output, words)
    assert "warning: " in output and "no claims table" in output
    claims = list(read_jsonl(out / "claims.jsonl", Claim))
    good = [claim for claim in claims if claim.location.file == GOOD.name]
    assert statuses(good) == statuses(good_alone.claims)
    assert (out / "index.html").is_file()


def test_cli_prints_console_markup_as_text(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FILES / "console-markup-in-claims.txt", folder)
    # A file name is printed in the summary table (a closing tag cannot be in one: it has "/").
    shutil.copy(GOOD, folder / "[bold red]good.txt")
    result = runner.invoke(app, ["audit", str(folder), "--out", str(tmp_path / "audit"),
                                 "--offline", "--results", str(tmp_path / "none")])
    assert result.exit_code == 0, repr(result.exception)
    assert "[/] [bold red]sharply[/bold red]" in result.output
    assert "[bold red]good.txt" in result.output


def test_cli_with_only_unreadable_files_exits_1_and_writes_nothing(tmp_path):
    out = tmp_path / "audit"
    paths = [str(FILES / name) for name in sorted(UNREADABLE)]
    result = runner.invoke(app, ["audit", *paths, "--out", str(out), "--offline", "--quiet"])
    assert result.exit_code == 1
    assert "nothing written" in result.output
    assert all(name in result.output for name in UNREADABLE)
    assert not out.exists()


# ---------------------------------------------------------------------------------------------
# Markup in claims is shown as text in the HTML


class _Markup(HTMLParser):
    """Collects what would run in a browser: scripts, event handlers, javascript: links."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.handlers: list[tuple[str, str]] = []
        self.tags: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append("")
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.handlers.append((tag, name))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)


def parse_page(path: Path) -> _Markup:
    page = _Markup()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_markup_in_claims_is_escaped_in_every_page(tmp_path):
    out = tmp_path / "audit"
    run_audit([FILES / "script-in-claims.md"], out=out, offline=True, results=None)
    pages = [out / "index.html", *sorted((out / "reports").glob("*.html"))]
    assert len(pages) == 2
    for path in pages:
        page = parse_page(path)
        assert not page.handlers, (path.name, page.handlers)
        assert not {"img", "iframe", "object", "embed"} & set(page.tags), path.name
        assert all("alert" not in script for script in page.scripts), path.name
        assert "Content-Security-Policy" in path.read_text(encoding="utf-8")
    # The markup is shown to the reader as the text the report printed.
    text = " ".join(" ".join(parse_page(pages[1]).text).split())
    assert "<script>alert('claim')</script> MNLI improves transfer" in text
    assert '<img src=x onerror="alert(1)">' in text
    assert "<script>alert('title')</script> Hostile markup report" in text


def test_the_markup_check_sees_a_live_script():
    """The parser above does find a script, handler or image when one is live."""
    page = _Markup()
    page.feed('<p>ok</p><script>alert(1)</script><img src=x onerror="alert(1)">')
    assert page.scripts == ["alert(1)"] and page.handlers == [("img", "onerror")]


# ---------------------------------------------------------------------------------------------
# Path tricks never open a file outside the resolver's folders

_opened: list[str] | None = None
_hooked = False


def _record_open(event: str, args: tuple) -> None:
    if event == "open" and _opened is not None and isinstance(args[0], str | bytes | os.PathLike):
        _opened.append(os.path.realpath(os.fsdecode(args[0])))


@contextmanager
def files_opened() -> Iterator[list[str]]:
    """Every file this process opens inside the block, observed with a Python audit hook (the
    real `open` still runs; a hook cannot be removed, so it records only inside the block)."""
    global _opened, _hooked
    if not _hooked:
        sys.addaudithook(_record_open)
        _hooked = True
    _opened = []
    try:
        yield _opened
    finally:
        _opened = None


SECRET_CLAIM = "The MNLI training set contains 100 examples."


@pytest.fixture
def secret_layout(tmp_path) -> dict[str, Path]:
    """A --sources folder and, beside it, files a path trick would reach: a secret paper that
    would confirm SECRET_CLAIM (so reading it changes the verdict), and one in a sibling folder."""
    sources = tmp_path / "sources"
    sources.mkdir()
    secret_text = f"Secret paper\n\n{SECRET_CLAIM} This number is the secret.\n"
    (tmp_path / "2401.01234v1.txt").write_text(secret_text, encoding="utf-8")
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / "2401.01234v1.txt").write_text(secret_text, encoding="utf-8")
    return {"root": tmp_path, "sources": sources, "secret": tmp_path / "secret"}


def report_citing(path: Path, references: list[str]) -> Path:
    spec = ReportSpec(title="Path tricks", date="November 2, 2026", examines="x",
                      research_question="y", papers_retrieved=1, claims_extracted=1,
                      claims_verified=1, quality_score=5.0, claims=[(SECRET_CLAIM, True, 0.9)],
                      references=references)
    path.write_text(render_text(spec), encoding="utf-8")
    return path


def test_a_secret_in_sources_would_change_the_verdict(secret_layout):
    """The control: the secret file, where the resolver may read it, confirms the claim."""
    root, sources = secret_layout["root"], secret_layout["sources"]
    shutil.copy(root / "2401.01234v1.txt", sources / "2401.01234v1.txt")
    report = report_citing(root / "honest.txt", ["arXiv:2401.01234v1"])
    audit = run_audit([report], out=root / "audit", sources=sources, offline=True,
                      cache_dir=root / "cache", results=None)
    assert [claim.status.value for claim in audit.claims] == ["confirmed"]


def test_path_tricks_in_a_report_do_not_reach_the_secret(secret_layout):
    root, sources, secret = (secret_layout[key] for key in ("root", "sources", "secret"))
    tricks = ["arXiv:../2401.01234v1", "arXiv:../secret/2401.01234v1",
              f"arXiv:{secret}/2401.01234v1", f"{secret}/2401.01234v1.txt",
              "arXiv:2401.01234v1/../../secret/2401.01234v1",
              "https://arxiv.org/abs/..%2F2401.01234v1", "https://arxiv.org/abs/../secret/x",
              "file:///etc/passwd"]
    report = report_citing(root / "tricky.txt", tricks)
    with files_opened() as opened:
        audit = run_audit([report], out=root / "audit", sources=sources, offline=True,
                          cache_dir=root / "cache", results=None)
    secrets = {str((root / "2401.01234v1.txt").resolve()),
               str((secret / "2401.01234v1.txt").resolve())}
    assert str(report.resolve()) in opened  # the hook does see what the run reads
    assert not secrets & set(opened)
    [claim] = audit.claims
    assert claim.status.value == "unverified"
    assert all(check.outcome.value == "source_missing" for check in claim.checks)
    assert not [ref for ref in claim.references if ref.kind == "arxiv"]
    warnings = [problem.message for report in audit.reports for problem in report.problems]
    assert sum("not a valid arxiv identifier" in message.casefold() for message in warnings) == 4


class _NoArxiv:
    """An arXiv client that records what it is asked; nothing here may be asked."""

    def __init__(self) -> None:
        self.asked: list[object] = []

    def results(self, search):
        self.asked.append(search)
        return iter(())


@pytest.mark.parametrize("arxiv_id", [
    "../2401.01234", "../secret/2401.01234", "/etc/passwd", "2401.01234/../../secret",
    "2401.01234\x00/../../secret", "2401.01234\n", "..\\2401.01234", "hep-th/../../9901001",
])
def test_resolver_refuses_hand_made_arxiv_ids_with_path_tricks(secret_layout, arxiv_id):
    """Records can come from a hand-edited claims.jsonl, so the resolver checks ids again."""
    root, sources = secret_layout["root"], secret_layout["sources"]
    client = _NoArxiv()
    resolver = SourceResolver(sources_dir=sources, cache_dir=root / "cache", offline=False,
                              client=client, fetch=lambda url: pytest.fail(f"fetched {url}"))
    reference = Reference(raw=f"arXiv:{arxiv_id}v1", kind="arxiv", arxiv_id=arxiv_id, version=1)
    with files_opened() as opened:
        resolution = resolver.resolve(reference)
    assert not resolution.found
    assert "not a valid arxiv identifier" in resolution.message.casefold()
    assert not client.asked and not opened


def test_resolver_explains_an_arxiv_link_without_an_identifier(secret_layout):
    resolver = SourceResolver(sources_dir=secret_layout["sources"], offline=True)
    url = "https://arxiv.org/abs/../secret/2401.01234v1"
    resolution = resolver.resolve(Reference(raw=url, kind="url", url=url))
    assert not resolution.found
    assert has_words(resolution.message, (url, "arxiv.org link", "no", "valid arxiv"))


# ---------------------------------------------------------------------------------------------
# Invalid recipes and reference cards

RECIPES = FILES / "recipes"


def test_registry_names_each_invalid_recipe_and_keeps_the_good_ones():
    registry = Registry([RECIPES])
    assert len(registry) == len(Registry()) > 0  # the bundled recipes are all still there
    problems = {Path(error.path).name: error.problem for error in registry.problems}
    assert set(problems) == {"broken-yaml.yaml", "schema-invalid.yaml"}
    # The YAML error says where the parser stopped and where the unclosed brace began.
    assert has_words(problems["broken-yaml.yaml"], ("invalid yaml", "line 3", "line 2"))
    assert "<unicode string>" not in problems["broken-yaml.yaml"]
    assert "\n" not in problems["broken-yaml.yaml"]
    assert has_words(problems["schema-invalid.yaml"], (
        "metadata.version", "claims", "target_tasks: field required", "tolerance",
        "learning_rate_typo"))


def test_cli_recipes_warns_about_each_invalid_recipe(tmp_path):
    result = runner.invoke(app, ["recipes", "--recipes", str(RECIPES)])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "warning: broken-yaml.yaml: invalid YAML at line 3" in output
    assert "warning: schema-invalid.yaml: metadata.version" in output
    assert "phang2020-squad" in output  # the good recipes are listed


CARDS = {"cards-broken-yaml": ("invalid yaml", "line 7", "quoted scalar", "line 3"),
         "cards-schema-invalid": ("paper.arxiv_id", "quotes", "paper.authors",
                                  "statements[0].provenance", "plain number")}


@pytest.mark.parametrize("folder", sorted(CARDS))
def test_invalid_card_raises_a_clear_error(folder):
    path = FILES / folder / "2005.13013v2.card.yaml"
    with pytest.raises(CardError) as caught:
        load_card(path)
    assert caught.value.path == path
    assert str(caught.value).startswith(f"{path}: ")
    assert has_words(caught.value.message, CARDS[folder]), caught.value.message


@pytest.mark.parametrize("folder", sorted(CARDS))
def test_invalid_card_in_sources_leaves_its_claims_unverified_and_the_run_goes_on(
        tmp_path, folder, good_alone):
    audit = run_audit([GOOD], out=tmp_path / "audit", sources=FILES / folder, offline=True,
                      cache_dir=tmp_path / "cache", results=None)
    assert (tmp_path / "audit" / "index.html").is_file()
    assert len(audit.claims) == len(good_alone.claims) == 8
    # --sources comes first, so its broken card answers for arXiv:2005.13013v2 and says why.
    for claim in audit.claims:
        [check] = [check for check in claim.checks if "2005.13013v2" in check.explanation]
        assert check.outcome.value == "source_missing"
        assert has_words(check.explanation, ("2005.13013v2.card.yaml", folder, "could not be read",
                                             CARDS[folder][0]))
    assert {claim.status.value for claim in audit.claims} == {"unverified"}


def test_invalid_card_in_sources_is_a_run_level_warning(tmp_path):
    folder = FILES / "cards-broken-yaml"
    audit = run_audit([GOOD], out=tmp_path / "audit", sources=folder, offline=True,
                      cache_dir=tmp_path / "cache", results=None)
    named = [problem for problem in audit.problems
             if Path(problem.file) == folder / "2005.13013v2.card.yaml"]
    assert len(named) == 1 and named[0].severity == "warning"
    assert has_words(named[0].message, ("invalid yaml", "line 7"))


# ---------------------------------------------------------------------------------------------
# Scale: a report with 10,000 claims

BIG = 10_000


def test_a_report_with_ten_thousand_claims_is_extracted_whole(tmp_path):
    claims = [(f"Task {index} gains {index % 97 / 10:.1f} points.", index % 3 != 0,
               (index % 100) / 100) for index in range(BIG)]
    spec = ReportSpec(title="Ten thousand claims", date=dt.date(2026, 11, 2), examines="scale",
                      research_question="Does the parser keep every row?", papers_retrieved=1,
                      claims_extracted=BIG, claims_verified=BIG // 2, quality_score=5.0,
                      claims=claims, references=["arXiv:2005.13013v2"])
    path = tmp_path / "ten-thousand-claims.txt"
    path.write_text(render_text(spec), encoding="utf-8")
    started = time.perf_counter()
    report = extract_file(path)
    seconds = time.perf_counter() - started
    assert not report.problems
    assert [claim.text for claim in report.claims] == [text for text, _, _ in claims]
    assert [claim.report_mark for claim in report.claims] == [mark for _, mark, _ in claims]
    assert len({claim.id for claim in report.claims}) == BIG
    print(f"extracted {BIG} claims in {seconds:.1f} s ({BIG / seconds:.0f} claims/s)")


# --- names and text that UTF-8 cannot hold ---------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_audited_and_shown_with_a_replacement_mark(tmp_path):
    """Linux allows any bytes in a name; Python keeps the invalid ones as lone surrogates, which
    no UTF-8 output can hold. One such file used to make the whole run fail while writing."""
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(GOOD, folder / GOOD.name)
    odd = os.fsdecode(b"qa\xff.md")
    shutil.copy(GOOD, folder / odd)
    (folder / os.fsdecode(b"broken\xfe.pdf")).write_bytes(b"%PDF-1.7 garbage")
    result = CliRunner().invoke(app, ["audit", str(folder), "--out", str(tmp_path / "audit"),
                                      "--offline", "--results", str(tmp_path / "no-runs")])
    assert result.exit_code == 0, result.output
    assert "qa\ufffd.md" in result.output and "broken\ufffd.pdf" in result.output
    claims = list(read_jsonl(tmp_path / "audit" / "claims.jsonl", Claim))
    assert {claim.report for claim in claims} == {GOOD.name, "qa\ufffd.md"}
    index = (tmp_path / "audit" / "index.html").read_text(encoding="utf-8")
    assert "qa\ufffd.md" in index and "broken\ufffd.pdf" in index


def test_a_lone_surrogate_in_page_text_is_replaced_not_fatal():
    """What a PDF with a broken character map can give pypdf; the surrogate pair stays."""
    from verify_claims.claims import Document, Page

    document = Document(file="x.pdf", path="x.pdf", format="pdf",
                        pages=[Page(number=1, text="MNLI \udc80 gains 7.5 \ud83d\ude00 points")])
    assert document.pages[0].text == "MNLI \ufffd gains 7.5 \U0001f600 points"
    assert document.model_dump_json().encode("utf-8")
