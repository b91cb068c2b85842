"""Metamorphic precision test of the verifier on real papers: claims whose status class is
known by construction, made from the hand-transcribed gold files of tests/real/papers.

Hand-labelled corpora are small (a few hundred claims), and a wrong decisive verdict is the
worst bug, so this benchmark makes a thousand claims whose correct class follows from how they
were made, about the 12 real papers of tests/real/papers/*.pdf, from their gold files
(*.gold.yaml: table cells with their row and column header paths, sentences copied exactly as
printed). Each PDF is parsed once with the project's reader; the claims cite it and run
through the real verify stage (`verify_claims.verify.engine.verify_claims`).

Kinds of claims and the verdict each must never get:

  sentence            a gold sentence as printed                          never contradicted
  sentence reworded   the same with a leading clause or "We find that"    never contradicted
                      dropped
  sentence number     one number changed by a clearly different amount    never confirmed
                      (not a year, citation, section/table/figure number;
                      never to a value the paper prints anywhere)
  sentence direction  a direction word swapped (improves -> hurts,        never confirmed
                      higher -> lower, outperforms -> underperforms)
  sentence negation   a "not" inserted after an auxiliary, or a "not" /   never confirmed
                      "no" removed
  sentence name swap  the sentence's subject (a name among its first      never confirmed
                      words that is a table header) replaced by another
                      header of the same table and axis (same role), in a
                      sentence that states a number
  cell                a gold cell as a claim from its row path, column    never contradicted
                      path and caption ("On <row>, <column> is <value>.")
  cell neighbour      the same with the value of a neighbouring cell      never confirmed
                      (same row other column, same column other row) that
                      differs, and that no cell with the same headers holds
  difference          "<A> scores <a-b> higher than <B> on <column>"      never contradicted
  difference reversed the same with A and B swapped                       never confirmed
  difference wrong    the right order with a clearly wrong difference     never confirmed
  pair, pair neighbour two cells of a column with their names             see mutation_pairs.py
  sentence numbers swapped, order, order reversed, rank, rank wrong       see mutation_orders.py
  cell other group    a cell's value given to its twin in another row or  see mutation_groups.py
                      column group
  sentence shared     a sentence's score replaced by another score a      see mutation_shared.py
  number              table cell of the paper prints
  mean, mean wrong    the average of named cells of one column, right     see mutation_means.py
                      and clearly wrong
  sentence only,      "only" added before a phrase of place or means;     see
  sentence prefix     a word turned into its prefixed negation or back    mutation_qualifiers.py
  flip                ("frequently" -> "infrequently")

It prints, per kind, the claims generated and their confirmed / contradicted / unverified
counts, the recall (share decided correctly: confirmed for the true kinds, contradicted for
the false ones; a secondary figure) and every WRONG decisive verdict with the claim, the
evidence that decided it and why it is wrong. Seeded and deterministic.

    python benchmarks/mutations.py [--quick] [--seed 0] [--cache FILE] [--paper STEM ...]

`--quick` uses two small papers and 30 claims each (under a minute); `--cache FILE` keeps the
parsed papers (pickle) for the next run; `--paper` limits the run to some papers; another
`--seed` draws other mutations and cells (seeds 1 and 2 are worth a look after a change).
Exit status 1 when a wrong decisive verdict is found. The full run parses the 12 PDFs (about
30 s) and checks about 900 claims (about 15 s).
tests/test_mutations_quick.py runs the quick slice and asserts zero wrong verdicts.
"""

from __future__ import annotations

import argparse
import pickle
import random
import re
import sys
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from verify_claims.claims import Claim, Location, Paper, Reference, Status
from verify_claims.claims.status import CONTRADICTING, SUPPORTING

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the benchmark's helper modules
from mutation_groups import group_claims  # noqa: E402
from mutation_means import mean_claims  # noqa: E402
from mutation_orders import order_claims, swapped_numbers  # noqa: E402
from mutation_pairs import pair_claims  # noqa: E402
from mutation_qualifiers import added_only, prefix_flipped  # noqa: E402
from mutation_sentences import (  # noqa: E402
    changed_number,
    number_spots,
    number_tokens,
    reworded,
    swapped_direction,
    swapped_name,
    toggled_negation,
)
from mutation_shared import shared_number_claims  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PAPERS = ROOT / "tests" / "real" / "papers"
QUICK_PAPERS = ("P07-1088", "fader11")
QUICK_CLAIMS = 30  # per paper in --quick
CONFIRMED, CONTRADICTED = Status.confirmed.value, Status.contradicted.value

