"""What every probe's regression file does with its claims: verify them against one parsed
real paper, read their explanations, and hold their decisive statuses to their labels.

The probes (tests/test_probe13_regressions.py, test_probe14_regressions.py,
test_probe14b_regressions.py, test_round14_probe_regressions.py) each pin adversarial claims
labelled from the page; they share these pieces rather than each writing them.
`probe_set_tests` gives the fixture and the two tests of every labelled probe set (rounds 21
and 22).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Claim, Paper, Status
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document

REAL_PAPERS = Path(__file__).resolve().parent / "real" / "papers"

DECISIVE = {Status.confirmed.value: "true", Status.contradicted.value: "false"}
"""The label a decisive status must agree with; an unverified claim agrees with any."""


def verify_on(papers: Mapping[str, Paper], stem: str, texts: Iterable[str]) -> list[Claim]:
    """The claims `texts`, each citing the paper `stem` of `papers`, verified."""
    made = [mutations.Made(text=text, kind="test", paper=stem, origin=text) for text in texts]
    return mutations.verify(made, {stem: papers[stem]})


def real_paper(stem: str) -> Paper:
    """tests/real/papers/<stem>.pdf, read anew (a probe file keeps its own `cache(real_paper)`;
    a planted bug in a reading the passage index keeps asks for a fresh one)."""
    return parse_paper(read_document(REAL_PAPERS / f"{stem}.pdf"))


def status_of(papers: Mapping[str, Paper], stem: str, text: str) -> tuple[Status, str]:
    """The status of the claim `text` citing `stem`, and its explanation."""
    claim = verify_on(papers, stem, [text])[0]
    return claim.status, explained(claim)


def explained(claim: Claim) -> str:
    """Every check's explanation of `claim`, as one text."""
    return " ".join(check.explanation for check in claim.checks)


def scored(verdicts: Iterable[Claim], probes: Iterable[tuple[str, str]]
           ) -> tuple[list[tuple[str, str]], int]:
    """The probes given a wrong decisive status (text, status), and how many got their labelled
    status, for `verdicts` of `probes` (text, labelled status) in the same order."""
    wrong, right = [], 0
    for claim, (_, gold) in zip(verdicts, probes, strict=True):
        status = claim.status.value
        right += status == gold
        if status in DECISIVE and status != gold:
            wrong.append((claim.text, status))
    return wrong, right


ProbeSets = Mapping[str, tuple[list[tuple[str, str]], int]]
"""A probe file's labelled probe sets: paper stem -> (claims with their labelled status, how
many must get that status: fewer means a rule now withholds a right verdict)."""


def probe_set_tests(probe_sets: ProbeSets, parsed: Callable[[str], Paper]):
    """The fixture and the two tests every probe file runs over its probe sets, each paper's
    claims verified once (`parsed` gives the paper of a stem). A probe file binds them at
    module level, where pytest finds them:

        probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \\
            test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(SETS, _parsed)
    """

    @pytest.fixture(scope="module", params=sorted(probe_sets))
    def probe_set(request):
        probes, floor = probe_sets[request.param]
        stem = request.param
        return probes, floor, verify_on({stem: parsed(stem)}, stem, [text for text, _ in probes])

    def test_no_probe_gets_a_wrong_decisive_verdict(probe_set):
        probes, _, verdicts = probe_set
        assert scored(verdicts, probes)[0] == []

    def test_the_probes_decided_as_labelled_stay_decided(probe_set):
        probes, floor, verdicts = probe_set
        assert scored(verdicts, probes)[1] >= floor

    return (probe_set, test_no_probe_gets_a_wrong_decisive_verdict,
            test_the_probes_decided_as_labelled_stay_decided)


def read_before_round32(path: Path) -> Paper:
    """The paper at `path` as read before round 32's reading fixes (read32: tables wrapped in
    prose, "Table1." labels, a reference wrapped to a line's start, a value set close to its
    row label; tests/test_read32_regressions.py). Earlier probes pinned guards on the text those
    misreadings made (a table's rows flattened into the prose); they keep that reading."""
    from unittest import mock

    from verify_claims.extract import grid_captions, grid_cells, grid_tables, table_groups

    with mock.patch.object(grid_captions, "wrapped_caption_spans", lambda *args: []), \
            mock.patch.object(grid_captions, "_unfused", lambda words: words), \
            mock.patch.object(grid_tables, "_runs_on_from_prose", lambda *args: False), \
            mock.patch.object(grid_tables, "ends_in_value_column", lambda *args: False), \
            mock.patch.object(grid_cells, "split_aligned_values", lambda *args: None), \
            mock.patch.object(table_groups, "split_aligned_values", lambda *args: None):
        return parse_paper(read_document(path))


def read_before_round33(path: Path) -> Paper:
    """The paper at `path` with its footnotes left out, as read before round 33
    (extract/footnotes.py). A planted test pinned on a body passage keeps that reading where a
    footnote now decides its claim (rightly) before the rule it pins is reached."""
    from unittest import mock

    from verify_claims.extract import paper as paper_module

    with mock.patch.object(paper_module, "_add_footnotes", lambda *args: None):
        return parse_paper(read_document(path))

