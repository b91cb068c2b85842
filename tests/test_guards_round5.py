"""Guards from the mutation benchmark's new papers (ding11, smola10; round 5), each a
general fact pinned on a real page:

- a name in brackets after a phrase is that phrase's name (verify/guards_brackets.py): a claim
  that brackets another one after the same word is not confirmed by the sentence;
- a whole number of a claim that the cells read and their caption never print is a condition
  the table check never looked at (guards_numbers.guard_unaccounted_cell_numbers);
- a "wrong" difference that another table's cells with the same labels make true is not
  generated as false (benchmarks/mutations.py, `_holds_elsewhere`).
"""

from __future__ import annotations

from test_mutations_quick import mutations, verify_texts

from verify_claims.claims import Status
from verify_claims.verify.guards_brackets import swapped_name

SWAPPED = ("(3) Distance metric (MIMLSVM) method [5] and (4) MildML method [6] learn a global "
           "distance metric from multi-instance data to compute B2B distances, therefore an "
           "additional classification step is required.")


def test_a_swapped_bracketed_name_is_not_confirmed():
    printed = SWAPPED.replace("(MIMLSVM)", "(DM)")
    swapped, as_printed = verify_texts("ding11", SWAPPED, printed)
    assert swapped.status != Status.confirmed
    assert as_printed.status == Status.confirmed
    assert swapped_name(SWAPPED, printed) == ("mimlsvm", "dm")
    assert swapped_name(printed, printed) is None
    assert swapped_name("a model [5] (see Table 2)", "a model [6] (see Table 3)") is None


def test_a_condition_number_the_cells_never_print_blocks_the_table_check():
    (claim,) = verify_texts("smola10", "runtime (hours) (pubmed) is higher than runtime "
                                       "(hours) (news) on 20 by 4.6.")
    assert claim.status != Status.confirmed
    # Since round 21 (tab21, extract/size_rows.py) Table 2's "computers | 10 20 50 100" row is
    # a header, so the cells read now print the claim's 20 and the guard is not what withholds
    # it here; `guard_unaccounted_cell_numbers` stays pinned by the tests of guards_numbers.


def test_a_difference_true_in_another_table_is_not_made_false():
    papers = mutations.parse_papers(["ding11"])
    gold = mutations.load_gold("ding11", papers["ding11"])
    cells = {(cell.table, cell.row, cell.col): cell for cell in gold.cells}
    first = cells["Table 2", ("C2B-M",), ("Rank loss ↓",)]
    second = cells["Table 2", ("C2B-SC",), ("Rank loss ↓",)]
    # Table 3 prints 0.160 ± 0.024 and 0.150 ± 0.017 for the same two rows and column.
    assert mutations._holds_elsewhere(gold, first, second, 0.010)
    assert not mutations._holds_elsewhere(gold, first, second, 0.020)
