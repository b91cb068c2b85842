"""Reference cards: curated statements and numbers about one version of one paper.

A card is a small YAML file (`2005.13013v2.card.yaml`) that says, in the project's own words,
what a paper states and where (abstract, a section, a table), and where each fact comes from
(the paper itself, or a dataset's documentation). Cards let the audit check claims without the
PDF, offline, and they are the reference numbers that CI regresses against.

The verifier should not care whether evidence comes from a parsed PDF or from a card, so
`card_to_paper` turns a card into the same `Paper` record that parsing a PDF gives.

The layout borrows from lm-evaluation-harness task files: a `metadata.version` that is bumped
whenever the card's content changes, so that stored results can say which card they used.
The JSON Schema of cards is committed beside them (cards/card.schema.json) for editors and for
tools in other languages; run `python -m verify_claims.verify.cards` to regenerate it.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from verify_claims.claims import Cell, Paper, Section, Sentence, Table
from verify_claims.claims.arxiv import parse_arxiv_id
from verify_claims.claims.bounded import MAX_QUOTED, listed, short_repr, shorten
from verify_claims.claims.json_schema import schema_text
from verify_claims.claims.safe_yaml import YamlError, load_yaml_file

from .doi_names import doi_file_stem

CARD_SUFFIX = ".card.yaml"
SCHEMA_FILE = "card.schema.json"
_STATEMENT_ID = r"^[a-z0-9][a-z0-9-]*$"
MAX_CARD_BYTES = 256_000
"""A card is a few KB of curated statements (the bundled one: 7 KB); more is not a card."""


class CardError(ValueError):
    """A card file cannot be read or does not follow the card schema."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        self.message = message
        super().__init__(f"{path}: {message}")


class _Strict(BaseModel):
    # Unknown keys are errors: a misspelt "provenence" must not silently drop a fact's source.
    model_config = ConfigDict(extra="forbid")


class CardNumber(_Strict):
    """One number a statement gives: `value` of `name` (what is measured) for `entity`."""

    name: str = Field(min_length=1, description='What is measured, e.g. "training examples".')
    # int stays int and 7.0 stays 7.0, so the printed precision survives into table cells.
    value: int | float
    unit: str | None = Field(default=None, description='e.g. "points", "examples", "%".')
    entity: str = Field(min_length=1, description='What the number is about, e.g. "MNLI".')

    @field_validator("value", mode="before")
    @classmethod
    def _plain_number(cls, value: Any) -> Any:
        # Checked before the int/float union so the error is one line, and so that YAML's
        # `yes` (a bool) or a quoted "392,702" is not taken for a number.
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("must be a plain number such as 392702 or 7.0, not "
                             f"{short_repr(value)}")
        return value


class Statement(_Strict):
    """One curated fact: our wording, where the paper says it, and where the fact comes from."""

    id: str = Field(pattern=_STATEMENT_ID, description="Stable slug, unique within the card.")
    text: str = Field(min_length=1, description="The fact in the project's own words.")
    location: str = Field(min_length=1, description='"abstract", "Section 5", "Table 1", ...')
    provenance: str = Field(min_length=1, description="Where the fact was taken from.")
    numbers: list[CardNumber] = Field(default_factory=list)


