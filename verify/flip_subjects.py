"""A flipped statement contradicts a claim only about the claim's own subject and comparison.

The source check contradicts a claim when a passage states its statement the other way (a
negation or a direction word flipped, verify/statement_polarity.py) and the passage accounts
for nearly all the claim says. "Nearly" lets a rare word or two go missing, and two wrong
contradictions came through that gap (probes of round 17 on arXiv:1607.04606 and
arXiv:2106.00676, both labelled from the page):

- "Morphological information does not help for semantic analogies" was contradicted by "On
  analogy tasks, we observe that using larger n-grams helps for semantic analogies" (page 7),
  although the paper says of morphological information "In contrast, it does not help for
  semantic questions" (page 5). Every word of the claim but "Morphological" is in the passage;
  the word missing is the subject. What helps there is another thing, larger n-grams.
- "On DocBank, H-VILA (Text Line) beats H-VILA (Text Block) in Macro F1" (true: Table 3 prints
  91.27 against 87.78) was contradicted by "... performing block level classification may
  sometimes lead to worse results (-3.60% and -0.73% Macro F1 in the DocBank and S2-VL
  datasets compared to LayoutLM)". The claim compares two things, but its two arguments were
  not read (the names sit in brackets, where the comparison reader stops), and the test that a
  direction flip keeps the claim's arguments in order (`comparisons.comparison_reversed`) is
  only asked of a comparison that was read: an unread one passed as if it compared nothing.

The general facts: a statement read the other way is the claim's denial only when it is said
of the claim's subject, so a sentence that prints none of the words the claim prints before
its verb (its subject, or the condition it opens with), in a passage that lacks one of them,
leaves the flip undecided (`subject_lacking`). A subject the sentence names by a pronoun and
its neighbours by name is held by the passage; a few words of the subject missing from the
sentence, "Initialising" of "Initialising SPECTER from BERT-Large instead of SciBERT", are
left to the accounting. And a claim that compares two named things ("A beats B") whose
arguments cannot be read is contradicted by no direction flip (`comparison_unread`). Both
only withhold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.extract.polarity import direction_of, is_negation

from .passages import content_terms

_WORD = re.compile(r"[^\W_][\w\-+'\u2019]*")


def _before_verb(claim_text: str) -> str:
    """The claim's text before its first direction or negation word; empty when it has
    neither."""
    for match in _WORD.finditer(claim_text):
        word = match.group().casefold()
        if direction_of(word) or is_negation(word):
            return claim_text[:match.start()]
    return ""


def subject_lacking(claim_text: str, sentence_text: str, missing: Iterable) -> bool:
    """Whether the passage lacks a word the claim prints before its first direction or negation
    word (`missing`: the content.Part the passage's accounting lacks) and the sentence itself
    prints none of the claim's words before that word (its subject, or the condition it opens
    with): the sentence's statement is then said of something else."""
    before = _before_verb(claim_text)
    said = set(content_terms(before))
    if not said or said & set(content_terms(sentence_text)):
        return False
    words = {word.casefold() for word in _WORD.findall(before)}
    return any(part.text.casefold() in words for part in missing)


# A comparison of two named things: a verb that takes both ("A outperforms B") or "than".
_TWO_SIDED = re.compile(r"\b(?:outperform\w*|underperform\w*|beat(?:s|ing)?|exceed\w*|surpass\w*"
                        r"|trail\w*|than)\b", re.I)


def comparison_unread(claim_text: str, comparison: object | None) -> bool:
    """Whether the claim compares two named things (a verb of comparing or "than" with words on
    both sides: "On DocBank, H-VILA (Text Line) beats H-VILA (Text Block)") but its two
    arguments were not read (`comparison`, content.ClaimParts.comparison, is None). A claim
    with one side only ("On X, A performs worse") is left to the other tests."""
    if comparison is not None:
        return False
    match = _TWO_SIDED.search(claim_text)
    return match is not None and bool(content_terms(claim_text[:match.start()])) \
        and bool(content_terms(claim_text[match.end():]))
