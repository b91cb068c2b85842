"""The registry of labelled corpora (tests/real/corpora.yaml) and the README's accuracy table.

Twenty-nine corpora had grown into thirty path constants, a thirty-branch `corpus_name` and a
README paragraph of sixty lines that each round edited by hand (and let go stale: round 18
found two blind figures out of date). One entry per corpus now says where it lives, what it is
called, what kind it is and how its first run went; `benchmarks/accuracy.py` reads the
corpora from it, and `write_table` renders the table the README shows between its two
`accuracy-table` markers, from the entries and the figures just measured, so the README says
what the code does without anyone retyping a number.

    python benchmarks/accuracy.py --readme README.md     # every corpus, then the table
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "tests" / "real" / "corpora.yaml"
START = "<!-- accuracy-table:start (written by `make accuracy-table`; do not edit) -->"
END = "<!-- accuracy-table:end -->"
KINDS = ("synthetic", "development", "adversarial", "held out", "blind")


class RegistryError(ValueError):
    """The registry cannot be read; the message names the file and the entry."""


@dataclass(frozen=True)
class Corpus:
    """One entry of the registry (the field comments of tests/real/corpora.yaml)."""

    path: Path
    name: str
    kind: str
    round: int
    about: str
    first_accuracy: float | None
    first_wrong: int | None


def load_registry(path: Path = REGISTRY) -> list[Corpus]:
    """Every entry of the registry, in its order (RegistryError on a malformed one)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RegistryError(f"{path}: {error}") from error
    entries = data.get("corpora") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise RegistryError(f"{path}: no 'corpora' list")
    corpora = []
    for number, entry in enumerate(entries, 1):
        try:
            first = entry.get("first_run") or {}
            corpus = Corpus(path=ROOT / entry["dir"], name=str(entry["name"]),
                            kind=str(entry["kind"]), round=int(entry["round"]),
                            about=str(entry["about"]), first_accuracy=first.get("accuracy"),
                            first_wrong=first.get("wrong"))
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            raise RegistryError(f"{path}: entry {number}: {error!r}") from error
        if corpus.kind not in KINDS:
            raise RegistryError(f"{path}: entry {number}: kind {corpus.kind!r} is none of "
                                f"{', '.join(KINDS)}")
        corpora.append(corpus)
    names = [corpus.name for corpus in corpora]
    if len(set(names)) != len(names):
        raise RegistryError(f"{path}: two entries share a name")
    return corpora


@dataclass(frozen=True)
class Measured:
    """What one run of the benchmark found for a corpus."""

    claims: int
    accuracy: float
    wrong: int


def table(rows: list[tuple[Corpus, Measured]]) -> str:
    """The Markdown table of the corpora measured, in the registry's order."""
    lines = ["| corpus | kind | round | about | claims | first run | now | wrong now |",
             "|---|---|---|---|---:|---|---:|---:|"]
    for corpus, measured in rows:
        first = ", ".join(filter(None, [
            f"{corpus.first_accuracy:.2f}" if corpus.first_accuracy is not None else "",
            f"{corpus.first_wrong} wrong" if corpus.first_wrong is not None else ""])) or "—"
        folder = corpus.path.relative_to(ROOT).as_posix()
        lines.append(f"| `{folder}` | {corpus.kind} | {corpus.round} | {corpus.about} | "
                     f"{measured.claims} | {first} | {measured.accuracy:.2f} | "
                     f"{measured.wrong} |")
    return "\n".join(lines)


def write_table(readme: Path, rows: list[tuple[Corpus, Measured]]) -> None:
    """Replace what lies between the README's markers by `table(rows)`, atomically (a
    temporary file renamed over it). ValueError when the markers are missing."""
    text = readme.read_text(encoding="utf-8")
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        raise ValueError(f"{readme}: no accuracy-table markers ({START!r} ... {END!r})")
    new = text[:start + len(START)] + "\n" + table(rows) + "\n" + text[end:]
    handle, name = tempfile.mkstemp(dir=readme.parent, prefix=".readme-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(new)
        os.replace(name, readme)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
