"""Round 31 regressions of my own probe (probe31b) of a document new to the project.

An ecology report on alien (non-native) plants in Sequoia-Kings Canyon and Yosemite National
Parks (its pages 12-15): Table 1, the Sequoia-Kings Canyon cluster analysis (site codes, sites
and their cluster, under a nested "Cluster Characteristics" stub, continued over two pages), the
clusters' elevation ranges in the running text, and the Yosemite field methods (transects,
quadrats, trail-use categories); tests/real/papers/alien_plants_sekiyose.pdf, from the
Unstructured-IO/unstructured label-party sources (AlienPlantThreatAssess-p24-p27). 60 claims
(31 confirmed, 17 contradicted, 12 unverified) were labelled from the page images before the tool
ran on them.

First contact: 75 sentences and 1 table read (Table 1 over its two pages): 60 claims, 19
decided, 30 right, 1 wrong.

Wrong decisive verdict of the labelled set, fixed by a general rule:

- "Quadrats were rejected if more than 50 percent of their cover could not support plant life"
  (true) was contradicted by "... rejected if more than 50 percent of the cover was incapable of
  supporting plant life": "The claim negates what the paper asserts". A privative word
  ("incapable", "unable", "impossible", "lacks", "fails to") negates as "not" does; a
  contradiction on negation whose unnegated side prints one, in a clause sharing two of the
  other side's words, decides nothing (`verify/guards_privative_words.guard_privative_words`).
  A privative word both sides print names a kind ("non-projective" parsing: a heldout claim,
  rightly contradicted, was withheld by the first version of the rule).

Latent wrong verdicts (claims written after the first run, probing the same pages), each fixed
by a general rule:

- "Kings River is in cluster 12" (true) was contradicted by the cell "RNF1726 North Fork of
  Kaweah River / Riparian / DAS1605 × Cluster: 5": the row said "River", the caption
  ("Sequoia-Kings Canyon") "Kings". A cell whose path prints the claim's two-word name's head
  after another capitalised word ("Kaweah River"), never the name, decides nothing
  (`verify/guards_sibling_heads.guard_sibling_heads`);
- "The total of all species in a quadrat frequently exceeded 100 percent" (true) was
  contradicted by "The cover of a particular species could not exceed 100 percent, but the
  total ... frequently exceeded 100 percent": the "not" stands in the other half of the turn
  (`verify/guards_turned_negations.guard_turned_negations`);
- "The high use backpacking category contained the most trails" (false: "the fewest number of
  trails") was confirmed: "most" and "fewest" are now opposite superlatives
  (`verify/guards_unsaid_negations._OPPOSITES`);
- "Areas with lawns, flower pots and gardens were sampled" (false: they "also were rejected")
  was confirmed by that sentence with its neighbour's "until 30 quadrats were sampled": a
  claimed passive verb that only a neighbour prints, while the subject's own sentence prints
  a passive verb of its own after two words of the claim's subject, decides nothing
  (`verify/guards_lent_participles.guard_lent_participles`; its first version, without the
  subject, withheld a right heldout confirmation);
- "Cluster 8 is a riparian site" (true: Trauger's Creek) was contradicted by cluster 5's
  "Riparian" block (a second block of the stub bears the same characteristic). A claim that
  prints its number after the word heading the cell's column ("cluster 8" under "Cluster"),
  where that column (or the paper's text: the reading lost clusters 7 to 11) prints the number
  for another row, names that row; another row's cell decides nothing unless the claim names it
  by a capitalised word of its own (`verify/guards_labelled_values.guard_labelled_values`).

- "The Mineral King Dirt Road site is far from the Mineral King Pack Station" (false: "adjacent
  to") was confirmed: ("adjacent", "far") and ("near", "far") are antonym pairs now
  (`claims/vocabulary.ANTONYM_PAIRS`, read by `wording.antonym_clash`, which only blocks a
  confirmation).

Now 18 decided, 30 right, 0 wrong. Left: Table 1's reading loses the rotated block of clusters
7 to 11 (their rows are absent from the table read); Table 1's cluster column is read one value per
block of rows (the value stands beside the block's middle row), so most "site X is in cluster
N" claims are unverified; elevation ranges in the text ("range from 1,830 m to 2,590 m") are
decided only when the claim keeps the paper's wording.
"""

