"""Where a cited paper comes from: the `--sources` folder, the bundled cards, the local cache,
or the arXiv API, in that order (DESIGN.md, "Sources"; issue 3).

File names. A source file is named by arXiv id and version and ends in `.pdf`, `.txt`, `.md`
or `.card.yaml` (a reference card, see cards.py): `2005.13013v2.pdf`. Old-style ids contain a
slash, which a file name cannot, so it is written as an underscore: `hep-th/9901001v1` is
`hep-th_9901001v1.pdf` (the subject class of `math.GT/0309136` is not part of the id and is
left out: `math_0309136v1.pdf`). A file without a version (`2005.13013.pdf`) is used only for
a citation without a version, and only when no file with a version exists, because nothing
says which version it holds.

Versions. A citation with a version is answered by that version only. A citation without one
is answered by the latest version available (locally, or on arXiv when online); the other
versions found are listed in `Resolution.others`, so that the checker can say when an older
version reports something else.

Safety. Identifiers come from untrusted reports, so every identifier is checked against the
strict arXiv grammar (`parse_arxiv_id`) before any path is built from it; `../../etc/passwd`,
absolute paths and NUL bytes never reach the file system. The cache is content-addressed: a
blob is stored under the SHA-256 of its bytes and an index file per identifier points to it;
a blob whose bytes no longer match its hash is ignored.

DOIs. A paper with neither an arXiv nor an ACL Anthology id is cited by DOI and read from
`--sources` (or a bundled card) only, never downloaded: the file is named by the DOI with "/"
written "%2F" (`10.1145%2F1327452.1327492.pdf`, doi_names.py), matched in any case. Any paper
may instead be listed in the folder's `sources.yaml` (sources_map.py).

Links. A file in `--sources` that is a symbolic link to a file outside that folder is not read
(it would let a folder quote any file of the machine as evidence): it is skipped and listed in
`SourceResolver.skipped_links`, which the run prints and records in audit.json, unless the user
passes `--follow-links`. Links that stay inside the folder are read.

Failures. Anything that goes wrong with the network or the arXiv API makes the source
*missing*, with a message that says why; it never raises.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field

from verify_claims.claims import Reference, write_atomic
from verify_claims.claims.acl import is_acl_id
from verify_claims.claims.arxiv import ARXIV_HOSTS, parse_arxiv_id
from verify_claims.claims.bounded import MAX_QUOTED, short_repr, shorten
from verify_claims.claims.fs import SkippedLink, outside, skipped_link

from .cards import CARD_SUFFIX, bundled_cards_dir
from .doi_names import canonical_doi, doi_name_hint, parse_doi_source_name
from .sources_map import read_sources_map

Kind = Literal["pdf", "txt", "md", "card"]
Origin = Literal["sources-dir", "bundled-card", "cache", "arxiv"]

# Suffix of each kind of source file; ".card.yaml" is tested before any shorter suffix.
SUFFIXES: dict[Kind, str] = {"card": CARD_SUFFIX, "pdf": ".pdf", "txt": ".txt", "md": ".md"}
# Preferred first, for one version found in one place: the full text says more than a card.
_KIND_ORDER: tuple[Kind, ...] = ("pdf", "txt", "md", "card")
_ORIGIN_ORDER: tuple[Origin, ...] = ("sources-dir", "bundled-card", "cache", "arxiv")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class SourceError(ValueError):
    """The resolver was set up wrongly (e.g. `--sources` is not a folder)."""


class SourceFile(BaseModel):
    """One file that holds (a version of) a paper, and where it was found."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    path: Path
    kind: Kind
    version: int | None  # None: the file name gives no version
    origin: Origin
    listed: bool = False  # named in the folder's sources.yaml, not by its own file name


class Resolution(BaseModel):
    """The answer to "where is the source of this reference?"."""

    model_config = ConfigDict(extra="forbid")

    reference: str  # Reference.key, e.g. "arXiv:2005.13013v2"
    status: Literal["found", "missing"]
    source: SourceFile | None = None  # the file to check the claim against
    others: list[SourceFile] = Field(default_factory=list)  # other versions and kinds found
    message: str  # which version was used and why, or why nothing was found

    @property
    def found(self) -> bool:
        return self.status == "found"

    @property
    def version(self) -> int | None:
        return self.source.version if self.source else None

    @property
    def other_versions(self) -> list[int]:
        """Versions other than the one used, for "v1 reports 6.1; v2 reports 5.4" notes."""
        return sorted({file.version for file in self.others
                       if file.version is not None and file.version != self.version})


