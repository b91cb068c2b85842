"""Whole-content matching: is everything a claim asserts accounted for in one source passage?

Sharing names and numbers with a sentence is not enough to decide a claim. On real papers the
verifier confirmed "Decoders transfer better than encoders on all six target tasks" because
the paper says "six target tasks", and "model A outperforms model B" from a sentence comparing
model A fine-tuned with model A frozen. So a claim is split into the parts it asserts, and a
passage decides it only when every part is found there:

- words: each content word of the claim (stemmed like the passage index does), found in the
  passage, i.e. the sentence, its neighbours in the same section, the section title and the
  paper's title (the topic every passage speaks within; `passage_windows`) (a
  table cell's passage is its row and column headers and the caption, see table_check). Each
  part is labelled for the explanation: `subject` (a name the entity tagger knows),
  `condition` (split and setting words: fine-tuned, frozen, dev, test, zero-shot...),
  `measure` (the counted or measured noun right after a number: "41.3M records"), `relation`
  (direction and comparison words) or `word`;
- relation: a direction word ("improves", "lowers") is found when the passage holds any word
  of the same direction (the lexicon of extract/polarity.py: helps, benefits, gains, raises...),
  read as a whole word or an inflection of one (a five-letter stem would read "inference" as
  "inferior"), and a comparison keeps its arguments in order (`comparison_kept`: read through
  the words between the comparative and "than", "lower quality than", and through the words
  that tell the two arguments apart);
- values: compared by the source check, number against number of the same measure
  (`measure_of`, `same_measure`).

Missing words are weighted by how rare they are in the paper (the square of the passage
index's idf over the paper's sentences), so that a word the paper uses everywhere ("model")
costs little and a rare one costs much. A word the paper never uses weighs most, scaled by how
specific it is in English (`specificity`, from wordfreq): "goes" or "during" say little,
"decoders" says much. `Accounting.confirms` says whether the passage may confirm the claim: no
name, measure or setting that the paper never uses (`Accounting.unseen_named`), and missing
words worth at most `MAX_MISSING` of the claim's weight. A contradiction, which is worse when
wrong, needs the passage to hold the claim's content more fully (`Accounting.contradicts`).

Generic words that a paraphrase adds freely ("shows", "substantially", "the authors",
"overall") are not parts (`GENERIC`).

A claim words things in other forms than its paper, and a part is found in any of them:
the synonyms of the field (claims/vocabulary.py: "needs"/"requires", "embeddings"/
"representations"), a compound with or without its hyphen ("re-trained", "retrained"), a
phrasal verb and its one-word form ("left out", "excluded"), an acronym either way ("MLM" for
"masked language modelling", "open information extraction" for "Open IE").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from wordfreq import zipf_frequency

from verify_claims.claims import Claim, Quantity, Sentence
from verify_claims.claims.vocabulary import NEGATION_WORDS
from verify_claims.extract.footnotes import in_footnote

from .byline import by_authors, owner_names
from .comparisons import _comparisons, comparison_kept_in
from .content_words import (
    _CAUSAL,
    _CAUSE,
    _COMPARISON_WORDS,
    _CONDITION_WORDS,
    _DOWN,
    _MEASURE_SKIP,
    _NOT_MEASURE,
    _OF_THE,
    _PHRASAL,
    _SPELLED,
    _TOKEN,
    _UP,
    GENERIC,
    capitalised_inside,
)
from .content_words import (
    CITATION as _CITATION,
)
from .definitions import glossary
from .dotted_initials import expand_dotted
from .header_contractions import ORDINAL_ENDS
from .memo import Memo

# Re-exported: the checks ask content.py for a passage's words as for a claim's parts.
from .passage_windows import WINDOW as WINDOW
from .passage_windows import own_subject_terms as own_subject_terms
from .passage_windows import passage_terms as passage_terms
from .passage_windows import section_neighbours as section_neighbours
from .passage_windows import signed_terms as signed_terms
from .passage_windows import topic_terms as topic_terms
from .passage_windows import window_terms as window_terms
from .passages import STEM_LENGTH, PassageIndex, content_terms, query_text
from .proper_names import proper_names
from .spelled_compounds import spelled_number_word
from .unit_compounds import denominator_at
from .word_forms import compound_found, derived_terms, frames, pronoun
from .wording import IMPORTANCE_TERMS, QUALITY_WORDS, judgement_words
from .wording import LOSS_OF as _LOSS_OF
from .wording import acronyms as _acronyms
from .wording import forms as _forms
from .wording import one_word as _one_word
from .wording import plain as _plain
from .wording import relation_of as _relation_of
from .wording import spelled as _spelled
from .wording import spells_out as _spells_out
from .wording import term_of as _term

MAX_MISSING = 0.3
"""The largest share of a claim's word weight (idf) that a confirming passage may lack."""
MAX_MISSING_CONTRADICT = 0.15
"""The same for a contradicting passage: it must say nearly all the claim says."""
MAX_TERMS = 60
"""Words of a claim that are weighed (a 5,000-character claim is judged on its first ones,
and cannot be confirmed: its other words are missing)."""


