#!/usr/bin/env bash
# Runs every test: the Java suite (unit, property, scenario regression and gRPC integration tests; this also
# builds the server jar), then the Python suites (client package and agents) against the real server.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp verify
bash scripts/python-setup.sh
bash scripts/python-test.sh
