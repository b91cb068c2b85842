"""Write the bundled example reports: the same kind of synthesis the seeds are, in the three
formats the tool reads (text with `#` headings, Markdown, and a PDF whose claim cells wrap).

Also writes a fictional paper as PDF, whose own result statements become claims. Run with
`make examples`. The claims are written for this project about Phang et al. (2020,
arXiv:2005.13013); some are right, some carry wrong numbers or directions, some are cut at 120
characters the way the report generator cuts them, so the audit has something to show.
"""

from __future__ import annotations

import sys
from pathlib import Path

# synth/ (the generators of synthetic reports and papers) sits beside the package, not in it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synth.paper import example_spec, render_paper_pdf
from synth.report import ReportSpec, render_markdown, render_pdf, render_text

HERE = Path(__file__).resolve().parent
EXAMINES = "English Intermediate-Task Training Improves Zero-Shot Cross-Lingual Transfer Too"
PHANG = "http://arxiv.org/abs/2005.13013v2"


def cut(text: str, limit: int = 120) -> str:
    """Cut a claim the way the report generator does: at `limit` characters, mid-word."""
    return text[:limit].rstrip()


TEXT_REPORT = ReportSpec(
    title="Which English Intermediate Tasks Help Zero-Shot Transfer on XTREME?",
    date="November 2, 2026",
    examines=EXAMINES,
    research_question="Which English intermediate tasks transfer best to non-English target "
    "tasks when XLM-R is fine-tuned zero-shot?",
    papers_retrieved=11,
    claims_extracted=8,
    claims_verified=6,
    quality_score=8.1,
    claims=[
        ("All experiments start from the pretrained XLM-R Large model.", True, 0.31),
        ("The evaluation covers 9 target tasks of the XTREME benchmark in 40 languages.",
         True, 0.24),
        ("Intermediate-task training on MNLI improves the average target-task score by 7.9 "
         "points on the development set.", True, 0.22),
        ("Intermediate-task training on SQuAD, MNLI, and HellaSwag improves the target tasks by "
         "8.2, 7.5, and 7.0 points respectively.", True, 0.27),
        (cut("Evaluating the best intermediate model for each target task on the XTREME "
             "benchmark gives an average improvement of 5.4 points over XLM-R Large."),
         True, 0.33),
        ("Intermediate-task training lowers performance on the retrieval tasks BUCC and "
         "Tatoeba.", False, 0.12),
        ("The MNLI training set contains 392,702 examples.", False, 0.08),
        ("Continued multilingual MLM during intermediate training consistently beats English "
         "intermediate training.", True, 0.19),
    ],
    references=[PHANG, "https://doi.org/10.18653/v1/2020.acl-main.747", "arXiv:1911.02116"],
)

MARKDOWN_REPORT = ReportSpec(
    title="Intermediate-Task Training for Cross-Lingual Question Answering",
    date="November 9, 2026",
    examines=EXAMINES,
    research_question="Does English intermediate training help zero-shot question answering "
    "in other languages?",
    papers_retrieved=7,
    claims_extracted=5,
    claims_verified=5,
    quality_score=7.6,
    claims=[
        ("Question answering target tasks see moderate gains from English intermediate-task "
         "training.", True, 0.29),
        ("The SQuAD v1.1 training set has 87,599 examples drawn from Wikipedia.", True, 0.21),
        ("The SQuAD v2.0 training set has 130,319 examples.", False, 0.11),
        (cut("Multi-task intermediate training on all nine intermediate tasks performs best, "
             "with an average improvement of 8.7 points."), True, 0.26),
        ("Machine-translated intermediate-task data does not consistently outperform English "
         "intermediate data.", True, 0.25),
    ],
    references=[PHANG],
)

PDF_REPORT = ReportSpec(
    title="Commonsense Intermediate Tasks and Cross-Lingual Transfer",
    date="November 16, 2026",
    examines=EXAMINES,
    research_question="Do commonsense multiple-choice tasks make good intermediate tasks for "
    "zero-shot cross-lingual transfer?",
    papers_retrieved=9,
    claims_extracted=5,
    claims_verified=4,
    quality_score=6.9,
    claims=[
        ("Intermediate-task training on HellaSwag yields a target-task improvement of 7.0 "
         "points on the development set.", True, 0.23),
        ("The HellaSwag training set has 39,905 examples built from ActivityNet captions and "
         "WikiHow articles.", False, 0.14),
        ("The Cosmos QA training set contains 25,262 examples, and CommonsenseQA contains 9,741 "
         "examples.", True, 0.18),
        (cut("The ANLI+ intermediate task combines the three ANLI rounds with MNLI and SNLI for "
             "a total of 1,104,934 training examples."), False, 0.07),
        ("XNLI sees large benefits from every intermediate task.", True, 0.21),
    ],
    references=[PHANG, "arXiv:1905.07830"],
)


def main() -> None:
    (HERE / "intermediate_tasks.txt").write_text(render_text(TEXT_REPORT, headings=True),
                                                 encoding="utf-8")
    (HERE / "question_answering.md").write_text(render_markdown(MARKDOWN_REPORT),
                                                encoding="utf-8")
    render_pdf(PDF_REPORT, HERE / "commonsense_tasks.pdf")
    # A (fictional) paper: the audit reads its own result statements as claims.
    render_paper_pdf(example_spec(), HERE / "fictional_paper.pdf")
    print(f"wrote 3 example reports and 1 example paper to {HERE}")


if __name__ == "__main__":
    main()
