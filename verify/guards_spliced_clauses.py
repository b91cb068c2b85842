"""A claim spliced from two parallel clauses: the first clause's subject with the second's
predicate (round 27).

"The nucleotide at the start position of the 5'-side is always a cytosine" (false) was confirmed
by "We found that the nucleotide at the start position of the 5'-side is always an adenine and at
the end position it is always a cytosine" (Shen et al., RNA 2013, page 5; a known wrong verdict
of probe26a) at match score 1.00: every word of the claim is printed, in order. But the sentence
says two things in parallel clauses that repeat one frame ("is always"), each with its own
subject ("the start position", "the end position") and its own value ("an adenine", "a
cytosine"). The claim keeps the first clause up to the frame and then jumps to what follows the
frame in the second clause.

The shape (`spliced_gap`): aligned word by word, the claim copies the passage with a gap of
the passage's words left out between two copied spans, each holding a content word. The gap
holds a clause break ("and", "but", "while", "whereas", "or"), and it ends on the very words
that end the copied span before it (the repeated frame: "... always [an adenine and at the end
position it is always] a cytosine"), or the claim ends on the words of a second clause set
against the first ("but", "while", "whereas"): "The series impedances Za/2 are purely
resistive" (false) copies "The series impedances Za/2 are purely [inertial, but the total shunt
impedance Zst also has a] resistive part" (Noreland et al., Acta Acustica 2013, page 3; match
score 1.00). The first clause says a word of its own
in the gap (its value: "adenine") and the second clause names a subject of its own there too
(a content word after the break that the claim never says: "end"). Without that second-clause
subject the gap is one subject's two statements ("A improves accuracy and it improves F1"),
which a claim may shorten to the second.

Claims with a number are left to the number checks, which pair each number with its clause
(round 26's lesson: word-shape guards withheld right verdicts on numeric claims). It only
withholds.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from verify_claims.claims import CheckKind, Claim

from .guards_swapped_words import COPY_WORD
from .undecided import SUPPORTING, undecide_by_evidence

__all__ = ["guard_spliced_clauses", "spliced_gap"]

_BREAKS = frozenset(("and", "but", "while", "whereas", "or"))
_FINITE = frozenset(("is", "are", "was", "were", "has", "have", "had"))
_CONTRASTS = frozenset(("but", "while", "whereas"))
_FUNCTION = frozenset((
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or",
    "but", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
    "those", "as", "than", "their", "they", "them", "which", "who", "not", "no", "while",
    "whereas", "also", "both", "each", "always", "never", "only", "all", "has", "have", "had",
    "then", "there", "here", "we", "our", "so", "too", "very", "more", "less", "same"))


def _content(word: str) -> bool:
    return len(word) >= 3 and word not in _FUNCTION and not word[0].isdigit()


@lru_cache(maxsize=8192)
def spliced_gap(claim_text: str, quote: str) -> str | None:
    """The passage's words the claim leaves out when it splices two parallel clauses (module
    docstring), or None."""
    ours = COPY_WORD.findall(claim_text.casefold())
    theirs = COPY_WORD.findall(quote.casefold())
    said = set(ours)
    codes = SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes()
    for at in range(1, len(codes) - 1):
        tag, i1, i2, j1, j2 = codes[at]
        before, after = codes[at - 1], codes[at + 1]
        if tag != "insert" or before[0] != "equal" or after[0] != "equal":
            continue
        left, right, gap = ours[before[1]:before[2]], ours[after[1]:after[2]], theirs[j1:j2]
        if not any(map(_content, left)) or not any(map(_content, right)):
            continue
        breaks = [index for index, word in enumerate(gap) if word in _BREAKS]
        if not breaks:
            continue
        first, second = gap[:breaks[0]], gap[breaks[0] + 1:]
        frame = next((size for size in (3, 2, 1) if size <= min(len(left), len(second))
                      and second[-size:] == left[-size:]), 0)
        if not frame and (after[2] != len(ours) or not _FINITE & set(second)
                          or gap[breaks[0]] not in _CONTRASTS):
            # Without a repeated frame, only a claim that ends on the other clause, a clause
            # set against the first ("but", "while", "whereas") with a verb of its own ("but
            # the total shunt impedance Zst also has a"): not a list of nouns ("using the
            # original BERT code and default BERT-Base configurations", a right confirmation
            # on the corpora of record), nor a condition the claim leaves out ("for any network
            # and any set of packets whose paths ... are fixed", probe25's Kowalski).
            continue
        own_value = any(_content(word) and word not in said for word in first)
        own_subject = any(_content(word) and word not in said
                          for word in second[:len(second) - frame])
        if own_value and own_subject:
            return " ".join(gap)
    return None


def guard_spliced_clauses(claim: Claim, checks) -> None:
    """Undecide each supporting source check whose passage the claim splices from two parallel
    clauses (module docstring). Claims without a number only. In place."""
    if claim.quantities:
        return

    def why(evidence) -> str | None:
        gap = spliced_gap(claim.text, evidence.quote or "")
        if gap is None:
            return None
        return (f"The claim joins two clauses of the passage that each say it of their own "
                f"subject, leaving out \u201c{gap}\u201d")
    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, why)
