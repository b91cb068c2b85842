"""The short names a paper defines for itself, read from its captions and its text.

Papers name things twice: once in full where they introduce them, once short where they use
them. A caption says "BLEU-4 results for algorithms 1 (SGD), 2 (MixSGD) ... on
news-commentary (nc) data. Feature groups are 12 dense features (default), rule identifiers
(id) ..." and its table's cells are headed "4", "train-nc", "+id,ng,shape"; the text says
"labeled attachment score (LAS)". A claim about such a table uses the full names ("IterSelSGD
with rule identifiers ... on test-nc"), or the other way round. So the definitions a paper
makes are read as links between two names (`Definition`), in these general forms:

- "Long Name (short)": the short form in brackets after the name it abbreviates, found the
  way Schwartz and Hearst (2003) find abbreviations: the short form's letters, last to first,
  in the words before the bracket, its first letter starting a word ("news-commentary (nc)",
  "rule identifiers (id)", "labeled attachment score (LAS)");
- "short (Long Name)", the same letters the other way round ("nc (News Commentary)");
- enumerations, where a list of items each carries a bracketed second name: "algorithms 1
  (SGD), 2 (MixSGD), and 4 (IterSelSGD)": in a list of three or more such items (two when
  they are labels), a number or a letter labels what its bracket names; any other item is
  linked to its bracket only when one abbreviates the other by its letters ("rule identifiers
  (id), rule n-gram (ng)"): "RoBERTa (large)" qualifies a name, it does not rename it;
- "X denotes Y", "X stands for Y", "X is the abbreviation for Y" (and a list continued by
  "d for dependent"), "X refers to Y";
- legends: "CLS: classification, USR: User activity, CITE: Citation prediction" (two items
  or more of an abbreviation, a colon or "=", and a few words, apart by commas).

A definition only links two names: the claim must still say everything else the table cell's
headers and caption say (verify/cell_check.py). Precision first: a short form defined twice
with different long forms is ambiguous and dropped; a number or a single letter used as a
short form ("4 (IterSelSGD)") is a label of one table only, so it is kept for the table whose
caption defines it (`Glossary.links`), never for the paper's other tables or its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from verify_claims.claims import Paper

_FUNCTION = frozenset(("the", "of", "a", "an", "and", "or", "for", "in", "on", "to", "with",
                       "by", "at", "from", "as", "its", "their", "our"))
_BRACKET = re.compile(r"\(([^()]{1,40})\)")
# Brackets that are not second names: citations, examples, references, numbers with units.
_NOT_A_NAME = re.compile(
    r"(?:19|20)\d\d|\bet al\b|^\s*(?:e\.g|i\.e|cf|see|resp|p\s*[<=>])|%|=|<|>|\bsection\b|"
    r"\btable\b|\bfigure\b|\bfig\b|\beq\b", re.I)
_SHORT = re.compile(r"[^\W_][\w\-\u2013+.]{0,14}")
_LABEL = re.compile(r"\d{1,2}|[A-Za-z]|[ivx]{1,4}")
_STOP_BEFORE = re.compile(r"[,;:.!?()\[\]]")
# The end of a long form in "X denotes Y": punctuation, the end, or "and d for ..." that
# continues a list of definitions.
_LONG_END = r"(?=\s*(?:[,;:.()]|$)|\s+and\s+[^\W_][\w\-+]{0,9}\s+for\b)"
_VERBAL = re.compile(
    r"(?<![\w\-])(?P<short>[^\W_][\w\-+]{0,9})\s+(?:denotes|stands\s+for|refers\s+to|"
    r"is\s+(?:the|an|our)\s+(?:abbr\w*|acronym|short(?:hand)?)"
    r"\s+(?:for|of))\s+(?P<long>[^,;:.()]{2,60}?)" + _LONG_END, re.I)
_CONTINUED = re.compile(r"^\s*,?\s*(?:and\s+)?(?P<short>[^\W_][\w\-+]{0,9})\s+for\s+"
                        r"(?P<long>[^,;:.()]{2,40}?)" + _LONG_END, re.I)
_MAX_LONG_WORDS = 5
# A preposition inside a listed item ends the list: "and macro-F1 for relation (REL)" is a
# phrase about the item, not a name.
_PREPOSITION = re.compile(r"\b(?:for|with|to|in|on|by|from|at|over|than)\b", re.I)
_DETERMINERS = re.compile(r"^(?:the|a|an)\s+", re.I)


@dataclass(frozen=True)
class Definition:
    """Two names of one thing as a paper links them: `short` as printed ("nc", "4", "LAS"),
    `long` as printed ("news-commentary", "IterSelSGD", "labeled attachment score")."""

    short: str
    long: str

    @property
    def label(self) -> bool:
        """A number or a single letter as the short form: a label of one table's rows."""
        return bool(_LABEL.fullmatch(self.short.strip("()")))


