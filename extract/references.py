"""Find the works a text cites: arXiv identifiers, ACL Anthology links, DOIs and other URLs.

Reports cite papers as `<http://arxiv.org/abs/2005.13013v2>`, `arXiv:2005.13013v3 [cs.CL]`,
`https://arxiv.org/pdf/2005.13013v1.pdf`, `hep-th/9901001`, `https://doi.org/10.18653/...`
and so on. Identifiers are later used to name and fetch source files, so an arXiv id is only
ever accepted when it matches the strict grammar of arXiv identifiers (valid month, right
number of digits, a known archive for old-style ids); anything else (path tricks, NUL bytes,
random numbers) is either a plain URL or nothing. The grammar itself is in
`verify_claims.claims.arxiv`, shared with the stage that names source files. ACL Anthology
links (`https://aclanthology.org/P07-1088.pdf`, `https://www.aclweb.org/anthology/N18-3011.pdf`)
become `acl` references under the same rule: only an id of the Anthology's grammar
(`verify_claims.claims.acl`) is accepted, any other link on those hosts stays a plain URL.
"""

from __future__ import annotations

import bisect
import re
from urllib.parse import unquote, urlsplit

from verify_claims.claims import Reference
from verify_claims.claims.acl import ACL_HOSTS, acl_id_from_url
from verify_claims.claims.arxiv import (
    ARXIV_HOSTS,
    NEW_ID,
    OLD_ID,
    VERSION,
    arxiv_id_from_url,
    id_from_match,
    parse_arxiv_id,
)

# An id with an explicit "arXiv:" prefix, e.g. "arXiv:2005.13013v3 [cs.CL]".
_PREFIXED = re.compile(rf"\barXiv:\s?(?:{NEW_ID}|{OLD_ID}){VERSION}(?![\w/]|\.\d)",
                       re.IGNORECASE)
# A bare id standing alone: not part of a longer number, word, path or version string.
_BARE = re.compile(rf"(?<![\w./:\\-])(?:{NEW_ID}|{OLD_ID}){VERSION}(?![\w/]|\.\d)")

# URLs: with a scheme, or the two hosts people write without one.
_URL_CHARS = r"[^\s<>\"'`{}|\\^\[\]\x00-\x1f\x7f]"
_URL = re.compile(
    rf"(?:https?://|(?<![\w.@/])(?:(?:www|export)\.)?arxiv\.org/|(?<![\w.@/])(?:dx\.)?doi\.org/"
    rf"|(?<![\w.@/])(?:www\.)?(?:aclanthology|aclweb)\.org/)"
    rf"{_URL_CHARS}+",
    re.IGNORECASE,
)
# Crossref's recommended DOI pattern, with an optional "doi:" prefix.
_DOI = re.compile(r"(?<![\w/.])(?:doi:\s?)?10\.\d{4,9}/[-._;()/:A-Za-z0-9]+", re.IGNORECASE)
_DOI_PREFIX = re.compile(r"^doi:\s?", re.IGNORECASE)
_HOSTNAME = re.compile(r"^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                       r"[A-Za-z]{2,63}(?::\d{1,5})?$")

_DOI_HOSTS = {"doi.org", "dx.doi.org", "www.doi.org"}
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(?P<id>.+)$", re.IGNORECASE)
_TRAILING = ".,;:!?'\""
# Longer than any link or identifier a person writes (browsers stop near 2,000 characters):
# such a "reference" would be copied into every claim and every message about it.
MAX_REFERENCE_CHARS = 2_000

def _trim(text: str) -> str:
    """Drop trailing sentence punctuation and closing brackets that do not belong to the link:
    "(see https://x.org/a)." keeps "https://x.org/a", "10.1016/S0140-6736(20)30183-5" keeps
    its balanced parentheses. The brackets are counted once, not once per character dropped,
    so that a link ending in a million ")" is trimmed in linear time."""
    opened, closed = text.count("("), text.count(")")
    end = len(text)
    while end:
        last = text[end - 1]
        if last in _TRAILING or (last == ")" and closed > opened):
            closed -= last == ")"
            end -= 1
        else:
            break
    return text[:end]


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
    if host in ARXIV_HOSTS:
        parsed = arxiv_id_from_url(url)
        if parsed:
            return Reference(raw=raw, kind="arxiv", arxiv_id=parsed[0], version=parsed[1],
                             url=url)
    if host in ACL_HOSTS:
        acl_id = acl_id_from_url(url)
        if acl_id:
            return Reference(raw=raw, kind="acl", acl_id=acl_id, url=url)
    if host in _DOI_HOSTS:
        doi = _doi_reference(raw, unquote(parts.path.lstrip("/")), url)
        if doi:
            return doi
    return Reference(raw=raw, kind="url", url=url)


class _Spans:
    """The stretches of text already taken by a match, for telling whether a later match lies
    inside one, in O(log n) per question.

    Matches of one pattern never overlap (finditer), so a pattern's matches are only checked
    against the stretches of the patterns read before it: they are collected during a pass
    and merged into the sorted, disjoint list when the pass closes. (Comparing every match
    with every earlier one made 60,000 citations take 81 s.)"""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._pending: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        """No stretch of an earlier pass overlaps [start, end)."""
        index = bisect.bisect_right(self._starts, start) - 1  # the last stretch from <= start
        if index >= 0 and self._ends[index] > start:
            return False
        following = index + 1  # the first stretch that starts after `start`
        return following >= len(self._starts) or self._starts[following] >= end

    def add(self, start: int, end: int) -> None:
        self._pending.append((start, end))

    def close_pass(self) -> None:
        merged = sorted([*zip(self._starts, self._ends, strict=True), *self._pending])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]
        self._pending = []


