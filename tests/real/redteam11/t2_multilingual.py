"""Red-team-11 report 2 (text with bare headings): Faruqui and Dyer, Improving Vector Space Word
Representations Using Multilingual Correlation (EACL 2014, ACL Anthology E14-1049; the CMU
repository copy: a cover page, then ten pages in two columns, with a reader's Chinese notes in
the margins). Table 1 (PDF page 6) Spearman's correlation on six word-similarity sets and
accuracy on SEM-REL / SYN-REL of monolingual En (640 dimensions) and three language pairs (512)
with an Average row; Table 2 (page 8) the same eight columns for SVD, RNN and SG vectors, each
Mono (80) and Multi (48). Text numbers: 353 / 65 / 30 / 287 pairs, 8869 and 10675 analogy
pairs, 107 out of vocabulary, nine syntactic relation kinds, frequency above 10, the top 100
words removed, 300 million tokens per language, length 640 with k = 80% (LSA) and 80 with
k = 60% (neural), gains of 20, 30 and 8 points, p < 0.01 and p < 0.05. Adversarial claims: the
neighbouring row's or column's cell (numbers shared by two cells: 23.4, 53.6, 43.9, 47.8),
one vector type's setting given to another, counts near counts, "respectively" lists, a
significance level moved to another case, gains and losses reversed, differences of cells.
Labelled from the page images (110 dpi, tables at 250) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

FD = "E14-1049"  # Faruqui and Dyer, multilingual correlation (EACL 2014)

T1 = ("Table 1 (page 6; Spearman's correlation (left) and accuracy (right) on different tasks; "
      "columns Lang, Dim, WS-353, WS-SIM, WS-REL, RG-65, MC-30, MTurk-287, SEM-REL, SYN-REL): "
      "En 640 46.7 56.2 36.5 50.7 42.3 51.2 14.5 36.8; De-En 512 68.0 74.4 64.6 75.5 81.9 53.6 "
      "43.9 45.5; Fr-En 512 68.4 73.3 65.7 73.5 81.3 55.5 43.9 44.3; Es-En 512 67.2 71.6 64.5 "
      "70.5 78.2 53.6 44.2 44.5; Average - 56.6 64.5 51.0 62.0 65.5 60.8 44 44.7")
T2 = ("Table 2 (page 8; columns Vectors, Dim, Lang, WS-353, WS-SIM, WS-REL, RG-65, MC-30, MTurk, "
      "SEM-REL, SYN-REL): SVD 80 Mono 34.8 45.5 23.4 30.8 21.0 46.6 13.5 24.4; SVD 48 Multi "
      "58.1 65.3 52.7 62.7 67.7 62.1 23.4 33.2; RNN 80 Mono 23.6 35.6 17.5 26.2 47.7 32.9 4.7 "
      "18.2; RNN 48 Multi 35.4 47.3 29.8 36.6 46.5 43.8 4.1 12.2; SG 80 Mono 63.9 69.9 60.9 54.6 "
      "62.8 66.9 47.8 47.8; SG 48 Multi 63.1 70.4 57.6 54.9 64.7 58.7 46.5 44.2")
LSA = ("Section 3 (page 4): For scalability reasons, we only select words with frequency greater "
       "than 10 as features. We also remove the top 100 most frequent words (mostly stop words) "
       "from the column features.")
BENCH = ("Sections 4.1-4.3 (pages 4-5): the WS-353 dataset containing 353 pairs of English words "
         "... the RG-65 and the MC-30 datasets that contain 65 and 30 pairs of nouns respectively "
         "... the MTurk-287 dataset that constitutes of 287 pairs of words ... There are three "
         "other such kinds of relations: country-currency, man-woman, city-in-state and overall "
         "8869 such pairs of words [footnote 4: 107 pairs were out of vocabulary for our vectors "
         "and were ignored] ... There are nine such different kinds of relations ... Overall "
         "there are 10675 such syntactic pairs of word tuples.")
SETUP = ("Sections 5.1-5.3 (page 5): we have around 300 million tokens for each language to train "
         "the word vectors ... We got these word alignment counts using cdec ... We construct LSA "
         "word vectors of length 640 ... which is k = 80% ... For all the tasks we get at least "
         "an absolute gain of 20 points over the baseline ... For the SEM-REL task the average "
         "improvement in accuracy is an absolute 30 points over the baseline which is highly "
         "statistically significant (p < 0.01) ... the SYN-REL task where we get an average "
         "improvement of absolute 8 points over the baseline.")
NEURAL = ("Section 6.3 (page 7): We train word vectors of length 80 ... For multilingual vectors, "
          "we obtain k = 60% ... For the RNN vectors the performance improves upon inclusion of "
          "multilingual context for almost all tasks except for SYN-REL where the loss is "
          "statistically significant (p < 0.01). For MC-30 and SEM-REL the small drop in "
          "performance is not statistically significant. Interestingly, the performance "
          "gain/loss for the SG vectors in most of the cases is not statistically significant "
          "... for SYN-REL the loss is statistically significant (p < 0.05) ... the best results "
          "are obtained by the SG vectors in six out of eight evaluation tasks whereas SVD "
          "vectors give the best performance in two tasks: RG-65, MC-30.")
QUAL = ("Section 5.4 (page 6): in the untransformed representations, the antonyms are in two "
        "clusters separated by the synonyms, whereas in the transformed representation, both "
        "the antonyms and synonyms are in their own cluster.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, FD, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, FD, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", FD, page, ev, why)


# Second batch (labelled from the page images before it ran).
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The De-En multilingual vectors reach a Spearman's correlation of 74.4 on WS-SIM.",
      "table_cell", 6, T1),
    C("The Fr-En vectors reach 68.4 on WS-353.", "table_cell", 6, T1),
    C("The monolingual English vectors reach an accuracy of 14.5 on SEM-REL.", "table_cell", 6,
      T1),
    C("The Es-En vectors reach 44.2 accuracy on SEM-REL.", "table_cell", 6, T1),
    C("The multilingual SVD vectors reach a correlation of 67.7 on MC-30.", "table_cell", 8, T2),
    C("Monolingual SG vectors reach 47.8 on both SEM-REL and SYN-REL.", "table_cell", 8, T2),
    C("Multilingual RNN vectors reach an accuracy of 12.2 on SYN-REL.", "table_cell", 8, T2),
    C("Both the De-En and the Es-En vectors reach 53.6 on MTurk-287.", "table_cell", 6, T1),
    C("Table 1's Average row gives a WS-353 correlation of 56.6.", "table_cell", 6, T1),
    C("The WS-353 dataset contains 353 pairs of English words.", "text_number", 4, BENCH),
    C("The RG-65 and MC-30 datasets contain 65 and 30 pairs of nouns respectively.",
      "text_number", 4, BENCH),
    C("The semantic relation dataset has 8869 word pairs, of which 107 were out of vocabulary.",
      "text_number", 4, BENCH, "Footnote 4."),
    C("The syntactic relation dataset covers nine kinds of relations and 10675 pairs.",
      "text_number", 5, BENCH),
    C("Each language's monolingual news corpus has around 300 million tokens.", "text_number",
      5, SETUP),
    C("The LSA word vectors have a length of 640.", "text_number", 5, SETUP),
    C("For the LSA vectors, k = 80% gives the best average performance across language pairs.",
      "text_number", 5, SETUP),
    C("The neural word vectors have a length of 80, and k = 60% for their multilingual "
      "projection.", "text_number", 7, NEURAL),
    C("Only words with a frequency greater than 10 are selected as LSA features.",
      "text_number", 4, LSA),
    C("On SEM-REL, multilingual context improves accuracy by an absolute 30 points on average "
      "(p < 0.01).", "text_number", 5, SETUP),
    C("SG vectors give the best results in six out of eight evaluation tasks.", "text_number", 7,
      NEURAL),
    C("SVD vectors give the best performance on RG-65 and MC-30.", "paraphrase", 7, NEURAL),
    C("Multilingual SVD vectors improve WS-353 by 23.3 points over monolingual SVD vectors.",
      "cell_arithmetic", 8, T2, "58.1 - 34.8 = 23.3."),
    C("Multilingual SG vectors reach a higher WS-SIM correlation than monolingual SG vectors.",
      "table_cell", 8, T2, "70.4 > 69.9."),
    C("For RNN vectors, the SYN-REL loss from multilingual context is statistically significant.",
      "paraphrase", 7, NEURAL),
    # --- contradicted ------------------------------------------------------------------------
    X("The De-En multilingual vectors reach a Spearman's correlation of 73.3 on WS-SIM.",
      "neighbour_cell", 6, T1, "74.4; 73.3 is Fr-En's."),
    X("The Fr-En vectors reach 74.4 on WS-SIM.", "neighbour_cell", 6, T1,
      "73.3; 74.4 is De-En's."),
    X("The Es-En vectors reach 55.5 on MTurk-287.", "neighbour_cell", 6, T1,
      "53.6; 55.5 is Fr-En's."),
    X("The monolingual English vectors reach an accuracy of 36.8 on SEM-REL.", "neighbour_cell",
      6, T1, "14.5; 36.8 is SYN-REL."),
    X("The multilingual SVD vectors reach a correlation of 62.7 on MC-30.", "neighbour_cell", 8,
      T2, "67.7; 62.7 is RG-65."),
    X("Monolingual SVD vectors reach an accuracy of 23.4 on SEM-REL.", "neighbour_cell", 8, T2,
      "13.5; 23.4 is the multilingual SVD's SEM-REL and the monolingual SVD's WS-REL."),
    X("Multilingual SG vectors reach 47.8 on SYN-REL.", "neighbour_cell", 8, T2,
      "44.2; 47.8 is the monolingual SG's."),
    X("Monolingual RNN vectors reach an accuracy of 4.1 on SEM-REL.", "neighbour_cell", 8, T2,
      "4.7; 4.1 is the multilingual RNN's."),
    X("The LSA word vectors have a length of 512.", "wrong_number", 5, SETUP + " " + T1,
      "640; 512 is the projected vectors' Dim."),
    X("The neural word vectors are trained with a length of 48.", "wrong_number", 7,
      NEURAL + " " + T2, "80; 48 is the multilingual Dim."),
    X("For the multilingual neural vectors, k = 80%.", "wrong_number", 7, NEURAL,
      "k = 60%; 80% is the LSA vectors'."),
    X("For the LSA vectors, k = 60% gives the best average performance across language pairs.",
      "wrong_number", 5, SETUP, "k = 80%."),
    X("The syntactic relation dataset has 8869 pairs of word tuples.", "wrong_number", 5, BENCH,
      "10675; 8869 is the semantic one."),
    X("The semantic relation dataset covers nine kinds of relations.", "wrong_count", 4, BENCH,
      "Country-capital and three others; nine is the syntactic dataset's."),
    X("The MC-30 dataset contains 65 pairs of nouns.", "wrong_number", 4, BENCH,
      "30; 65 is RG-65's."),
    X("Only words with a frequency greater than 100 are selected as LSA features.",
      "wrong_number", 4, LSA, "10; 100 is the number of most frequent words removed."),
    X("On SYN-REL, multilingual context improves accuracy by an absolute 30 points on average.",
      "wrong_number", 5, SETUP, "8 points; 30 is SEM-REL's."),
    X("On SEM-REL, multilingual context improves accuracy by an absolute 8 points on average.",
      "wrong_number", 5, SETUP, "30 points; 8 is SYN-REL's."),
    X("SVD vectors give the best results in six out of eight evaluation tasks.",
      "unsupported_relation", 7, NEURAL, "SG in six; SVD in two."),
    X("For SG vectors, the gain or loss from multilingual context is statistically significant "
      "in most cases.", "negation", 7, NEURAL, "In most cases not statistically significant."),
    X("The monolingual news corpora total around 300 million tokens over all languages.",
      "wrong_number", 5, SETUP, "Around 300 million tokens for each language."),
    X("For all tasks in Table 1, multilingual vectors gain at least 30 absolute points over the "
      "baseline.", "wrong_number", 5, SETUP, "At least 20 points."),
    X("Multilingual context improves RNN vectors on MC-30.", "direction_flip", 8,
      T2 + " " + NEURAL, "47.7 -> 46.5, a small drop."),
    X("Multilingual SG vectors reach a higher MTurk correlation than monolingual SG vectors.",
      "direction_flip", 8, T2, "58.7 < 66.9."),
    X("The Fr-En vectors' WS-353 correlation is 1.2 points above the De-En vectors'.",
      "cell_arithmetic", 6, T1, "68.4 - 68.0 = 0.4; 1.2 is Fr-En over Es-En."),
    X("The monolingual English vectors have 512 dimensions.", "wrong_number", 6, T1,
      "640; 512 is the language pairs'."),
    X("In the untransformed LSA representations, the antonyms of 'beautiful' form a single "
      "cluster.", "wrong_count", 6, QUAL, "Two clusters separated by the synonyms."),
    # --- unverified --------------------------------------------------------------------------
    U("For SG vectors, the SYN-REL loss is statistically significant at p < 0.01.", 7, NEURAL,
      "The paper gives p < 0.05 for SG; p < 0.01 is the RNN case."),
    U("The SG vectors were trained with a context window of 5 words.", 7, NEURAL,
      "Default settings; no window is printed."),
    U("The improvements on WS-353 are statistically significant at p < 0.01.", 5, SETUP,
      "The significance test is reported for SEM-REL (and SYN-REL), not for WS-353."),
    U("The multilingual SVD vectors of Table 2 are projected with the German-English pair.", 8,
      T2 + " " + NEURAL, "Table 2 gives the best results across all language pairs."),
    U("At a vector length of 80, the De-En multilingual LSA vectors reach 68.0 on WS-353.", 6,
      T1, "68.0 is at the 512-dimensional projection; Figure 3 prints no number."),
)

REPORT = LabelledReport(
    file="02_multilingual_correlation.txt",
    title="Does Multilingual Context Improve Word Vectors?",
    date="2027-11-05",
    examines="CCA projection of LSA, RNN and skip-gram word vectors with translations",
    research_question="How much does multilingual correlation improve word representations?",
    references=(FD,),
    rows=ROWS,
    quality_score=7.3,
)
