"""The record of one audit run: which tool, when, with which options and reference cards, and
for each report which of the papers it cites were found.

A verdict is only as good as the sources behind it: "40 confirmed" read against one reference
card out of three cited papers means less than it seems. The run record says so on every page
and in `audit.json`, so that a reader can judge an audit (and redo it) without asking how it
was made. The pipeline builds it from what the run knows (the resolver's answers, the cards it
loaded); the reports stage only renders it.
"""

from __future__ import annotations

from pydantic import Field

from .documents import Reading
from .models import Record

# What to do about a paper the run could not find, by why it was missing.
FIX_OFFLINE = "pass --sources DIR or run online"
FIX_ONLINE = "pass --sources DIR holding the paper's PDF"
FIX_NOT_ARXIV = ("papers cited only by a link cannot be looked up; cite them by arXiv id, "
                 "ACL Anthology id or DOI")
FIX_DOI = ("put the paper in --sources named by its DOI with \"/\" written %2F "
           "(10.1145%2F1327452.1327492.pdf), or list it in --sources' sources.yaml")
FIX_ACL = ("put the paper in --sources named by its ACL Anthology id (P07-1088.pdf), or list "
           "it in --sources' sources.yaml")
FIX_UNREADABLE = "replace the file with a readable copy"


class RunOptions(Record):
    """The options that decide what an audit can find."""

    offline: bool = False
    sources: str | None = None  # the --sources folder, None when none was given
    cache: str | None = None  # the cache of downloaded papers
    results: str | None = None  # the folder of reproduction results, None when not read


class CardUse(Record):
    """A reference card the run read: which paper version it stands for, and its own version
    (bumped whenever its content changes), so that two audits can be told apart."""

    id: str  # "arXiv:2005.13013v2"
    version: int
    file: str  # its file name


class CitedPaper(Record):
    """One paper a report cites, and whether the run found a source for it."""

    reference: str  # Reference.key: "arXiv:2005.13013v2", "doi:10.1/x", a URL
    found: bool
    detail: str = ""  # which file answered, or why none did
    fix: str | None = None  # what the user can do about a missing paper
    reading: Reading | None = None  # how well a found PDF was read (None: not a PDF, or missing)

    @property
    def poorly_read(self) -> str | None:
        """Why a found paper's verdicts rest on a poor reading of it, or None."""
        return self.reading.poor if self.found and self.reading is not None else None


class ReportSources(Record):
    """The cited papers of one report (its reference list and every claim's citations)."""

    cited: list[CitedPaper] = Field(default_factory=list)

    @property
    def found(self) -> list[CitedPaper]:
        return [paper for paper in self.cited if paper.found]

    @property
    def missing(self) -> list[CitedPaper]:
        """The papers not found, those the user can do something about first."""
        return sorted((paper for paper in self.cited if not paper.found),
                      key=lambda paper: paper.fix in (None, FIX_NOT_ARXIV))

    @property
    def poorly_read(self) -> list[CitedPaper]:
        """The papers found whose PDF was read too poorly for their verdicts to mean much."""
        return [paper for paper in self.cited if paper.poorly_read]

    @property
    def fixes(self) -> list[str]:
        """The distinct fixes of the missing papers, in order."""
        return list(dict.fromkeys(paper.fix for paper in self.missing if paper.fix))

    @property
    def headline(self) -> str:
        """ "1 of 3 cited papers found; 2 missing: arXiv:1911.02116, doi:10.1/x"."""
        total = len(self.cited)
        if not total:
            return "The report cites no paper, so no claim could be checked against a source."
        text = f"{len(self.found)} of {total} cited paper{'' if total == 1 else 's'} found"
        if self.missing:
            text += f"; {len(self.missing)} missing: " + ", ".join(
                paper.reference for paper in self.missing)
        return text


class RunRecord(Record):
    """Tool, version, date, options and cards of a run. Each report's cited papers travel with
    the report (`ReportSources`), since the pages and `audit.json` take reports one by one."""

    tool: str = "verify-claims"
    version: str
    generated: str | None = None  # ISO 8601 date and time of the run
    options: RunOptions = Field(default_factory=RunOptions)
    cards: list[CardUse] = Field(default_factory=list)
