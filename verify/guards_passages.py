"""Sentences beside dense tables that a matcher reads for the wrong number (red team 3, round 8).

The probes of the third red-team corpus's papers (tests/real/redteam3), after the fixes of its
first run, found four ways a sentence of the running text decided a claim wrongly, each a
general fact about how results are written:

- Parallel clauses give each number to their own words: in "On anticipating object affordance
  S-RNN F1-score is 44% more than [31], and 7% more on detection", 7% is the detection figure.
  "On detecting object affordances, ... 44% more" was confirmed because the first clause shares
  more of the claim's words. When the claim says a word that only another clause of the
  sentence holds, a clause with another number and a word of the same comparison ("more"), the
  claimed number is said of something else (`guard_parallel_clauses`).
- A relative figure is no level: "44% more than [31]" is a difference, and it contradicted
  "S-RNN's detection F1-score is 83.2%, against 80.4% for Koppula et al.", which gives two
  levels. A passage number printed as a difference ("44% more", "by 3 points") contradicts
  only a claim that prints its number as a difference too (`guard_difference_against_level`).
- A rank needs a rank: "Frozen SciBERT has the best average score" was confirmed by a sentence
  about finetuning that ranks nothing. A claim of a superlative ("best", "highest", "lowest")
  is not supported by a passage that prints no superlative and no number
  (`guard_unranked_support`, kept with the other superlative rule in
  verify/guards_superlatives.py).
- An item number is no quantity: "1. A single epoch of SFT training on olmOCR-mix-1025, 2. A
  single epoch of RL training ..." split into sentences leaves "2." at the end of the first
  one, which confirmed "the RL training ran for two epochs". A number printed only as an
  enumerator ("2." after a comma or at the passage's start, closing it or before a capitalised
  word) supports nothing (`guard_item_numbers`).

A third probe found a fifth: "The RL training used a 4xH100 node" was confirmed by "an 8xH100
GPU node", the digits inside a name being read as part of a word. A passage that prints a name
of the claim with other digits says another value (`guard_other_digits`). A fourth: "olmOCR 2's
model licence is OpenRAIL-M" was confirmed by the caption's "Apache 2.0, ... OpenRAIL-M", its 2
matched to 2.0; numbers that are versions of different names match nothing
(`guard_name_versions`). A fifth: "olmOCR 2 scores 68.2" was confirmed by "olmOCR 68.2 ± 1.1"
(the first release's row) with the "2" found in another passage: a value of a name with its
version must come from a passage that prints that name with that version
(`guard_unnamed_versions`); and "olmOCR-mix-1025 contains 2,186 pages" by the sentence about
"olmOCR2-synthmix-1025": a passage that prints a sibling of the claim's compound name and never
the name speaks of the sibling (`guard_sibling_names`). A sixth: "Mistral OCR API's score of
72.0 was reported by its authors" was confirmed by the row "Mistral OCR API 72.0 ± 1.1", which
lacks the "*" the caption ties to "reported by their authors" ("except those marked with *"):
a condition the paper gives by a mark holds only of the numbers that carry it
(`guard_marked_conditions`). A seventh: "The initial olmOCR used 1288px images and olmOCR 2
uses 1024px" (the sizes swapped) was confirmed by matching only the "2" of "olmOCR 2": a check
whose only matched numbers are versions of names compared none of the claim's values
(`guard_name_versions`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from wordfreq import zipf_frequency

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper

from .guard_triggers import SOURCE_CONTRADICTED, SOURCE_SUPPORTING, acts
from .guards_superlatives import guard_unranked_support
from .number_context import _states_direction
from .paper_memo import per_paper
from .undecided import SUPPORTING, decided, printed_numbers, undecide
from .worded_differences import worded_difference

_SPLIT = re.compile(r"\s*(?:;|,(?!\d)|\band\b|\bwhile\b|\bwhereas\b|\bbut\b)\s*")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?%?")
_WORD = re.compile(r"[A-Za-z]{4,}")
_COMPARISON = frozenset(("more", "less", "fewer", "higher", "lower", "better", "worse",
                         "greater", "smaller", "larger"))


def _numbers(text: str) -> set[str]:
    return {match.group().rstrip("%").replace(",", "") for match in _NUMBER.finditer(text)}


def _stems(text: str) -> set[str]:
    """Words of four letters or more, cut to five letters ("detecting", "detection": "detec")."""
    return {word.casefold()[:5] for word in _WORD.findall(text)}


# --------------------------------------------------------------------------------------------
# Parallel clauses


def parallel_clause(claim_text: str, sentence: str) -> str | None:
    """Another clause of `sentence` that holds another number, shares a comparison word with
    the clause holding the claim's number, and holds a word the claim says that the claim's
    clause lacks: printed, or None."""
    claimed = _numbers(claim_text)
    said = _stems(claim_text)
    clauses = [clause for clause in _SPLIT.split(sentence) if _numbers(clause)]
    own = [clause for clause in clauses if _numbers(clause) & claimed]
    if len(own) != 1:
        return None
    mine = _stems(own[0])
    compared = {word.casefold() for word in re.findall(r"[A-Za-z]+", own[0])} & _COMPARISON
    if not compared:
        return None
    for clause in clauses:
        if clause is own[0] or _numbers(clause) & claimed:
            continue
        words = {word.casefold() for word in re.findall(r"[A-Za-z]+", clause)}
        if words & compared and (_stems(clause) & said) - mine:
            return clause
    return None


def guard_parallel_clauses(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose sentence gives the claimed number in one of
    two parallel clauses while the claim's distinguishing word is in the other. In place."""
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        for evidence in check.evidence:
            other = parallel_clause(claim.text, evidence.quote)
            if other is not None:
                undecide(check, f"The sentence gives another number in the parallel clause "
                                f"\u201c{other}\u201d, which speaks of what the claim does")
                break


