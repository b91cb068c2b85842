"""Held-out-10 report 2 (text with bare headings): Rodriguez Montoya and Matos Chassin, Ultra
light bosonic dark matter and CMB (arXiv 0908.0054v1, stamp in the left margin of page 1; four
pages, two columns, REVTeX-style Roman section numbers; kermitt2/grobid
grobid-core/src/test/resources/test/1001._0908.0054.pdf). No tables: every number is in the
running text or a figure caption, in scientific notation ("10^-22 eV", "α ∝ 10^-27", "x_B ∝
10^5"), with thousands separators ("73,367.57"), fractions ("(4/11)^(1/3)") and parameter sets
repeated across six captions (Ω_B = 0.2, Ω_CDM = 0.02, τ = 0.13 ...). Adversarial claims: a
caption's parameter for another figure, the exponent of a neighbouring clause, the lower and
upper ends of a range swapped, the first and second peaks against the third, a flipped effect
of CDM, the count of figures. Labelled from the page images (110 dpi) and `pdftotext -layout`
before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

DM = "0908.0054"  # Rodriguez Montoya and Matos Chassin, arXiv 2009, 4 pages

R = Row
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("The authors assume a CMB photon temperature today of 2.726 K.", True, 0.3, "confirmed",
      "text_number", DM, 1, "Page 1: 'the temperature of the CMB photons today T_CMB = 2.726 K'",
      "As printed."),
    R("The calculation takes a Hubble constant of 75.0 km/s/Mpc and a flat geometry with a "
      "cosmological constant.", True, 0.29, "confirmed", "text_number", DM, 1,
      "Page 1: 'the Hubble's constant H0 = 75.0 km s^-1 Mpc^-1, and a flat geometry with a "
      "Cosmological Constant Λ'", "As printed."),
    R("The CMB spectra of Figure 1 use x_F = x_B = 63109 and an optical depth of 0.13.", True,
      0.27, "confirmed", "text_number", DM, 2, "Figure 1 caption: 'Ω_F = Ω_B = 0.2, x_F = x_B "
      "= 63109, τ = 0.13'", "As printed."),
    R("For bosons, the amplitudes of the first and second acoustic peaks are reduced compared "
      "with fermions, while the third peak increases.", True, 0.28, "confirmed", "paraphrase",
      DM, 2, "Page 2: 'for bosons, the amplitudes of the first and second peaks are reduced, "
      "albeit the third peak is increased respect to the corresponding of fermions'",
      "Paraphrase."),
    R("All the following figures use Ω_Λ = 0.74 and a baryon density of 0.04.", True, 0.25,
      "confirmed", "text_number", DM, 2, "Page 2: 'In all the following figures: Ω = 1, Ω_Λ = "
      "0.74, Ω_bar = 0.04'", "As printed."),
    R("The order of magnitude of α needed to fit the data is 10^-27, corresponding to x_B of "
      "order 10^5.", True, 0.27, "confirmed", "text_number", DM, 2,
      "Page 2: 'The order of magnitude needed to fit the data is α ∝ 10^-27 (x_B ∝ 10^5)'",
      "As printed."),
    R("The ULBDM mass must be five orders of magnitude greater than its temperature.", True,
      0.27, "confirmed", "text_number", DM, 2, "Page 2: 'The mass of the ULBDM must be five "
      "orders of magnitude greater than its temperature.'", "As printed."),
    R("Figure 3 spans α from 0.3x10^-27 to 1.1x10^-27, that is x_B from 73,367.57 down to "
      "40,759.76.", True, 0.24, "confirmed", "text_number", DM, 2,
      "Page 2: 'The range shown is from α = 0.3x10^-27 to α = 1.1x10^-27 (from x_B = "
      "73,367.57 to x_B = 40,759.76)'", "As printed."),
    R("The more relativistic the bosonic species, the more enhanced the first and second "
      "acoustic peaks.", True, 0.25, "confirmed", "paraphrase", DM, 2,
      "Page 2: 'the more relativistic the species is, the more enhanced the first and second "
      "peaks are'", "Paraphrase."),
    R("An increase in cold dark matter diminishes the amplitude of the acoustic oscillations.",
      True, 0.26, "confirmed", "paraphrase", DM, 3, "Page 3: 'Figure 5 shows how the increase "
      "in Cold Dark Matter diminishes the amplitude of the oscillations.'", "Paraphrase."),
    R("Figure 6 varies the optical depth of reionization from 0.05 to 0.19.", True, 0.25,
      "confirmed", "text_number", DM, 3, "Figure 6 caption: 'The range shown is from τ = 0.05 "
      "to τ = 0.19.'", "As printed."),
    R("For a boson mass of about 10^-22 eV and Ω_B = 0.2, the number density is about 10^25 "
      "per cubic centimetre.", True, 0.24, "confirmed", "text_number", DM, 4,
      "Page 4: 'For m_B ≈ 10^-22 and Ω_B = 0.2 it follows that n_B ≈ 10^25 cm^-3.'",
      "As printed."),
    R("Matching the observations requires a reionization optical depth of at least about "
      "0.07.", True, 0.24, "confirmed", "text_number", DM, 4,
      "Page 4: 'To get in concordance between the model and the observations, it is needed at "
      "least a value of τ ≳ 0.07.'", "As printed."),
    R("The CMB curves were computed with the public code CMBFAST and compared with five years "
      "of WMAP observations.", True, 0.26, "confirmed", "paraphrase", DM, 4,
      "Page 4: 'All the analysis was done using the public code CMBFAST [19]. And all the "
      "calculated curves were compared to the obserbations of the WMAP satellite on its last "
      "five years.'", "Paraphrase."),
    R("At decoupling, the bosonic dark matter is assumed to have the radiation equation of state "
      "ω = 1/3.", True, 0.23, "confirmed", "text_number", DM, 1,
      "Page 1: 'The equation of state at the moment of decoupling is assumed to be ω = 1/3, "
      "corresponding to radiation.'", "As printed."),
    R("Today's relic neutrino number density is about 100 per cubic centimetre.", True, 0.22,
      "confirmed", "text_number", DM, 1, "Page 1: 'fixes the neutrino number density today to "
      "n_ν^(0) ∼ 100 cm^-3'", "As printed."),
    R("A universe dominated by ultra light bosonic dark matter with Ω_B = 0.2 could be allowed "
      "for optical depths between 0.05 and 0.19.", True, 0.23, "confirmed", "text_number", DM,
      3, "Page 3: 'We show that a universe ULBDM-dominated (Ω_B = 0.2) could be allowed for x_B "
      "∝ 10^5 and τ between 0.05 and 0.19.'", "As printed."),
    R("For a mass of 10^-22 eV, the required mass-to-temperature ratio corresponds to a "
      "temperature of about 10^-27 eV.", True, 0.22, "confirmed", "text_number", DM, 4,
      "Page 4: 'For a mass ∼ 10^-22 eV, this is equivalent to a temperature of the order of "
      "∼ 10^-27 eV ∼ 10^-22 K.'", "As printed."),
    R("Figure 2 shows the CMB spectrum for Ω_B = 0.2 and Ω_CDM = 0.02.", True, 0.2, "confirmed",
      "text_number", DM, 3, "Figure 2 caption: 'CMB spectrum for a Universe with Ω_B = 0.2, "
      "Ω_CDM = 0.02, α ⩾ 10^-26.'", "As printed."),
    # --- contradicted ------------------------------------------------------------------------
    R("The authors assume a CMB photon temperature today of 2.762 K.", True, 0.22,
      "contradicted", "transposed_digits", DM, 1, "Page 1: 'T_CMB = 2.726 K'",
      "2.726, two digits swapped."),
    R("The calculation takes a Hubble constant of 70.0 km/s/Mpc.", True, 0.22, "contradicted",
      "wrong_number", DM, 1, "Page 1: 'H0 = 75.0 km s^-1 Mpc^-1'", "75.0, not 70.0."),
    R("The CMB spectra of Figure 1 use an optical depth of 0.19.", True, 0.2, "contradicted",
      "neighbour_cell", DM, 2, "Figure 1 caption: 'τ = 0.13'; 0.19 is the upper end of Figure "
      "6's range", "0.13."),
    R("For bosons, the first and second acoustic peaks are enhanced relative to fermions.", True,
      0.21, "contradicted", "direction_flip", DM, 2, "Page 2: 'for bosons, the amplitudes of "
      "the first and second peaks are reduced'", "Reduced, not enhanced."),
    R("All the following figures use Ω_Λ = 0.70.", True, 0.2, "contradicted", "wrong_number", DM,
      2, "Page 2: 'Ω_Λ = 0.74'", "0.74, not 0.70."),
    R("The ULBDM mass must be three orders of magnitude greater than its temperature.", True,
      0.2, "contradicted", "wrong_number", DM, 2, "Page 2: 'The mass of the ULBDM must be five "
      "orders of magnitude greater than its temperature.'", "Five, not three."),
    R("An increase in cold dark matter enhances the amplitude of the acoustic oscillations.",
      True, 0.2, "contradicted", "direction_flip", DM, 3, "Page 3: 'the increase in Cold Dark "
      "Matter diminishes the amplitude of the oscillations'", "Diminishes."),
    R("Figure 6 varies the optical depth of reionization from 0.07 to 0.19.", True, 0.19,
      "contradicted", "wrong_number", DM, 3, "Figure 6 caption: 'from τ = 0.05 to τ = 0.19'",
      "The range starts at 0.05; 0.07 is the minimum the conclusion asks for."),
    R("Matching the observations requires a reionization optical depth of at least about "
      "0.13.", True, 0.19, "contradicted", "wrong_number", DM, 4, "Page 4: 'it is needed at "
      "least a value of τ ≳ 0.07'", "0.07; 0.13 is Figure 1's value."),
    R("The relic neutrino number density today is about 1000 per cubic centimetre.", True, 0.18,
      "contradicted", "wrong_number", DM, 1, "Page 1: 'n_ν^(0) ∼ 100 cm^-3'", "100."),
    R("At decoupling, the bosonic dark matter is assumed to behave as pressureless matter with "
      "ω = 0.", True, 0.18, "contradicted", "negation", DM, 1, "Page 1: 'The equation of "
      "state at the moment of decoupling is assumed to be ω = 1/3, corresponding to "
      "radiation.'", "ω = 1/3 (radiation), not 0."),
    R("For a boson mass of about 10^-22 eV and Ω_B = 0.2, the number density is about 10^22 "
      "per cubic centimetre.", True, 0.17, "contradicted", "wrong_number", DM, 4,
      "Page 4: 'n_B ≈ 10^25 cm^-3'", "10^25."),
    R("Figure 3 spans α from 0.3x10^-27 to 1.1x10^-27, with x_B rising from 40,759.76 to "
      "73,367.57.", True, 0.17, "contradicted", "direction_flip", DM, 2,
      "Page 2: 'from α = 0.3x10^-27 to α = 1.1x10^-27 (from x_B = 73,367.57 to x_B = "
      "40,759.76)'", "x_B falls as α rises; the ends are swapped."),
    R("The CMB curves were computed with the public code CAMB.", True, 0.17, "contradicted",
      "negation", DM, 4, "Page 4: 'All the analysis was done using the public code CMBFAST'",
      "CMBFAST, not CAMB."),
    R("Figure 1 uses x_F = x_B = 61309.", True, 0.17, "contradicted", "transposed_digits", DM,
      2, "Figure 1 caption: 'x_F = x_B = 63109'", "63109, two digits swapped."),
    # --- cut off mid-sentence ---------------------------------------------------------------
    R(cut("Rodriguez Montoya and Matos Chassin report that, for all values of the "
          "mass-to-temperature parameter above 10^-25, the predicted power spectrum is "
          "insensitive to that parameter."), True, 0.18, "unverified", "truncated", DM, 2,
      "Page 2: 'For all the values α ⩾ 10^-25 it is noticed that the predicted power spectrum "
      "is not sensitive to the change of α'", "Cut before what the claim says; it cannot be "
      "judged whole."),
    R(cut("Rodriguez Montoya and Matos Chassin assume a Hubble constant of 70.0 km/s/Mpc and a "
          "CMB temperature of 2.726 K for all of their spectra."), True, 0.17, "contradicted",
      "truncated", DM, 1, "Page 1: 'H0 = 75.0 km s^-1 Mpc^-1'",
      "The part before the cut already gives the wrong Hubble constant (70.0 for 75.0)."),
    # --- unverified --------------------------------------------------------------------------
    R("The best fit to the WMAP data gives a boson mass of 2.3x10^-22 eV.", True, 0.15,
      "unverified", "unsupported_relation", DM, 4, "The paper gives only orders of magnitude "
      "(m_B ∼ 10^-22 eV); no fitted mass", "No fitted value."),
    R("The ULBDM model fits the WMAP data with a reduced chi-squared of 1.02.", True, 0.15,
      "unverified", "unsupported_relation", DM, 3, "No goodness-of-fit statistic is given",
      "Not stated."),
    R("Including a Bose-Einstein condensate raises the first acoustic peak by 10%.", True, 0.14,
      "unverified", "unsupported_relation", DM, 4, "Page 4: the condensate is left 'to one "
      "following work'", "Not computed in this paper."),
    R("The ULBDM decoupled at a redshift of about 10^9.", True, 0.14, "unverified",
      "unsupported_relation", DM, 2, "Page 2: 'It also decoupled very early (maybe near the "
      "Big Bang)'; no redshift", "No redshift is given."),
    R("With Ω_CDM = 0.12, the fit to the CMB data is best at an optical depth of 0.13.", True,
      0.13, "unverified", "unsupported_relation", DM, 3, "Figure 5 shows Ω_CDM = 0.12 among "
      "three curves; Figure 6 varies τ; no best-fit τ is stated", "Numbers of two figures in "
      "a relation never stated."),
    R("The authors find that neutrinos make up 2% of the dark matter today.", True, 0.13,
      "unverified", "unsupported_relation", DM, 1, "Page 1 discusses neutrinos as a candidate; "
      "no fraction is given", "Not stated."),
    R("A Planck-based analysis confirms the required optical depth of 0.07.", True, 0.12,
      "unverified", "unsupported_relation", DM, 4, "The paper compares only with WMAP five-year "
      "data", "Planck is never mentioned."),
)

REPORT = LabelledReport(
    file="02_ulbdm_cmb_bare.txt",
    title="Ultra Light Bosons as Dark Matter: What the CMB Allows",
    date="2027-04-02",
    examines="ultra light bosonic dark matter and its imprint on the cosmic microwave background",
    research_question="Which mass-to-temperature ratios and reionization depths let ultra light "
                      "bosons be the dark matter?",
    references=(DM,),
    rows=ROWS,
    quality_score=6.9,
)