# kind -> True when the claim is true (must never be contradicted), False when it is false
# (must never be confirmed).
KINDS: dict[str, bool] = {
    "sentence": True, "sentence reworded": True, "sentence number": False,
    "sentence direction": False, "sentence negation": False, "sentence name swap": False,
    "cell": True, "cell neighbour": False,
    "difference": True, "difference reversed": False, "difference wrong": False,
    "pair": True, "pair neighbour": False,
    "sentence numbers swapped": False, "order": True, "order reversed": False,
    "rank": True, "rank wrong": False, "cell other group": False,
    "sentence shared number": False, "mean": True, "mean wrong": False,
    "sentence only": False, "sentence prefix flip": False,
}
# Per paper, at most this many claims of each table kind (sentence kinds take every sentence).
CELL_CAP, DIFFERENCE_CAP = 20, 8


@dataclass(frozen=True)
class Made:
    """A generated claim: its text, kind, paper and how it was made (for the report)."""

    text: str
    kind: str
    paper: str
    origin: str  # the gold sentence or cell it was made from


@dataclass
class GoldCell:
    table: str
    caption: str
    row: tuple[str, ...]
    col: tuple[str, ...]
    text: str
    value: float | None
    decimals: int


@dataclass
class Gold:
    stem: str
    sentences: list[str]
    cells: list[GoldCell]
    printed: set[str] = field(default_factory=set)  # every number token the paper prints


# ---------------------------------------------------------------------------------------------
# Gold files

_CELL_NUMBER = re.compile(r"^\s*([-−+]?\d[\d,]*(?:\.\d+)?)\s*%?\s*(?:\(.*\))?\s*$")


def _value(text: str) -> tuple[float | None, int]:
    """The number a cell prints (its first one, "0.929 (39%)" -> 0.929) and its decimals."""
    match = _CELL_NUMBER.match(text)
    if not match:
        return None, 0
    number = match.group(1).replace(",", "").replace("−", "-")
    decimals = len(number.split(".")[1]) if "." in number else 0
    return float(number), decimals


def load_gold(stem: str, paper: Paper | None = None) -> Gold:
    data = yaml.safe_load((PAPERS / f"{stem}.gold.yaml").read_text(encoding="utf-8"))
    cells = []
    for table in data.get("tables") or []:
        for cell in table.get("cells") or []:
            value, decimals = _value(str(cell["text"]))
            cells.append(GoldCell(str(table["label"]), str(table.get("caption") or ""),
                                  tuple(str(x) for x in cell["row"]),
                                  tuple(str(x) for x in cell["col"]), str(cell["text"]),
                                  value, decimals))
    sentences = [str(s["text"]) for s in data.get("sentences") or []]
    gold = Gold(stem, sentences, cells)
    texts = sentences + [cell.text for cell in cells]
    if paper is not None:
        texts += [sentence.text for sentence in paper.sentences]
        texts += [cell.text for table in paper.tables for row in table.rows for cell in row]
        texts += [header for table in paper.tables for header in table.header]
    for text in texts:
        gold.printed |= number_tokens(text)
    return gold



# ---------------------------------------------------------------------------------------------
# Table mutations


def _path(labels: Sequence[str]) -> str:
    """A header path as a report writes it: the inner label, its groups in parentheses."""
    if len(labels) == 1:
        return labels[0]
    return f"{labels[-1]} ({', '.join(labels[:-1])})"


def _caption_words(cell: GoldCell) -> str:
    words = re.sub(r"^\s*Table\s+\w+\s*[:.]\s*", "", cell.caption).rstrip(".").split()
    return " ".join(words[:8])


def cell_claim(rng: random.Random, cell: GoldCell, shown: str) -> str:
    row, col = _path(cell.row), " ".join(cell.col)
    templates = [
        f"On {row}, {col} is {shown}.",
        f"{row} reaches a {col} of {shown}.",
        f"In {cell.table}, {row} scores {shown} in {col}.",
        f"According to {cell.table} ({_caption_words(cell)}), the {col} of {row} is {shown}.",
        f"The {col} for {row} is {shown}.",
    ]
    return rng.choice(templates)


def _shown(cell: GoldCell, value: float | None = None) -> str:
    value = cell.value if value is None else value
    assert value is not None
    text = f"{value:.{cell.decimals}f}"
    return text + ("%" if "%" in cell.text.split("(")[0] else "")