# --------------------------------------------------------------------------------------------
# A difference against a level

_DIFFERENCE_AFTER = re.compile(r"^\s*(?:points?\s+|pp\s+|percentage\s+points?\s+)?(?:"
                               + "|".join(sorted(_COMPARISON)) + r")\b", re.IGNORECASE)
_DIFFERENCE_BEFORE = re.compile(r"(?:\bby(?:\s+[A-Za-z]+){0,2}|\bof\s+\+|\+|\b(?:gain|improvement|"
                                r"increase|drop|decrease|reduction|boost)s?\s+of)\s*$",
                                re.IGNORECASE)


# "composed by 104 machines", "annotated by 3 students": a participle's agent, not an amount.
_AGENT_BY = re.compile(r"\b([A-Za-z]+(?:ed|en))\s+by\s*$", re.IGNORECASE)


def _agent_by(before: str) -> bool:
    """Whether the "by" that ends `before` names a participle's agent: right after a participle
    that is no change ("composed by", "written by"), in a clause with no direction word (the
    change a "by" measures: "improved by", "reduced ... by"). Dutot et al. (SPAA 2004, page 1):
    "a large cluster composed by 104 bi-processor machines" prints a level, and "140
    bi-processor machines" is contradicted by it."""
    agent = _AGENT_BY.search(before[-60:])
    if agent is None:
        return False
    clause = re.split(r"[;:.()]|\b(?:and|but|while|whereas)\b", before[-120:])[-1]
    return not _states_direction(clause)


def printed_as_difference(text: str, number: str) -> bool | None:
    """Whether `text` prints `number` as a difference ("44% more", "by 3.2"); None when the
    number is not printed in it. A participle's agent ("composed by 104") is no difference
    (`_agent_by`)."""
    bare = number.rstrip("%")
    found = None
    for start, end in printed_at(text, bare, percent=True):
        before, after = text[:start], text[end:]
        difference = bool(_DIFFERENCE_AFTER.match(after) or (
            _DIFFERENCE_BEFORE.search(before) and not _agent_by(before)))
        if not difference:
            return False
        found = True
    return found


# What a level is printed after: "a MAP score of 83.8", "reaches 83.8", "F1 = 83.8".
_LEVEL_BEFORE = re.compile(r"(?:\b(?:of|is|was|are|were|at|reach(?:es|ed)?|achiev(?:es|ed)|"
                           r"obtain(?:s|ed)?|scor(?:es|ed)|gets?|got)|[=:])\s*$", re.IGNORECASE)


