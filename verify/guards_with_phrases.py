"""A run the claim describes with a "with ..." phrase that the deciding cell never prints.

"The iRNN reaches 60.3 on the Pavlick et al. oracle with MAX sampling" (unverified: Wieting et
al., arXiv:1511.08198, tuned over MIX and MAX sampling and never says which the iRNN used) was
confirmed by Table 3's "iRNN x Pavlick et al. (oracle)" cell, 60.3, and so was "... with random
sampling": the table check requires the claim's names of its cell (iRNN, Pavlick et al.,
oracle) and lets plain words go, and "MAX" was met by the caption's "the max Spearman's rho".
A "with" phrase states the setting the result was obtained under (a sampling scheme, an
optimizer, a tokenizer, a number of layers); a cell that prints nothing of it is a result of
the paper's run, whatever its setting was.

`guard_with_phrases` reads the claim's "with" and "using" phrases (to the next comma, clause
word, direction verb or number; "compared with", "along with", "in line with", "consistent with" and
"with respect to" are comparisons, not settings; "with a precision of 96.3" gives a value),
and undecides each decisive table check whose cells print nothing of such a phrase: none of its
content words in their row and column labels (by the first four letters, words split at
hyphens and brackets: "with text lines" is said by "H-VILA(Text Line)", "with frozen BERT" by
"BERT-frozen"), and not all of them in labels and caption together (the caption's "the max
Spearman's rho" does not say "with MAX sampling"). Generic words and numbers are left out, a
number being checked as a value of its own. It names no paper or word; it only undecides.

A label prints a setting by the short name the paper defines for it too: Wang et al. (AAAI
2019, round 35) head Table 5's columns "LE" and "MT", which their Table 2 caption defines as
"label embedding (LE)" and "multi-task learning (MT)"; "With label embedding and a maximum word
length of 4, the PKU score was 95.4" (the "4 x LE / PKU" cell) was held back for a setting the
labels "do not print". The labels are read with the other names the paper's definitions give
them (`definitions.Glossary.other_names`), as the cell check reads its header words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper
from verify_claims.claims.vocabulary import DECREASE_WORDS, INCREASE_WORDS

from .cells_read import cells_of_check
from .content_words import GENERIC
from .definitions import glossary
from .label_text import caption_text
from .passages import content_terms
from .undecided import DECIDING, decided, undecide

__all__ = ["guard_with_phrases", "with_phrases"]

_PHRASE = re.compile(
    r"(?<![\w-])(?<!compared )(?<!comparable )(?<!along )(?<!together )(?<!line )"
    r"(?<!consistent )(?<!par )(?<!tied )(?<!combined )(?<!coupled )(?<!contrast )"
    r"(?:with|using)\s+(?!respect\b)([^,;:()]+)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_PREFIX = 4  # letters a printed word must share with the claim's: "lines" is "Line"
_MEASURE = re.compile(r"^\s*(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}of"
                      r"(?:\s+(?:only|just|about|around|nearly|almost|over|under))?\s*$",
                      re.IGNORECASE)
_ENDS = ("and but while whereas which that than against on in at for from to reaches reach "
         "scores score achieves achieve gives give is are was were has have")
_END = re.compile(r"\s(?:" + "|".join(sorted(set(_ENDS.split()) | INCREASE_WORDS
                                               | DECREASE_WORDS)) + r")\s|\d", re.IGNORECASE)


def _words(text: str) -> list[str]:
    """The content words of a text (stop words, generic words and numbers left out), split at
    hyphens and brackets: "H-VILA(Text Line)" gives "VILA", "Text", "Line"."""
    return [word for word in _WORD.findall(text)
            if (terms := content_terms(word)) and terms[0] not in GENERIC]


def _prefixes(text: str) -> frozenset[str]:
    return frozenset(word[:_PREFIX].casefold() for word in _WORD.findall(text))


def _raw_phrases(text: str) -> list[str]:
    """Each "with"/"using" phrase of the claim as printed, cut at its end (module docstring)."""
    phrases = []
    for match in _PHRASE.finditer(text):
        phrase = match.group(1)
        end = _END.search(" " + phrase + " ")
        if end is not None:
            phrase = phrase[:max(0, end.start() - 1)]
        if _MEASURE.match(phrase):
            continue  # "with a precision of 96.3" gives a value, not a setting
        phrases.append(phrase)
    return phrases


def with_phrases(text: str) -> list[tuple[str, ...]]:
    """The content words of each "with"/"using" phrase of the claim (module docstring)."""
    return [words for phrase in _raw_phrases(text) if (words := tuple(_words(phrase)))]


_COMPOUND = re.compile(r"(?<![\w-])[A-Za-z]{3,}(?:-[A-Za-z]{3,})+(?![\w-])")


_PREFIXES = frozenset(("pre", "post", "non", "re", "co", "multi", "semi", "sub", "anti", "inter",
                       "intra", "uni", "bi", "tri", "self", "cross", "over", "under", "auto"))


def unsaid_compounds(text: str, labels: str, caption: str) -> str | None:
    """A hyphenated compound of a "with" phrase ("with the combine-skip model") whose parts
    the cells' labels and caption do not all print: one part met in a label ("skip" of
    "skip-thought") does not say the compound, which names its own variant (round 23: the
    phrase's words were met one by one). None when every compound is printed."""
    printed = _prefixes(labels + " " + caption)
    joined_labels = _prefixes(labels.replace("-", ""))
    for phrase in _raw_phrases(text):
        for compound in _COMPOUND.findall(phrase):
            # A prefix ("pre-training", "multi-task") makes no part of its own: the word it
            # qualifies is what a label must print.
            parts = [part for part in compound.split("-")
                     if part.casefold() not in _PREFIXES
                     and (terms := content_terms(part)) and terms[0] not in GENERIC]
            if len(parts) < 2 or compound.replace("-", "")[:_PREFIX].casefold() in joined_labels:
                continue
            if not all(part[:_PREFIX].casefold() in printed for part in parts):
                return compound
    return None


def unsaid(words: tuple[str, ...], labels: str, caption: str) -> bool:
    """Whether a phrase's words are not printed: none of them in the cells' labels (by its
    first four letters, or inside a label word: "CRF" in "GROBIDCRF"; the words joined, "re"
    "ranking" as "Reranking") and not all of them in the labels and caption together."""
    printed, captioned = _prefixes(labels), _prefixes(labels + " " + caption)
    keys = [word[:_PREFIX].casefold() for word in words]
    label_words = [word.casefold() for word in _WORD.findall(labels.replace("-", ""))]
    joined = "".join(words).casefold()
    if joined[:_PREFIX] in _prefixes(labels.replace("-", "")) or any(
            (len(word) >= 3 or word.isupper()) and len(word) >= 2
            and word.casefold() in label for word in words
            for label in label_words):
        return False
    return not any(key in printed for key in keys) and not all(key in captioned for key in keys)


def guard_with_phrases(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check none of whose cells' labels and caption print every
    content word of a "with" phrase of the claim (module docstring). In place."""
    phrases = with_phrases(claim.text)
    if not phrases:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        read = cells_of_check(check, paper)
        if not read:
            continue
        labels = " ".join(" ".join([*found.rows, *found.columns]) for _, found in read)
        labels = f"{labels} {glossary(paper).other_names(labels)}"  # "LE": label embedding
        caption = " ".join(caption_text(table.caption) for table, _ in read)
        missing = next((words for words in phrases if unsaid(words, labels, caption)), None)
        if missing is None and (compound := unsaid_compounds(claim.text, labels, caption)):
            missing = (compound,)
        if missing is not None:
            cells = "; ".join(f"{found.row} \u00d7 {found.column}" for _, found in read)
            undecide(check, "Not decided: the claim's \u201cwith\u201d phrase names a setting "
                            f"(\u201c{' '.join(missing)}\u201d) that the labels of the cells "
                            f"read ({cells}) and their caption do not print")
