#!/usr/bin/env bash
# Runs every test: the Java suite (unit, property, scenario regression and integration tests).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp verify
