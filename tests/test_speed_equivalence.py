"""The speed-ups of issue 11's fifth round compute what the plain readings compute, bit for bit:
retrieval's coverage sums, the claim's index terms read once per claim text, the one-change
test of verbatim copies, and the remembered answers of the cell checks."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_cell_lookup import _leaderboard
from test_source_check import make_claim, make_paper

from verify_claims.verify import passages, verbatim_flips
from verify_claims.verify.cell_check import Picker, cell_passages
from verify_claims.verify.cell_kinds import _COUNT_HEADER, count_header
from verify_claims.verify.header_vocabulary import header_words
from verify_claims.verify.header_words import ClaimWords, claim_words_of
from verify_claims.verify.passages import (
    NAME_WEIGHT,
    PassageIndex,
    content_terms,
    counted_key,
    printed_digits,
    query_text,
    value_key,
)

CLAIMS = [
    "HellaSwag lowers PAWS-X accuracy by 0.8 points in French.",
    "ANLI+ has 1,104,934 training examples.",
    "ANLI+ joins MNLI for 1,104",  # cut (below): its number stands for any number with
    # those first digits (1,104,934)
    "Intermediate training improves the target tasks by 8.2 points on average with SQuAD.",
    "XNLI benefits from intermediate training.",
    "The study uses nine English intermediate tasks and 32 random seeds.",
]


def _plain_query(index: PassageIndex, claim) -> dict[str, float]:
    """`PassageIndex._query` as it read the claim for every paper before the terms were
    remembered per claim text."""
    weights: dict[str, float] = {}
    for term in content_terms(query_text(claim)):
        weights[term] = index._idf.get(term, index._unseen_idf)
    for entity in claim.entities:
        term = "@" + entity.name.casefold()
        weights[term] = NAME_WEIGHT * index._idf.get(term, index._unseen_idf)
    for quantity in claim.quantities:
        if quantity.cut_off:
            weights.pop(printed_digits(quantity), None)
            for term in index._prefix_terms(printed_digits(quantity)):
                weights[term] = NAME_WEIGHT * index._idf[term]
            continue
        term = value_key(quantity.value)
        weights[term] = NAME_WEIGHT * index._idf.get(term, index._unseen_idf)
    return weights


def _plain_coverages(index: PassageIndex, claim) -> tuple[np.ndarray, np.ndarray]:
    """Coverage and context summed term by term, one sentence at a time, in the query's order."""
    weights = _plain_query(index, claim)
    held = [0.0] * len(index.sentences)
    context = [0.0] * len(index.sentences)
    total = context_total = 0.0
    for term, weight in weights.items():
        number = term.startswith("#") or term[0].isdigit()
        total += weight
        context_total += 0.0 if number else weight
        for position in index._postings.get(term, ()):
            held[position] += weight
            if not number:
                context[position] += weight
    return (np.array(held) / (total or 1.0), np.array(context) / (context_total or 1.0))


@pytest.fixture(scope="module")
def index() -> PassageIndex:
    return PassageIndex(make_paper())


@pytest.mark.parametrize("text", CLAIMS)
def test_the_query_and_its_sums_are_those_read_term_by_term(index, text):
    claim = make_claim(text, truncated=text.endswith("1,104") or None)
    assert index._query(claim) == _plain_query(index, claim)
    assert list(index._query(claim)) == list(_plain_query(index, claim))  # the same order
    if claim.truncated:
        assert "#1.10493e+06" in index._query(claim)  # the cut number's prefix found
    held, context = index._coverages(claim)
    plain_held, plain_context = _plain_coverages(index, claim)
    assert held.tobytes() == plain_held.tobytes()  # bit for bit
    assert context.tobytes() == plain_context.tobytes()


def test_a_number_weighs_nothing_in_the_context_sum(index):
    claim = make_claim("HellaSwag lowers PAWS-X accuracy by 0.8 points in French.")
    held, context = index._coverages(claim)
    position = next(number for number, sentence in enumerate(index.sentences)
                    if sentence.text.startswith("HellaSwag lowers"))
    assert held[position] == pytest.approx(1.0)
    assert context[position] == pytest.approx(1.0)
    other = make_claim("HellaSwag lowers PAWS-X accuracy by 0.5 points in French.")
    held, context = index._coverages(other)
    assert held[position] < 1.0  # the claimed 0.5 is not printed there
    assert context[position] == pytest.approx(1.0)  # all else is


