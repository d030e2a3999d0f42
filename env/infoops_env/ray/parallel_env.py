"""``RayParallelEnv``: a PettingZoo parallel env whose session lives on a Ray worker (and its JVM) in the cluster.

The same design as :class:`RayVectorEnv` for one multi-agent session: the simulation runs on a cluster node, the
learner where it is. Semantics are those of :class:`infoops_env.InfoOpsParallelEnv`. If the worker is lost, the
step reports every live agent as truncated with the reason in its info, and the next ``reset`` starts on a new
worker.
"""
from __future__ import annotations

from typing import Any

from pettingzoo import ParallelEnv

from .._options import known_reset_options
from ..parallel_env import adopt_parallel_spec
from .cluster import connect
from .worker import LOST, WorkerPool, wait_all


class RayParallelEnv(ParallelEnv):
    """A multi-agent InfoOps Gym environment on a Ray worker. Arguments as :class:`infoops_env.InfoOpsParallelEnv`,
    plus ``ray_address``, ``pool`` (an existing :class:`WorkerPool`; the session goes on its worker ``worker``)
    and ``step_timeout`` (seconds)."""

    metadata = {"render_modes": [], "name": "infoops"}

    def __init__(self, env_id: str, options: dict | None = None, seed: int | None = None,
                 ray_address: str | None = None, pool: WorkerPool | None = None, worker: int = 0,
                 step_timeout: float = 300.0, render_mode: str | None = None):
        connect(ray_address)
        self._own_pool = pool is None
        self.pool = pool or WorkerPool(1)
        self._worker, self._env_id, self._options, self._seed = worker, env_id, options, seed
        self.step_timeout = step_timeout
        self.lost_workers = 0
        self._group, spec = self._call("open", env_id, options, [seed])
        try:
            adopt_parallel_spec(self, spec, render_mode)
        except ValueError:
            self.close()
            raise

    def _call(self, method: str, *args):
        value, error = wait_all([getattr(self.pool.actors[self._worker], method).remote(*args)], self.step_timeout)[0]
        if error is not None:
            raise error
        return value

    def observation_space(self, agent):
        return self.observation_spaces[agent]

    def action_space(self, agent):
        return self.action_spaces[agent]

    def reset(self, seed: int | None = None, options: dict[str, Any] | None = None):
        opts = known_reset_options(options, self.env_spec.reset_options, self.env_spec.id)
        if self._group is None:  # the worker was lost: a new one, a new session
            self.pool.replace(self._worker)
            self._group, _ = self._call("open", self._env_id, self._options, [self._seed])
        _, observations, infos = self._call("run", self._group, [("reset", seed, opts)])[0]
        self.agents = list(observations)
        return observations, infos

    def step(self, actions: dict):
        try:
            _, transitions, live = self._call("run", self._group, [("step", actions)])[0]
        except LOST as e:
            reason = f"the worker hosting this environment was lost: {type(e).__name__}"
            self.lost_workers += 1
            self._group = None
            agents, self.agents = self.agents, []
            return ({a: None for a in agents}, {a: 0.0 for a in agents}, {a: False for a in agents},
                    {a: True for a in agents}, {a: {"lost": reason} for a in agents})
        self.agents = live
        return ({a: t.observation for a, t in transitions.items()}, {a: t.reward for a, t in transitions.items()},
                {a: t.terminated for a, t in transitions.items()}, {a: t.truncated for a, t in transitions.items()},
                {a: t.info for a, t in transitions.items()})

    def render(self):
        if self.render_mode is None:
            return None
        return self._call("render", self._group, self.render_mode)[0]

    def close(self):
        if getattr(self, "pool", None) is None:
            return
        try:
            if self._own_pool:
                self.pool.shutdown()
            elif self._group is not None:
                wait_all([self.pool.actors[self._worker].close.remote(self._group)], 30.0)
        finally:
            self.pool = None
