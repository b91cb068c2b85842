"""Round 23 regressions of my own probes (probe23b) of two papers new to the project.

The first: Mullen and van Stokkum, TIMP: An R Package for Modeling Multi-way Spectroscopic
Measurements (Journal of Statistical Software 18(3), 2007, 46 pages, one column, R sessions,
nls output, three lettered appendices after the references), tests/real/papers/mullen_jss.pdf.
56 claims were labelled from the page images before the tool ran on them. The first run
decided 12, none wrongly, right 23. Two reading failures cost most of the rest:

- the appendices after the references ("A. Partitioned vs. unpartitioned variable projection
  algorithms", "A.1. Empirical comparison ...", "B. New nls options": a capital, a period, a
  title in sentence case) were never read, the memory profile behind the paper's main claim
  among them (`extract/letter_appendices.appendix_heading`, letters in sequence). Reading them
  decided three more claims right and uncovered one wrong confirmation: "... about 21 Mbytes
  of vector space is allocated" (false: 12) by "about .5 Mbytes ..., about 20 times less than
  under plinear", the hedged 21 read against the hedged factor 20 (`verify/
  guards_factor_amounts.factor_for_amount`: a factor is no amount of the claim's noun). Now
  16 decided, 27 right, 0 wrong;
- a decimal printed without its leading zero (".040", ".027", ".025", ".07", "width .001") is
  no number at all (`extract/quantity_numbers._NUMBER`), so the RMS errors of the case studies
  decide nothing; a claim with another such value is held back by the printed-number check.
  Not fixed this round: reading ".027" as 0.027 decided 12 more claims of red team 10 right but
  5 wrongly there (table cells of a development split the tables never print; "the minimum
  learning rate is .025" from "\u03b1 = .025 and \u03b1min = .0001"), guards that never saw such
  numbers before.

The second: Benedikt, Kharlamov, Olteanu and Senellart, Probabilistic XML via Markov Chains
(PVLDB 3(1), VLDB 2010, 12 pages, two columns, theorems and no tables),
tests/real/papers/senellart10.pdf. 51 claims; the first run decided 20, 3 wrongly, right 26:

- "TLMC is at least exponentially more succinct than 1-HMC" (false: the reverse) was confirmed
  by "1-HMC is at least exponentially more succinct than TLMC": the degree before the
  comparative ("at least exponentially") stood in both left arguments and hid the swap
  (`verify/comparative_antonyms._DEGREE_TAIL`: a degree names neither argument; now
  contradicted);
- "SQRT-SUM is known to be in NP" (false) was confirmed by "SQRT-SUM is known to be in PSPACE,
  but its containment even in NP is unknown": a word negated by its prefix in the clause that
  names the claim's other thing (`verify/prefixed_negations.prefixed_denial`; withheld);
- "Recursive Markov chains were first introduced in 2005" (never said) was confirmed by the
  contributions paragraph, which prints no year (`verify/guards_claim_years.undated_year`: a
  year that dates the claim's statement is part of its content).

Now 18 decided, 28 right, 0 wrong.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from probe_verdicts import probe_set_tests, real_paper, status_of

from verify_claims.claims import Location, Status
from verify_claims.extract import paper as paper_module
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.letter_appendices import appendix_heading
from verify_claims.verify import (
    comparative_antonyms,
    contrast_sides,
    guard_chain,
    sentence_reading,
)
from verify_claims.verify.guards_claim_years import undated_year
from verify_claims.verify.guards_factor_amounts import factor_for_amount
from verify_claims.verify.prefixed_negations import prefixed_denial

MULLEN = "mullen_jss"
SENELLART = "senellart10"
PAPERS = Path(__file__).resolve().parent / "real" / "papers"

# Each claim with the status its page says (labelled before the tool ran).
MULLEN_PROBES = [
    ('TIMP is an R package for modeling multiway spectroscopic measurements.', 'confirmed'),
    ('TIMP is freely available under the GNU General Public License.', 'confirmed'),
    ('In the simulation, the two components have decay rate parameters of .5 and 1.', 'confirmed'),
    ('The simulated concentrations are measured at 51 timepoints equidistant in the interval '
     '0-2 ns.',
     'confirmed'),
    ('The simulated spectra are represented by 51 wavenumbers equidistant in the interval '
     '18000 - 28000 cm-1.',
     'confirmed'),
    ('The simulated spectra have locations 25000 and 20000 and FWHMs 5000 and 7000.', 'confirmed'),
    ('Gaussian noise with zero mean and width .001 is added to simulate the dataset.', 'confirmed'),
    ('The residual standard error of the simulated kinetic fit was 0.000999 on 2497 degrees '
     'of freedom.',
     'confirmed'),
    ('The achieved convergence tolerance of the simulated fit was 0.1151.', 'confirmed'),
    ('The estimate of t1 was 0.4997107 with a standard error of 0.0007933.', 'confirmed'),
    ('The t value of t2 was 1792.1.', 'confirmed'),
    ('The excitation laser intensity was doubled during collection of the first dataset '
     'relative to the second.',
     'confirmed'),
    ('The wavelength axis of the data is scaled via the prescription x = 3.78x + 643.5.',
     'confirmed'),
    ('The RMS error associated with the fit of the initial kinetic model is .040.', 'confirmed'),
    ('The RMS error associated with the fit of the refined model is .027.', 'confirmed'),
    ('The satisfactory model with an oscillatory coherent artifact model reaches an RMS error '
     'of .025.',
     'confirmed'),
    ('The RMS error fell from .040 with the initial model to .027 with the refined model.',
     'confirmed'),
    ('The RMS error associated with the fit of the initial spectral model is 414.', 'confirmed'),
    ('The RMS error of the spectral model with exponential time-dependence of bandshape '
     'parameters is 312.',
     'confirmed'),
    ('The exponential rate estimate is .07.', 'confirmed'),
    ('Under the plinear implementation of variable projection about 12 Mbytes of vector space '
     'is allocated in solving the example problem.',
     'confirmed'),
    ('Under the partitioned variable projection implementation about .5 Mbytes of vector '
     'space is allocated, about 20 times less than under plinear.',
     'confirmed'),
    ('Before the call to nls, 6.4 Mbytes of cons cells were used (58%).', 'confirmed'),
    ('The research was funded by Computational Science grant #635.000.014 from the '
     'Netherlands Organization for Scientific Research.',
     'confirmed'),
    ('The kinetics are described by a five-component sequential compartmental model.', 'confirmed'),
    ('Prior to R version 2.5, nls did not return output in the case that any of the listed '
     'conditions were met.',
     'confirmed'),
    ('The second dataset is scaled to .5 times the first dataset in the initial fit.', 'confirmed'),
    ('Each dataset read into TIMP contained 2385 items.', 'confirmed'),
    ('In the simulation, the two components have decay rate parameters of .5 and 2.',
     'contradicted'),
    ('The simulated concentrations are measured at 61 timepoints equidistant in the interval '
     '0-2 ns.',
     'contradicted'),
    ('The simulated spectra are represented by 51 wavenumbers equidistant in the interval '
     '18000 - 26000 cm-1.',
     'contradicted'),
    ('The residual standard error of the simulated kinetic fit was 0.000999 on 2479 degrees '
     'of freedom.',
     'contradicted'),
    ('The t value of t2 was 629.9.', 'contradicted'),
    ('The excitation laser intensity was halved during collection of the first dataset '
     'relative to the second.',
     'contradicted'),
    ('The RMS error associated with the fit of the initial kinetic model is .004.', 'contradicted'),
    ('The RMS error associated with the fit of the refined model is .072.', 'contradicted'),
    ('The satisfactory model with an oscillatory coherent artifact model reaches an RMS error '
     'of .027.',
     'contradicted'),
    ('The RMS error associated with the fit of the initial spectral model is 312.', 'contradicted'),
    ('The exponential rate estimate is .7.', 'contradicted'),
    ('Under the plinear implementation of variable projection about 21 Mbytes of vector space '
     'is allocated in solving the example problem.',
     'contradicted'),
    ('Under the partitioned variable projection implementation about .5 Mbytes of vector '
     'space is allocated, about 10 times less than under plinear.',
     'contradicted'),
    ('The partitioned variable projection algorithm requires more memory than the standard '
     'variable projection algorithm.',
     'contradicted'),
    ('The research was funded by Computational Science grant #635.000.041 from the '
     'Netherlands Organization for Scientific Research.',
     'contradicted'),
    ('The kinetics are described by a four-component sequential compartmental model.',
     'contradicted'),
    ('The achieved convergence tolerance of the simulated fit was 0.1511.', 'contradicted'),
    ('TIMP was downloaded more than 5,000 times from CRAN in its first year.', 'unverified'),
    ('The partitioned variable projection algorithm reduces run time by 40% compared with '
     'nls.',
     'unverified'),
    ('TIMP runs on GPUs, which speeds up fitting by a factor of 12.', 'unverified'),
    ('Compared with a MATLAB implementation, TIMP uses 20 times less memory.', 'unverified'),
    ('The kinetic case study data were collected in 3 laboratories.', 'unverified'),
    ('TIMP fits the simulated dataset in under 2 seconds.', 'unverified'),
    ('The package was evaluated on 14 benchmark spectroscopy datasets.', 'unverified'),
    ('The satisfactory kinetic model reaches a lower RMS error than global analysis with the '
     'tim FORTRAN routines.',
     'unverified'),
    ('The spectral model case study used a dataset of 2385 timepoints.', 'unverified'),
    ("The 51 timepoints were chosen to match the detector's sampling rate of 25 Hz.", 'unverified'),
    ('The RMS error associated with the fit of the', 'unverified'),
]

SENELLART_PROBES = [
    ('The paper was presented at the 36th International Conference on Very Large Data Bases '
     'in Singapore.',
     'confirmed'),
    ('The conference was held on September 13-17, 2010.', 'confirmed'),
    ('The paper appeared in the Proceedings of the VLDB Endowment, Vol. 3, No. 1.', 'confirmed'),
    ('RMC models can be exponentially more succinct than existing probabilistic XML models.',
     'confirmed'),
    ('RMC models capture probabilistic versions of XML schema languages such as DTDs.',
     'confirmed'),
    ('Unlike prior models, RMC models do not restrict the domain of probability distributions '
     'to be finite.',
     'confirmed'),
    ('Hierarchical Markov chains are ra-tractable for MSO.', 'confirmed'),
    ('TLMC is tractable for MSO.', 'confirmed'),
    ('The model PrXMLexp has tractable evaluation for queries in Monadic Second-Order logic.',
     'confirmed'),
    ('Unrestricted RMCs are not known to be MSO-tractable.', 'confirmed'),
    ('The string of Example 5 can be generated by Aex with probability 0.2%.', 'confirmed'),
    ('Every document generated by Aex has depth at most two.', 'confirmed'),
    ('SQRT-SUM is known to be in PSPACE, but its containment in NP has been a long-standing '
     'open problem.',
     'confirmed'),
    ('The combined complexity of MSO query evaluation is PSPACE-complete for PrXMLmux,det.',
     'confirmed'),
    ('For tree patterns, the complexity of querying any of the tractable models is in FP#P.',
     'confirmed'),
    ('Given an existential MSO formula, computing its probability on AHMC is #EXP-hard.',
     'confirmed'),
    ('1-HMC is at least exponentially more succinct than TLMC.', 'confirmed'),
    ('1-AHMC is exponentially more succinct than TLAMC.', 'confirmed'),
    ('Neither the width nor the number of exits influences tractability.', 'confirmed'),
    ('The paper focuses on four dimensions: depth, width, sharing, and number of exits.',
     'confirmed'),
    ('The work was supported by the EU projects Webdam, FOX and ONTORULE.', 'confirmed'),
    ('Combined complexity results are given for three query languages: tree-pattern queries, '
     'forward navigational XPath, and MSO.',
     'confirmed'),
    ('Going from shallow to deep affects tractability.', 'confirmed'),
    ('FNXPath evaluation is PSPACE-hard on compressed documents.', 'confirmed'),
    ('For AHMC, MSO probability evaluation is in EXPSPACE.', 'confirmed'),
    ('Two of the four authors are affiliated with Oxford University.', 'confirmed'),
    ('The global Markov chain defined by a tree-like Markov chain is finite, and its size is '
     'linear in the size of the chain.',
     'confirmed'),
    ('RMC models restrict the domain of probability distributions to be finite.', 'contradicted'),
    ('Hierarchical Markov chains are not ra-tractable for MSO.', 'contradicted'),
    ('The string of Example 5 can be generated by Aex with probability 2%.', 'contradicted'),
    ('Every document generated by Aex has depth at most three.', 'contradicted'),
    ('The paper was presented at the 35th International Conference on Very Large Data Bases.',
     'contradicted'),
    ('The paper focuses on five dimensions: depth, width, sharing, number of exits, and '
     'order.',
     'contradicted'),
    ('Combined complexity results are given for four query languages.', 'contradicted'),
    ('The combined complexity of MSO query evaluation is EXPSPACE-complete for PrXMLmux,det.',
     'contradicted'),
    ('TLMC is at least exponentially more succinct than 1-HMC.', 'contradicted'),
    ('The width of the model influences tractability.', 'contradicted'),
    ('Three of the four authors are affiliated with Oxford University.', 'contradicted'),
    ('The conference was held on September 13-17, 2009.', 'contradicted'),
    ('SQRT-SUM is known to be in NP.', 'contradicted'),
    ('Going from shallow to deep does not affect tractability.', 'contradicted'),
    ('The authors implemented RMC query evaluation and tested it on 12 real XML datasets.',
     'unverified'),
    ('Query evaluation over TLMC takes under 5 seconds on documents with 10,000 nodes.',
     'unverified'),
    ('HMC is tractable for XQuery.', 'unverified'),
    ('The paper received the VLDB 2010 best paper award.', 'unverified'),
    ('RMC-based models reduce storage by 40% compared with PrXML.', 'unverified'),
    ('The authors learned SCFG parameters from a corpus of 3 million parse trees.', 'unverified'),
    ('The phone directory DTD fragment was taken from the W3C XML Schema specification.',
     'unverified'),
    ('Recursive Markov chains were first introduced in 2005.', 'unverified'),
    ('PrXMLmux,det is tractable for XQuery with aggregation.', 'unverified'),
    ('The combined complexity of MSO query evaluation is', 'unverified'),
]

MULLEN_FLOOR = 27
# 28 on probe23b's branch; merged with probe23a's prefix turns, "SQRT-SUM is known to be in
# PSPACE, but its containment in NP has been a long-standing open problem" (true) is
# withheld: the sentence's "known ... unknown" reads as a turn. Unverified, never wrong.
SENELLART_FLOOR = 27

SWAPPED = "TLMC is at least exponentially more succinct than 1-HMC."
IN_NP = "SQRT-SUM is known to be in NP."
IN_2005 = "Recursive Markov chains were first introduced in 2005."
PLINEAR_21 = ("Under the plinear implementation of variable projection about 21 Mbytes of vector "
              "space is allocated in solving the example problem.")
PLINEAR_12 = ("Under the plinear implementation of variable projection about 12 Mbytes of vector "
              "space is allocated in solving the example problem.")

# Each probe set: its claims, and how many got their labelled status after the round's fixes
# (fewer means a rule now withholds a right verdict).
PROBE_SETS = {MULLEN: (MULLEN_PROBES, MULLEN_FLOOR), SENELLART: (SENELLART_PROBES, SENELLART_FLOOR)}


_parsed = cache(real_paper)


probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


@pytest.fixture(scope="module")
def mullen():
    return {MULLEN: _parsed(MULLEN)}


@pytest.fixture(scope="module")
def senellart():
    return {SENELLART: _parsed(SENELLART)}


_status = status_of


def test_a_degree_before_a_comparative_names_no_argument(senellart, monkeypatch):
    status, why = _status(senellart, SENELLART, SWAPPED)
    assert status == Status.contradicted, why
    assert "other way round" in why
    # Planted bug: "at least exponentially" left in both left arguments hides the swap.
    monkeypatch.setattr(comparative_antonyms, "_DEGREE_TAIL", re.compile(r"(?!)"))
    # round 33's swapped words (guards_swapped_tokens) withhold it too: off with it
    monkeypatch.setattr(guard_chain, "guard_swapped_tokens", lambda *args: None)
    status, why = _status(senellart, SENELLART, SWAPPED + " ")
    assert status == Status.confirmed, why


def test_a_word_negated_by_its_prefix_confirms_nothing(senellart, monkeypatch):
    status, why = _status(senellart, SENELLART, IN_NP)
    assert status == Status.unverified, why
    # Since probe23a's prefix turns (contrast_sides.prefix_turn) the sentence's "known ...,
    # but ... unknown" is read as a turn too; either reading withholds it.
    assert "prefix" in why or "concession" in why
    # Planted bug: "in NP is unknown" confirms "known to be in NP" (both readings off).
    monkeypatch.setattr(sentence_reading, "prefixed_denial", lambda claim, sentence: None)
    monkeypatch.setattr(contrast_sides, "prefix_turn", lambda text: None)
    status, why = _status(senellart, SENELLART, IN_NP + " ")
    assert status == Status.confirmed, why


def test_a_year_no_passage_prints_confirms_nothing(senellart, monkeypatch):
    status, why = _status(senellart, SENELLART, IN_2005)
    assert status == Status.unverified, why
    assert "2005" in why
    # Planted bug: the contributions paragraph, with no year, confirms the dated claim.
    monkeypatch.setattr(guard_chain, "guard_undated_years", lambda claim, checks: None)
    status, why = _status(senellart, SENELLART, IN_2005 + " ")
    assert status == Status.confirmed, why


def test_lettered_appendices_after_the_references_are_read(mullen, monkeypatch):
    status, why = _status(mullen, MULLEN, PLINEAR_12)
    assert status == Status.confirmed, why
    lines = [(40, "References"), (40, "Bates DM, DebRoy S (2003). Converting a Large R Package."),
             (41, "A. Partitioned vs. unpartitioned variable projection algorithms"),
             (41, "This appendix considers the memory requirements in detail."),
             (42, "A.1. Empirical comparison of partitioned and unpartitioned algorithms"),
             (42, "We show here how the simple kinetic modeling problem may be fit."),
             (43, "B. New nls options"), (43, "It is often desirable to stop early.")]
    sections, passages = paper_module._sections_and_passages(lines, [], {}, set())
    assert [section.title for section in sections][1:] == [
        "A. Partitioned vs. unpartitioned variable projection algorithms",
        "A.1. Empirical comparison of partitioned and unpartitioned algorithms",
        "B. New nls options"]
    assert len(passages) == 3
    # Planted bug: no lettered appendix opens after the references; nothing of them is read.
    monkeypatch.setattr(paper_module, "appendix_heading", lambda line, letter: None)
    sections, passages = paper_module._sections_and_passages(lines, [], {}, set())
    assert len(sections) == 1 and passages == []


def test_a_factor_is_no_amount(mullen, monkeypatch):
    status, why = _status(mullen, MULLEN, PLINEAR_21)
    assert status == Status.unverified, why
    assert "factor" in why
    # Planted bug: the hedged 21 Mbytes agrees with the hedged "20 times less".
    monkeypatch.setattr(guard_chain, "guard_factor_amounts", lambda claim, checks: None)
    # Round 24's guard_than_only withholds it too ("20 times less than under plinear": the
    # number is the partitioned implementation's); switched off to show this guard's part.
    monkeypatch.setattr(guard_chain, "guard_than_only", lambda claim, checks: None)
    status, why = _status(mullen, MULLEN, PLINEAR_21 + " ")
    assert status == Status.confirmed, why
    assert "20 times" in why


@pytest.mark.parametrize(("claim", "claimed", "found", "noun"), [
    ("About 21 Mbytes of vector space is allocated.", "21", "20 times", "Mbytes"),
    ("It uses 21 times less memory.", "21", "20 times", None),  # a factor itself
    ("The score is about 21.", "21", "20 times", None),  # no noun: left to the number readers
    ("About 21 Mbytes of vector space is allocated.", "21", "20", None),  # no factor found
])
def test_factor_for_amount(claim, claimed, found, noun):
    assert factor_for_amount(_claim(claim), claimed, found) == noun


@pytest.mark.parametrize(("line", "open_letter", "heading"), [
    ("A. Partitioned vs. unpartitioned variable projection algorithms", None, True),
    ("A.1. Empirical comparison of partitioned and unpartitioned variable pro-", "A", True),
    ("B. New nls options", "A", True),
    ("C. Data formats for input into TIMP", "B", True),
    ("B. New nls options", None, False),  # the first appendix is A
    ("D. Data formats", "B", False),  # out of sequence
    ("A. Krizhevsky and G. Hinton", None, False),  # a reference entry
    ("A. Smith, B. Jones and C. Lee", None, False),
    ("A. Vaswani et al", None, False),
    ("A. Proofs of the theorems", None, True),
    ("A. Krizhevsky", None, False),  # one word: an initial and a name
    ("A. Results of 2019", None, False),  # a digit: a reference's year
    ("A. Proofs.", None, False),  # a sentence
])
def test_appendix_heading(line, open_letter, heading):
    assert (appendix_heading(line, open_letter) is not None) is heading


@pytest.mark.parametrize(("claim", "sentence", "denied"), [
    ("SQRT-SUM is known to be in NP.", "SQRT-SUM is known to be in PSPACE, but its "
     "containment even in NP is unknown and has been a long-standing open problem.", True),
    ("SQRT-SUM is known to be in PSPACE.", "SQRT-SUM is known to be in PSPACE, but its "
     "containment even in NP is unknown.", False),  # the unknown is said of NP
    ("SQRT-SUM is known to be in PSPACE, but its containment in NP is an open problem.",
     "SQRT-SUM is known to be in PSPACE, but its containment even in NP is unknown.", False),
    ("The effect of depth is clear.", "The effect of depth is unclear.", True),
    ("The effect of depth is not clear.", "The effect of depth is unclear.", False),
    ("The model is linear in the features.", "The model is nonlinear in the features.", True),
    ("The model uses unknown words.", "The model maps unknown words to UNK.", False),
])
def test_prefixed_denial(claim, sentence, denied):
    assert (prefixed_denial(claim, sentence) is not None) is denied


@pytest.mark.parametrize(("claim", "quotes", "year"), [
    ("Recursive Markov chains were first introduced in 2005.", ["We first show how ..."],
     "2005"),
    ("Recursive Markov chains were first introduced in 2005.", ["introduced in 2005"], None),
    ("The corpus has grown since early 2012.", ["The corpus has grown."], "2012"),
    ("WiLI-2018 has 235 languages.", ["It has 235 languages."], None),  # a name
    ("The SemEval 2017 task has 5 subtasks.", ["The task has 5 subtasks."], None),
    ("The error fell in 2000 samples.", ["The error fell."], None),  # an amount
    ("It was released in 2018 by Google.", ["It was released by Google."], "2018"),
])
def test_undated_year(claim, quotes, year):
    assert undated_year(claim, quotes) == year


def _claim(text: str):
    return build_claim("x.txt", text, Location(file="x.txt", line=1), references=[])
