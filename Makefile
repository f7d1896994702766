# Two commands do everything: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test install clean

$(BIN)/graphbuild: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(BIN)/graphbuild

install: $(BIN)/graphbuild

run: install
	$(BIN)/graphbuild build --out output
	@echo "Open output/graph.html in a browser."

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) output/graph.* .pytest_cache
