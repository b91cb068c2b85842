"""Comparisons keep their order: the two arguments of a claim's comparison, read around its
comparative ("A outperforms B", "B is worse than A"), and whether a sentence compares them the
same way round or the other.

Split from content.py, which reads the whole content of a claim (`claim_parts`) and accounts
for it in a passage (`account`): a comparison is one part of that content, but reading its
order is a small grammar of its own, used by the accounting, by the source check's direction
flips and by the tests on real sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .advantage_phrases import ADVANTAGE_DOWN, ADVANTAGE_UP
from .content_words import _COMPARISON_WORDS, _DOWN, _TOKEN, _UP, GENERIC
from .glued_sizes import unglued_sizes
from .passages import content_terms
from .wording import canonical
from .wording import canonical_terms as _canonical_terms
from .wording import relation_of as _relation_of
from .wording import term_of as _term

if TYPE_CHECKING:
    from verify_claims.claims import Sentence

    from .content import ClaimParts
    from .passages import PassageIndex



_COMPARATIVE = re.compile(
    r"\b(?:(?P<up>outperform\w*|beat(?:s|ing)?|better|higher|exceed\w*|surpass\w*|superior"
    r"|overtak(?:e|es|en|ing)|overtook|outpac\w*|outstrip\w*|outscor\w*|outdo\w*|outdid"
    rf"|{ADVANTAGE_UP})"
    r"|(?P<down>underperform\w*|worse|lower|trail\w*|lag(?:s|ged|ging)?|inferior"
    rf"|{ADVANTAGE_DOWN}))\b"
    r"(?:\s+(?:than|to|behind)\b)?", re.I)
# A number's decimal point or thousands comma ("41.6% higher", "425,425 deaths") ends no side.
_ARGUMENT_STOP = re.compile(r"[;:()]|[,.](?!\d)|\b(?:on|in|at|for|by|with|across|when|while|and|"
                            r"but)\b", re.I)
_WIDE_STOP = re.compile(r"[;:()]|[,.](?!\d)|\b(?:when|while|but|that|which)\b", re.I)
_CONDITION_AFTER_THAN = re.compile(r"^\s*(?:for|in|among|at|with|during|under)\s+(?=\w)", re.I)
# "lower quality than", "higher F1 than": the words between the comparative and "than" name
# what is compared (the dimension), not the second argument.
_DIMENSION = re.compile(r"\s+((?:[\w\-]+\s+){1,3}?)than\b", re.I)


def _argument(words: str, left: bool, wide: bool = False) -> tuple[str, ...]:
    """The content terms of one side of a comparison: the words next to the comparative up to
    a preposition or punctuation ("model A" in "With fine-tuning, model A outperforms").
    `wide` takes the left side up to punctuation only: "Fine-tuning SciBERT on task-specific
    signals is worse than ..." compares fine-tuning SciBERT, not the signals alone."""
    pieces = (_WIDE_STOP if wide else _ARGUMENT_STOP).split(words)
    piece = pieces[-1] if left else pieces[0]
    terms = []
    for match in _TOKEN.finditer(piece):
        word = match.group().casefold()
        term = _term(word)
        if term is None or len(term) == 1 or term in GENERIC or term[0].isdigit() \
                or _relation_of(word) or term in _COMPARISON_WORDS:
            continue  # a function word, the "s" of "SciBERT's", a number, a direction
        terms.append(term)
    return tuple(terms)


comparison_argument = _argument
"""One side of a comparison, as its content terms (for the source check's order tests)."""


def _comparison(text: str) -> tuple[tuple[str, ...], tuple[str, ...], str] | None:
    return _comparisons(text)[0]


# A citation inside a name: "the inside-outside model of Kim et al. (2017)". Its period and
# parentheses are no boundary of the argument, and its year no word of it.
_CITATION_YEAR = re.compile(r"\s*\((?:[^()]*?,\s*)?(?:19|20)\d\d[a-z]?\)")
_ET_AL = re.compile(r"\bet al\.", re.I)


def uncited(text: str) -> str:
    """`text` with its citations' years and the period of "et al." taken out, so that a name
    cited as "the inside-outside model of Kim et al. (2017)" is one argument of a comparison.
    (Round 19, arXiv:1705.09207, page 7: "The inside-outside model of Kim et al. (2017)
    slightly outperforms the tree matrix inversion model" was read as comparing nothing and
    was confirmed by the sentence saying the reverse.)"""
    if "(" not in text and "et al." not in text:
        return text
    return _ET_AL.sub("et al", _CITATION_YEAR.sub("", text))