def _numeric(gold: Gold) -> list[GoldCell]:
    return [c for c in gold.cells if c.value is not None and c.row and c.col]


def neighbour_value(rng: random.Random, cell: GoldCell, gold: Gold) -> float | None:
    """The value of a neighbouring cell (same row, other column; same column, other row) that
    differs from the cell's, and that no cell with the same row and column labels holds."""
    same_place = {c.value for c in gold.cells
                  if c.row and c.col and c.row[-1] == cell.row[-1] and c.col[-1] == cell.col[-1]}
    neighbours = [c for c in _numeric(gold) if c.table == cell.table and c is not cell
                  and (c.row == cell.row or c.col == cell.col)
                  and c.value not in same_place and c.decimals == cell.decimals]
    if not neighbours:
        return None
    return rng.choice(neighbours).value


def difference_claims(rng: random.Random, gold: Gold) -> list[tuple[str, str, str]]:
    """(kind, text, origin) for pairs of cells of one column: the right difference, the order
    reversed, and a clearly wrong difference."""
    by_column: dict[tuple[str, tuple[str, ...]], list[GoldCell]] = defaultdict(list)
    for cell in _numeric(gold):
        by_column[cell.table, cell.col].append(cell)
    pairs = []
    for key in sorted(by_column):
        cells = by_column[key]
        for a in cells:
            for b in cells:
                if (a.value is not None and b.value is not None and a.value > b.value
                        and _path(a.row) != _path(b.row) and a.decimals == b.decimals
                        and "%" not in a.text + b.text):
                    pairs.append((a, b))
    rng.shuffle(pairs)
    made = []
    for a, b in pairs[:DIFFERENCE_CAP]:
        assert a.value is not None and b.value is not None
        decimals = a.decimals
        right = round(a.value - b.value, decimals)
        unit = 10.0 ** -decimals
        wrong = round(right + max(right * 0.6, 5 * unit), decimals)
        col = " ".join(a.col)
        origin = f"{a.table}: {_path(a.row)} {a.text} vs {_path(b.row)} {b.text} ({col})"
        template = rng.choice([
            "{A} scores {d} higher than {B} on {col}.",
            "On {col}, {A} exceeds {B} by {d}.",
            "{A} is higher than {B} on {col} by {d}.",
        ])

        made += [(kind, template.format(A=_path(first.row), B=_path(second.row), col=col,
                                        d=f"{d:.{decimals}f}"), origin)
                 for kind, first, second, d in (("difference", a, b, right),
                                                ("difference reversed", b, a, right),
                                                ("difference wrong", a, b, wrong))
                 if kind == "difference" or not _holds_elsewhere(gold, first, second, d)]
    return made


def _holds_elsewhere(gold: Gold, first: GoldCell, second: GoldCell, difference: float) -> bool:
    """Whether a false difference claim is true of two other cells with the same labels: the
    claim names no table, and a paper that reports the same systems and measure in two tables
    (ding11's Tables 2 and 3) makes "A exceeds B by d" true of the other one. Such a claim is
    no false claim, so it is not made."""
    half = 0.5 * 10.0 ** -first.decimals + 1e-9
    # Every cell that prints a number first ("0.160 ± 0.024" too: the value and its spread).
    cells = [(cell, float(match.group())) for cell in gold.cells if cell.row and cell.col
             and (match := re.match(r"[-\u2212]?\d+(?:\.\d+)?", cell.text.strip()
                                    .replace("\u2212", "-")))]
    for x, x_value in cells:
        if _path(x.row) != _path(first.row) or x.col[-1:] != first.col[-1:]:
            continue
        for y, y_value in cells:
            if y.table == x.table and y.col == x.col and _path(y.row) == _path(second.row) \
                    and abs(x_value - y_value - difference) <= half:
                return True
    return False


# ---------------------------------------------------------------------------------------------
# Generation


