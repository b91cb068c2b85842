"""The verifier's shortcuts must answer exactly what the long way answers: each is checked
here against the computation it stands in for (issue 11, verification speed)."""

from __future__ import annotations

import re

from test_cell_lookup import SOURCE, _cell, _claim, _leaderboard
from test_verify_caches import CLAIMS

from verify_claims.claims import (
    Check,
    CheckKind,
    Evidence,
    NumberPair,
    Outcome,
    Paper,
    Section,
    Sentence,
    Table,
)
from verify_claims.extract.paper import enrich_paper
from verify_claims.verify import cell_check, shown_words
from verify_claims.verify.engine import _copy
from verify_claims.verify.header_words import ClaimWords
from verify_claims.verify.number_context import _BOUND, _bound_before
from verify_claims.verify.passages import PassageIndex

# Sentences as papers print bounds and plain values.
SENTENCES = [
    "The corpus holds more than 280M tokens, up to 5 per cent of which are duplicates.",
    "At least 3 annotators and at most 7 labelled each item; upwards of 1,200 items remain.",
    "Scores under 0.5, above 0.9, below 12 or beyond 40 were dropped, as were those over 100.",
    "Runs exceeding 48 hours (< 2% of all) used a threshold higher than about 0.7.",
    "Accuracy rises from 78.2 to 79.5 with \u2264 3 epochs and \u2265 2 seeds, i.e. by 1.3 points.",
    "We train for 10 epochs with a batch size of 32 and report F1 of 89.4 on 2,000 sentences.",
    "MORE THAN 40 systems, Fewer Than 9 tasks, UP TO 12 layers.",
]


def test_bound_before_answers_as_the_bound_pattern_at_every_number():
    """A planted bug (a bound word left out of `_BOUND_WORDS`) makes a bound go unseen."""
    checked = bounded = 0
    for text in SENTENCES:
        for match in re.finditer(r"\d", text):
            start = match.start()
            expected = _BOUND.search(text, max(0, start - 40), start) is not None
            assert _bound_before(text, start) == expected, (text, start)
            checked += 1
            bounded += expected
    assert checked > 40 and bounded >= 12


def _all_named(passages, words: ClaimWords):
    """`cell_check.candidates` the long way: ask the claim about every header word."""
    reached = {number for number, passage in enumerate(passages) if not passage.own}
    for number, passage in enumerate(passages):
        if any(words.named(word) for word in passage.own):
            reached.add(number)
    return [passages[number] for number in sorted(reached)]


def _thresholds() -> Paper:
    """Header words a claim says without a word of their first letter: an aggregate ("Avg."
    for "on average"), a count ("Count" for any number), a number ("0.60"), a negation
    ("No hints" for "without hints") and a language pair ("En\u2192It")."""
    columns = [["Threshold", "0.60"], ["Threshold", "0.75"], ["Avg."], ["Count"]]
    values = {"No hints": ["41.2", "44.0", "42.6", "120"],
              "En\u2192It": ["38.5", "39.9", "39.2", "95"]}
    rows = [[_cell(name, [name], ["Setting"])]
            + [_cell(text, [name], path) for text, path in zip(texts, columns, strict=True)]
            for name, texts in values.items()]
    table = Table(caption="Table 2: Precision by threshold.", header=["Setting", "0.60",
                  "0.75", "Avg.", "Count"], rows=rows, pages=[3])
    paper = Paper(file="2101.00002v1.pdf", source_id=SOURCE, title="Thresholds",
                  sections=[Section(title="Results", page=3)],
                  sentences=[Sentence(text="Precision depends on the threshold.", page=3,
                                      section="Results")], tables=[table])
    return enrich_paper(paper)


def test_candidates_asks_only_the_first_letters_yet_reaches_the_same_cells():
    """The claims name cells by truncation, contraction, aggregate, count, header number,
    negation, language pair and plain words; the letter filter must reach exactly the cells
    asking every word does. A planted bug (the special header words left out) fails."""
    texts = [*CLAIMS, "Without the reranker, Lynx drops to 69.3 nDCG on co-reading.",
             "On average, precision is 42.6 without hints.",
             "At a threshold of 0.60, precision is 41.2 without hints.",
             "There are 120 such cases.", "From English to Italian, precision reaches 39.9."]
    special = 0
    for paper in (_leaderboard(), _thresholds()):
        index = PassageIndex(paper)
        passages = cell_check.cell_passages(paper, index)
        for text in texts:
            claim = _claim(text)
            values = [(q.value, q.span[0]) for q in claim.quantities]
            words = ClaimWords(claim.text, values)
            fast = cell_check.candidates(passages, index, words)
            slow = _all_named(passages, ClaimWords(claim.text, values))
            assert fast == slow, text
            lettered = [passage for passage in slow if any(
                word.word[:1] in words.letters for word in passage.own)]
            special += len(slow) - len(lettered)
    assert special >= 4


def _words_the_long_way(texts):
    words: dict[str, str] = {}
    for text in texts:
        for match in shown_words._TOKEN.finditer(text):
            word = match.group()
            term = shown_words._term(word.casefold())
            if term is None:
                continue
            words.setdefault(shown_words._plain(term), word)
            relation = shown_words._relation_of(word.casefold())
            if relation is not None:
                words.setdefault(relation, word)
            if word.casefold() in shown_words._CAUSAL:
                words.setdefault(shown_words._CAUSE, word)
    return words


def test_passage_words_merged_per_text_are_those_read_word_by_word():
    texts = [SENTENCES[4], SENTENCES[5], "Results", SENTENCES[4] + " It improves because of "
             "the larger data, which raises recall.", ""]
    for start in range(len(texts)):
        ordered = texts[start:] + texts[:start]
        found = shown_words.passage_words(ordered)
        assert list(found.items()) == list(_words_the_long_way(ordered).items())


def test_copied_checks_equal_the_original_and_are_independent():
    evidence = Evidence(source="arXiv:1", quote="q", numbers=[NumberPair(
        claimed="1", found="1", claimed_value=1.0, found_value=1.0, agree=True)])
    check = Check(kind=CheckKind.source, outcome=Outcome.supported, explanation="e",
                  evidence=[evidence], missing=["x"])
    copied = _copy(check)
    assert copied == check and copied.model_dump() == check.model_dump()
    assert copied.model_fields_set == check.model_fields_set
    copied.evidence[0].note = "changed"
    copied.explanation = "changed"
    copied.evidence.append(evidence)
    assert check.evidence[0].note is None and check.explanation == "e"
    assert len(check.evidence) == 1
