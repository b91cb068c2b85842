"""The results store: one JSON `RunResult` per (recipe, scale, seed) in a folder (`runs/`).

Layout, one folder per recipe and scale so that a person can find and delete runs by hand:

    runs/phang2020-squad/paper/seed-1.json              the result of that run
    runs/phang2020-squad/paper/seed-1.checkpoints/v1/   the run's checkpoints (recipe v1)
    runs/phang2020-squad/paper/seed-1.lock              held while a process runs it

Results are written atomically (a temporary file renamed over the old one), so an interrupted
write leaves the previous result whole. A run is *completed* when its file holds a completed
result of the recipe's current `metadata.version`; the runner skips those. A failed run, or
one of an older recipe version, runs again. Checkpoints live under the recipe version, so a
run interrupted under version 1 is never resumed into version 2.

Reading is forgiving: a file that is not a valid result (hand-edited, written by an older
release, truncated by a full disk) is listed in `ResultsStore.problems` and skipped, and the
other results still reach the audit. Reading is also guarded, since any audit reads `runs/` of
the folder it starts in (issue 14): only regular files of at most `RESULT_LIMIT` bytes are
read (a link to /dev/zero or a named pipe is skipped with a message, never opened for an
endless or blocking read), and a link that leads out of the results folder is not followed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from pydantic import ValidationError

from verify_claims.claims import Problem, RunResult, Scale, write_atomic
from verify_claims.claims.fs import UnsafeFile, outside, read_regular_file

from .recipe import Recipe

RESULT_GLOB = "*/*/seed-*.json"
RESULT_LIMIT = 16 << 20  # bytes; a result with every task and language is a few kilobytes


class ResultsStore:
    """Results of reproduction runs under `folder`."""

    def __init__(self, folder: Path | str = "runs"):
        self.folder = Path(folder)
        self.problems: list[Problem] = []

    def path_for(self, recipe_id: str, scale: Scale, seed: int) -> Path:
        return self.folder / recipe_id / scale / f"seed-{seed}.json"

    def lock_path(self, recipe_id: str, scale: Scale, seed: int) -> Path:
        """The lock file a process holds while it runs and saves this run (see `locks`)."""
        return self.folder / recipe_id / scale / f"seed-{seed}.lock"

    def checkpoint_dir(self, recipe_id: str, scale: Scale, seed: int,
                       version: int | None = None) -> Path:
        """Where the runner keeps the checkpoints of one run, so an interrupted run resumes.

        Pass the recipe's `metadata.version`: checkpoints of another version are then never
        picked up. The folder is not created here; the trainer creates it when it saves.
        """
        base = self.folder / recipe_id / scale / f"seed-{seed}.checkpoints"
        return base / f"v{version}" if version is not None else base

    def clear_checkpoints(self, recipe_id: str, scale: Scale, seed: int) -> None:
        """Delete a run's checkpoints (all versions), e.g. once its result is saved: at paper
        scale each checkpoint of XLM-R Large is gigabytes."""
        shutil.rmtree(self.checkpoint_dir(recipe_id, scale, seed), ignore_errors=True)

    def save(self, result: RunResult) -> Path:
        """Write `result` to its place, atomically; returns the path."""
        path = self.path_for(result.recipe, result.scale, result.seed)
        write_atomic(path, result.model_dump_json(indent=2) + "\n")
        return path

    def load(self, recipe_id: str, scale: Scale, seed: int) -> RunResult | None:
        """The stored result of one run, or None when there is none or it cannot be read
        (then a Problem says why)."""
        path = self.path_for(recipe_id, scale, seed)
        return self._read(path) if os.path.lexists(path) else None

    def completed(self, recipe: Recipe, scale: Scale, seed: int) -> bool:
        """True when this run has a completed result of the recipe's current version."""
        result = self.load(recipe.id, scale, seed)
        return (result is not None and result.status == "completed"
                and result.recipe_version == recipe.metadata.version)

    def load_all(self) -> list[RunResult]:
        """Every readable result under the folder, sorted by (recipe, scale, seed). Files that
        are not valid results are skipped and listed in `self.problems`."""
        self.problems = []
        if not self.folder.is_dir():
            return []
        results = [self._read(path) for path in sorted(self.folder.glob(RESULT_GLOB))]
        kept = [result for result in results if result is not None]
        return sorted(kept, key=lambda r: (r.recipe, r.scale, r.seed))

    def _read(self, path: Path) -> RunResult | None:
        target = outside(path, self.folder)
        if target is not None:
            return self._problem(path, f"a link to {target}, outside the results folder "
                                       f"{self.folder}; it was not followed")
        try:
            result = RunResult.model_validate_json(read_regular_file(path, RESULT_LIMIT))
        except UnsafeFile as error:
            return self._problem(path, str(error))
        except OSError as error:
            return self._problem(path, f"cannot be read: {error.strerror or error}")
        except ValidationError as error:
            if any(issue["type"] == "json_invalid" for issue in error.errors()):
                return self._problem(path, "not valid JSON (an interrupted or hand-edited "
                                           "write?)")
            fields = "; ".join(
                f"{'.'.join(str(part) for part in issue['loc']) or '(top)'}: {issue['msg']}"
                for issue in error.errors())
            return self._problem(path, f"not a valid run result: {fields}")
        expected = self.path_for(result.recipe, result.scale, result.seed)
        if path.resolve() != expected.resolve():
            return self._problem(path, f"holds the result of {result.recipe} at {result.scale} "
                                       f"scale, seed {result.seed}, which belongs in {expected}")
        return result

    def _problem(self, path: Path, message: str) -> None:
        self.problems.append(Problem(file=str(path), message=message))
        return None