def generate(gold: Gold, seed: int = 0, limit: int | None = None) -> list[Made]:
    """The claims of one paper, in a fixed order for a given seed (each paper has its own
    random stream, so a slice of papers gets the same claims as the full run)."""
    rng = random.Random(seed * 1_000_003 + zlib.crc32(gold.stem.encode()))
    # The order kinds draw from a stream of their own, so adding them left every older kind's
    # claims as they were.
    orders = random.Random(seed * 1_000_003 + zlib.crc32(gold.stem.encode()) + 1)
    made: list[Made] = []

    def add(kind: str, text: str | None, origin: str) -> None:
        if text is not None and text != origin:
            made.append(Made(text, kind, gold.stem, origin))

    for sentence in gold.sentences:
        made.append(Made(sentence, "sentence", gold.stem, sentence))
        add("sentence reworded", reworded(sentence), sentence)
        add("sentence number", changed_number(rng, sentence, gold.printed), sentence)
        add("sentence direction", swapped_direction(rng, sentence), sentence)
        add("sentence negation", toggled_negation(rng, sentence), sentence)
        add("sentence name swap", swapped_name(rng, sentence, gold), sentence)
        add("sentence numbers swapped", swapped_numbers(orders, sentence, number_spots), sentence)
        add("sentence only", added_only(sentence), sentence)
        add("sentence prefix flip", prefix_flipped(sentence), sentence)
    cells = _numeric(gold)
    for cell in rng.sample(cells, min(CELL_CAP, len(cells))):
        origin = f"{cell.table}: row {list(cell.row)}, column {list(cell.col)}: {cell.text}"
        add("cell", cell_claim(rng, cell, _shown(cell)), origin)
        other = neighbour_value(rng, cell, gold)
        if other is not None:
            add("cell neighbour", cell_claim(rng, cell, _shown(cell, other)), origin)
    for kind, text, origin in difference_claims(rng, gold):
        add(kind, text, origin)
    for kind, text, origin in pair_claims(rng, cells, _path, _shown, gold.cells):
        add(kind, text, origin)
    for kind, text, origin in order_claims(orders, cells, _path, gold.cells):
        add(kind, text, origin)
    groups = random.Random(seed * 1_000_003 + zlib.crc32(gold.stem.encode()) + 2)
    for kind, text, origin in group_claims(groups, cells, cell_claim, _shown, gold.cells):
        add(kind, text, origin)
    shared = random.Random(seed * 1_000_003 + zlib.crc32(gold.stem.encode()) + 3)
    for kind, text, origin in shared_number_claims(shared, gold.sentences, gold.cells,
                                                   number_spots):
        add(kind, text, origin)
    means = random.Random(seed * 1_000_003 + zlib.crc32(gold.stem.encode()) + 4)
    for kind, text, origin in mean_claims(means, cells, _path, gold.cells):
        add(kind, text, origin)
    if limit is not None and len(made) > limit:
        made = sorted(rng.sample(made, limit), key=made.index)
    return made


# ---------------------------------------------------------------------------------------------
# Verification


class _Resolver:
    """Answers every reference `ACL:<stem>` with tests/real/papers/<stem>.pdf."""

    def resolve(self, reference: Reference):
        from verify_claims.verify.sources import Resolution, SourceFile

        path = PAPERS / f"{reference.acl_id}.pdf"
        return Resolution(reference=reference.key, status="found",
                          source=SourceFile(path=path, kind="pdf", version=None,
                                            origin="sources-dir"),
                          message=f"{path.name} (tests/real/papers)")


def parse_papers(stems: Sequence[str], cache: Path | None = None) -> dict[str, Paper]:
    """Each PDF parsed once with the project's reader (kept in `cache` when given)."""
    from verify_claims.extract.paper import parse_paper
    from verify_claims.extract.readers import read_document

    kept: dict[str, Paper] = {}
    if cache is not None and cache.exists():
        with cache.open("rb") as file:
            kept = pickle.load(file)
    papers = {}
    for stem in stems:
        if stem not in kept:
            kept[stem] = parse_paper(read_document(PAPERS / f"{stem}.pdf"))
        papers[stem] = kept[stem]
    if cache is not None:
        partial = cache.with_suffix(".partial")
        with partial.open("wb") as file:
            pickle.dump(kept, file)
        partial.replace(cache)
    return papers


def verify(made: Sequence[Made], papers: dict[str, Paper]) -> list[Claim]:
    """The generated claims, each citing its paper, through the real verify stage."""
    from verify_claims.extract.claim_builder import build_claim
    from verify_claims.verify.engine import verify_claims

    claims = []
    for line, item in enumerate(made, start=1):
        reference = Reference(raw=item.paper, kind="acl", acl_id=item.paper)
        claims.append(build_claim(f"mutations-{item.paper}.txt", item.text,
                                  Location(file=f"mutations-{item.paper}.txt", line=line),
                                  references=[reference]))
    by_path = {PAPERS / f"{stem}.pdf": paper for stem, paper in papers.items()}
    verify_claims(claims, _Resolver(), lambda source: by_path[source.path])  # type: ignore[arg-type]
    return claims


