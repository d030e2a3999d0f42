"""Single-agent environments as real ``gymnasium.Env`` objects."""
from __future__ import annotations

from typing import Any

import gymnasium as gym

from ._options import known_reset_options
from ._session_owner import SessionOwner
from .client import Connection


class InfoOpsEnv(SessionOwner, gym.Env):
    """A single-agent InfoOps Gym environment served over gRPC.

    Args:
        env_id: e.g. ``"diagnostic/bandit-v0"``.
        render_mode: one of the server's render modes for this environment ("ansi", "rgb_array") or None.
        options: environment options (e.g. a scenario and overrides), laid over the defaults.
        seed: seed of the first reset if that reset gives none.
        address: ``"host:port"`` of a running server; None starts (and later stops) a local one.
        transport: "unary" (default) or "stream" (one bidirectional stream for the session's calls).
    """

    metadata = {"render_modes": []}

    def __init__(self, env_id: str, render_mode: str | None = None, options: dict | None = None,
                 seed: int | None = None, address: str | None = None, transport: str = "unary"):
        self._connection = Connection(address)
        try:
            self._session = self._connection.create_session(env_id, options, seed, transport)
        except BaseException:
            self._connection.close()
            raise
        spec = self._session.spec
        if spec.multi_agent:
            self.close()
            raise TypeError(f"{env_id} is multi-agent: use infoops_env.parallel_env({env_id!r}) (a PettingZoo ParallelEnv)")
        self.env_spec = spec
        agent = spec.agents[0]
        self._agent = agent.agent_id
        self.observation_space = agent.observation_space
        self.action_space = agent.action_space
        self.metadata = {"render_modes": list(spec.render_modes), "render_fps": spec.render_fps}
        if render_mode is not None and render_mode not in spec.render_modes:
            self.close()
            raise ValueError(f"render_mode={render_mode!r} is not offered by {env_id}; allowed: {list(spec.render_modes)}")
        self.render_mode = render_mode
        self._closed = False

    @property
    def session_id(self) -> str:
        return self._session.session_id

    def reset(self, *, seed: int | None = None, options: dict[str, Any] | None = None):
        super().reset(seed=seed)
        opts = known_reset_options(options, self.env_spec.reset_options, self.env_spec.id)
        observations, infos = self._session.reset(seed, opts)
        return observations[self._agent], infos[self._agent]

    def step(self, action):
        transitions, _ = self._session.step({self._agent: action})
        t = transitions[self._agent]
        return t.observation, t.reward, t.terminated, t.truncated, t.info

    def render(self):
        if self.render_mode is None:
            gym.logger.warn("render() called without a render_mode; pass render_mode=... when making the environment")
            return None
        return self._session.render(self.render_mode)



def make_env(env_id: str, **kwargs) -> InfoOpsEnv:
    """Gymnasium entry point for every registered single-agent id."""
    return InfoOpsEnv(env_id, **kwargs)


def make_multi_agent_refusal(env_id: str, **kwargs):
    """Gymnasium entry point for multi-agent ids: they are PettingZoo environments, not Gymnasium ones."""
    raise TypeError(f"{env_id} is multi-agent: use infoops_env.parallel_env({env_id!r}), a PettingZoo ParallelEnv")
