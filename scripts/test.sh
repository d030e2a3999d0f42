#!/usr/bin/env bash
# Runs every test: the Java suite (unit, property, scenario regression and gRPC integration tests; this also
# builds the server jar), then the Python suites (client package and agents) against the real server, then a
# short soak of the server (20 s of concurrent unary, Stream and Batch clients; fails on any error or server death).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp verify
bash scripts/python-setup.sh
bash scripts/python-test.sh
java -jar target/infoops-gym.jar bench soak --clients 6 --seconds 20