from __future__ import annotations

from functools import cache

from probe_verdicts import probe_set_tests, real_paper, status_of

from verify_claims.claims import Status
from verify_claims.verify import (
    guards_labelled_values,
    guards_lent_participles,
    guards_privative_words,
    guards_sibling_heads,
    guards_turned_negations,
    guards_unsaid_negations,
    wording,
)

ALIEN = "alien_plants_sekiyose"

# Each claim with the status its page says (labelled before the tool ran); pages of the PDF
# excerpt: 1-2 Table 1 (p. 12-13) and the clusters' text (p. 13), 3-4 Yosemite methods (14-15).
ALIEN_PROBES = [
    # --- confirmed ---
    # p1 Table 1: CPO2117 Potwisha Campground | 1
    ('Potwisha Campground was assigned to cluster 1 of the Sequoia-Kings Canyon analysis.',
     'confirmed'),
    # p1 Table 1: PCE4701 Cedar Grove Pack Station | 3
    ('Cedar Grove Pack Station formed cluster 3 on its own.', 'confirmed'),
    # p1 Table 1: Irrigated - High Richness | DAS1605 Ash Mountain Headquarters | 4
    ('Ash Mountain Headquarters, an irrigated site with high richness, made up cluster 4.',
     'confirmed'),
    # p1 Table 1: Riparian | RTR4573 Trauger's Creek | 8
    ("Trauger's Creek was placed in cluster 8.", 'confirmed'),
    # p2 "Old Hidden Springs Trail at an elevation of 670 m (2,190 ft)"
    ('Old Hidden Springs Trail lies at an elevation of 670 m.', 'confirmed'),
    # p2 "Crystal Cave Parking Lot (1,490 m; 4,895 ft)"
    ('Crystal Cave Parking Lot is at 1,490 m.', 'confirmed'),
    # p2 "Cluster 7 is composed of sites that range from 1,370 m to 2,285 m"
    ('Cluster 7 is made up of sites ranging from 1,370 m to 2,285 m in elevation.', 'confirmed'),
    # p2 "Bromus tectorum and Vulpia myuros are constant annual grass species"
    ('In cluster 7, Bromus tectorum and Vulpia myuros are constant annual grass species.',
     'confirmed'),
    # p2 "The inclusion of Grant Grove Pack Station (1,955 m; 6,415 ft) in the
    # low-species-richness cluster is an artifact of sampling difficulties."
    ('Grant Grove Pack Station, at 1,955 m, fell into the low-species-richness cluster only as '
     'an artifact of sampling difficulties.', 'confirmed'),
    # p2 "Sites in cluster 9, which range in elevation from 1,830 m to 2,590 m"
    ('Cluster 9 sites range in elevation from 1,830 m to 2,590 m.', 'confirmed'),
    # p2 "cluster 10, which range in elevation from 2,135 m to 2,745 m"
    ('The cluster 10 sites range from 2,135 m to 2,745 m in elevation.', 'confirmed'),
    # p2 "cluster 11, which range in elevation from 1,980 m to 2,285 m"
    ('Sites in cluster 11 lie between 1,980 m and 2,285 m.', 'confirmed'),
    # p2 "Hart Loop Trail (1,680m; 5,505 ft), a lower-elevation site"
    ('Hart Loop Trail, a lower-elevation site at 1,680 m, is included in cluster 11.',
     'confirmed'),
    # p2 "The sites in cluster 12 ranges in elevation from 1,370 m to 2,440 m"
    ('Cluster 12 spans elevations from 1,370 m to 2,440 m.', 'confirmed'),
    # p2 "The sites in cluster 13 are at an elevation of 1,675 m (5,500 ft)"
    ('The cluster 13 sites are at an elevation of 1,675 m.', 'confirmed'),
    # p3 "Nearly all of the sites where no alien species were found are above 2,440 m"
    ('Nearly all sites without alien species are above 2,440 m.', 'confirmed'),
    # p3 "The exception is Old Black Oak Trail at 1,755 m (5,765 ft)"
    ('Old Black Oak Trail, an exception among the sites without alien species, lies at 1,755 m.',
     'confirmed'),
    # p3 "Poa pratensis and Taraxicum officinale are present along the Rae Lakes Loop Trail to
    # elevations of 2,865 m (9,400 ft) and 2,990 m (9,800 ft) respectively"
    ('Poa pratensis is present along the Rae Lakes Loop Trail up to 2,865 m.', 'confirmed'),
    # p3 "Ten 50 by 2 m transects were randomly placed in each patch"
    ('In the 1999 surveys, ten 50 by 2 m transects were placed randomly in each patch.',
     'confirmed'),
    # p4 "At 10 m intervals beginning at meter 0, 2 m x 1 m quadrats were placed"
    ('Quadrats of 2 m by 1 m were placed at 10 m intervals along each transect.', 'confirmed'),
    # p4 "Canopy cover was measured every 5 m along each sampling transect"
    ('Canopy cover was measured every 5 m along each sampling transect.', 'confirmed'),
    # p4 "low use (0-50 people/year)"
    ('Low-use trails had 0-50 people per year.', 'confirmed'),
    # p4 "Seven trails were randomly selected for sampling from each use category."
    ('Seven trails were randomly selected from each use category.', 'confirmed'),
    # p4 "high (26+/day)" stock
    ('High stock use meant 26 or more stock per day.', 'confirmed'),
    # p4 "the field crews walked 3 km from the trailhead, recording all alien species that
    # occurred within 2 m of the trail"
    ('Field crews walked 3 km from the trailhead, recording alien species within 2 m of the '
     'trail.', 'confirmed'),
    # p4 "a natural vegetation control site was established in undisturbed vegetation 50 m from
    # five of the campground sites"
    ('A natural vegetation control site was set up 50 m from five of the campground sites.',
     'confirmed'),
    # p4 "Randomly placed quadrats were rejected if more than 50 percent of the cover was
    # incapable of supporting plant life"
    ('Quadrats were rejected if more than 50 percent of their cover could not support plant '
     'life.', 'confirmed'),
    # p4 "Tree canopy cover was estimated using GRS brand densiometers at 100 regularly
    # distributed points"
    ('Tree canopy cover was estimated at 100 regularly distributed points.', 'confirmed'),
    # p3 "until thirty quadrats had been sampled"
    ('In 1998, quadrats were placed along the sampling transects until thirty quadrats had been '
     'sampled.', 'confirmed'),
    # p4 "the cover of nonnative and native plant species was estimated to the nearest one
    # percent"
    ('Plant cover in each quadrat was estimated to the nearest one percent.', 'confirmed'),
    # p4 "the trails were grouped into three categories"
    ('Yosemite trails were grouped into three use categories.', 'confirmed'),
    # --- contradicted ---
    # p1 Table 1: Potwisha Campground | 1 (2 is the next block's)
    ('Potwisha Campground was assigned to cluster 2.', 'contradicted'),
    # p2 cluster 7: 1,370 m to 2,285 m
    ('Cluster 7 sites range from 1,370 m to 2,585 m in elevation.', 'contradicted'),
    # p2 Old Hidden Springs Trail 670 m
    ('Old Hidden Springs Trail lies at an elevation of 760 m.', 'contradicted'),
    # p2 cluster 9: 1,830 m to 2,590 m
    ('Cluster 9 sites range in elevation from 1,830 m to 2,950 m.', 'contradicted'),
    # p2 Hart Loop Trail 1,680 m
    ('Hart Loop Trail lies at 1,860 m.', 'contradicted'),
    # p4 canopy cover every 5 m (10 m is the quadrats' interval)
    ('Canopy cover was measured every 10 m along each sampling transect.', 'contradicted'),
    # p4 seven trails per category
    ('Eight trails were randomly selected from each use category.', 'contradicted'),
    # p4 low use 0-50 people/year
    ('Low-use trails had 0-100 people per year.', 'contradicted'),
    # p4 3 km from the trailhead
    ('Field crews walked 5 km from the trailhead, recording alien species near the trail.',
     'contradicted'),
    # p4 more than 50 percent
    ('Quadrats were rejected if more than 30 percent of their cover could not support plant '
     'life.', 'contradicted'),
    # p3 ten transects in each patch
    ('In the 1999 surveys, twenty 50 by 2 m transects were placed randomly in each patch.',
     'contradicted'),
    # p3 "above 2,440 m"
    ('Nearly all sites without alien species lie below 2,440 m.', 'contradicted'),
    # p2 cluster 13 at 1,675 m
    ('The cluster 13 sites are at an elevation of 1,765 m.', 'contradicted'),
    # p2 "neither Bromus tectorum nor Vulpia myuros are found at that site" (Trauger's Creek)
    ("Both Bromus tectorum and Vulpia myuros are found at Trauger's Creek.", 'contradicted'),
    # p4 100 regularly distributed points
    ('Tree canopy cover was estimated at 50 regularly distributed points.', 'contradicted'),
    # p4 control site 50 m from the campgrounds
    ('A natural vegetation control site was set up 100 m from five of the campground sites.',
     'contradicted'),
    # p4 three categories
    ('Yosemite trails were grouped into four use categories.', 'contradicted'),
    # --- unverified ---
    # no cover figures by cluster
    ('Cluster 7 sites had the highest alien species cover of all clusters.', 'unverified'),
    # no species total for Yosemite
    ('The Yosemite surveys recorded 45 alien species in total.', 'unverified'),
    # clustering method not given on these pages
    ("The cluster analysis used Ward's linkage method.", 'unverified'),
    # no cover of Poa pratensis
    ('Poa pratensis cover averaged 12 percent in cluster 10.', 'unverified'),
    # no count of campgrounds
    ('Field crews sampled 24 campgrounds in 1998.', 'unverified'),
    # hikers vs stock never compared
    ('High-use trails gained more alien species from hikers than from stock animals.',
     'unverified'),
    # cattle mentioned, no effect size
    ('Trespassing cattle near Oriole Lake reduced native species cover by 20 percent.',
     'unverified'),
    # no slope of richness on elevation
    ('Alien species richness fell by two species for every 300 m of elevation.', 'unverified'),
    # no richness per site
    ('Rae Lakes Trail at 7000 ft had 14 alien species.', 'unverified'),
    # no stock numbers per pack station
    ('Mineral King Pack Station kept 40 stock animals.', 'unverified'),
    # no calibration schedule
    ('The densiometers were calibrated every 10 days.', 'unverified'),
    # campgrounds vs trails never compared
    ('Campgrounds held twice as many alien species as trails.', 'unverified'),
]

