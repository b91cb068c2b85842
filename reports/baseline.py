"""Regression against a committed baseline: did any verdict or number move?

A baseline (`baseline.json`, written by `verify-claims check --update`) holds, for every claim
of an audit, its status and the numbers its evidence found: the numbers read from the cited
papers and reference cards, and the numbers measured by reproduction runs. `compare` takes a
fresh audit and the baseline and lists what drifted, so that CI can fail on a change nobody
reviewed and print it in words.

What counts as drift:

* a claim's status changed (confirmed → contradicted, ...);
* a claim is new, or a baseline claim is gone (a report stopped being readable, a row was
  reworded: the claim id is a hash of the report name and the normalised text);
* a number moved by more than its tolerance, or appeared, or disappeared.

Each number carries its own tolerance, written into the baseline so a reviewer can read it and
widen it by hand. A number read from print gets half a unit of its last printed digit (7.5 may
be anything in [7.45, 7.55), as statcheck reads printed numbers); a measured number gets the
half-width of its reproduction band when it has one, else two standard errors of its seeds,
else the recipe's default allowance (`DEFAULT_MEASURED_TOLERANCE`).
"""

from __future__ import annotations

import json
import math
import os
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pydantic import ConfigDict, Field, ValidationError

from verify_claims.claims import CheckKind, Claim, Evidence, Status, write_atomic
from verify_claims.claims.bounded import short_repr, shorten
from verify_claims.claims.fs import OutputWriteError, locked
from verify_claims.claims.models import Record

BASELINE_FORMAT = 1
DEFAULT_MEASURED_TOLERANCE = 0.5  # the recipes' default absolute tolerance (reproduce/recipe.py)


class BaselineNumber(Record):
    """One number a check found, named by where it was found."""

    # A NaN equals nothing, so a NaN value could never be found to drift, and an infinite
    # tolerance accepts every change: a baseline holds finite numbers only.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    key: str  # "<check kind> <source>: <location> (for the claimed <n>)", unique in its claim
    value: float
    tolerance: float = Field(ge=0)


class BaselineClaim(Record):
    id: str
    report: str
    text: str
    status: Status
    numbers: list[BaselineNumber] = Field(default_factory=list)


class Baseline(Record):
    """The committed reference: every claim's status and numbers, in report then row order."""

    format: int = BASELINE_FORMAT
    claims: list[BaselineClaim] = Field(default_factory=list)


class BaselineError(ValueError):
    """The baseline file is missing, not JSON, or not a baseline; the message says which."""


# --- building and storing -----------------------------------------------------------------


def printed_tolerance(value: float, decimals: int = 0) -> float:
    """Half a unit of the last digit `value` prints with (7.5 -> 0.05, 392702 -> 0.5).

    Numbers in evidence were parsed from print, so their shortest repr gives the printed
    precision, except that trailing zeros are lost (7.0 reads as 7): `decimals`, the precision
    of the claim's own number, restores them, since a paper and a claim about it print alike."""
    text = repr(float(value))
    if "e" in text or "inf" in text or "nan" in text:
        return abs(value) * 5e-16
    digits = len(text.split(".")[1].rstrip("0"))
    return 0.5 * 10 ** -max(digits, decimals)


def measured_tolerance(evidence: Evidence) -> float:
    """How far a reproduction's measured mean may move before it counts as drift."""
    if evidence.band is not None:
        return (evidence.band[1] - evidence.band[0]) / 2
    if len(evidence.values) >= 2:
        return 2 * statistics.stdev(evidence.values) / math.sqrt(len(evidence.values))
    return DEFAULT_MEASURED_TOLERANCE


def _numbers(claim: Claim) -> list[BaselineNumber]:
    decimals = {quantity.value: quantity.decimals for quantity in claim.quantities}
    numbers: list[BaselineNumber] = []
    seen: Counter[str] = Counter()
    for check in claim.checks:
        for evidence in check.evidence:
            if evidence.found is None or not math.isfinite(evidence.found):
                continue
            key = f"{check.kind.value} {evidence.source}: {evidence.location or evidence.quote}"
            if evidence.claimed is not None:  # one sentence can hold several claimed numbers
                key += f" (for the claimed {evidence.claimed:g})"
            seen[key] += 1
            if seen[key] > 1:  # two numbers from the same cell or sentence: number them
                key = f"{key} #{seen[key]}"
            tolerance = (measured_tolerance(evidence) if check.kind == CheckKind.reproduction
                         else printed_tolerance(evidence.found,
                                                decimals.get(evidence.claimed or math.nan, 0)))
            numbers.append(BaselineNumber(key=key, value=evidence.found, tolerance=tolerance))
    return numbers


def baseline_of(claims: Iterable[Claim]) -> Baseline:
    """The baseline a fresh audit's claims would be committed as."""
    entries: dict[str, BaselineClaim] = {}
    for claim in claims:
        # A report that prints the same row twice gives one claim id; the first row stands.
        entries.setdefault(claim.id, BaselineClaim(
            id=claim.id, report=claim.report, text=claim.text, status=claim.status,
            numbers=_numbers(claim)))
    return Baseline(claims=list(entries.values()))


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number a baseline can hold")


