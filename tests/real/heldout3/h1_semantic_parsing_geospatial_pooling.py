"""Held-out-3 report 1 (plain text with `#` headings): Ge and Mooney's statistical semantic
parser SCISSOR (W05-0602, CoNLL 2005) and Deng, Zhu, Tian and Newsam's Getis-Ord G*i pooling
for overhead image segmentation (arXiv 1912.10667v1). Labelled from the page images
(`pdftoppm -r 110`, tables zoomed at 250 dpi) and `pdftotext -layout` before any verifier run;
no verifier ever ran on this corpus."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

GM = "W05-0602"  # Ge and Mooney 2005, CoNLL 2005, pages 9-16 (8 PDF pages)
GD = "1912.10667v1"  # Deng, Zhu, Tian and Newsam 2019, arXiv preprint, 10 PDF pages

R = Row
ROWS = (
    # --- numbers printed in sentences ---------------------------------------------------------
    R("For the CLang corpus, Ge and Mooney sampled 300 coaching instructions at random from the "
      "logs of the 2003 RoboCup Coach Competition.", True, 0.27, "confirmed", "text_number", GM,
      5, "§6.1: 'For CLANG, 300 pieces of coaching advice were randomly selected from the log "
      "files of the 2003 RoboCup Coach Competition.'", "As printed."),
    R("Geoquery sentences are 6.87 words long on average.", True, 0.21,
      "confirmed", "text_number", GM, 6,
      "§6.1: 'The average length of an NL sentence in this corpus is 6.87 words.'",
      "As printed (of the GEOQUERY corpus)."),
    R("On the larger 880-query Geoquery corpus, Scissor reaches 91.5% precision and 72.3% "
      "recall.", True, 0.30, "confirmed", "text_number", GM, 7,
      "§6.2: 'Results on a larger GEOQUERY corpus with 880 queries ... On the same corpus, "
      "SCISSOR obtains 91.5% precision and 72.3% recall.'", "As printed."),
    R("Of the 33 Vaihingen tiles, 16 come with publicly released ground truth.", True, 0.24,
      "confirmed", "text_number", GD, 4,
      "§4.1: 'There are 33 images, from which 16 have a public ground truth.' (Vaihingen)",
      "As printed."),
    R("Deng et al. train with SGD at an initial learning rate of 0.1, momentum 0.9 and a batch "
      "size of 5.", False, 0.17, "confirmed", "text_number", GD, 6,
      "§4.4: 'We train all our models using Stochastic Gradient Descent (SGD) with an initial "
      "learning rate of 0.1, a momentum of 0.9, a weight decay of 0.0005 and a batch size of "
      "5.'", "As printed."),
    R("The Potsdam imagery has a resolution of 5 cm per pixel, in tiles of 6000 by 6000 pixels.",
      True, 0.19, "confirmed", "text_number", GD, 4,
      "§4.1: 'The Potsdam dataset has a resolution of 5 cm/pixel with tiles of 6000 × 6000 "
      "pixels.'", "As printed."),
    # --- numbers printed only in table cells --------------------------------------------------
    R("With a threshold of 1.5, an FCN using G-pooling reaches 67.98 mIoU on Potsdam.", True,
      0.28, "confirmed", "table_cell", GD, 5,
      "Table 1, Potsdam, row 'G-pooling-1.5 (ours)', column mIoU: 67.98 (bold)",
      "Only in tables (Table 4, p. 7, repeats it in its FCN row)."),
    R("P-pooling attains a pixel accuracy of 82.44 on Vaihingen.", True, 0.18, "confirmed",
      "table_cell", GD, 5, "Table 1, Vaihingen, row P-pooling, column Pixel Acc.: 82.44 (bold)",
      "Only in the table."),
    R("At a threshold of 1.0, about 15.87% of each Potsdam feature map is detected as spatial "
      "clusters on average.", False, 0.15, "confirmed", "table_cell", GD, 6,
      "Table 3 (average percentage of detected spatial clusters per feature map), row Potsdam, "
      "column 1.0: 15.87", "Only in the table."),
    R("Trained on Vaihingen and tested on Potsdam, AdaptSegNet reaches 32.08 mIoU.", True, 0.21,
      "confirmed", "table_cell", GD, 6,
      "Table 2, Vaihingen → Potsdam, row AdaptSegNet, column mIoU: 32.08",
      "Only in the table."),
    # --- differences of cells -----------------------------------------------------------------
    R("On Potsdam, G-pooling with threshold 1.5 beats max pooling by 1.26 mIoU.", True, 0.23,
      "confirmed", "cell_arithmetic", GD, 5,
      "Table 1, Potsdam, column mIoU: Max 66.72, G-pooling-1.5 (ours) 67.98",
      "67.98 - 66.72 = 1.26."),
    R("Raising the threshold from 1.0 to 2.0 cuts the share of detected clusters on Vaihingen "
      "by 7.08 points.", True, 0.16, "confirmed", "cell_arithmetic", GD, 6,
      "Table 3, row Vaihingen: 1.0 14.99, 2.0 7.91", "14.99 - 7.91 = 7.08."),
    R("In the Potsdam-to-Vaihingen test, AdaptSegNet's IoU on cars exceeds that of G-pooling by "
      "9.52 points.", False, 0.14, "confirmed", "cell_arithmetic", GD, 6,
      "Table 2, Potsdam → Vaihingen, column Cars: Ours (G-pooling) 27.35, AdaptSegNet 36.87",
      "36.87 - 27.35 = 9.52."),
    R("G-pooling raises SegNet's mIoU in the Vaihingen-to-Potsdam transfer by 8.87 points.", True,
      0.20, "confirmed", "cell_arithmetic", GD, 7,
      "Table 4, SegNet, column V→P mIoU: without G-pooling (×) 16.77, with (✓) 25.64",
      "25.64 - 16.77 = 8.87."),
    # --- statements in other words ------------------------------------------------------------
    R("Scissor builds on Collins' head-driven model 2, adding a semantic label to every "
      "internal node of the parse tree.", True, 0.31, "confirmed", "paraphrase", GM, 1,
      "§1: 'We augment Collins' head-driven model 2 (Collins, 1997) to incorporate a semantic "
      "label on each internal node.'", "Same statement."),
    R("Chill's heavy memory use kept it from being trained on the larger CLang training sets.",
      False, 0.19, "confirmed", "paraphrase", GM, 6,
      "§6.2: 'Since CHILL is very memory intensive, it could not be run with larger training "
      "sets of the CLANG corpus.'", "Same statement."),
    R("G-pooling keeps the value at the centre of the window when its Getis-Ord statistic "
      "reaches the threshold, and otherwise falls back to the window's maximum.", True, 0.26,
      "confirmed", "paraphrase", GD, 4,
      "§3.2: 'If the computed G∗i is greater than or equal to the threshold, a spatial cluster "
      "is detected and the value xi is used for pooling, otherwise the maximum in the window is "
      "used.' (equation 5)", "Same statement."),
    R("The method takes its inspiration from the first law of geography, that nearby things are "
      "more related than distant ones.", True, 0.22, "confirmed", "paraphrase", GD, 3,
      "§3.1: 'We take inspiration from the well-known first law of geography: everything is "
      "related to everything else, but near things are more related than distant things [31].'",
      "Same statement."),
    # --- a different number for the same measure ----------------------------------------------
    R("CLang sentences contain 25.52 words on average.", True, 0.18, "contradicted",
      "wrong_number", GM, 5,
      "§6.1: 'The average length of an NL sentence in this corpus is 22.52 words.' (CLANG)",
      "The paper gives 22.52."),
    R("For training, random patches of 512 by 512 pixels are cut from the image tiles.", True,
      0.18, "contradicted", "wrong_number", GD, 5,
      "§4.4: 'we randomly extract image patches of size of 256×256 pixels as the training "
      "set.'", "The paper gives 256 × 256."),
    R("Trained on Vaihingen and tested on Potsdam, FCN with G-pooling reaches 23.02 mIoU, 9.54 "
      "points above the max-pooling baseline.", True, 0.22, "contradicted", "wrong_number", GD,
      7, "§5: 'FCN with G-pooling is able to achieve 23.02% mIoU which is an improvement of "
      "7.54% IoU.'; Table 2, Vaihingen → Potsdam, mIoU: Max-pooling 15.48, Ours 23.02",
      "The gain is 7.54 (23.02 - 15.48)."),
    # --- two digits swapped -------------------------------------------------------------------
    R("A CLang word can stand for 1.95 different semantic tags on average.", False, 0.13,
      "contradicted", "transposed_digits", GM, 6,
      "§6.1: 'The average number of possible semantic tags for each word which can represent "
      "meanings in CLANG is 1.59 and that in GEOQUERY is 1.46.'", "1.59 with 5 and 9 swapped."),
    R("With G-pooling, DeepLab's mIoU in the Potsdam-to-Vaihingen test reaches 40.40.", True,
      0.19, "contradicted", "transposed_digits", GD, 7,
      "Table 4, DeepLab with G-pooling (✓), P→V mIoU: 40.04; §6: 'G-pooling improves mIoU "
      "from 38.57 to 40.04'", "40.04 with 0 and 4 swapped."),
    # --- the value of a neighbouring cell -----------------------------------------------------
    R("P-pooling's IoU for buildings on Potsdam is 77.39.", True, 0.16, "contradicted",
      "neighbour_cell", GD, 5,
      "Table 1, Potsdam, column Buildings: P-pooling 75.55, G-pooling-1.0 (ours) 77.39",
      "77.39 is the next row's cell (G-pooling-1.0); P-pooling has 75.55."),
    R("With a threshold of 1.5, 10.44% of a Potsdam feature map is detected as clusters on "
      "average.", False, 0.13, "contradicted", "neighbour_cell", GD, 6,
      "Table 3, column 1.5: Potsdam 9.85, Vaihingen 10.44",
      "10.44 is the Vaihingen row; Potsdam has 9.85."),
    # --- the opposite direction ---------------------------------------------------------------
    R("On Geoquery, Scissor's recall is slightly higher than Chill's.", True, 0.22,
      "contradicted", "direction_flip", GM, 6,
      "§6.2: 'Overall, SCISSOR gives the best precision and recall results in both domains. "
      "The only exception is with recall for GEOQUERY, for which CHILL is slightly higher.'",
      "Chill has the slightly higher recall on Geoquery."),
    R("The higher the G-pooling threshold, the more spatial clusters are detected.", True, 0.20,
      "contradicted", "direction_flip", GD, 4,
      "§3.2: 'As the threshold ranges from 1.0 to 1.5 to 2.0, fewer spatial clusters/hotspots "
      "will be detected.'; Table 3 (p. 6): 15.87, 9.85, 7.65 (Potsdam)",
      "A higher threshold detects fewer clusters."),
    # --- the paper's statement denied ---------------------------------------------------------
    R("Ge and Mooney consider the Geoquery queries no harder than those of the ATIS "
      "database-query corpus.", True, 0.15, "contradicted", "negation", GM, 6,
      "§6.1: 'The queries in this corpus are more complex than those in the ATIS database-query "
      "corpus used in the speech community (Zue and Glass, 2000) which makes the GEOQUERY "
      "problem harder'", "The paper says they are more complex."),
    R("Besides the IRRG images, the models also use the DSM data derived from the lidar point "
      "clouds.", True, 0.15, "contradicted", "negation", GD, 4,
      "§4.1: 'Even though the tiles consist of Infrared-Red-Green (IRRG) images and DSM data "
      "extracted from the Lidar point clouds, we use only the IRRG images in our work.'",
      "Only the IRRG images are used."),
    # --- a wrong count ------------------------------------------------------------------------
    R("Each CLang instruction was translated into English by one of three annotators.", True,
      0.17, "contradicted", "wrong_count", GM, 5,
      "§6.1: 'Each formal instruction was translated into English by one of four annotators "
      "(Kate et al., 2005).'", "Four annotators."),
    R("The ISPRS labelling task asks for five common land-cover classes.", True, 0.18,
      "contradicted", "wrong_count", GD, 4,
      "§4.1: 'semantic labeling of the images using six common land cover classes: buildings, "
      "impervious surfaces (e.g. roads), low vegetation, trees, cars and "
      "clutter/background.'", "Six classes."),
    # --- names and numbers in a relation the paper never states -------------------------------
    R("Scissor's precision advantage over Chill on Geoquery comes from its training on "
      "gold-standard semantically augmented parse trees.", True, 0.18, "unverified",
      "unsupported_relation", GM, 7,
      "§6.2 (p. 6): 'SCISSOR has significantly higher precision (see discussion in Section "
      "7)'; §7: 'SCISSOR requires an extra training input, gold-standard SAPT's, not required "
      "by these other systems.'", "The paper names the extra input as a cost, and credits the "
      "integration of syntax and semantics and statistical parsing; it never ties the "
      "precision gap to the gold SAPTs."),
    R("Scissor's 91.5% precision on the 880-query corpus falls short of Precise's 100% because "
      "Precise is not a learning system.", True, 0.14, "unverified", "unsupported_relation", GM,
      7, "§6.2: 'PRECISE (Popescu et al., 2003): 100% precision and 77.5% recall ... SCISSOR "
      "obtains 91.5% precision ... However, the figures are not comparable. PRECISE can return "
      "multiple distinct SQL queries'; §7: 'PRECISE is not a learning system'",
      "The paper explains the gap by the scoring of multiple answers, not by learning."),
    R("G-pooling's 1.26-point mIoU gain over max pooling on Potsdam comes from the city's large "
      "building blocks and dense settlement structure.", True, 0.17, "unverified",
      "unsupported_relation", GD, 4,
      "§4.1: 'Potsdam is a typical historic city with large building blocks, narrow streets and "
      "dense settlement structure.'; Table 1 (p. 5), Potsdam mIoU: Max 66.72, G-pooling-1.5 "
      "67.98", "Both are printed; the paper never ties the gain to the city's layout."),
    R("G-pooling transfers better from Potsdam to Vaihingen because Vaihingen contains only "
      "urban scenes.", False, 0.15, "unverified", "unsupported_relation", GD, 7,
      "§6: 'We note that Vaihingen is an easier dataset than Potsdam, since it only includes "
      "urban scenes while Potsdam includes both urban and nonurban.'",
      "The remark explains why Vaihingen is easier, not why the transfer works."),
    # --- cut off mid-sentence -----------------------------------------------------------------
    R(cut("Scissor was tested with standard 10-fold cross validation, and precision was taken "
          "as the share of completed meaning representations that were correct."), True, 0.19,
      "unverified", "truncated", GM, 6,
      "§6.1: 'SCISSOR was evaluated using standard 10-fold cross validation. ... precision "
      "(the percentage of completed MR's that were correct)'",
      "Cut mid-word; the surviving part is right but the claim cannot be judged whole."),
    R(cut("Ge and Mooney evaluate Scissor in three domains: a natural-language interface to a "
          "U.S. geography database, an interpreter for robotic soccer coaching advice and a "
          "third one."), True, 0.22, "contradicted", "truncated", GM, 1,
      "Abstract: 'We evaluate the system in two domains, a natural-language database interface "
      "and an interpreter for coaching instructions in robotic soccer.'",
      "The part before the cut already gives the wrong count (three domains for two)."),
    R(cut("Potsdam is split into 17 training and seven validation images following earlier "
          "work, while Vaihingen keeps 11 images for training and five for validation."), True,
      0.17, "unverified", "truncated", GD, 4,
      "§4.1: 'We select seven images for validation ... and the remaining 17 for training' "
      "(Potsdam); 'We select five images for validation ... and the remaining 11 for "
      "training' (Vaihingen)",
      "Cut before the end; the surviving part is right but the claim cannot be judged whole."),
)

REPORT = LabelledReport(
    file="01_semantic_parsing_geospatial_pooling.txt",
    title="Building Prior Structure into Learned Models for Language and Imagery",
    date="April 6, 2027",
    examines="A Statistical Semantic Parser that Integrates Syntax and Semantics; Generalizing "
             "Deep Models for Overhead Image Segmentation Through Getis-Ord Gi* Pooling",
    research_question="Does building known structure into a learned model make it more "
                      "accurate or more general",
    references=(GM, GD),
    abstract="Learned models can be given structure that is known in advance instead of "
             "discovering it from data alone. We review a semantic parser that integrates "
             "syntactic and semantic labels in one statistical model, and a pooling layer for "
             "segmenting aerial imagery that builds a rule of geography into a convolutional "
             "network.",
    rows=ROWS,
)
