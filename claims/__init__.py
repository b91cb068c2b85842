"""Record types shared by every stage: claims, reports, documents, checks and verdicts."""

from .documents import Cell, Document, Page, Paper, Section, Sentence, Table
from .ids import claim_id, digest, normalise
from .jsonl import JsonlError, read_jsonl, staged_folder, write_atomic, write_jsonl
from .models import (
    Check,
    CheckKind,
    Claim,
    Clause,
    Entity,
    Evidence,
    Location,
    MatchedPart,
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
    "Evidence", "JsonlError", "Location", "MatchedPart", "Outcome", "Page", "Paper", "Problem",
    "Provenance", "Quantity",
    "Reference", "Report", "ReportSpool", "RunResult", "Scale", "Section", "Sentence", "Status",
    "Table",
    "attach_check", "claim_id", "digest", "evidence_pieces", "normalise", "read_jsonl",
    "staged_folder", "status_of",
    "write_atomic", "write_jsonl",
]
