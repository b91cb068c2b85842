"""Values a sentence gives to two sides in order: "A ... than B (x vs. y)", and spelled
fractions clause by clause (round 19, probes of Levy et al. 2017, zero-shot relation
extraction, CoNLL 2017, page 8).

- "Relation cues account for 58% of the cues" (false: 42%) was confirmed by "Type cues appear to
  be somewhat more dominant than relation cues (58% vs. 42%)". A sentence that compares A with
  B ("A ... more ... than B") and then prints "(x vs. y)" gives x to A and y to B, as it names
  them. The claim's agreeing number is x, but the claim names only B's side; the sentence
  gives that number to A (`versus_owner`).
- "Verbatim cues account for one third of the cases" (false: one sixth) was confirmed by "Half
  of the cues are relation-specific, whereas global cues account for one third of the cases and
  verbatim cues for one sixth". The parser reads no spelled fraction as a number, so the
  sentence supported the claim by its words alone, and all its words are there. A sentence
  that lists fractions clause by clause gives each fraction to its own clause's subject: the
  claim's fraction sits in one clause, while a word of the claim that the sentence prints only
  in another fraction's clause names the other subject (`fraction_owner`).

- "The text8 dataset has 1 million tokens" (true) was contradicted by "... four very different
  datasets to estimate p(w): enwiki (wikipedia, 3 billion tokens), poliblogs (...) (political
  blogs, 5 million), commoncrawl (...) (Internet crawl, 800 billion), text8 (Mahoney, 2008)
  (wiki subset, 1 million)" (Arora et al. 2017, SIF, page 8): the reading met the claim's
  "tokens" only at enwiki's 3 billion, while the sentence prints the claim's own "1 million"
  for text8, without the unit. A sentence that prints the claimed number itself, beside the
  number it was read against, gives the two to two things; unless the reading bound that
  other number to the claim's own subject ("BERTBASE contains 110M parameters and BERTLARGE
  contains 340M" does contradict "BERT-Base has 340M parameters"), or the sentence itself says
  whose the claimed number is (a slash list "500K/2000/2000 ... train/dev/test", "respectively",
  "A and B ... x and y"), it contradicts nothing (`prints_claimed`).

- "The momentum was set to 0.2" (false: 0.95) was confirmed by "The learning rate and momentum
  were set to 0.2 and 0.95" (Ling et al. 2015, 1508.02096, page 5). Two names joined by "and"
  and then two numbers joined by "and" pair in order, with or without "respectively"
  (`pair_owner`).

The general fact: a paper that prints two values side by side for two named things keeps them
in the order it names the things; a claim that puts one thing's value on the other is not
supported by the sentence. Both guards only withhold. Neither names a paper or a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .clause_values import made_here as made_by_clause_values
from .guards_labelled_numbers import SET_ASIDE
from .passages import content_terms
from .undecided import decided, supporting_sources, undecide

# "(58% vs. 42%)", "(0.41 versus 0.63)": two values in parentheses, the first side's first.
_VERSUS = re.compile(r"\(\s*(\d+(?:\.\d+)?)\s*%?\s*(?:vs\.?|versus)\s*(\d+(?:\.\d+)?)\s*%?\s*\)",
                     re.IGNORECASE)
_THAN = re.compile(r"\bthan\b", re.IGNORECASE)
# Where a clause of the sentence starts: after a comma, a semicolon or a conjunction.
_CLAUSE = re.compile(r"[;,]\s*|\s+(?:and|but|while|whereas)\s+", re.IGNORECASE)
_FRACTION = re.compile(
    r"\b(?:(?:one|a|two|three|four|five)[\s-]+(?:half|halves|thirds?|quarters?|fourths?|"
    r"fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|half)\b", re.IGNORECASE)


def _terms(text: str) -> set[str]:
    """The text's content words, stemmed (`content_terms`), without numbers. Generic words
    stay: "relation cues" and "type cues" differ by a word the verifier counts as generic."""
    return {term for term in content_terms(text) if not term[0].isdigit()}


def _word(text: str, term: str) -> str:
    """The word of `text` that `term` stems from, as printed."""
    return next((word for word in re.findall(r"[^\W\d_][\w\-]*", text)
                 if content_terms(word)[:1] == [term]), term)


def versus_owner(claim_text: str, quote: str, value: float) -> str | None:
    """The words of the side `quote` gives `value` to, when it prints "A ... than B (x vs. y)",
    `value` is one of x and y, and the claim names the other side only; else None."""
    for match in _VERSUS.finditer(quote):
        thans = list(_THAN.finditer(quote, 0, match.start()))
        if not thans:
            continue
        than = thans[-1]  # the comparison the parenthesis closes
        start = max((found.end() for found in _CLAUSE.finditer(quote, 0, than.start())),
                    default=0)
        first, second = _terms(quote[start:than.start()]), _terms(quote[than.end():match.start()])
        said = _terms(claim_text)
        for side, other, number in ((first, second, match[1]), (second, first, match[2])):
            if abs(float(number) - value) > 1e-9:
                continue
            own, theirs = side - other, other - side
            if theirs & said and not own & said:
                named = quote[start:than.start()] if side is first else \
                    quote[than.end():match.start()]
                return named.strip() or "the other side"
    return None


# "0.2 and 0.95": two numbers joined by "and", the second ending the pair.
_NUMBER_PAIR = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*%?\s+and\s+(\d+(?:\.\d+)?)(?![\w.]*\d)")
# Where the second name of a pair ends: its verb or preposition ("momentum were set to").
_NAME_END = re.compile(r"\b(?:is|are|was|were|set|of|to|at|respectively|reach(?:es|ed)?|"
                       r"ha(?:s|ve|d)|obtain(?:s|ed)?|achiev(?:es|ed))\b|[:(]", re.IGNORECASE)


def pair_owner(claim_text: str, quote: str, value: float) -> str | None:
    """The name `quote` pairs `value` with, when it prints "A and B ... x and y" in one clause
    (x is A's, y is B's), `value` is one of them, and the claim names the other name only;
    else None."""
    for match in _NUMBER_PAIR.finditer(quote):
        clause_start = max((found.end() for found in re.finditer(r"[;.]\s", quote[:match.start()])),
                           default=0)
        before = quote[clause_start:match.start()]
        joined = list(re.finditer(r"\s+and\s+", before))
        if not joined:
            continue
        first_text = " ".join(before[:joined[-1].start()].split()[-3:])
        rest = before[joined[-1].end():]
        end = _NAME_END.search(rest)
        second_text = rest[:end.start()] if end else ""
        first, second = _terms(first_text), _terms(second_text)
        if not first or not second or not 0 < len(second_text.split()) <= 3:
            continue
        said = _terms(claim_text)
        for own, other, number, name in ((first, second, match[1], first_text),
                                         (second, first, match[2], second_text)):
            if abs(float(number) - value) > 1e-9:
                continue
            if (other - own) & said and not (own - other) & said:
                return name.strip()
    return None


def _clauses(quote: str) -> list[tuple[int, int]]:
    """The spans of the sentence's clauses (`_CLAUSE` marks where one ends)."""
    bounds = [0, *(found.end() for found in _CLAUSE.finditer(quote)), len(quote)]
    return [(start, end) for start, end in zip(bounds, bounds[1:], strict=False) if end > start]


