"""What a source check shows: its evidence (the quote, its place, the numbers side by side),
the claim's parts matched beside the passage's words, and the explanation of its outcome.

Split from verify/source_check.py, which decides: these only word and show the readings it
decided with (verify/sentence_reading.py), and never change an outcome.
"""

from __future__ import annotations

from collections.abc import Sequence

from verify_claims.claims import Claim, Evidence, MatchedPart, NumberPair, Quantity, Sentence

from .content import Accounting, section_neighbours
from .degree_words import degree_flip, degree_words
from .number_match import _Pair
from .number_values import _ITEM_UNITS, _SCORE_UNITS, _SETTING_UNITS
from .passages import PassageIndex
from .sentence_reading import RELEVANT, _Reading
from .shown_words import passage_words, source_word
from .worded_flips import flip_explanation
from .wording import importance, quality

_DIRECTION_WORDS = {"increase": "an increase", "decrease": "a decrease"}


def _location(sentence: Sentence) -> str | None:
    pages = (f"pages {sentence.page}\u2013{sentence.end_page}"
             if sentence.end_page and sentence.end_page != sentence.page else None)
    parts = [part for part in (sentence.section, pages) if part]
    return ", ".join(parts) or None


def _shown(quantity: Quantity) -> str:
    """The number as printed, with its counted noun when the text leaves it out: the
    quantity text of "9 target tasks" is "9", shown as "9 tasks"."""
    unit = quantity.unit
    if unit and (unit in _ITEM_UNITS or unit in _SETTING_UNITS or unit.isalpha()) \
            and unit not in _SCORE_UNITS and unit not in ("x", "year") \
            and unit.replace("_", " ").casefold() not in quantity.text.casefold():
        return f"{quantity.text} {unit.replace('_', ' ')}"
    return quantity.text


def _about(pair: _Pair) -> str:
    return f" for {pair.name}" if pair.name else ""


def _numbers_note(pairs: Sequence[_Pair]) -> str | None:
    notes = []
    for pair in pairs:
        if pair.found is None:
            continue
        relation = "matches" if pair.state == "agree" else "vs"
        cut = " (cut off in the claim)" if pair.claimed.cut_off else ""
        notes.append(f"claimed {_shown(pair.claimed)}{cut} {relation} {_shown(pair.found)}"
                     f"{_about(pair)}")
    return "; ".join(notes) or None


def _evidence(reading: _Reading, source: str, pairs: Sequence[_Pair]) -> Evidence:
    lead = next((pair for pair in pairs if pair.found is not None), None)
    return Evidence(source=source, quote=reading.sentence.text, page=reading.sentence.page,
                    location=_location(reading.sentence), score=reading.score,
                    claimed=lead.claimed.value if lead else None,
                    found=lead.found.value if lead and lead.found else None,
                    note=_numbers_note(pairs),
                    numbers=[NumberPair(claimed=pair.claimed.text, found=pair.found.text,
                                        claimed_value=pair.claimed.value,
                                        found_value=pair.found.value,
                                        about=pair.name, agree=pair.state == "agree")
                             for pair in pairs if pair.found is not None])


