"""The HTML audit: an overview page and one page per report.

Everything a report or a paper says is untrusted text (a claim can contain `<script>`, a file
name can contain quotes), so pages are rendered by Jinja2 with autoescaping on for every
template, links are built here only from http(s) addresses, and each page carries a Content
Security Policy that allows exactly its own stylesheet and script (by hash) and nothing else.
The pages are static files that work offline: no external assets, and all claims stay readable
with scripts off (the filters only hide claims, they never fetch or build content).

Output is deterministic (the timestamp and the run record are passed in, never read from the
clock) so that golden files and diffs between runs show only real changes.

A report page opens with what its verdicts rest on (how many of the cited papers were found,
and what to do about the missing ones), then a compact table of its claims (sortable and
searchable when scripts run; the filters are kept in the URL), then one card per claim.
"""

from __future__ import annotations

import base64
import hashlib
import re
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from verify_claims.claims import (
    Check,
    Claim,
    Evidence,
    Location,
    Outcome,
    Problem,
    Quantity,
    Reference,
    Report,
    Status,
    digest,
    write_atomic,
)
from verify_claims.claims.run import CitedPaper, ReportSources, RunRecord
from verify_claims.claims.spool import ReportFile

from .summary import (
    Counts,
    ReportSummary,
    SharedClaim,
    SharedClaims,
    calibration,
    count_claims,
    mark_agreement,
    status_reason,
    summarise,
    total,
)

INDEX_PAGE = "index.html"
REPORTS_FOLDER = "reports"
MAX_SLUG_LENGTH = 80

_NOT_SLUG = re.compile(r"[^a-z0-9_]+")
_SEPARATORS = re.compile(r"[\\/]")
# ASCII only: digits of other scripts and case-folded look-alikes (the Kelvin sign) are no id.
_ARXIV_SOURCE = re.compile(r"^arxiv:(?P<id>[a-z\-.]*/?[0-9][0-9.]*?)(?:v(?P<version>[0-9]+))?$",
                           re.IGNORECASE | re.ASCII)

GOOD_OUTCOMES = {Outcome.supported, Outcome.confirmed}
BAD_OUTCOMES = {Outcome.contradicted}


# ----------------------------------------------------------------------------- page names


def slugify(file_name: str) -> str:
    """A file-system-safe page name for a report file: lower-case ASCII letters, digits, `_`
    and `-` only, so it can hold no path separator, no `..` and no hidden-file dot.

    Only the last path component is used and its extension is kept as a word ("x.txt" ->
    "x-txt"), so "x.txt" and "x.md" get different pages.
    """
    name = _SEPARATORS.split(file_name)[-1]
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_name.lower()).strip("-_")[:MAX_SLUG_LENGTH].strip("-_")
    return slug or "report"


def page_names(reports: Sequence[Report] | Sequence[ReportFile]) -> list[str]:
    """One unique slug per report, in order.

    Reports whose slugs collide (same file name in two folders) get a short hash of their
    path appended, so a report keeps its page name however many others join the audit; a
    numeric suffix settles the rare case that even that collides.
    """
    bases = [slugify(report.file) for report in reports]
    repeated = Counter(bases)
    names: list[str] = []
    taken: set[str] = set()
    for report, base in zip(reports, bases, strict=True):
        name = base if repeated[base] == 1 else f"{base}-{digest(report.path, length=8)}"
        candidate, number = name, 2
        while candidate in taken:
            candidate, number = f"{name}-{number}", number + 1
        taken.add(candidate)
        names.append(candidate)
    return names


def anchors(claims: Sequence[Claim]) -> list[str]:
    """HTML ids of the claim cards of one page: the claim id, which links stay valid across
    runs, with "-2", "-3" added when a report prints the same claim text twice."""
    seen: Counter[str] = Counter()
    result = []
    for claim in claims:
        seen[claim.id] += 1
        result.append(claim.id if seen[claim.id] == 1 else f"{claim.id}-{seen[claim.id]}")
    return result