class ResultsClient(Protocol):
    """What the resolver needs of `arxiv.Client`; tests pass a fake with the same method."""

    def results(self, search: Any) -> Iterable[Any]: ...


Fetch = Callable[[str], bytes]


def file_stem(arxiv_id: str, version: int | None) -> str:
    """The file name of an id without suffix: "2005.13013v2", "hep-th_9901001v1".

    Raises ValueError for anything that is not a canonical arXiv id, so that no path is ever
    built from an unchecked string."""
    if not isinstance(arxiv_id, str) or parse_arxiv_id(arxiv_id) != (arxiv_id, None):
        raise ValueError(f"not an arXiv identifier: {short_repr(arxiv_id)}")
    if version is not None and (not isinstance(version, int) or version < 1):
        raise ValueError(f"not an arXiv version: {short_repr(version)}")
    return arxiv_id.replace("/", "_") + (f"v{version}" if version is not None else "")


def parse_source_name(name: str) -> tuple[str, int | None, Kind] | None:
    """(id, version, kind) of a source file name, or None when it is not one.

    The name must be exactly what `file_stem` writes plus a known suffix, so that
    "2005.13013v2.pdf.txt" or "arXiv:2005.13013v2.pdf" are not taken for sources."""
    for kind, suffix in SUFFIXES.items():
        if name.lower().endswith(suffix):
            stem = name[: -len(suffix)]
            parsed = parse_arxiv_id(stem)
            if parsed is not None and file_stem(*parsed) == stem:
                return parsed[0], parsed[1], kind
            return None
    return None


def parse_acl_source_name(name: str) -> tuple[str, Kind] | None:
    """(ACL Anthology id, kind) of a source file name such as "P07-1088.pdf" or
    "2020.acl-main.207.txt", or None. The stem must be exactly an Anthology id (claims/acl.py),
    so no other name in --sources is ever taken for one."""
    for kind in ("pdf", "txt", "md"):
        suffix = SUFFIXES[kind]
        if name.endswith(suffix) and is_acl_id(name[: -len(suffix)]):
            return name[: -len(suffix)], kind
    return None


def _acl_name(name: str) -> tuple[str, int | None, Kind] | None:
    parsed = parse_acl_source_name(name)
    return (parsed[0], None, parsed[1]) if parsed else None


def _doi_name(name: str) -> tuple[str, int | None, Kind] | None:
    parsed = parse_doi_source_name(name, dict(SUFFIXES))
    return (parsed[0], None, parsed[1]) if parsed else None  # type: ignore[return-value]


