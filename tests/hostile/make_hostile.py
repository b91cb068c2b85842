"""Write the corpus of hostile input files that tests/test_hostile.py feeds to the audit.

    python tests/hostile/make_hostile.py      # rewrites tests/hostile/files/

Every file is damaged or malicious in one way, named for that way, and each must give a clear
message naming the file while the rest of the run goes on (issue 5, "Bad input"; README.md
beside this script lists what each file must produce). The output is committed and byte for
byte the same on every run: random bytes come from a seeded generator, and the PDFs carry a
fixed creation date. The 10,000-claim report is not here: the test writes it into a temporary
folder, because committing it would add a megabyte that says nothing a generator does not.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import EncryptionMethod

# synth/ (the generators of synthetic reports and papers) sits beside the package, not in it.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from synth.report import ReportSpec, render_markdown, render_text

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
PHANG = "http://arxiv.org/abs/2005.13013v2"
CREATED = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
PASSWORD = "hostile"


def base_spec(**changes: object) -> ReportSpec:
    """A small seed-like report citing Phang et al. (2020), whose bundled card can check it."""
    spec = ReportSpec(
        title="Intermediate-Task Training on XTREME",
        date="November 2, 2026",
        examines="English Intermediate-Task Training Improves Zero-Shot Cross-Lingual Transfer",
        research_question="Which English intermediate tasks help zero-shot transfer?",
        papers_retrieved=3,
        claims_extracted=3,
        claims_verified=2,
        quality_score=7.5,
        claims=[
            ("All experiments start from the pretrained XLM-R Large model.", True, 0.31),
            ("The MNLI training set contains 392,702 examples.", True, 0.42),
            ("Intermediate-task training lowers performance on the retrieval tasks BUCC and "
             "Tatoeba.", False, 0.12),
        ],
        references=[PHANG],
    )
    for name, value in changes.items():
        setattr(spec, name, value)
    return spec


def pdf_bytes(lines: list[str], password: str | None = None) -> bytes:
    """A real one-page fpdf2 PDF of `lines` (Latin-1 text, Helvetica), optionally encrypted
    with a user password. fpdf2 encrypts deterministically (pypdf's writer draws a random file
    id), which keeps the committed file stable; pypdf reads either kind the same way."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATED)
    if password is not None:
        pdf.set_encryption(owner_password=password + "-owner", user_password=password,
                           encryption_method=EncryptionMethod.RC4)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def latin1(text: str) -> str:
    """`text` with the dash and check mark that Latin-1 lacks spelt in Latin-1."""
    return text.replace("\u2014", "-").replace("\u2713", "Yes").replace("\u00d7", "No")


def report_lines() -> list[str]:
    """The base report as plain Latin-1 lines for a PDF page."""
    text = latin1(render_text(base_spec(), headings=False))
    return [line for line in text.split("\n") if line.strip()]


def corrupt_pdf() -> bytes:
    """A PDF header followed by 4 KiB of noise: no objects, no xref, no trailer."""
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + random.Random(5).randbytes(4096)


