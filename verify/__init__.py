"""Records and sources in, checks out: where cited papers come from (sources, cards), the
source and table checks, and the engine that applies them (`engine.verify_claims`)."""
