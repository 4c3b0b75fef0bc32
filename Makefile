# policybot developer commands. Everything runs inside .venv (created on first use).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
HASH   := $(shell cat pyproject.toml | sha256sum | cut -c1-12)
STAMP  := $(VENV)/.installed-$(HASH)
CORE   := $(VENV)/.core-$(HASH)
DEMO_HOME ?= $(CURDIR)/.demo-home
QUESTION ?= Can I use ChatGPT to draft a press release?

.PHONY: install demo test bench eval clean system-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(CORE): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	rm -f $(VENV)/.core-* && touch $(CORE)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[all,test]'
	rm -f $(VENV)/.installed-* $(VENV)/.core-* && touch $(STAMP) $(CORE)

install: $(STAMP)   ## create .venv and install policybot with every extra and the test tools

demo: $(CORE)       ## plain `pip install -e .` (no extras), index the bundled example, answer one question
	@test -f $(DEMO_HOME)/CURRENT || POLICYBOT_HOME=$(DEMO_HOME) $(BIN)/policybot index --example --quiet
	POLICYBOT_HOME=$(DEMO_HOME) $(BIN)/policybot ask "$(QUESTION)"

system-deps:        ## explicit step: Debian packages some tests use (Chromium, PostgreSQL); runs apt-get as root
	@need=""; command -v chromium >/dev/null 2>&1 || need="$$need chromium"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need="$$need postgresql"; \
	if [ -z "$$need" ]; then echo "system packages for the tests: already installed"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Debian packages for the tests:$$need"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$need >/dev/null; \
	else echo "not root (or no apt-get): install$$need yourself; the tests that need them are skipped (fail under CI=true)"; fi

test: install       ## run the whole test suite (pytest exit 5, "no tests", counts as failure)
	$(BIN)/python -m pytest -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 1; fi; exit $$rc

bench: install      ## speed benchmarks (not tests): index build, search and answer latency
	$(BIN)/python benchmarks/bench_index.py
	@if [ -f benchmarks/bench_answer.py ]; then $(BIN)/python benchmarks/bench_answer.py; fi
	$(BIN)/python benchmarks/bench_redact.py
	$(BIN)/python benchmarks/bench_cold.py

eval: $(CORE)       ## score the bundled evaluation set and the other organisations in eval/orgs
	POLICYBOT_HOME=$$(mktemp -d) sh -c '$(BIN)/policybot index --quiet knowledge && \
	  $(BIN)/policybot eval eval/council-questions.jsonl --sources knowledge'
	$(BIN)/python eval/orgs/run_all.py

clean:
	rm -rf $(VENV) $(DEMO_HOME) build *.egg-info
