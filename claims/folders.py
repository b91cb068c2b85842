"""Writing a set of files as one unit into an output folder that may hold the user's files.

An audit (claims.jsonl, audit.json, the HTML pages) is written into a staging folder beside
`--out`, which then takes the place of the previous audit (`staged_folder`). The rule that keeps
the user's files safe (issue 14): the tool deletes only files it wrote itself, and only folders
it created. It knows them from a manifest (`MANIFEST`) that each run leaves in the folder: every
file written, with the size, modification time and inode it had, and every folder created. A
file that no longer matches its entry was changed or replaced by someone, and is the user's.

* A missing folder is created by one rename.
* A folder holding only what the manifest lists (unchanged) is replaced whole by two renames,
  so readers see the old audit or the new one, never a mix.
* Any other folder (an empty one of the user's, one with the user's files, links or subfolders,
  one without a manifest) is updated file by file: each new file is renamed over its
  counterpart, and files of the previous run that this run did not write are deleted only when
  they are still exactly as written. A link, folder or pipe where the audit would put a file is
  never replaced: the run stops with `OutputError` before anything is moved.

`--out` that is a symbolic link to a folder is written through: the folder it points to gets
the audit and the link stays. Runs writing one folder take turns (`fs.locked`), so four
concurrent audits leave the files of one of them, not claims.jsonl of one and audit.json of
another.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from .fs import OutputError, OutputWriteError, UnsafeFile, file_kind, locked, read_regular_file
from .jsonl import _umask, write_atomic

MANIFEST = ".verify-claims-manifest.json"
MANIFEST_FORMAT = 1
MANIFEST_LIMIT = 64 << 20  # bytes; 10,000 reports' pages take about 1 MB

Stamp = tuple[int, int, int]  # size, modification time (ns), inode of a file as written


def output_folder(target: Path | str) -> Path:
    """The folder to write into for `target`: an absolute path, the folder a symbolic link
    points to (written through), or OutputError when it is a file or a link to no folder."""
    path = Path(os.path.abspath(target))
    if path.is_symlink():
        real = Path(os.path.realpath(path))
        if not real.is_dir():
            raise OutputError(f"the output folder {target} is a symbolic link to {real}, which "
                              "is not a folder; remove the link or choose another folder")
        return real
    if os.path.lexists(path) and not path.is_dir():
        raise OutputError(f"the output folder {target} is a file, not a folder; choose another "
                          "name (a new folder is created)")
    return path


def check_output_folder(target: Path | str) -> None:
    """Raise OutputError now, before a long run, when `target` cannot be an output folder."""
    output_folder(target)


@contextmanager
def staged_folder(target: Path | str) -> Iterator[Path]:
    """Yield an empty staging folder beside `target`; once the block completes, its content
    takes `target`'s place as the module docstring says. If the block raises (or the process
    dies), `target` is untouched and the staging folder is removed. A process killed outright
    leaves its hidden `.<name>.staging-<pid>-*` folder behind; the next run removes it once that
    process is gone."""
    given = target
    target = output_folder(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_abandoned(target)
        staging = Path(tempfile.mkdtemp(dir=target.parent,
                                        prefix=f".{target.name}.staging-{os.getpid()}-"))
    except OSError as error:
        raise OutputWriteError(f"cannot write the output folder {given}: "
                               f"{error.strerror or error}") from None
    try:
        staging.chmod(0o777 & ~_umask())  # it becomes the audit folder: as mkdir would make it
        yield staging
        with locked(target, "the output folder"):
            _commit(staging, target)
    except OSError as error:
        raise OutputWriteError(f"cannot write the output folder {given}: "
                               f"{error.strerror or error}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# --- the manifest ----------------------------------------------------------------------------


def _stamp(info: os.stat_result) -> Stamp:
    return info.st_size, info.st_mtime_ns, info.st_ino


def _inventory(staging: Path) -> tuple[dict[str, Stamp], set[str]]:
    """The files (with their stamps) and folders under `staging`, by relative POSIX path."""
    files: dict[str, Stamp] = {}
    folders: set[str] = set()
    for root, dirs, names in os.walk(staging):
        relative = Path(root).relative_to(staging)
        for name in dirs:
            folders.add((relative / name).as_posix())
        for name in names:
            files[(relative / name).as_posix()] = _stamp(os.lstat(Path(root) / name))
    files.pop(MANIFEST, None)
    return files, folders


def _write_manifest(folder: Path, files: dict[str, Stamp], folders: set[str]) -> None:
    document = {"format": MANIFEST_FORMAT, "written_by": "verify-claims",
                "files": {name: list(stamp) for name, stamp in sorted(files.items())},
                "folders": sorted(folders)}
    write_atomic(folder / MANIFEST, json.dumps(document, indent=1) + "\n")


def _safe_relative(name: object) -> bool:
    """A path the tool could have written: relative, no `..`, no empty or dot parts."""
    if not isinstance(name, str) or not name or "\\" in name or "\x00" in name:
        return False
    path = PurePosixPath(name)
    return not path.is_absolute() and all(part not in ("", ".", "..") for part in path.parts) \
        and path.as_posix() == name


def _read_manifest(target: Path) -> tuple[dict[str, Stamp], set[str]] | None:
    """What the previous run wrote into `target`, or None when there is no valid manifest (the
    folder then counts as the user's: nothing in it is deleted)."""
    path = target / MANIFEST
    if not stat.S_ISREG(_lstat_mode(path)):
        return None
    try:
        document = json.loads(read_regular_file(path, MANIFEST_LIMIT))
        files = {name: (int(stamp[0]), int(stamp[1]), int(stamp[2]))
                 for name, stamp in document["files"].items()
                 if _safe_relative(name) and len(stamp) == 3}
        folders = {name for name in document["folders"] if _safe_relative(name)}
    except (OSError, UnsafeFile, ValueError, KeyError, TypeError, AttributeError):
        return None
    return files, folders


def _lstat_mode(path: Path) -> int:
    try:
        return os.lstat(path).st_mode
    except OSError:
        return 0


def _entry(target: Path, name: str) -> os.stat_result | None:
    """lstat of `target/name` when every folder on the way is a real folder (no link that
    could lead elsewhere); None when it is missing or reached through a link."""
    path = target
    parts = PurePosixPath(name).parts
    for part in parts[:-1]:
        path = path / part
        if not stat.S_ISDIR(_lstat_mode(path)):
            return None
    try:
        return os.lstat(path / parts[-1])
    except OSError:
        return None


def _unchanged(target: Path, name: str, stamp: Stamp) -> bool:
    """Is `target/name` the regular file the tool wrote, untouched since?"""
    info = _entry(target, name)
    return info is not None and stat.S_ISREG(info.st_mode) and _stamp(info) == stamp


def _only_ours(target: Path, files: dict[str, Stamp], folders: set[str]) -> bool:
    """True when everything under `target` is a file or folder of the manifest, unchanged."""
    for root, dirs, names in os.walk(target):  # os.walk does not enter linked folders
        relative = Path(root).relative_to(target)
        for name in dirs:
            path = (relative / name).as_posix()
            if path not in folders or os.path.islink(Path(root) / name):
                return False
        for name in names:
            path = (relative / name).as_posix()
            if path == MANIFEST:
                continue
            if path not in files or not _unchanged(target, path, files[path]):
                return False
    return True


# --- committing the staged files ---------------------------------------------------------------


def _commit(staging: Path, target: Path) -> None:
    files, folders = _inventory(staging)
    if not os.path.lexists(target):
        _write_manifest(staging, files, folders)
        os.replace(staging, target)
        return
    previous = _read_manifest(target)
    if previous is not None and _only_ours(target, *previous):
        _write_manifest(staging, files, folders)
        retired = Path(tempfile.mkdtemp(dir=target.parent,
                                        prefix=f".{target.name}.old-{os.getpid()}-"))
        os.replace(target, retired / target.name)
        os.replace(staging, target)
        shutil.rmtree(retired, ignore_errors=True)  # only files and folders of the manifest
        return
    _merge(staging, target, files, folders, previous or ({}, set()))


def _merge(staging: Path, target: Path, files: dict[str, Stamp], folders: set[str],
           previous: tuple[dict[str, Stamp], set[str]]) -> None:
    """Update a folder that holds files of the user's, file by file (module docstring)."""
    old_files, old_folders = previous
    for name in [*sorted(folders), *sorted(files), MANIFEST]:
        want_folder = name in folders
        info = _entry(target, name)
        if info is None:
            if os.path.lexists(target / name):  # reached through a link of the user's
                raise OutputError(f"{target / name} lies under a symbolic link; the audit "
                                  "does not write through it: move the link away or choose "
                                  "another output folder")
            continue
        fits = stat.S_ISDIR(info.st_mode) if want_folder else stat.S_ISREG(info.st_mode)
        if not fits:
            raise OutputError(f"{target / name} is {file_kind(info.st_mode)}, where the audit "
                              f"writes a {'folder' if want_folder else 'file'}; it was left as "
                              "it is and nothing was written: move it away or choose another "
                              "output folder")
    created = {name for name in folders if not os.path.lexists(target / name)}
    ours = created | {name for name in old_folders & folders
                      if stat.S_ISDIR(_lstat_mode(target / name))}
    for name in sorted(folders):
        (target / name).mkdir(exist_ok=True)
    for name in sorted(files):
        os.replace(staging / name, target / name)
    for name, stamp in old_files.items():
        if name not in files and _unchanged(target, name, stamp):
            (target / name).unlink()
    for name in sorted(old_folders - folders, key=lambda n: n.count("/"), reverse=True):
        if stat.S_ISDIR(_lstat_mode(target / name)) and _entry(target, name) is not None:
            try:
                (target / name).rmdir()  # only when empty: never a file of the user's
            except OSError:
                ours.add(name)
    _write_manifest(target, files, ours)


# --- what killed runs leave ----------------------------------------------------------------------


def _remove_abandoned(target: Path) -> None:
    """Remove the staging (and retired) folders of runs into `target` whose process has died:
    what a SIGKILL or a power cut left. A live process's folders (a concurrent run) stay."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(?:staging|old)-(\d+)-")
    for folder in target.parent.glob(f".{glob.escape(target.name)}.*-*"):
        match = pattern.match(folder.name)
        if match and stat.S_ISDIR(_lstat_mode(folder)) and not _alive(int(match.group(1))):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True