def pieces(text: str) -> tuple[str, ...]:
    """The lower-case words of a name, hyphenated parts apart, function words and numbers
    left out: what a claim must say to say the name."""
    return tuple(piece for word in re.findall(r"[^\W_]+", text.casefold())
                 if (piece := word) not in _FUNCTION and not piece.isdigit())


def _schwartz_hearst(short: str, words: Sequence[str]) -> int | None:
    """How many of `words` (those before the bracket) the long form of `short` takes: the
    fewest whose letters hold the short form's letters in order, read from the end, with its
    first letter starting a word (Schwartz and Hearst 2003). None when none do."""
    letters = [letter for letter in short.casefold() if letter.isalnum()]
    if len(letters) < 2 or not letters[0].isalpha():
        return None
    limit = min(len(words), len(letters) + 5, 2 * len(letters))
    text = " ".join(words[-limit:]).casefold()
    position = len(text) - 1
    for index in range(len(letters) - 1, -1, -1):
        letter = letters[index]
        while position >= 0 and (text[position] != letter or (
                index == 0 and position > 0 and text[position - 1].isalnum())):
            position -= 1
        if position < 0:
            return None
        position -= 1
    start = position + 1
    taken = len(text[start:].split())
    return taken if taken <= _MAX_LONG_WORDS else None


def _words_before(text: str, end: int) -> list[str]:
    """The words of `text` before `end`, back to the previous punctuation mark."""
    before = text[:end]
    cut = max((match.end() for match in _STOP_BEFORE.finditer(before)), default=0)
    return before[cut:].split()


def _name_like(inside: str) -> bool:
    """A bracket that may hold a second name: a label, or up to three words that are no
    citation, reference, number or count ("24 papers")."""
    inside = inside.strip()
    if _LABEL.fullmatch(inside):
        return True
    return bool(inside) and len(inside.split()) <= 3 and not _NOT_A_NAME.search(inside) \
        and not re.fullmatch(r"[\d.,\s]+[a-zA-Z]{0,2}", inside) \
        and not re.match(r"[\d.,]+\s", inside)


def _enumerations(text: str) -> Iterable[Definition]:
    """"1 (SGD), 2 (MixSGD), and 4 (IterSelSGD)": runs of three or more "item (name)" joined
    by commas or "and"; the first item is cut to the size of the others (its lead-in, "for
    algorithms", is no part of it)."""
    brackets = [match for match in _BRACKET.finditer(text) if _name_like(match[1])]
    run: list[tuple[str, str]] = []
    previous = None
    first_text = ""
    for match in brackets:
        if previous is not None:
            between = text[previous.end():match.start()]
            item = re.sub(r"^\s*(?:,|;)?\s*(?:and|or)?\s*", "", between).strip()
            joined = re.match(r"^\s*(?:,|;)\s*(?:(?:and|or)\s+)?|^\s+(?:and|or)\s+", between)
            if joined and item and len(item.split()) <= 4 and not _STOP_BEFORE.search(item) \
                    and not _PREPOSITION.search(item):
                run.append((item, match[1].strip()))
                previous = match
                continue
            yield from _run_definitions(run, first_text)
            run = []
        first_text = text[:match.start()]
        run = [("", match[1].strip())]
        previous = match
    if run:
        yield from _run_definitions(run, first_text)


