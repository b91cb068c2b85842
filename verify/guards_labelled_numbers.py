"""Numbers a sentence prints each with its own label: a count of the same noun twice, slash
lists, and "<number> in <name>" lists (red team 10, round 19).

Papers state several numbers of one kind in one sentence, each tied to its own label by the
way the sentence is written; a number read without its label is another thing's:

- Two counts of one noun for two settings: "All models are trained on 3 million triples (from
  600K positive pairs), and tested on 50K positive pairs" (Hu et al., arXiv:1503.03244, page
  7; the table beside it interleaved "ARC-I 47.51" into "600K positive pairs" in the text
  layer) contradicted "trained on 3 million triples built from 600K positive pairs" with 50K.
  A sentence that prints the claim's own phrase for its count (the word before the number,
  the number, and within a few words the claim's counted noun: "from 600K ... pairs") gives
  that count as well, unless a word sets the phrase aside ("synchronous parameter updates
  across four GPUs instead of asynchronous updates across 32 GPUs" still contradicts "32
  GPUs"); its other count of the noun is another setting's,
  and it contradicts nothing (`prints_claimed_count`). A count inside a slash list is left to
  the list's labels ("500K/2000/2000 review-star pairs in train/dev/test" still contradicts
  "the test set has 500K pairs").
- Slash lists: "split 549,367 / 9,842 / 9,824 into train/dev/test" (Yin and Schuetze,
  arXiv:1710.00519, page 7) confirmed "The SNLI dev set has 9,824 pairs". A list of n numbers
  joined by slashes and a list of n labels joined by slashes pair in order; a claimed number
  at place k, in a claim that names another label of the list and not the k-th, is that other
  label's number, never the claim's (`slash_owner`).
- "<number> in <name>" lists: "cosine similarity between 'inside' and 'in' is lower: .31 in
  word2vec, .46 in glove" (the same paper, page 7) confirmed ".46 in word2vec". When a
  sentence prints two or more "<number> in|on|with|under|using <name>" pairs with distinct
  names, each number is its name's (as `guards_number_owners` reads "<number> for <name>");
  a claimed number whose name the claim does not say, while the claim says another name of
  the list, is that other name's (`qualifier_owner`).

- "<label> = <number>" lists: "(central staining ICC = 0.71, local staining ICC = 0.59)"
  confirmed "The central staining ICC was 0.59" (verify/equated_labels.py, round 28).

The numbers are read from the claim's and the quote's text (bare decimals such as ".46" are
read by no parser). Each rule only withholds; none names a paper, a system or a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .equated_labels import equated_owner
from .undecided import decided, supporting_sources, undecide

_NUMBER = r"(?<![\w.])(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s*[KMB](?![A-Za-z])|%)?"
_NUMBER_RE = re.compile(_NUMBER)
_SCALE = {"k": 1e3, "m": 1e6, "b": 1e9}
_WORD = re.compile(r"[A-Za-z][\w\-]*")
_STOP = frozenset({"of", "in", "on", "for", "with", "from", "to", "and", "or", "by", "at",
                   "the", "a", "an", "each", "per", "than", "as", "into", "over"})
_SLASH_NUMBERS = re.compile(rf"{_NUMBER}(?:\s*/\s*{_NUMBER})+")
_SLASH_LABELS = re.compile(r"(?<![\w/])[A-Za-z][A-Za-z\-]+(?:\s*/\s*[A-Za-z][A-Za-z\-]+)+"
                           r"(?![\w/])")
SET_ASIDE = re.compile(r"\b(?:instead\s+of|rather\s+than|as\s+opposed\s+to|not|unlike|than|"
                        r"versus|vs)\b", re.IGNORECASE)
"""Words that set the phrase after them aside ("four GPUs instead of ... 32 GPUs"): a count
printed there is the alternative the sentence rejects, not a count it gives."""
_QUALIFIED = re.compile(rf"({_NUMBER})\s+(?:in|on|with|under|using)\s+(?:the\s+)?"
                        r"([A-Za-z][\w\-]*)")


def value(text: str) -> float | None:
    """The value a printed number stands for ("600K" 600000, ".46" 0.46, "9,842" 9842)."""
    text = text.strip().rstrip("%").strip()
    scale = 1.0
    if text and text[-1].casefold() in _SCALE:
        scale, text = _SCALE[text[-1].casefold()], text[:-1].strip()
    try:
        return float(text.replace(",", "")) * scale
    except ValueError:
        return None


def _values(text: str) -> list[float]:
    return [found for match in _NUMBER_RE.finditer(text)
            if (found := value(match.group())) is not None]


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _stem(word: str) -> str:
    word = word.casefold()
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _counted_noun(claim_text: str, claimed: str) -> str | None:
    """The head noun the claim counts with `claimed` ("600K positive pairs" -> "pairs"): the
    last word of the up to three words after the number, before a preposition or a stop."""
    at = claim_text.find(claimed)
    if at < 0:
        return None
    rest = re.split(r"[,;:()]|\.(?!\d)", claim_text[at + len(claimed):], maxsplit=1)[0]
    words: list[str] = []
    for word in _WORD.findall(rest):
        if word.casefold() in _STOP or len(words) == 3:
            break
        words.append(word)
    return _stem(words[-1]) if words else None


def prints_claimed_count(claim_text: str, claimed: str, quote: str) -> bool:
    """Whether `quote` prints the claim's own phrase for its count: the word before `claimed`
    in the claim, then `claimed`, then within five words the noun the claim counts with it
    ("from 600K positive ... pairs"); the count of that noun the claim gives is the
    sentence's too. The same number after another word ("BERTLARGE contains 340M parameters"
    for "BERT-Base has 340M parameters") may be another subject's, and is left alone."""
    claimed_value, noun = value(claimed), _counted_noun(claim_text, claimed)
    at = claim_text.find(claimed)
    lead = _WORD.findall(claim_text[:at])[-1:] if at > 0 else []
    if claimed_value is None or noun is None or not lead:
        return False
    for match in _NUMBER_RE.finditer(quote):
        found = value(match.group())
        if found is None or not _same(found, claimed_value) \
                or quote[:match.start()].rstrip().endswith("/") \
                or quote[match.end():].lstrip().startswith("/"):
            continue  # a slash list pairs its numbers with labels of its own (`slash_owner`)
        before = _WORD.findall(quote[:match.start()])[-1:]
        after = [_stem(word) for word in _WORD.findall(quote[match.end():])[:5]]
        if noun in after and before and before[0].casefold() == lead[0].casefold() \
                and not SET_ASIDE.search(" ".join(_WORD.findall(quote[:match.start()])[-8:])):
            return True
    return False


