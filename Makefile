# Two entry points: `make demo` (install, then annotate seeds/) and `make test` (install, then run the tests).
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: install demo test

install: $(VENV)/.installed

# torch first, pinned to the local CPU wheel, so nothing that depends on it pulls a CUDA build.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: install
	$(BIN)/arabic-ie annotate seeds -o out/seeds.jsonl --errors out/seeds.errors.jsonl
	$(BIN)/arabic-ie validate out/seeds.jsonl
	$(BIN)/arabic-ie view out/seeds.jsonl -o out/seeds.html
	@if [ -f annotations/seeds.jsonl ]; then $(BIN)/arabic-ie evaluate --gold annotations/seeds.jsonl --pred out/seeds.jsonl; fi

# The browser test of the HTML report needs chromium: installed with apt when missing (CI: root, Debian).
test: install
	scripts/ensure_chromium.sh
	$(BIN)/python -m pytest -q
