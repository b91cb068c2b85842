"""Find the numbers in a claim and say what they measure.

`parse_quantities` reads one piece of text (a claim, a sentence of a paper) and returns a
`Quantity` per number that states an amount. Verification compares these records with the
numbers in the cited papers, so each carries what a comparison needs: the printed precision,
the unit, whether it goes up or down, whether it is negated or approximate, and what it is
about. Everything is regular expressions over the text and the entity spans the gazetteer found:
it runs on every sentence of every paper, so it stays well clear of a parser.

Numbers read
    decimals ("8.2"); thousands separators ("1,104,934" is one number); a leading sign
    ("+3.1", "-3.1", "−3.1" with U+2212); scientific notation ("2e-5", "2E-05", "1 × 10^-5",
    "1x10-5", "10^-5", "10⁻⁵"); the multipliers k/K, M, B glued to a number and the words thousand,
    million, billion; spelled-out counts zero..nineteen, the tens, "twenty-one", "a hundred",
    "two hundred", "a dozen", only when a unit follows ("nine tasks", "two points") or may have
    followed before a truncation ("with nine different English intermediate").

`value`, `decimals`, `sign`
    `value` is the magnitude as printed, scaled by any multiplier or exponent ("45.3%" is 45.3,
    "1.2M" is 1200000); `decimals` is the printed precision and may be negative ("2.0" → 1,
    "8" → 0, "2e-5" → 5, "1.2M" → -5), so `Quantity.interval` is the statcheck interval.
    An explicit sign goes to `sign` and the value stays positive: the signed amount is
    `value * (sign or 1)` (see `signed_value`).

Units (the vocabulary; `unit` is None when none is stated)
    "%"                   45.3%, 45.3 percent, per cent
    "percentage points"   percentage points, pp, p.p.
    "points"              points, point, pts, pt, "8.2-point", "8.2 F1 points", "accuracy points"
    "x"                   2x, 2×, 3-fold, 3 times
    "/N"                  a score out of N: "7.4/10" is 7.4 with unit "/10"
    "learning_rate"       a number after (or before) "learning rate"/"lr"
    "batch_size"          a number after (or before) "batch size"
    "year"                a year after in/since/until/before/after/during ("in 2019")
    counted nouns         the plural noun a count is of, up to four words after the number
                          ("9 target tasks" → "tasks"); see COUNT_NOUNS: tasks, languages,
                          examples (examples, instances, samples), sentences, documents,
                          questions, pairs, tokens, words, papers, claims, epochs, steps, seeds,
                          runs, layers, heads, parameters, models, datasets, benchmarks,
                          experiments, classes, labels, GPUs, TPUs, hours, minutes, seconds, days.
                          "7B model" is "parameters". A word joined to the next by a hyphen is a
                          modifier ("nine language-understanding tasks" counts tasks).

Direction, negation, approximation
    A direction word near an amount (not a count) gives `direction` and `sign`: "improves",
    "gains", "outperforms", "higher"… → "increase", +1; "lowers", "drops", "hurts", "worse"… →
    "decrease", -1 (the word lists are polarity.py's, shared with the reading of a whole
    statement). The nearest such word in the clause wins: up to eight words before the number
    (before the first number of a list, never reaching past another number) or two words after
    its unit ("8.7 points higher").
    An explicit sign overrides words. `negated` is set when a negation ("not", "no", "n't",
    "never", "neither", "nor", "without", "fails to", "cannot", "none") stands within three
    words before that direction word or before the number; the sign still says which direction
    the text names, `negated` says it is denied. `approximate` is set by a word or sign right
    before the number: "about", "around", "roughly", "approximately", "nearly", "almost", "~",
    "≈", and the bounds "more than", "less than", "fewer than", "up to", "at least", "at most",
    "under", "above", "below", "<", ">", "≤", "≥": in all of them the printed number is not the
    exact value. "over" is left out on purpose: "averaged over 5 seeds" is far more common in
    papers than "over 5" meaning "more than 5".

What a number is about
    `attaches_to` holds the entity names in the number's clause (clauses end at sentence ends,
    ";", ":" and whereas/while/but/although/though/however: polarity.clause_bounds), nearest
    first. Aligned lists bind one to one: when a sentence has a list of n >= 2 numbers ("8.2,
    7.5, and 7.0 points") and a list of n entities ("SQuAD, MNLI, and HellaSwag"), the i-th
    number gets `bound_to` the i-th name, and that name first in `attaches_to`. With several
    entity lists of the right length, binding needs "respectively" and takes the nearest list
    before the numbers.
    A unit printed with one number of a list, range or "±" pair ("8.2, 7.5 and 7.0 points",
    "10-20 examples", "45.3 ± 0.2%") applies to all of them.

Not quantities
    numbers inside entity names ("SQuAD v2.0", "GPT-4", "SST-2") or glued to a word ("v2",
    "T5", "Foo-7", "3D", "1st"); citation years ("Phang et al., 2018", "(2020)"); dates
    ("June 21, 2026"); arXiv ids, DOIs and URLs; enumerators "(1)", "(ii)", "1)"; numeric
    citations "[12]"; labels such as "Table 2", "Section 3.2", "Eq. 4", "Phase 1"; a section
    number opening the text ("3.2 Results"); dotted versions "1.2.3"; ordinals ("first").

Truncation
    With `truncated=True` (the report cut the claim off), the last number gets `cut_off=True`
    when the text ends within or right after it: after its digits ("of 5.4", "of 1,104", "of
    1,"), after its unit ("7.0 point"), in the beginning of a unit word ("5.4 p"), or among the
    words that might have led to its counted noun ("1,104,934 training exa").
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal
from itertools import accumulate

from verify_claims.claims import Entity, Quantity

from .polarity import clause_bounds, direction_of, is_negation, sentence_ends

__all__ = ["COUNT_NOUNS", "parse_quantities", "signed_value"]

# --------------------------------------------------------------------------------------------
# Vocabularies

_SPELLED_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_SPELLED_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALE_WORDS = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_SCALE_SUFFIX = {"k": 3, "K": 3, "M": 6, "B": 9}


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


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
    **_forms("seconds", "second", "secs"),
    **_forms("days", "day"),
}
"""Counted nouns (lower-case form → the unit recorded, a plural)."""

_APPROX_ONE = _wordset(
    "about around roughly approximately approx nearly almost circa ca some under above below"
)
_APPROX_TWO = frozenset(
    ("more than", "less than", "fewer than", "up to", "at least", "at most", "upwards of")
)
# Words that end the search for a counted noun ("one of the tasks" is not "1 tasks").
_STOP_WORDS = _wordset(
    "of on in at by for from to with than and or but the a an over per across each every is "
    "are was were be been that which who as into vs versus while whereas respectively this "
    "these those its their our we it they when if"
)
_YEAR_WORDS = _wordset("in since until before after during")
# A name with capitals inside it ("CoNLL", "SemEval", "WMT") right before a year-like number
# names a yearly event's edition, unless a plural noun after the number says it counts.
_EDITION_NAME = re.compile(r"[A-Za-z]*[A-Z][a-z]*[A-Z][A-Za-z]*")
_COUNTED_NEXT = re.compile(r"[a-z]+s\b")
_MEASURE_UNITS = ("%", "percentage points", "points", "x")  # amounts a direction applies to

# --------------------------------------------------------------------------------------------
# Regular expressions

_NUMBER = re.compile(
    r"""
    (?<![\w.])                                   # not glued to a word: v2, T5, 1.2.3
    (?P<sign>[+\-\u2212\u2013](?=[0-9]))?
    (?:
        (?P<sci_m>[0-9]+(?:\.[0-9]+)?)\s?[x×*·]\s?10
            (?:\s?\^\s?(?P<sci_e>[+\-\u2212\u2013]?\s?[0-9]{1,3})
              |(?P<sci_e2>[\-\u2212\u2013][0-9]{1,3})
              |(?P<sci_sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))
      | 10(?:\^(?P<pow_e>[+\-\u2212\u2013]?[0-9]{1,3})|(?P<pow_sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))
      | (?P<e_m>[0-9]+(?:\.[0-9]+)?)[eE](?P<e_e>[+\-\u2212]?[0-9]{1,3})(?![0-9])
      | (?P<int>[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+|[0-9]+)(?P<frac>\.[0-9]+)?
    )
    (?P<mult>[kKMB](?![\w]))?
    (?:\s(?P<scale>thousand|million|billion|trillion)\b)?
    """,
    re.X,
)
_DIGIT = re.compile(r"[0-9]")
_NUMBER_WORD = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|dozen)\b",
    re.I,
)
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
_TOKEN = re.compile(r"[^\W\d_]\w*(?:['’]\w+)?|[0-9][0-9.,]*|[^\w\s]")

# What must not be read as a quantity, tested around each number.
_URL_BEFORE = re.compile(r"(?:https?://|www\.|\b10\.[0-9]{4,9}/)\S*$", re.I)
_DOI = re.compile(r"10\.[0-9]{4,9}/")
_ARXIV_ID = re.compile(r"(?:0[7-9]|[1-9][0-9])(?:0[1-9]|1[0-2])\.[0-9]{4,5}")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DATE_BEFORE = re.compile(rf"\b{_MONTH}\.?,?\s+(?:[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+)?$")
_DATE_AFTER = re.compile(rf"\s+{_MONTH}\b")
_CITATION_BEFORE = re.compile(r"(?:\bet\s+al\.?,?\s*\(?|\(\s*|\b[A-Z][\w-]+,\s*|;\s*)$")
_CITATION_AFTER = re.compile(r"[a-z]?\s*(?:[);,]|$)")
_NUMERIC_CITATION = re.compile(r"\[[0-9]{1,3}(?:\s*[,–-]\s*[0-9]{1,3})*\]")
_SECTION_START = re.compile(r"\s*(?:#{1,6}\s*)?(?:§\s*)?[0-9]+(?:\.[0-9]+)*\.?(?=\s+[A-Z])")
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:tables?|tab|figures?|figs?|sections?|secs?|eqs?|equations?|appendix|appendices"
    r"|chapters?|algorithms?|lines?|steps?|phases?|stages?|experiments?|exp|rows?|columns?"
    r"|footnotes?|theorems?|lemmas?|definitions?|rounds?|versions?|layers?)\.?\s*|§\s*)$",
    re.I,
)

# Units named by the words around the number.
_LEARNING_RATE = re.compile(r"\b(?:learning[\s-]rates?|lr)\b", re.I)
_BATCH_SIZE = re.compile(r"\bbatch[\s-]?sizes?\b", re.I)
# What may stand between a setting's name and its value: "learning rate was set to 2e-5".
_SETTING_GAP = re.compile(r"(?:\s*[^\W\d_]+){0,3}?\s*(?:of|=|:|is|to|at)?\s*")

# Lists, ranges, sentences and clauses.
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*)", re.I)
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|±|\+/-)\s*", re.I)

# Decimal arithmetic whose exponent range cannot overflow on a printed number (the default
# context raises on a million-digit one); what does not fit a float is caught afterwards.
_UNBOUNDED = Context(Emax=MAX_EMAX, Emin=MIN_EMIN)
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_MINUS_SIGNS = "-\u2212\u2013"
_APPROX_SIGNS = ("~", "≈", "∼", "<", ">", "≤", "≥")
_UNIT_WORDS = ("percent", "percentage", "points", "pts", "pp", "fold", "times", *COUNT_NOUNS)


# --------------------------------------------------------------------------------------------
# Working records


class _Text:
    """The text with what every step needs: its words and the entity spans."""

    def __init__(self, text: str, entities: list[Entity]) -> None:
        self.text = text
        self.entities = sorted(entities, key=lambda entity: entity.span)
        self._entity_starts = [entity.span[0] for entity in self.entities]
        self._entity_ends = list(accumulate((entity.span[1] for entity in self.entities), max))
        # (start, end, lower-case text) per word, number or punctuation mark
        self.tokens = [(match.start(), match.end(), match.group().lower())
                       for match in _TOKEN.finditer(text)]
        self.starts = [token[0] for token in self.tokens]
        self.number_starts: set[int] = set()  # token starts of the numbers found
        self._clauses: list[int] | None = None
        self._sentence_ends: list[int] | None = None

    def in_entity(self, position: int) -> bool:
        index = bisect_right(self._entity_starts, position) - 1
        return index >= 0 and position < self._entity_ends[index]

    @property
    def sentence_ends(self) -> list[int]:
        if self._sentence_ends is None:
            self._sentence_ends = sentence_ends(self.text)
        return self._sentence_ends

    def clause(self, position: int) -> tuple[int, int]:
        """[start, end) of the clause holding `position` (see the module docstring)."""
        if self._clauses is None:
            self._clauses = clause_bounds(self.text)
        index = bisect_right(self._clauses, position) - 1
        end = self._clauses[index + 1] if index + 1 < len(self._clauses) else len(self.text)
        return self._clauses[index], end

    def sentence(self, position: int) -> tuple[int, int]:
        ends = self.sentence_ends
        index = bisect_right(ends, position)
        return (ends[index - 1] if index else 0), (ends[index] if index < len(ends)
                                                   else len(self.text))


@dataclass
class _Hit:
    """A number being parsed; becomes a Quantity at the end."""

    start: int  # of the quantity text (sign included)
    number_end: int  # end of the digits/multiplier
    end: int  # end of the quantity text (unit included when glued or measuring)
    value: float
    decimals: int
    sign: int | None = None
    unit: str | None = None
    open_ended: bool = False  # the search for a counted noun ran into the end of the text
    group: list[_Hit] = field(default_factory=list, repr=False)  # list or range it belongs to
    ranged: bool = False
    direction: str | None = None
    negated: bool = False
    approximate: bool = False
    attaches_to: list[str] = field(default_factory=list)
    bound_to: str | None = None


# --------------------------------------------------------------------------------------------
# Public functions


def parse_quantities(text: str, entities: list[Entity] | None = None,
                     truncated: bool = False) -> list[Quantity]:
    """The quantities stated in `text`, in order (see the module docstring for the rules).

    `entities` are the names tagged in the same text; when None they are tagged here. Pass
    them when you have them: tagging is the expensive part."""
    if entities is None:
        from .entities import tag_entities  # late import: the spaCy pipeline loads on first use

        entities = tag_entities(text)
    has_digits = _DIGIT.search(text) is not None
    if not has_digits and _NUMBER_WORD.search(text) is None:
        return []
    doc = _Text(text, entities)
    hits = _numbers(doc) if has_digits else []
    hits += _spelled(doc, truncated)
    if not hits:
        return []
    hits.sort(key=lambda hit: hit.start)
    _group(text, hits)
    for hit in hits:
        _read_context(doc, hit)
        hit.attaches_to = _nearby_names(doc, hit)
    _bind_aligned_lists(doc, hits)
    cut_off = truncated and _cut_off(text, hits[-1])
    return [_to_quantity(text, hit, cut_off and hit is hits[-1]) for hit in hits]


def signed_value(quantity: Quantity) -> float:
    """The amount with its sign: -3.1 for "-3.1" or "drops by 3.1", 3.1 otherwise."""
    return quantity.value * (quantity.sign or 1)


# --------------------------------------------------------------------------------------------
# Finding numbers


def _numbers(doc: _Text) -> list[_Hit]:
    text = doc.text
    hits: list[_Hit] = []
    last_end = 0
    section = _SECTION_START.match(text)
    for match in _NUMBER.finditer(text):
        start = match.start()
        digits_start = start + len(match.group("sign") or "")
        if start < last_end or doc.in_entity(digits_start) or _not_an_amount(text, match) \
                or section and digits_start < section.end():
            continue
        parsed = _value_of(match)
        if parsed is None:
            continue
        sign = _explicit_sign(text, match)
        if sign is None:
            start = digits_start  # no sign, or the dash of a range ("60 – 70")
        hit = _Hit(start, match.end(), match.end(), *parsed, sign=sign)
        if not _read_unit(doc, hit, match):
            continue
        hits.append(hit)
        doc.number_starts.add(digits_start)
        last_end = hit.end
    return hits


def _not_an_amount(text: str, match: re.Match[str]) -> bool:
    """Digits that belong to a name, reference, label or date (module docstring)."""
    start, end = match.start(), match.end()
    digits = match.group("int")
    if text[end:end + 1] == "." and text[end + 1:end + 2].isdigit():
        return True  # dotted version or section number: 1.2.3
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha() \
            and not match.group("sign"):
        return True  # Foo-7, BLEU-4, top-5
    window = max(0, start - 24)
    if _LABEL_BEFORE.search(text, window, start):
        return True
    if "/" in text and (_URL_BEFORE.search(text, max(0, start - 80), start)
                        or _DOI.match(text, start)):
        return True
    if digits is None:
        return False
    if match.group("frac") and len(digits) == 4 and _ARXIV_ID.fullmatch(match.group()):
        return True  # 2005.13013
    short = len(digits) <= 2 and not match.group("frac")
    before, after = text[start - 1:start], text[end:end + 1]
    if short and (before == "(" and after == ")"
                  or after == ")" and (start == 0 or text[start - 1].isspace())):
        return True  # enumerators (1) and 1)
    if "[" in text[max(0, start - 20):start]:
        bracket = text.rfind("[", 0, start)
        cited = _NUMERIC_CITATION.match(text, bracket)
        if cited and cited.end() > start:
            return True  # [12], [3, 4]
    if len(digits) <= 4 and not match.group("frac") and (
            _DATE_BEFORE.search(text, window, start) or short and _DATE_AFTER.match(text, end)):
        return True  # June 21, 2026 / 21 June 2026
    return len(digits) == 4 and not match.group("frac") and 1950 <= int(digits) <= 2039 \
        and _CITATION_BEFORE.search(text, window, start) is not None \
        and _CITATION_AFTER.match(text, end) is not None


def _value_of(match: re.Match[str]) -> tuple[float, int] | None:
    """Value and printed precision, or None when the number does not fit a float."""
    if match.group("int") is not None:
        mantissa = match.group("int").replace(",", "") + (match.group("frac") or "")
        exponent = 0
    elif match.group("pow_e") or match.group("pow_sup"):
        raw = match.group("pow_e") or match.group("pow_sup")
        mantissa, exponent = "1", int(_ascii_sign(raw.translate(_SUPERSCRIPT)))
    elif match.group("e_m") is not None:
        mantissa, exponent = match.group("e_m"), int(_ascii_sign(match.group("e_e")))
    else:
        mantissa = match.group("sci_m")
        raw = match.group("sci_e") or match.group("sci_e2") or match.group("sci_sup")
        exponent = int(_ascii_sign(raw.translate(_SUPERSCRIPT)).replace(" ", ""))
    exponent += _SCALE_SUFFIX.get(match.group("mult") or "", 0)
    exponent += _SCALE_WORDS.get((match.group("scale") or "").lower(), 0)
    decimals = len(mantissa.partition(".")[2]) - exponent
    magnitude = Decimal(mantissa).scaleb(exponent, _UNBOUNDED)
    value = float(magnitude)
    if not math.isfinite(value) or (value == 0) != (magnitude == 0):
        return None  # beyond a float: "1e309", or "1e-400" that a float would hold as 0
    return value, decimals


def _ascii_sign(number: str) -> str:
    return number.replace("\u2212", "-").replace("\u2013", "-")


def _explicit_sign(text: str, match: re.Match[str]) -> int | None:
    """+1/-1 for a printed sign, unless the dash joins a range ("60 - 70", "60 – 70")."""
    sign = match.group("sign")
    if not sign:
        return None
    if sign in _MINUS_SIGNS and _last_printed(text, match.start()).isdigit():
        return None
    return -1 if sign in _MINUS_SIGNS else 1


def _last_printed(text: str, position: int) -> str:
    """The last non-space character before `position`, or "". Found by stepping back rather
    than by `text[:position].rstrip()`, whose copy made a text full of numbers quadratic."""
    while position and text[position - 1].isspace():
        position -= 1
    return text[position - 1] if position else ""


def _spelled(doc: _Text, truncated: bool) -> list[_Hit]:
    """Spelled-out counts, kept only when a unit follows ("nine tasks", "two points") or may
    have followed in a truncated text ("with nine different English intermediate")."""
    tokens = doc.tokens
    hits = []
    consumed = -1  # index of the last token already read as part of a number
    for match in _NUMBER_WORD.finditer(doc.text):
        first = last = bisect_left(doc.starts, match.start())
        if first <= consumed or doc.in_entity(match.start()) or first == len(tokens):
            continue
        word = tokens[first][2]  # "nine" but also "nine's", which is no count
        if word not in _SPELLED_UNITS and word not in _SPELLED_TENS \
                and word not in ("hundred", "dozen"):
            continue
        following = [token[2] for token in tokens[first + 1:first + 3]]
        previous = tokens[first - 1][2] if first else ""
        if word in ("hundred", "dozen"):
            if previous != "a":
                continue
            first, value = first - 1, (100 if word == "hundred" else 12)
        elif following[:1] == ["hundred"]:
            value, last = 100 * _SPELLED_UNITS.get(word, 0), first + 1
        elif word in _SPELLED_TENS:
            value = _SPELLED_TENS[word]
            if following[:1] == ["-"] and 0 < _SPELLED_UNITS.get(following[-1], 0) < 10:
                value, last = value + _SPELLED_UNITS[following[-1]], first + 2
        else:
            value = _SPELLED_UNITS[word]
        if value == 0 and word != "zero":
            continue  # "twenty hundred" is no number read here
        consumed = last
        hit = _Hit(tokens[first][0], tokens[last][1], tokens[last][1], float(value), 0)
        if _read_unit(doc, hit, None) and hit.unit is None:
            hit.unit = _plural_after(doc, hit)
        if hit.unit or truncated and hit.open_ended:
            hits.append(hit)
    return hits


def _looks_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _plural_after(doc: _Text, hit: _Hit) -> str | None:
    """The plural noun a spelled count stands before, directly or after two modifiers, when it
    is not one of COUNT_NOUNS ("five guidelines", "three maximum learning rates" → "rates"):
    the counted noun, read by its plural "s". None when a stop word, a number or a direction
    word comes first, or no plural-looking word is there."""
    tokens = doc.tokens
    index = bisect_left(doc.starts, hit.number_end)
    for position in range(index, min(index + 3, len(tokens))):
        start, _end, word = tokens[position]
        if not word.isalpha() or not word.islower() or word in _STOP_WORDS \
                or direction_of(word) or doc.in_entity(start):
            return None
        if _looks_plural(word):
            return word
    return None


def _read_unit(doc: _Text, hit: _Hit, match: re.Match[str] | None) -> bool:
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
    if text[hit.number_end:hit.number_end + 1].isalpha():
        return False
    if match is not None and _edition(text, hit, match):
        hit.unit = "year"  # "CoNLL 2009", "SemEval 2017": the edition of a named event
        return True
    _counted_noun(doc, hit)
    if hit.unit == "models" and match is not None and match.group("mult") in ("M", "B"):
        hit.unit = "parameters"  # "a 7B model" counts parameters, not models
    if hit.unit is None and match is not None:
        hit.unit = _context_unit(text, hit, match)
    return True


def _edition(text: str, hit: _Hit, match: re.Match[str]) -> bool:
    """Whether a year-like whole number follows a name with a capital inside it ("CoNLL
    2009", "SemEval 2017", "WMT 2014"): papers and reports name a yearly shared task or
    workshop by its edition's year, which is no amount. A plural noun right after the number
    ("MNLI 2000 examples") makes it a count after all."""
    integer = match.group("int")
    if not integer or len(integer) != 4 or match.group("frac") or match.group("mult") \
            or not 1900 <= int(integer) <= 2099:
        return False
    previous = text[max(0, hit.start - 30):hit.start].rstrip().rsplit(None, 1)
    after = text[hit.number_end:hit.number_end + 20].lstrip()
    return bool(previous) and _EDITION_NAME.fullmatch(previous[-1]) is not None \
        and _COUNTED_NEXT.match(after) is None


def _counted_noun(doc: _Text, hit: _Hit) -> None:
    """The counted noun up to four words after the number ("9 target tasks"). A number
    hyphenated to a word ("12-layer", "zero-shot") counts that word or nothing."""
    tokens = doc.tokens
    index = bisect_left(doc.starts, hit.number_end)
    if index < len(tokens) and tokens[index][2] == "-" and tokens[index][0] == hit.number_end:
        word = tokens[index + 1] if index + 1 < len(tokens) else None
        if word is not None and word[0] == tokens[index][1] and word[2] in COUNT_NOUNS:
            hit.unit = COUNT_NOUNS[word[2]]
        return
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
        if modifiers == 4 or word in _STOP_WORDS or direction_of(word):
            return
        if not compound and _looks_plural(word):
            # A plural noun ends the noun phrase: "the first three filters remove papers"
            # counts filters, not the papers of the clause's object.
            return
        modifiers += 1
    hit.open_ended = True


def _context_unit(text: str, hit: _Hit, match: re.Match[str]) -> str | None:
    """learning_rate, batch_size or year from the words around the number."""
    before = text[max(0, hit.start - 30):hit.start]
    after = text[hit.number_end:hit.number_end + 20].lstrip()
    for name, pattern in (("learning_rate", _LEARNING_RATE), ("batch_size", _BATCH_SIZE)):
        mentions = list(pattern.finditer(before))
        named = mentions[-1] if mentions else None  # the last mention before the number
        if named and _SETTING_GAP.fullmatch(before, named.end()) or pattern.match(after):
            return name
    integer = match.group("int")
    if integer and len(integer) == 4 and not match.group("frac") and not match.group("mult") \
            and 1900 <= int(integer) <= 2099:
        previous = before.rstrip().rsplit(None, 1)
        if previous and previous[-1].lower() in _YEAR_WORDS:
            return "year"
    return None


# --------------------------------------------------------------------------------------------
# Lists, clauses and context


def _group(text: str, hits: list[_Hit]) -> None:
    """Join numbers printed as a list ("8.2, 7.5, and 7.0") or a range ("10-20", "10 to 20"),
    and share the unit printed with one of them (usually the last). Ranges are never bound to
    names."""
    groups = [[hits[0]]]
    for previous, hit in zip(hits, hits[1:], strict=False):
        gap = text[previous.end:hit.start]
        if _LIST_SEP.fullmatch(gap):
            groups[-1].append(hit)
        elif _RANGE_SEP.fullmatch(gap) and hit.sign is None:
            previous.ranged = hit.ranged = True
            groups[-1].append(hit)
        else:
            groups.append([hit])
    for members in groups:
        units = {hit.unit for hit in members} - {None}
        shared = units.pop() if len(units) == 1 else None
        for hit in members:
            hit.group = members
            if hit.unit is None:
                hit.unit = shared


def _read_context(doc: _Text, hit: _Hit) -> None:
    """Direction, negation and approximation from the words around the number."""
    first = hit.group[0] if hit.group else hit
    low, high = doc.clause(first.start)
    before: list[tuple[int, int, str]] = []  # words before the (list's first) number, nearest first
    # Indexes, not slices: copying the tokens before and after every number took time
    # quadratic in the length of a text full of numbers.
    for index in range(bisect_left(doc.starts, first.start) - 1, -1, -1):
        token = doc.tokens[index]
        if token[0] < low or token[0] in doc.number_starts:
            break  # another number's words are its own
        if token[2][0].isalpha() and not doc.in_entity(token[0]):
            before.append(token)
            if len(before) == 8:
                break
    after: list[str] = []
    for index in range(bisect_left(doc.starts, hit.end), len(doc.tokens)):
        start, _, word = doc.tokens[index]
        if start >= high or not word[0].isalpha() and word != "-":
            break
        if word != "-" and not doc.in_entity(start):
            after.append(word)
            if len(after) == 2:
                break
    hit.approximate = _approximate(doc.text, first.start, before)
    words_before = [token[2] for token in before]
    if hit.unit in _MEASURE_UNITS or hit.unit is None or hit.unit.startswith("/"):
        found = _direction_word(words_before, after)
        if found:
            word, distance = found
            hit.direction = direction_of(word)
            cues = words_before[:3] if distance is None else words_before[distance + 1:distance + 4]
            hit.negated = any(is_negation(cue) for cue in cues)
    if not hit.negated:
        hit.negated = any(is_negation(word) for word in words_before[:3])
    if hit.sign is not None:
        hit.direction = "increase" if hit.sign > 0 else "decrease"
    elif hit.direction:
        hit.sign = 1 if hit.direction == "increase" else -1


def _approximate(text: str, start: int, before: list[tuple[int, int, str]]) -> bool:
    """An approximation word or symbol right before the number ("about 5", "up to 40", "~5")."""
    if _last_printed(text, start) in _APPROX_SIGNS:
        return True
    if not before or text[before[0][1]:start].strip():
        return False  # no word right before the number
    if before[0][2] in _APPROX_ONE:
        return True
    return len(before) > 1 and not text[before[1][1]:before[0][0]].strip() \
        and f"{before[1][2]} {before[0][2]}" in _APPROX_TWO


def _direction_word(before: list[str], after: list[str]) -> tuple[str, int | None] | None:
    """The nearest direction word: (word, its index counting back from the number), the
    index None when it follows the number. Ties go to the word before."""
    back = next(((word, i) for i, word in enumerate(before)
                 if direction_of(word)), None)
    ahead = next(((word, i) for i, word in enumerate(after)
                  if direction_of(word)), None)
    if ahead and (back is None or ahead[1] < back[1]):
        return ahead[0], None
    return back


def _nearby_names(doc: _Text, hit: _Hit) -> list[str]:
    """Names of the entities in the hit's clause, nearest first."""
    low, high = doc.clause(hit.start)
    near = [entity for entity in doc.entities if low <= entity.span[0] < high]
    near.sort(key=lambda entity: _distance(entity.span, (hit.start, hit.end)))
    return list(dict.fromkeys(entity.name for entity in near))


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


def _bind_aligned_lists(doc: _Text, hits: list[_Hit]) -> None:
    """Bind the i-th number of a list to the i-th entity of an equally long list."""
    entity_lists = _entity_lists(doc)
    if not entity_lists:
        return
    seen: set[int] = set()
    for hit in hits:
        members = hit.group
        if id(members) in seen or len(members) < 2 or members[0].ranged:
            continue
        seen.add(id(members))
        low, high = doc.sentence(members[0].start)
        candidates = [names for names in entity_lists
                      if len(names) == len(members) and low <= names[0].span[0] < high]
        if len(candidates) > 1:
            if "respectively" not in doc.text[low:high].lower():
                continue
            candidates = [names for names in candidates
                          if names[-1].span[1] <= members[0].start][-1:]
        if len(candidates) != 1:
            continue
        names = candidates[0]
        listed = {entity.name for entity in names}
        for member, entity in zip(members, names, strict=True):
            member.bound_to = entity.name
            others = [name for name in member.attaches_to if name not in listed]
            member.attaches_to = [entity.name, *others]


def _entity_lists(doc: _Text) -> list[list[Entity]]:
    lists: list[list[Entity]] = []
    for entity in doc.entities:
        if lists and _LIST_SEP.fullmatch(doc.text, lists[-1][-1].span[1], entity.span[0]):
            lists[-1].append(entity)
        else:
            lists.append([entity])
    return [names for names in lists if len(names) >= 2]


# --------------------------------------------------------------------------------------------
# Truncation and output


def _cut_off(text: str, hit: _Hit) -> bool:
    """Whether the text stops within or right after the last number (module docstring)."""
    rest = text[hit.end:].strip()
    if not rest or hit.open_ended:
        return True
    if hit.end == hit.number_end and rest in (",", "."):
        return True  # "of 1," may have been "of 1,104"
    fragment = text[hit.number_end:].strip().lower()
    return fragment.isalpha() and any(word.startswith(fragment) for word in _UNIT_WORDS)


def _to_quantity(text: str, hit: _Hit, cut_off: bool) -> Quantity:
    return Quantity(
        text=text[hit.start:hit.end],
        value=hit.value,
        decimals=hit.decimals,
        unit=hit.unit,
        sign=hit.sign,
        direction=hit.direction,
        negated=hit.negated,
        approximate=hit.approximate,
        cut_off=cut_off,
        span=(hit.start, hit.end),
        attaches_to=hit.attaches_to,
        bound_to=hit.bound_to,
    )
