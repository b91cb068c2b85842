"""Find the sentences of a paper that may speak to a claim.

A claim and the passage that backs it rarely share their wording: a synthesis report says "The
ANLI+ intermediate task contains 1,104,934 training examples", the paper (or its card) says
"ANLI+ joins ANLI rounds 1 to 3, MNLI and ... for 1,104,934 training examples in all". What
they share are the names and the numbers, and a few content words. So retrieval has two
stages, both vectorised:

1. An inverted index maps each content word (cut to its first five letters, a cheap stemmer
   that makes "improves" and "improvement" one term), each entity name and each number to the
   ids of the sentences holding it. A claim's terms, weighted by how rare they are in the
   paper (idf), are summed per sentence with numpy: `coverage` is the share of the claim's
   weight a sentence holds. Entity names and numbers count double, because they are what a
   claim is about. This ranks paraphrases that share names and numbers high, and it costs a
   few array additions per claim whatever the size of the paper.
2. The best sentences by coverage (a shortlist of `SHORTLIST`) are scored with rapidfuzz
   (`process.cdist` with `token_set_ratio`, one C call for the whole shortlist), which rewards
   sentences that contain the claim's words in any order and tolerates small spelling
   differences that the exact index misses. Scoring the shortlist rather than every sentence
   keeps a claim at tens of microseconds on a paper of hundreds of sentences.

The final score is the mean of the two (both in [0, 1]).

Truncated claims (cut by the report generator mid-word, see `Claim.truncated`) are matched by
their printed prefix: the last, possibly cut, word is dropped before scoring, and a number the
cut may have shortened (`Quantity.cut_off`) finds sentences whose numbers start with the
printed digits ("of 1,104" finds 1,104,934). `token_set_ratio` scores a prefix that a sentence
contains in full as a full match, so the missing rest of the claim costs nothing.

Sentences that cross a page break are single `Sentence` records already (page, end_page), so
nothing here needs to know about pages.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process, utils

from verify_claims.claims import Claim, Paper, Quantity, Sentence
from verify_claims.extract.footnotes import in_footnote

from .memo import Memo
from .micro_sign import ascii_micro

SHORTLIST = 16
"""How many sentences (best by index coverage) the fuzzy scorer sees per claim."""

STEM_LENGTH = 5
"""Words are cut to this many letters: a crude stemmer, good enough to join inflections."""

NAME_WEIGHT = 2.0
"""Entity names and numbers weigh this much more than a content word of the same rarity."""

_WORD = re.compile(r"[^\W\d_][\w+\-]*|\d[\d.,]*\d|\d")
_DIGITS = re.compile(r"\d[\d.,]*\d|\d")
_STOP_WORDS = frozenset((
    "a", "an", "the", "of", "on", "in", "at", "by", "for", "from", "to", "with", "than", "and",
    "or", "but", "as", "into", "over", "per", "across", "each", "every", "is", "are", "was",
    "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "that", "which",
    "who", "whose", "this", "these", "those", "it", "its", "their", "our", "we", "they", "he",
    "she", "his", "her", "them", "us", "i", "you", "your", "also", "only", "such", "when",
    "while", "whereas", "if", "then", "there", "here", "both", "all", "any", "some", "more",
    "most", "other", "others", "can", "could", "may", "might", "will", "would", "shall", "should",
    "so", "very", "not", "no", "nor", "neither", "either",
))


def content_terms(text: str) -> list[str]:
    """The stemmed content words and numbers of `text`, in order (stop words dropped).

    Numbers lose their thousands separators ("1,104,934" → "1104934") so that "1104934" and
    "1,104,934" are one term; a trailing full stop is not part of a number.

    Remembered per text (`_content_terms`): the checkers ask it of the same sentences, claims
    and words again and again (a hundred thousand times for 4,000 claims). The list is the
    caller's own."""
    return list(_content_terms(text))


@lru_cache(maxsize=16384)
def _content_terms(text: str) -> tuple[str, ...]:
    terms = []
    for token in _WORD.findall(text.casefold()):
        if token[0].isdigit():
            terms.append(token.rstrip(".").replace(",", ""))
        elif token not in _STOP_WORDS:
            terms.append(ascii_micro(token)[:STEM_LENGTH])  # "µm" is "um" (micro_sign.py)
    return tuple(terms)


