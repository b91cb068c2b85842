"""A model's size the paper never names, and a row abbreviation the caption gives to another
model (heldout13 probe).

Two wrong verdicts of a probe of the thirteenth blind corpus (tests/real/heldout13: BitFit,
ACL 2022.acl-short.1, and NoisyTune, 2022.acl-short.76, cited by one report), both from tables
that name models in short:

- "With BERT-large, full fine-tuning reaches 71.9 on RTE" (true of BitFit's Table 2) was
  contradicted by NoisyTune's Table 2, whose row "BERT" is, its text says, "the base version of
  BERT": the name matcher found "BERT" in "BERT-large", and that row was the only one left.
  Papers that run one size of a model often name it without the size; a paper that never
  prints the claim's size of the model at all ("BERT-large", "BERT large", "BERTLARGE", "the
  large version of BERT") has no evidence about that size, whatever it prints of the model
  (`guard_unnamed_sizes`).
- "With RoBERTa-base, BitFit reaches 72.3 on RTE" (false: 77.8 in the row "Ro") was confirmed
  by the row "BB": the caption spells its abbreviations out ("BB: BERTBASE. BL: BERTLARGE. Ro:
  RoBERTaBASE."), so the caption "speaks of" RoBERTa-base for every cell. A cell in a row (or
  column) the caption's legend gives to another model than the one the claim names, when the
  claim names one of the legend's models, is no evidence for the claim (`guard_legend_rows`).

Both only ever undecide; they name no paper, model or number: the sizes are the common size
words, the legend is read from the caption as "abbreviation: expansion".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import evidence_cells
from .coined_names import coined
from .paper_memo import per_paper
from .undecided import DECIDING, decided, evidence_text, undecide

__all__ = ["caption_legend", "guard_legend_rows", "guard_unnamed_sizes", "model_sizes"]

_SIZES = ("base", "large", "small", "medium", "tiny", "mini", "xl", "xxl", "huge")
# "BERT-large", "XLM-R large", "RoBERTa-base's": a coined name, then a size word.
_SIZED = re.compile(r"(?<![\w\-])([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*?)[\-_ ]"
                    rf"({'|'.join(_SIZES)})(?:'s)?(?![\w\-])", re.I)
# "BB: BERTBASE.", "Ro = RoBERTa-base;": a short capitalised abbreviation and its expansion.
_LEGEND = re.compile(r"(?:^|(?<=[\s.;,(]))([A-Z][A-Za-z0-9]{0,4})\s*[:=]\s*"
                     r"([A-Za-z][\w\-]*(?:[ \-][\w\-]+){0,3}?)\s*(?=[.;,)]|$)")
_TOKEN = re.compile(r"[A-Za-z0-9][\w\-]*")


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def model_sizes(claim_text: str) -> list[tuple[str, str]]:
    """(model, size) for each model the claim names with a size word ("BERT-large")."""
    return [(match.group(1), match.group(2).casefold()) for match in _SIZED.finditer(claim_text)
            if coined(match.group(1))]


def _paper_text(paper: Paper) -> str:
    return per_paper(paper, "guards_model_sizes", lambda read: " ".join(
        [sentence.text for sentence in read.sentences]
        + [table.caption or "" for table in read.tables]
        + [cell.text for table in read.tables for row in table.rows for cell in row]
        + [header for table in read.tables for header in table.header]))


def _names_size(text: str, model: str, size: str) -> bool:
    """Whether `text` prints `model` with `size` in any of the common forms: "BERT-large",
    "BERT large", "BERTLARGE", "XLM-Rlarge", "BERT (large)", "the large version of BERT",
    "base and large versions of XLM-R"."""
    name, word = re.escape(model), re.escape(size)
    return any(re.search(pattern, text, re.I) for pattern in (
        rf"(?<![\w\-]){name}[\s_\-]?{word}(?![a-z])",
        rf"(?<![\w\-]){name}\s*\(\s*{word}\s*\)",
        rf"\b{word}\b[\w\s,]{{0,30}}?\bversions?\s+of\s+(?:the\s+)?{name}(?![\w\-])"))


def _prints(text: str, name: str) -> bool:
    return re.search(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text) is not None


def guard_unnamed_sizes(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each deciding check whose evidence prints a model the claim names with a size
    the paper never names for that model (module docstring). In place."""
    deciding = [check for check in checks if check.decisive and check.outcome in DECIDING]
    if not deciding:
        return
    sized = model_sizes(claim.text)
    if not sized:
        return
    named = per_paper(paper, "guards_model_sizes named", lambda read: {})
    for key in sized:
        if key not in named:
            named[key] = _names_size(_paper_text(paper), *key)
    unnamed = [key for key in sized if not named[key]]
    for check in deciding:
        evidence = evidence_text(check)
        for model, size in unnamed:
            if _prints(evidence, model):
                undecide(check, f"The claim speaks of \u201c{model}-{size}\u201d; the paper never "
                                f"names that size of \u201c{model}\u201d, and the evidence "
                                f"speaks of \u201c{model}\u201d alone", joint=": ")
                break


def _abbreviates(short: str, long: str) -> bool:
    """Whether `short` abbreviates `long`: the same first letter, and its letters in order
    among those of `long` ("Ro" of "RoBERTaBASE", "BL" of "BERTLARGE"; not "GLUE" of
    "accuracy")."""
    letters, rest = _squash(short), _squash(long)
    if len(rest) <= len(letters) or not letters or letters[0] != rest[0]:
        return False
    position = 0
    for letter in letters:
        position = rest.find(letter, position) + 1
        if not position:
            return False
    return True


def caption_legend(caption: str) -> dict[str, str]:
    """The abbreviations a caption spells out ("BB: BERTBASE. BL: BERTLARGE." ->
    {"BB": "BERTBASE", "BL": "BERTLARGE"}); the table's own "Table 2:" is none of them."""
    legend = {}
    for match in _LEGEND.finditer(caption):
        short, long = match.group(1), match.group(2).strip()
        if short.casefold() not in ("table", "tab", "fig") and _abbreviates(short, long):
            legend[short] = long
    return legend


def _claim_names(claim_text: str, expansion: str) -> bool:
    """Whether the claim prints `expansion` as one to three whole words, spelt with or without
    spaces, hyphens and case ("RoBERTa-base" and "BERT base" for "RoBERTaBASE", "BERTBASE")."""
    wanted = _squash(expansion)
    words = [re.sub(r"'s$", "", word) for word in _TOKEN.findall(claim_text)]
    return any(_squash("".join(words[start:start + size])) == wanted
               for size in (1, 2, 3) for start in range(len(words) - size + 1))


def guard_legend_rows(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose cell sits under an abbreviation the caption
    spells out as another model than the one of its legend the claim names (module docstring).
    In place."""
    if not paper.tables:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        for evidence in check.evidence:
            reason = None
            for table, found in evidence_cells(paper, evidence.location or "", evidence.quote):
                legend = caption_legend(table.caption or "")
                if len(legend) < 2:
                    continue
                named = [short for short, long in legend.items()
                         if _claim_names(claim.text, long) or _prints(claim.text, short)]
                labels = {label.strip() for label in found.rows + found.columns}
                under = [short for short in legend if short in labels]
                if named and under and not set(under) & set(named):
                    reason = (f"The caption spells \u201c{named[0]}\u201d out as "
                              f"\u201c{legend[named[0]]}\u201d, which the claim names, and the "
                              f"cell {found.cell.text} is under \u201c{under[0]}\u201d, "
                              f"\u201c{legend[under[0]]}\u201d")
                    break
            if reason:
                undecide(check, reason, joint=": ")
                break