@pytest.mark.parametrize("truncated", [False, True])
def test_the_claim_terms_follow_the_text_and_the_cut(truncated):
    text = "ANLI+ has 1,104 training examples in 12 rounds"
    claim = make_claim(text, truncated=truncated)
    words, names, values, counted = passages._claim_terms(claim)
    assert list(words) == content_terms(query_text(claim))
    assert names == tuple("@" + entity.name.casefold() for entity in claim.entities)
    assert values == tuple((printed_digits(quantity), True) if quantity.cut_off
                           else (value_key(quantity.value), False)
                           for quantity in claim.quantities)
    assert counted == {counted_key(claim.text, quantity) for quantity in claim.quantities
                       if not quantity.cut_off}
    other = make_claim("HellaSwag lowers PAWS-X accuracy by 0.8 points in French.")
    assert passages._claim_terms(other)[2] != values


def _counted_apart(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """The one-change test as first written, with a Counter."""
    extra = Counter(mine)
    extra.subtract(theirs)
    if sum(count for count in extra.values() if count > 0) > 1:
        return False
    return sum(-count for word, count in extra.items()
               if count < 0 and word not in verbatim_flips._REPORTING) <= 1


@pytest.mark.parametrize(("claim", "sentence"), [
    ("MNLI improves XNLI by 1.3 points", "MNLI improves XNLI by 1.3 points"),
    ("MNLI improves XNLI by 2.3 points", "MNLI improves XNLI by 1.3 points"),
    ("MNLI lowers XNLI by 1.3 points", "We find that MNLI improves XNLI by 1.3 points"),
    ("MNLI does not improve XNLI", "MNLI improves XNLI"),
    ("MNLI improves XNLI and TyDiQA by 1.3 points", "MNLI improves XNLI by 2.3 points"),
    ("the the the model", "the model model model"),
    ("a b c d", "a b c d e f"),
])
def test_the_one_change_test_counts_as_the_counter_did(claim, sentence):
    mine, theirs = verbatim_flips._tokens(claim), verbatim_flips._tokens(sentence)
    assert verbatim_flips._one_change_apart(mine, theirs) == _counted_apart(mine, theirs)
    assert verbatim_flips._one_change_apart(theirs, mine) == _counted_apart(theirs, mine)


def test_named_remembers_what_names_answers():
    paper = _leaderboard()
    text = "Osprey reaches an nDCG of 88.1 on the co-view task."
    words = ClaimWords(text, [(88.1, 26)])
    fresh = ClaimWords(text, [(88.1, 26)])
    headers = {word for passage in cell_passages(paper, PassageIndex(paper))
               for word in passage.words}
    headers |= set(header_words("88.1 Cite 70.2"))
    assert any(words.named(header) for header in headers)
    for header in headers:
        for caption in (None, paper.tables[0].caption):
            expected = fresh.names(header, caption=caption) is not None
            assert words.named(header, caption) is expected
            assert words.named(header, caption) is expected  # remembered, the same
    assert claim_words_of(text) == words.words


def test_count_header_reads_the_paths_as_before():
    paper = _leaderboard()
    for passage in cell_passages(paper, PassageIndex(paper)):
        assert count_header(passage) == any(_COUNT_HEADER.match(header)
                                             for path in passage.paths for header in path)


# --- issue 11's sixth round: what phrase_groups reads of a paper's cells, built once ---------


def _plain_phrase_groups(passages, words, picker, apart=frozenset()):
    """`cell_phrases.phrase_groups` as it was before its per-paper layout was kept: every
    per-table path map, every other axis's paths and the header words the cells print read
    again for each claim."""
    from verify_claims.verify import cell_phrases as cp

    places, by_table = {}, {}
    for passage in passages:
        if not passage.listed and passage.value is not None:
            by_table.setdefault(passage.number, []).append(passage)
    printed = frozenset(cp._plain(word.word) for passage in passages for path in passage.paths
                        for word in header_words(" ".join(path)))
    words = cp._Exact(words, printed)
    groups = {}
    for number, cells in by_table.items():
        caption = cells[0].table.caption
        for axis in (0, 1):
            paths = {passage.paths[axis]: frozenset(header_words(" ".join(passage.paths[axis])))
                     for passage in cells}
            named = cp.named_pair(paths, words, caption, apart)
            if named is None:
                continue
            pair, stray = (named.first, named.second), named.stray
            places[(number, axis, named.first)] = words.starts[named.first_at]
            places[(number, axis, named.second)] = words.starts[named.second_at]
            phrases = cp._said(pair[0], words, caption) | cp._said(pair[1], words, caption)
            others = {passage.paths[1 - axis]: frozenset(header_words(
                " ".join(passage.paths[1 - axis]))) for passage in cells}
            shared = {passage.paths[1 - axis] for passage in cells if passage.paths[axis] in pair
                      and picker.single(number, 1 - axis, passage.paths[1 - axis])
                      and cp._single_outside(passage.paths[1 - axis], others, phrases, words,
                                             caption)}
            for path in shared:
                if not stray <= cp._said(path, words, caption):
                    continue
                found = {passage.paths[axis]: passage for passage in cells
                         if passage.paths[1 - axis] == path and passage.paths[axis] in pair}
                if len(found) == 2:
                    groups[(number, 1 - axis, path)] = found
    return groups, places


def _second_leaderboard():
    """Another paper whose one table has other rows and columns than `_leaderboard`'s."""
    from test_cell_lookup import _cell

    from verify_claims.claims import Paper, Section, Sentence, Table
    from verify_claims.extract.paper import enrich_paper

    columns = [["Parsing", "UAS"], ["Parsing", "LAS"], ["Tagging", "POS"]]
    values = {"Heron": ["91.2", "89.0", "97.1"], "Heron + lexicon": ["92.5", "90.3", "97.4"],
              "Stork": ["88.7", "86.1", "96.0"]}
    rows = [[_cell(name, [name], ["System"])]
            + [_cell(text, [name], path) for text, path in zip(texts, columns, strict=True)]
            for name, texts in values.items()]
    table = Table(caption="Table 2: Parsing and tagging scores of Heron and Stork.",
                  header=["System", *(" ".join(path) for path in columns)], rows=rows, pages=[3])
    return enrich_paper(Paper(file="2101.00003v1.pdf", source_id="arXiv:2101.00003v1",
                              title="Heron parsing", sections=[Section(title="Results", page=3)],
                              sentences=[Sentence(text="Heron parses better than Stork.", page=3,
                                                  section="Results")], tables=[table]))


PHRASED = [
    ("Osprey leads Lynx (2019) on Cite nDCG by 11.6 points.", 0),
    ("Co-View is higher than Co-Read for Lynx + reranker by 1.6 nDCG.", 0),
    ("Osprey beats Lynx + reranker on Co-Read by 14.6.", 0),
    # "citation" is printed as a header word of its own, so it does not also say "Cite".
    ("Osprey leads Lynx (2019) in citation prediction by 12.9 nDCG on co-citations.", 0),
    ("Osprey is ahead of Lynx (2019) on co-cite citation prediction by 11.8.", 0),
    ("Heron + lexicon exceeds Stork on LAS by 4.2 points.", 1),
    ("UAS is above LAS for Heron by 2.2.", 1),
    ("Stork trails Heron on POS by 1.1.", 1),
]


def test_phrase_groups_read_from_the_kept_layout_as_from_the_cells():
    from verify_claims.verify.cell_phrases import _phrase_layout, phrase_groups
    from verify_claims.verify.order_words import GAP_DOWN, GAP_UP

    papers = [_leaderboard(), _second_leaderboard()]
    lists = [cell_passages(paper, PassageIndex(paper)) for paper in papers]
    found = 0
    for _ in range(2):  # the second round reads the kept layouts, alternating between papers
        for text, which in PHRASED:
            for cells in (lists[which], lists[1 - which]):
                words = ClaimWords(text)
                kept = phrase_groups(cells, words, Picker(cells, words), GAP_UP | GAP_DOWN)
                words = ClaimWords(text)
                plain = _plain_phrase_groups(cells, words, Picker(cells, words), GAP_UP | GAP_DOWN)
                assert kept == plain, text
                assert [list(pair) for pair in kept[0].values()] \
                    == [list(pair) for pair in plain[0].values()]  # the same order
                found += bool(kept[0])
    assert found >= 8  # the claims name pairs of their own paper's cells
    assert _phrase_layout(lists[0]) is _phrase_layout(lists[0])  # built once per list
    assert _phrase_layout(lists[0]) is not _phrase_layout(lists[1])


# Sentences made of the words the restricted-count guard reads: "the"/"these"/"those", digits,
# spelled numbers ("four", "a dozen", "half a dozen"), counted nouns and clause words.
_PIECES = ["the", "The", "these", "Those", "of", "a", "half", "dozen", "four", "twenty",
           "one", "4", "79", "1,200", "(12)", "~5", "studies", "patients", "trials",
           "analyzing", "who", "received", "filters", "in", "injured", "none", "reported", ","]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_the_restricted_count_prefilter_passes_over_no_definite_count(words):
    """`guards_restricted_counts` skips a sentence with no count after "the" before parsing
    its quantities (round 25: parsing every quoted sentence was 17 % of verification time).
    Skipping must lose nothing: every sentence it skips has no count right after a "the",
    "these" or "those", which is all the guard reads."""
    from verify_claims.extract.quantities import parse_quantities
    from verify_claims.verify.guards_restricted_counts import _DEFINITE, _DEFINITE_NUMBER

    text = " ".join(words)
    if _DEFINITE_NUMBER.search(text) is not None:
        return
    for quantity in parse_quantities(text):
        assert _DEFINITE.search(text, 0, quantity.span[0]) is None, (text, quantity)


# Round 31: the prefixed words of a sentence are found once per sentence text, and the listed
# clauses' guard reads a quote's numbers only when it prints two different numbers of the pair.
_PREFIX_WORDS = ["known", "unknown", "linear", "nonlinear", "non-linear", "frequently",
                 "infrequently", "depends", "independent", "independently", "possible",
                 "impossible", "relevant", "irrelevant", "legal", "illegal", "inside",
                 "income", "active", "inactive", "the", "model", "in", "NP", "is", "not",
                 "but", "whereas", ",", ";", "(", ")", "results", "supervised",
                 "unsupervised", "improves"]


def _plain_prefixed_denial(claim_text: str, sentence: str):
    """`prefixed_negations.prefixed_denial` as it read every word of every clause for each
    claim, before the sentence's prefixed words were remembered (the oracle)."""
    from verify_claims.verify import prefixed_negations as module
    from verify_claims.verify.content_words import GENERIC

    def negated_word(prefix, word, bare, stems):
        if not word.startswith(prefix):
            return None
        rest = word[len(prefix):]
        if prefix not in module._LATIN:
            return rest if rest in bare else None
        if len(rest) < module._LATIN_STEM or rest[0] not in module._LATIN[prefix]:
            return None
        if rest in bare:
            return rest
        if not module._ADJECTIVE.search(rest):
            return None
        return next((stems[term] for term in content_terms(rest) if term in stems), None)

    lowered = sentence.casefold()
    if not any(prefix in lowered for prefix in module._PREFIXES):
        return None
    if module._NEGATED.search(claim_text):
        return None
    said = set(module._WORD.findall(claim_text.casefold()))
    bare = {word for word in said if len(word) >= module._STEM and word.isalpha()}
    if not bare:
        return None
    stems = {term: word for word in bare for term in content_terms(word)}
    for clause in module._CLAUSE.split(lowered):
        if not clause:
            continue
        words = module._WORD.findall(clause)
        for word in words:
            stem = next((negated for prefix in module._PREFIXES
                         if (negated := negated_word(prefix, word, bare, stems))), None)
            if stem is None or word in said:
                continue
            others = {term for own in module._CLAUSE.split(claim_text)
                      if own and stem in module._WORD.findall(own.casefold())
                      for term in content_terms(own)
                      if term not in GENERIC and not term[0].isdigit()
                      and term not in content_terms(stem)}
            rest = set(content_terms(" ".join(other for other in words if other != word)))
            if others & rest:
                return stem, word
    return None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PREFIX_WORDS), min_size=1, max_size=8),
       st.lists(st.sampled_from(_PREFIX_WORDS), min_size=1, max_size=14))
