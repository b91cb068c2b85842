"""Held-out-11 report 2 (text with bare headings): Bolejko and Andersson, Apparent and average
accelerations of the Universe (JCAP 10 (2008) 003, arXiv 0807.3577: "ArXiv ePrint: 0807.3577"
on page 1; the PDF is GROBID's test fixture grobid-core/src/test/resources/test/0807.3577.pdf).
One column, no tables: numbers sit in the running text and in the appendix that specifies eight
Lemaitre-Tolman models (densities, widths, expansion-rate contrasts, the ages at last scattering
and today). Claims about model parameters that share numbers across models, a bang-time
amplitude restated for another model, and the paper's conclusion in other words. Labelled from
the page images (110 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

BA = "0807.3577"

R = Row
ROWS = (
    # --- confirmed -------------------------------------------------------------------------
    R("For Lemaitre-Tolman models that are realistic and fit the supernova data, the volume "
      "deceleration parameter is positive.", True, 0.35, "confirmed", "paraphrase", BA, 1,
      "For those models which are chosen to be realistic and which fit the supernova data, we "
      "find that q vol > 0", "Paraphrase of the abstract."),
    R("The models found to show a negative volume deceleration parameter turned out to be "
      "unrealistic.", True, 0.3, "confirmed", "paraphrase", BA, 1,
      "those models which we have been able to find which exhibit q vol < 0 turn out to be "
      "unrealistic", "Paraphrase."),
    R("The background density of all models follows a Friedmann model with Omega_m = 0.27 and "
      "H0 = 70 km/s/Mpc.", True, 0.3, "confirmed", "text_number", BA, 11,
      "where ρb = Ωm × (3H0^2)/(8πG), Ωm = 0.27, H0 = 70 km s−1 Mpc−1", "As printed."),
    R("Last scattering is placed at z = 1089, 4.98 x 10^5 years after the big bang.", True, 0.3,
      "confirmed", "text_number", BA, 11,
      "The last scattering instant (tLS) is set to take place when z = 1089 ... tLS = 4.98 × "
      "10^5 y", "As printed."),
    R("In the paper's background model the current age is t0 = 11.4421 x 10^9 years.", True,
      0.25, "confirmed", "text_number", BA, 11, "t0 = 11.4421 × 10^9 y", "As printed."),
    R("Model 1 uses a density contrast of 1.9 with a width of 0.9 Mpc.", True, 0.25,
      "confirmed", "text_number", BA, 11, "In model 1 ρδ = 1.9, σ = 0.9 Mpc", "As printed."),
    R("For model 4 the expansion-rate contrast is 12 km/s/Mpc with sigma = 1.2 Mpc.", True, 0.25,
      "confirmed", "text_number", BA, 12,
      "H0 δH = 9.6 km s−1 Mpc−1, σ = 0.6 Mpc, and H0 δH = 12 km s−1 Mpc−1, σ = 1.2 Mpc for "
      "models 3 and 4 respectively", "As printed (respectively)."),
    R("In the modified model 5b, the bang time function has an amplitude of around 11.44 x 10^9 "
      "years.", True, 0.25, "confirmed", "text_number", BA, 9,
      "The bang time function tB in this model is of large amplitude, around 11.44 × 10^9 y.",
      "As printed (model 5b, curve 5b)."),
    R("The authors suggest that the volume deceleration parameter may turn negative only after "
      "averaging over scales larger than 100 Mpc.", True, 0.3, "confirmed", "text_number", BA,
      10, "It is possible that the volume deceleration parameter q vol becomes negative only "
      "after averaging over scales which are larger than 100 Mpc.", "As printed."),
    R("The study concludes that the volume deceleration parameter cannot be directly related to "
      "observations, at least within Lemaitre-Tolman models.", True, 0.3, "confirmed",
      "paraphrase", BA, 10,
      "we conclude that, within this class, the volume deceleration parameter q vol is not a "
      "quantity which can be directly related to observations", "Paraphrase."),
    # --- contradicted ----------------------------------------------------------------------
    R("Model 2 uses a density contrast of 1.9 with a width of 0.9 Mpc.", True, 0.25,
      "contradicted", "neighbour_cell", BA, 11,
      "In model 1 ρδ = 1.9, σ = 0.9 Mpc, and in model 2 ρδ = 1.5, σ = 0.5 Mpc",
      "Model 1's values."),
    R("For model 3 the expansion-rate contrast is 12 km/s/Mpc with sigma = 1.2 Mpc.", True,
      0.25, "contradicted", "neighbour_cell", BA, 12,
      "H0 δH = 9.6 ..., σ = 0.6 Mpc, and H0 δH = 12 ..., σ = 1.2 Mpc for models 3 and 4 "
      "respectively", "Model 4's values."),
    R("The background Friedmann model assumes Omega_m = 0.3.", True, 0.25, "contradicted",
      "wrong_number", BA, 11, "Ωm = 0.27", "0.27 printed."),
    R("Last scattering is placed at redshift z = 1098.", True, 0.25, "contradicted",
      "transposed_digits", BA, 11, "when z = 1089", "1089 printed."),
    R("Models that fit the supernova data show a negative volume deceleration parameter after "
      "averaging.", True, 0.3, "contradicted", "direction_flip", BA, 10,
      "the averaging of models which fit the supernova observations does not lead to volume "
      "acceleration (ä < 0 for these averaged models and hence q vol > 0)", "Opposite sign."),
    R("The modified models with negative volume deceleration keep a realistic age of the "
      "Universe.", True, 0.25, "contradicted", "negation", BA, 9,
      "after such a modification this model becomes unrealistic. Specifically, the age of the "
      "Universe in this model becomes unrealistically small.", "The paper says the opposite."),
    # --- unverified ------------------------------------------------------------------------
    R("Averaging over 100 Mpc scales reproduces the observed supernova acceleration with "
      "q = -0.55.", True, 0.15, "unverified", "unsupported_relation", BA, 10,
      "Only a possibility is raised for scales larger than 100 Mpc; no such value is derived.",
      "Not reported."),
    R("The bang time amplitude of 11.44 x 10^9 years is the same as that of model 8.", True,
      0.15, "unverified", "unsupported_relation", BA, 9,
      "model 5b: around 11.44 × 10^9 y; model 8: ≈11 × 10^9 y",
      "Model 8 is given only as ≈11 × 10^9 y; equality is not stated."),
    R("The Lemaitre-Tolman fits to the supernova data reach a chi-squared per degree of freedom "
      "of 0.98.", True, 0.15, "unverified", "unsupported_relation", BA, 7,
      "No goodness of fit is reported.", "Not reported."),
    R("In model 6, the parameter gamma = 14.62 x 10^-4 is what produces the density contrast "
      "of 1.2 x 10^-3.",
      True, 0.15, "unverified", "unsupported_relation", BA, 12,
      "δ = 1.2 × 10−3 and 2 × 10−3 for models 6 and 7 respectively; γ = 14.62 × 10−4 and "
      "8.03 × 10−4 for models 6 and 7 respectively",
      "Both numbers are model 6's, but the paper states no such causal relation."),
    R("The JCAP version corrects an error in the first arXiv version's age of the Universe.",
      True, 0.15, "unverified", "unsupported_relation", BA, 1, "No erratum is mentioned.",
      "Not reported."),
)

REPORT = LabelledReport(
    file="02_lt_acceleration_bare.txt",
    title="Does Averaging Explain Cosmic Acceleration? Notes on Lemaitre-Tolman Models",
    date="2027-05-03",
    examines="back-reaction and averaging as alternatives to dark energy",
    research_question="Can the volume deceleration parameter of averaged inhomogeneous models be "
                      "compared with supernova observations?",
    references=(BA,),
    rows=ROWS,
    quality_score=7.0,
)
