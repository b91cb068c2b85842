"""Reference cards: the shipped card's facts, validation errors that name file and field, the
conversion to a Paper, and the committed JSON Schema."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from verify_claims.claims import Paper
from verify_claims.verify.cards import (
    Card,
    CardError,
    bundled_cards_dir,
    card_schema_text,
    card_to_paper,
    committed_card_schema,
    load_card,
    write_card_schema,
)

SHIPPED = "2005.13013v2.card.yaml"

VALID = """\
metadata:
  version: 1
paper:
  arxiv_id: "2101.00001"
  version: 1
  title: A fictional paper
  authors: [A. Author]
  year: 2021
statements:
  - id: gain
    text: Method X improves task T by 2.0 points.
    location: Table 2
    provenance: "arXiv:2101.00001v1, Table 2"
    numbers:
      - {name: gain, value: 2.0, unit: points, entity: T}
"""


@pytest.fixture(scope="module")
def card() -> Card:
    return load_card(bundled_cards_dir() / SHIPPED)


def numbers_by_entity(card: Card, name: str) -> dict[str, float]:
    return {n.entity: n.value for n in card.numbers() if n.name == name}


def write(tmp_path: Path, text: str, name: str = "2101.00001v1.card.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# -- the shipped card -----------------------------------------------------------------------

def test_shipped_card_describes_the_cited_paper(card):
    assert card.source_id == "arXiv:2005.13013v2"
    assert card.paper.title.startswith("English Intermediate-Task Training")
    assert card.paper.authors[0] == "Jason Phang" and len(card.paper.authors) == 8
    assert card.paper.year == 2020


def test_shipped_card_training_set_sizes(card):
    sizes = numbers_by_entity(card, "training examples")
    assert sizes["ANLI+"] == 1104934
    assert sizes["MNLI"] == 392702
    assert sizes["QQP"] == 363846
    assert (sizes["SQuAD v1.1"], sizes["SQuAD v2.0"]) == (87599, 130319)
    assert (sizes["HellaSwag"], sizes["Cosmos QA"], sizes["CommonsenseQA"]) == (39905, 25262, 9741)


def test_anli_plus_is_the_sum_of_its_parts(card):
    sizes = numbers_by_entity(card, "training examples")
    parts = ["ANLI R1", "ANLI R2", "ANLI R3", "MNLI", "SNLI"]
    assert [sizes[part] for part in parts] == [16946, 45460, 100459, 392702, 549367]
    assert sum(sizes[part] for part in parts) == sizes["ANLI+"]


def test_shipped_card_paper_numbers(card):
    assert numbers_by_entity(card, "average dev improvement") == {
        "SQuAD": 8.2, "MNLI": 7.5, "HellaSwag": 7.0, "multi-task intermediate training": 8.7}
    assert numbers_by_entity(card, "score gain over XLM-R Large") == {"XTREME": 5.4}
    assert numbers_by_entity(card, "number of languages") == {"XTREME": 40}


def test_every_number_is_printed_in_its_statement(card):
    """The text a reader sees and the number a checker compares must be the same fact."""
    for statement in card.statements:
        for number in statement.numbers:
            value = number.value
            printed = f"{value:,}" if isinstance(value, int) else str(value)
            spelt = {9: "nine"}.get(value)  # small counts may be written as words
            assert printed in statement.text or (spelt and spelt in statement.text), \
                (statement.id, number)


def test_dataset_facts_cite_dataset_documentation(card):
    for statement in card.statements:
        sizes = [n for n in statement.numbers if n.name == "training examples"]
        if sizes:
            assert statement.location == "dataset documentation"
            assert "dataset documentation" in statement.provenance
        else:
            assert "arXiv:2005.13013v2" in statement.provenance


# -- card_to_paper ----------------------------------------------------------------------------

def test_card_becomes_a_paper_the_verifier_can_read(card):
    paper = card_to_paper(card)
    assert paper.source_id == "arXiv:2005.13013v2" and paper.file == SHIPPED
    assert [s.text for s in paper.sentences] == [s.text for s in card.statements]
    assert {s.section for s in paper.sentences} == {s.title for s in paper.sections}
    assert all(s.page == 1 for s in paper.sentences)
    assert Paper.model_validate_json(paper.model_dump_json()) == paper


def test_card_numbers_become_a_lookup_table(card):
    (table,) = card_to_paper(card).tables
    rows = {row[0].text: row for row in table.rows}
    column = table.column("training examples")
    assert rows["MNLI"][column].value == 392702 and rows["MNLI"][column].text == "392702"
    assert rows["ANLI+"][column].value == 1104934
    dev = table.column("average dev improvement")
    assert rows["HellaSwag"][dev].text == "7.0"  # the printed precision survives
    assert rows["QQP"][dev].value is None and rows["QQP"][dev].text == ""
    assert all(len(row) == len(table.header) for row in table.rows)


def test_card_without_numbers_has_no_table(tmp_path):
    path = write(tmp_path, VALID.replace(
        "    numbers:\n      - {name: gain, value: 2.0, unit: points, entity: T}\n", ""))
    paper = card_to_paper(load_card(path))
    assert paper.tables == [] and len(paper.sentences) == 1


# -- validation errors name the file and the field ---------------------------------------------

def test_valid_card_loads(tmp_path):
    card = load_card(write(tmp_path, VALID))
    assert card.statements[0].numbers[0].value == 2.0


@pytest.mark.parametrize(("broken", "field", "words"), [
    (VALID.replace('    provenance: "arXiv:2101.00001v1, Table 2"\n', ""),
     "statements[0].provenance", "Field required"),
    (VALID.replace("value: 2.0", "value: two"), "statements[0].numbers[0].value", "plain number"),
    (VALID.replace("value: 2.0", "value: '392,702'"), "numbers[0].value", "plain number"),
    (VALID.replace("value: 2.0", "value: yes"), "statements[0].numbers[0].value", "True"),
    (VALID.replace('arxiv_id: "2101.00001"', "arxiv_id: 2101.00001"), "paper.arxiv_id",
     "paper.arxiv_id: write the arXiv id in quotes"),
    (VALID.replace('"2101.00001"', '"../../etc/passwd"'), "paper.arxiv_id", "not an arXiv id"),
    (VALID.replace('"2101.00001"', '"2101.00001v1"'), "paper.arxiv_id", "without version"),
    (VALID.replace("  version: 1\n  title", "  version: 0\n  title"), "paper.version",
     "greater than or equal to 1"),
    (VALID.replace("    location: Table 2", "    locaton: Table 2"), "statements[0].locaton",
     "Extra inputs"),
    (VALID.replace("id: gain", "id: Gain Statement"), "statements[0].id", "pattern"),
    (VALID.replace("metadata:\n  version: 1\n", ""), "metadata", "Field required"),
    (VALID.split("statements:")[0] + "statements: []\n", "statements", "at least 1"),
])
def test_schema_errors_name_file_and_field(tmp_path, broken, field, words):
    path = write(tmp_path, broken)
    with pytest.raises(CardError) as caught:
        load_card(path)
    assert caught.value.path == path
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and field in message and words in message, message


def test_duplicate_statement_ids_are_rejected(tmp_path):
    statement = VALID.split("statements:\n")[1]
    second = statement.replace("2.0", "3.0").replace("entity: T", "entity: U")
    with pytest.raises(CardError) as caught:
        load_card(write(tmp_path, VALID + second))
    assert str(caught.value).endswith(": statements[1].id: duplicate id 'gain'")


def test_conflicting_numbers_are_rejected(tmp_path):
    second = VALID.split("statements:\n")[1].replace("id: gain", "id: again") \
        .replace("2.0", "2.5")
    with pytest.raises(CardError, match=r"gain of T is 2.5 here but 2 in an earlier"):
        load_card(write(tmp_path, VALID + second))


def test_invalid_yaml_names_file_and_line(tmp_path):
    path = write(tmp_path, VALID.replace("  title: A fictional paper", "  title: [unclosed"))
    with pytest.raises(CardError) as caught:
        load_card(path)
    assert str(caught.value).startswith(f"{path}: invalid YAML at line ")


@pytest.mark.parametrize(("content", "words"), [
    ("- just\n- a list\n", "a card is a YAML mapping"),
    ("", "a card is a YAML mapping"),
    (b"\xff\xfe not text", "not UTF-8"),
])
def test_not_a_card(tmp_path, content, words):
    path = tmp_path / "2101.00001v1.card.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(CardError, match=words):
        load_card(path)


def test_missing_file(tmp_path):
    with pytest.raises(CardError, match="cannot read"):
        load_card(tmp_path / "2101.00001v1.card.yaml")


def test_file_name_must_match_the_paper(tmp_path):
    path = write(tmp_path, VALID, name="2101.00001v2.card.yaml")
    with pytest.raises(CardError, match=r"must be named 2101\.00001v1\.card\.yaml"):
        load_card(path)


def test_old_style_ids_use_an_underscore_in_the_file_name(tmp_path):
    text = VALID.replace('"2101.00001"', '"hep-th/9901001"')
    card = load_card(write(tmp_path, text, name="hep-th_9901001v1.card.yaml"))
    assert card.source_id == "arXiv:hep-th/9901001v1"


# -- the committed schema -------------------------------------------------------------------

def test_committed_schema_is_up_to_date():
    assert committed_card_schema() == card_schema_text(), \
        "regenerate with: python -m verify_claims.verify.cards"


def test_write_card_schema(tmp_path):
    path = write_card_schema(tmp_path)
    assert path.name == "card.schema.json"
    assert path.read_text(encoding="utf-8") == card_schema_text()
    assert '"provenance"' in card_schema_text() and '"Card"' in card_schema_text()
