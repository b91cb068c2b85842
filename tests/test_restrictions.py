"""Two precision guards for claims without numbers (issue 11), pinned on real sentences:

- a sentence that holds its content only under a condition ("only if", "only when",
  "unless") does not confirm a claim that drops the condition;
- a negation word of the claim ("without", "never") is a part the passage must state: shared
  words with a passage that never says it are no confirmation.

Found on a held-out report: "templates work well even without iterative mixing" was confirmed
by "templates only work if iterative mixing ... [is] used". The sentences here come from other
papers (smith07, 2023.eacl-main.121)."""

from __future__ import annotations

from verify_claims.claims import Location, Outcome, Paper, Sentence
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.paper import enrich_paper
from verify_claims.verify.content import account, claim_parts, passage_terms
from verify_claims.verify.neighbours import restricted
from verify_claims.verify.passages import PassageIndex
from verify_claims.verify.source_check import check_source

SMITH = ("The function computed by an approximation algorithm is acceptable only if it is a "
         "smooth upper bound on the local sensitivity.")
LONGEVAL = ("We find that aligning parts of the summary to the source document is only useful "
            "when the summary is highly extractive or mostly correct.")


def paper_of(*texts: str) -> Paper:
    filler = ["We describe the setting in the next section.",
              "Proofs are given in the appendix of the paper."]
    sentences = [Sentence(text=text, page=1, section="Results") for text in [*filler, *texts]]
    return enrich_paper(Paper(file="paper.txt", source_id="ACL:X", title="A study",
                              sentences=sentences))


def verdict(claim_text: str, *texts: str) -> Outcome:
    claim = build_claim("report.txt", claim_text, Location(file="report.txt", line=1))
    paper = paper_of(*texts)
    return check_source(claim, paper, "ACL:X", PassageIndex(paper)).outcome


def test_a_restricted_sentence_does_not_confirm_the_claim_without_its_condition():
    assert verdict("The function computed by an approximation algorithm is acceptable.",
                   SMITH) != Outcome.supported
    assert verdict("Aligning parts of the summary to the source document is useful.",
                   LONGEVAL) != Outcome.supported


def test_the_restriction_guard_reads_conditions_not_the_word_only():
    assert restricted(SMITH, "The algorithm is acceptable.")
    assert restricted(LONGEVAL, "Alignment is useful.")
    assert not restricted(LONGEVAL, "Alignment is useful only when the summary is correct.")
    # "only" before a number or a noun is no condition.
    assert not restricted("The model uses only 5 layers for the decoder.", "It uses 5 layers.")
    assert not restricted("Only the first run is reported.", "The first run is reported.")


def test_a_claimed_negation_word_must_be_in_the_passage():
    claim = build_claim("report.txt", "Aligning summary parts to the source helps annotators "
                        "even without extractive summaries.",
                        Location(file="report.txt", line=1))
    parts = claim_parts(claim)
    index = PassageIndex(paper_of(LONGEVAL))
    found = account(parts, passage_terms(LONGEVAL + " summary parts extractive annotators"),
                    index)
    assert found.missing_relation and not found.confirms
    said = account(parts, passage_terms(LONGEVAL + " parts annotators without help"), index)
    assert not said.missing_relation