def printed_digits(quantity: Quantity) -> str:
    """The number as printed, without sign, unit or thousands separators: "1,104,934 examples"
    → "1104934", "5.4" → "5.4". Used to match a cut-off number by its prefix."""
    match = _DIGITS.search(quantity.text)
    return match.group().replace(",", "") if match else ""


_COUNTED = re.compile(r"\s*([^\W\d_][\w\-]*)")


def counted_key(text: str, quantity: Quantity) -> str | None:
    """The noun a number counts, as an index key: "430 hours" → "=hour". Papers print a
    count right before its noun, so a claim's wrong count ("340 hours") and the paper's count
    of the same noun ("The acoustic models were trained on 430 hours") share this key even
    when they share little else. The same reading on both sides keeps them comparable; a number
    followed by a stop word or by nothing counts no noun here."""
    match = _COUNTED.match(text, quantity.span[1])
    if match is None or match.group(1).casefold() in _STOP_WORDS:
        return None
    term = content_terms(match.group(1))
    if not term or term[0][0].isdigit():
        return None
    word = term[0]
    return "=" + (word[:-1] if len(word) > 3 and word.endswith("s") else word)


def value_key(value: float) -> str:
    """A number as an index term, equal for 9, 9.0 and "nine"."""
    return f"#{value:.6g}"


def query_text(claim: Claim) -> str:
    """The claim text used for matching: a truncated claim loses its last, possibly cut, word."""
    text = claim.text.strip()
    if claim.truncated and " " in text:
        text = text.rsplit(" ", 1)[0]
    return text


_CLAIM_TEXTS: Memo[tuple[str, bool], tuple[tuple[str, ...], str]] = Memo(4096)


def _claim_text(claim: Claim) -> tuple[tuple[str, ...], str]:
    """The content terms of the claim's query text and that text as rapidfuzz compares it:
    the same for every paper the claim cites, so computed once per distinct text (and cut),
    which is all they depend on."""
    def make() -> tuple[tuple[str, ...], str]:
        text = query_text(claim)
        return tuple(content_terms(text)), utils.default_process(text)

    return _CLAIM_TEXTS.get((claim.text, claim.truncated), make)


# A claim's index terms by kind: its words, its names, per number its value term or, when the
# number is cut, its printed digits, with whether it is cut; and the nouns its uncut numbers
# count (`counted_key`).
_ClaimTerms = tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, bool], ...],
                    frozenset[str | None]]
_CLAIM_TERMS: Memo[tuple[str, bool], _ClaimTerms] = Memo(4096)


def _claim_terms(claim: Claim) -> _ClaimTerms:
    """What `PassageIndex._query` weighs, by kind, once per distinct claim text (and cut):
    the claim's entities and quantities are parsed from its text, so they are the same for
    every paper it cites; only the weights are the paper's."""
    def make() -> _ClaimTerms:
        names = tuple("@" + entity.name.casefold() for entity in claim.entities)
        values = tuple((printed_digits(quantity), True) if quantity.cut_off
                       else (value_key(quantity.value), False)
                       for quantity in claim.quantities)
        counted = frozenset(counted_key(claim.text, quantity) for quantity in claim.quantities
                            if not quantity.cut_off)
        return _claim_text(claim)[0], names, values, counted

    return _CLAIM_TERMS.get((claim.text, claim.truncated), make)


