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
  order numbers as numbers, whatever the measure) are checked on the cells, with "over" and
  "under" where they stand between the numbers (`BETWEEN`); a ratio (`RATIO`: "twice", "an
  order of magnitude") or a likeness (`LIKENESS`: "equals", "on par with") is more than an
  order and is not read.

The sets differ on purpose: "improves" states a gain when it carries a number and a judgement
when it does not; "more" orders two numbers and is no judgement. They were written in three
modules and had drifted apart; kept side by side here, a word added to one is seen beside the
others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
# Metrics where higher is better: cells headed by one are judged by it, whatever else their
# table's caption names ("better BLEU ... at a fraction of the training cost").
HIGHER_IS_BETTER = frozenset(("bleu", "sacrebleu", "f1", "accuracy", "acc", "precision",
                              "recall", "auc", "ndcg", "mrr", "rouge", "meteor", "chrf",
                              "cider", "bleurt", "bertscore", "em", "las", "uas", "\u2191"))
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
# Words that order two numbers only where they stand between them ("MCNN's 377.60 is under
# AMDCN's 290.82"); elsewhere they say something else ("averaged over all tasks", "under
# the same budget"), so `ORDER` leaves them out. Read as `ORDER` left them, "377.60 is under
# 290.82" was confirmed by the two cells that print those numbers (probe 14).
BETWEEN = re.compile(r"\b(?:over|under)\b", re.IGNORECASE)
BETWEEN_SMALLER = {"under": True, "over": False}
# Words that liken two numbers ("290.82 equals 377.60", "is on par with", "is close to", "is
# comparable to"): more than an order, and with a tolerance nobody states, so two cells that
# print the two numbers confirm neither the likeness nor its absence. Unread, they left the
# claim a plain pairing, and "AMDCN's 290.82 is the same as MCNN's 377.60" was confirmed by
# the two cells (probe 14). "matched" and "mismatched" are splits (MNLI), not likenesses.
LIKENESS = re.compile(
    r"\b(?:equal(?:s|led|ling|ly)?|match(?:es|ing)?|same|identical(?:ly)?|similar(?:ly)?"
    r"|on\s+par|par\s+with|parity|close\s+to|closely|comparabl[ey]|alike|within|ti(?:e|es|ed)"
    r"|tying|level\s+with|mirror(?:s|ed|ing)?|resembl\w*|akin|rival\w*|as\s+\w+\s+as)\b",
    re.IGNORECASE)
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
    return bool(_measure_words(text) & LOWER_IS_BETTER)


def _measure_words(text: str) -> set[str]:
    return set(re.findall(r"[\w\u2191\u2193]+", text.casefold()))


def cells_lower_is_better(caption: str | None, headers: Sequence[str]) -> bool:
    """Whether cells with these header paths, under this caption, measure something for which
    lower is better. Their headers decide when they name a measure: a "BLEU" column is judged
    higher-better even where the caption's title also speaks of a cost ("better BLEU scores
    ... at a fraction of the training cost", arXiv:1706.03762 Table 2); the caption's title
    decides only for cells whose headers name no higher-is-better metric."""
    said = " ".join(headers)
    if lower_is_better(said):
        return True
    return not _measure_words(said) & HIGHER_IS_BETTER \
        and lower_is_better(table_title(caption))


def table_title(caption: str | None) -> str:
    """The caption's first sentence, which names the table's measure (later ones discuss
    it)."""
    return re.split(r"(?<=[a-z)%])\.\s", re.sub(r"^\s*Table\s+\S+\s*", "", caption or ""))[0]
