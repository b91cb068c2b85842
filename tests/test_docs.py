"""The README is part of the interface: its commands exist and its code runs (sqlite-utils
style), and the bundled examples audit cleanly."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verify_claims.cli import COMMANDS, app
from verify_claims.pipeline import run_audit

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def console_commands() -> list[list[str]]:
    """`$ verify-claims ...` lines of the README's console blocks, comments removed."""
    lines = re.findall(r"^\$ verify-claims (.+?)(?:\s+#.*)?$", README, flags=re.MULTILINE)
    return [line.split() for line in lines]


def test_readme_documents_the_two_setup_commands():
    assert re.search(r"^\$ make demo\b", README, flags=re.MULTILINE)
    assert re.search(r"^\$ make test\b", README, flags=re.MULTILINE)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, flags=re.MULTILINE), ".ci/run must run the README's test"


@pytest.mark.parametrize("command", console_commands(), ids=" ".join)
def test_readme_commands_parse(command):
    """Every documented command and option is accepted (run with --help appended)."""
    args = command if command[0] in COMMANDS else ["audit", *command]
    if ">" in args:  # a shell redirection is not an argument
        args = args[: args.index(">")]
    args = [*args, "--help"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    for option in (a for a in command if a.startswith("-")):
        assert option in result.output


def test_readme_links_point_inside_the_repository():
    """Every relative link and image of the README names a file of the repository (the design
    notes used to be linked outside it); the report-page screenshot is made by a script."""
    targets = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", README)
    relative = [target for target in targets if "://" not in target]
    assert "docs/design.md" in relative
    for target in relative:
        assert not target.startswith(("../", "/")), target
        if target != "docs/report-page.png":
            assert (ROOT / target).exists(), target


def test_readme_python_example_runs(tmp_path, monkeypatch):
    (block,) = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "README.md", "exec"), {})  # noqa: S102 - our own documentation
    assert (tmp_path / "audit" / "index.html").is_file()


def test_bundled_examples_audit_cleanly(tmp_path):
    audit = run_audit([ROOT / "examples"], out=tmp_path, offline=True)
    formats = sorted(report.format for report in audit.reports)
    assert formats == ["markdown", "pdf", "pdf", "text"]
    assert audit.problems == []
    assert all(not report.problems for report in audit.reports)
    by_file = {report.file: report for report in audit.reports}
    assert len(by_file["intermediate_tasks.txt"].claims) == 8
    assert len(by_file["question_answering.md"].claims) == 5
    assert len(by_file["commonsense_tasks.pdf"].claims) == 5
    assert by_file["fictional_paper.pdf"].kind == "paper"
    assert sum(c.truncated for c in audit.claims) == 3
    # The verdicts the demo shows, from the bundled card of arXiv:2005.13013v2 (and, for the
    # paper, its own tables): (confirmed, contradicted, unverified) per file.
    verdicts = {file: tuple(sum(c.status == status for c in report.claims)
                            for status in ("confirmed", "contradicted", "unverified"))
                for file, report in by_file.items()}
    # Issue 11: a claim is decided only when one passage holds all it says, so the cut
    # claims and those whose extra words no single passage or card cell states stay
    # unverified. "Machine-translated data does not consistently
    # outperform English data" is confirmed by "Neither ... nor using machine-translated
    # intermediate-task data consistently beats plain English intermediate-task training".
    assert verdicts == {
        "intermediate_tasks.txt": (4, 3, 1),
        "question_answering.md": (2, 0, 3),
        "commonsense_tasks.pdf": (3, 0, 2),
        "fictional_paper.pdf": (5, 0, 2),
    }


# ------------------------------------------------------------------ the README's data examples

@pytest.fixture(scope="module")
def example_audit(tmp_path_factory) -> Path:
    """The audit `make demo` writes, in a folder of its own (the README's examples read
    audit/claims.jsonl and audit/audit.json from there)."""
    folder = tmp_path_factory.mktemp("demo")
    run_audit([ROOT / "examples"], out=folder / "audit", offline=True, results=None)
    return folder


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip().splitlines()]


def test_readme_pandas_example_prints_what_the_readme_shows(example_audit, monkeypatch, capsys):
    pytest.importorskip("pandas")
    block, shown = re.search(r"```py\n(import pandas.*?)```\n\n```text\n(.*?)```", README,
                             flags=re.DOTALL).groups()
    monkeypatch.chdir(example_audit)
    exec(compile(block, "README.md", "exec"), {})  # noqa: S102 - our own documentation
    assert _lines(capsys.readouterr().out) == _lines(shown)


def test_readme_jq_examples_print_what_the_readme_shows(example_audit):
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    console = re.search(r"```console\n(\$ jq .*?)```", README, flags=re.DOTALL).group(1)
    examples = re.findall(r"^\$ (jq .+)\n((?:(?!\$ ).*\n)*)", console, flags=re.MULTILINE)
    assert len(examples) == 2
    for command, shown in examples:
        result = subprocess.run(["bash", "-c", command], cwd=example_audit, capture_output=True,
                                text=True, timeout=30)
        assert result.returncode == 0, result.stderr
        assert _lines(result.stdout) == _lines(shown), command