PROBE_SETS = {ALIEN: (ALIEN_PROBES, 30)}

_parsed = cache(real_paper)

probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)

REJECTED = ('Quadrats were rejected if more than 50 percent of their cover could not support plant '
            'life.')
KINGS = "Kings River is in cluster 12."


def _alien():
    return {ALIEN: _parsed(ALIEN)}


def test_a_privative_word_negates_as_a_negation_word_does(monkeypatch):
    status, why = status_of(_alien(), ALIEN, REJECTED)
    assert status == Status.unverified, why
    assert "incapable" in why, why
    # a privative word both sides print names a kind, and negates nothing
    assert guards_privative_words.privative_clause(
        "with the non-projective parsing algorithm the parsing accuracy improves",
        "with the non-projective parsing algorithm the parsing accuracy does not improve") is None
    # Planted bug: "incapable of supporting" read as unnegated.
    monkeypatch.setattr(guards_privative_words, "privative_clause", lambda *args: None)
    status, why = status_of(_alien(), ALIEN, REJECTED + " ")
    assert status == Status.contradicted, why


def test_a_row_naming_a_sibling_of_the_claims_place_decides_nothing(monkeypatch):
    status, why = status_of(_alien(), ALIEN, KINGS)
    assert status == Status.unverified, why
    assert "Kaweah River" in why, why
    # the claim's own row still decides
    status, why = status_of(_alien(), ALIEN, "Ash Mountain Headquarters is in cluster 5.")
    assert status == Status.contradicted, why
    # Planted bug: "Kaweah River"'s row and the caption's "Sequoia-Kings" speak of Kings River.
    monkeypatch.setattr(guards_sibling_heads, "sibling_head", lambda *args: None)
    status, why = status_of(_alien(), ALIEN, KINGS + " ")
    assert status == Status.contradicted, why


