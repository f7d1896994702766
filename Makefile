# Two commands do everything: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

SYSTEM_PACKAGES := chromium raptor2-utils

.PHONY: run test install system-deps clean

$(BIN)/graphbuild: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# setuptools warns that an editable install can be shadowed by a same-named folder: known, and noise here
	PYTHONWARNINGS=ignore::UserWarning $(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q graphbuild  # as pip does for an installed package (even under PYTHONDONTWRITEBYTECODE)
	touch $(BIN)/graphbuild

install: $(BIN)/graphbuild

run: install
	$(BIN)/graphbuild build --out output
	@echo "Open output/graph.html in a browser."

# The browser and Turtle-parser tests need Debian's chromium and rapper: installed with apt-get
# when make runs as root (as in CI), otherwise one line says what to install.
system-deps:
	@if command -v chromium >/dev/null 2>&1 && command -v rapper >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  echo "installing $(SYSTEM_PACKAGES) with apt-get"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; \
	else \
	  echo "make test: the browser and Turtle tests need Debian's chromium and raptor2-utils: run 'sudo apt-get install $(SYSTEM_PACKAGES)' (or your system's equivalents)"; \
	fi

test: install system-deps
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) output/graph.* .pytest_cache