# ----------------------------------------------------------------------------- links


def reference_href(reference: Reference) -> str | None:
    """Where a citation can be read: arXiv abstract page, doi.org, or an http(s) URL.

    Anything else (a `javascript:` URL in a hostile report, say) gets no link at all.
    """
    if reference.kind == "arxiv" and reference.arxiv_id:
        version = f"v{reference.version}" if reference.version else ""
        return f"https://arxiv.org/abs/{quote(reference.arxiv_id, safe='/.')}{version}"
    if reference.kind == "doi" and reference.doi:
        return f"https://doi.org/{quote(reference.doi, safe='/.;()-_')}"
    return _web_address(reference.url or "")


def source_href(source: str) -> str | None:
    """A link for an evidence source when it is an arXiv id ("arXiv:2005.13013v2") or URL."""
    match = _ARXIV_SOURCE.match(source.strip())
    if match:
        version = f"v{match['version']}" if match["version"] else ""
        return f"https://arxiv.org/abs/{quote(match['id'], safe='/.')}{version}"
    return _web_address(source)


def source_version(source: str) -> str:
    """ "version 2" for "arXiv:2005.13013v2", "latest version" for an unversioned arXiv id."""
    match = _ARXIV_SOURCE.match(source.strip())
    if not match:
        return ""
    return f"version {match['version']}" if match["version"] else "latest version"


def _web_address(text: str) -> str | None:
    parts = urlsplit(text.strip())
    if parts.scheme in ("http", "https") and parts.netloc:
        return parts.geturl()
    return None


# ----------------------------------------------------------------------------- formatting


def number(value: float | int | None) -> str:
    """Numbers as a reader writes them: 8.2, 45 (not 45.0), 1e-05."""
    if value is None:
        return "—"
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def printed(value: float | int | None, like: Quantity | None = None) -> str:
    """A number as the report printed it: with the decimals and thousands separators of the
    quantity `like` it was read from (392,702 and 7.0, not 392702 and 7), but never fewer
    decimals than the value has, so a found 7.45 beside a claimed 7.5 is not shown as 7.5."""
    plain = number(value)
    if value is None or "e" in plain or "inf" in plain or "nan" in plain:
        return plain
    needed = len(plain.partition(".")[2])
    decimals = max(like.decimals if like is not None else 0, needed)
    grouping = like is not None and re.search(r"\d,\d{3}", like.text) is not None
    return format(value, f"{',' if grouping else ''}.{decimals}f")


def quantity_like(claim: Claim, value: float | None) -> Quantity | None:
    """The claim's quantity with this value (the one a check compared), if any."""
    return next((quantity for quantity in claim.quantities if quantity.value == value), None)


@dataclass(frozen=True)
class NumberRow:
    """One row of an evidence's claimed/found table, each number as printed."""

    about: str | None
    claimed: str
    found: str
    difference: str


def number_rows(evidence: Evidence, claim: Claim) -> list[NumberRow]:
    """Every pair of numbers an evidence compares: all of them when the check listed them
    (a passage that confirms three numbers shows three rows), else its lead pair."""
    if evidence.numbers:
        return [NumberRow(pair.about, pair.claimed, pair.found,
                          signed(pair.found_value - pair.claimed_value))
                for pair in evidence.numbers]
    if evidence.claimed is None and evidence.found is None:
        return []
    like = quantity_like(claim, evidence.claimed)
    difference = (signed(evidence.found - evidence.claimed)
                  if evidence.claimed is not None and evidence.found is not None else "—")
    return [NumberRow(None, printed(evidence.claimed, like), printed(evidence.found, like),
                      difference)]


def signed(value: float) -> str:
    """A difference with its sign always shown, rounded off float noise: +0.3, −1.2, 0."""
    rounded = round(value, 6)
    if rounded == 0:
        return "0"
    text = number(abs(rounded))
    return f"+{text}" if rounded > 0 else f"\u2212{text}"


def mark_symbol(mark: bool | None) -> str:
    return {True: "✓", False: "×", None: "—"}[mark]


