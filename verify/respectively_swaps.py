"""A number a "respectively" list gives another item, claimed for one item: a contradiction.

"For document classification, the dimension of the semantic vectors was set to 25" (false) was
left unverified by "... (the dimensions of the semantic and structure vectors were set to 75
and 25, respectively)" (Liu & Lapata, arXiv:1705.09207, page 8, round 19): the guard of
verify/guards_respectively.py saw that 25 is the structure vectors' and set the support aside,
but the same sentence says what the semantic vectors' dimension is: 75.

The general fact: in a sentence that pairs a list of n names with a list of n numbers by
"respectively", the i-th number is the i-th name's. A claim that names exactly one item of the
list and gives it exactly one number of the list, another item's, contradicts the sentence
when the passage holds all else it says (the support it would have had, but for the pairing).
It is read only when the sentence has a single name list of that length that the claim
names, so which list pairs with the numbers is not in doubt, and only when the two numbers
differ; otherwise the guard withholds the verdict as before.
"""

from __future__ import annotations

import re

__all__ = ["listed_swap"]


def listed_swap(claim: str, sentence: str, found: str, names_lists: list[list[str]],
                numbers_lists: list[list[str]], said: set[str]) -> tuple[str, str] | None:
    """(the number the sentence's list gives the claim's item, that item's name) when the
    claim gives its one item of a "respectively" list the number `found` of another item
    (module docstring); None otherwise. `said` are the claim's words as list tokens."""
    for numbers in numbers_lists:
        if found not in numbers or numbers.count(found) != 1:
            continue
        in_claim = [number for number in numbers
                    if re.search(rf"(?<![\w.,]){re.escape(number)}(?![\d])", claim)]
        if in_claim != [found]:
            return None
        named = [names for names in names_lists
                 if len(names) == len(numbers) and set(names) & said]
        if len(named) != 1 or len(set(named[0])) != len(named[0]):
            return None
        mine = [i for i, name in enumerate(named[0]) if name in said]
        k = numbers.index(found)
        if len(mine) != 1 or mine[0] == k or numbers[mine[0]] == found:
            return None
        return numbers[mine[0]], named[0][mine[0]]
    return None
