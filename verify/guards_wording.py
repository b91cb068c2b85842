"""Precision guard: a passage that says the claim's words with the opposite negation or the
opposite direction word never supports it.

The source check matches a claim with numbers mostly by its numbers and names, and a claim
without numbers by how much of its wording a sentence holds, so a claim that copies a sentence
with one word changed matches it almost perfectly: "the majority of false negatives (52%) were
not due to the heuristics" against "were due to the heuristics", "the sentences worst
supporting them" against "best supporting them", "raises the missing area" against "reduces
the missing area". One word reverses what the sentence says, and the metamorphic benchmark
(benchmarks/mutations.py) found such claims confirmed.

The general fact: when a negation (not, no, never, without, cannot, n't) stands before a
content word in one text and the other text has that same word with no negation before it,
the two texts say opposite things of it (counted: a text that asserts the word more often
than the other, which negates it more often); when one text has a direction word (increase or
decrease, best or worst, high or low) before a content word and the other has the opposite
direction word before that same content word, they say opposite things of it. Either blocks a
confirmation; it never contradicts by itself (a paraphrase may say the same thing the other
way round: "B is worse than A" for "A is better than B"; there the words after the direction
words differ, so nothing fires). A sentence that negates a clause the claim leaves out ("A
improves B, but does not help C" for "A improves B") holds the negated word ("help") only in
itself, so it does not block either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from verify_claims.claims import Check, CheckKind, Claim, Outcome
from verify_claims.claims.vocabulary import DECREASE_WORDS, INCREASE_WORDS, SETTING_OPPOSITES

from .comparative_antonyms import opposite_comparison
from .undecided import undecide
from .word_senses import same_sense

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%+\-']*[A-Za-z0-9%]|[A-Za-z0-9]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NEGATIONS = _words("not no never without cannot nor neither none")
# Negation words that negate nothing after them: "not only X but also Y" asserts X.
_NOT_NEGATING_AFTER = _words("only just merely least longer doubt")
# Words skipped when looking for the content word a negation or direction word bears on.
_LIGHT = _words(
    "a an the be been being is are was were to of that this these those any its their it "
    "as very much so also than then in on at for by with from more less significantly "
    "statistically slightly considerably substantially")
_BEST = _words("best highest most largest greatest strongest maximum")
_WORST = _words("worst lowest least smallest weakest minimum")
_OPPOSITE: dict[str, frozenset[str]] = {}
for _group, _other in ((INCREASE_WORDS, DECREASE_WORDS), (_BEST, _WORST)):
    for _word in _group:
        _OPPOSITE[_word] = _OPPOSITE.get(_word, frozenset()) | _other
    for _word in _other:
        _OPPOSITE[_word] = _OPPOSITE.get(_word, frozenset()) | _group
for _one, _two in SETTING_OPPOSITES:
    _OPPOSITE[_one] = _OPPOSITE.get(_one, frozenset()) | {_two}
    _OPPOSITE[_two] = _OPPOSITE.get(_two, frozenset()) | {_one}


def _tokens(text: str) -> list[str]:
    """Lower-case words; "don't" gives "do" and "not"."""
    text = re.sub(r"n['’]t\b", " not", text.replace("cannot", "can not"))
    return [token.lower() for token in _TOKEN.findall(text)]


def _bears_on(tokens: Sequence[str], index: int) -> str | None:
    """The first content word after position `index` (light words skipped), or None."""
    for token in tokens[index + 1:index + 4]:
        if token not in _LIGHT and token not in _NEGATIONS:
            return token
    return None


def _negated_words(tokens: Sequence[str]) -> set[str]:
    words = set()
    for index, token in enumerate(tokens):
        if token in _NEGATIONS and not (index + 1 < len(tokens)
                                        and tokens[index + 1] in _NOT_NEGATING_AFTER) \
                and not (token == "not" and index >= 2 and tokens[index - 2:index] == [
                    "whether", "or"]):
            word = _bears_on(tokens, index)
            if word is not None:
                words.add(word)
    return words


_CLAUSE = re.compile(r"[,;:()\[\]]|\b(?:but|while|whereas|although|though)\b", re.I)


def _plain_uses(text: str, word: str) -> int:
    """How often `word`, or a word of the same sense ("enough" for "sufficient":
    verify/word_senses.py), occurs with no negation before it in its clause ("Neither A nor B
    consistently beats C" negates "consistently")."""
    count, senses = 0, same_sense(word)
    for clause in _CLAUSE.split(text):
        tokens = _tokens(clause)
        count += sum(1 for index, token in enumerate(tokens) if token in senses
                     and not _NEGATIONS & set(tokens[:index]))
    return count


def _directed(tokens: Sequence[str]) -> set[tuple[str, str]]:
    """(direction word, the content word it bears on) pairs."""
    pairs = set()
    for index, token in enumerate(tokens):
        if token in _OPPOSITE:
            word = _bears_on(tokens, index)
            if word is not None:
                pairs.add((token, word))
    return pairs


def opposed_wording(claim: str, passage: str) -> str | None:
    """Why `passage` says the opposite of `claim` about one of its words, or None."""
    said, printed = _tokens(claim), _tokens(passage)
    for mine, theirs, texts, who in ((said, printed, (claim, passage), "claim"),
                                     (printed, said, (passage, claim), "passage")):
        for word in sorted(_negated_words(mine) - _negated_words(theirs)):
            if _plain_uses(texts[1], word) > _plain_uses(texts[0], word):
                other = "passage" if who == "claim" else "claim"
                return f"the {who} negates '{word}', which the {other} asserts"
    claim_pairs, passage_pairs = _directed(said), _directed(printed)
    passage_words = {word for word, _ in passage_pairs}
    for word, target in sorted(claim_pairs):
        if word in passage_words:
            continue
        for opposite in sorted(_OPPOSITE[word]):
            if (opposite, target) in passage_pairs:
                return (f"the claim says '{word} {target}' where the passage says "
                        f"'{opposite} {target}'")
    if opposite_comparison(claim, passage) is not None:
        # "the baseline trains 1.5 times slower than the model" against "the model is 1.5x
        # slower to train than the baseline" (verify/comparative_antonyms.py)
        return "the passage compares the claim's two arguments the other way round"
    return None


def guard_opposed_wording(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide every supporting check of `claim` against one paper when the passage its
    source check quotes says the opposite of the claim (module docstring). In place."""
    checks = list(checks)
    if not any(check.outcome in (Outcome.supported, Outcome.confirmed) and check.decisive
               for check in checks):
        return  # nothing to undecide: reading the quotes for opposed wording would change none
    # A sentence and the neighbours quoted with it are one passage: a neighbour that uses a
    # word the sentence negates ("intermediate training" beside "no training data") is no
    # opposite of the claim.
    quotes = [" ".join(evidence.quote for evidence in check.evidence if evidence.quote)
              for check in checks if check.kind == CheckKind.source]
    why = next((reason for quote in quotes
                if (reason := opposed_wording(claim.text, quote)) is not None), None)
    if why is None:
        return
    for check in checks:
        if check.outcome in (Outcome.supported, Outcome.confirmed) and check.decisive:
            undecide(check, f"Not confirmed: {why}")
