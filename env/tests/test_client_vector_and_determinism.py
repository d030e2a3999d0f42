import gymnasium
import numpy as np

import infoops_env


def _trajectory(env, seed, steps=60):
    obs, _ = env.reset(seed=seed)
    env.action_space.seed(seed)
    out = [obs]
    for _ in range(steps):
        obs, reward, terminated, truncated, info = env.step(env.action_space.sample())
        out.append((obs, reward, terminated, truncated))
        if terminated or truncated:
            obs, _ = env.reset()
            out.append(obs)
    return out


def _equal(a, b):
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_equal(a[k], b[k]) for k in a)
    if isinstance(a, tuple):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b))
    return np.array_equal(a, b)


def test_same_seed_same_trajectory_over_unary_and_stream(address):
    for env_id in infoops_env.environment_ids(multi_agent=False):
        runs = []
        for transport in ("unary", "stream", "unary"):
            env = infoops_env.InfoOpsEnv(env_id, address=address, transport=transport)
            try:
                runs.append(_trajectory(env, seed=17))
            finally:
                env.close()
        assert all(_equal(x, y) for x, y in zip(runs[0], runs[1])), env_id
        assert all(_equal(x, y) for x, y in zip(runs[0], runs[2])), env_id


def test_vector_env_steps_sessions_in_one_batch_and_autoresets(address):
    env = gymnasium.make_vec("diagnostic/bandit-v0", num_envs=8, vectorization_mode="vector_entry_point",
                             address=address, options={"episode_steps": 5})
    try:
        obs, infos = env.reset(seed=1)
        assert obs["context"].shape == (8, 4)
        assert env.observation_space.contains(obs)
        saw_reset = False
        for step in range(12):
            obs, rewards, terminations, truncations, infos = env.step(env.action_space.sample())
            assert rewards.shape == (8,) and terminations.dtype == np.bool_
            if step == 5:
                # the step after truncation resets every sub-environment: reward 0, fresh episode
                assert not truncations.any() and (rewards == 0).all()
                saw_reset = True
        assert saw_reset
    finally:
        env.close()


def test_vector_env_seeds_each_sub_environment(address):
    a = infoops_env.InfoOpsVectorEnv("diagnostic/reach-v0", 3, address=address)
    b = infoops_env.InfoOpsVectorEnv("diagnostic/reach-v0", 3, address=address)
    try:
        oa, _ = a.reset(seed=5)
        ob, _ = b.reset(seed=5)
        assert np.array_equal(oa, ob)
        assert not np.array_equal(oa[0], oa[1])
    finally:
        a.close()
        b.close()
