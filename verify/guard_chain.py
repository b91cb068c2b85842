"""The guards of a claim's checks against one paper, in the order they run (step 3 of
verify/engine.py's docstring): each sets aside (`undecided.undecide`) a deciding check it finds
unsafe, so a claim is decided only when its whole content is found (issue 11).

`run_guards` is the one place that lists them; verify/reference_checks.py calls it once per
claim-paper pair that something decided, and once for the first statement of a two-subject
claim. A guard of verify/guard_triggers.py is called only when a check it can act on is there.

A new guard is imported here and called in `run_guards`, with a comment naming the wrong verdict
it withholds. Tests switch a guard off by its name in this module
(`monkeypatch.setattr(guard_chain, "guard_...", ...)`), since the calls look the name up here.
"""

from __future__ import annotations

from verify_claims.claims import Check, Claim, Paper

from .guard_triggers import (
    SOURCE_CONTRADICTED,
    SOURCE_DECIDING,
    SOURCE_SUPPORTING,
    SUPPORTING_CHECKS,
    TABLE_CONTRADICTED,
    TABLE_DECIDING,
    TABLE_SUPPORTING,
    acts,
)
from .guards_absence import guard_absent_conditions
from .guards_absent_alternative import guard_absent_alternative
from .guards_absent_sources import guard_absent_sources
from .guards_agreeing_twins import guard_agreeing_twins
from .guards_alternatives import guard_alternatives
from .guards_answer_rows import guard_answer_rows
from .guards_assigned_symbols import guard_assigned_symbols
from .guards_assigned_values import guard_assigned_values
from .guards_attributive_changes import guard_attributive_changes
from .guards_bare_decimals import guard_bare_decimals
from .guards_bracketed_owners import guard_bracketed_owners
from .guards_bracketed_siblings import guard_bracketed_siblings
from .guards_brackets import guard_bracketed_names
from .guards_capital_words import guard_capital_words
from .guards_caption_measures import guard_caption_measures
from .guards_caption_symbols import guard_caption_symbols
from .guards_cause_phrases import guard_cause_phrases
from .guards_cell_marks import guard_cell_marks, guard_marked_cells
from .guards_cell_spreads import guard_cell_spreads
from .guards_cells import guard_closer_cells, guard_difference_readings, guard_text_against_cell
from .guards_change_starts import guard_change_starts
from .guards_changes import guard_two_cell_changes
from .guards_citation_numbers import guard_citation_numbers
from .guards_claim_years import guard_undated_years
from .guards_claimed_cells import guard_own_number_contradicts, guard_row_printing_the_number
from .guards_claimed_settings import guard_unheld_settings
from .guards_coarse_cells import guard_coarse_cells
from .guards_coded_names import guard_other_coded_columns, guard_other_coded_sentences
from .guards_column_names import guard_unsaid_column_names
from .guards_comparison_terms import guard_comparison_terms
from .guards_compounds import guard_compound_labels
from .guards_conditions import guard_conditions
from .guards_conjunct_classes import guard_conjunct_classes
from .guards_correlated_names import guard_correlated_names
from .guards_count_kinds import guard_count_kinds
from .guards_count_modifiers import guard_count_modifiers
from .guards_count_scope import guard_count_scope
from .guards_counted_cells import guard_counted_cells
from .guards_cross_references import guard_cross_references
from .guards_crossed_numbers import guard_crossed_numbers
from .guards_cut_ends import guard_cut_ends
from .guards_dates import guard_other_dates
from .guards_defined_labels import guard_unsaid_defined_labels
from .guards_defined_units import guard_defined_units
from .guards_demonstrative_subjects import guard_demonstrative_subjects
from .guards_dense_tables import guard_dense_tables
from .guards_diagonal import guard_diagonal_cells
from .guards_exceptions import guard_excepted_subjects, guard_hedged_wholes
from .guards_extended_rows import guard_extended_rows
from .guards_factor_amounts import guard_factor_amounts
from .guards_flattened_rows import guard_flattened_rows
from .guards_for_phrases import guard_for_bounds, guard_for_phrases
from .guards_fraction_words import guard_fraction_words
from .guards_fuller_subjects import guard_fuller_subjects
from .guards_glued_units import guard_glued_units
from .guards_headed_elsewhere import guard_headed_elsewhere
from .guards_header_splits import guard_header_splits
from .guards_hyphen_variants import guard_hyphen_variants
from .guards_hyphened_modifiers import guard_hyphened_modifiers
from .guards_inner_headers import guard_inner_headers
from .guards_interval_ends import guard_interval_ends
from .guards_item_labels import guard_unsaid_item_labels
from .guards_item_names import guard_item_names
from .guards_item_numbers import guard_counted_items
from .guards_joint_owners import guard_joint_owners
from .guards_label_numerals import guard_label_numerals
from .guards_labelled_numbers import guard_labelled_numbers
from .guards_labelled_values import guard_labelled_values
from .guards_lent_participles import guard_lent_participles
from .guards_level_changes import guard_level_changes
from .guards_listed_alternatives import guard_listed_alternatives
from .guards_lost_marks import guard_lost_marks
from .guards_lost_numbers import guard_lost_numbers
from .guards_marked_arguments import guard_marked_arguments
from .guards_marked_rows import guard_marked_rows
from .guards_measures import guard_unnamed_modifiers
from .guards_model_sizes import guard_legend_rows, guard_unnamed_sizes
from .guards_multipliers import guard_multiplier_dimensions
from .guards_named_contradictions import guard_named_contradictions
from .guards_negated_cells import guard_negated_cells
from .guards_negated_words import guard_negated_words
from .guards_neighbour_predicates import guard_neighbour_predicates
from .guards_neighbour_subjects import guard_neighbour_subjects
from .guards_number_nouns import guard_listed_contradictions, guard_number_nouns
from .guards_number_order import guard_moved_numbers
from .guards_number_owners import guard_number_owners
from .guards_numbered_items import guard_numbered_items
from .guards_numbers import guard_unaccounted_cell_numbers, guard_unaccounted_numbers
from .guards_only_subjects import guard_only_subjects
from .guards_opposite_ends import guard_opposite_ends
from .guards_opposite_superlatives import guard_opposite_superlatives
from .guards_other_blocks import guard_other_blocks
from .guards_other_conditions import guard_other_conditions
from .guards_other_places import guard_other_places
from .guards_other_readings import guard_other_readings
from .guards_other_systems import guard_cited_owners, guard_run_in_subjects
from .guards_otherwise_branches import guard_otherwise_branches
from .guards_own_order import guard_own_order
from .guards_own_work import guard_own_work
from .guards_owners import guard_one_word_rows, guard_reported_by_others, guard_share_owners
from .guards_paired_lists import guard_paired_lists
from .guards_paired_sides import guard_paired_sides
from .guards_part_counts import guard_part_counts
from .guards_passage_scope import guard_passage_scope
from .guards_passage_splits import guard_unprinted_splits
from .guards_passages import guard_passages
from .guards_per_unit import guard_per_unit_counts
from .guards_predicates import guard_predicates
from .guards_prefix_siblings import guard_prefix_siblings
from .guards_prefixed_opposites import guard_prefixed_opposites
from .guards_printed_labels import guard_printed_labels
from .guards_privative_words import guard_privative_supports, guard_privative_words
from .guards_prose_labels import guard_prose_labels
from .guards_range_owners import guard_range_owners
from .guards_rate_units import (
    guard_rate_bases,
    guard_rate_periods,
    guard_rate_units,
    guard_turned_ratios,
)
from .guards_ratio_comparands import guard_ratio_comparands
from .guards_reference_sides import guard_reference_sides
from .guards_referent_clauses import guard_referent_clauses
from .guards_relative_negations import guard_relative_negations
from .guards_respectively import guard_respectively, guard_respectively_contradictions
from .guards_restricted_counts import guard_restricted_counts
from .guards_reversed_cases import guard_reversed_cases
from .guards_rounded_owners import guard_rounded_owners
from .guards_sentence_scope import (
    guard_other_datasets,
    guard_other_sentence_splits,
    guard_subject_datasets,
    guard_unnamed_claim_datasets,
)
from .guards_set_members import guard_set_members
from .guards_setting_columns import guard_setting_columns
from .guards_share_kinds import guard_unmarked_shares
from .guards_sibling_heads import guard_sibling_heads
from .guards_sibling_names import guard_sibling_names
from .guards_sibling_qualifiers import guard_sibling_qualifiers
from .guards_sibling_variants import guard_sibling_variants
from .guards_siblings import guard_later_subjects, guard_sibling_subjects
from .guards_sign_owners import guard_sign_owners
from .guards_signed_names import guard_signed_names
from .guards_significance_levels import guard_significance_levels
from .guards_signs import guard_unsaid_signs
from .guards_size_grades import guard_size_grades
from .guards_species_owners import guard_species_owners
from .guards_spelled_counts import guard_spelled_counts
from .guards_spliced_clauses import guard_spliced_clauses
from .guards_splits import guard_other_splits
from .guards_stacked_negations import guard_stacked_negations
from .guards_statistics import guard_statistics
from .guards_subject_labels import guard_subject_labels
from .guards_substituted_names import guard_substituted_names
from .guards_superlatives import guard_ranked_places, guard_superlatives
from .guards_supposed import guard_supposed_passages, guard_unsaid_universals
from .guards_swapped_makers import guard_swapped_makers
from .guards_swapped_tokens import guard_swapped_tokens
from .guards_swapped_words import guard_swapped_words
from .guards_table_names import guard_unprinted_table_names
from .guards_table_pairs import guard_table_pairs
from .guards_table_superlatives import guard_table_superlatives
from .guards_table_twins import guard_table_twins
from .guards_text_cells import guard_text_cell_lines
from .guards_than import guard_than_argument
from .guards_than_only import guard_than_only
from .guards_turned_negations import guard_turned_negations
from .guards_turned_sides import guard_turned_sides
from .guards_turned_subjects import guard_turned_subjects
from .guards_twin_rows import guard_twin_rows
from .guards_twins import guard_named_twins
from .guards_unnamed_subjects import guard_unnamed_subjects
from .guards_unprinted_splits import (
    guard_better_printed_cell,
    guard_symbol_values,
    guard_unprinted_dev_split,
)
from .guards_unquoted_verbs import guard_unquoted_verbs
from .guards_unsaid_absence import guard_unsaid_absent_conditions
from .guards_unsaid_negations import guard_unsaid_negations
from .guards_unsaid_parts import guard_unsaid_parts
from .guards_unsaid_qualifiers import guard_unsaid_qualifiers
from .guards_unsaid_settings import guard_unsaid_settings
from .guards_upper_bounds import guard_upper_bounds
from .guards_value_rows import guard_value_rows
from .guards_variant_rows import guard_variant_rows
from .guards_versioned_names import guard_other_versions
from .guards_with_phrases import guard_with_phrases
from .guards_worded_variants import guard_worded_variants
from .guards_wording import guard_opposed_wording
from .joint_conditions import guard_joint_conditions
from .keyed_lists import guard_keyed_lists
from .listed_means import guard_listed_means
from .number_comparatives import guard_number_comparatives
from .passages import PassageIndex
from .pseudo_code import guard_pseudo_code
from .setting_slots import guard_setting_slots
from .swapped_names import guard_swapped_names
from .swapped_sides import guard_swapped_sides
from .unsaid_splits import guard_unsaid_splits


