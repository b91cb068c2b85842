"""Which words of a claim name a table header's words: the vocabulary of printed tables.

Tables print their headers short and claims spell them out, so a header word is said by a
claim word when any of these general facts of table typesetting holds (`ClaimWords.names`):

- the same word, plural aside ("task" / "tasks", "query" / "queries":
  verify/word_forms.py `y_plural`), or its hyphen left out ("RLACE" / "R-LACE");
- the header word starts the claim word: a truncation ("prec." of "precision", "Bio" of
  "biomedical", "Recomm." of "recommendation"), also in the plural ("secs" of "seconds");
- a model's size glued to its name by the PDF's small capitals ("BERTBASE") is said by the
  name hyphenated with the size ("BERT-Base") or by the name alone ("LayoutLMv2" for
  "LayoutLMv2BASE"), unless the glued form is an English word (`glued_size`);
- the header word is a verb whose noun the claim says: a final "e" dropped before "-ation",
  "-ion", "-ing", "-ed" ("Cite" / "citation", "Co-Cite" / "co-citations", "compute" /
  "computation");
- the header word is a contraction marked by its full stop, whose letters the claim word
  holds in order from the same first letter ("Avg." / "average", "Thr." / "threshold");
- an acronym printed in capitals that the claim spells out by initials ("CS" / "computer
  science", "NER" / "named entity recognition"), a hyphenated compound's initials without
  its function words ("BW" / "bag-of-words");
- a metric at a cut-off, "R@10" / "recall@10": the same cut-off, the metric truncated;
- the one-letter metric headers of evaluation tables, "P", "R" and "F" (printed in capitals,
  usually side by side under each system or data set), said by "precision", "recall" and an
  F-score ("F1", "F-score", "F-measure"): the convention of precision/recall evaluation
  (`one_letter_metric`); no other one-letter header is said by a word it starts (the cell
  check reads them, and "R-1", "BS", only beside a sibling of their set:
  verify/metric_headers.py);
- two names of one metric, "PPL" / "perplexity", "F-measure" / "F1"
  (verify/metric_synonyms.py);
- a language pair, "En→It", said in its order: "English-to-Italian", "from English to
  Italian", or with the arrow as printed ("D → S"); one language's code printed as a label of
  its own ("DE", "Cs") by the language's English name ("German", "Czech":
  verify/language_codes.py `names_language_code`);
- a hyphenated header whose parts the claim says in a row ("Likert-scale" / "Likert scale"),
  or a system's variant label said modifier first ("BERT-frozen" / "frozen BERT":
  verify/header_compounds.py);
- an aggregate header ("Avg.", "Average", "Mean", "Overall", "All") and an aggregate word of
  the claim ("averages", "on average", "overall", "all tasks");
- a count header ("Number of papers", "Count", a bag's or a data set's "Size") is said by
  any claimed number: the number is the count;
- a number printed as a header (a threshold row "0.60", "First 5", "Top 3", "1000ms" with
  its unit glued on) is said by the same number in the claim ("at a threshold of 0.60", "the
  first five units", "1000 ms"); a size with
  its magnitude ("10k", "1m" documents) by the number it stands for ("10,000", "1 million");
- a short form the paper defines (verify/definitions.py) is said by its long form: a row
  "4" by "IterSelSGD" where the caption lists "4 (IterSelSGD)", "+id,ng,shape" by "rule
  identifiers, rule n-grams and rule shapes", and a hyphenated header by its parts said
  side by side in any order, one of them through a definition ("test-nc" by
  "news-commentary test set").

The header side, a header's words as printed and the rules that need one claim word, is
verify/header_vocabulary.py (`header_words`, `names_word`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bit_widths import bit_width_words, said_widths
from .definitions import Definition, Glossary, defined_names
from .header_compounds import reversed_compound, says_setting
from .header_contractions import ordinal_of
from .header_vocabulary import (
    AGGREGATE_HEADERS,
    COUNT_HEADERS,
    NEGATING_HEADERS,
    PAIR,
    WORD,
    HeaderWord,
    compound_initials,
    names_word,
)
from .language_codes import CODES_OF, language_pair, names_language_code, says_language
from .memo import Memo
from .own_method import OWN_HEADERS, own_method_words
from .passages import content_terms
from .printed_acronyms import printed_itself
from .symbol_names import spelled_letters
from .variant_codes import glued_acronyms, says_code, says_piece, spaced_pieces

_AGGREGATE_CLAIMS = frozenset(("average", "averages", "averaged", "avg", "mean", "overall",
                               "all"))
_MEANS = frozenset(("average", "averaged", "avg", "mean"))
# The words of a claim that negates or removes: they say a header that negates
# (verify/header_vocabulary.py `NEGATING_HEADERS`).
_NEGATING_CLAIMS = frozenset((
    "no", "not", "non", "without", "w/o", "none", "minus", "removing", "removed", "remove",
    "removes", "dropping", "dropped", "drop", "excluding", "excluded", "ablating", "ablated",
    "omitting", "omitted", "lacking", "never"))
AFFIRMING_HEADERS = frozenset(("yes",))
"""Header words an affirmative claim says (`ClaimWords._names`), as a negated one says "No"."""
_DECIMALS = re.compile(r"[-+]?\d[\d,]*(?:\.(?P<decimals>\d+))?")
_WHOLE = re.compile(r"[-+]?\d[\d,]*")


FLOAT_REFERENCE = re.compile(r"\b(?:Table|Tab\.|Figure|Fig\.)(?=\s*\d)", re.I)
"""A claim's reference to a numbered table or figure of the paper ("Table 3", "Fig. 2")."""


