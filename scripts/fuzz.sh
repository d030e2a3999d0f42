#!/usr/bin/env bash
# The server fuzz suite (env/tests/test_server_fuzz.py) in its long mode: random and mutated requests to every
# method of a real server, asserting contract status codes only, short messages and no state change after a
# failed call. CI runs it with 400 examples per property (about a minute); this runs more, with fresh random
# draws each time. Usage: scripts/fuzz.sh [examples per property, default 3000]
set -euo pipefail
cd "$(dirname "$0")/.."
INFOOPS_FUZZ_EXAMPLES="${1:-3000}" .venv/bin/python -m pytest -q env/tests/test_server_fuzz.py
