"""The PDF libraries' layers of a paper (pypdf's page texts, pdfminer's glyphs and shapes), kept
on disk by the file's content when `$VERIFY_CLAIMS_LAYER_CACHE` names a folder.

Why: reading a typeset paper is mostly the libraries' parsing. On the Transformer paper
(arXiv:1706.03762, 15 pages) pdfminer's layout takes 8.3 s and pypdf's two text extractions
4.6 s of 11.4 s of profiled reading; our own rules (words, lines, tables) take the rest. A test
suite (and an audit run again over the same papers) reads the same files many times, each time
to try another rule of ours on top of the same layers. Off by default: a one-off audit reads
each paper once.

A kept layer is found only under a key of the file's bytes, the libraries' versions and a
fingerprint of the code of ours that shaped the layer *as it is bound now* (the Mathematical Pi
glyph names, the font repairs, the clipping of forms: `kept`'s `code`). A rule replaced at run
time (a test's planted bug, a user's patch) changes the fingerprint, so that reading is made
afresh, never taken from a layer the real rule made; any doubt costs a reading, not a wrong one.
Entries are pickles written atomically: name a folder only you can write.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from types import CodeType, FunctionType, ModuleType
from typing import NamedTuple, TypeVar

LAYER_CACHE_ENV = "VERIFY_CLAIMS_LAYER_CACHE"

T = TypeVar("T")


class RawChar(NamedTuple):
    """What the reading takes from one of pdfminer's glyphs (an `LTChar`): its text, box (PDF
    coordinates, y up), text matrix, writing direction, font, size and advance."""

    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    matrix: tuple[float, float, float, float, float, float]
    upright: bool
    fontname: str
    size: float
    adv: float

    @classmethod
    def of(cls, char) -> RawChar:
        return cls(char.get_text(), float(char.x0), float(char.x1), float(char.y0),
                   float(char.y1), tuple(float(v) for v in char.matrix), bool(char.upright),
                   char.fontname or "", float(char.size), float(char.adv))

    def get_text(self) -> str:
        """As `LTChar.get_text`, so the reading takes either."""
        return self.text


class RawShape(NamedTuple):
    """A drawn line or rectangle's box (PDF coordinates, y up)."""

    x0: float
    y0: float
    x1: float
    y1: float


class RawPage(NamedTuple):
    """One page's pdfminer layer: its size, the layout's origin, shown glyphs, drawn shapes."""

    width: float
    height: float
    left: float
    top_edge: float
    chars: list[RawChar]
    shapes: list[RawShape]


def kept(kind: str, source: bytes | Path, compute: Callable[[], T],
         code: Iterable[ModuleType | tuple[ModuleType, Iterable[str]]] = ()) -> T:
    """`compute()`, or the layer kept for the same `kind`, file (`source`: its bytes, or its path
    read only when a folder is named) and `code`.

    `code` names the code of ours that shapes the layer: whole modules, or (module, names) for
    the names a module binds that the layer reads. Without `$VERIFY_CLAIMS_LAYER_CACHE`,
    `compute()`. An unreadable entry is made again; a failing `compute` keeps nothing."""
    folder = os.environ.get(LAYER_CACHE_ENV, "").strip()
    if not folder:
        return compute()
    try:
        data = source.read_bytes() if isinstance(source, Path) else source
    except OSError:
        return compute()  # the reading says what is wrong with the file
    key = hashlib.sha256(data).hexdigest()[:32] + "-" + fingerprint(kind, code)
    path = Path(folder) / f"{re.sub(r'[^A-Za-z0-9_.-]', '_', kind)}-{key}.pickle"
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError,
            ImportError, IndexError, TypeError):
        pass
    value = compute()
    _write_atomically(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value


def fingerprint(kind: str,
                code: Iterable[ModuleType | tuple[ModuleType, Iterable[str]]]) -> str:
    """A digest of `kind` and of the code in `code` as it is bound now: each function by its
    module, name and compiled code, each table by its contents. A replaced function (another
    name or code) or table changes it. A value whose text is not stable between processes only
    makes the key differ, never agree wrongly."""
    digest = hashlib.sha256(kind.encode())
    for item in code:
        module, names = item if isinstance(item, tuple) else (item, None)
        values = vars(module)
        for name in sorted(values) if names is None else names:
            if name.startswith("__"):
                continue
            digest.update(f"\0{module.__name__}.{name}=".encode())
            digest.update(_described(values.get(name)))
    return digest.hexdigest()[:32]


def _described(value: object) -> bytes:
    wrapped = getattr(value, "__wrapped__", None)  # functools.cache and friends
    if wrapped is not None:
        value = wrapped
    if isinstance(value, FunctionType):
        return (f"{value.__module__}.{value.__qualname__}:".encode()
                + _code(value.__code__) + repr(value.__defaults__).encode())
    if isinstance(value, ModuleType):
        return f"module {value.__name__}".encode()
    if isinstance(value, type):
        return f"class {value.__module__}.{value.__qualname__}:".encode() + b"".join(
            _described(member) for _, member in sorted(vars(value).items())
            if isinstance(member, FunctionType))
    if isinstance(value, set | frozenset):
        return repr(sorted(map(repr, value))).encode()
    if isinstance(value, re.Pattern):
        return f"re {value.pattern!r} {value.flags}".encode()
    return repr(value).encode()


def _code(code: CodeType) -> bytes:
    """A compiled function's instructions, names and constants (nested functions' too). Not
    `marshal.dumps(code)`: that holds the interpreter's specialised instructions, which change
    as the function runs (measured: every call of `_pdfminer_layers` missed its own entry)."""
    return b"".join([code.co_code, repr(code.co_names).encode(), *(
        _code(const) if isinstance(const, CodeType) else repr(const).encode()
        for const in code.co_consts)])


def _write_atomically(path: Path, payload: bytes) -> None:
    """Write `payload` to `path` through a temporary file beside it, so that a reader in
    another process sees the whole entry or none. A folder that cannot be written keeps
    nothing: the layer was read all the same."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".layer-")
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
