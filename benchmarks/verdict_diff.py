"""Compare the verdicts of two audits claim by claim: statuses, checks and their evidence.

A speed-up of the verifier must not move a single verdict or explanation. Run an audit (or
`benchmarks/accuracy.py --out DIR`, or `benchmarks/verify.py --dump FILE`) before and after
the change, then

    python benchmarks/verdict_diff.py BEFORE AFTER

BEFORE and AFTER are audit folders (every `claims.jsonl` under them is read, matched by its
path relative to the folder) or JSON-lines files of claims. Claims are matched by report,
location and id (the id hashes the claim's text and place), and compared on `status` and on
`checks` as written: kind, outcome, decisiveness, explanation and every field of every piece of
evidence (the names of temporary folders aside). Prints each difference (the first `--show` in
full) and exits 1 when there is any, 0 when the two audits agree on every claim.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

Key = tuple[str, str, str]
# A temporary folder's name differs from run to run (the accuracy benchmark's download cache
# is one, and explanations of missing sources name it): it is compared as "<tmp>".
_TEMPORARY = re.compile(r"/tmp/[A-Za-z0-9_.-]+")


def claim_files(path: Path) -> dict[str, Path]:
    """The claims files of an audit folder by relative path, or the file itself."""
    if path.is_file():
        return {".": path}
    return {str(found.relative_to(path)): found for found in sorted(path.rglob("claims.jsonl"))}


def read_claims(path: Path) -> Iterator[tuple[Key, dict]]:
    """(key, {status, checks}) per claim of a JSON-lines file; a bad line is an error naming
    the file and line."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                claim = json.loads(line)
            except json.JSONDecodeError as error:
                raise SystemExit(f"{path}:{number}: not JSON: {error}") from error
            location = json.dumps(claim.get("location"), sort_keys=True)
            key = (str(claim.get("report")), location, str(claim.get("id")))
            checks = json.loads(_TEMPORARY.sub("<tmp>", json.dumps(claim.get("checks"))))
            yield key, {"status": claim.get("status"), "checks": checks}


def compare(before: Path, after: Path) -> tuple[int, list[str]]:
    """How many claims were compared, and a description of each difference."""
    old_files, new_files = claim_files(before), claim_files(after)
    differences = [f"claims file {name} only in {before}" for name in old_files
                   if name not in new_files]
    differences += [f"claims file {name} only in {after}" for name in new_files
                    if name not in old_files]
    compared = 0
    for name in sorted(set(old_files) & set(new_files)):
        old, new = dict(read_claims(old_files[name])), dict(read_claims(new_files[name]))
        for key in old.keys() - new.keys():
            differences.append(f"{name}: claim {key[2]} ({key[0]}) only in {before}")
        for key in new.keys() - old.keys():
            differences.append(f"{name}: claim {key[2]} ({key[0]}) only in {after}")
        for key in sorted(old.keys() & new.keys()):
            compared += 1
            if old[key] != new[key]:
                differences.append(
                    f"{name}: claim {key[2]} ({key[0]}): status {old[key]['status']} -> "
                    f"{new[key]['status']}\n  before: {json.dumps(old[key]['checks'])}\n"
                    f"  after:  {json.dumps(new[key]['checks'])}")
    return compared, differences


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--show", type=int, default=5, help="differences printed in full")
    args = parser.parse_args(argv)
    for path in (args.before, args.after):
        if not path.exists():
            print(f"error: {path} does not exist", file=sys.stderr)
            return 2
    compared, differences = compare(args.before, args.after)
    for difference in differences[:args.show]:
        print(difference)
    if len(differences) > args.show:
        print(f"... and {len(differences) - args.show} more")
    print(f"{compared:,} claims compared, {len(differences):,} differences")
    return 1 if differences or not compared else 0


if __name__ == "__main__":
    sys.exit(main())
