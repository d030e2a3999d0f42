"""Every environment passes Gymnasium's and PettingZoo's own API checkers."""
import warnings

import gymnasium
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env
from pettingzoo.test import parallel_api_test

import infoops_env



@pytest.mark.parametrize("env_id", infoops_env.environment_ids(multi_agent=False))
def test_single_agent_environments_pass_check_env(env_id, address):
    env = gymnasium.make(env_id, address=address)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            check_env(env.unwrapped)
        problems = [str(w.message) for w in caught if "infoops" not in str(w.filename)]
        assert not problems, problems
    finally:
        env.close()


@pytest.mark.filterwarnings("ignore:.*are not reset options of this environment")  # the test passes {"options": 1}
@pytest.mark.parametrize("env_id", infoops_env.environment_ids(multi_agent=True))
def test_multi_agent_environments_pass_parallel_api_test(env_id, address):
    env = infoops_env.parallel_env(env_id, address=address)
    try:
        parallel_api_test(env, num_cycles=200)
    finally:
        env.close()


@pytest.mark.parametrize("env_id", infoops_env.environment_ids(multi_agent=False))
def test_rendering_gives_text_and_rgb_arrays(env_id, address):
    for mode in ("ansi", "rgb_array"):
        env = gymnasium.make(env_id, address=address, render_mode=mode)
        try:
            env.reset(seed=1)
            frame = env.render()
            if mode == "ansi":
                assert isinstance(frame, str) and frame
            else:
                assert frame.dtype == np.uint8 and frame.ndim == 3 and frame.shape[2] == 3
        finally:
            env.close()


@pytest.mark.parametrize("env_id", infoops_env.environment_ids(multi_agent=False))
def test_spaces_come_from_the_server(env_id, address):
    env = infoops_env.InfoOpsEnv(env_id, address=address)
    try:
        assert env.env_spec.id == env_id
        assert env.observation_space == env.env_spec.agents[0].observation_space
    finally:
        env.close()
