# Two commands for a newcomer: `make run` and `make test`. Only Python 3.11+ and make needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# Tests run in parallel, one worker (and one test database) per core; tests that share a
# demo build stay together (xdist_group). Test databases are kept between local runs
# (--reuse-db; `make test PYTEST_ARGS=--create-db` rebuilds them), never in CI.
PYTEST_WORKERS ?= auto
COVERAGE_MIN ?= 97
# Branch coverage with its floor; CI measures it on the SQLite leg only (COVERAGE= on the
# PostgreSQL leg), since the code covered is the same and tracing costs a quarter of the time.
COVERAGE ?= --cov --cov-report=term-missing:skip-covered --cov-fail-under=$(COVERAGE_MIN)
PYTEST_PARALLEL = -n $(PYTEST_WORKERS) --dist loadgroup $(if $(CI),--create-db,--reuse-db)

.DEFAULT_GOAL := help
.PHONY: help run test test-quick lint format check migrate demo browser bench clean messages

help:  ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is required")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime-installed

messages: $(VENV)/.dev-installed  ## Extract interface strings into every language's .po file and compile them (needs gettext)
	$(BIN)/python manage.py makemessages $(foreach code,$(shell $(BIN)/python -c 'import os; os.environ.setdefault("DJANGO_SETTINGS_MODULE", "inhope_cms.settings.dev"); from django.conf import settings; print(" ".join(c for c, _ in settings.LANGUAGES if c != settings.LANGUAGE_CODE))'),-l $(code)) --ignore=.venv --ignore=demo --no-obsolete
	$(BIN)/python manage.py compilemessages --ignore=.venv --ignore=demo

migrate: $(VENV)/.runtime-installed  ## Apply database migrations
	$(BIN)/python manage.py migrate --noinput

demo: migrate  ## Load the demo content (idempotent)
	$(BIN)/python manage.py load_demo_content

run: demo  ## Install, migrate, load demo content and serve on http://127.0.0.1:8000
	$(BIN)/python manage.py ensure_dev_superuser --address $(HOST):$(PORT)
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

browser:  ## Install Chromium and Java for the browser and HTML tests when missing (needs root)
	@bash scripts/ensure-test-tools.sh

test: $(VENV)/.dev-installed browser  ## Run the whole suite (unit, browser, accessibility, HTML validity) with coverage
	$(BIN)/python -m pytest $(PYTEST_PARALLEL) $(COVERAGE) $(PYTEST_ARGS)

test-quick: $(VENV)/.dev-installed  ## Run the tests that need no browser and no Java (the edit-test loop)
	$(BIN)/python -m pytest $(PYTEST_PARALLEL) -m "not browser and not html_validity" $(PYTEST_ARGS)

lint: $(VENV)/.dev-installed  ## Check code and templates without changing them
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(git ls-files 'templates/*.html' '*/templates/*.html')

format: $(VENV)/.dev-installed  ## Format code and templates
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(git ls-files 'templates/*.html' '*/templates/*.html')

check: $(VENV)/.dev-installed  ## Django system checks and a missing-migrations check
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

bench: $(VENV)/.dev-installed  ## Time the news (10,000 articles), the network and FAQ pages, and the translations report in throwaway databases
	$(BIN)/python bench/news.py
	$(BIN)/python bench/hotlines.py
	$(BIN)/python bench/translations.py

clean:  ## Remove the virtualenv, the SQLite database and uploaded media
	rm -rf $(VENV) db.sqlite3 media staticfiles
