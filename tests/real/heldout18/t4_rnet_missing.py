"""Held-out-18 report 4 (plain text): cites only Wang, Yang, Wei, Chang, Zhou, Gated
Self-Matching Networks for Reading Comprehension and Question Answering (R-NET; ACL 2017,
Anthology P17-1018), which has no copy in sources/. Whatever R-NET says, every claim must stay
unverified with the reason that its source is missing; nothing the other reports' papers print
(Match-LSTM's Table 2, for one, which shares SQuAD, pointer networks and match-LSTM with
R-NET) may decide them."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

RN = "P17-1018"  # Wang et al. 2017, R-NET (ACL 2017); no copy in sources/

WHY = "The only cited paper has no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = "No source available: the cited PDF is not in tests/real/heldout18/sources/."


def missing(text: str, mark: bool, confidence: float, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, mark, confidence, "unverified", "source_missing", RN, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("R-NET reaches 71.3 exact match and 79.7 F1 on the SQuAD test set as a single "
            "model.", True, 0.31, "can decide the scores."),
    missing("R-NET adds a self-matching attention layer on top of a gated attention-based "
            "recurrent network.", True, 0.27, "describes the architecture."),
    missing("Like Match-LSTM, R-NET predicts the answer boundary with a pointer network.", True,
            0.24, "can decide it; Match-LSTM's paper is not cited by this report."),
    missing("The gated attention-based recurrent network adds a gate on the input of the "
            "match-LSTM.", True, 0.22, "speaks to the gate."),
    missing("R-NET ensembles reach 75.9 exact match and 82.9 F1 on the SQuAD test set.", True,
            0.25, "can decide the ensemble's scores."),
    missing("Self-matching raises R-NET's dev F1 by about 3 points in the ablation.", True, 0.21,
            "can decide the ablation."),
    missing("R-NET uses 75-dimensional hidden states in every layer.", False, 0.14,
            "gives the sizes."),
    missing("R-NET is trained with AdaDelta at an initial learning rate of 1.", True, 0.19,
            "gives the optimiser."),
    missing("R-NET also tops the MS-MARCO passage ranking leaderboard.", False, 0.12,
            "speaks to MS-MARCO."),
    missing("On SQuAD, R-NET outperforms Match-LSTM with Bi-Ans-Ptr by more than 6 points of "
            "exact match.", True, 0.23,
            "can decide it; Match-LSTM's 64.7 is printed in a paper this report does not cite."),
    missing("R-NET reaches 67.9 exact match on the SQuAD test set.", True, 0.18,
            "decides it; 67.9 is the Match-LSTM ensemble's test exact match, in a paper this "
            "report does not cite."),
    missing("The SQuAD development set has 10,570 questions.", True, 0.2,
            "gives the count; the same count is printed by Match-LSTM's paper, which this "
            "report does not cite."),
    missing("Character embeddings help R-NET handle out-of-vocabulary words.", True, 0.17,
            "speaks to it."),
    missing("R-NET does not use any character-level information.", False, 0.11,
            "speaks to it."),
    missing("Removing the gate from the attention-based recurrent network hurts R-NET's F1.",
            True, 0.2, "speaks to the direction."),
    missing("R-NET's passage encoder is a 3-layer bidirectional GRU.", True, 0.16,
            "gives the count of layers."),
)

REPORT = LabelledReport(
    file="04_missing_source.txt",
    title="Self-Matching Attention for Reading Comprehension",
    date="2027-09-04",
    examines="gated attention and self-matching for extractive question answering",
    research_question="Does matching the passage against itself help answer extraction?",
    references=(RN,),
    rows=ROWS,
    quality_score=6.5,
)
