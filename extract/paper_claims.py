"""A paper's own result statements, as claims (origin "paper").

A result statement is a sentence that reports a number *and* compares or moves it: "MNLI
improves XNLI by 1.2 points", "our model reaches 66.9 F1, higher than the baseline". Only the
sections where papers state results are read (abstract, introduction, results, experiments,
analysis, discussion, conclusion): a method section's "we train for 2 epochs" has a number but
reports nothing, and its "the checkpoint that achieves the best accuracy" has a comparison
word but no result. A section named "Experimental Setup" is a method section.
"""

from __future__ import annotations

import re

from verify_claims.claims import Claim, Location, Paper, Quantity

from .claim_builder import build_claim
from .paper import section_kind

# Words that report a result: a change, a comparison or an attained score.
_RESULT_WORDS = re.compile(
    r"""\b(?:
        improv(?:e|es|ed|ing|ement|ements)
      | outperform(?:s|ed|ing)?
      | achiev(?:e|es|ed|ing)
      | gain(?:s|ed|ing)?
      | drop(?:s|ped|ping)?
      | reach(?:es|ed|ing)?
      | increas(?:e|es|ed|ing)
      | decreas(?:e|es|ed|ing)
      | reduc(?:e|es|ed|ing|tion)
      | ris(?:e|es|ing) | rose
      | fall(?:s|ing)? | fell
      | declin(?:e|es|ed|ing)
      | degrad(?:e|es|ed|ing|ation)
      | boost(?:s|ed|ing)?
      | hurt(?:s|ing)?
      | surpass(?:es|ed|ing)?
      | exceed(?:s|ed|ing)?
      | beat(?:s|ing)?
      | lower(?:s|ed)?
      | (?:higher|lower|better|worse|greater|smaller|larger|more|less)\s+than
      | (?:compared|relative)\s+(?:to|with)
      | over\s+the\s+baseline
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
RESULT_SECTIONS = ("abstract", "introduction", "result", "experiment", "evaluation",
                   "analysis", "ablation", "discussion", "finding", "conclusion", "summary")
# Words that make a section about the method even when it says "experiment":
# "Experimental Setup", "Implementation Details", "Training Data".
METHOD_SECTIONS = ("setup", "set-up", "setting", "implementation", "detail", "method",
                   "data", "training", "hyperparameter", "related", "background", "reference")
# A number right after these words points into the paper ("Table 2"), it does not report.
_POINTER = re.compile(r"\b(?:Table|Tab\.|Figure|Fig\.|Section|Sec\.|Eq\.|Equation|Appendix|"
                      r"Algorithm|Line)\s*$", re.IGNORECASE)

def is_result_statement(text: str) -> bool:
    """Does the sentence use a word that reports a result (improves, outperforms, achieves,
    gains, drops, reaches, higher than, ...)? The number is checked separately."""
    return bool(_RESULT_WORDS.search(text))


def is_result_section(title: str | None) -> bool:
    """Sections where a paper states its results. A paper without headings (None) is read
    whole."""
    kind = section_kind(title)
    if kind is None:
        return True
    return any(word in kind for word in RESULT_SECTIONS) \
        and not any(word in kind for word in METHOD_SECTIONS)


def reported_quantities(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities that are measurements: not "Table 2" or "Section 3", and not a bare
    year ("Conneau et al., 2020")."""

    def pointer(quantity: Quantity) -> bool:
        year = quantity.unit is None and quantity.decimals == 0 and 1900 <= quantity.value < 2100
        return year or bool(_POINTER.search(text[:quantity.span[0]]))

    return [quantity for quantity in quantities if not pointer(quantity)]

def paper_claims(paper: Paper) -> list[Claim]:
    """Claims for the result statements of `paper`, in reading order, one per distinct
    sentence."""
    claims: list[Claim] = []
    seen: set[str] = set()
    for sentence in paper.sentences:
        if not is_result_section(sentence.section) or not is_result_statement(sentence.text):
            continue
        claim = build_claim(
            report=paper.file,
            text=sentence.text,
            location=Location(file=paper.file, page=sentence.page, section=sentence.section),
            origin="paper",
        )
        if not reported_quantities(claim.text, claim.quantities) or claim.id in seen:
            continue
        seen.add(claim.id)
        claims.append(claim)
    return claims
