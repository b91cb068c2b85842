"""Number lexing (extract/quantity_numbers.py): a thousands separator followed by a space, as a
PDF prints a number wrapped after its separator ("100, 000" once the lines are joined), is one
number only where no list can be meant; everything else reads as printed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify_claims.extract.quantities import parse_quantities


def read(text: str) -> list[tuple[str, float]]:
    return [(quantity.text, quantity.value) for quantity in parse_quantities(text, [])]


# Sentences of tests/real/papers/fader11.pdf as the paper reader joins their lines.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("To test the systems’ speed, we ran each extractor on a set of 100, 000 sentences using a "
     "Pentium 4 machine with 4GB of RAM.", [("100, 000", 100000), ("4", 4)]),
    ("We trained the confidence function by manually labeling the extractions from a set of 1, "
     "000 sentences from the Web and Wikipedia as correct or incorrect.",
     [("1, 000", 1000)]),
    ("First, the training phase requires a large number of labeled training examples (e.g., "
     "200, 000 heuristicallylabeled sentences for TEXTRUNNER and 300, 000 for WOE).",
     [("200, 000", 200000), ("300, 000", 300000)]),
])
def test_a_wrapped_thousands_separator_is_one_number(sentence, expected):
    found = parse_quantities(sentence, [])
    assert [(q.text, q.value, q.decimals) for q in found] == [
        (text, value, 0) for text, value in expected]
    assert found[0].unit == "sentences"


@pytest.mark.parametrize(("text", "expected"), [
    # A group that is not zero-led may be a list item: read as printed (fader11: "a set of 67,
    # 562 positive instances" stays two numbers rather than risking a wrong one).
    ("a set of 67, 562 positive instances", [("67", 67), ("562", 562)]),
    ("seeds 1, 2, 3", [("1", 1), ("2", 2), ("3", 3)]),
    # Digits and a comma right before or after: list or number, nobody can tell.
    ("5, 100, 000 sentences", [("5", 5), ("100", 100), ("000", 0)]),
    ("100, 000, 5 runs", [("100", 100), ("000", 0), ("5", 5)]),
    # Separators without spaces are read as before; both kinds together make one number.
    ("1,000 and 2,000, 3", [("1,000", 1000), ("2,000", 2000), ("3", 3)]),
    ("1,100, 000 tokens", [("1,100, 000", 1100000)]),
    ("1, 000, 000 words", [("1, 000, 000", 1000000)]),
    # A numeric citation stays a citation.
    ("as shown in [1, 002].", []),
])
def test_what_could_be_a_list_reads_as_printed(text, expected):
    assert read(text) == expected


@settings(max_examples=200, deadline=None)
@given(high=st.integers(1, 999), low=st.integers(0, 999))
def test_a_spaced_group_joins_exactly_when_zero_led(high, low):
    text = f"We used {high}, {low:03d} sentences."
    values = [value for _, value in read(text)]
    if low < 100:  # "050", "000": no list prints such an item
        assert values == [high * 1000 + low]
    else:
        assert values == [high, low]


# --- spelled-out numbers and scale words ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # A count of dozens or hundreds is the whole compound, not its first word.
    ("We evaluate on two dozen tasks.", [("two dozen", 24, 0)]),
    # "half a dozen" is six (a claim of seven tasks is wrong against it, one of twelve too).
    ("We evaluate on half a dozen tasks.", [("half a dozen", 6, 0)]),
    ("The grammar has one hundred twenty rules for a hundred and five tasks.",
     [("one hundred twenty", 120, 0), ("a hundred and five", 105, 0)]),
    ("The encoder stacks two hundred and fifty-six layers.",
     [("two hundred and fifty-six", 256, 0)]),
    # A spelled count with a scale word is the scaled amount, printed to that scale.
    ("They annotated twenty thousand sentences.", [("twenty thousand", 20000, -3)]),
    ("about one hundred and twenty thousand sentences",
     [("one hundred and twenty thousand", 120000, -3)]),
    # A scale word is read whatever its case ("the 1 Billion Word benchmark" counts words).
    ("trained on the 1 Billion Word benchmark", [("1 Billion", 1e9, -9)]),
    ("It was 3 Million tokens long.", [("3 Million", 3e6, -6)]),
    # Words that go on to a number not read here give no number at all rather than a part.
    ("three thousand five hundred sentences", []),
    ("twenty one tasks", []),
    # Two numbers stay two numbers.
    ("between a hundred and five hundred tasks", [("five hundred", 500, 0)]),
    ("a hundred tasks and five models", [("a hundred", 100, 0), ("five", 5, 0)]),
])
def test_spelled_compounds_and_scale_words(text, expected):
    found = parse_quantities(text, [])
    assert [(q.text, q.value, q.decimals) for q in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A size right after a model family's name names the variant: no amount.
    ("Mistral 7B outperforms Llama 2 13B on all benchmarks.", []),
    ("Grouped-query attention lets Mistral 7B reach 30.5% on HumanEval.", ["30.5%"]),
    ("Qwen2-72B scores 84.2 on MMLU.", ["84.2"]),
    ("The Mistral 7B model is fast.", []),
    ("A 7B model beats GPT-3 175B.", ["7B"]),
    # A size that counts something, or follows no name, stays an amount.
    ("BERT 340M parameters is big.", ["340M"]),
    ("The model has 7B parameters.", ["7B"]),
    ("Only 7B models were trained.", ["7B"]),
    ("The corpus holds 41.3M records.", ["41.3M"]),
    ("The filter removed 41.3M", ["41.3M"]),
    ("We train 10-20 models.", ["10", "20"]),
    ("trained on WMT 4.5M sentence pairs", ["4.5M"]),
])
def test_a_model_size_after_its_name_is_part_of_the_name(text, expected):
    assert [quantity.text for quantity in parse_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Llama-2-70B reaches 68.9 on MMLU.", ["68.9"]),
    ("Codex 12B solves 28.8% of problems.", ["28.8%"]),
    ("Chinchilla 70B outperforms Gopher 280B.", []),
    ("Only 7B of them were kept.", ["7B"]),
    ("Roughly 7B were kept.", ["7B"]),
    ("Over 7B were kept.", ["7B"]),
    ("Wikipedia 2.5B words were used.", ["2.5B"]),
])
def test_a_name_opening_the_text_still_names_its_size(text, expected):
    assert [quantity.text for quantity in parse_quantities(text)] == expected
