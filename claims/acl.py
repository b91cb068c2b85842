"""ACL Anthology identifiers: the strict grammar every stage uses before trusting one.

Most NLP papers before arXiv became the norm (and many after) are cited by their ACL Anthology
page, `https://aclanthology.org/P07-1088.pdf`, `https://aclanthology.org/2020.acl-main.207/`
or the older `https://www.aclweb.org/anthology/N18-3011.pdf`. An identifier later names a file
in `--sources`, so it is accepted only when it matches the Anthology's two id schemes
(https://aclanthology.org/info/ids/):

  old style  a volume letter, a two-digit year, a dash and four digits: `P07-1088`,
             `W09-1210`, `N18-3011`, `D11-1142` (used up to 2019);
  new style  year (2020 on), a venue and volume, and a paper number:
             `2020.acl-main.207`, `2023.eacl-main.121`, `2021.findings-emnlp.3`.

Anything else (path tricks, NUL bytes, "..", upper-case venues, a missing number) is not an id.
It lives in `claims/` because both `extract` (finding citations) and `verify` (naming source
files) rely on it, as with `claims/arxiv.py`.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

# Volume letters the Anthology used for old-style ids (ACL, CL journal, EACL, NAACL, ...).
_OLD_LETTERS = "ACDEFHIJKLMNOPQRSTUWXYZ"
OLD_ACL_ID = rf"[{_OLD_LETTERS}]\d{{2}}-\d{{4}}"
# Year 2020-2099; venue: lower-case letters and digits; volume: lower-case letters and digits;
# the venue-volume part may hold several dash-joined words ("findings-emnlp", "acl-main",
# "lrec-1"); the paper number has one to four digits without a leading zero.
NEW_ACL_ID = r"20[2-9]\d\.[a-z][a-z0-9]{0,19}(?:-[a-z0-9]{1,20}){0,3}\.[1-9]\d{0,3}"
ACL_ID = rf"(?:{OLD_ACL_ID}|{NEW_ACL_ID})"
_ACL_ID_FULL = re.compile(ACL_ID)

ACL_HOSTS = {"aclanthology.org", "www.aclanthology.org", "aclweb.org", "www.aclweb.org"}
# /ID.pdf, /ID/, /ID (aclanthology.org); /anthology/ID.pdf, /anthology/ID/ (aclweb.org).
_ACL_PATH = re.compile(rf"^/(?:anthology/)?(?P<id>{ACL_ID})(?:\.pdf|/)?$")


def is_acl_id(text: object) -> bool:
    """True when `text` is exactly one ACL Anthology identifier (no prefix, no suffix)."""
    return isinstance(text, str) and _ACL_ID_FULL.fullmatch(text) is not None


def parse_acl_id(text: str) -> str | None:
    """The ACL Anthology id in `text`: the id alone ("P07-1088"), with an "acl:" prefix, an
    Anthology URL, or a source file name ("2020.acl-main.207.pdf", ".txt", ".md"). The whole
    string must be the identifier; anything else gives None."""
    if not isinstance(text, str):
        return None
    candidate = text.strip(" \t\r\n")
    if re.match(r"^(?:https?://)?(?:www\.)?(?:aclanthology|aclweb)\.org/", candidate, re.I):
        return acl_id_from_url(candidate if "://" in candidate else "https://" + candidate)
    candidate = re.sub(r"^acl:\s?", "", candidate, flags=re.IGNORECASE)
    candidate = re.sub(r"\.(?:pdf|txt|md)$", "", candidate)
    return candidate if is_acl_id(candidate) else None


def acl_id_from_url(url: str) -> str | None:
    """The id of an Anthology URL (see the module docstring), or None for any other URL."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if host not in ACL_HOSTS or parts.query or parts.fragment:
        return None
    path = unquote(parts.path)
    if host.endswith("aclweb.org") and not path.startswith("/anthology/"):
        return None
    match = _ACL_PATH.match(path)
    return match.group("id") if match else None
