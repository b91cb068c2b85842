"""Held-out-11 report 1 (Markdown): Caramalau, Bhattarai, Stoyanov, Kim, MoBYv2AL:
Self-supervised Active Learning for Image Classification (BMVC 2022, arXiv 2301.01531, the
arXiv stamp on page 1; the PDF is PDF-Extract-Kit's fixture Failcase/2301.01531). One column.
Table 1 (page 8) sets CSAL against MoBYv2AL on CIFAR-100 at 10-30% labelled; Table 2 (page 9)
puts two tables side by side (SSL pipeline variants left, ablations right) over 1000, 2000 and
3000 labelled samples with deviations after "±" and a shared MoBYv2AL (Ours) row; Table 3
(page 10) puts a multi-stage vs joint table beside a one-row table of CIFAR-10 accuracy per SSL
method. Natural synthesis claims, labelled from the page images (110 dpi, tables at 200 dpi) and
`pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

MB = "2301.01531"

R = Row
T1 = ("Table 1 (CSAL vs MoBYv2AL on CIFAR-100, WideResNet-28; columns 10%, 15%, 20%, 25%, "
      "30% labelled)")
T2L = ("Table 2 left (SSL model / No. of labelled 1000, 2000, 3000; rows MoCov2, BYOL, MoBY, "
       "MoBYv2AL (Ours); CIFAR-10, ResNet-18, 5 trials)")
T2R = ("Table 2 right (MoBYv2AL / No. of labelled 1000, 2000, 3000; rows w/o Discriminator, "
       "w/o MLP Projector, w/o Strong Augmentation, MoBYv2AL (Ours))")
T3L = "Table 3 left (MoBYv2AL; rows Multi-stage semi supervised, Jointly with end-task)"
T3R = ("Table 3 right (SSL method: Supervised, MoCov2, BYOL, DINO, MoBYv2AL; CIFAR-10 Test "
       "accuracy)")
ROWS = (
    # --- confirmed: table cells ------------------------------------------------------------
    R("With 10% of CIFAR-100 labelled, MoBYv2AL reaches 67.66 against 58.1 for CSAL.", True,
      0.3, "confirmed", "table_cell", MB, 8, f"{T1}: 10%: CSAL 58.1, MoBYv2AL 67.66",
      "As printed."),
    R("CSAL reaches 69.28 at 25% labelled data on CIFAR-100.", True, 0.25, "confirmed",
      "table_cell", MB, 8, f"{T1}: 25%: CSAL 69.28", "As printed."),
    R("At 30% labelled, MoBYv2AL scores 70.11, narrowly ahead of CSAL at 70.08.", True, 0.3,
      "confirmed", "table_cell", MB, 8, f"{T1}: 30%: MoBYv2AL 70.11, CSAL 70.08",
      "As printed."),
    R("MoBYv2AL obtains 68.24 with 15% of the CIFAR-100 labels.", True, 0.25, "confirmed",
      "table_cell", MB, 8, f"{T1}: 15%: MoBYv2AL 68.24", "As printed."),
    R("With 20% labelled CIFAR-100 data, CSAL achieves 67.13.", True, 0.25, "confirmed",
      "table_cell", MB, 8, f"{T1}: 20%: CSAL 67.13", "As printed."),
    R("Swapping in MoCov2 as the SSL module yields only 11.62 with 1000 labelled samples.", True,
      0.3, "confirmed", "table_cell", MB, 9, f"{T2L}: MoCov2, 1000: 11.62±.9", "As printed."),
    R("With the original MoBY module, accuracy is 76.43 at 3000 labelled samples.", True, 0.25,
      "confirmed", "table_cell", MB, 9, f"{T2L}: MoBY, 3000: 76.43±.1", "As printed."),
    R("BYOL in the pipeline gives 11.47 with 3000 labelled images.", True, 0.25, "confirmed",
      "table_cell", MB, 9, f"{T2L}: BYOL, 3000: 11.47±.2", "As printed."),
    R("MoBYv2AL reaches 80.63 on CIFAR-10 with 3000 labelled samples.", True, 0.3, "confirmed",
      "table_cell", MB, 9, f"{T2L} / {T2R}: MoBYv2AL (Ours), 3000: 80.63±.3", "As printed."),
    R("MoBYv2AL attains 76.04 with 2000 labelled samples on CIFAR-10.", True, 0.25,
      "confirmed", "table_cell", MB, 9, f"{T2L}: MoBYv2AL (Ours), 2000: 76.04±.6",
      "As printed."),
    R("Removing the discriminator leaves 60.44 accuracy at 1000 labels.", True, 0.25,
      "confirmed", "table_cell", MB, 9, f"{T2R}: w/o Discriminator, 1000: 60.44±.4",
      "As printed."),
    R("Without the MLP projector the model reaches 71.96 at 2000 labelled samples.", True, 0.25,
      "confirmed", "table_cell", MB, 9, f"{T2R}: w/o MLP Projector, 2000: 71.96±.5",
      "As printed."),
    R("Dropping strong augmentation costs the most: 47.7 at 1000 labels against 63.06 for the "
      "full model.", True, 0.3, "confirmed", "table_cell", MB, 9,
      f"{T2R}: w/o Strong Augmentation 1000: 47.7±.4; MoBYv2AL (Ours) 63.06±.5",
      "As printed; it is the lowest ablation row."),
    R("The ablation without strong augmentation reaches 64.85 at 3000 labelled samples.", True,
      0.25, "confirmed", "table_cell", MB, 9, f"{T2R}: w/o Strong Augmentation, 3000: 64.85±.5",
      "As printed."),
    R("Multi-stage semi-supervised training stays near 35%, reaching 35.09 at 3000 labels.",
      True, 0.3, "confirmed", "table_cell", MB, 10,
      f"{T3L}: Multi-stage semi supervised, 3000: 35.09±.1", "As printed."),
    R("Under multi-stage training MoBYv2AL scores 34.8 with 1000 labelled samples.", True, 0.25,
      "confirmed", "table_cell", MB, 10, f"{T3L}: Multi-stage semi supervised, 1000: 34.8±.1",
      "As printed."),
    R("As a semi-supervised learner, MoBYv2AL reaches 88.62 CIFAR-10 test accuracy, against "
      "90.08 for the supervised model.", True, 0.3, "confirmed", "table_cell", MB, 10,
      f"{T3R}: Supervised 90.08, MoBYv2AL 88.62", "As printed."),
    R("DINO reaches 81.2 CIFAR-10 test accuracy in the semi-supervised comparison.", True, 0.25,
      "confirmed", "table_cell", MB, 10, f"{T3R}: DINO 81.2", "As printed."),
    R("BYOL obtains 77.89 test accuracy on CIFAR-10 as a semi-supervised method.", True, 0.25,
      "confirmed", "table_cell", MB, 10, f"{T3R}: BYOL 77.89", "As printed."),
    # --- confirmed: arithmetic, text numbers, paraphrases ----------------------------------
    R("MoBYv2AL's lead over CSAL at 10% labelled CIFAR-100 is about 9.6 points.", True, 0.25,
      "confirmed", "cell_arithmetic", MB, 8, f"{T1}: 10%: 67.66 - 58.1 = 9.56", "9.56 ~ 9.6."),
    R("Removing the MLP projector costs about 3.6 points at 3000 labels (77.02 vs 80.63).",
      True, 0.25, "confirmed", "cell_arithmetic", MB, 9,
      f"{T2R}: 3000: w/o MLP Projector 77.02, MoBYv2AL 80.63; 80.63 - 77.02 = 3.61",
      "As computed."),
    R("MoBYv2AL trails fully supervised training by 1.46 points of CIFAR-10 test accuracy.",
      True, 0.25, "confirmed", "cell_arithmetic", MB, 10,
      f"{T3R}: 90.08 - 88.62 = 1.46", "As computed."),
    R("After seven cycles, with 40% of the data labelled, MoBYv2AL reaches 89.6% mean accuracy "
      "on CIFAR-10 and 63.1% on CIFAR-100.", True, 0.35, "confirmed", "text_number", MB, 7,
      "after 7 cycles, with 40% labelled data, MoBYv2AL achieves 89.6% mean accuracy on "
      "CIFAR-10 and 63.1% on CIFAR-100", "As printed."),
    R("The learner is trained for 200 epochs at each selection stage with a batch size of 128.",
      True, 0.3, "confirmed", "text_number", MB, 6,
      "We train at every selection stage for 200 epochs, and we keep the batch size at 128.",
      "As printed."),
    R("The key dictionary size is set to 4096, as in MoBY.", True, 0.25, "confirmed",
      "text_number", MB, 6, "The dictionary size for the keys m is set up as in MoBY at 4096.",
      "As printed."),
    R("The contrastive loss is down-weighted with a scaling factor of 0.5.", True, 0.25,
      "confirmed", "text_number", MB, 6,
      "we decide to reduce its influence over the gradients with λc = 0.5", "As printed."),
    R("The temperature of the contrastive loss is fixed at 0.2 for both queues.", True, 0.25,
      "confirmed", "text_number", MB, 7,
      "In the contrastive loss, for both queues, we fix the temperature parameter to 0.2.",
      "As printed."),
    R("In the imbalanced CIFAR-10 experiment, five classes are cut to 500 images, leaving a pool "
      "of 27500.", True, 0.3, "confirmed", "text_number", MB, 8,
      "We decide to reduce 5 of the classes to 500 images (resulting in a pool of 27500).",
      "As printed."),
    R("The method is evaluated on four image classification datasets: CIFAR-10, CIFAR-100, "
      "SVHN and FashionMNIST.", True, 0.3, "confirmed", "paraphrase", MB, 6,
      "we put forward four well-known image classification datasets: CIFAR-10, CIFAR-100 [24], "
      "SVHN[14] and FashionMNIST[40]", "As printed."),
    R("With MoCov2 or BYOL as the SSL module, the learner failed to converge in any selection "
      "cycle.", True, 0.3, "confirmed", "paraphrase", MB, 9,
      "Apart from MoBY, the learner did not converge on any selection cycle with the other SSL "
      "modules.", "Paraphrase."),
    # --- contradicted ----------------------------------------------------------------------
    R("With 10% of CIFAR-100 labelled, CSAL reaches 63.76.", True, 0.25, "contradicted",
      "neighbour_cell", MB, 8, f"{T1}: CSAL 10%: 58.1 (63.76 is 15%)", "Neighbouring column."),
    R("MoBYv2AL scores 68.57 at 20% labelled CIFAR-100.", True, 0.25, "contradicted",
      "neighbour_cell", MB, 8, f"{T1}: MoBYv2AL 20%: 68.49 (68.57 is 25%)",
      "Neighbouring column."),
    R("The original MoBY module reaches 62.62 with 2000 labelled samples.", True, 0.25,
      "contradicted", "neighbour_cell", MB, 9, f"{T2L}: MoBY 2000: 72 (62.62 is 1000)",
      "Neighbouring column."),
    R("Without the discriminator, accuracy at 3000 labels is 77.02.", True, 0.25,
      "contradicted", "neighbour_cell", MB, 9,
      f"{T2R}: w/o Discriminator 3000: 77.89 (77.02 is w/o MLP Projector)",
      "Neighbouring row."),
    R("BYOL reaches 12.89 with 3000 labelled samples.", True, 0.25, "contradicted",
      "neighbour_cell", MB, 9, f"{T2L}: BYOL 3000: 11.47 (12.89 is MoCov2)",
      "Neighbouring row."),
    R("MoCov2 obtains 81.2 test accuracy on CIFAR-10 in the semi-supervised comparison.", True,
      0.25, "contradicted", "neighbour_cell", MB, 10, f"{T3R}: MoCov2 76.7 (81.2 is DINO)",
      "Neighbouring column."),
    R("Jointly training with the end task gives 72.53 at 2000 labelled samples.", True, 0.25,
      "contradicted", "neighbour_cell", MB, 10,
      f"{T3L}: Jointly with end-task 2000: 76.04 (72.53 is w/o Discriminator in Table 2)",
      "Another table's row."),
    R("At 30% labelled CIFAR-100, CSAL (70.11) edges out MoBYv2AL (70.08).", True, 0.25,
      "contradicted", "direction_flip", MB, 8, f"{T1}: 30%: CSAL 70.08, MoBYv2AL 70.11",
      "Values swapped between rows."),
    R("MoBYv2AL outperforms fully supervised training in CIFAR-10 test accuracy.", True, 0.25,
      "contradicted", "direction_flip", MB, 10, f"{T3R}: Supervised 90.08 > MoBYv2AL 88.62",
      "Supervised is higher."),
    R("The full model reaches 83.06 at 1000 labelled samples.", True, 0.25, "contradicted",
      "wrong_number", MB, 9, f"{T2L}: MoBYv2AL (Ours) 1000: 63.06", "Wrong number."),
    R("After seven cycles with 40% labelled data, MoBYv2AL reaches 86.9% mean accuracy on "
      "CIFAR-10.", True, 0.25, "contradicted", "transposed_digits", MB, 7,
      "MoBYv2AL achieves 89.6% mean accuracy on CIFAR-10", "89.6 printed."),
    R("The learner is trained for 120 epochs at each selection stage.", True, 0.25,
      "contradicted", "wrong_number", MB, 6,
      "We train at every selection stage for 200 epochs (the rate drops at 120 and 160 epochs)",
      "200 epochs; 120 is a schedule step."),
    R("The imbalanced experiment reduces seven of the ten CIFAR-10 classes to 500 images.", True,
      0.25, "contradicted", "wrong_count", MB, 8,
      "We decide to reduce 5 of the classes to 500 images", "Five classes, not seven."),
    R("The evaluation covers three image classification datasets.", True, 0.25,
      "contradicted", "wrong_count", MB, 6, "four well-known image classification datasets",
      "Four."),
    R("MoBYv2AL's lead over CSAL at 10% labelled CIFAR-100 is about 4.5 points.", True, 0.25,
      "contradicted", "cell_arithmetic", MB, 8, f"{T1}: 67.66 - 58.1 = 9.56",
      "9.56, not 4.5."),
    R("Removing the discriminator and the MLP projectors left accuracy unchanged.", True, 0.25,
      "contradicted", "negation", MB, 9,
      "we successfully remove the queue Discriminator and the MLP projectors. As a result, we "
      "detect a continuous accuracy drop.", "The paper reports a drop."),
    # --- unverified ------------------------------------------------------------------------
    R("MoBYv2AL's gain over CSAL at 10% labelled CIFAR-100 is statistically significant "
      "(p < 0.01).", True, 0.15, "unverified", "unsupported_relation", MB, 8,
      f"{T1}: 10%: 58.1 vs 67.66; no significance test", "No test is reported."),
    R("With 5000 labelled samples, MoBYv2AL reaches 84.1 on CIFAR-10.", True, 0.15,
      "unverified", "unsupported_relation", MB, 9,
      f"{T2L}: only 1000, 2000 and 3000 labelled are reported", "No 5000 column."),
    R("On SVHN, MoBYv2AL with a ResNet-18 encoder reaches 80.63 with 3000 labels.", True, 0.15,
      "unverified", "unsupported_relation", MB, 9,
      f"{T2L}: 80.63 is CIFAR-10; SVHN results are only plotted (Figure 3)",
      "Another dataset; no SVHN number is printed."),
    R("DINO in the end-to-end active learning pipeline reaches 12.1 with 1000 labelled samples.",
      True, 0.15, "unverified", "unsupported_relation", MB, 9,
      f"{T2L}: rows MoCov2, BYOL, MoBY only; DINO appears only in Table 3 right",
      "Not run in that setting."),
    R("MoBYv2AL takes about 3 GPU-hours per selection cycle on CIFAR-10.", True, 0.15,
      "unverified", "unsupported_relation", MB, 6, "No training time is reported.",
      "Not reported."),
    R("CSAL reaches 71.4 at 35% labelled CIFAR-100.", True, 0.15, "unverified",
      "unsupported_relation", MB, 8, f"{T1}: columns stop at 30%", "No 35% column."),
    R("Multi-stage training with CoreSet selection needs 10% fewer labels than random "
      "sampling to reach 35%.", True, 0.15, "unverified", "unsupported_relation", MB, 10,
      f"{T3L}: 34.8, 34.96, 35.09; no random baseline or label savings given", "Not reported."),
    R("Without the discriminator, MoBYv2AL at 1000 labels (60.44) beats CSAL at 10% "
      "CIFAR-100 (58.1), showing the discriminator is unnecessary.", True, 0.15, "unverified",
      "unsupported_relation", MB, 9,
      f"{T2R}: w/o Discriminator 1000: 60.44 (CIFAR-10); {T1}: CSAL 10%: 58.1 (CIFAR-100)",
      "Different datasets and learners; the paper draws no such conclusion."),
    R("MoBY reaches 72 with 2000 labels because its queue is larger than MoBYv2AL's.", True,
      0.15, "unverified", "unsupported_relation", MB, 9,
      f"{T2L}: MoBY 2000: 72±.5; no queue-size comparison", "No such cause is given."),
    R("With a VGG-16 encoder instead of ResNet-18, MoBYv2AL reaches 82.3 at 3000 labelled "
      "CIFAR-10 samples.", True, 0.15, "unverified", "unsupported_relation", MB, 9,
      f"{T2L}: ResNet-18 only; VGG-16 results are only plotted (Figure 2)", "Not printed."),
    R("Multi-stage training was run for 400 epochs per stage.", True, 0.15, "unverified",
      "unsupported_relation", MB, 10, "No epoch count is given for the multi-stage variant.",
      "Not reported."),
)

REPORT = LabelledReport(
    file="01_mobyv2al_active_learning.md",
    title="Self-Supervision Inside the Active Learning Loop: Evidence from MoBYv2AL",
    date="2027-05-02",
    examines="self-supervised contrastive learning combined with active learning for images",
    research_question="How much does joint contrastive training help active learning on small "
                      "labelled budgets, and which of its parts matter?",
    references=(MB,),
    rows=ROWS,
    quality_score=7.2,
)
