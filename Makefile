# matchmaker — `make run` serves the API on a fresh machine; `make test` runs the suite.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: install db run test lint format bench clean

$(BIN)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

install: $(BIN)/.installed

db: install  ## migrate, seed reference data, load the demo dataset (all idempotent)
	$(FLASK) db upgrade
	$(FLASK) seed
	$(FLASK) demo

run: db  ## serve on http://127.0.0.1:5000
	$(FLASK) run --host $(HOST) --port $(PORT)

test: install  ## the suite; set DATABASE_URL / REDIS_URL to run it on PostgreSQL and Redis
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .

format: install
	$(BIN)/ruff format .

bench: install
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache
