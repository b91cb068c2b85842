"""Write the labelled accuracy corpus: a fictional paper in two versions, five synthesis
reports citing it, and the hand-labelled gold file.

    python tests/corpus/make_corpus.py      # rewrites sources/, reports/ and gold.jsonl

Everything it writes is committed, so tests never regenerate it; run it again only after
editing this file. The paper (arXiv:2401.01234, an identifier chosen for a paper that does not
exist; title and authors say it is fictional) is rendered to PDF by `synth.paper`, with the
hard parts of real PDFs: a sentence that runs over a page break, words hyphenated at line ends,
a results table with a stacked header cell, and a dataset table with thousands separators.
Version 2 changes three things of version 1: the headline Tatoeba gain (6.1 -> 5.4), the
number of random seeds (three -> five), and one results cell (QNLI on TyDiQA, 70.1 -> 69.7,
with its average 76.5 -> 76.4).

The reports use the seed formats (`synth.report`): text with and without `#` headings,
Markdown and PDF. Each claim carries its report's own mark and confidence (often wrong, as in
the seeds) and, beside it, the status a careful reader of the cited paper would give, its
category and why. These labels were written by hand from the paper text below, never from the
tool's output: `gold.jsonl` is the test of record for the verifier (statcheck style). If the
tool disagrees with a label, the tool is wrong unless the paper text says otherwise.

Citations: report 01 cites the paper without a version (so the latest, v2, answers it, and v1
disagrees on the headline gain) plus a paper that is not available; 02 and 03 cite v2; 04 cites
v1 explicitly; 05 cites only a paper that is not available, so all its claims stay unverified.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from unittest import mock

# synth/ (the generators of synthetic reports and papers) sits beside the package, not in it.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from synth.paper import PAGE_BREAK, SOFT_HYPHEN, PaperSpec, render_paper_pdf
from synth.report import ReportSpec, render_markdown, render_pdf, render_text
from verify_claims.claims.arxiv import parse_arxiv_id
from verify_claims.extract.truncation import is_truncated

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

PAPER_ID = "2401.01234"
PAPER_TITLE = ("A Fictional Study of English Intermediate Tasks for Zero-Shot Cross-Lingual "
               "Transfer (Test Fixture, Not a Real Paper)")
# Valid identifiers that name no file in sources/: citing them must give `source_missing`.
MISSING_IDS = ("2403.04567v2", "2311.07654v1", "2402.05678v1")

Status = Literal["confirmed", "contradicted", "unverified"]
CATEGORIES = (
    "exact_number",       # a number the paper prints in a sentence, claimed as printed
    "paraphrase",         # a sentence of the paper in other words, no number needed
    "number_mismatch",    # a wrong number for something the paper states (transposed digits too)
    "sign_flip",          # right size, wrong direction ("improves" for a drop)
    "negation",           # "does not help" against the paper's statement
    "truncated",          # cut at 120 characters by the report generator
    "table_cell",         # a value only the paper's tables give
    "table_arithmetic",   # a difference or average that must be computed from table cells
    "setup",              # epochs, learning rate, seeds, batch size, sequence length
    "count",              # "five intermediate tasks"
    "layout",             # evidence runs over a page break or a hyphenated line break
    "absent",             # the cited paper says nothing about it
    "version",            # the cited version and the other version disagree
    "source_missing",     # the cited paper is not available
)


# ---------------------------------------------------------------------------------------------
# The paper


def results_table(version: int) -> tuple[str, list[str], list[list[str]]]:
    """Table 2. Avg is the mean of the four target columns, rounded to one decimal; no mean
    falls on a rounding tie, so every Avg cell is unambiguous."""
    qnli_tydiqa, qnli_avg = ("70.1", "76.5") if version == 1 else ("69.7", "76.4")
    return (
        "Table 2: Zero-shot results on the target tasks (accuracy for XNLI, PAWS-X and XCOPA, "
        "F1 for TyDiQA; Avg over the four target tasks). Mean of the random seeds.",
        ["Intermediate\ntask", "XNLI", "PAWS-X", "TyDiQA", "XCOPA", "Avg"],
        [
            ["XLM-R (baseline)", "79.2", "86.4", "66.3", "68.5", "75.1"],
            ["MNLI", "80.9", "88.3", "67.0", "70.2", "76.6"],
            ["QNLI", "79.8", "87.1", qnli_tydiqa, "69.0", qnli_avg],
            ["SQuAD", "80.1", "87.4", "71.2", "69.4", "77.0"],
            ["HellaSwag", "78.4", "86.0", "66.1", "72.3", "75.7"],
            ["CommonsenseQA", "78.9", "86.7", "65.8", "71.0", "75.6"],
        ],
    )


DATASET_TABLE = (
    "Table 1: Intermediate-task datasets and the size of their training sets.",
    ["Dataset", "Train size", "Source"],
    [
        ["MNLI", "392,702", "Crowdsourced"],
        ["QNLI", "104,743", "Wikipedia"],
        ["SQuAD", "87,599", "Wikipedia"],
        ["HellaSwag", "39,905", "ActivityNet"],
        ["CommonsenseQA", "9,741", "ConceptNet"],
    ],
)


def paper_spec(version: int) -> PaperSpec:
    """The fictional paper as printed in `version` (1 or 2)."""
    tatoeba_gain = "6.1" if version == 1 else "5.4"
    seeds = "three" if version == 1 else "five"
    return PaperSpec(
        title=PAPER_TITLE,
        authors=["Ada Placeholder", "Bram Fixture", "Corpus Q. Testington"],
        abstract=(
            "Intermediate-task training fine-tunes a pretrained encoder on a labelled English "
            "task before it is fine-tuned on the target task. We ask whether this step still "
            "helps when the target task is in another language. We use five intermediate tasks "
            "and evaluate zero-shot transfer on four target tasks with XLM-R Large. "
            "Intermediate training on MNLI raises Tatoeba retrieval accuracy by "
            f"{tatoeba_gain} points over the XLM-R Large baseline. This paper is a test "
            "fixture: every number in it is invented."
        ),
        sections=[
            ("Introduction", [
                "Pretrained multilingual encoders transfer well across languages, yet the "
                "effect of an additional intermediate-" + SOFT_HYPHEN + "task stage on such "
                "transfer is not well understood. We study a controlled setting in which only "
                "the intermediate task varies and everything else stays fixed.",
            ]),
            ("Experimental Setup", [
                "We fine-tune XLM-R Large for three epochs on each intermediate task with a "
                "learning rate of 2e-5, a batch size of 32 and a maximum sequence length of 256 "
                f"tokens. Each configuration is run with {seeds} random seeds and we report "
                "the mean. Table 1 lists the five intermediate-task datasets and the size of "
                "their training sets.",
                0,
                "All four target tasks, XNLI, PAWS-X, TyDiQA and XCOPA, are evaluated "
                "zero-shot: the model never sees labelled data in the target language.",
            ]),
            ("Results", [
                "Table 2 compares each intermediate task with the baseline; its average column "
                "is computed over the four target tasks only. SQuAD is the best inter"
                + SOFT_HYPHEN + "mediate task overall, "
                "improving the average score by 1.9 points over the XLM-R baseline. TyDiQA "
                "benefits most from SQuAD, which raises its F1 by 4.9 points. "
                "The gains from MNLI are largest on PAWS-X, where accuracy rises" + PAGE_BREAK
                + "by 1.9 points, from 86.4 to 88.3.",
                1,
            ]),
            ("Analysis", [
                "Not every intermediate task helps every target task. HellaSwag lowers XNLI "
                "accuracy by 0.8 points, from 79.2 to 78.4. CommonsenseQA does not help TyDiQA, "
                "where F1 falls from 66.3 to 65.8. In contrast, HellaSwag gives the largest "
                "gain on XCOPA, improving it by 3.8 points.",
                "Sentence retrieval on Tatoeba needs no training on the target task, so it "
                "isolates the effect of the intermediate stage on the representations. "
                "Multi-task training on all five intermediate tasks improves the average score "
                "by 1.2 points, less than SQuAD alone.",
            ]),
            ("Conclusion", [
                "English intermediate tasks help zero-shot cross-lingual transfer, but the best "
                "intermediate task depends on the target task.",
            ]),
        ],
        tables=[DATASET_TABLE, results_table(version)],
        references=[
            "Ada Placeholder and Bram Fixture. 2023. An imaginary benchmark of imaginary "
            "languages. In Proceedings of the Workshop on Test Fixtures, pages 1\u20139.",
        ],
        running_header=f"Fictional test paper arXiv:{PAPER_ID}v{version}. Not a real "
                       "publication.",
    )


# ---------------------------------------------------------------------------------------------
# The reports and their labels


@dataclass(frozen=True)
class Row:
    """One claim as the report prints it, with the report's own mark and confidence, and the
    hand label: expected status, category and why."""

    text: str
    mark: bool
    confidence: float | None
    status: Status
    category: str
    why: str


@dataclass(frozen=True)
class LabelledReport:
    file: str
    title: str
    research_question: str
    references: tuple[str, ...]
    rows: tuple[Row, ...]


def cut(text: str, limit: int = 120) -> str:
    """Cut a claim the way the report generator does: at `limit` characters, mid-word."""
    cut_text = text[:limit].rstrip()
    assert is_truncated(cut_text), f"not cut like the generator cuts: {cut_text!r}"
    return cut_text


def arxiv(key: str) -> str:
    return f"http://arxiv.org/abs/{key}"


R = Row
REPORTS_SPEC: tuple[LabelledReport, ...] = (
    LabelledReport(
        file="01_headline_unversioned.txt",
        title="Does English Intermediate-Task Training Help Zero-Shot Retrieval?",
        research_question="Which intermediate tasks help sentence retrieval and question "
                          "answering in other languages",
        references=(arxiv(PAPER_ID), arxiv(MISSING_IDS[0])),
        rows=(
            R("Intermediate training on MNLI raises Tatoeba retrieval accuracy by 5.4 points "
              "over the XLM-R Large baseline.", False, 0.21, "confirmed", "version",
              "Cited without version, so the latest (v2) answers: v2 abstract says 5.4; v1 "
              "said 6.1, which the evidence should note."),
            R("Intermediate training on MNLI improves Tatoeba accuracy by 6.1 points.",
              True, 0.34, "contradicted", "version",
              "Unversioned citation: v2 (latest) says 5.4, not 6.1; 6.1 is only in v1."),
            R("SQuAD is the best intermediate task overall, improving the average score by 1.9 "
              "points over the XLM-R baseline.", True, 0.27, "confirmed", "layout",
              "Results: 'SQuAD is the best inter-mediate task overall, improving the average "
              "score by 1.9 points' (the word is hyphenated at a line end in the PDF)."),
            R("TyDiQA benefits most when SQuAD is used as the intermediate task.", True, 0.19,
              "confirmed", "paraphrase",
              "Results: 'TyDiQA benefits most from SQuAD'."),
            R("Using SQuAD as the intermediate task raises TyDiQA F1 by 9.4 points.", True, 0.30,
              "contradicted", "number_mismatch",
              "Results: SQuAD raises TyDiQA F1 by 4.9 points (digits transposed); Table 2 "
              "71.2 - 66.3 = 4.9."),
            R("MNLI improves PAWS-X accuracy by 1.9 points, from 86.4 to 88.3.", False, 0.12,
              "confirmed", "layout",
              "Results: 'The gains from MNLI are largest on PAWS-X, where accuracy rises | by "
              "1.9 points, from 86.4 to 88.3' runs over a page break."),
            R("HellaSwag improves XNLI accuracy by 0.8 points.", True, 0.25, "contradicted",
              "sign_flip",
              "Analysis: HellaSwag lowers XNLI accuracy by 0.8 points (79.2 -> 78.4)."),
            R("CommonsenseQA does not help TyDiQA.", False, 0.09, "confirmed", "negation",
              "Analysis: 'CommonsenseQA does not help TyDiQA, where F1 falls from 66.3 to "
              "65.8'."),
            R("Intermediate training on QQP improves XQuAD by 2.3 points.", True, 0.28,
              "unverified", "absent",
              "The paper uses neither QQP nor XQuAD; the other cited paper is not available."),
            R("Multi-task training on all five intermediate tasks improves the average score by "
              "2.1 points.", True, 0.22, "contradicted", "number_mismatch",
              "Analysis: multi-task training improves the average by 1.2 points (digits "
              "transposed)."),
            R(cut("Intermediate training on MNLI raises Tatoeba retrieval accuracy by 5.4 "
                  "points over the XLM-R Large baseline, while SQuAD helps question answering "
                  "most."), True, 0.31, "unverified", "truncated",
              "Cut after 'while SQuAD': what it asserts as a whole is unknown, so it is never "
              "confirmed (issue 11); the visible part is the v2 abstract's 5.4-point Tatoeba "
              "gain (cited unversioned, so v2 answers)."),
        ),
    ),
    LabelledReport(
        file="02_tables.md",
        title="Reading the Tables of an Intermediate-Task Transfer Study",
        research_question="How large are the per-task gains of English intermediate tasks "
                          "on XNLI, PAWS-X, TyDiQA and XCOPA",
        references=(arxiv(f"{PAPER_ID}v2"),),
        rows=(
            R("The XLM-R baseline scores 68.5 on XCOPA.", False, 0.18, "confirmed",
              "table_cell", "Table 2, row XLM-R (baseline), column XCOPA: 68.5."),
            R("With MNLI as the intermediate task, XNLI accuracy reaches 80.9.", True, 0.24,
              "confirmed", "table_cell", "Table 2, row MNLI, column XNLI: 80.9."),
            R("SQuAD reaches 72.1 F1 on TyDiQA.", True, 0.26, "contradicted", "number_mismatch",
              "Table 2, row SQuAD, column TyDiQA: 71.2 (digits transposed)."),
            R("QNLI improves TyDiQA by 3.4 points.", False, 0.11, "confirmed",
              "table_arithmetic",
              "No sentence says it; Table 2 (v2): QNLI 69.7 - baseline 66.3 = 3.4."),
            R("MNLI improves XNLI by 1.7 points over the baseline.", True, 0.20, "confirmed",
              "table_arithmetic", "Table 2: 80.9 - 79.2 = 1.7."),
            R("MNLI improves the average score by 1.5 points over the XLM-R baseline.", False,
              0.14, "confirmed", "table_arithmetic", "Table 2, Avg column: 76.6 - 75.1 = 1.5."),
            R("HellaSwag improves the average score by 1.6 points over the baseline.", True,
              0.23, "contradicted", "table_arithmetic",
              "Table 2, Avg column: 75.7 - 75.1 = 0.6, not 1.6."),
            R("QNLI improves XNLI by 2.6 points.", True, 0.17, "contradicted",
              "table_arithmetic", "Table 2: 79.8 - 79.2 = 0.6, not 2.6."),
            R("CommonsenseQA improves XCOPA by 2.5 points over the baseline.", False, 0.10,
              "confirmed", "table_arithmetic", "Table 2: 71.0 - 68.5 = 2.5."),
            R("SQuAD lowers PAWS-X accuracy by 1.0 points.", True, 0.16, "contradicted",
              "sign_flip", "Table 2: SQuAD 87.4 vs baseline 86.4, a rise of 1.0, not a drop."),
            R("CommonsenseQA averages 75.6 over the four target tasks.", True, 0.29,
              "confirmed", "table_cell",
              "Table 2, row CommonsenseQA, column Avg: 75.6 (= (78.9+86.7+65.8+71.0)/4)."),
            R("The QNLI training set has 104,743 examples.", False, 0.08, "confirmed",
              "table_cell", "Table 1, row QNLI, Train size: 104,743."),
            R("HellaSwag has 39,950 training examples.", True, 0.21, "contradicted",
              "number_mismatch", "Table 1, row HellaSwag: 39,905 (digits transposed)."),
            R("HellaSwag improves XCOPA by 3.8 points.", False, 0.13, "confirmed",
              "exact_number",
              "Analysis: HellaSwag improves XCOPA by 3.8 points (Table 2: 72.3 - 68.5)."),
            R(cut("With SQuAD as the intermediate task, the average score over the four target "
                  "tasks improves by 2.9 points over the XLM-R baseline, the largest gain of "
                  "any single task."), True, 0.35, "contradicted", "truncated",
              "Cut mid-sentence; the visible 2.9 contradicts the 1.9-point average gain "
              "(Results; Table 2: 77.0 - 75.1)."),
            R("XLM-R Base performs worse than XLM-R Large on every target task.", True, 0.26,
              "unverified", "absent", "The paper never trains or evaluates XLM-R Base."),
        ),
    ),
    LabelledReport(
        file="03_setup.txt",
        title="Training Set-Ups of Intermediate-Task Transfer Studies",
        research_question="Which hyper-parameters do intermediate-task transfer studies use",
        references=(arxiv(f"{PAPER_ID}v2"), arxiv(MISSING_IDS[1])),
        rows=(
            R("Intermediate training runs for three epochs on each intermediate task.", True,
              0.33, "confirmed", "setup", "Setup: 'for three epochs on each intermediate task'."),
            R("The learning rate for intermediate training is 2e-5.", False, 0.15, "confirmed",
              "setup", "Setup: 'a learning rate of 2e-5'."),
            R("Intermediate training uses a learning rate of 1e-5.", True, 0.27, "contradicted",
              "setup", "Setup: the learning rate is 2e-5."),
            R("Each configuration is run with five random seeds.", True, 0.19, "confirmed",
              "setup", "Setup (v2, the cited version): 'run with five random seeds'."),
            R("The maximum sequence length is 512 tokens.", True, 0.22, "contradicted", "setup",
              "Setup: 'a maximum sequence length of 256 tokens'."),
            R("The batch size is 32.", False, 0.07, "confirmed", "setup",
              "Setup: 'a batch size of 32'."),
            R("The study uses five intermediate tasks.", False, 0.12, "confirmed", "count",
              "Abstract: 'We use five intermediate tasks'; Table 1 lists five."),
            R("Experiments are conducted on 9 target tasks.", True, 0.24, "contradicted",
              "count", "Abstract: 'four target tasks' (XNLI, PAWS-X, TyDiQA, XCOPA)."),
            R("HellaSwag does not improve XCOPA.", True, 0.18, "contradicted", "negation",
              "Analysis: HellaSwag gives the largest gain on XCOPA, 3.8 points."),
            R("Intermediate training on SQuAD does not help TyDiQA.", False, 0.20,
              "contradicted", "negation",
              "Results: TyDiQA benefits most from SQuAD (+4.9 F1)."),
            R(cut("All four target tasks are evaluated zero-shot, so the model never sees "
                  "labelled data in the target language during any stage of training."),
              True, 0.26, "unverified", "truncated",
              "Cut mid-word, so never confirmed (issue 11: its whole content is unknown); the "
              "visible part is the Setup sentence 'All four target tasks ... "
              "are evaluated zero-shot: the model never sees labelled data in the target "
              "language'."),
            R("Sentence retrieval accuracy on Tatoeba goes up after intermediate training on "
              "MNLI.", True, 0.30, "confirmed", "paraphrase",
              "Abstract: MNLI raises Tatoeba retrieval accuracy by 5.4 points."),
            R("HellaSwag lowers XNLI accuracy by 0.8 points, from 79.2 to 78.4.", False, 0.11,
              "confirmed", "exact_number", "Analysis, word for word."),
            R("Intermediate training on MNLI improves named entity recognition on PAN-X by "
              "1.1 points.", True, 0.25, "unverified", "absent",
              "The paper evaluates no NER task and never mentions PAN-X; its MNLI numbers are "
              "about other target tasks."),
        ),
    ),
    LabelledReport(
        file="04_version1.pdf",
        title="What the First Version of an Intermediate-Task Study Reported",
        research_question="What did the first version of the study report",
        references=(arxiv(f"{PAPER_ID}v1"),),
        rows=(
            R("Intermediate training on MNLI raises Tatoeba retrieval accuracy by 6.1 points "
              "over the XLM-R Large baseline.", False, 0.14, "confirmed", "version",
              "Cites v1, whose abstract says 6.1 (v2 later says 5.4)."),
            R("Intermediate training on MNLI raises Tatoeba accuracy by 5.4 points.", True, 0.29,
              "contradicted", "version", "Cites v1, which says 6.1; 5.4 is v2's number."),
            R("Each configuration is run with three random seeds.", False, 0.13, "confirmed",
              "version", "Cites v1: 'run with three random seeds' (v2 says five)."),
            R("QNLI reaches 70.1 F1 on TyDiQA.", False, 0.10, "confirmed", "version",
              "Cites v1: Table 2 (v1), row QNLI, column TyDiQA: 70.1."),
            R("QNLI reaches 69.7 F1 on TyDiQA.", True, 0.31, "contradicted", "version",
              "Cites v1, whose Table 2 has 70.1; 69.7 is the v2 cell."),
            R("QNLI improves TyDiQA by 3.8 points over the baseline.", True, 0.17, "confirmed",
              "table_arithmetic", "Table 2 (v1): 70.1 - 66.3 = 3.8."),
            R("The study uses five intermediate tasks and four target tasks.", True, 0.32,
              "confirmed", "count", "Abstract: five intermediate tasks, four target tasks."),
            R("The gains from MNLI are largest on PAWS-X, where accuracy rises by 1.9 points.",
              False, 0.15, "confirmed", "layout",
              "Results: the same sentence, which runs over the page break."),
            R("XNLI accuracy drops by 0.8 points when HellaSwag is the intermediate task.", True,
              0.21, "confirmed", "paraphrase",
              "Analysis: 'HellaSwag lowers XNLI accuracy by 0.8 points'."),
            R("CommonsenseQA improves TyDiQA F1 from 66.3 to 65.8.", True, 0.23, "contradicted",
              "sign_flip", "Analysis: F1 falls from 66.3 to 65.8: a drop, not an improvement."),
        ),
    ),
    LabelledReport(
        file="05_missing_source.txt",
        title="Intermediate Tasks in a Paper Nobody Could Retrieve",
        research_question="Does a synthesis of an unavailable paper hold up",
        references=(arxiv(MISSING_IDS[2]),),
        rows=(
            R("Intermediate training on MNLI raises Tatoeba retrieval accuracy by 5.4 points.",
              True, 0.27, "unverified", "source_missing",
              "Cites only arXiv:2402.05678v1, which is not available; our fictional paper "
              "says the same but is not cited."),
            R("The learning rate for intermediate training is 2e-5.", True, 0.22, "unverified",
              "source_missing", "The only cited paper is not available."),
            R("HellaSwag improves XNLI accuracy by 0.8 points.", False, 0.18, "unverified",
              "source_missing", "The only cited paper is not available (wrong anyway by our "
              "paper, which is not cited)."),
            R("The study uses five intermediate tasks.", True, 0.30, "unverified",
              "source_missing", "The only cited paper is not available."),
        ),
    ),
)


# ---------------------------------------------------------------------------------------------
# Writing


def report_spec(report: LabelledReport) -> ReportSpec:
    rows = report.rows
    return ReportSpec(
        title=report.title,
        date="January 15, 2027",
        examines=PAPER_TITLE,
        research_question=report.research_question,
        papers_retrieved=len(report.references),
        claims_extracted=len(rows),
        claims_verified=sum(row.mark for row in rows),
        quality_score=7.8,
        claims=[(row.text, row.mark, row.confidence) for row in rows],
        references=list(report.references),
    )


def render_report(report: LabelledReport, folder: Path) -> Path:
    """Write one report in the format its file name asks for; the two text reports differ in
    headings (`#` or bare), as the seeds do."""
    path = folder / report.file
    spec = report_spec(report)
    if path.suffix == ".pdf":
        render_pdf(spec, path)
    elif path.suffix == ".md":
        path.write_text(render_markdown(spec), encoding="utf-8")
    else:
        headings = not report.file.startswith("03_")
        path.write_text(render_text(spec, headings=headings), encoding="utf-8")
    return path


def gold_rows() -> list[dict[str, object]]:
    """The gold file's records: one per claim, in report order."""
    records = []
    for report in REPORTS_SPEC:
        for number, row in enumerate(report.rows, start=1):
            records.append({
                "report": report.file, "row": number, "text": row.text,
                "status": row.status, "category": row.category,
                "cites": [ref.rsplit("/", 1)[1] for ref in report.references],
                "rationale": row.why,
            })
    return records


