"""A number belongs to its own clause (red team 2, round 7).

"79% of participants (19) had taken 3 or fewer STEM course since high school and 92% (22) had
never been involved in publishing a research paper" (arXiv:2203.00130) states two facts, each
with its own number. The claim "79% of participants had never been involved in publishing a
research paper" shares the sentence's subject and the first number, but what it says of that
number is said in the second clause, of 92%. The matcher saw every word and the number in one
sentence and confirmed it.

The general fact: a sentence that coordinates several clauses, each with a number of its own,
says each clause's words of that clause's number, and so does each sentence of a passage. A
supporting sentence is set aside when the clause holding the claim's number shares fewer of the
claim's words than another clause, of the sentence or of a neighbouring sentence of the same
section, holding another number (of which the claim says nothing): the claim has taken one
clause's number for another clause's statement. "Participants ... had 2 minutes to read the
MedlinePlus page on the diagnosis. They ... read the paper for 10 minutes" gives no 10 minutes
for the MedlinePlus page. A reference's number ("(Fig. 3)", "[10]") is no clause's number, and a
sentence of parallel lists ("..., respectively") is not split.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, Claim, Evidence, NumberPair, Outcome, Paper

from .clause_values import EXPLANATION as CLAUSE_VALUE
from .clause_values import clause_value
from .glued_sizes import unglued_sizes
from .guards_respectively import RESPECTIVELY
from .paper_memo import per_paper
from .setting_slots import own_setting
from .undecided import supporting_sources, undecide
from .whole_clauses import whole_numbers_clauses

CLAUSE_VALUES = True
"""Whether a clause holding all the claim's words with another number contradicts it
(verify/clause_values.py); a switch for the tests."""


_SPLIT = re.compile(r"\s*(?:;|,(?!\d)|\band\b|\bwhile\b|\bwhereas\b|\bbut\b)\s*")
_UNIT = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?[KMB]?\s+([A-Za-z]{3,})")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?%?")
_WORD = re.compile(r"[A-Za-z]{4,}")


# "(Fig. 3)", "Table 2", "Section 4.1": a reference's number is no number of the clause's.
_REFERENCE = re.compile(r"\b(?:Fig(?:ure)?s?|Tables?|Tab|Sec(?:tion)?s?|Eqs?|Equations?|"
                        r"Algorithms?|Appendix)\.?\s*\d+(?:\.\d+)*", re.IGNORECASE)


# A citation's year ("Bowman et al. (2015)", "(Lin et al., 2017)"): since clauses no longer end
# inside parentheses (round 19), a citation's year made "Dataset: ... (SNLI, Bowman et al.
# (2015))" a clause of another number than "split 549,367 / 9,842". Such a clause gives no
# other number; the year still binds a claim that names the citation ("Yang et al. (2017)").
_YEAR = re.compile(r"(?:\bet al\.?,?\s*\(?|[(,;]\s*)(?:19|20)\d\d[a-z]?\)?")


# A numbered citation ("[10]", "[17, 11]", "[3-5]"): "the number of researchers doubles [10]"
# is no clause of the number 10, and "Every 11 years" keeps its 11 (Berardi et al., page 1,
# round 22). Only whole numbers from 1 in square brackets: "[0, 1]" is an interval.
_CITATION = re.compile(r"\[\s*[1-9]\d{0,2}(?:\s*[,;\u2013-]\s*[1-9]\d{0,2})*\s*\]")


@lru_cache(maxsize=16384)
def _numbers(text: str) -> frozenset[str]:
    """The numbers `text` prints, references to figures and sections and numbered citations
    left out. Remembered: a sentence and its clauses are read again for every claim quoting
    them."""
    text = _REFERENCE.sub(" ", text)
    if "[" in text:
        text = _CITATION.sub(" ", text)
    return frozenset(match.group().rstrip("%").replace(",", "")
                     for match in _NUMBER.finditer(text))


@lru_cache(maxsize=16384)
def _words(text: str) -> frozenset[str]:
    """The words of `text`, case-folded and cut to five letters, a glued name and size
    ("BERTLARGE") read as its two words: else "the largest Transformer" in the sentence
    before says more of "BERT-Large has 340M parameters" than "BERTLARGE contains 340M
    parameters". Remembered, as `_numbers`."""
    return frozenset(word.casefold()[:5] for word in _WORD.findall(unglued_sizes(text)))


