"""ippo_troll.py end to end: a tiny multi-agent training on troll/influencers-v0 over gRPC (short episodes,
federated averaging rounds) writes its events, curve and a checkpoint that ppo.load_agent reads, with finite losses."""
from __future__ import annotations

import csv
import math
import os
import subprocess
import sys

from conftest import AGENTS

TINY = '{"scenario": "troll/small", "warmup_days": 14, "episode_days": 1, "federated_method": "logistic", "round_days": 1.0}'


def test_ippo_trains_and_writes_a_checkpoint(tmp_path):
    import torch

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(AGENTS), env.get("PYTHONPATH", "")) if p)
    out = subprocess.run([sys.executable, str(AGENTS / "ippo_troll.py"), "--env-options", TINY, "--episodes", "2",
                          "--seed", "3", "--run-dir", str(tmp_path), "--run-name", "tiny"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    run = tmp_path / "tiny"
    assert "episode 2/2" in out.stdout
    assert (run / "learning_curve.png").stat().st_size > 0
    assert len(list(run.glob("events.out.tfevents.*"))) == 1
    with open(run / "episodes.csv") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2
    for r in rows:
        attacks, ret = int(r["attacks_in_episode"]), float(r["episodic_return"])
        assert attacks >= 0 and int(r["decisions"]) > 0
        assert ret <= -attacks + 1e-6, "the return is minus the attacks minus the delay cost"
    checkpoint = torch.load(run / "agent.pt", map_location="cpu", weights_only=False)
    assert checkpoint["env_id"] == "troll/influencers-v0"
    assert all(math.isfinite(v) for k, v in checkpoint["last_losses"].items() if k != "explained_variance")
    from ppo import load_agent

    agent, _ = load_agent(str(run / "agent.pt"))
    x = torch.zeros((3, checkpoint["obs_size"]))
    assert agent.act(x).shape == (3, 1)
