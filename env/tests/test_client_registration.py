import gymnasium
import pytest

import infoops_env



def test_ids_are_registered_on_import_without_a_server():
    assert infoops_env.launcher.shared_server() is None
    for env_id in infoops_env.environment_ids():
        assert env_id in gymnasium.registry


def test_static_listing_matches_the_server(listing):
    served = {e["id"]: e["multi_agent"] for e in listing}
    packaged = {e: False for e in infoops_env.environment_ids(multi_agent=False)} | {e: True for e in infoops_env.environment_ids(multi_agent=True)}
    assert packaged == served


def test_gymnasium_make_starts_and_stops_a_local_server():
    env = gymnasium.make("diagnostic/bandit-v0")
    server = infoops_env.launcher.shared_server()
    assert server is not None and server.running
    obs, info = env.reset(seed=3)
    assert env.observation_space.contains(obs)
    env.close()
    assert not server.running, "closing the last environment stops the local server"
    assert server.process.returncode is not None, "the server process was reaped"


def test_multi_agent_ids_point_to_pettingzoo():
    with pytest.raises(TypeError, match="parallel_env"):
        gymnasium.make(infoops_env.environment_ids(multi_agent=True)[0])
