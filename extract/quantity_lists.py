"""Lists, ranges and aligned names: the grouping step of the quantity parser
(extract/quantities.py).

Numbers printed as a list ("8.2, 7.5, and 7.0 points") or a range ("10-20 examples") share
the unit printed with one of them, and a list of n numbers binds one to one to a list of n
entity names in the same sentence. Kept apart because it works on the numbers found, all
together, rather than on one number and its words.
"""

from __future__ import annotations

import re

from verify_claims.claims import Entity

from .quantity_text import Hit, Text

__all__ = ["bind_aligned_lists", "group"]

# Lists, ranges, sentences and clauses.
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*)", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|±|\+/-)\s*", re.I)


def group(text: str, hits: list[Hit]) -> None:
    """Join numbers printed as a list ("8.2, 7.5, and 7.0") or a range ("10-20", "10 to 20"),
    and share the unit printed with one of them (usually the last). Ranges are never bound to
    names."""
    groups = [[hits[0]]]
    for previous, hit in zip(hits, hits[1:], strict=False):
        gap = text[previous.end:hit.start]
        if _LIST_SEP.fullmatch(gap):
            groups[-1].append(hit)
        elif _RANGE_SEP.fullmatch(gap) and hit.sign is None:
            previous.ranged = hit.ranged = True
            groups[-1].append(hit)
        else:
            groups.append([hit])
    for members in groups:
        units = {hit.unit for hit in members} - {None}
        shared = units.pop() if len(units) == 1 else None
        for hit in members:
            hit.group = members
            if hit.unit is None and (shared != "year" or _YEAR.fullmatch(text[hit.start:hit.end])):
                # A year is no unit of the number after it: "In 2009, 1,320 householders" is
                # a year and a count (the MMWR housing report, probe29a), not two years.
                hit.unit = shared


def bind_aligned_lists(doc: Text, hits: list[Hit]) -> None:
    """Bind the i-th number of a list to the i-th entity of an equally long list."""
    entity_lists = _entity_lists(doc)
    if not entity_lists:
        return
    seen: set[int] = set()
    for hit in hits:
        members = hit.group
        if id(members) in seen or len(members) < 2 or members[0].ranged:
            continue
        seen.add(id(members))
        low, high = doc.sentence(members[0].start)
        candidates = [names for names in entity_lists
                      if len(names) == len(members) and low <= names[0].span[0] < high]
        if len(candidates) > 1:
            if "respectively" not in doc.text[low:high].lower():
                continue
            candidates = [names for names in candidates
                          if names[-1].span[1] <= members[0].start][-1:]
        if len(candidates) != 1:
            continue
        names = candidates[0]
        listed = {entity.name for entity in names}
        for member, entity in zip(members, names, strict=True):
            member.bound_to = entity.name
            others = [name for name in member.attaches_to if name not in listed]
            member.attaches_to = [entity.name, *others]


def _entity_lists(doc: Text) -> list[list[Entity]]:
    lists: list[list[Entity]] = []
    for entity in doc.entities:
        if lists and _LIST_SEP.fullmatch(doc.text, lists[-1][-1].span[1], entity.span[0]):
            lists[-1].append(entity)
        else:
            lists.append([entity])
    return [names for names in lists if len(names) >= 2]
