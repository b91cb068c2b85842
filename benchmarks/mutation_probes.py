"""Mutations of the probes' true claims: wrong verdicts on claims worded as reports word them.

benchmarks/mutations.py mutates sentences copied from twelve papers' gold files: claims worded
exactly as the paper prints them. The first-contact probes (tests/test_probe*_regressions.py,
test_round*_regressions.py: every file with a `PROBE_SETS`) hold some 1,700 claims about 40
more real papers, written as a synthesis report writes them and labelled from the page images.
Their true ones (labelled "confirmed") are mutated here the way mutations.py mutates a
sentence, and every mutant is false by construction:

  probe number      one number changed by a clearly different amount, to a value the paper
                    prints nowhere (mutation_sentences.changed_number)
  probe direction   a direction word swapped (improves -> hurts, higher -> lower)
  probe negation    a "not" added after an auxiliary, or a "not" / "no" removed
  probe only        "only" set before a phrase of place or means (mutation_qualifiers)
  probe prefix flip a word turned into its prefixed negation or back ("likely" -> "unlikely")
  probe name swap   a table's row label (or inner column header) the claim names, whose cells
                    print the claim's number, replaced by another of the same table and axis
                    whose cells do not: the number said of the wrong row (mutation_names)

None may be confirmed. A confirmed mutant is listed with its evidence; it is a wrong verdict
unless the mutation happened to keep the claim true (a negation toggled inside a clause the
label did not rest on, say), which the list lets one judge. The probes themselves are held to
their labels by their own tests; here they are only the seeds.

    python benchmarks/mutation_probes.py [--seed 0] [--cache FILE] [--paper STEM ...]

Exit status 1 when a mutant is confirmed. About 1,000 mutants; parsing the ~40 PDFs takes
about two minutes (kept with `--cache`).
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
import zlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from mutation_names import label_groups, swapped_name  # noqa: E402
from mutation_qualifiers import added_only, prefix_flipped  # noqa: E402
from mutation_sentences import (  # noqa: E402
    changed_number,
    number_tokens,
    swapped_direction,
    toggled_negation,
)
from mutations import Made, evidence_lines, parse_papers, verify  # noqa: E402

from verify_claims.claims import Paper, Status  # noqa: E402

KINDS = ("probe number", "probe direction", "probe negation", "probe only",
         "probe prefix flip", "probe name swap")


def probe_sets() -> dict[str, list[str]]:
    """Each probed paper's stem and its claims labelled true, from every test file of
    tests/ that defines `PROBE_SETS` (in file order, so a seed draws the same mutants)."""
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "tests").glob("test_*_regressions.py")):
        if "PROBE_SETS" not in path.read_text(encoding="utf-8"):
            continue
        module = importlib.import_module(path.stem)
        for stem, (probes, _floor) in getattr(module, "PROBE_SETS", {}).items():
            found.setdefault(stem, []).extend(
                text for text, status in probes if status == Status.confirmed.value)
    return found


def printed_numbers(paper: Paper) -> set[str]:
    """Every number the paper prints, in its sentences and its table cells."""
    texts = [sentence.text for sentence in paper.sentences]
    texts += [cell.text for table in paper.tables for row in table.rows for cell in row]
    texts += [table.caption or "" for table in paper.tables]
    return set().union(*(number_tokens(text) for text in texts))


def generate(stem: str, claims: Sequence[str], printed: set[str], seed: int = 0,
             groups: Sequence[dict[str, list[str]]] = ()) -> list[Made]:
    """The mutants of one paper's true probe claims (module docstring); `groups`: the paper's
    table labels (`mutation_names.label_groups`), for the name swaps."""
    rng = random.Random(seed * 1_000_003 + zlib.crc32(stem.encode()))
    names = random.Random(seed * 1_000_003 + zlib.crc32(stem.encode()) + 1)  # own draws: the
    made = []  # other kinds draw the same mutants as before this kind was added
    for text in claims:
        for kind, mutant in (("probe number", changed_number(rng, text, printed)),
                             ("probe direction", swapped_direction(rng, text)),
                             ("probe negation", toggled_negation(rng, text)),
                             ("probe only", added_only(text)),
                             ("probe prefix flip", prefix_flipped(text)),
                             ("probe name swap", swapped_name(names, text, list(groups)))):
            if mutant is not None and mutant != text:
                made.append(Made(mutant, kind, stem, text))
    return made


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the parsed papers in this pickle for the next run")
    parser.add_argument("--paper", action="append", default=None,
                        help="only this paper's probes (repeatable)")
    args = parser.parse_args(argv)
    sets = probe_sets()
    stems = [stem for stem in sets if args.paper is None or stem in args.paper]
    papers = parse_papers(stems, args.cache)
    made = [item for stem in stems
            for item in generate(stem, sets[stem], printed_numbers(papers[stem]), args.seed,
                                 label_groups(papers[stem]))]
    claims = verify(made, papers)
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    wrong = []
    for item, claim in zip(made, claims, strict=True):
        counts[item.kind][claim.status.value] += 1
        if claim.status == Status.confirmed:
            wrong.append((item, claim))
    print(f"{len(stems)} papers, {sum(len(sets[stem]) for stem in stems)} true probe claims")
    print(f"{'kind':<20}{'mutants':>8}{'conf':>6}{'contr':>6}{'unver':>6}")
    for kind, count in counts.items():
        print(f"{kind:<20}{sum(count.values()):>8}{count['confirmed']:>6}"
              f"{count['contradicted']:>6}{count['unverified']:>6}")
    print(f"\nmutants: {len(made)}; confirmed (wrong unless the mutant stayed true): "
          f"{len(wrong)}")
    for item, claim in wrong:
        print(f"- [{item.kind}] {item.paper}: {item.text}\n    made from: {item.origin}")
        print("\n".join(evidence_lines(claim)))
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
