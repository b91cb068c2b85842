"""A sentence's number that belongs to something else than the claim's number: a model's name
printed as its size, or another thing of the same kind named in the number's own clause.

Model names: "PaLM-62B finetuned ReAct outperforming all 540B prompting methods"
(arXiv:2210.03629) writes "540B" for "PaLM-540B", the model the paper names with that size
glued on. The claim "prompted ReAct performs worst of the four methods" was contradicted by it,
"540B ... methods" read as a count of methods. A number written with a multiplier glued to it
("540B", "62B", "7B") that the paper also prints glued by a hyphen after a name ("PaLM-540B")
is that name (`names_model`): it counts nothing, and contradicts no count. A count of tables
or tokens with a multiplier ("50.8M tables") is never printed after a name and a hyphen, so it
is compared as before.

Other things of one kind: "We collect web tables from Wikipedia and the WDC WebTable Corpus,
meanwhile, build a large-scale web-crawled spreadsheet corpus including 115 million tables"
(arXiv:2010.12537) counts the spreadsheet corpus's tables. The claim "the pre-training data
include 50.8 million tables from the WDC web table corpus" finds all its words in it, and was
contradicted by 115 million. The claim names its thing by a coined name ("WDC") and a head noun
("corpus"); the sentence prints that name before the same head noun in one clause, and the
head noun again, without the name, in the clause of its number (after the last comma, ";",
":" or conjunction before it): that number is of another corpus (`other_head`), and
contradicts nothing. "On SQuAD, the model reaches 93.2 F1" prints no head noun after the name,
so its number is compared as before.
"""

from __future__ import annotations

import re

from verify_claims.claims import Quantity

from .coined_names import coined
from .passages import PassageIndex, content_terms
from .variant_names import _paper_text

__all__ = ["names_model", "number_owner", "other_head"]

MODEL = "its number {found} is a model's name printed as its size ({name}), not a count"
OTHER = ("its number {found} is of another {head} than the claim's {claimed}, named in the "
         "number's own clause")

_SIZE = re.compile(r"\d+(?:\.\d+)?[KMBT]")
# Where the clause of a number starts, looking back from it.
_CLAUSE = re.compile(r"[,;:()]|\b(?:and|but|while|whereas|which|meanwhile)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w\-]*")
_HEAD_SPAN = 3  # words after a name that may hold its head noun ("WDC WebTable Corpus")


def names_model(found: Quantity, index: PassageIndex | None) -> bool:
    """Whether `found` is a size with a multiplier glued on ("540B") that the paper also
    prints glued by a hyphen after a name ("PaLM-540B"): a model's name, not a count."""
    if index is None or not found.text or not _SIZE.fullmatch(found.text):
        return False
    pattern = rf"(?<![\w\-])[A-Za-z][\w.]*-{re.escape(found.text)}(?![\w.])"
    return re.search(pattern, _paper_text(index)) is not None


def _head(text: str, name: str) -> str | None:
    """The head noun printed after `name` in `text` (the last of up to three words before a
    punctuation mark or the end), as printed; None when no word follows it."""
    match = re.search(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text, re.IGNORECASE)
    if match is None:
        return None
    words = []
    for token in re.finditer(r"\S+", text[match.end():]):
        word = _WORD.fullmatch(token.group().rstrip(",;:."))
        if word is None:
            break
        words.append(word.group())
        if len(words) == _HEAD_SPAN or token.group()[-1] in ",;:.":
            break
    return words[-1] if words and content_terms(words[-1]) else None


def _term(word: str) -> str:
    return content_terms(word)[-1]


def other_head(claim_text: str, sentence_text: str, found: Quantity) -> bool:
    """Whether the sentence gives `found` for another thing of the kind the claim names
    (module docstring): the claim's coined name is printed before a head noun the claim also
    says, and the number's own clause holds that head noun but not the name."""
    before = sentence_text[:found.span[0]]
    cuts = [match.end() for match in _CLAUSE.finditer(before)]
    clause = before[cuts[-1]:] if cuts else before
    if not cuts:
        return False
    clause_terms = set(content_terms(clause))
    claim_terms = set(content_terms(claim_text))
    for name in coined(claim_text):
        if re.search(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", clause, re.IGNORECASE):
            return False  # the number's clause names the claim's thing
    for name in coined(claim_text):
        head = _head(before, name)
        if head is not None and _term(head) in claim_terms and _term(head) in clause_terms:
            return True
    return False


def number_owner(claim_text: str, sentence_text: str, found: Quantity,
                 index: PassageIndex | None) -> str | None:
    """Why the sentence's `found` is not the claim's number to compare (a model's name, another
    thing of the claim's kind), as an explanation; None when it may be compared."""
    if names_model(found, index):
        match = re.search(rf"(?<![\w\-])[A-Za-z][\w.]*-{re.escape(found.text)}(?![\w.])",
                          _paper_text(index))
        return MODEL.format(found=found.text, name=match.group() if match else found.text)
    if other_head(claim_text, sentence_text, found):
        names = [name for name in coined(claim_text) if _head(sentence_text, name)]
        head = (_head(sentence_text, names[0]) or "thing") if names else "thing"
        return OTHER.format(found=found.text, head=head.casefold(),
                            claimed=names[0].upper() if names else "one")
    return None
