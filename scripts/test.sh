#!/usr/bin/env bash
# The test command: set up (as scripts/setup.sh, with the browser for the web test and
# LibreOffice Calc for the registers' workbook), start a
# PostgreSQL server for the register's tests, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
WITH_BROWSER=1 WITH_OFFICE=1 bash scripts/setup.sh
# The register's tests run against a real PostgreSQL server as well as SQLite (issue 16).
DIRECTIVE_PARSER_TEST_PG_URL="${DIRECTIVE_PARSER_TEST_PG_URL:-$(bash scripts/postgres.sh)}"
export DIRECTIVE_PARSER_TEST_PG_URL
python3 -m pytest -p no:cacheprovider "$@"
