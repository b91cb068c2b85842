"""Seed-like synthesis reports in bulk, for the benchmarks: claims drawn from templates about
the X-STILTs paper (tasks, targets, random numbers), so a corpus of any size has the shape of
the seeds (one topic, many near-identical claims, one cited paper)."""

from __future__ import annotations

import random
from pathlib import Path

from .report import ReportSpec, render_markdown, render_pdf, render_text

TASKS = ["SQuAD", "MNLI", "HellaSwag", "QQP", "Cosmos QA", "CommonsenseQA", "ANLI+", "SNLI"]
TARGETS = ["XNLI", "PAWS-X", "TyDiQA", "XQuAD", "MLQA", "BUCC", "Tatoeba", "PAN-X"]
TEMPLATES = [
    "Intermediate-task training on {task} improves {target} by {x:.1f} points on the "
    "development set.",
    "Training on {task} lowers {target} accuracy by {x:.1f} points compared with XLM-R Large.",
    "The {task} intermediate task contains {n:,} training examples.",
    "Intermediate-task training on {task}, {task2}, and {task3} yields improvements of {x:.1f}, "
    "{y:.1f}, and {z:.1f} points on {target} respectively, across all of the forty languages.",
    "{target} does not see benefits from intermediate training on {task}.",
]


def seedlike_spec(rng: random.Random, index: int, claims: int = 20) -> ReportSpec:
    rows = []
    for _ in range(claims):
        task, task2, task3 = rng.sample(TASKS, 3)
        text = rng.choice(TEMPLATES).format(
            task=task, task2=task2, task3=task3, target=rng.choice(TARGETS),
            x=rng.uniform(-3, 9), y=rng.uniform(0, 9), z=rng.uniform(0, 9),
            n=rng.randint(5_000, 1_200_000))
        rows.append((text[:120], rng.random() < 0.7, round(rng.random(), 2)))
    return ReportSpec(
        title=f"Synthetic synthesis report {index}", date="November 23, 2026",
        examines="English Intermediate-Task Training Improves Zero-Shot Cross-Lingual Transfer",
        research_question="Does intermediate-task training help?", papers_retrieved=9,
        claims_extracted=claims, claims_verified=claims // 2, quality_score=7.5,
        claims=rows, references=["http://arxiv.org/abs/2005.13013v2"],
    )



def write_corpus(folder: Path, reports: int, seed: int = 0, claims: int = 20,
                 pdf_every: int = 0, markdown_every: int = 0) -> list[Path]:
    """Write `reports` seed-like reports into `folder`: text, with every `markdown_every`-th
    one in Markdown and every `pdf_every`-th one a PDF (0: none)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(reports):
        spec = seedlike_spec(rng, index, claims)
        if pdf_every and index % pdf_every == pdf_every - 1:
            path = folder / f"report_{index:05d}.pdf"
            render_pdf(spec, path)
        elif markdown_every and index % markdown_every == markdown_every - 1:
            path = folder / f"report_{index:05d}.md"
            path.write_text(render_markdown(spec), encoding="utf-8")
        else:
            path = folder / f"report_{index:05d}.txt"
            path.write_text(render_text(spec, headings=index % 2 == 0), encoding="utf-8")
        paths.append(path)
    return paths
