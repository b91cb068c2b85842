"""A passage about a sibling variant, or a denial in words the negation reader does not know
(red team 4, probes).

The ninth probe of the fourth red-team corpus (tests/real/redteam4, VILA, arXiv:2106.00676) found
two more wrong verdicts from passages:

- "With text blocks, H-VILA cuts inference time by 46.59% relative to LayoutLM" was confirmed by
  "H-VILA models with text lines brings a 46.59% reduction in inference time": the number is the
  text-line model's. The paper's own tables show that "line" and "block" name sibling variants:
  their rows differ in that one word ("H-VILA(Text Line)", "H-VILA(Text Block)"). A passage that
  prints the sibling word and not the claim's speaks of the other variant (`sibling_word`).
- "When the injected layout group is incorrect, the H-VILA method lacks the flexibility to assign
  different token categories within a group" confirmed "... H-VILA can still assign different
  token categories ..." and contradicted "... H-VILA cannot assign ...": "lacks" denies, but it
  is no negation word, so the passage was read as asserting. A passage that denies with "lack",
  "unable", "incapable" or "inability" cannot be compared by its negation with a claim that
  prints no number (`worded_denial`).

Red team 11 (round 20) found the same slip where a paper shows the sibling words in its prose,
not in a table it can read: Le and Mikolov (arXiv 1405.4053) print Table 1's columns as
"Positive/Negative" and "Fine-grained" in a table read only as text, so "The Recursive Neural
Tensor Network has a coarse-grained error rate of 54.3%" (false: 14.6; page 5) was confirmed by
the flattened rows; and "Training the IMDB paragraph vectors takes 30 minutes on a 16 core
machine" (unverified) by "... takes 30 minutes to compute the paragraph vectors of the IMDB test
set". The paper's own sentences set those words in each other's place: "a 5-way fine-grained
classification task ... or a 2-way coarse-grained classification task", "25,000 labeled
training instances, 25,000 labeled test instances". Two coordinated phrases of one sentence that
differ in one word (`parallel_words`) make the two words siblings, as two row labels do.

A passage that prints the complement of a claim's word ("female" for "male", "inpatient" for
"outpatient") speaks of the other part of one whole (verify/complementary_words.py, round 22).

Neither names a paper, a system or a number; each reads only what the paper prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .complementary_words import complement_word
from .paper_memo import per_paper
from .passages import _STOP_WORDS
from .undecided import DECIDING, decided, undecide

_WORD = re.compile(r"[a-z]+")


def _row_labels(paper: Paper) -> list[list[str]]:
    """Each table's row labels, as lists of lower-case words."""
    tables = []
    for table in paper.tables:
        labels = []
        for row in table.rows:
            headers = next((cell.row_headers for cell in row if cell.row_headers), None)
            label = " ".join(headers) if headers else (row[0].text if row else "")
            words = _WORD.findall(label.casefold())
            if words:
                labels.append(words)
        tables.append(labels)
    return tables


def _siblings(paper: Paper) -> dict[str, set[str]]:
    """Word -> the words that take its place in another row label of the same table, the rest
    of the label the same ("line" <-> "block" of "H-VILA(Text Line)", "H-VILA(Text Block)")."""
    found: dict[str, set[str]] = {}
    for labels in _row_labels(paper):
        for first in labels:
            for second in labels:
                if len(first) != len(second) or first == second or len(first) < 2:
                    continue
                differ = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
                if len(differ) == 1 and min(len(differ[0][0]), len(differ[0][1])) >= 3:
                    found.setdefault(differ[0][0], set()).add(differ[0][1])
    return found


_WINDOW = 3  # words of a parallel phrase: two of them shared, one in each other's place
_GAP = 20  # at most this many words between two parallel phrases
_TOKEN = re.compile(r"[a-z]+|[,;]")
_JOINS = frozenset((",", ";", "and", "or", "while", "whereas", "but", "versus", "vs"))
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def parallel_words(sentence: str) -> set[tuple[str, str]]:
    """Pairs of words that take each other's place in two coordinated phrases of one sentence,
    the rest of the phrase the same: "25,000 labeled training instances, 25,000 labeled test
    instances" gives ("training", "test"); "a 5-way fine-grained classification task ... or a
    2-way coarse-grained classification task" gives ("fine", "coarse"). The exchanged word
    stands between the two shared ones ("labeled ... instances"), which are content
    words, the two exchanged ones content words of three letters or more and no
    forms of one word (their first four letters differ), and
    a comma, "and", "or" or a contrast word stands between the phrases, a few words apart. A
    sentence printing more than five numbers is a table's run of cells, not prose: none."""
    if len(_NUMBER.findall(sentence)) > 5:
        return set()
    tokens = _TOKEN.findall(sentence.casefold())
    places = [at for at, token in enumerate(tokens) if token not in (",", ";")]
    words = [tokens[at] for at in places]
    found: set[tuple[str, str]] = set()
    count = len(words)
    for first in range(count - _WINDOW + 1):
        # The two shared words (the phrase's first and last) are content words, read once
        # per phrase; a second phrase must repeat both around another middle word.
        start, middle, end = words[first], words[first + 1], words[first + 2]
        if len(start) < 3 or len(end) < 3 or start in _STOP_WORDS or end in _STOP_WORDS \
                or len(middle) < 3 or middle in _STOP_WORDS:
            continue
        for second in range(first + _WINDOW, min(count - _WINDOW + 1,
                                                 first + _WINDOW + _GAP + 1)):
            if words[second] != start or words[second + 2] != end:
                continue
            other = words[second + 1]
            if other == middle or len(other) < 3 or other in _STOP_WORDS \
                    or middle[:4] == other[:4]:
                continue  # a stop word or a form of one word ("summaries", "summarization")
            between = tokens[places[first + _WINDOW - 1] + 1:places[second]]
            if any(token in _JOINS for token in between):
                found.add((middle, other))
    return found


