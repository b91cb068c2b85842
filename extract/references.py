"""Find the works a text cites: arXiv identifiers, DOIs and other URLs.

Reports cite papers as `<http://arxiv.org/abs/2005.13013v2>`, `arXiv:2005.13013v3 [cs.CL]`,
`https://arxiv.org/pdf/2005.13013v1.pdf`, `hep-th/9901001`, `https://doi.org/10.18653/...`
and so on. Identifiers are later used to name and fetch source files, so an arXiv id is only
ever accepted when it matches the strict grammar of arXiv identifiers (valid month, right
number of digits, a known archive for old-style ids); anything else (path tricks, NUL bytes,
random numbers) is either a plain URL or nothing.

arXiv grammar (https://info.arxiv.org/help/arxiv_identifier.html):
  new style  YYMM.NNNN   from 0704 to 1412, YYMM.NNNNN from 1501 on, optional vN;
  old style  archive[.SC]/YYMMNNN (1991 to 2007), optional vN; the subject class (".GT" in
             "math.GT/0309136") is not part of the id and is dropped.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from verify_claims.claims import Reference

# Archives that had old-style identifiers (before April 2007).
OLD_ARCHIVES = (
    "acc-phys", "adap-org", "alg-geom", "ao-sci", "astro-ph", "atom-ph", "bayes-an", "chao-dyn",
    "chem-ph", "cmp-lg", "comp-gas", "cond-mat", "cs", "dg-ga", "funct-an", "gr-qc", "hep-ex",
    "hep-lat", "hep-ph", "hep-th", "math", "math-ph", "mtrl-th", "nlin", "nucl-ex", "nucl-th",
    "patt-sol", "physics", "plasm-ph", "q-alg", "q-bio", "q-fin", "quant-ph", "solv-int", "stat",
    "supr-con",
)
_ARCHIVE = "|".join(sorted((re.escape(name) for name in OLD_ARCHIVES), key=len, reverse=True))

# The candidates are loose on purpose; `_valid_new` and `_valid_old` check the dates.
_NEW_ID = r"(?P<new>\d{4}\.\d{4,5})"
_OLD_ID = rf"(?P<archive>{_ARCHIVE})(?:\.[A-Za-z][A-Za-z-]{{0,9}})?/(?P<old>\d{{7}})"
_VERSION = r"(?:v(?P<version>[1-9]\d{0,3}))?"
_ID_FULL = re.compile(rf"(?:{_NEW_ID}|{_OLD_ID}){_VERSION}", re.IGNORECASE)

# An id with an explicit "arXiv:" prefix, e.g. "arXiv:2005.13013v3 [cs.CL]".
_PREFIXED = re.compile(rf"\barXiv:\s?(?:{_NEW_ID}|{_OLD_ID}){_VERSION}(?![\w/]|\.\d)",
                       re.IGNORECASE)
# A bare id standing alone: not part of a longer number, word, path or version string.
_BARE = re.compile(rf"(?<![\w./:\\-])(?:{_NEW_ID}|{_OLD_ID}){_VERSION}(?![\w/]|\.\d)")

# URLs: with a scheme, or the two hosts people write without one.
_URL_CHARS = r"[^\s<>\"'`{}|\\^\[\]\x00-\x1f\x7f]"
_URL = re.compile(
    rf"(?:https?://|(?<![\w.@/])(?:(?:www|export)\.)?arxiv\.org/|(?<![\w.@/])(?:dx\.)?doi\.org/)"
    rf"{_URL_CHARS}+",
    re.IGNORECASE,
)
# Crossref's recommended DOI pattern, with an optional "doi:" prefix.
_DOI = re.compile(r"(?<![\w/.])(?:doi:\s?)?10\.\d{4,9}/[-._;()/:A-Za-z0-9]+", re.IGNORECASE)
_DOI_PREFIX = re.compile(r"^doi:\s?", re.IGNORECASE)
_HOSTNAME = re.compile(r"^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                       r"[A-Za-z]{2,63}(?::\d{1,5})?$")

_ARXIV_HOSTS = {"arxiv.org", "www.arxiv.org", "export.arxiv.org"}
_DOI_HOSTS = {"doi.org", "dx.doi.org", "www.doi.org"}
_ARXIV_PATH = re.compile(r"^/(?:abs|pdf|html|format)/(?P<id>.+?)(?:\.pdf)?/?$", re.IGNORECASE)
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(?P<id>.+)$", re.IGNORECASE)
_TRAILING = ".,;:!?'\""
_FILE_SUFFIX = re.compile(r"\.(?:pdf|txt|tex|html?|md)$", re.IGNORECASE)


def _valid_new(number: str) -> bool:
    """YYMM.NNNN(N): a real month, from April 2007, 4 digits up to 2014 and 5 from 2015."""
    year, month, digits = int(number[:2]), int(number[2:4]), len(number) - 5
    if not 1 <= month <= 12 or (year, month) < (7, 4):
        return False
    return digits == (4 if year <= 14 else 5)


def _valid_old(number: str) -> bool:
    """YYMMNNN: a real month between August 1991 and March 2007."""
    year, month = int(number[:2]), int(number[2:4])
    if not 1 <= month <= 12:
        return False
    full_year = 1900 + year if year >= 91 else 2000 + year
    return (1991, 8) <= (full_year, month) <= (2007, 3)


def _from_match(match: re.Match[str]) -> tuple[str, int | None] | None:
    """The canonical (id, version) of an id match, or None when its date is impossible."""
    version = int(match.group("version")) if match.group("version") else None
    if match.group("new"):
        number = match.group("new")
        return (number, version) if _valid_new(number) else None
    number = match.group("old")
    if not _valid_old(number):
        return None
    return f"{match.group('archive').lower()}/{number}", version


def parse_arxiv_id(text: str) -> tuple[str, int | None] | None:
    """Parse one arXiv identifier: `(id without version, version or None)`, or None.

    Accepts the id alone ("2005.13013v2", "hep-th/9901001"), with an "arXiv:" prefix, an
    arXiv abs/pdf URL, or a file name ("2005.13013v2.pdf"; "hep-th_9901001.pdf" for old-style
    ids, whose slash cannot appear in a file name). The whole string must be the identifier:
    anything else, including path tricks and control characters, gives None.
    """
    if not isinstance(text, str):
        return None
    candidate = text.strip()
    if re.match(r"^(?:https?://)?(?:www\.|export\.)?arxiv\.org/", candidate, re.IGNORECASE):
        return _arxiv_from_url(candidate if "://" in candidate else "https://" + candidate)
    candidate = re.sub(r"^arxiv:\s?", "", candidate, flags=re.IGNORECASE)
    candidate = _FILE_SUFFIX.sub("", candidate)
    old_file_name = re.fullmatch(rf"({_ARCHIVE})_(\d{{7}}(?:v\d+)?)", candidate, re.IGNORECASE)
    if old_file_name:
        candidate = f"{old_file_name.group(1)}/{old_file_name.group(2)}"
    match = _ID_FULL.fullmatch(candidate)
    return _from_match(match) if match else None


def _arxiv_from_url(url: str) -> tuple[str, int | None] | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if (parts.hostname or "").lower() not in _ARXIV_HOSTS:
        return None
    path = _ARXIV_PATH.match(unquote(parts.path))
    if not path:
        return None
    match = _ID_FULL.fullmatch(path.group("id"))
    return _from_match(match) if match else None


def _trim(text: str) -> str:
    """Drop trailing sentence punctuation and closing brackets that do not belong to the link:
    "(see https://x.org/a)." keeps "https://x.org/a", "10.1016/S0140-6736(20)30183-5" keeps
    its balanced parentheses."""
    while text:
        if text[-1] in _TRAILING:
            text = text[:-1]
        elif text[-1] == ")" and text.count(")") > text.count("("):
            text = text[:-1]
        else:
            break
    return text


def _doi_reference(raw: str, doi: str, url: str | None = None) -> Reference | None:
    doi = _trim(doi)
    if not re.fullmatch(r"10\.\d{4,9}/[-._;()/:A-Za-z0-9]+", doi):
        return None
    arxiv = _ARXIV_DOI.match(doi)
    if arxiv:
        parsed = parse_arxiv_id(arxiv.group("id"))
        if parsed:
            return Reference(raw=raw, kind="arxiv", arxiv_id=parsed[0], version=parsed[1],
                             doi=doi, url=url)
    return Reference(raw=raw, kind="doi", doi=doi, url=url)


def _url_reference(raw: str) -> Reference | None:
    url = raw if "://" in raw else "https://" + raw
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if not _HOSTNAME.match(parts.netloc.rsplit("@", 1)[-1]):
        return None
    host = (parts.hostname or "").lower()
    if host in _ARXIV_HOSTS:
        parsed = _arxiv_from_url(url)
        if parsed:
            return Reference(raw=raw, kind="arxiv", arxiv_id=parsed[0], version=parsed[1],
                             url=url)
    if host in _DOI_HOSTS:
        doi = _doi_reference(raw, unquote(parts.path.lstrip("/")), url)
        if doi:
            return doi
    return Reference(raw=raw, kind="url", url=url)


def find_references(text: str) -> list[Reference]:
    """Every arXiv id, DOI and URL in `text`, in order of appearance, one per key.

    URLs are read first (an arXiv or doi.org URL becomes an arXiv or DOI reference), then DOIs,
    then "arXiv:" ids, then bare ids; a match inside an earlier one is skipped, so the id in
    "https://arxiv.org/abs/2005.13013v2" is not counted twice.
    """
    found: list[tuple[int, Reference]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= left or start >= right for left, right in taken)

    def add(start: int, end: int, reference: Reference | None) -> None:
        taken.append((start, end))
        if reference is not None:
            found.append((start, reference))

    for match in _URL.finditer(text):
        raw = _trim(match.group())
        add(match.start(), match.start() + len(raw), _url_reference(raw))
    for match in _DOI.finditer(text):
        raw = _trim(match.group())
        if free(match.start(), match.start() + len(raw)):
            add(match.start(), match.start() + len(raw),
                _doi_reference(raw, _DOI_PREFIX.sub("", raw)))
    for pattern in (_PREFIXED, _BARE):
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            parsed = _from_match(match)
            if parsed:
                add(match.start(), match.end(),
                    Reference(raw=match.group(), kind="arxiv", arxiv_id=parsed[0],
                              version=parsed[1]))

    references: list[Reference] = []
    seen: set[str] = set()
    for _, reference in sorted(found, key=lambda item: item[0]):
        if reference.key not in seen:
            seen.add(reference.key)
            references.append(reference)
    return references
