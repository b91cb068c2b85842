"""Record types shared by every stage: claims, reports, documents, checks and verdicts."""

from .documents import Cell, Document, Page, Paper, Reading, Region, Section, Sentence, Table
from .folders import staged_folder
from .fs import OutputError, OutputLocked, OutputWriteError, SkippedLink
from .ids import claim_id, digest, normalise
from .jsonl import JsonlError, read_jsonl, write_atomic, write_jsonl
from .models import (
    Check,
    CheckKind,
    Claim,
    Clause,
    Entity,
    Evidence,
    Lending,
    Location,
    MatchedPart,
    NumberPair,
    Outcome,
    Problem,
    Provenance,
    Quantity,
    Reference,
    Report,
    Status,
)
from .results import ClaimBinding, RunResult, Scale
from .spool import ReportSpool
from .status import attach_check, evidence_pieces, status_of

__all__ = [
    "Cell", "Check", "CheckKind", "Claim", "ClaimBinding", "Clause", "Document", "Entity",
    "Evidence", "JsonlError", "Lending", "Location", "MatchedPart", "NumberPair", "Outcome",
    "OutputError", "OutputLocked", "OutputWriteError", "SkippedLink", "Page", "Paper", "Problem",
    "Provenance", "Quantity", "Reading", "Reference", "Region", "Report", "ReportSpool",
    "RunResult", "Scale", "Section", "Sentence", "Status",
    "Table",
    "attach_check", "claim_id", "digest", "evidence_pieces", "normalise", "read_jsonl",
    "staged_folder", "status_of",
    "write_atomic", "write_jsonl",
]