def _comparisons(text: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...], str] | None,
                                     tuple[str, ...]]:
    """The claim's comparison (left and right argument, direction) read strictly, and its
    left argument read wide (`_argument`)."""
    text = uncited(text)
    match = _COMPARATIVE.search(text)
    if match is None:
        return None, ()
    rest = text[match.end():]
    if match.group().casefold().endswith("than"):
        # "The rate for females was higher than for males": the two sides are the conditions
        # after the prepositions, not an empty phrase before "for" (round 29, MMWR 2011: the
        # claim with the sexes swapped was confirmed).
        rest = _CONDITION_AFTER_THAN.sub(" ", rest, count=1)
    elif not match.group().casefold().endswith("to"):
        dimension = _DIMENSION.match(rest)
        if dimension:
            rest = rest[dimension.end():]
    left = _argument(text[:match.start()], left=True)
    right = _argument(rest, left=False)
    if not left or not right:
        return None, ()
    return (left, right, _UP if match.group("up") else _DOWN), \
        _argument(text[:match.start()], left=True, wide=True)


def comparison_kept(parts: ClaimParts, sentence: str) -> bool:
    """Whether the sentence compares the claim's two arguments in the claim's order: "A beats
    B" is kept by "A outperforms B" and by "B is worse than A", not by "A fine-tuned
    outperforms A frozen" (B missing) nor "B outperforms A". True for a claim that compares
    nothing.

    Either every term of the claim's (strict) arguments is on its side, or, read through
    synonyms and plurals, the words that tell the two (wide) arguments apart are: those of
    them the sentence prints stand on the right side of its comparative, and none on the
    wrong one, with at least one for each argument ("metadata from LaTeX sources is of lower
    quality than metadata from PDFs" is kept by "the quality of metadata from LaTeX documents
    is worse than those from PDF"). The words of the first argument (the claim's subject) that
    the sentence prints must stand together there, as a phrase does (`_scattered`); the
    second's may trail over what follows "than" ("than the best setting, … with too many
    heads"). What the sentence leaves out is weighed by `account`."""
    if parts.comparison is None:
        return True
    sentence = uncited(unglued_sizes(sentence))  # "BERTLARGE outperforms" keeps "BERT-Large beats"
    left, right, direction = parts.comparison
    wide = {canonical(term) for term in parts.wide_left or left}
    said = {canonical(term) for term in right}
    own_left, own_right = wide - said, said - wide
    for match in _COMPARATIVE.finditer(sentence):
        before = set(content_terms(sentence[:match.start()]))
        after = set(content_terms(sentence[match.end():]))
        same = _UP if match.group("up") else _DOWN
        held = before | after
        if set(left) <= held:
            if same == direction and left[0] in before and set(right) <= after \
                    and not _on_both_sides(left, right, before, after):
                return True
            if same != direction and set(right) <= before and left[0] in after \
                    and not _on_both_sides(left, right, after, before):
                return True
        before_c = _canonical_terms(sentence[:match.start()])
        after_c = _canonical_terms(sentence[match.end():])
        first, second = (before_c, after_c) if same == direction else (after_c, before_c)
        said_left, said_right = own_left & (first | second), own_right & (first | second)
        if said_left and said_right and said_left <= first and said_right <= second \
                and not said_left & second and not said_right & first \
                and not _scattered(said_left, sentence[:match.start()] if same == direction
                                   else sentence[match.end():]):
            return True
    return False


# The most content words a phrase naming one argument puts between two of its own words
# ("metadata from LaTeX documents": none; "fine-tuning SciBERT on our tasks": none).
PHRASE_GAP = 2


def _scattered(said: set[str], side: str) -> bool:
    """Whether the words `said` of one argument (canonical terms) lie apart on their side of
    the comparative: no stretch holds them all with at most `PHRASE_GAP` other content words
    per gap between them. Then they belong to other phrases: "… the group uniformity
    assumption … performing block level classification may lead to worse results" holds
    "group" and "classification" of "the simple group classifier is worse than LayoutLM" far
    apart, and is about block-level models (VILA, arXiv:2106.00676)."""
    terms = [canonical(term) for term in content_terms(side)]
    found = set(terms) & said
    if len(found) < 2:
        return False
    allowed = PHRASE_GAP * (len(found) - 1)
    for start, term in enumerate(terms):
        if term not in found:
            continue
        seen: set[str] = set()
        for end in range(start, len(terms)):
            if terms[end] in found:
                seen.add(terms[end])
            if seen == found:
                if end - start + 1 - len(found) <= allowed:
                    return False  # a window that holds them all, close enough
                break
    return True


