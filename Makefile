# Two commands: `make run` (set up, build the index if needed, start) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-requirements

.PHONY: run test index setup clean

setup: $(STAMP)

$(STAMP): requirements.txt
	@test -n "$(PYTHON)" || { echo "Python 3.11 is needed: install python3.11 and try again."; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

index: $(STAMP)
	$(PY) -m assistant build --if-needed

run: index
	$(PY) -m assistant ask "How did Mélanie Laurent learn the violin?"

test: $(STAMP)
	$(PY) -m pytest -q

clean:
	rm -rf $(VENV) index/current index/build-*