def _run_definitions(run: list[tuple[str, str]], first_text: str) -> Iterable[Definition]:
    """The definitions of one run of "item (name)": three items or more, or two whose items
    are labels ("algorithms 1 (SGD) and 4 (IterSelSGD)")."""
    others = [item for item, _ in run[1:]]
    if len(run) < 2 or (len(run) == 2 and not _LABEL.fullmatch(others[0])):
        return
    size = max(len(item.split()) for item in others)
    words = _words_before(first_text, len(first_text))
    labels = all(_LABEL.fullmatch(item) for item in others)
    if labels:
        first = words[-1:] if words and _LABEL.fullmatch(words[-1]) else []
    else:
        first = []
        for word in reversed(words):
            if word.casefold() in _FUNCTION or re.fullmatch(r"(?:are|is|were|was|include\w*)",
                                                              word, re.I):
                break
            first.insert(0, word)
        first = first[-(size + 1):]
    items = [(" ".join(first), run[0][1]), *run[1:]]
    for item, name in items:
        item = _DETERMINERS.sub("", item).strip()
        if not item or not name or item.casefold() == name.casefold():
            continue
        if _LABEL.fullmatch(item):
            yield Definition(short=item, long=name)  # "4 (IterSelSGD)": a row's label
        elif _schwartz_hearst(name, item.split()) is not None:
            yield Definition(short=name, long=item)  # "rule identifiers (id)"
        elif _schwartz_hearst(item, name.split()) is not None:
            yield Definition(short=item, long=name)  # "nc (News Commentary)"
        # Otherwise the bracket qualifies its item ("RoBERTa (large)", "text (CLS)"): which
        # of the two is a name of the other, its letters do not say.


def _brackets(text: str) -> Iterable[Definition]:
    """"Long Name (short)" by the short form's letters (`_schwartz_hearst`), and "short (Long
    Name)" the same way round."""
    for match in _BRACKET.finditer(text):
        short = match[1].strip()
        before = _words_before(text, match.start())
        if len(short.split()) >= 2 and before and _abbreviation(before[-1]) \
                and not _NOT_A_NAME.search(short) and _SHORT.fullmatch(before[-1]) \
                and _schwartz_hearst(before[-1], short.split()) is not None \
                and len(short.split()) <= _MAX_LONG_WORDS:
            yield Definition(short=before[-1], long=short)  # "LAS (labeled attachment score)"
            continue
        if not _SHORT.fullmatch(short) or _NOT_A_NAME.search(short) \
                or not any(letter.isalpha() for letter in short):
            continue
        words = _words_before(text, match.start())
        taken = _schwartz_hearst(short, words)
        if taken is None:
            continue
        long = _DETERMINERS.sub("", " ".join(words[-taken:])).strip()
        if long and len(long) > len(short) and short.casefold() not in pieces(long) \
                and (not short.islower() or len(short) <= 5):
            # A long form never holds its short form as a word ("in hybrid (supervised)"
            # glosses, it does not abbreviate), and a lower-case word of six letters or more
            # is a word, not an abbreviation.
            yield Definition(short=short, long=long)


def _abbreviation(word: str) -> bool:
    """A word printed as an abbreviation: a capital after its first letter, a digit, a
    symbol, or three letters at most ("LAS", "k-SED", "rmc", "h"); "mention refers to an
    entity" explains a word, it defines no short name."""
    return len(word) <= 3 or any(letter.isupper() or not letter.isalpha()
                                 for letter in word[1:])


def _verbal(text: str) -> Iterable[Definition]:
    """"X denotes Y", "X stands for Y", "h is the abbreviation for head, d for dependent"."""
    for match in _VERBAL.finditer(text):
        if len(match["long"].split()) > _MAX_LONG_WORDS or not _abbreviation(match["short"]):
            continue
        yield Definition(match["short"], _DETERMINERS.sub("", match["long"].strip()))
        rest = text[match.end("long"):]
        while (continued := _CONTINUED.match(rest)) is not None:
            if len(continued["long"].split()) <= _MAX_LONG_WORDS:
                yield Definition(continued["short"],
                                 _DETERMINERS.sub("", continued["long"].strip()))
            rest = rest[continued.end():]


_CAPTION_LABEL = re.compile(r"^\s*(?:Table|Tab\.|Figure|Fig\.)\s*[A-Z]?\d+[a-z]?\s*[:.]\s*", re.I)
_LEGEND_ITEM = re.compile(r"^\s*(?:and\s+)?(?P<short>[^\W_][\w\-+@]{0,9})\s*[:=]\s*"
                          r"(?P<long>[^\W\d_][^\W\d_\s\-]*(?:[\s\-]+[^\W\d_]+){0,4})\s*$")
