"""Red-team report 2 (plain text, bare headings): Waugh, Ziebart and Bagnell, Computational
Rationalization: The Inverse Equilibrium Problem (ICML 2011; arXiv 1103.5254, the ID its own
reference list gives for the extended version), its Table 1 and experiment section; and
Sheikhahmadi, Nematbakhsh and Shokrollahi, Improving Detection of Influential Nodes in Complex
Networks (arXiv 1504.06236v2), its Tables 1, 2, 4 and 5 (2 and 5 printed sideways). Adversarial
claims as in report 1. Labelled from the page images (tables zoomed at 150-250 dpi, the sideways
ones rotated) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

CR = "1103.5254"  # Waugh, Ziebart, Bagnell 2011 (ICML; arXiv version)
IN = "1504.06236"  # Sheikhahmadi, Nematbakhsh, Shokrollahi 2015 (arXiv)

R = Row
B1 = ("Table 1 (transfer error (log-loss) on unobserved games; rows Add Highway, Add Driver, "
      "Gas Shortage, Congestion; columns Logistic Model, MaxEnt ICE)")
S1 = ("Table 1 (the real-world datasets; columns Type, Order (nodes), Size (edges), Avg Degree, "
      "Max Degree)")
S2 = ("Table 2 (the rate of CN(1,2) of seeds of different seed sets on seven datasets; rows "
      "dataset x top k 25/50/75/100; columns Degree ... k-shell, DD dtd = 2, DD dtd = 3)")
S4 = ("Table 4 (Pearson's correlation between SIDD and other measures on three datasets; rows "
      "BK, ES, SZ; columns Degree, Closeness, PageRank, DegreeDiscount, LeaderRank, k-shell)")
S5 = ("Table 5 (spreading effectiveness of seeds by different seed sets; rows dataset x k = 10 "
      "... 50; columns Degree, Closeness, Betweenness, DegreeDiscount, PageRank, LeaderRank, "
      "k-shell, SIDD)")
ROWS = (
    # ===== Computational Rationalization (1103.5254) ==========================================
    R("In the Add Driver transfer game, MaxEnt ICE reaches a log-loss of 3.477, against 4.060 "
      "for the logistic model.", True, 0.3, "confirmed", "table_cell", CR, 7,
      f"{B1}: Add Driver: Logistic Model 4.060, MaxEnt Ice 3.477", "As printed."),
    R("On Add Highway, MaxEnt ICE lowers the transfer log-loss of the logistic model by 1.084.",
      True, 0.22, "confirmed", "cell_arithmetic", CR, 7,
      f"{B1}: Add Highway: Logistic Model 4.177, MaxEnt Ice 3.093", "4.177 - 3.093 = 1.084."),
    R("Averaged over the four transfer games, MaxEnt ICE's log-loss is 3.168.", True, 0.18,
      "confirmed", "cell_arithmetic", CR, 7,
      f"{B1}: MaxEnt Ice: 3.093, 3.477, 3.137, 2.965", "12.672 / 4 = 3.168."),
    R("On Add Highway, MaxEnt ICE's log-loss is 26% lower than the logistic model's.", True,
      0.19, "confirmed", "cell_arithmetic", CR, 7,
      f"{B1}: Add Highway: Logistic Model 4.177, MaxEnt Ice 3.093",
      "(4.177 - 3.093) / 4.177 = 25.95%, 26% rounded."),
    R("Seven drivers each choose among four routes, which gives over 16,000 possible outcomes.",
      True, 0.27, "confirmed", "text_number", CR, 6,
      "Seven drivers in this game choose how to travel home (p. 6) ... each of the drivers "
      "chooses from four possible routes ..., yielding over 16,000 possible outcomes (p. 7)",
      "As printed (the count is on page 7)."),
    R("In the new games, the uniform strategy has a log-loss of about 6.8 while the true "
      "behavior has about 2.7.", True, 0.24, "confirmed", "paraphrase", CR, 7,
      "in these new games, the uniform strategy has a loss of approximately 6.8 in all games, "
      "and the true behavior has a loss of approximately 2.7", "Restated."),
    R("On the Gas Shortage game, MaxEnt ICE has a transfer log-loss of 3.498.", True, 0.25,
      "contradicted", "neighbour_cell", CR, 7,
      f"{B1}: Gas Shortage: Logistic Model 3.498, MaxEnt Ice 3.137",
      "3.498 is the logistic model's cell; MaxEnt ICE has 3.137."),
    R("The logistic model beats MaxEnt ICE on the Congestion game, 2.965 to 3.345.", True, 0.2,
      "contradicted", "direction_flip", CR, 7,
      f"{B1}: Congestion: Logistic Model 3.345, MaxEnt Ice 2.965; 'MaxEnt ICE outperforms the "
      "Logistic Model in all of our tests'",
      "The numbers are swapped between the systems; MaxEnt ICE has the lower loss."),
    R("On Add Driver, MaxEnt ICE lowers the logistic model's log-loss by 0.853.", True, 0.17,
      "contradicted", "cell_arithmetic", CR, 7,
      f"{B1}: Add Driver: Logistic Model 4.060, MaxEnt Ice 3.477",
      "4.060 - 3.477 = 0.583; 0.853 swaps two digits."),
    R("The maximum likelihood estimator overtakes MaxEnt ICE only after about 1,000 "
      "observations.", True, 0.21, "contradicted", "wrong_number", CR, 7,
      "The maximum likelihood estimator eventually overtakes it, ... but only after 10,000 "
      "observations", "10,000, not 1,000."),
    R("MaxEnt ICE outperforms the logistic model in only three of the four transfer games.",
      True, 0.2, "contradicted", "wrong_count", CR, 7,
      "We see from Table 1 that MaxEnt ICE outperforms the Logistic Model in all of our tests.",
      "All four games, not three."),
    R("In the transfer games, maximum entropy inverse optimal control reaches a log-loss of "
      "6.8.", True, 0.16, "unverified", "unsupported_relation", CR, 7,
      "the uniform strategy has a loss of approximately 6.8 in all games; 'we only compare "
      "against the Logistic Model'",
      "6.8 is the uniform strategy's loss; MaxEnt IOC is not evaluated on transfer."),
    R("MaxEnt ICE's dual optimization converged within 50 iterations of exponentiated gradient "
      "descent.", False, 0.14, "unverified", "unsupported_relation", CR, 6,
      "Algorithm 1 employs exponentiated gradient descent ...; no iteration count is reported",
      "Not reported."),
    R("MaxEnt ICE reached its Add Highway log-loss of 3.093 after only 16 observations.", True,
      0.16, "unverified", "unsupported_relation", CR, 7,
      f"{B1}: Add Highway, MaxEnt Ice 3.093; '16 observations' is said of the prediction "
      "experiment of Figure 2", "The transfer table gives no number of observations."),
    # ===== Influential nodes (1504.06236) ====================================================
    R("Advogato has 6541 nodes and 51127 edges, with a maximum degree of 943.", True, 0.29,
      "confirmed", "table_cell", IN, 5,
      f"{S1}: Advogato (AD): 6541, 51127, 15.633, 943", "As printed."),
    R("Youtube friendship is the largest network studied by number of nodes, with 1134890.",
      True, 0.22, "confirmed", "table_cell", IN, 5,
      f"{S1}: Youtube friendship (CY) order 1134890; the next largest, Gowalla, 196591",
      "The largest order in the table."),
    R("On the AD dataset with the top 25 seeds, DegreeDistance with a distance threshold of 3 "
      "has a CN(1,2) rate of 71.31, against 93.44 for high-degree.", True, 0.25, "confirmed",
      "table_cell", IN, 8, f"{S2}: AD, 25: Degree 93.44, DD dtd = 3 71.31", "As printed."),
    R("On SZ, SIDD correlates most strongly with DegreeDiscount, at 0.66.", True, 0.24,
      "confirmed", "table_cell", IN, 12,
      f"{S4}: SZ: 0.53, 0.28, 0.35, 0.66, 0.19, 0.39", "0.66 is the largest in the SZ row."),
    R("SIDD correlates negatively with LeaderRank on both BK and ES.", True, 0.19, "confirmed",
      "table_cell", IN, 12, f"{S4}: LeaderRank: BK -0.009, ES -0.0421", "Both negative."),
    R("On Epinions with k = 50, SIDD seeds activate 3157 nodes, against 3120 for "
      "DegreeDiscount.", True, 0.26, "confirmed", "table_cell", IN, 15,
      f"{S5}: ES, k = 50: DegreeDiscount 3120, SIDD 3157", "As printed."),
    R("On Epinions with k = 10, SIDD activates 57 more nodes than high-degree seeds.", True,
      0.18, "confirmed", "cell_arithmetic", IN, 15,
      f"{S5}: ES, k = 10: Degree 2855, SIDD 2912", "2912 - 2855 = 57."),
    R("On Gowalla, raising k from 40 to 50 activates only nine more nodes under closeness.",
      True, 0.21, "confirmed", "text_number", IN, 14,
      "by applying the closeness measure on Gowalla, when we change k = 40 to k = 50, only nine "
      "more nodes got activated", "As printed (Table 5: 2900 to 2909)."),
    R("The experiments ran on a desktop with an Intel Core i7 3.4 GHz CPU and 4GB of RAM.", True,
      0.23, "confirmed", "text_number", IN, 13,
      "a state-of-the-art desktop machine with Intel Core i7 3.4 GHz CPU and 4GB RAM",
      "As printed."),
    R("Brightkite has 58228 nodes and an average degree of 9.6681.", True, 0.24, "contradicted",
      "neighbour_cell", IN, 5,
      f"{S1}: Brightkite (BK): 58228, 214078, 7.353; Gowalla (GW): 9.6681",
      "9.6681 is Gowalla's average degree; Brightkite's is 7.353."),
    R("On BK, SIDD correlates negatively with PageRank, at -0.343.", True, 0.2, "contradicted",
      "neighbour_cell", IN, 12, f"{S4}: BK: Closeness -0.343, PageRank 0.35",
      "-0.343 is the closeness column; PageRank's correlation is 0.35."),
    R("SIDD correlates negatively with closeness on all three datasets.", True, 0.22,
      "contradicted", "wrong_count", IN, 12, f"{S4}: Closeness: BK -0.343, ES -0.341, SZ 0.28",
      "Positive (0.28) on SZ."),
    R("On Gowalla, raising k from 40 to 50 activates only nine more nodes under k-shell "
      "decomposition.", True, 0.19, "contradicted", "neighbour_cell", IN, 15,
      f"{S5}: GW, k-shell: k = 40 2821, k = 50 2990; closeness: 2900, 2909",
      "Nine is closeness's gain; k-shell gains 169."),
    R("On CO with k = 10, SIDD activates 24091 nodes, 260 more than high-degree seeds.", True,
      0.18, "contradicted", "cell_arithmetic", IN, 15, f"{S5}: CO, k = 10: Degree 23865, SIDD "
      "24091", "24091 - 23865 = 226, not 260."),
    R("On AD with the top 100 seeds, DegreeDistance with a distance threshold of 2 has a "
      "CN(1,2) rate of 74.45.", True, 0.2, "contradicted", "neighbour_cell", IN, 8,
      f"{S2}: AD, 100: DD dtd = 2 85.7, DD dtd = 3 74.45",
      "74.45 is the threshold-3 column; threshold 2 gives 85.7."),
    R("Catster has the most nodes of all the datasets.", True, 0.18, "contradicted",
      "wrong_number", IN, 5, f"{S1}: Catster (Sc) 149700; Gowalla 196591; Youtube 1134890",
      "Youtube friendship and Gowalla have more nodes."),
    R("The influence score is set to 0.1.", True, 0.17, "contradicted", "wrong_number", IN, 13,
      "As we mentioned, the influence score is set as 0.01.", "0.01, not 0.1."),
    R("On the Flickr network, DegreeDistance with a distance threshold of 3 has a CN(1,2) rate "
      "of 71.31 for the top 25 seeds.", True, 0.17, "unverified", "unsupported_relation", IN, 8,
      f"{S2}: AD, 25, DD dtd = 3 71.31; Flickr is not among Table 2's datasets",
      "71.31 is AD's cell; no CN(1,2) rate is reported for Flickr."),
    R("On Epinions with k = 60, SIDD seeds activate 3200 nodes.", True, 0.15, "unverified",
      "unsupported_relation", IN, 15, f"{S5}: ES, k = 10 ... 50 only",
      "No k = 60 is reported."),
    R("On ES, SIDD's correlation of 0.39 with high-degree explains why it spreads further than "
      "DegreeDiscount.", True, 0.14, "unverified", "unsupported_relation", IN, 12,
      f"{S4}: ES, Degree 0.39", "The paper states no such cause."),
    R("On the NetHEPT network, SIDD seeds activate 3157 nodes with k = 50.", True, 0.16,
      "unverified", "unsupported_relation", IN, 15,
      f"{S5}: ES, k = 50, SIDD 3157; NetHEPT is not among Table 5's datasets",
      "3157 is the Epinions cell; no spread is reported for NetHEPT."),
    R("SIDD selects 100 seeds on Gowalla in 3.2 seconds.", False, 0.14, "unverified",
      "unsupported_relation", IN, 14,
      "Figure 8 plots running times on a log scale; no number is printed",
      "Not stated in numbers."),
)

REPORT = LabelledReport(
    file="02_equilibria_influence_bare.txt",
    title="Learning From Behaviour in Networks and Games: Two Papers' Numbers",
    date="2027-03-02",
    examines="inverse equilibrium learning in routing games and seed selection for influence "
             "spread",
    research_question="How well do utility-based behaviour models transfer, and how do "
                      "distance-aware seed sets spread influence?",
    references=(CR, IN),
    rows=ROWS,
    quality_score=7.0,
)