def fraction_owner(claim_text: str, quote: str) -> str | None:
    """A word of the claim that `quote` prints only in the clause of another fraction than the
    claim's, when the quote gives fractions clause by clause (module docstring); else None."""
    claimed = [found[0].casefold() for found in _FRACTION.finditer(claim_text)]
    fractions = list(_FRACTION.finditer(quote))
    if len(claimed) != 1 or len(fractions) < 2:
        return None
    clauses = _clauses(quote)

    def clause_of(position: int) -> tuple[int, int]:
        return next(span for span in clauses if span[0] <= position < span[1])

    own = [clause_of(found.start()) for found in fractions if found[0].casefold() == claimed[0]]
    others = {clause_of(found.start()) for found in fractions
              if found[0].casefold() != claimed[0]} - set(own)
    if len(own) != 1 or not others:
        return None
    here = _terms(quote[own[0][0]:own[0][1]])
    elsewhere = set().union(*(_terms(quote[start:end]) for start, end in others))
    stray = sorted((_terms(claim_text) & elsewhere) - here)
    return _word(claim_text, stray[0]) if stray else None


_CLAIMED = re.compile(r"[\d.,]*\d(?:\s*(?:thousand|million|billion|trillion)\b|[KMB]\b)?",
                      re.IGNORECASE)


_CITATION = re.compile(r"\[\d+(?:\s*[,;\u2013-]\s*\d+)*\]")


def _noun_after(text: str, end: int) -> str | None:
    """The word right after position `end` of `text` ("filters" of "4096 filters"), stemmed;
    None when punctuation or nothing follows."""
    word = re.match(r"\s*([^\W\d_]+)", text[end:])
    terms = content_terms(word[1]) if word else []
    return terms[0] if terms else None


