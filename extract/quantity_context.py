"""What the words around a number say: the context step of the quantity parser
(extract/quantities.py).

Direction ("improves", "drops"), negation ("not", "fails to") and approximation ("about",
"up to", "~") from the words of the number's clause, and the entity names of that clause,
nearest first. Kept apart from the unit step because it reads a number's clause for what the
sentence says about the amount (polarity.py's word lists), not for what the amount counts.
"""

from __future__ import annotations

from bisect import bisect_left

from .polarity import direction_of, is_negation
from .quantity_text import Hit, Text, last_printed, wordset

__all__ = ["nearby_names", "read_context"]

_APPROX_ONE = wordset(
    "about around roughly approximately approx nearly almost circa ca some under above below"
)
_APPROX_TWO = frozenset(
    ("more than", "less than", "fewer than", "up to", "at least", "at most", "upwards of")
)
_MEASURE_UNITS = ("%", "percentage points", "points", "x")  # amounts a direction applies to
_APPROX_SIGNS = ("~", "≈", "∼", "<", ">", "≤", "≥")


def read_context(doc: Text, hit: Hit) -> None:
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
    # A hyphenated compound ending in "loss" ("log-loss", "hinge-loss") names a loss function,
    # a measure like "error rate": "its log-loss of 3.093" is a level, not a decrease (the
    # polarity reader keeps "the triplet loss of" apart the same way, polarity._is_direction).
    words_before = ["" if token[2] in ("loss", "losses") and doc.text[token[0] - 1:token[0]]
                    == "-" else token[2] for token in before]
    # Nor is "loss" a direction when it names the objective: "The margin loss discount of the
    # baseline model is 0.2" (Table 4 of Wang et al., AAAI 2019) read as a fall to 0.2, and the
    # level-change guard held back the cell that prints it. As the polarity reader reads it,
    # only "a loss in/of" something is one (`_objective_losses`).
    words_before = _objective_losses(words_before, after)
    # "made up 17.5% of the cohort": the verb of composition ("comprised"), no rise (probe30b;
    # wording.MAKE_UP reads it so for the words).
    words_before = ["" if word == "up" and index + 1 < len(words_before)
                    and words_before[index + 1] in _MAKE else word
                    for index, word in enumerate(words_before)]
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


_MAKE = frozenset(("make", "makes", "made", "making"))


def _objective_losses(before: list[str], after: list[str]) -> list[str]:
    """`before` (nearest word first) with each "loss" that names an objective left out: one
    not followed by "in", nor by "of" without "the" before it ("the loss of the incorrect
    classes"), as `polarity._is_direction` reads the word. The word after "loss" is the one
    before it in `before`, or the number's first word after it."""
    kept = list(before)
    for index, word in enumerate(before):
        if word not in ("loss", "losses"):
            continue
        following = before[index - 1] if index else ""
        if not (following == "in" or (following == "of" and "the" not in before[index + 1:
                                                                                 index + 3])):
            kept[index] = ""
    return kept


def _approximate(text: str, start: int, before: list[tuple[int, int, str]]) -> bool:
    """An approximation word or symbol right before the number ("about 5", "up to 40", "~5")."""
    if last_printed(text, start) in _APPROX_SIGNS:
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


def nearby_names(doc: Text, hit: Hit) -> list[str]:
    """Names of the entities in the hit's clause, nearest first."""
    low, high = doc.clause(hit.start)
    near = [entity for entity in doc.entities if low <= entity.span[0] < high]
    near.sort(key=lambda entity: _distance(entity.span, (hit.start, hit.end)))
    return list(dict.fromkeys(entity.name for entity in near))


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)
