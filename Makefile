# One task runner for the project. `make demo` and `make test` are the README's two commands.
VENV    ?= .venv
PYTHON  ?= python3
PY      := $(VENV)/bin/python
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUT     ?= audit

.PHONY: install install-full browser demo test lint check baseline format schema examples \
	screenshot bench scale accuracy accuracy-table floor startup durations clean

# Two installs. `install` is what an audit needs (spaCy, pypdf, pydantic, ...: no PyTorch), for
# `make demo` and the audit targets. `install-full` adds the extras: dev tools (pytest, ruff,
# fpdf2, selenium), arXiv fetching, and the reproduction stack (torch, transformers, datasets),
# for the tests, lint and the benchmarks.
install: $(VENV)/.installed

install-full: $(VENV)/.installed-full

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

# torch is pinned to the CPU build only here (it installs from local disk on our machines);
# pyproject keeps a range so users can bring their own CUDA build.
$(VENV)/.installed-full: $(VENV)/.installed
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev,arxiv,reproduce]'
	touch $@

# Headless Chromium for the HTML tests (Debian packages).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  ($(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive \
	   apt-get install -y -qq chromium chromium-driver)

demo: install
	$(VENV)/bin/verify-claims examples/ --out $(OUT) --offline
	@echo "Open $(OUT)/index.html"

# One test file per worker, on every core: module fixtures (a real PDF read once) stay shared.
# Files go heaviest first (tests/durations.json, see tests/conftest.py), so the workers end
# together; `make durations` re-records the figures after tests are added or grow.
test: install-full browser
	$(PY) -m pytest -q -n auto --dist loadfile

durations: install-full browser
	$(PY) -m pytest -q -n auto --dist loadfile --junitxml=$(OUT)/junit.xml
	$(PY) tests/record_durations.py $(OUT)/junit.xml

lint: install-full
	$(VENV)/bin/ruff check .

# The example verdicts against their committed baseline (CI runs this: a change that moves a
# verdict or a number fails until `make baseline` accepts it). The examples carry no
# reproduction results, so a local runs/ folder is kept out of it.
CHECK := $(VENV)/bin/verify-claims check examples/ --baseline examples/baseline.json \
	--offline --results examples/no-runs

check: install
	$(CHECK)

baseline: install
	$(CHECK) --update

format: install-full
	$(VENV)/bin/ruff format .

schema: install
	$(VENV)/bin/verify-claims schema --out claims/schema
	$(PY) -m verify_claims.verify.cards

examples: install-full
	$(PY) examples/make_examples.py

# The README's picture of a report page (docs/report-page.png), from the examples; a test
# fails when the committed picture no longer matches the pages.
screenshot: install-full browser
	$(PY) docs/make_screenshot.py

bench: install-full
	$(PY) benchmarks/extract.py
	$(PY) benchmarks/verify.py
	$(PY) benchmarks/accuracy.py
	$(PY) benchmarks/mutations.py
	@# Exits 1 while any mutant is confirmed; the ones left are listed and argued in the CHANGELOG.
	-$(PY) benchmarks/mutation_probes.py
	$(PY) benchmarks/reading.py
	$(PY) benchmarks/reading_health.py --summary

# The whole audit at 1x, 2x, 4x corpus size (2,500 to 10,000 reports; about 15 minutes).
scale: install-full
	$(PY) benchmarks/scale.py

accuracy: install-full
	$(PY) benchmarks/accuracy.py

# Every corpus of tests/real/corpora.yaml, then the README's accuracy table rewritten from the
# figures measured (about five minutes on two cores).
accuracy-table: install-full
	$(PY) benchmarks/accuracy.py --readme README.md

# The oldest transformers pyproject allows, with a few reproduce tests (multiple-choice collator,
# processing_class, the runner's training arguments). The floor venv sees the main venv's
# packages through a .pth file and installs only what the old release needs on top (about a
# minute the first time, then only the tests).
FLOOR      ?= .venv-floor
FLOOR_PY   := $(FLOOR)/bin/python
TRANSFORMERS_FLOOR := $(shell sed -n 's/.*"transformers>=\([0-9.]*\)".*/\1/p' pyproject.toml)

floor: install-full $(FLOOR)/.installed-$(TRANSFORMERS_FLOOR)
	$(FLOOR_PY) -c "import transformers as t; assert t.__version__ == '$(TRANSFORMERS_FLOOR)', t.__version__"
	$(FLOOR_PY) -m pytest -q -p no:cacheprovider tests/test_reproduce_device.py \
	  "tests/test_reproduce_tasks.py::test_each_family_learns_its_smoke_task[hellaswag-6-None]" \
	  "tests/test_reproduce_tasks.py::test_each_family_learns_its_smoke_task[panx-3-en]"

$(FLOOR)/.installed-$(TRANSFORMERS_FLOOR): pyproject.toml
	$(PYTHON) -m venv $(FLOOR)
	$(PY) -c "import sys; print('\n'.join(p for p in sys.path if p.endswith('-packages')))" \
	  > "$$($(FLOOR_PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/main-venv.pth"
	$(FLOOR_PY) -m pip install -q "transformers==$(TRANSFORMERS_FLOOR)" "datasets>=2.19" \
	  "accelerate>=0.30"
	$(FLOOR_PY) -m pip install -q --no-deps -e .
	touch $@

# Start-up time and memory of --help, recipes, schema and a seed audit (benchmarks/startup.py).
startup: install
	$(PY) benchmarks/startup.py

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info
