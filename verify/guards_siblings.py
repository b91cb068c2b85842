"""A sentence's numbers that belong to a sibling of what the claim names.

A results table's header row lists things of one kind side by side: the measures, systems or
datasets compared ("Degree, Closeness, Betweenness, ..., k-shell"). Papers then discuss them in
sentences that name several at once: "by applying the closeness measure on Gowalla, when we
change k = 40 to k = 50, only nine more nodes got activated, or similarly k-shell
decomposition does not show satisfactory promotion" (arXiv:1504.06236). The claim "raising k
from 40 to 50 activates only nine more nodes under k-shell decomposition" finds all its
numbers and names there and was confirmed, although the numbers are closeness's.

The general fact (the one verify/coined_names.py uses against contradictions): the subject of
a number is the last name said before it in its clause. The paper defines which names are
alternatives of one another: the labels of one header row, or of one table's row stubs. When
the claim names some of those alternatives, and the last one of them the sentence says before
the first number it shares with the claim (in the same clause, after any ";" or ":") is one
the claim does not name, and the sentence says the claim's alternative only in a later clause,
the sentence gives that number for another alternative, and its support decides nothing
(`guard_sibling_subjects`).

The same fact without a table: "For reference, in these new games, the uniform strategy has a
loss of approximately 6.8 in all games, and the true behavior has a loss of approximately 2.7"
(arXiv:1103.5254) confirmed "the true behavior has a loss of approximately 6.8". What a claim
says before its number is what the number is of; when the sentence says one of those words
only after its own number, past a clause boundary (a comma, "and", "which", a bracket), never
before it, and that later clause is another subject's (it gives a number of its own, or the
word is a coined name while the sentence names another before its number), the sentence gives
the number for something else (`guard_later_subjects`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from verify_claims.claims import Check, Claim, Paper, Sentence, Table

from .coined_names import coined
from .number_context import opening_end
from .passages import PassageIndex, content_terms
from .undecided import supporting_sources, undecide

# What opens a later clause after a number: a comma, semicolon or bracket, or a conjunction.
_LATER_CLAUSE = re.compile(r"[;,(]|\b(?:and|but|while|whereas|which|or)\b")
_SIBLING_CLAUSE = re.compile(r"[;,]|\b(?:and|but|while|whereas|which|or)\b")


@lru_cache(maxsize=4096)
def _pattern(label: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w\-]){re.escape(label)}(?![\w\-])", re.IGNORECASE)


def _usable(label: str) -> bool:
    """A label that names something: words, not a number or a bare symbol."""
    return len(label) >= 2 and bool(re.search(r"[A-Za-z]{2}", label))


def _numeric_column(table: Table, column: int) -> bool:
    return any(column < len(row) and row[column].value is not None for row in table.rows)


# A row stub's citation year or "(Ours)": "Citeomatic (2018)" is said "Citeomatic" in the text.
_CITED = re.compile(r"\s*\((?:\d{4}[a-z]?|ours)\)\s*$", re.IGNORECASE)


def _name(label: str) -> str:
    return _CITED.sub("", label.strip())


def sibling_groups(paper: Paper) -> list[frozenset[str]]:
    """The paper's groups of alternatives: each table's column labels over numeric columns,
    and each table's row stubs (module docstring), each without a citation year or "(Ours)"
    after it, as the text names them."""
    groups = []
    for table in paper.tables:
        columns = {_name(label) for column, label in enumerate(table.header)
                   if _usable(_name(label)) and _numeric_column(table, column)}
        rows = {_name(row[0].text) for row in table.rows
                if row and len(row) > 1 and _usable(_name(row[0].text))}
        groups.extend(group for group in (frozenset(columns), frozenset(rows))
                      if len(group) >= 2)
    return groups


def _prepared(paper: Paper, index: PassageIndex | None) -> tuple[list[frozenset[str]], dict]:
    """The paper's sibling groups and its sentences by text, built once per index."""
    key = ("guards_siblings", -1)
    cached = index.prepared.get(key) if index is not None else None
    if cached is None:
        cached = (sibling_groups(paper), {sentence.text: sentence for sentence in paper.sentences})
        if index is not None:
            index.prepared[key] = cached
    return cached  # type: ignore[return-value]