def run_guards(claim: Claim, checks: list[Check], paper: Paper, index: PassageIndex) -> None:
    """Every guard, in order: each sets aside (`undecide`) a deciding check it finds unsafe,
    in place. A guard of verify/guard_triggers.py is called only when a check of its kind and
    outcomes is there (`acts`, asked just before the call): without one it changes nothing."""
    guard_opposed_wording(claim, checks)  # a quoted sentence negates or reverses the claim
    if acts(checks, SOURCE_SUPPORTING):  # "with the exception of X" for a claim about X
        guard_excepted_subjects(claim, checks)
    if acts(checks, SOURCE_CONTRADICTED):  # "improves for almost all tasks": not MC-30's drop
        guard_hedged_wholes(claim, checks)
    if acts(checks, SOURCE_CONTRADICTED):  # "threshold voltages are 73.6 mV" vs a drain's mV
        guard_unnamed_modifiers(claim, checks)
    if acts(checks, TABLE_DECIDING):  # the claim names another cell exactly
        guard_closer_cells(claim, checks, paper)
    guard_text_against_cell(claim, checks, paper)  # a sentence's number of another thing
    if acts(checks, TABLE_CONTRADICTED):  # another pair gives the difference
        guard_difference_readings(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "without X" read from an "X" cell
        guard_absent_conditions(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "in each polarity" read from a total
        guard_per_unit_counts(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "without X" from a cell silent on X
        guard_unsaid_absent_conditions(claim, checks, paper)
    guard_conditions(claim, checks, paper)  # "with X" of another row; a cell's own value
    if acts(checks, SOURCE_SUPPORTING):  # a header's neighbour's
        guard_sibling_subjects(claim, checks, paper, index)
    if acts(checks, SOURCE_SUPPORTING):  # subject after the number
        guard_later_subjects(claim, checks, paper, index)
    if acts(checks, SOURCE_SUPPORTING):  # "Female ... 1.1" for "White, non-Hispanic ... 1.1"
        guard_subject_labels(claim, checks, paper, index)
    if acts(checks, SOURCE_SUPPORTING):  # "compared with 927-fold with wild-type"
        guard_reference_sides(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # "double that of UCSD" for "double that of UCF"
        guard_swapped_names(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # "A high while B low" for "B high while A low"
        guard_swapped_sides(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # "x with A, and y with B" for A's y and B's x
        guard_crossed_numbers(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # "A (76.3) and B (76.6)" claimed as A's 76.6
        guard_bracketed_owners(claim, checks)
    if acts(checks, SUPPORTING_CHECKS):  # "3x faster than SPPnet" for R-CNN; "A beats B (x vs. y)"
        guard_ratio_comparands(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # "A and B reach x and y, respectively": y is B's
        guard_respectively(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # "at 25 or 50 nA ... x and y, respectively": y at 50
        guard_keyed_lists(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # "x and y ... A and B" unsaid; "up to N" met by less
        guard_paired_lists(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # a claim's "figure" met by "Figure 4 shows"
        guard_cross_references(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # "lg = 1" is exact; "2%" printed nearby
        guard_assigned_values(claim, checks, paper)
    if acts(checks, SOURCE_SUPPORTING):  # "α = .025 and αmin = .0001": which is the minimum?
        guard_symbol_values(claim, checks)
    if acts(checks, SOURCE_DECIDING):  # "text lines" for "text blocks"; "lacks"
        guard_worded_variants(claim, checks, paper)
    if acts(checks, SOURCE_SUPPORTING):  # the passage's words, its numbers in other places
        guard_moved_numbers(claim, checks)
    if acts(checks, SUPPORTING_CHECKS):  # "the highest" from a comparison of two
        guard_superlatives(claim, checks)
    if acts(checks, SUPPORTING_CHECKS):  # "A (88.34%) underperforms B (88.04%)": its own order
        guard_own_order(claim, checks)
    if acts(checks, TABLE_SUPPORTING):  # "the largest": not its row's max
        guard_table_superlatives(claim, checks, paper)
    guard_opposite_ends(claim, checks, paper)  # "worst" where the evidence says "best" only
    if acts(checks, TABLE_CONTRADICTED):  # "(2-way)" names a column, it is no value
        guard_compound_labels(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # "Distance metric (MIMLSVM)" for "(DM)"
        guard_bracketed_names(claim, checks)
    if acts(checks, SOURCE_DECIDING):  # "for t from 1 to T do": an algorithm's numbers
        guard_pseudo_code(checks)
    if acts(checks, SOURCE_SUPPORTING):  # "800,000 for training, 200,000 for validation"
        guard_setting_slots(claim, checks)
    guard_alternatives(claim, checks, paper)  # another variant, column or side of "than"
    guard_dense_tables(claim, checks, paper)  # a lost group, an unnamed setting, a list
    if acts(checks, TABLE_DECIDING):  # a cell of a column of settings
        guard_setting_columns(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # a base row's cell; the claim names a variant
        guard_variant_rows(claim, checks, paper)
    guard_hyphen_variants(claim, checks, paper)  # "ReAct-IM" supported by a "ReAct" passage
    guard_signed_names(claim, checks, paper)  # "sisg-" supported by a "sisg" cell, and back
    guard_capital_words(claim, checks)  # "AS Reader", row group "IT": no stop words
    if acts(checks, SOURCE_SUPPORTING):  # "0.025 for the skipgram baseline": not cbow's
        guard_for_phrases(claim, checks)
    guard_unnamed_sizes(claim, checks, paper)  # "BERT-large" of a paper with no large BERT
    if acts(checks, TABLE_DECIDING):  # "RoBERTa-base" read from the "BB" row
        guard_legend_rows(claim, checks, paper)
    guard_unprinted_table_names(claim, checks, paper)  # "on DocBank": not in the evidence
    if acts(checks, TABLE_DECIDING):  # a "contd." header row inside the table's body
        guard_inner_headers(checks, paper)
    guard_passages(claim, checks, paper)  # clauses, differences, ranks, items, marks
    guard_statistics(claim, checks)  # scale words, points against percent, unstated averages
    if acts(checks, SOURCE_SUPPORTING):  # a number of the claim the passage does not print
        guard_unaccounted_numbers(claim, checks)
    if acts(checks, TABLE_SUPPORTING):  # ... nor the cells read
        guard_unaccounted_cell_numbers(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "CRF-CD-IO", "on 1m": printed around the cells
        guard_printed_labels(claim, checks)
    if acts(checks, TABLE_DECIDING):  # "than B": the second cell is B's
        guard_than_argument(claim, checks)
    if acts(checks, TABLE_SUPPORTING):  # numbered labels of two twin cells
        guard_named_twins(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "the average of A and B": no one cell's value
        guard_listed_means(claim, checks)
    if acts(checks, TABLE_CONTRADICTED):  # the "33RE Ki" column for RXP407 (r24)
        guard_other_coded_columns(claim, checks, paper)
    guard_other_readings(claim, checks, paper)  # another place reads the number otherwise
    guard_passage_scope(claim, checks, paper)  # "17 029"; a clause's "never"; a part
    guard_unsaid_parts(claim, checks, paper)  # "skipped", "no longer", "only", "three"
    guard_table_pairs(claim, checks, paper)  # "respectively" cells; a row's name
    if acts(checks, TABLE_SUPPORTING):  # "from X to Y" read from Y's cell
        guard_two_cell_changes(claim, checks, paper)
    if acts(checks, TABLE_SUPPORTING):  # "raises it to Y": Y's cell and its start
        guard_level_changes(claim, checks, paper)
    if acts(checks, SOURCE_DECIDING):  # "(training set)" beside "test set"
        guard_other_sentence_splits(claim, checks)
    if acts(checks, SOURCE_DECIDING):  # "13.1% on the RT benchmark" for the WLM corpus
        guard_other_datasets(claim, checks)
    if acts(checks, SOURCE_DECIDING):  # "The SICK dataset consists of 10,000" for STS's
        guard_subject_datasets(claim, checks)
    if acts(checks, TABLE_DECIDING):  # "acoustic" names the AM rows
        guard_unsaid_defined_labels(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "baseline" printed under (1), not (3)
        guard_text_cell_lines(claim, checks, paper)
    if acts(checks, SOURCE_DECIDING):  # "13% of TextRunner's" for WOEparse's 13%
        guard_share_owners(claim, checks)
    if acts(checks, TABLE_DECIDING):  # "x is a proper noun" vs the "y" row
        guard_one_word_rows(claim, checks, paper)
    if acts(checks, SOURCE_SUPPORTING):  # "Beltagy et al. report 82%": not S2ORC's
        guard_reported_by_others(claim, checks)
    if acts(checks, SOURCE_DECIDING):  # "91.62 from Chiu and Nichols (2016)": theirs
        guard_cited_owners(claim, checks)
    if acts(checks, SOURCE_DECIDING):  # a sentence of the "PLDA:" paragraph
        guard_run_in_subjects(claim, checks, paper)
    if acts(checks, SOURCE_DECIDING):  # "(at 95%, two-sided t-test)": a test's level
        guard_significance_levels(claim, checks)
    if acts(checks, SOURCE_DECIDING):  # "100-dimensional" met by "hidden size as 100"
        guard_glued_units(claim, checks)
    if acts(checks, TABLE_SUPPORTING):  # "the tables subset": a column
        guard_unsaid_column_names(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # the same labels in another table
        guard_table_twins(claim, checks, paper)
    if acts(checks, TABLE_CONTRADICTED):  # another table prints the claimed number
        guard_agreeing_twins(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # 89 for "89.5" while another table prints 87.1
        guard_coarse_cells(claim, checks, paper)
    guard_diagonal_cells(claim, checks, paper)  # "R4 × R4" named by one "R4"
    guard_predicates(claim, checks)  # "... is large" unsaid; "10^-22" read as 10
    guard_unsaid_signs(claim, checks)  # "a negative parameter": no sign in the passage
    if acts(checks, SOURCE_SUPPORTING):  # "twice as fast" held by "twice as much time"
        guard_multiplier_dimensions(claim, checks)
    guard_unsaid_item_labels(claim, checks)  # "model 5a": the passage names no such item
    if acts(checks, SOURCE_SUPPORTING):  # "A poorly, yet B well": the claim's side
        guard_turned_sides(claim, checks)
    if acts(checks, TABLE_DECIDING):  # two rows labelled "6", the claim says not which
        guard_twin_rows(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "accuracy" of a column the caption scores F1
        guard_caption_measures(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "8 GPUs" read from "TR: training time (hours)"
        guard_defined_units(claim, checks, paper)
    if acts(checks, TABLE_CONTRADICTED):  # "45.4, against 60.5 for B": B's cell
        guard_own_number_contradicts(claim, checks, paper)
    if acts(checks, TABLE_CONTRADICTED):  # "without NSP": the "No NSP" row's
        guard_row_printing_the_number(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "on the dev set" read from "Test results"
        guard_other_splits(claim, checks, paper)
    guard_unsaid_splits(claim, checks, paper)  # "on the development set": never printed
    if acts(checks, TABLE_DECIDING):  # "development": the table names no split
        guard_unprinted_dev_split(claim, checks, paper)
    if acts(checks, TABLE_CONTRADICTED):  # Table 6 prints the claimed .90 (rec23)
        guard_better_printed_cell(claim, checks, paper)
    guard_bracketed_siblings(claim, checks, paper)  # "(w2v w.e.)" beside "(lrn w.e.)" (rec23)
    guard_other_versions(claim, checks)  # "SQuAD 2.0" read from a "SQuAD 1.1" table
    if acts(checks, TABLE_DECIDING):  # "rank-5" of a cell that prints no rank
        guard_unheld_settings(claim, checks)
    if acts(checks, TABLE_DECIDING):  # "CIFAR-100" read from the "CIFAR-10" block's cell
        guard_other_blocks(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "on the test set" read from a "Dev" column
        guard_header_splits(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # an accuracy read from a table of counts
        guard_counted_cells(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "without external data" read from a "*" row
        guard_marked_rows(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "on a GPU" read from a "*" cell; "**" is GPU
        guard_cell_marks(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "52.9∗" is a test result: "∗" means "test set"
        guard_marked_cells(claim, checks, paper)
    if acts(checks, TABLE_CONTRADICTED):  # "A+Process" prints the number "A" lacks
        guard_extended_rows(claim, checks, paper)
    guard_neighbour_subjects(claim, checks, paper)  # "The CRF layer": the next sentence's
    guard_cause_phrases(claim, checks)  # "X is what lifts Y": no passage says why
    guard_flattened_rows(claim, checks)  # a flattened table's number of another row
    if acts(checks, SOURCE_SUPPORTING):  # "from 25.9 to 30.6": 25.9 is before the change
        guard_change_starts(claim, checks)
    guard_bare_decimals(claim, checks)  # ".44" read by no parser: the evidence must print it
    if acts(checks, TABLE_CONTRADICTED):  # "on equations": a column of another table
        guard_headed_elsewhere(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "is not 290.82" read from the 290.82 cell
        guard_negated_cells(claim, checks)
    if acts(checks, TABLE_CONTRADICTED):  # "std of 0.13" read against the value of "90.87 ± 0.13"
        guard_cell_spreads(claim, checks)
    if acts(checks, TABLE_DECIDING):  # "Yes (%)": the row names no measure (round 34)
        guard_answer_rows(checks)
    # round 16 (heldout16's first run and probes), after every older guard
    guard_respectively_contradictions(claim, checks)  # the list prints the claim's number too
    if acts(checks, TABLE_DECIDING):  # a caption's or the prose's lines read as a label
        guard_prose_labels(checks, paper)
    if acts(checks, TABLE_DECIDING):  # "#w" is words: the "#s" cell is not
        guard_caption_symbols(claim, checks, paper)
    if acts(checks, SOURCE_SUPPORTING):  # "GRU dimension 100" met by another's 100
        guard_unnamed_subjects(claim, checks, paper)
    if acts(checks, SOURCE_DECIDING):  # "35.9% for A, 34.8% for B": 34.8 is B's
        guard_number_owners(claim, checks)
    if acts(checks, SOURCE_DECIDING):  # "P. polymorpha showed 13.7 mM": not C. utilis's
        guard_species_owners(claim, checks)
    # round 17 (heldout17's first run)
    if acts(checks, TABLE_DECIDING):  # "ensemble methods (marked with *)", marks lost
        guard_lost_marks(claim, checks, paper)
    if acts(checks, TABLE_DECIDING):  # "when fine-tuned": no label says it
        guard_unsaid_settings(claim, checks, paper)
    # round 18
    guard_rate_units(claim, checks)  # "259 samples per second" read from batches/second
    if acts(checks, TABLE_DECIDING):  # "with MAX sampling": no label says it (redteam9)
        guard_with_phrases(claim, checks, paper)
    # round 19 (redteam10)
    if acts(checks, SOURCE_DECIDING):  # "600K pairs ... 50K pairs"; "a / b / c into x/y/z"
        guard_labelled_numbers(claim, checks)
    if acts(checks, SOURCE_DECIDING):  # "eight" in ARC-II's clause for an ARC-I claim
        guard_sibling_variants(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # "without attention"; "not summed" nearby
        guard_negated_words(claim, checks, paper)
    if acts(checks, SOURCE_SUPPORTING):  # "B compared to A" for "A compared to B"; parity
        guard_comparison_terms(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # "X is supervised, whereas our methods are unsupervised"
        guard_turned_subjects(claim, checks)
    if acts(checks, SOURCE_DECIDING):  # "question sentence pairs" count pairs; an average, not each
        guard_count_scope(claim, checks)
    # round 19 (own probes of four new papers), after redteam10's more specific readers
    if acts(checks, SOURCE_SUPPORTING):  # "from x (A) to y (B)" read with A and B swapped
        guard_range_owners(claim, checks)
    if acts(checks, SOURCE_DECIDING):  # "A than B (58% vs. 42%)": 58% is A's; "one third" clauses
        guard_paired_sides(claim, checks)
    # round 20 (own probes of Mintz 2009, NNSE, t-SNE)
    if acts(checks, SOURCE_DECIDING):  # "imagining that we had two instances": an example's
        guard_supposed_passages(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # "across all relations" met by two relations
        guard_unsaid_universals(claim, checks)
    guard_turned_ratios(claim, checks)  # "dimensions per word" read from "words per dimension"
    if acts(checks, SOURCE_CONTRADICTED):  # "Isomap used k = 12" vs another's k = 20
        guard_named_contradictions(claim, checks, paper)
    if acts(checks, SOURCE_SUPPORTING):  # "0.8 for t < 250" read from "0.8 for t ≥ 250"
        guard_for_bounds(claim, checks)
    # round 20 (heldout20's first run)
    if acts(checks, SOURCE_DECIDING):  # "seven values" met by the 7 of "{3, 5, 7}"
        guard_set_members(claim, checks)
    if acts(checks, SOURCE_DECIDING):  # "with all annotations" vs "with enough sentences"
        guard_other_conditions(claim, checks)
    # round 20 (probe20b: MapReduce, OSDI 2004)
    if acts(checks, SOURCE_SUPPORTING):  # "44% less time" read from "44% longer"
        guard_number_comparatives(claim, checks)
    # round 20 (probe20c: TrustRank, VLDB 2004)
    if acts(checks, SOURCE_CONTRADICTED):  # "buckets 17 through 20" vs the count "4 buckets"
        guard_counted_items(claim, checks)
    # round 21 (own probe of Kowalczuk et al., IEEE 2013)
    guard_ranked_places(claim, checks)  # "the most accurate" from "the second most accurate"
    # round 21 (own probe of Antons et al., CHI 2013)
    if acts(checks, SOURCE_SUPPORTING):  # "the highest peak" read beside "the lowest peak"
        guard_opposite_superlatives(claim, checks)
    # round 21 (own probe of Chang and Zakhor, IEEE TCSVT 1997)
    if acts(checks, SOURCE_DECIDING):  # "we obtain the ... estimate ms.": a number was dropped
        guard_lost_numbers(claim, checks)
    # round 21 (heldout21's first run: ELMo)
    if acts(checks, SOURCE_SUPPORTING):  # "three highway layers" met by "three layers of ..."
        guard_count_modifiers(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # "for the largest training sets" vs "for smaller ..."
        guard_size_grades(claim, checks)
    # round 21 (probe21: red team 12, ELMo)
    guard_absent_sources(claim, checks)  # "486 epochs ... without ELMo" for a claim with ELMo
    if acts(checks, SOURCE_SUPPORTING):  # "X improves over just Y" for "only Y beats X"
        guard_marked_arguments(claim, checks)
    # round 21 (text21)
    if acts(checks, SOURCE_DECIDING):  # "on the validation set": a test passage
        guard_unprinted_splits(claim, checks, paper)
    # round 22 (own probe: a number label no longer read inside a longer number)
    if acts(checks, TABLE_SUPPORTING):  # "the 12-layer model ... 93.7": 93.7 is 24's
        guard_value_rows(claim, checks, paper)
    # round 22 (probe22c: Bravata et al. 2004)
    if acts(checks, SOURCE_DECIDING):  # "both X and Y" counted by a clause of Y alone
        guard_joint_conditions(claim, checks)
    # round 22 (probe22b: Futoma et al. MLHC 2017, Berardi et al.)
    guard_rate_periods(claim, checks)  # "10,000 abstracts per day" read from "per week"
    guard_rate_bases(claim, checks, paper)  # "50 deaths per 10,000" read from "per 100,000"
    if acts(checks, SOURCE_SUPPORTING):  # "on the X dataset": unnamed
        guard_unnamed_claim_datasets(claim, checks, paper.title)
    # round 22 (probe22a: Clark and Divvala 2015, Dutot et al. 2004)
    guard_cut_ends(claim, checks)  # "... for the makespan is"; "bounding boxes for 458"
    guard_other_dates(claim, checks)  # "June 2003" read from "November 2003"'s list
    # round 23 (probe23b: Benedikt et al., VLDB 2010)
    if acts(checks, SOURCE_SUPPORTING):  # "first introduced in 2005": no year printed
        guard_undated_years(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # "21 Mbytes" read from "20 times less"
        guard_factor_amounts(claim, checks)
    # round 24 (probe24a: Gal et al., PLDI 2009; Huang et al., Postgrad Med J 2010)
    if acts(checks, SOURCE_CONTRADICTED):  # "7.12x" contradicted by another's "up to 25x"
        guard_upper_bounds(claim, checks)
    # round 24 (probe24b: Bigtable, OSDI 2006; a silkworm study, MEJSR 2015)
    guard_listed_alternatives(claim, checks, paper)  # "12.45 ... in triple treated": not double
    if acts(checks, SOURCE_DECIDING):  # "Google Analytics"'s 200 TB, not Google Finance's
        guard_sibling_names(claim, checks, paper)
    # round 24 (probe24c: Datta et al. 2010, Douglas et al. 2014)
    guard_fuller_subjects(claim, checks, paper)  # "bleeding ... mechanical devices": 2.6% nearby
    if acts(checks, SOURCE_DECIDING):  # "for compound 33RE (Ki = x)" (RXP407)
        guard_other_coded_sentences(claim, checks, paper)
    if acts(checks, SOURCE_DECIDING):  # "the four studies analyzing X": a subset
        guard_restricted_counts(claim, checks)
    if acts(checks, SOURCE_DECIDING):  # "N-domain ACE was solved at 2.2 Å" for the C-domain
        guard_prefix_siblings(claim, checks)
    if acts(checks, SOURCE_DECIDING):  # "Ki = 11.21 ... for the N-domain than the C-domain"
        guard_than_only(claim, checks)
    # round 26 (Alam et al. 2009, Phoenix paludosa: probe25a's left wrong verdict)
    if acts(checks, SOURCE_DECIDING):  # "the chloroform fraction" vs "n-hexane"
        guard_absent_alternative(claim, checks, paper)
    if acts(checks, SOURCE_SUPPORTING):  # round 26: "a spherical shape" copied from "a conical"
        guard_swapped_words(claim, checks)
    # round 26: "in this work" from "most of them use ... [17-21]"
    if acts(checks, SOURCE_SUPPORTING):
        guard_own_work(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # round 26: "X and Y are both mounted" from "Only X is"
        guard_only_subjects(claim, checks)
    guard_sibling_qualifiers(claim, checks, paper)  # "oscillation period" beside "curvature" (r26)
    if acts(checks, SOURCE_SUPPORTING):  # "X is a Y" from "X ... and the ... Y" (probe26b)
        guard_conjunct_classes(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # round 27: "start ... always [an A and at the end ...]"
        guard_spliced_clauses(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # round 27: "were included" lent by an unshown neighbour
        guard_unquoted_verbs(claim, checks)
    guard_referent_clauses(claim, checks)  # probe27a: "the first ... the second"; similar/different
    if acts(checks, SOURCE_SUPPORTING):  # round 28: "when X ..., and where it is the contrary"
        guard_reversed_cases(claim, checks)
    if acts(checks, SUPPORTING_CHECKS):  # round 28: "consist only of", "exempt from" unsaid
        guard_unsaid_qualifiers(claim, checks)
    if acts(checks, TABLE_CONTRADICTED):  # probe28b: "from 270 to 175, -35.3%" vs "-100%" cells
        guard_unmarked_shares(claim, checks)
    if acts(checks, SOURCE_CONTRADICTED):  # probe29b: "437 eligible schools" vs "349 participating"
        guard_count_kinds(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # round 30: "have competing interests" vs "have no"
        guard_unsaid_negations(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # round 30: "22.2%" met by the reference "(21,22)"
        guard_citation_numbers(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # round 30: "about 52%" met by another thing's "~50%"
        guard_rounded_owners(claim, checks)
    if acts(checks, SOURCE_CONTRADICTED):  # probe30b: "1,884 children" vs "4-year-old children"
        guard_hyphened_modifiers(claim, checks)
    if acts(checks, SOURCE_CONTRADICTED):  # probe31b: "could not support" vs "incapable of"
        guard_privative_words(claim, checks)
    if acts(checks, TABLE_DECIDING):  # probe31b: "Kings River" vs the row "Kaweah River"
        guard_sibling_heads(claim, checks)
    if acts(checks, SOURCE_CONTRADICTED):  # probe31b: "could not ..., but ... exceeded"
        guard_turned_negations(claim, checks)
    if acts(checks, SOURCE_CONTRADICTED):  # probe32a: "four, above which the materials failed"
        guard_relative_negations(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # probe31b: "were rejected" + a neighbour's "sampled"
        guard_lent_participles(claim, checks)
    if acts(checks, TABLE_CONTRADICTED):  # probe31b: "cluster 8" printed in another row
        guard_labelled_values(claim, checks, paper)
    if acts(checks, SOURCE_SUPPORTING):  # round 31: "incorrect if ..." from "..., otherwise"
        guard_otherwise_branches(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # probe31a: "k = 2" met by "two black squares"
        guard_assigned_symbols(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # probe31a: "Section III" for "Section IV describes"
        guard_label_numerals(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # probe31a: "a Compaq Pentium 90" vs "a Dell Pentium 90"
        guard_swapped_makers(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # probe31a: "Yellow and cyan" of the next sentence
        guard_neighbour_predicates(claim, checks)
    guard_fraction_words(claim, checks)  # round 33: "on a tenth of the data" printed nowhere
    if acts(checks, SOURCE_SUPPORTING):  # round 33: "Greek L1 and Japanese L2", the other way
        guard_swapped_tokens(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # round 34: "could support" vs "incapable of supporting"
        guard_privative_supports(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # round 34: "the balanced assignment" vs "this imbalance"
        guard_prefixed_opposites(claim, checks)
    guard_stacked_negations(claim, checks)  # round 34: "is not never more than 2.5"
    if acts(checks, SOURCE_SUPPORTING):  # probe35b: "at station 608 than at station 712" swapped
        guard_numbered_items(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # probe35b: an R2 of the next sentence's pair
        guard_correlated_names(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # probe35b: "MGI" put where the passage says "Archaeal"
        guard_substituted_names(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # probe35b: "in the euphotic zone" vs "upper mesopelagic"
        guard_other_places(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # probe36b: "from admission to discharge" vs "to surgery"
        guard_interval_ends(claim, checks)
    if acts(checks, SOURCE_CONTRADICTED):  # probe36b: "All 531 patients" vs "Among the 142, 40"
        guard_part_counts(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # probe37b: "negative" said of stress, "positive" of ours
        guard_sign_owners(claim, checks)
    if acts(checks, SOURCE_CONTRADICTED):  # probe37b: "68% women; 87% White" for "68% women"
        guard_listed_contradictions(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # probe37b: "68% women; 87% White" for "87% women"
        guard_number_nouns(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # probe37b: "FMD increased" vs "increased engagement"
        guard_attributive_changes(claim, checks)
    guard_item_names(claim, checks)  # probe37b: "In Model 3, ..." contradicted by 0.11
    if acts(checks, SOURCE_DECIDING):  # probe38b: "these interventions" + the title's words
        guard_demonstrative_subjects(claim, checks, paper, index)
    if acts(checks, SOURCE_SUPPORTING):  # probe38b: "23% in the treatment group" lent jointly
        guard_joint_owners(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):  # probe38b's mutant: "an odds ratio of 2.20" by "two"
        guard_spelled_counts(checks)
