"""verify/cell_check.py: a claim picks a cell out of a typeset table by the header words it says,
although some header words stay unsaid ("(Ours)", a year, a group header above the column)."""

from __future__ import annotations

from verify_claims.claims import Cell, Claim, Location, Outcome, Paper, Section, Sentence, Table
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.paper import enrich_paper
from verify_claims.verify.cell_arithmetic import check_cell_differences
from verify_claims.verify.cell_check import check_cells
from verify_claims.verify.passages import PassageIndex

SOURCE = "arXiv:2101.00002v1"


def _cell(text: str, rows: list[str], columns: list[str]) -> Cell:
    value = float(text) if text.replace(".", "").isdigit() else None
    decimals = len(text.partition(".")[2]) if value is not None else None
    return Cell(text=text, value=value, decimals=decimals, row_headers=rows,
                column_headers=columns)


def _leaderboard() -> Paper:
    """Models (rows) by task group, task and metric (columns), as a PDF grid reader gives."""
    columns = [["Citation prediction", "Cite", "nDCG"], ["Citation prediction", "Co-Cite", "nDCG"],
               ["User activity", "Co-View", "nDCG"], ["User activity", "Co-Read", "nDCG"]]
    values = {"Osprey (Ours)": ["93.1", "92.0", "88.1", "86.4"],
              "Lynx (2019)": ["81.5", "80.2", "70.9", "69.3"],
              "Lynx + reranker": ["84.0", "83.3", "70.2", "71.8"]}
    rows = [[_cell(name, [name], ["Model"])]
            + [_cell(text, [name], path) for text, path in zip(texts, columns, strict=True)]
            for name, texts in values.items()]
    table = Table(caption="Table 1: Results of Osprey and the Lynx baselines on four tasks.",
                  header=["Model", *(" ".join(path) for path in columns)], rows=rows, pages=[6])
    sentences = ["We compare Osprey with Lynx on citation prediction and user activity tasks.",
                 "The co-view and co-read tasks are ranked by nDCG."]
    paper = Paper(file="2101.00002v1.pdf", source_id=SOURCE, title="Osprey embeddings",
                  sections=[Section(title="Results", page=6)],
                  sentences=[Sentence(text=text, page=6, section="Results")
                             for text in sentences], tables=[table])
    return enrich_paper(paper)


def _claim(text: str) -> Claim:
    return build_claim("report.md", text, Location(file="report.md", line=1))


def _check(text: str):
    source = _leaderboard()
    return check_cells(_claim(text), source, SOURCE, PassageIndex(source))


def test_a_cell_is_picked_although_some_header_words_are_unsaid():
    result = _check("Osprey reaches an nDCG of 88.1 on the co-view task.")
    assert result is not None and result.outcome == Outcome.supported, result
    assert "Co-View" in result.evidence[0].location and "Osprey" in result.evidence[0].location


def test_a_row_whose_extra_words_the_claim_does_not_say_is_not_picked():
    # 70.2 is the "Lynx + reranker" row; the claim says only Lynx, which fits both Lynx rows:
    # no confirmation from the neighbouring row, and no contradiction either.
    result = _check("Lynx reaches an nDCG of 70.2 on the co-view task.")
    assert result is None, result
    # Said in full, the reranker row is picked.
    result = _check("Lynx with the reranker reaches an nDCG of 70.2 on the co-view task.")
    assert result is not None and result.outcome == Outcome.supported, result


def test_header_words_that_fit_several_columns_pick_none():
    # nDCG alone fits four columns of Osprey's row: nothing is decided.
    result = _check("Osprey reaches an nDCG of 88.1.")
    assert result is None or result.outcome not in (Outcome.supported, Outcome.contradicted)


# --- differences of two cells the claim names ----------------------------------------------

def _difference(text: str):
    source = _leaderboard()
    return check_cell_differences(_claim(text), source, SOURCE, PassageIndex(source))


def test_a_difference_of_two_named_rows_is_recomputed():
    # Co-view nDCG: Osprey 88.1, Lynx + reranker 70.2, so 17.9 points.
    result = _difference("Osprey beats Lynx with the reranker by 17.9 nDCG on the co-view task.")
    assert result is not None and result.outcome == Outcome.supported, result
    assert [evidence.quote.endswith(value) for evidence, value
            in zip(result.evidence, ["88.1", "70.2"], strict=True)] == [True, True]
    # The same difference said the other way round ("trails") holds too.
    result = _difference("Lynx with the reranker trails Osprey by 17.9 nDCG on the co-view task.")
    assert result is not None and result.outcome == Outcome.supported, result


def test_a_difference_in_the_wrong_direction_or_of_another_size_is_contradicted():
    # The claim names exactly one pair of cells (both rows and the column singled out): a
    # flipped direction or another size is a contradiction.
    for text in ("Lynx with the reranker beats Osprey by 17.9 nDCG on the co-view task.",
                 "Osprey beats Lynx with the reranker by 19.9 nDCG on the co-view task."):
        result = _difference(text)
        assert result is not None and result.outcome == Outcome.contradicted, (text, result)
    # Without the task, four columns fit: no pair is singled out, nothing is decided.
    assert _difference("Osprey beats Lynx with the reranker by 17.9 nDCG.") is None
    # A level that shares the claim with a comparison is no difference to contradict.
    assert _difference("Osprey reaches 93.1, more than Lynx with the reranker, on the co-view "
                       "task.") is None


def test_an_average_of_named_cells_is_recomputed():
    # Osprey's co-view and co-read nDCG: (88.1 + 86.4) / 2 = 87.25, printed as 87.2 or 87.3.
    for claimed in ("87.25", "87.3", "87.2"):
        result = _difference(f"Averaged over the co-view and co-read tasks, Osprey reaches an "
                             f"nDCG of {claimed}.")
        assert result is not None and result.outcome == Outcome.supported, (claimed, result)
        assert len(result.evidence) == 2
    result = _difference("Averaged over the co-view and co-read tasks, Osprey reaches an nDCG "
                         "of 87.6.")
    assert result is not None and result.outcome == Outcome.contradicted, result



def test_a_cell_never_contradicts_one_of_several_numbers_of_a_claim():
    """"Averaged over the four relations, X reaches 0.851": the only cell that the claim's
    words account for gives 0.605 for the average, but "four" counts relations and is no cell
    value, and which of the claim's numbers the cell is about is not known: no contradiction
    (a spelled-out count read against a cell made a wrong verdict on a real paper)."""
    table = Table(caption="Table 2: Area under the precision/recall curve of Lynx, averaged "
                          "over the relations.",
                  header=["Method", "Average"], pages=[3],
                  rows=[[_cell("Lynx", ["Lynx"], ["Method"]),
                         _cell("0.605", ["Lynx"], ["Average"])]])
    paper = enrich_paper(Paper(file="2101.00002v1.pdf", source_id=SOURCE, title="Lynx",
                               sections=[Section(title="Results", page=3)],
                               sentences=[Sentence(text="Lynx is evaluated on four relations.",
                                                   page=3, section="Results")],
                               tables=[table]))
    claim = _claim("Averaged over the four relations, Lynx reaches an area under the "
                   "precision/recall curve of 0.851.")
    result = check_cells(claim, paper, SOURCE, PassageIndex(paper))
    assert result is None or result.outcome != Outcome.contradicted, result