def test_prefixed_denial_reads_as_the_plain_reading(claim_words, sentence_words):
    from verify_claims.verify.prefixed_negations import prefixed_denial

    claim, sentence = " ".join(claim_words), " ".join(sentence_words)
    assert prefixed_denial(claim, sentence) == _plain_prefixed_denial(claim, sentence)
    assert prefixed_denial(claim, sentence) == _plain_prefixed_denial(claim, sentence)  # kept


def test_prefixed_denial_finds_the_known_cases():
    from verify_claims.verify.prefixed_negations import prefixed_denial

    assert prefixed_denial("SQRT-SUM is known to be in NP",
                           "its containment even in NP is unknown") == ("known", "unknown")
    assert prefixed_denial("The effect depends on the dose",
                           "the effect is independent of the dose") == ("depends", "independent")
    assert prefixed_denial("The model is active", "the model is inactive") == ("active", "inactive")
    assert prefixed_denial("The model is linear", "the model is non-linear") == ("linear",
                                                                                "non-linear")
    assert prefixed_denial("The model is linear", "the model is linear") is None
    assert prefixed_denial("The model is known", "the model, but it is unknown") is None


_CLAUSE_PIECES = ["80", "223", "7,918", "genes", "showed", "human-specific", "mouse-specific",
                  "selection", ",", "and", "finally", "of", "the", "analyzed", ";"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_PIECES), min_size=1, max_size=16),
       st.sampled_from(["80", "223", "7,918", "12"]), st.sampled_from(["80", "223", "7,918"]))