def _on_both_sides(left: tuple[str, ...], right: tuple[str, ...], first: set[str],
                   second: set[str]) -> bool:
    """Whether an argument also stands, by every term of its own, on the other argument's
    side of the comparative: "H-VILA is faster than LayoutLM and the simple classifier, and
    more accurate than the simple classifier" names the simple classifier on both sides of
    "more accurate", so it keeps no "the simple classifier is less accurate than LayoutLM"
    (VILA, arXiv:2106.00676): both are what H-VILA is compared with."""
    own_left, own_right = set(left) - set(right), set(right) - set(left)
    return bool(own_left and own_left <= second) or bool(own_right and own_right <= first)


# A pronoun right after the comparative stands for the second argument: "the maximum
# likelihood estimator eventually overtakes it".
_PRONOUN = re.compile(r"\s*(?:it|them|these|those|ours|theirs)\b", re.I)
_PRONOUN_AFTER = re.compile(r"\w\s+(?:than\s+|to\s+)?(?:it|them|these|those|ours|theirs)\b", re.I)


def _kept_through_pronoun(parts: ClaimParts, sentence: str, context: str) -> bool:
    """Whether the sentence compares the claim's first argument, on the claim's side and in
    its direction, with a pronoun ("... overtakes it") whose name the claim's second argument
    can be: every term of that argument is printed in the passage's other sentences, where a
    pronoun takes its name from. A pronoun standing first ("It outperforms B") is not read:
    the claim's first argument is the one whose name must be printed."""
    assert parts.comparison is not None
    left, right, direction = parts.comparison
    if not context or not set(right) <= set(content_terms(context)):
        return False
    for match in _COMPARATIVE.finditer(sentence):
        same = _UP if match.group("up") else _DOWN
        before = content_terms(sentence[:match.start()])
        if same == direction and _PRONOUN.match(sentence[match.end():]) \
                and set(left) <= set(before) and left[0] in before:
            return True
    return False


def _before(sentence: Sentence, index: PassageIndex, reach: int = 2) -> str:
    """The text of up to `reach` sentences before `sentence` in its section: where a pronoun
    takes its name from."""
    key = ("sentence positions", 0)
    positions = index.prepared.get(key)
    if positions is None:
        positions = {id(each): number for number, each in enumerate(index.sentences)}
        index.prepared[key] = positions
    number = positions.get(id(sentence))  # type: ignore[union-attr]
    if number is None:
        return ""
    return " ".join(other.text for other in index.sentences[max(0, number - reach):number]
                    if other.section == sentence.section)


def comparison_kept_in(parts: ClaimParts, sentences: Sequence[Sentence],
                       index: PassageIndex) -> bool:
    """Whether some sentence of a passage keeps the claim's comparison (`comparison_kept`),
    its second argument possibly a pronoun named in the sentences before it
    (`_kept_through_pronoun`)."""
    for sentence in sentences:
        if comparison_kept(parts, sentence.text):
            return True
        if _PRONOUN_AFTER.search(sentence.text) and _kept_through_pronoun(
                parts, sentence.text, _before(sentence, index)):
            return True
    return False


def comparison_reversed(parts: ClaimParts, sentence: str) -> bool:
    """Whether the sentence states the claim's comparison the other way: "A beats B" against
    "B outperforms A" or "A is worse than B". Each argument is read strictly, next to the
    comparative word (up to a preposition or punctuation), and only by the terms that tell the
    two apart ("count vectors" vs "cbow vectors": "count" and "cbow"). A sentence that also
    keeps the claim's order ("A beats B on X, B beats A on Y") reverses nothing."""
    if parts.comparison is None or comparison_kept(parts, sentence):
        return False
    sentence = uncited(sentence)
    left, right, direction = parts.comparison
    own_left, own_right = set(left) - set(right), set(right) - set(left)
    if not own_left or not own_right:
        return False
    reversed_, kept = False, False
    for match in _COMPARATIVE.finditer(sentence):
        said_left = set(_argument(sentence[:match.start()], left=True))
        said_right = set(_argument(sentence[match.end():], left=False))
        same = _UP if match.group("up") else _DOWN
        ordered = own_left <= said_left and own_right <= said_right \
            and not own_right & said_left and not own_left & said_right
        swapped = own_right <= said_left and own_left <= said_right \
            and not own_left & said_left and not own_right & said_right
        if (same == direction and swapped) or (same != direction and ordered):
            reversed_ = True
        elif (same == direction and ordered) or (same != direction and swapped):
            kept = True
    return reversed_ and not kept