def mark_words(mark: bool | None) -> str:
    return {True: "✓ verified", False: "× not verified", None: "no mark"}[mark]


def location_text(location: Location) -> str:
    """ "page 3, line 12 · 5 Extracted Claims": where to look in the report file."""
    parts = [f"{name} {value}" for name, value in (("page", location.page),
                                                   ("line", location.line)) if value]
    where = ", ".join(parts)
    if location.section:
        where = f"{where} · {location.section}" if where else location.section
    return where


def quantity_notes(quantity: Quantity) -> str:
    notes = [text for flag, text in (
        (quantity.cut_off, "cut off: digits or unit may be missing"),
        (quantity.approximate, "approximate"),
        (quantity.negated, "negated"),
    ) if flag]
    return "; ".join(notes)


def timestamp(generated: datetime | str | None) -> tuple[str, str | None] | None:
    """(text shown, ISO 8601 for the `datetime` attribute) of the run's timestamp.

    A string is taken as ISO 8601 when it parses as such, else shown as given without an
    attribute, so a caller's own wording ("nightly build 42") still appears.
    """
    if generated is None:
        return None
    if isinstance(generated, str):
        try:
            generated = datetime.fromisoformat(generated)
        except ValueError:
            return generated, None
    zone = f" {generated.tzname()}" if generated.tzname() else ""
    return generated.strftime("%Y-%m-%d %H:%M") + zone, generated.isoformat()


def short_reason(claim: Claim, width: int = 160) -> str:
    """The one-line reason of the summary table: what the first deciding check found (its
    own explanation, shortened), or why nothing decided."""
    wanted = {Status.contradicted: BAD_OUTCOMES, Status.confirmed: GOOD_OUTCOMES}
    outcomes = wanted.get(Status(claim.status))
    deciding = next((check for check in claim.checks if check.decisive and outcomes
                     and check.outcome in outcomes and check.explanation), None)
    if deciding is not None:
        text = f"{deciding.kind.value.capitalize()} check: {deciding.explanation}"
    elif not claim.checks:
        text = "No check has been run"
    else:
        outcomes_seen = dict.fromkeys(check.outcome.value.replace("_", " ")
                                      for check in claim.checks)
        text = "No decisive check (" + ", ".join(outcomes_seen) + ")"
    return textwrap.shorten(text, width=width, placeholder=" …")


def missing_key(check: Check, missing: Iterable[str]) -> str | None:
    """The missing cited paper a `source_missing` check is about (its explanation starts with
    the reference's key), or None when it is about something else."""
    if check.outcome != Outcome.source_missing:
        return None
    for key in missing:
        if check.explanation.startswith((f"{key} ", f"{key}:")):
            return key
    return None


def shown_checks(claim: Claim, sources: ReportSources | None) -> tuple[list[Check], list[str]]:
    """The checks a claim card lists, and the missing papers it only names: a paper the
    report's header already lists as missing is not repeated as one row per claim."""
    if sources is None:
        return list(claim.checks), []
    missing = [paper.reference for paper in sources.missing]
    checks, named = [], []
    for check in claim.checks:
        key = missing_key(check, missing)
        if key is None:
            checks.append(check)
        elif key not in named:
            named.append(key)
    return checks, named


def poorly_read_cited(claim: Claim, sources: ReportSources | None) -> list[CitedPaper]:
    """The papers the claim cites that were found but read too poorly (`claims.Reading`): its
    card says so, since an unverified verdict there may mean the text was not read, not that
    the paper does not say it."""
    if sources is None:
        return []
    cited = {reference.key for reference in claim.references}
    return [paper for paper in sources.poorly_read if paper.reference in cited]


_OPTION = re.compile(r"--[a-z][a-z-]*(?: DIR)?")


def options_as_code(text: str) -> Markup:
    """Escaped text with command-line options set as code ("pass <code>--sources DIR</code>"),
    so that an option is never broken across lines. The pattern matches only letters, dashes
    and spaces, which escaping leaves alone, so no markup can come from the text."""
    return Markup(_OPTION.sub(lambda match: f"<code>{match.group(0)}</code>", str(escape(text))))


