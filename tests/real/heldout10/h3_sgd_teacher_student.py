"""Held-out-10 report 3 (Markdown): Goldt, Advani, Saxe, Krzakala, Zdeborová, Dynamics of
stochastic gradient descent for two-layer neural networks in the teacher-student setup
(NeurIPS 2019, arXiv 1906.08632v2, stamp in the left margin of page 1). The source is the
fixture of the paper's first two pages (allenai/mmda
src/ai2_internal/citation_mentions/data/arxiv-1906.08632-pages1-2.pdf): abstract, introduction
and the four numbered contributions, with superscript citation numbers glued to words
("magnitude 1,2", "papers 40–44") and symbolic sizes (K ≥ M, K = M, K > M). Few numbers: the
claims test paraphrases, negations in other words, swapped layers and activation functions,
citation ranges read as numbers, and counts. Labelled from the page images (110 dpi) and
`pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

GS = "1906.08632"  # Goldt et al., NeurIPS 2019; pages 1-2 only

R = Row
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("When only the first layer is trained, the student's final generalisation error increases "
      "with the size of the student network.", True, 0.3, "confirmed", "paraphrase", GS, 2,
      "Page 2 (iii): 'with all other parameters equal, the final generalisation error increases "
      "with the size of the student network'", "Paraphrase."),
    R("In many applications, the free parameters of deep networks outnumber their training "
      "samples by up to two orders of magnitude.", True, 0.28, "confirmed", "text_number", GS, 1,
      "Page 1: 'the free parameters of these models outnumber the samples in their training set "
      "by up to two orders of magnitude'", "As printed."),
    R("Goldt et al. prove that the ODE description of online SGD is asymptotically exact in the "
      "limit of large inputs.", True, 0.28, "confirmed", "paraphrase", GS, 1,
      "Abstract: 'prove that this description is asymptotically exact in the limit of large "
      "inputs'", "Paraphrase."),
    R("The study focuses on students with at least as many hidden units as the teacher.", True,
      0.26, "confirmed", "paraphrase", GS, 2, "Page 2: 'We will focus on student networks that "
      "have a larger number of hidden units K ≥ M than their teacher.'", "Paraphrase of K ≥ M."),
    R("For sigmoidal networks trained in both layers, SGD appears to find solutions amounting to "
      "an effective model average.", True, 0.25, "confirmed", "paraphrase", GS, 2,
      "Page 2 (iv): 'We give an analytical expression for the final generalisation error of "
      "sigmoidal networks and find evidence that suggests that SGD finds solutions which amount "
      "to performing an effective model average'", "Paraphrase."),
    R("The generalisation error is defined as the mean squared error between teacher and "
      "student outputs, averaged over all of input space.", True, 0.26, "confirmed",
      "paraphrase", GS, 2, "Page 2: 'The generalisation error is defined as the mean squared "
      "error between teacher and student outputs, averaged over all of input space.'",
      "As printed."),
    R("Earlier classic work on this setup mainly trained only the first layer, with student and "
      "teacher of equal size.", True, 0.23, "confirmed", "paraphrase", GS, 2,
      "Page 2 (ii): 'These works focused on training only the first layer, mainly in the case "
      "where the teacher network has the same number of hidden units and the student network, "
      "K = M.'", "Paraphrase."),
    R("The paper lists four main contributions.", True, 0.22, "confirmed", "paraphrase", GS, 2,
      "Page 2: 'Our main contributions are as follows:' (i), (ii), (iii), (iv)",
      "Four items, counted."),
    R("For linear and ReLU networks trained in both layers, the generalisation error changes "
      "with the student's number of hidden units.", True, 0.22, "confirmed", "paraphrase", GS, 2,
      "Page 2 (iv): 'In linear and ReLU networks, we experimentally find that the "
      "generalisation error does change as a function of K when training both layers.'",
      "Paraphrase."),
    # --- contradicted ------------------------------------------------------------------------
    R("When only the first layer is trained, the student's final generalisation error decreases "
      "with the size of the student network.", True, 0.22, "contradicted", "direction_flip", GS,
      2, "Page 2 (iii): 'the final generalisation error increases with the size of the student "
      "network'", "Increases."),
    R("The free parameters of deep networks outnumber their training samples by up to three "
      "orders of magnitude.", True, 0.2, "contradicted", "wrong_number", GS, 1,
      "Page 1: 'by up to two orders of magnitude'", "Two, not three."),
    R("The paper lists three main contributions.", True, 0.2, "contradicted", "wrong_count", GS,
      2, "Page 2: contributions (i) to (iv)", "Four."),
    R("Goldt et al. find that the implicit regularisation of SGD alone explains the "
      "generalisation of over-parameterised networks in their setting.", True, 0.19,
      "contradicted", "negation", GS, 2, "Page 2: 'Our results clearly indicate that the "
      "implicit regularisation of neural networks in our setting goes beyond the properties of "
      "SGD alone.'", "The paper says the opposite."),
    R("The study focuses on students with fewer hidden units than their teacher.", True, 0.19,
      "contradicted", "negation", GS, 2, "Page 2: 'student networks that have a larger number "
      "of hidden units K ≥ M than their teacher'", "More, not fewer."),
    # --- unverified --------------------------------------------------------------------------
    R("A student with K = 8 hidden units reaches a generalisation error of 10^-3 against a "
      "teacher with M = 2.", True, 0.15, "unverified", "unsupported_relation", GS, 2,
      "Pages 1-2 give no numerical results", "No such result on these pages."),
    R("Training both layers of a sigmoidal student halves its final generalisation error "
      "compared with training the first layer only.", True, 0.14, "unverified",
      "unsupported_relation", GS, 2, "Page 2 (iv) speaks of an improvement; no factor is "
      "given", "No size is given."),
    R("The experiments use inputs of dimension N = 500 and a learning rate of 0.2.", True, 0.13,
      "unverified", "unsupported_relation", GS, 2, "No experimental settings on pages 1-2",
      "Not stated."),
    R("The ODE analysis also holds for three-layer networks.", True, 0.13, "unverified",
      "unsupported_relation", GS, 2, "Pages 1-2 speak only of two-layer networks", "Not "
      "stated."),
)

REPORT = LabelledReport(
    file="03_sgd_teacher_student.md",
    title="Over-Parameterisation and SGD in Teacher-Student Networks",
    date="2027-04-02",
    examines="online SGD dynamics of two-layer networks in the teacher-student setup",
    research_question="Does over-parameterisation help or hurt generalisation when a student "
                      "network learns from a teacher with SGD?",
    references=(GS,),
    rows=ROWS,
    quality_score=7.1,
)
