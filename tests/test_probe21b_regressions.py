"""Probe21b (round 21, issue 11): first contact with two papers new to the project, from
allenai/science-parse's test fixtures.

Jain and Seung, Natural Image Denoising with Convolutional Networks (NIPS 2008, one column;
its text pages 1-4 and 7 as tests/real/papers/seung08_pages.pdf, pages 5-6 being mostly
photographs): 59 claims about the whole paper were labelled from the page images before the
tool ran; the first run decided 21, none wrongly. The 53 below are those the five pages
speak to (the other six are about Figures 3 and 4's captions); 21 are decided on
them, 23 as labelled.

Soderland, Roof, Qin, Xu, Mausam and Etzioni, Adapting Open Information Extraction to
Domain-Specific Relations (AI Magazine 2010, a magazine's three-column layout,
tests/real/papers/aimag10.pdf): 57 claims; the first run decided 15, five wrongly (after the fixes
below 18 are decided, 20 of the 57 as labelled, none wrongly):

- "GameLoser had precision 0.95 at recall 0.32", "GameLoser had precision 0.93 at recall
  0.87" and "TeamFinalScore had precision 0.93 at recall 0.87" (all false) were confirmed by
  two neighbouring sentences, each lending one number: "TeamFinalScore ... had precision 0.95
  at recall 0.87. The relation GameLoser ... had precision 0.93 at recall 0.32" (p. 99). A
  sentence that prints its own value under the measure word of a number it would take from
  another ("precision 0.93" for a claimed "precision 0.95") lends nothing
  (`verify/joint_measures.mixed_values`, in `source_check._joint_support` and
  `lent_numbers.lend_numbers`);
- "Active learning on GameWinner reached precision 1.00 at recall 0.16 by 40 new instances"
  and "... 0.75 at recall 0.35 by 80 new instances" (both true) were contradicted by "Even 20
  new instances caused a dramatic improvement ..." while the next sentence prints every
  number of each claim ("reaching 1.00 at recall 0.16 by 40 new instances and reaching
  precision 0.75 at recall 0.35 by 80 new instances", p. 100), set aside only because the
  relation's name is two sentences back: a contradiction is withheld when a passage at least
  as relevant agrees with two or more claimed numbers, all of them
  (`verify/agreeing_passages.agreeing_passage`).

Reading failure: the article's sections open under unnumbered headings in the text's own
font ("Domain Adaptation", "Empirical Results"), and the first heading the parser knew was a
wrapped line of prose, "20. While not perfect, ...", on page 7: everything before it was
left out as front matter, six of ten pages. Front matter takes two pages at most
(`extract/front_matter.py`); with pages 3-6 read, nine more probes are decided as labelled,
and one more was decided wrongly: "The high-confidence tuple (New Orleans, cruised to, a
31-15 victory) has a confidence of 0.816" (true, Figure 4's box, p. 96) was contradicted by
Figure 6's box read into the prose of p. 98 ("Confidence = 0.833 Extraction from (New
Orleans, cruised to, a 31-15 victory)"): a passage more relevant than the contradicting one
that prints the disputed number withholds the contradiction (`agreeing_passage` again).
Still misread (noted, not fixed): the figures' framed boxes on pp. 94-98 (Figures 1 and 3-6)
are read as prose and glued to the running text around them, Figure 3's table of training
counts among it; on pp. 100-101 the second and third columns are read line by line across
both columns.
"""

from __future__ import annotations

import pytest
from probe_verdicts import explained, real_paper, scored, verify_on

from verify_claims.claims import Quantity, Status
from verify_claims.extract import paper
from verify_claims.verify import lent_numbers, source_check
from verify_claims.verify.joint_measures import _word_before

SEUNG, AIMAG = "seung08_pages", "aimag10"
C, X, U = "confirmed", "contradicted", "unverified"

