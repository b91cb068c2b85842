"""Source files read once per run: each file's `Paper`, or why it could not be read, and its
`PassageIndex`, built on first use (step 2 of verify/engine.py's docstring).

A loader that raises (a corrupt PDF in --sources) makes that source missing, with the error,
and the run goes on. The papers are read by the caller's `LoadSource` (the pipeline knows how
to read PDFs and cards; verify does not import extract).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

from verify_claims.claims import Paper
from verify_claims.claims.bounded import shorten

from .cards import CardError, load_card
from .passages import PassageIndex, index_of
from .sources import SourceFile

LoadSource = Callable[[SourceFile], Paper]


@dataclass
class _Loaded:
    """A source file read once: its paper and index, or why it could not be read.

    The index is built on first use, not when the paper is read: the pool's parent reads
    every paper before forking (`_warm`), and each worker then builds the indexes of the
    papers it checks, side by side, instead of the parent building all of them while the
    workers wait."""

    paper: Paper | None = None
    error: str | None = None
    card_author: str | None = None  # who wrote it, for a reference card
    built: PassageIndex | None = None

    @property
    def index(self) -> PassageIndex | None:
        if self.built is None and self.paper is not None:
            self.built = index_of(self.paper)
        return self.built


class _Papers:
    """Loads each source file at most once per run and keeps its PassageIndex."""

    def __init__(self, load_source: LoadSource) -> None:
        self._load_source = load_source
        self._loaded: dict[SourceFile, _Loaded] = {}

    def get(self, file: SourceFile) -> _Loaded:
        if file not in self._loaded:
            self._loaded[file] = self._load(file)
        return self._loaded[file]

    def _load(self, file: SourceFile) -> _Loaded:
        try:
            paper = self._load_source(file)
        # Whatever a reader raises on a damaged file, that source is missing for this run;
        # the audit reports why and goes on with the other sources.
        except Exception as error:
            reason = shorten(str(error) or type(error).__name__)
            return _Loaded(error=f"{file.path.name} could not be read: {reason}")
        author = None
        if file.kind == "card":
            with suppress(CardError):
                author = load_card(file.path).metadata.author
        return _Loaded(paper=paper, card_author=author)
