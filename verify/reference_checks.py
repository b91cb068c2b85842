"""The checks of one claim against one cited reference (steps 1 and 3 of verify/engine.py's
docstring): resolve the reference, load its file once, run the source and table checks and the
guards, note older versions; and a claim's checks put together from those of each reference it
cites, the references nobody has folded into one check.
"""

from __future__ import annotations

from collections.abc import Sequence

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper, Provenance, Reference
from verify_claims.claims.bounded import listed, shorten

from .against_pairs import against_parts, main_claim, paired_check
from .cell_arithmetic import check_cell_differences
from .cell_check import check_cells
from .cell_notes import unaccounted_cell
from .cell_pairs import check_cell_pairs
from .cell_quantified import check_quantified_order
from .content import states_cause
from .guard_chain import run_guards
from .lender_views import lenders_read_for_lent_words
from .loaded_papers import LoadSource, _Loaded, _Papers
from .measure_pairs import joined_check, measure_parts
from .passages import PassageIndex
from .source_check import check_source
from .sources import SourceFile, SourceResolver
from .table_check import check_tables
from .undecided import DECIDING, undecide
from .versions import _note_versions, _older_versions


def _label(reference: Reference, file: SourceFile, paper: Paper) -> str:
    """How evidence names the paper: the arXiv id with the version actually read; a paper
    cited by ACL id or DOI by that (its file may be named anything in sources.yaml)."""
    if reference.kind == "arxiv" and reference.arxiv_id and file.version is not None:
        return f"arXiv:{reference.arxiv_id}v{file.version}"
    if reference.kind in ("acl", "doi"):
        return reference.key
    return paper.source_id or reference.key


def _missing(message: str) -> Check:
    return Check(kind=CheckKind.source, outcome=Outcome.source_missing, decisive=False,
                 explanation=shorten(message))


_NOT_FOUND, _UNREADABLE = "not found", "found but could not be read"


def _missing_together(missing: list[Check], cited: int, group: str) -> Check:
    """One check for all the references of a claim that could not be checked for one reason
    (not found, or found unreadable): a report that cites 1,000 papers nobody has gave each
    claim 1,000 checks (294 MB for a 100 KB report). A single reference keeps its own
    message; several are counted and the first five named. Like each of them, the check
    never decides the status."""
    if len(missing) == 1:
        return missing[0]
    named = listed((shorten(check.explanation, 150) for check in missing), limit=5)
    return _missing(f"{len(missing)} of {cited} cited sources {group}: {named}")


def _run_checks(claim: Claim, reference: Reference, file: SourceFile,
                loaded: _Loaded) -> list[Check]:
    """The guarded source and table checks (`_guarded`); for a claim they leave undecided, its
    reading as two subjects (`_paired`) or as two measures (`_measures`)."""
    assert loaded.paper is not None and loaded.index is not None
    label = _label(reference, file, loaded.paper)
    checks = _guarded(claim, loaded.paper, label, loaded.index)
    if not claim.truncated and not any(check.outcome in DECIDING for check in checks):
        checks.extend(_paired(claim, loaded.paper, label, loaded.index))
    if not claim.truncated and not any(check.outcome in DECIDING for check in checks):
        checks.extend(_measures(claim, loaded.paper, label, loaded.index))
    if claim.truncated:
        # A claim cut off by its report is never confirmed: its lost end may assert anything,
        # so its whole content cannot be found (issue 11). A visible part that is already
        # false still contradicts.
        for check in checks:
            _undecide(check, "The claim is cut off, so what it asserts as a whole cannot be "
                             "checked; its visible part matches")
    if file.kind == "card":  # the quote is the card's wording, not the paper's; no page
        origins = {sentence.text: sentence.provenance for sentence in loaded.paper.sentences}
        for check in checks:
            for evidence in check.evidence:
                evidence.provenance = Provenance(
                    kind="card", card=file.path.name, author=loaded.card_author,
                    origin=origins.get(evidence.quote), location=evidence.location)
                evidence.page = None
                evidence.location = "; ".join(filter(None, [evidence.location,
                                                            "reference card"]))
    return checks


def _guarded(claim: Claim, paper: Paper, label: str, index: PassageIndex) -> list[Check]:
    """The source check and, when the tables speak to the claim, the table check, guarded."""
    checks = [check_source(claim, paper, label, index)]
    table = table_checks(claim, paper, label, index)
    if table is not None:
        checks.append(table)
    if any(check.outcome in DECIDING for check in checks):
        # The guards only ever set a deciding check aside (verify/undecided.py): with none,
        # they have nothing to do (more than half of the claim-paper pairs of
        # benchmarks/verify.py decide nothing: a claim cites papers besides its source).
        with lenders_read_for_lent_words(claim, checks):  # a lender is no statement (lender_views)
            run_guards(claim, checks, paper, index)
    return checks


def _measures(claim: Claim, paper: Paper, label: str, index: PassageIndex) -> list[Check]:
    """A claim giving two measures of one subject ("reaches 73.6 EM and 82.7 F1") read as two
    claims, each checked and guarded like any claim (verify/measure_pairs.py)."""
    parts = measure_parts(claim)
    if parts is None:
        return []
    first, second = (_guarded(part, paper, label, index) for part in parts)
    joined = joined_check(parts, (first, second), paper)
    return [joined] if joined is not None else []


