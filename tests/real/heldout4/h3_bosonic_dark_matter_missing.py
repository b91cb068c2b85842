"""Report 3 (Markdown): cites only Rodriguez Montoya and Matos, "Ultra light bosonic dark matter
and CMB" (arXiv 0908.0054v1), which has no copy in sources/. The claims are true of the paper
(read from kermitt2/grobid's test copy, see README.md), but with the only source missing every
one must stay unverified."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

UB = "0908.0054v1"  # Rodriguez Montoya and Matos 2009; no copy in sources/

WHY = "The only cited paper has no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = "No source available: the cited PDF is not in tests/real/heldout4/sources/."


def missing(text: str, mark: bool, confidence: float, note: str) -> Row:
    """A claim whose only cited source is missing: unverified, whatever it says."""
    return Row(text, mark, confidence, "unverified", "source_missing", UB, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("The CMB computations assume a photon temperature today of 2.726 K and a Hubble "
            "constant of 75.0 km/s/Mpc.", True, 0.27, "can confirm the two parameters."),
    missing("The ultra light bosonic dark matter particle is taken to have a mass of about "
            "10^-22 eV.", True, 0.22, "can confirm the mass."),
    missing("Compared with fermions, bosonic statistics lower the first and second acoustic "
            "peaks of the CMB spectrum but raise the third.", True, 0.25,
            "speaks to the shape of the peaks."),
    missing("To fit the observed CMB spectrum, the boson's mass must exceed its temperature by "
            "about five orders of magnitude.", False, 0.18,
            "can confirm the mass-to-temperature ratio."),
    missing("A non-zero optical depth of reionization is needed for the bosonic dark matter "
            "model to match the CMB.", True, 0.20, "speaks to reionization."),
)

REPORT = LabelledReport(
    file="03_bosonic_dark_matter_missing.md",
    title="Ultra Light Bosons as Dark Matter: What the CMB Allows",
    date="March 12, 2027",
    examines="Ultra light bosonic dark matter and CMB",
    research_question="Can an ultra light bosonic species be the main dark matter component "
                      "and still reproduce the observed CMB spectrum",
    references=(UB,),
    abstract="Scalar-field and ultra light bosonic dark matter have been proposed as "
             "alternatives to cold dark matter. We summarise what one CMB study finds about "
             "the statistics, temperature and abundance such bosons would need.",
    rows=ROWS,
    quality_score=6.8,
)
