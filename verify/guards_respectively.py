"""Precision guard: "A and B reach x and y, respectively" gives y for B, never for A.

A sentence that pairs a list of names with a list of numbers by "respectively" gives the i-th
number for the i-th name. The quantity parser binds such lists when its entity tagger knows
the names; a paper's own symbols and short names ("β−", "β+", "NMOS and PMOS", "ep and nc")
are often no entity, and then a claim that gives one name the other name's number ("the β−
implementation has a temperature sensitivity of -47.74 nA/°C" against "The implementation β−
and β+ show ... temperature sensitivities are -34.09 nA/°C and -47.74 nA/°C, respectively",
arXiv:2201.13352) agreed with the sentence number for number and was confirmed.

The general fact: in a sentence with "respectively", a list of n single-word names ("A and B",
"A, B and C") and a list of n numbers are paired in order. When the claim's number agrees
with the k-th number of such a list, and the claim says another name of the paired list but
not the k-th, the sentence gives that number for another thing: it never supports the claim
(`guard_respectively`). A claim that says the k-th name, or all of them, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence, NumberPair, Outcome

from .guard_triggers import SOURCE_CONTRADICTED, acts
from .guards_listed_clauses import guard_listed_clauses
from .keyed_lists import keyed_mismatch
from .quote_quantities import quote_quantities
from .respectively_swaps import listed_swap
from .undecided import decided, supporting_sources, undecide

RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_ITEM = r"[^\s,;:()\[\]]+"
_NAME_LIST = re.compile(rf"(?<![^\s(])({_ITEM}(?:\s*,\s*{_ITEM})*)\s*,?\s+and\s+({_ITEM})")
# Between two numbers of one list: an optional unit, then a comma or "and".
_NUMBER_GAP = re.compile(r"\s*(?:[^\s\d,;()\[\]]+\s*)?(?:,\s*(?:and\s+)?|and\s+)")
_SIGNS = "+-\u2212\u2013"


def _token(text: str) -> str:
    return text.strip(".,;:()[]'\"").casefold()


# A citation in brackets, ending in its year: "(Rubenstein and Goodenough, 1965)".
_ASIDE = re.compile(r"\s*\([^()]*\b(?:1[89]|20)\d\d[a-z]?\)")
_ARTICLE = re.compile(r"(?:(?<=\band )|(?<=, ))the\s+", re.IGNORECASE)


def name_lists(sentence: str) -> list[list[str]]:
    """The lists of single-word names of `sentence` ("β− and β+" → ["β−", "β+"]), numbers
    left out. A name's citation in brackets and an article before a later name are read
    past: "the RG-65 (Rubenstein and Goodenough, 1965) and the MC-30 (Miller and Charles,
    1991) datasets that contain 65 and 30 pairs of nouns respectively" lists RG-65 and MC-30
    (Faruqui and Dyer, E14-1049, page 4; red team 11, round 20)."""
    found = []
    for match in _NAME_LIST.finditer(_ARTICLE.sub("", _ASIDE.sub("", sentence))):
        items = [item.strip() for item in match.group(1).split(",")] + [match.group(2)]
        if all(item and not item.lstrip(_SIGNS)[:1].isdigit() for item in items):
            found.append([_token(item) for item in items])
    return found


def number_lists(sentence: str) -> list[list[str]]:
    """The lists of numbers of `sentence`, each number as printed without its sign."""
    quantities = quote_quantities(sentence)
    lists: list[list[str]] = []
    previous = None
    for quantity in quantities:
        printed = sentence[quantity.span[0]:quantity.span[1]].lstrip(_SIGNS)
        if previous is not None and _NUMBER_GAP.fullmatch(
                sentence, previous.span[1], quantity.span[0]):
            lists[-1].append(printed)
        else:
            lists.append([printed])
        previous = quantity
    return [numbers for numbers in lists if len(numbers) >= 2]


def unmarked_pairs(sentence: str) -> list[tuple[list[str], list[str]]]:
    """The (names, numbers) lists `sentence` pairs without saying "respectively", as papers
    often write them: a list of n capitalised names, then, after it, a list of n numbers
    ("Multi-Domain, Multi-Cardinality and Multi-Objective benefit from MTLE with average
    improvements of 5.8%, 3.1% and 1.7%", arXiv:1710.07210, page 5, round 19). A range
    ("between 1 and 5") is no list; each number list takes the nearest name list before it."""
    if " and " not in sentence or RESPECTIVELY.search(sentence):
        return []
    found = []
    names_at = [(names, at) for names, at in _name_lists_at(sentence)
                if all(name[:1].isupper() for name in names[1])]
    for numbers, at in _number_lists_at(sentence):
        if re.search(r"\b(?:between|from)\s*$", sentence[max(0, at - 9):at], re.I):
            continue
        before = [(names, start) for names, start in names_at if start < at]
        if before:
            names = max(before, key=lambda item: item[1])[0][0]
            if len(names) == len(numbers):
                found.append((names, numbers))
    return found


def _name_lists_at(sentence: str) -> list[tuple[tuple[list[str], list[str]], int]]:
    """Each list of single-word names of `sentence`: (its names as tokens and as printed),
    where it starts."""
    found = []
    for match in _NAME_LIST.finditer(sentence):
        items = [item.strip() for item in match.group(1).split(",")] + [match.group(2)]
        if all(item and not item.lstrip(_SIGNS)[:1].isdigit() for item in items):
            found.append((([_token(item) for item in items], items), match.start()))
    return found


def _number_lists_at(sentence: str) -> list[tuple[list[str], int]]:
    """`number_lists` with where each list starts."""
    quantities = quote_quantities(sentence)
    lists: list[tuple[list[str], int]] = []
    previous = None
    for quantity in quantities:
        printed = sentence[quantity.span[0]:quantity.span[1]].lstrip(_SIGNS)
        if previous is not None and _NUMBER_GAP.fullmatch(
                sentence, previous.span[1], quantity.span[0]):
            lists[-1][0].append(printed)
        else:
            lists.append(([printed], quantity.span[0]))
        previous = quantity
    return [(numbers, at) for numbers, at in lists if len(numbers) >= 2]


def paired(sentence: str) -> bool:
    """Whether `sentence` pairs names with numbers, by "respectively" or by lists alone."""
    return bool(RESPECTIVELY.search(sentence)) or bool(unmarked_pairs(sentence))


def other_name(claim: str, sentence: str, found: str) -> tuple[str, str] | None:
    """(the claim's name, the name the sentence gives `found` for), when the sentence pairs
    them by "respectively" (module docstring), or by its lists alone (`unmarked_pairs`: then
    only for a claim that gives one number of the list); else None."""
    found = found.lstrip(_SIGNS)
    if not RESPECTIVELY.search(sentence):
        said = {_token(word) for word in claim.split()}
        for names, numbers in unmarked_pairs(sentence):
            if found not in numbers or sum(
                    1 for number in numbers
                    if re.search(rf"(?<![\w.]){re.escape(number)}(?![\d])", claim)) != 1:
                continue
            k = numbers.index(found)
            if names[k] not in said:
                mine = [name for i, name in enumerate(names) if i != k and name in said]
                if mine:
                    return mine[0], names[k]
        return None
    said = {_token(word) for word in claim.split()}
    for numbers in number_lists(sentence):
        if found in numbers and (pair := named_elsewhere(said, found, numbers, sentence)
                                 or _claim_pairs_otherwise(claim, found, numbers, sentence)):
            return pair
    return None


def _claim_pairs_otherwise(claim: str, found: str, numbers: list[str],
                           sentence: str) -> tuple[str, str] | None:
    """A claim that says every name of the list gives each its own number: "improves the
    single model by 0.3% and the ensemble model by 0.4%" pairs 0.3% with "single", the name
    nearest before it. When that name is not the one the sentence pairs with `found` ("0.4%
    and 0.3% ... for single and ensemble models respectively", probe of DR-BiLSTM,
    1802.05577, round 14, where the claim's swap was confirmed), (the claim's name, the
    sentence's); else None. A claim with its own "respectively" is read by its lists, not
    here."""
    if RESPECTIVELY.search(claim):
        return None
    k = numbers.index(found)
    at = [match.start() for match in re.finditer(
        rf"(?<![\w.]){re.escape(found)}(?![\d])", claim)]
    if len(at) != 1:
        return None
    said = {_token(word) for word in claim.split()}
    for names in name_lists(sentence):
        if len(names) != len(numbers) or not set(names) <= said:
            continue
        placed = [_token(match.group()) for match in
                  re.finditer(r"[^\s,;:()\[\]]+", claim[:at[0]])
                  if _token(match.group()) in names]
        if placed and placed[-1] != names[k]:
            return placed[-1], names[k]
    return None


def named_elsewhere(said: set[str], found: str, numbers: list[str],
                    names_text: str) -> tuple[str, str] | None:
    """For a list of `numbers` holding `found`, paired in order with a list of as many names
    in `names_text`: (a name the claim says, at another place of the list; the name at
    `found`'s place, which the claim does not say); None when no list pairs so."""
    k = numbers.index(found)
    for names in name_lists(names_text):
        if len(names) != len(numbers) or names[k] in said:
            continue
        mine = [name for i, name in enumerate(names) if i != k and name in said]
        if mine:
            return mine[0], names[k]
    return None


def guard_respectively(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose sentence gives a number the claim agrees
    with for another name of a "respectively" list (module docstring). In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            if not evidence.quote or not paired(evidence.quote):
                continue
            pairs = [pair.found for pair in evidence.numbers if pair.agree]
            swapped = next((named for found in pairs
                            if (named := other_name(claim.text, evidence.quote, found))), None)
            if swapped is not None and RESPECTIVELY.search(evidence.quote) \
                    and _contradict_swap(claim, check, evidence):
                break
            if swapped is not None:
                undecide(check, f"Not confirmed: the passage gives the number for "
                                f"'{swapped[1]}', not for '{swapped[0]}' (respectively)")
                break


# --------------------------------------------------------------------------------------------
# The contradicting side (probes of heldout16, round 16): "HN-AVE outperforms CNN-word by 7.3%,
# 8.8%, 8.5%, 10.2% than CNN-word on Yelp 2013, 2014, 2015 and IMDB respectively" contradicted
# "... by 10.2% on IMDB" with 7.3%, the list's first number, though the list prints the claimed
# 10.2% for IMDB. A "respectively" list that holds the claimed number gives it to one of its
# items; another number of the same list is another item's, no contradiction, unless the list's
# names pair that number with a name the claim says and the claimed number with one it does not
# (the claim then gives its subject another item's number).


def contradicted_by_own_list(claim: str, sentence: str, claimed: str, found: str) -> bool:
    """Whether `found` contradicts `claimed` only as another number of a "respectively" list of
    `sentence` that prints `claimed` too (module section above)."""
    if not RESPECTIVELY.search(sentence):
        return False
    claimed, found = claimed.strip().lstrip(_SIGNS), found.strip().lstrip(_SIGNS)
    keyed = keyed_mismatch(claim, sentence)
    if keyed is not None and keyed[2] == found:
        return False  # the list's keys give `found` to the claim's key (verify/keyed_lists.py)
    said = {_token(word) for word in claim.split()}
    for numbers in number_lists(sentence):
        if claimed not in numbers or found not in numbers or claimed == found:
            continue
        named = [names for names in name_lists(sentence) if len(names) == len(numbers)]
        return not any(names[numbers.index(found)] in said
                       and names[numbers.index(claimed)] not in said for names in named)
    return False


def unnamed_owners(claim: str, sentence: str, found: str) -> list[str] | None:
    """The names a "respectively" list of `sentence` gives its numbers to, `found` among them,
    when the claim names none of them (round 25, probe25a: "Lupeol showed an LC50 of 1.8
    µg/ml" was contradicted by "the n-hexane, chloroform and methanol soluble fractions showed
    significant cytotoxicity having LC50 2.17 µg/ml, 2.77 µg/ml and 2.46 µg/ml,
    respectively", Alam et al. 2009: each number is one fraction's, and the claim speaks of
    none of them; nor does the list's 2.17 confirm "Lupeol showed an LC50 of 2.17 µg/ml");
    else None."""
    if not RESPECTIVELY.search(sentence):
        return None
    found = found.strip().lstrip(_SIGNS)
    said = {_token(word) for word in re.split(r"[\s/]+", claim)}
    said |= {part for word in said for part in word.split("-") if part}
    for numbers in number_lists(sentence):
        if found not in numbers:
            continue
        named = [names for names in name_lists(sentence) if len(names) == len(numbers)]
        # Any list of as many names may be the one the numbers go with ("the second and third
        # benchmarks are the RG-65 ... and the MC-30 ... datasets that contain 65 and 30
        # pairs ... respectively"): a claim naming an item of any of them is left alone.
        if named and not any(
                name in said or any(part in said for part in name.split("-") if len(part) > 3)
                for names in named for name in names):
            return named[0]
    return None


def guard_respectively_contradictions(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradicting source check whose disagreeing number is another number of a
    "respectively" list that prints the claimed number too (`contradicted_by_own_list`), or of
    a list of clauses that prints it in a clause restating the claim, or a list whose names
    the claim says none of; and each supporting one whose agreeing number is such a list's
    (round 25, `unnamed_owners`, `guards_listed_clauses`). In place."""
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        for evidence in check.evidence:
            pair = next((pair for pair in evidence.numbers if not pair.agree
                         and contradicted_by_own_list(claim.text, evidence.quote or "",
                                                      pair.claimed, pair.found)), None)
            if pair is not None:
                undecide(check, f"The passage prints the claim's {pair.claimed} itself in a "
                                f"list paired by \u201crespectively\u201d; its {pair.found} is "
                                "another item's number")
                break
    for check in [*decided(checks, CheckKind.source, (Outcome.contradicted,)),
                  *supporting_sources(checks)]:
        for evidence in check.evidence:
            owners = next((names for pair in evidence.numbers
                           if (names := unnamed_owners(claim.text, evidence.quote or "",
                                                       pair.found))), None)
            if owners is not None:
                undecide(check, "Not decided: the passage gives its numbers, one by one, to "
                                f"{', '.join(owners)}, and the claim names none of them")
                break
    if acts(checks, SOURCE_CONTRADICTED):  # a list of clauses, its noun said once (round 25)
        guard_listed_clauses(claim, checks)


def _contradict_swap(claim: Claim, check: Check, evidence: Evidence) -> bool:
    """Turn `check` into a contradiction when the claim gives its one item of the evidence's
    "respectively" list another item's number (verify/respectively_swaps.py). In place."""
    said = {_token(word) for word in claim.text.split()}
    quote = evidence.quote or ""
    names, numbers = name_lists(quote), number_lists(quote)
    for pair in evidence.numbers:
        if not pair.agree:
            continue
        found = pair.found.lstrip(_SIGNS)
        swap = listed_swap(claim.text, quote, found, names, numbers, said)
        if swap is None:
            continue
        value = float(swap[0].replace(",", "").rstrip("%"))
        evidence.numbers = [NumberPair(claimed=item.claimed, found=swap[0],
                                       claimed_value=item.claimed_value, found_value=value,
                                       about=swap[1], agree=False) if item is pair else item
                            for item in evidence.numbers]
        evidence.claimed, evidence.found = pair.claimed_value, value
        check.outcome, check.decisive = Outcome.contradicted, True
        check.explanation = (f"{evidence.source} gives {swap[0]} for \u2018{swap[1]}\u2019 in a "
                             f"list paired by \u201crespectively\u201d; the claim's "
                             f"{pair.claimed} is another item's")
        return True
    return False
