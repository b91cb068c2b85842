"""The corpus registry (tests/real/corpora.yaml) and the README's accuracy table
(benchmarks/corpora.py): a malformed entry is refused with its place, the table is rendered as
the golden file says, and the README is rewritten between its markers only, atomically."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_modules import load_script

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "accuracy_table.md"


corpora = load_script("corpora_registry", ROOT / "benchmarks" / "corpora.py")


def _rows():
    entries = {entry.name: entry for entry in corpora.load_registry()}
    return [(entries["synthetic"], corpora.Measured(55, 1.0, 0)),
            (entries["red team 9"], corpora.Measured(197, 0.5076, 0)),
            (entries["held out 17 (blind)"], corpora.Measured(171, 0.5672, 0))]


def test_the_registry_names_every_corpus_once_with_a_known_kind():
    entries = corpora.load_registry()
    assert len(entries) >= 30
    assert len({entry.name for entry in entries}) == len(entries)
    assert {entry.kind for entry in entries} <= set(corpora.KINDS)
    assert all(entry.path.is_dir() for entry in entries)
    blind = [entry for entry in entries if entry.kind == "blind"]
    assert all(entry.name.endswith("(blind)") for entry in blind)


@pytest.mark.parametrize(("text", "message"), [
    ("corpora: 3\n", "no 'corpora' list"),
    ("corpora:\n  - {dir: tests/corpus, name: x, kind: odd, round: 1, about: y}\n",
     "entry 1: kind 'odd'"),
    ("corpora:\n  - {dir: tests/corpus, name: x, kind: blind, about: y}\n", "entry 1: KeyError"),
    ("corpora:\n  - {dir: a, name: x, kind: blind, round: 1, about: y}\n"
     "  - {dir: b, name: x, kind: blind, round: 2, about: z}\n", "two entries share a name"),
    ("corpora: [\n", "corpora.yaml"),
])
def test_a_malformed_registry_is_refused_with_its_place(tmp_path, text, message):
    path = tmp_path / "corpora.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(corpora.RegistryError, match=message.replace("(", r"\(")):
        corpora.load_registry(path)


def test_the_table_is_rendered_as_the_golden_file_says():
    assert corpora.table(_rows()) + "\n" == GOLDEN.read_text(encoding="utf-8")


def test_the_readme_is_rewritten_between_its_markers_only(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"# Title\n\nBefore.\n{corpora.START}\nold table\n{corpora.END}\nAfter.\n",
                      encoding="utf-8")
    corpora.write_table(readme, _rows())
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# Title\n\nBefore.\n" + corpora.START + "\n| corpus |")
    assert text.endswith(corpora.END + "\nAfter.\n")
    assert "old table" not in text and "| `tests/real/redteam9` | adversarial | 18 |" in text
    assert [path.name for path in tmp_path.iterdir()] == ["README.md"]  # no temporary left


def test_a_readme_without_markers_is_left_as_it_was(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# Title\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no accuracy-table markers"):
        corpora.write_table(readme, _rows())
    assert readme.read_text(encoding="utf-8") == "# Title\n"


def test_the_readme_table_lists_every_corpus_of_the_registry():
    """The README's table is written by `make accuracy-table`; a corpus added to the registry
    without rewriting it shows here."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(corpora.START):text.index(corpora.END)]
    for entry in corpora.load_registry():
        assert f"| `{entry.path.relative_to(ROOT).as_posix()}` |" in section, entry.name
