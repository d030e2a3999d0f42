"""ppo.py end to end (a tiny training on the small scenario) and compare.py on its checkpoint."""
from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from conftest import AGENTS


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    import os

    run_dir = tmp_path_factory.mktemp("runs")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(AGENTS), env.get("PYTHONPATH", "")) if p)
    out = subprocess.run([sys.executable, str(AGENTS / "ppo.py"), "--env-options",
                          '{"scenario": "diluvsion/small", "objective": "shrink_majority"}',
                          "--num-envs", "2", "--num-steps", "30", "--total-timesteps", "240",
                          "--update-epochs", "2", "--seed", "3",
                          "--run-dir", str(run_dir), "--run-name", "tiny"],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    return run_dir / "tiny", out.stdout, env


def test_ppo_writes_events_curve_checkpoint(trained):
    import torch
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    path, stdout, _ = trained
    assert "iter 4/4 step 240" in stdout
    events = list(path.glob("events.out.tfevents.*"))
    assert len(events) == 1
    acc = EventAccumulator(str(path))
    acc.Reload()
    tags = acc.Tags()["scalars"]
    for tag in ("charts/episodic_return", "charts/SPS", "losses/value_loss", "losses/policy_loss", "losses/entropy"):
        assert tag in tags
    # 240 steps over 2 envs = 120 each; 14 decisions + 1 autoreset step per episode: 8 episodes each
    returns = [e.value for e in acc.Scalars("charts/episodic_return")]
    assert len(returns) == 16
    with open(path / "episodes.csv") as fh:
        rows = list(csv.DictReader(fh))
    assert [float(r["episodic_return"]) for r in rows] == pytest.approx(returns, abs=1e-4)

    png = (path / "learning_curve.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000

    from ppo import load_agent

    agent, checkpoint = load_agent(str(path / "agent.pt"))
    assert checkpoint["nvec"] == [3, 3, 3, 3, 3, 3, 2, 13] * 3
    assert checkpoint["obs_size"] == 33 and checkpoint["global_step"] == 240
    assert checkpoint["env_options"]["scenario"] == "diluvsion/small"
    action = agent.act(torch.zeros(5, 33))
    assert action.shape == (5, 24) and (action < torch.tensor(checkpoint["nvec"])).all()
    assert agent.obs_rms.count.item() > 200  # observation statistics were learned and saved


def test_compare_on_the_checkpoint(trained, tmp_path):
    path, _, env = trained
    out = subprocess.run([sys.executable, str(AGENTS / "compare.py"), "--checkpoint", str(path / "agent.pt"),
                          "--seeds", "2000-2001", "--num-envs", "2", "--out", str(tmp_path)],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    with open(tmp_path / "comparison.csv") as fh:
        rows = {r["row"]: r for r in csv.DictReader(fh)}
    assert set(rows) == {"random", "heuristic", "ppo", "ppo - random", "ppo - heuristic", "heuristic - random"}
    assert all(r["n"] == "2" for r in rows.values())
    with open(tmp_path / "per_seed.csv") as fh:
        per_seed = list(csv.DictReader(fh))
    assert [r["seed"] for r in per_seed] == ["2000", "2001"]
    for name in ("random", "heuristic"):  # margins are paired by seed: a t interval of the per-seed differences
        diffs = [float(r["ppo"]) - float(r[name]) for r in per_seed]
        mean, sd = sum(diffs) / 2, abs(diffs[0] - diffs[1]) / 2 ** 0.5
        assert float(rows[f"ppo - {name}"]["mean"]) == pytest.approx(mean, abs=1e-3)
        assert float(rows[f"ppo - {name}"]["ci95_half_width"]) == pytest.approx(12.7062 * sd / 2 ** 0.5, abs=1e-2)
    md = (tmp_path / "comparison.md").read_text()
    assert "| ppo - heuristic |" in md and "95% CI" in md


def test_prior_action_starts_the_policy_on_that_action_and_rejects_a_misfit(address):
    import gymnasium as gym
    import torch

    import infoops_env  # noqa: F401  (registers the ids)
    import ppo
    from common import paper_tactic

    env = gym.make("diluvsion/bot-fleet-v0", options={"scenario": "diluvsion/small"}, address=address)
    space = env.action_space
    env.close()
    prior = paper_tactic(space)
    agent = ppo.Agent(obs_size=6, nvec=ppo.action_nvec(space), hidden=8)
    agent.start_near(prior, margin=4.0)
    greedy = agent.act(torch.randn(5, 6)).numpy()
    assert (greedy == prior).all(), greedy
    theme = space.components.index_of("negative.theme")
    with torch.no_grad():
        theme_probs = agent.distributions(agent.obs_rms(torch.zeros(1, 6)))[theme].probs
    assert 0.75 < float(theme_probs[0, 0]) < 0.9  # e^4 / (e^4 + 12): near the prior, still exploring
    with pytest.raises(ValueError, match="dimensions"):
        agent.start_near(prior[:5], margin=4.0)
    with pytest.raises(ValueError, match="outside 0..2"):
        agent.start_near([3] + list(prior[1:]), margin=4.0)
