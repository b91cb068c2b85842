"""A supporting passage that does not print the name the claim gives its subject, while another
sentence of the paper gives that name's measure another number (probes of heldout16, round 16).

"The GRU dimension is 100" was confirmed by "The word/sentence context vectors also have a
dimension of 100", the sentence after "we set the word embedding dimension to be 200 and the GRU
dimension to be 50". The supporting sentence shares the measure ("dimension") and the number,
but not the name ("GRU"): a name the paper prints often weighs little in what a passage may
lack, so the match let it go, though the paper states the GRU's dimension, and it is 50.

The general fact: a claim's name (a word with two or more capitals or a digit after a capital:
an acronym, a model's or dataset's name) that a supporting passage does not print must be read
where the paper prints it. When the claim sets that name right beside a measure word the passage
prints ("The GRU dimension is 100") and a sentence of the paper does too and states its value
right after it ("the GRU dimension to be 50"; not "missed control messages to 0.8%", a change),
none of its numbers the claimed one, the paper says the named thing's measure is another
number, and the passage about something else supports nothing (`disputing_sentence`,
`guard_unnamed_subjects`). The same holds
of a word the claim puts right before the measure word, a compound the passage does not print
("the word embedding dimension is 100", supported by the context vectors' "dimension of 100",
against "the word embedding dimension to be 200").

It names no paper, system or number; it reads the claim, the passage and the paper's sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, Claim, Paper

from .undecided import supporting_sources, undecide

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?(?![\w])")
_FUNCTION = frozenset(("with", "from", "that", "this", "these", "those", "their", "there",
                       "have", "were", "been", "into", "than", "then", "also", "such", "each",
                       "only", "over", "under", "about", "which", "while", "where", "when",
                       "after", "before", "both", "more", "most", "less", "reach", "reaches",
                       "gives", "given", "uses", "used", "using", "sets", "set"))
# Words for the kind of thing a name names, not for a measure of it.
_KINDS = frozenset(("dataset", "datasets", "data", "corpus", "corpora", "benchmark", "model",
                    "models", "method", "methods", "system", "systems", "network", "networks",
                    "task", "tasks", "paper", "papers", "approach", "framework", "baseline",
                    "baselines", "version", "variant", "variants", "architecture", "split",
                    "splits"))
_STOP = _FUNCTION | _KINDS


@lru_cache(maxsize=16384)
def _name(token: str) -> bool:
    """An acronym or a model's name: two capitals or more, or a digit after a capital."""
    return sum(char.isupper() for char in token) >= 2 or bool(re.search(r"[A-Z].*\d", token))


def _inner_capital(tokens: list[str], token: str) -> bool:
    """A capitalised word the claim prints after its first word, a name however short: the
    "Hb" of "The bias coefficient of the Hb studies was 1.32" (round 24), which `_name`, asking
    for two capitals, missed while it took the "SF" of the same claim."""
    return token[0].isupper() and token.casefold() not in _STOP and any(
        i > 0 and other == token for i, other in enumerate(tokens))


def _stem(word: str) -> str:
    word = word.casefold()
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def _values(text: str) -> set[float]:
    return {float(number.replace(",", "")) for number in _NUMBER.findall(text)}


def disputing_sentence(claim_text: str, quotes: list[str], sentences: Iterable[str]) -> \
        tuple[str, str] | None:
    """A name of the claim that no quote prints, and a sentence that sets it right beside a
    measure word the claim sets beside it too and a quote prints, and prints numbers, none the
    claim's; or likewise a word the claim puts right before such a measure word ("embedding"
    of "the word embedding dimension"), set right before it in the sentence; else None."""
    claimed = _values(claim_text)
    if not claimed or not quotes:
        return None
    quoted = {_stem(word) for quote in quotes for word in _TOKEN.findall(quote)}
    claim_tokens = _TOKEN.findall(claim_text)
    names = [token for token in dict.fromkeys(claim_tokens)
             if _name(token) or _inner_capital(claim_tokens, token)]
    missing = [name for name in names
               if not any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", quote)
                          for quote in quotes)]
    measures = {name: _head_after(claim_tokens, name) & quoted for name in missing}
    modifiers = {word: measure for word, measure in _compounds(claim_tokens, heads_only=True)
                 if _stem(word) not in quoted and measure in quoted}
    if not any(measures.values()) and not modifiers:
        return None
    for sentence in sentences:
        numbers = _values(sentence)
        if not numbers or numbers & claimed:
            continue
        tokens = _TOKEN.findall(sentence)
        for name in missing:
            if any(_valued(sentence, name, measure)
                   for measure in _beside(tokens, name) & measures[name]):
                return name, sentence
        for word, measure in _compounds(tokens):
            if modifiers.get(word) == measure and _valued(sentence, word, measure):
                return f"{word} {measure}", sentence
    return None


