"""ppo.py trains on cascade/moderator-v0 (tiny run) and cascade_compare.py compares it with the paper's static rule."""
from __future__ import annotations

import csv
import subprocess
import sys

from conftest import AGENTS


def test_ppo_trains_on_the_moderator_and_compare_pairs_seeds(tmp_path, script_env):
    out = subprocess.run([sys.executable, str(AGENTS / "ppo.py"), "--env-id", "cascade/moderator-v0",
                          "--env-options", '{"scenario": "cascade/small", "budget": 10.0, "base_trials": 50}',
                          "--num-envs", "2", "--num-steps", "32", "--total-timesteps", "128", "--update-epochs", "2",
                          "--seed", "3", "--run-dir", str(tmp_path), "--run-name", "tiny"],
                         capture_output=True, text=True, env=script_env, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "iter 2/2 step 128" in out.stdout
    checkpoint = tmp_path / "tiny" / "agent.pt"
    assert checkpoint.exists()

    out = subprocess.run([sys.executable, str(AGENTS / "cascade_compare.py"), "--checkpoint", str(checkpoint),
                          "--seeds", "2000-2003", "--out", str(tmp_path)],
                         capture_output=True, text=True, env=script_env, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    for row in ("| ppo |", "| nothing |", "| static-rule(top-10) |", "| greedy-layer |", "| ppo - static-rule(top-10) |"):
        assert row in out.stdout, out.stdout
    with open(tmp_path / "cascade_moderator_per_seed.csv") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 16 and {r["seed"] for r in rows} == {"2000", "2001", "2002", "2003"}
    nothing = {r["seed"]: float(r["return"]) for r in rows if r["policy"] == "nothing"}
    assert all(v <= 0 for v in nothing.values()), "doing nothing costs only infections"
