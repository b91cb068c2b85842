"""Statement-level direction and negation (extract/polarity.py): every claim of the seed
reports, contrasting pairs (improves/lowers, does/does not), clauses that disagree, numbers
that lend or override a direction, the vocabulary the quantity parser shares, and random text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify_claims.claims import Location
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.polarity import (
    DECREASE_WORDS,
    INCREASE_WORDS,
    ClausePolarity,
    clause_bounds,
    clause_polarities,
    direction_of,
    is_negation,
    statement_polarity,
)
from verify_claims.extract.quantities import parse_quantities

INC, DEC = "increase", "decrease"

# Every distinct claim of the five seed reports, as printed (cut ones end mid-word), with what
# the statement as a whole says. test_seed_cases_are_printed_in_the_seeds checks they are real.
SEED_CASES = [
    ("XNLI does not see benefits from intermediate training.", INC, True),
    ("TyDiQA shows consistent improvements with many intermediate tasks.", INC, False),
    # Two clauses disagree: the first main clause answers (clause_polarities has both).
    ("TyDiQA shows consistent improvements with many intermediate tasks, whereas XNLI does not "
     "see benefits from intermediate", INC, False),
    ("Training on English intermediate tasks outperforms the more complex alternatives of (i) "
     "continuing multilingual MLM duri", INC, False),
    ("Training on English intermediate tasks outperforms continuing multilingual MLM during "
     "intermediate-task training.", INC, False),
    ("Training on English intermediate tasks outperforms using machine-translated "
     "intermediate-task data.", INC, False),
    ("Intermediate-task training on SQuAD yields a target-task improvement of 8.2 points on the "
     "development set.", INC, False),
    ("Intermediate-task training on SQuAD, MNLI, and HellaSwag yields large target-task "
     "improvements of 8.2, 7.5, and 7.0 point", INC, False),
    ("Multi-task intermediate-task training on all 9 tasks improves performance by 8.7 points.",
     INC, False),
    ("Multi-task intermediate-task training on all 9 tasks performs best, improving by 8.7 "
     "points.", INC, False),
    ("Applying intermediate-task training to BUCC and Tatoeba yields dramatic improvements with "
     "almost every intermediate tra", INC, False),
    ("Evaluating the best performing models for each target task on the XTREME benchmark yields "
     "an average improvement of 5.4", INC, False),
    # "no training data" qualifies a noun: it denies nothing, and there is no direction.
    ("BUCC and Tatoeba are sentence retrieval target tasks that have no training data of their "
     "own.", None, False),
    ("Applying intermediate-task training to BUCC and Tatoeba, the two sentence retrieval target "
     "tasks that have no training d", None, False),
    # "up to 40 languages" is a bound, not a rise.
    ("The XTREME benchmark evaluates zero-shot cross-lingual transfer performance across up to "
     "40 languages for each task.", None, False),
    ("The MNLI intermediate task contains 392,702 training examples.", None, False),
    ("The QQP intermediate task is sourced from Quora questions.", None, False),
    ("Experiments are conducted on 9 target tasks from the XTREME benchmark.", None, False),
    ("The study uses the pretrained XLM-R Large model as the starting point for all "
     "experiments.", None, False),
    ("We follow a three-phase approach to training: (i) we use a publicly available MLM; (ii) "
     "we perform intermediate-task tra", None, False),
    ("The methodology follows a three phase op", None, False),
]


@pytest.mark.parametrize(("text", "direction", "negated"), SEED_CASES)
def test_seed_claims(text, direction, negated):
    assert statement_polarity(text) == (direction, negated)


def test_seed_cases_are_printed_in_the_seeds(seeds_dir):
    printed = "\n".join(path.read_text(encoding="utf-8") for path in seeds_dir.glob("*.txt"))
    assert [text for text, _, _ in SEED_CASES if text not in printed] == []


# The brief's and the card's statements, and contrasts that differ in one word.
CASES = [
    ("Intermediate-task training lowers performance on BUCC", DEC, False),
    ("Intermediate-task training improves performance on BUCC", INC, False),
    ("XNLI sees benefits from intermediate training.", INC, False),
    ("XNLI benefits substantially from intermediate training.", INC, False),
    ("MNLI does not outperform the baseline.", INC, True),
    ("MNLI doesn’t outperform the baseline.", INC, True),
    ("MNLI outperforms the baseline.", INC, False),
    ("MNLI underperforms the baseline.", DEC, False),
    ("MNLI fails to improve XNLI.", INC, True),
    ("There is no consistent gain on XNLI.", INC, True),
    ("There is a consistent gain on XNLI.", INC, False),
    ("There is no improvement on XNLI.", INC, True),
    ("The model trains without any gain.", INC, True),
    ("The model transfers without hurting English accuracy.", DEC, True),
    ("MNLI is no better than the baseline.", INC, True),
    ("MNLI did not lead to any improvement on XNLI.", INC, True),
    ("MNLI never helps XNLI.", INC, True),
    ("None of the intermediate tasks improves XNLI.", INC, True),
    ("Improvements were not observed on XNLI.", INC, True),
    ("HellaSwag hurts cross-lingual transfer.", DEC, False),
    ("HellaSwag does not hurt cross-lingual transfer.", DEC, True),
    ("Accuracy drops on XNLI.", DEC, False),
    ("Accuracy is worse on XNLI.", DEC, False),
    ("Accuracy is higher on XNLI.", INC, False),
    ("Intermediate training degrades XNLI.", DEC, False),
    ("Intermediate training decreases XNLI accuracy.", DEC, False),
    ("Neither continuing multilingual MLM nor machine-translated data consistently beats "
     "English intermediate training.", INC, True),
    ("Neither continuing multilingual masked language modelling during intermediate training "
     "nor using machine-translated intermediate-task data consistently beats plain English "
     "intermediate-task training.", INC, True),
    ("Continuing multilingual MLM consistently beats English intermediate training.", INC, False),
    ("Multi-task training adds only a small further improvement.", INC, False),
    # A negation that only qualifies a noun, before a finite verb, denies nothing.
    ("Tasks with no training data improve the most.", INC, False),
    ("Tasks with training data improve the most.", INC, False),
    ("Not only does MNLI improve XNLI, it also helps PAWS-X.", INC, False),
    # An attributive comparative gives way to the clause's verb.
    ("A higher learning rate hurts XNLI.", DEC, False),
    ("A lower learning rate improves XNLI.", INC, False),
    ("MNLI reaches higher accuracy than the baseline.", INC, False),
    # A sentence-initial subordinate clause is not the main one.
    ("Although MNLI helps XNLI, HellaSwag hurts it.", DEC, False),
    ("MNLI helps XNLI, although HellaSwag hurts it.", INC, False),
    # Of several main clauses, the first with a direction answers.
    ("MNLI helps XNLI; HellaSwag hurts it.", INC, False),
    ("HellaSwag hurts XNLI, but MNLI helps it.", DEC, False),
    ("We use XLM-R; HellaSwag hurts XNLI, but MNLI helps it.", DEC, False),
    ("HellaSwag hurts cross-lingual transfer: XNLI accuracy drops by 0.8 points.", DEC, False),
    # No direction word: the verb's negation is still read.
    ("The study does not use XLM-R.", None, True),
    ("The study uses XLM-R.", None, False),
    ("Whereas the study does not use XLM-R.", None, True),
    ("We use the XLM-R model with the help of annotators.", None, False),
    ("", None, False),
]


@pytest.mark.parametrize(("text", "direction", "negated"), CASES)
def test_statement_polarity(text, direction, negated):
    assert statement_polarity(text) == (direction, negated)


@pytest.mark.parametrize("verb", ["improves", "helps", "boosts", "outperforms", "beats",
                                  "lowers", "hurts", "degrades", "reduces"])
def test_negating_a_verb_keeps_its_direction(verb):
    """ "X hurts Y" and "X does not hurt Y" name the same direction; only `negated` differs."""
    direction = direction_of(verb)
    base = verb[:-2] if verb.endswith("es") and verb[:-2].endswith(("s", "sh", "ch")) \
        else verb[:-1]
    assert statement_polarity(f"MNLI {verb} XNLI accuracy.") == (direction, False)
    assert statement_polarity(f"MNLI does not {base} XNLI accuracy.") == (direction, True)
    assert statement_polarity(f"MNLI doesn't consistently {base} XNLI accuracy.") == \
        (direction, True)


def test_clauses_that_disagree_are_each_read():
    text = ("TyDiQA shows consistent improvements with many intermediate tasks, whereas XNLI "
            "does not see benefits from intermediate training.")
    clauses = clause_polarities(text)
    assert [(text[c.start:c.end], c.direction, c.negated) for c in clauses] == [
        ("TyDiQA shows consistent improvements with many intermediate tasks,", INC, False),
        ("whereas XNLI does not see benefits from intermediate training.", INC, True),
    ]
    assert all(isinstance(clause, ClausePolarity) for clause in clauses)
    # A caller picks the clause that mentions its entity.
    xnli = text.index("XNLI")
    assert next(c for c in clauses if c.start <= xnli < c.end)[2:] == (INC, True)


def test_subordinate_clause_at_sentence_start_is_split_at_its_comma():
    text = "Although MNLI helps XNLI, HellaSwag hurts it."
    assert [(text[c.start:c.end], c.direction, c.negated) for c in clause_polarities(text)] == [
        ("Although MNLI helps XNLI", INC, False),
        ("HellaSwag hurts it.", DEC, False),
    ]


def test_statement_falls_back_to_a_subordinate_clause():
    assert statement_polarity("We train for 2 epochs, while MNLI does not help XNLI.") == \
        (INC, True)
    assert statement_polarity("We train for 2 epochs; MNLI lowers XNLI.") == (DEC, False)


def test_a_number_lends_or_overrides_a_direction():
    # No direction word before the number, but one after it: the quantity's reading lends it.
    assert statement_polarity("Multi-task training scores 8.7 points up.") == (INC, False)
    # An explicit sign overrides the word, as for the number itself.
    assert statement_polarity("MNLI changes XNLI accuracy by -0.8 points.") == (DEC, False)
    assert statement_polarity("The improvement on XNLI is \u22120.8 points.") == (DEC, False)
    assert statement_polarity("The change on XNLI is +0.8 points.") == (INC, False)
    # The quantities passed in are used (not re-parsed): here they say nothing.
    text = "MNLI changes XNLI accuracy by -0.8 points."
    assert statement_polarity(text, quantities=[]) == (None, False)
    assert statement_polarity(text, parse_quantities(text)) == (DEC, False)


def test_truncated_claims_are_read_as_printed():
    assert statement_polarity("XNLI does not see benefits from interme") == (INC, True)
    assert statement_polarity("XNLI does not") == (None, True)
    assert statement_polarity("Intermediate-task training on SQuAD yields a target-task imp") \
        == (None, False)


def test_vocabulary_is_shared_with_the_quantity_parser():
    assert INCREASE_WORDS.isdisjoint(DECREASE_WORDS)
    assert direction_of("outperforms") == INC and direction_of("lowers") == DEC
    assert direction_of("reports") is None
    assert is_negation("not") and is_negation("doesn't") and is_negation("isn’t")
    assert not is_negation("note")
    # "beats" is in the shared list, so a number after it gets a direction too.
    (quantity,) = parse_quantities("MNLI beats the baseline by 1.2 points.", [])
    assert (quantity.direction, quantity.sign) == (INC, 1)
    (quantity,) = parse_quantities("MNLI does not beat the baseline by 1.2 points.", [])
    assert (quantity.direction, quantity.negated) == (INC, True)


def test_clause_bounds():
    text = "A helps B; C hurts D. E drops, but F rises (Phang et al. 2020) too."
    assert [text[start:start + 6] for start in clause_bounds(text)] == \
        ["A help", "; C hu", " E dro", "but F "]


def test_build_claim_sets_direction_and_negation():
    location = Location(file="r.txt", line=1)
    claim = build_claim("r.txt", "XNLI does not see benefits from intermediate training.",
                        location)
    assert (claim.direction, claim.negated) == (INC, True)
    claim = build_claim("r.txt", "Intermediate-task training lowers performance on BUCC by "
                        "2.1 points.", location)
    assert (claim.direction, claim.negated) == (DEC, False)
    assert claim.quantities[0].sign == -1
    claim = build_claim("r.txt", "The MNLI intermediate task contains 392,702 training "
                        "examples.", location)
    assert (claim.direction, claim.negated) == (None, False)


_WORDS = ["not", "no", "never", "neither", "nor", "without", "improves", "lowers", "better",
          "worse", "up", "down", "by", "-3.1", "+2", "8.7", "points", "%", "MNLI", "XNLI",
          "although", "whereas", "but", ",", ".", ";", ":", "doesn't", "fails", "to", "the",
          "higher", "than", "help", "only", "é", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=120),
                 st.lists(st.sampled_from(_WORDS), max_size=25).map(" ".join)))
def test_random_text_never_raises(text):
    direction, negated = statement_polarity(text)
    assert direction in (None, INC, DEC)
    assert isinstance(negated, bool)
    clauses = clause_polarities(text)
    previous_end = 0
    for clause in clauses:
        assert previous_end <= clause.start < clause.end <= len(text)
        assert clause.direction in (None, INC, DEC)
        previous_end = clause.end
    if direction is not None:  # the statement's answer is one of its clauses' answers
        assert (direction, negated) in [(c.direction, c.negated) for c in clauses]