def truncated_pdf() -> bytes:
    """The first half of a real report PDF: the download was cut off."""
    data = pdf_bytes(report_lines())
    return data[: len(data) // 2]


def binary_named_txt() -> bytes:
    """A PNG signature and noise under a .txt name."""
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(7).randbytes(2048)


def accented_report() -> str:
    """A report whose text needs characters outside ASCII, so that its encoding matters."""
    return render_text(base_spec(
        title="Transfert interlingue: \u00e9valuation na\u00efve des t\u00e2ches",
        author="\u00c9quipe R\u00e9sum\u00e9",
    ))


def nul_reference_report() -> str:
    """A report whose reference hides a path behind a NUL byte."""
    return render_text(base_spec(references=["arXiv:2005.13013v2\x00/../../../etc/passwd"]))


def path_tricks_report() -> str:
    """A report whose references try to make the resolver open files outside its folders."""
    tricks = [
        "arXiv:../../etc/passwd",
        "arXiv:/etc/passwd",
        "/etc/passwd",
        "file:///etc/passwd",
        "2005.13013v2/../../x",
        "arXiv:2005.13013v2/../../../etc/passwd",
        "https://arxiv.org/abs/../../etc/passwd",
        "https://arxiv.org/abs/2005.13013v2%2F..%2F..%2Fetc%2Fpasswd",
        "arXiv:..%2F..%2Fetc%2Fpasswd",
        "C:\\Windows\\win.ini",
    ]
    return render_text(base_spec(references=tricks))


def script_report() -> str:
    """Claims, title and metadata carrying markup that would run if pasted into HTML raw."""
    claims = [
        ("<script>alert('claim')</script> MNLI improves transfer by 7.9 points.", True, 0.30),
        ('The MNLI training set contains 392,702 examples. <img src=x onerror="alert(1)">',
         True, 0.40),
        ("</td></tr></table><script>alert('escape')</script> XLM-R Large is the base model.",
         False, 0.20),
        ("<svg onload=alert(2)> Training on SQuAD improves the target tasks by 8.2 points.",
         True, 0.25),
        ("<a href=\"javascript:alert(3)\">click</a> HellaSwag helps by 7.0 points.", True, 0.10),
    ]
    return render_markdown(base_spec(
        title="<script>alert('title')</script> Hostile markup report",
        examines="<b onmouseover=alert(4)>bold</b> markup in metadata",
        claims=claims, claims_extracted=len(claims),
    ))


def console_markup_report() -> str:
    """Claims written in the console's markup language (rich): a warning that quotes them
    must print them as text, not apply them or fail on an unbalanced closing tag."""
    markup = "Scores rose [/] [bold red]sharply[/bold red] on XNLI by 2.0 points."
    text = render_text(base_spec(claims=[(markup, True, 0.5), (markup, True, 0.5)],
                                 claims_extracted=2))
    return text.replace("\u2713\t0.50", "[link=file:///etc/passwd]yes[/link]\t0.50", 1)


def html_page() -> bytes:
    """What a server answers instead of a PDF (an error or login page), saved as .pdf."""
    return (b"<!DOCTYPE html>\n<html><head><title>403 Forbidden</title></head>\n"
            b"<body><h1>Forbidden</h1></body></html>\n")


def duplicated_rows_report() -> str:
    spec = base_spec()
    spec.claims = spec.claims + spec.claims[:2]
    spec.claims_extracted = len(spec.claims)
    return render_text(spec)


def no_claims_table_report() -> str:
    """The seed layout with its claims table section left out (the generator failed)."""
    text = render_text(base_spec())
    start, end = text.index("## 5 Extracted Claims"), text.index("## References")
    return text[:start] + text[end:]


BROKEN_RECIPE = """\
id: broken-yaml
metadata: {version: 1
paper: {source: "arXiv:2005.13013", version: 2}
claims:
  - source: "arXiv:2005.13013"
    text: [unclosed
"""

SCHEMA_INVALID_RECIPE = """\
# Valid YAML that breaks the recipe schema: a version that is not a number, no claims, no
# target tasks, an unknown key and a negative tolerance.
id: schema-invalid
metadata: {version: one}
paper: {source: "arXiv:2005.13013", version: 2}
claims: []
base_model: FacebookAI/xlm-roberta-large
tolerance: -1
learning_rate_typo: 1.0e-5
"""

BROKEN_CARD = """\
metadata: {version: 1}
paper:
  arxiv_id: "2005.13013
  version: 2
statements:
\t- id: tab-indented
"""

SCHEMA_INVALID_CARD = """\
# Valid YAML that breaks the card schema: an unquoted id (read as a float), no authors,
# a statement without provenance, and a number written as text.
metadata: {version: 1}
paper:
  arxiv_id: 2005.13013
  version: 2
  title: English intermediate-task training improves zero-shot cross-lingual transfer too
  authors: []
  year: 2020
statements:
  - id: mnli-size
    text: The MNLI training set contains 100 examples.
    location: Table 1
    numbers:
      - {name: training examples, value: "100", entity: MNLI}
"""


# --- issue 14: input that must not exhaust memory or pass where it should fail -------------

SMALL_CARD = """\
metadata: {{version: 1}}
paper:
  arxiv_id: "2005.13013"
  version: 2
  title: English intermediate-task training improves zero-shot cross-lingual transfer too
  authors: [A. Author]
  year: 2020
statements:
  - id: mnli-size
    text: The MNLI training set contains 392,702 examples.
    location: dataset documentation
    provenance: MNLI documentation, train split
    numbers:
{numbers}
"""


def alias_bomb_card() -> str:
    """A card of under 1 KB whose number `value` expands, through six levels of aliases each
    repeating the one before ten times, to a million strings. Every validator that quoted the
    value it refused copied the expansion into its message (an 8 KB card: 13 GB)."""
    levels = ["&l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    levels += [f"&l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]" for level in range(1, 6)]
    value = "[" + ", ".join(levels) + "]"
    return SMALL_CARD.format(numbers=f"      - {{name: training examples, entity: MNLI, "
                                     f"value: {value}}}")


def duplicate_key_card() -> str:
    """Two values for one number: YAML keeps the last one silently."""
    return SMALL_CARD.format(numbers="      - name: training examples\n"
                                     "        entity: MNLI\n"
                                     "        value: 392702\n"
                                     "        value: 100")


def not_finite_card() -> str:
    """A number of `.nan`, which equals nothing and so can never be contradicted."""
    return SMALL_CARD.format(numbers="      - {name: training examples, entity: MNLI, "
                                     "value: .nan}")


BAD_VALUES_RECIPE = """\
# A recipe that is valid YAML and well-formed but asks for what cannot be run: a negative
# batch size, a learning rate that is not a number, negative seeds.
id: bad-values
metadata: {version: 1}
paper: {source: "verify-claims:controls"}
claims:
  - {source: "verify-claims:controls", text: Training first helps., direction: increase}
scale: smoke
base_model: "smoke:xlm-r-tiny"
data: smoke
intermediate: {tasks: [planted]}
target_tasks: [xnli]
measure: {kind: improvement, aggregate: task, direction_only: true}
hyperparameters: {learning_rate: "nan", batch_size: -8}
seeds: [1, -2]
"""

NAN_RECIPE = BAD_VALUES_RECIPE.replace("id: bad-values", "id: nan-learning-rate").replace(
    'learning_rate: "nan", batch_size: -8}', "learning_rate: .nan}").replace("[1, -2]", "[1]")


def baseline_json(value: str = "7.5", tolerance: str = "0.05") -> str:
    """A one-claim baseline with the given number and tolerance, spelt as JSON text."""
    return ('{"format": 1, "claims": [{"id": "c0", "report": "r.txt", "text": "A claim.", '
            '"status": "confirmed", "numbers": [{"key": "table arXiv:2005.13013v2: cell", '
            f'"value": {value}, "tolerance": {tolerance}}}]}}]}}\n')


def hostile_baselines() -> dict[str, str]:
    """Baselines that are JSON (Python's reader takes all of them) but not baselines: each must
    make `check` exit 2 with a message, never 0 ("all match") nor 1 ("drifted")."""
    return {
        "nan-value.json": baseline_json(value="NaN"),
        "infinite-tolerance.json": baseline_json(tolerance="Infinity"),
        "overflowing-value.json": baseline_json(value="1e400"),
        "deep-nesting.json": '{"format": 1, "claims": ' + "[" * 10_000 + "]" * 10_000 + "}\n",
        "huge-integer.json": baseline_json(value="9" * 5_001),
    }


def corpus() -> dict[str, bytes]:
    """Every file of the corpus, by path relative to files/."""
    text = {
        "binary-named.txt": binary_named_txt(),
        "latin1-encoded.txt": latin1(accented_report()).encode("latin-1"),
        "utf16-no-bom.txt": accented_report().encode("utf-16-le"),
        "utf16-with-bom.txt": accented_report().encode("utf-16"),
        "nul-byte-in-reference.txt": nul_reference_report().encode("utf-8"),
        "path-tricks-in-references.txt": path_tricks_report().encode("utf-8"),
        "script-in-claims.md": script_report().encode("utf-8"),
        "no-claims-table.txt": no_claims_table_report().encode("utf-8"),
        "missing-confidence-column.txt":
            render_text(base_spec(), columns=("Claim", "Verified")).encode("utf-8"),
        "duplicated-rows.txt": duplicated_rows_report().encode("utf-8"),
        "console-markup-in-claims.txt": console_markup_report().encode("utf-8"),
    }
    pdfs = {
        "corrupt.pdf": corrupt_pdf(),
        "truncated.pdf": truncated_pdf(),
        "encrypted.pdf": pdf_bytes(report_lines(), password=PASSWORD),
        "zero-bytes.pdf": b"",
        "html-page-named.pdf": html_page(),
    }
    yaml = {
        "recipes/broken-yaml.yaml": BROKEN_RECIPE.encode(),
        "recipes/schema-invalid.yaml": SCHEMA_INVALID_RECIPE.encode(),
        # Cards are found by file name, so the folder says what is wrong with the card.
        "cards-broken-yaml/2005.13013v2.card.yaml": BROKEN_CARD.encode(),
        "cards-schema-invalid/2005.13013v2.card.yaml": SCHEMA_INVALID_CARD.encode(),
        "cards-alias-bomb/2005.13013v2.card.yaml": alias_bomb_card().encode(),
        "cards-duplicate-key/2005.13013v2.card.yaml": duplicate_key_card().encode(),
        "cards-not-finite/2005.13013v2.card.yaml": not_finite_card().encode(),
        "recipes-bad-values/bad-values.yaml": BAD_VALUES_RECIPE.encode(),
        "recipes-bad-values/nan-learning-rate.yaml": NAN_RECIPE.encode(),
        **{f"baselines/{name}": text.encode() for name, text in hostile_baselines().items()},
    }
    return {**pdfs, **text, **yaml}


def write_corpus(folder: Path = FILES) -> list[Path]:
    """Replace `folder` with a fresh copy of the corpus; returns the files written."""
    if folder.exists():
        shutil.rmtree(folder)
    written = []
    for name, data in sorted(corpus().items()):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_corpus():
        print(f"{path.stat().st_size:8d}  {path.relative_to(HERE)}")
