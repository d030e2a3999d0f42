"""Random and heuristic agents: real episodes of diluvsion/bot-fleet-v0 on the small scenario."""
from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import pytest
from gymnasium import spaces

from common import (HeuristicPolicy, RandomPolicy, evaluate, fixed_order, mean_ci, paper_tactic, parse_options,
                    parse_seeds, t_quantile)
from conftest import AGENTS, SMALL
from infoops_env import named_values

ENV = "diluvsion/bot-fleet-v0"


@pytest.fixture(scope="module")
def fleet_space(address):
    """bot-fleet-v0's action space as the server describes it (with its component names)."""
    import gymnasium as gym
    import infoops_env  # noqa: F401  (registers the ids)

    env = gym.make(ENV, options=SMALL, address=address)
    try:
        return env.action_space
    finally:
        env.close()


def test_paper_tactic_is_all_high_vulnerable_repliers_without_pushed_theme(fleet_space):
    order = named_values(fleet_space, paper_tactic(fleet_space), labels=True)
    for group in ("negative", "neutral", "positive"):
        roles = {k.split(".")[-1]: v for k, v in order.items() if k.startswith(f"{group}.role_mix.")}
        assert roles == {"tweeters": 0, "retweeters": 0, "quoters": 0, "repliers": 2, "likers": 0}
        assert (order[f"{group}.level"], order[f"{group}.tactic"], order[f"{group}.theme"]) == ("high", "vulnerable", "none")
    assert fleet_space.contains(paper_tactic(fleet_space))


def test_fixed_orders_change_only_the_named_entries(fleet_space):
    base = named_values(fleet_space, paper_tactic(fleet_space))
    changed = named_values(fleet_space, fixed_order(fleet_space, ["neutral"], {"level": "low", "role_mix.quoters": 1}))
    assert {k for k in base if base[k] != changed[k]} == {"neutral.level", "neutral.role_mix.quoters"}
    assert changed["neutral.level"] == fleet_space.components["neutral.level"].choices.index("low")
    with pytest.raises(KeyError, match="no component matches 'neutral.mood'"):
        fixed_order(fleet_space, ["neutral"], {"mood": 1})
    with pytest.raises(ValueError, match="expected bot-fleet-v0's named MultiDiscrete"):
        HeuristicPolicy(spaces.MultiDiscrete([3, 2]))


def test_heuristic_episode_is_deterministic_and_matches_a_manual_rollout(address, fleet_space):
    import gymnasium as gym
    import infoops_env  # noqa: F401  (registers the ids)

    returns = evaluate(HeuristicPolicy(fleet_space), [7, 8], ENV, SMALL, num_envs=2, address=address)
    again = evaluate(HeuristicPolicy(fleet_space), [8, 7], ENV, SMALL, num_envs=1, address=address)
    assert returns.tolist() == again[::-1].tolist()

    env = gym.make(ENV, options=SMALL, address=address)
    try:
        _, info = env.reset(seed=7)
        start_positive, total, steps, done = info["positive"], 0.0, 0, False
        while not done:
            _, r, term, trunc, info = env.step(paper_tactic(env.action_space))
            total, steps, done = total + r, steps + 1, term or trunc
    finally:
        env.close()
    assert steps == 672 // 48
    assert total == pytest.approx(returns[0])
    # shrink_majority: the return is the majority's (positive) lost share in percentage points
    assert total == pytest.approx(100 * (start_positive - info["positive"]) / 200)
    assert total > 20  # the paper's bots do shrink the positive majority


def test_random_agent_is_seeded_by_episode_and_explores(address, fleet_space):
    space = fleet_space
    a, b = RandomPolicy(space), RandomPolicy(space)
    a.begin([1, 2])
    b.begin([1, 3])
    first, second = a.act(np.zeros((2, 1))), b.act(np.zeros((2, 1)))
    assert first.shape == (2, 24) and (first[0] == second[0]).all() and (first[1] != second[1]).any()
    assert all(space.contains(x) for x in first)

    returns = evaluate(RandomPolicy(space), [3, 4, 5], ENV, SMALL, num_envs=2, address=address)  # padded last batch
    assert returns.shape == (3,) and np.isfinite(returns).all()
    assert evaluate(RandomPolicy(space), [5], ENV, SMALL, num_envs=1, address=address)[0] == returns[2]


@pytest.mark.parametrize("script,name", [("random_agent.py", "random"), ("heuristic_agent.py", "heuristic")])
def test_scripts_print_mean_and_ci(script, name, script_env):
    out = subprocess.run([sys.executable, str(AGENTS / script), "--seeds", "1-2", "--num-envs", "2",
                          "--env-options", '{"scenario": "diluvsion/small"}'],
                         capture_output=True, text=True, env=script_env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert f"{name}: mean return" in out.stdout and "95% CI" in out.stdout and "1:" in out.stdout


def test_student_t_interval():
    assert t_quantile(0.95, 9) == pytest.approx(2.2622, abs=1e-4)
    ci = mean_ci([1.0, 2.0, 3.0, 4.0])
    assert ci.mean == 2.5 and ci.half_width == pytest.approx(3.1824 * np.std([1, 2, 3, 4], ddof=1) / 2, rel=1e-4)
    assert math.isnan(mean_ci([5.0]).half_width)


def test_seed_and_option_parsing():
    assert parse_seeds("1000-1003,7") == [1000, 1001, 1002, 1003, 7]
    with pytest.raises(ValueError):
        parse_seeds("3,3")
    assert parse_options('{"decision_steps": 12}')["decision_steps"] == 12
    assert parse_options(None)["objective"] == "shrink_majority"
