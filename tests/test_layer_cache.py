"""The PDF layers kept on disk (extract/layer_cache.py): a kept layer reads a real paper exactly
as a fresh reading does, and a rule replaced at run time is never read through a layer the
real rule made."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from verify_claims.extract import layer_cache, pdfwords, unicode_maps
from verify_claims.extract.layer_cache import LAYER_CACHE_ENV, fingerprint, kept
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document

# Wang et al., AAAI 2019 (8 pages, pdfTeX): its Table 7 "F R_oov" header needs the glyph layer.
PAPER = Path(__file__).resolve().parent / "real" / "papers" / "wordseg_aaai19.pdf"


def _read() -> bytes:
    return pickle.dumps(parse_paper(read_document(PAPER)))


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv(LAYER_CACHE_ENV, str(tmp_path))
    return tmp_path


def test_a_kept_layer_reads_the_paper_as_a_fresh_reading(folder, monkeypatch):
    filled = _read()
    kinds = {path.name.split("-")[0] for path in folder.glob("*.pickle")}
    assert kinds == {"pdfminer", "pypdf"}  # the glyphs and the page texts
    assert _read() == filled  # read through the kept layers
    monkeypatch.delenv(LAYER_CACHE_ENV)
    assert _read() == filled  # and the same without any


def test_the_kept_layer_is_what_is_read(folder):
    """The entry is really used: an entry changed on disk changes the reading (so the tests
    above compare a kept reading, not two fresh ones)."""
    seen = []
    assert kept("probe", b"pdf bytes", lambda: seen.append(1) or ["made"]) == ["made"]
    (entry,) = folder.glob("probe-*.pickle")
    entry.write_bytes(pickle.dumps(["kept"]))
    assert kept("probe", b"pdf bytes", lambda: seen.append(1) or ["made"]) == ["kept"]
    assert seen == [1]
    assert kept("probe", b"other bytes", lambda: ["other"]) == ["other"]


def test_a_replaced_layer_rule_is_read_afresh(folder, monkeypatch):
    """A planted bug below the kept layer (here: every form's clip ignored, and the font repair
    switched off) must reach the reading: the key holds the code as bound now. Without the
    code in the key, the second reading would be the first's kept layer."""
    kept_layers = pdfwords._pdfplumber_pages(PAPER)
    calls = []
    real = pdfwords._pdfminer_objects

    def counted(layout):
        calls.append(1)
        return real(layout)

    monkeypatch.setattr(pdfwords, "_pdfminer_objects", counted)
    assert pdfwords._pdfplumber_pages(PAPER) == kept_layers
    assert calls  # read afresh, through the replaced function
    calls.clear()
    monkeypatch.setattr(unicode_maps, "repair", lambda font, spec: None)
    pdfwords._pdfplumber_pages(PAPER)
    assert calls


def test_the_fingerprint_follows_code_and_tables(monkeypatch):
    code = [(pdfwords, ("shown", "teach_pdfminer")), unicode_maps]
    before = fingerprint("k", code)
    assert fingerprint("k", code) == before
    monkeypatch.setattr(pdfwords, "shown", lambda item, clip: True)
    assert fingerprint("k", code) != before
    monkeypatch.undo()
    assert fingerprint("k", code) == before
    table = next(name for name, value in vars(unicode_maps).items()
                 if isinstance(value, dict) and not name.startswith("__"))
    monkeypatch.setitem(vars(unicode_maps), table, {"x": "y"})
    assert fingerprint("k", code) != before


def test_an_unreadable_entry_is_made_again_and_a_failure_keeps_nothing(folder):
    kept("probe", b"x", lambda: [1])
    (entry,) = folder.glob("probe-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert kept("probe", b"x", lambda: [2]) == [2]

    def fails():
        raise ValueError("the library failed")

    with pytest.raises(ValueError):
        kept("fails", b"x", fails)
    assert not list(folder.glob("fails-*"))


def test_an_unwritable_folder_still_reads(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv(LAYER_CACHE_ENV, str(blocked / "sub"))
    assert kept("probe", b"x", lambda: [3]) == [3]


def test_off_without_a_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(LAYER_CACHE_ENV, raising=False)
    assert kept("probe", tmp_path / "missing.pdf", lambda: [4]) == [4]  # the file is not read
    assert layer_cache.LAYER_CACHE_ENV == "VERIFY_CLAIMS_LAYER_CACHE"