class CardPaper(_Strict):
    """The paper: an arXiv id and version, or, for a paper not on arXiv, its DOI alone."""

    arxiv_id: str | None = Field(default=None, description='Without version, quoted in YAML: '
                                 '"2005.13013".')
    version: int | None = Field(default=None, ge=1)
    doi: str | None = Field(default=None, description='A paper not on arXiv: its DOI, '
                            '"10.1145/1327452.1327492" (no version); the card file is then '
                            'named 10.1145%2F1327452.1327492.card.yaml.')
    title: str = Field(min_length=1)
    authors: list[str] = Field(min_length=1)
    year: int = Field(ge=1991)

    @field_validator("arxiv_id", mode="before")
    @classmethod
    def _quoted_id(cls, value: Any) -> Any:
        # YAML reads an unquoted 2005.13010 as the float 2005.1301 and loses the trailing zero.
        if isinstance(value, float | int):
            raise ValueError(f"write the arXiv id in quotes ({short_repr(value)} was read as a "
                             "number)")
        return value

    @field_validator("arxiv_id")
    @classmethod
    def _valid_id(cls, value: str | None) -> str | None:
        if value is not None and parse_arxiv_id(value) != (value, None):
            raise ValueError(f"{short_repr(value)} is not an arXiv id without version "
                             "(e.g. '2005.13013')")
        return value

    @field_validator("doi")
    @classmethod
    def _valid_doi(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                doi_file_stem(value)
            except ValueError:
                raise ValueError(f"{short_repr(value)} is not a DOI that can name a file "
                                 "(e.g. '10.1145/1327452.1327492')") from None
        return value

    @model_validator(mode="after")
    def _one_id(self) -> CardPaper:
        """Either arxiv_id and version (an arXiv paper) or doi (any other), never both."""
        if self.doi is not None and (self.arxiv_id is not None or self.version is not None):
            raise ValueError("give either doi or arxiv_id and version, not both")
        if self.doi is None and self.arxiv_id is None:
            raise ValueError("arxiv_id: Field required (or doi, for a paper not on arXiv)")
        if self.doi is None and self.version is None:
            raise ValueError("version: Field required (the arXiv version the card describes)")
        return self


class CardMetadata(_Strict):
    version: int = Field(ge=1, description="Bumped whenever the card's content changes.")
    author: str | None = Field(default=None, description="Who wrote the card (shown with its "
                               "statements, which are the author's words, not the paper's).")


class Card(_Strict):
    metadata: CardMetadata
    paper: CardPaper
    statements: list[Statement] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Card:
        """Statement ids are unique, and a card (one paper version) gives each measure of each
        entity one value: two different MNLI sizes in one card would make checks arbitrary."""
        seen_ids: set[str] = set()
        values: dict[tuple[str, str], int | float] = {}
        for index, statement in enumerate(self.statements):
            if statement.id in seen_ids:
                raise ValueError(f"statements[{index}].id: duplicate id "
                                 f"{short_repr(statement.id)}")
            seen_ids.add(statement.id)
            for number in statement.numbers:
                key = (number.entity, number.name)
                if key in values and values[key] != number.value:
                    raise ValueError(
                        f"statements[{index}] ({shorten(statement.id, MAX_QUOTED)}): "
                        f"{shorten(number.name, MAX_QUOTED)} of "
                        f"{shorten(number.entity, MAX_QUOTED)}"
                        f" is {number.value:g} here but {values[key]:g} in an earlier statement")
                values[key] = number.value
        return self

    @property
    def source_id(self) -> str:
        """The paper as "arXiv:2005.13013v2" or "doi:10.1145/1327452.1327492", the form of
        `Reference.key` and `Paper.source_id`."""
        if self.paper.doi is not None:
            return f"doi:{self.paper.doi}"
        return f"arXiv:{self.paper.arxiv_id}v{self.paper.version}"

    @property
    def file_name(self) -> str:
        """The name this card must have on disk (old-style ids: slash written as "_"; a DOI
        as doi_names.py writes it, "/" as "%2F")."""
        if self.paper.doi is not None:
            return doi_file_stem(self.paper.doi) + CARD_SUFFIX
        return f"{(self.paper.arxiv_id or '').replace('/', '_')}v{self.paper.version}{CARD_SUFFIX}"

    def numbers(self) -> list[CardNumber]:
        return [number for statement in self.statements for number in statement.numbers]


def _problem(location: tuple[int | str, ...], message: str) -> str:
    """One pydantic error as "statements[3].text: Field required", the path a person can find
    in the YAML. Whole-card checks already name their field in the message."""
    message = shorten(message.removeprefix("Value error, "), MAX_QUOTED * 3)
    path = ""
    for part in location:  # a key the schema does not know is quoted from the file
        part = part if isinstance(part, int) else shorten(str(part), MAX_QUOTED)
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return f"{path}: {message}" if path else message


def load_card(path: Path | str) -> Card:
    """Read and validate one card; any problem raises CardError naming the file and field.

    The file name must match the paper it describes, because sources are found by file name:
    a card for v1 saved as ...v2.card.yaml would silently answer for the wrong version.
    """
    path = Path(path)
    try:
        data = load_yaml_file(path, MAX_CARD_BYTES)
    except OSError as error:
        raise CardError(path, f"cannot read: {error.strerror or error}") from None
    except YamlError as error:
        raise CardError(path, str(error)) from None
    if not isinstance(data, dict):
        raise CardError(path, "a card is a YAML mapping with metadata, paper and statements")
    try:
        card = Card.model_validate(data)
    except ValidationError as error:
        problems = listed(_problem(item["loc"], item["msg"]) for item in error.errors())
        raise CardError(path, shorten(problems)) from None
    if card.paper.doi is not None:  # DOIs are case-insensitive, so are their file names
        if path.name.lower() != card.file_name.lower():
            raise CardError(path, f"paper.doi says {card.source_id}, so the file must be named "
                                  f"{card.file_name}")
    elif path.name != card.file_name:
        raise CardError(path, f"paper.arxiv_id/paper.version say {card.source_id}, so the file "
                              f"must be named {card.file_name}")
    return card


def _numbers_table(card: Card) -> Table | None:
    """All numbers of the card as one entity x measure table, the shape the table check reads
    (row label = entity, column = what is measured, e.g. row MNLI, column training examples)."""
    numbers = card.numbers()
    if not numbers:
        return None
    columns = list(dict.fromkeys(number.name for number in numbers))
    rows: dict[str, list[Cell]] = {}
    for number in numbers:
        row = rows.setdefault(number.entity, [Cell(text=number.entity)]
                              + [Cell(text="") for _ in columns])
        printed = str(number.value)  # as the card's YAML gives it: 7.0 keeps its decimal
        row[1 + columns.index(number.name)] = Cell(
            text=printed, value=number.value,
            decimals=len(printed.partition(".")[2]) if "e" not in printed else 0)
    return Table(caption=f"Reference numbers of {card.source_id} (card)",
                 header=["entity", *columns], rows=list(rows.values()), pages=[1])


def card_to_paper(card: Card, file: str | None = None) -> Paper:
    """The card as a `Paper`, so that the verifier reads cards and parsed PDFs alike.

    Each statement becomes one sentence whose section is the statement's location. A card has
    no pages; like a plain-text file it counts as a single page 1, and the location carries the
    real place in the paper.
    """
    sections = [Section(title=location, page=1)
                for location in dict.fromkeys(statement.location for statement in card.statements)]
    sentences = [Sentence(text=statement.text, page=1, section=statement.location,
                          provenance=statement.provenance)
                 for statement in card.statements]
    table = _numbers_table(card)
    return Paper(file=file or card.file_name, source_id=card.source_id, title=card.paper.title,
                 sections=sections, sentences=sentences, tables=[table] if table else [])


def bundled_cards_dir() -> Path:
    """The folder of cards shipped with the package (verify/cards/)."""
    # setuptools installs the package as plain files (editable or wheel), never zipped, so the
    # resource folder is a real directory.
    return Path(str(resources.files("verify_claims.verify").joinpath("cards")))


def card_schema_text() -> str:
    """The JSON Schema of cards, formatted like the record schemas in claims/schema/."""
    return schema_text(Card)


def committed_card_schema() -> str:
    return (bundled_cards_dir() / SCHEMA_FILE).read_text(encoding="utf-8")


def write_card_schema(folder: Path | None = None) -> Path:
    from verify_claims.claims import write_atomic

    path = Path(folder or bundled_cards_dir()) / SCHEMA_FILE
    write_atomic(path, card_schema_text())
    return path


if __name__ == "__main__":
    print(write_card_schema())
