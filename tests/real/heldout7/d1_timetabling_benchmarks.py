"""Blind report 1 (Markdown): cites only Ceschia, Di Gaspero and Schaerf, "Educational
Timetabling: Problems, Benchmarks, and State-of-the-Art Results" (arXiv 2201.07525v1), a survey
whose numbers sit in feature tables with two-level headers (Table 1: E total/active, S
total/active, P, W avg/max, Gd), wide tables of instance features (Tables 2 and 3) and a
rotated results table (Table 9), besides its prose. Every label was written from the page
images and pdftotext -layout before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

TT = "2201.07525v1"  # Ceschia, Di Gaspero and Schaerf 2022 (arXiv v1, 26 pages)

T1 = "Table 1 (Features of the Toronto benchmark instances; columns E total/active, S " \
     "total/active, P, W avg/max, Gd)"
T2 = "Table 2 (Features of the ITC-2002 benchmark instances; columns E R S Ro Cgd SE ES RE)"
T3 = "Table 3 (Features of ITC-2007 benchmark instances; columns E R S Ro Cgd SE ES RE TE P)"
T9 = "Table 9 (Results on Toronto benchmarks of UETT, printed rotated; LB and UB columns)"


def row(text: str, mark: bool, confidence: float, status: str, category: str, page: int,
        evidence: str, why: str) -> Row:
    return Row(text, mark, confidence, status, category, TT, page, evidence, why)


ROWS = (
    # -- numbers printed in sentences -----------------------------------------------------
    row("The survey identifies six standard formulations of educational timetabling and "
        "presents them in chronological order.", True, 0.86, "confirmed", "text_number", 1,
        "We identified six standard formulations, which are presented in chronological order "
        "in Sections 3.1—3.6.",
        "Printed in the introduction (and 'We identify six of such formulations' in the "
        "abstract)."),
    row("The UETT formulation comes with a dataset of 13 real-world instances, known as the "
        "Toronto instances.", True, 0.9, "confirmed", "text_number", 4,
        "The UETT formulation comes with a dataset of 13 real-world instances mainly from North "
        "American universities, known as Toronto instances (or Carter's instances)",
        "The count is printed as claimed (Table 1 has the 13 rows)."),
    row("Bellio et al. (2021) also released a set of 100 generated instances on OptHub, "
        "selected for feasibility and computational hardness.", True, 0.81, "confirmed",
        "text_number", 5,
        "A set of 100 generated instances, selected based on feasibility and computational "
        "hardness, are also available on OPTHUB.",
        "Printed in 'Other datasets and generators' of Section 3.1."),
    row("A further set of 20 instances, translated from real-world instances of other "
        "examination timetabling formulations, is available on OptHub.", False, 0.64,
        "confirmed", "text_number", 5,
        "Another set of 20 instances, obtained by translating real-world instances for other "
        "examination timetabling formulations, have been made available by Bellio et al. on "
        "OPTHUB.", "Printed as claimed."),
    row("In UETT, scheduling two exams that share k students one period apart costs 16k.",
        True, 0.77, "confirmed", "text_number", 4,
        "the cost of scheduling two exams with k students in common at distance of 1, 2, 3, 4, "
        "and 5 periods is 16k, 8k, 4k, 2k, and k, respectively.",
        "Distance 1 costs 16k, as claimed."),
    row("All PE-CTT results in the survey come from 31 runs under the competition time limit "
        "of about 300 s.", True, 0.83, "confirmed", "text_number", 14,
        "All results are obtained from 31 runs, using the time limit allowed by the competition "
        "benchmark program (about 300s).", "Both numbers printed in Section 4.2."),
    # -- numbers printed only in table cells ----------------------------------------------
    row("The Toronto instance pur93 has 2627 exams in total, of which 2413 are active.", True,
        0.88, "confirmed", "table_cell", 5, f"{T1}: row pur93, E total 2627, E active 2413.",
        "Both cells as claimed."),
    row("car91 counts 16925 students in total and 13516 active students.", True, 0.85,
        "confirmed", "table_cell", 5, f"{T1}: row car91, S total 16925, S active 13516.",
        "Both cells as claimed."),
    row("hec92 has the densest conflict graph of the Toronto set, with a graph density of "
        "0.42.", True, 0.79, "confirmed", "table_cell", 5,
        f"{T1}: column Gd, hec92 0.42; the other twelve rows range from 0.03 to 0.29.",
        "0.42 is hec92's cell and the largest of the column."),
    row("sta83 has the highest average workload of the Toronto instances, 9.41 exams per "
        "active student.", True, 0.74, "confirmed", "table_cell", 5,
        f"{T1}: column W avg, sta83 9.41 (next highest ear83 7.21).",
        "The caption defines W as workload, exams per active student (text above the table); "
        "9.41 is the column's maximum."),
    row("ITC-2002 instance 04 has 400 events, 10 rooms and 300 students.", True, 0.8,
        "confirmed", "table_cell", 6, f"{T2}: row 04, E 400, R 10, S 300.",
        "All three cells as claimed."),
    row("In the ITC-2007 PE-CTT set, instance 17 has a conflict graph density of 0.71.", True,
        0.72, "confirmed", "table_cell", 7, f"{T3}: row 17, Cgd 0.71.", "The cell as claimed."),
    row("The best known upper bound on car91 is 4.237932, found by Bellio et al. (2021).",
        True, 0.7, "confirmed", "table_cell", 15,
        f"{T9}: row car91, UB 4.237932 with superscript BC; page 14: '\"BC\" for Bellio et al. "
        "[2021]'.", "The UB cell and its author letter, as claimed."),
    # -- differences of cells -------------------------------------------------------------
    row("On ear83 the gap between the lower bound and the best upper bound is about 14.16.",
        True, 0.66, "confirmed", "cell_arithmetic", 15,
        f"{T9}: row ear83, LB 18.2596, UB 32.420444.",
        "32.420444 - 18.2596 = 14.160844, about 14.16."),
    row("Noise exams account for 214 of pur93's 2627 exams.", True, 0.69, "confirmed",
        "cell_arithmetic", 5, f"{T1}: row pur93, E total 2627, E active 2413.",
        "Active means non-noise (text above Table 1): 2627 - 2413 = 214."),
    row("Preprocessing removes 3969 of car92's 18419 students as noise students.", True, 0.62,
        "confirmed", "cell_arithmetic", 5, f"{T1}: row car92, S total 18419, S active 14450.",
        "18419 - 14450 = 3969 non-active (noise) students."),
    row("On sta83 the lower bound lies 4.81 below the best upper bound of 156.86.", False, 0.55,
        "confirmed", "cell_arithmetic", 15, f"{T9}: row sta83, LB 152.0458, UB 156.86.",
        "156.86 - 152.0458 = 4.8142, 4.81."),
    # -- paraphrases ------------------------------------------------------------------------
    row("To the authors' knowledge, no Toronto instance has been solved to proven optimality.",
        True, 0.82, "confirmed", "paraphrase", 5,
        "In fact, to the best of our knowledge, none of such instances has been solved to "
        "proven optimality so far.", "Same statement in other words."),
    row("Every leading method on the UETT benchmarks is a metaheuristic; mathematical and "
        "constraint programming approaches are absent from the most successful ones.", True,
        0.78, "confirmed", "paraphrase", 14,
        "We also notice that all methods are metaheuristics, and there are no approaches such "
        "as mathematical and constraint programming among the most successful ones.",
        "Same statement in other words."),
    row("The ITC-2002 and ITC-2007 PE-CTT instances are artificial, generated so that at least "
        "one zero-cost solution exists.", True, 0.8, "confirmed", "paraphrase", 6,
        "All instances are artificial and obtained by a generator. In addition, they have the "
        "peculiarity of having been generated in such a way that at least one perfect (zero "
        "cost) solution exists.", "Same statement in other words."),
    # -- the cell of the next row or column -----------------------------------------------
    row("Instance kfu93 has a conflict graph density of 0.42.", True, 0.71, "contradicted",
        "neighbour_cell", 5, f"{T1}: column Gd, kfu93 0.06; the row above (hec92) 0.42.",
        "kfu93's density is 0.06; 0.42 is hec92's, the previous row."),
    row("The Toronto instance yor83 has 940 active exams.", True, 0.68, "contradicted",
        "neighbour_cell", 5, f"{T1}: row yor83, E active 181, S active 940.",
        "yor83 has 181 active exams; 940 is the next column group's active students."),
    row("ITC-2007 instance 05 has a room occupancy of 0.22.", True, 0.6, "contradicted",
        "neighbour_cell", 7, f"{T3}: column Ro, row 05 0.44, row 04 0.22.",
        "Instance 05's room occupancy is 0.44; 0.22 is the row above."),
    # -- swapped digits ---------------------------------------------------------------------
    row("The car91 instance has 16952 students in total.", True, 0.8, "contradicted",
        "transposed_digits", 5, f"{T1}: row car91, S total 16925.", "16925, not 16952."),
    row("The lse91 instance enrols 2762 students in total.", True, 0.73, "contradicted",
        "transposed_digits", 5, f"{T1}: row lse91, S total 2726.", "2726, not 2762."),
    row("ITC-2002 instance 05 averages 15.42 students per event.", False, 0.58, "contradicted",
        "transposed_digits", 6, f"{T2}: row 05, SE 15.24.",
        "SE (average students per exam/event) of instance 05 is 15.24, not 15.42."),
    # -- other wrong numbers ----------------------------------------------------------------
    row("Bellio et al.'s parametric generator comes with a set of 200 generated instances on "
        "OptHub.", True, 0.76, "contradicted", "wrong_number", 5,
        "A set of 100 generated instances, selected based on feasibility and computational "
        "hardness, are also available on OPTHUB.", "The set has 100 instances, not 200."),
    row("Every PE-CTT result reported in the survey is obtained from 51 runs.", True, 0.7,
        "contradicted", "wrong_number", 14, "All results are obtained from 31 runs",
        "31 runs, not 51."),
    # -- flipped directions -----------------------------------------------------------------
    row("The ITC-2007 PE-CTT instances have a lower conflict graph density than the ITC-2002 "
        "ones, which makes feasible solutions easier to find.", True, 0.67, "contradicted",
        "direction_flip", 6,
        "For ITC-2007 instances it is generally more difficult than ITC-2002 ones to find a "
        "feasible solution. Indeed, looking at the tables, we see that they have a higher "
        "density (column Cgd)", "Higher density and harder, not lower and easier."),
    row("On UETT, shorter runs consistently give better results than longer ones.", True, 0.61,
        "contradicted", "direction_flip", 14,
        "In fact, longer runs consistently produce results better than shorter ones.",
        "The paper states the opposite direction."),
    # -- negations in other words -----------------------------------------------------------
    row("The Toronto data contain no noise students: every student is enrolled in at least two "
        "exams.", True, 0.72, "contradicted", "negation", 4,
        "Indeed, some students are enrolled in only one exam, so that they can affect neither "
        "the constraints nor the objective. These students are called noise students",
        "The paper says such students exist."),
    row("The instance generator behind the ITC-2002 and ITC-2007 PE-CTT datasets has been made "
        "public.", True, 0.69, "contradicted", "negation", 7,
        "The generator used for the instances of ITC-2002 and ITC-2007 was never made public",
        "The paper says it was never made public."),
    row("The survey counts the apocryphal variants of the Toronto instances among the UETT "
        "benchmarks.", False, 0.51, "contradicted", "negation", 5,
        "given that they are just arbitrary perturbations of the real instances, we do not "
        "consider them as benchmarks.", "The paper excludes them explicitly."),
    # -- wrong counts -----------------------------------------------------------------------
    row("All PE-CTT instances have 45 periods, divided into 9 days of 5 timeslots each.", True,
        0.75, "contradicted", "wrong_count", 7,
        "all instances have exactly 45 periods divided in 5 days of 9 timeslots each",
        "5 days of 9 timeslots, not 9 days of 5."),
    row("The number of rooms in the PE-CTT instances takes only two values, 10 and 20.", True,
        0.66, "contradicted", "wrong_count", 7,
        "the number of rooms is restricted to just three different values, namely 10, 11, and "
        "20.", "Three values (10, 11 and 20), not two."),
    # -- relations the paper never states ----------------------------------------------------
    row("The lower bounds of Gogos et al. (2021) are loose because they were computed under a "
        "short time limit.", True, 0.57, "unverified", "unsupported_relation", 14,
        "We can see that, unfortunately, the LBs [Gogos et al., 2021] are not particularly "
        "tight, leaving room for improvements.",
        "The paper says the LBs are not tight but gives no cause, and no time limit for them."),
    row("Burke and Bykov (2016) reach their best pur93 value of 3.88 thanks to their longer "
        "runs of 5.1 hours on average.", True, 0.6, "unverified", "unsupported_relation", 15,
        f"{T9}: Burke and Bykov 2016, pur93 best 3.88; Time Avg 5.1 h.",
        "Both numbers are in Table 9, but the paper never ties this result to the run time."),
    row("Bellio et al. (2021) found the 20 translated instances harder to solve than the "
        "original Toronto set.", False, 0.45, "unverified", "unsupported_relation", 5,
        "Another set of 20 instances, obtained by translating real-world instances for other "
        "examination timetabling formulations, have been made available by Bellio et al. on "
        "OPTHUB.", "The paper compares no hardness between the two sets."),
    row("sta83 has the highest upper bound of the Toronto set (156.86) because it has the "
        "highest average workload (9.41).", True, 0.63, "unverified", "unsupported_relation",
        15, f"{T9}: sta83 UB 156.86; {T1}: sta83 W avg 9.41.",
        "Both numbers are printed, but the paper states no causal link between them."),
    # -- cut at 120 characters ---------------------------------------------------------------
    row(cut("The UETT formulation comes with 13 real-world Toronto instances, mainly from North "
            "American universities, whose main features are listed in Table 1 of the survey."),
        True, 0.74, "unverified", "truncated", 4,
        "The UETT formulation comes with a dataset of 13 real-world instances mainly from North "
        "American universities, known as Toronto instances",
        "What survives is right, but the claim is cut before its end, which may assert "
        "anything."),
    row(cut("The Toronto instance car92 has 543 exams in total and 524 active ones, and its "
            "students are spread over 32 periods with an average workload of 3.84."), True,
        0.71, "contradicted", "truncated", 5,
        f"{T1}: row car92, E total 543, E active 542, P 32, W avg 3.84.",
        "Already false before the cut: car92 has 542 active exams, not 524."),
    row(cut("For PE-CTT, the ITC-2007 dataset is split over two tables, since its first 16 "
            "instances and the other 8 instances were considered by different authors."),
        False, 0.5, "unverified", "truncated", 14,
        "The second dataset is split into two tables because the first set of 16 instances and "
        "the second one of 8 instances have been considered by different authors",
        "What survives is right, but the claim is cut mid-word; the rest may assert anything."),
)

REPORT = LabelledReport(
    file="01_timetabling_benchmarks.md",
    title="Benchmarks and State of the Art in Educational Timetabling",
    date="2027-03-11",
    examines="Educational Timetabling: Problems, Benchmarks, and State-of-the-Art Results",
    research_question="Which timetabling benchmarks are standard, and how hard are they",
    references=(TT,),
    abstract="Timetabling research compares its search methods on a handful of benchmark sets. "
             "We review a survey of those formulations, their instances' features and the best "
             "known results on them.",
    rows=ROWS,
)