class PassageIndex:
    """The sentences of one paper version, indexed for `candidates`. Build it once per paper:
    building is linear in the paper's length, querying is not."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.sentences: list[Sentence] = list(paper.sentences)
        self._texts = [utils.default_process(sentence.text) for sentence in self.sentences]
        postings: dict[str, set[int]] = defaultdict(set)
        digits: set[tuple[str, int]] = set()
        for number, sentence in enumerate(self.sentences):
            for term in content_terms(sentence.text):
                postings[term].add(number)
            for entity in sentence.entities:
                postings["@" + entity.name.casefold()].add(number)
            for quantity in sentence.quantities:
                postings[value_key(quantity.value)].add(number)
                counted = counted_key(sentence.text, quantity)
                if counted is not None:
                    postings[counted].add(number)
                digits.add((printed_digits(quantity), number))
        # A word's weight is read from the body's sentences alone: the footnotes, each read as
        # a passage of its own (extract/footnotes.py), repeat the body's words ("venues" in
        # two footnotes of SPECTER), and weighing them in moved every claim's word weights by
        # a few thousandths, enough to tip verdicts that sat at a threshold (round 33).
        body = [number for number, sentence in enumerate(self.sentences)
                if not in_footnote(sentence.section)]
        count = self._body_count = len(body)
        in_body = set(body) if count < len(self.sentences) else None
        self._postings = {term: np.fromiter(sorted(ids), dtype=np.intp, count=len(ids))
                          for term, ids in postings.items()}
        self._idf = {term: self._inverse_frequency(
                         len(ids) if in_body is None else len(ids & in_body), count)
                     for term, ids in postings.items()}
        self._unseen_idf = self._inverse_frequency(0, count)
        self._body_terms = None if in_body is None else frozenset(
            term for term, ids in postings.items() if not ids.isdisjoint(in_body))
        # Sorted printed numbers, for prefix look-ups of cut-off numbers with bisect.
        self._digits = sorted(digits)
        # What checkers derive from a sentence once, keyed by (checker, position).
        self.prepared: dict[tuple[str, int], object] = {}

    @staticmethod
    def _inverse_frequency(frequency: int, count: int) -> float:
        # Smoothed idf: positive even for a term in every sentence, largest for unseen terms.
        return math.log((count + 1) / (frequency + 0.5)) + 0.1

    def has_term(self, term: str) -> bool:
        """Whether any sentence of the paper's body holds the index term (a word its footnotes
        alone use weighs as one it never uses, as before footnotes were read)."""
        return term in self._postings if self._body_terms is None else term in self._body_terms

    def term_weight(self, term: str) -> float:
        """How much finding (or missing) a term says: its idf in this paper, the largest for a
        term the paper never uses. A direction class token (verify/content.py) weighs as a
        term found in a tenth of the sentences."""
        if term.startswith("^"):
            return self._inverse_frequency(self._body_count // 10, self._body_count)
        return self._idf.get(term, self._unseen_idf)

    def _query(self, claim: Claim) -> dict[str, float]:
        """The claim's index terms and their weights."""
        idf, unseen = self._idf, self._unseen_idf
        words, names, values, _ = _claim_terms(claim)
        weights = {term: idf.get(term, unseen) for term in words}
        for term in names:
            weights[term] = NAME_WEIGHT * idf.get(term, unseen)
        for term, cut in values:
            if cut:
                # A cut number stands for any number that starts with its printed digits; its
                # own digits (possibly a fragment) are not a term.
                weights.pop(term, None)
                for found in self._prefix_terms(term):
                    weights[found] = NAME_WEIGHT * idf[found]
                continue
            weights[term] = NAME_WEIGHT * idf.get(term, unseen)
        return weights

    def _prefix_terms(self, prefix: str) -> list[str]:
        """Index terms of the numbers whose printed digits start with `prefix`."""
        if not prefix:
            return []
        start = bisect.bisect_left(self._digits, (prefix, -1))
        terms = []
        for digits, number in self._digits[start:]:
            if not digits.startswith(prefix):
                break
            for quantity in self.sentences[number].quantities:
                if printed_digits(quantity) == digits:
                    terms.append(value_key(quantity.value))
        return list(dict.fromkeys(terms))

    def coverage(self, claim: Claim) -> np.ndarray:
        """Per sentence, the share of the claim's term weight it holds (0..1)."""
        return self._coverages(claim)[0]

    def _coverages(self, claim: Claim) -> tuple[np.ndarray, np.ndarray]:
        """`coverage`, and the same without the claim's numbers: the context a number is
        claimed in, which a source that gives another number still shares."""
        weights = self._query(claim)
        count = len(self.sentences)
        total = context_total = 0.0
        postings = self._postings
        # One `np.bincount` per sum instead of one indexed addition per term: bincount adds
        # the weights in the order given, term after term, so the sums are the same floats.
        # Both sums read one concatenation of the posting lists; a number's weight is 0.0 in
        # the context sum, and adding 0.0 to a sum of positive weights changes no bit.
        found: list[np.ndarray] = []
        found_weights: list[float] = []
        word_weights: list[float] = []
        for term, weight in weights.items():
            is_number = term.startswith("#") or term[0].isdigit()
            total += weight
            context_total += 0.0 if is_number else weight
            ids = postings.get(term)
            if ids is not None:
                found.append(ids)
                found_weights.append(weight)
                word_weights.append(0.0 if is_number else weight)
        if not found:
            return np.zeros(count), np.zeros(count)
        ids = np.concatenate(found) if len(found) > 1 else found[0]
        lengths = [len(array) for array in found]
        held = np.bincount(ids, weights=np.repeat(found_weights, lengths), minlength=count)
        context = np.bincount(ids, weights=np.repeat(word_weights, lengths), minlength=count)
        return held / (total or 1.0), context / (context_total or 1.0)

    def candidates(self, claim: Claim, limit: int = 8) -> list[tuple[Sentence, float]]:
        """The sentences most likely to speak to `claim`, best first, with a score in [0, 1].

        Only sentences that share at least one term with the claim are returned."""
        return [(self.sentences[number], score)
                for number, score, _ in self.ranked(claim, limit)]

    def ranked(self, claim: Claim, limit: int = 8,
               counted: int = 0) -> list[tuple[int, float, float]]:
        """`candidates` as positions in `sentences` (for callers that cache per sentence),
        each with its score and its context score: the score with the claim's numbers left
        out of the coverage, which is what a source that gives another number still shares
        with the claim.

        With `counted`, up to that many more sentences follow the best `limit`: those that
        count the noun a claimed number counts (`counted_key`), best by context. A wrong
        count's source gives another number for the same noun, so it lacks the claimed value
        that weighs twice in the score and often ranks far below sentences that merely repeat
        the claim's words."""
        if not self.sentences or limit <= 0:
            return []
        covered, context = self._coverages(claim)
        hits = np.flatnonzero(covered)
        if hits.size > SHORTLIST:
            hits = hits[np.argpartition(covered[hits], -SHORTLIST)[-SHORTLIST:]]
        if hits.size == 0:
            return []
        order = self._scored(claim, hits, covered, context, limit)
        if counted > 0:
            chosen = {number for number, _, _ in order}
            extra = self._counting(claim, chosen)
            if extra.size:
                extra = extra[np.argsort(-context[extra], kind="stable")[:counted]]
                order += self._scored(claim, extra, covered, context)
        return order

    def _scored(self, claim: Claim, hits: np.ndarray, covered: np.ndarray,
                context: np.ndarray,
                limit: int | None = None) -> list[tuple[int, float, float]]:
        """The sentences `hits` with their scores (mean of coverage and fuzzy match), best
        first; the best `limit` of them when given (only those are rounded and paired with
        their context score)."""
        query = _claim_text(claim)[1]
        numbers = hits.tolist()
        texts = self._texts
        # The fuzzy scores stay as rapidfuzz gives them (float32, divided in float32); the
        # rest is plain Python on the shortlist's dozen numbers, where each numpy operation
        # cost more than its arithmetic. The floats are the same: `tolist` converts exactly,
        # halving is exact in either width, and each sum is one float64 addition, as numpy
        # does it; `sorted` is stable, as the `argsort(kind="stable")` it replaces.
        fuzzy = (process.cdist([query], [texts[number] for number in numbers],
                               scorer=fuzz.token_set_ratio)[0] / 100.0).tolist()
        scores = [0.5 * held + 0.5 * match
                  for held, match in zip(covered[hits].tolist(), fuzzy, strict=True)]
        contexts = context[hits].tolist()
        order = sorted(range(len(numbers)), key=lambda rank: -scores[rank])[:limit]
        return [(numbers[rank], round(scores[rank], 3),
                 round(0.5 * contexts[rank] + 0.5 * fuzzy[rank], 3)) for rank in order]

    def _counting(self, claim: Claim, chosen: set[int]) -> np.ndarray:
        """The sentences not in `chosen` that count a noun the claim's numbers count."""
        keys = _claim_terms(claim)[3]
        arrays = [self._postings[key] for key in keys if key in self._postings]
        if not arrays:
            return np.zeros(0, dtype=np.intp)
        found = np.unique(np.concatenate(arrays))
        return found[~np.isin(found, list(chosen))] if chosen else found


_SHARED: dict[int, tuple[Paper, tuple[int, ...], PassageIndex]] = {}
_SHARED_SIZE = 64


def index_of(paper: Paper) -> PassageIndex:
    """The `PassageIndex` of a paper object, built once and shared by the checkers that need
    one (the engine's source check and the table check's word weights built one each). The
    cache holds the paper itself, so its id is not reused while cached; a paper whose list
    of sentences changed is indexed again."""
    sentences = tuple(map(id, paper.sentences))
    cached = _SHARED.get(id(paper))
    if cached is not None and cached[0] is paper and cached[1] == sentences:
        return cached[2]
    index = PassageIndex(paper)
    if len(_SHARED) >= _SHARED_SIZE:
        _SHARED.pop(next(iter(_SHARED)))
    _SHARED[id(paper)] = (paper, sentences, index)
    return index
