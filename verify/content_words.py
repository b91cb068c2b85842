"""The word lists of whole-content matching: which claim words are causes, comparisons,
conditions, paraphrase frames or not what a number counts.

Kept apart from content.py so that the modules it was split into (comparisons.py,
shown_words.py) read the same lists without importing content.py back.
"""

from __future__ import annotations

import re

from .passages import content_terms
from .wording import DOWN, UP

_UP, _DOWN, _CAUSE = UP, DOWN, "^cause"
# A cause or a purpose ("because", "explains", "due to", "thanks to"): a relation the passage
# must state too, or the claim ties two facts of the paper together on its own.
_CAUSAL = frozenset(("because", "explains", "explain", "explained", "due", "thanks", "hence",
                     "therefore", "causes", "caused", "owing",
                     # what makes a result possible, or whom it is owed to: "X is what lets
                     # Y reach 30.5%", "the gain is credited to X"
                     "lets", "enables", "enable", "enabled", "allows", "allow", "allowed",
                     "attributed", "attributable", "credited", "responsible"))
_COMPARISON_WORDS = frozenset((
    "outperform", "outperforms", "outperformed", "outperforming", "beat", "beats", "beating",
    "better", "worse", "higher", "lower", "exceed", "exceeds", "exceeded", "surpass",
    "surpasses", "surpassed", "underperform", "underperforms", "underperformed",
    "underperforming", "superior", "inferior", "than",
    # verbs of overtaking: "A overtakes B after 16 observations" compares A with B too
    "overtake", "overtakes", "overtaken", "overtaking", "overtook", "outpace", "outpaces",
    "outpaced", "outstrip", "outstrips", "outstripped", "outscore", "outscores",
    "outscored", "outdo", "outdoes", "outdid", "outdone"))
_CONDITION_WORDS = frozenset(content_terms(
    "fine-tuned finetuned fine-tuning finetuning frozen freezing zero-shot few-shot one-shot "
    "dev development validation test train training held-out in-domain out-of-domain "
    "pretrained pre-trained supervised unsupervised semi-supervised multilingual monolingual "
    "cross-lingual large base small oracle gold predicted automatic manual "
    # an ensemble is a setting of the system as the split is one: "as an ensemble, QANet
    # reaches 84.6 F1" is not confirmed by a paper that reports single models only and never
    # says "ensemble" (QANet, arXiv:1804.09541, page 9; red team 8)
    "ensemble ensembles"))
# Words a paraphrase adds or drops without changing what is asserted.
GENERIC = frozenset(content_terms(
    "going goes went "  # the frame of a change: "going from A to B lowers X"
    "show shows showed shown find finds found report reports reported reporting "
    "authors author study studies work we our results result observe observed observes "
    "substantially significantly considerably slightly markedly notably clearly strongly "
    "consistently about approximately around roughly nearly almost overall respectively "
    "total achieve achieves achieved achieving obtain obtains obtained reach reaches reached "
    "amount amounts amounted amounting "  # "amounts to 684K triples": a quantity's copula
    "yield yields yielded give gives gave given point points percent percentage pp "
    "compared relative absolute using use uses used set sets via based according "
    "demonstrate demonstrates demonstrated indicate indicates suggest suggests evidence "
    "respective corresponding measured measure score scores one two three four five six "
    "seven eight nine ten twelve twenty hundred thousand million billion times also just "
    "further moreover however thus therefore hence whereas although though even still "
    "large-scale new proposed approach method system systems contain contains contained "
    "containing include includes included including has have had hold holds consist "
    "consists comprise comprises make makes made lead leads led bring brings brought "
    "see sees saw seen show shows perform performs performed performing after before during "
    "until upon within change changes changed changing conduct conducts conducted carried "
    "run ran "  # running an experiment, as conducting one: "the test was run on 4,113 clicks"
    "another merely "  # a determiner and a hedge, as "also" and "just": "gains another 0.5 BLEU"
    "experiment experiments experimental generally typically usually ones manage manages "
    "managed own well stay stays stayed remain remains remained"))
_SPELLED = frozenset(content_terms(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion first second third half twice double"))
_PHRASAL = frozenset(("go", "goes", "went", "gone", "going", "is", "are", "was", "were",
                      "moves", "moved", "move"))
_TOKEN = re.compile(r"[^\W\d_][\w+\-]*|\d[\d.,]*\d|\d")

# Words after a number that are not what it counts ("5.4 points higher", "8 respectively").
_NOT_MEASURE = frozenset(content_terms(
    "respectively overall total compared relative absolute using after before each per "
    "instead rather below above behind ahead apart "
    "gave give gives given yield yields yielded lead leads led brought brings "
    "respective on average higher lower more less fewer different distinct separate unique "
    "additional other various several new")) | (_PREPOSITIONS := frozenset(content_terms(
        # prepositions that end the noun phrase ("42 patients during the study month", r25)
        "during within throughout among amongst between until since despite toward towards "
        "versus upon beyond around without through along against beside besides inside "
        "outside unlike")))
_OF_THE = frozenset(("of", "the", "all", "their", "its", "our", "these", "those"))
_MEASURE_SKIP = frozenset(("points", "point", "percent", "percentage", "pp", "times", "x",
                           "k", "m", "b", "million", "billion", "thousand", "hundred"))

# A citation inside a claim, "(Conneau et al., 2020)", "(STILTs; Phang et al., 2018)": it says
# who, not what; a claim is judged without it.
CITATION = re.compile(r"\([^()]*\b(?:et al\.?|(?:19|20)\d\d[a-z]?)[^()]*\)")


def capitalised_inside(text: str, match: re.Match[str]) -> bool:
    """A capitalised word inside a sentence (not after a full stop or colon) is a name."""
    before = text[:match.start()].rstrip()
    return match.group()[:1].isupper() and bool(before) and before[-1] not in ".:;!?"
