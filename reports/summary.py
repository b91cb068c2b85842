"""Counts and groupings of claims, computed once and shared by every view of the audit.

The HTML overview, `audit.json` and the CLI's terminal table all show the same figures; they
all come from here so that the three can never disagree. Everything is a pure function of the
records: no I/O, no formatting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from verify_claims.claims import Check, Claim, Report, Status
from verify_claims.claims.status import CONTRADICTING, SUPPORTING


@dataclass(frozen=True)
class Counts:
    """How many claims there are of each kind. Counts add up, so totals are a plain sum."""

    claims: int = 0
    confirmed: int = 0
    contradicted: int = 0
    unverified: int = 0
    truncated: int = 0
    marked_true: int = 0  # the report's own ✓
    marked_false: int = 0  # the report's own ×
    unmarked: int = 0
    disagreements: int = 0  # report mark says the opposite of a decided status

    def __add__(self, other: Counts) -> Counts:
        return Counts(**{f.name: getattr(self, f.name) + getattr(other, f.name)
                         for f in fields(self)})

    def of_status(self, status: Status | str) -> int:
        return getattr(self, Status(status).value)

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def count_claims(claims: Iterable[Claim]) -> Counts:
    """Counts for any collection of claims (one report's, or a filtered selection)."""
    tally = dict.fromkeys((f.name for f in fields(Counts)), 0)
    for claim in claims:
        tally["claims"] += 1
        tally[Status(claim.status).value] += 1
        tally["truncated"] += claim.truncated
        if claim.report_mark is None:
            tally["unmarked"] += 1
        elif claim.report_mark:
            tally["marked_true"] += 1
        else:
            tally["marked_false"] += 1
        tally["disagreements"] += claim.mark_disagrees
    return Counts(**tally)


@dataclass(frozen=True)
class ReportSummary:
    """One row of the overview: which report, and its counts."""

    file: str
    path: str
    title: str | None
    counts: Counts
    problems: int = 0


def summarise(report: Report) -> ReportSummary:
    return ReportSummary(
        file=report.file,
        path=report.path,
        title=report.title,
        counts=count_claims(report.claims),
        problems=len(report.problems),
    )


def summarise_all(reports: Iterable[Report]) -> list[ReportSummary]:
    return [summarise(report) for report in reports]


def total(summaries: Iterable[ReportSummary]) -> Counts:
    """The sum of the reports' counts (an empty audit totals zero everywhere)."""
    result = Counts()
    for summary in summaries:
        result = result + summary.counts
    return result


@dataclass(frozen=True, slots=True)
class ClaimCopy:
    """What the shared-claims views show of one printing of a claim. Kept for every claim of a
    run until the groups are known (only at the end), so it holds a few fields, not the record
    with its quantities and checks."""

    id: str
    canonical_id: str
    report: str
    text: str
    truncated: bool
    status: Status
    mark_disagrees: bool

    @classmethod
    def of(cls, claim: Claim) -> ClaimCopy:
        return cls(claim.id, claim.canonical_id, claim.report, claim.text, claim.truncated,
                   Status(claim.status), claim.mark_disagrees)


@dataclass
class SharedClaim:
    """One canonical claim and every place it was printed, in report order.

    Synthesis reports written from the same paper repeat each other; grouping by
    `canonical_id` lets a reader see at once whether the audit judged the copies alike.
    `claims` holds the claims or their `ClaimCopy`s (the views read the same fields of both).
    """

    canonical_id: str
    claims: list[Claim | ClaimCopy] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The first printing that was not cut off, else the first printing."""
        whole = [claim for claim in self.claims if not claim.truncated]
        return (whole or self.claims)[0].text

    @property
    def truncated(self) -> bool:
        """True when every copy was cut off, so `text` is incomplete too."""
        return all(claim.truncated for claim in self.claims)

    @property
    def reports(self) -> list[str]:
        """The distinct report file names, in order of first appearance."""
        return list(dict.fromkeys(claim.report for claim in self.claims))

    @property
    def statuses(self) -> list[Status]:
        """The distinct statuses the copies received, in order of first appearance."""
        return list(dict.fromkeys(Status(claim.status) for claim in self.claims))


class SharedClaims:
    """Groups claims by `canonical_id` as reports arrive one at a time (the pipeline streams
    them), keeping a `ClaimCopy` of each; `groups` answers once every report was added."""

    def __init__(self) -> None:
        self._groups: dict[str, SharedClaim] = {}

    def add(self, report: Report) -> list[ClaimCopy]:
        """Group short copies of the report's claims; returns the copies, in order."""
        copies = [ClaimCopy.of(claim) for claim in report.claims]
        self.group(copies)
        return copies

    def group(self, claims: Iterable[Claim | ClaimCopy]) -> None:
        """Add `claims` themselves to their groups (no copies)."""
        for claim in claims:
            self._groups.setdefault(claim.canonical_id, SharedClaim(claim.canonical_id))
            self._groups[claim.canonical_id].claims.append(claim)

    def groups(self, min_reports: int = 1) -> list[SharedClaim]:
        """The groups printed in at least `min_reports` different reports, in order of their
        first claim."""
        return [group for group in self._groups.values() if len(group.reports) >= min_reports]


def group_by_canonical(reports: Iterable[Report]) -> list[SharedClaim]:
    """All claims grouped by `canonical_id`, groups in order of their first claim."""
    shared = SharedClaims()
    for report in reports:
        shared.group(report.claims)
    return shared.groups()


def shared_claims(reports: Iterable[Report], min_reports: int = 2) -> list[SharedClaim]:
    """The canonical claims printed in at least `min_reports` different reports."""
    return [group for group in group_by_canonical(reports) if len(group.reports) >= min_reports]


def status_reason(claim: Claim) -> str:
    """One sentence saying why the claim has its status, following the rule in claims.status.

    The reader should never have to guess how a verdict was reached; the sentence names the
    checks that decided it, or says why none did.
    """
    decisive = [check for check in claim.checks if check.decisive]
    against = [check for check in decisive if check.outcome in CONTRADICTING]
    backing = [check for check in decisive if check.outcome in SUPPORTING]
    status = Status(claim.status)
    if status == Status.contradicted and against:
        return (f"Contradicted because {_checks_phrase(against, 'contradicts')} it; "
                "one decisive contradiction outweighs any support.")
    if status == Status.confirmed and backing and not against:
        return (f"Confirmed because {_checks_phrase(backing, 'supports')} it "
                "and no decisive check contradicts it.")
    if status == Status.unverified and not against and not backing:
        if not claim.checks:
            return "Unverified: no check has been run on this claim yet."
        outcomes = ", ".join(dict.fromkeys(check.outcome.value.replace("_", " ")
                                           for check in claim.checks))
        return ("Unverified: no decisive check supports or contradicts it "
                f"(outcomes: {outcomes}).")
    # The stored status does not follow from the stored checks: say so rather than invent.
    return (f"Marked {status.value}, but its checks do not lead to that status under the "
            "audit's rule; the record may have been edited by hand.")


def _checks_phrase(checks: list[Check], verb: str) -> str:
    """ "the decisive source check supports" / "2 decisive source and table checks support"."""
    kinds = " and ".join(dict.fromkeys(check.kind.value for check in checks))
    if len(checks) == 1:
        return f"the decisive {kinds} check {verb}"
    return f"{len(checks)} decisive {kinds} checks {verb.removesuffix('s')}"


@dataclass(frozen=True)
class MarkAgreement:
    """How often a report's own ✓/× matches the audit, over claims the audit decided.

    Undecided (unverified) and unmarked claims are left out: there is nothing to agree with.
    """

    decided: int
    agree: int

    @property
    def rate(self) -> float | None:
        return self.agree / self.decided if self.decided else None


def _decided_and_marked(claims: Iterable[Claim]) -> list[Claim]:
    return [claim for claim in claims
            if claim.report_mark is not None and Status(claim.status) != Status.unverified]


def mark_agreement(claims: Iterable[Claim]) -> MarkAgreement:
    decided = _decided_and_marked(claims)
    return MarkAgreement(decided=len(decided),
                         agree=sum(not claim.mark_disagrees for claim in decided))


@dataclass(frozen=True)
class CalibrationBin:
    """Claims whose stated confidence lies in [low, high) (the last bin includes 1.0).

    A calibrated report would see its marks agree with the audit about as often as its mean
    confidence says; `rate` is that observed agreement, over the claims the audit decided."""

    low: float
    high: float
    claims: int
    mean_confidence: float | None
    decided: int
    agree: int

    @property
    def rate(self) -> float | None:
        return self.agree / self.decided if self.decided else None


CALIBRATION_EDGES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


def calibration(claims: Iterable[Claim],
                edges: tuple[float, ...] = CALIBRATION_EDGES) -> list[CalibrationBin]:
    """The calibration table of a report's confidences (empty bins included, in order)."""
    claims = [claim for claim in claims if claim.report_confidence is not None]
    bins = []
    for index, (low, high) in enumerate(zip(edges, edges[1:], strict=False)):
        last = index == len(edges) - 2
        inside = [claim for claim in claims
                  if low <= claim.report_confidence < high  # type: ignore[operator]
                  or (last and claim.report_confidence == high)]
        agreement = mark_agreement(inside)
        mean = (sum(c.report_confidence for c in inside) / len(inside)  # type: ignore[misc]
                if inside else None)
        bins.append(CalibrationBin(low=low, high=high, claims=len(inside), mean_confidence=mean,
                                   decided=agreement.decided, agree=agreement.agree))
    return bins