# "R is ROUGE-L, B is BERTScore, L is Length": a caption's legend worded with "is" (Yin et al.
# 2024, Tables 16-20, round 34), an item a short form of three characters at most.
_IS_LEGEND_ITEM = re.compile(r"^\s*(?:and\s+)?(?P<short>[^\W_][\w\-+@]{0,2})\s+is\s+"
                             r"(?P<long>[^\W\d_][^\W\d_\s\-]*(?:[\s\-]+[^\W\d_]+){0,4})\s*$")
is_legends = True
"""Whether a caption's legend may word its items with "is" (`_legends`; a planted-bug test
switches it off)."""


_BARRED = re.compile(r"\|\s*([^\W_][\w\-+@]{0,9})\s*\|")


def _legends(text: str) -> Iterable[Definition]:
    """A legend of a caption: "CLS: classification, USR: User activity, CITE: Citation
    prediction" (two items or more, each an abbreviation, a colon or an equals sign, and up to
    five words, the items apart by commas or semicolons). In a caption (a text opening "Table
    N:"), an item may also say "is": "R is race, G is gender" (a short form of three characters
    at most, capitalised)."""
    captioned = is_legends and bool(_CAPTION_LABEL.match(text))
    text = _CAPTION_LABEL.sub("", text)
    # "|V |: Vocabulary size": a symbol printed between bars (a set's size), the bars and the
    # reader's spaces inside them aside, is the symbol its header prints (Kim, EMNLP 2014,
    # Table 1, heldout17).
    text = _BARRED.sub(r"\1", text)
    run: list[Definition] = []
    for segment in re.split(r"[,;]|\.(?:\s|$)", text):
        piece = segment.split(":")[-2:] if segment.count(":") > 1 else None
        match = _LEGEND_ITEM.match(":".join(piece) if piece else segment)
        if match is None and captioned:
            match = _IS_LEGEND_ITEM.match(segment)
            if match is not None and not match["short"][:1].isupper():
                match = None
        if match and _abbreviation(match["short"]) and match["short"].casefold() \
                not in pieces(match["long"]):
            run.append(Definition(match["short"], match["long"].strip()))
            continue
        if len(run) >= 2:
            yield from run
        run = []
    if len(run) >= 2:
        yield from run


@lru_cache(maxsize=4096)
def read_definitions(text: str) -> tuple[Definition, ...]:
    """Every definition `text` makes (module docstring), in order, each once."""
    text = " ".join(text.split())
    found = [*_enumerations(text), *_brackets(text), *_verbal(text), *_legends(text)]
    return tuple(dict.fromkeys(definition for definition in found
                               if pieces(definition.long) or definition.label))


class Glossary:
    """A paper's definitions: those of its text and captions for every table (`links`), the
    labels a caption defines for its own table only. A short form defined with two different
    long forms is dropped (which one a header means is not known)."""

    def __init__(self, text: Iterable[str], captions: Iterable[str | None]) -> None:
        paper: list[Definition] = []
        for sentence in text:
            paper += [definition for definition in read_definitions(sentence)
                      if not definition.label]
        self._own: dict[str, tuple[Definition, ...]] = {}
        for caption in captions:
            if caption:
                defined = read_definitions(caption)
                self._own[caption] = tuple(_unambiguous(defined))
                paper += [definition for definition in defined if not definition.label]
        self._paper = tuple(_unambiguous(paper))
        self._other: dict[str, str] = {}
        self._links: dict[str, dict[str, tuple[Definition, ...]]] = {}

    def links(self, caption: str | None = None) -> dict[str, tuple[Definition, ...]]:
        """The definitions in force for a table with this caption (its own first, then the
        paper's for the short forms it leaves undefined), by short form as a header word
        prints it (lower case, brackets aside); built once per caption."""
        found = self._links.get(caption or "")
        if found is None:
            own = self._own.get(caption or "", ())
            shorts = {definition.short.casefold() for definition in own}
            found = {}
            for definition in own + tuple(definition for definition in self._paper
                                          if definition.short.casefold() not in shorts):
                key = definition.short.casefold().strip("()")
                found[key] = (*found.get(key, ()), definition)
            self._links[caption or ""] = found
        return found

    def other_names(self, text: str) -> str:
        """The other names, by the paper's definitions (labels aside), of the names a
        sentence prints: "labeled attachment score" for a sentence printing "LAS" (an
        abbreviation printed as defined, a whole word), "LAS" for one printing the long
        form. What a claim that words a name the other way finds there."""
        found = self._other.get(text)
        if found is None:
            words = [word.casefold() for word in re.findall(r"[^\W\d_][\w\-+]*", text)]
            names = []
            for definition in self._paper:
                short = definition.short
                if _abbreviation(short) and re.search(
                        rf"(?<![\w\-]){re.escape(short)}(?![\w\-])", text):
                    names.append(definition.long)
                if says(definition.long, words):
                    names.append(short)
            found = self._other[text] = " ".join(names)
        return found

    def __bool__(self) -> bool:
        return bool(self._paper) or any(self._own.values())

    @property
    def letters(self) -> frozenset[str]:
        """The first letters of every short form defined (and digits of labels): the header
        words a claim may say through a definition start with one of them."""
        shorts = [definition.short for definition in self._paper] + [
            definition.short for own in self._own.values() for definition in own]
        return frozenset(short.strip("()")[:1].casefold() for short in shorts if short)