def _stem(word: str) -> str:
    return word[:STEM_LENGTH]


# Negation words as terms ("fails", "never", "without"; "not" and "no" are stop words already).
_NEGATION_TERMS = frozenset(term for word in NEGATION_WORDS for term in content_terms(word))


# --------------------------------------------------------------------------------------------
# The parts of a claim


@dataclass(frozen=True)
class Part:
    """One word-level part of a claim: its role, the word as printed, and the terms any of
    which accounts for it in a passage."""

    role: str  # subject, condition, measure, relation or word
    text: str
    term: str  # the index term (or a direction class token) looked up in the passage
    named: bool = False  # printed with capitals inside the claim: a name ("BERT", "LM")
    topic: bool = False  # set on a copy by `account`: the paper's title or abstract names it
    owner: bool = False  # a name in the possessive ("Bohnet's parser"): verify/byline.py


@dataclass(frozen=True)
class ClaimParts:
    parts: tuple[Part, ...]
    comparison: tuple[tuple[str, ...], tuple[str, ...], str] | None  # left, right, class
    wide_left: tuple[str, ...] = ()  # the comparison's left argument read wide
    compares: bool = False  # the claim says "than": a comparison, read or not
    words: tuple[str, ...] = ()  # the claim's words in order, lower-case, for acronyms
    judgement: frozenset[str] = frozenset()  # words stating its judgement ("at chance level")




_PARTS: Memo[tuple[str, bool], ClaimParts] = Memo(4096)


_ORDINAL_ENDS = ORDINAL_ENDS  # "10th": its ending is no word (verify/header_contractions.py)

# A lower-case word with digits after its letters names a dataset or a model as a capital does
# ("on text8", "enwik8"): a table that never says it cannot confirm it (heldout15's first run).
_CODE = re.compile(r"[a-z]{2,}\d+[a-z]*")


def claim_parts(claim: Claim) -> ClaimParts:
    """What the claim asserts, word by word (module docstring). Computed once per distinct
    claim text (the source and the table check of every cited paper ask for it; entities and
    quantities are parsed from the text, so the text decides)."""
    return _PARTS.get((claim.text, claim.truncated), lambda: _claim_parts(claim))


def states_cause(claim: Claim) -> bool:
    """Whether the claim gives a cause or a purpose ("because", "due to", "explains")."""
    return any(part.term == _CAUSE for part in claim_parts(claim).parts)


