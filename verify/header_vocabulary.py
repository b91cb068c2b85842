"""A table header's words as printed (`HeaderWord`, `header_words`) and whether one claim
word says one of them (`names_word`): the one-word rules of the vocabulary of printed tables,
which verify/header_words.py describes and applies to a whole claim (`ClaimWords`).

Numbers inside brackets ("SGC (2019a)") and years are citations, not header numbers; a
setting in brackets ("INLP (rank 100)", "GAME (L=3)") keeps its number
(verify/header_compounds.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from verify_claims.claims.languages import LANGUAGE_NAMES

from .glued_sizes import PRINTED_SIZES, glued_size
from .header_compounds import bracketed_settings, setting_word
from .header_contractions import contraction, in_order
from .metric_synonyms import SYNONYM_OF, same_metric
from .passages import content_terms
from .word_forms import y_plural

WORD = re.compile(r"[^\W\d_][\w+\-]*(?:[\u25e6\u2218\u2295\u2297\u2299][^\W\d_][\w+\-]*)*"
                  r"(?:@\d+)?\.?")
"""A word as tables and claims print it: letters first, then letters, digits, "+" and "-",
a metric's cut-off ("R@10") and an abbreviating full stop. Names joined by a composition
operator ("A\u25e6N": the composition of A and N) are one name, never the two it composes: a
claim about "A, N" does not name the row "A\u25e6N"."""
_NUMBER = re.compile(r"(?<![\w.@])\d+(?:\.\d+)?(?P<scale>[kKmMbB](?![\w@]))?(?![\w@])")
_WITH_UNIT = re.compile(r"(?<![\w.@])(\d+(?:\.\d+)?)"
                        r"(?=(?:ms|s|secs?|mins?|h|hrs?|px|[kmgt]b|[kmg]?hz|x)(?![\w@]))",
                        re.IGNORECASE)
"""A number printed with its unit glued on ("1000ms", "512px", "2x"): the header's number, as
"1000 ms" is the claim's (the unit is a header word of its own)."""
# A size printed with its magnitude ("10k", "1m", "2M" documents): the number it stands for.
_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9}
PAIR = re.compile(r"([^\W\d_]+)\s*(?:\u2192|->|\u21d2)\s*([^\W\d_]+)")
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\]]*\]")
_YEAR = re.compile(r"(?:19|20)\d\d")
_INNER_DASH = re.compile(r"(?<=[^\W_])[\u2010\u2011\u2013](?=[^\W_])")


def inner_dashes(text: str) -> str:
    """An en dash or a hyphen character between two letters or digits of a header
    ("SSK\u2013T1", "BW\u2013MIL") joins one name, as an ASCII hyphen does: typesetting picks
    the dash, the name is the same. A claim keeps its dashes: its "SSK\u2013T1" is two words
    said in a row, which is how a hyphenated header is said (`ClaimWords._names`), and its
    "Chaplin\u2013London" still names the cells "Charlie Chaplin" and "London"."""
    return _INNER_DASH.sub("-", text)


_NOUN_ENDINGS = ("ation", "ion", "ing", "ed", "es", "or", "er")
AGGREGATE_HEADERS = frozenset(("avg", "average", "averages", "mean", "overall", "all"))
FUNCTION_PIECES = frozenset(("of", "the", "a", "an", "and", "to", "in", "on", "for", "by"))
COUNT_HEADERS = frozenset(("number", "count", "counts", "num", "size"))
# A header that negates ("Not English", "No title", "w/o hints", "− abstract") names the
# opposite of its other words: only a claim that negates or removes says it
# (verify/header_words.py reads the claim's negations).
NEGATING_HEADERS = frozenset(("no", "not", "non", "without", "w/o", "none", "\u2212"))
_NEGATION = re.compile(r"(?:^|(?<=\s))(?:no|not|non|without|w/o|none)(?=[\s\-]|$)|^\s*[\u2212\-]\s",
                       re.I)


@dataclass(frozen=True)
class HeaderWord:
    """One word of a header as printed: lower case without its final full stop, whether it is
    printed in capitals, whether it ends in a full stop (a contraction), and its value when
    it is a number."""

    word: str
    upper: bool = False
    dotted: bool = False
    number: float | None = None
    capital: bool = False  # printed with a capital first letter ("En", "Bio")
    glued: bool = False  # ends in a size printed in capitals ("BERTBASE"; not "Wikibase")
    # The whole header is one language code in small letters ("nl", "de": `language_header`).
    language: bool = False
    # The hash, computed once: a claim's memos look header words up hundreds of thousands of
    # times in an audit (`ClaimWords.names`). The value is the one the dataclass would compute
    # each time, so sets and dicts of header words keep their order.
    _hash: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.word, self.upper, self.dotted,
                                                self.number, self.capital, self.glued,
                                                self.language)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[type[HeaderWord],
                                  tuple[str, bool, bool, float | None, bool, bool, bool]]:
        """Rebuilt from its fields, so that a copy read in another process hashes there."""
        return HeaderWord, (self.word, self.upper, self.dotted, self.number, self.capital,
                            self.glued, self.language)


