"""Blind report 2 (PDF): two papers of different fields and layouts. Shinyama and Sekine,
Preemptive Information Extraction using Unrestricted Relation Discovery (HLT-NAACL 2006, ACL
Anthology N06-1039, two columns; small boxed tables of counts, fractions and table rows), and
Roisin, Delhaye, Andre, Raskin and Flandre, Low-Power Silicon Strain Sensor Based on CMOS Current
Reference Topology (arXiv 2201.13352v1, an Elsevier preprint in two columns; tables of
piezoresistive coefficients and of sensor performance with units in the row labels). Claims
as in report 1. Labelled from the page images (110 dpi; tables at 200 dpi) and `pdftotext
-layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

PR = "N06-1039"  # Shinyama and Sekine 2006 (HLT-NAACL); the copy prints no proceedings footer
SS = "2201.13352"  # Roisin et al. 2022, arXiv preprint (physics.app-ph)

R = Row
P2 = ("Table 2 (articles and obtained metaclusters; rows Source articles 28,009, Basic "
      "clusters 5,543, Basic patterns (token) 643,767, Basic patterns (type) 7,990, "
      "Metaclusters 302, Metaclusters (rows ≥ 3) 101)")
P3 = ("Table 3 (evaluation results; Tables: Consistent tables 36 (75%), Inconsistent tables "
      "12, Total 48; Rows: Rows that fit the description 118 (73%), Rows not fitted 43, Total "
      "161)")
P4 = "Table 4 (description of obtained tables and the number of fitted/total rows)"
P6 = ("Table 6 (hurricanes in North America between mid-Sep. and Nov.; rows with a star were "
      "extracted; column Articles: the number of source articles mentioning the hurricane)")
S1 = ("Table 1 (main components of the piezoresistance tensor, TPa−1; rows n-Si, p-Si; columns "
      "π11, π12, π44, πt, πl)")
S2 = ("Table 2 (longitudinal and transverse piezoresistive coefficients in TPa−1; rows This "
      "work, Wacker et al. [34], Bradley et al. [35]; columns πn,t, πn,l, πp,t, πp,l, "
      "Dimensions)")
S3 = ("Table 3 (main performances at VDD = 1.8 V and Vbias = 1.2 V; columns βR, β+, β−, βsub; "
      "rows Strain sensitivity (nA/µε), Gauge Factor (/), Temperature sensitivity (nA/°C), "
      "Power Consumption (µW))")
ROWS = (
    # ===== Shinyama and Sekine (N06-1039) =====================================================
    # --- confirmed
    R("The crawler collected articles from twelve newspapers, published mainly in the U.S., "
      "over two months.", True, 0.3, "confirmed", "paraphrase", PR, 6,
      "§4: 'We used twelve newspapers published mainly in the U.S. We collected their articles "
      "over two months (from Sep. 21, 2005 - Nov. 27, 2005).'", "The same statement reworded."),
    R("Relation discovery started from 28,009 source articles, grouped into 5,543 basic "
      "clusters.", True, 0.28, "confirmed", "table_cell", PR, 6,
      f"{P2}: Source articles 28,009; Basic clusters 5,543", "Both cells as printed."),
    R("Metaclustering produced 302 tables, of which 101 were kept after removing duplicate rows "
      "and tables with fewer than three rows.", True, 0.27, "confirmed", "text_number", PR, 6,
      "§4: 'and obtained 302 metaclusters (tables). We then removed duplicated rows and took "
      "only the tables that had 3 or more rows. Finally we had 101 tables.'", "As printed."),
    R("Of 48 randomly chosen tables, 36 were judged consistent.", True, 0.33, "confirmed",
      "text_number", PR, 6,
      "§4.2: 'We evaluated 48 randomly chosen tables. Among these tables, we found that 36 "
      "tables were consistent.'", "As printed."),
    R("118 of the 161 evaluated rows fit the description of their table.", True, 0.24,
      "confirmed", "table_cell", PR, 7,
      f"{P3}: Rows that fit the description 118 (73%); Total 161", "As printed."),
    R("Hurricane Rita is mentioned in 566 of the source articles.", True, 0.17, "confirmed",
      "table_cell", PR, 8, f"{P6}: * Rita, Sep 17-26 (Louisiana, Texas, etc.), 566",
      "As printed."),
    R("The six hurricanes that the system extracted are mentioned in 1,126 source articles in "
      "total.", True, 0.15, "confirmed", "cell_arithmetic", PR, 8,
      f"{P6}: starred rows Rita 566, Stan 83, Tammy 18, Wilma 368, Beta 55, Gamma 36",
      "566 + 83 + 18 + 368 + 55 + 36 = 1,126."),
    R("Only the first ten sentences of each article are used to obtain basic patterns.", True,
      0.22, "confirmed", "paraphrase", PR, 5,
      "§3.4: 'We used only the first ten sentences in each article for getting basic "
      "patterns'", "The same statement reworded."),
    R("The HMM-based named entity tagger performs at about 85% F-score.", True, 0.2,
      "confirmed", "text_number", PR, 5,
      "§3.3: 'We used an HMM-based NE tagger whose performance is about 85% in F-score.'",
      "As printed."),
    # --- contradicted
    R("The system recovered 7 of the 9 hurricanes of the manually created list.", True, 0.26,
      "contradicted", "wrong_count", PR, 6, "§4.2: 'We found 6 out of 9 hurricanes'; Table 6 "
      "stars six rows", "Six, not seven."),
    R("Table 2 counts 643,767 distinct basic pattern types.", True, 0.19, "contradicted",
      "neighbour_cell", PR, 6,
      f"{P2}: Basic patterns (token) 643,767; Basic patterns (type) 7,990",
      "There are 7,990 types; 643,767 is the token count of the row above."),
    R("For the table described as '$1(PER) ran against $2(PER) in an election', 3 of 5 rows "
      "fit the description.", True, 0.14, "contradicted", "neighbour_cell", PR, 7,
      f"{P4}: '$1(GPE) launched an attack in $2(GPE).' 3/5; '$1(PER) ran against $2(PER) in "
      "an election.' 4/5", "The election table has 4/5; 3/5 is the row above."),
    R("Hurricane Wilma is mentioned in 386 source articles.", True, 0.16, "contradicted",
      "transposed_digits", PR, 8, f"{P6}: * Wilma, Oct 15-25 (Cuba, Honduras, etc.), 368",
      "368 with two digits swapped."),
    R("Basic patterns are generated from the ten most highly weighted entities of each basic "
      "cluster.", True, 0.21, "contradicted", "wrong_number", PR, 5,
      "§3.4: 'we took only the five most highly weighted entities from each basic cluster to "
      "generate basic patterns.'", "Five entities, not ten (ten is the number of sentences)."),
    R("The NE tagger tells hurricane names apart from person names.", True, 0.18,
      "contradicted", "negation", PR, 6,
      "§4.2: 'most of these hurricane names were automatically disambiguated although our NE "
      "tagger didn't distinguish a hurricane name from a person name.'; footnote 2: 'The "
      "hurricane names used in the examples were recognized as PERSON.'",
      "The paper says the tagger does not distinguish them."),
    R("None of the ten reviewed incorrect rows was caused by a coreference error.", True, 0.17,
      "contradicted", "negation", PR, 7,
      "§4.2: 'We reviewed 10 incorrect rows from various tables and found 4 of them were due "
      "to coreference errors'", "Four of the ten were coreference errors."),
    R("The 12 inconsistent tables make up a third of the evaluated tables.", False, 0.12,
      "contradicted", "cell_arithmetic", PR, 7, f"{P3}: Inconsistent tables 12; Total 48",
      "12 / 48 is a quarter, not a third."),
    # --- unverified
    R("The 0.65 similarity threshold for basic clusters was tuned on the MUC-6 management "
      "succession scenario.", True, 0.13, "unverified", "unsupported_relation", PR, 5,
      "§3.1: 'selected the pairs whose similarity exceeded a certain threshold (0.65 in this "
      "experiment) to form a basic cluster.'; MUC-6 is named only as an example in §1",
      "The threshold and MUC-6 are both in the paper, but it never says how the threshold "
      "was chosen."),
    R("Using GLARF rather than plain constituent trees raised the share of consistent tables "
      "to 75%.", True, 0.16, "unverified", "unsupported_relation", PR, 5,
      "§3.2: GLARF converter 'gives about 75% F-score using parser output'; Table 3: "
      "consistent tables 36 (75%)", "Both 75% figures are printed, but no comparison with "
      "constituent trees was run."),
    R(cut("The evaluation found that 36 of the 48 randomly chosen tables were consistent and "
          "that the rows fitting their description came to 118 of 161."), True, 0.21,
      "unverified", "truncated", PR, 6,
      f"§4.2 and {P3}: 36 of 48 tables consistent; 118 of 161 rows fit",
      "The part before the cut is right, but the claim is cut off mid-word, so as a whole it "
      "cannot be judged."),
    # ===== Roisin et al. (2201.13352) ==========================================================
    # --- confirmed
    R("A 350 Ω metallic strain gauge mounted next to the die measures the applied strain.",
      True, 0.25, "confirmed", "text_number", SS, 3,
      "§3.1: 'A reference metallic strain gauge of 350 Ω from Micro-Measurements is mounted "
      "next to the die in order to measure the strain applied to the device.'", "As printed."),
    R("In the relaxed case at 25°C, the NMOS transistor's low-field mobility is 1131 "
      "cm2 V−1 s−1, against 191 cm2 V−1 s−1 for the PMOS transistor.", True, 0.23, "confirmed",
      "text_number", SS, 4,
      "§3.2: 'The low-field mobilities obtained in the relaxed case at 25°C are 1131 cm2 V−1 "
      "s−1 and 191 cm2 V−1 s−1 for the NMOS and PMOS transistors, respectively.'",
      "As printed."),
    R("In the relaxed case at 25°C, the threshold voltages are 73.6 mV for the NMOS and "
      "-330.5 mV for the PMOS transistor.", True, 0.17, "confirmed", "text_number", SS, 4,
      "§3.2: 'The threshold voltages in these conditions are, respectively, 73.6 mV and "
      "-330.5 mV for the NMOS and PMOS transistor.'", "As printed."),
    R("The full-transistor β+ circuit consumes 56.96 µW, slightly less than the 60.02 µW of "
      "the β− circuit.", True, 0.2, "confirmed", "table_cell", SS, 8,
      f"{S3}: Power Consumption (µW): β+ 56.96, β− 60.02", "Both cells as printed."),
    R("For p-type silicon, the effective longitudinal piezoresistive coefficient is "
      "718 TPa−1.", True, 0.18, "confirmed", "table_cell", SS, 2, f"{S1}: p-Si, πl: 718",
      "As printed."),
    R("Wacker et al. report a transverse NMOS piezoresistive coefficient of -470 TPa−1.", True,
      0.15, "confirmed", "table_cell", SS, 5, f"{S2}: Wacker et al. [34], πn,t: -470",
      "As printed."),
    R("The current subtraction circuit's gauge factor of 1773 is more than five times that of "
      "the β-multiplier with resistor.", True, 0.27, "confirmed", "cell_arithmetic", SS, 8,
      f"{S3}: Gauge Factor (/): βR 324, βsub 1773", "1773 / 324 = 5.47."),
    R("Going from the resistor-based βR circuit to βsub raises the strain sensitivity by "
      "9.43 nA/µε.", True, 0.19, "confirmed", "cell_arithmetic", SS, 8,
      f"{S3}: Strain sensitivity (nA/µε): βR 2.59, βsub 12.02", "12.02 - 2.59 = 9.43."),
    R("Since β+ and β− both have negative temperature sensitivities, subtracting their "
      "currents lowers the temperature sensitivity.", True, 0.24, "confirmed", "paraphrase",
      SS, 7,
      "§3.3.2: 'As the temperature sensitivities are both negative for β+ and β− circuits, the "
      "current subtraction leads to lower temperature sensitivity.'",
      "The same statement reworded."),
    R("For βR, the sensitivity to supply voltage is 0.79 µA/V in the relaxed case and up to "
      "3.28 µA/V under 1000 µε of strain.", True, 0.2, "confirmed", "text_number", SS, 6,
      "§3.3.1: 'A sensitivity of 0.79 µA/V is obtained in the relaxed case. ... Under high "
      "strain condition of 1000 µε, the sensitivity is up to 3.28 µA/V.'", "As printed."),
    R("Lowering the bias voltage to 0.5 V brings consumption down to around 50 µW, with a "
      "gauge factor near 1200 instead of 1773.", True, 0.22, "confirmed", "paraphrase", SS, 8,
      "§3.3.2: 'a consumption of around 50 µW can for example be obtained with a bias voltage "
      "of 0.5 V but with a gauge factor of around 1200 instead of 1773.'",
      "The same statement reworded."),
    # --- contradicted
    R("The β− implementation has a temperature sensitivity of -47.74 nA/°C.", True, 0.2,
      "contradicted", "neighbour_cell", SS, 8,
      f"{S3}: Temperature sensitivity (nA/°C): β+ -47.74, β− -34.09",
      "β− is -34.09; -47.74 is the β+ cell beside it."),
    R("For n-type silicon, the π12 component of the piezoresistance tensor is -136 TPa−1.",
      True, 0.13, "contradicted", "neighbour_cell", SS, 2,
      f"{S1}: n-Si: π11 -1022, π12 534, π44 -136", "π12 is 534; -136 is π44, one column over."),
    R("The β-multiplier with resistor reaches a gauge factor of 342.", True, 0.21,
      "contradicted", "transposed_digits", SS, 8, f"{S3}: Gauge Factor (/), βR: 324",
      "324 with two digits swapped."),
    R("The NMOS transistors show large piezoresistive coefficients of opposite signs, while "
      "the PMOS coefficients are smaller and of the same sign.", True, 0.18, "contradicted",
      "direction_flip", SS, 5,
      "§3.2: 'The PMOS transistor presents high and opposite piezoresistive coefficients while "
      "the coefficients for the NMOS transistor are smaller and of the same sign.'",
      "The roles of NMOS and PMOS are swapped."),
    R("The poly-silicon resistor of the βR circuit has a value of 100 kΩ.", True, 0.16,
      "contradicted", "wrong_number", SS, 5,
      "§3.3: 'The resistor is made of poly-silicon and reaches a value of 10 kΩ.'",
      "10 kΩ, not 100 kΩ."),
    R("The paper analyses three implementations of the β-multiplier strain sensor.", True, 0.26,
      "contradicted", "wrong_count", SS, 1,
      "§1: 'Four implementations are analyzed: (i) a basic implementation with a resistor (βR), "
      "(ii) ... (β+) or (iii) negative (β−) ... and (iv) a current subtraction implementation "
      "(βsub).'", "Four, not three."),
    R("Compared with the basic reference circuit, the βsub solution brings no improvement in "
      "temperature sensitivity.", True, 0.19, "contradicted", "negation", SS, 8,
      "§3.3.2: 'the more advanced solution βsub also shows better temperature sensitivity "
      "compared with the basic reference circuit (from 52.06 nA/°C to -28.72 nA/°C).'",
      "The paper states an improvement."),
    R("The βsub circuit draws about four times the power of the βR circuit.", True, 0.15,
      "contradicted", "cell_arithmetic", SS, 8,
      f"{S3}: Power Consumption (µW): βR 28.6, βsub 145.45",
      "145.45 / 28.6 = 5.09: about five times, not four."),
    # --- unverified
    R("The authors trace the gap between their PMOS coefficients and Wacker et al.'s to the "
      "larger 16 µm transistors used there.", True, 0.14, "unverified",
      "unsupported_relation", SS, 5,
      f"{S2}: Wacker et al. WxL = 16 µm x 16 µm; §3.2: 'The differences ... can be due to "
      "extrinsic perturbations that influence the strain response. Indeed, the bias condition "
      "as well as the regime of the measured transistors can have a strong impact'",
      "The size is printed, but the paper never attributes the differences to it."),
    R("The βsub sensor keeps its gauge factor of 1773 at temperatures up to 100°C.", True,
      0.17, "unverified", "unsupported_relation", SS, 7,
      "§3.3.2: gauge factor 1773 at a bias voltage of 1.2 V; temperatures up to 100°C appear "
      "only for βR's supply sensitivity", "The paper reports no gauge factor at other "
      "temperatures."),
    R("The four-point bending machine applied strain at a rate of 10 µε per second.", False,
      0.1, "unverified", "unsupported_relation", SS, 3,
      "§3.1 describes the four-point bending set-up (cylinders spaced 3 cm and 8 cm) without "
      "any loading rate", "No rate is given."),
    R(cut("At a bias voltage of 1.2 V the current subtraction circuit reaches a gauge factor of "
          "1773, and the authors consider its power consumption acceptable."), False, 0.18,
      "unverified", "truncated", SS, 7,
      "§3.3.2: 'The circuit with current subtraction βsub presents the highest factor with 1773 "
      "(12.02 nA/µε) ... for a bias voltage of 1.2 V.'", "The part before the cut is right, "
      "but the claim is cut off mid-word, so as a whole it cannot be judged."),
    R(cut("With a 1.8 V supply, the β-multiplier with resistor shows a gauge factor of 324 and "
          "a temperature sensitivity that the authors find acceptable."), True, 0.23,
      "unverified", "truncated", SS, 6,
      "§3.3.1: 'The implementation βR shows a gauge factor of 324 (2.59 nA/µε) and temperature "
      "sensitivity of 52.06 nA/°C with a supply voltage of 1.8 V.'",
      "The part before the cut is right, but the claim is cut off mid-word, so as a whole it "
      "cannot be judged."),
)

REPORT = LabelledReport(
    file="02_relation_discovery_strain_sensing.pdf",
    title="Counting What Systems Find: Relation Discovery and Strain Sensing Revisited",
    date="2027-03-05",
    examines="unsupervised relation discovery from news and piezoresistive CMOS strain sensors",
    research_question="What do two measurement-heavy papers from different fields report, "
                      "and how exactly?",
    references=(PR, SS),
    rows=ROWS,
    quality_score=6.9,
)
