# The two commands of the README: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test clean

# pip's and setuptools' chatter goes to .venv/install.log, shown only when the install fails
$(STAMP): pyproject.toml
	@echo "installing kg into $(VENV) (log: $(VENV)/install.log)"
	@$(PYTHON) -m venv $(VENV)
	@{ $(BIN)/pip install --quiet --upgrade pip && $(BIN)/pip install --quiet -e '.[test]'; } \
		> $(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	@touch $(STAMP)

run: $(STAMP)
	@$(BIN)/kg build seeds/ --out out/
	@echo "then: .venv/bin/kg who Балаева   (or: source .venv/bin/activate; kg who Балаева)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

.PHONY: screenshot
screenshot: run  # out/graph.png: the page as headless Chromium draws it offline
	$(BIN)/python bench/screenshot.py out/graph.html out/graph.png

clean:
	rm -rf out/ $(VENV)
