"""The forms a word takes in papers and in the claims made about them.

A claim rarely repeats its paper's words: it inflects them ("boosting"/"boosts"), uses a
synonym of the field ("needs"/"requires", "embeddings"/"representations"), drops or adds a
hyphen ("re-trained"/"retrained"), writes a phrasal verb as one word ("left out"/"excluded")
or spells out an acronym ("open information extraction"/"Open IE"). verify/content.py finds a
claim's parts in a passage through these forms; each is a general fact about how the field
writes, listed in claims/vocabulary.py where it is a word list.

Direction words are read whole, never by their five-letter index stem: "inference" would
otherwise read as "inferior" and "highest" as "higher".
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify_claims.claims.vocabulary import (
    ANTONYM_PAIRS,
    DECREASE_WORDS,
    DISPENSABLE_WORDS,
    GOOD_WORDS,
    IMPORTANT_WORDS,
    INCREASE_WORDS,
    POOR_WORDS,
    SYNONYM_GROUPS,
)

from .passages import content_terms

UP, DOWN = "^up", "^down"
"""The class tokens of the two directions, as passage terms."""

# Direction words, read whole: a five-letter stem would read "inference" as "inferior" and
# "highest" as "higher". "up"/"down" are directions only in two words ("goes up"), and "loss"
# only as a loss of or in something (`LOSS_OF`): alone it mostly names a training objective.
RELATION_WORDS = {word: UP for word in INCREASE_WORDS if word != "up"} | {
    word: DOWN for word in DECREASE_WORDS if word not in ("down", "lower", "loss", "losses")}
RELATION_WORDS["lower"] = DOWN
LOSS_OF = re.compile(r"\bloss(?:es)?\s+in\b|\ban?\s+(?:[a-z]+\s+)?loss(?:es)?\s+of\b", re.I)
INFLECTIONS = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
               ("d", ""))


@lru_cache(maxsize=65536)
def relation_of(word: str) -> str | None:
    """The direction class of one lower-case word: a word of the lexicon
    (claims/vocabulary.py) or an inflection of one ("boosting", "raising")."""
    found = RELATION_WORDS.get(word)
    if found is None:
        for suffix, restore in INFLECTIONS:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                found = RELATION_WORDS.get(word[:-len(suffix)] + restore)
                if found is not None:
                    break
    return found


def relation_tokens(text: str) -> set[str]:
    """The direction classes a text states, read word by word."""
    tokens = {token for word in re.findall(r"[a-z]+", text.casefold())
              if (token := relation_of(word))}
    if LOSS_OF.search(text):
        tokens.add(DOWN)
    return tokens


# Synonyms of the field (claims/vocabulary.py), as index terms: a part is found where the
# passage uses any word of its group.
SYNONYMS: dict[str, frozenset[str]] = {}
for _group in SYNONYM_GROUPS:
    _terms = frozenset(term for word in _group for term in content_terms(word))
    for _term_ in _terms:
        SYNONYMS[_term_] = SYNONYMS.get(_term_, frozenset()) | _terms


@lru_cache(maxsize=65536)
def forms(term: str) -> frozenset[str]:
    """The index terms that account for a claim term: itself, without its plural "s", and
    its synonyms."""
    forms = {term, plain(term), plain(term) + "s"}
    for form in list(forms):
        forms |= SYNONYMS.get(form, frozenset())
    return frozenset(forms)


@lru_cache(maxsize=65536)
def canonical(term: str) -> str:
    """One spelling per synonym group and plural: what comparisons compare."""
    bare = plain(term)
    group = SYNONYMS.get(bare) or SYNONYMS.get(term)
    return min(group) if group else bare


HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")

def plain(term: str) -> str:
    """A term without a plural "s", so that "task" finds "tasks" (the five-letter cut of the
    index keeps "tasks" whole but cuts "tasker")."""
    return term[:-1] if len(term) > 3 and term.endswith("s") and not term.endswith("ss") \
        else term


@lru_cache(maxsize=65536)
def term_of(word: str) -> str | None:
    """The index term of one lower-case word (None for a stop word), memoised: claims and
    passages repeat their words."""
    terms = content_terms(word)
    return terms[0] if terms else None


# Phrasal verbs that papers write as one word: "left out of the corpus" / "excluded from the
# corpus". Replaced before the words are read (same length, so that offsets hold).
PHRASAL_VERBS = re.compile(r"\b(?:leave|leaves|left|leaving|filter(?:s|ed|ing)?)\s+out\b",
                            re.I)


# "Biomedical papers make up 43% of the corpus" / "comprise 43% of the corpus": the particle
# goes, the verb of composition is generic (verify/content.py `GENERIC`: comprise, consist).
MAKE_UP = re.compile(r"\b(mak(?:e|es|ing)|made)\s+up\b", re.I)


# "Annotated by hand" / "annotated manually": the adverb papers print for work done by people.
BY_HAND = re.compile(r"\bby\s+hand\b", re.I)


def one_word(text: str) -> str:
    text = MAKE_UP.sub(lambda match: match.group(1).ljust(len(match.group())), text)
    text = BY_HAND.sub(lambda match: "manual".ljust(len(match.group())), text)
    return PHRASAL_VERBS.sub(lambda match: "excluded".ljust(len(match.group())), text)


@lru_cache(maxsize=16384)
def canonical_terms(text: str) -> frozenset[str]:
    return frozenset(canonical(term) for term in content_terms(text))


ACRONYM_WORD = re.compile(r"\b[A-Z]{2,6}s?\b")


@lru_cache(maxsize=16384)
def acronyms(text: str) -> frozenset[str]:
    return frozenset(token.rstrip("s").casefold() for token in ACRONYM_WORD.findall(text))


@lru_cache(maxsize=16384)
def spelled(words: tuple[str, ...], acronyms: frozenset[str]) -> frozenset[str]:
    """The claim words that runs of two to four spell as one of `acronyms`."""
    spelled: set[str] = set()
    for start in range(len(words)):
        for length in (2, 3, 4):
            run = words[start:start + length]
            if len(run) < length:
                break
            if "".join(word[0] for word in run) in acronyms:
                spelled.update(run)
            content = [word for word in run if term_of(word) is not None]
            if len(content) >= 2 and "".join(word[0] for word in content) in acronyms:
                spelled.update(content)
    return frozenset(spelled)


IMPORTANCE_TERMS = frozenset(term for word in IMPORTANT_WORDS | DISPENSABLE_WORDS
                             for term in content_terms(word))
"""The importance words as index terms: the flip a contradiction reads, not words to find."""
_DENIALS = frozenset(("not", "never", "no", "hardly", "neither", "nor", "cannot"))


@lru_cache(maxsize=16384)
def importance(text: str) -> int | None:
    """+1 when `text` says something matters ("is critical", "not dispensable"), -1 when it
    says it does not ("is dispensable", "is not necessary"), None when it says neither: its
    first importance word, denied by a negation up to three words before it."""
    signs = _signed_words(text, IMPORTANT_WORDS, DISPENSABLE_WORDS)
    return signs[0] if signs else None


def _signed_words(text: str, positive: frozenset[str], negative: frozenset[str]) -> list[int]:
    """For each word of `text` in `positive` (+1) or `negative` (-1), in order, its sign,
    turned round when a negation stands up to three words before it ("not bad", "is not
    necessary")."""
    words = re.findall(r"[a-z]+(?:['’]t)?", text.casefold())
    signs = []
    for index, word in enumerate(words):
        sign = 1 if word in positive else -1 if word in negative else 0
        if sign:
            denied = any(before in _DENIALS or before.endswith(("n't", "n’t"))
                         for before in words[max(0, index - 3):index])
            signs.append(-sign if denied else sign)
    return signs


QUALITY_WORDS = GOOD_WORDS | POOR_WORDS
"""The judgement words, read whole (a five-letter stem would take "accuracy" for "accurate"):
the flip a contradiction reads, not words to find."""

# Chance: the floor every classifier is measured against. "well above chance" judges a result
# good, "stays at chance level" or "no better than chance" judges it worthless; "chance level
# <0.0001" only names the floor and judges nothing.
_AT_CHANCE = re.compile(
    r"\b(?:(?:at|near|around|close\s+to)\s+(?:the\s+)?chance(?:[- ]levels?)?"
    r"|chance[- ]level\s+(?:performance|accuracy|results?)"
    r"|(?:no|not|hardly)\s+(?:significantly\s+)?(?:better|higher|above)\s+(?:than\s+)?"
    r"(?:the\s+)?(?:random\s+)?chance)\b", re.I)
_ABOVE_CHANCE = re.compile(
    r"\b(?:above|better\s+than|higher\s+than|exceed(?:s|ed|ing)?|beat(?:s|ing)?)\s+"
    r"(?:the\s+)?(?:random\s+)?chance(?:[- ]levels?)?\b", re.I)


@lru_cache(maxsize=16384)
def quality(text: str) -> int | None:
    """+1 when `text` judges a result good ("gives surprisingly good results", "well above
    chance", "not bad"), -1 when it judges one poor ("gave poor precision", "stays at chance
    level", "not accurate"), None when it judges none or both ways ("good for nouns, poor for
    prepositions": which one the claim is about is not read here). A judgement word is denied
    by a negation up to three words before it."""
    signs: set[int] = set()
    denied_chance = set()
    for match in _AT_CHANCE.finditer(text):
        signs.add(-1)
        denied_chance.add(match.end())
    if any(match.end() not in denied_chance for match in _ABOVE_CHANCE.finditer(text)):
        signs.add(1)
    signs.update(_signed_words(text, GOOD_WORDS, POOR_WORDS))
    return signs.pop() if len(signs) == 1 else None


# A judgement stated against a reference: "gave poor precision, far below the statistical
# models", "well above the baseline". The degree and the preposition restate the judgement.
_AGAINST = re.compile(r"\b(?:far|well|way|much)\s+(?:below|above|behind|ahead\s+of)\b", re.I)


@lru_cache(maxsize=16384)
def judgement_words(text: str) -> frozenset[str]:
    """The lower-case words that state `text`'s judgement (`quality`) beyond its
    judgement words: those of a chance phrase ("at chance level") and of a degree against a
    reference ("far below"). A passage that judges the other way is weighed without them: the
    flip itself is read by `quality`. Empty when the text judges nothing."""
    if quality(text) is None:
        return frozenset()
    spans = [match.group() for pattern in (_AT_CHANCE, _ABOVE_CHANCE, _AGAINST)
             for match in pattern.finditer(text)]
    return frozenset(word for span in spans for word in re.findall(r"[a-z]+", span.casefold()))


def _verb_forms(word: str) -> frozenset[str]:
    stem = word[:-1] if word.endswith("e") else word
    return frozenset((word, word + "s", word + "d" if word.endswith("e") else word + "ed",
                      stem + "ing", word + "ly"))


_ANTONYMS: dict[str, frozenset[str]] = {}
for _one, _other in ANTONYM_PAIRS:
    for _word, _opposite in ((_one, _other), (_other, _one)):
        for _form in _verb_forms(_word):
            _ANTONYMS[_form] = _ANTONYMS.get(_form, frozenset()) | _verb_forms(_opposite)
_OWN_FORMS = {form: _verb_forms(word) for one, other in ANTONYM_PAIRS for word in (one, other)
              for form in _verb_forms(word)}


@lru_cache(maxsize=65536)
def antonym_clash(claim: str, passage: str) -> bool:
    """Whether the claim says a word of `ANTONYM_PAIRS` ("removes") that the passage does not
    say, where the passage says its opposite ("adds"): a different statement that shares the
    other words. Read on whole words and their inflections."""
    said = set(re.findall(r"[a-z]+", claim.casefold()))
    theirs = set(re.findall(r"[a-z]+", passage.casefold()))
    return any(word in _ANTONYMS and not _OWN_FORMS[word] & theirs
               and _ANTONYMS[word] & theirs for word in said)


_SPELLING_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_SPELLING_SKIPPED = frozenset(("the", "of", "a", "an", "and", "for", "in", "on", "to", "with",
                               "by"))


@lru_cache(maxsize=16384)
def spells_out(acronym: str, text: str) -> bool:
    """Whether `text` spells out `acronym` by the initials of consecutive words (hyphenated
    parts count as words): "MLM" in "masked language modelling". An acronym of three letters
    or more may also skip up to two words between its first and last letter (function words
    aside), since a metric's qualifier often sits inside its name: "AUC" in "Area Under
    Precision-Recall Curve" and in "area under the precision/recall curve"."""
    letters = acronym.rstrip("s").casefold()
    if len(letters) < 2:
        return False
    words = [word.casefold() for word in _SPELLING_WORD.findall(text)]
    if letters in "".join(word[0] for word in words):
        return True
    if len(letters) < 3:
        return False
    initials = "".join(word[0] for word in words if word not in _SPELLING_SKIPPED)
    for start, initial in enumerate(initials):
        if initial != letters[0]:
            continue
        position, skipped = start, 0
        for letter in letters[1:]:
            position += 1
            while position < len(initials) and initials[position] != letter and skipped < 2:
                position, skipped = position + 1, skipped + 1
            if position >= len(initials) or initials[position] != letter:
                break
        else:
            return True
    return False
