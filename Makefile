# Two commands: `make run` (set up, build the index if needed, start) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-requirements

.PHONY: run test load index setup browser clean

setup: $(STAMP)

$(STAMP): requirements.txt
	@test -n "$(PYTHON)" || { echo "Python 3.11 is needed: install python3.11 and try again."; exit 1; }
	@test -x $(PY) || { echo "Creating the virtual environment in $(VENV)…"; $(PYTHON) -m venv $(VENV); }
	@echo "Installing dependencies (about a minute on a first run)…"
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $(STAMP)
	@echo "Dependencies installed."

index: $(STAMP)
	@echo "Building the index (nothing to do when the documents have not changed)…"
	@$(PY) -m assistant build

run: index
	@$(PY) app.py

# The browser test drives Debian's Chromium; install it when missing and allowed to (root).
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
			|| echo "Could not install Chromium: the browser test will be skipped."; \
	else echo "Chromium missing: the browser test will be skipped (as root: apt-get install -y chromium)."; fi

test: $(STAMP) browser
	$(PY) -m pytest -q

# The full load test: 30 concurrent clients, 40 questions each, five rounds = 6,000 (figures in docs/reliability.md).
load: index
	$(PY) tests/load/load_test.py --clients 30 --questions 40 --rounds 5

clean:
	rm -rf $(VENV) index/current index/build-*