def test_restated_clause_prefilter_loses_nothing(words, claimed, found):
    """`restated_clause` returns before parsing the quote when the two numbers are one, or
    the quote does not print both: the parse would find no two clauses then either."""
    from verify_claims.verify import guards_listed_clauses as module
    from verify_claims.verify.quote_quantities import quote_quantities

    quote = " ".join(words)
    claim = "80 genes showed evidence of human-specific positive selection"
    if claimed == found or claimed not in quote or found not in quote:
        numbers = quote_quantities(quote)
        mine = [quantity for quantity in numbers if quantity.text == claimed]
        theirs = [quantity for quantity in numbers if quantity.text == found]
        assert not (len(mine) == 1 and len(theirs) == 1 and mine[0] is not theirs[0])
    assert module.restated_clause(claim, quote, claimed, found) is None or (
        claimed != found and claimed in quote and found in quote)


def test_quote_quantities_are_parsed_once_per_text():
    from verify_claims.extract.quantities import parse_quantities
    from verify_claims.verify.quote_quantities import quote_quantities

    text = "MNLI improves XNLI by 1.3 points, from 78.2 to 79.5."
    assert quote_quantities(text) is quote_quantities(text)
    assert [quantity.model_dump() for quantity in quote_quantities(text)] \
        == [quantity.model_dump() for quantity in parse_quantities(text)]


