"""`sources.yaml`: a map in the `--sources` folder from cited papers to files the user does not
want to rename (issue 11, round 21).

Why. Files in `--sources` are found by name (`2005.13013v2.pdf`, `P07-1088.pdf`,
`10.1145%2F1327452.1327492.pdf`), but a user's folder of papers is named by the user
(`mapreduce.pdf`, `papers/trustrank.pdf`). The map says which file holds which paper:

    doi:10.1145/1327452.1327492: mapreduce.pdf
    arXiv:2005.13013v2: phang/intermediate-tasks.pdf
    ACL:P07-1088: banko.txt

A key is the paper as the audit names it (`Reference.key`, the form its "missing" list
prints; the prefix in any case, a DOI in any case); a value is a `.pdf`, `.txt` or `.md` file
inside the folder, "/" between folders. A card is not mapped: it names its paper itself.

Safety, as for files named by id. The map comes from the folder, which may come from anyone:
an entry that leads outside the folder (an absolute path, "..", or a symbolic link out of it)
is not read; it is listed with the skipped links (`SkippedLink`, in audit.json), and only a
link is read with `--follow-links`. The map itself is read only when it is a regular file of
at most `MAX_MAP_BYTES` inside the folder, with the project's strict YAML loader.

Errors. A malformed map never stops the run: each entry that cannot be used is skipped and
named with why (`SourcesMap.problems`, printed as warnings and kept in audit.json), the good
entries are used; a map that cannot be read at all says so once and no entry is used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Literal

from verify_claims.claims.acl import is_acl_id
from verify_claims.claims.arxiv import parse_arxiv_id
from verify_claims.claims.bounded import MAX_QUOTED, short_repr, shorten
from verify_claims.claims.fs import SkippedLink, UnsafeFile, outside, read_regular_file
from verify_claims.claims.safe_yaml import YamlError, load_yaml_text

from .doi_names import canonical_doi

SOURCES_MAP = "sources.yaml"
MAX_MAP_BYTES = 1_000_000
"""A map of thousands of papers is a few hundred KB."""
MAX_ENTRIES = 10_000
_FILE_KINDS = {".pdf": "pdf", ".txt": "txt", ".md": "md"}
_OUTSIDE = "listed in sources.yaml, leads outside the folder; not read"

Family = Literal["arxiv", "acl", "doi"]


@dataclass(frozen=True)
class MapEntry:
    """One usable entry: the paper (arXiv id and version, ACL id or lower-case DOI) and its
    file."""

    family: Family
    ident: str
    version: int | None
    path: Path
    kind: str  # "pdf", "txt" or "md"


@dataclass
class SourcesMap:
    """What a folder's sources.yaml gave: the entries used, and what was skipped and why."""

    path: Path | None = None  # the map, None when the folder has none
    entries: list[MapEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    skipped: list[SkippedLink] = field(default_factory=list)


def map_key(key: object) -> tuple[Family, str, int | None] | str:
    """(family, id, version) of a map key ("doi:10.1/x", "arXiv:2005.13013v2", "ACL:P07-1088"),
    or why it is not one."""
    if not isinstance(key, str):
        return (f"YAML read the key as {type(key).__name__} {short_repr(key)}; write it as "
                "doi:..., arXiv:... or ACL:...")
    prefix, colon, rest = key.strip().partition(":")
    prefix = prefix.lower()
    if colon and prefix == "doi":
        doi = canonical_doi(rest.strip())
        return ("doi", doi, None) if doi else "not a DOI (10.NNNN/... in Crossref's characters)"
    if colon and prefix == "arxiv":
        parsed = parse_arxiv_id(rest.strip())
        written = parsed and parsed[0] + (f"v{parsed[1]}" if parsed[1] else "")
        if parsed is None or written != rest.strip():
            return "not an arXiv identifier such as arXiv:2005.13013v2"
        return "arxiv", parsed[0], parsed[1]
    if colon and prefix == "acl":
        return ("acl", rest.strip(), None) if is_acl_id(rest.strip()) \
            else "not an ACL Anthology identifier such as ACL:P07-1088"
    return "a key is a cited paper as the audit names it: doi:..., arXiv:... or ACL:..."


def _target(folder: Path, value: object) -> tuple[Path, str] | str:
    """(path, kind) of a map value, or why it cannot be used; a path that leaves the folder by
    its own words is answered with `_OUTSIDE`."""
    if not isinstance(value, str) or not value.strip():
        return "give the file's name inside the folder, e.g. mapreduce.pdf"
    if "\x00" in value or "\\" in value:
        return "a file name with a NUL byte or a backslash (write folders with /)"
    relative = PurePosixPath(value)
    if relative.is_absolute() or value.startswith("~") or ".." in relative.parts:
        return _OUTSIDE
    kind = _FILE_KINDS.get(relative.suffix.lower())
    if kind is None:
        if value.lower().endswith(".card.yaml"):
            return "a card names its paper itself: name the card file by the paper instead"
        return "not a .pdf, .txt or .md file"
    return folder.joinpath(*relative.parts), kind


def read_sources_map(folder: Path, follow_links: bool = False) -> SourcesMap:
    """The entries of `folder`/sources.yaml (see the module docstring); an empty SourcesMap
    when there is none."""
    path = folder / SOURCES_MAP
    if not path.exists() and not path.is_symlink():
        return SourcesMap()
    found = SourcesMap(path=path)
    escape = outside(path, folder)
    if escape is not None and not follow_links:
        found.skipped.append(SkippedLink(path=str(path), target=str(escape), folder=str(folder)))
        return found
    try:
        data = load_yaml_text(read_regular_file(path, MAX_MAP_BYTES).decode("utf-8"))
    except (OSError, UnsafeFile, YamlError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        if isinstance(error, UnicodeDecodeError):
            reason = "not UTF-8 text"
        found.problems.append(f"{SOURCES_MAP} not read ({shorten(str(reason))}); none of its "
                              "entries is used")
        return found
    if data is None:
        return found
    if not isinstance(data, dict):
        found.problems.append(f"{SOURCES_MAP} not read: it must be a mapping of cited papers to "
                              "files (doi:10.1145/1327452.1327492: mapreduce.pdf), not "
                              f"a {type(data).__name__}; none of its entries is used")
        return found
    seen: dict[tuple[Family, str, int | None], str] = {}
    for number, (key, value) in enumerate(data.items()):
        name = shorten(str(key), MAX_QUOTED)
        if number >= MAX_ENTRIES:
            found.problems.append(f"{SOURCES_MAP}: more than {MAX_ENTRIES:,} entries; the "
                                  f"{len(data) - MAX_ENTRIES:,} after them are skipped")
            break
        paper = map_key(key)
        target = _target(folder, value) if not isinstance(paper, str) else paper
        if isinstance(target, str):
            if target == _OUTSIDE:
                found.skipped.append(SkippedLink(
                    path=str(value), folder=str(folder), reason=_OUTSIDE,
                    target=os.path.normpath(os.path.join(folder, str(value)))))
            else:
                found.problems.append(f"{SOURCES_MAP}: entry {name!r}: {target}; skipped")
            continue
        assert not isinstance(paper, str)
        file, kind = target
        if paper in seen:
            found.problems.append(f"{SOURCES_MAP}: entry {name!r}: the same paper as entry "
                                  f"{seen[paper]!r}; skipped")
            continue
        seen[paper] = name
        escape = outside(file, folder)
        if escape is not None and not follow_links:
            found.skipped.append(SkippedLink(path=str(file), target=str(escape),
                                             folder=str(folder)))
            continue
        if not file.is_file():
            found.problems.append(f"{SOURCES_MAP}: entry {name!r}: no file {short_repr(value)} "
                                  "in the folder; skipped")
            continue
        found.entries.append(MapEntry(paper[0], paper[1], paper[2], file, kind))
    return found