language_codes_named = True
"""Whether a header printed as one language code in small letters is said by the language's
name (round 33; a planted-bug test switches it off)."""


class _Claim:
    """What a claim's text gives every check of it, built once per text (`_claim`)."""

    def __init__(self, text: str) -> None:
        # A subscript written with its underscore ("USE_T") is the header's two words, as the
        # PDF prints them ("USE T": verify/subscript_names.py); the same length, so the starts hold.
        matches = list(WORD.finditer(text.replace("_", " ")))
        # "Table 3", "Fig. 2": a reference to a float of the paper, not a header word ("Table"
        # is also a row of tables that count document parts); the word names nothing.
        references = {match.start() for match in FLOAT_REFERENCE.finditer(text)}
        self.words = ["\x00" if match.start() in references
                      else match.group().rstrip(".").casefold() for match in matches]
        self.printed = [match.group() for match in matches]
        self.starts = [match.start() for match in matches]
        self.negates = bool(_NEGATING_CLAIMS & set(self.words)) or "w/o" in text.casefold() \
            or any(word.startswith("non-") for word in self.words) \
            or bool(re.search(r"n[\u2019']t\b", text))
        self.by_letter: dict[str, list[int]] = {}
        for index, word in enumerate(self.words):
            self.by_letter.setdefault(word[:1], []).append(index)
        self.aggregates = frozenset(index for index, word in enumerate(self.words)
                                    if word in _AGGREGATE_CLAIMS)
        self.pieces = [(piece, index) for index, claimed in enumerate(self.words)
                       for piece in claimed.split("-") if piece]
        # The hyphenated words, the only ones whose initials `compound_initials` reads.
        self.hyphenated = [(index, claimed) for index, claimed in enumerate(self.words)
                           if "-" in claimed]
        # The pieces of lower-case hyphenated words ("text-line"), which say a header printed
        # spaced ("Text Line": verify/variant_codes.py).
        self.spaced = spaced_pieces(self.words, self.printed)
        # A name and a variant's acronym said apart ("Grobid's CRF"), which a header glues
        # ("GrobidCRF": verify/variant_codes.py).
        self.glued = glued_acronyms(self.words, self.printed)
        # The first letters a header word may have to be said by a word of this claim
        # (`by_letter`, and the initials of hyphenated parts); other header words
        # (`special_header` aside) are never said by it, so need not be asked about.
        self.letters = frozenset(self.by_letter) | {piece[:1] for piece, _ in self.pieces}
        # A language's name says its code ("German" / "DE": `_names`), whose letter differs.
        self.languages = tuple((index, code) for index, word in enumerate(self.words)
                               for code in CODES_OF.get(word, ()))
        self.letters |= {code[:1] for _, code in self.languages}
        # "the proposed method" says the "Ours" row (verify/own_method.py).
        self.own = own_method_words(text, self.starts)
        if self.own:
            self.letters |= {"o"}
        # "4-bit" says the column "W4A4" (verify/bit_widths.py).
        self.widths = bit_width_words(text, self.starts)
        if self.widths:
            self.letters |= {"w"}
        self.said: dict[tuple[HeaderWord, bool], frozenset[int] | None] = {}
        self.captions: dict[str, bool] = {}
        # Acronyms printed in capitals ("AUC", "LAS"), each with its index term.
        self.acronyms = tuple((acronym, terms[0]) for acronym in dict.fromkeys(
            re.findall(r"\b[A-Z]{2,6}s?\b", text)) if (terms := content_terms(acronym.casefold())))
        self.memo: dict[str, object] = {}  # what checkers derive from the words alone
        # `ClaimWords`' answers per (header numbers, glossary): every check of the claim
        # against one paper makes its own `ClaimWords`, and asks the same header words.
        self.answers: dict[tuple[object, ...], tuple[dict, dict]] = {}