# --------------------------------------------------------------------------------------------
# Guard triggers (round 33): a guard is called only when a check of its trigger is there

_TRIGGER_CLAIMS = [
    "Osprey reaches 93.1 nDCG on Cite.",
    "Lynx + reranker reaches 71.8 nDCG on Co-Read, the highest of the three models.",
    "Osprey scores 92.5 nDCG on Co-Cite with the reranker.",
    "We compare Osprey with Lynx on citation prediction and user activity tasks.",
    "The co-view and co-read tasks are not ranked by nDCG.",
    "Lynx (2019) reaches the highest nDCG on Cite, 81.5.",  # not its column's highest
    "Osprey reaches 93.1 nDCG on Cite with the combine-skip reranker.",  # unsaid by the cells
    "Osprey-XL reaches 93.1 nDCG on Cite.",  # a coined name the cells do not print
    "Lynx + reranker reaches 80.2 nDCG on Co-Cite.",  # another row's number
]


def _gated_guards() -> list[tuple[str, str, str]]:
    """(module, guard, trigger) of each `if acts(checks, TRIGGER): guard(...)` of
    `guard_chain.run_guards` and of the guards it calls that call guards of their own
    (verify/guard_triggers.py)."""
    import ast
    import inspect
    import textwrap

    from verify_claims.verify import guard_chain

    functions = [guard_chain.run_guards] + [
        value for name, value in vars(guard_chain).items()
        if name.startswith("guard_") and callable(value)]
    gated = []
    for function in functions:
        tree = ast.parse(textwrap.dedent(inspect.getsource(function))).body[0]
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and isinstance(node.test, ast.Call) \
                    and ast.unparse(node.test.func) == "acts":
                assert ast.unparse(node.test.args[0]) == "checks" and len(node.body) == 1
                assert not node.orelse
                call = node.body[0].value
                gated.append((function.__module__, ast.unparse(call.func),
                              ast.unparse(node.test.args[1])))
    assert len(gated) > 143
    return gated


