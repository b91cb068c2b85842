"""Labels of a system's variants: a hyphenated modifier said the other way round, and a
setting in brackets whose number is part of the label.

Tables label the variants of one system by the name and a hyphenated modifier: "BERT-frozen",
"BERT-finetuned", "RoBERTa-large", "T5-small", "GPT2-distilled". Prose puts the modifier
first, as English puts an adjective before its noun: "frozen BERT", "the large RoBERTa",
"finetuned BERT's gender accuracy". The parts of such a header are said when the claim says
them side by side in the reverse order, the modifier right before the name
(`reversed_compound`); a reading of the label's parts in their printed order is
`ClaimWords._names`' ("Likert-scale" / "Likert scale").

Only a two-part label whose parts are words of three letters or more is read so, and only
when the claim prints the modifier in lower case (or as its first word, before a name printed
in capitals, "Frozen BERT"): two capitalised names side by side ("German English", "Stanford
CoreNLP") are two names, not a system and its variant; a negating part ("non-English") never
reverses. A "+" glued to the label ("BERT-frozen+ RLACE": the frozen model plus a method) is no
part of the modifier.

Numbers in brackets are citations ("[18]", "(Kim, 2004)") and are no header numbers, but a
bracket that holds one word and one number, "(rank 100)", "(k = 50)", "(L=3)", "(4 layers)",
is the setting that tells two rows of one system apart: "INLP (rank 1)" and "INLP (rank 100)"
differ only in it (`bracketed_settings`). It is one header word, "rank 100", said only where
the claim prints its word and number together ("INLP at rank 100", "Rank-100 INLP",
"4-layer Transformer": `says_setting`); without it the two rows have the same header words
and no claim could single either out. It is no header number: a claimed number of the same
value elsewhere in the claim ("Rank-1 INLP lowers gender accuracy by 1 point") is still a
number the cells must give, never the row's name; only the number printed as the setting
("at rank 100") is no level the cells must give (`setting_numbers`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from verify_claims.claims import Paper, Quantity

_NEGATING_PARTS = frozenset(("no", "not", "non", "without", "none", "anti"))


def reversed_compound(word: str, words: Sequence[str], printed: Sequence[str],
                      says: Callable[[str, str], bool]) -> frozenset[int] | None:
    """The positions of the claim words that say the two-part hyphenated header `word`
    ("bert-frozen+") in the reverse order ("frozen BERT"); None when no two do.

    `words` are the claim's words as header words read them (lower case), `printed` the same
    words as the claim prints them, `says(part, claimed)` whether one claim word says one part
    (`names_word`)."""
    parts = [part.strip("+") for part in word.strip("-+").split("-")]
    if len(parts) != 2 or not all(len(part) >= 3 and part[:1].isalpha() for part in parts) \
            or any(part in _NEGATING_PARTS for part in parts):
        return None
    name, modifier = parts
    found: set[int] = set()
    for index in range(len(words) - 1):
        said, after = printed[index], printed[index + 1]
        if said[:1].isupper() and (index > 0 or after.istitle()):
            continue  # a capitalised word inside the claim is a name, not a modifier; at its
            # start, it is one when a plain capitalised word follows ("German English")
        if says(modifier, words[index]) and says(name, words[index + 1]) \
                and not says(name, words[index]):
            found |= {index, index + 1}
    return frozenset(found) if found else None


_SETTING = re.compile(r"\(\s*(?:(?P<name>[^\W\d_][\w\-]*?)(?:\s*=\s*|\s+)(?P<after>\d+(?:\.\d+)?)"
                      r"|(?P<before>\d+(?:\.\d+)?)\s+(?P<unit>[^\W\d_][\w\-]*))\s*\)")
_YEAR = re.compile(r"(?:19|20)\d\d")


def bracketed_settings(text: str) -> list[tuple[str, str]]:
    """The settings in round brackets of a header, as (its word, its number): ("rank", "100")
    of "INLP (rank 100)", ("l", "3") of "GAME (L=3)", ("layers", "4") of "Transformer (4
    layers)"; a year is no setting, nor a name with its digit glued on ("Macro (F1)", "(v2)"):
    word and number are set apart by a space or "="."""
    found = []
    for match in _SETTING.finditer(text):
        number = match["after"] or match["before"]
        if not _YEAR.fullmatch(number):
            found.append(((match["name"] or match["unit"]).casefold(), number))
    return found


def setting_word(name: str, number: str) -> str:
    """The header word of a setting: its word and number ("rank 100"), so that two settings of
    one number under different words stay two header words."""
    return f"{name} {number}"


def says_setting(word: str, text: str) -> tuple[int, int] | None:
    """Where the claim `text` prints the setting `word` ("rank 100"), as a span; None when it
    does not. Its word (a plural "s" aside, "4-layer" for "4 layers") and its number side by
    side, in either order, joined by a space, a hyphen or "=" ("rank 100", "rank-100",
    "Rank-100 INLP", "4-layer")."""
    name, _, number = word.rpartition(" ")
    stem = re.escape(name[:-1] if len(name) > 3 and name.endswith("s") else name)
    digits = re.escape(number)
    match = re.search(rf"(?<![\w.])(?:{stem}s?\s*[-=\s]\s*{digits}(?![\w.]|\.\d)"
                      rf"|{digits}\s*[-\s]\s*{stem}s?(?![\w]))", text, re.I)
    return match.span() if match else None


_PAPER_SETTINGS: dict[int, tuple[Paper, frozenset[str]]] = {}


def paper_settings(paper: Paper) -> frozenset[str]:
    """The settings in brackets of the paper's table headers and row labels ("rank 100"),
    once per paper."""
    kept = _PAPER_SETTINGS.get(id(paper))
    if kept is not None and kept[0] is paper:
        return kept[1]
    found: set[str] = set()
    for table in paper.tables:
        texts = set(table.header)
        for row in table.rows:
            for cell in row[:1]:
                texts.add(cell.text)
            for cell in row:
                texts.update(getattr(cell, "row_headers", None) or ())
                texts.update(getattr(cell, "column_headers", None) or ())
        for text in texts:
            if text and "(" in text:
                found.update(setting_word(name, number)
                             for name, number in bracketed_settings(text))
    if len(_PAPER_SETTINGS) >= 64:
        _PAPER_SETTINGS.pop(next(iter(_PAPER_SETTINGS)))
    settings = frozenset(found)
    _PAPER_SETTINGS[id(paper)] = (paper, settings)
    return settings


def setting_numbers(text: str, quantities: Sequence[Quantity], paper: Paper) -> set[int]:
    """The positions in `quantities` of the claim's numbers printed as a setting that a table
    of `paper` labels a row or column with ("100" of "at rank 100" where a row reads "INLP
    (rank 100)"): they name the row, they are no level of a cell."""
    settings = [word for word in paper_settings(paper)
                if word.rpartition(" ")[2] in text]
    found = set()
    for position, quantity in enumerate(quantities):
        for word in settings:
            if abs(float(word.rpartition(" ")[2]) - quantity.value) > 1e-9:
                continue
            span = says_setting(word, text)
            if span is not None and span[0] <= quantity.span[0] and quantity.span[1] <= span[1]:
                found.add(position)
    return found
