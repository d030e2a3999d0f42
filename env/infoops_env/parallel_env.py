"""Multi-agent environments as real PettingZoo ``ParallelEnv`` objects."""
from __future__ import annotations

from typing import Any

from pettingzoo import ParallelEnv

from ._options import known_reset_options
from ._session_owner import SessionOwner
from .client import Connection


def adopt_parallel_spec(env: ParallelEnv, spec, render_mode: str | None) -> None:
    """Sets a parallel env's agents, spaces and metadata from its session's spec (shared with the Ray parallel env);
    a ValueError for a render mode the environment does not offer."""
    if render_mode is not None and render_mode not in spec.render_modes:
        raise ValueError(f"render_mode={render_mode!r} is not offered by {spec.id}; allowed: {list(spec.render_modes)}")
    env.env_spec = spec
    env.possible_agents = [a.agent_id for a in spec.agents]
    env.agents = []
    env.observation_spaces = {a.agent_id: a.observation_space for a in spec.agents}
    env.action_spaces = {a.agent_id: a.action_space for a in spec.agents}
    env.metadata = {"render_modes": list(spec.render_modes), "render_fps": spec.render_fps,
                    "name": spec.id, "is_parallelizable": True}
    env.render_mode = render_mode


class InfoOpsParallelEnv(SessionOwner, ParallelEnv):
    """A multi-agent InfoOps Gym environment served over gRPC (PettingZoo parallel API).

    Agents that terminate or are truncated leave ``agents``; every step needs an action for each
    agent in ``agents``. Arguments as :class:`infoops_env.InfoOpsEnv`.
    """

    metadata = {"render_modes": [], "name": "infoops"}

    def __init__(self, env_id: str, render_mode: str | None = None, options: dict | None = None,
                 seed: int | None = None, address: str | None = None, transport: str = "unary"):
        self._connection = Connection(address)
        try:
            self._session = self._connection.create_session(env_id, options, seed, transport)
        except BaseException:
            self._connection.close()
            raise
        self._closed = False
        try:
            adopt_parallel_spec(self, self._session.spec, render_mode)
        except ValueError:
            self.close()
            raise

    @property
    def session_id(self) -> str:
        return self._session.session_id

    def observation_space(self, agent):
        return self.observation_spaces[agent]

    def action_space(self, agent):
        return self.action_spaces[agent]

    def reset(self, seed: int | None = None, options: dict[str, Any] | None = None):
        opts = known_reset_options(options, self.env_spec.reset_options, self.env_spec.id)
        observations, infos = self._session.reset(seed, opts)
        self.agents = list(observations)
        return observations, infos

    def step(self, actions: dict):
        transitions, live = self._session.step(actions)
        self.agents = live
        observations = {a: t.observation for a, t in transitions.items()}
        rewards = {a: t.reward for a, t in transitions.items()}
        terminations = {a: t.terminated for a, t in transitions.items()}
        truncations = {a: t.truncated for a, t in transitions.items()}
        infos = {a: t.info for a, t in transitions.items()}
        return observations, rewards, terminations, truncations, infos

    def render(self):
        if self.render_mode is None:
            return None
        return self._session.render(self.render_mode)



def parallel_env(env_id: str, **kwargs) -> InfoOpsParallelEnv:
    """A multi-agent environment, e.g. ``parallel_env("diagnostic/coordination-v0")``."""
    return InfoOpsParallelEnv(env_id, **kwargs)