def language_header(text: str) -> HeaderWord | None:
    """The header word of a header that is one ISO 639-1 language code in small letters and
    nothing else ("de", "nl", "it": the language columns and rows of multilingual tables,
    Rahimi et al. 2019 Tables 2 and 4), else None. Such a word is said only by its language's
    name ("Dutch" of "nl", verify/header_words.py), never by the English word it spells ("it",
    "he", "hi", "id")."""
    code = text.strip()
    if len(code) == 2 and code.isalpha() and code.islower() and code in LANGUAGE_NAMES \
            and code not in NEGATING_HEADERS:  # "no" heads a column of negatives as often
        return HeaderWord(code, language=True)
    return None


@lru_cache(maxsize=16384)
def header_words(text: str) -> tuple[HeaderWord, ...]:
    """The content words of a header text (stop words and symbols left out, "All" kept: it
    names an aggregate), then its numbers outside brackets (years aside)."""
    if (code := language_header(text)) is not None:
        return (code,)
    words: list[HeaderWord] = []
    text = inner_dashes(text)
    for match in PAIR.finditer(text):
        words.append(HeaderWord(f"{match[1].casefold()}\u2192{match[2].casefold()}"))
    text = PAIR.sub(" ", text)
    for match in _NEGATION.finditer(text):
        printed = match.group().strip().casefold()
        words.append(HeaderWord("\u2212" if printed in ("-", "\u2212") else printed))
    before: tuple[int, str] | None = None  # where the previous word ended, and the word
    for match in WORD.finditer(text):
        printed = match.group()
        bare = printed.rstrip(".")
        word = bare.casefold()
        named = _names_a_count(word, bare, before,
                               text[before[0]:match.start()] if before else "")
        before = (match.end(), bare)
        if named:
            continue
        if len(word) == 1 and not bare.isupper():
            continue  # "w/" (with), "o" of "w/o": no word a claim says
        if word and (word in AGGREGATE_HEADERS or content_terms(word.split("@")[0])):
            words.append(HeaderWord(word, bare.isupper(), printed.endswith("."),
                                    capital=bare[:1].isupper(),
                                    glued=bare.endswith(PRINTED_SIZES)))
    for match in _NUMBER.finditer(_BRACKETS.sub(" ", text)):
        if not _YEAR.fullmatch(match.group()):
            scale = match["scale"]
            digits = match.group()[:-1] if scale else match.group()
            words.append(HeaderWord(match.group(), number=float(digits) * (
                _SCALES[scale.casefold()] if scale else 1.0)))
    for match in _WITH_UNIT.finditer(_BRACKETS.sub(" ", text)):
        words.append(HeaderWord(match[1], number=float(match[1])))
    for name, number in bracketed_settings(text):  # "(rank 100)": verify/header_compounds.py
        words.append(HeaderWord(setting_word(name, number)))
    return tuple(dict.fromkeys(words))


def path_words(labels: Sequence[str]) -> tuple[HeaderWord, ...]:
    """The header words of a cell's header path (`labels`, its rows' or columns' labels, read
    as one text), each word of a label that is one language code in small letters marked as
    that language's (`language_header`): joined, "Xie et al. (2018) es" no longer shows that
    "es" is a label of its own."""
    words = header_words(" ".join(labels))
    codes = {code.word for label in labels if (code := language_header(label)) is not None}
    if not codes:
        return words
    marked = tuple(HeaderWord(word.word, language=True)
                   if word.word in codes and word.number is None and not word.upper
                   and not word.capital else word for word in words)
    dropped = tuple(HeaderWord(code, language=True) for code in sorted(codes)
                    if all(word.word != code for word in marked))  # "it", "he": stop words
    return tuple(dict.fromkeys(marked + dropped))


def _names_a_count(word: str, printed: str, before: tuple[int, str] | None,
                   between: str) -> bool:
    """Is `word` a count word that ends a name printed with a capital before it ("Page
    Number", a class of GROTOAP2's in arXiv:2106.00676 Table 7; "Rule Count")? A count header
    counts for a claim that says no word of it (`ClaimWords._names`): "22 token classes" read
    the cell of the row "# Tokens in Class" under "Page Number" as the count it claims, and
    ten models were counted by it too. Inside a name the word names that thing, not a count:
    it is left out, and the name's other words still name the column. Both words are
    capitalised, as a name is: callers join a row's labels and a column's into one text, and
    a lower-case "count" after a row label ("A\u25e6N N count": count vectors) is a column
    of its own."""
    return word in COUNT_HEADERS and before is not None and not between.strip() \
        and before[1][:1].isupper() and len(before[1]) >= 2 \
        and before[1].casefold() not in FUNCTION_PIECES and printed[:1].isupper()