_CLAIMS: Memo[str, _Claim] = Memo(4096)
"""As many distinct claim texts as the other per-claim memos (claim parts, sides, asks) keep:
with 2,048 the 2,753 texts of the speed benchmark pushed each other out, and a worker of the
pool, which checks a claim's cited papers far apart (its tasks are sorted by paper), read
most claims' words twice."""


def _claim(text: str) -> _Claim:
    """The claim's words and what its header words were found to name, shared by the cell
    check and the cell arithmetic of every cited paper (a claim is checked against each)."""
    return _CLAIMS.get(text, lambda: _Claim(text))


def claim_words_of(text: str) -> list[str]:
    """The claim's words as `ClaimWords.words` reads them, without making a `ClaimWords` (the
    list is shared: read it, never change it)."""
    return _claim(text).words


class ClaimWords:
    """A claim's words, and which of them name a header word (memoised per header word).
    `values` are the claim's numbers with where each starts, for header numbers."""

    def __init__(self, text: str, values: Sequence[tuple[float, int]] = (),
                 glossary: Glossary | None = None) -> None:
        self._claim = _claim(text)
        self.text = text
        self.words = self._claim.words
        self.starts = self._claim.starts
        self.printed = self._claim.printed
        self.values = tuple(values)
        self._said = self._claim.said
        self._captions = self._claim.captions
        self.acronyms = self._claim.acronyms
        self.letters = self._claim.letters
        self.memo = self._claim.memo
        # The paper's definitions (None: none read), and what they were found to say.
        self.glossary = glossary if glossary else None
        # What the definitions were found to say, and `named`'s answers (the cell checks ask
        # of each header word once per cell it heads): both follow from the claim's text, its
        # header numbers and the glossary alone, so they are shared by every `ClaimWords`
        # made with the same three (kept with the claim's words, `_claim`). The glossary is
        # a key by identity, and the entry holds it, so its id is never another's.
        self._defined: dict[tuple[HeaderWord, str | None], frozenset[int] | None]
        self._named: dict[tuple[HeaderWord, str | None], bool]
        self._defined, self._named = self._claim.answers.setdefault(
            (self.values, self.glossary), ({}, {}))
        if self.glossary is not None:
            self.letters = self.letters | self.glossary.letters

    def names(self, header: HeaderWord, short: bool = True,
              caption: str | None = None) -> frozenset[int] | None:
        """The positions of the claim words that say `header` (an empty set when it is said
        by no word in particular: a count header, a header number); None when it is not
        said. With the table's `caption`, an aggregate header is not said by an aggregate
        word that the caption uses for its measure (`averaged_measure`)."""
        if " " in header.word:  # a setting in brackets, "rank 100" of "INLP (rank 100)"
            span = says_setting(header.word, self.text)
            return None if span is None else frozenset(
                index for index, start in enumerate(self.starts)
                if span[0] <= start < span[1])
        if header.number is not None:
            if any(abs(value - header.number) < 1e-9 and self._same_precision(header, start)
                   for value, start in self.values) or (
                    header.word[-1:].isalpha() and re.search(
                        rf"(?<![\w.]){re.escape(header.word)}(?![\w.])", self.text, re.I)) \
                    or ordinal_of(header.word, self.text):
                # the same number, the same size printed ("1m"), or its ordinal ("the 20th
                # percentile" of the column "20" under "Percentile": an ordinal is no
                # quantity of the claim, so it is not among `values`)
                return frozenset()
            return self._through_definitions(header, caption)
        if caption and header.word in AGGREGATE_HEADERS and self.averaged_measure(caption):
            return None
        key = (header, short)
        found = self._said.get(key, False)
        if found is False:
            found = self._said[key] = self._names(header, short)
        return found if found is not None else self._through_definitions(header, caption)

    def _through_definitions(self, header: HeaderWord,
                             caption: str | None) -> frozenset[int] | None:
        """The claim words that say `header` through a definition of the paper in force for
        the table with `caption` (module docstring); None when none do."""
        if self.glossary is None:
            return None
        key = (header, caption)
        if key in self._defined:
            return self._defined[key]
        links = self.glossary.links(caption)
        found = defined_names(header.word, links, self.words)
        if found is None and header.number is None and "-" in header.word.strip("-"):
            found = self._compound(header.word, links)
        self._defined[key] = found
        return found

    def _compound(self, word: str, links: dict[str, tuple[Definition, ...]]
                  ) -> frozenset[int] | None:
        """A hyphenated header ("test-nc") whose parts the claim says side by side, in any
        order, at least one through a definition ("news-commentary test set")."""
        parts = [part for part in word.split("-") if part]
        if len(parts) < 2:
            return None
        found: list[frozenset[int]] = []
        defined = False
        width = len(parts)  # the words the parts take, and one between any two
        for part in parts:
            direct = frozenset(index for piece, index in self._claim.pieces
                               if names_word(HeaderWord(part), piece, short=False))
            through = defined_names(part, links, self.words) or frozenset()
            if not direct and not through:
                return None
            defined = defined or bool(through - direct)
            found.append(direct | through)
            width += len(through) if through and not direct else 1
        if not defined:
            return None
        # The parts are said side by side ("news-commentary test set", "CRF with context
        # dependent features and BIO tags" for "CRF-CD-BIO"; "test set of news-commentary"
        # is not).
        for start in sorted(set().union(*found)):
            window = frozenset(range(start, start + width))
            if all(positions & window for positions in found):
                return frozenset().union(*(positions & window for positions in found))
        return None

    def named(self, header: HeaderWord, caption: str | None = None) -> bool:
        """Whether the claim says `header` (`names`, remembered per header and caption: the
        answer follows from them and from what this object was made with)."""
        key = (header, caption)
        found = self._named.get(key)
        if found is None:
            found = self._named[key] = self.names(header, caption=caption) is not None
        return found

    def averaged_measure(self, caption: str) -> bool:
        """Whether the claim's aggregate word belongs to the measure the caption names:
        "average standard deviation" in the claim and in a caption "Average standard
        deviation of ..." (every cell is an average; a row "Average" is another thing).
        Only a content word after it counts: "average over all tasks" may name the column
        "Avg." that a caption defines as "average over all tasks"."""
        if caption not in self._captions:
            printed = [word.rstrip(".").casefold() for word in WORD.findall(caption)]
            pairs = {(word, content_terms(after)[0]) for word, after in zip(
                printed, printed[1:], strict=False)
                if word in _MEANS and content_terms(after)}
            self._captions[caption] = any(
                (word, content_terms(after)[0]) in pairs for word, after in zip(
                    self.words, self.words[1:], strict=False)
                if word in _MEANS and content_terms(after))
        return self._captions[caption]

    def mention(self, header: HeaderWord, caption: str | None = None) -> int | None:
        """Where in the claim text the header word is first said (None: not said, or said
        by no word in particular); with the table's `caption`, through its definitions too."""
        if header.number is not None:
            starts = [start for value, start in self.values
                      if abs(value - header.number) < 1e-9 and self._same_precision(header, start)]
            if starts:
                return min(starts)
        positions = self.names(header, caption=caption)
        return min(self.starts[position] for position in positions) if positions else None

    def _same_precision(self, header: HeaderWord, start: int) -> bool:
        """Whether the claim's number at `start` may say the header number: not when the claim
        prints decimals ("a perplexity of 3.0") and the header a whole number ("3", the layers
        of arXiv:1810.04805's Table 6 that label its rows). A number with decimals is a value,
        measured or computed (`cell_kinds.fractional`), not a count or setting printed whole;
        reading "3.0" as the row "3" compared the claim's "48-layer" with that row's perplexity
        and contradicted a claim about a model the table never ran (red team 6)."""
        printed = _DECIMALS.match(self.text, start)
        return not (printed and printed["decimals"] and _WHOLE.fullmatch(header.word.strip()))

    def _names(self, header: HeaderWord, short: bool) -> frozenset[int] | None:
        found = self._names_printed(header, short)
        if found is None and (spelled := spelled_letters(header.word)) != header.word:
            # A Greek letter of a header spelled out in the claim: "pi-turns" says "π-turn"
            # (round 26, Shen et al., RNA 2013, Table 1; verify/symbol_names.py).
            found = self._names_printed(HeaderWord(spelled, header.upper, header.dotted,
                                                   header.number, header.capital,
                                                   header.glued), short)
        return found

    def _names_printed(self, header: HeaderWord, short: bool) -> frozenset[int] | None:
        word, words, claim = header.word, self.words, self._claim
        if header.language and language_codes_named:
            # a header that is one language code: said by the language's name alone
            return frozenset(index for index, code in claim.languages
                             if code == word and names_language_code(word, True, words[index])) \
                or None
        if word in NEGATING_HEADERS:
            return frozenset(index for index, claimed in enumerate(words)
                             if claimed in _NEGATING_CLAIMS or claimed.startswith("non-")) \
                if claim.negates else None
        if word in AFFIRMING_HEADERS:
            # A survey's "Yes (%)" column beside "No (%)" holds the share for whom the row's
            # item held ("Privacy given": 99): an affirmative claim says it ("privacy was
            # given to 99%"), as a negated one says "No" (round 25, Agyeman-Duah et al. 2014).
            return None if claim.negates else frozenset()
        if "\u2192" in word:
            return self._pair(*word.split("\u2192", 1))
        if (languages := language_pair(word)) is not None \
                and (named := self._pair(*languages, names_only=True)) is not None:
            return named  # "EN-DE" said as English to German; else read as any other word
        # Every rule needs the claim word to start with the header word's first letter.
        found = {index for index in claim.by_letter.get(word[:1], ())
                 if names_word(header, words[index], short)}
        if word in OWN_HEADERS:
            found |= claim.own  # "Ours" said as "the proposed method" (own_method.py)
        if claim.widths and (widths := said_widths(word, claim.widths)):
            found |= widths  # "W4A4" said as "4-bit" (bit_widths.py)
        if len(word) == 2 and claim.languages:  # "German" of "DE" (verify/language_codes.py)
            found |= {index for index, code in claim.languages if code == word
                      and names_language_code(word, header.upper or header.capital,
                                              words[index])}
        if word in AGGREGATE_HEADERS:
            found |= claim.aggregates
        found |= {index for piece, index in claim.spaced if says_piece(word, piece)}
        found |= claim.glued.get(word, frozenset())
        if header.upper and 2 <= len(word) <= 5 and word.isalpha() \
                and not printed_itself(word, words):
            # Initials, also of the parts of a hyphenated word ("PB" of "person-birthplace").
            pieces = claim.pieces
            for start in range(len(pieces) - len(word) + 1):
                if pieces[start][0][:1] != word[:1]:
                    continue
                run = pieces[start:start + len(word)]
                if "".join(piece[0] for piece, _ in run) == word:
                    found |= {index for _, index in run}
            # Initials of one hyphenated compound without its function words ("BW" of
            # "bag-of-words"): acronyms skip them.
            found |= {index for index, claimed in claim.hyphenated
                      if compound_initials(word, claimed)}
        if "-" in word.strip("-"):
            parts = [piece for piece in word.split("-") if piece]
            # A setting's code after a name printed with capitals ("MNLI-m": "MNLI matched";
            # verify/variant_codes.py); not the part of an all-capitals name ("ROUGE-L").
            coded = header.capital and not header.upper
            for index in claim.by_letter.get(parts[0][:1], ()):
                if index + len(parts) <= len(words) and all(
                        names_word(HeaderWord(piece), claimed)
                        or (header.upper and compound_initials(piece, claimed))
                        or (place == len(parts) - 1 > 0 and coded
                            and says_code(piece, claimed))
                        for place, (piece, claimed)
                        in enumerate(zip(parts, words[index:index + len(parts)],
                                         strict=True))):
                    found |= set(range(index, index + len(parts)))
            found |= reversed_compound(
                word, words, claim.printed,
                lambda part, claimed: names_word(HeaderWord(part), claimed, short=False)) \
                or set()
        if found:
            return frozenset(found)
        return frozenset() if word in COUNT_HEADERS else None

    def _pair(self, source: str, target: str, names_only: bool = False) -> frozenset[int] | None:
        """"En→It" said as "English-to-Italian" or "from English to Italian", in that order,
        or printed as the header prints it, an arrow between ("D → S", "D->S"). A pair of
        language codes printed with a hyphen ("EN-DE", `names_only`) is said by the
        languages' names only, in full or hyphenated ("English-German"): "end-to-device"
        does not say it."""
        words = self.words
        found: set[int] = set()
        for match in PAIR.finditer(self.text):
            if match[1].casefold() == source and match[2].casefold() == target:
                found |= {index for index, start in enumerate(self.starts)
                          if start in (match.start(1), match.start(2))}
        for index, claimed in enumerate(words):
            left, to, right = claimed.partition("-to-")
            if to and says_language(source, left, names_only) \
                    and says_language(target, right, names_only):
                found.add(index)
            left, to, right = claimed.partition("-")  # "English-German": the names in full
            if names_only and to and says_language(source, left, True) \
                    and says_language(target, right, True):
                found.add(index)
            if claimed == "from" and index + 3 < len(words) and words[index + 2] in ("to", "into") \
                    and says_language(source, words[index + 1], names_only) \
                    and says_language(target, words[index + 3], names_only):
                found |= {index + 1, index + 3}
        return frozenset(found) if found else None
