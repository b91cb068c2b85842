"""A number whose own sentence scopes it to another data split or dataset than the claim's
(probe of roark13, round 14).

The source check reads a sentence with its neighbours: what a claim says may be accounted for
by the sentence before or after the one that prints the number. That is how papers write
("We evaluated our models on ... (test set).", "The system gives ... on the benchmark."), and
it is also how a claim borrows a scope from the wrong sentence. On roark13 (Prud'hommeaux and
Roark 2013), three claims were confirmed so:

- "The test set has retellings from 144 subjects": the 144 is printed in "Our models were
  trained on ... retellings from 144 subjects ... (training set)", and "test set" only in the
  next sentence, which gives 70;
- "Training subjects have a mean age of 88.5": the 88.5 is the test set's, in the sentence
  that ends "(test set)";
- "On the WLM corpus, the baseline recognizer's word error rate is 13.1%": "a word error rate
  of 13.1% on the 2004 Rich Transcription benchmark", the WLM corpus being named in the next
  sentence, with 47.2%.

The general fact: a sentence that names the data split of its own numbers, or the dataset a
number is measured on, says whose number it is; a neighbour cannot give it another. A
decisive source check decides nothing when the claim names a data split and the sentence
that prints the matched number names only others (`guard_other_sentence_splits`), or when
the claim measures its number on a named dataset and the sentence prints the matched number
"on" a dataset whose name shares no word with the claim (`guard_other_datasets`). The
sentence is the evidence's own quote; its neighbours are not read here.

A fourth (probe 15): "The STS 2014 dataset contains 10,000 pairs" (false: 3,770) was confirmed
by "The SICK dataset consists of about 10,000 sentence pairs ..." (arXiv:1703.02507), the STS
2014 dataset being the next sentence's subject. A dataset the sentence names before the number,
in the number's clause ("The SICK dataset consists of ..."), is whose number it is as much as
one it is measured "on": when the claim names its own dataset and that one shares no word
with it, the check decides nothing (`guard_subject_datasets`). So is the one dataset a sentence
names before a participle clause that carries the number ("The COIL-20 data set ... contains
images of 20 different objects ..., yielding a total of 1,440 images": not the Olivetti data's
400 images; t-SNE, JMLR 2008, page 11, round 20).

A fifth (round 22, own probe of Berardi et al., "Mining Generalized Association Rules on
Biomedical Literature", page 8): "Tauopathies rule was discovered with minsup 0.4 and 0.8 on
the Hypertension dataset only" (the paper never says on which dataset) was confirmed by "two
rules that have been both discovered with low (0.4) as well as with high (0.8) value of
minsup", a sentence that names no dataset at all; the paper names the Hypertension query's
abstracts four pages apart. A dataset the claim measures on ("on the X dataset") is a
condition of its numbers: a passage that prints none of its name's words, in its quotes or
their place, where the paper's title names none either, is no evidence about that dataset
(`guard_unnamed_claim_datasets`).

None names a paper, split or dataset; all only undecide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from verify_claims.claims import Check, CheckKind, Claim, Evidence

from .dataset_scope import ON_DATASET as _ON_DATASET
from .dataset_scope import named as _named
from .guards_passages import printed_at
from .other_cells import splits
from .undecided import DECIDING, SUPPORTING, decided, undecide, undecide_by_evidence

# A dataset named as a subject: "The SICK dataset", "the Penn Treebank corpus".
_DATASET = re.compile(r"\b(?:the|a|an|our|this)\s+((?:[\w\-]+\s+){1,4}?)(?:benchmark|corpus|"
                      r"dataset|data\s+set|treebank)s?\b", re.IGNORECASE)


def guard_other_sentence_splits(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source check whose sentence names only data splits other than
    the claim's (module docstring). In place."""
    claimed = splits(claim.text)
    if not claimed:
        return
    def why(evidence: Evidence) -> str | None:
        printed = splits(evidence.quote or "")
        if printed and claimed.isdisjoint(printed):
            return (f"Not decided: the claim speaks of the {_listed(claimed)} data, and the "
                    f"passage's own sentence gives its number for the {_listed(printed)} data")
        return None

    undecide_by_evidence(checks, CheckKind.source, DECIDING, why)


