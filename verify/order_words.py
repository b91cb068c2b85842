"""Words that order two things, in one place: which way a claim says its two sides stand.

Three readings of a claim need them, each with its own subset:

- A difference of two cells ("A beats B by 2.1", "B trails A by 2.1"): `GAP_UP` and
  `GAP_DOWN` say which side the difference favours (cell_arithmetic).
- An order of two cells without a number ("A outperforms B on X", "gold hints increased the
  time"), once or on every line of a table (cell_arithmetic._order, cell_quantified):
  `stated_order` reads the direction. Literal words ("higher", "increased") compare the
  printed numbers; evaluative ones ("outperforms", "hurts") rank by quality, so they decide
  only where the measure is not one for which lower is better (`lower_is_better`). A claim
  with both kinds, a denial ("not better"), a passive ("outperformed by") or a change "from
  ... to ..." states no order these readings can check.
- Two numbers the claim gives and orders ("290.82 is well below 377.60", number_order):
  `ORDER` finds every ordering or ranking word, and only those of `NUMERIC_ORDER` (words that
  order numbers as numbers, whatever the measure) are checked on the cells; a ratio
  (`RATIO`: "twice", "an order of magnitude") is more than an order and is not read.

The sets differ on purpose: "improves" states a gain when it carries a number and a judgement
when it does not; "more" orders two numbers and is no judgement. They were written in three
modules and had drifted apart; kept side by side here, a word added to one is seen beside the
others.
"""

from __future__ import annotations

import re

# "A beats B by 2.1": the words that say which side a difference of two cells favours.
GAP_UP = frozenset(("beats", "beat", "outperforms", "outperform", "exceeds", "exceed", "above",
                    "higher", "more", "improves", "improve", "gains", "raises", "lifts", "ahead",
                    "better", "greater", "larger"))
GAP_DOWN = frozenset(("trails", "trail", "below", "lower", "fewer", "less", "lags", "loses",
                      "short", "lowers", "costs", "drops", "falls", "underperforms", "worse",
                      "behind", "smaller"))

# "A outperforms B on X" without a number: literal words compare the numbers as printed ...
LITERAL_UP = frozenset(("higher", "more", "larger", "greater", "longer", "above", "exceeds",
                        "exceed", "increases", "increased", "increase", "raises", "raised",
                        "raise"))
LITERAL_DOWN = frozenset(("lower", "less", "fewer", "smaller", "shorter", "below",
                          "decreases", "decreased", "decrease", "reduces", "reduced",
                          "reduce", "lowers", "lowered"))
# ... evaluative ones rank by quality, which depends on whether lower is better.
EVALUATIVE_UP = frozenset(("outperforms", "outperform", "outperformed", "beats", "beat",
                           "better", "improves", "improve", "improved", "surpasses",
                           "superior"))
EVALUATIVE_DOWN = frozenset(("underperforms", "underperform", "worse", "trails", "trail",
                             "hurts", "hurt", "inferior", "lags"))
ORDERING = LITERAL_UP | LITERAL_DOWN | EVALUATIVE_UP | EVALUATIVE_DOWN
# Measures where lower is better: "A outperforms B" then means A's cell is the smaller.
LOWER_IS_BETTER = frozenset(("error", "errors", "err", "loss", "time", "secs", "seconds",
                             "rank", "perplexity", "ppl", "deviation", "std", "variance",
                             "wer", "cer", "ter", "latency", "cost", "distance", "mae",
                             "mse", "rmse", "\u2193"))
# Words that judge one thing better or worse rather than larger or smaller.
JUDGING = EVALUATIVE_UP | EVALUATIVE_DOWN | frozenset((
    "gains", "gain", "ahead", "behind", "leads", "lead", "lags", "loses", "advantage",
    "deficit", "costs", "cost", "adds", "add", "added"))
DENIED = re.compile(r"\b(?:not|never|neither|nor|cannot|fail\w*|no\s+(?:better|worse|more|"
                    r"less|higher|lower|longer|shorter))\b|n[\u2019']t\b", re.I)
PASSIVE = re.compile(r"\b(?:outperformed|beaten|exceeded|surpassed|trailed)\s+by\b", re.I)
FROM_TO = re.compile(r"\bfrom\b.+\bto\b", re.I)

# Every word that orders the names or states a change, in a claim that gives two numbers.
ORDER = re.compile(
    r"\b(?:ahead|behind|trail\w*|lead\w*|edg(?:e|es|ed|ing)|tops?|topp\w*|best|worst|highest"
    r"|lowest|second|third|rank\w*|beat\w*|outperform\w*|underperform\w*|better|worse|higher"
    r"|lower|more|less|fewer|than|exceed\w*|surpass\w*|overtak\w*|improv\w*|drop\w*|gain\w*"
    r"|los(?:e|es|t|ing)|reduc\w*|increas\w*|decreas\w*|superior|inferior|beyond|below|above)\b",
    re.IGNORECASE)
# Words of `ORDER` that only order two numbers: whether the first is the smaller (True) or
# the larger (False), whatever the measure.
NUMERIC_ORDER = {
    **dict.fromkeys(("below", "lower", "less", "fewer"), True),
    **dict.fromkeys(("above", "higher", "more", "exceeds", "exceeded", "exceeding"), False)}
RATIO = re.compile(r"\b(?:twice|double[sd]?|triple[sd]?|thrice|half|halved|times|\w*fold"
                   r"|order)\b", re.IGNORECASE)


def stated_order(said: set[str], text: str) -> tuple[int, bool] | None:
    """(+1 when the claim says its first-named side is the larger or better, -1 the smaller or
    worse; whether it says so by judging quality) for a claim without a number of its own;
    None when it states no direction, states it both ways or with both kinds of word, or
    denies it, puts it in the passive or words a change "from ... to ..." (module
    docstring). `said` is the claim's words, folded; `text` the claim."""
    literal = (1 if said & LITERAL_UP else 0) - (1 if said & LITERAL_DOWN else 0)
    evaluative = (1 if said & EVALUATIVE_UP else 0) - (1 if said & EVALUATIVE_DOWN else 0)
    if bool(literal) == bool(evaluative) or DENIED.search(text) or PASSIVE.search(text) \
            or FROM_TO.search(text):
        return None
    return (literal or evaluative), bool(evaluative)


def lower_is_better(text: str) -> bool:
    """Whether `text` (a claim, or a table's caption title and headers) names a measure for
    which lower is better: an error, a time, a rank, a "↓" column."""
    return bool(set(re.findall(r"[\w\u2193]+", text.casefold())) & LOWER_IS_BETTER)


def table_title(caption: str | None) -> str:
    """The caption's first sentence, which names the table's measure (later ones discuss
    it)."""
    return re.split(r"(?<=[a-z)%])\.\s", re.sub(r"^\s*Table\s+\S+\s*", "", caption or ""))[0]