def _prose_siblings(paper: Paper) -> dict[str, set[str]]:
    """Word -> the words that take its place in a parallel phrase of one of the paper's
    sentences (`parallel_words`), with the row siblings of its tables (`_siblings`)."""
    found = _siblings(paper) if paper.tables else {}
    for one, others in _parallel_siblings(paper).items():
        found.setdefault(one, set()).update(others)
    return found


def _parallel_siblings(paper: Paper) -> dict[str, set[str]]:
    """Word -> the words that take its place in a parallel phrase of one of the paper's
    sentences (`parallel_words`)."""
    found: dict[str, set[str]] = {}
    for sentence in paper.sentences:
        if len(sentence.text) > 600:
            continue  # a table flattened into a sentence: its rows are not parallel prose
        for one, two in parallel_words(sentence.text):
            found.setdefault(one, set()).add(two)
            found.setdefault(two, set()).add(one)
    return found


def _stems(text: str) -> set[str]:
    words = set(_WORD.findall(text.casefold()))
    return words | {word[:-1] for word in words if word.endswith("s")}


def sibling_word(claim_text: str, passage: str, siblings: dict[str, set[str]]) -> \
        tuple[str, str] | None:
    """(the claim's word, its sibling) when the passage prints a sibling of a word of the claim
    and not that word itself; else None."""
    said, printed = _stems(claim_text), _stems(passage)
    for word in sorted(said & set(siblings)):
        if word in printed:
            continue
        other = next((sibling for sibling in sorted(siblings[word])
                      if sibling in printed and sibling not in said), None)
        if other is not None:
            return word, other
    return None


_SPLITS = frozenset(("trai", "test", "vali", "deve", "dev"))  # data splits, by prefix


def _prefixes(words: set[str]) -> set[str]:
    return {word[:5] for word in words}


def prose_sibling(claim_text: str, passage: str, siblings: dict[str, set[str]]) -> \
        tuple[str, str] | None:
    """`sibling_word` with words compared by their first five letters ("trained" for
    "training"): (the claim's word, its sibling) when the passage prints a sibling of a claim
    word in no form and not that word in any; else None."""
    said, printed = _prefixes(_stems(claim_text)), _prefixes(_stems(passage))
    for word in sorted(siblings):
        if word[:5] not in said or word[:5] in printed:
            continue
        other = next((sibling for sibling in sorted(siblings[word])
                      if sibling[:5] in printed and sibling[:5] not in said), None)
        if other is not None:
            return word, other
    return None


_DENIAL = re.compile(r"\b(?:lack(?:s|ed|ing)?|unable|incapable|inability)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def worded_denial(claim_text: str, passage: str) -> str | None:
    """The word ("lacks") by which the passage denies, when the claim prints no number and no
    such word of its own (a claim that says "lacks" too is read word for word); else None."""
    if _DIGIT.search(claim_text) or _DENIAL.search(claim_text):
        return None
    match = _DENIAL.search(passage)
    return match.group(0) if match else None


def guard_worded_variants(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive source check whose passage speaks of a sibling variant of the
    claim's (supporting checks), or denies in words the negation reader does not know (a claim
    without numbers). In place."""
    siblings = per_paper(paper, "row and prose sibling words", _prose_siblings)
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        passage = " ".join(evidence.quote or "" for evidence in check.evidence)
        denial = worded_denial(claim.text, passage)
        if denial is not None:
            undecide(check, f"The passage denies with \u201c{denial}\u201d, which is no negation "
                            "word, so whether it asserts or denies what the claim says is not read")
            continue
        pair = complement_word(claim.text, passage)
        if pair is not None:  # "female" for a claim's "male" (verify/complementary_words.py)
            undecide(check, f"The claim speaks of \u201c{pair[0]}\u201d and the passage of "
                            f"\u201c{pair[1]}\u201d, the other part of the same whole")
            continue
        if check.outcome == check.outcome.contradicted:
            # A passage about another data split, which the paper sets in the claim's split's
            # place ("the IMDB test set"), contradicts nothing the claim says of its own
            # ("trained on a 32-core machine"). Other siblings ("NER" for "chunking") are left
            # to the contradiction: a task's number may well answer a claim about another.
            prose = per_paper(paper, "prose sibling words", _parallel_siblings)
            pair = prose_sibling(claim.text, passage, prose)
            if pair is not None and all(word[:4] in _SPLITS for word in pair):
                undecide(check, f"The claim speaks of \u201c{pair[0]}\u201d and the passage of "
                                f"\u201c{pair[1]}\u201d, which the paper sets in its place in a "
                                "parallel phrase: the passage's number is the other variant's")
            continue
        pair = sibling_word(claim.text, passage, siblings)
        if pair is not None:
            undecide(check, f"The claim speaks of \u201c{pair[0]}\u201d and the passage of "
                            f"\u201c{pair[1]}\u201d, which the paper prints in its place (in "
                            "another row of a table, or in a parallel phrase): the passage is "
                            "about the other variant")
