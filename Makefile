# Outlet briefing: `make briefing` builds reports/briefing.{html,pdf}; `make test` runs the tests.
# Every target sets up what it needs first (a virtualenv from pyproject.toml, Chromium).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?= data/raw
OUT    ?= reports
LEAD   ?= all
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help env briefing html test test-fast validate bench analyse lint clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (outlet-briefing)" >/dev/null
	@touch $(STAMP)

env: $(STAMP) ## Create the virtualenv (.venv) from pyproject.toml

briefing: $(STAMP) ## Build reports/briefing.html and .pdf (CORPUS=folder for another corpus; LEAD=own: findings on own journalism)
	$(BIN)/python -m helpers.render --corpus "$(CORPUS)" --out "$(OUT)" --lead "$(LEAD)"

html: $(STAMP) ## Build only the HTML briefing (no Chromium needed)
	$(BIN)/python -m helpers.render --corpus "$(CORPUS)" --out "$(OUT)" --lead "$(LEAD)" --no-pdf

test: $(STAMP) ## Run every test, including executing all notebooks and building the briefing
	$(BIN)/python -m pytest

test-fast: $(STAMP) ## Run the tests that do not build the briefing
	$(BIN)/python -m pytest -m "not slow"

validate: $(STAMP) ## Measure the tone instrument against human ratings
	$(BIN)/python -m helpers.tone --validate

bench: $(STAMP) ## Benchmark the analysis on 10,000 generated articles (all cores); see helpers.bench for more
	$(BIN)/python -m helpers.bench pipeline --articles $(or $(ARTICLES),10000)

analyse: $(STAMP) ## Per-article tables for a large corpus on all cores (CORPUS=folder TABLES_OUT=folder)
	$(BIN)/python -m helpers.pipeline "$(CORPUS)" --out "$(or $(TABLES_OUT),data/processed/pipeline)"

lint: $(STAMP) ## Lint the code and notebooks with ruff
	$(BIN)/ruff check src tests notebooks

clean: ## Remove the virtualenv and build products
	rm -rf $(VENV) .cache reports/briefing.* reports/tables reports/executed reports/.build-* reports/.outlet-briefing.lock data/processed