def _claim_parts(claim: Claim) -> ClaimParts:
    text = _CITATION.sub(lambda match: " " * len(match.group()), query_text(claim))
    text = _one_word(text)
    # Proper names only: a lower-case task category ("sentence retrieval") is a plain word.
    name_words = {word.casefold() for entity in claim.entities if not entity.name.islower()
                  for word in _TOKEN.findall(entity.text)}
    measures = {term for quantity in claim.quantities
                for term in measure_of(text, quantity)}
    parts: dict[str, Part] = {}
    numbers = [quantity.span for quantity in claim.quantities]
    owners = owner_names(text)
    previous_term: str | None = None
    for match in _TOKEN.finditer(text):
        word = match.group()
        lowered = word.casefold()
        if lowered[0].isdigit():
            previous_term = None
            continue
        before = text[match.start() - 1] if match.start() else " "
        if len(word) == 1 and (before.isdigit() or before in "'\u2019"):
            continue  # "146K", "ReVerb's"
        if before.isdigit() and lowered in _ORDINAL_ENDS:
            continue  # "10th percentile": the ending of the ordinal, no word of its own
        if lowered.endswith("-") and len(lowered) > 2:
            word, lowered = word[:-1], lowered[:-1]  # "fine-" of "fine- and coarse-grained"
        term, previous = _term(lowered), previous_term
        previous_term = term
        if term is None:
            continue
        if term in _SPELLED and any(start <= match.start() < end for start, end in numbers):
            continue  # a number: compared as a value by the source check
        if spelled_number_word(lowered, match.start(), match.end(), numbers, _SPELLED):
            continue  # "five-fold" is the number 5x (verify/spelled_compounds.py)
        if term in parts or (term in GENERIC and (term not in _SPELLED or pronoun(text, match))
                             and not capitalised_inside(text, match)):
            continue  # a generic word, unless capitalised as a name ("Founded": a column)
        if previous not in _SPELLED and previous not in GENERIC and frames(term, previous):
            continue  # "the parsing step" is the parsing (verify/word_forms.py)
        if lowered in _CAUSAL:
            parts.setdefault(_CAUSE, Part("relation", word, _CAUSE))
            continue
        relation = _relation_of(lowered)
        if relation is None and lowered in ("loss", "losses") and any(
                found.start() <= match.start() < found.end()
                for found in _LOSS_OF.finditer(text)):
            relation = _DOWN  # "a large loss in precision"
        if relation is not None:
            parts.setdefault(relation, Part("relation", word, relation))
            continue
        if lowered in ("up", "down") and parts and text[:match.start()].rstrip().rsplit(
                " ", 1)[-1].casefold() in _PHRASAL:
            # "goes up", "went down": a direction in two words.
            token = _UP if lowered == "up" else _DOWN
            parts.setdefault(token, Part("relation", word, token))
            continue
        if term in _COMPARISON_WORDS:
            continue  # "than": the comparison is checked for its order, not as a word
        role = ("subject" if lowered in name_words else "measure" if term in measures
                else "condition" if term in _CONDITION_WORDS else "word")
        named = any(letter.isupper() for letter in word[1:]) \
            or (word[0].isupper() and match.start() > 0) or _CODE.fullmatch(word) is not None
        parts[term] = Part(role, word, term, named, owner=lowered in owners)
        if len(parts) >= MAX_TERMS:
            break
    comparison, wide_left = _comparisons(text)
    words = tuple(piece for word in _TOKEN.findall(text.casefold()) for piece in word.split("-")
                  if piece)
    compares = re.search(r"\bthan\b", text, re.I) is not None
    return ClaimParts(tuple(parts.values()), comparison, wide_left=wide_left, words=words,
                      compares=compares, judgement=judgement_words(text))


# "most"/"least" before the adjective of a counted noun: a stop word that ended the noun phrase,
# so "the 500,000 most frequent n-grams" measured nothing and confirmed "the 500,000 most
# frequent words" (Zhang et al., arXiv:1509.01626, page 4).
_SUPERLATIVE_SKIP = frozenset(("most", "least"))


# An adverb of manner and the participle or adjective it qualifies modify the noun a number
# counts; they are not that noun: "300-dimensional publicly available GloVe embeddings"
# (arXiv:1710.00519, p.7) measures embeddings as "300-dimensional GloVe embeddings" does.
_MANNER = re.compile(r"[a-z]{3,}ly")
_QUALIFIED = re.compile(r"\s+[a-z\-]+(?:ed|able|ible|ive|al|ent|ant|ing)\b")


def _modifies(text: str, end: int) -> bool:
    """Whether the adverb ending at `end` qualifies the participle or adjective after it."""
    return _QUALIFIED.match(text, end) is not None


