"""A test's patch of a rule must not outlive it through a cache (round 25's CI failure).

`test_rec23_regressions`' planted test patched `passage_windows.subscript_terms` and cleared
`passage_terms`' cache before reading, never after: the cache kept the patched reading ("USE T"
without its term "use_t"), and `test_round24_regressions`, run later on the same xdist worker,
lost its USE_T rows. Alone, each file passed. The autouse fixture of tests/conftest.py empties
the package's caches after any test that patched the package. Here two tests run in that
order in a fresh pytest process, with the real conftest and with the fixture's body removed
(the planted bug: the second test must fail).
"""

from __future__ import annotations

from pathlib import Path

pytest_plugins = ["pytester"]

CONFTEST = (Path(__file__).resolve().parent / "conftest.py").read_text()
TEXT = "Sentence Embedding Transfer Learning / USE T reaches 81.44"
TESTS = f'''
from verify_claims.verify import passage_windows


def test_1_a_planted_reading(monkeypatch):
    monkeypatch.setattr(passage_windows, "subscript_terms", lambda words: frozenset())
    passage_windows.passage_terms.cache_clear()
    assert "use_t" not in passage_windows.passage_terms({TEXT!r})


def test_2_the_real_reading_afterwards():
    assert "use_t" in passage_windows.passage_terms({TEXT!r})
'''


def _run(pytester, conftest: str):
    pytester.makeconftest(conftest)
    pytester.makepyfile(test_order=TESTS)
    return pytester.runpytest_subprocess("-q", "-p", "no:randomly", "-p", "no:cacheprovider")


def test_a_patched_rule_leaves_no_cached_reading_behind(pytester):
    _run(pytester, CONFTEST).assert_outcomes(passed=2)


def test_planted_caches_kept_after_a_patch_fail_the_next_test(pytester):
    planted = CONFTEST.replace("    if _patched_the_package(monkeypatch):\n"
                               "        clear_package_caches()\n", "")
    assert planted != CONFTEST
    _run(pytester, planted).assert_outcomes(passed=1, failed=1)
