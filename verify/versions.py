"""Other versions of a paper cited without a version (step 4 of verify/engine.py's docstring):
which older versions to check, and what an older version says differently from the latest,
noted on the latest version's check. Only the latest version decides.
"""

from __future__ import annotations

from collections.abc import Sequence

from verify_claims.claims import Check

from .sources import Resolution, SourceFile


def _older_versions(resolution: Resolution) -> list[SourceFile]:
    """One file per other version than the one used, oldest first (the resolver lists files
    in order of version and then preference, so the first of each version is the best)."""
    chosen: dict[int, SourceFile] = {}
    for file in resolution.others:
        if file.version is not None and file.version != resolution.version:
            chosen.setdefault(file.version, file)
    return [chosen[version] for version in sorted(chosen)]


def _found(check: Check) -> float | None:
    return next((evidence.found for evidence in check.evidence if evidence.found is not None),
                None)


def _version_note(latest: Check, latest_version: int, older: Check,
                  older_version: int) -> str | None:
    """What an older version says differently, or None when it says the same."""
    new, old = _found(latest), _found(older)
    if new is not None and old is not None and new != old:
        return f"v{older_version} reports {old:g}; v{latest_version} reports {new:g}"
    if older.outcome != latest.outcome:
        old_word = older.outcome.value.replace("_", " ")
        new_word = latest.outcome.value.replace("_", " ")
        return (f"against v{older_version} the claim is {old_word}; against "
                f"v{latest_version} it is {new_word}")
    return None


def _note_versions(latest: Check, latest_version: int, older_checks: Sequence[Check],
                   older_version: int) -> None:
    """Add what an older version says differently to the latest check of the same kind."""
    older = next((check for check in older_checks if check.kind == latest.kind), None)
    if older is None:
        return
    note = _version_note(latest, latest_version, older, older_version)
    if note is None:
        return
    for evidence in latest.evidence:
        evidence.note = "; ".join(filter(None, [evidence.note, note]))
    latest.explanation = f"{latest.explanation} Versions differ: {note}.".strip()
    # Show the older version's passage too, marked as such; it never decides.
    latest.evidence.extend(
        evidence.model_copy(update={"note": "; ".join(filter(None, [
            f"older version v{older_version}, not used for the verdict", evidence.note]))})
        for evidence in older.evidence)
