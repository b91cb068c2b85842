"""Hostile input that must not exhaust memory, hang, or pass where it should fail (issue 14).

Each test here failed before its fix: a message that copied a whole YAML expansion or a 1 MB
id into every claim, one check per missing reference per claim, parsers quadratic in the
length of a line or a passage, a passage spaCy refuses, a baseline holding NaN that matched
forever, digits of other scripts taken for an arXiv id, recipes that asked for a negative
batch size. The files are in tests/hostile/files (see its README) or made by
tests/hostile/make_large.py at run time; the larger sizes are in benchmarks/hostile.py.
Times are bounded loosely (the machine is shared): far above the linear time, far below the
quadratic one.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verify_claims.claims import Claim, Document, Page, ReportSpool, read_jsonl
from verify_claims.claims.arxiv import parse_arxiv_id
from verify_claims.claims.bounded import listed, short_repr, shorten
from verify_claims.claims.safe_yaml import YamlError, load_yaml_file, load_yaml_text
from verify_claims.cli import app
from verify_claims.extract import paper as paper_module
from verify_claims.extract.files import extract_file
from verify_claims.extract.nlp import get_pipeline
from verify_claims.extract.paper import Passage, parse_paper
from verify_claims.extract.references import find_references
from verify_claims.pipeline import run_audit
from verify_claims.reports.baseline import BaselineError, read_baseline
from verify_claims.reproduce.registry import Registry
from verify_claims.verify.cards import CardError, load_card

ROOT = Path(__file__).resolve().parents[1]
FILES = ROOT / "tests" / "hostile" / "files"
GOOD = ROOT / "examples" / "intermediate_tasks.txt"  # 8 claims citing arXiv:2005.13013v2
runner = CliRunner()


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "hostile" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


large = _load("make_large")


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started


# --- 1. bounded messages and a bounded YAML loader ------------------------------------------


def test_short_repr_and_shorten_keep_the_start_and_say_how_long():
    text = "x" * 1_000_000
    quoted = short_repr(text)
    assert len(quoted) < 120 and quoted.startswith("'xxx") and "1,000,000 characters" in quoted
    assert short_repr("2005.13013") == "'2005.13013'"
    assert len(short_repr(list(range(10**6)))) < 120
    assert "digits" in short_repr(10**5000) and len(short_repr(10**5000)) < 120
    assert shorten("short") == "short"
    assert len(shorten(text, 100)) < 140 and shorten(text, 100).endswith("characters)")
    assert listed(str(i) for i in range(3)) == "0; 1; 2"
    assert listed((str(i) for i in range(25)), limit=2) == "0; 1; (and 23 more)"


CARD_PROBLEMS = {
    "cards-alias-bomb": ("expands to more than", "aliases"),
    "cards-duplicate-key": ("key 'value'", "given twice", "line 17"),
    "cards-not-finite": ("'.nan'", "not a finite number", "line 14"),
}


@pytest.mark.parametrize("folder", sorted(CARD_PROBLEMS))
def test_a_hostile_card_is_refused_with_a_short_clear_message(folder):
    path = FILES / folder / "2005.13013v2.card.yaml"
    started = time.perf_counter()
    with pytest.raises(CardError) as caught:
        load_card(path)
    assert time.perf_counter() - started < 5
    message = caught.value.message
    assert len(message) < 500, message[:200]
    assert all(word in message for word in CARD_PROBLEMS[folder]), message


def test_the_alias_bomb_in_sources_costs_each_claim_a_short_message(tmp_path):
    audit = run_audit([GOOD], out=tmp_path / "audit", sources=FILES / "cards-alias-bomb",
                      offline=True, cache_dir=tmp_path / "cache", results=None)
    assert {claim.status.value for claim in audit.claims} == {"unverified"}
    for claim in audit.claims:
        [check] = [check for check in claim.checks if "2005.13013v2" in check.explanation]
        assert check.outcome.value == "source_missing"
        assert "expands to more than" in check.explanation
        assert all(len(check.explanation) < 1_200 for check in claim.checks)
    assert (tmp_path / "audit" / "claims.jsonl").stat().st_size < 200_000


def test_a_long_arxiv_id_is_quoted_short_in_the_card_error_and_every_claim(tmp_path):
    card = (FILES / "cards-not-finite" / "2005.13013v2.card.yaml").read_text(encoding="utf-8")
    card = card.replace(".nan", "392702")
    sources = tmp_path / "sources"
    path = sources / "2005.13013v2.card.yaml"
    large.write(path, card.replace('"2005.13013"', '"' + "2005.13013" * 100_000 + '"'))
    with pytest.raises(CardError, match="larger than 256,000 bytes"):  # a 1 MB id
        load_card(path)
    large.write(path, card.replace('"2005.13013"', '"' + "2005.13013" * 20_000 + '"'))
    with pytest.raises(CardError) as caught:
        load_card(path)
    assert "is not an arXiv id" in caught.value.message and len(caught.value.message) < 500
    audit = run_audit([GOOD], out=tmp_path / "audit", sources=sources, offline=True,
                      cache_dir=tmp_path / "cache", results=None)
    assert len(audit.claims) == 8
    assert (tmp_path / "audit" / "claims.jsonl").stat().st_size < 200_000
    assert all(len(problem.message) < 1_500 for problem in audit.problems)


def test_the_yaml_loader_refuses_what_a_hand_written_file_never_needs(tmp_path):
    refused = {
        "a: &a [1, *a]\n": "contains it",
        "a: 1\nb: 2\na: 3\n": "given twice",
        "a: [1, -.inf]\n": "not a finite number",
        "a: " + "[" * 5_000 + "]" * 5_000 + "\n": "nested more than",
        "a: {b: 1\n": "invalid YAML at line 2",
    }
    for text, words in refused.items():
        with pytest.raises(YamlError, match=words):
            load_yaml_text(text)
    # What cards and recipes do use still loads: merge keys may override, aliases in bounds.
    assert load_yaml_text("base: &b {x: 1, y: 2}\nc: {<<: *b, x: 3}\nd: [*b, *b]\n") == {
        "base": {"x": 1, "y": 2}, "c": {"x": 3, "y": 2}, "d": [{"x": 1, "y": 2}] * 2}
    big = large.write(tmp_path / "big.yaml", "a: " + "x" * 2_000 + "\n")
    with pytest.raises(YamlError, match="larger than 1,000 bytes"):
        load_yaml_file(big, max_bytes=1_000)


def test_warnings_quote_long_cells_and_citations_short(tmp_path):
    text = large.report_with_rows(3).replace("\u2713\t0.01", "y" * 300_000 + "\t0.01", 1)
    text = text.replace("\t0.02", "\t" + "9" * 300_000, 1)
    text += "\nSee also arXiv:" + "z" * 300_000 + "\n"
    report = extract_file(large.write(tmp_path / "long-cells.txt", text))
    messages = [problem.message for problem in report.problems]
    assert any("unreadable mark 'yyy" in message for message in messages), messages
    assert any("confidence '999" in message for message in messages), messages
    assert any("the citation 'arXiv:zzz" in message for message in messages), messages
    assert all(len(message) < 500 for message in messages)


def test_a_link_too_long_to_be_a_reference_is_left_out_with_a_warning(tmp_path):
    text = large.report_with_rows(3).replace(
        "arXiv:2005.13013v2", "arXiv:2005.13013v2\nhttps://example.org/" + "q" * 300_000)
    report = extract_file(large.write(tmp_path / "long-link.txt", text))
    assert [reference.key for reference in report.references] == ["arXiv:2005.13013v2"]
    assert all(claim.references == report.references for claim in report.claims)
    [warning] = [p.message for p in report.problems if "longer than" in p.message]
    assert "a link or DOI longer than 2,000 characters ignored" in warning
    assert "'https://example.org/qqq" in warning and len(warning) < 300


# --- 3. missing sources grouped per claim ---------------------------------------------------


def test_missing_sources_are_one_bounded_check_per_claim(tmp_path):
    report = large.write(tmp_path / "in" / "citing.txt", large.report_citing(300, claims=20))
    audit = run_audit([report], out=tmp_path / "audit", offline=True,
                      cache_dir=tmp_path / "cache", results=None)
    assert len(audit.claims) == 20
    for claim in audit.claims:
        assert len(claim.references) == 300
        [check] = claim.checks
        assert check.outcome.value == "source_missing" and not check.decisive
        assert check.explanation.startswith("300 of 300 cited sources not found")
        assert "(and 295 more)" in check.explanation and len(check.explanation) < 1_200
        assert claim.status.value == "unverified"
    # The references are written with each claim (the record's schema), the checks once.
    lines = (tmp_path / "audit" / "claims.jsonl").read_bytes().splitlines()
    assert max(map(len, lines)) < 40_000


def test_a_found_source_still_decides_beside_many_missing_ones(tmp_path):
    """Grouping keeps the rule: missing sources never decide, the card of 2005.13013v2 does."""
    text = GOOD.read_text(encoding="utf-8")
    extra = "\n".join(f"arXiv:{arxiv_id}" for arxiv_id in large.arxiv_ids(50))
    report = large.write(tmp_path / "in" / GOOD.name, text.rstrip("\n") + "\n" + extra + "\n")
    alone = run_audit([GOOD], out=None, offline=True, cache_dir=tmp_path / "c1", results=None)
    crowded = run_audit([report], out=None, offline=True, cache_dir=tmp_path / "c2",
                        results=None)
    assert [c.status for c in crowded.claims] == [c.status for c in alone.claims]
    assert any(c.status.value != "unverified" for c in crowded.claims)
    for claim in crowded.claims:
        missing = [c for c in claim.checks if c.outcome.value == "source_missing"]
        assert len(missing) == 1
        assert re.match(r"5\d of 5\d cited sources not found", missing[0].explanation)


def test_the_spool_keeps_the_report_s_references_once_for_all_its_claims():
    report = extract_file(GOOD)
    report.claims[1].references = report.claims[1].references[:1]  # a claim of its own
    spool = ReportSpool()
    spool.append(report)
    back = spool[0]
    assert back == report
    shared = [claim for index, claim in enumerate(back.claims) if index != 1]
    assert all(a is b for claim in shared for a, b in zip(claim.references, back.references,
                                                           strict=True))
    assert back.claims[1].references[0] is not back.references[0]
    back.claims[0].references.append(back.references[0])  # each claim has a list of its own
    assert len(back.claims[2].references) == len(back.references) == 3


# --- 4. linear parsing, long passages ---------------------------------------------------------


def test_many_citations_on_one_line_are_read_in_linear_time():
    text = large.citations_text(20_000)  # quadratic: about 18 s; linear: well under 1 s
    references, seconds = timed(find_references, text)
    assert len(references) == 20_000 and seconds < 6
    assert references[0].key == "arXiv:1501.10000v1"


def test_a_link_ending_in_many_brackets_is_trimmed_in_linear_time():
    text = "see https://example.org/a" + ")" * 100_000 + " and arXiv:2005.13013v2"
    references, seconds = timed(find_references, text)
    assert seconds < 3
    assert [reference.key for reference in references] == ["https://example.org/a",
                                                            "arXiv:2005.13013v2"]
    # Longer than any link a person writes: not kept, and not copied into every claim.
    long_link = "https://example.org/" + "a" * 5_000
    assert find_references(f"see {long_link} and arXiv:2005.13013v2") == references[1:]
    kept = find_references("see (https://example.org/a_(b)).")
    assert [reference.url for reference in kept] == ["https://example.org/a_(b)"]


def test_a_passage_of_many_lines_is_joined_in_linear_time():
    lines = [line for line in large.long_paper(400_000).split("\n")[4:] if line]
    passage = Passage(section="Results")
    started = time.perf_counter()
    for index, line in enumerate(lines):
        passage.add(line, 1 + index // 1_000, set())
    seconds = time.perf_counter() - started
    assert seconds < 3  # re-reading the passage per line: tens of seconds
    assert passage.text == " ".join(lines)
    assert passage.pages[-1] == 1 + (len(lines) - 1) // 1_000


def test_a_hyphen_at_a_line_end_still_joins_within_the_last_line():
    passage = Passage(section=None)
    for page, line in enumerate(["We train XLM-", "R models on inter-", "mediate tasks."], 1):
        passage.add(line, page, {"intermediate"})
    assert passage.text == "We train XLM-R models on intermediate tasks."
    assert passage.pages == [1, 2, 3]
    assert passage.page_at(passage.text.index("models")) == 2
    assert passage.page_at(passage.text.index("tasks")) == 3


def test_long_passages_reach_spacy_in_pieces_with_right_offsets(monkeypatch):
    text = large.long_paper(30_000)
    document = Document(file="long.txt", path="long.txt", format="text",
                        pages=[Page(number=1, text=text[:15_000]),
                               Page(number=2, text=text[15_000:])])
    whole = parse_paper(document)
    monkeypatch.setattr(paper_module, "MAX_PIECE_CHARS", 2_000)
    pieces = list(paper_module._pieces("a" * 5_000 + ". " + "b " * 3_000, 2_000))
    assert "".join(piece for _, piece in pieces) == "a" * 5_000 + ". " + "b " * 3_000
    assert all(len(piece) <= 2_000 for _, piece in pieces)
    assert [offset for offset, _ in pieces] == [0, *(sum(len(p) for _, p in pieces[:i])
                                                     for i in range(1, len(pieces)))]
    pieced = paper_module.parse_paper(document)
    assert [(s.text, s.page, s.end_page) for s in pieced.sentences] == \
        [(s.text, s.page, s.end_page) for s in whole.sentences]
    assert {s.page for s in pieced.sentences} == {1, 2}


def test_no_piece_reaches_spacy_s_length_limit():
    assert get_pipeline().max_length >= paper_module.MAX_PIECE_CHARS * 2
    text = "word " * 300_000  # 1.5 MB without a sentence end
    pieces = list(paper_module._pieces(text))
    assert max(len(piece) for _, piece in pieces) <= paper_module.MAX_PIECE_CHARS
    assert "".join(piece for _, piece in pieces) == text


# --- 9. baselines ---------------------------------------------------------------------------

BASELINES = sorted(path.name for path in (FILES / "baselines").iterdir())


@pytest.mark.parametrize("name", BASELINES)
def test_a_hostile_baseline_is_a_baseline_error(name):
    with pytest.raises(BaselineError) as caught:
        read_baseline(FILES / "baselines" / name)
    assert str(caught.value).startswith(str(FILES / "baselines" / name))
    assert "not a baseline" in str(caught.value) and len(str(caught.value)) < 500


@pytest.mark.parametrize("name", BASELINES)
def test_check_exits_2_on_a_hostile_baseline(name, tmp_path):
    result = runner.invoke(app, ["check", str(GOOD), "--baseline",
                                 str(FILES / "baselines" / name), "--offline",
                                 "--results", str(tmp_path / "no-runs")])
    assert result.exit_code == 2, result.output
    assert "not a baseline" in result.output and "Traceback" not in result.output


def test_a_finite_baseline_still_reads(tmp_path):
    path = large.write(tmp_path / "baseline.json", _load("make_hostile").baseline_json())
    [claim] = read_baseline(path).claims
    assert (claim.numbers[0].value, claim.numbers[0].tolerance) == (7.5, 0.05)


# --- 12. arXiv digits, recipe values -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "\uff12\uff10\uff10\uff15.\uff11\uff13\uff10\uff11\uff13v2",  # fullwidth
    "\u0662\u0660\u0660\u0665.\u0661\u0663\u0660\u0661\u0663",  # Arabic-Indic
    "2005.13013v\u0662", "\u017ftat/0601001", "hep-th/99\u0660\u06601001",
])
def test_arxiv_ids_take_ascii_digits_only(text):
    assert parse_arxiv_id(text) is None
    assert parse_arxiv_id(f"arXiv:{text}") is None
    assert find_references(f"as shown in arXiv:{text} and {text}.") == []


def test_evidence_links_take_ascii_arxiv_ids_only():
    from verify_claims.reports.html import source_href

    assert source_href("arXiv:2005.13013v2") == "https://arxiv.org/abs/2005.13013v2"
    assert source_href("arXiv:\uff12\uff10\uff10\uff15.13013v2") is None
    assert source_href("arXiv:\u017ftat/0601001") is None


def test_ascii_arxiv_ids_still_parse():
    assert parse_arxiv_id("2005.13013v2") == ("2005.13013", 2)
    assert parse_arxiv_id("stat/0601001") == ("stat/0601001", None)


def test_recipes_with_impossible_values_are_refused_by_field():
    registry = Registry([FILES / "recipes-bad-values"], bundled=False)
    assert len(registry) == 0
    problems = {Path(error.path).name: error.problem for error in registry.problems}
    bad = problems["bad-values.yaml"]
    for words in ("hyperparameters.learning_rate", "finite number",
                  "hyperparameters.batch_size", "greater than or equal to 1", "seeds.1",
                  "greater than or equal to 0"):
        assert words in bad, bad
    assert "'.nan'" in problems["nan-learning-rate.yaml"]
    assert "not a finite number" in problems["nan-learning-rate.yaml"]


def test_claims_keep_their_references_through_the_spool_and_claims_jsonl(tmp_path):
    """The bounds cut only what is long: an ordinary report's records are as before."""
    audit = run_audit([GOOD], out=tmp_path / "audit", offline=True,
                      cache_dir=tmp_path / "cache", results=None)
    claims = list(read_jsonl(tmp_path / "audit" / "claims.jsonl", Claim))
    assert claims == audit.claims and len(claims) == 8
    [report] = audit.reports
    assert all(claim.references == report.references for claim in claims)
    assert len(report.references) == 3


# --- benchmarks/hostile.py --------------------------------------------------------------------


def test_the_hostile_benchmark_runs_in_quick_mode():
    """A smoke run of its lightest case, n and 2n each in a process of its own (the others
    load spaCy in each child: `python benchmarks/hostile.py --quick` runs all four in about
    a minute)."""
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "hostile.py"), "--quick",
                             "--cases", "citations", "--timeout", "120"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for size in ("2,000", "4,000"):
        [row] = [line for line in lines if line.split()[:2] == ["citations", size]]
        assert " s " in row and "MiB (ok < 1,024 MiB)" in row, row
    assert sum("2n / n" in line for line in lines) == 1
    assert "no crash, no hang, every peak under its bar" in result.stdout
