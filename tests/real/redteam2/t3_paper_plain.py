"""Red-team-2 report 3 (Markdown): August et al., Paper Plain: Making Medical Research Papers
Approachable to Healthcare Consumers with Natural Language Processing (arXiv 2203.00130v1): its
table of pairwise differences between four reading interfaces (two stacked blocks, each with
three difference columns and a p-value column after each, so one header word "p" names six
columns), its coefficient table and the study's medians, means and standard deviations in the
text. Adversarial claims: the difference or p-value of another pair, a p-value read under the
wrong difference, a standard deviation of another group, the participant count of the other
study, a median of the neighbouring rating, a footnoted test read the other way, a comparison
with its direction reversed. Labelled from the page images (Table 2 zoomed at 160 dpi) and
`pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

PP = "2203.00130"  # August et al. 2022, arXiv preprint (ACM TOCHI)

R = Row
T2 = ("Table 2 (post-hoc tests for pairwise differences in fixed-effects estimates; upper block "
      "columns PP - QA, p, PP - SD, p, PP - PDF, p; lower block QA - SD, p, QA - PDF, p, "
      "SD - PDF, p; rows Reading Difficulty (1-5), Understand (1-5), Relevance (1-5); PP = Paper "
      "Plain, QA = Key Question Index and Answer Gists, SD = Section Gists and Term Definitions, "
      "PDF = PDF baseline)")
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("The usability study had 24 participants, aged 19 to 67.", True, 0.28, "confirmed",
      "text_number", PP, 18,
      "A total of 24 Upworkers (9 male, 1 non-binary, and 14 female) participated in the study. "
      "Participants' age ranged from 19 to 67", "As printed."),
    R("Compared with the PDF baseline, Paper Plain lowered rated reading difficulty by 1.983 "
      "points (p < .0001).", True, 0.27, "confirmed", "table_cell", PP, 24,
      f"{T2}: Reading Difficulty: PP - PDF -1.983, p <.0001", "As printed."),
    R("Against the PDF baseline, the Key Question Index and Answer Gists variant raised "
      "understanding ratings by 1.281 (p = 0.0008).", True, 0.24, "confirmed", "table_cell", PP,
      24, f"{T2}: Understand: QA - PDF 1.281, p 0.0008", "As printed (lower block)."),
    R("For relevance, the Key Question variant's advantage over the Section Gists variant was "
      "0.946, with p = 0.0183.", True, 0.22, "confirmed", "table_cell", PP, 24,
      f"{T2}: Relevance: QA - SD 0.946, p 0.0183", "As printed (lower block)."),
    R("Section Gists and Term Definitions alone did not change rated reading difficulty "
      "significantly compared with the PDF baseline (p = 0.4786).", True, 0.22, "confirmed",
      "table_cell", PP, 24, f"{T2}: Reading Difficulty: SD - PDF -0.498, p 0.4786",
      "Not significant, as printed."),
    R("Participants answered 3.73 of 7 comprehension questions correctly on average, well above "
      "the chance level of 1.75.", True, 0.26, "confirmed", "text_number", PP, 25,
      "Participants on average answered 3.73 (sigma = 1.51) out of 7 comprehension questions "
      "correct. This is well above a random chance baseline of 1.75", "As printed."),
    R("Participants scored 3.67 on comprehension with Paper Plain against 3.50 with the PDF "
      "reader.", True, 0.24, "confirmed", "text_number", PP, 25,
      "Participants scored no worse on the comprehension questions with Paper Plain (mu = 3.67, "
      "sigma = 1.78) compared to the PDF reader (mu = 3.50, sigma = 1.31)", "As printed."),
    R("18 of the 20 readers who had the Key Question Index chose it as the most helpful "
      "feature.", True, 0.23, "confirmed", "text_number", PP, 25,
      "18 out of 20 readers who had the Key Question Index and Answer Gists in at least one "
      "condition selected the Key Question index, not the Answer Gists, as the most helpful "
      "feature.", "As printed."),
    R("With the Key Question Index, participants stayed 5.19 seconds at each paper position, "
      "1.85 seconds longer than without it.", True, 0.22, "confirmed", "text_number", PP, 22,
      "Participants with the Key Question Index and Answer Gists averaged 5.19 seconds "
      "(sigma = 7.72) in each paper position before moving, which was 1.85 seconds longer than "
      "... without", "As printed."),
    R("79% of the usability-study participants had taken 3 or fewer STEM courses since high "
      "school.", True, 0.21, "confirmed", "text_number", PP, 18,
      "79% of participants (19) had taken 3 or fewer STEM course since high school",
      "As printed."),
    R("With Paper Plain, the median confidence of having found all relevant information was "
      "4.00, with a standard deviation of 0.87.", True, 0.2, "confirmed", "text_number", PP, 23,
      "Participants with Paper Plain were significantly more confident that they got all "
      "relevant information from the papers (x~ = 4.00, sigma = 0.87", "As printed."),
    R("Each participant was paid US$15 for the hour-long study.", True, 0.22, "confirmed",
      "text_number", PP, 18, "All participants were paid US$15 for the hour-long study.",
      "As printed."),
    # --- contradicted --------------------------------------------------------------------------
    R("Compared with the PDF baseline, Paper Plain lowered rated reading difficulty by 1.639 "
      "points.", True, 0.22, "contradicted", "neighbour_cell", PP, 24,
      f"{T2}: Reading Difficulty: PP - PDF -1.983; QA - PDF -1.639",
      "1.983; 1.639 is the Key Question variant's difference."),
    R("Paper Plain's relevance advantage over the Section Gists variant was significant "
      "(p = 0.0183).", True, 0.21, "contradicted", "neighbour_cell", PP, 24,
      f"{T2}: Relevance: PP - SD 0.752, p 0.0772; QA - SD p 0.0183",
      "p = 0.0772, not significant; 0.0183 is QA - SD's."),
    R("Paper Plain's understanding advantage over the PDF baseline was 1.177 with p = 0.0866.",
      True, 0.2, "contradicted", "neighbour_cell", PP, 24,
      f"{T2}: Understand: PP - SD 0.719, p 0.0866; PP - PDF 1.177, p 0.0020",
      "p = 0.0020; 0.0866 is the p of PP - SD."),
    R("Without the Key Question Index, participants stayed 5.19 seconds at each paper "
      "position.", True, 0.2, "contradicted", "direction_flip", PP, 22,
      "with the Key Question Index and Answer Gists averaged 5.19 seconds ... without ... "
      "(average 3.34 seconds, sigma = 10.99)", "3.34 without; 5.19 is with."),
    R("12 Upworkers took part in the usability study.", True, 0.21, "contradicted",
      "wrong_count", PP, 18,
      "A total of 24 Upworkers ... participated in the study (the usability study); 12 took part "
      "in the earlier observational study", "24; 12 is the think-aloud study of Section 3."),
    R("Participants answered 3.73 of 7 comprehension questions correctly, with a standard "
      "deviation of 1.78.", True, 0.19, "contradicted", "neighbour_cell", PP, 25,
      "3.73 (sigma = 1.51) ... with Paper Plain (mu = 3.67, sigma = 1.78)",
      "sigma = 1.51; 1.78 is the Paper Plain group's."),
    R("With Paper Plain, the median understanding rating was 4.00.", True, 0.19,
      "contradicted", "neighbour_cell", PP, 23,
      "relevant information (x~ = 4.00, sigma = 0.87 ...) and understood the papers "
      "(x~ = 3.50, sigma = 0.69)", "3.50; 4.00 is the relevance median."),
    R("In the observational study, 5 of the 12 participants had completed college.", True, 0.18,
      "contradicted", "wrong_count", PP, 7,
      "A total of 12 participants completed the study (T1-12). Of these participants, 11 had "
      "completed college and 5 had completed professional or graduate school.",
      "11 had completed college; 5 is graduate school."),
    R("Readers with only the Key Question Index and Answer Gists rated reading difficulty higher "
      "than readers with the PDF baseline.", True, 0.18, "contradicted", "direction_flip", PP,
      26, f"{T2}: Reading Difficulty: QA - PDF -1.639, p 0.0003; text: rated their reading "
      "difficulty significantly lower (x~ = 3.00) than ... baseline PDF reader (x~ = 4.00)",
      "Lower, not higher."),
    R("The Section Gists variant raised relevance ratings by 0.415 over the Key Question "
      "variant.", True, 0.17, "contradicted", "neighbour_cell", PP, 24,
      f"{T2}: Relevance: QA - SD 0.946; SD - PDF 0.415",
      "The Key Question variant is 0.946 higher; 0.415 is SD - PDF."),
    R("The F-test for the interaction between paper and interface was significant (p < 0.05).",
      True, 0.16, "contradicted", "negation", PP, 37,
      "footnote 9: We also fit the same LMM with an additional interaction term (x1 x2) but the "
      "F-test for this term was not significant across the three measures (p > 0.67, p > 0.98, "
      "p > 0.98)", "Not significant."),
    R("Paper Plain raised comprehension scores well above those of the PDF reader.", True,
      0.17, "contradicted", "unsupported_relation", PP, 25,
      "Participants scored no worse ... with Paper Plain (mu = 3.67) compared to the PDF reader "
      "(mu = 3.50) (Non inferiority t-test) ... it is not surprising that participants scored "
      "similarly on the comprehension questions across variants.",
      "Similar scores, tested only for non-inferiority."),
    # --- unverified ----------------------------------------------------------------------------
    R("Paper Plain cut the time readers needed to finish a paper by 40%.", True, 0.15,
      "unverified", "unsupported_relation", PP, 18,
      "Reading time was fixed at 10 minutes; no time saving is reported", "Not stated."),
    R("The Key Question variant improved comprehension by 0.5 questions over the PDF reader.",
      True, 0.15, "unverified", "unsupported_relation", PP, 25,
      "Comprehension per variant is only plotted (Figure 10); means are printed for Paper Plain "
      "(3.67) and the PDF reader (3.50) only", "No number for the Key Question variant."),
    R("Readers who used Paper Plain asked their doctors 2.1 more questions than PDF readers.",
      True, 0.14, "unverified", "unsupported_relation", PP, 18,
      "No measure of questions to doctors", "Not studied."),
    R("Participants rated the Section Gists accurate in 90% of the sections they opened.", True,
      0.14, "unverified", "unsupported_relation", PP, 26,
      "No accuracy rating of the gists is reported", "Not measured."),
    R("With Paper Plain, readers read 30% more of each paper than with the PDF baseline.", True,
      0.14, "unverified", "unsupported_relation", PP, 22,
      "All participants with Paper Plain made it to the end of a paper; no share of text read is "
      "reported", "No such number."),
    R("Two practicing physicians checked the generated gists before the study.", True, 0.15,
      "unverified", "unsupported_relation", PP, 19,
      "having two practicing physicians not involved in the study provide feedback on the "
      "questions", "The physicians reviewed the comprehension questions, not the gists."),
    R("The gists were generated by GPT-3 with a temperature of 0.7.", True, 0.16,
      "contradicted", "wrong_number", PP, 37,
      "We set generation length to 100 characters and temperature to a range of 0.25 to 0.5",
      "0.7 lies outside the 0.25-0.5 range used."),
)

REPORT = LabelledReport(
    file="03_paper_plain.md",
    title="Reading Aids for Medical Papers: Effects Reported in a Usability Study",
    date="2027-03-09",
    examines="interfaces that help non-experts read medical research papers",
    research_question="Do guidance and gist features change how lay readers rate and "
                      "understand medical papers?",
    references=(PP,),
    rows=ROWS,
    quality_score=7.2,
)
