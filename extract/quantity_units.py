"""What a number measures: the unit step of the quantity parser (extract/quantities.py).

Reads the unit printed with a number ("%", "points", "x", "/10"), the noun a count is of ("9
target tasks" counts tasks; COUNT_NOUNS), and the settings named around it (learning rate,
batch size, a year after "in"). Kept apart from the number lexer because it reads the words
around a number, with its own vocabulary of counted nouns and stop words.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .polarity import direction_of
from .quantity_text import Hit, Text, wordset

__all__ = ["COUNT_NOUNS", "UNIT_WORDS", "plural_after", "read_unit"]

def _forms(canonical: str, *forms: str) -> dict[str, str]:
    return {form: canonical for form in (canonical.lower(), *forms)}


COUNT_NOUNS: dict[str, str] = {
    **_forms("tasks", "task", "subtask", "subtasks"),
    **_forms("languages", "language"),
    **_forms("examples", "example", "instance", "instances", "sample", "samples"),
    **_forms("sentences", "sentence"),
    **_forms("documents", "document"),
    **_forms("questions", "question"),
    **_forms("pairs", "pair"),
    **_forms("tokens", "token"),
    **_forms("words", "word"),
    **_forms("papers", "paper", "article", "articles", "study", "studies"),
    **_forms("claims", "claim"),
    **_forms("epochs", "epoch"),
    **_forms("steps", "step", "iteration", "iterations", "update", "updates"),
    **_forms("seeds", "seed"),
    **_forms("runs", "run", "trial", "trials"),
    **_forms("layers", "layer"),
    **_forms("heads", "head"),
    **_forms("parameters", "parameter", "params", "param"),
    **_forms("models", "model"),
    **_forms("datasets", "dataset", "corpus", "corpora"),
    **_forms("benchmarks", "benchmark"),
    **_forms("experiments", "experiment"),
    **_forms("classes", "class"),
    **_forms("labels", "label"),
    **_forms("GPUs", "gpu"),
    **_forms("TPUs", "tpu"),
    **_forms("hours", "hour", "h", "hrs"),
    **_forms("minutes", "minute", "min", "mins"),
    **_forms("seconds", "second", "secs", "sec"),
    **_forms("days", "day"),
    # "0.9 years older", "18 months": durations and ages (probe30b), no share's fraction
    **_forms("weeks", "week"),
    **_forms("months", "month"),
    **_forms("years", "year"),
}
"""Counted nouns (lower-case form → the unit recorded, a plural)."""

# Words that end the search for a counted noun ("one of the tasks" is not "1 tasks").
STOP_WORDS = wordset(
    "of on in at by for from to with than and or but the a an over per across each every is "
    "are was were be been that which who as into vs versus while whereas respectively this "
    "these those its their our we it they when if"
)
_YEAR_WORDS = wordset("in since until before after during")
# A name with capitals inside it ("CoNLL", "SemEval", "WMT") right before a year-like number
# names a yearly event's edition, unless a plural noun after the number says it counts.
_EDITION_NAME = re.compile(r"[A-Za-z]*[A-Z][a-z]*[A-Z][A-Za-z]*")
_COUNTED_NEXT = re.compile(r"[a-z]+s\b")

_MEASURE = re.compile(
    r"""
      \s?(?P<pp>percentage[\s-]points?\b|pp\b|p\.p\.)
    | \s?(?P<pct>%|percent\b|per\s?cent\b)
    | (?:\s|-)(?:(?:absolute|average|avg\.?|accuracy|F1|EM|BLEU|ROUGE(?:-\w+)?|exact[\s-]match)
        [\s-])?(?P<pts>points?\b|pts?\b)
    | (?P<times>[x×](?![\w])|\s?-?fold\b|\s(?:times)\b)
    | (?P<ratio>/\s?[0-9]+(?:\.[0-9]+)?)
    """,
    re.X | re.I,
)

# Units named by the words around the number.
_LEARNING_RATE = re.compile(r"\b(?:learning[\s-]rates?|lr)\b", re.I)
_BATCH_SIZE = re.compile(r"\bbatch[\s-]?sizes?\b", re.I)
# What may stand between a setting's name and its value: "learning rate was set to 2e-5".
_SETTING_GAP = re.compile(r"(?:\s*[^\W\d_]+){0,3}?\s*(?:of|=|:|is|to|at)?\s*")

UNIT_WORDS = ("percent", "percentage", "points", "pts", "pp", "fold", "times", *COUNT_NOUNS)
"""Unit words whose beginning may end a cut-off text ("5.4 p")."""


def looks_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def plural_after(doc: Text, hit: Hit) -> str | None:
    """The plural noun a spelled count stands before, directly or after two modifiers, when it
    is not one of COUNT_NOUNS ("five guidelines", "three maximum learning rates" → "rates",
    "three feature-based methods" → "methods"):
    the counted noun, read by its plural "s". None when a stop word, a number or a direction
    word comes first, or no plural-looking word is there."""
    tokens = doc.tokens
    index = bisect_left(doc.starts, hit.number_end)
    if index < len(tokens) and comma_after(doc, hit, index):
        return None
    position, words = index, 0
    while position < len(tokens) and words < 3:
        start, _, word = tokens[position]
        if not word.isalpha() or not word.islower() or word in STOP_WORDS \
                or direction_of(word) or doc.in_entity(start):
            return None
        if looks_plural(word):
            return word
        position, words = position + 1, words + 1
        if hyphen_joins(tokens, position):
            position += 1  # "three feature-based methods": "feature-based" is one modifier
    return None


def comma_after(doc: Text, hit: Hit, index: int) -> bool:
    """Whether punctuation stands between the number and the word at tokens[index]: a number's
    token swallows the comma after it ("32," of "the batch size is 32, training steps are
    150K", QANet, arXiv:1804.09541, page 7), so the next word seemed to follow the number and
    "steps" was read as what 32 counts. A comma, semicolon, colon or bracket ends the noun
    phrase of a count."""
    return any(mark in doc.text[hit.number_end:doc.tokens[index][0]] for mark in ",;:()[]")


def hyphen_joins(tokens: list[tuple[int, int, str]], position: int) -> bool:
    """Whether tokens[position] is a hyphen glued to the words on both sides: a hyphenated
    modifier is one word of the noun phrase ("the following three feature-based methods for
    comparison", Lin et al., ACL P16-1200, page 7), and `plural_after` reads past it to the
    counted noun; a spaced dash ("three - methods") ends the phrase."""
    return 0 < position < len(tokens) - 1 and tokens[position][2] == "-" \
        and tokens[position][0] == tokens[position - 1][1] \
        and tokens[position + 1][0] == tokens[position][1]


_GLUED_TIME = re.compile(r"(?:h|hrs?|mins?)(?![\w\-])")
"""A time unit glued to its number ("(tp = 2.2h)", "after 12h"): hours or minutes, as if
spaced; lower case only ("5H" and "3Hz" are no times)."""


_PER = r"(?:\^?[\-\u2212]1|\u207b\u00b9)"  # "s−1", "s^-1", "s⁻¹": per second
_GLUED_MEASURE = re.compile(
    rf"(?:(?:mm|cm|km|nm|[\u00b5\u03bcu]m|mg|kg|ml|mL|[\u00b5\u03bc]l|kb|bp|Mb|kDa|[m\u00b5\u03bcn]M)"
    rf"(?:\.?(?:s|h|min){_PER})?|(?:s|h|min){_PER})(?![\w\-])")
"""A metric unit glued to its number ("10–20mm", "16.6mm.s−1", "9.3 × 10^-6s−1"; probe26b,
Bastien et al. 2018): the number is an amount, its unit one this parser does not name (as
when spaced: "80 cm" has none); without this, "3D" and "1st" rejected it and the "1" of
"s−1" was read instead."""


def read_unit(doc: Text, hit: Hit, match: re.Match[str] | None) -> bool:
    """Set hit.unit, extending hit.end over a measuring unit. False when the number is glued
    to a word that is no unit ("3D", "1st"), so it is no amount at all."""
    text = doc.text
    measure = _MEASURE.match(text, hit.number_end)
    if measure:
        hit.end = measure.end()
        if measure.group("pp"):
            hit.unit = "percentage points"
        elif measure.group("pct"):
            hit.unit = "%"
        elif measure.group("pts"):
            hit.unit = "points"
        elif measure.group("times"):
            hit.unit = "x"
        else:
            hit.unit = "/" + re.sub(r"\s", "", measure.group("ratio"))[1:]
        return True
    if glued := _GLUED_MEASURE.match(text, hit.number_end):
        hit.end = glued.end()  # "10mm", "16.6mm.s−1", "1.0 × 10^-5s−1": no unit of ours
        return True
    if glued := _GLUED_TIME.match(text, hit.number_end):
        hit.end = glued.end()  # "2.2h", "12h", "30min" (probe26b: Bastien et al. 2018)
        hit.unit = "hours" if glued.group()[0] == "h" else "minutes"
        return True
    if text[hit.number_end:hit.number_end + 1].isalpha():
        return False
    if match is not None and _edition(text, hit, match):
        hit.unit = "year"  # "CoNLL 2009", "SemEval 2017": the edition of a named event
        return True
    if match is not None and _year_before_singular(doc, hit, match):
        hit.unit = "year"  # "the English 2008 run": the year names the run
        return True
    _counted_noun(doc, hit)
    if match is not None and _model_size(doc, hit, match):
        return False  # "Mistral 7B", "Llama 2 13B": the size names the model, no amount
    if hit.unit == "models" and match is not None and match.group("mult") in ("M", "B"):
        hit.unit = "parameters"  # "a 7B model" counts parameters, not models
    if hit.unit is None and match is not None:
        hit.unit = _context_unit(text, hit, match)
    return True


def _year_like(match: re.Match[str]) -> int | None:
    """The number as a year could be printed: four digits, no fraction, no scale; else None.
    The edition, context and attributive year readings each bound it to their own years."""
    integer = match.group("int")
    if not integer or len(integer) != 4 or not integer.isdigit() or match.group("frac") \
            or match.group("mult"):
        return None
    return int(integer)


def _edition(text: str, hit: Hit, match: re.Match[str]) -> bool:
    """Whether a year-like whole number follows a name with a capital inside it ("CoNLL
    2009", "SemEval 2017", "WMT 2014"): papers and reports name a yearly shared task or
    workshop by its edition's year, which is no amount. A plural noun right after the number
    ("MNLI 2000 examples") makes it a count after all."""
    year = _year_like(match)
    if year is None or not 1900 <= year <= 2099:
        return False
    previous = text[max(0, hit.start - 30):hit.start].rstrip().rsplit(None, 1)
    after = text[hit.number_end:hit.number_end + 20].lstrip()
    return bool(previous) and _EDITION_NAME.fullmatch(previous[-1]) is not None \
        and _COUNTED_NEXT.match(after) is None


def _year_before_singular(doc: Text, hit: Hit, match: re.Match[str]) -> bool:
    """Whether a year (1990 to 2030, not the round 2000) stands right before the singular
    form of a counted noun: "The English 2008 run improves the F-measure by 0.09" names the
    run of 2008 (round 21, Wang and Neumann, AVE 2008), where reading "2008 runs" as a count
    compared it with the cells of the row it named. A count takes the plural ("2008 runs"),
    and an attributive count ("a 2048 token context") is rare in the years' range; 2000, a
    round number as often counted as dated, stays a count."""
    year = _year_like(match)
    if year is None or not 1990 <= year <= 2030 or year == 2000:
        return False
    tokens = doc.tokens
    index = bisect_left(doc.starts, hit.number_end)
    if index >= len(tokens) or tokens[index][0] == hit.number_end:
        return False  # "2008-run": glued, not a word after a year
    word = tokens[index][2]
    if word not in COUNT_NOUNS or looks_plural(word):
        return False
    if index + 1 == len(tokens):
        return True
    after = tokens[index + 1][2]
    if after == "-" and tokens[index + 1][0] == tokens[index][1]:
        return False  # "2014 task-specific": a compound goes on to its head, read as before
    # The singular noun must end its noun phrase ("2008 run improves", "2019 model (ours)",
    # "2008 run dfki08run1": a name, with a capital or a digit, follows):
    # "1995 sentence pairs" counts pairs.
    return not after.isalpha() \
        or not after.islower() \
        or after in STOP_WORDS or after in _VERBS_AFTER or after.endswith("ed") \
        or direction_of(after) is not None


# Verbs that follow a subject named by its year ("the 2008 run achieves ..."), besides the
# past tenses in "-ed" and the direction words, which `_year_before_singular` takes as well.
_VERBS_AFTER = wordset("has had is was achieves reaches obtains scores gets gives shows uses "
                       "ranks wins beats reports contains includes covers")


_NAME_WORD = re.compile(r"[A-Za-z][\w.\-]*[A-Z0-9][\w.\-]*|[A-Z][a-z]+")
_NOT_NAMES = frozenset(("over", "under", "about", "around", "some", "just", "almost", "nearly",
                        "with", "all", "each", "every", "another", "total", "additional"))


def _model_size(doc: Text, hit: Hit, match: re.Match[str]) -> bool:
    """Whether a size in millions or billions right after a name is part of the name:
    "Mistral 7B", "Llama 2 13B", "GPT-3 175B", "BERT 340M". Papers and reports name the
    variants of a model family by their size, printed after the family's name; the size
    is then no amount the text asserts (a claim about "Mistral 7B" says nothing of 7
    billion of anything), and reading it as one compares a name with the scores around it.
    A size that counts something ("BERT 340M parameters", "a 7B model") is still an amount:
    the family name is followed by its count, or no name comes before it. A stop word, an
    adverb or a quantifier before it ("Only 7B", "Roughly 7B", "Over 7B") is no name."""
    if match.group("mult") not in ("M", "B") or hit.unit not in (None, "models"):
        return False
    before = doc.text[:hit.start].rstrip()
    if len(before) == hit.start or not before:
        return False  # glued to what comes before, or the text's first word
    previous = before.rsplit(None, 1)[-1]
    begin = len(before) - len(previous)
    lowered = previous.casefold()
    if lowered in STOP_WORDS or lowered.endswith("ly") or lowered in _NOT_NAMES:
        return False  # "Only 7B", "Roughly 7B", "Over 7B"
    return doc.in_entity(begin) or (_NAME_WORD.fullmatch(previous) is not None
                                    and not previous.isdigit())


def _counted_noun(doc: Text, hit: Hit) -> None:
    """The counted noun up to four words after the number ("9 target tasks"). A number
    hyphenated to a word ("12-layer", "zero-shot") counts that word or nothing."""
    tokens = doc.tokens
    index = bisect_left(doc.starts, hit.number_end)
    if index < len(tokens) and tokens[index][2] == "-" and tokens[index][0] == hit.number_end:
        word = tokens[index + 1] if index + 1 < len(tokens) else None
        if word is not None and word[0] == tokens[index][1] and word[2] in COUNT_NOUNS:
            hit.unit = COUNT_NOUNS[word[2]]
        return
    if index < len(tokens) and comma_after(doc, hit, index):
        return  # "the batch size is 32, training steps are 150K": 32 counts no steps
    modifiers = 0
    for position in range(index, len(tokens)):
        start, end, word = tokens[position]
        if word == "-":
            continue  # inside a compound: language-understanding tasks
        if not word[0].isalpha():
            return
        compound = position + 1 < len(tokens) and tokens[position + 1][2] == "-" \
            and tokens[position + 1][0] == end  # "language-" modifies what follows
        if word in COUNT_NOUNS and not compound and not doc.in_entity(start):
            hit.unit = COUNT_NOUNS[word]
            return
        if modifiers == 4 or word in STOP_WORDS or direction_of(word):
            return
        if not compound and looks_plural(word):
            # A plural noun ends the noun phrase: "the first three filters remove papers"
            # counts filters, not the papers of the clause's object.
            return
        modifiers += 1
    hit.open_ended = True


def _context_unit(text: str, hit: Hit, match: re.Match[str]) -> str | None:
    """learning_rate, batch_size or year from the words around the number."""
    before = text[max(0, hit.start - 30):hit.start]
    after = text[hit.number_end:hit.number_end + 20].lstrip()
    for name, pattern in (("learning_rate", _LEARNING_RATE), ("batch_size", _BATCH_SIZE)):
        mentions = list(pattern.finditer(before))
        named = mentions[-1] if mentions else None  # the last mention before the number
        if named and _SETTING_GAP.fullmatch(before, named.end()) or pattern.match(after):
            return name
    year = _year_like(match)
    if year is not None and 1900 <= year <= 2099:
        previous = before.rstrip().rsplit(None, 1)
        if previous and previous[-1].lower() in _YEAR_WORDS:
            return "year"
    return None
