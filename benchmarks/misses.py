"""Why the verifier left undecided the claims the gold decides: the misses of the corpora, grouped.

For every claim whose gold is confirmed or contradicted and whose verdict is unverified, the
benchmark reads what the verifier recorded on the claim (its checks' outcomes, explanations,
evidence and `missing` parts; nothing is re-implemented here) and puts it in one group:

    no claim            no extracted claim matches the gold row
    cut off             the report cut the claim, so it is never confirmed
    source missing      the cited paper could not be read
    no table reading    the table check found no cell for the claim's names (it returned nothing)
    cell lacks names    a cell prints the claimed number and the claim's words reach it, but no
                        cell decided, and the cell's headers and caption lack a name of the
                        claim (verify/cell_notes.py's note; the words listed with --list)
    cell lacks plain words  the same, the words lacked all plain ones
    guard               a table check decided and a guard set it aside (the guard's module named)
    tables disagree     two readings of the tables gave different numbers
    level or change     the number is right as a cell, wrong as the change it seems to state
    other number unread the claim states another number no cell was found for
    average elsewhere   an average read for the claim is another average than the one it states
    table undecided     the table check read cells but decided nothing for another reason
    source guard        no table spoke; a source check decided and a guard set it aside
    no table, source: K no table spoke, and the sentence check decided nothing: K is what it
                        said (no passage, number not given, name not said, words unaccounted,
                        passage undecided, other)

Then counts per group, per guard, and with --list GROUP the claims of a group (a prefix of its
name) with their unaccounted words or reason.

    python benchmarks/misses.py --corpus DIR [--corpus DIR ...] [--audit OUT] [--list GROUP]

`--audit OUT` reads the claims of an earlier `benchmarks/accuracy.py --out OUT` run
(OUT/<corpus folder name>/claims.jsonl) instead of running the pipeline again. The blind
held-out corpora (tests/real/heldout2 and later) are refused: their misses must not be read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import DECISIVE, ROOT, Match, evaluate, load_gold, match_claims  # noqa: E402

from verify_claims.claims import CheckKind, Claim, Outcome, Status  # noqa: E402

WHAT_MATCHED = "; what matched: "  # verify/undecided.py's joint after a guard's reason
_BLIND = re.compile(r"^heldout\d+$")
_VERIFY = ROOT / "verify"


@dataclass(frozen=True)
class Miss:
    match: Match
    group: str
    detail: str  # the unaccounted words, the guard's reason, or the explanation
    guard: str | None = None  # the module whose reason set a deciding check aside


@cache
def _sources() -> dict[str, str]:
    """Each verify module's text with its string literals joined across lines, so a guard's
    reason printed over two source lines is found as one phrase."""
    joined = re.compile(r"\"\s*\n\s*(?:f|rf|fr)?\"")
    return {path.stem: joined.sub("", path.read_text()) for path in sorted(_VERIFY.glob("*.py"))}


def guard_of(reason: str) -> str:
    """The verify module whose source prints the longest run of the reason's own words (the
    parts between quotes and numbers, which a guard interpolates); "?" when none does."""
    pieces = [piece.strip() for piece in re.split(r"[\u201c\u201d\"'{}]|\d[\d.,%]*", reason)]
    pieces = sorted((piece for piece in pieces if len(piece.split()) >= 3), key=len, reverse=True)
    for piece in pieces:
        words = piece.split()
        for size in range(len(words), 2, -1):
            for start in range(len(words) - size + 1):
                phrase = " ".join(words[start:start + size])
                owners = [name for name, text in _sources().items() if phrase in text]
                if len(owners) == 1:
                    return owners[0]
                if owners:
                    break
    return "?"


def _named(word: str) -> bool:
    """A word printed as a name: a capital after its first letter, or a digit ("TPR-GAP",
    "S-RNN", "rank-1"); a capitalised first word is no name by itself."""
    return any(letter.isupper() for letter in word[1:]) or any(c.isdigit() for c in word)


def _reason(explanation: str) -> str:
    if WHAT_MATCHED in explanation:
        return explanation.split(WHAT_MATCHED, 1)[0]
    return explanation.split(": ", 1)[0]


def classify(match: Match) -> Miss:
    """The group of one miss, from the checks the verifier left on its claim."""
    claim: Claim | None = match.claim
    if claim is None:
        return Miss(match, "no claim", "")
    checks = claim.checks
    if any("The claim is cut off" in check.explanation for check in checks):
        return Miss(match, "cut off", "")
    if checks and all(check.outcome == Outcome.source_missing for check in checks):
        return Miss(match, "source missing", checks[0].explanation[:120])
    tables = [check for check in checks if check.kind == CheckKind.table]
    for check in tables:
        if check.evidence:  # a table check that decided and was set aside keeps its evidence
            reason = _reason(check.explanation)
            return Miss(match, "guard", reason[:160], guard_of(reason))
    for check in tables:
        text = check.explanation
        if "do not speak of" in text and check.missing:
            # verify/cell_notes.py: a cell prints the claimed number and the claim's words
            # reach it, but no cell decided; the note names what its headers lack.
            kind = "names" if any(_named(word) for word in check.missing) else "plain words"
            return Miss(match, f"cell lacks {kind}", " | ".join(check.missing))
        if "no cell was found for the claim's" in text:
            return Miss(match, "other number unread", " | ".join(check.missing))
    for check in tables:
        text = check.explanation
        if "the tables disagree" in text:
            return Miss(match, "tables disagree", text[:160])
        if "not the change it seems to state" in text:
            return Miss(match, "level or change", text[:160])
        if "averaged" in text or "another average" in text or "as things it averages" in text:
            return Miss(match, "average elsewhere", text[:160])
        return Miss(match, "table undecided", text[:160])
    sources = [check for check in checks if check.kind == CheckKind.source]
    for check in sources:
        if check.evidence and check.outcome == Outcome.no_evidence:
            reason = _reason(check.explanation)
            return Miss(match, "source guard", reason[:160], guard_of(reason))
    text = sources[0].explanation if sources else ""
    return Miss(match, f"no table, source: {_source_kind(text)}",
                " | ".join(part for check in sources for part in check.missing)
                or text[:160])


def _source_kind(explanation: str) -> str:
    """What the sentence check said when it decided nothing, in a few words."""
    if explanation.startswith("No passage of"):
        return "no passage"
    if "does not give the claimed number" in explanation:
        return "number not given"
    if "does not name" in explanation:
        return "name not said"
    if "shares names or numbers" in explanation:
        return "words unaccounted"
    if "neither supports nor contradicts" in explanation:
        return "passage undecided"
    return "other"


def misses(matches: Sequence[Match]) -> list[Miss]:
    """The gold-decided claims left unverified, each classified."""
    return [classify(match) for match in matches
            if match.gold.status in DECISIVE and match.predicted in (Status.unverified.value,
                                                                     "missing")]


def _read_audit(folder: Path) -> list[Claim]:
    path = folder / "claims.jsonl"
    return [Claim.model_validate(json.loads(line)) for line in path.read_text().splitlines()
            if line.strip()]


def corpus_matches(corpus: Path, audit: Path | None) -> list[Match]:
    if audit is not None:
        return match_claims(_read_audit(audit / corpus.name),
                            load_gold(corpus / "gold.jsonl")).matches
    return evaluate(corpus).matches


def format_misses(found: Sequence[Miss], listed: str | None = None) -> str:
    groups = Counter(miss.group for miss in found)
    lines = [f"misses (gold decisive, verdict unverified): {len(found)}", "",
             f"{'group':<38}{'claims':>7}"]
    lines += [f"{group:<38}{count:>7}" for group, count in groups.most_common()]
    guards = Counter(miss.guard for miss in found if miss.guard)
    if guards:
        lines += ["", f"{'guard (module)':<34}{'claims':>7}"]
        lines += [f"{guard:<34}{count:>7}" for guard, count in guards.most_common()]
    words = Counter(word.casefold() for miss in found if miss.group.startswith("cell lacks")
                    for word in miss.detail.split(" | "))
    if words:
        lines += ["", "unaccounted words, most frequent: " + ", ".join(
            f"{word} ({count})" for word, count in words.most_common(25))]
    if listed:
        lines += ["", f"claims of groups starting with {listed!r}:"]
        for miss in found:
            if miss.group.startswith(listed):
                gold = miss.match.gold
                lines.append(f"- {gold.report} row {gold.row} [{miss.group}"
                             + (f", {miss.guard}" if miss.guard else "")
                             + f"] gold {gold.status}: {gold.text}")
                lines.append(f"    {miss.detail}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", required=True,
                        help="folder with reports/, sources/ and gold.jsonl (repeatable)")
    parser.add_argument("--audit", type=Path, default=None,
                        help="read the claims an earlier `accuracy.py --out` run kept here")
    parser.add_argument("--list", default=None, metavar="GROUP",
                        help="list the claims of the groups whose name starts with GROUP")
    args = parser.parse_args(argv)
    blind = [str(corpus) for corpus in args.corpus if _BLIND.match(corpus.resolve().name)]
    if blind:
        print(f"error: blind corpora are not read: {', '.join(blind)}", file=sys.stderr)
        return 2
    found: list[Miss] = []
    for corpus in args.corpus:
        mine = misses(corpus_matches(corpus, args.audit))
        groups = Counter(miss.group for miss in mine)
        print(f"{corpus}: {len(mine)} misses: " + ", ".join(
            f"{group} {count}" for group, count in groups.most_common()))
        found += mine
    print()
    print(format_misses(found, args.list))
    return 0


if __name__ == "__main__":
    sys.exit(main())