def verify_texts(paper: Paper, *texts: str, stem: str = "paper") -> list[Claim]:
    """`texts` as claims citing one parsed paper, through the real verify stage, in order
    (the regression tests' way to ask what the verifier says of a claim on a real page)."""
    return verify([Made(text, "test", stem, text) for text in texts], {stem: paper})


def is_wrong(item: Made, claim: Claim) -> bool:
    """A decisive verdict against the claim's class: a true claim contradicted, a false one
    confirmed."""
    forbidden = CONTRADICTED if KINDS[item.kind] else CONFIRMED
    return claim.status.value == forbidden


def is_right(item: Made, claim: Claim) -> bool:
    return claim.status.value == (CONFIRMED if KINDS[item.kind] else CONTRADICTED)


def evidence_lines(claim: Claim) -> list[str]:
    deciding = SUPPORTING if claim.status == Status.confirmed else CONTRADICTING
    lines = []
    for check in claim.checks:
        if check.decisive and check.outcome in deciding:
            lines.append(f"      {check.kind.value} {check.outcome.value}: {check.explanation}")
            for evidence in check.evidence:
                where = ", ".join(filter(None, [f"p.{evidence.page}" if evidence.page else None,
                                                evidence.location]))
                lines.append(f"        ({where}): {evidence.quote[:220]!r}")
    return lines


def report(made: Sequence[Made], claims: Sequence[Claim]) -> tuple[str, int]:
    """The per-kind table and the wrong verdicts; returns the text and the number wrong."""
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    wrong = []
    for item, claim in zip(made, claims, strict=True):
        counts[item.kind][claim.status.value] += 1
        counts[item.kind]["right"] += is_right(item, claim)
        if is_wrong(item, claim):
            wrong.append((item, claim))
    lines = [f"{'kind':<21}{'must not be':>13}{'claims':>8}{'conf':>6}{'contr':>6}{'unver':>6}"
             f"{'WRONG':>7}{'recall':>8}"]
    for kind, true in KINDS.items():
        c = counts[kind]
        total = c[CONFIRMED] + c[CONTRADICTED] + c[Status.unverified.value]
        bad = c[CONTRADICTED] if true else c[CONFIRMED]
        recall = f"{c['right'] / total:.2f}" if total else "   -"
        lines.append(f"{kind:<21}{'contradicted' if true else 'confirmed':>13}{total:>8}"
                     f"{c[CONFIRMED]:>6}{c[CONTRADICTED]:>6}{c[Status.unverified.value]:>6}"
                     f"{bad:>7}{recall:>8}")
    lines += ["", f"claims: {len(made)}; wrong decisive verdicts: {len(wrong)}"]
    for item, claim in wrong:
        why = ("a true claim (made from the gold as printed) was contradicted" if KINDS[item.kind]
               else "a false claim (made by a mutation) was confirmed")
        lines += [f"- [{item.kind}] {item.paper}: {item.text}", f"    made from: {item.origin}",
                  f"    got {claim.status.value}: {why}"]
        lines += evidence_lines(claim)
    return "\n".join(lines), len(wrong)


def stems(quick: bool) -> list[str]:
    if quick:
        return list(QUICK_PAPERS)
    return sorted(path.name[:-len(".gold.yaml")] for path in PAPERS.glob("*.gold.yaml"))


def run(quick: bool = False, seed: int = 0, cache: Path | None = None,
        papers_only: Sequence[str] | None = None, limit: int | None = None
        ) -> tuple[list[Made], list[Claim]]:
    """Generate and verify; returns the generated claims and the verified claims, in order."""
    chosen = list(papers_only) if papers_only else stems(quick)
    papers = parse_papers(chosen, cache)
    made: list[Made] = []
    for stem in chosen:
        gold = load_gold(stem, papers[stem])
        made += generate(gold, seed, limit if limit is not None else
                         (QUICK_CLAIMS if quick else None))
    return made, verify(made, papers)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"two papers ({', '.join(QUICK_PAPERS)}), {QUICK_CLAIMS} claims each")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the parsed papers in this pickle file for the next run")
    parser.add_argument("--paper", action="append", default=None,
                        help="only this paper (stem of tests/real/papers/*.gold.yaml)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    made, claims = run(args.quick, args.seed, args.cache, args.paper)
    text, wrong = report(made, claims)
    print(text)
    print(f"\n{time.perf_counter() - start:.1f} s")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