def guard_other_datasets(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source check whose sentence prints the matched number on a
    dataset the claim does not name, where the claim names its own (module docstring). In
    place."""
    if not any(_named(match[1]) for match in _ON_DATASET.finditer(claim.text)):
        return
    said = _named(claim.text)

    def why(evidence: Evidence) -> str | None:
        other = next((name for pair in evidence.numbers
                      for name in _measured_on(evidence.quote or "", pair.found)
                      if name and _named(name).isdisjoint(said)), None)
        return None if other is None else (f"Not decided: the passage gives its number on the "
                                           f"{other} data, which the claim does not name")

    undecide_by_evidence(checks, CheckKind.source, DECIDING, why)


def _measured_on(quote: str, number: str) -> Iterator[str]:
    """The dataset named right after each printing of `number` in `quote` ("13.1% on the
    2004 Rich Transcription benchmark": "2004 Rich Transcription"), at most two words
    between them."""
    for _, end in printed_at(quote, number.rstrip("%"), percent=True):
        match = _ON_DATASET.search(quote, end)
        if match and re.fullmatch(r"[\s%]*(?:[\w\-]+\s+){0,2}?", quote[end:match.start()]):
            yield " ".join(match[1].split())


def _listed(names: frozenset[str]) -> str:
    return " and ".join(sorted(names))


def _claimed_datasets(text: str) -> list[frozenset[str]]:
    """The names of the datasets a claim names, "on" one or as its subject."""
    return [named for pattern in (_ON_DATASET, _DATASET) for match in pattern.finditer(text)
            if (named := _named(match[1]))]


def subject_dataset(quote: str, number: str) -> str | None:
    """The dataset the sentence names last before a printing of `number` within its clause
    ("The SICK dataset consists of about 10,000": "SICK"), or None."""
    for start, _ in printed_at(quote, number.rstrip("%"), percent=True):
        clause = quote[max(quote.rfind(mark, 0, start) for mark in ";:,") + 1:start]
        found = list(_DATASET.finditer(clause))
        if found and _named(found[-1][1]):
            return " ".join(found[-1][1].split())
        # A participle clause goes on with the sentence's subject ("The COIL-20 data set ...
        # contains images of 20 different objects ..., yielding a total of 1,440 images"):
        # the one data set the sentence names before the number is whose number it is.
        if re.match(r"\s*(?:\w+ing|giving|for\s+a\s+total)\b", clause):
            named = {" ".join(match[1].split()) for match in _DATASET.finditer(quote, 0, start)
                     if _named(match[1])}
            if len(named) == 1:
                return named.pop()
    return None


def guard_subject_datasets(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source check whose sentence gives the matched number to a
    dataset sharing no word with the one the claim names (module docstring). In place."""
    if not _claimed_datasets(claim.text):
        return
    said = _named(claim.text)

    def why(evidence: Evidence) -> str | None:
        other = next((name for pair in evidence.numbers
                      if (name := subject_dataset(evidence.quote or "", pair.found))
                      and _named(name).isdisjoint(said)), None)
        return None if other is None else (f"Not decided: the passage gives its number to "
                                           f"the {other} data, which the claim does not name")

    undecide_by_evidence(checks, CheckKind.source, DECIDING, why)


def guard_unnamed_claim_datasets(claim: Claim, checks: Iterable[Check], title: str | None
                                 ) -> None:
    """Undecide each supporting source check none of whose passages names a word of the
    dataset the claim measures on, where the title names none either (module docstring). In
    place. A contradiction stands: a passage that gives another count of what the claim
    counts contradicts it whatever data the claim names (run on the blind corpora, withholding
    contradictions too cost two right wrong-count verdicts and kept no wrong one away)."""
    lowered = claim.text.casefold()
    if "data" not in lowered and "corp" not in lowered and "bench" not in lowered \
            and "treebank" not in lowered and "suite" not in lowered:
        return  # cheap bail-out before any pattern
    names = [name for match in _ON_DATASET.finditer(claim.text) if (name := _named(match[1]))]
    if not names:
        return
    words = set(re.findall(r"[\w\-]+", (title or "").casefold()))
    if any(not name.isdisjoint(words) for name in names):
        return
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        printed = set(re.findall(r"[\w\-]+", " ".join(
            " ".join(filter(None, (evidence.quote, evidence.location)))
            for evidence in check.evidence).casefold()))
        unnamed = next((name for name in names if name.isdisjoint(printed)), None)
        if unnamed is not None:
            undecide(check, f"Not decided: the claim measures on the {' '.join(sorted(unnamed))}"
                            " data, which the passage never names")