def find_references(text: str) -> list[Reference]:
    """Every arXiv id, DOI and URL in `text`, in order of appearance, one per key.

    URLs are read first (an arXiv or doi.org URL becomes an arXiv or DOI reference), then DOIs,
    then "arXiv:" ids, then bare ids; a match inside an earlier one is skipped, so the id in
    "https://arxiv.org/abs/2005.13013v2" is not counted twice.
    """
    found: list[tuple[int, Reference | None]] = []
    taken = _Spans()
    for match in _URL.finditer(text):
        raw = _trim(match.group())
        found.append((match.start(), _url_reference(raw)))
        taken.add(match.start(), match.start() + len(raw))
    taken.close_pass()
    for match in _DOI.finditer(text):
        raw = _trim(match.group())
        if taken.free(match.start(), match.start() + len(raw)):
            found.append((match.start(), _doi_reference(raw, _DOI_PREFIX.sub("", raw))))
            taken.add(match.start(), match.start() + len(raw))
    taken.close_pass()
    for pattern in (_PREFIXED, _BARE):
        for match in pattern.finditer(text):
            if not taken.free(match.start(), match.end()):
                continue
            parsed = id_from_match(match)
            taken.add(match.start(), match.end())
            if parsed:
                found.append((match.start(), Reference(raw=match.group(), kind="arxiv",
                                                       arxiv_id=parsed[0], version=parsed[1])))
        taken.close_pass()

    references: list[Reference] = []
    seen: set[str] = set()
    for _, reference in sorted(found, key=lambda item: item[0]):
        if reference is not None and len(reference.raw) <= MAX_REFERENCE_CHARS \
                and reference.key not in seen:
            seen.add(reference.key)
            references.append(reference)
    return references


def overlong_links(text: str) -> list[str]:
    """The links and DOIs of `text` longer than `MAX_REFERENCE_CHARS`, which `find_references`
    leaves out, so that the caller can say so (one pass per pattern: linear)."""
    found = []
    for pattern in (_URL, _DOI):
        found += [match.group() for match in pattern.finditer(text)
                  if match.end() - match.start() > MAX_REFERENCE_CHARS
                  and len(_trim(match.group())) > MAX_REFERENCE_CHARS]
    return found