def check_labels() -> None:
    """Catch slips in the hand-written table before anything is written."""
    assert parse_arxiv_id(PAPER_ID) == (PAPER_ID, None)
    for key in MISSING_IDS:
        assert parse_arxiv_id(key) is not None, key
    for report in REPORTS_SPEC:
        texts = [row.text for row in report.rows]
        assert len(set(texts)) == len(texts), f"{report.file}: a claim is printed twice"
        for row in report.rows:
            assert row.category in CATEGORIES, row
            assert row.status in ("confirmed", "contradicted", "unverified"), row
    assert sum(len(report.rows) for report in REPORTS_SPEC) >= 40


def gold_text() -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in gold_rows())


@contextmanager
def fixed_pdf_date() -> Iterator[None]:
    """fpdf2 stamps every PDF with the time it was written; a fixed stamp keeps the committed
    PDFs byte-identical when nothing printed in them changed, so git shows no spurious diff."""
    from fpdf import FPDF

    original = FPDF.__init__

    def init(self, *args, **kwargs) -> None:
        original(self, *args, **kwargs)
        self.set_creation_date(dt.datetime(2024, 1, 15, tzinfo=dt.timezone.utc))

    with mock.patch.object(FPDF, "__init__", init):
        yield


def main() -> None:
    check_labels()
    SOURCES.mkdir(exist_ok=True)
    REPORTS.mkdir(exist_ok=True)
    with fixed_pdf_date():
        for version in (1, 2):
            render_paper_pdf(paper_spec(version), SOURCES / f"{PAPER_ID}v{version}.pdf")
        for report in REPORTS_SPEC:
            render_report(report, REPORTS)
    GOLD.write_text(gold_text(), encoding="utf-8")
    print(f"wrote 2 sources, {len(REPORTS_SPEC)} reports and {len(gold_rows())} gold rows "
          f"under {HERE}")


if __name__ == "__main__":
    main()
