"""Round 37 regressions of the lead's own: the Transformer's Table 3 (Vaswani et al. 2017,
tests/real/redteam2/sources/1706.03762.pdf, page 9) read as the paper means it.

The caption says "Unlisted values are identical to those of the base model", and the table
prints, for each variation, only the settings it changes. It was read with every blank setting
carried down from the row above, so rows (B) read h = 32 (the last row of (A)) where the paper
means the base model's 8, and the "big" row took "positional embedding instead of sinusoids"
from row (E) (extract/unlisted_settings.py). And in block (C) the row of d_model 256 had taken
the row of d_model 1024 under it, read as one row with paired values "5.75 4.66" (a rule of
tables ruled under every row, extract/grid_rows.join_ruled_cell_lines, applied to a table
ruled only between blocks). No claim of the corpora was decided by those rows (each stayed
unverified: "attention heads" is not linked to "h"), so these tests pin the reading itself.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from verify_claims.extract import grid_rows, unlisted_settings
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.extract.unlisted_settings import named_row, row_named

TRANSFORMER = Path(__file__).resolve().parent / "real" / "redteam2" / "sources" / "1706.03762.pdf"


def _table3() -> list[list[str]]:
    """Table 3's rows as texts, read afresh (a planted rule must reach the reading)."""
    paper = parse_paper(read_document(TRANSFORMER))
    table = next(t for t in paper.tables if t.label == "Table 3")
    return [[cell.text for cell in row] for row in table.rows]


def _row(rows: list[list[str]], ppl: str, name: str | None = None) -> list[str]:
    """The row (named `name`, when given) whose PPL (dev) cell (column 11 of 13) prints `ppl`."""
    found = [row for row in rows if row[10] == ppl and name in (None, row[0])]
    assert len(found) == 1, (ppl, found)
    return found[0]


def test_blank_settings_are_the_base_models(monkeypatch):
    rows = _table3()
    header = ["name", "N", "dmodel", "dff", "h", "dk", "dv", "Pdrop", "els", "steps"]
    base = dict(zip(header, _row(rows, "4.92", "base")[:10], strict=True))
    assert base["h"] == "8" and base["dv"] == "64"
    b_first = dict(zip(header, _row(rows, "5.16")[:10], strict=True))  # (B), d_k = 16
    assert (b_first["name"], b_first["h"], b_first["dk"], b_first["dv"]) == ("(B)", "8", "16", "64")
    big = dict(zip(header, _row(rows, "4.33")[:10], strict=True))
    assert (big["dmodel"], big["dk"], big["dv"], big["els"], big["steps"]) == (
        "1024", "64", "64", "0.1", "300K")
    c_two = dict(zip(header, _row(rows, "6.11")[:10], strict=True))  # (C), N = 2
    assert (c_two["N"], c_two["dmodel"], c_two["dk"]) == ("2", "512", "64")
    monkeypatch.setattr(unlisted_settings, "switched_on", False)
    planted = _table3()
    assert _row(planted, "5.16")[4] == "32"  # the planted bug: carried from (A)'s last row


def test_a_variation_row_keeps_its_own_line(monkeypatch):
    rows = _table3()
    small, large = _row(rows, "5.75"), _row(rows, "4.66")
    picked = [0, 2, 5, 11, 12]  # name, d_model, d_k, BLEU, params
    assert [small[i] for i in picked] == ["(C)", "256", "32", "24.5", "28"]
    assert [large[i] for i in picked] == ["(C)", "1024", "128", "26.0", "168"]
    monkeypatch.setattr(grid_rows, "ruled_blocks_open", False)
    assert any(row[10] == "5.75 4.66" for row in _table3())  # the planted bug: one row of pairs


def test_caption_wordings():
    assert named_row("Table 3: Variations on the Transformer architecture. Unlisted values are "
                     "identical to those of the base model. All metrics are on ...") == "base model"
    assert named_row("Blank entries are the same as the baseline.") == "baseline"
    assert named_row("Settings not shown are as in the first row.") == "first row"
    assert named_row("Table 2: BLEU on newstest2014; best in bold.") is None
    assert row_named("base model", ["base", "(A)", "big"]) == 0
    assert row_named("first row", ["x", "y"]) == 0
    assert row_named("baseline", ["base", "(A)"]) is None  # names no row: nothing is filled
    assert row_named("base model", ["base", "base"]) is None  # two rows: which one is unsaid


_WORDS = st.text(st.characters(whitelist_categories=("Ll", "Lu", "Nd"),
                               whitelist_characters=" ,:()"), max_size=80)


@given(_WORDS)
def test_no_blank_word_no_named_row(text):
    """A caption that never speaks of blank, unlisted, omitted (...) values names no row."""
    lowered = text.lower()
    if not any(word in lowered for word in ("unlisted", "unspecified", "unmentioned", "omitted",
                                            "unchanged", "blank", "empty", "missing", "not")):
        assert named_row(text) is None


@given(st.sampled_from(["base", "default", "baseline", "reference"]),
       st.sampled_from(["Unlisted values are identical to those of the {} model.",
                        "Empty cells are the same as {}.",
                        "Omitted settings equal to the {} row."]))
def test_the_named_row_is_read(name, wording):
    found = named_row(wording.format(name))
    assert found is not None and found.split()[0] == name