def _list(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _support_explanation(source: str, passages: int, pairs: Sequence[_Pair], claim: Claim,
                         score: float | None = None) -> str:
    if pairs:
        given = _list([f"{_shown(pair.found)}{_about(pair)}" for pair in pairs if pair.found])
        cut = " (the claim's last number is cut off and matches as a prefix)" \
            if any(pair.claimed.cut_off for pair in pairs) else ""
        where = f"{passages} passages" if passages > 1 else "a matching passage"
        return f"{source} gives {given} in {where}, as the claim says{cut}."
    names = list(dict.fromkeys(entity.name for entity in claim.entities))
    about = _list(names) if names else "the same thing"
    where = " in a sentence and its neighbours" if passages > 1 else ""
    return (f"{source} states the same about {about}{where} (match score {score or 0:.2f}), "
            "with the same direction and negation.")


def _contradiction_explanation(source: str, reading: _Reading, claim: Claim) -> str:
    pair, sentence = reading.culprit, reading.sentence
    if told := flip_explanation(source, reading.reason, sentence.text):
        return told  # verify/worded_flips.py
    if reading.reason == "negation":
        said, theirs = ("negates", "asserts") if claim.negated else ("asserts", "negates")
        return f"The claim {said} what {source} {theirs}: \u201c{sentence.text}\u201d"
    if reading.reason == "importance":
        said = "dispensable" if importance(claim.text) == -1 else "important"
        theirs = "important" if said == "dispensable" else "dispensable"
        return (f"The claim calls {said} what {source} calls {theirs}: "
                f"\u201c{sentence.text}\u201d")
    if reading.reason == "quality":
        said = "poor" if quality(claim.text) == -1 else "good"
        theirs = "good" if said == "poor" else "poor"
        return (f"The claim judges {said} what {source} judges {theirs}: "
                f"\u201c{sentence.text}\u201d")
    if reading.reason == "degree":
        term = degree_flip(claim.text, sentence.text) or ""
        return (f"The claim says \u201c{degree_words(claim.text, term)}\u201d where {source} "
                f"says \u201c{degree_words(sentence.text, term)}\u201d: "
                f"\u201c{sentence.text}\u201d")
    if reading.reason == "effect":
        return (f"{source} states how one thing moves with another, with one of the claim's "
                f"two directions turned: \u201c{sentence.text}\u201d")
    if reading.reason == "comparison":
        return (f"{source} compares the claim's two arguments the other way round: "
                f"\u201c{sentence.text}\u201d")
    if reading.reason == "direction":
        return (f"{source} reports {_DIRECTION_WORDS[sentence.direction or 'increase']} where "
                f"the claim reports {_DIRECTION_WORDS[claim.direction or 'decrease']}.")
    assert pair is not None and pair.found is not None
    if reading.reason == "sign":
        up = {1: "an increase", -1: "a decrease"}
        return (f"{source} gives {up[pair.found.sign or 1]} of {pair.found.text}{_about(pair)};"
                f" the claim says {up[pair.claimed.sign or 1]} of {pair.claimed.text}.")
    extra = {"transposed digits": " (the same digits, transposed)",
             "count": " (a different count)"}.get(reading.reason, "")
    return (f"{source} gives {_shown(pair.found)}{_about(pair)}; the claim says "
            f"{_shown(pair.claimed)}{extra}.")


def _undecided_explanation(source: str, readings: Sequence[_Reading]) -> str:
    """Why nothing was decided: no passage close enough, or what kept the closest one from
    deciding."""
    closest = readings[0] if readings else None
    if closest is None or closest.score < RELEVANT:
        score = f" (the closest scores {closest.score:.2f})" if closest else ""
        return f"No passage of {source} speaks to the claim{score}."
    if closest.conflict:
        why = (f"it reads the other way ({closest.conflict}), but not surely about the same "
               "thing (other names, names in another order, or too loose a match)")
    elif closest.missing:
        why = f"it does not name {_list(closest.missing)}"
    elif any(pair.state != "agree" for pair in closest.pairs):
        why = "it does not give the claimed number for the same thing"
    else:
        why = "it is not close enough to the claim's wording"
    return (f"The closest passage of {source} (score {closest.score:.2f}) neither supports "
            f"nor contradicts the claim: {why}.")


def _passage_texts(index: PassageIndex, positions: Sequence[int]) -> list[str]:
    """The texts of a passage, its own sentences first, then their neighbours and section."""
    texts = [index.sentences[position].text for position in positions]
    for position in positions:
        texts += [index.sentences[other].text for other in section_neighbours(index, position)
                  if other not in positions]
        texts.append(index.sentences[position].section or "")
    return texts


def _matched(accounting: Accounting | None, pairs: Sequence[_Pair],
             texts: Sequence[str]) -> list[MatchedPart]:
    """The claim's parts found in the passage beside the passage's words, then its values."""
    words = passage_words(texts) if accounting and accounting.matched else {}
    matched = [MatchedPart(part=part.role, claim=part.text, source=source_word(part, words))
               for part in (accounting.matched if accounting else [])]
    matched += [MatchedPart(part="value", claim=pair.claimed.text, source=pair.found.text)
                for pair in pairs if pair.found is not None]
    return matched