def distinguishing(claimed: frozenset[str], clauses: list[str]) -> frozenset[str]:
    """The claim's numbers that tell its clause apart: a number every clause prints tells none
    ("Whereas the error of a 1-nearest neighbor classifier trained on the original data is
    5.75%, the error of a 1-nearest neighbor classifier trained on t-SNE's map is only
    5.13%": t-SNE, JMLR 2008, page 2595, round 20), unless the claim has no other."""
    if len(clauses) < 2:
        return claimed
    shared = frozenset.intersection(*(_numbers(clause) for clause in clauses))
    return claimed - shared or claimed


def other_clause(claim_text: str, sentence: str, neighbours: tuple[str, ...] = ()) -> str | None:
    """The clause of `sentence` (or of a neighbouring sentence) that says more of the claim's
    words than the clause holding the claim's number, and holds only numbers the claim does
    not state."""
    claimed = _numbers(claim_text)
    if not claimed or not _numbers(sentence) & claimed:
        return None
    if RESPECTIVELY.search(sentence):
        # "... are -34.09 nA/°C and -47.74 nA/°C, respectively": parallel lists share one
        # frame, which splitting at "and" would give to the first number only; which number
        # is whose, verify/guards_respectively.py reads.
        return None
    words = _words(claim_text)
    clauses = [clause for clause in clauses_of(sentence) if _numbers(clause)]
    claimed = distinguishing(claimed, clauses)
    own = [clause for clause in clauses if _numbers(clause) & claimed]
    # A claimed range's clause prints both its ends; one printing a single end
    # ("5–10% were microglia" for "10-20% were microglia" beside "10–20% were
    # oligodendrocytes") is another clause's (verify/whole_clauses.py).
    own, rival = whole_numbers_clauses(claim_text, claimed, clauses, own, _numbers)
    best_own = max(len(_words(clause) & words) for clause in own) if own else 0
    for clause in clauses:
        if rival(clause) and len(_words(clause) & words) > best_own \
                and _numbers(_YEAR.sub(" ", clause)) \
                and not any(own_setting(claim_text, mine, clause) for mine in own):
            # (a clause whose only number is a citation's year gives no other; "24% on Brown
            # and 8% on AP News" are one statement's items, each of its own setting:
            # verify/setting_slots.py)
            return clause
    # A neighbouring sentence is weighed whole against the whole sentence, and only when it
    # gives the claim's unit another number ("2 minutes" beside "10 minutes"): a neighbour
    # that only sets the context of the sentence's number leaves it the claim's.
    whole = len(_words(sentence) & words)
    units = _units(claim_text)
    for text in neighbours:
        if _numbers(text) and not _numbers(text) & claimed and _units(text) & units \
                and len(_words(text) & words) > whole:
            return text
    return None


# How papers continue a clause past a comma or "and" without starting another (round 19, on
# arXiv:1710.07210): an item of a list of numbers ("improvements of 5.8%, 3.1% and 1.7%"), an
# item of a list of names each with its number in parentheses ("in Case 1 (89.9 for IMDB) and
# Case 2 (86.3 for Kitchen)"), a relative clause about the noun before it ("the Google News
# corpus, which contains more than 100B words with a vocabulary size of about 3M"), and
# whatever stands inside parentheses ("(68.85% and 80.17% inference time reduction)"). Such a
# piece shares the subject and verb of the clause before it, which says what its number is.
_NUMBER_ITEM = re.compile(r"^[-+\u2212]?\d[\d,]*(?:\.\d+)?\s*(?:%|[KMB]\b)?(?:\s*\w+)?\W*$")
_NAMED_ITEM = re.compile(r"^(?!(?:they|it|we|this|these|those|he|she)\b)"
                         r"[^\s(),;]+(?:\s+[^\s(),;]+){0,3}\s*\([^()\d]*\d[\d.,]*%?[^()\d]*\)\W*$",
                         re.I)  # one number in the parentheses: "(5.9%→10.9%)" is a change
# The clause before a named item ends with its own: "in Case 1 (89.9 for IMDB)".
_ENDS_NAMED = re.compile(r"\([^()\d]*\d[\d.,]*%?[^()\d]*\)\W*$")
_RELATIVE = re.compile(r"^(?:which|who|whose|where)\b", re.I)
# A number item continues a list only after another number: "of 5.8%, 3.1% and 1.7%". After a
# name it opens the next item's clause: "35M documents and 2B tokens for WIKI, and 25M and .9B
# tokens for AP-NEWS" gives 25M to AP-NEWS (redteam10, WRONG when joined, round 19).
_ENDS_NUMBER = re.compile(r"\d[\d.,]*\s*(?:%|[KMB]\b)?\W*$")


