"""Named components over a real server: every tensor space's elements arrive named, actions built by name are
the server's, errors name the entry, and the names survive pickling (as Ray ships spaces)."""
import pickle

import gymnasium
import numpy as np
import pytest
from gymnasium import spaces

import infoops_env
from infoops_env import build_action, named_values
from infoops_env.components import components

# Small worlds for every id, so the whole registry is checked in seconds.
OPTIONS = {
    "diluvsion/bot-fleet-v0": {"scenario": "diluvsion/small"},
    "diluvsion/bot-swarm-v0": {"scenario": "diluvsion/small"},
    "cascade/moderator-v0": {"scenario": "cascade/small", "base_trials": 50},
    "troll/influencer-v0": {"scenario": "troll/small", "prediction": True},
    "troll/influencers-v0": {"scenario": "troll/small"},
}


def _elements(space) -> int:
    if isinstance(space, spaces.MultiDiscrete):
        return space.nvec.size
    if isinstance(space, (spaces.MultiBinary, spaces.Box)):
        return int(np.prod(space.shape))
    return 0


def _check_named(space, where: str) -> int:
    """Asserts every tensor space inside is named once per element; returns how many elements were named."""
    if isinstance(space, spaces.Dict):
        return sum(_check_named(s, f"{where}.{k}") for k, s in space.spaces.items())
    named = components(space)
    assert len(named) == _elements(space), f"{where}: {space} has {len(named)} names"
    assert len(set(named.names)) == len(named), where
    assert all(c.meaning for c in named), where
    return len(named)


def test_every_environment_names_every_element_over_grpc(address, listing):
    connection = infoops_env.Connection(address)
    try:
        for entry in listing:
            session = connection.create_session(entry["id"], OPTIONS.get(entry["id"]))
            try:
                for agent in session.spec.agents:
                    assert _check_named(agent.observation_space, f"{entry['id']} {agent.agent_id} observation") > 0
                    _check_named(agent.action_space, f"{entry['id']} {agent.agent_id} action")
            finally:
                session.close()
    finally:
        connection.close()


def test_bot_fleet_action_is_built_and_read_by_name(address):
    env = gymnasium.make("diluvsion/bot-fleet-v0", address=address, options=OPTIONS["diluvsion/bot-fleet-v0"])
    try:
        space = env.action_space
        assert space.components["neutral.level"].choices == ("high", "medium", "low")
        assert space.components["positive.theme"].choices[7] == "T7"
        assert "Diluvsion §3.5" in space.components["negative.tactic"].meaning
        action = build_action(space, {"*.role_mix.quoters": 1, "neutral.level": "medium", "negative.theme": "T7"})
        assert space.contains(action)
        order = named_values(space, action, labels=True)
        assert order["neutral.level"] == "medium" and order["negative.level"] == "high"
        assert order["negative.theme"] == "T7" and order["positive.theme"] == "none"
        assert order["positive.role_mix.quoters"] == 1 and order["positive.role_mix.repliers"] == 0
        obs, _ = env.reset(seed=4)
        obs, *_ = env.step(action)
        shares = named_values(env.observation_space["stance_shares"], obs["stance_shares"])
        assert list(shares) == ["negative", "neutral", "positive"] and sum(shares.values()) == pytest.approx(1, abs=1e-5)

        with pytest.raises(ValueError, match=r"neutral.level: 'loud' is not one of its choices; allowed: high, medium, low"):
            build_action(space, {"neutral.level": "loud"})
        with pytest.raises(ValueError, match=r"negative.role_mix.likers: value 5 is outside 0 to 2"):
            build_action(space, {"negative.role_mix.likers": 5})
        with pytest.raises(KeyError, match="no component matches 'neutral.mood'"):
            build_action(space, {"neutral.mood": 1})
    finally:
        env.close()


def test_the_server_names_the_entry_of_an_action_outside_the_space(address):
    env = infoops_env.InfoOpsEnv("diluvsion/bot-fleet-v0", address=address, options=OPTIONS["diluvsion/bot-fleet-v0"])
    try:
        env.reset(seed=1)
        bad = build_action(env.action_space, {})
        bad[env.action_space.components.index_of("neutral.tactic")] = 2
        with pytest.raises(infoops_env.InvalidArgumentError, match=r"entry neutral.tactic: 0 vulnerable, 1 engagement"):
            env.step(bad)
    finally:
        env.close()


def test_indexed_families_and_multi_agent_spaces(address):
    moderator = gymnasium.make("cascade/moderator-v0", address=address, options=OPTIONS["cascade/moderator-v0"])
    try:
        names = moderator.action_space.components.names
        assert names[0] == "block[0]" and names[-1] == "inoculate"
        assert moderator.observation_space["candidates"].components.names[:2] == ("candidate[0].valid", "candidate[0].followers")
        block = build_action(moderator.action_space, {"block*": "block", "inoculate": "none"})
        assert block.tolist() == [1] * (len(names) - 1) + [0]
    finally:
        moderator.close()

    game = infoops_env.parallel_env("diagnostic/coordination-v0", address=address, options={"channels": 3})
    try:
        agent = game.possible_agents[0]
        assert game.action_space(agent).components.names == ("channel", "effort")
        assert game.observation_space(agent)["signal"].components.names == ("channel[0]", "channel[1]", "channel[2]")
    finally:
        game.close()


def test_names_survive_pickling_and_unnamed_spaces_have_none(address):
    env = gymnasium.make("diagnostic/reach-v0", address=address)
    try:
        copy = pickle.loads(pickle.dumps(env.action_space))
        assert copy == env.action_space and copy.components.names == ("dx", "dy")
        assert copy.components["dy"].meaning == env.action_space.components["dy"].meaning
        assert components(spaces.Discrete(3)) == () and components(spaces.Box(0, 1, (2,))) == ()
        with pytest.raises(ValueError, match="names no components"):
            build_action(spaces.Box(0, 1, (2,)), {"x": 1})
    finally:
        env.close()