def clause_start(text: str, position: int) -> int:
    """Where the clause of the number at `position` begins: after the last ";" or ":" before
    it (a comma may separate a label's own parts: "White, non-Hispanic")."""
    return max(text.rfind(";", 0, position), text.rfind(":", 0, position)) + 1


def supporting_sentences(checks: Iterable[Check],
                         by_text: dict[str, Sentence]) -> Iterator[tuple[Check, Sentence]]:
    """Each supporting source check with each paper sentence one of its evidence lines quotes,
    in order; a check set aside meanwhile (the caller undecided it) yields no more. The loop of
    the guards that read a quoted sentence's own numbers and names."""
    for check in supporting_sources(checks):
        for evidence in check.evidence:
            if not check.decisive:
                break
            sentence = by_text.get(evidence.quote)
            if sentence is not None:
                yield check, sentence


@lru_cache(maxsize=65536)
def _said(text: str, label: str, start: int = 0, end: int | None = None) -> tuple[int, ...]:
    """Where `label` is said in `text[start:end]` (remembered: every check of a claim asks it
    of the claim and its passages for each label of each group)."""
    end = len(text) if end is None else end
    return tuple(match.start() for match in _pattern(label).finditer(text, start, end))


@lru_cache(maxsize=16384)
def _named(text: str, group: frozenset[str]) -> frozenset[str]:
    """The labels of `group` that `text` says (remembered: a claim's check asks it of each
    group for each passage and each shared number, and a group holds a table's row stubs)."""
    return frozenset(label for label in group if _said(text, label))


def other_subject(claim: Claim, sentence_text: str, positions: list[int],
                  groups: list[frozenset[str]]) -> str | None:
    """The alternative the sentence gives its first shared number for, when the claim names
    alternatives of its group but not that one (module docstring); None otherwise."""
    for first in sorted(positions):
        other = _other_before(claim, sentence_text, first, groups)
        if other is not None:
            return other
    return None


def _other_before(claim: Claim, sentence_text: str, first: int,
                  groups: list[frozenset[str]]) -> str | None:
    """`other_subject` for the shared number printed at `first`."""
    clause = clause_start(sentence_text, first)
    for group in groups:
        named = _named(claim.text, group)
        if not named:
            continue
        before = [(position, label) for label in group
                  for position in _said(sentence_text, label, clause, first)]
        if not before:
            continue
        nearest = max(before)[1]
        if nearest in named:
            continue
        # The claim's own alternative must be said too, in a later clause: "..., or similarly
        # k-shell decomposition does not ...". Said in the same clause ("0.09 points behind the
        # first ranked system", "1.3 BLEU points (test-crawl10)") it may be the number's own.
        # Said nowhere in the sentence, not even in part (a neighbour names it), the number is
        # the other's:
        # "improving over SGC with 2.3 points" is no support for "2.3 points above Citeomatic"
        # (probe, round 14, 2020.acl-main.207).
        if not any(_words_said(sentence_text, label) for label in named) or any(
                _SIBLING_CLAUSE.search(sentence_text, first, position)
                for label in named for position in _said(sentence_text, label, first)):
            return nearest
    return None


def _words_said(text: str, label: str) -> bool:
    """Whether `text` says a word of `label` ("batch size" of "forward batch size"): a label
    none of whose words the sentence says is said nowhere in it."""
    return any(_said(text, word) for word in re.findall(r"[A-Za-z][\w\-]{2,}", label))


def _shared_positions(claim: Claim, sentence) -> list[int]:
    return [quantity.span[0] for quantity in sentence.quantities
            if any(abs(quantity.value - claimed.value) < 1e-9 for claimed in claim.quantities)]


def guard_sibling_subjects(claim: Claim, checks: Iterable[Check], paper: Paper,
                           index: PassageIndex | None = None) -> None:
    """Undecide each supporting source check whose sentence gives the shared numbers for an
    alternative the claim does not name (module docstring). In place."""
    if not claim.quantities or not paper.tables:
        return
    groups, by_text = _prepared(paper, index)
    if not groups:
        return
    for check, sentence in supporting_sentences(checks, by_text):
        other = other_subject(claim, sentence.text, _shared_positions(claim, sentence), groups)
        if other is not None:
            undecide(check, f"Not confirmed: the passage gives the claim's numbers for "
                            f"'{other}', which the paper's tables list beside what the "
                            f"claim names")


# --------------------------------------------------------------------------------------------
# The claim's subject said only in a later clause of the sentence

