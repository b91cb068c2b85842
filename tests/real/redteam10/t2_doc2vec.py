"""Red-team-10 report 2 (text with bare headings): Lau and Baldwin, An Empirical Evaluation of
doc2vec with Practical Insights into Document Embedding Generation (arXiv 1607.05368v1; two
columns, 9 pages). Table 1 (page 4) ROC AUC of dbow, dmpv, sg, cbow and ngram over 12
subforums (values printed without a leading zero, ".97"); Table 2 (page 4) Pearson's r of DLS
and the same five over 5 STS domains; Table 4 (page 5) optimal hyper-parameters of dbow and dmpv
per task (window 15 / 5, epochs 20 / 400 / 600 / 1000, sub-sampling 10^-5 / 10^-6); Table 5
(page 6) eight columns (pp, skip-thought, dbow WIKI / AP-NEWS, skip-gram WIKI / AP-NEWS /
GL-NEWS, ngram) over the 17 rows of both tasks; Table 6 (page 7) dbow with and without
pre-trained embeddings; footnotes 9 and 11 give the WIKI (AP-NEWS) settings of dbow and
skip-gram in one sentence with parenthesised second values. Adversarial claims: the
neighbouring column (dbow / dmpv, sg / cbow, WIKI / AP-NEWS), the neighbouring row, one
model's setting given to the other, the parenthesised AP-NEWS value for WIKI, dev for test,
counts near other counts (9 of 12, 10 subforums), directions and negations in other words,
a cited paper's finding (Gensim, Le and Mikolov) reversed, differences and averages of cells.
Labelled from the page images (110 dpi) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

D2V = "1607.05368"  # Lau and Baldwin, empirical evaluation of doc2vec (2016)

T1 = ("Table 1 (page 4; ROC AUC scores for each subforum; columns doc2vec dbow, dmpv, word2vec "
      "sg, cbow, ngram): android .97 .96 .86 .93 .80; english .84 .90 .76 .73 .84; gaming 1.00 "
      ".98 .97 .97 .94; gis .93 .95 .94 .97 .92; mathematica .96 .90 .81 .81 .70; physics .96 "
      ".99 .93 .90 .88; programmers .93 .83 .84 .84 .68; stats 1.00 .95 .91 .88 .77; tex .94 "
      ".91 .79 .86 .78; unix .98 .95 .91 .91 .75; webmasters .92 .91 .92 .90 .79; wordpress "
      ".97 .97 .79 .84 .87")
T2 = ("Table 2 (page 4; Pearson's r of the STS task across 5 domains; columns DLS, doc2vec dbow, "
      "dmpv, word2vec sg, cbow, ngram): headlines .83 .77 .78 .74 .69 .61; ans-forums .74 .66 "
      ".65 .62 .52 .50; ans-students .77 .65 .60 .69 .64 .65; belief .74 .76 .75 .72 .59 .67; "
      "images .86 .78 .75 .73 .69 .62")
T4 = ("Table 4 (page 5; Optimal doc2vec hyper-parameter values used for each tasks; columns "
      "Training Size, Vector Size, Window Size, Min Count, Sub-Sampling, Negative Sample, "
      "Epoch): dbow Q-Dup 4.3M 300 15 5 10^-5 5 20; dbow STS .5M 300 15 1 10^-5 5 400; dmpv "
      "Q-Dup 4.3M 300 5 5 10^-6 5 600; dmpv STS .5M 300 5 1 10^-6 5 1000")
T5 = ("Table 5 (page 6; Results over all two tasks using models trained with external corpora; "
      "columns pp PPDB, skip-thought BOOK-CORPUS, dbow WIKI, dbow AP-NEWS, skip-gram WIKI, "
      "AP-NEWS, GL-NEWS, ngram): android .92 .57 .96 .94 .77 .76 .72 .80; english .82 .56 .80 "
      ".81 .62 .63 .61 .84; gaming .96 .70 .95 .93 .88 .85 .83 .94; gis .89 .58 .85 .86 .79 .83 "
      ".79 .92; mathematica .80 .57 .84 .80 .65 .58 .59 .70; physics .97 .61 .92 .94 .81 .77 "
      ".74 .88; programmers .88 .69 .93 .88 .75 .72 .64 .68; stats .87 .60 .92 .98 .70 .72 .66 "
      ".77; tex .88 .65 .89 .82 .75 .64 .73 .78; unix .86 .74 .95 .94 .78 .72 .66 .75; "
      "webmasters .89 .53 .89 .91 .77 .73 .71 .79; wordpress .83 .66 .99 .98 .61 .58 .58 .87; "
      "STS r: headlines .77 .44 .73 .75 .73 .74 .66 .61; ans-forums .67 .35 .59 .60 .46 .44 .42 "
      ".50; ans-students .78 .33 .65 .69 .67 .69 .65 .65; belief .78 .24 .58 .62 .51 .51 .52 "
      ".67; images .83 .18 .80 .78 .72 .73 .69 .62")
T6 = ("Table 6 (page 7; Comparison of dbow performance using pre-trained WIKI and AP-NEWS "
      "skip-gram embeddings; columns dbow, dbow + WIKI, dbow + AP-NEWS): android .97 .99 .98; "
      "english .84 .90 .89; gaming 1.00 1.00 1.00; gis .93 .92 .94; mathematica .96 .96 .96; "
      "physics .96 .98 .97; programmers .93 .92 .91; stats 1.00 1.00 .99; tex .94 .95 .92; unix "
      ".98 .98 .97; webmasters .92 .93 .93; wordpress .97 .96 .98; headlines .77 .78 .78; "
      "ans-forums .66 .68 .68; ans-students .65 .63 .65; belief .76 .77 .78; images .78 .80 .79")
QDUP = ("Section 3.1 (page 3): The dataset has 12 subforums extracted from StackExchange ... We "
        "sub-sample the test partition to create a smaller test partition that has 10M document "
        "pairs. On average across all twelve subforums, there are 22 true positive pairs per 10M "
        "question pairs. We also create a smaller development partition from the training "
        "partition by randomly selecting 300 positive and 3000 negative pairs. We optimise the "
        "hyper-parameters of doc2vec and word2vec using the development partition on the tex "
        "subforum.")
QRES = ("Page 4: doc2vec outperforms word2vec embeddings in all subforums except for gis ... dbow "
        "performs better than or as well as dmpv in 9 out of the 12 subforums, showing that the "
        "simpler dbow is superior to dmpv. One interesting exception is the english subforum, "
        "where dmpv is substantially better.")
STS = ("Section 3.2 (pages 4-5): The dataset has 5 domains, and each domain has 375-750 annotated "
       "pairs. Sentences are much shorter than our previous task, at an average of only 13 words "
       "in each test sentence ... We use the headlines domain from 2014 as development, and test "
       "on all 2015 domains ... doc2vec outperforms DLS over the domain of belief. ngram "
       "performs substantially worse than all methods (with an exception in ans-students where "
       "it outperforms dmpv and cbow).")
HYP = ("Section 3.3 (page 5): use the following values for all experiments: alpha = .025 and "
       "alpha_min = .0001 ... In general, dbow favours longer windows for context words than "
       "dmpv ... dmpv also requires more training epochs than dbow. As a rule of thumb, for dmpv "
       "to reach convergence, the number of epochs is one order of magnitude larger than dbow.")
EXT = ("Section 4 (page 5): (2) AP-NEWS, a collection of Associated Press English news articles "
       "from 2009 to 2015 ... we have approximately 35M documents and 2B tokens for WIKI, and 25M "
       "and .9B tokens for AP-NEWS ... in general a small initial alpha (= .01) with low "
       "alpha_min (= .0001) and large epoch number (= 500-1000) works well. Footnote 9: We use "
       "these hyper-parameter values for WIKI (AP-NEWS): vector size = 300 (300), window size = "
       "15 (15), min count = 20 (10), sub-sampling threshold = 10^-5 (10^-5), negative sample = "
       "5, epoch = 20 (30). After removing low frequency words, the vocabulary size is "
       "approximately 670K for WIKI and 300K for AP-NEWS.")
SG = ("Page 6: We also include the word vectors trained on the larger Google News by Mikolov et "
      "al. (2013b), which has 100B words ... Interestingly, we see that GL-NEWS word2vec "
      "embeddings perform worse than our WIKI and AP-NEWS word2vec embeddings ... skip-thought "
      "performs poorly: its performance is worse than the simpler method of word2vec vector "
      "averaging and ngram. Footnote 11: Hyper-parameter values for WIKI (AP-NEWS): vector size "
      "= 300 (300), window size = 5 (5), min count = 20 (10), sub-sampling threshold = 10^-5 "
      "(10^-5), negative sample = 5, epoch = 100 (150).")
PRE = ("Section 5 (page 7): we found that performance degrades severely under this setting [with "
       "randomised word embeddings] ... Across all tasks, we see an increase in performance. "
       "More importantly, using pre-trained word embeddings never harms the performance ... the "
       "number of epochs to achieve optimal performance ... is fewer than before ... This "
       "suggests that the initialisation of word embeddings of dbow is not sensitive to a "
       "particular word embedding implementation.")
INTRO = ("Section 1 (page 1): Although Le and Mikolov (2014) found that as a standalone method "
         "dmpv is a better model, others have reported contradictory results [footnote 2: The "
         "authors of Gensim found dbow outperforms dmpv]. Section 2 (page 2): dbow ... the order "
         "of words in the document is ignored ... dmpv works in a similar way to cbow ... Unlike "
         "cbow, however, these vectors are not summed but concatenated.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, D2V, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, D2V, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", D2V, page, ev, why)


# Second batch (labelled from the page images before it ran).
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("dbow reaches an AUC of .97 on the android subforum.", "table_cell", 4, T1),
    C("On the english subforum, dmpv reaches a ROC AUC of .90.", "table_cell", 4, T1),
    C("On the STS images domain, dbow reaches a Pearson's r of .78.", "table_cell", 4, T2),
    C("DLS reaches a Pearson's r of .86 on the images domain.", "table_cell", 4, T2),
    C("dbow reaches an AUC of 1.00 on both the gaming and the stats subforums.", "table_cell", 4,
      T1),
    C("For dmpv on STS, the optimal number of training epochs is 1000.", "table_cell", 5, T4),
    C("The optimal window size is 15 for dbow and 5 for dmpv.", "table_cell", 5, T4),
    C("The optimal vector size is 300 for both dbow and dmpv on both tasks.", "table_cell", 5,
      T4),
    C("dbow trained on WIKI reaches an AUC of .99 on wordpress.", "table_cell", 6, T5),
    C("skip-thought reaches a Pearson's r of only .18 on the images domain.", "table_cell", 6,
      T5),
    C("pp reaches an AUC of .97 on physics.", "table_cell", 6, T5),
    C("With pre-trained WIKI embeddings, dbow reaches .90 AUC on english.", "table_cell", 7, T6),
    C("The test partition is sub-sampled to 10M document pairs.", "text_number", 3, QDUP),
    C("On average across the subforums there are 22 true positive pairs per 10M question pairs.",
      "text_number", 3, QDUP),
    C("The development partition has 300 positive and 3000 negative pairs.", "text_number", 3,
      QDUP),
    C("Each STS domain has 375 to 750 annotated pairs.", "text_number", 4, STS),
    C("STS test sentences have only 13 words on average.", "text_number", 4, STS),
    C("The initial learning rate is .025 and the minimum learning rate .0001.", "text_number", 5,
      HYP),
    C("After pre-processing, WIKI has approximately 35M documents and 2B tokens.", "text_number",
      5, EXT),
    C("After removing low frequency words, the WIKI vocabulary has about 670K words.",
      "text_number", 5, EXT, "Footnote 9."),
    C("The Google News corpus has 100B words.", "text_number", 6, SG),
    C("dbow performs better than or as well as dmpv in 9 of the 12 subforums.", "text_number", 4,
      QRES),
    C("doc2vec outperforms DLS on the belief domain.", "paraphrase", 5, STS + " " + T2,
      "dbow .76 > DLS .74."),
    C("dmpv needs about an order of magnitude more training epochs than dbow to converge.",
      "paraphrase", 5, HYP),
    C("On headlines, dbow trained on AP-NEWS outperforms dbow trained on WIKI.", "table_cell", 6,
      T5, ".75 > .73."),
    C("On the english subforum, dmpv's AUC is .06 above dbow's.", "cell_arithmetic", 4, T1,
      ".90 - .84 = .06."),
    C("Averaged over the five STS domains, DLS reaches a Pearson's r of .788.",
      "cell_arithmetic", 4, T2, "(.83 + .74 + .77 + .74 + .86) / 5 = .788."),
    C("Le and Mikolov (2014) found that dmpv is the better model as a standalone method.",
      "paraphrase", 1, INTRO, "As the paper reports it."),
    C("dbow ignores the order of words in the document.", "paraphrase", 2, INTRO),
    # --- contradicted ------------------------------------------------------------------------
    X("dbow reaches an AUC of .96 on the android subforum.", "neighbour_cell", 4, T1,
      "dbow .97; .96 is dmpv's."),
    X("On the english subforum, dbow reaches a ROC AUC of .90.", "neighbour_cell", 4, T1,
      "dbow .84; .90 is dmpv's."),
    X("On the belief domain, dmpv reaches a Pearson's r of .76.", "neighbour_cell", 4, T2,
      "dmpv .75; .76 is dbow's."),
    X("DLS reaches a Pearson's r of .83 on the images domain.", "neighbour_cell", 4, T2,
      "DLS images .86; .83 is headlines."),
    X("skip-gram reaches an AUC of .97 on the gis subforum.", "neighbour_cell", 4, T1,
      "sg .94; .97 is cbow's."),
    X("The optimal window size for dmpv is 15.", "neighbour_cell", 5, T4,
      "dmpv 5; 15 is dbow's."),
    X("For dbow on STS, the optimal number of training epochs is 1000.", "neighbour_cell", 5, T4,
      "dbow STS 400; 1000 is dmpv's."),
    X("dbow trained on WIKI reaches an AUC of .96 on wordpress.", "neighbour_cell", 6, T5,
      "wordpress .99; .96 is android's."),
    X("skip-thought reaches a Pearson's r of .44 on ans-forums.", "neighbour_cell", 6, T5,
      "ans-forums .35; .44 is headlines."),
    X("pp reaches an AUC of .92 on the gis subforum.", "neighbour_cell", 6, T5,
      "pp gis .89; .92 is ngram's gis and pp's android."),
    X("With pre-trained AP-NEWS embeddings, dbow reaches .90 AUC on english.", "neighbour_cell",
      7, T6, ".89; .90 is dbow + WIKI."),
    X("dbow performs better than or as well as dmpv in 10 of the 12 subforums.", "wrong_count", 4,
      QRES + " " + T1, "9 out of the 12."),
    X("The development partition has 3000 positive and 300 negative pairs.", "wrong_number", 3,
      QDUP, "300 positive and 3000 negative."),
    X("The question duplication dataset has 10 subforums extracted from StackExchange.",
      "wrong_count", 3, QDUP, "12 subforums."),
    X("doc2vec outperforms word2vec in all subforums except english.", "unsupported_relation",
      4, QRES, "Except for gis."),
    X("dmpv favours longer context windows than dbow.", "direction_flip", 5, HYP + " " + T4,
      "dbow favours longer windows."),
    X("Using pre-trained word embeddings increases the number of epochs dbow needs for optimal "
      "performance.", "direction_flip", 7, PRE, "Fewer epochs than before."),
    X("skip-thought performs better than word2vec vector averaging.", "direction_flip", 6, SG,
      "Worse than word2vec averaging and ngram."),
    X("GL-NEWS word2vec embeddings outperform the WIKI and AP-NEWS word2vec embeddings.",
      "direction_flip", 6, SG, "GL-NEWS performs worse."),
    X("dbow with randomly initialised word embeddings performs as well as with learned word "
      "embeddings.", "negation", 7, PRE, "'performance degrades severely under this setting'."),
    X("The initialisation of dbow's word embeddings is sensitive to the particular word "
      "embedding implementation.", "negation", 7, PRE, "'is not sensitive'."),
    X("ngram outperforms dmpv and cbow on the headlines domain.", "direction_flip", 4,
      STS + " " + T2,
      "The exception is ans-students; on headlines ngram .61 < dmpv .78, cbow .69."),
    X("WIKI has about 25M documents after pre-processing.", "wrong_number", 5, EXT,
      "35M; 25M is AP-NEWS."),
    X("The AP-NEWS collection covers articles from 2009 to 2013.", "wrong_number", 5, EXT,
      "2009 to 2015."),
    X("The minimum learning rate is .025.", "wrong_number", 5, HYP,
      ".025 is the initial rate; minimum .0001."),
    X("For test inference, a large initial learning rate of .025 works well.", "wrong_number", 5,
      EXT, "A small initial alpha (= .01)."),
    X("The min count of the WIKI dbow model is 10.", "neighbour_cell", 5, EXT,
      "Footnote 9: 20 for WIKI; 10 is AP-NEWS (parenthesised)."),
    X("The skip-gram model trained on WIKI runs for 150 epochs.", "neighbour_cell", 6, SG,
      "Footnote 11: 100 for WIKI; 150 for AP-NEWS."),
    X("The dbow model trained on WIKI uses a window size of 5.", "wrong_number", 5, EXT,
      "Footnote 9: 15; 5 is skip-gram's (footnote 11)."),
    X("On ans-forums, dbow's Pearson's r is .14 above ngram's.", "cell_arithmetic", 4, T2,
      ".66 - .50 = .16."),
    X("dbow reaches .97 AUC on android with a vector size of 100.", "unsupported_relation", 5,
      T1 + " " + T4, "The optimal (used) vector size is 300."),
    X("The authors of Gensim found that dmpv outperforms dbow.", "direction_flip", 1, INTRO,
      "Footnote 2: they found dbow outperforms dmpv."),
    X("dmpv sums the document and word vectors, as cbow does.", "negation", 2, INTRO,
      "Not summed but concatenated."),
    # --- unverified --------------------------------------------------------------------------
    U("dbow reaches an AUC of .94 on the tex development partition.", 3, QDUP + " " + T1,
      "Table 1 reports the test pairs; no development score is printed."),
    U("dmpv trained on WIKI reaches an AUC of .90 on english.", 5, T5,
      "Only dbow is trained on the external corpora."),
    U("skip-thought reaches .57 AUC on android with the combine-skip model.", 6, T5,
      "The skip-thought variant is not said."),
    U("pp reaches a Pearson's r of .77 on the 2014 headlines data.", 4, STS + " " + T5,
      "2014 headlines is the development set; results are on 2015."),
    U("The doc2vec models were trained on 16 CPU cores.", 5, T4, "No hardware is reported."),
)

REPORT = LabelledReport(
    file="02_doc2vec_evaluation.txt",
    title="How Well Does doc2vec Work in Practice?",
    date="2027-10-02",
    examines="dbow and dmpv document embeddings against word2vec, ngram, skip-thought and pp",
    research_question="Which doc2vec model and settings work best for document similarity?",
    references=(D2V,),
    rows=ROWS,
    quality_score=6.8,
)
