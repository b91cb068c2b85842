"""Find the numbers in a claim and say what they measure.

`parse_quantities` reads one piece of text (a claim, a sentence of a paper) and returns a
`Quantity` per number that states an amount. Verification compares these records with the
numbers in the cited papers, so each carries what a comparison needs: the printed precision,
the unit, whether it goes up or down, whether it is negated or approximate, and what it is
about. Everything is regular expressions over the text and the entity spans the gazetteer found:
it runs on every sentence of every paper, so it stays well clear of a parser.

Numbers read
    decimals ("8.2"); thousands separators ("1,104,934" is one number; so is "100, 000", a PDF
    line wrapped after the separator, when every spaced group is zero-led and no digit and
    comma stand before or after it: "67, 562" and "5, 100, 000" may be lists and read as
    printed); a leading sign ("+3.1", "-3.1", "−3.1" with U+2212); scientific notation ("2e-5",
    "2E-05", "1 × 10^-5", "1x10-5", "10^-5", "10⁻⁵"); the multipliers k/K, M, B glued to a
    number and the words thousand, million, billion in any case; spelled-out counts
    zero..nineteen, the tens, "twenty-one", "a hundred", "two hundred", "a hundred and five",
    "a dozen", "two dozen", with a scale word ("twenty thousand"), only when a unit follows
    ("nine tasks", "two points") or may have followed before a truncation ("with nine different
    English intermediate"). Spelled words that go on to a compound not read ("three thousand
    five hundred", "twenty one") give no number rather than a part of one.

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

Modules
    This module runs the steps and holds the rules above; each step is its own module:
    quantity_numbers.py (finding numbers), quantity_units.py (units and counted nouns),
    quantity_lists.py (lists, ranges, aligned names), quantity_context.py (direction,
    negation, approximation, names nearby), over the records of quantity_text.py.
"""

from __future__ import annotations

import math
import re

from verify_claims.claims import Entity, Quantity

from .quantity_context import nearby_names, read_context
from .quantity_lists import bind_aligned_lists, group
from .quantity_numbers import NUMBER_WORD, numbers, spelled
from .quantity_text import Hit, Text
from .quantity_units import COUNT_NOUNS, UNIT_WORDS

__all__ = ["COUNT_NOUNS", "parse_quantities", "signed_value"]

_DIGIT = re.compile(r"[0-9]")


# "77.1 deaths per 100,000 population": a power of ten after "per" is the base of a rate.
_PER_BEFORE = re.compile(r"\bper\s*$", re.IGNORECASE)


def _rate_base(text: str, hit: Hit) -> bool:
    """Whether `hit` is the base of a rate ("per 100,000", "per 1,000 live births", "per 1
    million"): no amount the text states, so not a quantity (round 29: in "50 deaths per
    100,000 for stroke" the 100,000 was read as a second claimed number and matched against
    another clause's). The base is compared by verify/guards_rate_units.guard_rate_bases."""
    if hit.value < 100 or hit.decimals > 0 or hit.unit:
        return False
    exponent = math.log10(hit.value)
    return abs(exponent - round(exponent)) < 1e-9 \
        and _PER_BEFORE.search(text, max(0, hit.start - 8), hit.start) is not None


def parse_quantities(text: str, entities: list[Entity] | None = None,
                     truncated: bool = False, bare: bool = False) -> list[Quantity]:
    """The quantities stated in `text`, in order (see the module docstring for the rules).

    `entities` are the names tagged in the same text; when None they are tagged here. Pass
    them when you have them: tagging is the expensive part. With `bare`, a decimal printed
    without its leading zero (".97") is read too: a claim's are (round 23), a paper's are not."""
    if entities is None:
        from .entities import tag_entities  # late import: the spaCy pipeline loads on first use

        entities = tag_entities(text)
    has_digits = _DIGIT.search(text) is not None
    if not has_digits and NUMBER_WORD.search(text) is None:
        return []
    doc = Text(text, entities)
    hits = numbers(doc, bare) if has_digits else []
    hits += spelled(doc, truncated)
    if not hits:
        return []
    hits.sort(key=lambda hit: hit.start)
    hits = [hit for hit in hits if not _rate_base(text, hit)]
    if not hits:
        return []
    group(text, hits)
    for hit in hits:
        read_context(doc, hit)
        hit.attaches_to = nearby_names(doc, hit)
    bind_aligned_lists(doc, hits)
    cut_off = truncated and _cut_off(text, hits[-1])
    return [_to_quantity(text, hit, cut_off and hit is hits[-1]) for hit in hits]


def signed_value(quantity: Quantity) -> float:
    """The amount with its sign: -3.1 for "-3.1" or "drops by 3.1", 3.1 otherwise."""
    return quantity.value * (quantity.sign or 1)


# --------------------------------------------------------------------------------------------
# Truncation and output


def _cut_off(text: str, hit: Hit) -> bool:
    """Whether the text stops within or right after the last number (module docstring)."""
    rest = text[hit.end:].strip()
    if not rest or hit.open_ended:
        return True
    if hit.end == hit.number_end and rest in (",", "."):
        return True  # "of 1," may have been "of 1,104"
    fragment = text[hit.number_end:].strip().lower()
    return fragment.isalpha() and any(word.startswith(fragment) for word in UNIT_WORDS)


def _to_quantity(text: str, hit: Hit, cut_off: bool) -> Quantity:
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
