"""JSON Schemas of the record types, generated from the pydantic models.

The generated files are committed under claims/schema/ so that tools in other languages can
validate our JSONL without Python; tests/test_schema.py fails when they fall out of date
(regenerate with `make schema`).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from pydantic import BaseModel

from .documents import Paper
from .models import Claim, Report

SCHEMAS: dict[str, type[BaseModel]] = {"claim": Claim, "report": Report, "paper": Paper}


def schema_text(model: type[BaseModel]) -> str:
    schema = model.model_json_schema()
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    from .jsonl import write_atomic

    written = []
    for name, model in SCHEMAS.items():
        path = Path(folder) / f"{name}.schema.json"
        write_atomic(path, schema_text(model))
        written.append(path)
    return written


def committed_schema(name: str) -> str:
    """The schema shipped with the package (claims/schema/NAME.schema.json)."""
    return resources.files("verify_claims.claims").joinpath(f"schema/{name}.schema.json") \
        .read_text(encoding="utf-8")
