"""``RayVectorEnv``: a Gymnasium vector env whose sub-environments live on Ray actors across a cluster.

Same contract as :class:`infoops_env.InfoOpsVectorEnv`: the same spaces, Gymnasium's NEXT_STEP autoreset, and
sub-environment i seeded with ``seed + i``, so the same seeds give the same observations, rewards and
terminations whatever the number of nodes and workers (a sub-environment's trajectory depends only on its seed
and actions, never on which JVM hosts it). Sub-environments are cut into contiguous blocks, one per worker; a
step sends each worker one call (one gRPC Batch to its JVM) and waits for all of them in parallel.

Faults: if a worker dies (its process is killed, its node stops) or misses the step deadline, its
sub-environments' episodes end as *truncated* with the reason in ``info["lost"]``, the worker is re-created in its
placement bundle with new sessions (created with their original seeds), and the next step starts new episodes
there, as after any episode end. Every wait has a deadline.
"""
from __future__ import annotations

from copy import deepcopy
from typing import Any, Sequence

import numpy as np
import ray
from gymnasium.vector import VectorEnv
from gymnasium.vector.utils import concatenate, iterate

from .._options import known_reset_options
from ..vector_env import adopt_spec, sub_env_seeds
from .cluster import connect
from .worker import LOST, WorkerPool, wait_all


