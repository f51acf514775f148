# Offenbach integration portal: `make run` sets everything up and serves the
# portal at http://127.0.0.1:8000/ as a visitor meets it in production;
# `make test` runs the whole suite (on PostgreSQL when DATABASE_URL says so).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Serving on this machine over plain HTTP: no HTTPS redirect, no secure-only cookies.
# No gunicorn control socket: by default every gunicorn on the machine would share one
# (~/.gunicorn/gunicorn.ctl), so a second checkout or `make stack` would take it over.
GUNICORN_OPTS := --no-control-socket
LOCAL_ENV := PORTAL_HTTPS=0 SERVE_MEDIA=1 ALLOWED_HOSTS=$(HOST),localhost

.PHONY: run dev stack stack-stop backup restore test lint format install assets messages migrate demo check clean bench bench-data lighthouse

run: install assets migrate demo
	@echo "Integrationsportal: http://$(HOST):$(PORT)/  (Backoffice: http://$(HOST):$(PORT)/admin/)"
	$(LOCAL_ENV) $(BIN)/gunicorn offenbach_portal.wsgi --bind $(HOST):$(PORT) --workers 2 $(GUNICORN_OPTS) --access-logfile -

dev: install assets migrate demo
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

# The production-like stack on this machine (offenbach_portal/deploy/, docs/operations.md):
# nginx with TLS on https://localhost:8443/ in front of two gunicorn processes, sharing
# PostgreSQL (a database of its own, created when missing) and Redis. State, certificate and
# logs in .stack/. Needs Debian's nginx package, a running PostgreSQL and Redis.
STACK_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/offenbach_stack
STACK_REDIS_URL ?= redis://127.0.0.1:6379/0
stack: install assets
	STACK_DATABASE_URL=$(STACK_DATABASE_URL) STACK_REDIS_URL=$(STACK_REDIS_URL) $(PY) -m offenbach_portal.deploy.stack start --prepare

stack-stop:
	$(PY) -m offenbach_portal.deploy.stack stop

# Database and uploaded files together in one archive (offenbach_portal/core/backup.py):
# `make backup` writes .backups/portal-<time>.tar.gz; `make restore ARCHIVE=…` restores it into
# the database of DATABASE_URL (best a new, empty one) and MEDIA_ROOT/PRIVATE_MEDIA_ROOT.
BACKUP_DIR ?= .backups
backup: install
	$(PY) manage.py backup --output-dir $(BACKUP_DIR)

restore: install
	@test -n "$(ARCHIVE)" || { echo "make restore ARCHIVE=<file.tar.gz>"; exit 2; }
	$(PY) manage.py restore $(ARCHIVE)

install: $(VENV)/.installed node_modules/.installed .secret_key

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# A random secret key for this checkout, never committed.
.secret_key:
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

messages: $(VENV)/.installed
	$(BIN)/pybabel compile --domain django --directory locale --use-fuzzy --statistics 2>&1 | tail -n 4
	$(BIN)/pybabel compile --domain djangojs --directory locale --statistics 2>&1 | tail -n 2

# The web fonts (subsets of KERN UX's Fira Sans, see core/webfonts.py), then
# every static file with hashed names and precompressed copies.
assets: install messages static/fonts/fira-sans.css
	$(PY) manage.py collectstatic --noinput --verbosity 0

static/fonts/fira-sans.css: node_modules/.installed offenbach_portal/core/webfonts.py | $(VENV)/.installed
	$(PY) manage.py build_fonts

migrate: install messages
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo

# The suite runs in parallel (pytest-xdist), one worker per core, each with its
# own test database, live server and browser; TEST_WORKERS=0 runs it in one process.
# --dist loadgroup keeps the tests of one xdist_group (the stack tests) on one worker.
# SlipCover measures the coverage of the application code ([tool.slipcover] in
# pyproject.toml) and prints its summary at the end.
TEST_WORKERS ?= auto
test: install messages assets
	$(BIN)/python -m slipcover -m pytest -n $(TEST_WORKERS) --dist loadgroup

# ruff (configured in pyproject.toml): lint and formatting, as CI checks them.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The portal at city scale on PostgreSQL (bench/city.py; not part of CI). Its own
# database: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/portal_bench),
# its own Redis database: BENCH_REDIS_URL (default redis://127.0.0.1:6379/15);
# BENCH_SCALE=0.1 for a tenth of the data. See README, "Benchmark".
bench-data: install messages
	$(PY) bench/city.py data

bench: install assets
	$(PY) bench/city.py run

# Lighthouse (mobile) on home, directory, a meeting, an article and search, served by the
# production stack (nginx, TLS, gzip) on the benchmark's data; needs nginx and network for npx.
lighthouse: install assets
	$(PY) bench/lighthouse.py

check: install
	$(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) node_modules staticfiles
