"""In a table flattened into one passage, a number belongs to the row whose label is printed before
its run of cells; a claim naming another row's label is not decided by it.

Tables a reader cannot lay out reach the source check as text: arXiv:1609.06038's Table 1 became
one passage, "... (13) 300D NTI-SLSTM-LSTM (Munkhdalai and Yu, 2016b) 3.2M 88.5 87.3 (14) 300D
re-read LSTM (Sha et al., 2016) 2.0M 90.7 87.5 (15) 300D btree-LSTM encoders (Paria et al.,
2016) 2.0M 88.6 87.6 (16) 600D ESIM ...". "The 300D NTI-SLSTM-LSTM reaches a training accuracy
of 88.6" (its own is 88.5) found every word and its number there and was confirmed (heldout14's
first run): 88.6 is the btree-LSTM's cell, and HIM's. `number_match`'s `_labelled_elsewhere`
reads at most two words before a number as its label, which a row's citation ("(Paria et al.,
2016)") and its size ("2.0M") push out of reach.

A flattened table prints each row as its label (words, perhaps with a lone number such as a size
or a year) followed by a run of two or more numbers with no word between them. The label of a
number is the stretch of text between the previous run and its own (`row_labels`); the stretch
before the first run is the header and labels no row. `guard_flattened_rows` sets aside each
supporting source check whose quote reads as a flattened table (three runs of cells or more
after the first) and prints the agreeing number only in runs whose labels lack a name the claim
prints (a word with a capital inside, a digit or a hyphen: "NTI-SLSTM-LSTM", "BiLSTM-Max") while
another row's label prints it: the number is another row's.

A table of one column flattens into a label and a number by turns (red team 11, round 20): Le
and Mikolov's Table 3 (arXiv 1405.4053, page 7) became "Model Error rate Vector Averaging 10.25%
Bag-of-words 8.10 % Bag-of-bigrams 7.28 % Weighted Bag-of-bigrams 5.67% Paragraph Vector
3.82%", and "On the information retrieval task, Bag-of-bigrams has an error rate of 5.67%"
(false: 7.28) was confirmed: every word of the claim is there, and so is its number, after the
longer label. When the agreeing number's label is another row's whole label with words before
it that the claim does not say ("Weighted" before "Bag-of-bigrams"), and the claim names that
shorter label, the number is the longer variant's (`extended_label`).

A table the reader lost reaches the check as a run of row labels and numbers read as a
sentence (round 25: Dean and Ghemawat's Table 1, lost to a figure caption): a deciding check,
either way, whose passage holds such a run decides only through the row that prints its number
(verify/table_runs.py, `_lost_table_runs`).

It only undecides; it names no paper, table or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, CheckKind, Claim

from .quote_quantities import quote_quantities
from .table_runs import run_reason
from .undecided import DECIDING, decided, supporting_sources, undecide

__all__ = ["claim_names", "extended_label", "guard_flattened_rows", "row_labels"]

_NAME = re.compile(r"[A-Za-z0-9]+(?:[\-.][A-Za-z0-9]+)*")
_LONG_WORD = re.compile(r"[A-Za-z]{2,}")  # a word between two numbers ends their run
_ROWS = 3  # runs of cells after the header that make a passage a flattened table
# Two numbers with no word between them ("88.5 87.3"): a quote printing this fewer than
# `_ROWS` + 1 times holds no flattened table, and is not parsed for quantities (which is slow).
_ADJACENT = re.compile(r"\d[%A-Za-z]?[,;/|()]*\s[\s,;/|()]*[-+\u2212]?\.?\d")


def claim_names(text: str) -> set[str]:
    """The names a claim prints: words with a capital after their first letter, or with both
    letters and a digit, or hyphenated with a capital ("NTI-SLSTM-LSTM", "mLSTM", "BiLSTM-Max",
    "SkipThought-LN"), case-folded."""
    names = set()
    for word in _NAME.findall(text):
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) < 2:
            continue
        inner_capital = any(ch.isupper() for ch in word[1:])
        mixed = any(ch.isdigit() for ch in word) and len(letters) >= 2
        if inner_capital or (mixed and "-" in word):
            names.add(word.casefold())
    return names


@lru_cache(maxsize=2048)
def row_labels(text: str) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """(label, the numbers printed in its run) for each run of two numbers or more of `text`
    (numbers with no word between them), the label being the text since the previous run (the
    header before the first run left out); None when `text` holds fewer than three such
    labelled runs, i.e. reads as prose rather than a flattened table."""
    if len(_ADJACENT.findall(text)) <= _ROWS:
        return None
    quantities = sorted(quote_quantities(text), key=lambda quantity: quantity.span)
    if not quantities:
        return None
    runs: list[list] = [[quantities[0]]]
    for previous, quantity in zip(quantities, quantities[1:], strict=False):
        if _LONG_WORD.search(text[previous.span[1]:quantity.span[0]]):
            runs.append([quantity])
        else:
            runs[-1].append(quantity)
    rows: list[tuple[str, tuple[str, ...]]] = []
    end = None  # where the previous run of cells ended; None before the first
    for run in runs:
        if len(run) < 2:
            continue
        if end is not None:
            rows.append((text[end:run[0].span[0]],
                         tuple(text[q.span[0]:q.span[1]] for q in run)))
        end = run[-1].span[1]
    # Three rows of cells or more: prose rarely prints two numbers with no word between them
    # three times over ("88.5 87.3"); `shown_words.table_like` asks for four numbers in a row,
    # which a flattened row of two or three cells never holds.
    return tuple(rows) if len(rows) >= _ROWS else None


def _printed(number: str, printed: tuple[str, ...]) -> bool:
    return any(item.strip("%+").replace(",", "") == number.strip("%+").replace(",", "")
               for item in printed)


def other_row(claim_text: str, quote: str, found: str,
              names: set[str] | None = None) -> str | None:
    """A name of the claim that labels another row of the flattened table `quote` and none of
    the rows whose runs print `found`; None when the quote is no flattened table or every run
    printing `found` is labelled by each name of the claim that labels a row."""
    rows = row_labels(quote)
    if not rows:
        return None
    mine = [label.casefold() for label, printed in rows if _printed(found, printed)]
    if not mine:
        return None
    for name in sorted(claim_names(claim_text) if names is None else names):
        elsewhere = any(name in label.casefold() for label, printed in rows
                        if not _printed(found, printed))
        if elsewhere and not any(name in label for label in mine):
            return name
    return None


_CELL = re.compile(r"(?<![\w.])[-+]?\d+(?:[.,]\d+)*(?:\s?%)?(?![\w])")
_LABEL_WORD = re.compile(r"[A-Za-z][\w\-']*")
_LABEL_WORDS = 6  # a table's row label: at most this many words between two cells
# A citation in a row label: "(Maas et al., 2011)", "(Wang & Manning, 2012a)".
_CITATION = re.compile(r"\([^()]{0,80}?\b(?:19|20)\d\d[a-z]?\)")


# A function word right before a number leads prose into it ("of the 1077 admissions", "8 am
# to 4 pm", "4 pm and 59%"): no row label ends so (round 25, Agyeman-Duah et al. 2014, page 4).
_INTO_NUMBER = frozenset(("of", "the", "a", "an", "to", "and", "or", "in", "on", "at", "for",
                          "with", "by", "from", "than", "as", "is", "are", "was", "were"))


@lru_cache(maxsize=2048)
def _label_cells(quote: str, cited: bool = False
                 ) -> tuple[tuple[tuple[str, ...], str], ...] | None:
    """(the words of the label before a number, the number) for each number of `quote`, when
    it reads as a one-column table flattened into text ("Bag-of-words 8.10 % Bag-of-bigrams
    7.28 % Weighted Bag-of-bigrams 5.67%"): five numbers or more, each after one to six words
    but the first (the header), the last of them no function word (`_INTO_NUMBER`); else
    None."""
    if cited:  # "NBSVM-bi (Wang & Manning, 2012) 8.78%": a label's citation is no cell
        quote = _CITATION.sub(" ", quote)
    cells = list(_CELL.finditer(quote))
    if len(cells) < 5:
        return None
    rows, end = [], 0
    for cell in cells:
        words = tuple(word.casefold() for word in _LABEL_WORD.findall(quote[end:cell.start()]))
        rows.append((words, cell.group().replace(" ", "").strip("%")))
        end = cell.end()
    labelled = sum(1 for words, _ in rows[1:]
                   if 0 < len(words) <= _LABEL_WORDS and words[-1] not in _INTO_NUMBER)
    return tuple(rows) if labelled >= 4 and labelled * 5 >= (len(rows) - 1) * 4 else None


def extended_label(claim_text: str, quote: str, found: str) -> tuple[str, str] | None:
    """(the label printing `found`, the claim's shorter label) when, in a one-column table
    flattened into `quote`, the number `found` is printed only after a label that is another
    row's whole label with words before it the claim does not say ("Weighted Bag-of-bigrams"
    for a claim about "Bag-of-bigrams", a row of its own): the number is the longer variant's;
    else None."""
    rows = _label_cells(quote)
    if rows is None:
        return None
    number = found.replace(" ", "").strip("%")
    claim_words = tuple(word.casefold() for word in _LABEL_WORD.findall(claim_text))
    claim_set = set(claim_words)
    mine = [words for words, printed in rows if printed == number]
    others = {words for words, printed in rows if printed != number}
    if not mine:
        return None
    for words in mine:
        for cut in range(1, len(words)):
            base, extra = words[cut:], words[:cut]
            if base not in others or any(word in claim_set for word in extra):
                continue
            if any(claim_words[at:at + len(base)] == base for at in range(len(claim_words))):
                return " ".join(words), " ".join(base)
        return None
    return None


def _unit_letters(words: tuple[str, ...]) -> bool:
    """Whether a label's words are all single letters ("g l" of "g/l", "m s" of "m/s")."""
    return all(len(word) == 1 for word in words)


def other_label(claim_text: str, quote: str, found: str, names: set[str] | None = None,
                agreeing: tuple[str, ...] = ()) -> str | None:
    """A name of the claim that labels another row of the one-column table flattened into
    `quote` and no row that prints `found` ("NBSVM-uni" for 8.78%, which "NBSVM-bi" prints),
    or another row's whole label of two words or more that the claim prints ("Full+BoW" for
    the "Full+Unlabeled+BoW" row's number); None when the quote is no such table, or every row
    printing `found` names it. A row printing another of the claim's `agreeing` numbers is
    the claim's too ("A's 8.78% against B's 11.71%")."""
    rows = _label_cells(quote, cited=True)
    if rows is None:
        return None
    number = found.replace(" ", "").strip("%")
    claimed = {number, *(other.replace(" ", "").strip("%") for other in agreeing)}
    mine = [" ".join(words) for words, printed in rows if printed == number]
    if not mine:
        return None
    others = [words for words, printed in rows[1:] if printed not in claimed]
    claim_words = tuple(word.casefold() for word in _LABEL_WORD.findall(claim_text))

    def printed_in(pieces: tuple[str, ...], words: tuple[str, ...]) -> bool:
        return any(words[at:at + len(pieces)] == pieces for at in range(len(words)))

    # A "label" of single letters is a unit split at its slash, printed after every number of
    # a sentence of statistics ("9.13 g/l (95% CI ... 18.66 g/l, p<0.0001) and ... 16.92 g/l";
    # Huang et al., Postgrad Med J 2010, page 4; round 24): no row of a table.
    whole = {" ".join(words) for words in others
             if len(words) >= 2 and " ".join(words) not in mine
             and printed_in(words, claim_words) and not _unit_letters(words)}
    if whole:  # "Full+BoW" is a row of its own, not "Full+Unlabeled+BoW"
        return sorted(whole)[0]
    for name in sorted(claim_names(claim_text) if names is None else names):
        pieces = tuple(_LABEL_WORD.findall(name))
        if pieces and any(words == pieces for words in others) \
                and not any(printed_in(pieces, words) for words, printed in rows
                            if printed in claimed):
            return name
    return None


def _lost_table_runs(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each deciding source check whose passage is a lost table's rows read as a
    sentence and decides through another row, or by its words alone (`table_runs`)."""
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        reason = next((reason for evidence in check.evidence
                       if (reason := run_reason(claim.text, evidence))), None)
        if reason is not None:
            undecide(check, reason, joint=": ")


def guard_flattened_rows(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check that agrees with a number of another row of a
    table flattened into its quote, and each deciding one read from a lost table's rows
    through another row (module docstring). In place."""
    _lost_table_runs(claim, checks)
    names: set[str] | None = None  # read only for a quote that is a flattened table
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            quote = evidence.quote or ""
            agreeing = [pair.found for pair in evidence.numbers if pair.agree]
            longer = next((pair for found in agreeing
                           if (pair := extended_label(claim.text, quote, found))), None)
            if longer is not None:
                undecide(check, f"Not confirmed: the passage is a table flattened into text, "
                                f"and the agreeing number is the {longer[0]!r} row's; the "
                                f"{longer[1]!r} row prints another", joint=": ")
                break
            if agreeing and _label_cells(quote, cited=True) is not None:
                if names is None:
                    names = claim_names(claim.text)
                name = next((name for found in agreeing
                             if (name := other_label(claim.text, quote, found, names,
                                                     tuple(agreeing)))), None)
                if name is not None:
                    undecide(check, f"Not confirmed: the passage is a table flattened into "
                                    f"text, and its {name!r} row prints another number; the "
                                    f"agreeing number is another row's", joint=": ")
                    break
            if not agreeing or row_labels(quote) is None:
                continue
            if names is None:
                names = claim_names(claim.text)
            name = next((name for found in agreeing
                         if (name := other_row(claim.text, quote, found, names))), None)
            if name is not None:
                undecide(check, f"Not confirmed: the passage is a table flattened into text, "
                                f"and its {name!r} row prints other numbers; the agreeing "
                                f"number is in another row of the flattened table", joint=": ")
                break
