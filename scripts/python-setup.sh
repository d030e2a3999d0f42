#!/usr/bin/env bash
# Creates .venv/ (Python 3.11) and installs the Python client (env/, with its test and Ray extras) into it;
# the Ray extra lets the tests start a real two-node Ray cluster on loopback.
# The gRPC stubs are generated from proto/ during the install. Uses the machine's configured package
# index; nothing goes into the system interpreter. Run `mvn -B package` first for the server jar.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3.11}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --retries 1 --timeout 30 "./env[test,ray]"
# The agents' own dependencies (PyTorch on CPU, TensorBoard, matplotlib).
if [ -f agents/requirements.txt ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --retries 1 --timeout 30 -r agents/requirements.txt
fi
.venv/bin/python -c "import infoops_env, gymnasium, pettingzoo; print('infoops_env ready:', ', '.join(infoops_env.environment_ids()))"
