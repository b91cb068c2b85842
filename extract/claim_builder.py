"""Turn a piece of claim text and where it was found into a `Claim` record.

Report parsers and the paper-claim extractor both end here, so every claim gets its id,
entities, quantities and statement polarity (direction and negation) the same way.
"""

from __future__ import annotations

from verify_claims.claims import Claim, Location, Reference, claim_id

from .entities import tag_entities
from .polarity import polarity_fields
from .quantities import parse_quantities


def build_claim(
    report: str,
    text: str,
    location: Location,
    *,
    origin: str = "report",
    truncated: bool = False,
    fragment: bool = False,
    mark: bool | None = None,
    confidence: float | None = None,
    references: list[Reference] | None = None,
) -> Claim:
    entities = tag_entities(text)
    quantities = parse_quantities(text, entities, truncated=truncated, bare=True)
    identifier = claim_id(report, text)
    return Claim(
        id=identifier,
        canonical_id=identifier,  # regrouped across reports by extract.canonical
        report=report,
        origin=origin,
        location=location,
        text=text,
        truncated=truncated,
        fragment=fragment,
        report_mark=mark,
        report_confidence=confidence,
        quantities=quantities,
        entities=entities,
        **polarity_fields(text, quantities),
        references=list(references or []),
    )