def _trigger_inputs():
    """Each claim with each pair of a source check and a table check that some claim got
    against a paper with a table and prose and that quotes something (a sentence, a cell): a
    guard reads what the checks quote against what the claim says, so that a guard that acts
    outside its trigger has material to act on."""
    from verify_claims.verify import reference_checks

    paper = _leaderboard()
    index = passages.PassageIndex(paper)
    claims = [make_claim(text) for text in _TRIGGER_CLAIMS]
    sources, tables = [], []
    for claim in claims:
        source = reference_checks.check_source(claim, paper, "arXiv:2101.00002v1", index)
        table = reference_checks.table_checks(claim, paper, "arXiv:2101.00002v1", index)
        sources += [source] if source.evidence else []
        tables += [table] if table is not None and table.evidence else []
    assert sources and tables
    return [(claim, [source, table], paper, index)
            for claim in claims for source in sources for table in tables]


@pytest.mark.parametrize(("module", "name", "trigger"), _gated_guards())
def test_guards_outside_their_triggers_change_nothing(module, name, trigger):
    """Each gated guard (verify/guard_triggers.py), given checks of every kind and outcome
    outside its trigger, decisive or not, leaves them as they were: skipping it is the same."""
    import inspect
    import sys
    from itertools import product

    from verify_claims.claims import Outcome
    from verify_claims.verify import guard_triggers

    guard = getattr(sys.modules[module], name)
    on = getattr(guard_triggers, trigger)
    parameters = list(inspect.signature(guard).parameters)
    outcomes = [Outcome.supported, Outcome.confirmed, Outcome.contradicted, Outcome.no_evidence]
    tried = 0
    for claim, checks, paper, index in _trigger_inputs():
        for first, second, decisive in [(*pair, True) for pair in product(outcomes, outcomes)]\
                + [(Outcome.supported, Outcome.contradicted, False)]:
            mine = [check.model_copy(deep=True) for check in checks]
            mine[0].outcome, mine[1].outcome = first, second
            for check in mine:
                check.decisive = decisive
            if guard_triggers.acts(mine, on):
                continue
            before = [check.model_dump() for check in mine]
            given = {"claim": claim, "checks": mine, "paper": paper, "index": index,
                     "title": paper.title}
            guard(*(given[parameter] for parameter in parameters))
            assert [check.model_dump() for check in mine] == before, (name, claim.text)
            tried += 1
    assert tried


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([None, "unit:U mg", "unit:U/mL", "unit:C", "bold"]), max_size=8),
       st.sampled_from(["The activity is 680.5 U mg.", "It reaches 680.5 U/mL at 58 C.",
                        "An optimum pH of 6.3.", "58 C and 85 C"]))
