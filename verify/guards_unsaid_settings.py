"""A training setting the claim states ("fine-tuned", "frozen", "zero-shot") that the cell's
labels and caption never say: the cell is no evidence for a run under that setting (heldout17,
round 17).

The accounting of `content.account` lets a claim keep some words its evidence lacks (an
everyday word of a paraphrase, weighed by its rarity in the paper), and a setting word the
paper uses often weighs little: Kim, EMNLP 2014 (D14-1181), speaks of fine-tuning throughout,
so "When both of its channels are fine-tuned, CNN-multichannel reaches 81.1 on MR" was
confirmed by Table 2's CNN-multichannel × MR cell (81.1), although that model fine-tunes one
channel and keeps the other static, and no run with both fine-tuned is reported. The issue's
own example is the same ("with fine-tuning, model A ..." read from a frozen-features run).

A setting is a condition under which a number holds, not a word a paraphrase adds: a decisive
table check none of whose cells (two for a difference: "Finetune" against "Frozen") prints a
setting the claim states in its row and column labels or caption, in any form ("frozen" in
"BERT-frozen"), decides nothing (`guard_unsaid_settings`). Data splits ("dev",
"test") are left to `guards_splits` and model sizes ("large", "base") to `guards_model_sizes`:
claims name a split the caption leaves implicit. It names no paper or word of one; it only
undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import cells_of_check
from .content import claim_parts
from .label_text import caption_text
from .undecided import DECIDING, decided, undecide

# The settings of a run, as printed (a subset of content_words._CONDITION_WORDS: no split, no
# size), each with the pattern that finds it in a label or caption, inside a compound too
# ("BERT-frozen", "Finetune"). Matched on the claim's word itself: the index's five-letter
# terms would take "multichannel" for "multilingual" and "superior" for "supervised".
_TUNE = r"fine-?tun"
SETTINGS: dict[str, str] = {
    "fine-tuned": _TUNE, "finetuned": _TUNE, "fine-tuning": _TUNE, "finetuning": _TUNE,
    "frozen": r"froz|freez", "freezing": r"froz|freez", "zero-shot": r"zero-?shot",
    "few-shot": r"few-?shot", "one-shot": r"one-?shot", "in-domain": r"in-?domain",
    "out-of-domain": r"out-?of-?domain", "supervised": r"(?<![\w-])supervis",
    "unsupervised": r"unsupervis", "semi-supervised": r"semi-?supervis",
    "multilingual": r"multi-?lingual", "monolingual": r"mono-?lingual",
    "cross-lingual": r"cross-?lingual", "oracle": r"oracle"}


def guard_unsaid_settings(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check none of whose cells' labels and caption print a
    setting the claim states (module docstring). In place."""
    settings = [(part.text, re.compile(SETTINGS[part.text.casefold()], re.IGNORECASE))
                for part in claim_parts(claim).parts
                if part.role == "condition" and part.text.casefold() in SETTINGS]
    if not settings:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        read = cells_of_check(check, paper)
        if not read:
            continue
        printed = " ".join(" ".join([caption_text(table.caption), *found.rows, *found.columns])
                           for table, found in read)
        unsaid = [word for word, pattern in settings if not pattern.search(printed)]
        if unsaid:
            cells = "; ".join(f"{found.row} \u00d7 {found.column}" for _, found in read)
            undecide(check, f"Not decided: the claim says \u201c{unsaid[0]}\u201d, which the "
                            f"labels of the cells read ({cells}) and their caption do not")