def measure_of(text: str, quantity: Quantity) -> tuple[str, ...]:
    """The counted or measured noun a number is about, as index terms: "41.3M records" →
    ("recor",), "six target tasks" → ("targe", "tasks"), "5.4 points over" → (). Only the
    words right after the number (its unit words skipped) count, up to two of them."""
    if quantity.unit and quantity.unit.isalpha() and quantity.unit not in _MEASURE_SKIP:
        found = content_terms(quantity.unit.replace("_", " "))
        return () if not found or found[-1] in _NOT_MEASURE else tuple(found[-2:])
    terms: list[str] = []
    position = quantity.span[1]
    share = quantity.unit == "%"  # "87.5% of the cards" measures cards
    modifier = False  # the word after an adverb of manner: "publicly available"
    for match in _TOKEN.finditer(text, position, min(len(text), position + 80)):
        if text[position:match.start()].strip(" -\u00a0"):
            break  # punctuation or a bracket ends the noun phrase
        position = match.end()
        word = match.group().casefold()
        if modifier or (terms and _MANNER.fullmatch(word) and _modifies(text, match.end())):
            modifier = not modifier  # "300-dimensional publicly available GloVe embeddings"
            continue  # measures GloVe embeddings (text21)
        if (word in _MEASURE_SKIP or (share and word in _OF_THE)
                or word in _SUPERLATIVE_SKIP) and not terms:
            continue  # "the 500,000 most frequent n-grams" counts n-grams (red team 8)
        stems = content_terms(word)
        if not stems or word[0].isdigit() or _relation_of(word) \
                or stems[0] in _NOT_MEASURE or stems[0] in _COMPARISON_WORDS:
            break
        if terms and denominator_at(text, match.start()):
            break  # "copies ng DNA\u22121": per ng of DNA (unit_compounds.py)
        terms.append(stems[0])
        if len(terms) == 2:
            break
    return tuple(terms)


def measures_whole(claimed: tuple[str, ...], found: tuple[str, ...]) -> bool:
    """The found number measures all the claim's number does: "0.4M nodes" is not surely
    "0.6M entity nodes" (other nodes may be meant), "54K documents" is "45K documents"."""
    return bool(claimed) and set(claimed) <= set(found)


def same_measure(claimed: tuple[str, ...], found: tuple[str, ...]) -> bool | None:
    """True when two numbers measure the same noun, False when they surely measure different
    ones ("cards" vs "papers"), None when either names none."""
    if not claimed or not found:
        return None
    return claimed[-1] == found[-1]


# --------------------------------------------------------------------------------------------
# Accounting for the parts in a passage


@dataclass
class Accounting:
    """Which parts of a claim one passage holds."""

    matched: list[Part] = field(default_factory=list)
    missing: list[Part] = field(default_factory=list)
    unseen: list[Part] = field(default_factory=list)  # parts the paper never uses
    missing_share: float = 0.0  # idf-weighted share of the claim's parts not in the passage
    comparison_ok: bool = True

    @property
    def asserts(self) -> bool:
        """Whether the claim has any part besides numbers: a claim of numbers alone asserts
        nothing a passage could be found to say."""
        return bool(self.matched or self.missing or self.unseen)

    @property
    def confirms(self) -> bool:
        return self.asserts and not self.unseen_named and not self.missing_named \
            and self.comparison_ok and not self.missing_relation \
            and self.missing_share <= MAX_MISSING

    @property
    def missing_relation(self) -> bool:
        """A relation of the claim (a direction, a cause) or a negation word of it ("without
        X", "never", "fails") that the passage never states: the claim then ties the passage's
        facts together on its own, or denies what the passage leaves open ("work well even
        without X" is not found in "work only if X is used", which shares every other word)."""
        return any(part.role == "relation" for part in self.missing) \
            or any(part.term in _NEGATION_TERMS for part in self.missing + self.unseen)

    @property
    def missing_named(self) -> bool:
        """A name of the claim ("arXiv", "SciBERT", a tagged entity) that the passage lacks
        and that is not the paper's own topic (`topic_terms`): the passage is about something
        else, however much else it shares."""
        return any((part.role == "subject" or part.named) and not part.topic
                   for part in self.missing)

    @property
    def contradicts(self) -> bool:
        return self.asserts and not self.unseen_named and not self.missing_named \
            and not self.missing_relation and self.comparison_ok \
            and self.missing_share <= MAX_MISSING_CONTRADICT

    @property
    def unseen_named(self) -> bool:
        """A name, measure or setting the paper never uses ("decoders", "BERT"): the claim is
        about something else whatever the rest holds. A plain word the paper never uses only
        weighs in `missing_share` (with the largest weight)."""
        return any(part.role in ("subject", "measure", "condition") or part.named
                   for part in self.unseen)

    def lacking(self) -> list[str]:
        """The missing parts as printed, unseen ones first, for explanations."""
        words = [part.text for part in self.unseen + self.missing]
        if not self.comparison_ok:
            words.append("the comparison in the claim's order")
        return list(dict.fromkeys(words))


