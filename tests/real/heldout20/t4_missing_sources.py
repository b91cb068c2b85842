"""Held-out-20 report 4 (plain text): cites only two papers that have no copy in sources/, so
every claim must stay unverified because its sources are missing, whatever it says:

- Morin and Bengio, Hierarchical Probabilistic Neural Network Language Model (AISTATS 2005),
  cited by its PMLR link: neither an arXiv nor an ACL Anthology paper, and no PDF of it is kept
  anywhere in the project.
- Ji, Liu, He and Zhao, Distant Supervision for Relation Extraction with Sentence-Level
  Attention and Entity Descriptions (AAAI 2017), cited by its DOI. Its PDF was read (from
  llhthinker/NLP-Papers, `relation extraction/...Entity Descriptions.pdf`) to write claims that
  are true of it, but the tool looks up only arXiv and ACL Anthology references, so the paper
  cannot be a source here and sources/ holds no copy.
"""

from __future__ import annotations

from claim_labels import LabelledReport, Row

MB = "https://proceedings.mlr.press/r5/morin05a/morin05a.pdf"  # Morin and Bengio, AISTATS 2005
JI = "10.1609/aaai.v31i1.10953"  # Ji, Liu, He and Zhao, AAAI 2017

WHY = "No cited paper has a copy in sources/ (and the audit runs offline), so nothing "
MB_EV = ("No source available: Morin and Bengio (2005) is cited by its PMLR link, has no copy in "
         "tests/real/heldout20/sources/ and cannot be looked up.")
JI_EV = ("No source available: Ji et al. (2017) is cited by its DOI (AAAI, neither arXiv nor the "
         "ACL Anthology) and has no copy in tests/real/heldout20/sources/. Read from the PDF "
         "(pages 3-5): '25,271 entities which have unique descriptions ... 14,257 entities have "
         "no descriptions in Freebase ... 3,197 (8.1%) entity descriptions containing string "
         "\"may refer to\" ... We extract the first 80 words'; 'The best configurations are: "
         "kw = 50, kd = 5, w = 3, n = 200, lambda = 0.01, the batch size is 50'; Table 2: "
         "APCNNs+D 0.87 0.83 0.74 0.813.")


def mb(text: str, note: str) -> Row:
    return Row(text, True, 0.22, "unverified", "source_missing", MB, None, MB_EV, WHY + note)


def ji(text: str, note: str) -> Row:
    return Row(text, True, 0.24, "unverified", "source_missing", JI, None, JI_EV, WHY + note)


ROWS = (
    mb("Morin and Bengio decompose the prediction of the next word into a hierarchy of binary "
       "decisions.", "can confirm the hierarchical decomposition."),
    mb("The binary hierarchy over words is built from the IS-A relations of WordNet.",
       "can confirm where the tree comes from."),
    mb("The hierarchical model speeds up training and recognition by about 200 times over the "
       "flat neural language model.", "can check the speed-up."),
    mb("The hierarchical model's perplexity is slightly worse than that of the original neural "
       "network language model.", "can check the perplexity comparison."),
    mb("Experiments are run on the Brown corpus with a vocabulary of about 10,000 words.",
       "can check the corpus or the vocabulary size."),
    mb("The hierarchical language model is ten times slower than a trigram model.",
       "can check a comparison with n-gram models."),
    ji("Ji et al. extract entity descriptions from Freebase and Wikipedia pages.",
       "can confirm it (the abstract says so)."),
    ji("In Freebase, 25,271 entities have unique descriptions.",
       "can confirm the count."),
    ji("3,197 Wikipedia descriptions, 8.1% of them, are ambiguous and are not used.",
       "can confirm the count."),
    ji("Only the first 80 words of each entity description are kept.",
       "can confirm the length."),
    ji("The best configuration uses 50-dimension word embeddings and 200 feature maps.",
       "can confirm the settings."),
    ji("APCNNs+D reaches an average precision of 0.813 over the top 100, 200 and 500 relations "
       "in the manual evaluation.", "can confirm the cell."),
    ji("The sentence-level attention model uses a batch size of 100.",
       "can contradict the setting (the paper's best batch size is 50)."),
    ji("The manual evaluation is carried out by five PhD students.",
       "can contradict the count (three)."),
)

REPORT = LabelledReport(
    file="04_hierarchical_lm_and_attention.txt",
    title="Trees and Attention for Large Output Spaces",
    date="October 9, 2027",
    examines="Hierarchical Probabilistic Neural Network Language Model; Distant Supervision for "
             "Relation Extraction with Sentence-Level Attention and Entity Descriptions",
    research_question="How do hierarchies and attention keep large prediction problems tractable",
    references=(MB, JI),
    abstract="Predicting one of many words, or one of many relations from noisy bags of "
             "sentences, strains both computation and supervision. We review a hierarchical "
             "language model and an attention model that selects valid instances.",
    rows=ROWS,
)
