"""Make the size cases of issue 14: inputs that are hostile only by their size.

Each used to make the audit quadratic or its output grow as claims x references:

* `citations_text(n)`: n arXiv citations on one line (the reference-overlap check compared
  every match with every earlier one);
* `long_paper(chars)`: a paper of one passage of `chars` characters with no blank line
  (`Passage.add` re-ran a regex over the whole passage per line, and spaCy refuses a text
  over 1,000,000 characters);
* `report_citing(n)`: a small report whose every claim cites the same n papers, none of which
  can be found (one `source_missing` check per claim per paper);
* `report_with_rows(n)`: a report with n claim rows.

They are written at run time (tests/test_hostile_bounds.py and benchmarks/hostile.py), never
committed: they say nothing a generator does not, and the larger ones weigh megabytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository, for synth/
from synth.report import ReportSpec, render_text  # noqa: E402

# A sentence with a number in it, so that the paper's passage is analysed as a paper's would be.
PAPER_SENTENCE = ("Intermediate training on MNLI improves the average target score by 1.{d} "
                  "points over the baseline model.")


def arxiv_ids(count: int) -> list[str]:
    """`count` distinct valid new-style arXiv ids with versions (2015 on: five digits)."""
    ids = []
    for index in range(count):
        year, number = 15 + index // 90_000 % 10, index % 90_000 + 10_000
        ids.append(f"{year:02d}{index // 900_000 % 12 + 1:02d}.{number:05d}v{index % 3 + 1}")
    return ids


def citations_text(count: int) -> str:
    """One line of `count` citations, "arXiv:1501.10000v1; arXiv:1501.10001v2; ..."."""
    return "; ".join(f"arXiv:{arxiv_id}" for arxiv_id in arxiv_ids(count))


def long_paper(chars: int) -> str:
    """A plain-text paper: a title, one heading and one passage of about `chars` characters
    in lines of about 75, with no blank line in it."""
    lines = ["# A Paper Longer Than spaCy Allows", "", "## Results", ""]
    size, index = 0, 0
    while size < chars:
        sentence = PAPER_SENTENCE.format(d=index % 10)
        half = len(sentence) // 2
        cut = sentence.rfind(" ", 0, half)
        for line in (sentence[:cut], sentence[cut + 1:]):
            lines.append(line)
            size += len(line) + 1
        index += 1
    return "\n".join(lines) + "\n"


def _spec(claims: list[tuple[str, bool, float | None]], references: list[str]) -> ReportSpec:
    return ReportSpec(title="Size case", date=dt.date(2026, 11, 2), examines="scale",
                      research_question="Does the audit stay linear?",
                      papers_retrieved=len(references), claims_extracted=len(claims),
                      claims_verified=len(claims) // 2, quality_score=5.0, claims=claims,
                      references=references)


def report_citing(references: int, claims: int = 100) -> str:
    """A report of `claims` rows citing `references` papers that no folder holds."""
    rows = [(f"Task {index} gains {index % 97 / 10:.1f} points with intermediate training.",
             index % 2 == 0, 0.5) for index in range(claims)]
    return render_text(_spec(rows, [f"arXiv:{arxiv_id}" for arxiv_id in arxiv_ids(references)]))


def report_with_rows(rows: int) -> str:
    """A report of `rows` distinct claims citing one paper (Phang et al. 2020, whose card
    ships with the package)."""
    claims = [(f"Task {index} gains {index % 97 / 10:.1f} points on XNLI.", index % 3 != 0,
               (index % 100) / 100) for index in range(rows)]
    return render_text(_spec(claims, ["arXiv:2005.13013v2"]))


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
