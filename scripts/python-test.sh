#!/usr/bin/env bash
# Runs the Python tests (the client package's and the agents') against the real server jar.
# Needs `mvn -B package` (the jar) and scripts/python-setup.sh (.venv). Extra arguments go to pytest.
# pytest's exit code 5 ("no tests collected") is a failure here: these suites always have tests.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  echo "error: .venv is missing; run scripts/python-setup.sh first" >&2
  exit 1
fi
paths=(env/tests)
[ -d agents ] && paths+=(agents)
set +e
.venv/bin/python -m pytest -q "${paths[@]}" "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "error: pytest collected no tests in ${paths[*]}" >&2
fi
exit "$status"
