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


def test_ppo_trains_on_the_figure5_protocol_over_grpc(tmp_path):
    """troll/influencer-v0 with protocol=figure5 (the sweep's run 7 world, its 3 evaluation months) under ppo.py."""
    import torch

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(AGENTS), env.get("PYTHONPATH", "")) if p)
    out = subprocess.run([sys.executable, str(AGENTS / "ppo.py"), "--env-id", "troll/influencer-v0", "--env-options",
                          '{"scenario": "troll/small", "protocol": "figure5", "prediction": true}',
                          "--num-envs", "1", "--num-steps", "32", "--total-timesteps", "64", "--seed", "7",
                          "--run-dir", str(tmp_path), "--run-name", "tiny"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "iter 2/2 step 64" in out.stdout
    checkpoint = torch.load(tmp_path / "tiny" / "agent.pt", map_location="cpu", weights_only=False)
    assert checkpoint["env_options"]["protocol"] == "figure5"


def test_figure5_rows_table_pairs_by_seed_and_keeps_the_sweep_format(tmp_path):
    from common import mean_ci
    from troll_figure5_rows import write

    rows = [{"condition": c, "seed": s, "attacks": a, "postponed": p}
            for c, values, p in (("none", (600, 500, 340), 0), ("ppo_influencer", (300, 260, 200), 900),
                                 ("perfect", (290, 240, 180), 500))
            for s, a in zip((11, 22, 33), values)]
    write(str(tmp_path), rows, "test")
    with open(tmp_path / "figure5.csv") as fh:
        summary = list(csv.DictReader(fh))
    assert [r["condition"] for r in summary] == ["none", "ppo_influencer", "perfect"]
    ci = mean_ci([300, 260, 200])
    assert float(summary[1]["mean_attacks"]) == round(ci.mean, 2)
    assert abs(float(summary[1]["ci95_high"]) - ci.high) < 0.01 and float(summary[1]["mean_postponed"]) == 900
    with open(tmp_path / "figure5_paired.csv") as fh:
        paired = {(r["condition"], r["minus"]): r for r in csv.DictReader(fh)}
    assert float(paired[("ppo_influencer", "perfect")]["mean_difference"]) == 16.67  # 10, 20, 20 paired by seed
    assert float(paired[("ppo_influencer", "none")]["mean_difference"]) == -226.67
    assert (tmp_path / "figure5.png").stat().st_size > 0 and len(open(tmp_path / "figure5_runs.csv").readlines()) == 10


def test_figure5_rows_add_takes_earlier_added_rows_of_the_same_sweep_only(tmp_path):
    import pytest

    from troll_figure5_rows import added_rows, read_runs, write

    sweep = [{"condition": c, "seed": s, "attacks": a, "postponed": p}
             for c, values, p in (("none", (600, 500), 0), ("perfect", (290, 240), 500))
             for s, a in zip(("11", "22"), values)]
    ppo = [{"condition": "ppo_influencer", "seed": s, "attacks": a, "postponed": 900} for s, a in (("11", 300), ("22", 260))]
    write(str(tmp_path / "earlier"), sweep[:2] + ppo + sweep[2:], "test")
    got = added_rows([str(tmp_path / "earlier")], read_runs(str(tmp_path / "earlier"))[:2] + sweep[2:])
    assert got == ppo
    with pytest.raises(SystemExit):  # another sweep's none: the added rows are other worlds' rows
        added_rows([str(tmp_path / "earlier")], [dict(sweep[0], attacks=601)] + sweep[1:])
    with pytest.raises(SystemExit):  # the same rows twice
        added_rows([str(tmp_path / "earlier")] * 2, sweep)
