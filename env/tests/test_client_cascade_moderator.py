"""cascade/moderator-v0 over gRPC: seeded episodes repeat, the static rule and blocking lower infections."""
import gymnasium
import numpy as np

import infoops_env  # noqa: F401  (registers the ids)
from infoops_env import build_action

OPTIONS = {"scenario": "cascade/small", "base_trials": 50}


def run_episode(env, seed, block: bool):
    obs, info = env.reset(seed=seed)
    action = build_action(env.action_space, {"block*": "block" if block else "keep", "inoculate": "none"})
    total, done = 0.0, False
    while not done:
        obs, reward, terminated, truncated, info = env.step(action)
        total += reward
        done = terminated or truncated
    return total, float(info["infected"])


def test_seeded_episodes_repeat_and_observations_fit_the_space(address):
    env = gymnasium.make("cascade/moderator-v0", address=address, options=OPTIONS)
    try:
        obs, _ = env.reset(seed=3)
        assert env.observation_space.contains(obs)
        assert run_episode(env, 11, False) == run_episode(env, 11, False)
    finally:
        env.close()


def test_static_rule_and_blocking_reduce_infections_over_seeds(address):
    plain = gymnasium.make("cascade/moderator-v0", address=address, options={**OPTIONS, "budget": 30.0})
    static = gymnasium.make("cascade/moderator-v0", address=address,
                            options={**OPTIONS, "budget": 30.0, "static_block": 30})
    try:
        seeds = range(20)
        nothing = [run_episode(plain, s, False)[1] for s in seeds]
        blocking = [run_episode(plain, s, True)[1] for s in seeds]
        rule = [run_episode(static, s, False)[1] for s in seeds]
        assert np.mean(blocking) < np.mean(nothing)
        assert np.mean(rule) < np.mean(nothing)
    finally:
        plain.close()
        static.close()
