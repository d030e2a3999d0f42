#!/usr/bin/env bash
# Builds InfoOps Gym (if needed) and runs the main job on its embedded defaults:
# Diluvsion Sim 1 (paper §5), 20 runs x 1,344 steps, writing the Table-1 summary, CSVs and the stance chart.
# Extra arguments go to `run` (e.g. `scripts/setup-and-run.sh diluvsion/sim11 --runs 5`).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/infoops-gym.jar
if [ ! -f "$jar" ] || [ -n "$(find src scenarios pom.xml -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
  mvn -B -q -ntp package -DskipTests
fi
exec java -jar "$jar" run "$@"