def _label_said(label: str, claim_words: list[str]) -> bool:
    label = label.casefold()
    return any(len(word) >= 3 and (word.startswith(label) or label.startswith(word))
               for word in claim_words)


def slash_owner(claim_text: str, quote: str) -> tuple[str, str] | None:
    """The label a slash list gives the claim's number to and the other label of that list the
    claim says instead ("9,824" is "test"'s; the claim says "dev"), else None."""
    claim_values = _values(claim_text)
    if not claim_values:
        return None
    label_lists = [[part.strip() for part in match.group().split("/")]
                   for match in _SLASH_LABELS.finditer(quote)]
    if not label_lists:
        return None
    claim_words = [word.casefold() for word in _WORD.findall(claim_text)]
    for match in _SLASH_NUMBERS.finditer(quote):
        numbers = [value(part) for part in match.group().split("/")]
        for labels in label_lists:
            if len(labels) != len(numbers) or min(len(label) for label in labels) < 3:
                continue
            said = [i for i, label in enumerate(labels) if _label_said(label, claim_words)]
            for place, number in enumerate(numbers):
                if number is None or place in said or not said:
                    continue
                if any(_same(number, claimed) for claimed in claim_values):
                    return labels[place], labels[said[0]]
    return None


def qualifier_owner(claim_text: str, quote: str) -> tuple[str, str] | None:
    """The name a "<number> in <name>" list gives the claim's number to and the other name of
    the list the claim says instead (".46 in glove"; the claim says "word2vec"), else None."""
    pairs = [(value(match.group(1)), match.group(2)) for match in _QUALIFIED.finditer(quote)]
    pairs = [(number, name) for number, name in pairs if number is not None]
    if len({_stem(name) for _, name in pairs}) < 2:
        return None
    said = {_stem(word) for word in _WORD.findall(claim_text)}
    for claimed in _values(claim_text):
        owners = {_stem(name) for number, name in pairs if _same(number, claimed)}
        if not owners or owners & said:
            continue
        others = [name for _, name in pairs if _stem(name) in said and _stem(name) not in owners]
        if others:
            owner = next(name for number, name in pairs if _stem(name) in owners)
            return owner, others[0]
    return None


def guard_labelled_numbers(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradicting source check whose quote prints the claimed count of the
    claim's noun too, and each supporting one whose quote gives the claimed number to another
    label of a slash list or another name of a "<number> in <name>" list. In place."""
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        for evidence in check.evidence:
            pair = next((pair for pair in evidence.numbers if not pair.agree
                         and prints_claimed_count(claim.text, pair.claimed, evidence.quote)),
                        None)
            if pair is not None:
                undecide(check, f"The passage prints the claimed {pair.claimed} as well; its "
                                f"{pair.found} counts the same thing in another setting")
                break
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            hit = slash_owner(claim.text, evidence.quote) \
                or qualifier_owner(claim.text, evidence.quote) \
                or equated_owner(claim, evidence.quote)  # "A = 0.71, B = 0.59"
            if hit is not None:
                undecide(check, f"The passage gives the number to \u201c{hit[0]}\u201d, not "
                                f"to \u201c{hit[1]}\u201d, which the claim names")
                break
