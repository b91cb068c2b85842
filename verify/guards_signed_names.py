"""A cell or passage about a system is no evidence for its signed variant ("sisg-"), nor back.

Papers name a variant of a system by the system's name and a trailing sign: "sisg-" and "sisg"
(Bojanowski et al., arXiv:1607.04606, Table 1, page 5: skipgram with subword information, with
null vectors for unseen words, "sisg-", or with vectors summed from their n-grams, "sisg"),
"BERT+" and "BERT", "CRF-" and "CRF". Both are columns or rows of one table. The claim "On the
Russian HJ dataset, sisg- reaches 66" (false: 60; 66 is sisg's) was confirmed by the cell
"RU / HJ × sisg: 66": the sign is no word character, so the claim's words named "sisg" and
the cell of the unsigned column matched.

`guard_signed_names` sets aside each deciding check when the claim names a signed variant that
the paper prints as a name of its own (a sentence or a cell printing "sisg-" followed by no
word character) beside the unsigned name, and none of the check's quotes prints the signed
name while one prints the unsigned one; and, the other way round, when the claim names the
unsigned name of a system whose signed variant the paper prints, and the check's quotes print
only the signed variant. Only the quotes are read (a caption may define both names). A sign
glued to a word that the paper never prints apart ("pre-" in "pre- and post-training") is no
name, and a name with no signed twin in the paper is left to the other rules. The guard only
ever undecides; it names no paper, system or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper

from .paper_memo import per_paper
from .undecided import DECIDING, undecide

__all__ = ["guard_signed_names", "signed_names"]

_SIGNS = str.maketrans({"\u2212": "-", "\u2013": "-", "\uff0b": "+"})
# "sisg-", "BERT+": a name of two or more characters, then one sign, then no name character.
_SIGNED = re.compile(r"(?<![\w\-+])([A-Za-z][A-Za-z0-9]+)([\-+])(?![\w\-+])")


def _plain(text: str) -> str:
    return text.translate(_SIGNS)


def _paper_names(paper: Paper) -> frozenset[tuple[str, str]]:
    """(base, sign) of every signed name the paper prints as a name of its own, beside its
    unsigned base."""
    def read(read_paper: Paper) -> frozenset[tuple[str, str]]:
        text = _plain(" ".join([sentence.text for sentence in read_paper.sentences]
                               + [cell.text for table in read_paper.tables
                                  for row in table.rows for cell in row]
                               + [header for table in read_paper.tables
                                  for header in table.header]))
        return frozenset((match.group(1), match.group(2)) for match in _SIGNED.finditer(text)
                         if _bare(text, match.group(1)))
    return per_paper(paper, "guards_signed_names", read)


def _bare(text: str, base: str) -> bool:
    """`text` prints `base` with no sign or hyphen glued to it."""
    return _signed(text, base, "")


def _signed(text: str, base: str, sign: str) -> bool:
    """`text` prints `base`, then `sign` (none: "") and no name character."""
    return re.search(rf"(?<![\w\-+]){re.escape(base)}{re.escape(sign)}(?![\w\-+])",
                     text) is not None


def signed_names(claim_text: str, paper: Paper) -> list[tuple[str, str, bool]]:
    """(base, sign, signed) for each name of the claim whose signed variant the paper prints
    beside it: `signed` when the claim names the variant, False when it names the base."""
    names = _paper_names(paper)
    if not names:
        return []
    text = _plain(claim_text)
    found = []
    for base, sign in sorted(names):
        if _signed(text, base, sign):
            found.append((base, sign, True))
        elif _bare(text, base):
            found.append((base, sign, False))
    return found


def guard_signed_names(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each deciding check whose quotes print the unsigned name where the claim names
    the signed variant, or only the variant where the claim names the unsigned name (module
    docstring). In place."""
    names = None
    for check in [check for check in checks if check.decisive and check.outcome in DECIDING]:
        if names is None:
            names = signed_names(claim.text, paper)
        if not names:
            return
        quotes = [_plain(evidence.quote) for evidence in check.evidence]
        for base, sign, signed in names:
            said, other = (sign, "") if signed else ("", sign)
            if any(_signed(quote, base, said) for quote in quotes):
                continue
            if any(_signed(quote, base, other) for quote in quotes):
                undecide(check, f"The claim names \u201c{base}{said}\u201d, and the evidence "
                                f"speaks only of \u201c{base}{other}\u201d, which the paper "
                                "names apart", joint=": ")
                break
