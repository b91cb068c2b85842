"""Status accuracy of the audit on the hand-labelled corpora, statcheck style, each corpus apart.

Every corpus of the registry (tests/real/corpora.yaml, read by benchmarks/corpora.py) is read
when its folder holds a gold.jsonl: the synthetic one (tests/corpus: a fictional paper and five
reports our own generators wrote), the development and adversarial corpora of real papers the
rules were tuned on (tests/real/claims, tests/real/redteam...), and the held-out ones
(tests/real/heldout2 ... : reports about other papers, labelled before any verifier run; the
blind ones are never read by those who change the verifier). For each, the real
pipeline (`verify_claims.pipeline.run_audit`) runs offline on <corpus>/reports with
`--sources <corpus>/sources`, every extracted claim is matched to its row of
<corpus>/gold.jsonl, and the benchmark prints:

- overall status accuracy, per-status precision and recall, and the confusion matrix;
- accuracy per category (exact numbers, sign flips, table arithmetic, versions, ...);
- every wrong decisive verdict (confirmed or contradicted against the gold label) with all the
  evidence that decided it: the errors a user cannot see, listed first;
- every other miss, with the gold rationale beside the tool's own explanation and evidence;
- how many confirmed or contradicted claims carry no evidence (a defect: must be 0);
- for the real and the held-out corpora, the issue's bars (precision of confirmed and of
  contradicted >= 97 %, status accuracy >= 80 %, every category >= 60 %), each marked met or
  not, under the corpus's name.

Exit status 1 when the synthetic corpus's accuracy is below `--min-accuracy` (0.95), or any
decided claim of any corpus lacks evidence, so CI can gate on it; 0 otherwise. The real and
held-out corpora's bars are reported, not gated (pass `--strict` to gate on them too).

    python benchmarks/accuracy.py [--corpus DIR ...] [--out DIR] [--min-accuracy 0.95] [--strict]
    python benchmarks/accuracy.py --readme README.md   # also rewrite the README's table

The cache of downloaded papers is a fresh temporary folder, so that nothing a user once
downloaded (say, a real paper under one of the corpus's "missing" ids) changes the figures.
tests/test_accuracy.py imports this module and asserts the same figures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import Measured, load_registry, write_table  # noqa: E402

from verify_claims.claims import Claim, Status  # noqa: E402
from verify_claims.claims.status import CONTRADICTING, SUPPORTING  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
# The bars for the real corpus (issue 11).
REAL_BARS = {"precision confirmed": 0.97, "precision contradicted": 0.97,
             "status accuracy": 0.80, "every category": 0.60}
DECISIVE = (Status.confirmed.value, Status.contradicted.value)
STATUSES = tuple(status.value for status in Status)
MISSING = "missing"  # predicted "status" of a gold row that no extracted claim matches
MIN_ACCURACY = 0.95
TEXT_MATCH = 90.0  # rapidfuzz ratio above which a claim at the gold row's position is the same


class GoldError(ValueError):
    """The gold file cannot be read; the message names the file and the line."""


@dataclass(frozen=True)
class GoldRow:
    """One hand-labelled claim: where it is printed, and what the cited paper says of it."""

    report: str  # file name of the report in tests/corpus/reports
    row: int  # 1-based position of the claim in that report's claims table
    text: str  # the claim exactly as printed
    status: str  # confirmed, contradicted or unverified
    category: str
    rationale: str
    cites: tuple[str, ...] = ()


@dataclass
class Match:
    """A gold row and the claim the pipeline extracted for it (None when none was found)."""

    gold: GoldRow
    claim: Claim | None

    @property
    def predicted(self) -> str:
        return self.claim.status.value if self.claim is not None else MISSING

    @property
    def correct(self) -> bool:
        return self.predicted == self.gold.status


@dataclass
class Evaluation:
    """Everything the benchmark prints, computed once from the matches."""

    matches: list[Match]
    unlabelled: list[Claim] = field(default_factory=list)  # extracted, but in no gold row

    @property
    def accuracy(self) -> float:
        return sum(m.correct for m in self.matches) / len(self.matches) if self.matches else 0.0

    @property
    def misses(self) -> list[Match]:
        return [m for m in self.matches if not m.correct]

    def confusion(self) -> dict[str, Counter[str]]:
        """gold status -> Counter of predicted statuses (MISSING when no claim matched)."""
        table: dict[str, Counter[str]] = {status: Counter() for status in STATUSES}
        for m in self.matches:
            table[m.gold.status][m.predicted] += 1
        return table

    def precision_recall(self) -> dict[str, tuple[float | None, float | None, int]]:
        """status -> (precision, recall, gold count); None where the ratio has no denominator."""
        result = {}
        for status in STATUSES:
            predicted = sum(m.predicted == status for m in self.matches)
            actual = sum(m.gold.status == status for m in self.matches)
            hits = sum(m.predicted == status == m.gold.status for m in self.matches)
            result[status] = (hits / predicted if predicted else None,
                              hits / actual if actual else None, actual)
        return result

    def by_category(self) -> dict[str, tuple[int, int]]:
        """category -> (correct, total), in order of first appearance in the gold file."""
        counts: dict[str, list[int]] = {}
        for m in self.matches:
            entry = counts.setdefault(m.gold.category, [0, 0])
            entry[0] += m.correct
            entry[1] += 1
        return {category: (correct, total) for category, (correct, total) in counts.items()}

    @property
    def wrong_decisive(self) -> list[Match]:
        """Confirmed or contradicted where the gold label says otherwise: the worst errors."""
        return [m for m in self.matches if m.predicted in DECISIVE and not m.correct]

    def bars(self) -> dict[str, tuple[float | None, bool]]:
        """The real corpus's bars (REAL_BARS): name -> (figure, met)."""
        figures = self.precision_recall()
        categories = self.by_category()
        worst = min((right / total for right, total in categories.values()), default=None)
        values = {"precision confirmed": figures["confirmed"][0],
                  "precision contradicted": figures["contradicted"][0],
                  "status accuracy": self.accuracy, "every category": worst}
        # A precision with nothing predicted has no errors either: the bar is met.
        return {name: (value, value is None or value >= REAL_BARS[name])
                for name, value in values.items()}

    @property
    def decided_without_evidence(self) -> list[Claim]:
        """Confirmed or contradicted claims (labelled or not) with no evidence behind them."""
        claims = [m.claim for m in self.matches if m.claim is not None] + self.unlabelled
        return [claim for claim in claims if not has_evidence(claim)]