def test_a_negation_in_the_other_half_of_a_turned_sentence_contradicts_nothing(monkeypatch):
    total = "The total of all species in a quadrat frequently exceeded 100 percent."
    status, why = status_of(_alien(), ALIEN, total)
    assert status == Status.unverified, why
    # the claim restating the negated half stays contradicted
    single = "The cover of a particular species could exceed 100 percent."
    status, why = status_of(_alien(), ALIEN, single)
    assert status == Status.contradicted, why
    # Planted bug: the first half's "not" read as the whole sentence's.
    monkeypatch.setattr(guards_turned_negations, "unnegated_half", lambda *args: None)
    status, why = status_of(_alien(), ALIEN, total + " ")
    assert status == Status.contradicted, why


def test_most_against_fewest_confirms_nothing(monkeypatch):
    most = "The high use backpacking category contained the most trails."
    status, why = status_of(_alien(), ALIEN, most)
    assert status == Status.unverified, why
    status, why = status_of(_alien(), ALIEN,
                            "The high use backpacking category contained the fewest trails.")
    assert status == Status.confirmed, why
    # Planted bug: "most" no opposite of "fewest".
    monkeypatch.setattr(guards_unsaid_negations, "_OPPOSITES", {
        word: other for word, other in guards_unsaid_negations._OPPOSITES.items()
        if "most" not in (word, other)})
    monkeypatch.setattr(guards_unsaid_negations, "_SUPERLATIVE", guards_unsaid_negations.re.compile(
        rf"\b(?:{'|'.join(guards_unsaid_negations._OPPOSITES)})\b",
        guards_unsaid_negations.re.IGNORECASE))
    guards_unsaid_negations.unsaid_negation.cache_clear()
    status, why = status_of(_alien(), ALIEN, most + " ")
    assert status == Status.confirmed, why
    guards_unsaid_negations.unsaid_negation.cache_clear()