def outcome_tone(outcome: Outcome) -> str:
    """The colour family of an outcome badge: good, bad or neutral."""
    if outcome in GOOD_OUTCOMES:
        return "good"
    return "bad" if outcome in BAD_OUTCOMES else "neutral"


def breakdown(counts: Counts) -> list[tuple[str, float, float]]:
    """Segments (status, start, width) in percent for the stacked status bar of a report."""
    segments, start = [], 0.0
    for status in ("confirmed", "contradicted", "unverified"):
        share = 100.0 * counts.of_status(status) / counts.claims if counts.claims else 0.0
        if share:
            segments.append((status, round(start, 2), round(share, 2)))
        start += share
    return segments


# ----------------------------------------------------------------------------- environment


@dataclass(frozen=True)
class BandChart:
    """Positions (in SVG user units) of a reproduction's tolerance band, claimed value, seeds
    and their mean on a number line that fits them all."""

    width: int
    band: tuple[float, float]
    claimed: float | None
    mean: float | None
    seeds: list[float]
    ticks: list[tuple[float, str]]


def band_chart(evidence: Evidence, width: int = 320) -> BandChart | None:
    """The chart of a reproduction's evidence, or None when it has no band."""
    if evidence.band is None:
        return None
    points = [*evidence.band, *evidence.values]
    points += [v for v in (evidence.claimed, evidence.found) if v is not None]
    low, high = min(points), max(points)
    pad = (high - low) * 0.1 or 1.0
    low, high = low - pad, high + pad

    def x(value: float) -> float:
        return round(10 + (value - low) / (high - low) * (width - 20), 1)

    ticks = [(x(value), number(value)) for value in evidence.band]
    return BandChart(width=width, band=(x(evidence.band[0]), x(evidence.band[1])),
                     claimed=x(evidence.claimed) if evidence.claimed is not None else None,
                     mean=x(evidence.found) if evidence.found is not None else None,
                     seeds=[x(value) for value in evidence.values], ticks=ticks)


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment: autoescaping everywhere, unknown names are errors."""
    env = Environment(
        loader=PackageLoader("verify_claims.reports", "templates"),
        autoescape=select_autoescape(
            enabled_extensions=("html", "j2"), default_for_string=True, default=True
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(number=number, signed=signed, mark=mark_symbol, mark_words=mark_words,
                       tone=outcome_tone, printed=printed,
                       options=options_as_code)
    env.globals.update(reference_href=reference_href, source_href=source_href,
                       source_version=source_version, status_reason=status_reason,
                       short_reason=short_reason, shown_checks=shown_checks,
                       poorly_read_cited=poorly_read_cited,
                       number_rows=number_rows, breakdown=breakdown, location=location_text,
                       quantity_notes=quantity_notes, band_chart=band_chart)
    env.globals["csp"] = _content_security_policy(env)
    return env


def _content_security_policy(env: Environment) -> str:
    """Allow only our own inline stylesheet and script, identified by their SHA-256.

    Escaping already keeps untrusted text out of the markup; the policy is the second wall: if
    a template bug ever let markup through, the browser would still refuse to run it or load
    anything from elsewhere.
    """
    def sha256(template: str) -> str:
        body = env.get_template(template).render().encode("utf-8")
        return "'sha256-" + base64.b64encode(hashlib.sha256(body).digest()).decode() + "'"

    return ("default-src 'none'; "
            f"style-src {sha256('audit.css')}; script-src {sha256('filters.js')}; "
            "base-uri 'none'; form-action 'none'")


# ----------------------------------------------------------------------------- rendering


def render_audit(
    reports: Sequence[Report],
    out_dir: Path,
    problems: Iterable[Problem] = (),
    generated: datetime | str | None = None,
    run: RunRecord | None = None,
    sources: Sequence[ReportSources] | None = None,
) -> list[Path]:
    """Write `out_dir/index.html` and `out_dir/reports/<slug>.html` for each report.

    `problems` are the run's own (files skipped, unreadable); each report's problems are
    shown too. `generated` (a datetime or an ISO 8601 string) is shown in the footer; None
    leaves it out, so the same records always give the same bytes. `run` is the run record
    shown in every footer and `sources` each report's cited papers found (in report order).
    Returns the written paths, index first.
    """
    reports = list(reports)
    cited: Sequence[ReportSources | None] = sources if sources is not None \
        else [None] * len(reports)
    pages = AuditPages(out_dir, generated, run)
    for report, name, found in zip(reports, page_names(reports), cited, strict=True):
        pages.add(report, name, found)
    return pages.finish(problems)


class AuditPages:
    """The pages of an audit, written as reports arrive one at a time (the pipeline streams
    them from disk): each report's page at once, the overview at `finish`, from what it keeps
    of each report (its metadata, counts and short copies of its claims).

    Page names are decided beforehand (`page_names` over every report) and passed in, so that
    no page needs to know the reports still to come."""

    def __init__(self, out_dir: Path, generated: datetime | str | None = None,
                 run: RunRecord | None = None) -> None:
        self.out_dir = Path(out_dir)
        self._env = environment()
        self._generated = timestamp(generated if generated is not None
                                    else run.generated if run is not None else None)
        self._run = run
        self._rows: list[tuple[Report, ReportSummary, str, ReportSources | None]] = []
        self._report_problems: list[Problem] = []
        self._shared = SharedClaims()
        self._links: dict[int, str] = {}  # id of a claim's copy -> its card on its page
        self._pages: list[Path] = []

    def add(self, report: Report, name: str, sources: ReportSources | None = None) -> Path:
        """Write the report's page as `reports/<name>.html` and note what the overview needs;
        `sources` are the report's cited papers found and missing (from the run). The page is
        written as the template yields it (`generate`, not `render`): a report of 1,000 claims
        citing 2,000 papers made a 200 MB page, held whole as one string."""
        claim_anchors = anchors(report.claims)
        page = self.out_dir / REPORTS_FOLDER / f"{name}.html"
        write_atomic(page, self._env.get_template("report.html.j2").generate(
            report=report,
            claims=list(zip(report.claims, claim_anchors, strict=True)),
            counts=count_claims(report.claims),
            agreement=mark_agreement(report.claims),
            calibration=[row for row in calibration(report.claims) if row.claims],
            sources=sources,
            generated=self._generated,
            run=self._run,
            root="../",
        ))
        for copy, anchor in zip(self._shared.add(report), claim_anchors, strict=True):
            self._links[id(copy)] = f"{REPORTS_FOLDER}/{name}.html#{anchor}"
        header = report.model_copy(update={"claims": [], "references": [], "problems": []})
        self._rows.append((header, summarise(report), name, sources))  # the overview's row
        self._report_problems += report.problems
        self._pages.append(page)
        return page

    def shared_claims(self) -> list[SharedClaim]:
        """The claims printed in two or more of the reports added so far (what the overview
        lists, and what `audit.json` lists too)."""
        return self._shared.groups(min_reports=2)

    def finish(self, problems: Iterable[Problem] = ()) -> list[Path]:
        """Write `index.html`; returns every written path, index first."""
        shared = [(group, [(claim, self._links[id(claim)]) for claim in group.claims])
                  for group in self.shared_claims()]
        incomplete = [sources for *_, sources in self._rows if sources and sources.missing]
        index = self.out_dir / INDEX_PAGE
        write_atomic(index, self._env.get_template("index.html.j2").render(
            rows=self._rows,
            incomplete=len(incomplete),
            fixes=list(dict.fromkeys(fix for sources in incomplete for fix in sources.fixes)),
            totals=total(summary for _, summary, _, _ in self._rows),
            shared=shared,
            problems=list(problems) + self._report_problems,
            generated=self._generated,
            run=self._run,
            root="",
        ))
        return [index, *self._pages]
