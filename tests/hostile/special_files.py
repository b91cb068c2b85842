"""Hostile file-system objects for tests/test_hostile_fs.py (issue 14, items 2, 5, 8, 10, 11).

Links, named pipes and device links cannot be committed portably (git keeps a link as a file
on some systems, and no checkout keeps a pipe), so they are made here, at test time, into a
temporary folder. Each maker returns the paths it made, named for what they do.

    results_store(folder)   a runs/ folder with a good result beside a link to /dev/zero,
                            a named pipe, an oversized file and a link out of the folder
    linked_inputs(folder)   an input folder whose `passwd.txt` links to a secret file outside
                            it (standing in for /etc/passwd), and a linked folder outside it
    deep_recipe(folder)     a recipe nested 10,000 levels deep (YAML flow sequences)
"""

from __future__ import annotations

import json
import os
from pathlib import Path

SECRET_LINE = "root:x:0:0:secret-first-line-of-a-file-outside-the-folder:/root:/bin/bash"
DEPTH = 10_000


def run_result(recipe: str = "planted-transfer", scale: str = "smoke", seed: int = 1) -> dict:
    """A minimal valid RunResult as JSON data."""
    return {"recipe": recipe, "recipe_version": 1, "scale": scale, "seed": seed,
            "metric": "accuracy", "aggregate": 1.5, "claimed": 2.0, "tolerance": 0.5}


def results_store(folder: Path) -> dict[str, Path]:
    """runs/<recipe>/<scale>/seed-N.json files: one good, the others hostile."""
    base = folder / "planted-transfer" / "smoke"
    base.mkdir(parents=True)
    made = {"good": base / "seed-1.json", "dev-zero": base / "seed-2.json",
            "fifo": base / "seed-3.json", "oversized": base / "seed-4.json",
            "link-out": base / "seed-5.json"}
    made["good"].write_text(json.dumps(run_result()), encoding="utf-8")
    made["dev-zero"].symlink_to("/dev/zero")
    os.mkfifo(made["fifo"])
    # Valid JSON, padded with white space past the size cap: read whole, it would be accepted.
    with open(made["oversized"], "w", encoding="utf-8") as stream:
        stream.write(json.dumps(run_result(seed=4))[:-1])
        stream.write(" " * (17 << 20))
        stream.write("}")
    outside = folder.parent / f"{folder.name}-outside-seed-5.json"
    outside.write_text(json.dumps(run_result(seed=5)), encoding="utf-8")
    made["link-out"].symlink_to(outside)
    return made


def secret_file(folder: Path) -> Path:
    """A file outside every folder given to the audit, whose first line must never show."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "passwd"
    path.write_text(SECRET_LINE + "\nbin:x:1:1:bin:/bin:/sbin/nologin\n", encoding="utf-8")
    return path


def linked_inputs(folder: Path, secret: Path) -> dict[str, Path]:
    """An input folder with links that leave it (to `secret`, to a folder beside it) and one
    that stays inside."""
    folder.mkdir(parents=True, exist_ok=True)
    elsewhere = secret.parent / "papers-elsewhere"
    elsewhere.mkdir(exist_ok=True)
    (elsewhere / "hidden-paper.txt").write_text(SECRET_LINE + "\n", encoding="utf-8")
    made = {"file-out": folder / "passwd.txt", "folder-out": folder / "linked-folder",
            "inside-target": folder / "notes" / "own.md", "link-in": folder / "own-link.md"}
    made["file-out"].symlink_to(secret)
    made["folder-out"].symlink_to(elsewhere, target_is_directory=True)
    made["inside-target"].parent.mkdir()
    made["inside-target"].write_text("# Own notes\n\nNothing here states a result.\n",
                                     encoding="utf-8")
    made["link-in"].symlink_to(made["inside-target"])
    return made


def deep_recipe(folder: Path, depth: int = DEPTH) -> Path:
    """`deep.yaml`: a recipe whose metadata is a sequence nested `depth` levels deep."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "deep.yaml"
    path.write_text("id: deep\nmetadata: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    return path
