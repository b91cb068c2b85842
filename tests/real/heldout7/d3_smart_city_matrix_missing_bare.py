"""Blind report 3 (plain text, bare headings): cites only Branchi, Fernández-Valdivielso and
Matias, "Analysis Matrix for Smart Cities" (Future Internet 2014, 6, 61-75; DOI
10.3390/fi6010061), which has no copy in sources/ (a DOI is never looked up). The paper (allenai/
mmda's figure_table_predictors test fixture) was read to write claims a reader of the paper
could judge, true ones and doubtful ones alike; every claim must stay unverified because its
only source is missing, whatever it says."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

SC = "10.3390/fi6010061"  # Branchi et al. 2014, Analysis Matrix for Smart Cities; no copy

WHY = "The only cited paper has no copy in sources/ (and a DOI is never looked up), so nothing "
EVIDENCE = "No source available: the cited paper (DOI 10.3390/fi6010061) is not in " \
           "tests/real/heldout7/sources/."


def missing(text: str, mark: bool, confidence: float, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, mark, confidence, "unverified", "source_missing", SC, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("The authors propose a Technologies Analysis Matrix (TAM) to score the technologies "
            "a Smart City uses by their usefulness and consequences.", True, 0.31,
            "can confirm it (the abstract and Section 3.2 say so)."),
    missing("In the worked example, technology T1 scores (3 + 2 + 4 + 4 + 1 + 5)/6 = 3.17 on the "
            "matrix.", True, 0.27, "can confirm the average (Section 3.2 prints it)."),
    missing("The final Smart City label runs from F, for scores from 0.00 to 0.50, to A, the "
            "best.", True, 0.24, "can confirm the scale (Section 3.2)."),
    missing("The LUIX intelligent lighting technology, tested with the matrix, scores 4.29.",
            False, 0.2, "can confirm the score (Section 4.1)."),
    missing("The Spanish Smart Cities Network (RECI) groups forty-one cities.", True, 0.22,
            "can confirm the count (Section 4.2)."),
    missing("The authors test their Smart Cities Matrix (SCM) on the Smart City strategy of "
            "Pamplona.", True, 0.28, "can confirm the case study (Section 4.2)."),
    missing("Pamplona's Smart City strategy offers free Wi-Fi through 62 hot spots.", True,
            0.19, "could contradict the number (Section 4.2 lists 26 hot spots)."),
)

REPORT = LabelledReport(
    file="03_smart_city_matrix_bare.txt",
    title="Scoring Technologies for Smart Cities",
    date="2027-03-13",
    examines="Analysis Matrix for Smart Cities",
    research_question="Can a simple matrix grade how smart a city's technologies make it",
    references=(SC,),
    abstract="Cities adopt digital technologies faster than they can judge them. We review a "
             "proposal to score each technology and label a city's strategy with a letter.",
    rows=ROWS,
)