def test_printed_unit_passages_is_the_plain_filter(flags, text):
    """`printed_unit_passages` weighs only the cells printing a unit (found once per list of
    passages): it keeps what `_said_in_units` over every cell keeps, and returns the list
    itself when it keeps them all."""
    from types import SimpleNamespace

    from verify_claims.extract.quantities import parse_quantities
    from verify_claims.verify import printed_cell_units as module

    passages = [SimpleNamespace(cell=SimpleNamespace(flags=[flag] if flag else []))
                for flag in flags]
    quantities = parse_quantities(text)
    plain = module._said_in_units(passages, lambda passage: passage.cell, text, quantities)
    for _ in range(2):  # computed, then remembered
        found = module.printed_unit_passages(passages, text, quantities)
        assert [id(passage) for passage in found] == [id(passage) for passage in plain]
        assert (found is passages) == (len(plain) == len(passages))


_OUTCOMES = {None: ("supported", "confirmed"), "SUPPORTING": ("supported", "confirmed"),
             "DECIDING": ("supported", "confirmed", "contradicted"),
             "(Outcome.contradicted,)": ("contradicted",)}
# The helpers that select from the check list for a guard: (kind, outcomes) they select, and
# the selection their own source makes (asserted below).
_HELPERS = {"supporting_sources": ("source", None, "decided(checks, CheckKind.source)"),
            "undecide_by_sentence": ("source", None, "supporting_sources(checks)"),
            "supporting_sentences": ("source", None, "supporting_sources(checks)"),
            "undecide_by_cells": ("table", "DECIDING",
                                  "decided(checks, CheckKind.table, DECIDING)"),
            "_contradictions": ("table", "(Outcome.contradicted,)",
                                "decided(checks, CheckKind.table, (Outcome.contradicted,))")}


@pytest.mark.parametrize(("module", "name", "trigger"), _gated_guards())
def test_gated_guards_reach_checks_only_through_their_triggers(module, name, trigger):
    """Read from each gated guard's syntax tree: its check list is used only as the first
    argument of a selection (`decided`, `undecide_by_evidence`, or a helper built on `decided`:
    `supporting_sources`, `undecide_by_sentence` on it, `undecide_by_cells`, `_contradictions`)
    whose kinds and outcomes are all in its trigger, so with none of those checks there it
    reaches no check to change (verify/guard_triggers.py). A guard edited to reach checks
    another way fails here until its trigger is read again."""
    import ast
    import inspect
    import sys
    import textwrap

    from verify_claims.verify import guard_triggers

    guard = getattr(sys.modules[module], name)
    function = ast.parse(textwrap.dedent(inspect.getsource(guard))).body[0]
    assert isinstance(function, ast.FunctionDef)
    assert "checks" in [argument.arg for argument in function.args.args]
    parents = {id(child): node for node in ast.walk(function)
               for child in ast.iter_child_nodes(node)}
    reached = set()
    for node in ast.walk(function):
        if not (isinstance(node, ast.Name) and node.id == "checks"):
            continue
        call = parents[id(node)]
        assert isinstance(call, ast.Call) and call.args and call.args[0] is node, \
            (name, ast.unparse(call))
        called = ast.unparse(call.func)
        if called in _HELPERS:
            kind, outcomes, selection = _HELPERS[called]
            helper = getattr(sys.modules[guard.__module__], called)
            assert selection in inspect.getsource(helper)
        else:
            assert called in ("decided", "undecide_by_evidence"), (name, called)
            assert ast.unparse(call.args[1]).startswith("CheckKind.")
            kind = ast.unparse(call.args[1]).removeprefix("CheckKind.")
            outcomes = ast.unparse(call.args[2]) if len(call.args) > 2 else None
            assert called == "decided" or outcomes is not None
        reached |= {(kind, outcome) for outcome in _OUTCOMES[outcomes]}
    assert reached
    assert reached <= {(kind.value, outcome.value)
                       for kind, outcome in getattr(guard_triggers, trigger)}
