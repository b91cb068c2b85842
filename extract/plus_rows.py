"""A row label "+ATT" under "CNN+ONE" names the model "CNN+ATT" when the paper says so.

Ablation tables print a family of models as one full name and variants under it that give
only what changes: "CNN+ONE" over "+AVE" and "+ATT", then "PCNN+ONE" over its own "+AVE" and
"+ATT" (Lin et al. 2016, P16-1200, Table 2). The text calls them "CNN+ATT", "PCNN+AVE". Read
as printed, the two "+ATT" rows are one label, and a claim about "PCNN+ATT" found no row that
speaks of it: every claim about a variant stayed unverified, and the two families could not
be told apart.

`name_plus_rows` gives such a row the full name: the stem of the nearest full label above (the
text before its last "+") joined to the variant. It does so only when the paper's own text
prints that full name, so a "+ feature" row that adds to the row above (cumulative ablations,
"Baseline" / "+ char" / "+ both") is never given a name the paper does not use."""

from __future__ import annotations

import re

from verify_claims.claims import Cell, Table

_VARIANT = re.compile(r"^\+\s*([A-Za-z][\w-]*)$")
_FULL = re.compile(r"^([A-Za-z][\w-]*)\+[A-Za-z][\w-]*$")


def _full_name(label: str, stem: str | None, text: str) -> str | None:
    """`stem`+variant when `label` is a variant ("+ATT") and the paper prints that name."""
    match = _VARIANT.match(label.strip())
    if match is None or stem is None:
        return None
    name = f"{stem}+{match.group(1)}"
    printed = re.search(rf"(?<![\w+-]){re.escape(name)}(?![\w-])", text)
    return name if printed else None


def _renamed(row: list[Cell], label: str, name: str) -> list[Cell]:
    return [cell.model_copy(update={
        "text": name if index == 0 else cell.text,
        "row_headers": [name if header == label else header for header in cell.row_headers]})
        for index, cell in enumerate(row)]


def name_plus_rows(tables: list[Table], text: str) -> list[Table]:
    """The tables, each variant row ("+AVE") named in full where the paper prints the name."""
    named: list[Table] = []
    for table in tables:
        rows, stem, changed = [], None, False
        for row in table.rows:
            label = row[0].text.strip() if row else ""
            full = _FULL.match(label)
            if full is not None:
                stem = full.group(1)
            elif not _VARIANT.match(label):
                stem = None
            name = _full_name(label, stem, text) if row else None
            if name is not None:
                row, changed = _renamed(row, label, name), True
            rows.append(row)
        named.append(table.model_copy(update={"rows": rows}) if changed else table)
    return named