def default_cache_dir() -> Path:
    """$XDG_CACHE_HOME/verify-claims, or ~/.cache/verify-claims (the XDG base-directory rule:
    a relative XDG_CACHE_HOME is ignored)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "verify-claims"


def _preference(file: SourceFile) -> tuple[int, int]:
    return _ORIGIN_ORDER.index(file.origin), _KIND_ORDER.index(file.kind)


def _best(files: Iterable[SourceFile]) -> SourceFile | None:
    return min(files, key=_preference, default=None)


def _scan_folder(folder: Path, origin: Origin, kinds: tuple[Kind, ...],
                 skipped: list[SkippedLink] | None = None,
                 parse: Callable[[str], tuple[str, int | None, Kind] | None] = parse_source_name,
                 ) -> dict[str, list[SourceFile]]:
    """The source files directly in `folder`, grouped by id (arXiv by default; `parse` reads
    another family's names); other files are ignored.

    With `skipped` (a list), a source file that links out of `folder` is left out and recorded
    there; without it, links are followed wherever they lead."""
    found: dict[str, list[SourceFile]] = {}
    for path in sorted(folder.iterdir()):
        parsed = parse(path.name)
        if parsed is None or parsed[2] not in kinds:
            continue
        if skipped is not None:
            target = outside(path, folder)
            if target is not None:
                skipped.append(skipped_link(path, folder, target))
                continue
        if not path.is_file():
            continue
        arxiv_id, version, kind = parsed
        found.setdefault(arxiv_id, []).append(
            SourceFile(path=path, kind=kind, version=version, origin=origin))
    return found


class SourceCache:
    """Downloaded sources, stored by content.

    Layout: `blobs/ab/abcdef....pdf` (the SHA-256 of the bytes; the suffix lets readers pick
    their parser) and `index/2005.13013v2.json` = {"sha256": ..., "kind": "pdf", "url": ...}.
    One small index file per identifier means two runs writing different papers never
    overwrite each other's entries, and each write is atomic.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _index_path(self, arxiv_id: str, version: int) -> Path:
        return self.root / "index" / f"{file_stem(arxiv_id, version)}.json"

    def _blob_path(self, sha256: str, kind: Kind) -> Path:
        return self.root / "blobs" / sha256[:2] / f"{sha256}{SUFFIXES[kind]}"

    def put(self, arxiv_id: str, version: int, data: bytes, kind: Kind = "pdf",
            url: str | None = None) -> SourceFile:
        """Store `data` as the source of arxiv_id vN and return where it lies."""
        index = self._index_path(arxiv_id, version)  # validates the id before any write
        sha256 = hashlib.sha256(data).hexdigest()
        blob = self._blob_path(sha256, kind)
        if not blob.is_file():
            write_atomic(blob, data)
        write_atomic(index, json.dumps({"sha256": sha256, "kind": kind, "url": url}) + "\n")
        return SourceFile(path=blob, kind=kind, version=version, origin="cache")

    def get(self, arxiv_id: str, version: int) -> SourceFile | None:
        return self._read_entry(self._index_path(arxiv_id, version), version)

    def files(self, arxiv_id: str) -> list[SourceFile]:
        """Every version of `arxiv_id` the cache holds intact."""
        folder = self.root / "index"
        if not folder.is_dir():
            return []
        prefix = file_stem(arxiv_id, None)
        files = []
        for path in sorted(folder.glob(f"{prefix}v*.json")):
            parsed = parse_arxiv_id(path.name[: -len(".json")])
            if parsed is None or parsed[0] != arxiv_id or parsed[1] is None:
                continue
            entry = self._read_entry(path, parsed[1])
            if entry is not None:
                files.append(entry)
        return files

    def _read_entry(self, index: Path, version: int) -> SourceFile | None:
        """The blob an index file points to, or None when the entry is absent, malformed or
        its blob is gone or altered (then the source is simply fetched again)."""
        try:
            entry = json.loads(index.read_text(encoding="utf-8"))
            sha256, kind = entry["sha256"], entry["kind"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not isinstance(sha256, str) or not _SHA256.match(sha256) or kind not in SUFFIXES:
            return None
        blob = self._blob_path(sha256, kind)
        try:
            intact = hashlib.sha256(blob.read_bytes()).hexdigest() == sha256
        except OSError:
            return None
        return SourceFile(path=blob, kind=kind, version=version, origin="cache") if intact else None


class ArxivUnavailable(Exception):
    """The arXiv API or the PDF download failed; the message says how."""


def _http_get(url: str) -> bytes:
    """Download with the standard library: arxiv>=4 no longer downloads PDFs itself."""
    request = urllib.request.Request(url, headers={"User-Agent": "verify-claims"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read()


class SourceResolver:
    """Finds the file to check each reference against (see the module docstring for order,
    file names and versions). One resolver serves a whole run and remembers its answers.

    `client` is an `arxiv.Client` (made on first use) and `fetch` downloads a URL; tests pass
    fakes for both. `cards_dir` defaults to the cards shipped with the package.
    `follow_links` reads source files that link out of `sources_dir` (off by default).
    """

    def __init__(self, sources_dir: Path | None = None, cache_dir: Path | None = None,
                 offline: bool = False, client: ResultsClient | None = None,
                 fetch: Fetch | None = None, cards_dir: Path | None = None,
                 follow_links: bool = False) -> None:
        if sources_dir is not None and not Path(sources_dir).is_dir():
            raise SourceError(f"--sources {sources_dir}: not a folder")
        self.sources_dir = Path(sources_dir) if sources_dir is not None else None
        self.cache = SourceCache(Path(cache_dir) if cache_dir is not None else default_cache_dir())
        self.offline = offline
        self._client = client
        self._fetch = fetch or _http_get
        cards = Path(cards_dir) if cards_dir is not None else bundled_cards_dir()
        self.follow_links = follow_links
        # Source files that link out of --sources and were not read (see the module docstring).
        self.skipped_links: list[SkippedLink] = []
        self._sources, self._acl, self._dois = _scan_all(
            self.sources_dir, "sources-dir", _KIND_ORDER,
            None if follow_links else self.skipped_links) if self.sources_dir else ({}, {}, {})
        self._cards, _, self._doi_cards = _scan_all(cards, "bundled-card", ("card",), None) \
            if cards.is_dir() else ({}, {}, {})
        # What the folder's sources.yaml could not give, each with why (sources_map.py).
        self.map_problems: list[str] = []
        self.map_file: Path | None = None
        if self.sources_dir:
            self._read_map(self.sources_dir)
        self._answers: dict[str, Resolution] = {}

    def _read_map(self, folder: Path) -> None:
        """Add the files listed in `folder`/sources.yaml to those found by name."""
        listed = read_sources_map(folder, self.follow_links)
        self.map_file, self.map_problems = listed.path, listed.problems
        self.skipped_links += listed.skipped
        places = {"arxiv": self._sources, "acl": self._acl, "doi": self._dois}
        for entry in listed.entries:
            files = places[entry.family].setdefault(entry.ident, [])
            if all(file.path != entry.path for file in files):
                files.append(SourceFile(path=entry.path, kind=entry.kind,  # type: ignore[arg-type]
                                        version=entry.version, origin="sources-dir",
                                        listed=True))

    # -- public ------------------------------------------------------------------------------

    def resolve(self, reference: Reference) -> Resolution:
        """The source of `reference`: found (which file, which version, from where) or missing
        (and why). Never raises for a bad reference or a network failure."""
        key = reference.key
        if key not in self._answers:
            self._answers[key] = self._resolve(reference, key)
        return self._answers[key]

    def answered(self, reference: Reference) -> Resolution | None:
        """The answer already given for `reference`, or None when it was never asked (the run
        record reports what the run found without triggering a download)."""
        return self._answers.get(reference.key)

    # -- the two cases -----------------------------------------------------------------------

    def _resolve(self, reference: Reference, key: str) -> Resolution:
        if reference.kind == "acl":
            return self._resolve_acl(reference, key)
        if reference.kind == "doi":
            return self._resolve_doi(reference, key)
        if reference.kind != "arxiv":
            if _on_arxiv(reference):
                return _missing(key, f"{shorten(key, MAX_QUOTED)}: an arxiv.org link without a "
                                     "valid arXiv identifier in it; nothing was looked up")
            return _missing(key, f"{shorten(key, MAX_QUOTED)}: only arXiv, ACL Anthology and "
                                 "DOI references can be looked up")
        arxiv_id, version = reference.arxiv_id, reference.version
        try:
            file_stem(arxiv_id or "", version)
        except ValueError:
            return _missing(key, f"{short_repr(reference.raw)}: not a valid arXiv identifier "
                                 f"({short_repr(arxiv_id)}, version {short_repr(version)}); "
                                 "nothing was looked up")
        local = self._local_files(arxiv_id)
        if version is not None:
            return self._resolve_version(key, arxiv_id, version, local)
        return self._resolve_latest(key, arxiv_id, local)

    def _resolve_version(self, key: str, arxiv_id: str, version: int,
                         local: list[SourceFile]) -> Resolution:
        chosen = _best(file for file in local if file.version == version)
        if chosen is not None:
            return _found(key, chosen, local, f"{key}: {_where(chosen)}")
        elsewhere = "".join(f"; v{file.version} is available ({_where(file)})"
                            for file in local if file.version is not None)
        if self.offline:
            return _missing(key, f"{key} {self._not_local()}, offline{elsewhere}", local)
        try:
            downloaded = self._download(arxiv_id, version)
        except ArxivUnavailable as error:
            return _missing(key, f"{key} {self._not_local()}, arXiv: {error}{elsewhere}", local)
        return _found(key, downloaded, local, f"{key}: downloaded from arXiv into the cache")

    def _resolve_latest(self, key: str, arxiv_id: str, local: list[SourceFile]) -> Resolution:
        local_latest = max((file.version for file in local if file.version is not None),
                           default=None)
        unchecked = "offline"  # why arXiv was not asked for a newer version; "" when it was
        if not self.offline:
            try:
                remote_latest = self._latest_version(arxiv_id)
                if local_latest is None or remote_latest > local_latest:
                    downloaded = self._download(arxiv_id, remote_latest)
                    return _found(key, downloaded, local, f"{key}: latest version "
                                  f"v{remote_latest} downloaded from arXiv into the cache")
                unchecked = ""
            except ArxivUnavailable as error:
                unchecked = f"arXiv: {error}"
        if local_latest is not None:
            chosen = _best(file for file in local if file.version == local_latest)
        else:
            chosen = _best(local)  # only files without a version, if any
        if chosen is None:
            return _missing(key, f"{key} {self._not_local()}, {unchecked}", local)
        version = f"v{chosen.version}" if chosen.version else "version unknown"
        message = f"{key}: latest available {version}, {_where(chosen)}"
        if unchecked:
            message += f" (not checked for a newer version: {unchecked})"
        return _found(key, chosen, local, message)

    def _resolve_acl(self, reference: Reference, key: str) -> Resolution:
        """An ACL Anthology paper is looked up in --sources only (never downloaded): the file
        named by its id, full text preferred (pdf, then txt, then md)."""
        acl_id = reference.acl_id or ""
        if not is_acl_id(acl_id):
            return _missing(key, f"{short_repr(reference.raw)}: not a valid ACL Anthology "
                                 "identifier; nothing was looked up")
        local = sorted(self._acl.get(acl_id, []), key=_preference)
        if not local:
            return _missing(key, f"{key} not found in {self._folder()} (ACL Anthology papers "
                                 f"are read from --sources only, as {acl_id}.pdf, .txt or .md, "
                                 "or listed in sources.yaml)")
        return _found(key, local[0], local, f"{key}: {_where(local[0])}")

    def _resolve_doi(self, reference: Reference, key: str) -> Resolution:
        """A paper cited by DOI is looked up in --sources (named by its DOI, or listed in
        sources.yaml) and the bundled cards, in any case (DOIs are case-insensitive); never
        downloaded. Full text preferred (pdf, txt, md, then a card)."""
        doi = canonical_doi(reference.doi)
        if doi is None or reference.doi is None:
            return _missing(key, f"{short_repr(reference.raw)}: not a DOI the tool can look up "
                                 "(10.NNNN/... in Crossref's characters, no \"..\"); nothing "
                                 "was looked up")
        local = sorted(self._dois.get(doi, []) + self._doi_cards.get(doi, []),
                       key=_preference)
        if not local:
            return _missing(key, f"{key} not found in {self._folder()}: papers cited by DOI "
                                 "are read from --sources only; "
                                 f"{doi_name_hint(reference.doi)}")
        return _found(key, local[0], local, f"{key}: {_where(local[0])}")

    def _folder(self) -> str:
        return f"--sources {self.sources_dir}" if self.sources_dir else \
            "--sources (none was given)"

    # -- local files ---------------------------------------------------------------------------

    def _local_files(self, arxiv_id: str) -> list[SourceFile]:
        files = self._sources.get(arxiv_id, []) + self._cards.get(arxiv_id, [])
        return sorted(files + self.cache.files(arxiv_id),
                      key=lambda file: (file.version or 0, _preference(file)))

    def _not_local(self) -> str:
        places = f"not in the bundled cards, not in cache {self.cache.root}"
        if self.sources_dir is None:
            return f"{places} (no --sources folder given)"
        return f"not in --sources {self.sources_dir}, {places}"

    # -- arXiv ---------------------------------------------------------------------------------

    def _lookup(self, query: str) -> Any:
        """The arXiv API's record for `query` ("2005.13013" or "2005.13013v1")."""
        try:
            import arxiv

            if self._client is None:
                self._client = arxiv.Client()
            results = list(itertools.islice(
                self._client.results(arxiv.Search(id_list=[query])), 1))
        except ImportError:
            raise ArxivUnavailable("the arxiv package is not installed "
                                   "(pip install 'verify-claims[arxiv]')") from None
        # Whatever the client raises (HTTP errors, timeouts, a malformed feed), the paper is
        # unavailable; the audit goes on and says why.
        except Exception as error:
            raise ArxivUnavailable(f"{type(error).__name__}: {error}") from None
        if not results:
            raise ArxivUnavailable(f"no record of {query}")
        return results[0]

    def _latest_version(self, arxiv_id: str) -> int:
        entry_id = str(getattr(self._lookup(arxiv_id), "entry_id", ""))
        parsed = parse_arxiv_id(entry_id)
        if parsed is None or parsed[0] != arxiv_id or parsed[1] is None:
            raise ArxivUnavailable(f"unexpected answer {entry_id!r} for {arxiv_id}")
        return parsed[1]

    def _download(self, arxiv_id: str, version: int) -> SourceFile:
        """Fetch the PDF of arxiv_id vN into the cache."""
        stem = f"{arxiv_id}v{version}"
        result = self._lookup(stem)
        entry_id = str(getattr(result, "entry_id", ""))
        if parse_arxiv_id(entry_id) != (arxiv_id, version):
            raise ArxivUnavailable(f"asked for {stem}, got {entry_id!r}")
        url = getattr(result, "pdf_url", None) or f"https://arxiv.org/pdf/{stem}"
        try:
            data = self._fetch(url)
        except Exception as error:  # same reasoning as in _lookup
            raise ArxivUnavailable(f"downloading {url}: {type(error).__name__}: {error}") \
                from None
        if not data.startswith(b"%PDF-"):
            raise ArxivUnavailable(f"{url} did not return a PDF")
        try:
            stored = self.cache.put(arxiv_id, version, data, "pdf", url)
        except OSError as error:
            raise ArxivUnavailable(f"cannot write the cache {self.cache.root}: {error}") from None
        return stored.model_copy(update={"origin": "arxiv"})


def _on_arxiv(reference: Reference) -> bool:
    """A link to arxiv.org that extract could not read an identifier from (a mistyped id, or
    a path trick such as https://arxiv.org/abs/../../etc/passwd)."""
    try:
        host = urlsplit(reference.url or reference.raw).hostname or ""
    except ValueError:
        return False
    return host.lower() in ARXIV_HOSTS


def _where(file: SourceFile) -> str:
    places = {"sources-dir": "--sources", "bundled-card": "bundled card", "cache": "cache",
              "arxiv": "arXiv"}
    listed = " (listed in sources.yaml)" if file.listed else ""
    return f"{file.path.name} from {places[file.origin]}{listed}"


def _found(key: str, chosen: SourceFile, local: list[SourceFile], message: str) -> Resolution:
    others = [file for file in local if file != chosen]
    return Resolution(reference=key, status="found", source=chosen, others=others,
                      message=message)


def _missing(key: str, message: str, local: list[SourceFile] | None = None) -> Resolution:
    return Resolution(reference=key, status="missing", others=list(local or []), message=message)


def _scan_all(folder: Path, origin: Origin, kinds: tuple[Kind, ...],
              skipped: list[SkippedLink] | None) -> tuple[dict[str, list[SourceFile]], ...]:
    """The files of `folder` named by arXiv id, by ACL Anthology id and by DOI; a file that
    links out of it is recorded in `skipped` (when a list) and left out, whatever its name."""
    return (_scan_folder(folder, origin, kinds, skipped),
            _scan_folder(folder, origin, tuple(kind for kind in kinds if kind != "card"),
                         skipped, _acl_name),
            _scan_folder(folder, origin, kinds, skipped, _doi_name))
