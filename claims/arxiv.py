"""arXiv identifiers: the strict grammar every stage uses before trusting an id.

Identifiers name and fetch source files, so an id is accepted only when it matches the real
grammar (https://info.arxiv.org/help/arxiv_identifier.html):
  new style  YYMM.NNNN   from 0704 to 1412, YYMM.NNNNN from 1501 on, optional vN;
  old style  archive[.SC]/YYMMNNN (1991 to 2007), optional vN; the subject class (".GT" in
             "math.GT/0309136") is not part of the id and is dropped.
Anything else (path tricks, NUL bytes, random numbers, digits of other scripts such as the
fullwidth "２００５" or Arabic-Indic "٢٠٠٥", which a bare digit class would take) is not an id.
It lives in `claims/` because both `extract` (finding citations) and `verify` (naming source
files) rely on it.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

# Archives that had old-style identifiers (before April 2007).
OLD_ARCHIVES = (
    "acc-phys", "adap-org", "alg-geom", "ao-sci", "astro-ph", "atom-ph", "bayes-an", "chao-dyn",
    "chem-ph", "cmp-lg", "comp-gas", "cond-mat", "cs", "dg-ga", "funct-an", "gr-qc", "hep-ex",
    "hep-lat", "hep-ph", "hep-th", "math", "math-ph", "mtrl-th", "nlin", "nucl-ex", "nucl-th",
    "patt-sol", "physics", "plasm-ph", "q-alg", "q-bio", "q-fin", "quant-ph", "solv-int", "stat",
    "supr-con",
)
ARCHIVE_PATTERN = "|".join(sorted((re.escape(name) for name in OLD_ARCHIVES), key=len,
                                  reverse=True))

# The candidates are loose on purpose; `_valid_new` and `_valid_old` check the dates.
NEW_ID = r"(?P<new>[0-9]{4}\.[0-9]{4,5})"
OLD_ID = rf"(?P<archive>{ARCHIVE_PATTERN})(?:\.[A-Za-z][A-Za-z-]{{0,9}})?/(?P<old>[0-9]{{7}})"
VERSION = r"(?:v(?P<version>[1-9][0-9]{0,3}))?"
_ID_FULL = re.compile(rf"(?:{NEW_ID}|{OLD_ID}){VERSION}", re.IGNORECASE)

ARXIV_HOSTS = {"arxiv.org", "www.arxiv.org", "export.arxiv.org"}
_ARXIV_PATH = re.compile(r"^/(?:abs|pdf|html|format)/(?P<id>.+?)(?:\.pdf)?/?$", re.IGNORECASE)
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


def id_from_match(match: re.Match[str]) -> tuple[str, int | None] | None:
    """The canonical (id, version) of an id match, or None when its date is impossible."""
    if not match.group().isascii():
        # Only ASCII can be an id: case-insensitive matching also takes the Kelvin sign for
        # "k" and the long s for "s" ("\u017ftat/0601001" is not stat/0601001).
        return None
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
    candidate = text.strip(" \t\r\n")
    if re.match(r"^(?:https?://)?(?:www\.|export\.)?arxiv\.org/", candidate, re.IGNORECASE):
        return arxiv_id_from_url(candidate if "://" in candidate else "https://" + candidate)
    candidate = re.sub(r"^arxiv:\s?", "", candidate, flags=re.IGNORECASE)
    candidate = _FILE_SUFFIX.sub("", candidate)
    old_file_name = re.fullmatch(rf"({ARCHIVE_PATTERN})_([0-9]{{7}}(?:v[0-9]+)?)", candidate,
                                 re.IGNORECASE)
    if old_file_name:
        candidate = f"{old_file_name.group(1)}/{old_file_name.group(2)}"
    match = _ID_FULL.fullmatch(candidate)
    return id_from_match(match) if match else None


def arxiv_id_from_url(url: str) -> tuple[str, int | None] | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if (parts.hostname or "").lower() not in ARXIV_HOSTS:
        return None
    path = _ARXIV_PATH.match(unquote(parts.path))
    if not path:
        return None
    match = _ID_FULL.fullmatch(path.group("id"))
    return id_from_match(match) if match else None
