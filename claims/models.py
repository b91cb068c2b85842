"""The claim record and everything attached to it.

These pydantic models are the one vocabulary every stage speaks (see DESIGN.md): `extract`
produces them, `verify` adds checks to them, `reports` renders them. No stage passes anything
else to another. Every record says where it came from (file, page, line, character span) and
survives a JSON round trip unchanged, so an audit can be re-rendered or diffed later.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from .ids import scrub

# Text that came from outside (file names, pages, messages quoting them): lone surrogates are
# replaced so that every record can be written as UTF-8 (see ids.scrub).
Printable = Annotated[str, AfterValidator(scrub)]


class Record(BaseModel):
    """Base for all records: unknown fields are errors, so a typo in a JSONL file is caught."""

    model_config = ConfigDict(extra="forbid")

    def model_post_init(self, context: object, /) -> None:
        """Give every record of a class the one shared set of all its field names as the set
        of fields given. pydantic keeps such a set per instance (only `exclude_unset` and
        `model_fields_set` read it, and nothing here does: every record is written whole); for
        a claim with its quantities, entities and checks those sets were some 4 KB of the 8 KB
        a claim took in memory, and a report of 200,000 claims is held whole (issue 14). The
        set being full, the `add` pydantic makes when a field is assigned never changes it."""
        full = _ALL_FIELDS.get(type(self))
        if full is None:
            full = _ALL_FIELDS.setdefault(type(self), set(type(self).model_fields))
        object.__setattr__(self, "__pydantic_fields_set__", full)


# Record class -> the names of all its fields, the one set its fully given records share.
_ALL_FIELDS: dict[type, set[str]] = {}


class Status(str, Enum):
    """The verdict on a claim (DESIGN.md, "Checks and verdicts")."""

    confirmed = "confirmed"
    contradicted = "contradicted"
    unverified = "unverified"


class CheckKind(str, Enum):
    source = "source"
    table = "table"
    reproduction = "reproduction"


class Outcome(str, Enum):
    """Outcomes of checks. Source/table checks use the first four, reproduction the last four."""

    supported = "supported"
    contradicted = "contradicted"
    no_evidence = "no_evidence"
    source_missing = "source_missing"
    confirmed = "confirmed"
    inconclusive = "inconclusive"
    not_run = "not_run"


class Location(Record):
    """Where a piece of text sits in its file. Pages and lines are 1-based; a span is
    [start, end) in characters of the page (PDF) or file (text) text."""

    file: str
    page: int | None = None
    line: int | None = None
    span: tuple[int, int] | None = None
    section: str | None = None


class Entity(Record):
    """A task, dataset, model, metric or language name found in a claim.

    `name` is the canonical name from the gazetteer (e.g. "SQuAD"); `text` is as printed."""

    label: Literal["TASK", "DATASET", "MODEL", "METRIC", "BENCHMARK", "LANGUAGE"]
    name: str
    text: str
    span: tuple[int, int]


class Clause(Record):
    """One clause of a claim or sentence: [start, end) in its text, and what it says.

    "TyDiQA improves, whereas XNLI does not see benefits" holds two clauses with opposite
    polarity; a verifier picks the clause that mentions the entity it is checking."""

    span: tuple[int, int]
    direction: Literal["increase", "decrease"] | None = None
    negated: bool = False


class Quantity(Record):
    """A number in a claim, parsed.

    `value` is the number as printed (a percentage 45.3% keeps value 45.3, unit "%").
    `decimals` is the printed precision, which gives the statcheck-style interval: "2.0" stands
    for anything in [1.95, 2.05). `sign` is -1 when the text says the quantity goes down
    ("lowers by 2", "-3.1"), +1 when it goes up, None when no direction is stated.
    `attaches_to` lists the entity names the number is about; `bound_to` is the single entity an
    aligned list binds it to ("SQuAD, MNLI and HellaSwag ... 8.2, 7.5 and 7.0" binds 8.2 to SQuAD).
    """

    text: str
    value: float
    decimals: int = 0
    unit: str | None = None
    sign: int | None = None
    direction: str | None = None
    negated: bool = False
    approximate: bool = False  # "about 5", "~5", "nearly 5"
    cut_off: bool = False  # last number of a truncated claim: digits or unit may be missing
    span: tuple[int, int]
    attaches_to: list[str] = Field(default_factory=list)
    bound_to: str | None = None

    @property
    def interval(self) -> tuple[float, float]:
        """The half-open interval of true values that print as `text` ([low, high))."""
        half = 0.5 * 10 ** (-self.decimals)
        return (self.value - half, self.value + half)


class Reference(Record):
    """A work a report cites. For arXiv, `arxiv_id` has no version; `version` holds it. For an
    ACL Anthology paper, `acl_id` is its Anthology id ("P07-1088", "2020.acl-main.207")."""

    raw: str
    kind: Literal["arxiv", "acl", "doi", "url"]
    arxiv_id: str | None = None
    acl_id: str | None = None
    version: int | None = None
    doi: str | None = None
    url: str | None = None

    @property
    def key(self) -> str:
        """A stable identifier: "arXiv:2005.13013v2", "ACL:P07-1088", "doi:10.1/x", or the
        URL."""
        if self.kind == "arxiv":
            return f"arXiv:{self.arxiv_id}" + (f"v{self.version}" if self.version else "")
        if self.kind == "acl":
            return f"ACL:{self.acl_id}"
        if self.kind == "doi":
            return f"doi:{self.doi}"
        return self.url or self.raw


class Provenance(Record):
    """Who stands behind evidence that is not the paper's own print (issue 11): a reference
    card's statement is the card author's summary of a source, to be shown as such, never
    styled as a quote of the paper."""

    kind: Literal["card"]
    card: str  # the card's file name
    author: str | None = None  # who wrote the card
    origin: str | None = None  # where the card took it from: "arXiv:2005.13013v2 abstract"
    location: str | None = None  # where the paper says it, by the card: "Section 5", "Table 1"


class Lending(Record):
    """What a neighbouring sentence quoted as evidence lends the deciding sentence (issue 11,
    evidence honesty): the claim's words it holds and the deciding sentence (the check's first
    quote) lacks. A lender's quote is not the claim's statement: the guards do not read a
    number claim's lender at all (verify/lender_views.py says why, and how the lenders of
    claims without numbers are read), and a page shows it as "words lent by the neighbouring
    sentence".

    Round 35: "The infidelity caused by lower-order expansion ... is about 2 x 10^-4" was
    confirmed by the number sentence, whose neighbour lent "caused" and "expansion" unseen."""

    words: list[str]  # the claim's words it lends, as the claim prints them
    rule: Literal["passage", "numbers"]  # which reading took them from it: the passage's words
    # (verify/neighbours.lenders) or the claimed numbers (verify/lent_numbers.py)


class NumberPair(Record):
    """A number of the claim and the number the source gives for it, each as printed
    ("392,702", "7.0 points"), so that pages show them as the reader saw them."""

    claimed: str
    found: str
    claimed_value: float
    found_value: float
    about: str | None = None  # the entity both numbers are for, when named
    agree: bool


class Evidence(Record):
    """What decided a check: a quoted sentence, a table cell or a measured number.

    `claimed` and `found` are the lead pair of numbers; `numbers` lists every pair a
    passage gives (a claim can state three numbers that one sentence confirms)."""

    source: str  # e.g. "arXiv:2005.13013v2", a card file, or a recipe id
    quote: str
    page: int | None = None
    location: str | None = None  # "abstract", "Table 2, row MNLI, column XNLI", ...
    score: float | None = None
    claimed: float | None = None
    found: float | None = None
    note: str | None = None
    numbers: list[NumberPair] = Field(default_factory=list)
    # Reproductions: the band a measurement must fall in, and the value of each seed.
    band: tuple[float, float] | None = None
    values: list[float] = Field(default_factory=list)
    provenance: Provenance | None = None  # set when the quote is a reference card's statement
    lent: Lending | None = None  # set when the quote is a neighbour lending the claim's words


class MatchedPart(Record):
    """One part of what a claim asserts beside what the source says for it (issue 11), so a
    page can show them side by side: a subject ("Kestrel"), a measure ("records"), a condition
    ("fine-tuned"), a relation ("improves" / "raises"), a value ("41.3M" / "41.3M") or another
    word."""

    part: Literal["subject", "measure", "condition", "relation", "value", "word"]
    claim: str  # as printed in the claim
    source: str  # as printed in the source, or where it was found ("paper title")


class Check(Record):
    kind: CheckKind
    outcome: Outcome
    decisive: bool = True
    explanation: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    # What the deciding passage holds of the claim, part by part, and the parts of the claim
    # no passage holds (as printed in the claim): why an unverified claim stayed unverified.
    matched: list[MatchedPart] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)


class Claim(Record):
    """One claim as printed in one report (or one result statement of a paper)."""

    id: str
    canonical_id: str
    report: str  # the file name of the report or paper it came from
    origin: Literal["report", "paper"] = "report"
    location: Location
    text: str
    truncated: bool = False  # cut by the report generator at its ~120-character limit
    fragment: bool = False  # ends mid-sentence, but well short of the generator's cut
    report_mark: bool | None = None
    report_confidence: float | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    # What the statement as a whole says: "improves" (increase), "lowers" (decrease), and
    # whether it is negated ("XNLI does not see benefits"), for claims without numbers too.
    direction: Literal["increase", "decrease"] | None = None
    negated: bool = False
    clauses: list[Clause] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    status: Status = Status.unverified
    checks: list[Check] = Field(default_factory=list)

    @property
    def mark_disagrees(self) -> bool:
        """True when the report's own mark says the opposite of a decided status."""
        if self.report_mark is None or self.status == Status.unverified:
            return False
        return self.report_mark != (self.status == Status.confirmed)


class Problem(Record):
    """Something the run skipped or could not read, reported rather than raised."""

    file: Printable
    message: Printable
    severity: Literal["error", "warning"] = "error"


class Report(Record):
    """A synthesis report (or a paper read as a source of claims) and its metadata."""

    file: str
    path: str
    format: Literal["text", "markdown", "pdf"]
    kind: Literal["synthesis", "paper"] = "synthesis"
    title: str | None = None
    date: str | None = None
    examines: str | None = None
    research_question: str | None = None
    papers_retrieved: int | None = None
    claims_extracted: int | None = None
    claims_verified: int | None = None
    quality_score: float | None = None
    references: list[Reference] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)
