"""Papers named by DOI in `--sources`: how a DOI becomes a file name and back (issue 11, round
21: a JMLR, VLDB, OSDI or AAAI paper has no arXiv or ACL Anthology id, only a DOI).

Why a scheme of its own. Every DOI holds a "/" (`10.1145/1327452.1327492`), which no file name
can, and many hold "_" (Springer's `10.1007/978-3-540-74958-5_14`), so the arXiv convention of
writing "/" as "_" would be ambiguous. The characters of a DOI the tool reads are Crossref's
recommended set, `10.NNNN/` then `[-._;()/:A-Za-z0-9]` (extract/references.py; Crossref finds
it matches 99.3 % of registered DOIs), which never contains "%". So a DOI names its file with
"/" written "%2F" and ":" written "%3A" (a colon is not allowed in file names on Windows or
in the macOS Finder), the URL percent-encoding of those two characters, and nothing else
changed: `10.1145%2F1327452.1327492.pdf`, `10.1016%2FB978-012088469-8.50052-8.txt`. Reading
a name back is exact: a name is a DOI source only when writing the DOI it decodes to gives
that name again (up to case), so `10.1145_1327452.1327492.pdf` or a name with any other "%"
is not taken for one.

Case. DOIs are case-insensitive (the DOI Handbook, 2.4: "10.1016/B978..." and
"10.1016/b978..." name the same object), so a DOI is compared in lower case: a file named
with upper-case letters answers a citation written in lower case, and the reverse.

Safety. The DOI comes from an untrusted report and the name from an untrusted folder: only
ASCII in the set above is accepted, no ".." anywhere, no empty part between slashes, no NUL;
the file name never holds a "/" (it is encoded), so no path can leave the folder.
"""

from __future__ import annotations

import re

# Crossref's recommended DOI pattern (the one extract/references.py reads); ASCII digits only.
_DOI = re.compile(r"10\.[0-9]{4,9}/[-._;()/:A-Za-z0-9]+")
# The two characters written percent-encoded in a file name, and their codes.
_ENCODED = {"/": "%2F", ":": "%3A"}
_DECODE = re.compile(r"%(2f|3a)", re.IGNORECASE)
MAX_DOI_CHARS = 300
"""Longer than any registered DOI; a name must also fit the 255 bytes a file name may have."""
MAX_STEM_CHARS = 255 - len(".card.yaml")


def _fold(doi: str) -> str:
    """The case-insensitive form of an ASCII DOI (the one place DOIs are case-folded)."""
    return doi.lower()


def canonical_doi(text: object) -> str | None:
    """The DOI `text` names, in lower case, or None when it is not one the tool accepts: ASCII
    of Crossref's set, at most MAX_DOI_CHARS, with no ".." and no empty part between slashes
    (`10.1/a//b`, `10.1/a/`)."""
    if not isinstance(text, str) or not text.isascii() or len(text) > MAX_DOI_CHARS:
        return None
    doi = _fold(text)  # ASCII only, so lower() is the plain A-Z to a-z
    if _DOI.fullmatch(doi) is None or ".." in doi or "//" in doi or doi.endswith("/"):
        return None
    return doi


def doi_file_stem(doi: str) -> str:
    """The file name of a DOI without its suffix: "10.1145%2F1327452.1327492". The case is
    kept as given (it does not matter when the name is read back). Raises ValueError for
    anything `canonical_doi` refuses or a name longer than a file name may be."""
    if canonical_doi(doi) is None:
        raise ValueError(f"not a DOI that can name a file: {doi[:80]!r}")
    stem = "".join(_ENCODED.get(char, char) for char in doi)
    if len(stem) > MAX_STEM_CHARS:
        raise ValueError(f"the DOI {doi[:80]!r}... is too long to name a file")
    return stem


def doi_from_stem(stem: str) -> str | None:
    """The DOI (lower case) a file name stem stands for, or None: the stem must be exactly what
    `doi_file_stem` writes for that DOI, up to case."""
    if not isinstance(stem, str) or not stem.isascii() or "/" in stem or ":" in stem:
        return None
    doi = canonical_doi(_DECODE.sub(
        lambda match: "/" if match.group(1).lower() == "2f" else ":", stem))
    if doi is None:
        return None
    try:
        return doi if doi_file_stem(doi).lower() == stem.lower() else None
    except ValueError:
        return None


def parse_doi_source_name(name: str, suffixes: dict[str, str]) -> tuple[str, str] | None:
    """(DOI in lower case, kind) of a source file name such as "10.1145%2F1327452.1327492.pdf",
    or None; `suffixes` maps each kind to its suffix, longest first (".card.yaml" before any
    other), and the suffix is read in any case, as for arXiv names."""
    if not isinstance(name, str):
        return None
    for kind, suffix in suffixes.items():
        if name.lower().endswith(suffix):
            doi = doi_from_stem(name[: -len(suffix)])
            return (doi, kind) if doi is not None else None
    return None


def doi_name_hint(doi: str) -> str:
    """How to name the file of a DOI, for a "not found" message: "name it
    10.1145%2F1327452.1327492.pdf (or .txt, .md, .card.yaml)", or why it cannot be named."""
    try:
        stem = doi_file_stem(doi)
    except ValueError as error:
        return f"list it in sources.yaml ({error})"
    return f"name the file {stem}.pdf (or .txt, .md, .card.yaml) or list it in sources.yaml"