def _paired(claim: Claim, paper: Paper, label: str, index: PassageIndex) -> list[Check]:
    """A two-subject claim ("A reaches x, against y for B") read as its first statement, checked
    and guarded like any claim, and B's cell beside it (verify/against_pairs.py)."""
    parts = against_parts(claim.text)
    if parts is None:
        return []
    main, side = parts
    first_claim = main_claim(claim, main)
    first = table_checks(first_claim, paper, label, index)
    if first is None or first.outcome not in DECIDING:
        return []
    guarded = [check_source(first_claim, paper, label, index), first]
    with lenders_read_for_lent_words(first_claim, guarded):
        run_guards(first_claim, guarded, paper, index)
    paired = paired_check(claim, main, side, first, paper)
    return [paired] if paired is not None else []


def _undecide(check: Check, why: str) -> None:
    """A supported check that cannot confirm the claim as a whole becomes undecided; what it
    matched stays shown after `why`."""
    if check.outcome == Outcome.supported:
        undecide(check, why, joint=": ")


def table_checks(claim: Claim, paper: Paper, label: str, index: PassageIndex) -> Check | None:
    """What the paper's tables say of the claim: the table check (rows and columns found by
    the claim's tagged names), else cells found by their headers and their differences
    (names outside the gazetteer, issue 11); None when no table speaks to it."""
    table = check_tables(claim, paper, label)
    if table is None or table.outcome == Outcome.no_evidence:
        table = check_cells(claim, paper, label, index) \
            or check_cell_differences(claim, paper, label, index) \
            or check_quantified_order(claim, paper, label, index) \
            or check_cell_pairs(claim, paper, label, index) or table
    if table is not None and table.outcome == Outcome.supported and states_cause(claim):
        # A table holds numbers, never the reason for them: a claim that explains its
        # numbers ("A scores higher on X than on Y because the X bags are larger") is not
        # confirmed by the cells, however well they match; only a passage that states the
        # cause can (the source check asks for it).
        _undecide(table, "The claim gives a reason, which no table states; its numbers match")
    return table or unaccounted_cell(claim, paper, index)


def _task_key(claim: Claim, reference: Reference) -> tuple[str, bool, str]:
    """Claim-reference pairs with equal keys get equal checks: the checks against one
    reference follow from the claim's text as printed (its names, numbers and clauses are
    parsed from it, and the checkers' own memos are keyed by it too), whether it was cut,
    and the reference (its key names the source and the version asked for)."""
    return claim.text, claim.truncated, reference.key


class _Checker:
    def __init__(self, resolver: SourceResolver, load_source: LoadSource) -> None:
        self.resolver = resolver
        self.papers = _Papers(load_source)
        # The checks of each claim-reference pair of the batch being checked (`_task_key`):
        # a report corpus cites its papers in many combinations, so the same claim comes
        # with different reference lists (distinct claims for `_work_key`) and shares most
        # of its pairs. Emptied after each batch, so it holds one batch's checks at most.
        self.batch: dict[tuple[str, bool, str], tuple[str, list[Check]]] | None = None

    def checks_for(self, claim: Claim) -> list[Check]:
        """The checks of every reference the claim cites (see `_assemble`)."""
        return _assemble([self._check_shared(claim, reference)
                          for reference in _references(claim)])

    def _check_shared(self, claim: Claim, reference: Reference) -> tuple[str, list[Check]]:
        """`_check_reference`, once per `_task_key` within a batch. The checks are shared
        between the claims that have them; `Verifier.verify` gives each claim copies."""
        if self.batch is None:
            return self._check_reference(claim, reference)
        key = _task_key(claim, reference)
        found = self.batch.get(key)
        if found is None:
            found = self.batch[key] = self._check_reference(claim, reference)
        return found

    def _check_reference(self, claim: Claim, reference: Reference) -> tuple[str, list[Check]]:
        """The checks against one reference, and whether it was checked, not found or
        found unreadable."""
        resolution = self.resolver.resolve(reference)
        if not resolution.found or resolution.source is None:
            return _NOT_FOUND, [_missing(resolution.message)]
        file = resolution.source
        loaded = self.papers.get(file)
        if loaded.error is not None:
            return _UNREADABLE, [_missing(f"{reference.key}: {loaded.error}")]
        checks = _run_checks(claim, reference, file, loaded)
        if reference.version is None and file.version is not None:
            for older_file in _older_versions(resolution):
                older = self.papers.get(older_file)
                if older.error is not None:
                    continue  # an unreadable older version cannot disagree
                older_checks = _run_checks(claim, reference, older_file, older)
                for check in checks:
                    _note_versions(check, file.version, older_checks, older_file.version or 0)
        return "checked", checks


def _references(claim: Claim) -> list[Reference]:
    """The references a claim cites, each key once, in order of first citation."""
    return list({reference.key: reference for reference in claim.references}.values())


def _assemble(results: Sequence[tuple[str, list[Check]]]) -> list[Check]:
    """A claim's checks from those of each reference it cites (`_Checker._check_reference`,
    in the order of `_references`). The references nobody has are folded into one check, and
    so are the sources found but unreadable (see `_missing_together`), each placed where its
    first reference was."""
    checks: list[Check] = []
    missing: dict[str, list[Check]] = {_NOT_FOUND: [], _UNREADABLE: []}
    places: dict[str, int] = {}
    for group, found in results:
        if group in missing:
            places.setdefault(group, len(checks) + len(places))
            missing[group] += found
        else:
            checks += found
    for group, place in sorted(places.items(), key=lambda item: item[1]):
        checks.insert(place, _missing_together(missing[group], len(results), group))
    return checks
