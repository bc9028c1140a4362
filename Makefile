# givefirst: `make demo` sets up and runs the checker on the bundled examples; `make test` runs lint and tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SHARED ?= ../shared/data

.PHONY: demo test lint bench eval index clean model

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	@$(BIN)/python examples/demo.py

lint: $(STAMP)
	$(BIN)/ruff check src tests examples benchmarks tools

test: lint
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/givefirst eval corpus --split test --enron $(SHARED)/enron-intent

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --shared $(SHARED) --out docs/benchmarks.md

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache

index: $(STAMP)
	$(BIN)/python tools/build_index.py

model: $(STAMP)
	$(BIN)/python tools/train_model.py