@lru_cache(maxsize=16384)
def clauses_of(sentence: str) -> tuple[str, ...]:
    """The clauses of `sentence`: split at semicolons, commas and coordinating words outside
    parentheses, each piece that only continues the clause before it joined back to it
    (comment above). Remembered per sentence."""
    clauses: list[str] = []
    start, cut, depth = 0, 0, 0
    for match in _SPLIT.finditer(sentence):
        depth += sentence.count("(", cut, match.start()) - sentence.count(")", cut,
                                                                           match.start())
        cut = match.start()
        if depth > 0:
            continue  # inside parentheses no clause ends
        _join_or_add(clauses, sentence[start:match.start()], sentence, start)
        start = match.end()
    _join_or_add(clauses, sentence[start:], sentence, start)
    return tuple(clauses)


def _join_or_add(clauses: list[str], piece: str, sentence: str, start: int) -> None:
    """Add `piece` (which starts at `start` of `sentence`) as a clause of its own, or join it,
    with the separator before it, to the clause before it when it only continues that one."""
    if clauses and ((_NUMBER_ITEM.match(piece) and _ENDS_NUMBER.search(clauses[-1]))
                    or _RELATIVE.match(piece)
                    or (_NAMED_ITEM.match(piece) and _ENDS_NAMED.search(clauses[-1]))):
        previous = clauses[-1]
        clauses[-1] = sentence[sentence.rfind(previous, 0, start):start] + piece \
            if previous and sentence.rfind(previous, 0, start) >= 0 else previous + " " + piece
    elif piece:
        clauses.append(piece)


def _units(text: str) -> set[str]:
    """The word right after each number ("10 minutes", "40K sentences"), cut to five
    letters."""
    return {match.group(1).casefold()[:5] for match in _UNIT.finditer(text)}


def _all_neighbours(paper: Paper) -> dict[str, tuple[str, ...]]:
    """Each sentence's text: the sentences just before and after it, in its section."""
    sentences, found = paper.sentences, {}
    for position, sentence in enumerate(sentences):
        found.setdefault(sentence.text, tuple(
            other.text for other in sentences[max(0, position - 1):position + 2]
            if other is not sentence and other.section == sentence.section))
    return found


def _neighbours(paper: Paper, quote: str) -> tuple[str, ...]:
    return per_paper(paper, "neighbours", _all_neighbours).get(quote, ())


def guard_clause_numbers(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive supporting source check whose sentence, or a neighbour of it,
    says the claim's words of another number in another clause (module docstring). In
    place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            clause = other_clause(claim.text, evidence.quote,
                                  _neighbours(paper, evidence.quote))
            value = _clause_value(claim.text, evidence.quote, clause)
            if value is not None:
                _contradict(check, evidence, (clause, *value))  # type: ignore[arg-type]
                break
            if clause is not None:
                undecide(check, f"The passage says this of another number, in its own clause "
                                f"(\u201c{clause}\u201d)")
                break


def _clause_value(claim_text: str, sentence: str, clause: str | None) -> tuple[str, str] | None:
    """`clause_value` for a clause of `sentence` itself (not of a neighbour) that
    `other_clause` found."""
    if not CLAUSE_VALUES or clause is None:
        return None
    clauses = clauses_of(sentence)
    if clause not in clauses:
        return None
    claimed = _numbers(claim_text)
    own = " ".join(each for each in clauses if _numbers(each) & claimed)
    return clause_value(claim_text, clause, own) if own else None


def _contradict(check: Check, evidence: Evidence, value: tuple[str, str, str]) -> None:
    """Make `check` a contradiction by the clause `value[0]`, which gives `value[1]` for what
    the claim gives `value[2]` (verify/clause_values.py). In place."""
    clause, found, claimed = value
    found_value = float(found)
    evidence.numbers = [NumberPair(claimed=claimed, found=found,
                                   claimed_value=float(claimed), found_value=found_value,
                                   agree=False)]
    evidence.found = found_value
    check.outcome, check.decisive = Outcome.contradicted, True
    check.explanation = f"{evidence.source}: " + CLAUSE_VALUE.format(
        found=found, clause=clause, claimed=claimed)