# Each claim with the status its page says (labelled before the tool ran).
SEUNG_PROBES = [
    ('We train convolutional networks with over 15,000 parameters.', C),
    ('The denoising network of Figure 1 has 15,697 free parameters.', C),
    ('The denoising network of Figure 1 has 16,697 free parameters.', X),
    ('The network in Figure 1 requires 624 convolutions to process its forward pass.', C),
    ('The network in Figure 1 has 4 hidden layers and 24 feature maps in each hidden layer.', C),
    ('The network in Figure 1 has 5 hidden layers.', X),
    ('In layers 2, 3, and 4, each feature map is connected to 8 randomly chosen feature '
     'maps in the previous layer.', C),
    ('In layers 2, 3, and 4, each feature map is connected to 12 randomly chosen feature '
     'maps in the previous layer.', X),
    ('Each convolution in the denoising network is associated with a 5 × 5 filter.', C),
    ('Each convolution in the denoising network is associated with a 7 × 7 filter.', X),
    ('The test set consists of 100 images.', C),
    ('The test set consists of 200 images.', X),
    ('The test set contains 77 images with dimensions 321 × 481 and 23 with dimensions 481 × 321.',
     C),
    ('The test set contains 33 images with dimensions 481 × 321.', X),
    ('Each gradient update is computed from 6 × 6 patches randomly sampled from six '
     'different images.', C),
    ('Each gradient update is computed from 8 × 8 patches randomly sampled from six '
     'different images.', X),
    ('Larger patches of 8 × 8 and 10 × 10 did not improve accuracy.', C),
    ('Larger patches of 10 × 10 improved accuracy.', X),
    ('In layer-wise training, the network with a single hidden layer is trained for thirty '
     'epochs before its weights are copied.', C),
    ('In layer-wise training, the network with a single hidden layer is trained for fifty epochs.',
     X),
    ('Networks with two or more hidden layers used a learning rate of 0.001 for the final layer.',
     C),
    ('Networks with two or more hidden layers used a learning rate of 0.1 for the final layer.',
     X),
    ('A learning rate of 0.1 was used in all layers other than the final layer.', C),
    ('The 8-bit integer intensity values of the dataset were normalized to lie between 0 and 1.',
     C),
    ('The border of the image is encoded by padding an area surrounding the image with '
     'values of -1.', C),
    ('The border of the image is encoded by padding an area surrounding the image with '
     'values of 0.', X),
    ("CN2's training set is augmented by an additional sixty images from the Berkeley database.",
     C),
    ("CN2's training set is augmented by an additional eighty images from the Berkeley database.",
     X),
    ('CN1 and CNBlind are learned using the same forty image training set as the Field of '
     'Experts model.', C),
    ('CN1 is learned using a fifty image training set.', X),
    ('Denoising results are reported for 3 different noise levels.', C),
    ('Denoising results are reported for 5 different noise levels.', X),
    ('With known noise conditions, a five-layer network is learned for each noise level.', C),
    ('CNBlind is a single six-layer network.', C),
    ('CNBlind is trained with noise levels in the range σ = [0, 100].', C),
    ('CNBlind is trained with noise levels in the range σ = [0, 50].', X),
    ("CNBlind's architecture has 5 hidden layers instead of 4.", C),
    ('Randomizing just the last layer of CN2 drops the PSNR for the Figure 3 image from '
     '24.25 to 14.87.', C),
    ('Randomizing just the last layer of CN2 drops the PSNR for the Figure 3 image to 14.96.', X),
    ('Randomizing the parameters in all layers of CN2 gives better results than '
     'randomizing just the last layer.', X),
    ('The 5 and 6-layer networks use a 20 × 20 and 24 × 24 image patch respectively.', C),
    ('The 6-layer network uses a 20 × 20 image patch.', X),
    ('One-thousand iterations of the FoE dynamics require 48,000 convolutions.', C),
    ('The 5-layer CN1 and CN2 architecture requires only 624 image convolutions to process '
     'an image.', C),
    ('The 5-layer CN1 and CN2 architecture requires 1,000 image convolutions to process an image.',
     X),
    ('Averaged over 10 trials, CN1/CN2 requires 38.86 seconds to denoise a 512 × 512 image.', C),
    ('Averaged over 20 trials, CN1/CN2 requires 38.86 seconds to denoise a 512 × 512 image.', X),
    ('1,000 iterations of the FoE require 1664.35 seconds to denoise a 512 × 512 image.', C),
    ('The BLS-GSM model with parameter setting 1 requires 26.51 seconds.', X),
    ('The BLS-GSM model with parameter setting 2 requires 26.51 seconds.', C),
    ('Training the denoising networks utilized a dozen processors for a week.', C),
    ('CN2 achieves an average PSNR of 28.47 at noise level 25.', U),
    ('CNBlind was trained on 300 images.', U),
]

