"""Blind report 1 (plain text with `#` headings): Haghighi and Klein's prototype-driven
sequence learning (N06-1041, sources/N06-1041.pdf) and Quirk, Brockett and Dolan's monolingual
machine translation for paraphrase generation (W04-3219, sources/W04-3219.pdf). Labelled from
the page images and `pdftotext -layout` before any verifier run; no verifier code has ever run
on these reports or papers."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

HK = "N06-1041"  # Haghighi and Klein 2006, HLT-NAACL 2006
QB = "W04-3219"  # Quirk, Brockett and Dolan 2004, EMNLP 2004

R = Row
ROWS = (
    # --- numbers printed in sentences ------------------------------------------------------
    R("With three prototypes per tag, adding prototype features to the baseline lifts English "
      "per-position tagging accuracy from 41.3% to 80.5%.", True, 0.34, "confirmed",
      "text_number", HK, 1,
      "§1: 'For example, on English part-of-speech tagging with three prototypes per tag, "
      "adding prototype features to the baseline raises per-position accuracy from 41.3% to "
      "80.5%.'", "As printed."),
    R("A word is linked to a prototype only when their distributional similarity is above a "
      "fixed cut-off of 0.35.", False, 0.21, "confirmed", "text_number", HK, 5,
      "§5.1: 'For each word w, we find the set of prototype words with similarity exceeding a "
      "fixed threshold of 0.35.'", "As printed."),
    R("Projected onto a coarser 17-tag set with 24K tokens, the prototype tagger scores 82.2%, "
      "ahead of the 79.5% that Smith and Eisner's best neighbourhood model reaches when its "
      "dictionary keeps only words seen at least twice.", True, 0.29,
      "confirmed", "text_number", HK, 6,
      "§5.1: 'we projected the tagset to the coarser set of 17 that they used in their "
      "experiments. On 24K tokens, our PROTO+SIM model scored 82.2%. When Smith and Eisner "
      "(2005) limit their tagging dictionary to words which occur at least twice, their best "
      "performing neighborhood model achieves 79.5%.'", "Both numbers as printed."),
    R("Over about eight months, Quirk and colleagues collected 11,162 news clusters made up of "
      "177,095 articles.", True, 0.27, "confirmed", "text_number", QB, 2,
      "§3.1: 'Over the course of about 8 months, we collected 11,162 clusters, comprising "
      "177,095 articles and averaging 15.8 articles per cluster.'", "As printed."),
    R("The filtered corpus holds 139K non-identical sentence pairs whose mean Levenshtein "
      "distance is 5.17.", True, 0.24, "confirmed", "text_number", QB, 2,
      "§3.1: 'A total of 139K non-identical sentence pairs were obtained. Mean Levenshtein "
      "distance was 5.17; mean sentence length was 18.6 words.'", "As printed."),
    # --- numbers printed only in table cells ------------------------------------------------
    R("Trained on the smaller 48K-token set, the full PROTO+SIM model tags 79.1% of positions "
      "correctly.", True, 0.22, "confirmed", "table_cell", HK, 4,
      "Table 1 (English POS, per-position accuracy), row PROTO+SIM, column Num Tokens 48K: 79.1",
      "Only in the table."),
    R("With boundary prototypes added, classified-ad field segmentation reaches 74.1% accuracy "
      "on the test set.", True, 0.26, "confirmed", "table_cell", HK, 6,
      "Figure 7 (a table: 'Results on test set for ads data'), row PROTO+SIM+BOUND, column "
      "Accuracy: 74.1", "Only in the table (the text calls it 'Table 5.3' without the number)."),
    R("For PROTO+SIM on 193K tokens, the most frequent English tagging error, gold CD tokens "
      "tagged as DT, makes up 6.2% of all errors.", False, 0.17, "confirmed", "table_cell", HK, 5,
      "Figure 5 (a table: most common English POS confusions for PROTO+SIM on 193K tokens), "
      "first row: Correct Tag CD, Predicted Tag DT, % of Errors 6.2", "Only in the table."),
    R("On the Lev12 alignment data, Giza++ reaches a recall of 89.52%.", True, 0.23,
      "confirmed", "table_cell", QB, 3,
      "Table 1 (AER on the Lev12 corpus), row Recall: 89.52%", "Only in the table."),
    R("Raters accepted the top-ranked phrasal replacement output (PR #1) as a paraphrase for "
      "91.5% of the 59 Barzilay and Lee sentences.", True, 0.31, "confirmed", "table_cell", QB,
      6, "Table 2 (Human acceptability judgments), row PR #1, column B&L59: 54 / 59 = 91.5%",
      "Only in the table."),
    # --- differences and averages of cells ------------------------------------------------
    R("On the 48K-token English data, prototypes alone (PROTO) add 19.7 points of accuracy over "
      "the baseline.", True, 0.20, "confirmed", "cell_arithmetic", HK, 4,
      "Table 1, column 48K: BASE 42.2, PROTO 61.9", "61.9 - 42.2 = 19.7."),
    R("Quadrupling the English training data from 48K to 193K tokens improves PROTO+SIM by only "
      "1.4 points.", False, 0.16, "confirmed", "cell_arithmetic", HK, 4,
      "Table 1, row PROTO+SIM: 48K 79.1, 193K 80.5 (§5.1: 48K tokens = 2000 sentences, 193K "
      "tokens = 8000 sentences)", "80.5 - 79.1 = 1.4."),
    R("On the B&L59 sentences, PR #1 is accepted 13.5 points more often than the MSA system.",
      True, 0.25, "confirmed", "cell_arithmetic", QB, 6,
      "Table 2, column B&L59: PR #1 54 / 59 = 91.5%, MSA 46 / 59 = 78.0%", "91.5 - 78.0 = 13.5."),
    R("Alignment precision on non-identical words falls 12.37 points short of precision on "
      "identical words.", False, 0.14, "confirmed", "cell_arithmetic", QB, 3,
      "Table 1: Identical word precision 89.36%, Non-identical word precision 76.99%",
      "89.36 - 76.99 = 12.37."),
    # --- statements in other words ----------------------------------------------------------
    R("Instead of annotated sentences, the approach needs only a handful of typical example "
      "words for every target label.", True, 0.33, "confirmed", "paraphrase", HK, 1,
      "Abstract: 'Prior knowledge is specified declaratively, by providing a few canonical "
      "examples of each target annotation label.'", "Same statement."),
    R("For Chinese the suffix features are dropped, since suffixes there are not a dependable "
      "cue to part of speech.", True, 0.19, "confirmed", "paraphrase", HK, 6,
      "§5.2: 'The model is wholly unmodified from the English version except that the suffix "
      "features are removed since, in Chinese, suffixes are not a reliable indicator of "
      "part-of-speech as in English'", "Same statement."),
    R("The frequent CD/DT confusion is put down to the prototype list having no contains-digit "
      "prototype for CD.", True, 0.18, "confirmed", "paraphrase", HK, 6,
      "§5.1: 'The CD and DT confusion is a result of our prototype list not containing a "
      "contains-digit prototype for CD'", "Same statement."),
    R("The decoder keeps phrases in their original order, so alternations such as active to "
      "passive are out of reach, though words may be reordered within a phrase.", True, 0.22,
      "confirmed", "paraphrase", QB, 4,
      "§3.3: 'we rely on only monotone phrasal alignments, although we do allow intra-phrasal "
      "reordering. While this means certain common structural alternations (e.g., "
      "active/passive) cannot be generated'", "Same statement."),
    R("Scoring phrasal replacements with IBM Model 1 sidesteps the sparsity that maximum "
      "likelihood estimates of each replacement would suffer from.", False, 0.15, "confirmed",
      "paraphrase", QB, 4,
      "§3.3: 'phrasal scoring by Model 1 avoids the sparsity problems associated with "
      "estimating each phrasal replacement probability with MLE'", "Same statement."),
    # --- a different number for the same measure --------------------------------------------
    R("The automatically built English prototype list covers 135 word types in the 193K-token "
      "setting.", True, 0.24, "contradicted", "wrong_number", HK, 5,
      "§5.1: 'This resulted in 116 prototypes for the 193K token setting.'; §5.1 (page 6): 'Our "
      "prototype list, however, contains information about only 116 word types'",
      "The paper gives 116."),
    R("Measured by AER, the two annotators of the alignment gold standard agreed at 96.9%.",
      True, 0.21, "contradicted", "wrong_number", QB, 3,
      "§3.2: 'Measured in terms of AER, final interrater agreement between the two annotators "
      "on the 250 sentences was 93.1%.'", "The paper gives 93.1% (96.9% is the second-pass "
      "agreement of the paraphrase raters, page 5)."),
    # --- two digits swapped ------------------------------------------------------------------
    R("On 60K Chinese word tokens, PROTO+SIM tags with an accuracy of 75.4.", True, 0.20,
      "contradicted", "transposed_digits", HK, 6,
      "§5.2: 'On 60K word tokens, BASE gave an accuracy of 34.4, PROTO gave 39.0, and PROTO+SIM "
      "gave 57.4'", "57.4 with 5 and 7 swapped."),
    R("An HMM trained on a few features separated story content from other page material with a "
      "59% F-measure.", False, 0.13, "contradicted", "transposed_digits", QB, 2,
      "Footnote 2: 'an HMM trained on a handful of features was most effective in identifying "
      "content lines (95% F-measure).'", "95 with its digits swapped."),
    # --- the value of a neighbouring cell ----------------------------------------------------
    R("With 193K training tokens, prototypes without similarity features (PROTO) reach 61.9% "
      "per-position accuracy.", True, 0.19, "contradicted", "neighbour_cell", HK, 4,
      "Table 1, row PROTO: 48K 61.9, 193K 68.8; §5.1 (page 5): 'Adding prototypes in this way "
      "gave an accuracy of 68.8% on all tokens'", "61.9 is the 48K column; 193K is 68.8."),
    R("The fifth-ranked PR output (PR #5) was judged acceptable for 78.0% of the B&L59 "
      "sentences.", True, 0.18, "contradicted", "neighbour_cell", QB, 6,
      "Table 2, column B&L59: MSA 46 / 59 = 78.0%, PR #5 44 / 59 = 74.6%",
      "78.0% is the MSA row just above; PR #5 has 74.6%."),
    # --- the opposite direction ------------------------------------------------------------
    R("Viterbi decoding turned out slightly better than maximum posterior decoding in every "
      "setting.", True, 0.17, "contradicted", "direction_flip", HK, 4,
      "§5: 'At inference time, we used maximum posterior decoding, which we found to be "
      "uniformly but slightly superior to Viterbi decoding.'", "The reverse: posterior decoding "
      "is the better one."),
    R("Human raters accepted MSA's paraphrases more often than the top-ranked PR output.", True,
      0.23, "contradicted", "direction_flip", QB, 6,
      "§5: 'In Table 2, the PR model scores significantly better than MSA in terms of the "
      "percentage of paraphrase candidates accepted by raters.'; Table 2, B&L59: PR #1 91.5%, "
      "MSA 78.0%", "PR is accepted more often."),
    # --- the paper's statement denied --------------------------------------------------------
    R("For Chinese, the distributional similarity features failed to lower the error rate "
      "relative to the baseline.", True, 0.16, "contradicted", "negation", HK, 6,
      "§5.2: 'Nonetheless, the addition of distributional similarity features does reduce the "
      "error rate by 35% from BASE.'", "The paper reports a 35% error reduction."),
    R("The PR system could not produce a paraphrase for some of the 200 evaluation sentences.",
      True, 0.20, "contradicted", "negation", QB, 6,
      "§5: 'Moreover, PR was able to generate a paraphrase for all 200 sentences (including the "
      "59 MSA examples).'", "It produced one for all 200."),
    # --- a wrong count ---------------------------------------------------------------------
    R("Haghighi and Klein evaluate prototype-driven learning on four sequence modelling tasks.",
      True, 0.26, "contradicted", "wrong_count", HK, 1,
      "§1: 'In this paper, we consider three sequence modeling tasks: part-of-speech tagging in "
      "English and Chinese and a classified ads information extraction task.'",
      "Three tasks."),
    R("In the final evaluation, each system's output was judged by three raters.", True, 0.18,
      "contradicted", "wrong_count", QB, 5,
      "§4: 'instead we had two raters judge whether the output from each system was a "
      "paraphrase of the input sentence.'", "Two raters (the '2-3 raters' of page 5 are Barzilay "
      "and Lee's judgments, which the paper did not use)."),
    # --- names and numbers in a relation the paper never states --------------------------------
    R("The 0.35 similarity threshold was tuned on the development set of the classified ads "
      "data.", True, 0.18, "unverified", "unsupported_relation", HK, 5,
      "§5.1: 'a fixed threshold of 0.35' (English POS); Figure 2 lists a prototype list "
      "derived from the CLASSIFIEDS development set", "The paper never says how the threshold "
      "was chosen, nor ties it to the classified ads data."),
    R("Haghighi and Klein blame the weaker Chinese results on the Chinese training set being "
      "only 60K tokens long.", True, 0.21, "unverified", "unsupported_relation", HK, 6,
      "§5.2: 'We believe the performance for Chinese POS tagging is not as high as English for "
      "two reasons: the general difficulty of Chinese POS tagging ... and the lack of a larger "
      "segmented corpus from which to build distributional models.'",
      "The paper names other reasons; it never blames the size of the tagged training set."),
    R("The somewhat low 84% first-pass agreement between raters was caused by the 141 held-out "
      "sentences added to the B&L data.", False, 0.15, "unverified", "unsupported_relation", QB,
      5, "§4: 'we also included 141 randomly selected sentences from held-out clusters'; "
      "'Since, on our first pass, we found inter-rater agreement to be somewhat low (84%)'",
      "Both facts are printed; the paper never gives a cause for the low agreement."),
    # --- cut off mid-sentence ---------------------------------------------------------------
    R(cut("On classified ads, the boundary-aware prototype model surpasses the best "
          "unsupervised result that Grenager and colleagues report, 72.4%, and comes close to "
          "their supervised HMM at 74.4%."), True, 0.22, "unverified", "truncated", HK, 8,
      "§5.3: 'surpassing the best unsupervised result of Grenager et al. (2005) which is 72.4%. "
      "Furthermore, our PROTO+SIM+BOUND model comes close to the supervised HMM accuracy of "
      "74.4% reported in Grenager et al. (2005).'",
      "Cut mid-word; the surviving part is right but the claim cannot be judged whole."),
    R(cut("Averaged over ten random initialisations, the English baseline (BASE) reaches 47.7% "
          "per-position accuracy when trained on the larger set, far below the prototype "
          "models."),
      True, 0.19, "contradicted", "truncated", HK, 5,
      "§5.1: 'averaging over 10 runs gave an average per-position accuracy of 41.3% on the "
      "larger training set'", "The part before the cut already gives the wrong number (47.7% "
      "is PROTO's accuracy on non-prototype words)."),
    R(cut("Quirk, Brockett and Dolan find that 15 of the 59 MSA paraphrases, about a quarter, "
          "rest on a single high-frequency template that tallies deaths in one conflict."),
      True, 0.17, "unverified", "truncated", QB, 6,
      "§5: 'Inspection reveals that 15 of the 59 MSA paraphrases, or 25.4%, are based on a "
      "single high-frequency, domain-specific template'",
      "Cut mid-word; the surviving part is right but the claim cannot be judged whole."),
)

REPORT = LabelledReport(
    file="01_prototypes_paraphrase.txt",
    title="Learning Sequence Labels from Prototypes and Paraphrases from News",
    date="April 2, 2027",
    examines="Prototype-Driven Learning for Sequence Models; Monolingual Machine Translation "
             "for Paraphrase Generation",
    research_question="How little supervision do sequence labelling and paraphrase generation "
                      "need when large unlabelled text is available",
    references=(HK, QB),
    abstract="Annotated data is the bottleneck of many language tasks. We review a sequence "
             "model that learns part-of-speech tags and ad fields from a few prototype words "
             "per label, and a paraphrase generator trained with machine translation tools on "
             "sentence pairs mined from clustered news.",
    rows=ROWS,
)