def _unambiguous(definitions: Iterable[Definition]) -> list[Definition]:
    """One long form per short form: of long forms that nest ("identifiers", "rule
    identifiers"; "Europarl", "Europarl data") the shortest, which the others only qualify;
    none where two do not nest (two meanings of one short form)."""
    by_short: dict[str, dict[tuple[str, ...], Definition]] = {}
    for definition in definitions:
        by_short.setdefault(definition.short.casefold(), {}).setdefault(
            pieces(definition.long), definition)
    kept = []
    for forms in by_short.values():
        shortest = min(forms, key=len)
        if all(_nested(shortest, other) for other in forms):
            kept.append(forms[shortest])
    return kept


def _nested(inner: tuple[str, ...], outer: tuple[str, ...]) -> bool:
    """`inner` is a run of `outer`'s words (plural aside)."""
    inner = tuple(map(_singular, inner))
    outer = tuple(map(_singular, outer))
    return any(outer[start:start + len(inner)] == inner
               for start in range(len(outer) - len(inner) + 1))


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") \
        else word


_GLOSSARIES: dict[int, tuple[Paper, Glossary]] = {}


def glossary(paper: Paper) -> Glossary:
    """The paper's glossary, read once per paper object."""
    cached = _GLOSSARIES.get(id(paper))
    if cached is not None and cached[0] is paper:
        return cached[1]
    found = Glossary((sentence.text for sentence in paper.sentences),
                     (table.caption for table in paper.tables))
    if len(_GLOSSARIES) >= 64:
        _GLOSSARIES.pop(next(iter(_GLOSSARIES)))
    _GLOSSARIES[id(paper)] = (paper, found)
    return found


def _same(one: str, other: str) -> bool:
    """Two words of a name are the same word, plural aside."""
    return one == other or _singular(one) == _singular(other)


@lru_cache(maxsize=4096)
def _claim_pieces(words: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    return tuple((piece, index) for index, word in enumerate(words)
                 for piece in re.findall(r"[^\W_]+", word)
                 if piece not in _FUNCTION and not piece.isdigit())


def says(long: str, words: Sequence[str]) -> frozenset[int] | None:
    """The positions of the claim `words` (lower case, as printed) that say the name `long`:
    its words in order, in consecutive words of the claim (function words aside, hyphenated
    parts apart, plural aside). None when the claim does not say it."""
    wanted = pieces(long)
    if not wanted:
        return None
    said = _claim_pieces(tuple(words))
    found: set[int] = set()
    for start in range(len(said) - len(wanted) + 1):
        run = said[start:start + len(wanted)]
        if all(_same(piece, claimed) for piece, (claimed, _) in zip(wanted, run, strict=True)):
            found |= {index for _, index in run}
    return frozenset(found) if found else None


def defined_names(word: str, links: dict[str, tuple[Definition, ...]],
                  words: Sequence[str]) -> frozenset[int] | None:
    """The positions of the claim `words` that say the header word `word` through a
    definition of `links` (`Glossary.links`): the claim says the long form of a short form
    printed as the header word ("IterSelSGD" for "4", "rule identifiers" for "id",
    "news-commentary" for "nc"). None when no definition links them. Only this way round: a
    header word that is one word of a long form ("features" of "12 dense features") is no
    name of the whole."""
    found: set[int] = set()
    for definition in links.get(word, ()):
        found |= says(definition.long, words) or set()
    return frozenset(found) if found else None