_TOKEN = re.compile(r"[^\W\d_][\w\-]*")


@lru_cache(maxsize=16384)
def _terms_at(text: str) -> tuple[tuple[int, str], ...]:
    """Each content word of `text` with its start, as the passages' terms spell it
    (remembered by text)."""
    found = []
    for match in _TOKEN.finditer(text):
        terms = content_terms(match.group())
        if terms:
            found.append((match.start(), terms[0]))
    return tuple(found)


_NUMBER_AT = re.compile(r"[-+\u2212]?\d+(?:[,.]\d+)*")


def _past_number(text: str, start: int) -> int:
    """Where the number printed at `start` of `text` ends: the comma of "9,842" opens no
    clause (round 19, arXiv:1705.09207, page 6: "... 549,367 pairs for training, 9,842 for
    development and 9,824 for testing" gives 9,842 for development)."""
    match = _NUMBER_AT.match(text, start)
    return start if match is None else match.end()


def later_subject(claim_text: str, claimed_start: int, sentence_text: str,
                  found_start: int, numbers: Sequence[int] = (),
                  given: Sequence[int] = ()) -> str | None:
    """A word the claim says before its number that the sentence says only after its own,
    past a clause boundary, where that later clause is plainly another subject's: it gives a
    number of its own (`numbers`: the starts of the sentence's numbers the claim does not
    give), as in "the
    uniform strategy has a loss of approximately 6.8 ..., and the true behavior has a loss of
    approximately 2.7" for "the true behavior has a loss of approximately 6.8"; or the word is
    a coined name ("UCSD") and the sentence names another coined name before its number ("The
    WorldExpo dataset [27] contains ... (approximately 50 on average, which is double that of
    UCSD)"). None otherwise: a later clause may well go on about the same subject, and the
    main clause after an opening condition ("In a dataset of 4,113 clicks, we found that
    SPECTER ...") is the subject of the condition's numbers. A word whose own clause gives
    another of the claim's numbers (`given`: their starts) is that number's subject, the
    sentence's list aligned with the claim's ("8.2 points for SQuAD, 7.5 points for MNLI and
    7.0 points for HellaSwag" for "SQuAD, MNLI and HellaSwag ... by 8.2, 7.5 and 7.0")."""
    opening = opening_end(sentence_text)
    if opening is not None and found_start < opening:
        return None
    found_end = _past_number(sentence_text, found_start)
    before = {term for _, term in _terms_at(claim_text[:claimed_start])}
    names = {term for word in coined(claim_text[:claimed_start])
             for term in content_terms(word)[:1]}
    words = _terms_at(sentence_text)
    said_before = {term for start, term in words if start < found_start}
    subjects = coined(sentence_text[:found_start])
    for start, term in words:
        if start <= found_start or term not in before or term in said_before \
                or not _LATER_CLAUSE.search(sentence_text, found_end, start):
            continue
        if any(found_start < number < start
               and not _LATER_CLAUSE.search(sentence_text, _past_number(sentence_text, number),
                                            start) for number in given):
            continue  # "7.0 points for HellaSwag": another of the claim's numbers is its own
        word = sentence_text[start:].split()[0].strip(",.;:()")
        if term in names and subjects and word.casefold() not in subjects:
            return word
        if any(number > start and not re.search(r"[;.]\s", sentence_text[start:number])
               for number in numbers):
            return word
    return None


def guard_later_subjects(claim: Claim, checks: Iterable[Check], paper: Paper,
                         index: PassageIndex | None = None) -> None:
    """Undecide each supporting source check whose sentence says a word of the claim's
    subject only in a later clause than the number it shares with the claim (`later_subject`).
    In place."""
    if not claim.quantities:
        return
    by_text = _prepared(paper, index)[1]
    for check, sentence in supporting_sentences(checks, by_text):
        shared = _shared_positions(claim, sentence)
        others = [quantity.span[0] for quantity in sentence.quantities
                  if quantity.span[0] not in shared]
        later = next((word for claimed in claim.quantities for found in sentence.quantities
                      if abs(found.value - claimed.value) < 1e-9
                      and (word := later_subject(claim.text, claimed.span[0], sentence.text,
                                                 found.span[0], others, shared))), None)
        if later is not None:
            undecide(check, f"Not confirmed: the passage says '{later}', which the claim "
                            f"puts before its number, only in a later clause than the "
                            f"number it gives")