# ---------------------------------------------------------------------------------------------
# Gold file


def load_gold(path: Path | str) -> list[GoldRow]:
    """Read gold.jsonl; a malformed line raises GoldError naming the file, line and problem."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise GoldError(f"{path}: cannot read the gold file ({error.strerror})") from None
    rows: list[GoldRow] = []
    seen: set[tuple[str, int]] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            record = json.loads(line)
            row = GoldRow(report=str(record["report"]), row=int(record["row"]),
                          text=str(record["text"]), status=str(record["status"]),
                          category=str(record["category"]),
                          rationale=str(record.get("rationale", "")),
                          cites=tuple(record.get("cites", ())))
        except json.JSONDecodeError as error:
            raise GoldError(f"{where}: not JSON ({error.msg})") from None
        except (KeyError, TypeError, ValueError) as error:
            raise GoldError(f"{where}: missing or malformed field ({error})") from None
        if row.status not in STATUSES:
            raise GoldError(f"{where}: status {row.status!r} is not one of {', '.join(STATUSES)}")
        if (row.report, row.row) in seen:
            raise GoldError(f"{where}: {row.report} row {row.row} is labelled twice")
        seen.add((row.report, row.row))
        rows.append(row)
    if not rows:
        raise GoldError(f"{path}: no labelled claims")
    return rows


# ---------------------------------------------------------------------------------------------
# Matching and evidence


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def match_claims(claims: Iterable[Claim], gold: Sequence[GoldRow]) -> Evaluation:
    """Pair every gold row with an extracted claim of the same report: the one with the same
    text (whitespace aside), else the one at the same row whose text is nearly the same (a PDF
    may print a character differently). Claims left over are `unlabelled`."""
    by_report: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_report[claim.report].append(claim)
    used: set[int] = set()
    matches = []
    for row in gold:
        candidates = by_report.get(row.report, [])
        same_text = [(index, c) for index, c in enumerate(candidates, start=1)
                     if id(c) not in used and _normal(c.text) == _normal(row.text)]
        chosen = None
        if same_text:
            at_row = [c for index, c in same_text if index == row.row]
            chosen = (at_row or [c for _, c in same_text])[0]
        elif 0 < row.row <= len(candidates) and id(candidates[row.row - 1]) not in used:
            positional = candidates[row.row - 1]
            if fuzz.ratio(_normal(positional.text), _normal(row.text)) >= TEXT_MATCH:
                chosen = positional
        if chosen is not None:
            used.add(id(chosen))
        matches.append(Match(gold=row, claim=chosen))
    labelled_reports = {row.report for row in gold}
    unlabelled = [c for report, found in by_report.items() if report in labelled_reports
                  for c in found if id(c) not in used]
    return Evaluation(matches=matches, unlabelled=unlabelled)


def has_evidence(claim: Claim) -> bool:
    """An unverified claim needs none; a confirmed (contradicted) one needs a decisive check that
    supports (contradicts) it and quotes at least one passage, cell or number."""
    if claim.status == Status.unverified:
        return True
    deciding = SUPPORTING if claim.status == Status.confirmed else CONTRADICTING
    return any(check.decisive and check.outcome in deciding
               and any(evidence.quote.strip() for evidence in check.evidence)
               for check in claim.checks)


# ---------------------------------------------------------------------------------------------
# Running the pipeline


def audit_corpus(corpus: Path = CORPUS, out: Path | None = None,
                 cache_dir: Path | None = None) -> list[Claim]:
    """Run the real audit offline on `corpus`/reports against `corpus`/sources and return the
    claims with their statuses and checks. `out` receives the audit (HTML, JSON); both folders
    default to temporary ones."""
    from verify_claims.pipeline import run_audit  # imported here: the CLI options can be read
    # (and a broken pipeline reported) without paying for spaCy at import time

    with tempfile.TemporaryDirectory(prefix="accuracy-") as scratch:
        audit = run_audit(
            [corpus / "reports"],
            out=out if out is not None else Path(scratch) / "audit",
            sources=corpus / "sources",
            offline=True,
            cache_dir=cache_dir if cache_dir is not None else Path(scratch) / "cache",
        )
    if audit.problems:
        problems = "; ".join(f"{p.file}: {p.message}" for p in audit.problems)
        raise RuntimeError(f"the corpus could not be read: {problems}")
    return audit.claims


def evaluate(corpus: Path = CORPUS, out: Path | None = None,
             cache_dir: Path | None = None) -> Evaluation:
    """Audit the corpus and compare with its gold file."""
    gold = load_gold(corpus / "gold.jsonl")
    return match_claims(audit_corpus(corpus, out=out, cache_dir=cache_dir), gold)


# ---------------------------------------------------------------------------------------------
# Printing


def _ratio(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def evidence_lines(claim: Claim) -> list[str]:
    """Every piece of evidence of the decisive checks that decided a claim, one line each."""
    deciding = SUPPORTING if claim.status == Status.confirmed else CONTRADICTING
    lines = []
    for check in claim.checks:
        if not (check.decisive and check.outcome in deciding):
            continue
        lines.append(f"      {check.kind.value} {check.outcome.value}: {check.explanation}")
        for evidence in check.evidence:
            where = ", ".join(filter(None, [f"p.{evidence.page}" if evidence.page else None,
                                            evidence.location]))
            lines.append(f"        {evidence.source} ({where}): {evidence.quote[:200]!r}"
                         + (f" [{evidence.note}]" if evidence.note else ""))
    return lines


def explain(claim: Claim | None) -> str:
    """What the tool said about a claim: each check's outcome, explanation and first quote."""
    if claim is None:
        return "no extracted claim matches this gold row"
    parts = []
    for check in claim.checks:
        line = f"{check.kind.value}: {check.outcome.value}"
        if check.explanation:
            line += f" ({check.explanation})"
        if check.evidence:
            evidence = check.evidence[0]
            line += f"; evidence {evidence.source} p.{evidence.page}: {evidence.quote[:100]!r}"
        parts.append(line)
    return " | ".join(parts) or "no checks"