# The measure's value stated right after it: "dimension to be 50", "dimension is 50",
# "dimension of 50", "dimension = 50" (not "missed messages to 0.8%", a change); or after an
# aside set off by commas before the verb: "the bias coefficient of the Hb studies, as
# calculated with Egger's test by STATA 10, was 1.44" (Huang et al., Postgrad Med J 2010,
# page 5; round 24: "The bias coefficient of the Hb studies was 1.32" was confirmed by the next
# sentence's "of the SF studies was 1.32"). The aside holds no clause break (";", ":") and no
# verb of its own before a number ("the SF studies, which ranged from 1.1 to ..." is no aside
# of a statement: it needs its copula right after the closing comma).
_STATED = re.compile(r"(?:,[^,;:()]{1,80},)?"
                     r"\s*(?:(?:to\s+be|is|are|was|were|of|equals?|set\s+to)\s+|[=:]\s*)"
                     r"(?:about\s+|around\s+|roughly\s+)?\d")


def _valued(sentence: str, word: str, measure: str) -> bool:
    """Whether the sentence states a value of `measure` right after `word` and it ("the GRU
    dimension to be 50"): a statement of the measure, not a heading, a mention or a change."""
    pattern = rf"(?<![\w-]){re.escape(word)}\s+(?:\w+\s+)?{re.escape(measure)}\w*"
    return any(_STATED.match(sentence, match.end())
               for match in re.finditer(pattern, sentence, re.IGNORECASE))


def _content(token: str) -> bool:
    return len(token) >= 4 and token.islower() and token.casefold() not in _STOP


def _ends_compound(tokens: list[str], index: int) -> bool:
    """Whether the word at `index` is the last of its noun compound: no lower-case word of four
    letters or more follows it, unless a function word ("The GRU dimension is 100"; not
    "pretraining" of "the S2ORC pretraining corpus")."""
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return not (len(following) >= 4 and following.islower()
                and following.casefold() not in _FUNCTION)


def _head_after(tokens: list[str], name: str) -> set[str]:
    """The measure word printed right after `name` that ends its compound ("the GRU
    dimension is"), as a stem."""
    return {_stem(tokens[i + 1]) for i, token in enumerate(tokens)
            if token == name and i + 1 < len(tokens) and _content(tokens[i + 1])
            and _ends_compound(tokens, i + 1)}


def _compounds(tokens: list[str], heads_only: bool = False) -> list[tuple[str, str]]:
    """Each pair of lower-case content words printed one right after the other ("embedding
    dimension"): the first as printed, the second's stem; with `heads_only`, only pairs whose
    second word ends its compound."""
    return [(tokens[i], _stem(tokens[i + 1])) for i in range(len(tokens) - 1)
            if _content(tokens[i]) and _content(tokens[i + 1])
            and (not heads_only or _ends_compound(tokens, i + 1))]


def _beside(tokens: list[str], name: str) -> set[str]:
    """The measure words printed right before or after `name` ("the GRU dimension"): stems of
    lower-case content words of four letters or more."""
    places = [i for i, token in enumerate(tokens) if token == name]
    return {_stem(tokens[j]) for i in places for j in (i - 1, i + 1)
            if 0 <= j < len(tokens) and _content(tokens[j])}


def guard_unnamed_subjects(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting source check whose passages lack a name of the claim that a
    sentence of the paper gives, beside the claim's measure, another number (module
    docstring). In place."""
    for check in list(supporting_sources(checks)):
        quotes = [evidence.quote for evidence in check.evidence if evidence.quote]
        found = disputing_sentence(claim.text, quotes,
                                   (sentence.text for sentence in paper.sentences))
        if found is not None:
            name, sentence = found
            undecide(check, f"The passage does not name \u201c{name}\u201d, and the paper gives "
                            f"it another number: \u201c{sentence.strip()[:160]}\u201d")
