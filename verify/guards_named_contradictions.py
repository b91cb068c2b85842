"""A contradiction needs the claim's named subject (round 20, own probe of van der Maaten and
Hinton, "Visualizing Data using t-SNE", JMLR 2008).

A passage's number contradicts a claim only when it is about the same thing. A claim's name
(a data set's, a method's: "Olivetti", "Isomap") says which thing; a passage that never prints
it speaks, as often as not, of the thing the paragraph is about. Two wrong contradictions of
the probe's first run:

- "Isomap used k = 12 nearest neighbors" (true: Table 1) was contradicted by "we used a
  neighborhood graph that was constructed using a value of k = 20 nearest neighbors", of the
  random-walk version of t-SNE (page 17);
- "The Olivetti face images have 10,304 pixels" (true) was contradicted by "The digit images
  have 28 × 28 = 784 pixels", MNIST's (page 10), while the Olivetti paragraph printed
  "10, 304" (math mode), which the reader took for two numbers until probe20c joined such
  digit groups (extract/math_digit_groups.py).

The general fact: a passage that never prints the claim's name (a capitalised word of the
claim that the paper prints capitalised after a lower-case word, so no sentence's first word
only: "Isomap", "MNIST", "Olivetti"; or a word with a capital after its first letter or a
digit, "t-SNE", "COIL-20") does not contradict the claim when another place of the paper
states the claim: a sentence naming it that prints every number of the claim, or a table
cell in a row the name labels that prints them (Table 1's row "Isomap | k = 12")
(`guard_named_contradictions`). The passage's number is then another thing's. Limits, each
from a right contradiction it had cost:

- a first try that withheld every contradiction by a passage silent on the claim's name cost
  18 on the corpora of record, most about the paper's own system, which its sentences call
  "our model";
- sentences count only for numbers of three digits or more or with decimals (a blind corpus
  lost two when a small number printed in the name's sentence counted), and only the
  sentence itself (the two after it let "Including the LM embeddings raises CoNLL 2000
  chunking performance from 90.87% to 91.93% F1" find its numbers beside "LM" in another
  setting, a pinned probe of 1705.00108);
- a cell counts only when its header or text shares a word with the claim (olmOCR-mix-1025's
  30,381 is its documents', under another header than the claim's pages);
- a passage that prints the claim's numbers itself contradicts by its direction or negation,
  and is left alone.

It names no paper, system or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper

from .paper_memo import per_paper
from .passages import content_terms
from .undecided import decided, evidence_text, undecide

_TOKEN = re.compile(r"(?<![\w-])[A-Za-z][\w-]*[A-Za-z0-9]")
_MID_SENTENCE = re.compile(r"(?<=[a-z,;] )([A-Z][\w-]*[A-Za-z0-9])")
_REFERENCES = frozenset(("Table", "Tables", "Figure", "Figures", "Fig", "Section", "Sections",
                         "Appendix", "Equation", "Eq", "Algorithm", "Part", "Chapter"))
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\d.,]*-[A-Za-z])")


def _capitals(paper: Paper) -> frozenset[str]:
    """The capitalised words the paper prints after a lower-case word, a comma or a
    semicolon: names, not words that open a sentence."""
    return frozenset(match[1] for sentence in paper.sentences
                     for match in _MID_SENTENCE.finditer(sentence.text))


def _printed(paper: Paper) -> str:
    return " ".join(sentence.text for sentence in paper.sentences)


@lru_cache(maxsize=16384)
def numbers(text: str) -> frozenset[str]:
    """The numbers `text` prints, thousands separators dropped ("10, 304", as typeset in math
    mode with a space, is 10304; a math font's comma may be read as ";"), hyphenated names
    left out ("1-nearest")."""
    text = re.sub(r"(\d)[,;]\s(\d{3})(?!\d)", r"\1,\2", text)
    return frozenset(match.group().replace(",", "").rstrip(".") for match in
                     _NUMBER.finditer(text))


@lru_cache(maxsize=8192)
def _candidates(claim_text: str) -> tuple[str, ...]:
    """The claim's words that may be names: capitalised, or with a capital or digit inside."""
    return tuple(dict.fromkeys(token for token in _TOKEN.findall(claim_text)
                               if (token[0].isupper() or any(ch.isupper() or ch.isdigit()
                                                             for ch in token[1:]))
                               and token not in _REFERENCES and content_terms(token)))


def claim_names(claim_text: str, paper: Paper) -> tuple[str, ...]:
    """The names the claim gives that the paper prints as names (module docstring)."""
    capitals = per_paper(paper, "mid-sentence capitals", _capitals)
    names = []
    for token in _candidates(claim_text):
        inner = any(ch.isupper() or ch.isdigit() for ch in token[1:])
        if token in capitals or (inner and token in per_paper(paper, "printed text", _printed)):
            names.append(token)
    return tuple(names)


def _prints(text: str, name: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def _cells(paper: Paper) -> tuple[tuple[str, str], ...]:
    """Each table cell that prints a number, as (its row's labels, its text with its column
    headers): the cells that may state a named thing's numbers."""
    return tuple((" ".join(dict.fromkeys(cell.row_headers + [row[0].text])),
                  " ".join([*cell.column_headers, cell.text]))
                 for table in paper.tables for row in table.rows if row for cell in row[1:]
                 if cell.value is not None or _NUMBER.search(cell.text))


def _distinctive(number: str) -> bool:
    """A number unlikely to be printed near a name by chance: three digits or more, or a
    decimal ("12" and "20" are everywhere)."""
    return "." in number or len(number.lstrip("0")) >= 3


def _words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"[A-Za-z]+", text)}


def states_elsewhere(name: str, claim_text: str, claimed: frozenset[str], paper: Paper) -> bool:
    """Whether the paper puts every number of `claimed` with `name` (module docstring): in a
    sentence that prints the name, when every number is distinctive, or in a cell of a row
    the name labels whose header or text shares a word with the claim ("Isomap | k = 12")."""
    if all(_distinctive(number) for number in claimed) and any(
            _prints(sentence.text, name) and claimed <= numbers(sentence.text)
            for sentence in paper.sentences):
        return True
    mine = _words(re.sub(re.escape(name), " ", claim_text))
    return any(_prints(labels, name) and claimed <= numbers(text)
               and _words(_NUMBER.sub(" ", text)) & mine
               for labels, text in per_paper(paper, "named cells", _cells))


def guard_named_contradictions(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each contradicting source check whose passage does not print a name the claim
    gives, where another place of the paper prints that name with every number of the claim
    (module docstring). In place."""
    contradicted = list(decided(checks, CheckKind.source, (Outcome.contradicted,)))
    claimed = numbers(claim.text) if contradicted else frozenset()
    names = claim_names(claim.text, paper) if claimed else ()
    if not names:
        return
    for check in contradicted:
        text = evidence_text(check)
        if claimed <= numbers(" ".join(evidence.quote or "" for evidence in check.evidence)):
            continue  # the passage prints the claim's numbers: a direction or negation is read
        missing = next((name for name in names if not _prints(text, name)
                        and states_elsewhere(name, claim.text, claimed, paper)), None)
        if missing is not None:
            undecide(check, f"Not decided: the passage does not name \u201c{missing}\u201d, "
                            f"and the paper prints the claim's numbers where it does")
