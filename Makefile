# Two commands for a fresh machine: `make serve` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
# Silence the MkDocs 2.0 banners on stderr: Material's (any value) and ProperDocs' (only the word true).
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true
# Pagefind from npm (pinned) writes a reproducible search index; PyPI's pagefind[bin] 1.5.2 is the
# fallback without npm. sco_archive.publish.indexing looks for it in $(VENV)/pagefind.
PAGEFIND_NPM := 1.6.0
NPM ?= npm
PAGEFIND_STAMP := $(VENV)/pagefind/.installed-$(PAGEFIND_NPM)

.PHONY: serve build test test-fast test-floors chromium golden eval bench install clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

$(PAGEFIND_STAMP): | $(VENV)/.installed
	@if command -v $(NPM) >/dev/null 2>&1; then \
	  $(NPM) install --prefix $(VENV)/pagefind --save-exact --no-audit --no-fund --loglevel=error pagefind@$(PAGEFIND_NPM) && touch $@; \
	else echo "notice: npm not found, so Pagefind is PyPI's 1.5.2: the search index will not be reproducible"; fi

install: $(VENV)/.installed $(PAGEFIND_STAMP)

## serve: create .venv, install, build and serve the archive at http://127.0.0.1:8000 with live reload
serve: install
	$(VENV)/bin/sco-archive serve --dev-addr 127.0.0.1:8000

## build: the static site in site/ (strict: any warning fails)
build: install
	$(VENV)/bin/sco-archive build

## test: everything, browser tests included (installs Debian's chromium when missing)
test: install chromium
	$(PY) -m pytest -q

## test-fast: everything but the browser tests
test-fast: install
	$(PY) -m pytest -q -m "not browser"

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

## golden: rewrite the expected pages of the seeds on purpose (review the diff before committing)
golden: install
	$(PY) -m tests.update_golden

## eval: per-field accuracy of the extractor on the labelled corpus
eval: install
	$(PY) -m tests.evaluate tests/corpus

## bench: the performance benchmarks (figures go to benchmarks/RESULTS.md by hand)
bench: install
	$(PY) benchmarks/run.py

clean:
	rm -rf site build .pytest_cache

## test-floors: the suite (without browser tests) against the oldest supported dependency versions
test-floors:
	$(PYTHON) -m venv .venv-floors
	.venv-floors/bin/python -m pip install -q --upgrade pip
	.venv-floors/bin/python -m pip install -q -c constraints/floors.txt -e '.[test]'
	.venv-floors/bin/python -m pytest -q -m "not browser" -p no:cacheprovider