def read_baseline(path: Path | str) -> Baseline:
    """Read and validate a baseline; every way it can be bad (missing, not UTF-8, not JSON,
    NaN or Infinity, nested past Python's stack, an integer of thousands of digits, not a
    baseline) raises BaselineError with a one-line message, which `check` turns into exit 2:
    a bad baseline must never pass as "all claims match" nor as "drifted" (exit 1)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline; write one with --update") from None
    except (OSError, UnicodeDecodeError) as error:
        raise BaselineError(f"{path}: cannot read the baseline ({shorten(str(error))})") from None
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise BaselineError(f"{path}: not JSON (line {error.lineno}: {error.msg})") from None
    except RecursionError:
        raise BaselineError(f"{path}: not a baseline (nested too deeply to read)") from None
    except ValueError as error:  # NaN/Infinity, or an integer past Python's digit limit
        reason = ("an integer of more digits than any count or number has"
                  if "integer string conversion" in str(error) else shorten(str(error), 200))
        raise BaselineError(f"{path}: not a baseline ({reason})") from None
    if isinstance(data, dict) and data.get("format", BASELINE_FORMAT) != BASELINE_FORMAT:
        raise BaselineError(f"{path}: baseline format {short_repr(data.get('format'))}; this "
                            f"version reads format {BASELINE_FORMAT}: rewrite it with --update")
    try:
        return Baseline.model_validate(data)
    except RecursionError:
        raise BaselineError(f"{path}: not a baseline (nested too deeply to read)") from None
    except ValidationError as error:
        first = error.errors()[0]
        where = shorten(".".join(str(part) for part in first["loc"]), 200)
        raise BaselineError(f"{path}: not a baseline ({where}: {shorten(first['msg'], 200)})"
                            ) from None


def write_baseline(path: Path | str, baseline: Baseline) -> None:
    """Write the baseline atomically, one claim per block, so that a review diff is readable.

    A baseline that is a symbolic link (to a file shared by several checkouts, say) is written
    through: the file it points to is updated and the link stays. Raises BaselineWriteError
    when the file cannot be written."""
    text = json.dumps(baseline.model_dump(mode="json"), indent=2, ensure_ascii=False)
    try:
        write_atomic(Path(path), text + "\n", through_link=True)
    except OSError as error:
        raise BaselineWriteError(f"{path}: cannot write the baseline "
                                 f"({error.strerror or error})") from None


class BaselineWriteError(OutputWriteError):
    """The baseline could not be written, or another run kept it locked too long (exit 1)."""


@contextmanager
def baseline_lock(path: Path | str) -> Iterator[None]:
    """Hold the baseline for one `check --update`, from reading it to writing it, so that two
    updates take turns instead of silently overwriting each other. A run that finds the lock
    taken says which run holds it and waits (claims/fs.py, `locked`); BaselineWriteError when
    that run does not finish in time. A linked baseline is locked at the file it points to."""
    with locked(Path(os.path.realpath(path)), "the baseline"):
        yield


# --- comparing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Drift:
    """One difference between the baseline and the fresh audit, said in words."""

    claim_id: str
    report: str
    text: str
    change: str  # "status", "number", "added", "removed"
    detail: str


def compare(baseline: Baseline, fresh: Baseline) -> list[Drift]:
    """Every difference that should fail CI, in the fresh audit's order (gone claims last)."""
    before = {claim.id: claim for claim in baseline.claims}
    after = {claim.id: claim for claim in fresh.claims}
    drifts: list[Drift] = []
    for claim in fresh.claims:
        old = before.get(claim.id)
        if old is None:
            drifts.append(_drift(claim, "added", f"new claim, {claim.status.value}"))
            continue
        if old.status != claim.status:
            drifts.append(_drift(claim, "status",
                                 f"status {old.status.value} → {claim.status.value}"))
        drifts += [_drift(claim, "number", detail) for detail in _number_changes(old, claim)]
    drifts += [_drift(old, "removed", f"claim gone (was {old.status.value})")
               for old in baseline.claims if old.id not in after]
    return drifts


def _number_changes(old: BaselineClaim, new: BaselineClaim) -> list[str]:
    before = {number.key: number for number in old.numbers}
    after = {number.key: number for number in new.numbers}
    changes = []
    for key, number in after.items():
        was = before.get(key)
        if was is None:
            changes.append(f"{key}: new number {number.value:g}")
        elif abs(number.value - was.value) > was.tolerance * (1 + 1e-9):
            changes.append(f"{key}: {was.value:g} → {number.value:g} "
                           f"(moved {number.value - was.value:+g}, tolerance ±{was.tolerance:g})")
    changes += [f"{key}: number gone (was {number.value:g})"
                for key, number in before.items() if key not in after]
    return changes


def _drift(claim: BaselineClaim, change: str, detail: str) -> Drift:
    return Drift(claim_id=claim.id, report=claim.report, text=claim.text, change=change,
                 detail=detail)


def format_drift(drifts: Sequence[Drift], width: int = 70) -> str:
    """The diff as plain text: one block per claim, its report and the start of its text."""
    lines: list[str] = []
    current = None
    for drift in drifts:
        if drift.claim_id != current:
            current = drift.claim_id
            text = drift.text if len(drift.text) <= width else drift.text[:width - 1] + "…"
            marker = {"added": "+", "removed": "-"}.get(drift.change, "~")
            lines.append(f"{marker} {drift.report}: {text!r} [{drift.claim_id}]")
        lines.append(f"    {drift.detail}")
    return "\n".join(lines)