class RayVectorEnv(VectorEnv):
    """``num_envs`` sessions of ``env_id`` spread over ``num_workers`` Ray actors.

    Args:
        env_id, num_envs, options, seed, render_mode: as :class:`infoops_env.InfoOpsVectorEnv`.
        num_workers: actors (one JVM each); default: one per node of the cluster, at most ``num_envs``.
        ray_address: "auto", "host:port" or None (a local Ray); ignored when Ray is already initialised.
        pool: an existing :class:`WorkerPool` to use (not shut down on close); default: a new pool of its own.
        cpus_per_worker: CPUs each worker's bundle reserves.
        step_timeout: seconds a step (or reset) may take on any worker before that worker counts as lost.
    """

    def __init__(self, env_id: str, num_envs: int, options: dict | None = None, seed: int | None = None,
                 num_workers: int | None = None, ray_address: str | None = None, pool: WorkerPool | None = None,
                 cpus_per_worker: float = 1.0, step_timeout: float = 300.0, render_mode: str | None = None):
        if num_envs < 1:
            raise ValueError(f"num_envs={num_envs}; allowed: 1 or more")
        connect(ray_address)
        if num_workers is None:
            num_workers = pool.num_workers if pool else max(1, min(num_envs, len([n for n in ray.nodes() if n["Alive"]])))
        if num_workers < 1 or num_workers > num_envs:
            raise ValueError(f"num_workers={num_workers}; allowed: 1 to num_envs ({num_envs})")
        self._own_pool = pool is None
        self.pool = pool or WorkerPool(num_workers, cpus_per_worker)
        self.num_workers = self.pool.num_workers
        self.step_timeout = step_timeout
        self.num_envs = num_envs
        self._env_id, self._options = env_id, options
        self._creation_seeds = [None if seed is None else seed + i for i in range(num_envs)]
        # Worker k hosts the contiguous block blocks[k] of sub-environments.
        w = self.num_workers
        self._blocks = [range(k * num_envs // w, (k + 1) * num_envs // w) for k in range(w)]
        self._groups: list[int | None] = [None] * w
        self.lost_workers = 0
        try:
            specs = self._open_all()
        except BaseException:
            self._shutdown()
            raise
        try:
            adopt_spec(self, specs[0], num_envs, render_mode)
        except (TypeError, ValueError):
            self._shutdown()
            raise

    # ------------------------------------------------------------------ sessions on workers

    def _open_refs(self, k: int):
        seeds = [self._creation_seeds[i] for i in self._blocks[k]]
        return self.pool.actors[k].open.remote(self._env_id, self._options, seeds)

    def _open_all(self):
        refs = [self._open_refs(k) for k in range(self.num_workers)]
        specs = []
        for k, (value, error) in enumerate(wait_all(refs, self.step_timeout)):
            if error is not None:
                raise error
            self._groups[k], spec = value
            specs.append(spec)
        return specs

    def _replace_worker(self, k: int) -> None:
        """A new actor (and JVM) in worker k's bundle, with new sessions for its block (original seeds)."""
        self.lost_workers += 1
        self.pool.replace(k)
        value, error = wait_all([self._open_refs(k)], self.step_timeout)[0]
        if error is not None:
            raise RuntimeError(f"worker {k} was lost and its replacement could not open sessions: {error}") from error
        self._groups[k] = value[0]

    def _run(self, commands: list[tuple]) -> list[tuple | str]:
        """Sends each worker its block's commands; returns per sub-env the answer, or the reason its worker was lost."""
        refs = [self.pool.actors[k].run.remote(self._groups[k], [commands[i] for i in block])
                for k, block in enumerate(self._blocks)]
        answers: list[tuple | str] = [None] * self.num_envs  # type: ignore[list-item]
        for k, (value, error) in enumerate(wait_all(refs, self.step_timeout)):
            if error is None:
                for i, answer in zip(self._blocks[k], value):
                    answers[i] = answer
                continue
            if not isinstance(error, LOST):
                raise error
            reason = (f"worker {k} (sub-environments {self._blocks[k].start}..{self._blocks[k].stop - 1}) was lost: "
                      f"{type(error).__name__}: {str(error).splitlines()[0][:300] if str(error) else ''}")
            self._replace_worker(k)
            for i in self._blocks[k]:
                answers[i] = reason
        return answers

    # ------------------------------------------------------------------ Gymnasium API

    def reset(self, *, seed: int | Sequence[int | None] | None = None, options: dict[str, Any] | None = None):
        super().reset(seed=seed if isinstance(seed, int) or seed is None else None)
        seeds = sub_env_seeds(seed, self.num_envs)
        opts = known_reset_options(options, self.env_spec.reset_options, self.env_spec.id)
        commands = [("reset", s, opts) for s in seeds]
        answers = self._run(commands)
        if any(isinstance(a, str) for a in answers):  # a worker was replaced: reset its new sessions once more
            answers = self._run(commands)
        observations, infos = [], {}
        for i, answer in enumerate(answers):
            if isinstance(answer, str):
                raise RuntimeError(f"reset failed twice: {answer}")
            _, obs, info = answer
            observations.append(obs[self._agent])
            infos = self._add_info(infos, info[self._agent], i)
        self._autoreset[:] = False
        self._observations = concatenate(self.single_observation_space, observations, self._observations)
        return deepcopy(self._observations), infos

    def step(self, actions):
        per_env = list(iterate(self.action_space, actions))
        commands = [("reset", None, None) if self._autoreset[i] else ("step", {self._agent: a})
                    for i, a in enumerate(per_env)]
        answers = self._run(commands)
        previous = list(iterate(self.observation_space, self._observations))
        observations, infos = [], {}
        rewards = np.zeros(self.num_envs, dtype=np.float64)
        terminations = np.zeros(self.num_envs, dtype=np.bool_)
        truncations = np.zeros(self.num_envs, dtype=np.bool_)
        for i, answer in enumerate(answers):
            if isinstance(answer, str):  # lost: the episode ends here, truncated, on its last observation
                observations.append(previous[i])
                truncations[i] = True
                infos = self._add_info(infos, {"lost": answer}, i)
            elif answer[0] == "reset":
                observations.append(answer[1][self._agent])
                infos = self._add_info(infos, answer[2][self._agent], i)
            else:
                t = answer[1][self._agent]
                observations.append(t.observation)
                rewards[i], terminations[i], truncations[i] = t.reward, t.terminated, t.truncated
                infos = self._add_info(infos, t.info, i)
        self._autoreset = terminations | truncations
        self._observations = concatenate(self.single_observation_space, observations, self._observations)
        return deepcopy(self._observations), rewards, terminations, truncations, infos

    def render(self):
        if self.render_mode is None:
            return None
        refs = [self.pool.actors[k].render.remote(self._groups[k], self.render_mode) for k in range(self.num_workers)]
        frames = []
        for value, error in wait_all(refs, self.step_timeout):
            if error is not None:
                raise error
            frames.extend(value)
        return tuple(frames)

    def worker_infos(self) -> list[dict]:
        """Per worker: its process id, its JVM's process id, its node and the JVM's address."""
        return list(self.pool.infos)

    def close_extras(self, **kwargs):
        self._shutdown()

    def _shutdown(self):
        if getattr(self, "pool", None) is None:
            return
        try:
            if self._own_pool:
                self.pool.shutdown()
            else:
                refs = [self.pool.actors[k].close.remote(g) for k, g in enumerate(self._groups) if g is not None]
                wait_all(refs, 30.0)
        finally:
            self.pool = None