def test_a_verb_lent_by_a_neighbour_against_the_subjects_own_confirms_nothing(monkeypatch):
    sampled = "Areas with lawns, flower pots and gardens were sampled."
    status, why = status_of(_alien(), ALIEN, sampled)
    assert status == Status.unverified, why
    assert "rejected" in why, why
    status, why = status_of(_alien(), ALIEN,
                            "Areas with lawns, flower pots and gardens were rejected.")
    assert status == Status.confirmed, why
    # a main sentence whose own passive verb is said of another thing is left alone
    assert guards_lent_participles.own_participle(
        "trained", "Given a few pairs of named entities known to exhibit or not exhibit a "
        "particular relation, bags of sentences containing the pairs are extracted from the web.",
        ["We present a new approach to relation extraction that requires only a handful of "
         "training examples."], "Bunescu and Mooney's extractor ") is None
    # Planted bug: the neighbour's "sampled" lent to the rejected areas.
    monkeypatch.setattr(guards_lent_participles, "own_participle", lambda *args: None)
    status, why = status_of(_alien(), ALIEN, sampled + " ")
    assert status == Status.confirmed, why


def test_a_claim_naming_a_label_value_is_not_contradicted_by_another_rows(monkeypatch):
    riparian = "Cluster 8 is a riparian site."
    status, why = status_of(_alien(), ALIEN, riparian)
    assert status == Status.unverified, why
    # a claim naming the row by its own capitalised words stays contradicted
    status, why = status_of(_alien(), ALIEN, "Ash Mountain Headquarters is in cluster 5.")
    assert status == Status.contradicted, why
    # Planted bug: cluster 5's "Riparian" block read as cluster 8's.
    monkeypatch.setattr(guards_labelled_values, "names_label", lambda *args: False)
    status, why = status_of(_alien(), ALIEN, riparian + " ")
    assert status == Status.contradicted, why


def test_far_from_against_adjacent_to_confirms_nothing(monkeypatch):
    far = "The Mineral King Dirt Road site is far from the Mineral King Pack Station."
    status, why = status_of(_alien(), ALIEN, far)
    assert status == Status.unverified, why
    status, why = status_of(
        _alien(), ALIEN,
        "The Mineral King Dirt Road site is adjacent to the Mineral King Pack Station.")
    assert status == Status.confirmed, why
    # Planted bug: "far" and "adjacent" no antonyms.
    monkeypatch.setattr(wording, "_ANTONYMS", {
        form: opposites for form, opposites in wording._ANTONYMS.items()
        if form not in ("far", "adjacent", "near")})
    status, why = status_of(_alien(), ALIEN, far + " ")
    assert status == Status.confirmed, why