def _part_weight(term: str, forms: set[str], index: PassageIndex) -> float:
    """What finding a part weighs in the paper: the idf of its likeliest form, squared (rare
    words weigh more); once per term and index, since claims repeat their words."""
    key = ("content_weight", term)
    cached = index.prepared.get(key)
    if isinstance(cached, float):
        return cached
    weight = min(index.term_weight(form) for form in forms) ** 2
    index.prepared[key] = weight
    return weight


def account(parts: ClaimParts, terms: frozenset[str], index: PassageIndex,
            sentences: Sequence[Sentence] = (), relation: bool = True) -> Accounting:
    """Which of the claim's parts the passage `terms` holds, weighed by rarity in the paper.
    `sentences` are the passage's own sentences, for the comparison's order. With `relation`
    False the direction and the negation words ("fails", "never") are left out (a passage that
    says the opposite is being weighed: the flip itself is read by polarity, not by words)."""
    result = Accounting()
    total = 0.0
    cost: dict[str, float] = {}  # what each part not found costs
    names = proper_names(index)
    # A footnote is read apart from its mark's sentence: the paper's topic is not lent to it.
    footnote = bool(sentences) and all(in_footnote(sentence.section) for sentence in sentences)
    for part in parts.parts:
        if not part.named and part.role == "word" and part.text[:1].isupper() \
                and part.text.casefold() in names:
            part = replace(part, named=True)  # the claim's first word, a name of the paper's
        if not relation and (part.role == "relation" or part.term in _NEGATION_TERMS
                             or part.term in IMPORTANCE_TERMS
                             or part.text.casefold() in QUALITY_WORDS
                             or part.text.casefold() in parts.judgement):
            continue  # the direction or negation the passage flips is weighed by polarity
        forms = set(_part_forms(part))
        weight = _part_weight(part.term, forms, index)
        total += weight
        derived = derived_terms(part.text.casefold()) \
            if part.role not in ("relation", "subject") and not part.named else frozenset()
        if not forms.isdisjoint(terms) or not derived.isdisjoint(terms):
            # In its own forms or a derivation ("parser" / "parsing", verify/word_forms.py);
            # whether the paper uses the word at all is read in the claim's own forms.
            result.matched.append(part)
        elif ((part.role == "subject" or part.named) and _plain(part.term) in topic_terms(index)
              and not footnote) \
                or by_authors(part.text, part.term, part.owner, parts.words, sentences, index):
            # The paper's own subject ("REALM", "ScienceParse"), which its passages call "our
            # system" or "this process", or its author named as the owner of the work
            # ("Bohnet's parser", verify/byline.py): found, at no cost.
            result.matched.append(replace(part, topic=True))
        elif part.role == "relation" and part.term in (_UP, _DOWN, _CAUSE):
            # A direction the paper never words as such still has to be found in the passage.
            cost[part.term] = weight
            result.missing.append(part)
        elif not any(index.has_term(form) for form in forms):
            cost[part.term] = weight * specificity(part.text)
            result.unseen.append(part)
        else:
            cost[part.term] = weight
            result.missing.append(part)
    for bucket in (result.missing, result.unseen):
        for part in list(bucket):
            if part.role != "relation" and compound_found(part.text, terms):
                bucket.remove(part)  # "full-data" printed "full data" (verify/word_forms.py)
                result.matched.append(part)
    _expand_acronyms(result, sentences)
    _contract_acronyms(result, parts.words, sentences)
    expand_dotted(result, parts.words, sentences)  # "U.S.": "United States" (dotted_initials)
    _defined_names(result, sentences, index)
    missing = sum(cost[part.term] for part in result.missing + result.unseen)
    result.missing_share = missing / total if total else 0.0
    if parts.comparison is not None and relation:
        result.comparison_ok = comparison_kept_in(parts, sentences, index)
    return result


