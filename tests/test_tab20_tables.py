"""Round 20 (tab20): table claims on two unseen real papers, read as their tables are written.

A labelled probe set of 59 table claims (table_cell, neighbour_cell, cell_arithmetic,
transposed_digits), each label written from the page image before the tool was run:

- Mikolov et al. 2013, "Distributed Representations of Words and Phrases and their
  Compositionality" (arXiv:1310.4546; tests/real/tab20_tables/1310.4546.pdf): page 5, Table 1
  (Method | Time [min] | Syntactic [%] | Semantic [%] | Total accuracy [%]; NEG-5 38 63 54 59 ...,
  then a row spanning the table, "The following results use 10^-5 subsampling", over NEG-5 14
  61 58 60 ...); page 6, Table 3 (Method | Dimensionality | No subsampling [%] | 10^-5
  subsampling [%]; NEG-15 300 27 42).
- Denkowski & Neubig 2017, "Stronger Baselines for Trustable Results in Neural Machine
  Translation" (WNMT; tests/real/tab20_tables/denkowski17_wnmt.pdf): page 2, Table 1 (training
  data sizes); page 4, Table 2 (WMT DE-EN EN-FI RO-EN | IWSLT EN-FR CS-EN; Words 50K, BPE 32K,
  BPE 16K) and the table of Figure 1 ("Dev Set Perplexities"); page 7, Table 3 (same columns;
  Vanilla 30.2 11.8 26.4 33.2 20.2, Recommended, +Ensemble) and Table 4, two stacked blocks, each
  under "EN-FR" (then "CS-EN") | Adam | +Annealing | +Ensemble over "Word BPE Word BPE BPE".

First run (main at 69edec7): 10 of 59 right, none wrong; 32 right, none wrong, after the rules
below.

Rules pinned here, each switched off by monkeypatch to show its test fails then:

- extract/relabelled_blocks.py: stacked sub-tables whose header lines restate the column names
  under a corner label of their own (Table 4: "EN-FR", "CS-EN") are read block by block, each
  block over its own header lines, its corner label first in its rows' header paths. The second
  header had been read as a row ("CS-EN" scoring "Adam"), its values named "BPE" alone, and no
  claim naming the language pair was decided.
- extract/code_lines.py: a line of upper-case codes ("DE-EN EN-FI RO-EN EN-FR CS-EN") is a
  header line, not prose: Table 3's region had ended below it, its first row became the header
  and every value was named by a number ("+Ensemble x 33.2").
- extract/exponents.py: an exponent set between two words ("10^-5 subsampling") is text, the
  space after it measured from it: Table 1's spanning row had been cut after "10", its rows named
  "The following results use 10" without the setting "subsampling".
- extract/link_footnotes.py: a footnote that is only a web address, set right over a table at
  the foot of a page, is no line of the table: every column of Table 3 (page 6) was named
  "2code.google.com/p/word2vec/... Method".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import _read_real
from test_mutations_quick import mutations

from verify_claims.claims import Status
from verify_claims.extract import grid_lines, grid_tables, table_groups

REAL = Path(__file__).resolve().parent / "real"
FOLDER = REAL / "tab20_tables"
W2V, DNK = "1310.4546", "denkowski17_wnmt"
C, X = Status.confirmed, Status.contradicted

PROBES: list[tuple[str, Status, str]] = [
    # 1310.4546, page 5, Table 1 (a block without subsampling, then one "with 10^-5 subsampling")
    (W2V, C, "Without subsampling, NEG-15 reaches a total accuracy of 61% on the analogy task."),
    (W2V, X, "Without subsampling, NEG-15 reaches a total accuracy of 59% on the analogy task."),
    (W2V, C, "Without subsampling, HS-Huffman reaches 53% syntactic accuracy."),
    (W2V, X, "Without subsampling, HS-Huffman reaches 63% syntactic accuracy."),
    (W2V, C, "NCE-5 reaches a semantic accuracy of 45%."),
    (W2V, X, "NCE-5 reaches a semantic accuracy of 54%."),
    (W2V, C, "NCE-5 reaches a total accuracy of 53%."),
    (W2V, C, "With subsampling of frequent words, NEG-5 trains in 14 minutes."),
    (W2V, X, "With subsampling of frequent words, NEG-15 trains in 97 minutes."),
    (W2V, C, "With subsampling, HS-Huffman reaches a semantic accuracy of 59%."),
    (W2V, X, "With subsampling, HS-Huffman reaches a semantic accuracy of 40%."),
    (W2V, C, "With subsampling, NEG-15 reaches 61% total accuracy."),
    (W2V, C, "Subsampling cuts the training time of NEG-15 from 97 to 36 minutes."),
    (W2V, C, "Without subsampling, NEG-5 beats HS-Huffman by 12 points in total accuracy."),
    (W2V, X, "Without subsampling, NEG-5 beats HS-Huffman by 14 points in total accuracy."),
    (W2V, C, "Subsampling improves the total accuracy of HS-Huffman by 8 points."),
    # page 6, Table 3 (phrase analogy dataset)
    (W2V, C, "Without subsampling, NEG-15 reaches 27% on the phrase analogy dataset."),
    (W2V, X, "Without subsampling, NEG-15 reaches 24% on the phrase analogy dataset."),
    (W2V, C,
     "With 10^-5 subsampling, HS-Huffman reaches 47% accuracy on the phrase analogy dataset."),
    (W2V, X, "With 10^-5 subsampling, NEG-15 reaches 47% accuracy on the phrase analogy dataset."),
    (W2V, C, "HS-Huffman reaches only 19% on phrase analogies without subsampling."),
    (W2V, X, "HS-Huffman reaches 91% on phrase analogies without subsampling."),
    (W2V, C, "Subsampling raises the phrase analogy accuracy of NEG-15 from 27% to 42%."),
    (W2V, C, "Subsampling improves NEG-15 by 15 points on the phrase analogy dataset."),
    (W2V, X, "Subsampling improves NEG-5 by 5 points on the phrase analogy dataset."),
    # Denkowski & Neubig 2017, page 2, Table 1 (top: Scenario | Size (sent) | Sources)
    (DNK, C, "The WMT German-English training data has 4,562,102 sentences."),
    (DNK, X, "The WMT English-Finnish training data has 2,079,482 sentences."),
    (DNK, C, "IWSLT English-French has 220,400 training sentences."),
    (DNK, X, "IWSLT Czech-English has 220,400 training sentences."),
    (DNK, C, "WMT Romanian-English has 612,422 parallel training sentences."),
    # page 4, the table of Figure 1 "Dev Set Perplexities" (SGD (final) | Adam (2r))
    (DNK, C, "For DE-EN, the final SGD model has a dev set perplexity of 6.05."),
    (DNK, C, "The 2-restart Adam model reaches a dev set perplexity of 17.30 on EN-FI."),
    (DNK, X, "The 2-restart Adam model reaches a dev set perplexity of 17.97 on EN-FI."),
    (DNK, X, "The final SGD model has a dev set perplexity of 15.61 on CS-EN."),
    # page 4, Table 2 (WMT DE-EN EN-FI RO-EN | IWSLT EN-FR CS-EN; rows Words 50K, BPE 32K, BPE 16K)
    (DNK, C, "With a 50K word vocabulary, the DE-EN model scores 31.6 BLEU."),
    (DNK, C, "BPE 32K reaches 33.5 BLEU on WMT DE-EN."),
    (DNK, X, "BPE 16K reaches 33.5 BLEU on WMT DE-EN."),
    (DNK, C, "BPE 16K scores 34.8 BLEU on IWSLT EN-FR."),
    (DNK, X, "BPE 32K scores 34.8 BLEU on IWSLT EN-FR."),
    (DNK, C, "On EN-FI, BPE 32K improves over the 50K word model by 2.1 BLEU."),
    (DNK, X, "On RO-EN, BPE 32K improves over the 50K word model by 1.7 BLEU."),
    (DNK, C, "Full word models with a 50K vocabulary score 21.0 BLEU on CS-EN."),
    # page 7, Table 3 (rows Vanilla, Recommended, +Ensemble)
    (DNK, C, "The vanilla system scores 30.2 BLEU on WMT DE-EN."),
    (DNK, X, "The vanilla system scores 32.0 BLEU on WMT DE-EN."),
    (DNK, C, "The recommended system reaches 14.7 BLEU on EN-FI."),
    (DNK, C, "With ensembling, the recommended system reaches 37.3 BLEU on IWSLT EN-FR."),
    (DNK, X, "With ensembling, the recommended system reaches 30.3 BLEU on IWSLT EN-FR."),
    (DNK, C, "The recommended system improves over vanilla by 3.3 BLEU on DE-EN."),
    (DNK, X, "The recommended system improves over vanilla by 3.4 BLEU on CS-EN."),
    # page 7, Table 4 (two stacked blocks under corners EN-FR, CS-EN; Adam | +Annealing |
    # +Ensemble over Word BPE)
    (DNK, C, "On EN-FR, the baseline with Adam and BPE scores 33.7 BLEU."),
    (DNK, C, "On EN-FR, the ensembled baseline scores 37.3 BLEU."),
    (DNK, X, "On EN-FR, dropout with annealing and BPE scores 34.5 BLEU."),
    (DNK, C, "On CS-EN, bootstrapping with the ensemble reaches 26.2 BLEU."),
    (DNK, X, "On CS-EN, lexicon bias with the ensemble reaches 26.1 BLEU."),
    (DNK, C, "On CS-EN, pre-translation with Adam and BPE scores 23.1 BLEU."),
    (DNK, C, "On EN-FR, pre-translation with ensembling scores 36.6 BLEU."),
    (DNK, X, "On CS-EN, pre-translation with ensembling scores 36.6 BLEU."),
    (DNK, C, "On CS-EN, the ensembled baseline scores 25.5 BLEU."),
    (DNK, C, "On CS-EN, dropout improves the ensembled model from 25.5 to 26.1 BLEU."),
]
RIGHT_AT_LEAST = 32


@pytest.fixture(scope="module")
def papers():
    return {stem: _read_real(stem, FOLDER)[0] for stem in (W2V, DNK)}


def _status(paper, stem: str, text: str) -> Status:
    # One claim a call: claims of one report that share a number are judged together.
    (claim,) = mutations.verify_texts(paper, text, stem=stem)
    return claim.status


def _table(paper, label: str):
    return next(table for table in paper.tables if table.label == label)


def test_probe_set_no_wrong_verdict_and_recall(papers):
    statuses = [_status(papers[stem], stem, text) for stem, _, text in PROBES]
    wrong = [text for (_, label, text), status in zip(PROBES, statuses, strict=True)
             if status not in (label, Status.unverified)]
    right = sum(status == label for (_, label, _), status in zip(PROBES, statuses, strict=True))
    assert wrong == []
    assert right >= RIGHT_AT_LEAST  # 10 of 59 before round 20


# extract/relabelled_blocks.py: Table 4 (page 7), two blocks under corner labels of their own.
STACKED_CLAIMS = [
    (DNK, C, "On EN-FR, the baseline with Adam and BPE scores 33.7 BLEU."),
    (DNK, X, "On EN-FR, dropout with annealing and BPE scores 34.5 BLEU."),
    (DNK, C, "On CS-EN, bootstrapping with the ensemble reaches 26.2 BLEU."),
    (DNK, X, "On CS-EN, lexicon bias with the ensemble reaches 26.1 BLEU."),
    (DNK, C, "On CS-EN, pre-translation with Adam and BPE scores 23.1 BLEU."),
]


def test_stacked_blocks_named_by_their_corner(papers):
    table = _table(papers[DNK], "Table 4")
    paths = {(cell.text, tuple(cell.row_headers), tuple(cell.column_headers))
             for row in table.rows for cell in row}
    assert ("25.5", ("CS-EN", "Baseline"), ("+Ensemble", "BPE")) in paths
    assert ("37.3", ("EN-FR", "Baseline"), ("+Ensemble", "BPE")) in paths
    assert not any(cell.text == "Adam" for row in table.rows for cell in row)
    assert [_status(papers[DNK], DNK, text) for _, _, text in STACKED_CLAIMS] == [
        label for _, label, _ in STACKED_CLAIMS]


def test_planted_no_relabelled_blocks(monkeypatch):
    monkeypatch.setattr(table_groups, "relabelled_starts", lambda segmented: [])
    paper = _read_real(DNK, FOLDER)[0]
    assert any(cell.text == "Adam" for row in _table(paper, "Table 4").rows for cell in row)
    assert [_status(paper, DNK, text) for _, _, text in STACKED_CLAIMS] == [
        Status.unverified] * len(STACKED_CLAIMS)


def test_relabelled_starts_need_restated_names():
    from verify_claims.extract.grid_lines import Segment
    from verify_claims.extract.relabelled_blocks import relabelled_starts

    def line(*texts: str) -> list[Segment]:
        return [Segment(text, 10.0 + 40 * n, 40.0 + 40 * n,
                        value=text.replace(".", "").isdigit()) for n, text in enumerate(texts)]

    header = line("EN-FR", "Adam", "+Annealing", "+Ensemble")
    rows = [line("Baseline", "33.2", "33.7", "37.3"), line("Dropout", "33.9", "34.5", "37.2")]
    restated = line("CS-EN", "Adam", "+Annealing", "+Ensemble")
    assert relabelled_starts([header, *rows, restated, *rows]) == [0, 3]
    # The same corner again is table_groups._restated_rows's (a label column's name).
    assert relabelled_starts([header, *rows, header, *rows]) == []
    # A text row that restates one name only is a row.
    assert relabelled_starts([header, *rows, line("Notes", "Adam", "default", "none"),
                              *rows]) == []


# extract/code_lines.py: Table 3 (page 7), header "WMT | IWSLT" over "DE-EN EN-FI RO-EN EN-FR
# CS-EN", set beside Table 4.
CODE_CLAIMS = [
    (DNK, C, "The vanilla system scores 30.2 BLEU on WMT DE-EN."),
    (DNK, X, "The vanilla system scores 32.0 BLEU on WMT DE-EN."),
    (DNK, C, "With ensembling, the recommended system reaches 37.3 BLEU on IWSLT EN-FR."),
]


def test_header_line_of_codes_read(papers):
    from verify_claims.extract.code_lines import all_codes
    assert all_codes(["DE-EN", "EN-FI", "SST-2", "BLEU"])
    assert not all_codes(["The", "table", "lists", "dev", "set"]) and not all_codes(["1", "2"])
    table = _table(papers[DNK], "Table 3")
    assert table.header[1:] == ["WMT DE-EN", "WMT EN-FI", "WMT RO-EN", "IWSLT EN-FR",
                                "IWSLT CS-EN"]
    assert [_status(papers[DNK], DNK, text) for _, _, text in CODE_CLAIMS] == [
        label for _, label, _ in CODE_CLAIMS]


def test_planted_codes_read_as_prose(monkeypatch):
    monkeypatch.setattr(grid_tables, "all_codes", lambda texts: False)
    paper = _read_real(DNK, FOLDER)[0]
    assert _table(paper, "Table 3").header[0] == "Vanilla"
    assert [_status(paper, DNK, text) for _, _, text in CODE_CLAIMS] == [
        Status.unverified] * len(CODE_CLAIMS)


# extract/exponents.py: Table 1 of arXiv:1310.4546 (page 5), the spanning row "The following
# results use 10^-5 subsampling" over the second block (NEG-5 14 61 58 60, HS-Huffman 21 52 59 55).
EXPONENT_CLAIMS = [
    (W2V, C, "With subsampling of frequent words, NEG-5 trains in 14 minutes."),
    (W2V, C, "With subsampling, HS-Huffman reaches a semantic accuracy of 59%."),
    (W2V, X, "With subsampling of frequent words, NEG-15 trains in 97 minutes."),
]


def test_exponent_is_text(papers):
    from verify_claims.extract.exponents import exponent_of
    assert exponent_of("10", "\u22125") and exponent_of("10", "6")
    assert not exponent_of("1e", "x")
    assert not exponent_of("BERT", "1") and not exponent_of("10", "a")
    cell = next(cell for row in _table(papers[W2V], "Table 1").rows for cell in row
                if cell.text == "14")
    assert cell.row_headers == ["The following results use 10 subsampling", "NEG-5"]
    assert [_status(papers[W2V], W2V, text) for _, _, text in EXPONENT_CLAIMS] == [
        label for _, label, _ in EXPONENT_CLAIMS]


def test_planted_exponent_as_space(monkeypatch):
    monkeypatch.setattr(grid_lines, "exponent_of", lambda base, script: False)
    paper = _read_real(W2V, FOLDER)[0]
    cell = next(cell for row in _table(paper, "Table 1").rows for cell in row
                if cell.text == "14")
    assert cell.row_headers == ["The following results use 10", "NEG-5"]
    assert [_status(paper, W2V, text) for _, _, text in EXPONENT_CLAIMS] == [
        Status.unverified] * len(EXPONENT_CLAIMS)


# extract/link_footnotes.py: page 6 of arXiv:1310.4546, footnote 2 (a link) right over Table 3.
LINK_CLAIMS = [
    (W2V, C, "Without subsampling, NEG-15 reaches 27% on the phrase analogy dataset."),
    (W2V, X, "Without subsampling, NEG-15 reaches 24% on the phrase analogy dataset."),
    (W2V, C, "HS-Huffman reaches only 19% on phrase analogies without subsampling."),
]


def test_link_footnote_not_header(papers):
    from verify_claims.extract.link_footnotes import lone_link
    assert lone_link(["2", "code.google.com/p/word2vec/source/browse/trunk/questions-words.txt"])
    assert lone_link(["https://github.com/neubig/lamtram"])
    for kept in (["3.5/4.0"], ["N/A"], ["e.g./i.e."], ["BPE", "32K"], ["github.com/a", "b"]):
        assert not lone_link(kept)
    assert _table(papers[W2V], "Table 3").header == [
        "Method", "Dimensionality", "No subsampling [%]", "10 subsampling [%]"]
    assert [_status(papers[W2V], W2V, text) for _, _, text in LINK_CLAIMS] == [
        label for _, label, _ in LINK_CLAIMS]


def test_planted_link_read_as_header(monkeypatch):
    # The link named every column; the claims above are decided either way since the exponent
    # rule (the header's own words follow the link), so the reading itself is what is pinned.
    monkeypatch.setattr(grid_tables, "lone_link", lambda words: False)
    paper = _read_real(W2V, FOLDER)[0]
    assert _table(paper, "Table 3").header[0] == (
        "2code.google.com/p/word2vec/source/browse/trunk/questions-phrases.txt Method")