AIMAG_PROBES = [
    ('The system achieves precision over 0.90 from as few as eight training examples for '
     'an NFL-scoring domain.', C),
    ('The system achieves precision over 0.90 from as few as five training examples for an '
     'NFL-scoring domain.', X),
    ('GameWinner has 15 training examples in the NFL-scoring domain.', C),
    ('GameWinner has 14 training examples in the NFL-scoring domain.', X),
    ('GameLoser has 14 training examples in the NFL-scoring domain.', C),
    ('TeamFinalScore has 29 training examples in the NFL-scoring domain.', C),
    ('TeamScoringAll has 46 training examples in the NFL-scoring domain.', C),
    ('TeamScoringAll has 29 training examples in the NFL-scoring domain.', X),
    ('GameDate has 8 training examples in the NFL-scoring domain.', C),
    ('GameDate has 18 training examples in the NFL-scoring domain.', X),
    ('The NFL-scoring domain is implicitly defined by 27 sentences in which 13 relations '
     'were tagged exhaustively.', C),
    ('The NFL-scoring domain is implicitly defined by 37 sentences.', X),
    ('The DARPA Machine Reading Project was launched in 2009.', C),
    ('The DARPA Machine Reading Project was launched in 2008.', X),
    ('Over the course of the 5-year Machine Reading Project, there will be two new domains '
     'per year.', C),
    ('Over the course of the Machine Reading Project, there will be three new domains per year.',
     X),
    ('The high-confidence tuple (New Orleans, cruised to, a 31–15 victory) has a '
     'confidence of 0.816.', C),
    ('The tuple (Blake, threw, three touchdown passes) has a confidence of 0.816.', X),
    ('The GameWinner rule in Figure 6 has a confidence of 0.833.', C),
    ('The GameWinner rule in Figure 6 has a confidence of 0.7.', X),
    ('The GameLoser rule in Figure 6 has a confidence of 0.7.', C),
    ('The GameLoser rule in Figure 6 has a confidence of 0.833.', X),
    ('The left-context rule had seven correct and five errors on the training, for a '
     'confidence of 0.538.', C),
    ('The left-context rule had seven correct and five errors on the training, for a '
     'confidence of 0.583.', X),
    ('Nonlocal references occurred in about one-third of the training examples for GameWinner.',
     C),
    ('In these experiments, α = 10, β = 30, and γ = 20.', C),
    ('In these experiments, α was set to 30.', X),
    ('In these experiments, γ was set to 20.', C),
    ('The test set was 100 articles that a classifier judged to be sports related.', C),
    ('The test set was 200 articles that a classifier judged to be sports related.', X),
    ('TeamFinalScore had precision 0.95 at recall 0.87.', C),
    ('TeamFinalScore had precision 0.93 at recall 0.87.', X),
    ('GameLoser had precision 0.93 at recall 0.32.', C),
    ('GameLoser had precision 0.95 at recall 0.32.', X),
    ('GameLoser had precision 0.93 at recall 0.87.', X),
    ('Even 20 new instances of active learning lifted GameWinner from precision 0.48 at '
     'recall 0.19 to precision 0.91 at recall 0.21.', C),
    ('Even 20 new instances of active learning lifted GameWinner to precision 0.91 at recall 0.19.',
     X),
    ('Active learning on GameWinner reached precision 1.00 at recall 0.16 by 40 new instances.',
     C),
    ('Active learning on GameWinner reached precision 0.75 at recall 0.35 by 80 new instances.',
     C),
    ('Active learning on GameWinner reached precision 0.75 at recall 0.35 by 40 new instances.',
     X),
    ('Tagging 80 instances took one of the authors about 25 minutes.', C),
    ('Tagging 80 instances took one of the authors about 45 minutes.', X),
    ('20 new instances of active learning for GameWinner raised precision from under 0.50 '
     'to over 0.90 at recall 0.20.', C),
    ('TextRunner was evaluated on a blind test set of 100 NFL news articles.', C),
    ('TextRunner has precision above 0.90 for a significant fraction of the recall for '
     'three of the five relations.', C),
    ('TextRunner has precision above 0.90 for a significant fraction of the recall for '
     'four of the five relations.', X),
    ('Kansas City took sole possession of the American Conference West lead with a 17–14 '
     'victory over Denver.', C),
    ('New Orleans opened up a 28–0 halftime lead and cruised to a 31–15 victory over the 49ers.',
     C),
    ('New Orleans opened up a 21–0 halftime lead.', X),
    ("Paul Edinger's 56-yard field goal on the final play lifted Minnesota to a 23–20 "
     "victory over Green Bay.", C),
    ("Paul Edinger's 46-yard field goal on the final play lifted Minnesota to victory over "
     "Green Bay.", X),
    ('TeamScoringAll required more new instances than GameWinner to show similar improvement.', C),
    ('GameWinner required more new instances than TeamScoringAll to show similar improvement.', X),
    ('The rule learner keeps a beam set of the highest confidence k rules that cover the '
     'seed instance.', C),
    ('The high-recall version of TextRunner reached recall 0.95 on the NFL test set.', U),
    ('TextRunner extracted 500 million tuples from the web for this study.', U),
    ('The class recognizers required several days of manual engineering for each argument type.',
     X),
]

