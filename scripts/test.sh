#!/usr/bin/env bash
# The test command: set up (as scripts/setup.sh, with the browser for the web test), then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
WITH_BROWSER=1 bash scripts/setup.sh
python3 -m pytest -p no:cacheprovider "$@"