@lru_cache(maxsize=65536)
def specificity(word: str) -> float:
    """How much a word the paper never uses says, from 0 (an everyday word: "goes", "during")
    to 1 (a rare one: "decoders"), by its Zipf frequency in English (wordfreq): a paraphrase
    brings everyday words of its own, a claim about something else brings rare ones."""
    return min(1.0, max(0.0, (6.0 - zipf_frequency(word.casefold(), "en")) / 4.0))


_ACRONYM = re.compile(r"[A-Z]{2,6}s?")



def _expand_acronyms(result: Accounting, sentences: Sequence[Sentence]) -> None:
    """An acronym of the claim ("MLM") that the passage spells out ("masked language
    modelling": consecutive words with those initials) is found there, not missing."""
    for bucket in (result.missing, result.unseen):
        for part in list(bucket):
            if not _ACRONYM.fullmatch(part.text):
                continue
            for sentence in sentences:
                if _spells_out(part.text, sentence.text):
                    bucket.remove(part)
                    result.matched.append(part)
                    break


def _contract_acronyms(result: Accounting, words: Sequence[str],
                       sentences: Sequence[Sentence]) -> None:
    """Words of the claim that the passage writes as an acronym ("open information
    extraction" for "Open IE", "area under the curve" for "AUC", "computer science" for
    "CS"): consecutive claim words (two to four, function words included as they are
    printed, hyphenated parts split) whose initials spell an acronym printed in the passage
    are found there."""
    if not words or not (result.missing or result.unseen):
        return
    acronyms = frozenset().union(*(_acronyms(sentence.text) for sentence in sentences))
    if not acronyms:
        return
    spelled = _spelled(tuple(words), acronyms)
    if not spelled:
        return
    for bucket in (result.missing, result.unseen):
        for part in list(bucket):
            pieces = [piece for piece in part.text.casefold().split("-") if piece]
            if pieces and all(piece in spelled for piece in pieces):
                bucket.remove(part)
                result.matched.append(part)


def _defined_names(result: Accounting, sentences: Sequence[Sentence],
                   index: PassageIndex) -> None:
    """A name of the claim that the passage prints by the other name the paper defines for
    it (verify/definitions.py): "labeled attachment score" where the sentence says "LAS",
    "nc" where it says "News Commentary", is found there."""
    if not sentences or not (result.missing or result.unseen):
        return
    names = glossary(index.paper)
    if not names:
        return
    terms = passage_terms(" ".join(names.other_names(sentence.text) for sentence in sentences))
    if not terms:
        return
    for bucket in (result.missing, result.unseen):
        for part in list(bucket):
            if part.role != "relation" and part_found(part, terms):
                bucket.remove(part)
                result.matched.append(part)


@lru_cache(maxsize=65536)
def _part_forms_of(term: str, text: str) -> frozenset[str]:
    forms = set(_forms(term))
    if "-" in text:  # "re-trained" is "retrained"
        forms |= {_plain(found) for found in content_terms(text.replace("-", ""))[:1]}
    lowered = text.casefold()
    if lowered.endswith(("ing", "ed")) and text[:1].isalpha():
        # An inflected verb is found where the paper prints its bare form: "pooling" / "pool",
        # "clustered" / "cluster" (the index's five-letter stem keeps them apart).
        bare = lowered[:-3] if lowered.endswith("ing") else lowered[:-2]
        if len(bare) >= 4:
            forms |= {_plain(found) for found in content_terms(bare)[:1]}
    return frozenset(forms)


def _part_forms(part: Part) -> frozenset[str]:
    """The passage terms any of which accounts for `part`."""
    if part.role == "relation":
        return frozenset((part.term,))
    return _part_forms_of(part.term, part.text)


def part_found(part: Part, terms: frozenset[str]) -> bool:
    """Whether passage `terms` hold `part` (in any of its forms and synonyms)."""
    return not _part_forms(part).isdisjoint(terms)


def describe(accounting: Accounting) -> str:
    """"no passage speaks of decoders and encoders"-style words for what was not found."""
    lacking = accounting.lacking()
    if not lacking:
        return ""
    quoted = [f"\u201c{word}\u201d" for word in lacking[:6]]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
    return listed + (f" (and {len(lacking) - 6} more)" if len(lacking) > 6 else "")