TUPLE = ("The high-confidence tuple (New Orleans, cruised to, a 31–15 victory) has a "
         "confidence of 0.816.")
MIXED = "GameLoser had precision 0.95 at recall 0.32."
AT_FORTY = ("Active learning on GameWinner reached precision 1.00 at recall 0.16 by 40 new "
            "instances.")


@pytest.fixture(scope="module")
def seung():
    return {SEUNG: real_paper(SEUNG)}


@pytest.fixture(scope="module")
def aimag():
    return {AIMAG: real_paper(AIMAG)}


def test_no_seung_probe_gets_a_wrong_decisive_verdict(seung):
    wrong, right = scored(verify_on(seung, SEUNG, [text for text, _ in SEUNG_PROBES]),
                          SEUNG_PROBES)
    assert wrong == []
    # fewer means a rule now withholds a right one (23 -> 22 in round 24: probe24b's "±"
    # spreads lent "38.86 ± 0.1 sec." the unread "sec"; back to 23 in round 25, "sec" being
    # read as seconds, extract/quantity_units.COUNT_NOUNS)
    assert right >= 23


def test_no_aimag_probe_gets_a_wrong_decisive_verdict(aimag):
    wrong, right = scored(verify_on(aimag, AIMAG, [text for text, _ in AIMAG_PROBES]),
                          AIMAG_PROBES)
    assert wrong == []
    assert right >= 20


def test_a_sentence_with_its_own_value_lends_no_number(aimag, monkeypatch):
    claim = verify_on(aimag, AIMAG, [MIXED])[0]
    assert claim.status == Status.unverified, explained(claim)
    right = verify_on(aimag, AIMAG, ["GameLoser had precision 0.93 at recall 0.32."])[0]
    assert right.status == Status.confirmed, explained(right)
    # Planted bug: both joint readings take each number from wherever it agrees again.
    monkeypatch.setattr(source_check, "mixed_values", lambda *args: False)
    monkeypatch.setattr(lent_numbers, "mixed_values", lambda *args: False)
    claim = verify_on(aimag, AIMAG, [MIXED + " "])[0]
    assert claim.status == Status.confirmed, explained(claim)


def test_a_passage_with_every_number_keeps_another_count_from_contradicting(aimag, monkeypatch):
    claim = verify_on(aimag, AIMAG, [AT_FORTY])[0]
    assert claim.status == Status.unverified, explained(claim)
    # Planted bug: "Even 20 new instances" contradicts the claim's 40 again.
    monkeypatch.setattr(source_check, "agreeing_passage", lambda *args: None)
    claim = verify_on(aimag, AIMAG, [AT_FORTY + " "])[0]
    assert claim.status == Status.contradicted, explained(claim)


def test_a_closer_passage_printing_the_number_keeps_a_box_from_contradicting(aimag,
                                                                           monkeypatch):
    claim = verify_on(aimag, AIMAG, [TUPLE])[0]
    assert claim.status == Status.unverified, explained(claim)
    # Planted bug: Figure 6's "Confidence = 0.833" before the same tuple contradicts again.
    monkeypatch.setattr(source_check, "agreeing_passage", lambda *args: None)
    claim = verify_on(aimag, AIMAG, [TUPLE + " "])[0]
    assert claim.status == Status.contradicted, explained(claim)


def test_a_late_first_heading_leaves_the_body_in(aimag, monkeypatch):
    pages = {sentence.page for sentence in aimag[AIMAG].sentences}
    assert {3, 4, 5, 6} <= pages
    claim = verify_on(aimag, AIMAG, ["GameWinner has 15 training examples in the NFL-scoring "
                                     "domain."])[0]
    assert claim.status == Status.confirmed, explained(claim)
    # Planted bug: front matter runs to the first heading again, wherever it is.
    monkeypatch.setattr(paper, "past_front_matter", lambda page: False)
    unread = real_paper(AIMAG)
    assert not {3, 4, 5, 6} & {sentence.page for sentence in unread.sentences}


@pytest.mark.parametrize(("text", "number", "expected"), [
    ("had precision 0.93 at recall 0.32.", "0.93", "preci"),
    ("had precision 0.93 at recall 0.32.", "0.32", "recal"),
    ("a precision of 0.75 overall", "0.75", "preci"),
    ("lifted it from 0.48 to 0.91", "0.48", None),
])
def test_the_word_printed_before_a_number(text, number, expected):
    start = text.index(number)
    quantity = Quantity(text=number, value=float(number), span=(start, start + len(number)))
    assert _word_before(text, quantity) == expected
