"""The field's direction and negation words, shared by the stages that read statements.

`extract` reads the direction and negation of claims and sentences with them
(extract/polarity.py, extract/quantities.py); `verify` matches a claim's relation against a
passage with them (verify/content.py: "improves" is found where the passage says "raises" or
"gains"). They live in `claims/` because stages only share `claims/` modules.
"""

from __future__ import annotations


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


INCREASE_WORDS = _wordset(
    "improve improves improved improving improvement improvements increase increases "
    "increased increasing gain gains gained boost boosts boosted raise raises raised raising "
    "outperform outperforms outperformed outperforming higher better up rise rises rose "
    "grow grows grew grown growing "
    "exceed exceeds exceeded surpass surpasses surpassed benefit benefits benefited "
    "benefiting beneficial help helps helped helping helpful useful beat beats beating superior "
    # Round 17 (issue 11: "a lexicon of the field's verbs and their opposites"): verbs that
    # papers and syntheses use for a gain as often as "improves".
    "enhance enhances enhanced enhancing enhancement enhancements "
    # Round 19: "lifts the score", "climbs to 80.1" (guards_changes read these on its own).
    "lift lifts lifted lifting climb climbs climbed climbing"
)
DECREASE_WORDS = _wordset(
    "lower lowers lowered lowering decrease decreases decreased decreasing drop drops "
    "dropped dropping hurt hurts hurting degrade degrades degraded degradation reduce reduces "
    "reduced reducing reduction underperform underperforms underperformed underperforming "
    "worse worsens worsened harms harmed harmful decline declines declined fall falls fell "
    "loses lost loss losses down inferior shrink shrinks shrank shrunk shrinking "
    # Round 17: "A lags behind / trails B", "X impairs / deteriorates Y", "harm" as a noun
    # and a gerund ("without harming", "no harm to").
    "lag lags lagged lagging trails trailed harm harming deteriorate deteriorates "
    "deteriorated deteriorating deterioration impair impairs impaired impairing"
)
NEGATION_WORDS = _wordset(
    "not no never neither nor without cannot none fail fails failed failing"
)

# Verbs of needing: "needs no labels" denies the need as "does not need labels" does.
NEED_WORDS = _wordset("need needs needed require requires required use uses")

SYNONYM_GROUPS: tuple[frozenset[str], ...] = tuple(_wordset(group) for group in (
    # Needing: "needs no seeds" / "does not require any seeds".
    "need needs needed needing require requires required requiring",
    # Making possible: "which lets it scale" / "which enables it to scale".
    "enable enables enabled enabling allow allows allowed allowing let lets letting",
    # What a model computes for a text: papers call one object an embedding, a
    # representation or a vector, often in one paper ("phrase vectors", "phrase
    # representations").
    "embedding embeddings representation representations vector vectors",
    # Hedged perception: "clusters look more compact" / "clusters seem to be more compact".
    "seem seems seemed look looks looked",
    # Leaving something out of a data set.
    "exclude excludes excluded excluding omit omits omitted omitting discard discards "
    "discarded",
    # A part of a whole, and the adjective and adverb of it: "annotating only part of a
    # summary" / "a partial annotation", "partially annotating".
    "part partial partially",
    # Putting in order: "rank the systems in the same order" / "the same relative ordering".
    "rank ranks ranked order orders ordered ordering",
))
"""Words that papers and the reports about them use for one another. A general English
thesaurus (WordNet) links far more senses than the field uses ("vector" to "carrier", "let" to
"rent") and would let unrelated passages confirm a claim; each group here is one sense the
field words in several ways, and both sides of a match are read through it."""

# Whether something matters: "the objective is critical" / "the objective is dispensable".
# Papers show importance by ablation and state it with these words; a report turns it around
# with their opposites. `verify` reads the two lists as one statement and its denial.
IMPORTANT_WORDS = _wordset(
    "critical crucial essential important indispensable necessary vital"
)
DISPENSABLE_WORDS = _wordset(
    "dispensable unnecessary unimportant superfluous needless inessential"
)

# How good a result is: "gives good results" / "gave poor precision". Papers judge their own
# and others' results with these adjectives, and a report that turns a judgement around uses
# the opposite one. `verify` reads the two lists as one judgement and its opposite. Words that
# mostly name a kind of thing rather than judge it are left out: "weak supervision", "a
# strong baseline", "low-resource", "high-dimensional".
GOOD_WORDS = _wordset(
    "good excellent accurate reliable satisfactory competitive impressive"
)
POOR_WORDS = _wordset(
    "poor bad inaccurate unreliable unsatisfactory disappointing"
)

# Words that papers and claims use for opposite things outside the direction words: "adds
# noise" / "removes noise", "includes" / "excludes", "the same" / "different". A claim that
# says one where its passage says the other is not the passage's statement, however many
# other words they share. Each pair is read whole, with the inflections of its verbs.
ANTONYM_PAIRS: tuple[tuple[str, str], ...] = (
    ("add", "remove"), ("include", "exclude"), ("keep", "discard"), ("accept", "reject"),
    ("maximize", "minimize"), ("maximise", "minimise"), ("overestimate", "underestimate"),
    ("agree", "disagree"), ("correct", "incorrect"), ("consistent", "inconsistent"),
    ("same", "different"), ("adjacent", "far"), ("near", "far"),
    # adverbs of frequency (round 34: "GPT-4 frequently refuses" against "GPT-4 rarely refuses")
    ("often", "rarely"), ("frequently", "rarely"), ("often", "seldom"), ("frequently", "seldom"),
)

# Values of one setting that papers compare side by side: "conditioned on low ... conditioned
# on high", "the small model ... the large model". A sentence that names one value speaks of
# that setting; a neighbouring sentence cannot lend it the other (verify/neighbours.py).
SETTING_OPPOSITES: tuple[tuple[str, str], ...] = (
    ("high", "low"), ("higher", "lower"), ("large", "small"), ("larger", "smaller"),
    ("long", "short"), ("longer", "shorter"), ("positive", "negative"), ("first", "last"),
    ("early", "late"), ("deep", "shallow"), ("dense", "sparse"), ("frozen", "fine-tuned"),
    ("supervised", "unsupervised"), ("minimum", "maximum"),
)