def format_evaluation(evaluation: Evaluation) -> str:
    matches = evaluation.matches
    correct = sum(m.correct for m in matches)
    lines = [f"status accuracy: {evaluation.accuracy:.3f} ({correct}/{len(matches)} claims)", ""]
    lines.append(f"{'status':<14}{'precision':>10}{'recall':>8}{'gold':>6}")
    for status, (precision, recall, count) in evaluation.precision_recall().items():
        lines.append(f"{status:<14}{_ratio(precision):>10}{_ratio(recall):>8}{count:>6}")
    confusion = evaluation.confusion()
    columns = list(STATUSES) + ([MISSING] if any(m.claim is None for m in matches) else [])
    lines += ["", "confusion (rows: gold, columns: predicted)",
              f"{'':<14}" + "".join(f"{column:>14}" for column in columns)]
    for status in STATUSES:
        lines.append(f"{status:<14}" + "".join(f"{confusion[status][c]:>14}" for c in columns))
    lines += ["", f"{'category':<18}{'accuracy':>9}{'correct':>9}"]
    for category, (right, total) in evaluation.by_category().items():
        lines.append(f"{category:<18}{right / total:>9.2f}{f'{right}/{total}':>9}")
    wrong = evaluation.wrong_decisive
    lines += ["", f"wrong decisive verdicts: {len(wrong)}"]
    for m in wrong:
        assert m.claim is not None
        lines.append(f"- {m.gold.report} row {m.gold.row} [{m.gold.category}] gold "
                     f"{m.gold.status}, got {m.predicted}: {m.gold.text}")
        lines.append(f"    gold: {m.gold.rationale}")
        lines += evidence_lines(m.claim)
    others = [m for m in evaluation.misses if m not in wrong]
    lines += ["", f"other misses: {len(others)}"]
    for m in others:
        lines.append(f"- {m.gold.report} row {m.gold.row} [{m.gold.category}] gold "
                     f"{m.gold.status}, got {m.predicted}: {m.gold.text}")
        lines.append(f"    gold: {m.gold.rationale}")
        lines.append(f"    tool: {explain(m.claim)}")
    without = evaluation.decided_without_evidence
    lines += ["", f"confirmed/contradicted without evidence: {len(without)}"]
    lines += [f"- {claim.report}: {claim.status.value}: {claim.text}" for claim in without]
    if evaluation.unlabelled:
        lines += ["", f"extracted claims with no gold row: {len(evaluation.unlabelled)}"]
        lines += [f"- {claim.report}: {claim.text}" for claim in evaluation.unlabelled]
    return "\n".join(lines)


