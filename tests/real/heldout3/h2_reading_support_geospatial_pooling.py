"""Held-out-3 report 2 (PDF with a claims table): Chang et al.'s CiteSee reading interface
(arXiv 2302.07302v1, CHI 2023) and Deng, Zhu, Tian and Newsam's Getis-Ord G*i pooling for
overhead image segmentation (arXiv 1912.10667v1). Labelled from the page images
(`pdftoppm -r 110`, tables zoomed at 250 dpi) and `pdftotext -layout` before any verifier run;
no verifier ever ran on this corpus."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

CS = "2302.07302v1"  # Chang, Zhang, Bragg, Head, Lo, Downey and Weld 2023, 15 PDF pages
GD = "1912.10667v1"  # Deng, Zhu, Tian and Newsam 2019, arXiv preprint, 10 PDF pages

R = Row
ROWS = (
    # --- numbers printed in sentences ---------------------------------------------------------
    R("The CiteSee lab study recruited ten participants whose mean age was 28.3.", True, 0.26,
      "confirmed", "text_number", CS, 9,
      "§5: 'We recruited a total of ten participants across three universities and a research "
      "institute. ... (mean age: 28.3; SD:4.1; 8 male and 2 female; ...)'", "As printed."),
    R("Study 1 gathered 417 five-point Likert ratings in all.", True, 0.20, "confirmed",
      "text_number", CS, 10,
      "§5.2: 'A total of 417 five-point Likert-scale responses were collected from the ten "
      "participants (180, 108, 129 responses for each topic, respectively).'", "As printed."),
    R("Papers opened during the field deployment contained 41.0 inline citations on average.",
      False, 0.17, "confirmed", "text_number", CS, 11,
      "§6: 'On average, each paper contained 41.0 (SD=24.8) inline citations.'", "As printed."),
    R("Building CiteSee added about 5,000 lines of TypeScript and ReactJS, for roughly 17,000 "
      "lines of code in the finished system.", False, 0.14, "confirmed", "text_number", CS, 8,
      "§4.6: 'Around 5,000 lines of TypeScript and ReactJS code were added, resulting in around "
      "17,000 lines of code in the final system.'", "As printed."),
    R("Of the 126 citations highlighted in the lab study, 35 had been picked by two of the "
      "strategies.", True, 0.23, "confirmed", "text_number", CS, 9,
      "§5: 'this resulted in 12 to 20 total highlighted citations per paper and a total of 126 "
      "citations over the 9 papers tested. Of the 126 citations, 35 were selected by two "
      "strategies, 6 were selected by three strategies, and 2 were selected by four "
      "strategies.'", "As printed."),
    # --- numbers printed only in table cells --------------------------------------------------
    R("Participant P4 opened 207 Paper Cards during the deployment.", True, 0.19, "confirmed",
      "table_cell", CS, 12, "Table 2, row Card Opens, column P4: 207", "Only in the table."),
    R("Half of the papers P6 saved came through reencountered citations.", True, 0.16,
      "confirmed", "table_cell", CS, 12,
      "Table 2, Paper Saves, row '- RencontrdCite', column P6: 50%",
      "Only in the table (50% written as half)."),
    R("P1 found 82% of the papers they saved through search engines or other external "
      "sources.", True, 0.18, "confirmed", "table_cell", CS, 12,
      "Table 2, Paper Saves, row '- Search/External', column P1: 82%", "Only in the table."),
    R("Without G-pooling, SegNet reaches 69.47 mIoU on Potsdam.", True, 0.20, "confirmed",
      "table_cell", GD, 7, "Table 4, SegNet without G-pooling (×), Potsdam (P) mIoU: 69.47",
      "Only in the table."),
    R("With G-pooling, DeepLab's pixel accuracy on Vaihingen is 83.09.", False, 0.13,
      "confirmed", "table_cell", GD, 7,
      "Table 4, DeepLab with G-pooling (✓), Vaihingen (V) PA: 83.09", "Only in the table."),
    # --- sums and differences of cells --------------------------------------------------------
    R("Together, the six field-study participants opened 236 papers in CiteSee.", True, 0.20,
      "confirmed", "cell_arithmetic", CS, 12,
      "Table 2, row Paper Opens: P1 77, P2 48, P3 17, P4 33, P5 33, P6 28 (AVG 39.3)",
      "77 + 48 + 17 + 33 + 33 + 28 = 236 (= 6 × 39.33)."),
    R("P5 saved 31 more papers than P2 did.", False, 0.15, "confirmed", "cell_arithmetic", CS, 12,
      "Table 2, row Paper Saves: P2 14, P5 45", "45 - 14 = 31."),
    R("G-pooling lifts DeepLab's pixel accuracy in the Potsdam-to-Vaihingen test by 4.74 "
      "points.", True, 0.21, "confirmed", "cell_arithmetic", GD, 7,
      "Table 4, DeepLab, P→V PA: without (×) 58.47, with G-pooling (✓) 63.21",
      "63.21 - 58.47 = 4.74."),
    R("When a model trained on Potsdam is tested on Vaihingen, G-pooling's mIoU is 2.18 points "
      "above P-pooling's.", True, 0.19, "confirmed", "cell_arithmetic", GD, 6,
      "Table 2, Potsdam → Vaihingen, mIoU: P-pooling 35.47, Ours (G-pooling) 37.65",
      "37.65 - 35.47 = 2.18 (the text, p. 7, says 'more than 2%')."),
    # --- statements in other words ------------------------------------------------------------
    R("During the lab study, participants were not told which strategy had chosen each "
      "highlighted citation.", True, 0.24, "confirmed", "paraphrase", CS, 9,
      "Figure 6 caption: 'Participants were blind to which strategies was used for each "
      "highlighted inline citations.'", "Same statement."),
    R("CiteSee ships as a Chrome extension so that it can act as the default PDF reader in the "
      "browser and the operating system.", False, 0.13, "confirmed", "paraphrase", CS, 8,
      "§4.6: 'we implemented CiteSee as a Chrome-extension which allowed us to become the "
      "default PDF reader for both their browsers and operating systems'", "Same statement."),
    R("Participants opened Paper Cards for reencountered citations far more often than the "
      "share of such citations in the papers would suggest.", True, 0.21, "confirmed",
      "paraphrase", CS, 11,
      "§6: 'while reencountered citations only accounted for 8.2% (SD=9.6%) of the inline "
      "citations on average, they made up a disproportionate fraction of the Paper Cards "
      "accessed by the participants (mean=37%, SD=10%; or 4.5 times)'", "Same statement."),
    R("G-pooling was written in C and hooked into PyTorch through an interface.", False, 0.12,
      "confirmed", "paraphrase", GD, 5,
      "§4.4: 'We implement our G-pooling in C and use the interface to connect to PyTorch for "
      "network training.'", "Same statement."),
    R("Training stops once the validation loss has stalled for six epochs in a row or the "
      "learning rate drops below 1e-8.", True, 0.16, "confirmed", "paraphrase", GD, 6,
      "§4.4: 'If the validation loss plateaus for 6 consecutive epochs or the learning rate is "
      "less than 1e-8, we stop the model training.'", "Same statement."),
    # --- a different number for the same measure ----------------------------------------------
    R("According to an earlier survey, inline citations account for about 30% of the papers "
      "researchers discover.", True, 0.18, "contradicted", "wrong_number", CS, 11,
      "§6: 'a prior survey found inline citations accounted for around 21% (n=881) of paper "
      "discovery during research [33]'", "The paper gives 21%."),
    R("Each lab-study participant was paid $50 for a session of about an hour.", False, 0.14,
      "contradicted", "wrong_number", CS, 9,
      "§5: 'The study took around 1 hour and each participant was compensated $35 USD.'",
      "The paper gives $35."),
    # --- two digits swapped -------------------------------------------------------------------
    R("Field-study participants opened 39.3 papers on average and saved 28.5 of them to their "
      "library.", True, 0.23, "contradicted", "transposed_digits", CS, 11,
      "§6: 'each participant opened an average of 39.3 papers (SD=21) using CiteSee and saved "
      "25.8 papers (SD=12.2) to their paper library (Table 2)'", "25.8 with 5 and 8 swapped."),
    R("Participants opened 101.8 Paper Cards on average during the deployment.", True, 0.16,
      "contradicted", "transposed_digits", CS, 12,
      "Table 2, row Card Opens, column AVG: 110.8", "110.8 with 1 and 0 swapped."),
    # --- the value of a neighbouring cell -----------------------------------------------------
    R("P2 opened 77 papers with CiteSee in the field study.", True, 0.15, "contradicted",
      "neighbour_cell", CS, 12, "Table 2, row Paper Opens: P1 77, P2 48",
      "77 is P1's cell; P2 opened 48."),
    R("Trained on Vaihingen and tested on Potsdam, P-pooling obtains 15.50 mIoU.", True, 0.15,
      "contradicted", "neighbour_cell", GD, 6,
      "Table 2, Vaihingen → Potsdam, mIoU: stride conv 15.50, P-pooling 19.61",
      "15.50 is the stride-conv row; P-pooling has 19.61."),
    # --- the opposite direction ---------------------------------------------------------------
    R("In the lab study, the Specter similarity baseline proved significantly more useful than "
      "the reencountered-citation strategy.", True, 0.20, "contradicted", "direction_flip", CS,
      11, "§5.2: 'we performed a randomization test ... (β reencountered − β specter = 1.59, "
      "p = 3.91e-8 < 0.001***). Taken together, our results suggest that the system approach "
      "(Reencountered) significantly outperforms the three baseline strategies.'",
      "Reencountered beats Specter."),
    R("Adding G-pooling raises DeepLab's mIoU on Vaihingen itself.", True, 0.17, "contradicted",
      "direction_flip", GD, 7,
      "Table 4, DeepLab, Vaihingen (V) mIoU: without (×) 70.80, with G-pooling (✓) 70.11; §6: "
      "'For Vaihingen, even though the model accuracy is not as high as the baseline, the "
      "difference is small.'", "DeepLab's Vaihingen mIoU drops with G-pooling."),
    # --- the paper's statement denied ---------------------------------------------------------
    R("The linear-reading baseline had a significant effect on how participants rated "
      "citations for their literature reviews.", False, 0.14, "contradicted", "negation", CS,
      11, "§5.2: 'two strategies had a significant and positive effect on the Likert responses "
      "(Reencountered ...; Specter ...) while the other two baselines did not (Global: β = "
      "−0.43, p = 0.12; Linear: β = −0.27, p = 0.30).'", "Its effect was not significant."),
    R("Deng et al. note that max pooling is no longer the most common pooling method.", True,
      0.14, "contradicted", "negation", GD, 3,
      "§3.1: 'However, max pooling remains by far the most common as it has the intuitive appeal "
      "of extracting the maximum activation'", "The paper says it remains by far the most "
      "common."),
    # --- a wrong count ------------------------------------------------------------------------
    R("The lab study pitted CiteSee's reencountered-citation strategy against two baselines.",
      True, 0.16, "contradicted", "wrong_count", CS, 9,
      "§5: 'using four different strategies' — Reencountered Citations (System), Linear "
      "Reading, Global Citation Count, Specter Similarity; Figure 8 caption (p. 10): 'the "
      "three baselines'", "Three baselines."),
    R("Seven researchers took part in the CiteSee field deployment.", True, 0.21, "contradicted",
      "wrong_count", CS, 11,
      "§6: 'Six participants were recruited (age: 36, 32, 27, 25, 33, 23; five male and one "
      "female).'", "Six participants."),
    # --- names and numbers in a relation the paper never states -------------------------------
    R("Darker yellow highlights are what led field-study participants to save a third of their "
      "papers from reencountered citations.", True, 0.17, "unverified", "unsupported_relation",
      CS, 12,
      "Table 2, Paper Saves, '- RencontrdCite' AVG 33%; §6.1.2: reencountered citations are "
      "highlighted 'in different shades of yellow to indicate potential relevance'",
      "Both facts are printed; the paper never measures or states the effect of the shade on "
      "saving."),
    R("The 2.7-fold rise in discoveries through inline citations came from P3 switching from "
      "global citation counts to reencountered citations.", False, 0.15, "unverified",
      "unsupported_relation", CS, 11,
      "§6: 'participants ... used CiteSee to discover useful prior work via inline citations "
      "around 2.7x more frequently than that.'; §6.1.1 (p. 12): P3's quote on relying more on "
      "reencountered citations", "The rate is over all participants; the paper never "
      "attributes it to P3."),
    R("G-pooling's edge in the Vaihingen-to-Potsdam transfer comes from Vaihingen's 9 cm pixels "
      "being coarser than Potsdam's 5 cm ones.", True, 0.16, "unverified",
      "unsupported_relation", GD, 4,
      "§4.1: Vaihingen 'has a resolution of 9 cm/pixel', Potsdam 'a resolution of 5 cm/pixel'; "
      "Table 2 (p. 6): Vaihingen → Potsdam mIoU 23.02 for G-pooling against 19.61 for "
      "P-pooling", "The paper gives both resolutions and never links them to the gain."),
    R("SegNet's 8.87-point mIoU gain from G-pooling in the Vaihingen-to-Potsdam transfer is due "
      "to the 4 by 4 unpooling window its decoder needs.", True, 0.18, "unverified",
      "unsupported_relation", GD, 7,
      "§6: 'This leads us to use a 4 × 4 unpooling window to recover the spatial resolution "
      "where the original ones are just 2 × 2.'; Table 4: SegNet V→P mIoU 16.77 → 25.64",
      "The paper describes the window change and reports the gains; it never links them."),
    # --- cut off mid-sentence -----------------------------------------------------------------
    R(cut("Reencountered citations made up only 8.2% of the inline citations on average, yet "
          "they accounted for 37% of the Paper Cards that participants opened."), True, 0.20,
      "unverified", "truncated", CS, 11,
      "§6: 'while reencountered citations only accounted for 8.2% (SD=9.6%) of the inline "
      "citations on average, they made up a disproportionate fraction of the Paper Cards "
      "accessed by the participants (mean=37%, SD=10%; or 4.5 times)'",
      "Cut before the end; the surviving part is right but the claim cannot be judged whole."),
    R(cut("CiteSee was evaluated in a controlled lab study with twelve participants and in a "
          "field deployment with six researchers working on their own literature reviews."),
      True, 0.22, "contradicted", "truncated", CS, 3,
      "§1 contributions: '(3) A controlled lab study (N=10) ...' '(4) A field deployment "
      "study (N=6)'", "The part before the cut already gives the wrong size (twelve for ten)."),
    R(cut("In the qualitative results, G-pooling leaves less pepper-and-salt noise inside objects "
          "than the other pooling methods, making predictions within objects more compact."),
      True, 0.16, "unverified", "truncated", GD, 6,
      "§5: 'The qualitative results in Figure 4 show our proposed G-pooling has less "
      "pepper-and-salt effect. In particular, there is less noise inside the objects compared "
      "to the other methods.'",
      "Cut before the end; the surviving part is right but the claim cannot be judged whole."),
)

REPORT = LabelledReport(
    file="02_reading_support_geospatial_pooling.pdf",
    title="Personal Context for Readers and Spatial Context for Segmentation Models",
    date="April 9, 2027",
    examines="CiteSee: Augmenting Citations in Scientific Papers with Persistent and "
             "Personalized Historical Context; Generalizing Deep Models for Overhead Image "
             "Segmentation Through Getis-Ord Gi* Pooling",
    research_question="Does context that a system already has, about a user or about the "
                      "world, make it work better than content alone",
    references=(CS, GD),
    abstract="Context can come from the person using a system or from what is known about the "
             "world. We review a paper reader that highlights citations using the reader's own "
             "history, and a pooling layer for aerial image segmentation that uses a "
             "geostatistical test for spatial clusters.",
    rows=ROWS,
)
