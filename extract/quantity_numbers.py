"""Finding the numbers of a text: the first step of the quantity parser (extract/quantities.py).

Reads every printed amount with its value and printed precision: decimals, thousands
separators (also "100, 000", a PDF line wrapped after the separator), signs, scientific
notation, multipliers (k, M, B, "million") and spelled-out counts, and leaves out the digits
that are no amount (names, references, labels, dates, citations, enumerators, URLs; the list is
in quantities.py's docstring). It is kept apart from what follows because it is pure lexing:
what a number is, not what it measures or says.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal

from .partitive_counts import partitive_noun
from .quantity_text import Hit, Text, last_printed
from .quantity_units import plural_after, read_unit

__all__ = ["NUMBER_WORD", "numbers", "spelled"]

_SPELLED_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_SPELLED_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALE_WORDS = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_SCALE_SUFFIX = {"k": 3, "K": 3, "M": 6, "B": 9}

_NUMBER = re.compile(
    r"""
    (?<![\w.])                                   # not glued to a word: v2, T5, 1.2.3
    (?P<sign>[+\-\u2212\u2013](?=[0-9]))?
    (?:
        (?P<sci_m>[0-9]+(?:\.[0-9]+)?)\s?[x×*·]\s?10
            (?:\s?\^\s?(?P<sci_e>[+\-\u2212\u2013]?\s?[0-9]{1,3})
              |(?P<sci_e2>[\-\u2212\u2013][0-9]{1,3})
              |(?P<sci_sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))
      | 10(?:\^(?P<pow_e>[+\-\u2212\u2013]?[0-9]{1,3})|(?P<pow_sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))
      | (?P<e_m>[0-9]+(?:\.[0-9]+)?)[eE](?P<e_e>[+\-\u2212]?[0-9]{1,3})(?![0-9])
      | (?P<int>
            # A separator and a space ("100, 000"): a PDF line wrapped after the thousands
            # separator, the lines joined by a space. One number only where no list can be
            # meant: every spaced group is zero-led (a list prints no item as "000" or
            # "050"), and no digit and comma stand right before or after it ("5, 100, 000"
            # and "100, 000, 5" may be lists or numbers: read as printed, each on its own).
            (?<![0-9],)(?<![0-9],[ ])[0-9]{1,3}(?=(?:,[0-9]{3})*,[ ]0[0-9]{2}(?![0-9]))
            (?:(?:,|,[ ](?=0))[0-9]{3}(?![0-9]))+(?!,[ ]?[0-9])
          # Digit groups set apart by a space, the SI thousands separator ("Ki = 60 826 ±
          # 9 175 nM"): one number only where no list can be meant, after a relation sign,
          # "±" or a bracket (or opening the text) and before "±" or a unit of letters.
          | (?:(?<=[=±≈~<>≤≥(])|(?<=[=±≈~<>≤≥(][ ])|(?<![\s\S]))
            [0-9]{1,3}(?:[   ][0-9]{3})+(?![0-9.,])
            (?=[   ]?(?:±|[A-Za-zµμ]))
          | [0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+|[0-9]+)(?P<frac>\.[0-9]+)?
      # A decimal printed without its leading zero (".97", APA style for correlations, AUC
      # and shares): after a space or an opening bracket or sign only, never after a word or
      # another number ("v.2", "1.2.3"), and not followed by another dot (a section ".3.1").
      | (?<=[\s(\[=<>~\u2248\u2264\u2265])(?P<bare>\.[0-9]+)(?![.,]?[0-9])
    )
    (?P<mult>[kKMB](?![\w]))?
    # "3 million", "1 Billion", and hyphenated as a modifier: "21-million passages", "a
    # 2-billion-word corpus" (a compound adjective joins number and scale word with a hyphen)
    (?:(?:\s|-(?=[A-Za-z]))(?P<scale>(?i:thousand|million|billion|trillion))\b)?
    """,
    re.X,
)
_DIGIT = re.compile(r"[0-9]")
NUMBER_WORD = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|dozen)\b",
    re.I,
)

# What must not be read as a quantity, tested around each number.
_URL_BEFORE = re.compile(r"(?:https?://|www\.|\b10\.[0-9]{4,9}/)\S*$", re.I)
_DOI = re.compile(r"10\.[0-9]{4,9}/")
# An arXiv identifier: year and month, then a sequence number that is never all zeros (the
# first paper of a month is 0001), so "2901.0000" printed to four places stays a number.
_ARXIV_ID = re.compile(r"(?:0[7-9]|[1-9][0-9])(?:0[1-9]|1[0-2])\.(?!0{4,5}\b)[0-9]{4,5}")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DATE_BEFORE = re.compile(rf"\b{_MONTH}\.?,?\s+(?:[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+)?$")
_DATE_AFTER = re.compile(rf"\s+{_MONTH}\b")
_CITATION_BEFORE = re.compile(r"(?:\bet\s+al\.?,?\s*\(?|\(\s*|\b[A-Z][\w-]+,\s*|;\s*)$")
_CITATION_AFTER = re.compile(r"[a-z]?\s*(?:[);,]|$)")
_NUMERIC_CITATION = re.compile(r"\[[0-9]{1,3}(?:\s*[,–-]\s*[0-9]{1,3})*\]")
_SECTION_START = re.compile(r"\s*(?:#{1,6}\s*)?(?:§\s*)?[0-9]+(?:\.[0-9]+)*\.?(?=\s+[A-Z])")
_LABEL_WORDS = (
    r"\b(?:tables?|tab|figures?|figs?|sections?|secs?|eqs?|equations?|appendix|appendices"
    r"|chapters?|algorithms?|lines?|steps?|phases?|stages?|experiments?|exp|rows?|columns?"
    r"|footnotes?|theorems?|lemmas?|definitions?|corollar(?:y|ies)|propositions?|remarks?"
    r"|conjectures?|assumptions?|examples?|rounds?|versions?|layers?)")
_LABEL_BEFORE = re.compile(rf"(?:{_LABEL_WORDS}\.?\s*|§\s*)$", re.I)
_LABEL_LIST_BEFORE = re.compile(
    r"\b(?:tables|figures|figs|sections|secs|eqs|equations|appendices|chapters|algorithms|lines"
    r"|steps|phases|stages|experiments|rows|columns|footnotes|theorems|lemmas|definitions"
    r"|corollaries|propositions|remarks|conjectures|assumptions|examples|rounds|versions|layers)"
    r"\s*[0-9]+[a-z]?(?:\s*(?:,|and|or|&|to|[\u2013-])\s*[0-9]+[a-z]?)*"
    r"\s*(?:,\s*and|,\s*or|,|and|or|&|to|[\u2013-])\s*$", re.I)
"""The later numbers of a list after a plural label ("Corollaries 1 and 2", "Tables 3, 4 and
7", "Sections 2-4"): labels too; "Table 2, 5 and 6 points" lists amounts after one label (round
30: the "2" of "Corollaries 1 and 2 cannot be improved upon" was confirmed by a formula's 2,
Agarwal et al. 2011)."""

# Decimal arithmetic whose exponent range cannot overflow on a printed number (the default
# context raises on a million-digit one); what does not fit a float is caught afterwards.
_UNBOUNDED = Context(Emax=MAX_EMAX, Emin=MIN_EMIN)
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_MINUS_SIGNS = "-\u2212\u2013"
_UNIT_POWER = re.compile(r"(?:[A-Za-z]\u2212|[A-Za-z]\^|\^-)")
_LOCANT_AFTER = re.compile(
    r"['\u2019\u2032]\s?(?:-\s?[A-Za-z]|(?:end|ends|side|sides|terminus|termini|terminal|UTR|"
    r"flank|flanking|strand|overhang|cap|OH|phosphate|direction|region|position)\b)")
"""A prime after a digit and before a hyphenated word or a strand word ("5'-side",
"5\u2032 -side", "the 3' end", "3\u2032UTR"): a position on a nucleic acid's strand, a name, not
an amount (probe26a's Shen et al., RNA 2013: "the 5'-side is always a cytosine" was confirmed
through its "5")."""
_NAMED_BEFORE = re.compile(r"(?<![\w.\-])[A-Za-z][A-Za-z0-9.\-]*[0-9]$")
"""A word of letters and digits right before a hyphen ("Qwen2-72B", "Llama-2-70B"): a name,
and the number after the hyphen names its variant, like "Foo-7"; a range ("10-20") has no
letter before its hyphen."""


def numbers(doc: Text, bare: bool = False) -> list[Hit]:
    """The numbers printed in digits, and decimals without a leading zero (".97", round 23);
    without `bare` (a paper's sentences) not one set by a sign ("η = .33", "r = .86"), which a
    statistics report prints beside its test values (antons_chi13: read, it cost a right
    verdict on "F(6,48) = 4.10")."""
    text = doc.text
    hits: list[Hit] = []
    last_end = 0
    section = _SECTION_START.match(text)
    for match in _NUMBER.finditer(text):
        start = match.start()
        digits_start = start + len(match.group("sign") or "")
        if match.group("bare") and not bare and _SET_BY_SIGN.search(text, max(0, start - 3),
                                                                     start):
            continue
        if start < last_end or doc.in_entity(digits_start) or _not_an_amount(text, match) \
                or section and digits_start < section.end():
            continue
        parsed = _value_of(match)
        if parsed is None:
            continue
        sign = _explicit_sign(text, match)
        if sign is None:
            start = digits_start  # no sign, or the dash of a range ("60 – 70")
        hit = Hit(start, match.end(), match.end(), *parsed, sign=sign)
        if not read_unit(doc, hit, match):
            continue
        hits.append(hit)
        doc.number_starts.add(digits_start)
        last_end = hit.end
    return hits


# "p < .01": a significance level printed without its leading zero stays unread, as before
# round 23 (guards_bare_decimals asks the evidence to print it); only a measured value is read.
_SET_BY_SIGN = re.compile(r"[=<>\u2264\u2265\u2248~]\s*$")
_P_VALUE_BEFORE = re.compile(r"\bp\s*[<>=\u2264\u2265]\s*$", re.IGNORECASE)


def _not_an_amount(text: str, match: re.Match[str]) -> bool:
    """Digits that belong to a name, reference, label or date (module docstring)."""
    start, end = match.start(), match.end()
    if match.group("bare") and _P_VALUE_BEFORE.search(text, max(0, start - 6), start):
        return True
    digits = match.group("int")
    if text[end:end + 1] == "." and text[end + 1:end + 2].isdigit():
        return True  # dotted version or section number: 1.2.3
    if start >= 2 and text[start - 1] == "-" and not match.group("sign") \
            and (text[start - 2].isalpha() or _NAMED_BEFORE.search(text, 0, start - 1)):
        return True  # Foo-7, BLEU-4, top-5, Qwen2-72B
    if start >= 2 and _UNIT_POWER.match(text, start - 2) and match.group() in ("1", "−1", "-1"):
        return True  # the power of a unit: "mm.s−1", "s^-1" (probe26b)
    if len(match.group()) == 1 and _LOCANT_AFTER.match(text, end):
        return True  # 5'-side, 3' end: a strand position
    if start >= 2 and text[start - 1] == "/" and (text[start - 2].isalpha()
                                                  or text[start - 2] == ")") \
            and not match.group("sign") and len(match.group()) <= 2 and match.group().isdigit():
        return True  # "Za/2", "(\u03c0a)/4": a symbol divided, a formula (round 27)
    window = max(0, start - 24)
    if _LABEL_BEFORE.search(text, window, start) \
            or _LABEL_LIST_BEFORE.search(text, max(0, start - 60), start):
        return True
    if "/" in text and (_URL_BEFORE.search(text, max(0, start - 80), start)
                        or _DOI.match(text, start)):
        return True
    if digits is None:
        return False
    if match.group("frac") and len(digits) == 4 and _ARXIV_ID.fullmatch(match.group()):
        return True  # 2005.13013
    short = len(digits) <= 2 and not match.group("frac")
    before, after = text[start - 1:start], text[end:end + 1]
    if short and (before == "(" and after == ")"
                  or after == ")" and (start == 0 or text[start - 1].isspace())):
        return True  # enumerators (1) and 1)
    if "[" in text[max(0, start - 20):start]:
        bracket = text.rfind("[", 0, start)
        cited = _NUMERIC_CITATION.match(text, bracket)
        if cited and cited.end() > start:
            return True  # [12], [3, 4]
    if len(digits) <= 4 and not match.group("frac") and (
            _DATE_BEFORE.search(text, window, start) or short and _DATE_AFTER.match(text, end)):
        return True  # June 21, 2026 / 21 June 2026
    return len(digits) == 4 and not match.group("frac") and 1950 <= int(digits) <= 2039 \
        and _CITATION_BEFORE.search(text, window, start) is not None \
        and _CITATION_AFTER.match(text, end) is not None


def _value_of(match: re.Match[str]) -> tuple[float, int] | None:
    """Value and printed precision, or None when the number does not fit a float."""
    if match.group("int") is not None:
        mantissa = re.sub("[, \u2009\u202f]", "", match.group("int")) \
            + (match.group("frac") or "")
        exponent = 0
    elif match.group("bare") is not None:
        mantissa, exponent = "0" + match.group("bare"), 0
    elif match.group("pow_e") or match.group("pow_sup"):
        raw = match.group("pow_e") or match.group("pow_sup")
        mantissa, exponent = "1", int(_ascii_sign(raw.translate(_SUPERSCRIPT)))
    elif match.group("e_m") is not None:
        mantissa, exponent = match.group("e_m"), int(_ascii_sign(match.group("e_e")))
    else:
        mantissa = match.group("sci_m")
        raw = match.group("sci_e") or match.group("sci_e2") or match.group("sci_sup")
        exponent = int(_ascii_sign(raw.translate(_SUPERSCRIPT)).replace(" ", ""))
    exponent += _SCALE_SUFFIX.get(match.group("mult") or "", 0)
    exponent += _SCALE_WORDS.get((match.group("scale") or "").lower(), 0)
    decimals = len(mantissa.partition(".")[2]) - exponent
    magnitude = Decimal(mantissa).scaleb(exponent, _UNBOUNDED)
    value = float(magnitude)
    if not math.isfinite(value) or (value == 0) != (magnitude == 0):
        return None  # beyond a float: "1e309", or "1e-400" that a float would hold as 0
    return value, decimals


def _ascii_sign(number: str) -> str:
    return number.replace("\u2212", "-").replace("\u2013", "-")


def _explicit_sign(text: str, match: re.Match[str]) -> int | None:
    """+1/-1 for a printed sign, unless the dash joins a range ("60 - 70", "60 – 70")."""
    sign = match.group("sign")
    if not sign:
        return None
    if sign in _MINUS_SIGNS and last_printed(text, match.start()).isdigit():
        return None
    return -1 if sign in _MINUS_SIGNS else 1


_GLUED = re.compile(r"(?:(?<=[^\W_])\+|(?<=[^\W\d_])-)$")


def _glued_to_name(text: str, start: int) -> bool:
    """Whether the number word at `start` is glued to the word before it by "+" or a hyphen
    ("CNN+ONE", "Model-One"), that word being no number word ("twenty-one" is a number)."""
    before = text[max(0, start - 40):start]
    if not _GLUED.search(before):
        return False
    word = re.search(r"([^\W\d_]+)\W?$", before)
    return word is None or not NUMBER_WORD.fullmatch(word.group(1))


def spelled(doc: Text, truncated: bool) -> list[Hit]:
    """Spelled-out counts, kept only when a unit follows ("nine tasks", "two points"), when
    they count a part of a whole ("eight of the 10 catchments", extract/partitive_counts.py)
    or when a unit may have followed in a truncated text ("with nine different English
    intermediate")."""
    tokens = doc.tokens
    hits = []
    consumed = -1  # index of the last token already read as part of a number
    for match in NUMBER_WORD.finditer(doc.text):
        first = last = bisect_left(doc.starts, match.start())
        if first <= consumed or doc.in_entity(match.start()) or first == len(tokens):
            continue
        if _glued_to_name(doc.text, match.start()):
            continue  # "CNN+ONE", "Model-One": the end of a name, no count (round 32)
        word = tokens[first][2]  # "nine" but also "nine's", which is no count
        if word not in _SPELLED_UNITS and word not in _SPELLED_TENS \
                and word not in ("hundred", "dozen"):
            continue
        following = [token[2] for token in tokens[first + 1:first + 3]]
        previous = tokens[first - 1][2] if first else ""
        if word in ("hundred", "dozen"):
            if previous != "a":
                continue
            first, value = first - 1, (100 if word == "hundred" else 12)
            if first and tokens[first - 1][2] == "half":  # "half a dozen" is six, not twelve
                first, value = first - 1, value // 2
        elif following[:1] in (["hundred"], ["dozen"]):
            value = _SPELLED_UNITS.get(word, 0) * (100 if following[0] == "hundred" else 12)
            last = first + 1  # "two hundred", "two dozen" (24, not 2)
        else:
            value, last = _below_hundred(tokens, first) or (0, first)
        if value == 0 and word != "zero":
            continue  # "twenty hundred" is no number read here
        if tokens[last][2] == "hundred":
            rest = _after_hundred(tokens, last + 1)
            if rest:  # "a hundred and five", "one hundred twenty": 105 and 120
                value, last = value + rest[0], rest[1]
        decimals = 0
        scale = tokens[last + 1][2] if last + 1 < len(tokens) else ""
        if scale in _SCALE_WORDS:  # "twenty thousand" is 20000, printed to the thousand
            decimals, last = -_SCALE_WORDS[scale], last + 1
            value *= 10 ** _SCALE_WORDS[scale]
        if last + 1 < len(tokens) and _is_number_word(tokens[last + 1][2]):
            # The words go on ("three thousand five hundred"): a compound not read here, and
            # no part of it is the number printed.
            consumed = last + 1
            while consumed + 1 < len(tokens) and (_is_number_word(tokens[consumed + 1][2])
                                                  or tokens[consumed + 1][2] in ("and", "-")):
                consumed += 1
            continue
        consumed = last
        hit = Hit(tokens[first][0], tokens[last][1], tokens[last][1], float(value), decimals)
        if read_unit(doc, hit, None) and hit.unit is None:
            hit.unit = plural_after(doc, hit)
        if hit.unit is None:
            hit.unit = partitive_noun(doc, hit)  # "eight of the 10 catchments"
        if hit.unit or truncated and hit.open_ended:
            hits.append(hit)
    return hits


def _below_hundred(tokens: list[tuple[int, int, str]], index: int) -> tuple[int, int] | None:
    """The spelled number 1..99 at tokens[index] ("seven", "twenty", "twenty-one") and the index
    of its last token, or None."""
    word = tokens[index][2]
    if word in _SPELLED_TENS:
        following = [token[2] for token in tokens[index + 1:index + 3]]
        if following[:1] == ["-"] and 0 < _SPELLED_UNITS.get(following[-1], 0) < 10:
            return _SPELLED_TENS[word] + _SPELLED_UNITS[following[-1]], index + 2
        return _SPELLED_TENS[word], index
    if word in _SPELLED_UNITS:
        return _SPELLED_UNITS[word], index
    return None


def _after_hundred(tokens: list[tuple[int, int, str]], index: int) -> tuple[int, int] | None:
    """The 1..99 that completes "a hundred" or "two hundred" ("and five", "twenty-one"), with
    the index of its last token; None when none follows, or when the words go on to a number of
    their own ("a hundred and five hundred" is two numbers, each read as printed)."""
    if index < len(tokens) and tokens[index][2] == "and":
        index += 1
    if index >= len(tokens):
        return None
    found = _below_hundred(tokens, index)
    if found is None or found[0] == 0:
        return None
    after = tokens[found[1] + 1][2] if found[1] + 1 < len(tokens) else ""
    if after in ("hundred", "dozen"):
        return None
    return found


def _is_number_word(word: str) -> bool:
    return word in _SPELLED_UNITS or word in _SPELLED_TENS or word in _SCALE_WORDS \
        or word in ("hundred", "dozen")
