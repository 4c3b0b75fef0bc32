# policybot developer commands. Everything runs inside .venv (created on first use).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-12)
QUESTION ?= Can I use ChatGPT to draft a press release?

.PHONY: install demo test bench eval clean system-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[all,test]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)   ## create .venv and install policybot with every extra

demo: install       ## install, then answer one question from the bundled knowledge
	$(BIN)/policybot ask "$(QUESTION)"

system-deps:        ## Debian packages some tests use: Chromium (report screenshot), PostgreSQL (replica test); as root only
	@need=""; command -v chromium >/dev/null 2>&1 || need="$$need chromium"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need="$$need postgresql"; \
	if [ -n "$$need" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Debian packages for the tests:$$need"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$need >/dev/null; fi

test: install system-deps  ## run the whole test suite (pytest exit 5, "no tests", counts as failure)
	$(BIN)/python -m pytest -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 1; fi; exit $$rc

bench: install      ## speed benchmarks (not tests): index build, search and answer latency
	$(BIN)/python benchmarks/bench_index.py
	@if [ -f benchmarks/bench_answer.py ]; then $(BIN)/python benchmarks/bench_answer.py; fi

eval: install       ## score the bundled evaluation set and the nine organisations in eval/orgs
	POLICYBOT_HOME=$$(mktemp -d) sh -c '$(BIN)/policybot index knowledge && \
	  $(BIN)/python ../shared/eval/score.py --cases eval/council-questions.jsonl \
	    --run "$(BIN)/policybot ask --json -" --sources knowledge'
	$(BIN)/python eval/orgs/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info
