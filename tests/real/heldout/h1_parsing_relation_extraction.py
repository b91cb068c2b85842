"""Held-out report 1 (plain text with `#` headings): Bohnet's CoNLL 2009 shared-task parser
(W09-1210, tests/real/papers/bohnet09.pdf) and Bunescu and Mooney's relation extraction with
minimal supervision (P07-1073, tests/real/papers/bunescu-acl07.pdf). Labelled from the page
images and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

BO = "W09-1210"  # Bohnet 2009, CoNLL 2009 Shared Task, pages 67-72
BU = "P07-1073"  # Bunescu and Mooney 2007, ACL 2007, pages 576-583

R = Row
ROWS = (
    # --- numbers printed in sentences ------------------------------------------------------
    R("In the CoNLL 2009 syntactic dependency subtask, Bohnet's parser took second place with an "
      "average accuracy of 85.68.", True, 0.31, "confirmed", "text_number", BO, 1,
      "Abstract: 'For the subtask of syntactic dependency parsing, we could reach the second "
      "place with an accuracy in average of 85.68 which is only 0.09 points behind the first "
      "ranked system.'", "As printed (also the mean of Table 4's seven test-set LAS values)."),
    R("The parser's average syntactic score was just 0.09 points below that of the winning "
      "system.", False, 0.22, "confirmed", "text_number", BO, 1,
      "Abstract: '... an accuracy in average of 85.68 which is only 0.09 points behind the "
      "first ranked system.'", "As printed."),
    R("For the non-projective approximate parsing step, a score-improvement threshold of 1.1 "
      "gave the largest gains.", True, 0.18, "confirmed", "text_number", BO, 3,
      "§4: 'With a threshold of 1.1, we got the highest improvements.'", "As printed."),
    R("Running the semantic role labeling pipeline takes on average under 0.15 seconds per "
      "sentence.", False, 0.14, "confirmed", "text_number", BO, 5,
      "§8: 'The average time to execute the SRL pipeline on a sentence is less than 0.15 "
      "seconds and the training time for all languages less than 2 hours.'", "As printed."),
    R("The corporate acquisition test set has 995 instances, of which 156 are positive.", True,
      0.27, "confirmed", "text_number", BU, 6,
      "§7: 'The corporate acquisition test set has a total of 995 instances, out of which 156 "
      "are positive.'", "As printed (Table 2's test bags: 50+433+281+231 = 995, 41+115 = 156)."),
    R("Setting the cost parameter cp to 0.1 instead of its default of 0.5 improved extraction "
      "performance.", True, 0.20, "confirmed", "text_number", BU, 6,
      "§7: 'When set to its default value of 0.5, false-negative errors and false positive "
      "errors have the same impact on the objective function. As expected, setting cp to a "
      "smaller value (0.1) resulted in better performance.'", "As printed."),
    # --- numbers printed only in table cells ------------------------------------------------
    R("On the Japanese test data, the parser reached a labeled attachment score of 92.21.", True,
      0.24, "confirmed", "table_cell", BO, 5,
      "Table 4, Test Set, row LAS, column Japanese: 92.21", "Only in the table."),
    R("The unlabeled semantic score on the Czech development set was 94.05.", True, 0.19,
      "confirmed", "table_cell", BO, 5,
      "Table 4, Development Set, row Semantic Unlabeled, column Czech: 94.05",
      "Only in the table."),
    R("Training the parser with integrated labeling (system 3) took 15 hours.", False, 0.12,
      "confirmed", "table_cell", BO, 4,
      "Table 3, row Training, column (3) (Labeling: integrated): 15 hours",
      "Only in the table."),
    R("SSK–T1 achieves an area under the precision-recall curve of 81.1% on the corporate "
      "acquisition data.", True, 0.29, "confirmed", "table_cell", BU, 7,
      "Table 4 (Area Under Precision-Recall Curve), row '(a) CA', column SSK–T1: 81.1%",
      "Only in the table."),
    R("The Google–YouTube training bag contains 1375 sentences.", True, 0.16, "confirmed",
      "table_cell", BU, 5,
      "Table 2 (Corporate Acquisition Pairs), row '+ Google YouTube', column Size: 1375",
      "Only in the table."),
    # --- differences and averages of cells ------------------------------------------------
    R("Integrated labeling raises LAS by 0.02 over the baseline parser, from 0.86 to 0.88.",
      False, 0.21, "confirmed", "cell_arithmetic", BO, 4,
      "Table 3, row LAS: (1) baseline 0.86, (3) integrated labeling 0.88", "0.88 - 0.86 = 0.02."),
    R("Averaged over the seven test languages, the system's macro F1 is 80.85.", True, 0.17,
      "confirmed", "cell_arithmetic", BO, 5,
      "Table 4, Test Set, row Macro (F1): Catalan 80.44, Chinese 75.91, Czech 79.57, English "
      "85.14, German 81.60, Japanese 82.51, Spanish 80.75",
      "Sum 565.92 / 7 = 80.846, printed to two decimals 80.85."),
    R("English semantic labeled F1 was 1.6 points higher on the test set than on the "
      "development set.", True, 0.15, "confirmed", "cell_arithmetic", BO, 5,
      "Table 4, row Semantic Labeled, column English: Development Set 78.79, Test Set 80.39",
      "80.39 - 78.79 = 1.60."),
    R("On the person-birthplace data, SSK–T1's AUC exceeds that of SSK–SIL by 4.8 points.", True,
      0.23, "confirmed", "cell_arithmetic", BU, 7,
      "Table 4, row '(b) PB': SSK–T1 78.2%, SSK–SIL 73.4%", "78.2 - 73.4 = 4.8."),
    R("On corporate acquisitions, SSK–T1 outperforms the bag-of-words MIL baseline by 35.2 AUC "
      "points.", True, 0.26, "confirmed", "cell_arithmetic", BU, 7,
      "Table 4, row '(a) CA': SSK–T1 81.1%, BW–MIL 45.9%", "81.1 - 45.9 = 35.2."),
    # --- statements in other words ----------------------------------------------------------
    R("Bohnet's parser follows the maximum spanning tree approach to dependency parsing rather "
      "than the transition-based one.", True, 0.28, "confirmed", "paraphrase", BO, 1,
      "§1: 'There are two main approaches to dependency parsing: Maximum Spanning Tree (MST) "
      "based dependency parsing and Transition based dependency parsing ... Our system uses "
      "the first approach'", "Same statement."),
    R("Word sense disambiguation runs last in the labeling pipeline because it benefits from "
      "argument identification and classification, while the other components gain nothing "
      "from disambiguated senses.", True, 0.19, "confirmed", "paraphrase", BO, 5,
      "§8: 'The last component of our pipeline is the word sense disambiguation. ... "
      "experiments showed that other components could not profit from disambiguated word "
      "senses but on the other hand the word sense disambiguation could profit from the "
      "argument identification and argument classification.'", "Same statement."),
    R("Bunescu and Mooney's extractor is trained from just a few entity pairs known to hold or "
      "not hold the target relation.", True, 0.33, "confirmed", "paraphrase", BU, 1,
      "Abstract: 'We present a new approach to relation extraction that requires only a "
      "handful of training examples. Given a few pairs of named entities known to exhibit or "
      "not exhibit a particular relation, bags of sentences containing the pairs are extracted "
      "from the web.'", "Same statement."),
    R("Each bag of sentences is gathered by sending Google a query with seven wildcards between "
      "the two arguments.", False, 0.13, "confirmed", "paraphrase", BU, 5,
      "§6: 'A query string \"a1 * * * * * * * a2\" containing seven wildcard symbols between "
      "the two arguments is submitted to Google.'", "Same statement."),
    # --- a different number for the same measure --------------------------------------------
    R("Bohnet's system had the best English LAS of all shared-task participants, at 89.38.",
      True, 0.25, "contradicted", "wrong_number", BO, 1,
      "Abstract: 'our system has the highest accuracy for English with 89.88'; Table 4, Test "
      "Set, LAS, English: @89.88", "The paper gives 89.88."),
    R("Of the 601 person-birthplace test instances, 65 are positive.", False, 0.18,
      "contradicted", "wrong_number", BU, 6,
      "§7: 'The person-birthplace test set has a total of 601 instances, and only 45 of them "
      "are positive.'", "The paper gives 45."),
    # --- two digits swapped ------------------------------------------------------------------
    R("Averaged over the out-of-domain test sets, the parser's LAS was 78.97.", True, 0.22,
      "contradicted", "transposed_digits", BO, 1,
      "Abstract: 'the out-of-domain data in average with 78.79'; Table 4, Out-of-domain data, "
      "LAS: Czech 76.40, English 82.64, German 77.34 (mean 78.79)", "78.79 with 7 and 9 swapped."),
    R("The bag-of-words MIL baseline reaches an AUC of only 54.9% on corporate acquisitions.",
      True, 0.20, "contradicted", "transposed_digits", BU, 7,
      "Table 4, row '(a) CA', column BW–MIL: 45.9%", "45.9 with 4 and 5 swapped."),
    # --- the value of a neighbouring cell ----------------------------------------------------
    R("The semantic labeled F1 on the German test set is 72.76.", True, 0.17, "contradicted",
      "neighbour_cell", BO, 5,
      "Table 4, Test Set, row Semantic Labeled: German 75.72, Japanese 72.76",
      "72.76 is the Japanese column; German is 75.72."),
    R("SSK–MIL obtains an AUC of 73.4% on the person-birthplace data.", True, 0.21,
      "contradicted", "neighbour_cell", BU, 7,
      "Table 4, row '(b) PB': SSK–MIL 72.5%, SSK–SIL 73.4%",
      "73.4% is SSK–SIL's cell; SSK–MIL has 72.5%."),
    # --- the opposite direction ------------------------------------------------------------
    R("The separate-labeling implementation (system 2) parses sentences more slowly than the "
      "integrated-labeling one (system 3).", True, 0.16, "contradicted", "direction_flip", BO, 4,
      "Table 3, row Parsing: (2) separate labeling 50 ms, (3) integrated labeling 610 ms",
      "System 2 is the faster one (50 ms against 610 ms)."),
    R("On both datasets, the original subsequence kernel SSK–MIL achieves a larger area under "
      "the precision-recall curve than SSK–T1.", True, 0.24, "contradicted", "direction_flip",
      BU, 7,
      "Table 4: (a) CA SSK–MIL 76.9%, SSK–T1 81.1%; (b) PB SSK–MIL 72.5%, SSK–T1 78.2%; §7: "
      "'The new version of the subsequence kernel SSK–T1 is significantly more accurate in the "
      "MIL setting than the original subsequence kernel SSK–MIL'", "SSK–T1 is higher on both."),
    # --- the paper's statement denied --------------------------------------------------------
    R("Non-projective approximate parsing gave no accuracy improvement at all for English.",
      True, 0.14, "contradicted", "negation", BO, 3,
      "§4: 'Our experiments showed that with the non-projective Approximate Dependency Parsing "
      "Algorithm and a threshold for the improvment of score higher than about 0.7, the "
      "parsing accuracy improves even for English slightly.'",
      "The paper reports a slight improvement for English."),
    R("The instances in the positive test bags were never annotated by hand.", False, 0.11,
      "contradicted", "negation", BU, 6,
      "§7: 'In order to evaluate the relation extraction performance at the sentence level, we "
      "manually annotated all instances from the positive test bags.'",
      "They were all annotated manually."),
    # --- a wrong count ---------------------------------------------------------------------
    R("The 2009 shared task asked systems to parse syntactic and semantic dependencies in six "
      "languages.", True, 0.26, "contradicted", "wrong_count", BO, 1,
      "§1: 'The CoNLL Shared Task 2009 is to parse syntactic and semantic dependencies of "
      "seven languages.' (Catalan, Chinese, Czech, English, German, Japanese, Spanish)",
      "Seven languages."),
    R("The paper's running example lists three positive and three negative corporate "
      "acquisition pairs.", True, 0.15, "contradicted", "wrong_count", BU, 2,
      "§2: 'Table 1 shows four positive and two negative example pairs for the corporate "
      "acquisition relationship.'", "Four positive and two negative."),
    # --- names and numbers in a relation the paper never states --------------------------------
    R("Bohnet attributes the fourth place in the joint task to the Chinese and Japanese corpora "
      "having no lemmas distinct from word forms.", True, 0.19, "unverified",
      "unsupported_relation", BO, 1,
      "Abstract: 'The semantic role labeler works not as well as our parser and we reached "
      "therefore the fourth place'; §9 (page 6): 'the Chinese as well as the Japanese corpus "
      "does not have lemmas different from the word forms'",
      "The paper ties the fourth place to the semantic role labeler and the lemma remark to "
      "feature selection; it never gives this cause."),
    R("Moving to an Intel i7 machine cut the parser's training time from 22 hours to 15 hours.",
      False, 0.22, "unverified", "unsupported_relation", BO, 4,
      "Table 3, row Training: (1) baseline 22 hours, (3) 15 hours; caption: the baseline (1) "
      "is McDonald and Pereira's system on a MacPro 2.8 Ghz, system (3) ran on an Intel i7 "
      "3.2 Ghz", "The two times belong to different systems on different machines; the paper "
      "never says what the machine alone saved."),
    R("Lowering cp to 0.1 is what lifted SSK–T1's AUC on corporate acquisitions to 81.1%.",
      True, 0.18, "unverified", "unsupported_relation", BU, 7,
      "§7 (page 6): 'setting cp to a smaller value (0.1) resulted in better performance'; "
      "Table 4, (a) CA, SSK–T1: 81.1%", "The paper says a smaller cp helped in general; it "
      "never ties it to this AUC nor reports the AUC at the default."),
    # --- cut off mid-sentence ---------------------------------------------------------------
    R(cut("For the shared task, Bohnet ran his parser in the integrated-labeling configuration "
          "(system 3), which reached a labeled attachment score of 0.88 in Table 3."), True,
      0.20, "unverified", "truncated", BO, 4,
      "§7: 'For the shared task, we use the system (3) with integrated labeling.'; Table 3, "
      "LAS (3): 0.88", "Cut before the score the claim reports; it cannot be judged whole."),
    R(cut("The person-birthplace dataset built by Bunescu and Mooney pairs famous people with "
          "their birthplaces, such as Franz Kafka with Prague, whose training bag holds 552 "
          "sentences."), True, 0.17, "unverified", "truncated", BU, 5,
      "Table 3 (Person-Birthplace Pairs), row '+ Franz Kafka Prague', Size 552",
      "Cut mid-name before the bag size; the surviving part is right but the claim cannot be "
      "judged whole."),
    R(cut("Bohnet's parser ranked first in the syntactic subtask of the 2009 shared task, and "
          "its semantic role labeler placed fourth in the joint ranking."), True, 0.23,
      "contradicted", "truncated", BO, 1,
      "Abstract: 'For the subtask of syntactic dependency parsing, we could reach the second "
      "place'", "The part before the cut already gives the wrong place (first for second)."),
)

REPORT = LabelledReport(
    file="01_parsing_relation_extraction.txt",
    title="Fast Dependency Parsing and Weakly Supervised Relation Extraction",
    date="March 16, 2027",
    examines="Efficient Parsing of Syntactic and Semantic Dependency Structures; Learning to "
             "Extract Relations from the Web using Minimal Supervision",
    research_question="How far can efficient training and weak supervision carry syntactic, "
                      "semantic and relational analysis of text",
    references=(BO, BU),
    abstract="Structured prediction for language is limited both by the cost of training and "
             "by the cost of labelled data. We review a fast joint parser for syntactic and "
             "semantic dependencies in seven languages, and a relation extractor trained from "
             "a handful of entity pairs with bags of sentences taken from the web.",
    rows=ROWS,
)