def negating(header: HeaderWord) -> bool:
    """A header word that negates the others ("Not", "No", "w/o", a leading minus)."""
    return header.word in NEGATING_HEADERS


_ONE_LETTER_METRICS = {
    "p": frozenset(("precision", "precisions")),
    "r": frozenset(("recall", "recalls")),
    "f": frozenset(("f1", "f-1", "f-score", "f-scores", "f1-score", "f-measure", "fscore",
                    "f-measures", "f1-scores")),
}


def one_letter_metric(header: HeaderWord, claimed: str) -> bool:
    """A one-letter capital header "P", "R" or "F" said by the metric it stands for.

    Evaluation tables print precision, recall and F-score as the column triple "P R F" (or
    "P R F1") under each system or data set, everywhere precision/recall evaluation is used;
    a one-letter header is otherwise no truncation a claim word can be said to make ("R" of
    "RoBERTa" is not the recall column)."""
    return header.upper and header.word in _ONE_LETTER_METRICS \
        and claimed in _ONE_LETTER_METRICS[header.word]


def _variant_suffix(rest: str) -> bool:
    """"-sc", "-m", "-2": a hyphen and a code of at most three letters or digits, which names
    a variant of a system ("C2B-SC" of "C2B"), unlike a word ("-parsed", "-grained")."""
    return rest.startswith("-") and 1 <= len(rest) - 1 <= 3 and rest[1:].isalnum()


def names_word(header: HeaderWord, claimed: str, short: bool = True) -> bool:
    """Whether one claim word says one header word (the module's rules that need one word;
    `short` allows two-letter truncations, which only a cell's own headers may use)."""
    word = header.word
    if len(word) == 1:
        return claimed == word or one_letter_metric(header, claimed)
    if claimed == word or claimed.rstrip("s") == word.rstrip("s") \
            or (len(word) >= 4 and y_plural(claimed) == word):  # "queries" / "Query"
        return True
    if word in SYNONYM_OF and same_metric(word, claimed):  # "PPL" / "perplexity"
        return True
    if len(word) >= 4 and "-" in claimed and "-" not in word \
            and claimed.replace("-", "") == word:
        return True  # a name the header prints without its hyphen: "RLACE" of "R-LACE"
    if "@" in word or "@" in claimed:
        mine, _, cut = word.partition("@")
        theirs, _, claimed_cut = claimed.partition("@")
        return bool(cut) and cut == claimed_cut and theirs.startswith(mine)
    if claimed.startswith(word) and (len(word) >= 3 or (
            short and len(word) == 2 and header.capital)) \
            and not _variant_suffix(claimed[len(word):]):
        # Two letters only when printed as a word of its own ("En", not "ba"). A header that
        # ends where the claim word goes on with a short code after a hyphen is a whole name,
        # not a truncation: "C2B-SC" and "B2C-M" are variants of "C2B" and "B2C", and tables
        # list them as rows of their own ("GROBID-parsed" still says "GROBID").
        return True
    if len(word) >= 4 and word.endswith("s") and claimed.endswith("s") \
            and claimed.startswith(word[:-1]):
        return True  # a plural truncation: "secs" of "seconds", "params" of "parameters"
    if len(word) >= 4 and word.endswith("e") and claimed.startswith(word[:-1]) \
            and claimed[len(word) - 1:].startswith(_NOUN_ENDINGS):
        return True
    if header.glued and glued_size(word, claimed):
        return True
    if contraction(header, claimed):
        return True
    return header.dotted and len(word) >= 2 and claimed[:1] == word[:1] \
        and len(claimed) > len(word) and in_order(word, claimed)


def compound_initials(acronym: str, claimed: str) -> bool:
    """`acronym` is the initials of the hyphenated claim word without its function words:
    "bw" of "bag-of-words" (acronyms skip "of", "the", "and"...)."""
    pieces = [piece for piece in claimed.split("-") if piece and piece not in FUNCTION_PIECES]
    return "-" in claimed and len(pieces) == len(acronym) >= 2 \
        and "".join(piece[0] for piece in pieces) == acronym


def special_header(header: HeaderWord) -> bool:
    """A header word that a claim may say without a word of its first letter (`_names`):
    a number, a setting in brackets ("rank 100"), a negation, a language pair, an aggregate or
    a count header, or one that does not start with a letter."""
    word = header.word
    return header.number is not None or " " in word or not word[:1].isalpha() \
        or word in NEGATING_HEADERS \
        or "\u2192" in word or word in AGGREGATE_HEADERS or word in COUNT_HEADERS