def format_bars(evaluation: Evaluation, name: str = "real") -> str:
    lines = [f"bars (issue 11, {name})"]
    for name, (value, met) in evaluation.bars().items():
        shown = "-" if value is None else f"{value:.3f}"
        lines.append(f"  {name:<24}{shown:>7}  >= {REAL_BARS[name]:.2f}  "
                     f"{'met' if met else 'NOT MET'}")
    return "\n".join(lines)


def default_corpora() -> list[Path]:
    """The corpora of the registry (tests/real/corpora.yaml) whose folder this checkout has."""
    return [corpus.path for corpus in load_registry() if (corpus.path / "gold.jsonl").is_file()]


def is_real(corpus: Path) -> bool:
    """A corpus of real papers (gated by REAL_BARS), told by its place: tests/real/..."""
    return "real" in corpus.resolve().parts


def corpus_name(corpus: Path) -> str:
    """How the report names a corpus: its registry entry's name ("held out 2 (blind)", "red
    team 9"), else "real" for another real one and "synthetic" otherwise. The real corpora
    get the real corpus's bars, printed under these names."""
    found = next((entry.name for entry in load_registry()
                  if entry.path.resolve() == corpus.resolve()), None)
    if found is not None:
        return found
    return "real" if is_real(corpus) else "synthetic"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", default=None,
                        help="folder with reports/, sources/ and gold.jsonl (repeatable; "
                             "default: every corpus of tests/real/corpora.yaml present)")
    parser.add_argument("--out", type=Path, default=None,
                        help="also keep the audit (HTML, JSON) of each corpus in this folder")
    parser.add_argument("--min-accuracy", type=float, default=MIN_ACCURACY,
                        help="the synthetic corpus's least status accuracy")
    parser.add_argument("--strict", action="store_true",
                        help="also fail when a real corpus misses one of its bars")
    parser.add_argument("--readme", type=Path, default=None,
                        help="rewrite this README's accuracy table (between its markers) from "
                             "the registry and the figures measured; needs every corpus")
    args = parser.parse_args(argv)
    if args.readme is not None and args.corpus:
        parser.error("--readme measures every corpus of the registry: drop --corpus")
    failed = []
    measured: dict[Path, Measured] = {}
    for corpus in args.corpus or default_corpora():
        out = args.out / corpus.name if args.out is not None else None
        try:
            evaluation = evaluate(corpus, out=out)
        except (GoldError, RuntimeError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        measured[corpus.resolve()] = Measured(len(evaluation.matches), evaluation.accuracy,
                                              len(evaluation.wrong_decisive))
        real, name = is_real(corpus), corpus_name(corpus)
        print(f"=== {name} corpus: {corpus} ===")
        print(format_evaluation(evaluation))
        if real:
            print(format_bars(evaluation, name))
            missed = [name for name, (_, met) in evaluation.bars().items() if not met]
            if args.strict and missed:
                failed.append(f"{corpus}: bars not met: {', '.join(missed)}")
        elif evaluation.accuracy < args.min_accuracy:
            failed.append(f"{corpus}: accuracy {evaluation.accuracy:.3f} < {args.min_accuracy}")
        if evaluation.decided_without_evidence:
            failed.append(f"{corpus}: {len(evaluation.decided_without_evidence)} decided claims "
                          "lack evidence")
        print()
    if args.readme is not None:
        write_table(args.readme, [(entry, measured[entry.path.resolve()])
                                  for entry in load_registry()
                                  if entry.path.resolve() in measured])
        print(f"wrote the accuracy table of {args.readme}")
    if failed:
        print("\nFAILED: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
