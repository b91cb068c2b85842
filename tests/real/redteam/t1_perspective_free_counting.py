"""Red-team report 1 (Markdown): Deb and Ventura, An Aggregated Multicolumn Dilated Convolution
Network for Perspective-Free Counting (arXiv 1804.07821v1), its four results tables and the
numbers of its method and results sections. Adversarial claims: a number true of another
system, split, dataset or setting ("with" vs "without perspective information"), changes vs
levels, averages, ranks and quantifiers, a unit that differs. Labelled from the page images
(tables zoomed at 250 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

AM = "1804.07821"  # Deb and Ventura 2018, arXiv preprint (CVPR 2018 workshops)

R = Row
T1 = "Table 1 (mean absolute error of various methods on UCF crowds; rows AMDCN, Hydra2s [18], " \
     "MCNN [28], [27], [23], [3])"
T2 = ("Table 2 (mean absolute error of various methods on TRANCOS traffic; columns GAME (L=0) "
      "... GAME (L=3); rows AMDCN, [18], [15] + SIFT from [14], [13] + RGB Norm + Filters from "
      "[14], HOG-2 from [14])")
T3 = ("Table 3 (mean absolute error of various methods on UCSD crowds; columns maximal, "
      "downscale, upscale, minimal, original; rows AMDCN without / with perspective "
      "information, [18] with / without perspective information, [15], [13], [19], [2], [27], "
      "[28], [1, 28], [7], [5], [6])")
T4 = ("Table 4 (mean absolute error of various methods on WorldExpo crowds; rows AMDCN without / "
      "with perspective information, LBP+RR [28], MCNN [28], [27], the last three with "
      "perspective information)")
ROWS = (
    # --- confirmed: cells and sentences as printed, with other systems' numbers beside them ----
    R("On the UCF crowd dataset, AMDCN's mean absolute error of 290.82 is well below MCNN's "
      "377.60.", True, 0.31, "confirmed", "table_cell", AM, 6,
      f"{T1}: AMDCN 290.82, MCNN [28] 377.60", "Both cells as printed."),
    R("Without perspective information, AMDCN reaches an MAE of 0.63 on the UCSD upscale split.",
      True, 0.28, "confirmed", "table_cell", AM, 7,
      f"{T3}: AMDCN (without perspective information), upscale: 0.63", "As printed."),
    R("Using the perspective maps, AMDCN's MAE on the UCSD downscale split drops to 1.24.", True,
      0.24, "confirmed", "table_cell", AM, 7,
      f"{T3}: AMDCN (with perspective information), downscale: 1.24; without: 1.43",
      "1.24 with perspective information, down from 1.43 without."),
    R("On WorldExpo, adding perspective information lowers AMDCN's MAE from 16.6 to 14.9.", True,
      0.27, "confirmed", "table_cell", AM, 8,
      f"{T4}: AMDCN (without perspective information) 16.6, AMDCN (with perspective "
      "information) 14.9", "As printed."),
    R("Even with perspective information, AMDCN (14.9 MAE) trails MCNN (11.6) on WorldExpo.",
      True, 0.22, "confirmed", "table_cell", AM, 8,
      f"{T4}: AMDCN (with perspective information) 14.9, MCNN [28] (with perspective "
      "information) 11.6", "As printed; a lower MAE is better."),
    R("On TRANCOS, AMDCN's GAME at level 3 is 15.87, against 19.32 for the Hydra network [18].",
      True, 0.25, "confirmed", "table_cell", AM, 6,
      f"{T2}: GAME (L=3): AMDCN 15.87, [18] 19.32", "As printed."),
    R("On the upscale split, AMDCN with perspective information ties [18] without perspective "
      "information at an MAE of 1.37.", False, 0.18, "confirmed", "table_cell", AM, 7,
      f"{T3}: upscale: AMDCN (with perspective information) 1.37, [18] (without perspective "
      "information) 1.37", "Both cells are 1.37."),
    R("On the UCSD minimal split, AMDCN with perspective information (1.59) is worse than [2] "
      "(1.49).", True, 0.2, "confirmed", "table_cell", AM, 7,
      f"{T3}: minimal: AMDCN (with perspective information) 1.59, [2] 1.49",
      "As printed; 1.49 is the lowest (bold) minimal cell."),
    R("AMDCN improves on [18]'s TRANCOS GAME at level 0 by 1.22.", True, 0.21, "confirmed",
      "cell_arithmetic", AM, 6, f"{T2}: GAME (L=0): [18] 10.99, AMDCN 9.77",
      "10.99 - 9.77 = 1.22."),
    R("Averaged over the four GAME levels, AMDCN scores 13.45 on TRANCOS.", True, 0.17,
      "confirmed", "cell_arithmetic", AM, 6,
      f"{T2}: AMDCN: 9.77, 13.16, 15.00, 15.87", "(9.77 + 13.16 + 15.00 + 15.87) / 4 = 13.45."),
    R("On the original UCSD split, perspective information improves AMDCN's MAE by only 0.02.",
      True, 0.19, "confirmed", "cell_arithmetic", AM, 7,
      f"{T3}: original: AMDCN without 1.74, with 1.72", "1.74 - 1.72 = 0.02."),
    R("AMDCN's 0.63 on the upscale split is a 43% relative reduction of the error of [18] with "
      "perspective information (1.11).", True, 0.16, "confirmed", "cell_arithmetic", AM, 7,
      f"{T3}: upscale: AMDCN (without perspective information) 0.63, [18] (with perspective "
      "information) 1.11", "(1.11 - 0.63) / 1.11 = 43.2%."),
    R("The network has five columns, and every convolution uses 32 feature maps.", True, 0.3,
      "confirmed", "text_number", AM, 3,
      "The network as shown in Figure 1 contains 5 columns. ... There are 32 feature maps for "
      "each convolution", "As printed."),
    R("The original UCSD split keeps 800 images for training and 1200 for testing.", True, 0.26,
      "confirmed", "text_number", AM, 5,
      "leaving 1200 images in the testing set and 800 images in the training set [28]",
      "As printed."),
    R("For the ablation experiments the number of training epochs was fixed at 10.", False, 0.2,
      "confirmed", "text_number", AM, 4,
      "We limit the number of epochs to 10 for all of these sets of experiments",
      "As printed."),
    R("UCF images contain more than 1000 people on average.", True, 0.22, "confirmed",
      "text_number", AM, 6,
      "because the UCF dataset has over 1000 people on average in each image", "As printed."),
    R("AMDCN does not beat the state of the art on the original UCSD split.", True, 0.23,
      "confirmed", "paraphrase", AM, 7,
      "Figure 3 caption: While AMDCN does not beat the state of the art on the original split, "
      "the predictions still follow the true counts reasonably.", "Stated in the caption."),
    # --- contradicted -------------------------------------------------------------------------
    R("With perspective information, AMDCN reaches an MAE of 0.63 on the UCSD upscale split.",
      True, 0.27, "contradicted", "neighbour_cell", AM, 7,
      f"{T3}: upscale: AMDCN (without perspective information) 0.63, AMDCN (with perspective "
      "information) 1.37", "0.63 is the row without perspective information; with it, 1.37."),
    R("Without perspective information, AMDCN's WorldExpo MAE is 14.9.", True, 0.24,
      "contradicted", "neighbour_cell", AM, 8,
      f"{T4}: AMDCN (without perspective information) 16.6, (with perspective information) 14.9",
      "14.9 is the row with perspective information; without it, 16.6."),
    R("Perspective information raises AMDCN's WorldExpo MAE by 1.7.", True, 0.2, "contradicted",
      "direction_flip", AM, 8, f"{T4}: AMDCN without 16.6, with 14.9",
      "The MAE falls by 1.7 (16.6 to 14.9); it does not rise."),
    R("AMDCN's MAE on UCF is 295.80, ahead of Hydra2s at 333.73.", True, 0.26, "contradicted",
      "neighbour_cell", AM, 6, f"{T1}: AMDCN 290.82, [23] 295.80, Hydra2s [18] 333.73",
      "295.80 is the row of [23]; AMDCN's MAE is 290.82."),
    R("MCNN reaches an MAE of 290.82 on the UCF crowd dataset.", True, 0.21, "contradicted",
      "neighbour_cell", AM, 6, f"{T1}: AMDCN 290.82, MCNN [28] 377.60",
      "290.82 is AMDCN's row; MCNN's MAE is 377.60."),
    R("AMDCN reaches a TRANCOS GAME of 16.69 at level 2.", True, 0.22, "contradicted",
      "neighbour_cell", AM, 6, f"{T2}: GAME (L=2): AMDCN 15.00, [18] 16.69",
      "16.69 is the row of [18]; AMDCN's is 15.00."),
    R("AMDCN beats [18] on the TRANCOS GAME at level 3 by 4.45.", True, 0.2, "contradicted",
      "cell_arithmetic", AM, 6, f"{T2}: GAME (L=3): [18] 19.32, AMDCN 15.87",
      "19.32 - 15.87 = 3.45, not 4.45."),
    R("With perspective information, AMDCN reaches an MAE of 1.07 on the original UCSD split.",
      True, 0.19, "contradicted", "neighbour_cell", AM, 7,
      f"{T3}: original: AMDCN (with perspective information) 1.72, [28] 1.07",
      "1.07 is the row of [28]; AMDCN with perspective information has 1.72."),
    R("Without perspective information, AMDCN has the lowest MAE of all methods on the UCSD "
      "maximal split.", True, 0.23, "contradicted", "wrong_number", AM, 7,
      f"{T3}: maximal: AMDCN (without perspective information) 1.63, [2] 1.24, [19] 1.43",
      "[2] (1.24) and [19] (1.43) are lower than 1.63; the claim's 'lowest' is false."),
    R("AMDCN has the best MAE on every one of the five UCSD splits.", True, 0.25, "contradicted",
      "wrong_count", AM, 7,
      f"{T3}: best (bold) cells: maximal [2] 1.24, downscale AMDCN with 1.24, upscale AMDCN "
      "without 0.63, minimal [2] 1.49, original [28] 1.07",
      "AMDCN is best on two splits only; the text says 'for two of the splits, our proposed "
      "network beats the state of the art'."),
    R("AMDCN's MAE on the UCF dataset is 16.6.", True, 0.18, "contradicted", "neighbour_cell",
      AM, 6, f"{T1}: AMDCN 290.82; {T4}: AMDCN (without perspective information) 16.6",
      "16.6 is AMDCN's WorldExpo MAE; on UCF it is 290.82."),
    R("With perspective information, AMDCN's WorldExpo MAE is 1.60.", False, 0.15,
      "contradicted", "neighbour_cell", AM, 8,
      f"{T4}: AMDCN (with perspective information) 14.9; {T3}: maximal, AMDCN (with "
      "perspective information) 1.60", "1.60 is the UCSD maximal cell; on WorldExpo it is 14.9."),
    R("The minimal UCSD split trains on only 100 images.", True, 0.2, "contradicted",
      "wrong_number", AM, 5,
      "Minimal is particularly challenging as the train set contains only 10 images.",
      "10 images, not 100."),
    R("WorldExpo images show about 25 people on average.", True, 0.2, "contradicted",
      "wrong_number", AM, 5,
      "The WorldExpo dataset [27] contains a larger number of people (approximately 50 on "
      "average, which is double that of UCSD)", "About 50; 25 is UCSD's average."),
    R("Every convolution of the network uses 64 feature maps.", True, 0.21, "contradicted",
      "wrong_number", AM, 3, "There are 32 feature maps for each convolution", "32, not 64."),
    R("The UCF results follow the standard protocol of 10-fold cross validation.", True, 0.2,
      "contradicted", "wrong_number", AM, 6,
      "following the standard protocol of 5-fold cross validation", "5-fold, not 10-fold."),
    R("On the original UCSD split, perspective information improves AMDCN's MAE by 0.02%.",
      False, 0.14, "contradicted", "cell_arithmetic", AM, 7,
      f"{T3}: original: AMDCN without 1.74, with 1.72",
      "The gain is 0.02 MAE, a relative 1.1% (0.02 / 1.74); 0.02% is neither."),
    # --- unverified ---------------------------------------------------------------------------
    R("On ShanghaiTech Part A, AMDCN reaches an MAE of 290.82.", True, 0.2, "unverified",
      "unsupported_relation", AM, 6, f"{T1}: AMDCN 290.82 (UCF crowds)",
      "290.82 is the UCF cell; the paper reports no ShanghaiTech experiment."),
    R("AMDCN reaches a GAME of 15.87 at level 4 on TRANCOS.", True, 0.19, "unverified",
      "unsupported_relation", AM, 6, f"{T2}: AMDCN, GAME (L=3) 15.87; levels 0-3 only",
      "15.87 is the L=3 cell; no L=4 is reported."),
    R("With perspective information, AMDCN reaches a GAME of 9.77 at level 0 on TRANCOS.", True,
      0.18, "unverified", "unsupported_relation", AM, 6,
      f"{T2}: AMDCN, GAME (L=0) 9.77; p.8: 'especially when perspective information is not "
      "provided, as in UCF and TRANCOS'",
      "The TRANCOS run uses no perspective information; no run with it is reported."),
    R("AMDCN processes UCSD frames at 30 frames per second.", True, 0.17, "unverified",
      "unsupported_relation", AM, 7,
      f"{T3}; the paper reports no speed or frame rate", "Not reported."),
    R("The aggregator reduces the variance of the network's performance because the dilated "
      "columns share their weights.", True, 0.2, "unverified", "unsupported_relation", AM, 6,
      "Generally, the aggregator tends to decrease the variance in performance of the network.",
      "The effect is stated; the cause (weight sharing) is not."),
    R("With a ResNet-50 backbone, AMDCN reaches an MAE of 1.59 on the UCSD minimal split.", False,
      0.15, "unverified", "unsupported_relation", AM, 7,
      f"{T3}: minimal: AMDCN (with perspective information) 1.59",
      "The paper's network has no ResNet backbone; no such run is reported."),
    R("With perspective information, AMDCN reaches an MAE of 290.82 on UCF.", True, 0.2,
      "unverified", "unsupported_relation", AM, 6,
      f"{T1}: AMDCN 290.82; 'Despite not making use of perspective information, the AMDCN is "
      "still able to produce highly accurate density maps for UCF.'",
      "The UCF run uses no perspective information; no run with it is reported."),
    R("On TRANCOS, AMDCN overcounts by 9.77 vehicles per image on average.", True, 0.16,
      "unverified", "unsupported_relation", AM, 6,
      f"{T2}: AMDCN, GAME (L=0) 9.77 (a mean absolute error)",
      "An absolute error says nothing of its sign; no overcount is reported."),
    R("On UCSD, AMDCN was trained on 1600 random 79 x 119 patches for 100 epochs.", True, 0.17,
      "unverified", "unsupported_relation", AM, 5,
      "For training, we take 1600 random 79 x 119 pixel patches; no epoch count is given for "
      "UCSD (10 epochs only for the ablations)", "The epoch count is not reported."),
    R("The authors attribute AMDCN's worse results on the original UCSD split to its smaller "
      "training set.", True, 0.15, "unverified", "unsupported_relation", AM, 6,
      "the 'original' split ... gives us somewhat worse results for counting on this dataset. "
      "Results were consistent over multiple trainings.", "No cause is given."),
)

REPORT = LabelledReport(
    file="01_perspective_free_counting.md",
    title="Counting Crowds and Cars with Dilated Multicolumn Networks: What the Tables Say",
    date="2027-03-02",
    examines="object counting accuracy of a dilated multicolumn network across four datasets",
    research_question="How accurate is perspective-free counting with dilated multicolumn "
                      "networks, with and without perspective maps?",
    references=(AM,),
    rows=ROWS,
    quality_score=7.2,
)
