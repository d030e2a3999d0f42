"""The troll environments over the real server with their non-default options."""
import gymnasium
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env
from pettingzoo.test import parallel_api_test

import infoops_env

SHORT = {"scenario": "troll/small", "warmup_days": 10, "episode_days": 2}


def test_influencer_with_prediction_and_narrative_switch_passes_check_env(address):
    env = gymnasium.make("troll/influencer-v0", address=address,
                         options={**SHORT, "prediction": True, "narrative_switch": True})
    try:
        assert env.action_space.n == 16
        assert "prediction" in env.observation_space.spaces
        check_env(env.unwrapped)
    finally:
        env.close()


def test_postponing_by_a_week_costs_what_the_option_says(address):
    """A constant 7-day postponement at delay_cost 1 costs 168 per decision on top of the attacks."""
    returns = {}
    for cost in (0.0, 1.0):
        env = infoops_env.InfoOpsEnv("troll/influencer-v0", address=address, options={**SHORT, "delay_cost": cost})
        try:
            env.reset(seed=3)
            total, steps, done = 0.0, 0, False
            while not done:
                _, reward, terminated, truncated, info = env.step(7)
                total += reward
                steps += 1
                done = terminated or truncated
            returns[cost] = (total, steps, info["decisions"], info["postponed"])
        finally:
            env.close()
    (free, n0, d0, p0), (dear, n1, d1, p1) = returns[0.0], returns[1.0]
    assert (n0, d0, p0) == (n1, d1, p1) and p1 == d1 > 0
    assert np.isclose(free - dear, 168 * p1)


@pytest.mark.filterwarnings("ignore:.*are not reset options of this environment")  # the test passes {"options": 1}
def test_influencers_with_federated_averaging_pass_parallel_api_test(address):
    env = infoops_env.parallel_env("troll/influencers-v0", address=address,
                                   options={**SHORT, "federated_method": "logistic", "round_days": 1.0})
    try:
        parallel_api_test(env, num_cycles=60)
    finally:
        env.close()
