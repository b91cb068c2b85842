"""Held-out report 3 (plain text, bare headings): cites only Nissim, Raskhodnikova and Smith,
"Smooth Sensitivity and Sampling in Private Data Analysis" (STOC 2007), by its DOI. The paper
is not in the ACL Anthology and has no copy in sources/ (tests/real/papers/smith07.pdf is the
paper, read to write true claims), so every claim must stay unverified because its only source
is missing, whatever it says."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

SM = "10.1145/1250790.1250803"  # Nissim, Raskhodnikova and Smith, STOC 2007, pages 75-84

WHY = "The only cited paper has no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = "No source available: the cited paper (a DOI) is not in tests/real/heldout/sources/."


def missing(text: str, mark: bool, confidence: float, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, mark, confidence, "unverified", "source_missing", SM, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("Nissim, Raskhodnikova and Smith calibrate the noise added to a released function "
            "to its smooth sensitivity on the given database.", True, 0.28,
            "can confirm it (the paper's abstract says so)."),
    missing("The smooth sensitivity framework is applied to the median and to the cost of a "
            "minimum spanning tree.", True, 0.21, "can confirm the two examples."),
    missing("The sample-and-aggregate procedure is illustrated on k-means clustering and on "
            "learning mixtures of Gaussians.", True, 0.19, "can confirm the two applications."),
    missing("Evaluations on random samples of the database are combined with an aggregation "
            "function called the center of attention.", False, 0.14,
            "can confirm the name of the aggregation function."),
    missing("The authors describe their work as the first formal analysis of the effect of "
            "instance-based noise on privacy.", True, 0.23, "can confirm the priority claim."),
)

REPORT = LabelledReport(
    file="03_private_data_analysis_bare.txt",
    title="Instance-Based Noise for Private Data Analysis",
    date="March 20, 2027",
    examines="Smooth Sensitivity and Sampling in Private Data Analysis",
    research_question="How can the noise that protects privacy adapt to the database at hand",
    references=(SM,),
    abstract="Output perturbation protects individuals by adding noise to released statistics. "
             "We review a framework in which the noise is calibrated to the database itself, "
             "and a sampling procedure that applies it to functions given as black boxes.",
    rows=ROWS,
)
