"""Held-out-9 report 3 (text with bare headings): cites only Hulsebos et al., GitTables: A
Large-Scale Corpus of Relational Tables, by its arXiv ID (2106.07258, taken from the arXiv
listing, not from a page: there is no copy). The paper has no copy in sources/, so every claim
must stay unverified because its only source is missing, whatever it says; some of the claims
are true (one repeats what TabLib's related work says of GitTables, in report 2), some false."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

GT = "2106.07258"  # Hulsebos, Demiralp, Groth, GitTables (no copy in sources/)

WHY = "The only cited paper has no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = "No source available: the cited paper (arXiv 2106.07258) is not in sources/."


def missing(text: str, confidence: float, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, True, confidence, "unverified", "source_missing", GT, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("GitTables contains about 1 million tables extracted from CSV files on GitHub.",
            0.26, "can decide it: about its size (TabLib's text gives it, but TabLib is not "
            "cited here)."),
    missing("GitTables annotates its columns with semantic types from DBpedia and Schema.org.",
            0.23, "can decide it: about its annotations."),
    missing("GitTables contains 10 million tables.", 0.2, "can decide it: about its size."),
    missing("The GitTables tables were collected by querying GitHub's search API with topic "
            "words from WordNet.", 0.19, "can decide it: about how it was collected."),
    missing("Tables in GitTables have on average 142 rows and 12 columns.", 0.18,
            "can decide it: about its table sizes."),
    missing("GitTables improves column type detection accuracy by 12 points over models "
            "trained on web tables.", 0.17, "can decide it: about its experiments."),
    missing("GitTables only contains tables from Excel spreadsheets.", 0.16,
            "can decide it: about its file types."),
    missing("GitTables was presented at SIGMOD 2023.", 0.15, "can decide it: about its venue."),
)

REPORT = LabelledReport(
    file="03_relational_table_corpus_bare.txt",
    title="Relational Tables from Code Repositories",
    date="2027-04-02",
    examines="a corpus of relational tables mined from CSV files on GitHub",
    research_question="How were GitHub's CSV tables collected and annotated, and how large is "
                      "the resulting corpus?",
    references=(GT,),
    rows=ROWS,
    quality_score=6.8,
)