def printed_as_level(text: str, number: str) -> bool:
    """Whether `text` prints `number`, every time, as a level: right after "of", "is",
    "reaches", "achieves", "=" and the like ("a MAP score of 83.8"). A number that merely lacks
    a difference's words is not enough: "by 8.2 points with SQuAD, 7.5 points with MNLI"
    prints 7.5 as a difference too, the "by" before the list's first item."""
    places = list(printed_at(text, number.rstrip("%"), percent=True))
    return bool(places) and all(
        _LEVEL_BEFORE.search(text[:start]) and not _DIFFERENCE_BEFORE.search(text[:start])
        and not _DIFFERENCE_AFTER.match(text[end:]) for start, end in places)


_WORDS_A_GAP = re.compile(r"\b(?:differences?|gaps?|margins?|differ\w*)\b", re.IGNORECASE)


def guard_difference_against_level(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradicting source check whose passage prints its number as a
    difference while the claim prints the compared number as a level, or the other way
    round (a passage level printed as one, `printed_as_level`): "SPECTER improves over
    Citeomatic on co-view MAP by 2.5 points" was contradicted by "SPECTER achieves a MAP score
    of 83.8 on the co-view task" (probe, round 14, 2020.acl-main.207), a level read against a
    difference. In place."""
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        for evidence in check.evidence:
            for pair in evidence.numbers:
                theirs = printed_as_difference(evidence.quote, pair.found)
                mine = printed_as_difference(claim.text, pair.claimed)
                if theirs and mine is False:
                    undecide(check, "The passage's number is a difference between two things, "
                                    "the claim's a level of one")
                    break
                if theirs is False and mine is not True \
                        and not _WORDS_A_GAP.search(evidence.quote or "") and any(
                        quantity.text == pair.claimed and worded_difference(claim.text, quantity)
                        for quantity in claim.quantities):
                    # "The difference between A and B is 0.60" (round 25, worded_differences);
                    # not against a passage that words a difference of its own ("a test
                    # perplexity difference of about 24% on Brown and about 8% on AP News")
                    undecide(check, f"The claim's {pair.claimed} is a difference between two "
                                    f"things, the passage's {pair.found} a level of one")
                    break
                if mine and theirs is False and printed_as_level(evidence.quote, pair.found):
                    undecide(check, f"The claim's {pair.claimed} is a difference between two "
                                    f"things, the passage's {pair.found} a level of one")
                    break
            if check.outcome != Outcome.contradicted:
                break


# --------------------------------------------------------------------------------------------
# Item numbers


def only_enumerator(quote: str, found: str) -> bool:
    """Whether every place `quote` prints the small integer `found` is an item number: "2."
    opening the passage or following a comma, and closing the passage or followed by a
    capitalised word ("..., 2." and "2. A single epoch", not "The gain is 2.")."""
    if not re.fullmatch(r"\d{1,2}", found):
        return False
    places = list(re.finditer(rf"(?<![\w.]){re.escape(found)}(?![\w])", quote))
    if not places:
        return False
    for match in places:
        after = quote[match.end():]
        before = quote[:match.start()]
        listed = not before.strip() or before.rstrip().endswith(",")
        closing = re.fullmatch(r"\.\s*", after) is not None
        opening = re.match(r"\.\s+[A-Z]", after) is not None
        if not (listed and (closing or opening)):
            return False
    return True


def guard_item_numbers(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose only printing of a number it matched is an
    item number of an enumeration. In place."""
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        for evidence in check.evidence:
            if any(only_enumerator(evidence.quote, found) for found in printed_numbers(evidence)):
                undecide(check, "The number the passage prints is an item number of a list, "
                                "not a quantity")
                break


# --------------------------------------------------------------------------------------------
# A name with other digits

_MIXED = re.compile(r"[A-Za-z0-9][\w\-.]*[A-Za-z0-9]")


def _skeleton(token: str) -> str | None:
    """A token of letters and digits with its digits masked ("4xh100" -> "#xh#"), or None
    for a token without both."""
    if not (any(char.isdigit() for char in token) and any(char.isalpha() for char in token)):
        return None
    return re.sub(r"\d+", "#", token.casefold())


@lru_cache(maxsize=16384)
def _mixed_tokens(claim_text: str) -> tuple[tuple[str, str], ...]:
    """The claim's tokens mixing letters and digits, each with its skeleton. Remembered per
    claim text: most claims have none, and then no passage needs reading at all."""
    return tuple((token, shape) for token in _MIXED.findall(claim_text)
                 if (shape := _skeleton(token)) is not None)


def other_digits(claim_text: str, quote: str) -> tuple[str, str] | None:
    """A token of the claim mixing letters and digits ("4xH100", "S6") that the passage does
    not print while it prints the same letters with other digits ("8xH100", "S5"): (the
    claim's, the passage's)."""
    mixed = _mixed_tokens(claim_text)
    if not mixed:
        return None
    printed = {token.casefold() for token in _MIXED.findall(quote)}
    shapes: dict[str, str] = {}
    for token in _MIXED.findall(quote):
        shape = _skeleton(token)
        if shape is not None:
            shapes.setdefault(shape, token)
    for token, shape in mixed:
        if token.casefold() in printed:
            continue
        if shape in shapes:
            return token, shapes[shape]
    return None


def guard_other_digits(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage prints a name of the claim with
    other digits ("an 8xH100 GPU node" for "a 4xH100 node"): the digits inside a name are a
    value too. In place."""
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        for evidence in check.evidence:
            found = other_digits(claim.text, evidence.quote)
            if found is not None:
                undecide(check, f"The passage prints \u201c{found[1]}\u201d where the claim "
                                f"says \u201c{found[0]}\u201d")
                break


# --------------------------------------------------------------------------------------------
# A version number of a name

_VERSION = r"(?<![\w.]){}(?![\w]|\.\d)"


def _names_thing(word: str, before: str) -> bool:
    """Whether `word` is a name a version can follow: a capital inside it or a digit or hyphen
    ("olmOCR", "GPT-4"), or a capitalised rare word that does not open a sentence ("Apache");
    "The", "Across", "Approximately" open sentences or are common words."""
    if not word or not any(char.isalpha() for char in word):
        return False
    if any(char.isupper() for char in word[1:]) or any(char.isdigit() or char == "-"
                                                       for char in word):
        return any(char.isupper() for char in word)
    opening = not before.strip() or before.rstrip()[-1:] in ".!?"
    return word[0].isupper() and not opening and zipf_frequency(word.casefold(), "en") < 4.5


def printed_at(text: str, number: str, percent: bool = False) -> Iterator[tuple[int, int]]:
    """(start, end) of each printing of `number` in `text` as a whole number: not inside a word
    or after a point, and not followed by a word character or by a point and a digit ("2" is
    not printed in "2.0" or "v2"); with `percent`, a "%" right after it is taken along where
    the number ends there too. The matches of the pattern `_VERSION` (`\\w` is `str.isalnum`
    or "_"), found with `str.find`: a pattern per number cost a compilation for each
    distinct number of the claims, more than the `re` module's cache keeps."""
    start, size = 0, len(number)
    while size and (at := text.find(number, start)) >= 0:
        start = at + 1
        if at and (_word(text[at - 1]) or text[at - 1] == "."):
            continue
        end = at + size
        if percent and text[end:end + 1] == "%" and _ends(text, end + 1):
            yield at, end + 1
            start = end + 1
        elif _ends(text, end):
            yield at, end
            start = end


def _ends(text: str, end: int) -> bool:
    """Whether a number printed up to `end` ends there (`(?![\\w]|\\.\\d)`)."""
    after = text[end:end + 1]
    return not (after and _word(after)) and not (after == "." and text[end + 1:end + 2].isdecimal())


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"


@lru_cache(maxsize=16384)
def version_of(text: str, number: str) -> str | None:
    """The name whose version `number` is wherever `text` prints it ("olmOCR 2", "Apache
    2.0": the word before it holds a capital letter), case-folded; None when some printing of
    it is not right after a name. Remembered: a claim and a passage are asked again for each
    check that quotes them."""
    names = set()
    for start, _ in printed_at(text, number):
        if not re.search(r"[A-Za-z0-9][\s\-]+$", text[:start]):
            return None  # "US$15", "(15": no name right before
        words = re.findall(r"[\w\-.]+", text[:start])
        before = words[-1].strip(".") if words else ""
        if not _names_thing(before, text[:start].rstrip()[:-len(before) or None]):
            return None
        names.add(before.casefold())
    return next(iter(names)) if len(names) == 1 else None


def guard_name_versions(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose every matched number is, on both sides, the
    version of a name, and of different names ("olmOCR 2" against "Apache 2.0"): a version
    tells which thing is meant, it is no value of it. In place."""
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        for evidence in check.evidence:
            pairs = evidence.numbers
            claimed = [version_of(claim.text, pair.claimed) for pair in pairs]
            if None in claimed:
                continue  # both tests below need every claimed number to be a version
            versions = [(version, version_of(evidence.quote, pair.found))
                        for version, pair in zip(claimed, pairs, strict=True)]
            if pairs and all(mine is not None and theirs is not None and mine != theirs
                             for mine, theirs in versions):
                undecide(check, "The numbers matched are versions of different names, not "
                                "values")
                break
            matched = {pair.claimed for pair in pairs}
            others = [token for token in re.findall(r"\S*\d\S*", claim.text)
                      if not set(re.findall(r"\d+(?:[.,]\d+)*", token)) <= matched]
            if pairs and others and all(mine is not None and theirs is not None
                                        for mine, theirs in versions):
                # Only a version matched ("olmOCR 2" on both sides): the claim's values
                # ("1288px", "1024px") were never compared.
                undecide(check, "Only a version of a name matched; the claim's values "
                                f"({', '.join(others[:3])}) were not compared")
                break


def unnamed_version(claim_text: str, check: Check) -> str | None:
    """A name of the claim with its version ("olmOCR 2") when the passages that give the
    claim's other numbers never print that name with that version: printed, or None."""
    named = []
    for quantity_text in {pair.claimed for evidence in check.evidence
                          for pair in evidence.numbers}:
        name = version_of(claim_text, quantity_text)
        if name is not None:
            named.append((name, quantity_text))
    if not named:
        return None
    versions = {version for _, version in named}
    valued = [evidence.quote for evidence in check.evidence
              if any(pair.claimed not in versions for pair in evidence.numbers)]
    if not valued:
        return None
    for name, version in named:
        together = re.compile(rf"{re.escape(name)}[\s\-]*{re.escape(version)}(?![\w]|\.\d)",
                              re.IGNORECASE)
        if not any(together.search(quote) for quote in valued):
            return f"{name} {version}"
    return None


def guard_unnamed_versions(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose claim names a thing with its version
    ("olmOCR 2 scores 68.2") while the passage that gives the value names the thing without it
    ("olmOCR 68.2", the first release's row), the version matched in another passage. In
    place."""
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        missing = unnamed_version(claim.text, check)
        if missing is not None:
            undecide(check, f"The passage giving the value does not name \u201c{missing}\u201d, "
                            "only another version or none")


# --------------------------------------------------------------------------------------------
# A sibling of a compound name

_COMPOUND = re.compile(r"(?<![\w\-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![\w\-])")


def sibling_name(claim_text: str, quote: str) -> tuple[str, str] | None:
    """A hyphenated name of the claim ("olmOCR-mix-1025") that the passage does not print
    while it prints another of the same number of parts sharing some of them
    ("olmOCR2-synthmix-1025"): (the claim's, the passage's)."""
    printed = {token.casefold() for token in _COMPOUND.findall(quote)}
    for token in _COMPOUND.findall(claim_text):
        parts = token.casefold().split("-")
        if token.casefold() in printed or not (
                any(char.isupper() for char in token) or any(char.isdigit() for char in token)):
            continue
        for other in printed:
            theirs = other.split("-")
            if len(theirs) == len(parts) and other != token.casefold() \
                    and set(theirs) & set(parts) and len(parts) >= 3:
                return token, other
    return None


def guard_sibling_names(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage prints a sibling of a compound
    name of the claim and never the claim's ("olmOCR2-synthmix-1025" for "olmOCR-mix-1025"):
    the passage speaks of the other data set or model. In place."""
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        for evidence in check.evidence:
            found = sibling_name(claim.text, evidence.quote)
            if found is not None:
                undecide(check, f"The passage speaks of \u201c{found[1]}\u201d, not of the "
                                f"claim's \u201c{found[0]}\u201d")
                break


# --------------------------------------------------------------------------------------------
# A condition a mark stands for

_MARKED = re.compile(r"(?P<base>[^.;]*?)\s*,?\s*except (?:for )?(?:those|the ones|the results|"
                     r"results|rows|the rows)?\s*marked (?:with|by) (?P<mark>[^\s\w,])\s*,?\s*"
                     r"(?:which|that) (?:are|were|is|was) (?P<cond>[^.;]+)", re.IGNORECASE)
_GENERIC = frozenset(("result", "model", "their", "those", "these", "score", "fully"))


def _condition_words(text: str) -> set[str]:
    return {word for word in _stems(text) if word not in _GENERIC}


def _marks(paper: Paper) -> list[tuple[str, set[str], set[str]]]:
    """Each mark the paper defines ("except those marked with *, which are reported by their
    authors"): (the mark, the words of the condition it stands for, the words of the
    condition of the unmarked ones)."""
    texts = [sentence.text for sentence in paper.sentences]
    texts += [table.caption or "" for table in paper.tables]
    found = []
    for text in texts:
        folded = text.casefold()
        if "except" not in folded or "marked" not in folded:
            continue  # the pattern's lazy opening tries every start: skip what cannot match
        for match in _MARKED.finditer(text):
            found.append((match.group("mark"), _condition_words(match.group("cond")),
                          _condition_words(match.group("base"))))
    return found


def _same_number(printed: str, number: str) -> bool:
    """Whether a printed token is `number` written otherwise: a table check gives the cell's
    value ("72" for the printed "72.0"), a passage check the digits as printed."""
    try:
        return abs(float(printed.replace(",", "")) - float(number.replace(",", ""))) < 1e-9
    except ValueError:
        return False


def _carries(quote: str, number: str, mark: str) -> bool | None:
    """Whether `quote` prints `number` with `mark` (right after it or its interval, or on the
    names right before it); None when it does not print the number."""
    tokens = quote.split()
    found = None
    for position, token in enumerate(tokens):
        printed = token.strip("*,;:()\u2020\u2021")
        if printed != number and not _same_number(printed, number):
            continue
        after = " ".join(tokens[position:position + 3])
        if re.match(rf"{re.escape(printed)}\s*(?:\u00b1\s*[\d.?]+)?\s*{re.escape(mark)}", after):
            return True
        for before in reversed(tokens[max(0, position - 5):position]):
            if _NUMBER.fullmatch(before.strip("*")) or not any(c.isalnum() for c in before):
                break
            if mark in before:
                return True
        found = False
    return found


def marked_condition(claim_text: str, quote: str, numbers: list[str],
                     marks: list[tuple[str, set[str], set[str]]]) -> str | None:
    """Why the passage's number does not show the claim's condition: the claim says the
    condition a mark stands for and the number lacks the mark, or the condition of the
    unmarked ones and the number carries it."""
    said = _stems(claim_text)
    for mark, condition, base in marks:
        for words, wanted in ((condition, True), (base, False)):
            if not words or 2 * len(words & said) < len(words):
                continue
            for number in numbers:
                carries = _carries(quote, number, mark)
                if carries is not None and carries != wanted:
                    return (f"{number} is printed {'without' if wanted else 'with'} the mark "
                            f"\u201c{mark}\u201d that the paper ties to what the claim says")
    return None


def guard_marked_conditions(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting check whose number lacks the mark the paper ties to the
    claim's condition ("reported by its authors" of a row without "*"), or carries the mark
    while the claim says the condition of the unmarked rows. In place."""
    marks = per_paper(paper, "marks", _marks)
    if not marks:
        return
    for kind in (CheckKind.source, CheckKind.table):
        for check in list(decided(checks, kind, SUPPORTING)):
            for evidence in check.evidence:
                why = marked_condition(claim.text, evidence.quote, printed_numbers(evidence),
                                       marks)
                if why is not None:
                    undecide(check, why)
                    break


def guard_passages(claim: Claim, checks: list[Check], paper: Paper) -> None:
    """The guards of this module, in place (one hook in verify/guard_chain.py)."""
    guard_marked_conditions(claim, checks, paper)
    if acts(checks, SOURCE_SUPPORTING):
        guard_other_digits(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):
        guard_name_versions(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):
        guard_unnamed_versions(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):
        guard_sibling_names(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):
        guard_parallel_clauses(claim, checks)
    if acts(checks, SOURCE_CONTRADICTED):
        guard_difference_against_level(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):
        guard_unranked_support(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):
        guard_item_numbers(claim, checks)