def prints_claimed(quote: str, claimed: str, found: str, claim_text: str = "") -> bool:
    """Whether `quote` prints the claimed number (digits and scale word, as the claim prints
    them) somewhere other than where it prints `found`, the number it was read against, and
    not as a count of another noun than the claim's ("4096 filters" for "4096 hidden
    units")."""
    number = _CLAIMED.match(claimed.strip().lstrip("+-\u2212"))
    if number is None or number[0] == found.strip():
        return False
    if ("/" in quote
            and re.search(rf"(?:/\s*{re.escape(number[0])}\b|{re.escape(number[0])}\s*/)", quote)) \
            or re.search(r"\brespectively\b", quote, re.IGNORECASE):
        # "500K/2000/2000 ... in train/dev/test", "x and y, respectively": the sentence says
        # whose each number is, and the readers of those lists decide (guards_labelled_numbers,
        # guards_respectively).
        return False
    # A citation's number ("... expenditures [4]") prints no value: blanked, places kept
    # (round 25, Tully et al. 2010: "from 2% to 4%" was held back by the "[4]" of "1% to 2%").
    quote = _CITATION.sub(lambda citation: " " * len(citation[0]), quote)
    # A percentage is printed with its sign, any other number without one (round 29, MMWR
    # 2011: "98.1% of CHD deaths and 97.6% of stroke deaths" contradicted "98.1% of CHD deaths").
    scale = r"(?=\s*%)" if claimed.strip().endswith("%") else \
        r"(?!\s*(?:%|thousand|million|billion|trillion))"
    printed = re.compile(rf"(?<![\w.,]){re.escape(number[0])}(?![\w.,]*\d)(?![KMB]\b){scale}",
                         re.IGNORECASE)
    theirs = [place.span() for place in re.finditer(re.escape(found.strip()), quote)]
    # A printing after "instead of", "rather than", ... is the alternative the sentence
    # rejects ("four GPUs instead of asynchronous updates across 32 GPUs"), no item's number.
    mine = next((_noun_after(claim_text, place.end())
                 for place in printed.finditer(claim_text)), None)
    return any(not any(start <= place.start() < end for start, end in theirs)
               and not SET_ASIDE.search(" ".join(quote[:place.start()].split()[-8:]))
               and (mine is None or _noun_after(quote, place.end()) in (None, mine))
               for place in printed.finditer(quote))


def guard_paired_sides(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage gives the claim's value to the other
    side of "than ... (x vs. y)" or of "A and B ... x and y", or the claim's fraction to
    another clause's subject, and each contradicting one whose passage prints the claimed
    number too. In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            quote = evidence.quote or ""
            side = next((found for pair in evidence.numbers if pair.agree
                         if (found := versus_owner(claim.text, quote, pair.found_value)
                             or pair_owner(claim.text, quote, pair.found_value))),
                        None)
            if side is not None:
                undecide(check, f"The passage pairs its names with its numbers in order and "
                                f"gives the number to \u201c{side}\u201d, not to what the claim "
                                f"names")
                break
            word = fraction_owner(claim.text, quote)
            if word is not None:
                undecide(check, f"The passage gives the claim's fraction to another clause's "
                                f"subject; it says \u201c{word}\u201d of another fraction")
                break
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        if made_by_clause_values(check.explanation):
            continue  # the clause holding all the claim says gave another number (clause_values)
        for evidence in check.evidence:
            # A number the reading bound to the claim's own subject ("BERTBASE contains 110M
            # parameters and BERTLARGE contains 340M") is that subject's, wherever the
            # claimed number sits: the list gives the claim's number to another item.
            pair = next((pair for pair in evidence.numbers if not pair.agree
                         and pair.about is None
                         and prints_claimed(evidence.quote or "", pair.claimed, pair.found,
                                            claim.text)
                         # The sentence gives the claimed number to another name of the claim's
                         # pair ("A and B ... x and y"): the other number is the claim's own.
                         and not pair_owner(claim.text, evidence.quote or "",
                                            pair.claimed_value)
                         and not versus_owner(claim.text, evidence.quote or "",
                                              pair.claimed_value)),
                        None)
            if pair is not None:
                undecide(check, f"The passage prints the claim's {pair.claimed.strip()} itself, "
                                f"beside its {pair.found}: the two are two things' numbers")
                break
